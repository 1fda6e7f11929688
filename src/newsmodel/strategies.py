"""Hypothesis strategies for every newsmodel type, for property-testing code that uses it.

Each function returns a ``SearchStrategy`` of valid, realistic objects: news copy in
several languages and scripts (Arabic right to left, Chinese without spaces), long bodies,
nested comment threads, optional fields both present and absent, and now and then
arbitrary Unicode text to find the edge cases realistic copy never reaches.

Installing newsmodel with Hypothesis (``pip install '.[hypothesis]'`` in a checkout) also
registers these strategies with :func:`hypothesis.strategies.from_type`, so
``st.from_type(newsmodel.Article)`` works in any test suite without setup.

Example::

    from hypothesis import given
    from newsmodel.strategies import articles

    @given(articles(language="ar", with_comments=True))
    def test_my_exporter(article):
        ...

This module needs Hypothesis; ``import newsmodel`` does not.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Callable
from typing import Any, TypeVar

try:
    from hypothesis import strategies as st
except ModuleNotFoundError as missing:  # pragma: no cover - exercised in a subprocess
    raise ModuleNotFoundError(
        "newsmodel.strategies needs Hypothesis: pip install hypothesis "
        "(or, in a checkout of newsmodel, pip install '.[hypothesis]')",
        name="hypothesis",
    ) from missing

from ._checks import url_problem
from ._front import Front, FrontBlock, ListingLink, Teaser, TeaserFlag
from ._listing import ChangeFrequency, Listing, ListingKind, SitemapEntry
from ._model import (
    Article,
    Block,
    Comment,
    Figure,
    Heading,
    Image,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Portal,
    Quote,
    Related,
    RelatedKind,
    Role,
    Section,
)
from ._vocabulary import COUNTRIES, LANGUAGES, ROLE_TITLES, Vocabulary

__all__ = [
    "ARTICLE_TEMPLATES",
    "LANGUAGE_TAGS",
    "Agreement",
    "DataSource",
    "Furniture",
    "PageSample",
    "RenderedPage",
    "article_pages",
    "articles",
    "block_kinds",
    "blocks",
    "comments",
    "datetimes",
    "front_blocks",
    "fronts",
    "images",
    "listing_links",
    "listings",
    "organizations",
    "people",
    "portals",
    "related_links",
    "roles",
    "sections",
    "sitemap_entries",
    "teasers",
    "urls",
]

T = TypeVar("T")
S = st.SearchStrategy

#: The languages realistic copy is made in.
LANGUAGE_TAGS: tuple[str, ...] = tuple(LANGUAGES)

_REGIONS = {"en": "GB", "ar": "SY", "de": "DE", "fr": "FR", "es": "ES", "ru": "RU", "zh": "CN"}
_DOMAINS = (
    "news.example",
    "example.com",
    "dailyledger.example.org",
    "alkhabar.example",
    "zeitung.example.de",
    "noticias.example.es",
)
_OFFSETS = tuple(dt.timezone(dt.timedelta(minutes=m)) for m in range(-12 * 60, 14 * 60 + 1, 15))

# Text Hypothesis invents: any Unicode letter, mark, number, punctuation, symbol or space,
# but no control characters or surrogates, which the model rejects.
_ANY_TEXT = st.text(
    st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=40
).filter(str.strip)


def _optional(strategy: S[T]) -> S[T | None]:
    return st.none() | strategy


def _language(language: str | None) -> S[str]:
    if language is None:
        return st.sampled_from(LANGUAGE_TAGS)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGE_TAGS)}, not {language!r}")
    return st.just(language)


@functools.cache
def _prose(
    language: str, min_words: int, max_words: int, *, sentences: bool, printable: bool
) -> S[str]:
    """Copy in ``language``: drawn from a seed, so long texts cost Hypothesis little;
    unless ``printable``, now and then arbitrary Unicode instead."""
    vocabulary = LANGUAGES[language]

    def make(size_and_seed: tuple[int, int]) -> str:
        size, seed = size_and_seed
        rng = random.Random(seed)
        words = [rng.choice(vocabulary.words) for _ in range(size)]
        if not sentences:
            return _capitalise(vocabulary.separator.join(words))
        text, start = [], 0
        while start < len(words):
            end = min(len(words), start + rng.randint(6, 18))
            text.append(
                _capitalise(vocabulary.separator.join(words[start:end])) + vocabulary.full_stop
            )
            start = end
        return vocabulary.separator.join(text)

    sized = st.tuples(st.integers(min_words, max_words), st.integers(0, 2**32 - 1))
    realistic = sized.map(make)
    if printable:
        return realistic
    # About one text in ten is arbitrary Unicode (one_of would make it nearly half).
    return st.integers(0, 6).flatmap(lambda pick: _ANY_TEXT if pick == 6 else realistic)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


@functools.cache
def _names(vocabulary: Vocabulary) -> S[str]:
    given, family = (
        st.sampled_from(vocabulary.given_names),
        st.sampled_from(vocabulary.family_names),
    )
    if vocabulary.separator:
        return st.builds(lambda g, f: f"{g} {f}", given, family)
    return st.builds(lambda g, f: f + g, given, family)


def urls(*, domain: str | None = None) -> S[str]:
    """Absolute https URLs shaped like article, section and image addresses, each one the
    model accepts.

    Raises:
        ValueError: ``domain`` (a host, with a port if any) makes no such URL
            (``"example.com:99999"``).
    """
    if domain:
        problem = url_problem(f"https://{domain}/")
        if problem:
            raise ValueError(f"domain {domain!r} makes no valid URL: it {problem}")
    host = st.just(domain) if domain else st.sampled_from(_DOMAINS)
    segment = st.sampled_from(
        (
            "news",
            "world",
            "2024",
            "politics",
            "middle-east",
            "sport",
            "live",
            "images",
            "a",
            "story-12345",
            "%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1",
        )
    )
    path = st.lists(segment, max_size=4).map("/".join)
    query = st.sampled_from(("", "", "?page=2", "?utm_source=feed&id=7"))
    return st.builds(lambda h, p, q: f"https://{h}/{p}{q}", host, path, query)


def datetimes(
    *,
    min_value: dt.datetime = dt.datetime(1995, 1, 1),
    max_value: dt.datetime = dt.datetime(2035, 12, 31),
) -> S[dt.datetime]:
    """Timezone-aware datetimes at whole seconds, with offsets every quarter hour."""
    return st.datetimes(min_value, max_value, timezones=st.sampled_from(_OFFSETS)).map(
        lambda value: value.replace(microsecond=0)
    )


_DAYS = st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31))


def images(*, language: str | None = None) -> S[Image]:
    """Images with and without caption, credit and size."""
    return _language(language).flatmap(lambda lang: _images_in(lang, False))


@functools.cache
def _images_in(language: str, printable: bool) -> S[Image]:
    size = st.integers(16, 4096)
    return st.builds(
        Image,
        url=urls().map(lambda u: u.split("?")[0].rstrip("/") + "/photo.jpg"),
        caption=_optional(_prose(language, 3, 20, sentences=False, printable=printable)),
        credit=_optional(
            st.sampled_from(("Reuters", "AFP", "AP Photo", "© SANA", "Getty Images"))
        ),
        width=_optional(size),
        height=_optional(size),
    )


def organizations(*, language: str | None = None) -> S[Organization]:
    """Publishers, agencies and institutions."""
    return _language(language).flatmap(lambda lang: _organizations_in(lang, False))


@functools.cache
def _organizations_in(language: str, printable: bool) -> S[Organization]:
    names = st.sampled_from(
        (
            "DZWatch",
            "Reuters",
            "Agence France-Presse",
            "SANA",
            "Ministry of Defense",
            "The Daily Ledger",
            "الخبر",
            "新华社",
        )
    )
    return st.builds(
        Organization,
        names,
        url=_optional(urls()),
        logo=_optional(_images_in(language, printable)),
        same_as=st.lists(urls(), max_size=2),
    )


def roles() -> S[Role]:
    """Offices held, in a country or an organisation, with and without dates."""
    return _roles(printable=False)


def _dated(role: Role, start: dt.date | None, years: int | None) -> Role:
    if start is None:
        return role
    end = None if years is None else start.replace(year=start.year + years)
    return Role(
        role.name,
        organization=role.organization,
        country=role.country,
        start_date=start,
        end_date=end,
    )


@functools.cache
def _roles(*, printable: bool) -> S[Role]:
    return st.builds(
        _dated,
        st.builds(
            Role,
            st.sampled_from(ROLE_TITLES),
            organization=_optional(_organizations_in("en", printable)),
            country=_optional(st.sampled_from(COUNTRIES)),
        ),
        _optional(
            st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)).map(lambda d: d.replace(day=1))
        ),
        _optional(st.integers(0, 12)),
    )


def people(*, language: str | None = None, with_roles: bool | None = None) -> S[Person]:
    """People as authors and as people an article names.

    Args:
        language: Write names in this language (default: any).
        with_roles: True for people holding at least one role, False for none.
    """
    return _language(language).flatmap(lambda lang: _people_in(lang, with_roles, False))


@functools.cache
def _people_in(language: str, with_roles: bool | None, printable: bool) -> S[Person]:
    fewest, most = (1, 3) if with_roles else (0, 0) if with_roles is False else (0, 3)
    return st.builds(
        Person,
        _names(LANGUAGES[language]),
        url=_optional(urls()),
        same_as=st.lists(urls(), max_size=2),
        image=_optional(_images_in(language, printable)),
        description=_optional(_prose(language, 2, 12, sentences=False, printable=printable)),
        roles=st.lists(_roles(printable=printable), min_size=fewest, max_size=most),
    )


def sections(*, language: str | None = None, max_depth: int = 3) -> S[Section]:
    """Sections at most ``max_depth`` levels below the portal's top."""
    return _language(language).flatmap(lambda lang: _sections_in(lang, max_depth))


@functools.cache
def _sections_in(language: str, max_depth: int) -> S[Section]:
    names = st.sampled_from(LANGUAGES[language].sections)
    levels = st.lists(st.tuples(names, _optional(urls())), min_size=1, max_size=max_depth)
    return levels.map(_linked_sections)


def _linked_sections(levels: list[tuple[str, str | None]]) -> Section:
    section: Section | None = None
    for name, url in levels:
        section = Section(name, url=url, parent=section)
    assert section is not None
    return section


def portals(*, language: str | None = None) -> S[Portal]:
    """Portals with a name, tagline, logo, publisher and a tree of sections."""
    return _language(language).flatmap(lambda lang: _portals_in(lang, False))


@functools.cache
def _portals_in(language: str, printable: bool) -> S[Portal]:
    return st.builds(
        Portal,
        st.sampled_from(("DZWatch", "The Daily Ledger", "Al Khabar", "Tagesblick", "Le Relais")),
        url=_optional(urls()),
        tagline=_optional(
            st.sampled_from(("Your News Portal", "News that matters", "أخبار اليوم"))
        ),
        logo=_optional(_images_in(language, printable)),
        publisher=_optional(_organizations_in(language, printable)),
        sections=st.lists(_sections_in(language, 3), max_size=5).map(_section_tree),
    )


def _section_tree(leaves: list[Section]) -> tuple[Section, ...]:
    """Every section on the way to each leaf, parents first, each once."""
    listed: dict[Section, None] = {}
    for leaf in leaves:
        listed.update(dict.fromkeys(leaf.path))
    return tuple(listed)


def related_links(*, language: str | None = None) -> S[Related]:
    """Links to other articles of every kind."""
    return _language(language).flatmap(lambda lang: _related_in(lang, False))


@functools.cache
def _related_in(language: str, printable: bool) -> S[Related]:
    return st.builds(
        Related,
        _prose(language, 3, 14, sentences=False, printable=printable),
        st.one_of(urls(), urls(), urls(), st.none()),
        kind=st.sampled_from(RelatedKind),
        image=_optional(_images_in(language, printable)),
        date=_optional(datetimes()),
    )


def comments(
    *, language: str | None = None, max_depth: int = 3, max_replies: int = 3
) -> S[Comment]:
    """Comments whose replies nest up to ``max_depth`` levels deep.

    Bushy threads branch up to ``max_replies`` ways for three levels; thin threads are one
    chain of replies reaching ``max_depth``.
    """
    return _language(language).flatmap(
        lambda lang: _comments_in(lang, max_depth, max_replies, False)
    )


@functools.cache
def _comments_in(language: str, max_depth: int, max_replies: int, printable: bool) -> S[Comment]:
    one = st.builds(
        Comment,
        _prose(language, 1, 60, sentences=True, printable=printable),
        id=_optional(st.integers(1, 10**7).map(str)),
        author=_optional(_people_in(language, False, printable)),
        date=_optional(datetimes()),
        upvotes=_optional(st.integers(0, 10**5)),
    )
    bushy = one
    for _ in range(min(max_depth, 3)):
        bushy = st.builds(_with_replies, one, st.lists(bushy, max_size=max_replies))
    thin = st.lists(one, min_size=1, max_size=max_depth + 1).map(_chain)
    return st.one_of(bushy, thin)


def _with_replies(comment: Comment, replies: list[Comment]) -> Comment:
    return Comment(
        comment.text,
        id=comment.id,
        author=comment.author,
        date=comment.date,
        replies=replies,
        upvotes=comment.upvotes,
    )


def _chain(thread: list[Comment]) -> Comment:
    node = thread[-1]
    for comment in reversed(thread[:-1]):
        node = _with_replies(comment, [node])
    return node


def blocks(*, language: str | None = None) -> S[Block]:
    """Body blocks: mostly paragraphs, with headings, quotes, figures and lists."""
    return _language(language).flatmap(lambda lang: _blocks_in(lang, None, False))


@functools.cache
def _blocks_in(language: str, kind: type | None, printable: bool) -> S[Any]:
    by_kind: dict[type, S[Any]] = {
        Paragraph: st.builds(
            Paragraph, _prose(language, 8, 120, sentences=True, printable=printable)
        ),
        Heading: st.builds(
            Heading,
            _prose(language, 2, 10, sentences=False, printable=printable),
            level=st.integers(2, 4),
        ),
        Quote: st.builds(
            Quote,
            _prose(language, 5, 40, sentences=True, printable=printable),
            citation=_optional(_names(LANGUAGES[language])),
        ),
        Figure: st.builds(Figure, _images_in(language, printable)),
        ListBlock: st.builds(
            ListBlock,
            st.lists(
                _prose(language, 2, 12, sentences=False, printable=printable),
                min_size=1,
                max_size=6,
            ),
            ordered=st.booleans(),
        ),
    }
    if kind is not None:
        return by_kind[kind]
    paragraph = by_kind.pop(Paragraph)
    return st.one_of(paragraph, paragraph, paragraph, *by_kind.values())


def block_kinds(kind: type[T]) -> S[T]:
    """Blocks of one kind (``Paragraph``, ``Heading``...), in any language."""
    chosen: type = kind
    return _language(None).flatmap(lambda lang: _blocks_in(lang, chosen, False))


_JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(codec="utf-8"), max_size=20)
)
_JSON = st.recursive(
    _JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


@functools.cache
def _extra(*, wanted: bool, printable: bool) -> S[dict[str, Any]]:
    """What a reader met that the model does not name; always empty unless ``wanted``."""
    if not wanted:
        return st.just({})
    optional: dict[str, S[Any]] = {
        "isAccessibleForFree": st.booleans(),
        "wordCount": st.integers(0, 20000),
        "thumbnailUrl": urls(),
        "speakable": st.just({"@type": "SpeakableSpecification", "cssSelector": [".headline"]}),
        "copyrightYear": st.integers(1990, 2035),
    }
    if not printable:
        optional["x-custom"] = _JSON
    return st.fixed_dictionaries({}, optional=optional)


def articles(
    *,
    language: str | None = None,
    with_comments: bool | None = None,
    max_blocks: int = 30,
    max_comment_depth: int = 3,
    printable: bool = False,
    extra: bool = True,
) -> S[Article]:
    """Valid, realistic articles.

    Args:
        language: Write the article in this language (one of :data:`LANGUAGE_TAGS`);
            default any.
        with_comments: True for articles with at least one comment, False for none,
            None for either.
        max_blocks: The most body blocks an article has; some articles have at least half
            as many, so that long bodies are always tried.
        max_comment_depth: The deepest a reply may nest.
        printable: True for text made of the language's words only, never arbitrary
            Unicode (no control, unassigned or lone combining characters).
        extra: False for articles whose ``extra`` is always empty.
    """
    return _language(language).flatmap(
        lambda lang: _articles_in(
            lang, with_comments, max_blocks, max_comment_depth, printable=printable, extra=extra
        )
    )


@functools.cache
def _articles_in(
    language: str,
    with_comments: bool | None,
    max_blocks: int,
    depth: int,
    *,
    printable: bool,
    extra: bool,
) -> S[Article]:
    vocabulary = LANGUAGES[language]
    fewest, most = (1, 6) if with_comments else (0, 0) if with_comments is False else (0, 6)
    portal_or_none = _optional(_portals_in(language, printable))
    section_or_none = _optional(_sections_in(language, 3))
    published_or_none = st.one_of(st.none(), datetimes(), datetimes(), _DAYS)
    delay_or_none = _optional(st.integers(0, 30 * 24 * 3600))
    offsets = st.sampled_from(_OFFSETS)
    comment_lists = st.lists(
        _comments_in(language, depth, 3, printable), min_size=fewest, max_size=most
    )
    fields: dict[str, S[Any]] = {
        "alternative_headline": _optional(
            _prose(language, 2, 10, sentences=False, printable=printable)
        ),
        "description": _optional(_prose(language, 10, 40, sentences=True, printable=printable)),
        "dateline": _optional(st.sampled_from(vocabulary.cities)),
        "body": st.one_of(
            st.lists(_blocks_in(language, None, printable), max_size=max_blocks),
            st.lists(_blocks_in(language, None, printable), max_size=max_blocks),
            # long reads: many paragraphs
            st.lists(
                _blocks_in(language, Paragraph, printable),
                min_size=max_blocks // 2,
                max_size=max_blocks,
            ),
        ),
        "url": _optional(urls()),
        "canonical_url": _optional(urls()),
        "authors": st.lists(
            _people_in(language, None, printable) | _organizations_in(language, printable),
            max_size=3,
        ),
        "keywords": st.lists(st.sampled_from(vocabulary.words), max_size=6, unique=True),
        "language": _optional(st.sampled_from((language, f"{language}-{_REGIONS[language]}"))),
        "images": st.lists(_images_in(language, printable), max_size=3),
        "publisher": _optional(_organizations_in(language, printable)),
        "mentions": st.lists(_people_in(language, True, printable), max_size=5),
        "related": st.lists(_related_in(language, printable), max_size=5),
        "extra": _extra(wanted=extra, printable=printable),
    }
    headlines = _prose(language, 3, 14, sentences=False, printable=printable)

    @st.composite
    def build(draw: Callable[[S[Any]], Any]) -> Article:
        portal = draw(portal_or_none)
        section = draw(section_or_none)
        if portal is not None and portal.sections and draw(st.booleans()):
            section = draw(st.sampled_from(portal.sections))
        published = draw(published_or_none)
        modified = None
        delay = draw(delay_or_none) if published is not None else None
        if isinstance(published, dt.datetime) and delay is not None:
            modified = (published + dt.timedelta(seconds=delay)).astimezone(draw(offsets))
        elif published is not None and delay is not None:  # known to the day only
            modified = published + dt.timedelta(days=delay // 86400)
        thread = draw(comment_lists)
        return Article(
            draw(headlines),
            **{name: draw(strategy) for name, strategy in fields.items()},
            date_published=published,
            date_modified=modified,
            section=section,
            portal=portal,
            comments=thread,
            comments_open=draw(st.booleans()) if thread else draw(_optional(st.booleans())),
        )

    return build()


def sitemap_entries() -> S[SitemapEntry]:
    """Addresses as a sitemap lists them: with and without a last change (a moment or a
    day), a change frequency, a priority and images."""
    return _sitemap_entries(printable=False)


@functools.cache
def _sitemap_entries(*, printable: bool) -> S[SitemapEntry]:
    return st.builds(
        SitemapEntry,
        urls(),
        modified=st.one_of(st.none(), datetimes(), _DAYS),
        change_frequency=_optional(st.sampled_from(ChangeFrequency)),
        priority=_optional(st.integers(0, 10).map(lambda tenths: tenths / 10)),
        images=st.lists(_images_in("en", printable), max_size=2),
    )


def listings(
    *,
    kind: ListingKind | None = None,
    language: str | None = None,
    max_items: int = 8,
    printable: bool = False,
    extra: bool = True,
) -> S[Listing]:
    """Lists of articles as portals publish them: feeds with their items, sitemaps with
    articles and plain entries, sitemap indexes.

    Args:
        kind: Lists of this kind only (default: any, or none).
        language: Items written in this language (default: any).
        max_items: The most items (and entries, and sitemaps) a list holds.
        printable: True for text made of the language's words only, never arbitrary
            Unicode.
        extra: False for lists (and items) whose ``extra`` is always empty.
    """
    return _language(language).flatmap(
        lambda lang: _listings_in(kind, lang, max_items, printable, extra)
    )


@functools.cache
def _listings_in(
    kind: ListingKind | None, language: str, max_items: int, printable: bool, extra: bool
) -> S[Listing]:
    kinds = st.just(kind) if kind is not None else _optional(st.sampled_from(ListingKind))
    items = st.lists(
        _articles_in(language, False, 4, 1, printable=printable, extra=extra), max_size=max_items
    )
    entries = st.lists(_sitemap_entries(printable=printable), max_size=max_items)
    return st.builds(
        Listing,
        kind=kinds,
        title=_optional(_prose(language, 2, 8, sentences=False, printable=printable)),
        url=_optional(urls()),
        feed_url=_optional(urls()),
        description=_optional(_prose(language, 5, 25, sentences=True, printable=printable)),
        language=_optional(st.sampled_from((language, f"{language}-{_REGIONS[language]}"))),
        updated=st.one_of(st.none(), datetimes(), _DAYS),
        publisher=_optional(_organizations_in(language, printable)),
        image=_optional(_images_in(language, printable)),
        items=items,
        entries=entries,
        sitemaps=st.lists(_sitemap_entries(printable=printable), max_size=3),
        extra=_extra(wanted=extra, printable=printable),
    )


def teasers(*, language: str | None = None) -> S[Teaser]:
    """Articles as a front shows them: a headline and an address, often a standfirst, an
    image, a date, a section and authors, no body; now and then flagged live or
    breaking."""
    return _language(language).flatmap(lambda lang: _teasers_in(lang, None, False))


def _teasers_in(language: str, portal: Portal | None, printable: bool) -> S[Teaser]:
    sections = st.sampled_from(portal.sections) if portal and portal.sections else st.nothing()
    article = st.builds(
        Article,
        _prose(language, 3, 14, sentences=False, printable=printable),
        url=urls(),
        description=_optional(_prose(language, 8, 30, sentences=True, printable=printable)),
        images=st.lists(_images_in(language, printable), max_size=1),
        date_published=st.one_of(st.none(), datetimes(), _DAYS),
        section=_optional(sections | _sections_in(language, 2)),
        authors=st.lists(_people_in(language, False, printable), max_size=2),
        portal=st.just(portal),
    )
    return st.builds(
        Teaser, article, flags=st.lists(st.sampled_from(TeaserFlag), max_size=2, unique=True)
    )


def front_blocks(*, language: str | None = None, max_teasers: int = 6) -> S[FrontBlock]:
    """Blocks of a front: teasers under a heading or none, led by a section or not."""
    return _language(language).flatmap(lambda lang: _blocks_of(lang, None, max_teasers, False))


def _blocks_of(
    language: str, portal: Portal | None, max_teasers: int, printable: bool
) -> S[FrontBlock]:
    sections = st.sampled_from(portal.sections) if portal and portal.sections else st.nothing()
    return st.builds(
        FrontBlock,
        st.lists(_teasers_in(language, portal, printable), min_size=1, max_size=max_teasers),
        heading=_optional(_prose(language, 1, 4, sentences=False, printable=printable)),
        section=_optional(sections | _sections_in(language, 2)),
    )


def listing_links(*, sitemaps: bool = False) -> S[ListingLink]:
    """Links to feeds (or, with ``sitemaps``, to sitemaps) as a page gives them."""
    kinds = (
        (ListingKind.SITEMAP, ListingKind.SITEMAP_INDEX)
        if sitemaps
        else (ListingKind.RSS, ListingKind.ATOM, ListingKind.JSON_FEED)
    )
    return st.builds(
        ListingLink,
        urls(),
        kind=_optional(st.sampled_from(kinds)),
        title=_optional(st.sampled_from(("All news", "Top stories", "Sport", "أخبار"))),
    )


def fronts(
    *,
    language: str | None = None,
    max_blocks: int = 6,
    max_teasers: int = 6,
    printable: bool = False,
    extra: bool = True,
) -> S[Front]:
    """Home pages and section fronts of a portal: its section tree, blocks of teasers,
    pagination, and the feeds and sitemaps it links to.

    Args:
        language: Written in this language (one of :data:`LANGUAGE_TAGS`); default any.
        max_blocks: The most blocks a front has.
        max_teasers: The most teasers a block has.
        printable: True for text made of the language's words only, never arbitrary
            Unicode.
        extra: Accepted for symmetry with :func:`articles`; a front and its teasers
            never hold ``extra``.
    """
    return _language(language).flatmap(
        lambda lang: _fronts_in(lang, max_blocks, max_teasers, printable)
    )


@functools.cache
def _fronts_in(language: str, max_blocks: int, max_teasers: int, printable: bool) -> S[Front]:
    @st.composite
    def build(draw: Callable[[S[Any]], Any]) -> Front:
        portal = draw(_optional(_portals_in(language, printable)))
        section = None
        if portal is not None and portal.sections and draw(st.booleans()):
            section = draw(st.sampled_from(portal.sections))
        blocks = st.lists(
            _blocks_of(language, portal, max_teasers, printable), max_size=max_blocks
        )
        links = st.lists(listing_links(), max_size=3, unique_by=lambda link: link.url)
        sitemap_links = st.lists(
            listing_links(sitemaps=True), max_size=2, unique_by=lambda link: link.url
        )
        return Front(
            url=draw(_optional(urls())),
            portal=portal,
            section=section,
            title=draw(_optional(_prose(language, 1, 6, sentences=False, printable=printable))),
            language=draw(
                _optional(st.sampled_from((language, f"{language}-{_REGIONS[language]}")))
            ),
            blocks=draw(blocks),
            next_page=draw(_optional(urls())),
            previous_page=draw(_optional(urls())),
            feeds=draw(links),
            sitemaps=draw(sitemap_links),
        )

    return build()


# Pages with known truth live in their own module, which imports this one when used.
from ._page_strategies import ARTICLE_TEMPLATES, article_pages  # noqa: E402
from ._synthetic.page import (  # noqa: E402
    Agreement,
    DataSource,
    Furniture,
    PageSample,
    RenderedPage,
)

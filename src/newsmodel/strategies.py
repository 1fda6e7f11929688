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
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

import attrs

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
from ._knobs import check_counts, check_order, check_switches, clash
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
from ._strategy_dates import ARCHIVE_END, ARCHIVE_START, ZONES, days, moments
from ._strategy_text import prose as _prose
from ._strategy_warmup import warm_up
from ._synthetic.chrome import chrome
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
    "feed_pages",
    "front_blocks",
    "front_pages",
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
    "text_pages",
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


@functools.cache  # one_of is not cached by Hypothesis, and a new strategy costs a lot
def _optional(strategy: S[T]) -> S[T | None]:
    return st.none() | strategy


def _records(
    make: Callable[..., T], *args: S[Any], sometimes: dict[str, S[Any]], **always: S[Any]
) -> S[T]:
    """``make(*args, **always)`` with some of the keyword arguments ``sometimes``.

    One number says which of them are given (bit ``i`` for the ``i``-th), so the optional
    fields of an object cost one choice together instead of one each, and shrinking
    leaves them out. The object is made in a composite, so that a failing example prints
    it as its fields (``Image(url='https://news.example/photo.jpg')``), not as a call.
    """
    optional = tuple(sometimes.items())
    masks = st.integers(0, 2 ** len(optional) - 1)

    @st.composite
    def draw_record(draw: Callable[[S[Any]], Any]) -> T:
        mask: int = draw(masks) if optional else 0
        values = [draw(arg) for arg in args]
        given = {name: draw(strategy) for name, strategy in always.items()}
        for bit, (name, strategy) in enumerate(optional):
            if mask >> bit & 1:
                given[name] = draw(strategy)
        return make(*values, **given)

    return draw_record()


@functools.cache
def _tags(language: str) -> S[str]:
    """Language tags for copy in ``language``: alone or with its region."""
    return st.sampled_from((language, f"{language}-{_REGIONS[language]}"))


def _language(language: str | None) -> S[str]:
    if language is None:
        return st.sampled_from(LANGUAGE_TAGS)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGE_TAGS)}, not {language!r}")
    return st.just(language)


@functools.cache
def _names(vocabulary: Vocabulary) -> S[str]:
    """A given and a family name from one number, in the order the language writes them."""
    given, family = vocabulary.given_names, vocabulary.family_names
    numbers = st.integers(0, len(given) * len(family) - 1)

    @st.composite
    def draw_name(draw: Callable[[S[Any]], Any]) -> str:
        number: int = draw(numbers)
        first, last = divmod(number, len(family))
        if vocabulary.separator:
            return f"{given[first]} {family[last]}"
        return family[last] + given[first]

    return draw_name()


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
    return _urls(domain or None, image=False)


_SEGMENTS = (
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
_QUERIES = ("", "", "?page=2", "?utm_source=feed&id=7")
_MOST_SEGMENTS = 4


@functools.cache
def _urls(domain: str | None, *, image: bool) -> S[str]:
    """A URL from one number: its digits, last first, are the path's length, its
    segments (in base ``len(_SEGMENTS)``), the host and the query; 0 is the home page of
    the first host."""
    hosts = (domain,) if domain else _DOMAINS
    queries = ("",) if image else _QUERIES
    paths = len(_SEGMENTS) ** _MOST_SEGMENTS
    numbers = st.integers(0, (_MOST_SEGMENTS + 1) * paths * len(hosts) * len(queries) - 1)

    @st.composite
    def draw_url(draw: Callable[[S[Any]], Any]) -> str:
        number, length = divmod(draw(numbers), _MOST_SEGMENTS + 1)
        number, path = divmod(number, paths)
        query, host = divmod(number, len(hosts))
        segments = []
        for _ in range(length):
            path, segment = divmod(path, len(_SEGMENTS))
            segments.append(_SEGMENTS[segment])
        if image:
            segments.append("photo.jpg")
        return f"https://{hosts[host]}/{'/'.join(segments)}{queries[query]}"

    return draw_url()


def datetimes(
    *,
    min_value: dt.datetime = dt.datetime(1995, 1, 1),
    max_value: dt.datetime = dt.datetime(2035, 12, 31),
) -> S[dt.datetime]:
    """Timezone-aware datetimes at whole seconds: any day, any second of it, in the
    offsets time zones use (half and three-quarter hours among them).

    ``min_value`` and ``max_value`` are naive: the bounds of the local wall time.

    Raises:
        ValueError: a bound is timezone-aware, or ``min_value`` is after ``max_value``.
    """
    if min_value.tzinfo is not None or max_value.tzinfo is not None:
        raise ValueError("min_value and max_value must be naive: they bound the local time")
    first = min_value + dt.timedelta(microseconds=-min_value.microsecond % 1_000_000)
    if first > max_value:
        raise ValueError(f"no whole second between {min_value} and {max_value}")
    return moments(first, max_value)


# What the model strategies date things with: an archive's moments and days.
_MOMENTS = moments(ARCHIVE_START, ARCHIVE_END)
_DAYS = days(ARCHIVE_START.date(), ARCHIVE_END.date())


def images(*, language: str | None = None) -> S[Image]:
    """Images with and without caption, credit and size."""
    return _language(language).flatmap(lambda lang: _images_in(lang, False))


_CREDITS = st.sampled_from(("Reuters", "AFP", "AP Photo", "© SANA", "Getty Images"))


@functools.cache
def _images_in(language: str, printable: bool) -> S[Image]:
    size = st.integers(16, 4096)
    return _records(
        Image,
        url=_urls(None, image=True),
        sometimes={
            "caption": _prose(language, 3, 20, sentences=False, printable=printable),
            "credit": _CREDITS,
            "width": size,
            "height": size,
        },
    )


def organizations(*, language: str | None = None) -> S[Organization]:
    """Publishers, agencies and institutions."""
    return _language(language).flatmap(lambda lang: _organizations_in(lang, False))


_ORGANIZATION_NAMES = st.sampled_from(
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


@functools.cache
def _organizations_in(language: str, printable: bool) -> S[Organization]:
    return _records(
        Organization,
        _ORGANIZATION_NAMES,
        sometimes={
            "url": urls(),
            "logo": _images_in(language, printable),
            "same_as": st.lists(urls(), min_size=1, max_size=2),
        },
    )


def roles() -> S[Role]:
    """Offices held, in a country or an organisation, with and without dates."""
    return _ROLES


# Months from January 2000 (what shrinking aims at) back to 1950 and on to 2030.
_ROLE_MONTHS = st.integers(-50 * 12, 31 * 12 - 1)
_ROLE_YEARS = st.integers(0, 12)
_COUNTRIES = st.sampled_from(COUNTRIES)
_TITLES = st.sampled_from(ROLE_TITLES)
# An organisation a role names: known by its name, at most an address.
_EMPLOYERS = _records(Organization, _ORGANIZATION_NAMES, sometimes={"url": urls()})


def _role(
    title: str,
    *,
    organization: Organization | None = None,
    country: str | None = None,
    month: int | None = None,
    years: int | None = None,
) -> Role:
    """A role held from the first of a month (counted from January 2000), for ``years``
    or still."""
    start = end = None
    if month is not None:
        year, month = divmod(2000 * 12 + month, 12)
        start = dt.date(year, month + 1, 1)
        end = None if years is None else start.replace(year=year + years)
    return Role(title, organization=organization, country=country, start_date=start, end_date=end)


_ROLES = _records(
    _role,
    _TITLES,
    sometimes={
        "organization": _EMPLOYERS,
        "country": _COUNTRIES,
        "month": _ROLE_MONTHS,
        "years": _ROLE_YEARS,
    },
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
    fewest, most = (1, 2) if with_roles else (0, 0) if with_roles is False else (0, 2)
    return _records(
        Person,
        _names(LANGUAGES[language]),
        roles=st.lists(_ROLES, min_size=fewest, max_size=most),
        sometimes={
            "url": urls(),
            "same_as": st.lists(urls(), min_size=1, max_size=2),
            "image": _images_in(language, printable),
            "description": _prose(language, 2, 12, sentences=False, printable=printable),
        },
    )


def sections(*, language: str | None = None, max_depth: int = 3) -> S[Section]:
    """Sections at most ``max_depth`` levels below the portal's top."""
    return _language(language).flatmap(lambda lang: _sections_in(lang, max_depth))


@functools.cache
def _sections_in(language: str, max_depth: int) -> S[Section]:
    """A section and its parents from three numbers (and an address for each level that
    has one): the depth, the names (digits in base ``len(names)``), which levels have an
    address (bits)."""
    names = LANGUAGES[language].sections
    depths = st.integers(1, max_depth)

    @st.composite
    def draw_section(draw: Callable[[S[Any]], Any]) -> Section:
        depth: int = draw(depths)
        number: int = draw(st.integers(0, len(names) ** depth - 1))
        addressed: int = draw(st.integers(0, 2**depth - 1))
        section = None
        for level in range(depth):
            number, name = divmod(number, len(names))
            url = draw(urls()) if addressed >> level & 1 else None
            section = Section(names[name], url=url, parent=section)
        assert section is not None
        return section

    return draw_section()


def portals(*, language: str | None = None) -> S[Portal]:
    """Portals with a name, tagline, logo, publisher and a tree of sections."""
    return _language(language).flatmap(lambda lang: _portals_in(lang, False))


@functools.cache
def _portals_in(language: str, printable: bool) -> S[Portal]:
    return _records(
        _portal,
        st.sampled_from(("DZWatch", "The Daily Ledger", "Al Khabar", "Tagesblick", "Le Relais")),
        leaves=st.lists(_sections_in(language, 3), max_size=5),
        sometimes={
            "url": urls(),
            "tagline": st.sampled_from(chrome(language).taglines),
            "logo": _images_in(language, printable),
            "publisher": _organizations_in(language, printable),
        },
    )


def _portal(name: str, *, leaves: list[Section], **fields: Any) -> Portal:
    return Portal(name, sections=_section_tree(leaves), **fields)


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
    return _records(
        Related,
        _prose(language, 3, 14, sentences=False, printable=printable),
        kind=st.sampled_from(RelatedKind),
        sometimes={
            "url": urls(),
            "image": _images_in(language, printable),
            "date": _MOMENTS,
        },
    )


def comments(
    *, language: str | None = None, max_depth: int = 3, max_replies: int = 3
) -> S[Comment]:
    """Comments whose replies nest up to ``max_depth`` levels deep.

    Bushy threads branch up to ``max_replies`` ways; thin threads are one chain of replies,
    as deep as ``max_depth`` allows.
    """
    return _language(language).flatmap(
        lambda lang: _threads(
            lang, max_depth, max_replies, printable=False, most=max(12, max_depth + 1)
        ).map(lambda roots: roots[0])
    )


@functools.cache
def _threads(
    language: str,
    max_depth: int,
    max_replies: int,
    *,
    printable: bool,
    fewest: int = 1,
    most: int,
    one_root: bool = True,
) -> S[list[Comment]]:
    """Comment threads, drawn as the comments in reading order and the depth of each.

    That costs a few choices per comment whatever the shape, and shrinks towards fewer
    comments, all at the top. A thin thread (now and then) goes one level deeper each
    time, so the deepest threads are tried without drawing huge bushy ones.
    """
    one = _comments_alone(language, printable)
    counts = st.integers(fewest, most)

    @st.composite
    def draw_threads(draw: Callable[[S[Any]], Any]) -> list[Comment]:
        thin = draw(st.booleans())
        count = draw(counts)
        parents: list[int | None] = []  # the index of the comment each one replies to
        on_the_way: list[int] = []  # the latest comment at each depth, top first
        replies = [0] * count
        for index in range(count):
            deepest = min(len(on_the_way), max_depth)
            lowest = 1 if one_root and index else 0
            depth = deepest if thin else draw(st.integers(min(lowest, deepest), deepest))
            del on_the_way[depth:]
            parent = on_the_way[-1] if on_the_way else None
            if parent is not None:
                if replies[parent] >= max_replies:
                    break
                replies[parent] += 1
            parents.append(parent)
            on_the_way.append(index)
        return _nested([draw(one) for _ in parents], parents)

    return draw_threads()


def _nested(drawn: list[Comment], parents: list[int | None]) -> list[Comment]:
    """The top-level comments, each holding its replies, from the comments in reading
    order and the index of the comment each replies to."""
    replies: list[list[Comment]] = [[] for _ in drawn]
    roots: list[Comment] = []
    for index in reversed(range(len(drawn))):
        comment = _with_replies(drawn[index], reversed(replies[index]))
        parent = parents[index]
        (roots if parent is None else replies[parent]).append(comment)
    return roots[::-1]


@functools.cache
def _comments_alone(language: str, printable: bool) -> S[Comment]:
    """One comment, without replies, by someone known by a name and maybe an address."""
    return _records(
        Comment,
        _prose(language, 1, 60, sentences=True, printable=printable),
        sometimes={
            "id": st.integers(1, 10**7).map(str),
            "author": _records(Person, _names(LANGUAGES[language]), sometimes={"url": urls()}),
            "date": _MOMENTS,
            "upvotes": st.integers(0, 10**5),
        },
    )


def _with_replies(comment: Comment, replies: Iterable[Comment]) -> Comment:
    return Comment(
        comment.text,
        id=comment.id,
        author=comment.author,
        date=comment.date,
        replies=tuple(replies),
        upvotes=comment.upvotes,
    )


def blocks(*, language: str | None = None) -> S[Block]:
    """Body blocks: mostly paragraphs, with headings, quotes, figures and lists."""
    return _language(language).flatmap(lambda lang: _blocks_in(lang, None, False))


@functools.cache
def _blocks_in(language: str, kind: type | None, printable: bool) -> S[Any]:
    by_kind: dict[type, S[Any]] = {
        Paragraph: _records(
            Paragraph,
            _prose(language, 8, 120, sentences=True, printable=printable),
            sometimes={},
        ),
        Heading: _records(
            Heading,
            _prose(language, 2, 10, sentences=False, printable=printable),
            level=st.integers(2, 4),
            sometimes={},
        ),
        Quote: _records(
            Quote,
            _prose(language, 5, 40, sentences=True, printable=printable),
            sometimes={"citation": _names(LANGUAGES[language])},
        ),
        Figure: _records(Figure, _images_in(language, printable), sometimes={}),
        ListBlock: _records(
            ListBlock,
            st.lists(
                _prose(language, 2, 12, sentences=False, printable=printable),
                min_size=1,
                max_size=6,
            ),
            ordered=st.booleans(),
            sometimes={},
        ),
    }
    if kind is not None:
        return by_kind[kind]
    # Mostly paragraphs; a paragraph is what shrinking aims at.
    kinds = (Paragraph, Paragraph, Paragraph, Heading, Quote, Figure, ListBlock)
    picks = st.integers(0, len(kinds) - 1)

    @st.composite
    def draw_block(draw: Callable[[S[Any]], Any]) -> Block:
        block: Block = draw(by_kind[kinds[draw(picks)]])
        return block

    return draw_block()


def block_kinds(kind: type[T]) -> S[T]:
    """Blocks of one kind (``Paragraph``, ``Heading``...), in any language."""
    chosen: type = kind
    return _language(None).flatmap(lambda lang: _blocks_in(lang, chosen, False))


@functools.cache
def _extra(language: str, *, wanted: bool, printable: bool) -> S[dict[str, Any]]:
    """What a reader met that the model does not name: schema.org properties of a
    NewsArticle with values of their types (so the written JSON-LD stays valid schema.org),
    some nested, some free text. Always empty unless ``wanted``."""
    if not wanted:
        return st.just({})
    text = _prose(language, 2, 12, sentences=False, printable=printable)
    values: dict[str, S[Any]] = {
        "isAccessibleForFree": st.booleans(),
        "wordCount": st.integers(0, 20000),
        "thumbnailUrl": urls(),
        "speakable": st.just({"@type": "SpeakableSpecification", "cssSelector": [".headline"]}),
        "copyrightYear": st.integers(1990, 2035),
        "isFamilyFriendly": st.booleans(),
        "printSection": st.sampled_from(("A", "B", "Sport", "Wirtschaft")),
        "printPage": st.integers(1, 64).map(str),
        "backstory": text,
        "genre": st.sampled_from(("News", "Analysis", "Opinion", "Live blog")),
        "timeRequired": st.integers(1, 45).map(lambda minutes: f"PT{minutes}M"),
        "copyrightHolder": st.builds(
            lambda name, url: {"@type": "Organization", "name": name, "url": url},
            _ORGANIZATION_NAMES,
            urls(),
        ),
        "about": st.lists(
            st.builds(lambda name: {"@type": "Thing", "name": name}, text), min_size=1, max_size=3
        ),
    }
    properties = st.lists(st.sampled_from(tuple(values)), max_size=4, unique=True)

    @st.composite
    def draw_extra(draw: Callable[[S[Any]], Any]) -> dict[str, Any]:
        return {name: draw(values[name]) for name in draw(properties)}

    return draw_extra()


def articles(
    *,
    language: str | None = None,
    with_comments: bool | None = None,
    min_blocks: int = 0,
    max_blocks: int = 30,
    max_comment_depth: int = 3,
    with_authors: bool | None = None,
    with_related: bool | None = None,
    google_valid: bool = False,
    printable: bool = False,
    extra: bool = True,
) -> S[Article]:
    """Valid, realistic articles.

    Args:
        language: Write the article in this language (one of :data:`LANGUAGE_TAGS`), in
            its script; default any.
        with_comments: True for articles with at least one comment, False for none,
            None for either.
        min_blocks: The fewest body blocks an article has.
        max_blocks: The most body blocks an article has; some articles have at least half
            as many, so that long bodies are always tried.
        max_comment_depth: The deepest a reply may nest.
        with_authors: True for articles with at least one author, False for none, None
            for either.
        with_related: True for articles with at least one related link, False for none,
            None for either.
        google_valid: True for articles whose JSON-LD meets Google's Article guidelines
            as the ``google-article`` validation profile checks them: no error and no
            warning (a concise headline, authors with a name and an address, publication
            times with a time zone, high-resolution images).
        printable: True for text made of the language's words only, never arbitrary
            Unicode (no control, unassigned or lone combining characters).
        extra: False for articles whose ``extra`` is always empty.

    Raises:
        ValueError: A count is negative or not an integer, ``min_blocks`` is more than
            ``max_blocks``, a switch is not a bool (or None where that means "either"),
            or ``google_valid`` is asked with ``with_authors=False``.
    """
    check_switches(
        with_comments=with_comments, with_authors=with_authors, with_related=with_related
    )
    check_switches(google_valid=google_valid, printable=printable, extra=extra, either=False)
    check_counts(min_blocks=min_blocks, max_blocks=max_blocks, max_comment_depth=max_comment_depth)
    check_order("min_blocks", min_blocks, "max_blocks", max_blocks)
    if google_valid and with_authors is False:
        raise clash("google_valid=True", "with_authors=False", "Google needs authors")
    return _language(language).flatmap(
        lambda lang: _articles_in(
            _ArticleKnobs(
                lang,
                comments=with_comments,
                min_blocks=min_blocks,
                max_blocks=max_blocks,
                comment_depth=max_comment_depth,
                authors=True if google_valid else with_authors,
                related=with_related,
                google_valid=google_valid,
                printable=printable,
                extra=extra,
            )
        )
    )


@attrs.frozen
class _ArticleKnobs:
    """What :func:`articles` was asked for, with the language chosen: the key of the
    cache of article strategies."""

    language: str
    comments: bool | None = None
    min_blocks: int = 0
    max_blocks: int = 30
    comment_depth: int = 3
    authors: bool | None = None
    related: bool | None = None
    google_valid: bool = False
    printable: bool = False
    extra: bool = True


def _counted(
    element: S[T],
    wanted: bool | None,
    most: int,
    unique_by: Callable[[T], Hashable] | None = None,
) -> S[list[T]]:
    """Lists of ``element``: at least one if ``wanted``, none if it is False."""
    if wanted is False:
        return st.just([])
    return st.lists(element, min_size=1 if wanted else 0, max_size=most, unique_by=unique_by)


# Google's guidelines: a concise headline (at most 110 characters: 7 words of at most 14
# letters and a space), and images of at least 50,000 pixels.
_GOOGLE_HEADLINE_WORDS = 7
_GOOGLE_IMAGE_SIDE = st.integers(320, 4096)


@functools.cache
def _articles_in(knobs: _ArticleKnobs) -> S[Article]:
    language, printable, google = knobs.language, knobs.printable, knobs.google_valid
    vocabulary = LANGUAGES[language]
    fewest = 1 if knobs.comments else 0
    most = 0 if knobs.comments is False else max(12, knobs.comment_depth + 1)
    comment_lists = (
        _threads(
            language,
            knobs.comment_depth,
            3,
            printable=printable,
            fewest=fewest,
            most=most,
            one_root=False,
        )
        if most
        else st.just([])
    )
    blocks = _blocks_in(language, None, printable)
    paragraphs = _blocks_in(language, Paragraph, printable)
    images = _google_images_in(language, printable) if google else _images_in(language, printable)
    authors = (
        _records(
            Person,
            _names(vocabulary),
            url=urls(),
            sometimes={"same_as": st.lists(urls(), min_size=1, max_size=2)},
        )
        | _records(Organization, _ORGANIZATION_NAMES, url=urls(), sometimes={})
        if google
        else _people_in(language, None, printable) | _organizations_in(language, printable)
    )
    published = _MOMENTS if google else _MOMENTS | _DAYS
    fields: S[dict[str, Any]] = _records(
        dict,
        headline=_prose(
            language,
            3,
            _GOOGLE_HEADLINE_WORDS if google else 14,
            sentences=False,
            printable=printable,
        ),
        body=st.one_of(
            st.lists(blocks, min_size=knobs.min_blocks, max_size=knobs.max_blocks),
            st.lists(blocks, min_size=knobs.min_blocks, max_size=knobs.max_blocks),
            # long reads: many paragraphs
            st.lists(
                paragraphs,
                min_size=max(knobs.min_blocks, knobs.max_blocks // 2),
                max_size=knobs.max_blocks,
            ),
        ),
        # one name, one author: a byline never names a person twice
        authors=_counted(authors, knobs.authors, 3, unique_by=_name),
        keywords=st.lists(st.sampled_from(vocabulary.words), max_size=6, unique=True),
        images=st.lists(images, min_size=1 if google else 0, max_size=3),
        mentions=st.lists(_people_in(language, True, printable), max_size=5),
        related=_counted(_related_in(language, printable), knobs.related, 5),
        extra=_extra(language, wanted=knobs.extra, printable=printable),
        comments=comment_lists,
        sometimes={
            "alternative_headline": _prose(language, 2, 10, sentences=False, printable=printable),
            "description": _prose(language, 10, 40, sentences=True, printable=printable),
            "dateline": st.sampled_from(vocabulary.cities),
            "url": urls(),
            "canonical_url": urls(),
            "language": _tags(language),
            "publisher": _organizations_in(language, printable),
            "portal": _portals_in(language, printable),
            "section": _sections_in(language, 3),
        },
    )
    published_or_none = published if google else _optional(published)
    delays = _optional(st.integers(0, 30 * 24 * 3600))

    @st.composite
    def build(draw: Callable[[S[Any]], Any]) -> Article:
        given = draw(fields)
        portal = given.get("portal")
        if portal is not None and portal.sections and draw(st.booleans()):
            index: int = draw(st.integers(0, len(portal.sections) - 1))
            given["section"] = portal.sections[index]
        given["date_published"] = draw(published_or_none)
        given["date_modified"] = _modified(draw, given["date_published"], draw(delays))
        given["comments_open"] = draw(st.booleans() if given["comments"] else _SOMETIMES_OPEN)
        return Article(**given)

    return build()


_SOMETIMES_OPEN = _optional(st.booleans())


def _name(party: Person | Organization) -> str:
    return party.name


def _modified(
    draw: Callable[[S[Any]], Any], published: dt.datetime | dt.date | None, delay: int | None
) -> dt.datetime | dt.date | None:
    """A last change ``delay`` seconds after publication (in another time zone, now and
    then), or the same number of whole days after a publication day."""
    if published is None or delay is None:
        return None
    if isinstance(published, dt.datetime):
        zone: dt.timezone = draw(ZONES)
        return (published + dt.timedelta(seconds=delay)).astimezone(zone)
    return published + dt.timedelta(days=delay // 86400)


@functools.cache
def _google_images_in(language: str, printable: bool) -> S[Image]:
    """Images Google takes as high-resolution: their size given, and large enough."""
    return _records(
        Image,
        url=_urls(None, image=True),
        width=_GOOGLE_IMAGE_SIDE,
        height=_GOOGLE_IMAGE_SIDE,
        sometimes={
            "caption": _prose(language, 3, 20, sentences=False, printable=printable),
            "credit": _CREDITS,
        },
    )


def sitemap_entries() -> S[SitemapEntry]:
    """Addresses as a sitemap lists them: with and without a last change (a moment or a
    day), a change frequency, a priority and images."""
    return _sitemap_entries(printable=False)


@functools.cache
def _sitemap_entries(*, printable: bool) -> S[SitemapEntry]:
    return _records(
        SitemapEntry,
        urls(),
        images=st.lists(_images_in("en", printable), max_size=2),
        sometimes={
            "modified": _MOMENTS | _DAYS,
            "change_frequency": st.sampled_from(ChangeFrequency),
            "priority": st.integers(0, 10).map(lambda tenths: tenths / 10),
        },
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

    Raises:
        ValueError: ``max_items`` is negative or not an integer, or a switch is not a
            bool.
    """
    check_counts(max_items=max_items)
    check_switches(printable=printable, extra=extra, either=False)
    return _language(language).flatmap(
        lambda lang: _listings_in(kind, lang, max_items, printable, extra)
    )


@functools.cache
def _listings_in(
    kind: ListingKind | None, language: str, max_items: int, printable: bool, extra: bool
) -> S[Listing]:
    kinds = st.just(kind) if kind is not None else _optional(st.sampled_from(ListingKind))
    item = _ArticleKnobs(
        language, comments=False, max_blocks=4, comment_depth=1, printable=printable, extra=extra
    )
    items = st.lists(_articles_in(item), max_size=max_items)
    entries = st.lists(_sitemap_entries(printable=printable), max_size=max_items)
    return _records(
        Listing,
        kind=kinds,
        items=items,
        entries=entries,
        sitemaps=st.lists(_sitemap_entries(printable=printable), max_size=3),
        extra=_extra(language, wanted=extra, printable=printable),
        sometimes={
            "title": _prose(language, 2, 8, sentences=False, printable=printable),
            "url": urls(),
            "feed_url": urls(),
            "description": _prose(language, 5, 25, sentences=True, printable=printable),
            "language": _tags(language),
            "updated": _MOMENTS | _DAYS,
            "publisher": _organizations_in(language, printable),
            "image": _images_in(language, printable),
        },
    )


def teasers(*, language: str | None = None) -> S[Teaser]:
    """Articles as a front shows them: a headline and an address, often a standfirst, an
    image, a date, a section and authors, no body; now and then flagged live or
    breaking."""
    return _language(language).flatmap(lambda lang: _teasers_in(lang, False))


@functools.cache
def _teasers_in(language: str, printable: bool) -> S[Teaser]:
    @st.composite
    def draw_teaser(draw: Callable[[S[Any]], Any]) -> Teaser:
        return _teaser(draw, language, printable, None)

    return draw_teaser()


def _teaser(
    draw: Callable[[S[Any]], Any], language: str, printable: bool, portal: Portal | None
) -> Teaser:
    """A teaser on ``portal``'s front, its section now and then one of the portal's."""
    fields = draw(_teaser_fields(language, printable))
    flags = fields.pop("flags")
    section = _section_on(draw, portal, _sections_in(language, 2))
    return Teaser(Article(**fields, section=section, portal=portal), flags=flags)


@functools.cache
def _teaser_fields(language: str, printable: bool) -> S[dict[str, Any]]:
    return _records(
        dict,
        headline=_prose(language, 3, 14, sentences=False, printable=printable),
        url=urls(),
        images=st.lists(_images_in(language, printable), max_size=1),
        authors=st.lists(_people_in(language, False, printable), max_size=2),
        flags=st.lists(st.sampled_from(TeaserFlag), max_size=2, unique=True),
        sometimes={
            "description": _prose(language, 8, 30, sentences=True, printable=printable),
            "date_published": _MOMENTS | _DAYS,
        },
    )


# Where a section comes from: none (what shrinking aims at), its own, the portal's.
_SECTION_SOURCES = st.integers(0, 2)


def _section_on(
    draw: Callable[[S[Any]], Any], portal: Portal | None, own: S[Section]
) -> Section | None:
    source = draw(_SECTION_SOURCES)
    if source == 0:
        return None
    if source == 2 and portal is not None and portal.sections:
        index: int = draw(st.integers(0, len(portal.sections) - 1))
        return portal.sections[index]
    section: Section = draw(own)
    return section


def front_blocks(*, language: str | None = None, max_teasers: int = 6) -> S[FrontBlock]:
    """Blocks of a front: teasers under a heading or none, led by a section or not."""
    return _language(language).flatmap(lambda lang: _front_blocks_in(lang, max_teasers, False))


@functools.cache
def _front_blocks_in(language: str, max_teasers: int, printable: bool) -> S[FrontBlock]:
    @st.composite
    def draw_block(draw: Callable[[S[Any]], Any]) -> FrontBlock:
        return _front_block(draw, language, max_teasers, printable, None)

    return draw_block()


def _front_block(
    draw: Callable[[S[Any]], Any],
    language: str,
    max_teasers: int,
    printable: bool,
    portal: Portal | None,
) -> FrontBlock:
    teasers = [
        _teaser(draw, language, printable, portal)
        for _ in range(draw(st.integers(1, max_teasers)))
    ]
    heading = draw(_optional(_prose(language, 1, 4, sentences=False, printable=printable)))
    section = _section_on(draw, portal, _sections_in(language, 2))
    return FrontBlock(teasers, heading=heading, section=section)


def listing_links(*, sitemaps: bool = False) -> S[ListingLink]:
    """Links to feeds (or, with ``sitemaps``, to sitemaps) as a page gives them."""
    kinds = (
        (ListingKind.SITEMAP, ListingKind.SITEMAP_INDEX)
        if sitemaps
        else (ListingKind.RSS, ListingKind.ATOM, ListingKind.JSON_FEED)
    )
    return _records(
        ListingLink,
        urls(),
        sometimes={
            "kind": st.sampled_from(kinds),
            "title": st.sampled_from(("All news", "Top stories", "Sport", "أخبار")),
        },
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

    Raises:
        ValueError: ``max_blocks`` is negative, ``max_teasers`` less than 1 (a block
            holds a teaser at least), either is not an integer, or a switch is not a bool.
    """
    check_counts(max_blocks=max_blocks)
    check_counts(max_teasers=max_teasers, at_least=1)
    check_switches(printable=printable, extra=extra, either=False)
    return _language(language).flatmap(
        lambda lang: _fronts_in(lang, max_blocks, max_teasers, printable)
    )


@functools.cache
def _fronts_in(language: str, max_blocks: int, max_teasers: int, printable: bool) -> S[Front]:
    portals = _optional(_portals_in(language, printable))
    block_counts = st.integers(0, max_blocks)
    fields: S[dict[str, Any]] = _records(
        dict,
        feeds=st.lists(listing_links(), max_size=3, unique_by=lambda link: link.url),
        sitemaps=st.lists(
            listing_links(sitemaps=True), max_size=2, unique_by=lambda link: link.url
        ),
        sometimes={
            "url": urls(),
            "title": _prose(language, 1, 6, sentences=False, printable=printable),
            "language": _tags(language),
            "next_page": urls(),
            "previous_page": urls(),
        },
    )

    @st.composite
    def build(draw: Callable[[S[Any]], Any]) -> Front:
        portal = draw(portals)
        section = None
        if portal is not None and portal.sections and draw(st.booleans()):
            section = portal.sections[draw(st.integers(0, len(portal.sections) - 1))]
        blocks = [
            _front_block(draw, language, max_teasers, printable, portal)
            for _ in range(draw(block_counts))
        ]
        return Front(portal=portal, section=section, blocks=blocks, **draw(fields))

    return build()


def _warm_up() -> None:
    """Pay now, at import, what the first examples of a test would pay otherwise: the
    default strategies built and validated for every language, newsmodel's readers,
    writers and profiles loaded (see :mod:`newsmodel._strategy_warmup`). Hypothesis holds
    the first examples to its deadline and its ``too_slow`` health check like any other."""
    for language in LANGUAGE_TAGS:
        _articles_in(_ArticleKnobs(language)).validate()
        _listings_in(None, language, 8, False, True).validate()
        _fronts_in(language, 6, 6, False).validate()
    warm_up()


_warm_up()


# Pages with known truth live in their own module, which imports this one when used.
from ._page_strategies import ARTICLE_TEMPLATES as _ARTICLE_TEMPLATES  # noqa: E402
from ._page_strategies import article_pages  # noqa: E402
from ._portal_page_strategies import feed_pages, front_pages, text_pages  # noqa: E402
from ._synthetic.page import (  # noqa: E402
    Agreement,
    DataSource,
    Furniture,
    PageSample,
    RenderedPage,
)

# Bound here, with its docstring, so that the reference documents it under this module.
ARTICLE_TEMPLATES = _ARTICLE_TEMPLATES
"""The names of :func:`article_pages`' templates, in the order a failing example shrinks
towards."""

"""Strategies for plain-text captures, feeds and fronts, each with the truth it shows.

Every strategy draws a model object and the choices a template renders it with, and
returns :class:`~newsmodel._synthetic.page.PageSample` values: the page as a portal serves
it, and what a faithful reader of that page can know. Copy is the model strategies'
(:mod:`newsmodel._strategy_text`), so pages cost Hypothesis a few draws each and shrink
to short runs of real words.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import quote

import attrs
from hypothesis import strategies as st

from ._front import Front, FrontBlock, Teaser, TeaserFlag
from ._knobs import check_counts, check_order, check_switches, clash, members
from ._listing import Listing, ListingKind
from ._model import Article, Image, Paragraph, Person, Portal, Related, Section
from ._strategy_dates import ARCHIVE_END, ARCHIVE_START, moments
from ._strategy_text import prose
from ._synthetic import feed_templates, front_templates, text_capture
from ._synthetic.chrome import chrome
from ._synthetic.page import Furniture, Layout, PageSample
from ._textformat import furniture_kind
from ._vocabulary import LANGUAGES
from ._whitespace import collapse

__all__ = ["feed_pages", "front_pages", "text_pages"]

S = st.SearchStrategy
T = TypeVar("T")

_PORTALS = ("DZWatch", "The Daily Ledger", "Al Khabar", "Tagesblick", "Le Relais")
_REGIONS = {"en": "GB", "ar": "SY", "de": "DE", "fr": "FR", "es": "ES", "ru": "RU", "zh": "CN"}
# Items and feeds are dated like the model strategies' articles.
_MOMENTS = moments(ARCHIVE_START, ARCHIVE_END)
_HOSTS = ("news.example", "dzwatch.example", "ledger.example.org", "zeitung.example.de")
# Where a portal writing in each language serves its articles.
_HOSTS_BY_LANGUAGE = {
    "en": ("news.example", "dzwatch.example", "ledger.example.org"),
    "ar": ("dzwatch.example", "akhbar.example"),
    "de": ("zeitung.example.de",),
    "fr": ("dzwatch.example", "journal.example.fr"),
    "es": ("diario.example.es",),
    "ru": ("novosti.example.ru",),
    "zh": ("xinwen.example.cn",),
}
# Any letter, mark, number, punctuation, symbol or space a page may hold, for the
# non-printable knob: no control, surrogate, private-use or unassigned characters, and
# white space made single spaces, as a CMS stores a title or paragraph. No "<" either:
# feeds carry titles as escaped HTML, which feed readers read as markup, so no reader
# can tell a title "</A>" from a tag.
_ANY_TEXT = (
    st.text(
        st.characters(
            exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"), exclude_characters="<"
        ),
        min_size=1,
        max_size=30,
    )
    .map(collapse)
    .filter(bool)
)


def _built(make: Callable[..., T], *args: S[Any], **kwargs: S[Any]) -> S[T]:
    """``st.builds`` without its span per argument: Hypothesis's explain phase varies
    each such span apart, re-running a failing test up to hundreds of times for each."""
    return _drawn_and_made(make, args, kwargs)


# Decorated once: st.composite reads the function's code, which costs, each time it runs.
@st.composite
def _drawn_and_made(
    draw: st.DrawFn, make: Callable[..., T], args: tuple[S[Any], ...], kwargs: dict[str, S[Any]]
) -> T:
    values = []
    for arg in args:  # a loop: Hypothesis looks for draw() in this function's own code
        values.append(draw(arg))
    named = {}
    for name, strategy in kwargs.items():
        named[name] = draw(strategy)
    return make(*values, **named)


def _language(language: str | None) -> S[str]:
    if language is None:
        return st.sampled_from(tuple(LANGUAGES))
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return st.just(language)


def _chosen(templates: Iterable[str] | None, known: Iterable[str], knob: str) -> tuple[str, ...]:
    """The templates asked for, all ``known`` ones by default; an unknown name raises."""
    allowed = tuple(known)
    if templates is None:
        return allowed
    names = (templates,) if isinstance(templates, str) else tuple(templates)
    for name in names:
        if name not in allowed:
            raise ValueError(f"{knob} must be some of {', '.join(allowed)}, not {name!r}")
    if not names:
        raise ValueError(f"{knob} must be some of {', '.join(allowed)}, not []")
    return tuple(dict.fromkeys(names))


_SHORTEST_PARAGRAPH = 6  # characters, in an arbitrary text drawn as a paragraph


def _text(
    language: str, min_words: int, max_words: int, *, sentences: bool, printable: bool
) -> S[str]:
    realistic = prose(language, min_words, max_words, sentences=sentences, printable=True)
    if printable:
        return realistic
    # One text in eight is arbitrary Unicode (one_of alone would make it half).
    return st.integers(0, 7).flatmap(lambda pick: _ANY_TEXT if pick == 7 else realistic)


def _headlines(language: str, printable: bool) -> S[str]:
    """Headlines of three words and more; in a script written without spaces, of five
    words (ten characters and more), as short as headlines there are."""
    fewest = 3 if LANGUAGES[language].separator else 5
    return _text(language, fewest, 12 + fewest - 3, sentences=False, printable=printable)


def _urls(hosts_from: tuple[str, ...] = _HOSTS) -> S[str]:
    hosts = st.sampled_from(hosts_from)
    slug = _built(lambda n: f"story-{n}", st.integers(1, 99999))
    return _built(lambda h, s: f"https://{h}/news/{s}", hosts, slug)


@functools.cache
def _plain_articles(
    language: str,
    furniture: frozenset[Furniture],
    min_blocks: int,
    max_blocks: int,
    printable: bool,
) -> S[Article]:
    """Articles made of what a text capture can show: headline, dateline, paragraphs,
    section, portal, related titles and whether comments are open; each of them that
    ``furniture`` needs to be shown is there."""
    vocabulary = LANGUAGES[language]
    sections = st.sampled_from(vocabulary.sections).map(Section)
    taglines = st.sampled_from(chrome(language).taglines)
    portals = _built(
        lambda name, tagline: Portal(name, tagline=tagline),
        st.sampled_from(_PORTALS),
        taglines if Furniture.FOOTER in furniture else st.none() | taglines,
    )
    related = _built(Related, _text(language, 3, 10, sentences=False, printable=printable))
    more_from = Furniture.NAVIGATION in furniture  # "More News articles on DZWatch"
    # A headline is never a line the grammar reads as furniture ("©0", "Share"), nor a
    # mark with no letter or figure (":", an access key's anchor to a reader).
    headlines = _text(language, 3, 12, sentences=False, printable=printable).filter(
        lambda text: furniture_kind(collapse(text)) is None and any(map(str.isalnum, text))
    )
    return _built(
        Article,
        headlines,
        dateline=st.none() | st.sampled_from(vocabulary.cities),
        # A paragraph has a letter: a number alone beside the date line ("0") is a views
        # counter to a reader, which no capture could tell from a story of "0"s. It is
        # longer than a box's line too: lines of a word ("A", "A", "0A") between two
        # paragraphs are a list's items to a reader.
        body=st.lists(
            _text(language, 8, 60, sentences=True, printable=printable)
            .filter(lambda text: any(character.isalpha() for character in text))
            .filter(lambda text: len(text) >= _SHORTEST_PARAGRAPH)
            .map(Paragraph),
            min_size=min_blocks,
            max_size=max_blocks,
        ),
        section=sections if more_from else st.none() | sections,
        portal=portals if more_from or Furniture.FOOTER in furniture else st.none() | portals,
        related=st.lists(
            related,
            min_size=1 if Furniture.RELATED in furniture else 0,
            max_size=4,
            unique_by=lambda link: collapse(link.title),
        ),
        comments_open=(
            st.booleans() if Furniture.COMMENTS in furniture else st.none() | st.booleans()
        ),
    )


def text_pages(
    *,
    language: str | None = None,
    furniture: Iterable[Furniture | str] | None = None,
    min_blocks: int = 1,
    max_blocks: int = 12,
    printable: bool = True,
) -> S[PageSample[Article]]:
    """Plain-text captures of article pages ("select all, copy"), with their truth.

    Args:
        language: Copy in this language (a :data:`~newsmodel.strategies.LANGUAGE_TAGS`
            tag); default any.
        furniture: Put exactly this furniture around the story, some of
            navigation, share-bar, related, newsletter, comments and footer (the lines
            a capture can show); default any mix of them. ``page.furniture`` lists
            the furniture the page shows.
        min_blocks: The fewest paragraphs.
        max_blocks: The most paragraphs.
        printable: Realistic copy only; False mixes in arbitrary Unicode text now and
            then.

    Raises:
        ValueError: A knob has a value it cannot take (an unknown language, furniture
            a capture cannot show, ``min_blocks`` above ``max_blocks``), naming it.
    """
    chosen = members(Furniture, furniture, "furniture")
    if chosen is not None and not chosen <= text_capture.FURNITURE:
        allowed = ", ".join(f.value for f in Furniture if f in text_capture.FURNITURE)
        (other, *_) = sorted(f.value for f in chosen - text_capture.FURNITURE)
        raise ValueError(f"furniture must be some of {allowed} in a text capture, not {other!r}")
    check_counts(min_blocks=min_blocks, max_blocks=max_blocks)
    check_order("min_blocks", min_blocks, "max_blocks", max_blocks)
    check_switches(printable=printable, either=False)
    return _language(language).flatmap(
        lambda lang: _captures(lang, chosen, min_blocks, max_blocks, printable)
    )


@functools.cache  # a strategy made anew for every example costs more than drawing it
def _captures(
    language: str,
    furniture: frozenset[Furniture] | None,
    min_blocks: int,
    max_blocks: int,
    printable: bool,
) -> S[PageSample[Article]]:
    if furniture is None:
        showable = tuple(f for f in Furniture if f in text_capture.FURNITURE)
        drawn = st.frozensets(st.sampled_from(showable))
        return drawn.flatmap(
            lambda around: _captures(language, around, min_blocks, max_blocks, printable)
        )
    pages = _built(
        text_capture.render,
        _plain_articles(language, furniture, min_blocks, max_blocks, printable),
        _built(
            Layout,
            _urls(_HOSTS_BY_LANGUAGE[language]),
            furniture=st.just(furniture),
            language=st.just(language),
        ),
    )
    # Arbitrary text (printable=False) may leave no title a related list can show.
    return pages.filter(lambda sample: sample.page.furniture == furniture)


@functools.cache
def _feed_items(language: str, printable: bool) -> S[Article]:
    """Articles as a feed carries them: a headline, an address, a date, authors, an
    excerpt, categories, the full text and a picture."""
    vocabulary = LANGUAGES[language]
    names = _built(
        lambda given, family: (
            f"{given}{vocabulary.separator}{family}" if vocabulary.separator else family + given
        ),
        st.sampled_from(vocabulary.given_names),
        st.sampled_from(vocabulary.family_names),
    )
    images = _built(
        lambda n: Image(f"https://cdn.news.example/images/{n}.jpg"), st.integers(1, 9999)
    )
    return _built(
        Article,
        _text(language, 3, 12, sentences=False, printable=printable),
        url=_urls(),
        description=st.none() | _text(language, 8, 30, sentences=True, printable=printable),
        body=st.lists(
            _text(language, 8, 50, sentences=True, printable=printable).map(Paragraph),
            max_size=4,
        ),
        date_published=_MOMENTS,
        authors=st.lists(names.map(Person), max_size=2, unique=True),
        keywords=st.lists(st.sampled_from(vocabulary.sections), max_size=3, unique=True),
        images=st.lists(images, max_size=1),
    )


@functools.cache
def _feed_listings(language: str, max_items: int, printable: bool) -> S[Listing]:
    items = st.lists(
        _feed_items(language, printable), max_size=max_items, unique_by=lambda item: item.url
    )
    languages = st.sampled_from((language, f"{language}-{_REGIONS[language]}"))
    paths = st.sampled_from(("feed/", "rss.xml", "sitemap.xml"))
    taglines = st.sampled_from(chrome(language).taglines)

    @st.composite
    def listing(draw: st.DrawFn) -> Listing:
        host = draw(st.sampled_from(_HOSTS))
        return Listing(
            title=draw(st.sampled_from(_PORTALS)),
            url=f"https://{host}/",
            feed_url=f"https://{host}/{draw(paths)}",
            description=draw(taglines),
            language=draw(languages),
            updated=draw(st.none() | _MOMENTS),
            items=draw(items),
        )

    return listing()


def _feed_templates(kinds: Iterable[str | ListingKind] | None) -> tuple[str, ...]:
    if kinds is None:
        return tuple(feed_templates.TEMPLATES)
    chosen: list[str] = []
    for kind in [kinds] if isinstance(kinds, str) else kinds:
        if isinstance(kind, ListingKind):
            chosen += [name for name in feed_templates.TEMPLATES if _kind_of(name) is kind]
        else:
            chosen += _chosen([kind], feed_templates.TEMPLATES, "kinds")
    if not chosen:
        allowed = ", ".join(feed_templates.TEMPLATES)
        raise ValueError(f"kinds must be some of {allowed} or a ListingKind, not {kinds!r}")
    return tuple(dict.fromkeys(chosen))


def _kind_of(template: str) -> ListingKind:
    if template.startswith("rss"):
        return ListingKind.RSS
    if template.endswith("sitemap") or template == "sitemap":
        return ListingKind.SITEMAP
    return ListingKind(template)


def feed_pages(
    *,
    kinds: Iterable[str | ListingKind] | None = None,
    language: str | None = None,
    max_items: int = 10,
    printable: bool = True,
) -> S[PageSample[Listing]]:
    """Feeds and sitemaps as portals' software writes them, with the listing they give.

    Args:
        kinds: Write with these templates only: names (``"rss-wordpress"``,
            ``"rss-newspaper"``, ``"atom"``, ``"json-feed"``, ``"news-sitemap"``,
            ``"sitemap"``, ``"sitemap-index"``) or :class:`~newsmodel.ListingKind`
            members (``ListingKind.RSS`` is both RSS templates); default all.
        language: Items written in this language; default any.
        max_items: The most items a feed holds.
        printable: Realistic copy only; False mixes in arbitrary Unicode text now and
            then.

    Raises:
        ValueError: A knob has a value it cannot take (an unknown template or language,
            a negative ``max_items``), naming it.
    """
    templates = st.sampled_from(_feed_templates(kinds))
    check_counts(max_items=max_items)
    check_switches(printable=printable, either=False)
    return _language(language).flatmap(
        lambda lang: _built(
            feed_templates.render, _feed_listings(lang, max_items, printable), templates
        )
    )


# The most top sections a front's menu lists (each with up to two sub-sections).
_MOST_TOP_SECTIONS = 9


def _section_tree(names: list[str], home: str, fanout: list[int]) -> tuple[Section, ...]:
    """Sections named ``names`` under ``home``: the first ``len(fanout)`` at the top,
    each with the next ``fanout[i]`` names as its children; parents before children."""
    tops = len(fanout)
    tree: list[Section] = []
    rest = iter(names[tops:])
    for index, name in enumerate(names[:tops]):
        top = Section(name, url=f"{home}{_slug(name)}/")
        tree.append(top)
        for child_name in [next(rest, None) for _ in range(fanout[index])]:
            if child_name is not None:
                tree.append(Section(child_name, url=f"{top.url}{_slug(child_name)}/", parent=top))
    return tuple(tree)


def _slug(name: str) -> str:
    return quote("-".join(name.lower().split()), safe="-")


@functools.cache
def _fronts(
    language: str, max_blocks: int, max_teasers: int, printable: bool, rails: bool | None
) -> S[Front]:
    """Fronts whose every part a front page can show: a portal with a section tree,
    blocks of teasers with unique addresses, pagination and no feeds (the templates link
    their own)."""
    vocabulary = LANGUAGES[language]
    words = chrome(language)
    rail_headings = st.sampled_from((words.most_read, words.recent_posts, words.popular))
    headlines = _headlines(language, printable)
    standfirsts = st.none() | _text(language, 8, 25, sentences=True, printable=printable)
    # most teasers have no flag; shrinks towards none
    flags = st.sampled_from(
        (
            (),
            (),
            (),
            (TeaserFlag.LIVE,),
            (TeaserFlag.BREAKING,),
            (TeaserFlag.BREAKING, TeaserFlag.LIVE),
        )
    )

    @st.composite
    def front(draw: st.DrawFn) -> Front:
        host = draw(st.sampled_from(_HOSTS))
        home = f"https://{host}/"
        names = draw(st.permutations(vocabulary.sections))
        fanout = draw(st.lists(st.integers(0, 2), min_size=1, max_size=_MOST_TOP_SECTIONS))
        tree = _section_tree(list(names), home, fanout)
        portal = Portal(
            draw(st.sampled_from(_PORTALS)),
            url=home,
            tagline=draw(st.none() | st.sampled_from(words.taglines)),
            sections=tree,
        )
        section = draw(st.none() | st.sampled_from(tree))
        url = section.url if section is not None else home
        assert url is not None
        numbers = iter(range(1, 10**6))
        blocks = []
        for index in range(draw(st.integers(2 if rails else 1, max_blocks))):
            teasers = [
                Teaser(
                    Article(
                        draw(headlines),
                        url=f"{home}{next(numbers)}/{draw(st.integers(1, 9999))}",
                        description=draw(standfirsts),
                    ),
                    flags=draw(flags),
                )
                for _ in range(draw(st.integers(1, max_teasers)))
            ]
            if index == 0:
                blocks.append(FrontBlock(teasers))
            elif rails is not False and (rails or draw(st.booleans())):
                blocks.append(FrontBlock(teasers, heading=draw(rail_headings)))
            else:
                led_by = draw(st.sampled_from(tree))
                blocks.append(FrontBlock(teasers, heading=led_by.name, section=led_by))
        page = draw(st.integers(1, 3))
        return Front(
            url=url if page == 1 else f"{url}page/{page}/",
            portal=portal,
            section=section,
            language=draw(st.sampled_from((language, f"{language}-{_REGIONS[language]}"))),
            blocks=blocks,
            next_page=f"{url}page/{page + 1}/" if draw(st.booleans()) else None,
            previous_page=(url if page == 2 else f"{url}page/{page - 1}/") if page > 1 else None,
        )

    return front()


def front_pages(
    *,
    templates: Iterable[str] | None = None,
    language: str | None = None,
    furniture: Iterable[Furniture | str] | None = None,
    max_blocks: int = 6,
    max_teasers: int = 6,
    printable: bool = True,
) -> S[PageSample[Front]]:
    """Home pages and section fronts as portals' software writes them, with the front
    they show.

    Args:
        templates: Write with these templates only (``"wordpress"``, ``"newspaper"``);
            default both.
        language: Copy and section names in this language; default any.
        furniture: With ``Furniture.RAIL`` in it, blocks after the first (two
            blocks at least) are rails ("Most read") or blocks led by a section; without
            it, only the latter; default either. The menu, masthead and footer are always
            there: ``page.furniture`` is navigation and footer, and rail where a rail is
            shown.
        max_blocks: The most blocks of teasers a front has (at least one).
        max_teasers: The most teasers a block has (at least one).
        printable: Realistic copy only; False mixes in arbitrary Unicode text now and
            then.

    Raises:
        ValueError: A knob has a value it cannot take (an unknown template, language or
            furniture, a maximum below one), naming it.
    """
    names = st.sampled_from(_chosen(templates, front_templates.TEMPLATES, "templates"))
    chosen = members(Furniture, furniture, "furniture")
    check_counts(max_blocks=max_blocks, max_teasers=max_teasers, at_least=1)
    check_switches(printable=printable, either=False)
    if chosen is not None and not chosen <= _FRONT_FURNITURE:
        allowed = ", ".join(f.value for f in _FRONT_FURNITURE)
        (other, *_) = sorted(f.value for f in chosen - _FRONT_FURNITURE)
        raise ValueError(f"furniture must be some of {allowed} on a front, not {other!r}")
    rails = None if chosen is None else Furniture.RAIL in chosen
    if rails and max_blocks < 2:
        raise clash(
            "furniture=['rail']", f"max_blocks={max_blocks}", "a rail is a block after the first"
        )
    return _language(language).flatmap(
        lambda lang: _built(
            _front_sample,
            _fronts(lang, max_blocks, max_teasers, printable, rails),
            names,
        )
    )


# What a front page can have around its teasers; the menu and footer are always there.
_FRONT_FURNITURE = frozenset({Furniture.NAVIGATION, Furniture.RAIL, Furniture.FOOTER})


def _front_sample(front: Front, template: str) -> PageSample[Front]:
    """The page of ``front``, its furniture the menu, footer and any rail it shows."""
    page, truth = front_templates.render(front, template)
    rails = any(block.section is None and block.heading for block in front.blocks)
    shown = {Furniture.NAVIGATION, Furniture.FOOTER} | ({Furniture.RAIL} if rails else set())
    return PageSample(attrs.evolve(page, furniture=frozenset(shown)), truth)


#: The rows ``benchmarks/strategies.py`` adds for these strategies.
BENCHMARKED: dict[str, Callable[[], S[Any]]] = {
    "text_pages()": text_pages,
    "feed_pages()": feed_pages,
    "front_pages()": front_pages,
}

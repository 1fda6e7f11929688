"""Where every field of an HTML page's article is decided, and why.

The sources (:mod:`newsmodel.readers.html.sources`) only propose values. Here each field
takes the first value proposed by the sources in its row of ``PRECEDENCE``, a date-time
refining a bare day an earlier source gave when it falls on that day; the sources in
:data:`ONLY_WHEN_MISSING` are asked only while the field has no value. The named
``OVERRIDES`` then correct what precedence alone gets wrong, in their order, each with
the reason in its docstring. The page's structure (:data:`STRUCTURE`: section, related
links, comments) is decided next, by the same rules, once the headline a breadcrumb trail
is read against is known; then the portal. The result keeps, for each field, the source it
came from (:func:`newsmodel.read_with_sources`) and, in ``extra``, any value an override
set aside.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import lxml.html

from ..._checks import earlier
from ..._dates import day_of, parse_day
from ..._model import Article, Block, Heading, Organization, Paragraph, Person, Portal, Section
from ..._sourced import sources_of
from ...errors import ReadError, ReadWarning
from .bylines import looks_like_a_person, tidy_name, without_jobs
from .headline import covers, part_shown, settle_headline
from .portal import Trail
from .sources import Evidence
from .sources.visible import Shown
from .visible_dates import day_in_url

_HEADLINE_LOOKAHEAD = 3  # blocks at the body's top where a repeated headline may stand
_HEADLINE_LINE_MAX = 160  # characters of a line that may be the headline, not a paragraph
_HEADER_LINE_MAX = 120  # characters of a byline or dateline set as the story's first lines
_DAY_LINE_WORDS_MAX = 5  # words of a line giving the day ("Posted on 13 April 2000")
_HEADER_LINE_LEFT_OVER = 2  # words beside the authors' names in a byline line ("By", "and")

__all__ = [
    "ARTICLE_OVERRIDES",
    "HEADLINE_FALLBACK",
    "ONLY_WHEN_MISSING",
    "OVERRIDES",
    "PRECEDENCE",
    "STRUCTURE",
    "Resolution",
    "asks_story_headline",
    "resolve_article",
    "resolve_metadata",
    "resolve_structure",
]

_MARKUP = ("json-ld", "microdata")
PRECEDENCE: Mapping[str, tuple[str, ...]] = {
    "headline": (*_MARKUP, "opengraph", "meta", "title"),
    "alternative_headline": _MARKUP,
    "description": (*_MARKUP, "opengraph", "meta"),
    "dateline": _MARKUP,
    "date_published": (*_MARKUP, "opengraph", "meta", "time", "url", "visible"),
    "date_modified": (*_MARKUP, "opengraph", "meta", "visible"),
    "authors": (*_MARKUP, "meta", "visible"),
    "author_url": ("link",),
    "keywords": (*_MARKUP, "opengraph", "meta"),
    "images": (*_MARKUP, "opengraph", "meta"),
    "publisher": _MARKUP,
    "site_name": ("opengraph", "meta"),
    "language": (*_MARKUP, "meta", "html"),
    "canonical_url": (*_MARKUP, "opengraph", "link"),
    "amp_url": ("link",),
    "mentions": _MARKUP,
}
"""For each field of the metadata, the sources that may give it, the first with a value
winning."""

STRUCTURE: Mapping[str, tuple[str, ...]] = {
    "section": ("site", "breadcrumbs", *_MARKUP, "opengraph", "meta"),
    "related": ("site", "visible"),
    "comments": ("site", *_MARKUP, "visible"),
    "comments_open": ("visible",),
}
"""For each field of the page's structure, the sources that may give it, decided after the
metadata: a breadcrumb trail is a section only once it is read against the headline."""

HEADLINE_FALLBACK: Mapping[str, str] = {
    "h1": "the <h1> nearest the story",
    "heading": "the first heading of the body",
    "opening": "the story's opening words",
}
"""Where the headline comes from when no source in ``PRECEDENCE`` gives one (a page
with a damaged ``<head>``, a bare ``<article>``), in this order, once the body is known: the
sources of :mod:`~newsmodel.readers.html.sources.story`, each named here as the warning
that says it was used names it. A page with neither a headline nor a story has no
article."""

ONLY_WHEN_MISSING = frozenset({"time", "url", "visible"})
"""Sources searched only for a field nothing before them gave: searching the page costs
more than reading its markup, and markup, where there is any, is the better witness."""


@attrs.define
class Resolution:
    """The fields decided so far, the source of each, and what overrides set aside."""

    fields: dict[str, Any] = attrs.Factory(dict)
    provenance: dict[str, str] = attrs.Factory(dict)
    extra: dict[str, Any] = attrs.Factory(dict)
    """Values set aside for ``Article.extra``, e.g. a publication date the URL disproves."""

    def open_to(self, field: str, source: str) -> bool:
        """Whether ``source`` may still give ``field``: while the field has no value, or
        (for a source not in :data:`ONLY_WHEN_MISSING`) while it is a bare day that a
        time on that day would refine."""
        known = self.fields.get(field)
        return known is None or (source not in ONLY_WHEN_MISSING and type(known) is dt.date)

    def offer(self, field: str, value: Any, source: str) -> None:
        """Keep ``value`` for ``field`` unless an earlier source gave one; a date-time
        refines a bare day given earlier when it falls on that day."""
        if value in (None, "", (), []):
            return
        if field in self.fields and not _refines(self.fields[field], value):
            return
        self.fields[field] = value
        self.provenance[field] = source

    def replace(self, field: str, value: Any, source: str) -> None:
        """Set ``field`` whatever it was: an override's decision."""
        self.fields[field] = value
        self.provenance[field] = source


def _refines(known: Any, offered: Any) -> bool:
    return type(known) is dt.date and isinstance(offered, dt.datetime) and offered.date() == known


def resolve_metadata(sources: Mapping[str, Evidence], url: str | None) -> Resolution:
    """The page's metadata: every field by ``PRECEDENCE``, then the ``OVERRIDES``.

    Args:
        sources: The page's sources by the names the tables use (a name missing is a
            source with nothing; ``"site"`` is the site adapter, where one matches).
        url: The page's URL.
    """
    resolution = Resolution()
    _decide(resolution, PRECEDENCE, sources)
    for override in OVERRIDES:
        override(resolution, sources, url)
    return resolution


def resolve_structure(
    resolution: Resolution, sources: Mapping[str, Evidence], url: str | None
) -> None:
    """Add the page's structure to the metadata: :data:`STRUCTURE`, then the portal.

    Read before the body is extracted, which removes navigation and comments.
    """
    _decide(resolution, STRUCTURE, sources)
    the_portal(resolution, sources, url)


def _decide(
    resolution: Resolution, table: Mapping[str, tuple[str, ...]], sources: Mapping[str, Evidence]
) -> None:
    """Offer each field the values of the sources in its row that may still give it."""
    for field, order in table.items():
        for name in order:
            source = sources.get(name)
            if source is None or not resolution.open_to(field, name):
                continue
            for value in source.propose(field):
                resolution.offer(field, _read(value, resolution), source.name)


def _read(value: Any, resolution: Resolution) -> Any:
    """A proposed value as the field takes it: a breadcrumb trail becomes a section path,
    its last step left out where it names the article (the headline decided so far)."""
    if isinstance(value, Trail):
        return value.section(resolution.fields.get("headline"))
    return value


def only_the_site_is_the_author(
    resolution: Resolution, sources: Mapping[str, Evidence], url: str | None
) -> None:
    """A writer the page's byline shows beats the site itself given as the author.

    Templates put the site in ``author`` as a placeholder; where every author is an
    organization named as the site and the bylines name people, the people wrote it.
    """
    authors = resolution.fields.get("authors", ())
    shown = sources.get("visible")
    if not authors or resolution.provenance["authors"] == "visible":
        return
    if not isinstance(shown, Shown):
        return
    site = {
        name.casefold()
        for name in (
            resolution.fields.get("site_name"),
            getattr(resolution.fields.get("publisher"), "name", None),
        )
        if name
    }
    if not all(isinstance(a, Organization) and a.name.casefold() in site for a in authors):
        return
    writers = shown.writers
    if all(person.name.casefold() in site for person in writers):
        return  # the byline shows the site itself: no one else wrote it
    if writers and all(looks_like_a_person(person.name) for person in writers):
        resolution.replace("authors", writers, "visible")


def the_author_link(
    resolution: Resolution, sources: Mapping[str, Evidence], url: str | None
) -> None:
    """A lone author without an address gets the page's ``<link rel="author">``."""
    address = resolution.fields.pop("author_url", None)
    resolution.provenance.pop("author_url", None)
    authors = resolution.fields.get("authors", ())
    if address and len(authors) == 1 and isinstance(authors[0], Person) and not authors[0].url:
        resolution.fields["authors"] = (attrs.evolve(authors[0], url=address),)


def tidy_author_names(
    resolution: Resolution, sources: Mapping[str, Evidence], url: str | None
) -> None:
    """Names as markup gives them, without quotes around them or a "By" before them."""
    authors = resolution.fields.get("authors", ())
    tidy = tuple(
        attrs.evolve(a, name=tidy_name(a.name)) if tidy_name(a.name) != a.name else a
        for a in authors
    )
    if tidy != authors:
        resolution.fields["authors"] = tidy


def the_day_in_the_address(
    resolution: Resolution, sources: Mapping[str, Evidence], url: str | None
) -> None:
    """The day in the address beats a markup date more than a day after it.

    An address like ``/2023/10/03/`` is set when a story is first published and never
    changes, while templates often re-stamp ``datePublished`` on every edit. The later
    date is kept in ``extra["datePublished"]``.
    """
    shown = day_in_url(url) or day_in_url(resolution.fields.get("canonical_url"))
    published = resolution.fields.get("date_published")
    if shown is None or published is None or resolution.provenance["date_published"] == "url":
        return
    if day_of(published) - shown > dt.timedelta(days=1):
        resolution.extra["datePublished"] = published.isoformat()
        resolution.replace("date_published", shown, "url")


def the_dateline(resolution: Resolution, sources: Mapping[str, Evidence], url: str | None) -> None:
    """The day the page shows beats a markup date that looks re-stamped.

    Markup looks re-stamped when its publication date is its modification date to the
    second, or a day written in words rather than ISO 8601 (hand-made templates). A
    dateline showing an earlier day then wins; the markup's date goes to ``extra``.
    """
    published = resolution.fields.get("date_published")
    source = resolution.provenance.get("date_published")
    shown = sources.get("visible")
    if published is None or source not in (*_MARKUP, "opengraph", "meta"):
        return
    restamped = published == resolution.fields.get("date_modified") or (
        source in _MARKUP and type(published) is dt.date
    )
    if not restamped or not isinstance(shown, Shown):
        return
    day = shown.days.published
    if day is not None and day_of(published) - day > dt.timedelta(days=1):
        resolution.extra.setdefault("datePublished", published.isoformat())
        resolution.replace("date_published", day, "visible")


def the_site_publishes(
    resolution: Resolution, sources: Mapping[str, Evidence], url: str | None
) -> None:
    """With no publisher in the markup, the site named by the page publishes it; unless
    the markup describes the site (a ``WebSite`` the article's page is part of) and still
    names no publisher: then it says who publishes, and the answer is no one named."""
    site = resolution.fields.get("site_name")
    markup = sources.get("json-ld")
    if markup is not None and markup.propose("site"):
        return
    if site and "publisher" not in resolution.fields:
        resolution.offer("publisher", Organization(site), resolution.provenance["site_name"])


def the_site_adapter(
    resolution: Resolution, sources: Mapping[str, Evidence], url: str | None
) -> None:
    """A site adapter's selectors beat everything for the fields they find, unless the
    value found already says the same (the same people, or a time on the day found)."""
    adapter = sources.get("site")
    if adapter is None:
        return
    for field in ("headline", "authors", "date_published", "site_name"):
        for value in adapter.propose(field):
            if value and not _covers(resolution.fields.get(field), value):
                resolution.replace(field, value, adapter.name)


def _covers(known: object, found: object) -> bool:
    """Whether the reader's own value already says what the selector found.

    The same authors (with their pages, where the selector gives those), more authors
    among whom are all those found (a selector reading the byline's links misses the
    authors it does not link), or a time on the day found, stay.
    """
    if isinstance(found, dt.date) and not isinstance(found, dt.datetime):
        return isinstance(known, dt.datetime) and known.date() == found
    if isinstance(found, tuple) and isinstance(known, tuple) and len(found) == len(known):
        return all(
            getattr(k, "name", "").casefold() == f.name.casefold()
            and (getattr(k, "url", None) or not f.url)
            for k, f in zip(known, found, strict=True)
        )
    if isinstance(found, tuple) and isinstance(known, tuple) and len(found) < len(known):
        named = [getattr(k, "name", "").casefold() for k in known]
        repeats = len(set(named)) < len(named)  # markup listing someone twice is no better
        return not repeats and all(f.name.casefold() in named for f in found)
    return False


_Override = Callable[[Resolution, Mapping[str, Evidence], str | None], None]
OVERRIDES: tuple[_Override, ...] = (
    only_the_site_is_the_author,
    the_author_link,
    tidy_author_names,
    the_day_in_the_address,
    the_dateline,
    the_site_publishes,
    the_site_adapter,
)
"""The corrections applied to the page's metadata after precedence, in this order."""


def the_portal(resolution: Resolution, sources: Mapping[str, Evidence], url: str | None) -> None:
    """The portal, as a ``WebSite`` the article's JSON-LD is part of describes it, its
    publisher the one it names (see
    ``portal_described``); else named as the page names
    its site (its site name, else its publisher's name), published by the article's
    publisher, with that publisher's logo and what the page's banner shows. A site
    adapter's tagline and logo beat either."""
    shown = sources.get("visible")
    if not isinstance(shown, Shown):
        return
    markup = sources.get("json-ld")
    described = next(iter(markup.propose("site")), None) if markup is not None else None
    if isinstance(described, Portal):
        portal: Portal | None = shown.banner(described, resolution.fields.get("site_name"))
    else:
        portal = shown.portal(
            resolution.fields.get("site_name"), resolution.fields.get("publisher")
        )
    adapter = sources.get("site")
    if adapter is not None:  # asked even without a portal: a broken selector must say so
        tagline = next(iter(adapter.propose("tagline")), None)
        logo = next(iter(adapter.propose("logo")), None)
        if portal is not None:
            portal = attrs.evolve(
                portal, tagline=tagline or portal.tagline, logo=logo or portal.logo
            )
    resolution.fields["portal"] = portal


@attrs.define
class VisiblePage:
    """The body the reader found in the visible page (or a site adapter in it)."""

    blocks: tuple[Block, ...]
    source: str | None = None
    """The body's source where it is not the visible page (a site adapter)."""
    containers: tuple[lxml.html.HtmlElement, ...] = ()
    """The elements the body was read from, where the page was read to find it."""


def resolve_article(
    resolution: Resolution,
    visible: VisiblePage,
    *,
    jsonld: Article | None,
    h1s: list[str],
    url: str | None,
    name: str,
    story: Mapping[str, Evidence] | None = None,
) -> tuple[Article, dict[str, str]] | None:
    """The article, and the source of each of its fields; None with neither a headline
    nor a story.

    After the metadata come ``ARTICLE_OVERRIDES``, in this order: the body, the
    headline (settled, else read off the story by ``HEADLINE_FALLBACK``), the section,
    and the dates checked against each other.

    Args:
        resolution: The page's metadata.
        visible: The body found in the page.
        jsonld: The JSON-LD article describing the page, if any (its body and ``extra``).
        h1s: The page's ``<h1>`` texts.
        url: The page's URL.
        name: The input's name, for warnings and errors.
        story: The sources of ``HEADLINE_FALLBACK`` by name, asked only where the
            metadata gives no headline.
    """
    fields = dict(resolution.fields)
    provenance = dict(resolution.provenance)
    body = visible.blocks
    if body and visible.source is not None:
        provenance["body"] = visible.source
    if not body and jsonld is not None:
        body = jsonld.body
        provenance["body"] = "json-ld"
    headline = _shown_atop(
        _the_h1_over_a_short_title(
            _settled_headline(fields, provenance, h1s, url), story or {}, provenance
        ),
        body,
    ) or _story_headline(story or {}, provenance, name)
    if not headline:
        return None
    section = fields.pop("section", None)
    if isinstance(section, str):
        section = Section(section)
    extra = dict(jsonld.extra) if jsonld is not None else {}
    extra.update(resolution.extra)
    amp = fields.pop("amp_url", None)
    if amp:
        extra.setdefault("amphtml", amp)
    _modified_before_published(fields, provenance, extra, name)
    body = _without_header_lines(
        _without_headline(body, headline), fields.get("authors", ()), fields.get("date_published")
    )
    fields.update(headline=headline, body=body, section=section, url=url)
    try:
        article = _build(fields, extra)
    except ValueError as error:
        raise ReadError(str(error), format="html", source=name) from error
    sources = sources_of(article, "visible")
    sources.update((k, v) for k, v in provenance.items() if k in sources)
    sources.pop("url", None)  # the caller gave it
    return article, sources


def _without_headline(body: tuple[Block, ...], headline: str) -> tuple[Block, ...]:
    """The body without a heading at its top that repeats the headline (the page's
    ``<h1>`` set inside the story's container, or a bold line above an old page's story
    in its cell): the headline is a field of its own."""
    wanted = _comparable(headline)
    for index, block in enumerate(body[:_HEADLINE_LOOKAHEAD]):
        if isinstance(block, Heading | Paragraph) and _comparable(block.text) == wanted:
            return body[:index] + body[index + 1 :]
        if isinstance(block, Paragraph):
            break
    return body


def _shown_atop(headline: str | None, body: tuple[Block, ...]) -> str | None:
    """The headline as the story's first line shows it, where that line is the headline
    without the words joined to it (the site's name after a dash in the ``<title>``)."""
    if not headline:
        return headline
    top = [
        block.text
        for block in body[:1]
        if isinstance(block, Heading | Paragraph) and len(block.text) <= _HEADLINE_LINE_MAX
    ]
    return part_shown(headline, top) or headline


def _without_header_lines(
    body: tuple[Block, ...],
    authors: tuple[Person | Organization, ...],
    published: dt.datetime | dt.date | None,
) -> tuple[Block, ...]:
    """The body without the byline and the day set as plain lines at its top (an old
    page writes them into the story's cell, between ``<br>``): they are fields of their
    own. A line is only taken for one when it names the authors or the day already found."""
    names = [author.name for author in authors]
    day = day_of(published) if published is not None else None
    kept = 0
    while kept < min(len(body), _HEADLINE_LOOKAHEAD):
        block = body[kept]
        if not isinstance(block, Paragraph) or len(block.text) > _HEADER_LINE_MAX:
            break
        if not (_is_byline_line(block.text, names) or _is_day_line(block.text, day)):
            break
        kept += 1
    return body[kept:]


def _is_day_line(text: str, day: dt.date | None) -> bool:
    """Whether a line gives the day found and little else ("Thursday, 13 April 2000")."""
    return day is not None and len(text.split()) <= _DAY_LINE_WORDS_MAX and parse_day(text) == day


def _is_byline_line(text: str, names: list[str]) -> bool:
    """Whether a line names every author and little else ("By Ann Lee and Bo Yu", with
    their jobs: "By Ann Lee, Staff Writer")."""
    if not names or not all(name in text for name in names):
        return False
    text = without_jobs(text)
    for name in names:
        text = text.replace(name, " ")
    return len(text.split()) <= _HEADER_LINE_LEFT_OVER + len(names) - 1


def _comparable(text: str) -> str:
    return " ".join(text.casefold().split())


def _settled_headline(
    fields: dict[str, Any], provenance: dict[str, str], h1s: list[str], url: str | None
) -> str | None:
    """The headline settled against the site's name and the page's ``<h1>`` texts: a
    ``<title>`` or ``og:title`` often carries the site's name, which the ``<h1>`` does not."""
    headline = fields.pop("headline", None)
    site = fields.pop("site_name", None)
    if not headline:
        return None
    settled = settle_headline(headline, site, h1s, url)
    if settled != headline and settled in h1s:
        provenance["headline"] = "visible"
    return settled


def asks_story_headline(resolution: Resolution) -> bool:
    """Whether the story's own headline may be asked for: where no source gives one, or
    only ``<title>`` does (see :func:`_the_h1_over_a_short_title`). Elsewhere the page's
    ``<h1>`` elements need not be placed."""
    return resolution.provenance.get("headline") in (None, "title")


def _the_h1_over_a_short_title(
    headline: str | None, story: Mapping[str, Evidence], provenance: dict[str, str]
) -> str | None:
    """A ``<title>`` the ``<h1>`` nearest the story says all of gives way to that ``<h1>``:
    the title was cut short or shortened for search results. Markup names the headline on
    purpose and is left as it is; an ``<h1>`` saying something else leaves the title
    first (on the dev corpora, taking the nearest ``<h1>`` before every ``<title>`` lost
    30 readability-dev titles for 4 wcxb ones)."""
    source = story.get("h1")
    if not headline or provenance.get("headline") != "title" or source is None:
        return headline
    h1 = next((str(h) for h in source.propose("headline") if h), None)
    if h1 and h1 != headline and covers(h1, headline):
        provenance["headline"] = source.name
        return h1
    return headline


def _story_headline(
    story: Mapping[str, Evidence], provenance: dict[str, str], name: str
) -> str | None:
    """The headline read off the story, by ``HEADLINE_FALLBACK``, with a warning: it
    is a guess the page's metadata would have made unnecessary."""
    for source_name, description in HEADLINE_FALLBACK.items():
        source = story.get(source_name)
        if source is None:
            continue
        headline = next((h for h in source.propose("headline") if h), None)
        if headline:
            warnings.warn(
                f"{name}: the page names no headline in its metadata or <title>; "
                f"took {description}",
                ReadWarning,
                stacklevel=5,
            )
            provenance["headline"] = source.name
            return str(headline)
    return None


def _modified_before_published(
    fields: dict[str, Any], provenance: dict[str, str], extra: dict[str, Any], name: str
) -> None:
    """A modification date before the publication date is kept in ``extra``, not in the
    article, with a warning: one of the two is wrong, and the publication date is the one
    readers need."""
    published, modified = fields.get("date_published"), fields.get("date_modified")
    if published and modified and earlier(modified, published):
        warnings.warn(
            f"{name}: date modified ({provenance['date_modified']}) is before "
            f"date published ({provenance['date_published']}); kept in extra",
            ReadWarning,
            stacklevel=5,
        )
        extra["dateModified"] = fields.pop("date_modified").isoformat()


def _build(fields: dict[str, Any], extra: dict[str, Any]) -> Article:
    """The Article; a language tag the page gets wrong is kept in ``extra`` instead."""
    try:
        return Article(**fields, extra=extra)
    except ValueError:
        if fields.get("language") is None:
            raise
        extra["inLanguage"] = fields.pop("language")
        return Article(**fields, extra=extra)


ARTICLE_OVERRIDES: tuple[tuple[str, str], ...] = (
    ("the JSON-LD body", "with no body found in the page, the JSON-LD ``articleBody``"),
    ("headline settling", _settled_headline.__doc__ or ""),
    ("the <h1> over a short <title>", _the_h1_over_a_short_title.__doc__ or ""),
    ("the story's headline", _story_headline.__doc__ or ""),
    ("modified before published", _modified_before_published.__doc__ or ""),
    ("a wrong language tag", "a language tag the page gets wrong is kept in ``extra``"),
)
"""The corrections made while the article is built, by name and reason, in their order."""

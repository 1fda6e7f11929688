"""Structured metadata of an HTML page: JSON-LD, microdata, OpenGraph, meta tags, links.

Each source gives candidate values per field; :func:`page_metadata` keeps, for every field,
the value of the first source in this order, and records which source that was:

1. JSON-LD (the node that describes this page),
2. schema.org microdata (the item that describes this page, chosen as for JSON-LD; see
   :mod:`newsmodel.readers.html.microdata`),
3. OpenGraph and ``article:*`` properties,
4. the common meta names (``author``, ``description``, ``keywords``, ``news_keywords``,
   date names, Dublin Core, Parse.ly, Twitter cards),
5. ``<link rel>`` (canonical, author) and the first ``<time datetime>``,
6. the day in the URL (``/2025/09/04/``), then a day written in a date or byline element
   (see :mod:`newsmodel.readers.html.visible_dates`),
7. ``<html lang>`` and ``<title>``.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable
from typing import Any

import attrs
import lxml.html

from ..._checks import absolute_url
from ..._dates import parse_day, parse_moment
from ..._from_schemaorg import PAGE_TYPES, articles_in, to_article
from ..._lenientjson import LenientJSONError, loads
from ..._model import Article, Image, Organization, Person
from ..._whitespace import collapse
from ...errors import InvalidValueError, ReadWarning
from .bylines import authors_in_page, looks_like_a_person, names_in, tidy_name
from .microdata import microdata_items
from .visible_dates import ShownDays, day_in_url, publication_time

__all__ = ["Metadata", "jsonld_values", "page_metadata"]

_DATE_NAMES = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "article.published",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
)
_MODIFIED_NAMES = (
    "article:modified_time",
    "og:updated_time",
    "dateModified",
    "last-modified",
    "dcterms.modified",
    "article.updated",
)
_AUTHOR_NAMES = (
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "twitter:creator",
)
_TITLE_NAMES = ("og:title", "twitter:title", "dc.title", "parsely-title", "headline", "title")
_DESCRIPTION_NAMES = ("og:description", "description", "twitter:description", "dc.description")
_SECTION_NAMES = ("article:section", "parsely-section", "section", "category")
_KEYWORD_NAMES = ("news_keywords", "keywords", "article:tag", "parsely-tags")
_IMAGE_NAMES = ("og:image", "og:image:url", "twitter:image", "twitter:image:src")
_WRITTEN_BY = re.compile(r"(?:written|posted)\s+by|authors?|by", re.I)
_SITE_NAMES = ("og:site_name", "application-name", "publisher", "dc.publisher")


@attrs.define
class Metadata:
    """The metadata fields of a page, each with the source that gave it."""

    fields: dict[str, Any] = attrs.Factory(dict)
    provenance: dict[str, str] = attrs.Factory(dict)
    jsonld: Article | None = None
    extra: dict[str, Any] = attrs.Factory(dict)
    """Values set aside for ``Article.extra``, e.g. a publication date the URL disproves."""

    def offer(self, field: str, value: Any, source: str) -> None:
        """Keep ``value`` for ``field`` unless an earlier source gave one.

        A date-time refines a bare day from an earlier source when it falls on that day.
        """
        if value in (None, "", (), []):
            return
        if field in self.fields and not _refines(self.fields[field], value):
            return
        self.fields[field] = value
        self.provenance[field] = source


def _refines(known: Any, offered: Any) -> bool:
    return type(known) is dt.date and isinstance(offered, dt.datetime) and offered.date() == known


def _metas(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Meta tag contents by lower-cased name or property, in page order."""
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), []).append(collapse(content))
    return found


def _any_published(metas: dict[str, list[str]]) -> dt.datetime | dt.date | None:
    """The earliest date under a site's own meta names for it, such as ``w-published-date``."""
    found = [
        moment
        for name, values in metas.items()
        if "publish" in name and "publisher" not in name
        for moment in (parse_moment(values[0]),)
        if moment is not None
    ]
    return min(found, key=_day_of, default=None)


def _day_of(moment: dt.datetime | dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _first(metas: dict[str, list[str]], names: Iterable[str]) -> str | None:
    for name in names:
        values = metas.get(name.lower())
        if values:
            return values[0]
    return None


_ARTICLE_FIELDS: tuple[str, ...] = (
    "headline",
    "description",
    "dateline",
    "date_published",
    "date_modified",
    "authors",
    "section",
    "keywords",
    "language",
    "images",
    "publisher",
    "alternative_headline",
    "canonical_url",
    "mentions",
    "comments",
)
# A WebPage node's name is the page title (site name and all); take only these from it.
_PAGE_FIELDS = ("date_published", "date_modified", "authors", "publisher", "language")


def jsonld_values(tree: lxml.html.HtmlElement) -> list[Any]:
    """Every JSON value in the page's ``application/ld+json`` scripts, broken ones repaired."""
    values: list[Any] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            parsed, repairs = loads(script.text)
        except (LenientJSONError, RecursionError):
            warnings.warn("skipped a JSON-LD script that is not JSON", ReadWarning, stacklevel=2)
            continue
        if repairs:
            warnings.warn(
                f"repaired a JSON-LD script: {', '.join(repairs)}", ReadWarning, stacklevel=2
            )
        values.extend(parsed)
    return values


def _jsonld_article(values: list[Any], base: str | None) -> tuple[Article | None, tuple[str, ...]]:
    """The schema.org article describing this page (the one at the page's URL, else the
    first) among JSON-LD values or microdata items, and the fields to take from it."""
    nodes, by_id = articles_in(values)
    fields = _ARTICLE_FIELDS
    if not nodes:  # e.g. Yoast's graph: the WebPage node carries the dates
        nodes, by_id = articles_in(values, PAGE_TYPES)
        fields = _PAGE_FIELDS
    if not nodes:
        return None, ()
    if base:
        nodes.sort(key=lambda node: not _describes(node, base))  # stable: page order kept
    for node in nodes:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ReadWarning)
                return to_article(node, by_id, base), fields
        except InvalidValueError:
            continue
    return None, ()


def _describes(node: dict[str, Any], base: str) -> bool:
    """Whether a JSON-LD node's url or mainEntityOfPage is the page's address."""
    page = _without_query(base)
    for key in ("url", "mainEntityOfPage", "@id"):
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        address = absolute_url(value, base)
        if address is not None and _without_query(address) == page:
            return True
    return False


def _without_query(url: str) -> str:
    return url.split("#", 1)[0].split("?", 1)[0].rstrip("/")


def page_metadata(
    tree: lxml.html.HtmlElement, base: str | None, values: list[Any] | None = None
) -> Metadata:
    """Collect the page's metadata, by the precedence in this module's docstring.

    Args:
        tree: The parsed page.
        base: The page's URL.
        values: The page's JSON-LD, when the caller has parsed it already.
    """
    meta = Metadata()
    shown = ShownDays(tree)
    jsonld, fields = _jsonld_article(jsonld_values(tree) if values is None else values, base)
    meta.jsonld = jsonld
    _offer_article(meta, jsonld, fields, base, "json-ld")
    microdata, fields = _jsonld_article(microdata_items(tree, base), base)
    _offer_article(meta, microdata, fields, base, "microdata")
    metas = _metas(tree)
    _offer_opengraph(meta, metas, base)
    _offer_meta_names(meta, metas, base)
    _offer_page(meta, tree, base, shown)
    _link_author(meta)
    _tidy_authors(meta)
    _trust_the_url_day(meta, base)
    _trust_the_dateline(meta, shown)
    site = meta.fields.get("site_name")
    if site and "publisher" not in meta.fields:
        meta.offer("publisher", Organization(site), meta.provenance["site_name"])
    return meta


def _trust_the_url_day(meta: Metadata, base: str | None) -> None:
    """Prefer the day in the address to a markup date more than a day after it.

    An address like ``/2023/10/03/`` is set when a story is first published and never
    changes, while templates often re-stamp ``datePublished`` on every edit. The later
    date is kept in ``extra["datePublished"]``.
    """
    shown = day_in_url(base) or day_in_url(meta.fields.get("canonical_url"))
    published = meta.fields.get("date_published")
    if shown is None or published is None or meta.provenance["date_published"] == "url":
        return
    if _day_of(published) - shown > dt.timedelta(days=1):
        meta.extra["datePublished"] = published.isoformat()
        meta.fields["date_published"] = shown
        meta.provenance["date_published"] = "url"


def _trust_the_dateline(meta: Metadata, shown: ShownDays) -> None:
    """Prefer the day the page shows to a markup date that looks re-stamped.

    Markup looks re-stamped when its publication date is its modification date to the
    second, or a day written in words rather than ISO 8601 (hand-made templates). A
    dateline showing an earlier day then wins; the markup's date goes to ``extra``.
    """
    published = meta.fields.get("date_published")
    source = meta.provenance.get("date_published")
    if published is None or source not in ("json-ld", "microdata", "opengraph", "meta"):
        return
    restamped = published == meta.fields.get("date_modified") or (
        source in ("json-ld", "microdata") and type(published) is dt.date
    )
    if not restamped:
        return
    day = shown.published
    if day is not None and _day_of(published) - day > dt.timedelta(days=1):
        meta.extra.setdefault("datePublished", published.isoformat())
        meta.fields["date_published"] = day
        meta.provenance["date_published"] = "visible"


def _only_the_site(meta: Metadata) -> bool:
    """Whether the authors are only the site itself, as a placeholder for the writer."""
    authors = meta.fields.get("authors", ())
    site = {
        name.casefold()
        for name in (
            meta.fields.get("site_name"),
            getattr(meta.fields.get("publisher"), "name", None),
        )
        if name
    }
    return bool(authors) and all(
        isinstance(a, Organization) and a.name.casefold() in site for a in authors
    )


def _tidy_authors(meta: Metadata) -> None:
    """Names as markup gives them, without quotes around them or a "By" before them."""
    authors = meta.fields.get("authors", ())
    tidy = tuple(
        attrs.evolve(a, name=tidy_name(a.name)) if tidy_name(a.name) != a.name else a
        for a in authors
    )
    if tidy != authors:
        meta.fields["authors"] = tidy


def _link_author(meta: Metadata) -> None:
    """Give a lone author without an address the page's ``<link rel="author">``."""
    address = meta.fields.pop("author_url", None)
    meta.provenance.pop("author_url", None)
    authors = meta.fields.get("authors", ())
    if address and len(authors) == 1 and isinstance(authors[0], Person) and not authors[0].url:
        meta.fields["authors"] = (attrs.evolve(authors[0], url=address),)


def _offer_article(
    meta: Metadata,
    article: Article | None,
    fields: tuple[str, ...],
    base: str | None,
    source: str,
) -> None:
    """Offer the fields of a schema.org article (from JSON-LD or microdata)."""
    if article is None:
        return
    for field in fields:
        meta.offer(field, getattr(article, field), source)
    if fields is _ARTICLE_FIELDS:
        meta.offer("canonical_url", article.url if article.url != base else None, source)


def _offer_opengraph(meta: Metadata, metas: dict[str, list[str]], base: str | None) -> None:
    meta.offer("headline", _first(metas, ("og:title",)), "opengraph")
    meta.offer("description", _first(metas, ("og:description",)), "opengraph")
    meta.offer(
        "date_published", parse_moment(_first(metas, ("article:published_time",))), "opengraph"
    )
    modified = _first(metas, ("article:modified_time", "og:updated_time"))
    meta.offer("date_modified", parse_moment(modified), "opengraph")
    meta.offer("section", _first(metas, ("article:section",)), "opengraph")
    meta.offer("keywords", tuple(metas.get("article:tag", ())), "opengraph")
    image = absolute_url(_first(metas, ("og:image", "og:image:url")), base)
    meta.offer("images", (Image(image),) if image else (), "opengraph")
    meta.offer("site_name", _first(metas, ("og:site_name",)), "opengraph")
    meta.offer("canonical_url", absolute_url(_first(metas, ("og:url",)), base), "opengraph")


def _offer_meta_names(meta: Metadata, metas: dict[str, list[str]], base: str | None) -> None:
    meta.offer("headline", _first(metas, _TITLE_NAMES), "meta")
    meta.offer("description", _first(metas, _DESCRIPTION_NAMES), "meta")
    meta.offer("date_published", parse_moment(_first(metas, _DATE_NAMES)), "meta")
    meta.offer("date_published", _any_published(metas), "meta")
    meta.offer("date_modified", parse_moment(_first(metas, _MODIFIED_NAMES)), "meta")
    meta.offer("section", _first(metas, _SECTION_NAMES), "meta")
    author = _first_name(metas) or _twitter_label(metas, _WRITTEN_BY)
    if author:
        names = names_in(author) or (author,)
        meta.offer("authors", tuple(Person(name) for name in names), "meta")
    keywords = _first(metas, _KEYWORD_NAMES)
    if keywords:
        meta.offer("keywords", tuple(k.strip() for k in keywords.split(",") if k.strip()), "meta")
    image = absolute_url(_first(metas, _IMAGE_NAMES), base)
    meta.offer("images", (Image(image),) if image else (), "meta")
    meta.offer("site_name", _first(metas, _SITE_NAMES), "meta")
    meta.offer("language", _first(metas, ("dc.language", "dcterms.language", "language")), "meta")


def _first_name(metas: dict[str, list[str]]) -> str | None:
    """The first author meta value that is a name, not an address or a handle."""
    for name in _AUTHOR_NAMES:
        for value in metas.get(name, ()):
            if not value.startswith(("http://", "https://", "@", "//")):
                return value
    return None


def _twitter_label(metas: dict[str, list[str]], label: re.Pattern[str]) -> str | None:
    """The ``twitter:dataN`` value whose ``twitter:labelN`` matches ``label``."""
    for number in range(1, 5):
        for name in metas.get(f"twitter:label{number}", ()):
            if label.fullmatch(name.strip()):
                return _first(metas, (f"twitter:data{number}",))
    return None


def _offer_page(
    meta: Metadata, tree: lxml.html.HtmlElement, base: str | None, shown: ShownDays
) -> None:
    """Links, ``<time>``, days in the URL or page text, ``<html lang>``, ``<title>``."""
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel:
            meta.offer("canonical_url", absolute_url(link.get("href"), base), "link")
        if "amphtml" in rel:
            meta.offer("amp_url", absolute_url(link.get("href"), base), "link")
        if "author" in rel:
            meta.offer("author_url", absolute_url(link.get("href"), base), "link")
    if "date_published" not in meta.fields:
        time = publication_time(tree)
        if time is not None:
            written = parse_day(collapse(time.text_content())[:120])
            meta.offer("date_published", parse_moment(time.get("datetime")) or written, "time")
    if "date_published" not in meta.fields:  # the visible page is searched only when needed
        meta.offer("date_published", day_in_url(base), "url")
    if "date_published" not in meta.fields:
        meta.offer("date_published", shown.published, "visible")
    if "date_modified" not in meta.fields:
        meta.offer("date_modified", shown.updated, "visible")
    if "authors" not in meta.fields:
        meta.offer("authors", tuple(Person(name) for name in authors_in_page(tree)), "visible")
    elif _only_the_site(meta):  # a writer the page shows beats the site as "author"
        writers = authors_in_page(tree)
        if writers and all(looks_like_a_person(name) for name in writers):
            meta.fields["authors"] = tuple(Person(name) for name in writers)
            meta.provenance["authors"] = "visible"
    language = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    meta.offer("language", language.strip() if language else None, "html")
    title = tree.findtext(".//title")
    meta.offer("headline", collapse(title) if title else None, "title")

"""Reads HTML news pages: structured metadata first, then the visible page.

See :mod:`newsmodel.readers.html.metadata` for the sources and their precedence, and
:mod:`newsmodel.readers.html.body` for how the body is found.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

from lxml.html import HtmlElement

from ..._charset import decode_html
from ..._checks import earlier
from ..._html import parse_html
from ..._model import Article, Section
from ..._sourced import SourcedArticle, sources_of
from ..._whitespace import collapse
from ...errors import ReadError, ReadWarning
from ...protocols import SiteAdapter
from ...source import Source
from .body import extract_body
from .comments import comments_in
from .headline import settle_headline
from .listing import listing_articles
from .metadata import jsonld_values, page_metadata
from .portal import breadcrumb_section, comments_open, portal_of, related_links
from .site import SitePage, site_page

__all__ = ["HtmlReader", "reader"]

_SIGNATURE = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)


class HtmlReader:
    """The ``html`` reader: an article page's article, or a listing page's articles.

    Args:
        sites: The site adapters to apply, by registered name; :func:`newsmodel.read`
            hands it those of the ``newsmodel.sites`` group (see :meth:`with_sites`).
    """

    def __init__(self, sites: Mapping[str, SiteAdapter] | None = None) -> None:
        self.sites = dict(sites or {})

    def with_sites(self, adapters: Mapping[str, SiteAdapter]) -> HtmlReader:
        """A reader like this one that applies ``adapters``."""
        return HtmlReader(adapters)

    def recognizes(self, source: Source) -> bool:
        """True when the input opens like an HTML document."""
        return bool(_SIGNATURE.match(source.head().lstrip("\ufeff")))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the page's article; a page with no headline yields nothing.

        A listing page (a section front, a tag page, search results) yields the articles
        it lists instead, in page order; see :mod:`newsmodel.readers.html.listing`.
        """
        for sourced in self.read_sourced(source):
            yield sourced.article

    def read_sourced(self, source: Source) -> Iterator[SourcedArticle]:
        """Like :meth:`read_all`, with the source of every field of each article.

        See :func:`newsmodel.read_with_sources` for the source names.
        """
        text, _, note = decode_html(source.data)
        if note:
            warnings.warn(f"{source.name}: {note}", ReadWarning, stacklevel=3)
        tree = parse_html(text)
        del text  # the tree holds the page now; a 50 MB page's text is 50 to 200 MB
        h1s = [collapse(h1.text_content()) for h1 in tree.iter("h1")]
        values = jsonld_values(tree)
        meta = page_metadata(tree, source.url, values)
        listed = listing_articles(tree, values, source.url, meta)
        if listed:
            yield from (SourcedArticle(a, sources_of(a, "listing")) for a in listed)
            return
        adapted = site_page(tree, source.url, meta, self.sites)  # the adapter that matches
        fields: dict[str, Any] = dict(meta.fields)
        # portal structure first: extracting the body removes navigation and comments
        crumbs = _portal_structure(tree, values, fields, source.url, adapted)
        body = extract_body(tree, source.url) if adapted is None else adapted.body()
        if not body and meta.jsonld is not None:
            body = meta.jsonld.body
            meta.provenance["body"] = "json-ld"
        headline = _headline(fields, meta.provenance, h1s, source.url)
        if not headline:
            return
        section = fields.pop("section", None)
        if crumbs is not None:
            section = crumbs
        elif isinstance(section, str):
            section = Section(section)
        extra = dict(meta.jsonld.extra) if meta.jsonld is not None else {}
        extra.update(meta.extra)
        amp = fields.pop("amp_url", None)
        if amp:
            extra.setdefault("amphtml", amp)
        published, modified = fields.get("date_published"), fields.get("date_modified")
        if published and modified and earlier(modified, published):
            warnings.warn(
                f"{source.name}: date modified ({meta.provenance['date_modified']}) is before "
                f"date published ({meta.provenance['date_published']}); kept in extra",
                ReadWarning,
                stacklevel=3,
            )
            extra["dateModified"] = fields.pop("date_modified").isoformat()
        fields.update(headline=headline, body=body, section=section, url=source.url)
        try:
            article = _build(fields, extra)
        except ValueError as error:
            raise ReadError(str(error), format="html", source=source.name) from error
        sources = _sources(article, meta.provenance)
        if crumbs is not None:
            sources["section"] = "visible"
        if adapted is not None and article.body:
            sources["body"] = f"site:{adapted.adapter}"
        yield SourcedArticle(article, sources)


def _portal_structure(
    tree: HtmlElement,
    values: list[Any],
    fields: dict[str, Any],
    url: str | None,
    adapted: SitePage | None,
) -> Section | None:
    """Put the reply form, related links, comments and portal in ``fields``; return the
    section path. A site adapter's selectors replace what they find."""
    crumbs = breadcrumb_section(tree, values, fields.get("headline"), url)
    fields["comments_open"] = comments_open(tree)
    fields["related"] = related_links(tree, url)
    if "comments" not in fields:  # JSON-LD comments come first
        fields["comments"] = comments_in(tree)
    fields["portal"] = portal_of(fields.get("site_name"), fields.get("publisher"), url, tree)
    return adapted.override(fields, crumbs) if adapted is not None else crumbs


def _sources(article: Article, provenance: dict[str, str]) -> dict[str, str]:
    """The source of each field the article has: the metadata's, else the visible page."""
    found = sources_of(article, "visible")
    found.update((k, v) for k, v in provenance.items() if k in found)
    found.pop("url", None)  # the caller gave it
    return found


def _headline(
    fields: dict[str, Any], provenance: dict[str, str], h1s: list[str], url: str | None
) -> str | None:
    """The headline, settled against the site's name and the page's ``<h1>`` texts."""
    headline = fields.pop("headline", None)
    site = fields.pop("site_name", None)
    if not headline:
        return None
    settled = settle_headline(headline, site, h1s, url)
    if settled != headline and settled in h1s:
        provenance["headline"] = "visible"
    return settled


def _build(fields: dict[str, Any], extra: dict[str, Any]) -> Article:
    """The Article; a language tag the page gets wrong is kept in ``extra`` instead."""
    try:
        return Article(**fields, extra=extra)
    except ValueError:
        if fields.get("language") is None:
            raise
        extra["inLanguage"] = fields.pop("language")
        return Article(**fields, extra=extra)


reader = HtmlReader()

"""Reads HTML news pages: a page parsed once, sources that propose, one resolver that decides.

One :func:`newsmodel.read` of a page walks, in order:

1. :class:`~newsmodel.readers.html.page.Page`: the bytes decoded and parsed, once; the
   ``<meta>`` map, JSON-LD, microdata and ``<h1>`` texts collected when first asked for.
2. :mod:`~newsmodel.readers.html.sources`: one source per kind of evidence (JSON-LD,
   microdata, OpenGraph, meta names, link relations, ``<time>``, the address, the visible
   page, ``<html lang>`` and ``<title>``), each proposing values for fields.
3. :func:`~newsmodel.readers.html.resolve.resolve_metadata`: each field decided by its
   precedence, then the named overrides.
4. :func:`~newsmodel.readers.html.listing.listing_articles`: a listing page's articles,
   which end the walk.
5. The site adapter, where one matches: its selectors proposing fields, which win.
6. The visible page: section path, related links, comments, the portal, then the body
   (:mod:`~newsmodel.readers.html.body`), which removes boilerplate from the tree.
7. :func:`~newsmodel.readers.html.resolve.resolve_article`: the article and the source of
   each of its fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..._model import Article
from ..._sourced import SourcedArticle, sources_of
from ...protocols import SiteAdapter
from ...source import Source
from .body import extract_body
from .comments import comments_in
from .listing import listing_articles
from .page import Page
from .portal import breadcrumb_section, comments_open, portal_of, related_links
from .resolve import Resolution, VisiblePage, resolve_article, resolve_metadata, the_site_adapter
from .site import SitePage, site_page
from .sources import Evidence, document, links, meta_names, opengraph, schemaorg, visible

__all__ = ["HtmlReader", "page_sources", "reader"]

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
        page = Page.read(source)
        jsonld = schemaorg.jsonld(page)
        sources = page_sources(page, jsonld)
        resolution = resolve_metadata(sources, page.url)
        listed = listing_articles(page, resolution.fields)
        if listed:
            yield from (SourcedArticle(a, sources_of(a, "listing")) for a in listed)
            return
        adapted = site_page(page.tree, page.url, self.sites)  # the adapter that matches
        if adapted is not None:
            the_site_adapter(resolution, adapted)
        # the visible page's structure first: extracting the body removes navigation
        visible = _visible_page(page, resolution, adapted)
        found = resolve_article(
            resolution,
            visible,
            jsonld=jsonld.article,
            h1s=page.h1s,
            url=page.url,
            name=source.name,
        )
        if found is not None:
            yield SourcedArticle(*found)


def page_sources(page: Page, jsonld: schemaorg.SchemaOrg | None = None) -> dict[str, Evidence]:
    """The page's sources by name, each proposing what it has when first asked.

    Args:
        page: The page.
        jsonld: Its JSON-LD source, where the caller has made it already.
    """
    found: list[Evidence] = [
        jsonld or schemaorg.jsonld(page),
        schemaorg.microdata(page),
        opengraph.opengraph(page),
        meta_names.meta_names(page),
        links.Links(page),
        visible.time_element(page),
        visible.address_day(page),
        visible.shown(page),
        document.html_lang(page),
        document.title(page),
    ]
    return {evidence.name: evidence for evidence in found}


def _visible_page(page: Page, resolution: Resolution, adapted: SitePage | None) -> VisiblePage:
    """Section path, related links, comments, the reply form and portal, then the body;
    a site adapter's selectors replace what they find."""
    fields: Mapping[str, Any] = resolution.fields
    crumbs = breadcrumb_section(page, fields.get("headline"))
    structure: dict[str, Any] = {
        "comments_open": comments_open(page.tree),
        "related": related_links(page.tree, page.url),
    }
    if "comments" not in fields:  # JSON-LD comments come first
        structure["comments"] = comments_in(page.tree)
    structure["portal"] = portal_of(
        fields.get("site_name"), fields.get("publisher"), page.url, page.tree
    )
    if adapted is None:
        return VisiblePage(extract_body(page.tree, page.url), crumbs, structure=structure)
    merged = {**fields, **structure}
    crumbs = adapted.override(merged, crumbs)
    structure = {key: merged[key] for key in ("comments_open", "related", "comments", "portal")}
    body = adapted.body()
    return VisiblePage(body, crumbs, f"site:{adapted.adapter}", structure)


reader = HtmlReader()

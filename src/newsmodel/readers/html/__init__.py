"""Reads HTML news pages: a page parsed once, sources that propose, one resolver that decides.

One :func:`newsmodel.read` of a page walks, in order (``docs/html-reader.rst`` has the
tables):

1. :class:`~newsmodel.readers.html.page.Page`: the bytes decoded and parsed, once; the
   ``<meta>`` map, ``<link>`` relations, JSON-LD, microdata and their article nodes
   collected when first asked for, the ``<h1>`` texts at once.
2. The site adapter that matches the page, if any (:mod:`~newsmodel.readers.html.site`).
3. :func:`page_sources`: one source per kind of evidence
   (:mod:`~newsmodel.readers.html.sources`), the adapter among them, each proposing values.
4. :func:`~newsmodel.readers.html.resolve.resolve_metadata`: each field decided by its
   precedence, then the named overrides, the site adapter's last.
5. :func:`~newsmodel.readers.html.listing.listing_articles`: a listing page's articles,
   which end the walk.
6. :func:`~newsmodel.readers.html.resolve.resolve_structure`: section, related links,
   comments, then the portal, read before the body is.
7. The body (:mod:`~newsmodel.readers.html.body`, or the adapter's selectors, else the
   former where those find no text), which removes boilerplate from the tree, and the
   containers it was read from; the ``<h1>`` elements are placed just before.
8. :func:`~newsmodel.readers.html.resolve.resolve_article`: the article and the source of
   each of its fields; a page whose metadata names no headline takes one off its story
   (:mod:`~newsmodel.readers.html.sources.story`), with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ..._front import Front
from ..._model import Article
from ..._sourced import SourcedArticle, sources_of
from ...protocols import SiteAdapter
from ...source import Source
from .body import extract_story
from .front import front_of
from .listing import listing_articles
from .page import Page
from .resolve import (
    VisiblePage,
    asks_story_headline,
    resolve_article,
    resolve_metadata,
    resolve_structure,
    the_portal,
)
from .site import SitePage, site_page
from .sources import Evidence, document, links, meta_names, opengraph, schemaorg, story, visible

__all__ = ["HtmlReader", "page_sources", "reader"]

_SIGNATURE = re.compile(  # an XHTML page may open with an XML declaration
    r"^\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)


class HtmlReader:
    """The ``html`` reader: an article page's article, or a listing page's articles; a
    portal's front (:meth:`read_front`).

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
        """Yield the page's article; a page with neither a headline nor a story yields
        nothing (the headline's last sources are the story's own, with a warning; see
        ``HEADLINE_FALLBACK`` in ``resolve``).

        A listing page (a section front, a tag page, search results) yields the articles
        it lists instead, in page order; see ``newsmodel.readers.html.listing``.
        """
        for sourced in self.read_sourced(source):
            yield sourced.article

    def read_front(self, source: Source) -> Front:
        """The portal's front the page shows: its portal and section tree, its blocks of
        teasers, pagination, feeds and sitemaps; see :mod:`newsmodel.readers.html.front`.

        Raises:
            ReadError: The page is an article page, not a front.
        """
        page = Page.read(source)
        jsonld = schemaorg.jsonld(page)
        sources = page_sources(page, jsonld)
        resolution = resolve_metadata(sources, page.url)
        the_portal(resolution, sources, page.url)
        return front_of(page, resolution.fields, source.name)

    def read_sourced(self, source: Source) -> Iterator[SourcedArticle]:
        """Like :meth:`read_all`, with the source of every field of each article.

        See :func:`newsmodel.read_with_sources` for the source names.
        """
        page = Page.read(source)
        jsonld = schemaorg.jsonld(page)
        adapted = site_page(page.tree, page.url, self.sites)  # the adapter that matches
        sources = page_sources(page, jsonld, adapted)
        resolution = resolve_metadata(sources, page.url)
        listed = listing_articles(page, resolution.fields)
        if listed:
            yield from (SourcedArticle(a, sources_of(a, "listing")) for a in listed)
            return
        resolve_structure(resolution, sources, page.url)
        # placed before the body's extraction removes some; only where one may be the headline
        h1s = story.h1_places(page) if asks_story_headline(resolution) else ()
        # extracting the body removes navigation and comments: it comes last
        if adapted is None:
            blocks, containers = extract_story(page.tree, page.url)
            body = VisiblePage(blocks, containers=containers)
        else:
            body = adapted.body()
        found = resolve_article(
            resolution,
            body,
            jsonld=jsonld.article,
            h1s=page.h1s,
            url=page.url,
            name=source.name,
            story=story.story_headlines(h1s, body.blocks, body.containers),
        )
        if found is not None:
            yield SourcedArticle(*found)


def page_sources(
    page: Page, jsonld: schemaorg.SchemaOrg | None = None, adapted: SitePage | None = None
) -> dict[str, Evidence]:
    """The page's sources by the names the resolver's tables use, each proposing what it
    has when first asked.

    Args:
        page: The page.
        jsonld: Its JSON-LD source, where the caller has made it already.
        adapted: The site adapter that matches the page, if any.
    """
    found: dict[str, Evidence] = {
        "json-ld": jsonld or schemaorg.jsonld(page),
        "microdata": schemaorg.microdata(page),
        "opengraph": opengraph.opengraph(page),
        "meta": meta_names.meta_names(page),
        "link": links.Links(page),
        "time": visible.time_element(page),
        "url": visible.address_day(page),
        "visible": visible.shown(page),
        "breadcrumbs": visible.breadcrumbs(page),
        "html": document.html_lang(page),
        "title": document.title(page),
    }
    if adapted is not None:
        found["site"] = adapted
    return found


reader = HtmlReader()

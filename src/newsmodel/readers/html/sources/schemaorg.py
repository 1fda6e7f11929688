"""JSON-LD and microdata: the schema.org article that describes the page.

Among the page's article nodes, the one whose address is the page's wins, else the first;
a page with no article node (Yoast's graph, for one) gives its ``WebPage`` node's dates,
authors, publisher and language, but not its name, which is the page title with the site
name in it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from ...._from_schemaorg import ARTICLE_TYPES, PAGE_TYPES, Graph, site_of, to_article
from ...._model import Article, Portal
from ....errors import InvalidValueError, ReadWarning
from ..page import Page

__all__ = ["SchemaOrg", "jsonld", "microdata"]

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
"""The fields an article node proposes (``canonical_url`` from its ``url`` too)."""
_PAGE_FIELDS = ("date_published", "date_modified", "authors", "publisher", "language")


class SchemaOrg:
    """The schema.org article describing the page, as a source named ``name``.

    Args:
        name: ``"json-ld"`` or ``"microdata"``.
        article: The article mapped from the node that describes the page, if any.
        fields: The fields to take from it.
        base: The page's URL.
        site: The portal of the ``WebSite`` the article node's page is part of, if any
            (proposed as ``"site"``).
    """

    def __init__(
        self,
        name: str,
        article: Article | None,
        fields: tuple[str, ...],
        base: str | None,
        site: Portal | None = None,
    ) -> None:
        self.name = name
        self.article = article
        self._fields = fields
        self._base = base
        self.site = site

    def propose(self, field: str) -> list[Any]:
        """The article's value for ``field``, where the node gives the field."""
        if field == "site":
            return [self.site] if self.site else []
        if self.article is None:
            return []
        if field == "canonical_url" and "canonical_url" in self._fields:
            url = self.article.url
            return [self.article.canonical_url, url if url != self._base else None]
        return [getattr(self.article, field)] if field in self._fields else []


def jsonld(page: Page) -> SchemaOrg:
    """The JSON-LD source: the article node (or page node) that describes the page."""
    return _schemaorg("json-ld", page, page.jsonld_nodes)


def microdata(page: Page) -> SchemaOrg:
    """The microdata source: the item that describes the page, chosen as for JSON-LD."""
    return _schemaorg("microdata", page, page.microdata_nodes)


def _schemaorg(
    name: str, page: Page, nodes_of: Callable[[frozenset[str]], tuple[list[dict[str, Any]], Graph]]
) -> SchemaOrg:
    nodes, graph = nodes_of(ARTICLE_TYPES)
    fields = _ARTICLE_FIELDS
    if not nodes:
        nodes, graph = nodes_of(PAGE_TYPES)
        fields = _PAGE_FIELDS
    return SchemaOrg(name, *_describing(page, nodes, graph, fields))


def _describing(
    page: Page, nodes: list[dict[str, Any]], graph: Graph, fields: tuple[str, ...]
) -> tuple[Article | None, tuple[str, ...], str | None, Portal | None]:
    """The article of the node at one of the page's own addresses, else of the first node
    that maps, and the site an article node says its page is part of."""
    base = page.url
    for node in sorted(nodes, key=lambda node: not page.describes(node)):  # stable
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ReadWarning)
                article = to_article(node, graph, base)
        except InvalidValueError:
            continue
        return (
            article,
            fields,
            base,
            _site(node, graph, base) if fields is _ARTICLE_FIELDS else None,
        )
    return None, (), base, None


def _site(node: dict[str, Any], graph: Graph, base: str | None) -> Portal | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            return site_of(node, graph, base)
    except InvalidValueError:
        return None

"""JSON-LD and microdata: the schema.org article that describes the page.

Among the page's article nodes, the one whose address is the page's wins, else the first;
a page with no article node (Yoast's graph, for one) gives its ``WebPage`` node's dates,
authors, publisher and language, but not its name, which is the page title with the site
name in it.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import Any

from ...._from_schemaorg import PAGE_TYPES, Graph, articles_in, to_article
from ...._model import Article
from ...._urls import bare_address, linked_url
from ....errors import InvalidValueError, ReadWarning
from ..page import Page

__all__ = ["ARTICLE_FIELDS", "LazySchemaOrg", "SchemaOrg", "jsonld", "microdata"]

ARTICLE_FIELDS: tuple[str, ...] = (
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
    """

    def __init__(
        self, name: str, article: Article | None, fields: tuple[str, ...], base: str | None
    ) -> None:
        self.name = name
        self.article = article
        self._fields = fields
        self._base = base

    def propose(self, field: str) -> list[Any]:
        """The article's value for ``field``, where the node gives the field."""
        if self.article is None:
            return []
        if field == "canonical_url" and self._fields is ARTICLE_FIELDS:
            url = self.article.url
            return [self.article.canonical_url, url if url != self._base else None]
        return [getattr(self.article, field)] if field in self._fields else []


def jsonld(page: Page) -> SchemaOrg:
    """The JSON-LD source: the article node (or page node) that describes the page."""
    nodes, graph = page.jsonld_nodes()
    fields = ARTICLE_FIELDS
    if not nodes:
        nodes, graph = page.jsonld_nodes(PAGE_TYPES)
        fields = _PAGE_FIELDS
    return SchemaOrg("json-ld", *_describing(nodes, graph, fields, page.url))


def microdata(page: Page) -> LazySchemaOrg:
    """The microdata source: the item that describes the page, chosen as for JSON-LD;
    the page's microdata is read only if a field is still open when its turn comes."""

    def describing() -> SchemaOrg:
        nodes, graph = articles_in(page.microdata)
        fields = ARTICLE_FIELDS
        if not nodes:
            nodes, graph = articles_in(page.microdata, PAGE_TYPES)
            fields = _PAGE_FIELDS
        return SchemaOrg("microdata", *_describing(nodes, graph, fields, page.url))

    return LazySchemaOrg("microdata", describing)


class LazySchemaOrg:
    """A :class:`SchemaOrg` source worked out when first asked for a field."""

    def __init__(self, name: str, make: Callable[[], SchemaOrg]) -> None:
        self.name = name
        self._make = make

    @functools.cached_property
    def source(self) -> SchemaOrg:
        """The source itself."""
        return self._make()

    def propose(self, field: str) -> list[Any]:
        """The article's value for ``field``, where the item gives the field."""
        return self.source.propose(field)


def _describing(
    nodes: list[dict[str, Any]], graph: Graph, fields: tuple[str, ...], base: str | None
) -> tuple[Article | None, tuple[str, ...], str | None]:
    """The article of the node at the page's URL, else of the first node that maps."""
    if base:
        nodes = sorted(nodes, key=lambda node: not _describes(node, base))  # stable
    for node in nodes:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ReadWarning)
                return to_article(node, graph, base), fields, base
        except InvalidValueError:
            continue
    return None, (), base


def _describes(node: dict[str, Any], base: str) -> bool:
    """Whether a node's url, mainEntityOfPage or ``@id`` is the page's address."""
    page = bare_address(base)
    for key in ("url", "mainEntityOfPage", "@id"):
        address = linked_url(node.get(key), base)
        if address is not None and bare_address(address) == page:
            return True
    return False

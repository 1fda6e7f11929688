"""A portal's front as schema.org JSON-LD: one ``CollectionPage`` with everything nested.

This is the JSON-LD half of the markup contract in :doc:`/portals` ("Writing a portal"):
the page's address, title and language; the portal as the ``WebSite`` it is part of and
its section tree as ``SiteNavigationElement`` parts; the fronted section as the
``breadcrumb``; and each block of teasers as an ``ItemList`` in ``mainEntity``, each
teaser a ``ListItem`` holding its ``NewsArticle``. Values are the model's, verbatim, so a
reader takes every field back exactly; nothing depends on the time of writing.
"""

from __future__ import annotations

from typing import Any

from .._front import Front, FrontBlock
from .._model import Article, Portal, Section
from ._markup import iso
from .jsonld import breadcrumb_list, image_node, party_node, website_node

__all__ = ["front_jsonld"]

_CONTEXT = "https://schema.org"


def front_jsonld(front: Front) -> dict[str, Any]:
    """Return ``front`` as a schema.org JSON-LD document (plain ``dict``/``list`` values):
    a ``CollectionPage`` holding the ``WebSite``, the ``BreadcrumbList``, the navigation
    and one ``ItemList`` per block.

    .. versionadded:: 0.2
    """
    page: dict[str, Any] = {"@context": _CONTEXT, "@type": "CollectionPage"}
    _put(page, "url", front.url)
    _put(page, "name", front.title)
    _put(page, "inLanguage", front.language)
    if front.portal is not None:
        page["isPartOf"] = website_node(front.portal)
    if front.section is not None:
        page["breadcrumb"] = breadcrumb_list(front.section)
    if front.portal is not None:
        _put(page, "hasPart", _navigation(front.portal.sections))
    _put(page, "mainEntity", [_item_list(block, front.portal) for block in front.blocks])
    return page


def _put(node: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` unless ``value`` is None or empty."""
    if value is not None and value not in ([], {}):
        node[key] = value


def _navigation(sections: tuple[Section, ...]) -> list[dict[str, Any]]:
    """The section tree, flat in the portal's order, each section naming its parent by
    ``@id``: the order and every parent come back exactly, however deep the tree."""
    ids: dict[Section, str] = {}
    for number, section in enumerate(sections, start=1):
        ids.setdefault(section, f"_:section-{number}")
    elements = []
    for number, section in enumerate(sections, start=1):
        node: dict[str, Any] = {
            "@type": "SiteNavigationElement",
            "@id": f"_:section-{number}",
            "name": section.name,
        }
        _put(node, "url", section.url)
        if section.parent is not None:
            node["isPartOf"] = {"@id": ids[section.parent]}
        elements.append(node)
    return elements


def _item_list(block: FrontBlock, portal: Portal | None) -> dict[str, Any]:
    """A block: its heading as the list's name, its section as the page it is the main
    entity of, its teasers as the list's items."""
    node: dict[str, Any] = {"@type": "ItemList"}
    _put(node, "name", block.heading)
    if block.section is not None:
        page: dict[str, Any] = {"@type": "CollectionPage", "name": block.section.name}
        _put(page, "url", block.section.url)
        page["breadcrumb"] = breadcrumb_list(block.section)
        node["mainEntityOfPage"] = page
    node["numberOfItems"] = len(block.teasers)
    items = []
    for position, teaser in enumerate(block.teasers, start=1):
        item: dict[str, Any] = {"@type": "ListItem", "position": position}
        _put(item, "url", teaser.article.url)
        item["item"] = _teaser_article(teaser.article, portal)
        items.append(item)
    node["itemListElement"] = items
    return node


def _teaser_article(article: Article, portal: Portal | None) -> dict[str, Any]:
    """What a front shows of an article, as a ``NewsArticle``; its portal only where it is
    not the front's."""
    node: dict[str, Any] = {"@type": "NewsArticle", "headline": article.headline}
    _put(node, "url", article.url)
    _put(node, "description", article.description)
    _put(node, "image", [image_node(image) for image in article.images])
    _put(node, "datePublished", iso(article.date_published))
    _put(node, "dateModified", iso(article.date_modified))
    _put(node, "inLanguage", article.language)
    _put(node, "author", [party_node(author) for author in article.authors])
    if article.section is not None:
        node["articleSection"] = article.section.name
        node["mainEntityOfPage"] = {
            "@type": "WebPage",
            "breadcrumb": breadcrumb_list(article.section),
        }
    if article.portal is not None and article.portal != portal:
        node["isPartOf"] = website_node(article.portal)
    return node

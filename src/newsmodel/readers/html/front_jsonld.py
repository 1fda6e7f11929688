"""A front as the page's JSON-LD describes it: a ``CollectionPage`` about the page.

A ``CollectionPage`` whose ``url`` or ``@id`` is one of the page's addresses (or that
names none) proposes, each where it gives it:

- ``url``, ``name`` (the front's title) and ``inLanguage``;
- ``isPartOf``, a ``WebSite``: the portal (name, url, ``description`` as tagline, logo,
  publisher), with ``hasPart``, its ``SiteNavigationElement`` nodes in order, as its
  sections (``isPartOf`` naming a section's parent by ``@id``);
- ``breadcrumb``, a ``BreadcrumbList``: the section it fronts, its path top first (a
  first step at the portal's home page left out);
- ``mainEntity``, one ``ItemList`` or an array of them: the blocks, each with its
  ``name`` as heading, its ``mainEntityOfPage`` (a page with a ``name``, ``url`` and
  ``breadcrumb``) as section, and its ``ListItem`` elements' articles as teasers.

Values are taken as written (newsmodel's own front pages write every field there; see
"Writing a portal" in the docs).
"""

from __future__ import annotations

import html
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ..._checks import count_in, text_problem
from ..._from_schemaorg import Graph, json_objects, node_types, site_of, to_article
from ..._model import Article, Image, Portal, Section
from ..._urls import linked_url
from ..._whitespace import collapse
from ...errors import ReadWarning
from .page import Page
from .vocabulary import UTILITY_LINK_TEXT

__all__ = ["NODE_KEYS", "DescribedBlock", "DescribedFront", "described_front"]

_COLLECTION = frozenset({"CollectionPage"})
#: What the article mapper keeps in ``extra`` that only says what the node is.
NODE_KEYS = ("@type", "@context", "@id", "isPartOf")


@attrs.frozen
class DescribedBlock:
    """A block as an ``ItemList`` describes it."""

    articles: tuple[Article, ...]
    heading: str | None
    section: Section | None
    has_portal: tuple[bool, ...]  # for each article, whether it names its own portal


@attrs.frozen
class DescribedFront:
    """What a ``CollectionPage`` says of the front; None where it says nothing."""

    url: str | None
    title: str | None
    language: str | None
    portal: Portal | None
    section: Section | None
    blocks: tuple[DescribedBlock, ...] | None


def described_front(page: Page, base: str | None) -> DescribedFront | None:
    """The front the page's ``CollectionPage`` describes, or None where it has none."""
    _, graph = page.jsonld_nodes(_COLLECTION)  # the graph; nodes of any name or none
    node = next(
        (
            n
            for n in json_objects(page.jsonld)
            if _COLLECTION & node_types(n)
            and (not page.own or page.describes(n) or not page.addresses_of(n))
        ),
        None,
    )
    if node is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        written = _Written(page)
        portal = _portal(node, graph, base, written)
        home = portal.url if portal is not None else None
        blocks = node.get("mainEntity")
        return DescribedFront(
            url=linked_url(node.get("url"), base),
            title=_text(node.get("name")),
            language=_text(node.get("inLanguage")),
            portal=portal,
            section=_path(_resolve(node.get("breadcrumb"), graph), graph, base, home),
            blocks=None if blocks is None else tuple(_blocks(blocks, graph, base, home, written)),
        )


def _text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip() or text_problem(value, blank_ok=False):
        return None
    return value


def _resolve(value: Any, graph: Graph) -> Any:
    if isinstance(value, dict) and isinstance(value.get("@id"), str) and len(value) <= 2:
        return graph.get(value["@id"], value)
    return value


def _portal(
    node: Mapping[str, Any], graph: Graph, base: str | None, written: _Written
) -> Portal | None:
    site = _resolve(node.get("isPartOf"), graph)
    if not isinstance(site, dict) or "WebSite" not in node_types(site):
        return None
    try:
        portal = site_of({"isPartOf": site}, graph, base)
    except ValueError:
        return None
    if portal is None:
        return None
    portal = written.portal(portal, site, graph)
    sections = _sections(site.get("hasPart") or node.get("hasPart"), graph, base)
    try:
        return attrs.evolve(portal, sections=sections)
    except ValueError:
        return portal


def _sections(value: Any, graph: Graph, base: str | None) -> list[Section]:
    """The ``SiteNavigationElement`` nodes as sections, each parent named by its ``@id``
    before it."""
    found: list[Section] = []
    by_id: dict[str, Section] = {}
    for value_item in value if isinstance(value, list) else [value]:
        item = _resolve(value_item, graph)
        if not isinstance(item, dict) or "SiteNavigationElement" not in node_types(item):
            continue
        name = _text(item.get("name"))
        if name is None:
            continue
        parent_ref = item.get("isPartOf")
        parent_id = parent_ref.get("@id") if isinstance(parent_ref, dict) else None
        parent = by_id.get(parent_id) if isinstance(parent_id, str) else None
        try:
            section = Section(name, url=linked_url(item.get("url"), base), parent=parent)
        except ValueError:
            continue
        found.append(section)
        node_id = item.get("@id")
        if isinstance(node_id, str):
            by_id.setdefault(node_id, section)
    return found


def _path(trail: Any, graph: Graph, base: str | None, home: str | None) -> Section | None:
    """The section a ``BreadcrumbList`` leads to, its steps in ``position`` order."""
    if not isinstance(trail, dict) or not isinstance(trail.get("itemListElement"), list):
        return None
    steps = [_resolve(step, graph) for step in trail["itemListElement"]]
    steps = sorted((s for s in steps if isinstance(s, dict)), key=_position)
    section: Section | None = None
    for index, step in enumerate(steps):
        item = _resolve(step.get("item"), graph)
        url = linked_url(item, base)
        name = _text(step.get("name")) or (
            _text(item.get("name")) if isinstance(item, dict) else None
        )
        if index == 0 and url is not None and _is_home(url, name, home):
            continue  # the home page: not a section
        if name is None:
            return None
        try:
            section = Section(name, url=url, parent=section)
        except ValueError:
            return None
    return section


def _is_home(url: str, name: str | None, home: str | None) -> bool:
    """A breadcrumb's first step to the portal's home page, named home or not named."""
    return (
        home is not None
        and url.split("#", 1)[0].rstrip("/") == home.rstrip("/")
        and (name is None or bool(UTILITY_LINK_TEXT.match(name)))
    )


def _position(step: dict[str, Any]) -> int:
    return count_in(step.get("position")) or 0


def _blocks(
    value: Any, graph: Graph, base: str | None, home: str | None, written: _Written
) -> Iterator[DescribedBlock]:
    for item in value if isinstance(value, list) else [value]:
        listed = _resolve(item, graph)
        if not isinstance(listed, dict) or "ItemList" not in node_types(listed):
            continue
        articles: list[Article] = []
        own_portal: list[bool] = []
        elements = listed.get("itemListElement")
        for element in elements if isinstance(elements, list) else []:
            article, named = _article(_resolve(element, graph), graph, base, home, written)
            if article is not None:
                articles.append(article)
                own_portal.append(named)
        if not articles:
            continue
        page = _resolve(listed.get("mainEntityOfPage"), graph)
        yield DescribedBlock(
            tuple(articles),
            heading=_text(listed.get("name")),
            section=_block_section(page, graph, base, home),
            has_portal=tuple(own_portal),
        )


def _block_section(page: Any, graph: Graph, base: str | None, home: str | None) -> Section | None:
    if not isinstance(page, dict):
        return None
    found = _path(_resolve(page.get("breadcrumb"), graph), graph, base, home)
    if found is not None:
        return found
    name = _text(page.get("name"))
    if name is None:
        return None
    try:
        return Section(name, url=linked_url(page.get("url"), base))
    except ValueError:
        return None


class _Written:
    """Texts as the JSON-LD writes them. The mapper collapses white space and decodes the
    HTML entities careless pages leave in their JSON-LD; a page whose scripts hold no raw
    ``&`` has no entity to decode (newsmodel's own pages write each ``&`` as ``\\u0026``),
    so its texts are taken as written, "&amp;" and a caption's closing no-break space
    included. Elsewhere only white space the mapper trimmed is given back."""

    def __init__(self, page: Page) -> None:
        self.verbatim = not any("&" in script for script in page.jsonld_scripts)

    def text(self, mapped: Any, written: Any) -> Any:
        if (
            isinstance(mapped, str)
            and isinstance(written, str)
            and written != mapped
            and collapse(html.unescape(written) if self.verbatim else written) == mapped
            and written.strip()
            and not text_problem(written, blank_ok=False)
        ):
            return written
        return mapped

    def image(self, image: Image, written: Any) -> Image:
        if not isinstance(written, dict):
            return image
        try:
            return attrs.evolve(
                image,
                caption=self.text(image.caption, written.get("caption")),
                credit=self.text(image.credit, written.get("creditText")),
            )
        except ValueError:
            return image

    def party(self, party: Any, written: Any) -> Any:
        if not isinstance(written, dict) or party is None:
            return party
        changes = {"name": self.text(party.name, written.get("name"))}
        if hasattr(party, "description"):
            changes["description"] = self.text(party.description, written.get("description"))
        for field, key in (("image", "image"), ("logo", "logo")):
            shown = getattr(party, field, None)
            if isinstance(shown, Image):
                changes[field] = self.image(shown, written.get(key))
        try:
            return attrs.evolve(party, **changes)
        except ValueError:
            return party

    def portal(self, portal: Portal, site: dict[str, Any], graph: Graph) -> Portal:
        changes: dict[str, Any] = {
            "name": self.text(portal.name, site.get("name")),
            "tagline": self.text(portal.tagline, site.get("description")),
            "publisher": self.party(portal.publisher, _resolve(site.get("publisher"), graph)),
        }
        if portal.logo is not None:
            changes["logo"] = self.image(portal.logo, _resolve(site.get("image"), graph))
        try:
            return attrs.evolve(portal, **changes)
        except ValueError:
            return portal


def _article(
    element: Any, graph: Graph, base: str | None, home: str | None, written: _Written
) -> tuple[Article | None, bool]:
    """A list element's article (its ``item``, or the element's ``url`` and ``name``),
    and whether it names a portal of its own."""
    if not isinstance(element, dict):
        return None, False
    node = _resolve(element.get("item"), graph) if "ListItem" in node_types(element) else element
    if not isinstance(node, dict):
        node = {k: element[k] for k in ("name", "url", "image") if k in element}
    try:
        article = to_article(node, graph, base)
    except ValueError:
        return None, False
    fields: dict[str, Any] = {
        "extra": {k: v for k, v in article.extra.items() if k not in NODE_KEYS}
    }
    fields["headline"] = written.text(article.headline, node.get("headline"))
    fields["description"] = written.text(article.description, node.get("description"))
    written_authors = node.get("author")
    if isinstance(written_authors, dict):
        written_authors = [written_authors]
    if isinstance(written_authors, list) and len(written_authors) == len(article.authors):
        fields["authors"] = [
            written.party(party, _resolve(author, graph))
            for party, author in zip(article.authors, written_authors, strict=True)
        ]
    written_images = node.get("image")
    if isinstance(written_images, list) and len(written_images) == len(article.images):
        fields["images"] = [
            written.image(image, _resolve(shown, graph))
            for image, shown in zip(article.images, written_images, strict=True)
        ]
    page = _resolve(node.get("mainEntityOfPage"), graph)
    if article.section is not None and isinstance(page, dict):
        path = _path(_resolve(page.get("breadcrumb"), graph), graph, base, home)
        name = written.text(article.section.name, node.get("articleSection"))
        if path is not None and path.name == name:
            fields["section"] = path
    site = _resolve(node.get("isPartOf"), graph)
    named = isinstance(site, dict) and "WebSite" in node_types(site)
    if named:
        try:
            own = site_of({"isPartOf": site}, graph, base)
        except ValueError:
            own, named = None, False
        if own is not None:
            fields["portal"] = written.portal(own, site, graph)
    try:
        return attrs.evolve(article, **fields), named
    except ValueError:
        return article, named

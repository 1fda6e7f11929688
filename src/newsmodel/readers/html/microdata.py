"""schema.org microdata in an HTML page, as the dicts JSON-LD parses to.

Many themes describe the article with microdata attributes (``itemscope``, ``itemtype``,
``itemprop``, ``itemid``, ``itemref``) instead of a JSON-LD script. :func:`microdata_items`
turns those items into JSON-LD-shaped dicts, so that :mod:`newsmodel._from_schemaorg` maps
both the same way and :mod:`newsmodel.readers.html.sources.schemaorg` can treat microdata as one
more source. The rules are the HTML standard's microdata model:

- The items read are the top-level ones: an element with ``itemscope`` and no ``itemprop``.
  Leniently, an element with both but no enclosing item (a property of nothing, a common
  slip) is read as top-level too, unless an ``itemref`` names it or an element around it.
- An item's properties are the elements with ``itemprop`` among its descendants (not inside
  a nested item) and among the elements its ``itemref`` ids name, in tree order. Each name
  of a space-separated ``itemprop`` gets the value; a name given more than once holds a
  list. Names that are schema.org IRIs are shortened to their last segment.
- A value is a nested item (a dict) where the element has ``itemscope``; else ``content``
  of ``meta``; the URL in ``href`` of ``a``, ``area``, ``link``, in ``src`` of ``img``,
  ``audio``, ``video``, ``source``, ``track``, ``iframe``, ``embed``, in ``data`` of
  ``object``; ``value`` of ``data`` and ``meter``; ``datetime`` of ``time`` (its text when
  it has none); else the element's text, whitespace-normalised. URLs are resolved against
  the page's URL. Empty values, and a text or an item repeated under one name, are left
  out (in schema.org's RDF model a statement made twice is one statement).
- One departure, on purpose: pages often put a text property (``name``, ``headline``,
  ``author``, ``articleSection``, ``keywords``...) on a link, whose URL would be the wrong
  value; the link's text is taken for these.
- ``@type`` is the last segment of each schema.org IRI in ``itemtype`` (other vocabularies
  are left out; one type is a string, several a list); ``itemid`` becomes ``@id``.

Hostile pages are bounded (libxml2 already flattens elements nested over 255 deep) by the
``MICRODATA_*`` caps of :mod:`newsmodel.limits`: on how deep items nest, how many items,
property values and characters of text a page gives, how long one text value is, and how
many elements finding properties examines. An ``itemref`` that leads back to an item being
read is not followed, so loops end. A page over a limit gives what was read before it, with a
:class:`~newsmodel.ReadWarning`.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Sequence
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html

from ... import limits
from ..._whitespace import collapse
from ...errors import ReadWarning

__all__ = ["microdata_items"]

# Elements are found through the descendant axis: libxml2 takes time quadratic in the
# matches for "//@a/parent::*" and at times for "//*[@a]" (tens of seconds for 100,000).
_TOP_LEVEL = "descendant-or-self::*[@itemscope][not(@itemprop) or not(ancestor::*[@itemscope])]"
_REPEATS_CHECKED = 20
_SCHEMA_HOSTS = frozenset({"schema.org", "www.schema.org"})
# schema.org properties whose values are text, never a URL: on a link, its text is meant.
_TEXT_PROPERTIES = frozenset(
    {
        "alternativeHeadline",
        "articleSection",
        "author",
        "caption",
        "creator",
        "dateline",
        "description",
        "headline",
        "keywords",
        "name",
        "text",
    }
)
_URL_ATTRIBUTES = {
    "a": "href",
    "area": "href",
    "link": "href",
    "audio": "src",
    "embed": "src",
    "iframe": "src",
    "img": "src",
    "source": "src",
    "track": "src",
    "video": "src",
    "object": "data",
}


def microdata_items(tree: lxml.html.HtmlElement, base: str | None) -> list[dict[str, Any]]:
    """The page's top-level microdata items, as JSON-LD-shaped dicts in page order.

    Args:
        tree: The parsed page.
        base: The page's URL, to resolve relative URLs against (kept as written without one).

    Returns:
        One dict per item: ``@type`` and ``@id`` where the item gives them, and its
        properties by name, each a value or a list of values.
    """
    return _Reader(tree, base).top_level()


class _Reader:
    """Reads one page's items, within the module's limits."""

    def __init__(self, tree: lxml.html.HtmlElement, base: str | None) -> None:
        self.tree = tree
        self.base = base
        self.items_left = limits.MICRODATA_MAX_ITEMS
        self.properties_left = limits.MICRODATA_MAX_PROPERTIES
        self.elements_left = limits.MICRODATA_MAX_ELEMENTS
        self.characters_left = limits.MICRODATA_MAX_CHARACTERS
        self.cut: str | None = None  # the first limit the page reached
        self._ids: dict[str, lxml.html.HtmlElement] | None = None
        self._order: dict[lxml.html.HtmlElement, int] | None = None

    def top_level(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        referenced: set[str] | None = None
        for element in _elements(self.tree.xpath(_TOP_LEVEL)):
            if element.get("itemprop") is not None:  # a property of nothing
                if referenced is None:
                    referenced = {
                        token
                        for owner in _elements(self.tree.xpath("/descendant::*[@itemref]"))
                        for token in (owner.get("itemref") or "").split()
                    }
                if _is_referenced(element, referenced):
                    continue
            item = self.item(element, 0, frozenset())
            if item is not None:
                found.append(item)
            if self.cut:
                break
        if self.cut:
            warnings.warn(
                f"microdata: {self.cut}; the rest was left out", ReadWarning, stacklevel=3
            )
        return found

    def limit(self, reason: str) -> None:
        if self.cut is None:
            self.cut = reason

    def item(
        self,
        element: lxml.html.HtmlElement,
        depth: int,
        path: frozenset[lxml.html.HtmlElement],
    ) -> dict[str, Any] | None:
        """One item, or None when the page's item budget is spent."""
        if self.items_left <= 0:
            self.limit(f"more than {limits.MICRODATA_MAX_ITEMS} items")
            return None
        self.items_left -= 1
        node: dict[str, Any] = {}
        kinds = _types(element.get("itemtype"))
        if kinds:
            node["@type"] = kinds[0] if len(kinds) == 1 else kinds
        itemid = self.url(element.get("itemid"))
        if itemid:
            node["@id"] = itemid
        path = path | {element}
        values: dict[str, list[Any]] = {}
        texts: set[tuple[str, str]] = set()
        for prop in self.properties(element):
            names = [_name(n) for n in (prop.get("itemprop") or "").split() if n[0] != "@"]
            value = self.value(prop, depth, path)
            text = None  # a link's text, for the text properties it holds
            linked = prop.tag in ("a", "area") and prop.get("itemscope") is None
            if linked and _TEXT_PROPERTIES.intersection(names):
                text = self.clip(_text(prop))
            for name in dict.fromkeys(names):
                given = text if text is not None and name in _TEXT_PROPERTIES else value
                if given is None or given == "":
                    continue
                if isinstance(given, str) and (name, given) in texts:
                    continue  # a text given twice says one thing (one triple in RDF terms)
                if isinstance(given, dict) and _repeats(given, values.get(name, ())):
                    continue  # e.g. the author's item in the byline and again in a bio box
                if self.properties_left <= 0:
                    self.limit(f"more than {limits.MICRODATA_MAX_PROPERTIES} property values")
                    break
                self.properties_left -= 1
                values.setdefault(name, []).append(given)
                if isinstance(given, str):
                    texts.add((name, given))
        for name, found in values.items():
            node[name] = found[0] if len(found) == 1 else found
        return node

    def properties(self, root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
        """The elements holding ``root``'s properties, in tree order."""
        referenced = [
            found
            for found in (self.ids().get(token) for token in (root.get("itemref") or "").split())
            if found is not None
        ]
        pending = [*reversed(referenced), *reversed(_children(root))]
        memory = {root}
        results: list[lxml.html.HtmlElement] = []
        while pending:
            current = pending.pop()
            if current in memory:
                continue
            memory.add(current)
            if self.elements_left <= 0:
                self.limit(f"more than {limits.MICRODATA_MAX_ELEMENTS} elements examined")
                break
            self.elements_left -= 1
            if current.get("itemscope") is None:
                pending.extend(reversed(_children(current)))
            if (current.get("itemprop") or "").split():
                results.append(current)
        if referenced:
            order = self.order()
            results.sort(key=order.__getitem__)
        return results

    def value(
        self,
        element: lxml.html.HtmlElement,
        depth: int,
        path: frozenset[lxml.html.HtmlElement],
    ) -> Any:
        """A property's value by the element's kind; None where it is not read."""
        if element.get("itemscope") is not None:
            if element in path:  # an itemref loop back to an item being read
                return None
            if depth >= limits.MICRODATA_MAX_DEPTH:
                self.limit(f"items nested more than {limits.MICRODATA_MAX_DEPTH} deep")
                return None
            return self.item(element, depth + 1, path)
        tag = element.tag
        if tag in _URL_ATTRIBUTES:
            return self.url(element.get(_URL_ATTRIBUTES[tag]))
        if tag == "meta":
            return self.clip(element.get("content") or "")
        if tag in ("data", "meter"):
            return self.clip(element.get("value") or "")
        if tag == "time" and element.get("datetime") is not None:
            return self.clip(element.get("datetime") or "")
        return self.clip(_text(element))

    def clip(self, text: str) -> str:
        """``text`` whitespace-normalised, within the page's character budget."""
        if len(text) > self.characters_left:
            self.limit(f"more than {limits.MICRODATA_MAX_CHARACTERS} characters of text")
            text = text[: max(self.characters_left, 0)]
        self.characters_left -= len(text)
        return collapse(text)

    def url(self, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        value = value.strip()
        if not self.base:
            return value
        try:
            return urljoin(self.base, value)
        except ValueError:  # e.g. a malformed IPv6 host; the mapper reports it
            return value

    def ids(self) -> dict[str, lxml.html.HtmlElement]:
        """The first element with each id, built when an ``itemref`` first needs it."""
        if self._ids is None:
            self._ids = {}
            for element in _elements(self.tree.xpath("/descendant::*[@id]")):
                self._ids.setdefault(element.get("id") or "", element)
        return self._ids

    def order(self) -> dict[lxml.html.HtmlElement, int]:
        """The position of each element with an ``itemprop`` among them, in page order,
        built when an ``itemref`` first needs it: every property is one of them, and the
        page's other elements are not numbered."""
        if self._order is None:
            found = _elements(self.tree.xpath("/descendant::*[@itemprop]"))
            self._order = {element: index for index, element in enumerate(found)}
        return self._order


def _repeats(item: dict[str, Any], earlier: Sequence[Any]) -> bool:
    """Whether an equal item came before (looked for among the first few only)."""
    return any(item == other for other in earlier[:_REPEATS_CHECKED])


def _elements(found: Any) -> list[lxml.html.HtmlElement]:
    return [e for e in found if isinstance(e, lxml.html.HtmlElement)] if found else []


def _children(element: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [child for child in element if isinstance(child.tag, str)]


def _is_referenced(element: lxml.html.HtmlElement, referenced: set[str]) -> bool:
    if not referenced:
        return False
    return any(
        e.get("id") in referenced for e in itertools.chain((element,), element.iterancestors())
    )


def _text(element: lxml.html.HtmlElement) -> str:
    """The element's text content, at most ``MICRODATA_MAX_TEXT`` characters of it."""
    parts: list[str] = []
    size = 0
    for chunk in element.itertext():
        parts.append(chunk)
        size += len(chunk)
        if size >= limits.MICRODATA_MAX_TEXT:
            break
    return "".join(parts)[: limits.MICRODATA_MAX_TEXT]


def _types(itemtype: str | None) -> list[str]:
    """The schema.org types an ``itemtype`` names, by their short names."""
    found: list[str] = []
    for iri in (itemtype or "").split():
        name = _schemaorg_name(iri)
        if name and name not in found:
            found.append(name)
    return found


def _name(token: str) -> str:
    """A property name; a schema.org IRI is shortened, other IRIs are kept whole."""
    return (_schemaorg_name(token) or token) if ":" in token else token


def _schemaorg_name(iri: str) -> str | None:
    try:
        parts = urlsplit(iri)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or parts.hostname not in _SCHEMA_HOSTS:
        return None
    return parts.path.strip("/").rsplit("/", 1)[-1] or None

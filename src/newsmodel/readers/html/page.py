"""One HTML page, parsed once: every part of the reader reads it from here.

The tree is parsed once, and what several parts of the reader look at (the ``<meta>`` map,
the JSON-LD values and their article nodes, the microdata items, the ``<h1>`` texts, the
page's own addresses) is collected the first time one of them asks, then kept. Nothing is
collected twice, and nothing a page does not need is collected at all.

The tree is shared: the body extractor removes boilerplate from it, so everything read
from the visible page is read before the body is.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Mapping
from typing import Any

import lxml.html

from ..._charset import decode_html
from ..._checks import absolute_url
from ..._from_schemaorg import ARTICLE_TYPES, Graph, articles_in
from ..._html import parse_html
from ..._lenientjson import LenientJSONError, loads
from ..._urls import bare_address, linked_url
from ..._whitespace import collapse
from ...errors import ReadWarning
from ...source import Source
from .microdata import microdata_items

__all__ = ["Page"]


class Page:
    """A parsed page and what is collected from it, each part once.

    Args:
        tree: The parsed page.
        url: The address the caller gave for it, if any.
    """

    def __init__(self, tree: lxml.html.HtmlElement, url: str | None) -> None:
        self.tree = tree
        self.url = url
        self._articles: dict[tuple[str, frozenset[str]], tuple[list[dict[str, Any]], Graph]] = {}
        self.h1s = [collapse(h1.text_content()) for h1 in tree.iter("h1")]
        """The texts of the page's ``<h1>`` elements, as parsed: collected at once, since
        extracting the body removes some of them."""

    @classmethod
    def read(cls, source: Source) -> Page:
        """Decode and parse a source's bytes (in the encoding declared for them, else in
        the one the page declares); a guessed character set is warned about.

        Text given as ``str`` is decoded already: an encoding it declares (in a ``<meta>``
        or an XML declaration) is not applied again.
        """
        if source.decoded:  # lone surrogates, which the model refuses, become U+FFFD
            text, note = source.data.decode("utf-8", "replace").lstrip("\ufeff"), None
        else:
            text, _, note = decode_html(source.data, source.encoding)
        if note:
            warnings.warn(f"{source.name}: {note}", ReadWarning, stacklevel=4)
        tree = parse_html(text)
        del text  # the tree holds the page now; a 50 MB page's text is 50 to 200 MB
        return cls(tree, source.url)

    @functools.cached_property
    def metas(self) -> dict[str, list[str]]:
        """``<meta>`` contents by lower-cased ``property``, ``name`` or ``itemprop``, in
        page order, white space collapsed."""
        found: dict[str, list[str]] = {}
        for meta in self.tree.iter("meta"):
            key = meta.get("property") or meta.get("name") or meta.get("itemprop")
            content = meta.get("content")
            if key and content and content.strip():
                found.setdefault(key.strip().lower(), []).append(collapse(content))
        return found

    def meta(self, *names: str) -> str | None:
        """The first ``<meta>`` content under the first of ``names`` the page has."""
        for name in names:
            values = self.metas.get(name.lower())
            if values:
                return values[0]
        return None

    @functools.cached_property
    def jsonld_scripts(self) -> list[str]:
        """The texts of the page's ``application/ld+json`` scripts, as written, in page
        order (``""`` for an empty one): validation numbers them as the page has them."""
        return [
            script.text or ""
            for script in self.tree.iter("script")
            if (script.get("type") or "").strip().lower() == "application/ld+json"
        ]

    @functools.cached_property
    def jsonld(self) -> list[Any]:
        """Every JSON value in the page's ``application/ld+json`` scripts, broken ones
        repaired (with a warning saying how)."""
        values: list[Any] = []
        for text in self.jsonld_scripts:
            if not text:
                continue
            try:
                parsed, repairs = loads(text)
            except (LenientJSONError, RecursionError):
                warnings.warn(
                    "skipped a JSON-LD script that is not JSON", ReadWarning, stacklevel=2
                )
                continue
            if repairs:
                warnings.warn(
                    f"repaired a JSON-LD script: {', '.join(repairs)}", ReadWarning, stacklevel=2
                )
            values.extend(parsed)
        return values

    def jsonld_nodes(
        self, kinds: frozenset[str] = ARTICLE_TYPES
    ) -> tuple[list[dict[str, Any]], Graph]:
        """The JSON-LD nodes of the given schema.org types, in page order, and the graph
        to map them with (see ``newsmodel._from_schemaorg.articles_in``); the list is
        shared, so callers must not change it."""
        return self._nodes("json-ld", kinds)

    def microdata_nodes(
        self, kinds: frozenset[str] = ARTICLE_TYPES
    ) -> tuple[list[dict[str, Any]], Graph]:
        """Like :meth:`jsonld_nodes`, among the microdata items."""
        return self._nodes("microdata", kinds)

    def _nodes(self, form: str, kinds: frozenset[str]) -> tuple[list[dict[str, Any]], Graph]:
        found = self._articles.get((form, kinds))
        if found is None:
            values = self.jsonld if form == "json-ld" else self.microdata
            found = self._articles[form, kinds] = articles_in(values, kinds)
        return found

    @functools.cached_property
    def microdata(self) -> list[dict[str, Any]]:
        """The page's top-level microdata items, shaped as JSON-LD nodes."""
        return microdata_items(self.tree, self.url)

    @functools.cached_property
    def links(self) -> dict[str, list[str | None]]:
        """``<link>`` addresses by lower-cased relation, in page order, as written (a page
        links many style sheets and icons; only the relations read are resolved)."""
        found: dict[str, list[str | None]] = {}
        for link in self.tree.iter("link"):
            href = link.get("href")
            for rel in (link.get("rel") or "").lower().split():
                found.setdefault(rel, []).append(href)
        return found

    @functools.cached_property
    def addresses(self) -> list[str]:
        """The page's own addresses (the URL it was given, its canonical link, ``og:url``)."""
        found = [self.url, *self.links.get("canonical", ()), self.meta("og:url")]
        return [a for a in (absolute_url(value, self.url) for value in found) if a]

    @functools.cached_property
    def own(self) -> frozenset[str]:
        """:attr:`addresses`, bare (see :func:`newsmodel._urls.bare_address`)."""
        return frozenset(bare_address(address) for address in self.addresses)

    def addresses_of(self, node: Mapping[str, Any]) -> set[str]:
        """The bare addresses a JSON-LD node (or microdata item) gives itself: its
        ``url``, ``mainEntityOfPage`` and ``@id``, resolved against the page."""
        base = self.url or next(iter(self.addresses), None)
        keys = ("url", "mainEntityOfPage", "@id")
        return {bare_address(a) for a in (linked_url(node.get(k), base) for k in keys) if a}

    def describes(self, node: Mapping[str, Any]) -> bool:
        """Whether a node gives one of the page's own addresses as its own."""
        return bool(self.addresses_of(node) & self.own)

"""Where a front leads besides its articles: its next and previous pages, its feeds and
its sitemaps.

- **Pagination**: ``<link rel="next|prev">``, else ``<a rel="next|prev">``, else in a
  pagination block (named pagination, pager, page-numbers, nav-links...) a link named
  next or previous in a few languages ("Older posts", "Weiter", "»"; see
  :data:`~newsmodel.readers.html.vocabulary.NEXT_PAGE_TEXT`) or classed ``next``/``prev``,
  else the page numbers either side of the current one (``aria-current="page"``, class
  ``current`` or ``active``, or a number that is not a link).
- **Feeds**: ``<link rel="alternate">`` of type RSS, Atom or JSON Feed (in any case and
  with any parameters: ``application/rss+xml; charset=utf-8``; ``application/json``
  only where its title or address says feed), titled by its ``title``, and ``<link
  rel="feed">`` without a type (a feed of unknown kind); then visible links
  whose address ends in ``/feed``, ``/rss``, ``/atom``, ``.rss`` or ``.xml`` and whose
  text, class or id, or a container's, says RSS or feed.
- **Sitemaps**: ``<link rel="sitemap">``, of the kind its ``data-kind`` says (``sitemap``
  or ``sitemap-index``).

Addresses are absolute, each once, in page order; the page's own address is not taken
from a pagination block or a visible link.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import lxml.html

from ..._checks import text_problem
from ..._front import ListingLink
from ..._listing import ListingKind
from ..._urls import linked_url
from ..._whitespace import collapse
from .page import Page
from .vocabulary import FEED_LINK_TEXT, NEXT_PAGE_TEXT, PAGINATION_BLOCK, PREVIOUS_PAGE_TEXT

__all__ = ["feed_links", "pagination", "sitemap_links"]

_FEED_TYPES = {
    "application/rss+xml": ListingKind.RSS,
    "application/atom+xml": ListingKind.ATOM,
    "application/feed+json": ListingKind.JSON_FEED,
    "application/json": ListingKind.JSON_FEED,
}
_SITEMAP_KINDS = {"sitemap": ListingKind.SITEMAP, "sitemap-index": ListingKind.SITEMAP_INDEX}
_FEED_PATH = re.compile(r"(?:/feed|/rss|/atom|\.rss|\.xml)/?$", re.IGNORECASE)
_FEED_WORD = re.compile(r"\bfeed\b", re.IGNORECASE)
_CURRENT = re.compile(r"(?:^|\s)(?:current|active|is-active|is-current)(?:$|\s)")
_NEXT_CLASS = re.compile(r"(?:^|[\s_-])next(?:$|[\s_-])", re.IGNORECASE)
_PREVIOUS_CLASS = re.compile(r"(?:^|[\s_-])prev(?:ious)?(?:$|[\s_-])", re.IGNORECASE)
_PAGINATION_BLOCKS = (
    "/descendant::*[@class or @id or @aria-label]"
    "[self::nav or self::div or self::ul or self::ol or self::p or self::section"
    " or self::td or self::span]"
)


def _key(address: str) -> str:
    """An address without its fragment or trailing slash: pages differ by their query
    ("?page=2"), so it stays."""
    return address.split("#", 1)[0].rstrip("/")


def pagination(page: Page, base: str | None) -> tuple[str | None, str | None]:
    """The front's next and previous pages (see the module docstring)."""
    own = frozenset(_key(address) for address in page.addresses)
    found: dict[str, str | None] = {"next": None, "prev": None}
    for rel, hrefs in (("next", page.links.get("next")), ("prev", page.links.get("prev"))):
        found[rel] = _first(hrefs or (), base, frozenset())
    for link in page.tree.iter("a"):
        rels = (link.get("rel") or "").lower().split()
        for rel in ("next", "prev"):
            if rel in rels and found[rel] is None:
                found[rel] = _first((link.get("href"),), base, frozenset())
    if found["next"] is None or found["prev"] is None:
        for block in page.tree.xpath(_PAGINATION_BLOCKS):
            names = " ".join(block.get(k) or "" for k in ("class", "id", "aria-label"))
            if not PAGINATION_BLOCK.found_in(names):
                continue
            following, preceding = _in_block(block, base, own)
            found["next"] = found["next"] or following
            found["prev"] = found["prev"] or preceding
            break
    return found["next"], found["prev"]


def _first(hrefs: object, base: str | None, own: frozenset[str]) -> str | None:
    for href in hrefs if isinstance(hrefs, (list, tuple)) else ():
        address = linked_url(href, base)
        if address is not None and _key(address) not in own:
            return address
    return None


def _in_block(
    block: lxml.html.HtmlElement, base: str | None, own: frozenset[str]
) -> tuple[str | None, str | None]:
    """A pagination block's next and previous pages: by their links' words, else by the
    page numbers either side of the current one."""
    following = preceding = None
    numbered: list[tuple[int, str | None]] = []  # page numbers shown, and their links
    current: int | None = None
    for element in block.iter("a", "span", "strong", "em", "b", "li"):
        text = collapse(element.text_content())
        names = element.get("class") or ""
        if element.tag == "a" and element.get("href"):
            address = _first((element.get("href"),), base, own)
            if NEXT_PAGE_TEXT.match(text) or _NEXT_CLASS.search(names):
                following = following or address
            elif PREVIOUS_PAGE_TEXT.match(text) or _PREVIOUS_CLASS.search(names):
                preceding = preceding or address
            elif text.isdigit():
                item = element.getparent()
                item_names = (item.get("class") or "") if item is not None else ""
                if element.get("aria-current") == "page" or _CURRENT.search(
                    f"{names} {item_names}"
                ):
                    current = len(numbered)
                numbered.append((int(text), address))
        elif text.isdigit() and element.tag != "li" and len(element) == 0:
            current = len(numbered)  # the current page, shown but not linked
            numbered.append((int(text), None))
    if current is not None:
        if following is None and current + 1 < len(numbered):
            following = numbered[current + 1][1]
        if preceding is None and current > 0:
            preceding = numbered[current - 1][1]
    return following, preceding


def feed_links(page: Page, base: str | None) -> tuple[ListingLink, ...]:
    """The feeds the page links to (see the module docstring)."""
    own = frozenset(_key(address) for address in page.addresses)
    links: dict[str, ListingLink] = {}
    for link in page.tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        kind_name = _media_type(link.get("type"))
        kind = _FEED_TYPES.get(kind_name)
        title = _title(link.get("title"))
        address = linked_url(link.get("href"), base)
        if address is None:
            continue
        if "feed" in rels and not kind_name:
            _add(links, address, None, title, frozenset())  # of a kind it does not say
            continue
        if "alternate" not in rels or kind is None:
            continue
        if kind_name == "application/json" and not _FEED_WORD.search(f"{title or ''} {address}"):
            continue  # a JSON document about the page (WordPress's REST API), not a feed
        _add(links, address, kind, title, frozenset())
    for link in _visible_feed_links(page.tree):
        address = linked_url(link.get("href"), base)
        if address is not None and "sitemap" not in address.lower():
            title = _title(link.text_content()) or _title(link.get("title"))
            _add(links, address, None, title, own)
    return tuple(links.values())


def _media_type(value: str | None) -> str:
    """A ``type`` attribute's media type, without its parameters ("; charset=utf-8") and
    in lower case, as media types compare."""
    return (value or "").split(";", 1)[0].strip().lower()


def _visible_feed_links(tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    for link in tree.iter("a"):
        href = (link.get("href") or "").split("?")[0].split("#")[0]
        if not _FEED_PATH.search(href):
            continue
        said = f"{link.text_content()} {link.get('class') or ''} {link.get('title') or ''}"
        if FEED_LINK_TEXT.found_in(said) or any(
            FEED_LINK_TEXT.found_in(f"{a.get('class') or ''} {a.get('id') or ''}")
            for a in link.iterancestors()
        ):
            yield link


def sitemap_links(page: Page, base: str | None) -> tuple[ListingLink, ...]:
    """The sitemaps the page links to (``<link rel="sitemap">``)."""
    links: dict[str, ListingLink] = {}
    for link in page.tree.iter("link"):
        if "sitemap" in (link.get("rel") or "").lower().split():
            address = linked_url(link.get("href"), base)
            kind = _SITEMAP_KINDS.get((link.get("data-kind") or "").strip().lower())
            if address is not None:
                _add(links, address, kind, _title(link.get("title")), frozenset())
    return tuple(links.values())


def _title(value: str | None) -> str | None:
    """A title as written (white space at its ends taken off), else collapsed where the
    model does not take it so, else none."""
    for text in ((value or "").strip(), collapse(value or "")):
        if text and not text_problem(text, blank_ok=False):
            return text
    return None


def _add(
    links: dict[str, ListingLink],
    address: str,
    kind: ListingKind | None,
    title: str | None,
    own: frozenset[str],
) -> None:
    if _key(address) not in own and address not in links:
        with contextlib.suppress(ValueError):  # an address the model does not take
            links[address] = ListingLink(address, kind=kind, title=title)

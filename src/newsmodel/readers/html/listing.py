"""Listing pages: section fronts, tag pages, home pages and search results.

A listing page describes many articles, each by a teaser that links to it. A page is read
as a listing only when nothing says it is an article and something says it lists; an
article page with a strip of related teasers stays one article.

**Never a listing** (checked first):

- ``og:type`` is given and is not ``website``, or an ``article:published_time`` meta tag is
  present;
- an element has ``itemprop="articleBody"``;
- a JSON-LD article node describes the page: its ``url``, ``mainEntityOfPage`` or ``@id``
  is one of the page's addresses (the URL it was read from, ``<link rel="canonical">``,
  ``og:url``), or it names no address at all;
- one container holds 1,000 characters or more of story paragraphs (``<p>`` of 80
  characters or more, mostly not links, outside teasers and page furniture): a dominant
  article body.

**A listing** when one of these holds:

1. the page's JSON-LD describes two or more articles: article nodes (in an ``@graph``, an
   array, a ``mainEntity``) and the items of an ``ItemList`` (articles, or ``ListItem``
   with a ``url`` and a ``name``; a list counts only when at least half its items are
   articles or have names of three words or more, so lists of products do not count).
   The items are read from the JSON-LD.
2. the page shows teasers: a teaser is a heading (``h1``-``h6``) holding, or held by, a
   link to another page of the same site (not its home page), with a headline of three
   words or more, together with the largest element around it that holds no other such
   link (in a flat list, the heading and the siblings after it up to the next heading),
   at most 1,000 characters long. Teasers in navigation, the page's header, footers,
   asides, forms and blocks named related, recommended, most-read, popular, sidebar,
   widget, promo and the like do not count, nor do links within a story (an
   ``<article>`` or an element named article-body, post-content... that holds several).
   Four teasers make a listing, two when the page's own JSON-LD node is a
   ``CollectionPage`` or ``SearchResultsPage``; and the teasers must hold at least twice
   as much text as the rest of the page outside its furniture, with no container of two
   story paragraphs or more.

The page's address is the URL it was read from, else its canonical address. A teaser gives
the headline (the heading link's text), the url (resolved against the page's address), the
description (its first paragraph, or its excerpt or summary element), the date (its first
``<time>``), the authors (its byline: an element named author or byline, or marked
``rel``/``itemprop`` author), the first image, and the section (a short kicker, category
or section label). The body is empty. Items without a headline are skipped, and each
address is read once (the first time). Every item gets the page's portal, and the page's
publisher and language when it names none. The tree is not changed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import attrs
import lxml.html

from ..._checks import text_problem
from ..._dates import parse_day, parse_moment
from ..._from_schemaorg import (
    ARTICLE_TYPES,
    Graph,
    json_objects,
    node_types,
    to_article,
)
from ..._model import Article, Image, Organization, Person, Section
from ..._urls import bare_address, host_name, linked_url
from ..._whitespace import collapse
from ...errors import InvalidValueError
from ._names import AnyCase
from ._text import link_text_length, text_of
from .page import Page
from .portal import portal_of
from .vocabulary import (
    BYLINE_PREFIX,
    COMMENT_SECTION,
    GOOD_PARAGRAPH,
    LINKS_SHARE_MAX,
    NAME_CHARS_MAX,
    NAME_SEPARATORS,
    NAME_WORDS_MAX,
    PAGE_FURNITURE,
    SPACELESS,
    STORY_BODY_NAMES,
)

__all__ = [
    "LISTING_FURNITURE",
    "Furniture",
    "TeaserCard",
    "article_evidence",
    "calls_itself",
    "card_article",
    "find_teasers",
    "jsonld_articles",
    "listing_articles",
    "longest_story",
]

_LISTING_PAGE_TYPES = frozenset({"CollectionPage", "SearchResultsPage"})
# Item types an ItemList of a listing may hold besides articles: things that are pages.
_PAGE_ITEM_TYPES = frozenset({"ListItem", "WebPage", "ItemPage", "CreativeWork", "Thing"})
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BOLD = ("b", "strong")
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "menu", "form"})
_CONTENT_TAGS = frozenset({"main", "article", "li"})
_WORD = re.compile(r"[^\W\d_]+")
_UNSEEN = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_BYLINE = re.compile(r"(?:^|[\s_-])(?:author|authors|byline)(?:$|[\s_-])", re.IGNORECASE)
_SECTION = re.compile(
    r"(?:^|[\s_-])(?:kicker|eyebrow|section|category|categories|cat-links|rubric|topic)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_EXCERPT = re.compile(
    r"(?:^|[\s_-])(?:excerpt|summary|dek|standfirst|description|teaser-text|lead)(?:$|[\s_-])",
    re.IGNORECASE,
)

_MAX_TEASER_TEXT = 1000  # characters in one teaser
DOMINANT_STORY = 1000  # characters of story in one container: an article page
_TEASERS_NEEDED = 4
_TEASERS_NEEDED_COLLECTION = 2


def listing_articles(page: Page, metadata: Mapping[str, Any]) -> list[Article]:
    """The articles a listing page describes, in page order; empty for any other page.

    The tree is not changed.

    Args:
        page: The parsed page.
        metadata: The page's metadata fields (for the portal, publisher and language of
            the items).
    """
    base = page.url or next(iter(page.addresses), None)  # links resolve against the canonical
    if article_evidence(page) is not None:
        return []
    body = page.tree.find("body")
    if body is None:
        return []
    teasers = list(find_teasers(body, base, set(page.own)))
    in_teasers = {id(part) for teaser in teasers for part in teaser.parts}
    story, paragraphs = longest_story(body, in_teasers)
    if story >= DOMINANT_STORY:
        return []
    shared = _PageFields(metadata, base)
    _, by_id = page.jsonld_nodes()
    items = [a for a in jsonld_articles(page, by_id, base) if a is not None]
    if len(items) >= 2:
        return shared.fill(_unique(items))
    needed = _TEASERS_NEEDED
    if calls_itself(page, _LISTING_PAGE_TYPES):
        needed = _TEASERS_NEEDED_COLLECTION
    if len(teasers) < needed or paragraphs >= 2:
        return []
    if 2 * _other_text(body, in_teasers) >= sum(teaser.length for teaser in teasers):
        return []
    found = [card_article(teaser, base) for teaser in teasers]
    return shared.fill(_unique([a for a in found if a is not None]))


def article_evidence(page: Page, *, jsonld: bool = True, og_type: bool = True) -> str | None:
    """What says the page is an article page (the first "never a listing" rule that holds
    but the dominant story's, which needs the teasers), or None; the JSON-LD's article
    nodes are looked at only with ``jsonld``, and ``og:type`` only with ``og_type``."""
    kind = (page.meta("og:type") or "website").strip().lower()
    if og_type and kind != "website":
        return f"its og:type is {kind!r}"
    if "article:published_time" in page.metas:
        return "it has an article:published_time meta tag"
    if page.tree.xpath('/descendant::*[@itemprop="articleBody"]'):
        return "it has an itemprop=articleBody element"
    nodes, _ = page.jsonld_nodes() if jsonld else ([], None)
    if any(page.describes(node) or not page.addresses_of(node) for node in nodes):
        return "its JSON-LD describes an article at its address"
    return None


class _PageFields:
    """What every item of a listing takes from the page: portal, publisher, language."""

    def __init__(self, metadata: Mapping[str, Any], base: str | None) -> None:
        publisher = metadata.get("publisher")
        self.publisher = publisher if isinstance(publisher, Organization) else None
        site = metadata.get("site_name")
        self.portal = portal_of(site if isinstance(site, str) else None, self.publisher, base)
        language = metadata.get("language")
        self.language = language if isinstance(language, str) else None

    def fill(self, articles: list[Article]) -> list[Article]:
        filled = []
        for article in articles:
            fields: dict[str, Any] = {"portal": article.portal or self.portal}
            fields["publisher"] = article.publisher or self.publisher
            if article.language is None and self.language is not None:
                fields["language"] = self.language
            try:
                filled.append(_evolve(article, fields))
            except ValueError:  # the page's language tag is not valid
                fields.pop("language", None)
                filled.append(_evolve(article, fields))
        return filled


def _evolve(article: Article, fields: Mapping[str, Any]) -> Article:
    return attrs.evolve(article, **fields)


def calls_itself(page: Page, types: frozenset[str]) -> bool:
    """Whether the page's JSON-LD gives this page (or a page at no address) one of
    ``types`` (a collection, for a listing; also a web site or list, for a front)."""
    for node in json_objects(page.jsonld):
        if node_types(node) & types and (
            not page.own or not page.addresses_of(node) or page.describes(node)
        ):
            return True
    return False


def _jsonld_nodes(
    value: Any, by_id: Mapping[str, dict[str, Any]], shown: _Shown | None = None
) -> Iterator[dict[str, Any]]:
    """Article nodes and ItemList items, in document order; articles are not entered.
    With ``shown``, an item giving only an address is named as the page shows it, and
    one the page does not show counts neither for nor against its list."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        if not isinstance(item, dict):
            continue
        kinds = node_types(item)
        if kinds & ARTICLE_TYPES:
            yield _resolve(item, by_id)
        elif "ItemList" in kinds and isinstance(item.get("itemListElement"), list):
            elements = item["itemListElement"]
            resolved = [_resolve(element, by_id) for element in elements]
            kept = [_list_item(element, by_id, shown) for element in resolved]
            stories = [node for node in kept if node is not None]
            unknown = 0
            if shown is not None:
                unknown = sum(
                    node is None and shown.address_only(element)
                    for node, element in zip(kept, resolved, strict=True)
                )
            if 2 * len(stories) >= len(elements) - unknown:  # mostly stories, not products
                yield from stories
        elif "BreadcrumbList" not in kinds:
            stack.extend(reversed(list(item.values())))


def _resolve(value: Any, by_id: Mapping[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and isinstance(value.get("@id"), str):
        return by_id.get(value["@id"], value)
    return value


class _Shown:
    """The texts of a page's links, by the bare address they lead to: what the page
    shows of an article a JSON-LD list gives only the address of."""

    def __init__(self, page: Page, base: str | None) -> None:
        self.page = page
        self.base = base
        self.texts: dict[str, str] | None = None  # read when first asked for

    def name(self, node: dict[str, Any]) -> str | None:
        if self.texts is None:
            self.texts = {}
            body = self.page.tree.find("body")
            for link in body.iter("a") if body is not None else ():
                text = collapse(link.text_content())
                address = linked_url(link.get("href"), self.base) if _headline_ok(text) else None
                if address is not None:
                    self.texts.setdefault(bare_address(address), text)
        address = linked_url(node.get("url"), self.base)
        return self.texts.get(bare_address(address)) if address else None

    @staticmethod
    def address_only(element: Any) -> bool:
        """Whether a list element gives an address and nothing to name it by."""
        if not isinstance(element, dict) or "ListItem" not in node_types(element):
            return False
        item = element.get("item")
        return not any(element.get(k) for k in ("name", "headline")) and (
            isinstance(item, str) or (item is None and isinstance(element.get("url"), str))
        )


def _list_item(
    element: Any, by_id: Mapping[str, dict[str, Any]], shown: _Shown | None = None
) -> dict[str, Any] | None:
    """The article node an ItemList element stands for: the item, or the ListItem's url
    and name (with ``shown``, where it has none, the text of the page's link to it)."""
    if not isinstance(element, dict):
        return None
    if shown is not None and shown.address_only(element):
        node = {"url": element.get("item") or element.get("url")}
        name = shown.name(node)
        return {**node, "name": name} if name is not None else None
    node = element
    if "ListItem" in node_types(element):
        inner = _resolve(element.get("item"), by_id)
        outer = {k: element[k] for k in ("name", "url", "image", "description") if k in element}
        if isinstance(inner, str):
            node = {**outer, "url": inner}
        elif isinstance(inner, dict):
            node = {**outer, **inner}
        else:
            node = outer
    kinds = node_types(node)
    if kinds and not kinds & (ARTICLE_TYPES | _PAGE_ITEM_TYPES):
        return None
    if kinds & ARTICLE_TYPES:
        return node
    name = node.get("headline") or node.get("name")
    if not node.get("url") or not isinstance(name, str) or not _headline_ok(name.strip()):
        return None  # a page, but one named like a product or a place, not a story
    return node


def jsonld_articles(
    page: Page, by_id: Graph, base: str | None, *, shown: bool = False
) -> Iterator[Article | None]:
    """The articles the page's JSON-LD lists (None for a node without a usable headline),
    but the one describing the page itself. With ``shown`` (a front's), an ``ItemList``'s
    items that give only an address (the "summary page" lists search engines read) are
    named by the page's link to that address, and those it does not show are left out
    without counting against their list."""
    seen: set[int] = set()
    named = _Shown(page, base) if shown else None
    for node in list(_jsonld_nodes(page.jsonld, by_id, named)):  # kept alive: ids stay unique
        if id(node) in seen or page.describes(node):
            continue
        seen.add(id(node))
        try:
            yield to_article(node, by_id, base)
        except InvalidValueError:  # no usable headline
            yield None


def _unique(articles: list[Article]) -> list[Article]:
    seen: set[str] = set()
    kept = []
    for article in articles:
        if article.url is not None:
            if bare_address(article.url) in seen:
                continue
            seen.add(bare_address(article.url))
        kept.append(article)
    return kept


class Furniture(NamedTuple):
    """What a teaser may not be inside: these tags, the page's header, and elements whose
    class or id ``names`` match."""

    tags: frozenset[str]
    names: AnyCase


LISTING_FURNITURE = Furniture(_FURNITURE_TAGS, PAGE_FURNITURE)


def _in_furniture(
    element: lxml.html.HtmlElement, furniture: Furniture = LISTING_FURNITURE
) -> bool:
    """Inside navigation, a page header, a footer, an aside or a related or promo block."""
    ancestors = list(element.iterancestors())
    # the outermost content element around it: a header above that is the page's
    outermost_content = max(
        (index for index, ancestor in enumerate(ancestors) if ancestor.tag in _CONTENT_TAGS),
        default=-1,
    )
    for index, ancestor in enumerate(ancestors):
        tag = ancestor.tag
        if tag in furniture.tags:
            return True
        if tag == "header" and index > outermost_content:
            return True  # the page's header, not a card's or the story's
        if _furniture_names(ancestor, furniture.names):
            return True
    return False


def _headline_ok(text: str) -> bool:
    if not text or len(text) > 300 or text_problem(text, blank_ok=False):
        return False
    # three words, or ten characters of a script written without spaces
    return len(_WORD.findall(text)) >= 3 or (len(text) >= 10 and bool(SPACELESS.search(text)))


def _heading_link(
    heading: lxml.html.HtmlElement, base: str | None
) -> tuple[lxml.html.HtmlElement, str, str] | None:
    """The link a heading holds or is held by, its address and its headline."""
    link = next((a for a in heading.iter("a") if a.get("href")), None)
    headline = ""
    if link is not None:
        headline = collapse(" ".join(link.itertext()))
    else:
        link = next((a for a in heading.iterancestors("a") if a.get("href")), None)
        headline = collapse(" ".join(heading.itertext()))
    if link is None:
        return None
    address = linked_url(link.get("href"), base)
    if address is None or not _headline_ok(headline):
        return None
    return link, address, headline


def _same_site(address: str, hosts: set[str]) -> bool:
    if not hosts:
        return True
    return host_name(address) in hosts


class TeaserCard(NamedTuple):
    """A teaser: the elements it is made of, its heading and the heading's link."""

    parts: tuple[lxml.html.HtmlElement, ...]
    heading: lxml.html.HtmlElement
    link: lxml.html.HtmlElement

    @property
    def length(self) -> int:
        return sum(len(text_of(part)) for part in self.parts)

    def iter(self, *tags: str) -> Iterator[lxml.html.HtmlElement]:
        for part in self.parts:
            yield from part.iter(*tags)


def find_teasers(
    body: lxml.html.HtmlElement,
    base: str | None,
    addresses: set[str],
    *,
    furniture: Furniture = LISTING_FURNITURE,
    not_teasers: frozenset[str] = frozenset(),
    bold_headlines: bool = False,
    headed_regions: bool = False,
    sidebar_links: bool = False,
) -> Iterator[TeaserCard]:
    """Each teaser, in page order, by the rules in the module docstring.

    In a flat list (headings and summaries side by side in one container) a teaser is the
    heading and the siblings after it, up to the next heading.

    Args:
        body: The page's body.
        base: The page's address.
        addresses: The page's own bare addresses (links to them are not teasers).
        furniture: Where teasers are not: a front keeps its rails, a listing does not.
        not_teasers: Bare addresses whose links are not teasers (a front's sections).
        bold_headlines: Whether a ``<b>`` or ``<strong>`` that is all one link, outside
            a paragraph, is a heading too (old portals set headlines so).
        headed_regions: Whether a teaser stops short of an element holding another
            heading (a front's block headings head regions of several teasers).
        sidebar_links: Whether a list item in an ``<aside>`` that is all one link is a
            teaser too (WordPress's Recent Posts widget lists headlines so), unless the
            page teases its address before.
    """
    hosts = {host_name(a) for a in addresses} - {""}
    found: list[tuple[lxml.html.HtmlElement, lxml.html.HtmlElement, str]] = []
    # what depends only on an element's ancestors is asked once per parent: headings in
    # a list are siblings, and pages nest deep
    in_furniture: dict[lxml.html.HtmlElement | None, bool] = {}
    others: list[lxml.html.HtmlElement] = []  # headings that are no teaser's
    teased: set[str] = set()
    for heading in _headings(body, bold_headlines=bold_headlines, sidebar_links=sidebar_links):
        held = _heading_link(heading, base)
        if held is None:
            others.append(heading)
            continue
        link, address, _ = held
        bare = bare_address(address)
        if bare in addresses or bare in not_teasers or not urlsplit(bare).path.strip("/"):
            others.append(heading)
            continue
        parent = heading.getparent()
        if parent not in in_furniture:
            in_furniture[parent] = _in_furniture(heading, furniture)
        if in_furniture[parent]:
            continue
        if heading.tag == "li" and bare in teased:
            continue  # a sidebar repeating the page's teasers adds none
        if _same_site(address, hosts):
            found.append((heading, link, bare))
            teased.add(bare)
    # the one address each element holds, or None for several
    held_by: dict[lxml.html.HtmlElement, str | None] = {}
    for heading, _, bare in found:
        for ancestor in heading.iterancestors():
            if held_by.get(ancestor, bare) is None:
                break  # and so are the elements around it
            held_by[ancestor] = bare if held_by.get(ancestor, bare) == bare else None
    headed = _holding_any(others) if headed_regions else set()
    judged: set[lxml.html.HtmlElement] = set()  # headings linking one address share a card
    in_story: dict[lxml.html.HtmlElement | None, bool] = {}
    for heading, link, _ in found:
        card = heading
        for ancestor in heading.iterancestors():
            if (
                ancestor.tag in ("body", "html", "main")
                or held_by[ancestor] is None
                or ancestor in headed
            ):
                break
            card = ancestor
        if card in judged:
            continue
        judged.add(card)
        parts = _flat_parts(heading) if card is heading and heading.tag != "li" else (card,)
        teaser = TeaserCard(parts, heading, link)
        if teaser.length > _MAX_TEASER_TEXT:
            continue
        parent = card.getparent()
        if parent not in in_story:
            in_story[parent] = any(
                _is_story(a) and held_by[a] is None for a in card.iterancestors()
            )
        if in_story[parent]:
            continue  # links within a story (a guide's chapters), not teasers
        yield teaser


def _holding_any(elements: list[lxml.html.HtmlElement]) -> set[lxml.html.HtmlElement]:
    """The elements holding one of ``elements`` (each ancestor looked at once)."""
    found: set[lxml.html.HtmlElement] = set()
    for element in elements:
        for ancestor in element.iterancestors():
            if ancestor in found:
                break
            found.add(ancestor)
    return found


def _bold_headline(element: lxml.html.HtmlElement) -> bool:
    """A bold link standing alone: all its text is one link's, and no paragraph holds it."""
    links = [a for a in element.iter("a") if a.get("href")]
    if len(links) != 1 or any(a.tag == "p" for a in element.iterancestors()):
        return False
    return text_of(links[0]) == text_of(element)


def _headings(
    body: lxml.html.HtmlElement, *, bold_headlines: bool, sidebar_links: bool
) -> Iterator[lxml.html.HtmlElement]:
    """The elements that may head a teaser, in page order (see :func:`find_teasers`)."""
    tags = (*_HEADINGS, *_BOLD) if bold_headlines else _HEADINGS
    if sidebar_links:
        tags = (*tags, "li")
    for element in body.iter(*tags):
        if element.tag in _BOLD and not _bold_headline(element):
            continue
        if element.tag == "li" and not _sidebar_link(element):
            continue
        yield element


def _sidebar_link(item: lxml.html.HtmlElement) -> bool:
    """A list item in an ``<aside>`` that is all one link and holds no heading."""
    links = [a for a in item.iter("a") if a.get("href")]
    if len(links) != 1 or text_of(links[0]) != text_of(item):
        return False
    if next(item.iter(*_HEADINGS), None) is not None:
        return False
    return any(ancestor.tag == "aside" for ancestor in item.iterancestors())


def _flat_parts(heading: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, ...]:
    parts = [heading]
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _HEADINGS or next(sibling.iter(*_HEADINGS), None) is not None:
            break
        parts.append(sibling)
    return tuple(parts)


def _is_story(element: lxml.html.HtmlElement) -> bool:
    """An ``<article>`` element, or one named as a story's body."""
    if element.tag == "article" or element.get("itemprop") == "articleBody":
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and bool(STORY_BODY_NAMES.search(names))


def _other_text(body: lxml.html.HtmlElement, cards: set[int]) -> int:
    """Characters of visible text outside teasers and page furniture."""
    total = 0
    stack = [body]
    while stack:
        element = stack.pop()
        if element is not body:
            total += len((element.tail or "").strip())
        if not isinstance(element.tag, str) or element.tag in _UNSEEN or id(element) in cards:
            continue
        if element.tag in _FURNITURE_TAGS or _furniture_names(element):
            continue
        if element.tag == "header" and not any(
            a.tag in _CONTENT_TAGS for a in element.iterancestors()
        ):
            continue
        total += len((element.text or "").strip())
        stack.extend(element)
    return total


def _furniture_names(element: lxml.html.HtmlElement, words: AnyCase = PAGE_FURNITURE) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and (words.found_in(names) or COMMENT_SECTION.found_in(names))


def longest_story(body: lxml.html.HtmlElement, cards: set[int]) -> tuple[int, int]:
    """Characters and number of story paragraphs in the one container that holds the most."""
    by_parent: dict[lxml.html.HtmlElement, tuple[int, int]] = {}
    passed_over: dict[lxml.html.HtmlElement, bool] = {}  # siblings share their ancestors
    for paragraph in body.iter("p"):
        text = text_of(paragraph)
        if len(text) < GOOD_PARAGRAPH or link_text_length(paragraph) > LINKS_SHARE_MAX * len(text):
            continue
        parent = paragraph.getparent()
        if id(paragraph) in cards or parent is None:
            continue
        skip = passed_over.get(parent)
        if skip is None:
            skip = passed_over[parent] = _in_furniture(paragraph) or any(
                id(a) in cards or a.tag == "a"
                for a in itertools.chain((parent,), parent.iterancestors())
            )
        if skip:
            continue
        chars, count = by_parent.get(parent, (0, 0))
        by_parent[parent] = (chars + len(text), count + 1)
    return max(by_parent.values(), default=(0, 0))


def card_article(teaser: TeaserCard, base: str | None) -> Article | None:
    """The article a teaser shows, or None where its heading gives no headline."""
    held = _heading_link(teaser.heading, base)
    if held is None:
        return None
    _, address, headline = held
    inside = {id(e) for e in teaser.heading.iter()}
    fields: dict[str, Any] = {
        "url": address,
        "description": _description(teaser, inside, headline),
        "date_published": _date(teaser),
        "authors": _authors(teaser, inside),
        "images": _images(teaser, base),
        "section": _section(teaser, inside, base),
    }
    try:
        return Article(headline, **fields)
    except ValueError:
        return None


def _description(teaser: TeaserCard, inside: set[int], headline: str) -> str | None:
    # an element around the heading is the card itself (a lone teaser's card may be its
    # whole "block--lead"), never its excerpt
    around = set(teaser.heading.iterancestors())
    candidates = [
        e
        for e in teaser.iter()
        if isinstance(e.tag, str)
        and id(e) not in inside
        and e not in around
        and (e.tag == "p" or _EXCERPT.search(e.get("class") or ""))
    ]
    for element in candidates:
        if any(_BYLINE.search(f"{a.get('class') or ''}") for a in element.iter()):
            continue
        if element.find(".//time") is not None and len(text_of(element)) < 60:
            continue
        text = _MORE_MARK.sub("", text_of(element))
        if _long_enough(text) and text != headline and not text_problem(text, blank_ok=False):
            return text
    return None


def _long_enough(excerpt: str) -> bool:
    """Twenty characters, or ten of a script written without spaces (as many words)."""
    return len(excerpt) >= 20 or (len(excerpt) >= 10 and bool(SPACELESS.search(excerpt)))


# WordPress ends an excerpt with " [&hellip;]" (its excerpt_more), a mark, not the story's
_MORE_MARK = re.compile(r"\s*\[(?:…|\.\.\.)\]$")


def _date(teaser: TeaserCard) -> dt.datetime | dt.date | None:
    for time in teaser.iter("time"):
        return parse_moment(time.get("datetime")) or parse_day(text_of(time)[:120])
    return None


def _authors(teaser: TeaserCard, inside: set[int]) -> list[Person]:
    for element in teaser.iter():
        if not isinstance(element.tag, str) or id(element) in inside:
            continue
        marked = "author" in (element.get("rel") or "").split() or element.get("itemprop") in (
            "author",
            "creator",
        )
        if not marked and not _BYLINE.search(f"{element.get('class') or ''}"):
            continue
        links = [text_of(a) for a in element.iter("a")]
        if links and element.tag != "a":
            names = links
        else:
            texts = [
                part
                for node in element.iter()
                if node.tag != "time"
                for part in (node.text, node.tail if node is not element else None)
                if part and not any(a.tag == "time" for a in _up_to(node, element))
            ]
            names = NAME_SEPARATORS.split(BYLINE_PREFIX.sub("", collapse(" ".join(texts))))
        people = [
            Person(n) for n in (BYLINE_PREFIX.sub("", n).strip() for n in names) if _name_ok(n)
        ]
        if people:
            return people
    return []


def _up_to(node: lxml.html.HtmlElement, top: lxml.html.HtmlElement) -> Iterator[Any]:
    """The node and its ancestors below ``top``."""
    while node is not None and node is not top:
        yield node
        node = node.getparent()


def _name_ok(name: str) -> bool:
    return (
        0 < len(name) <= NAME_CHARS_MAX
        and 1 <= len(name.split()) <= NAME_WORDS_MAX
        and not any(c.isdigit() for c in name)
        and not text_problem(name, blank_ok=False)
    )


def _images(teaser: TeaserCard, base: str | None) -> list[Image]:
    for image in teaser.iter("img"):
        for key in ("src", "data-src"):
            value = image.get(key)
            if value and not value.startswith("data:"):
                address = linked_url(value, base)
                if address:
                    alt = collapse(image.get("alt") or "")
                    caption = alt if alt and not text_problem(alt, blank_ok=False) else None
                    return [Image(address, caption=caption)]
    return []


def _section(teaser: TeaserCard, inside: set[int], base: str | None) -> Section | None:
    for element in teaser.iter():
        if not isinstance(element.tag, str) or id(element) in inside or element in teaser.parts:
            continue
        if not _SECTION.search(f"{element.get('class') or ''}"):
            continue
        if any(id(e) in inside for e in element.iter()):
            continue
        name = text_of(element)
        if (
            not name
            or len(name) > 40
            or len(name.split()) > 4
            or text_problem(name, blank_ok=False)
        ):
            continue
        link = element if element.tag == "a" else element.find(".//a")
        url = linked_url(link.get("href"), base) if link is not None else None
        return Section(name, url=url)
    return None

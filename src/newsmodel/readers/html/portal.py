"""The portal around an article: its name, address, tagline and logo, breadcrumbs, and the
reply form.

Read from the whole page before the body is extracted (extraction removes navigation and
comment sections from the tree).

The tagline and the logo are read conservatively (a wrong tagline is worse than none):

- the tagline from an element named for it (``.site-description``, ``#site-description``,
  ``.site-tagline``, ``.site-slogan``, a BEM ``.masthead__tagline``, or
  ``itemprop="description"`` in the page header),
  outside the article, short, and not a row of links; on the home page only, from a
  ``<title>`` of the form "Site – tagline";
- the logo, where the publisher's JSON-LD gives none, from WordPress's ``img.custom-logo``,
  an ``itemprop="logo"`` image, or an image in the site header whose class, id or alt text
  (or a wrapper's class or id) says "logo".
"""

from __future__ import annotations

import collections
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import attrs
import lxml.html
from lxml import etree

from ..._checks import absolute_url, count_in, text_problem, url_problem
from ..._dates import parse_moment
from ..._model import Image, Organization, Portal, Related, RelatedKind, Section
from ..._urls import bare_address, home_page
from ..._whitespace import collapse
from ._names import AnyCase
from ._text import link_text_length
from .labelled import related_anchors
from .page import Page
from .vocabulary import COMMENTS_CLOSED, RELATED_BLOCK, SPACELESS

__all__ = [
    "Trail",
    "breadcrumb_trail",
    "comments_open",
    "image_at",
    "portal_described",
    "portal_of",
    "related_links",
    "site_logo",
    "site_tagline",
    "trail_in",
]

_REPLY_FORM = re.compile(r"comment-?form|commentform|respond|reply-form|comments-form", re.I)
_BREADCRUMB = AnyCase(r"breadcrumb")
_NAVIGATION = {
    "nav-previous": RelatedKind.PREVIOUS,
    "nav-next": RelatedKind.NEXT,
    "previous-post": RelatedKind.PREVIOUS,
    "next-post": RelatedKind.NEXT,
}
_NAVIGATION_NAMES = re.compile("|".join(_NAVIGATION))
_SEE_ALSO = re.compile(r"(?:^|[\s_-])see-?also(?:$|[\s_-])", re.I)
_MAX_RELATED = 30
_HOME = re.compile(r"^(?:home|homepage|start|accueil|startseite|inicio|главная|الرئيسية)$", re.I)
# Each query is one ``/descendant::`` path with its tests joined by "or": libxml2 walks the
# page once and tests each element. Unions of paths, the attribute axis' ``parent::*`` and
# ``//`` all make libxml2 merge node sets, which it does in time quadratic in their size
# (100,000 banners took 4 s).
_TAGLINE = (
    "/descendant::*[@class[contains(., 'site-')]"
    "[contains(concat(' ', normalize-space(.), ' '), ' site-description ')"
    " or contains(concat(' ', normalize-space(.), ' '), ' site-tagline ')"
    " or contains(concat(' ', normalize-space(.), ' '), ' site-slogan ')]"
    " or @class[contains(concat(' ', normalize-space(.), ' '), '__tagline ')]"
    " or @id = 'site-description'"
    " or @itemprop = 'description' and ancestor::*[self::header or @role='banner']]"
)
_HEADERS = (
    "/descendant::*[self::header or @role = 'banner'"
    " or self::div and (@class[contains(., 'header') or contains(., 'masthead')]"
    " or @id[contains(., 'header') or contains(., 'masthead')])]"
)
_LOGOS = (
    "/descendant::*[self::img and @class[contains(., 'custom-logo')"
    " and contains(concat(' ', normalize-space(.), ' '), ' custom-logo ')]"
    " or @itemprop = 'logo']"
)
_LOGO_WORD = re.compile(r"logo", re.I)
_SITE_HEADER = re.compile(r"(?:^|[\s_-])(?:masthead|site-header|header)(?:$|[\s_-])", re.I)
_TITLE_PARTS = re.compile(r"\s+[|–—:-]\s+")
_MAX_TAGLINE = 150
_LAZY_SOURCES = ("src", "data-src", "data-lazy-src", "data-original")


def portal_of(
    site_name: str | None,
    publisher: Organization | None,
    base: str | None,
    tree: lxml.html.HtmlElement | None = None,
) -> Portal | None:
    """The portal, named as the page names its site.

    Args:
        site_name: The site's name from the page's metadata.
        publisher: The publisher from the page's metadata; its logo is the portal's.
        base: The page's URL.
        tree: The page, to read the tagline and (where the publisher has none) the logo.
    """
    name = site_name or (publisher.name if publisher else None)
    if not name or text_problem(name, blank_ok=False):
        return None
    home = None
    if base and not url_problem(base):
        home = home_page(base)
    logo: Image | None = publisher.logo if publisher else None
    tagline = None
    if tree is not None:
        logo = logo or site_logo(tree, base)
        tagline = site_tagline(tree, name, base)
    return Portal(name, url=home, tagline=tagline, logo=logo, publisher=publisher)


def portal_described(
    described: Portal,
    site_name: str | None,
    base: str | None,
    tree: lxml.html.HtmlElement | None = None,
) -> Portal:
    """A portal the page's markup describes (a ``WebSite``), with its publisher as the
    markup says.

    Named as the page names its site where it does (``og:site_name`` is the name people
    see; a ``WebSite`` node's is often its address); where the node gives no address,
    tagline or logo, the page's home, what the page shows, and its publisher's logo.
    """
    name = site_name if site_name and not text_problem(site_name, blank_ok=False) else None
    name = name or described.name
    home = home_page(base) if base and not url_problem(base) else None
    tagline = described.tagline if described.tagline != name else None
    logo = described.logo or (described.publisher.logo if described.publisher else None)
    if tree is not None:
        tagline = tagline or site_tagline(tree, name, base)
        logo = logo or site_logo(tree, base)
    return attrs.evolve(
        described, name=name, url=described.url or home, tagline=tagline, logo=logo
    )


def site_tagline(tree: lxml.html.HtmlElement, name: str, base: str | None) -> str | None:
    """The portal's slogan, where the page marks it up or, on the home page, titles it so."""
    for element in tree.xpath(_TAGLINE):
        if any(a.tag in ("article", "main") for a in element.iterancestors()):
            continue
        if any(c.tag in ("div", "p", "ul", "ol", "li", "nav") for c in element.iterdescendants()):
            continue
        text = collapse(element.text_content())
        if link_text_length(element) > len(text) / 2:
            continue
        tagline = _tagline(text, name)
        if tagline:
            return tagline
    if base and urlsplit(base).path in ("", "/"):
        title = tree.findtext(".//title")
        parts = _TITLE_PARTS.split(collapse(title)) if title else []
        if len(parts) == 2 and _same(parts[0], name):
            return _tagline(parts[1], name)
        if len(parts) == 2 and _same(parts[1], name):
            return _tagline(parts[0], name)
    return None


def _tagline(text: str, name: str) -> str | None:
    if (
        len(text) < 3
        or len(text) > _MAX_TAGLINE
        or len(text.split()) > 20
        or _same(text, name)
        or text_problem(text, blank_ok=False)
    ):
        return None
    return text


def site_logo(tree: lxml.html.HtmlElement, base: str | None) -> Image | None:
    """The portal's logo image, from the markup themes and microdata give it."""
    candidates = tree.xpath(_LOGOS)
    header = _site_header(tree)
    if header is not None:
        candidates.extend(
            image
            for image in header.iter("img")
            if any(
                _LOGO_WORD.search(f"{e.get('class') or ''} {e.get('id') or ''}")
                for e in _up_to(image, header)
            )
            or _LOGO_WORD.search(image.get("alt") or "")
        )
    for candidate in candidates:
        if any(a.tag == "article" for a in candidate.iterancestors()):
            continue
        image = image_at(candidate, base)
        if image is not None:
            return image
    return None


def _site_header(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The page's banner: the first header, ``role="banner"`` or element named "masthead" or
    "site-header" (or "header") outside the article."""
    for element in tree.xpath(_HEADERS):
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        named = element.tag == "header" or element.get("role") == "banner"
        if not named and not _SITE_HEADER.search(names):
            continue
        if not any(a.tag in ("article", "main") for a in element.iterancestors()):
            return element
    return None


def _up_to(
    element: lxml.html.HtmlElement, ancestor: lxml.html.HtmlElement
) -> list[lxml.html.HtmlElement]:
    """``element`` and its ancestors below ``ancestor``."""
    chain = [element]
    for parent in element.iterancestors():
        if parent is ancestor:
            break
        chain.append(parent)
    return chain


def image_at(element: lxml.html.HtmlElement, base: str | None) -> Image | None:
    """The image an ``img`` (or the first ``img`` inside an element) shows.

    A ``meta`` or ``link`` (microdata) gives its ``content`` or ``href``; lazy-loading
    attributes are read where ``src`` is a placeholder.
    """
    if element.tag in ("meta", "link"):
        address = absolute_url(element.get("content") or element.get("href"), base)
        return Image(address) if address else None
    image = element if element.tag == "img" else next(element.iter("img"), None)
    if image is None:
        return None
    for attribute in _LAZY_SOURCES:
        address = absolute_url(image.get(attribute), base)
        if address:
            return Image(
                address, width=_size(image.get("width")), height=_size(image.get("height"))
            )
    return None


def _size(value: str | None) -> int | None:
    size = count_in(value)
    return size if size else None


def comments_open(tree: lxml.html.HtmlElement) -> bool | None:
    """True where the page has a reply form, False where it says comments are closed."""
    for form in tree.iter("form"):
        names = f"{form.get('id') or ''} {form.get('class') or ''} {form.get('action') or ''}"
        if _REPLY_FORM.search(names) and next(form.iter("textarea"), None) is not None:
            return True
    for element in tree.iter("p", "div", "span"):
        if len(element) == 0 and element.text and COMMENTS_CLOSED.match(element.text):
            return False
    return None


@attrs.frozen
class Trail:
    """A breadcrumb trail as the page gives it: each step's name and address, in order.

    It is not yet a section: whether its last step names the article itself is known only
    once the headline is (see :meth:`section`).
    """

    steps: tuple[tuple[str, str | None], ...]

    def section(self, headline: str | None) -> Section | None:
        """The section path: the steps but home, and but a last one naming the article."""
        names = [(name, url) for name, url in self.steps if not _HOME.match(name)]
        if names and headline and _same(names[-1][0], headline):
            names = names[:-1]
        section: Section | None = None
        for name, url in names:
            section = Section(name, url=url, parent=section)
        return section


def breadcrumb_trail(page: Page) -> Trail | None:
    """The article's breadcrumb trail: a BreadcrumbList in JSON-LD, else in microdata, else
    a trail of links the page's markup names as breadcrumbs."""
    trail = (
        _jsonld_trail(page.jsonld, page.url)
        or _microdata_trail(page)
        or _html_trail(page.tree, page.url)
    )
    return Trail(tuple(trail)) if trail else None


def trail_in(element: lxml.html.HtmlElement, base: str | None) -> Trail:
    """The trail of links in one breadcrumb element (a site adapter's)."""
    return Trail(tuple(_trail_links(element, base)))


def _jsonld_trail(values: list[Any], base: str | None) -> list[tuple[str, str | None]]:
    """The trail of the first BreadcrumbList, breadth first."""
    queue = collections.deque(values)
    while queue:
        node = queue.popleft()
        if isinstance(node, list):
            queue.extendleft(reversed(node))
            continue
        if not isinstance(node, dict):
            continue
        if node.get("@type") == "BreadcrumbList" and isinstance(node.get("itemListElement"), list):
            items = [i for i in node["itemListElement"] if isinstance(i, dict)]
            items.sort(key=_position)
            trail = []
            for item in items:
                inner = item.get("item")
                name = item.get("name") or (inner.get("name") if isinstance(inner, dict) else None)
                url = (inner.get("@id") or inner.get("url")) if isinstance(inner, dict) else inner
                if (
                    isinstance(name, str)
                    and name.strip()
                    and not text_problem(name.strip(), blank_ok=False)
                ):
                    trail.append((collapse(name), absolute_url(url, base)))
            return trail
        queue.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return []


def _microdata_trail(page: Page) -> list[tuple[str, str | None]]:
    """The trail of a microdata ``BreadcrumbList``, among the page's items (read already
    for its metadata: a search of the page for one costs more than reading them)."""
    return _jsonld_trail(page.microdata, page.url)


def _position(item: dict[str, Any]) -> int:
    return count_in(item.get("position")) or 0


def _html_trail(tree: lxml.html.HtmlElement, base: str | None) -> list[tuple[str, str | None]]:
    walk = etree.iterwalk(tree, events=("start",), tag=("nav", "ol", "ul", "div"))
    for _, element in walk:
        label, kind, key = element.get("aria-label"), element.get("class"), element.get("id")
        names = f"{label or ''} {kind or ''} {key or ''}"
        if not _BREADCRUMB.found_in(names):
            continue
        trail = _trail_links(element, base)
        if trail:
            return trail
        walk.skip_subtree()  # the trails inside it hold no other links
    return []


def _trail_links(element: lxml.html.HtmlElement, base: str | None) -> list[tuple[str, str | None]]:
    trail = []
    for link in element.iter("a"):
        name = collapse(link.text_content())
        if name and not text_problem(name, blank_ok=False):
            trail.append((name, absolute_url(link.get("href"), base)))
    return trail


def _same(first: str, second: str) -> bool:
    return collapse(first.casefold()) == collapse(second.casefold())


def related_links(
    tree: lxml.html.HtmlElement,
    base: str | None,
    blocks: Iterable[lxml.html.HtmlElement] | None = None,
) -> list[Related]:
    """Links in related, "more from" and previous/next blocks, in page order.

    A link needs a title of a few words; the page's own address and repeated addresses are
    left out. Where no block is named, the links under a label line ("Related articles")
    are read (see :mod:`~newsmodel.readers.html.labelled`).

    Args:
        tree: The page.
        base: The page's URL.
        blocks: The related blocks a site adapter found, read instead of the blocks
            named "related" or "more from"; their links are related articles.
    """
    links = _RelatedLinks(base)
    if blocks is not None:
        read: lxml.html.HtmlElement | None = None  # the last block read, not inside another
        for block in blocks:
            if read is not None and any(a is read for a in block.iterancestors()):
                continue  # its links were read with the block around it
            read = block
            if links.read(block, _kind(_names_of(block), named=False) or RelatedKind.RELATED):
                break
        return links.found
    walk = etree.iterwalk(tree, events=("start",), tag=("div", "section", "aside", "ul", "nav"))
    kinds: dict[str, RelatedKind | None] = {}  # templates repeat a few names
    for _, block in walk:
        names = _names_of(block)
        kind = kinds[names] if names in kinds else kinds.setdefault(names, _kind(names))
        if kind is None:
            continue
        if links.read(block, kind):
            break
        walk.skip_subtree()  # its links were read with it, which comes first
    if not links.found:  # no block is named: an old page's links under a label line
        for anchor in related_anchors(tree):
            shown_in = anchor.getparent()  # the list item or the cell
            if links.add(anchor, anchor if shown_in is None else shown_in, RelatedKind.RELATED):
                break
    return links.found


def _names_of(block: lxml.html.HtmlElement) -> str:
    return f"{block.get('class') or ''} {block.get('id') or ''}"


def _kind(names: str, *, named: bool = True) -> RelatedKind | None:
    """What a block's class and id names make of its links; None if they do not name a
    related or previous/next block and ``named`` says they must."""
    kind = _navigation(names.lower())
    if kind is None and _SEE_ALSO.search(names):
        return RelatedKind.SEE_ALSO
    if kind is None and (not named or RELATED_BLOCK.found_in(names)):
        more = re.search(r"more-(?:from|in)", names, re.I)
        kind = RelatedKind.MORE_FROM_SECTION if more else RelatedKind.RELATED
    return kind


class _RelatedLinks:
    """The related links found so far, without the page's own address or a repeat."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.own = bare_address(base) if base else None
        self.found: list[Related] = []
        self.seen: set[str] = set()

    def read(self, block: lxml.html.HtmlElement, kind: RelatedKind) -> bool:
        """Add the block's links; True once ``_MAX_RELATED`` are found."""
        return any(self.add(link, block, kind) for link in block.iter("a"))

    def add(
        self, link: lxml.html.HtmlElement, block: lxml.html.HtmlElement, kind: RelatedKind
    ) -> bool:
        """Add the link, shown in ``block``, if it is one; True once ``_MAX_RELATED`` are
        found."""
        title = collapse(" ".join(link.itertext()))  # kicker and title apart
        if len(title) > 300 or not _titled(title):
            return False
        url = absolute_url(link.get("href"), self.base)
        if not url or text_problem(title, blank_ok=False):
            return False
        bare = bare_address(url)
        if bare in self.seen or bare == self.own:
            return False
        self.seen.add(bare)
        image, date = _shown_with(link, block, self.base)
        self.found.append(Related(title, url, kind=kind, image=image, date=date))
        return len(self.found) >= _MAX_RELATED


def _titled(text: str) -> bool:
    """Three words, or ten characters of a script written without spaces (as many words):
    a link's text long enough to be a story's title rather than a label."""
    return len(text.split(maxsplit=2)) >= 3 or (len(text) >= 10 and bool(SPACELESS.search(text)))


def _shown_with(
    link: lxml.html.HtmlElement, block: lxml.html.HtmlElement, base: str | None
) -> tuple[Image | None, dt.datetime | None]:
    """The thumbnail and the ``<time datetime>`` shown with a related link: those in the
    list item that holds it and no other link (a teaser's picture and date are the
    linked article's, never the page's)."""
    item = None
    for ancestor in link.iterancestors():
        if ancestor.tag == "li":
            item = ancestor
            break
        if ancestor is block:
            break
    if item is None or sum(1 for a in item.iter("a") if a.get("href")) > 1:
        return None, None
    time = next((t for t in item.iter("time") if t.get("datetime")), None)
    moment = parse_moment(time.get("datetime")) if time is not None else None
    return image_at(item, base), (moment if isinstance(moment, dt.datetime) else None)


def _navigation(names: str) -> RelatedKind | None:
    """The kind of a previous or next post link box, by the first of its names (lower-case)
    in :data:`_NAVIGATION`; one quick test rules most boxes out."""
    if not _NAVIGATION_NAMES.search(names):
        return None
    return next(kind for name, kind in _NAVIGATION.items() if name in names)

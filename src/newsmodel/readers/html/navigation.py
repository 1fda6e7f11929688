"""A portal's section tree, from the menus of one of its pages.

The menus are read in page order, and so are the sections:

- every ``<nav>``, ``role="navigation"`` element and microdata ``SiteNavigationElement``,
  outside the page's footer and not named for breadcrumbs, pagination, sharing, accounts,
  languages or legal links (:data:`~newsmodel.readers.html.vocabulary.NOT_A_MENU`); where
  the page has none, the elements named menu or nav in its header (a table layout's
  menu bar);
- in a menu, a list item's first link is a section, and the lists inside the item (a
  submenu, a mega-menu's columns) hold its children; a column's heading link is a child
  of the item and the parent of the list after it; a link in no list item is a section
  at the level it stands;
- then the JSON-LD ``SiteNavigationElement`` nodes (their ``hasPart`` children beneath
  them), for sections the markup did not show.

A link is a section only when it leads to another page of the same site (not its home
page), its path and text are not a utility's (log in, subscribe, manage a subscription,
donate, search, contact, legal pages, sitemap, accessibility, feeds, social networks:
:data:`~newsmodel.readers.html.vocabulary.UTILITY_PATH`,
:data:`~newsmodel.readers.html.vocabulary.UTILITY_LINK_TEXT` and
:data:`~newsmodel.readers.html.vocabulary.UTILITY_LINK_WORDS`), it is no language switch
(``hreflang``, a ``lang`` other than the menu's, a language's name as its text, or a
language tag as its text and its path, "/en/"), it does not lead to a listing's other
page (``rel="next|prev"``, "Older posts", a page number, or in an element named for
pagination, :data:`~newsmodel.readers.html.vocabulary.PAGE_LINKS`: those are the front's
next and previous pages), and its text is a short name. A link to a section already read
is not read again; its list's items become that section's children. Past
:data:`~newsmodel.limits.FRONT_MAX_SECTIONS` sections or
:data:`~newsmodel.limits.FRONT_MAX_SECTION_DEPTH` levels, the rest is left out with a
:class:`~newsmodel.ReadWarning`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from ... import limits
from ..._checks import text_problem
from ..._from_schemaorg import json_objects, node_types
from ..._model import Section
from ..._stacklevel import caller_stacklevel
from ..._urls import bare_address, host_name, linked_url
from ..._whitespace import collapse
from ...errors import ReadWarning
from .vocabulary import (
    LANGUAGE_NAME,
    LANGUAGE_PATH,
    NEXT_PAGE_TEXT,
    NOT_A_MENU,
    PAGE_LINKS,
    PREVIOUS_PAGE_TEXT,
    SECTION_NAME_CHARS_MAX,
    SECTION_NAME_WORDS_MAX,
    UTILITY_LINK_TEXT,
    UTILITY_LINK_WORDS,
    UTILITY_PATH,
)

__all__ = ["SectionTree", "is_home", "may_be_home", "section_tree"]

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MENUS = (
    "/descendant::*[self::nav or @role = 'navigation'"
    " or @itemtype[contains(., 'SiteNavigationElement')]]"
)
_HEADER_MENUS = (
    "/descendant::*[self::header or @role = 'banner' or @id = 'header' or @class = 'header'"
    " or @id = 'masthead' or @class = 'masthead']"
)
_MENU_NAMES = ("menu", "nav")
# a menu's number of more digits is a year's archive, not a page number
_PAGE_DIGITS = 3
_INDEX_FILE = re.compile(r"/(?:index|default|home)\.(?:html?|php|aspx?|jsp|shtml)$", re.I)


def may_be_home(href: str, home: str) -> bool:
    """Whether a link as written may lead to the home page: "/", the home page's address,
    or an index file near the top (told at a glance, before resolving it)."""
    path = href.split("#", 1)[0].split("?", 1)[0]
    if path in ("/", "./") or (path and path.rstrip("/") == home.rstrip("/")):
        return True
    return bool(_INDEX_FILE.search(path)) and path.count("/") <= 3


def is_home(address: str, home: str) -> bool:
    """Whether an absolute address is the home page, or its index file ("/index.html")."""
    return _INDEX_FILE.sub("", bare_address(address)) == bare_address(home)


class SectionTree:
    """The sections read so far, each once (by its bare address), parents first.

    Args:
        home: The portal's home page, which is not a section.
        hosts: The site's host names; links elsewhere are not sections.
    """

    def __init__(self, home: str | None, hosts: set[str]) -> None:
        self.sections: list[Section] = []
        self.by_address: dict[str, Section] = {}
        self._home = bare_address(home) if home else None
        self._hosts = hosts
        self._warned = False

    @classmethod
    def of(cls, sections: tuple[Section, ...]) -> SectionTree:
        """A tree holding the sections a page describes, as they are."""
        tree = cls(None, set())
        for section in sections:
            tree.sections.append(section)
            if section.url is not None:
                tree.by_address.setdefault(bare_address(section.url), section)
        return tree

    def add(
        self, name: str, href: Any, base: str | None, parent: Section | None
    ) -> Section | None:
        """The section a menu entry names (its text and link), added under ``parent``
        unless it is known already; None when it is no section. The name is judged
        first, and the link resolved only while the tree has room: pages hold many
        links."""
        if not self._is_name(name):
            return None
        if len(self.sections) >= limits.FRONT_MAX_SECTIONS or (
            parent is not None and len(parent.path) >= limits.FRONT_MAX_SECTION_DEPTH
        ):
            self._warn()
            return None
        url = linked_url(href, base)
        if url is None or not self._is_address(url) or _is_language_tag(name, url):
            return None
        bare = bare_address(url)
        known = self.by_address.get(bare)
        if known is not None:
            return known
        try:
            section = Section(name, url=url, parent=parent)
        except ValueError:  # a name or address the model does not take
            return None
        self.sections.append(section)
        self.by_address[bare] = section
        return section

    def find(self, url: str | None) -> Section | None:
        """The section at ``url``, if the tree has it."""
        return self.by_address.get(bare_address(url)) if url else None

    @staticmethod
    def _is_name(name: str) -> bool:
        return not (
            not name
            or len(name) > SECTION_NAME_CHARS_MAX
            or len(name.split()) > SECTION_NAME_WORDS_MAX
            or text_problem(name, blank_ok=False)
            or UTILITY_LINK_TEXT.match(name)
            or UTILITY_LINK_WORDS.search(name)
            or LANGUAGE_NAME.match(name)
        )

    def _is_address(self, url: str) -> bool:
        if self._hosts and host_name(url) not in self._hosts:
            return False
        parts = urlsplit(url)
        if not parts.path.strip("/") or (self._home is not None and is_home(url, self._home)):
            return False
        return not UTILITY_PATH.search(parts.path)

    def _warn(self) -> None:
        if not self._warned:
            self._warned = True
            warnings.warn(
                f"left out the menu's sections past {limits.FRONT_MAX_SECTIONS} sections or "
                f"{limits.FRONT_MAX_SECTION_DEPTH} levels (newsmodel.limits.FRONT_MAX_SECTIONS"
                ", FRONT_MAX_SECTION_DEPTH)",
                ReadWarning,
                stacklevel=caller_stacklevel(),  # reached from menus and JSON-LD alike
            )


def _is_language_tag(name: str, url: str) -> bool:
    """Whether a link is a language switch named by its tag ("EN" to "/en/")."""
    found = LANGUAGE_PATH.match(urlsplit(url).path)
    if found is None:
        return False
    tag = found.group(1).lower()
    return name.lower() in (tag, re.split("[-_]", tag)[0])


def _switches_language(link: lxml.html.HtmlElement) -> bool:
    """Whether a link says it leads to the page in another language: its ``hreflang``,
    or a ``lang`` of another language than the one it stands in ("en-GB" in "en" is not)."""
    if link.get("hreflang"):
        return True
    own = _primary_language(link.get("lang"))
    if not own:
        return False
    around = next((a.get("lang") for a in link.iterancestors() if a.get("lang")), None)
    return own != _primary_language(around)


def _primary_language(tag: str | None) -> str:
    return re.split("[-_]", (tag or "").strip().lower(), maxsplit=1)[0]


def _turns_page(link: lxml.html.HtmlElement, name: str) -> bool:
    """Whether a menu's link leads to a listing's next or previous page, or a page number
    (by its ``rel`` and text; by where it stands is the walk's to say)."""
    rels = (link.get("rel") or "").lower().split()
    if "next" in rels or "prev" in rels or (name.isdigit() and len(name) <= _PAGE_DIGITS):
        return True
    # "More" and "More news" head or lead to sections as often as to a next page
    return not name.lower().startswith("more") and bool(
        NEXT_PAGE_TEXT.match(name) or PREVIOUS_PAGE_TEXT.match(name)
    )


def section_tree(
    tree: lxml.html.HtmlElement, jsonld: list[Any], base: str | None, home: str | None
) -> SectionTree:
    """The portal's sections, as the page's menus show them (see the module docstring).

    Args:
        tree: The page.
        jsonld: The page's JSON-LD values.
        base: The page's address, which links resolve against.
        home: The portal's home page.
    """
    hosts = {host_name(a) for a in (base, home) if a} - {""}
    sections = SectionTree(home, hosts)
    for menu in _menus(tree):
        _read_menu(menu, base, sections)
    for node in json_objects(jsonld):
        if "SiteNavigationElement" in node_types(node):
            _read_jsonld(node, base, sections)
    return sections


def _names(element: lxml.html.HtmlElement) -> str:
    return " ".join(
        element.get(key) or "" for key in ("class", "id", "aria-label", "role")
    ).strip()


def _menus(tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The page's menus, outermost only, in page order."""
    found = list(tree.xpath(_MENUS))
    if not found:
        for header in tree.xpath(_HEADER_MENUS):
            found.extend(
                element
                for element in header.iter()
                if isinstance(element.tag, str)
                and any(word in _names(element).lower() for word in _MENU_NAMES)
            )
    kept: set[lxml.html.HtmlElement] = set()
    for menu in found:
        if any(ancestor in kept for ancestor in menu.iterancestors()):
            continue
        names = _names(menu)
        if names and NOT_A_MENU.found_in(names):
            continue
        if any(a.tag == "footer" or NOT_A_MENU.found_in(_names(a)) for a in menu.iterancestors()):
            continue
        kept.add(menu)
        yield menu


class _Level:
    """An open element of a menu: the section its children belong under; for a list item
    or a heading, whether it still waits for its own link, and the section that link is;
    whether it is (or stands in) a pagination block."""

    __slots__ = ("item", "own", "paging", "parent", "waiting")

    def __init__(self, parent: Section | None, item: bool, paging: bool = False) -> None:
        self.parent = parent
        self.item = item
        self.waiting = item
        self.own: Section | None = None
        self.paging = paging


def _read_menu(menu: lxml.html.HtmlElement, base: str | None, sections: SectionTree) -> None:
    """Read one menu's links into the tree, walking it once (no recursion: menus nest deep)."""
    levels: list[_Level] = [_Level(None, False)]
    for event, element in etree.iterwalk(menu, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "start":
            item = element.tag == "li" or element.tag in _HEADINGS
            names = _names(element)
            paging = levels[-1].paging or bool(names and PAGE_LINKS.found_in(names))
            levels.append(_Level(levels[-1].parent, item, paging))
            if element.tag == "a" and element.get("href"):
                _read_link(element, base, sections, levels)
            continue
        level = levels.pop()
        if element.tag in _HEADINGS and level.own is not None:
            # a column's heading: the lists after it, or its list item's, are its own
            levels[-1].parent = level.own
            levels[-1].waiting = False


def _read_link(
    link: lxml.html.HtmlElement, base: str | None, sections: SectionTree, levels: list[_Level]
) -> None:
    """A link's section: its list item's or heading's own where that waits for one, else
    one at the level the link stands."""
    name = collapse(link.text_content())
    index = next((i for i in range(len(levels) - 2, -1, -1) if levels[i].item), None)
    holder = levels[index] if index is not None and levels[index].waiting else None
    parent = holder.parent if holder is not None else levels[-2].parent
    section = None
    if not (levels[-1].paging or _turns_page(link, name) or _switches_language(link)):
        section = sections.add(name, link.get("href"), base, parent)
    if holder is not None and index is not None:
        holder.waiting = False  # its first link is read, whether a section or not
        if section is not None:
            holder.own = section
            for level in levels[index:]:
                level.parent = section


def _read_jsonld(node: dict[str, Any], base: str | None, sections: SectionTree) -> None:
    """A SiteNavigationElement node's sections: itself (or each name and url it lists),
    then its ``hasPart`` children beneath."""
    stack: list[tuple[Any, Section | None]] = [(node, None)]
    while stack:
        value, parent = stack.pop()
        if not isinstance(value, dict):
            continue
        own = parent
        for name, url in _named_links(value):
            own = sections.add(name, url, base, parent) or own
        children = value.get("hasPart")
        if isinstance(children, dict):
            children = [children]
        if isinstance(children, list):
            stack.extend((child, own) for child in reversed(children))


def _named_links(node: dict[str, Any]) -> Iterable[tuple[str, Any]]:
    names, urls = node.get("name"), node.get("url")
    if isinstance(names, list) and isinstance(urls, list):  # parallel lists, as CMSs write
        pairs = zip(names, urls, strict=False)
        return [(collapse(n), u) for n, u in pairs if isinstance(n, str)]
    if isinstance(names, str):
        return [(collapse(names), urls)]
    return []

"""The portal around an article: its name and address, breadcrumbs, and the reply form.

Read from the whole page before the body is extracted (extraction removes navigation and
comment sections from the tree).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html

from ..._checks import text_problem, url_problem
from ..._model import Image, Organization, Portal, Related, RelatedKind, Section

__all__ = ["breadcrumb_section", "comments_open", "portal_of", "related_links"]

_REPLY_FORM = re.compile(r"comment-?form|commentform|respond|reply-form|comments-form", re.I)
_CLOSED = re.compile(r"^\s*comments are closed\.?\s*$", re.I)
_BREADCRUMB = re.compile(r"breadcrumb", re.I)
_RELATED_BLOCK = re.compile(
    r"(?:^|[\s_-])(?:related|more-from|more-in|more-stories|recommended|read-next|"
    r"read-more|also-read|see-also|yarpp)(?:$|[\s_-])",
    re.I,
)
_NAVIGATION = {
    "nav-previous": RelatedKind.PREVIOUS,
    "nav-next": RelatedKind.NEXT,
    "previous-post": RelatedKind.PREVIOUS,
    "next-post": RelatedKind.NEXT,
}
_MAX_RELATED = 30
_HOME = re.compile(r"^(?:home|homepage|start|accueil|startseite|inicio|главная|الرئيسية)$", re.I)


def portal_of(
    site_name: str | None, publisher: Organization | None, base: str | None
) -> Portal | None:
    """The portal, named as the page names its site."""
    name = site_name or (publisher.name if publisher else None)
    if not name or text_problem(name, blank_ok=False):
        return None
    home = None
    if base and not url_problem(base):
        parts = urlsplit(base)
        home = f"{parts.scheme}://{parts.netloc}/"
    logo: Image | None = publisher.logo if publisher else None
    return Portal(name, url=home, logo=logo, publisher=publisher)


def comments_open(tree: lxml.html.HtmlElement) -> bool | None:
    """True where the page has a reply form, False where it says comments are closed."""
    for form in tree.iter("form"):
        names = f"{form.get('id') or ''} {form.get('class') or ''} {form.get('action') or ''}"
        if _REPLY_FORM.search(names) and next(form.iter("textarea"), None) is not None:
            return True
    for element in tree.iter("p", "div", "span"):
        if len(element) == 0 and element.text and _CLOSED.match(element.text):
            return False
    return None


def breadcrumb_section(
    tree: lxml.html.HtmlElement, values: list[Any], headline: str | None, base: str | None
) -> Section | None:
    """The article's section path from a BreadcrumbList, else from a breadcrumb trail."""
    trail = _jsonld_trail(values, base) or _html_trail(tree, base)
    names = [(name, url) for name, url in trail if not _HOME.match(name)]
    if names and headline and _same(names[-1][0], headline):
        names = names[:-1]
    section: Section | None = None
    for name, url in names:
        section = Section(name, url=url, parent=section)
    return section


def _jsonld_trail(values: list[Any], base: str | None) -> list[tuple[str, str | None]]:
    stack = list(values)
    while stack:
        node = stack.pop(0)
        if isinstance(node, list):
            stack[:0] = node
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
                url = inner.get("@id") if isinstance(inner, dict) else inner
                if (
                    isinstance(name, str)
                    and name.strip()
                    and not text_problem(name.strip(), blank_ok=False)
                ):
                    trail.append((" ".join(name.split()), _address(url, base)))
            return trail
        stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return []


def _position(item: dict[str, Any]) -> int:
    position = item.get("position")
    if isinstance(position, str) and position.isdigit():
        return int(position)
    return position if isinstance(position, int) else 0


def _html_trail(tree: lxml.html.HtmlElement, base: str | None) -> list[tuple[str, str | None]]:
    for element in tree.iter("nav", "ol", "ul", "div"):
        label, kind, key = element.get("aria-label"), element.get("class"), element.get("id")
        names = f"{label or ''} {kind or ''} {key or ''}"
        if not _BREADCRUMB.search(names):
            continue
        trail = []
        for link in element.iter("a"):
            name = " ".join(link.text_content().split())
            if name and not text_problem(name, blank_ok=False):
                trail.append((name, _address(link.get("href"), base)))
        if trail:
            return trail
    return []


def _address(url: Any, base: str | None) -> str | None:
    if not isinstance(url, str) or not url.strip():
        return None
    resolved = urljoin(base, url.strip()) if base else url.strip()
    return None if url_problem(resolved) else resolved


def _same(first: str, second: str) -> bool:
    return " ".join(first.casefold().split()) == " ".join(second.casefold().split())


def related_links(tree: lxml.html.HtmlElement, base: str | None) -> list[Related]:
    """Links in related, "more from" and previous/next blocks, in page order.

    A link needs a title of a few words; the page's own address and repeated addresses are
    left out.
    """
    own = _bare(base) if base else None
    found: list[Related] = []
    seen: set[str] = set()
    for block in tree.iter("div", "section", "aside", "ul", "nav"):
        names = f"{block.get('class') or ''} {block.get('id') or ''}"
        kind = next((k for key, k in _NAVIGATION.items() if key in names.lower()), None)
        if kind is None:
            if not _RELATED_BLOCK.search(names):
                continue
            more = re.search(r"more-(?:from|in)", names, re.I)
            kind = RelatedKind.MORE_FROM_SECTION if more else RelatedKind.RELATED
        for link in block.iter("a"):
            title = " ".join(" ".join(link.itertext()).split())  # kicker and title apart
            url = _address(link.get("href"), base)
            if (
                not url
                or len(title.split()) < 3
                or len(title) > 300
                or text_problem(title, blank_ok=False)
            ):
                continue
            if _bare(url) in seen or _bare(url) == own:
                continue
            seen.add(_bare(url))
            found.append(Related(title, url, kind=kind))
            if len(found) >= _MAX_RELATED:
                return found
    return found


def _bare(url: str) -> str:
    return url.split("#", 1)[0].split("?", 1)[0].rstrip("/")

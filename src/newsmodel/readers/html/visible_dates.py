"""Publication days a page shows but does not mark up: in its URL, or written near the top.

Only unambiguous forms are read (see :mod:`newsmodel._dates`). The page is searched in
this order:

1. a short text in an element whose class or id names a date, time or byline;
2. a short text with a date in it, close to the page's ``<h1>``;
3. anywhere, the first text that is a date and little else ("Posted on April 8, 2024").

A date the page labels as an update ("Updated March 3, 2025") is not a publication date:
it is read as the day of the last update instead.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
import re

import lxml.html
from lxml import etree

from ..._dates import MONTH_PATTERN, MONTHS, may_name_a_day, parse_day
from ..._whitespace import collapse

__all__ = ["ShownDays", "day_in_url", "publication_time"]

_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_DAY_NAMED = re.compile(
    rf"/((?:19|20)\d\d)/({MONTH_PATTERN})/(0?[1-9]|[12]\d|3[01])(?:/|$)", re.I
)
_DATE_NAMES = re.compile(r"date|time|posted|publish|byline|meta|timestamp", re.I)
_UPDATED = re.compile(r"updat|modif|edited|revised|aktualisiert|mis à jour", re.I)
_MONTH_WORDS = re.compile(rf"\b(?:{MONTH_PATTERN})\b\.?", re.I)
_NOT_SHOWN = frozenset({"script", "style", "head", "noscript", "template"})
_MAX_LABELLED = 120  # characters in a labelled date element
_MAX_NEAR = 60  # characters in an unlabelled one near the headline
_LEFT_OVER = 16  # characters beside the date in a text that is "a date and little else"
_LABEL_WORDS = re.compile(
    r"\b(?:posted|published|on|at|am|pm|last|updated?|modified)\b|[\d:|•·,.-]", re.I
)
_AFTER_H1, _BEFORE_H1 = 60, 15  # elements searched around the headline
_MAX_CHILDREN = 8  # an element with more is a container, not a date line
_LABEL_REACH = 60  # characters before a date read for an "Updated" label
_PEEK = 4 * _MAX_LABELLED  # characters of a long text read to tell that it is too long


def day_in_url(url: str | None) -> dt.date | None:
    """The day a URL's path names, as in ``/2025/09/04/`` or ``/2025/september/04/``."""
    path = (url or "").split("?", 1)[0]
    match = _URL_DAY.search(path)
    if match:
        return _day(*match.groups())
    match = _URL_DAY_NAMED.search(path)
    month = MONTHS.get(match.group(2).lower()) if match else None  # not "ſeptember"
    if match and month:
        return _day(match.group(1), str(month), match.group(3))
    return None


def publication_time(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<time>`` that dates the article: the first shortly after the ``<h1>``, else the
    first in the page; one labelled as an update ("Last updated: <time>") never is."""
    first = None
    since_headline: int | None = None
    for element in tree.iter():
        if since_headline is not None:
            since_headline += 1
            if since_headline > _AFTER_H1 and first is not None:
                return first
        if element.tag == "h1" and since_headline is None:
            since_headline = 0
        elif element.tag == "time" and not _labelled_update(element):
            if since_headline is not None and since_headline <= _AFTER_H1:
                return element
            first = first if first is not None else element
    return first


def _labelled_update(element: lxml.html.HtmlElement) -> bool:
    """Whether the text just before ``element`` labels it as an update ("Updated:").

    Only the last ``_LABEL_REACH`` characters before it count, read from at most
    ``_MAX_CHILDREN`` preceding siblings: each element's look back is bounded, so a page of
    thousands of dates costs time in proportion to its size.
    """
    parent = element.getparent()
    if parent is None:
        return False
    parts: list[str] = []
    size = 0
    for sibling in element.itersiblings(preceding=True):
        if len(parts) == _MAX_CHILDREN or size >= _LABEL_REACH:
            break
        part = f"{sibling.text_content()}{sibling.tail or ''}"
        parts.append(part)
        size += len(part)
    else:
        parts.append(parent.text or "")
    before = "".join(reversed(parts))
    return bool(_UPDATED.search(before[-_LABEL_REACH:]))


class ShownDays:
    """The publication and update days a page shows, each by this module's order.

    Each is searched for when first asked, and the page is read once for both: the reader
    may ask for them at two points of its work.

    Args:
        tree: The parsed page.
    """

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        self._tree = tree

    @functools.cached_property
    def published(self) -> dt.date | None:
        """The publication day the page shows."""
        return self._search(updated=False)

    @functools.cached_property
    def updated(self) -> dt.date | None:
        """The day of the last update the page shows."""
        return self._search(updated=True)

    @functools.cached_property
    def _lines(self) -> dict[lxml.html.HtmlElement, str]:
        return _date_lines(self._tree)

    @functools.cached_property
    def _labelled(self) -> list[lxml.html.HtmlElement]:
        """The elements with a date line whose class or id names a date, time or byline."""
        return [
            element
            for element in self._lines
            if _DATE_NAMES.search(f"{element.get('class') or ''} {element.get('id') or ''}")
        ]

    @functools.cached_property
    def _around_headline(self) -> list[lxml.html.HtmlElement]:
        """The shown elements just after the first ``<h1>``, then those just before it
        from the nearest; none without one."""
        before: collections.deque[lxml.html.HtmlElement] = collections.deque(maxlen=_BEFORE_H1)
        shown = (e for e in self._tree.iter(etree.Element) if e.tag not in _NOT_SHOWN)
        for element in shown:
            if element.tag == "h1":
                return [*itertools.islice(shown, _AFTER_H1), *reversed(before)]
            before.append(element)
        return []

    def _day(
        self, element: lxml.html.HtmlElement, longest: int, *, updated: bool
    ) -> dt.date | None:
        """The publication (or update) day an element shows, its label read from its own
        text or from the text just before it ("Last updated: <span>May 2</span>")."""
        text = self._lines.get(element)
        if not text or len(text) > longest:
            return None
        label = _UPDATED.search(text)
        if label:  # a day before the label is the publication day, one after it the update
            return parse_day(text[label.end() :] if updated else text[: label.start()])
        found = parse_day(text)  # an update's day where the text before the element says so
        if found is None or _labelled_update(element) != updated:
            return None
        return found

    def _search(self, *, updated: bool) -> dt.date | None:
        """The first day by the order in the module docstring."""
        for element in self._labelled:
            found = self._day(element, _MAX_LABELLED, updated=updated)
            if found:
                return found
        for element in self._around_headline:
            found = self._day(element, _MAX_NEAR, updated=updated)
            if found:
                return found
        for element, text in self._lines.items():
            found = self._day(element, _MAX_NEAR, updated=updated)
            if found and len(_LABEL_WORDS.sub("", _MONTH_WORDS.sub("", text))) <= _LEFT_OVER:
                return found
        return None


def _date_lines(tree: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, str]:
    """The shown elements that may be a line with a date in it, with their texts (see
    :func:`_date_line`), in page order.

    A container (an element with more than ``_MAX_CHILDREN`` children) or an element not
    shown has no date line: its text is not read, its children are. An element whose text
    has no year in it has no date line, and neither has any element inside it, whose text
    is part of its own: only the elements around the page's few years are read.
    """
    lines = {}
    stack = [tree]
    while stack:
        element = stack.pop()
        children = len(element)
        if children <= _MAX_CHILDREN and element.tag not in _NOT_SHOWN:
            # a leaf's text is all its text: lxml's text_content() (an XPath call) costs more
            text = element.text_content() if children else element.text or ""
            if not may_name_a_day(text):
                continue
            line = _date_line(text)
            if line:
                lines[element] = line
        stack.extend(element.iterchildren(etree.Element, reversed=True))
    return lines


def _date_line(text: str) -> str:
    """A small element's text, its whitespace collapsed, if it is short enough to be a line
    with a date in it; else ""."""
    if len(text) > _PEEK and len(collapse(text[:_PEEK])) > _MAX_LABELLED:
        return ""  # a part of the text is too long already, and the whole is no shorter
    line = collapse(text)
    return line if len(line) <= _MAX_LABELLED else ""


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None

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

import datetime as dt
import re

import lxml.html

from ..._dates import MONTH_PATTERN, MONTHS, parse_day

__all__ = ["day_in_url", "days_in_page", "publication_time"]

_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_DAY_NAMED = re.compile(
    rf"/((?:19|20)\d\d)/({MONTH_PATTERN})/(0?[1-9]|[12]\d|3[01])(?:/|$)", re.I
)
_DATE_NAMES = re.compile(r"date|time|posted|publish|byline|meta|timestamp", re.I)
_UPDATED = re.compile(r"updat|modif|edited|revised|aktualisiert|mis à jour", re.I)
_DIGIT = re.compile(r"\d")
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


def day_in_url(url: str | None) -> dt.date | None:
    """The day a URL's path names, as in ``/2025/09/04/`` or ``/2025/september/04/``."""
    path = (url or "").split("?", 1)[0]
    match = _URL_DAY.search(path)
    if match:
        return _day(*match.groups())
    match = _URL_DAY_NAMED.search(path)
    if match:
        return _day(match.group(1), str(MONTHS[match.group(2).lower()]), match.group(3))
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


def _labelled_update(time: lxml.html.HtmlElement) -> bool:
    parent = time.getparent()
    if parent is None:
        return False
    siblings = reversed(list(time.itersiblings(preceding=True)))
    before = (parent.text or "") + "".join(f"{s.text_content()}{s.tail or ''}" for s in siblings)
    return bool(_UPDATED.search(before[-60:]))


def days_in_page(
    tree: lxml.html.HtmlElement, *, published: bool = True, updated: bool = True
) -> tuple[dt.date | None, dt.date | None]:
    """The publication and update days the page shows, each by this module's order.

    Args:
        tree: The parsed page.
        published: Whether to look for the publication day.
        updated: Whether to look for the day of the last update.
    """
    if not (published or updated):
        return None, None
    page = _Page([e for e in tree.iter() if isinstance(e.tag, str) and e.tag not in _NOT_SHOWN])
    return (
        page.search(updated=False) if published else None,
        page.search(updated=True) if updated else None,
    )


class _Page:
    """The page's shown elements, with the short texts of small ones read once."""

    def __init__(self, shown: list[lxml.html.HtmlElement]) -> None:
        self.shown = shown
        self._texts: dict[int, str] = {}
        self.labelled = [
            index
            for index, element in enumerate(shown)
            if _DATE_NAMES.search(f"{element.get('class') or ''} {element.get('id') or ''}")
        ]
        self.headline = next((i for i, e in enumerate(shown) if e.tag == "h1"), None)

    def text(self, index: int) -> str:
        """The element's text when it is small enough to be a date line and has a digit
        (every written day has one), else ""."""
        if index not in self._texts:
            element = self.shown[index]
            short = len(element) <= _MAX_CHILDREN
            text = " ".join(element.text_content().split()) if short else ""
            dated = len(text) <= _MAX_LABELLED and _has_digit(text)
            self._texts[index] = text if dated else ""
        return self._texts[index]

    def day(self, index: int, longest: int, *, updated: bool) -> dt.date | None:
        """The publication (or update) day an element shows, its label read from its own
        text or from the text just before it ("Last updated: <span>May 2</span>")."""
        text = self.text(index)
        if not text or len(text) > longest:
            return None
        found = _shown_day(text, longest, updated=updated)
        if _UPDATED.search(text):
            return found
        if updated:
            shown = _shown_day(text, longest, updated=False)
            return shown if shown and _labelled_update(self.shown[index]) else None
        return None if found and _labelled_update(self.shown[index]) else found

    def search(self, *, updated: bool) -> dt.date | None:
        """The first day by the order in the module docstring."""
        for index in self.labelled:
            found = self.day(index, _MAX_LABELLED, updated=updated)
            if found:
                return found
        headline = self.headline
        if headline is not None:
            after = range(headline + 1, min(headline + 1 + _AFTER_H1, len(self.shown)))
            before = range(headline - 1, max(headline - _BEFORE_H1, 0) - 1, -1)
            for index in (*after, *before):
                found = self.day(index, _MAX_NEAR, updated=updated)
                if found:
                    return found
        for index in range(len(self.shown)):
            found = self.day(index, _MAX_NEAR, updated=updated)
            text = self.text(index)
            if found and len(_LABEL_WORDS.sub("", _MONTH_WORDS.sub("", text))) <= _LEFT_OVER:
                return found
        return None


def _shown_day(text: str, longest: int, *, updated: bool) -> dt.date | None:
    """The day written before an "updated" label, or (``updated``) after one."""
    if not text or len(text) > longest or not _has_digit(text):
        return None
    label = _UPDATED.search(text)
    if updated:
        return parse_day(text[label.end() :]) if label else None
    return parse_day(text[: label.start()] if label else text)


def _has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, in C for ASCII text (``\\d`` is a subset)."""
    if _DIGIT.search(text):
        return True
    return not text.isascii() and any(ch.isdigit() for ch in text)


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None

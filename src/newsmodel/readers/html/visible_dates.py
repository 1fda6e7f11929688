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

__all__ = ["day_in_url", "days_in_page"]

_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|$|[-_])"
)
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
    shown = [e for e in tree.iter() if isinstance(e.tag, str) and e.tag not in _NOT_SHOWN]
    return (
        _search(shown, updated=False) if published else None,
        _search(shown, updated=True) if updated else None,
    )


def _search(shown: list[lxml.html.HtmlElement], *, updated: bool) -> dt.date | None:
    for element in shown:
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _DATE_NAMES.search(names):
            found = _shown_day(element, _MAX_LABELLED, updated=updated)
            if found:
                return found
    headline = next((i for i, e in enumerate(shown) if e.tag == "h1"), None)
    if headline is not None:
        after = shown[headline + 1 : headline + 1 + _AFTER_H1]
        before = shown[max(headline - _BEFORE_H1, 0) : headline][::-1]
        for element in (*after, *before):
            found = _shown_day(element, _MAX_NEAR, updated=updated)
            if found:
                return found
    for element in shown:
        found = _shown_day(element, _MAX_NEAR, updated=updated)
        if found and len(_LABEL_WORDS.sub("", _without_day(element))) <= _LEFT_OVER:
            return found
    return None


def _without_day(element: lxml.html.HtmlElement) -> str:
    text = " ".join(element.text_content().split())
    return _MONTH_WORDS.sub("", text).strip()


def _shown_day(element: lxml.html.HtmlElement, longest: int, *, updated: bool) -> dt.date | None:
    """The day written before an "updated" label, or (``updated``) after one."""
    text = " ".join(element.text_content().split())
    if not text or len(text) > longest:
        return None
    label = _UPDATED.search(text)
    if updated:
        return parse_day(text[label.end() :]) if label else None
    return parse_day(text[: label.start()] if label else text)


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None

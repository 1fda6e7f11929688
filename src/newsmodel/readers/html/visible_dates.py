"""Publication days a page shows but does not mark up: in its URL, or in a dateline element.

Only unambiguous forms are read: ``/2025/09/04/`` in the URL, and in a short text of an
element whose class or id names a date, time or byline: ISO ``2025-09-04``,
``04.09.2025``, and English month names ("September 4, 2025", "4 Sept. 2025"). Forms like
``03/04/2025`` are left alone: which is the month cannot be known.
"""

from __future__ import annotations

import datetime as dt
import re

import lxml.html

__all__ = ["day_in_page", "day_in_url"]

_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|$|[-_])"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_FORMS = (
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"), ("d", "m", "y")),
    (
        re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I),
        ("mn", "d", "y"),
    ),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.I),
        ("d", "mn", "y"),
    ),
)
_DATE_NAMES = re.compile(r"date|time|posted|publish|byline|meta|timestamp", re.I)


def day_in_url(url: str | None) -> dt.date | None:
    """The day a URL's path names, as in ``/2025/09/04/``."""
    match = _URL_DAY.search(url or "")
    return _day(match.group(1), match.group(2), match.group(3)) if match else None


def day_in_page(tree: lxml.html.HtmlElement) -> dt.date | None:
    """The first day written in a short text of a date, time or byline element."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "head"):
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _DATE_NAMES.search(names):
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > 120:
            continue
        found = parse_day(text)
        if found:
            return found
    return None


def parse_day(text: str) -> dt.date | None:
    """The first unambiguous day written in ``text``."""
    for pattern, order in _FORMS:
        match = pattern.search(text)
        if match:
            parts = dict(zip(order, match.groups(), strict=True))
            month = parts.get("m") or str(_MONTHS[parts["mn"].lower()])
            found = _day(parts["y"], month, parts["d"])
            if found:
                return found
    return None


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None

"""Dates as pages write them: ISO 8601 first, then unambiguous written days.

A date-time with a UTC offset is kept whole; one without is cut to its day, since
guessing its zone would be wrong. Written days are read only in forms where month and day
cannot be confused: ISO ``2025-09-04``, ``04.09.2025``, and English month names
("September 4, 2025", "4 Sept. 2025", "Oct 31, 2025"). ``03/04/2025`` is left alone.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.parser import isoparse

__all__ = ["MONTHS", "MONTH_PATTERN", "may_name_a_day", "parse_day", "parse_moment"]

MONTHS = {
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
"""English month names and abbreviations, lower-cased, to month numbers."""
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
"""English month names and their abbreviations, longest first, for a regular expression."""
_MONTH = MONTH_PATTERN
_YEAR = r"(?:19|20)\d\d"  # every form below has one
_FORMS = (
    (re.compile(rf"(?<!\d)({_YEAR})-(\d\d)-(\d\d)(?!\d)"), ("y", "m", "d")),
    (re.compile(rf"\b(\d{{1,2}})\.(\d{{1,2}})\.({_YEAR})\b"), ("d", "m", "y")),
    (
        re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})\b", re.I),
        ("mn", "d", "y"),
    ),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+({_YEAR})\b", re.I),
        ("d", "mn", "y"),
    ),
)
_A_YEAR = re.compile(_YEAR)
_MAX_WRITTEN = 80  # a longer value is prose, not a date


def parse_moment(text: str | None) -> dt.datetime | dt.date | None:
    """An aware date-time, else the day ``text`` names, else None (never a guess)."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        parsed = isoparse(text)
    except (ValueError, OverflowError):
        return parse_day(text) if len(text) <= _MAX_WRITTEN else None
    return parsed if parsed.utcoffset() is not None else parsed.date()


def day_of(moment: dt.datetime | dt.date) -> dt.date:
    """The day a date-time falls on (as written, in its own zone), or the day itself."""
    return moment.date() if isinstance(moment, dt.datetime) else moment


def may_name_a_day(text: str) -> bool:
    """Whether :func:`parse_day` can find a day in ``text`` or in any part of it: every form
    it reads has a four-digit year, and one regular expression rules most texts out."""
    return _A_YEAR.search(text) is not None


def parse_day(text: str) -> dt.date | None:
    """The first unambiguous day written in ``text``."""
    for pattern, order in _FORMS:
        match = pattern.search(text)
        if match:
            parts = dict(zip(order, match.groups(), strict=True))
            # re.IGNORECASE also matches "ſep" (long s) or "aprıl" (dotless i), which no
            # lower-casing turns into a month's name
            month = parts.get("m") or str(MONTHS.get(parts["mn"].lower(), ""))
            found = _day(parts["y"], month, parts["d"]) if month else None
            if found:
                return found
    return None


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None

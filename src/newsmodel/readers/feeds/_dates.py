"""The dates feeds write: RFC 822 (RSS), ISO 8601 / RFC 3339 (Atom, JSON Feed, ``dc:date``).

RFC 3339 and W3C date-times are read as sitemaps' are
(:func:`newsmodel._w3cdates.match_w3c_date`); other ISO 8601 forms (a space before the
time, the basic format) by dateutil.

RFC 822 dates are read with their named zones (``GMT``, ``UT``, ``Z``, ``EST``, ``PDT``...)
and numeric offsets, the weekday optional, two-digit years taken as 19xx or 20xx as
RFC 2822 says. RFC 822 got the signs of its one-letter military zones backwards, so
RFC 2822 asks that every letter but ``Z`` be taken as no zone at all: so it is here.
Other abbreviations (``CEST``, ``BST``, ``IST``) are not guessed at: some name several
zones, and a list of them would be a guess too. A date-time with no zone is cut to its
day, as everywhere in newsmodel, and the caller is told so.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.parser import isoparse

from ..._w3cdates import ParsedDate, match_w3c_date

__all__ = ["parse_feed_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ZONES = {
    "ut": 0, "utc": 0, "gmt": 0, "z": 0,
    "edt": -4, "est": -5, "cdt": -5, "cst": -6, "mdt": -6, "mst": -7, "pdt": -7, "pst": -8,
}  # fmt: skip
_RFC822 = re.compile(
    r"""^\s*(?:[a-z]{2,9}\.?\s*,?\s*)?            # the weekday
    (\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})  # day, month, year
    (?:\s*,?\s*(?:t|\s)\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?  # time
    \s*(?:([+-])(\d{2}):?(\d{2})|([a-z]{1,5})(?![a-z]))?)?  # zone
    \s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_ISO_START = re.compile(r"^\s*\d{4}-?\d\d")
_ISO_DAY = len("2026-12-09")  # an ISO date this long names a day, and no time to zone


def parse_feed_date(text: str) -> ParsedDate:
    """The date ``text`` names, in RFC 822 or ISO 8601 form, whichever it is written in."""
    if _ISO_START.match(text):
        return _iso(text.strip())
    found = _RFC822.match(text)
    if found is None:
        return ParsedDate(None, "is not a date")
    day, month_name, year_text, hour, minute, second, sign, hours, minutes, zone = found.groups()
    month = _MONTHS.get(month_name.lower())
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 50 else 1900
    try:
        if month is None:
            raise ValueError(month_name)
        if hour is None:
            return ParsedDate(dt.date(year, month, int(day)))
        offset = _offset(sign, hours, minutes, zone)
        moment = dt.datetime(
            year, month, int(day), int(hour), int(minute), int(second or 0), tzinfo=offset
        )
    except (ValueError, OverflowError):
        return ParsedDate(None, "is not a date")
    if offset is None and zone is not None:
        return ParsedDate(moment.date(), f"{_unguessed(zone)}; the day is kept")
    return _with_zone(moment)


def _iso(text: str) -> ParsedDate:
    found = match_w3c_date(text)
    if found is not None:
        return found
    try:
        moment = isoparse(text)
    except (ValueError, OverflowError):
        return ParsedDate(None, "is not a date")
    if len(text) <= _ISO_DAY:
        return ParsedDate(moment.date())
    return _with_zone(moment)


def _offset(
    sign: str | None, hours: str | None, minutes: str | None, zone: str | None
) -> dt.tzinfo | None:
    if sign is not None and hours is not None and minutes is not None:
        delta = dt.timedelta(hours=int(hours), minutes=int(minutes))
        return dt.timezone(-delta if sign == "-" else delta)
    named = _ZONES.get((zone or "").lower())
    return None if named is None else dt.timezone(dt.timedelta(hours=named))


def _unguessed(zone: str) -> str:
    """Why a named zone gave no offset: RFC 2822's rule for military letters, or one of
    the many abbreviations (CEST, BST, IST) newsmodel does not guess at, as several mean
    more than one zone (IST: India, Ireland, Israel)."""
    if len(zone) == 1:
        return f"{zone.upper()} is a military zone letter RFC 2822 reads as no zone"
    return f"{zone.upper()} is a zone abbreviation newsmodel does not guess"


def _with_zone(moment: dt.datetime) -> ParsedDate:
    if moment.utcoffset() is None:
        return ParsedDate(moment.date(), "names no time zone; the day is kept")
    return ParsedDate(moment)

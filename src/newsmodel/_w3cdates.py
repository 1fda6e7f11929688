"""W3C date-times (www.w3.org/TR/NOTE-datetime), the profile of ISO 8601 that sitemaps
(``<lastmod>``) and Google News sitemaps (``<news:publication_date>``) require, and whose
full form is RFC 3339's (Atom, JSON Feed): read leniently, written exactly."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ._dates import parse_moment

__all__ = ["ParsedDate", "is_w3c_date", "match_w3c_date", "parse_w3c_date", "w3c_date"]

_W3C = re.compile(
    r"""(?P<year>\d{4})
        (?:-(?P<month>\d{2})
          (?:-(?P<day>\d{2})
            (?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<fraction>\d+))?)?
               (?P<zone>Z|[+-]\d{2}:\d{2})?)?)?)?""",
    re.VERBOSE | re.ASCII,
)


@attrs.frozen
class ParsedDate:
    """What a date-time text gives: the value the model can hold, and what was wrong with
    the text, if anything (for a warning; the caller adds that a value of None is left
    out)."""

    value: dt.datetime | dt.date | None
    problem: str | None = None


def is_w3c_date(text: str) -> bool:
    """Whether ``text`` is in one of the W3C formats that name at least a day, with a
    time zone wherever it has a time (what Google asks of a news sitemap)."""
    found = parse_w3c_date(text)
    return found.value is not None and found.problem is None


def parse_w3c_date(text: str) -> ParsedDate:
    """The aware date-time or the day ``text`` names.

    A time without a zone keeps its day (its moment is unknown); a year or a month alone
    gives nothing (the model holds no partial dates); another format that names a moment
    or a day unambiguously is read, and said to be no W3C date.
    """
    text = text.strip()
    found = match_w3c_date(text)
    if found is not None:
        return found
    value = parse_moment(text) if len(text) <= 80 else None
    if value is None:
        return ParsedDate(None, "is not a date")
    return ParsedDate(value, "is not in the W3C date format; read anyway")


def match_w3c_date(text: str) -> ParsedDate | None:
    """What ``text`` names if it is written in a W3C format (RFC 3339's among them), as
    :func:`parse_w3c_date` reads it; None if it is written otherwise."""
    match = _W3C.fullmatch(text)
    if match is None:
        return None
    if not match["day"]:
        return ParsedDate(None, "names no day (only a year or a month)")
    try:
        day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        if match["hour"] is None:
            return ParsedDate(day)
        if not match["zone"]:
            return ParsedDate(day, "names no time zone; the day is kept")
        fraction = (match["fraction"] or "0")[:6].ljust(6, "0")
        moment = dt.datetime(
            day.year,
            day.month,
            day.day,
            int(match["hour"]),
            int(match["minute"]),
            int(match["second"] or 0),
            int(fraction),
            tzinfo=_zone(match["zone"]),
        )
    except ValueError as error:
        return ParsedDate(None, f"is not a real date or time ({error})")
    return ParsedDate(moment)


def _zone(text: str) -> dt.timezone:
    if text == "Z":
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    hours, minutes = int(text[1:3]), int(text[4:6])
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def w3c_date(value: dt.datetime | dt.date) -> str:
    """``value`` in the W3C format: a day as ``YYYY-MM-DD``; a moment with seconds (and a
    fraction, if it has one) and its zone, ``Z`` for UTC. A zone the format cannot write
    (an offset in seconds) is written in UTC instead."""
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    offset = value.utcoffset()
    if offset is None or offset.seconds % 60 or offset.microseconds:
        value = value.astimezone(dt.timezone.utc)
        offset = dt.timedelta(0)
    text = value.replace(tzinfo=None).isoformat(timespec="auto")
    if not offset:
        return text + "Z"
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(offset) // dt.timedelta(minutes=1)
    return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"

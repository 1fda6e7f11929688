"""Literal values as schema.org and Google read them: ISO 8601 dates, URLs, numbers.

Parsing is strict and never guesses: ``"04/09/2025"`` is not a date, and a date-time
without an offset is reported as such rather than given one.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

import attrs

__all__ = ["LITERAL_TYPES", "Moment", "fits", "is_absolute_http_url", "number", "parse_moment"]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_TIME = r"(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
_OFFSET = r"(Z|[+-]\d{2}(?::?\d{2})?)?"
_DATETIME = re.compile(rf"^(\d{{4}})-(\d{{2}})-(\d{{2}})[T ]{_TIME}{_OFFSET}$", re.IGNORECASE)
_TIME_ONLY = re.compile(rf"^{_TIME}{_OFFSET}$", re.IGNORECASE)
_DURATION = re.compile(
    r"^P(?!$)(?:\d+(?:[.,]\d+)?[YMWD])*(?:T(?=\d)(?:\d+(?:[.,]\d+)?[HMS])+)?$", re.IGNORECASE
)
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_QUANTITY = re.compile(r"^\s*[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)\s*[^\d\s]*\s*$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:\S", re.IGNORECASE)
_TRUE = frozenset({"true", "https://schema.org/True", "http://schema.org/True", "schema:True"})
_FALSE = frozenset(
    {"false", "https://schema.org/False", "http://schema.org/False", "schema:False"}
)


@attrs.frozen
class Moment:
    """A parsed ISO 8601 date or date-time.

    Args:
        day: The calendar day written.
        time: The date-time, when a time was written (naive when no offset was).
        has_offset: Whether a UTC offset (or ``Z``) was written.
    """

    day: dt.date
    time: dt.datetime | None = None
    has_offset: bool = False

    def before(self, other: Moment) -> bool:
        """Whether this moment is earlier; by the day unless both are offset date-times."""
        if self.time and other.time and self.has_offset == other.has_offset:
            return self.time < other.time
        return self.day < other.day


def parse_moment(text: str) -> Moment | None:
    """Parse an ISO 8601 date (``2025-09-04``) or date-time; None if it is neither.

    Reduced dates (``2025``, ``2025-09``) are dates of their first day.
    """
    text = text.strip()
    match = _DATE.match(text)
    if match:
        year, month, day = (int(part) if part else 1 for part in match.groups())
        try:
            return Moment(dt.date(year, month, day))
        except ValueError:
            return None
    match = _DATETIME.match(text)
    if not match:
        return None
    year, month, day, hour, minute = (int(part) for part in match.groups()[:5])
    second = int(match.group(6) or 0)
    fraction = match.group(7) or ""
    offset = match.group(8)
    try:
        tz = _timezone(offset) if offset else None
        moment = dt.datetime(
            year,
            month,
            day,
            hour if hour != 24 else 0,
            minute,
            min(second, 59),
            int((fraction + "000000")[:6]),
            tzinfo=tz,
        )
    except ValueError:
        return None
    if hour == 24:
        if minute or second or fraction.strip("0"):
            return None
        moment += dt.timedelta(days=1)
    return Moment(moment.date(), moment, offset is not None)


def _timezone(offset: str) -> dt.timezone:
    if offset.upper() == "Z":
        return dt.timezone.utc
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(offset)
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def is_absolute_http_url(text: str) -> bool:
    """Whether ``text`` is an absolute http(s) URL with a host, and no spaces."""
    from .._checks import url_problem

    return url_problem(text) is None


def _is_url(value: object) -> bool:
    """An absolute URI (any scheme), or a relative reference starting ``/ ./ ../ ? #``."""
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        return False
    return bool(_SCHEME.match(value)) or value.startswith(("/", "./", "../", "?", "#"))


def number(value: object) -> float | None:
    """A JSON number, or a string holding one, as a float; None otherwise (and for bools)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str) and _NUMBER.match(value.strip()):
        return float(value)
    return None


def _is_integer(value: object) -> bool:
    found = number(value)
    return found is not None and found.is_integer()


def _is_boolean(value: object) -> bool:
    if isinstance(value, bool):
        return True
    return isinstance(value, str) and (
        value.strip().lower() in ("true", "false") or value in _TRUE | _FALSE
    )


def _is_literal(value: object) -> bool:
    return isinstance(value, (str, int, float, bool))


def _is_date(value: object) -> bool:
    moment = parse_moment(value) if isinstance(value, str) else None
    return moment is not None and moment.time is None


def _is_datetime(value: object) -> bool:
    moment = parse_moment(value) if isinstance(value, str) else None
    return moment is not None and moment.time is not None


def _is_time(value: object) -> bool:
    match = _TIME_ONLY.match(value.strip()) if isinstance(value, str) else None
    if not match:
        return False
    hour, minute, second = (int(part or 0) for part in match.groups()[:3])
    return hour < 24 and minute < 60 and second < 61


def _is_duration(value: object) -> bool:
    return isinstance(value, str) and bool(_DURATION.match(value.strip()))


def _is_quantity(value: object) -> bool:
    """A number, or text that starts with one (``"1200"``, ``"3 kg"``, ``"12.5 cm"``)."""
    if number(value) is not None:
        return True
    return isinstance(value, str) and bool(_QUANTITY.match(value))


#: The schema.org types a literal (a JSON string, number or boolean) can be, with the
#: test a literal must pass to be one. Any literal can be written as text; quantities
#: (``width``'s ``Distance``) may be a bare number or a number with its unit.
LITERAL_TYPES: dict[str, Callable[[object], bool]] = {
    "Text": _is_literal,
    "PronounceableText": _is_literal,
    "CssSelectorType": _is_literal,
    "XPathType": _is_literal,
    "URL": _is_url,
    "Date": _is_date,
    "DateTime": _is_datetime,
    "Time": _is_time,
    "Number": lambda value: number(value) is not None,
    "Float": lambda value: number(value) is not None,
    "Integer": _is_integer,
    "Boolean": _is_boolean,
    "Duration": _is_duration,
    "Quantity": _is_quantity,
    "Distance": _is_quantity,
    "Energy": _is_quantity,
    "Mass": _is_quantity,
}


def fits(value: object, kind: str) -> bool:
    """Whether the literal ``value`` is a valid ``kind`` (a schema.org data type name)."""
    test = LITERAL_TYPES.get(kind)
    return test is not None and test(value)

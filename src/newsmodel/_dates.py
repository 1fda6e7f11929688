"""Dates as pages write them: ISO 8601 first, then unambiguous written days.

A date-time with a UTC offset is kept whole; one without is cut to its day, since
guessing its zone would be wrong. Written days are read only in forms where month and day
cannot be confused: ISO ``2025-09-04``, ``04.09.2025``, ``2025/09/04``, a month's name in
any language of :mod:`newsmodel._month_names` ("September 4, 2025", "4 Sept. 2025",
"4 septembre 2025", "4. September 2025", "4 de septiembre de 2025", "4 сентября 2025",
"4 أيلول 2025", "2025. szeptember 4."), and the year-month-day markers of Chinese, Japanese
and Korean (``2025年9月4日``). Arabic-Indic and full-width digits read as digits. ``03/04/2025`` is
left alone, and so are "yesterday" and a day without its year.

The names are our own tables, not a date library's: ``dateparser`` takes 2 to 50 ms a
call on the dev corpora's date lines (this module: 5 to 15 µs), reads ``03/04/2025`` as
March 4 even in its strict mode, and turns "CET" into +01:00 in September.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from dateutil.parser import isoparse

from ._month_names import MONTH_NAMES
from ._wordtrie import trie_pattern

__all__ = [
    "ANY_MONTH_PATTERN",
    "MONTH_PATTERN",
    "may_name_a_day",
    "month_of",
    "parse_day",
    "parse_moment",
]


def _pattern(names: set[str]) -> str:
    """An expression matching any of ``names``, a space in one matching any white space."""
    return trie_pattern(names, space=r"\s+")


def _key(name: str) -> str:
    """How a month's name is looked up: lower case, without accents, one space inside."""
    decomposed = unicodedata.normalize("NFD", " ".join(name.lower().split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _month_table() -> dict[str, int]:
    """Every language's names, as :func:`_key` makes them, to month numbers; upper-cased
    first too, so that ``KASIM`` (Turkish ``kasım``) reads. No name may name two months."""
    table: dict[str, int] = {}
    for language, months in MONTH_NAMES.items():
        for number, names in enumerate(months, start=1):
            for name in names:
                for key in {_key(name), _key(name.upper())}:
                    if table.setdefault(key, number) != number:
                        raise ValueError(f"{language} {name!r} names two months")
    return table


_ALL_MONTHS = _month_table()
MONTH_PATTERN = _pattern({name for names in MONTH_NAMES["en"] for name in names})
"""English month names and their abbreviations, for a case-insensitive regular expression
(a byline's "on Sept. 4" ends the names before it)."""


ANY_MONTH_PATTERN = _pattern(
    {name for months in MONTH_NAMES.values() for names in months for name in names}
    | set(_ALL_MONTHS)
)
"""Month names in every language :mod:`newsmodel._month_names` lists, with and without
accents, for a case-insensitive regular expression (see :func:`month_of`)."""


def month_of(name: str) -> int | None:
    """The month ``name`` names in any listed language, in any case, with or without its
    accents; None for a text ``re.IGNORECASE`` matched but no month is ("ſep", "aprıl")."""
    return _ALL_MONTHS.get(_key(name))


_DIGITS = str.maketrans(
    {chr(zero + n): str(n) for zero in (0x0660, 0x06F0, 0xFF10) for n in range(10)} | {"،": ","}
)  # Arabic-Indic, Persian and full-width digits; the Arabic comma ("15 نوفمبر، 2024")
_YEAR = r"(?:19|20)\d\d"  # every form below has one
_MONTH = rf"(?:{ANY_MONTH_PATTERN})"
_FORMS = (
    (re.compile(rf"(?<!\d)({_YEAR})-(\d\d)-(\d\d)(?!\d)"), ("y", "m", "d")),
    (re.compile(rf"\b(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?({_YEAR})(?!\d)"), ("d", "m", "y")),
    (
        re.compile(
            rf"\b({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})(?!\d)", re.I
        ),
        ("mn", "d", "y"),
    ),
    (  # "4 Sept. 2025", "1er mars", "4. September", "4 de septiembre de", "4 d'abril",
        # "4-Sep-2025", "4 أيلول/سبتمبر 2025" (the two names must agree)
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er|º)?(?:\.\s*|-|\s+)(?:de\s+|d['’]\s*)?"
            rf"({_MONTH})[.׳']?(?:\s*[/(]\s*({_MONTH})\s*\)?)?(?:,?\s+|-|,)(?:del?\s+)?({_YEAR})(?!\d)",
            re.I,
        ),
        ("d", "mn", "mn2", "y"),
    ),
    (  # the month first in Spanish, as Colombia writes it: "agosto 03 de 2016"
        re.compile(rf"(?<!\w)({_MONTH})\s+(\d{{1,2}})\s+de\s+({_YEAR})(?!\d)", re.I),
        ("mn", "d", "y"),
    ),
    (  # Hungarian "2025. szeptember 4.", Lithuanian "2025 m. rugsėjo 4 d."
        re.compile(rf"(?<!\d)({_YEAR})(?:\.|\s+m\.)\s*({_MONTH})\.?\s+(\d{{1,2}})(?![\d:])", re.I),
        ("y", "mn", "d"),
    ),
    (  # Chinese and Japanese 2025年9月4日, Korean 2025년 9월 4일
        re.compile(rf"(?<!\d)({_YEAR})\s*[年년]\s*(\d{{1,2}})\s*[月월]\s*(\d{{1,2}})\s*[日일]"),
        ("y", "m", "d"),
    ),
    (  # the year first, then month and day: 2025/09/04 (Japan, China), 2025.09.04,
        # Korean 2025. 9. 4.; no one writes the day before the month after a year
        re.compile(
            rf"(?<![\d./])({_YEAR})(?:([/.])|\.\s)(\d{{1,2}})(?:\2|\.\s)(\d{{1,2}})(?![\d/]|\.\d)"
        ),
        ("y", "between", "m", "d"),
    ),
)
_A_YEAR = re.compile(r"(?:19|20|١٩|٢٠|۱۹|۲۰|１９|２０)\d\d")
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
    """The first unambiguous day written in ``text``; in Chinese, a year of the Republic
    of China's calendar too ("發布日期：114-03-05" is 5 March 2025)."""
    text = text if text.isascii() else text.translate(_DIGITS)
    if "19" in text or "20" in text:  # every form holds a year (_YEAR), most lines neither
        for pattern, order in _FORMS:
            for match in pattern.finditer(text):
                found = _day_of(dict(zip(order, match.groups(), strict=True)))
                if found:
                    return found
    if not text.isascii() and _CJK.search(text):
        republic = _REPUBLIC_DAY.search(text)
        if republic:
            year, month, day = republic.groups()
            return _day(str(int(year) + _REPUBLIC_EPOCH), month, day)
    return None


_CJK = re.compile(r"[\u3400-\u9fff]")
# A day of the Republic of China's calendar, as Taiwan's offices write it: a year of three
# figures from its first year, 1912 ("114-03-05", "114/3/5", "114年3月5日").
_REPUBLIC_DAY = re.compile(r"(?<!\d)(1[0-4]\d)(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})(?!\d)")
_REPUBLIC_EPOCH = 1911


def _day_of(parts: dict[str, str | None]) -> dt.date | None:
    """The day a match's parts name: a named month must be one of the tables' (re.IGNORECASE
    also matches "ſep" or "aprıl"), and a second name must name the same month."""
    month = parts.get("m")
    if month is None:
        number = month_of(parts["mn"] or "")
        second = parts.get("mn2")
        if number is None or (second is not None and month_of(second) != number):
            return None
        month = str(number)
    return _day(parts["y"] or "", month, parts["d"] or "")


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None

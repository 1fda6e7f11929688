"""Moments and days for the Hypothesis strategies, spread the way news archives are.

Archives run from the mid-1990s to today, at any minute of the day, in the offsets time
zones use. A moment is one number drawn from Hypothesis, scattered over the whole range
(Fibonacci hashing): Hypothesis draws small numbers far more often than large ones, even
in a range of a few thousand, so a number used as it is (the seconds since 1995) put most
moments in the first hours of 1995, in UTC. One draw is also one choice for Hypothesis
to shrink and explain. 0 stays 0: a failing example shrinks to the first day, midnight,
UTC.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

__all__ = ["ARCHIVE_END", "ARCHIVE_START", "OFFSETS", "ZONES", "days", "moments"]

ARCHIVE_START = dt.datetime(1995, 1, 1)
"""The first moment the strategies' articles are published at, as news sites went online."""
ARCHIVE_END = dt.datetime(2026, 12, 31, 23, 59, 59)
"""The last: archives end today, and this is a fixed day so that a failing example
replays the same year after year."""

# The offsets from UTC zones have used since 1995 (the tz database), half and three-quarter
# hours among them; UTC first, then nearer offsets before farther ones, which is what
# shrinking aims at.
_MINUTES = (
    *range(-12 * 60, 14 * 60 + 1, 60),
    -9 * 60 - 30,  # Marquesas
    -3 * 60 - 30,  # Newfoundland
    -2 * 60 - 30,  # Newfoundland in summer
    3 * 60 + 30,  # Iran
    4 * 60 + 30,  # Afghanistan
    5 * 60 + 30,  # India, Sri Lanka
    5 * 60 + 45,  # Nepal
    6 * 60 + 30,  # Myanmar
    8 * 60 + 45,  # Eucla
    9 * 60 + 30,  # South Australia
    10 * 60 + 30,  # Lord Howe, South Australia in summer
    12 * 60 + 45,  # Chatham Islands
    13 * 60 + 45,  # Chatham Islands in summer
)
OFFSETS = tuple(
    dt.timezone(dt.timedelta(minutes=m)) for m in sorted(set(_MINUTES), key=lambda m: (abs(m), m))
)
"""The offsets moments are drawn in."""
ZONES = st.sampled_from(OFFSETS)


_NUMBERS = st.integers(0, 2**32 - 1)
_GOLDEN = 0x9E3779B97F4A7C15  # 2**64 divided by the golden ratio, odd


def _scattered(number: int, count: int) -> int:
    """``number`` (0 to 2**32 - 1) moved to a place among ``count``: 0 to 0, and any run
    of small numbers spread evenly over all of them."""
    return (number * _GOLDEN % 2**64) * count >> 64


@functools.cache
def moments(first: dt.datetime, last: dt.datetime) -> st.SearchStrategy[dt.datetime]:
    """Aware moments to the second whose local time is from ``first`` to ``last`` (naive,
    ``first`` at a whole second, not after ``last``): any day, any second, any offset."""
    count = (int((last - first).total_seconds()) + 1) * len(OFFSETS)

    @st.composite
    def draw_moment(draw: Callable[[st.SearchStrategy[Any]], Any]) -> dt.datetime:
        after, offset = divmod(_scattered(draw(_NUMBERS), count), len(OFFSETS))
        return (first + dt.timedelta(seconds=after)).replace(tzinfo=OFFSETS[offset])

    return draw_moment()


@functools.cache
def days(first: dt.date, last: dt.date) -> st.SearchStrategy[dt.date]:
    """Calendar days from ``first`` to ``last``, evenly."""
    count = (last - first).days + 1

    @st.composite
    def draw_day(draw: Callable[[st.SearchStrategy[Any]], Any]) -> dt.date:
        return first + dt.timedelta(days=_scattered(draw(_NUMBERS), count))

    return draw_day()

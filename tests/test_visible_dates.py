"""Days a page shows but does not mark up: only unambiguous forms are read."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmodel
from newsmodel.readers.html.visible_dates import day_in_url, parse_day

DAY = dt.date(2025, 9, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published September 4, 2025", DAY),
        ("By Jane Roe | Sept. 4th, 2025 at 10:00", DAY),
        ("4 September 2025", DAY),
        ("04.09.2025, 08:30", DAY),
        ("Updated 2025-09-04", DAY),
        ("03/04/2025", None),  # March 4 or 3 April: not read
        ("February 30, 2025", None),
        ("Posted in News", None),
    ],
)
def test_parse_day(text: str, expected: dt.date | None) -> None:
    assert parse_day(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2025/09/04/talks-in-damascus/", DAY),
        ("https://news.example/world/2025-09-04-talks", DAY),
        ("https://news.example/world/talks-2025", None),
        ("https://news.example/2025/13/04/x", None),
        (None, None),
    ],
)
def test_day_in_url(url: str | None, expected: dt.date | None) -> None:
    assert day_in_url(url) == expected


def test_markup_wins_over_the_visible_page() -> None:
    html = (
        "<html><head><title>T</title>"
        '<meta property="article:published_time" content="2025-09-05T08:00:00+00:00"></head>'
        '<body><span class="post-date">September 4, 2025</span></body></html>'
    )
    assert newsmodel.read(html).date_published == dt.datetime(
        2025, 9, 5, 8, tzinfo=dt.timezone.utc
    )


def test_byline_day_when_markup_has_none() -> None:
    html = (
        "<html><head><title>T</title></head>"
        '<body><p class="byline">Sept. 4, 2025</p></body></html>'
    )
    assert newsmodel.read(html, url="https://news.example/a").date_published == DAY

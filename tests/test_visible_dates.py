"""Days a page shows but does not mark up: only unambiguous forms are read."""

from __future__ import annotations

import datetime as dt

import pytest

import newsmodel
from newsmodel._dates import parse_day
from newsmodel.readers.html.visible_dates import day_in_url

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


def _page(body: str) -> str:
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


class TestShownDays:
    """A page without date markup still gives the days it shows near its headline."""

    def test_a_bare_date_under_the_headline(self) -> None:
        html = _page("<h1>Ferry back</h1><div><svg></svg><p>September 4, 2025</p></div>")
        assert newsmodel.read(html).date_published == DAY

    def test_a_posted_on_line_anywhere(self) -> None:
        filler = "".join(f"<div><span>item {i}</span></div>" for i in range(80))
        html = _page(f"<h1>Ferry back</h1>{filler}<span>Posted on September 4, 2025</span>")
        assert newsmodel.read(html).date_published == DAY

    def test_a_date_in_running_text_is_not_a_publication_day(self) -> None:
        filler = "".join(f"<div><span>item {i}</span></div>" for i in range(80))
        html = _page(f"<h1>Ferry back</h1>{filler}<p>The pier closed on September 4, 2025.</p>")
        assert newsmodel.read(html).date_published is None

    def test_an_update_is_read_as_the_modified_day(self) -> None:
        html = _page('<h1>Ferry back</h1><p class="post-date">Updated: Sept. 4, 2025</p>')
        article = newsmodel.read(html)
        assert (article.date_published, article.date_modified) == (None, DAY)

    def test_published_and_updated_in_one_line(self) -> None:
        html = _page(
            '<h1>Ferry back</h1><p class="meta">Published 2 Sept 2025 · Updated 4 Sept 2025</p>'
        )
        article = newsmodel.read(html)
        assert (article.date_published, article.date_modified) == (dt.date(2025, 9, 2), DAY)


class TestWrittenDatesInMarkup:
    """Dates that markup writes in words are read to the day, never guessed further."""

    def test_jsonld_written_date(self) -> None:
        html = (
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Ferry back", "datePublished": "Sep 4, 2025"}</script></head>'
            "<body></body></html>"
        )
        assert newsmodel.read(html).date_published == DAY

    def test_site_specific_meta_name(self) -> None:
        html = (
            '<html><head><title>T</title><meta name="w-published-date" content="2025-09-04">'
            '<meta name="published-time" content="2026-01-01T00:00:00Z"></head></html>'
        )
        assert newsmodel.read(html).date_published == DAY  # the earliest of the two


def test_day_in_url_with_a_month_name() -> None:
    assert day_in_url("https://news.example/2025/september/04/ferry") == DAY


class TestRestampedMarkup:
    """A publication date that markup re-stamps gives way to a steadier one, kept in extra."""

    def test_the_url_day_beats_a_later_markup_date(self) -> None:
        html = (
            "<html><head><title>T</title>"
            '<meta property="article:published_time" content="2026-02-16T10:00:00+00:00">'
            "</head><body></body></html>"
        )
        article = newsmodel.read(html, url="https://news.example/2025/09/04/ferry/")
        assert article.date_published == DAY
        assert article.extra["datePublished"] == "2026-02-16T10:00:00+00:00"

    def test_a_url_day_a_few_hours_off_changes_nothing(self) -> None:
        html = (
            "<html><head><title>T</title>"
            '<meta property="article:published_time" content="2025-09-05T01:00:00+00:00">'
            "</head><body></body></html>"
        )
        article = newsmodel.read(html, url="https://news.example/2025/09/04/ferry/")
        assert article.date_published == dt.datetime(2025, 9, 5, 1, tzinfo=dt.timezone.utc)

    def test_the_dateline_beats_markup_stamped_with_its_last_edit(self) -> None:
        stamp = "2026-01-10T08:00:00+00:00"
        html = (
            '<html><head><script type="application/ld+json">{"@type": "BlogPosting", '
            f'"headline": "T", "datePublished": "{stamp}", "dateModified": "{stamp}"}}'
            '</script></head><body><h1>T</h1><p class="post-date">September 4, 2025</p>'
            "</body></html>"
        )
        article = newsmodel.read(html)
        assert article.date_published == DAY
        assert article.extra["datePublished"] == stamp

    def test_markup_with_a_separate_edit_date_is_trusted(self) -> None:
        html = (
            '<html><head><script type="application/ld+json">{"@type": "BlogPosting", '
            '"headline": "T", "datePublished": "2026-01-10T08:00:00+00:00", '
            '"dateModified": "2026-01-12T08:00:00+00:00"}</script></head>'
            '<body><h1>T</h1><p class="post-date">September 4, 2025</p></body></html>'
        )
        assert newsmodel.read(html).date_published == dt.datetime(
            2026, 1, 10, 8, tzinfo=dt.timezone.utc
        )


class TestUpdateLabels:
    """A date labelled as an update, in its own text or just before it, is not published."""

    def test_label_before_the_date_element(self) -> None:
        html = _page(
            '<h1>Ferry back</h1><p>Last updated on <span class="date">Sept 4, 2025</span></p>'
        )
        article = newsmodel.read(html)
        assert (article.date_published, article.date_modified) == (None, DAY)

    def test_time_labelled_as_an_update_is_passed_over(self) -> None:
        html = _page(
            '<h1>Ferry back</h1><p>Last updated: <time datetime="2026-01-12">Jan 12</time></p>'
            '<p>Posted <time datetime="2025-09-04">Sept 4</time></p>'
        )
        assert newsmodel.read(html).date_published == DAY

    def test_time_after_the_headline_beats_one_in_a_sidebar_before_it(self) -> None:
        html = _page(
            '<aside><time datetime="2024-01-31">Jan 31</time></aside>'
            '<h1>Ferry back</h1><p><time datetime="2025-09-04">Sept 4</time></p>'
        )
        assert newsmodel.read(html).date_published == DAY

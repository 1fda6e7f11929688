"""The ``google-news-sitemap`` profile: Google's rules for news sitemaps, on a listing or
on a sitemap's XML."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import newsmodel
from newsmodel import Article, Listing, Organization, SitemapEntry, sitemaps
from newsmodel.validation.newssitemap import GoogleNewsSitemapProfile

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 5, 3, 12, tzinfo=UTC)
AT_NOON = GoogleNewsSitemapProfile(now=lambda: NOW)
STORY = Article(
    "Harbour reopens",
    url="https://news.example/harbour",
    date_published=dt.datetime(2026, 5, 2, 10, tzinfo=UTC),
    language="en",
    publisher=Organization("News Example"),
)


def _codes(value: object) -> list[tuple[str, str]]:
    report = newsmodel.validate(value, AT_NOON)  # type: ignore[arg-type]
    return [(finding.code.split("/")[1], finding.path) for finding in report]


class TestRules:
    """Each of Google's rules is a finding with a path into the listing."""

    def test_a_good_listing(self) -> None:
        report = newsmodel.validate(Listing(items=[STORY]), AT_NOON)
        assert report.ok
        assert report.profile == "google-news-sitemap"
        assert list(report) == []

    def test_by_name_with_the_current_time(self) -> None:
        fresh = attrs.evolve(STORY, date_published=dt.datetime.now(UTC))
        assert newsmodel.validate(Listing(items=[fresh]), "google-news-sitemap").ok
        assert not newsmodel.validate(Listing(items=[STORY]), "google-news-sitemap").ok

    def test_older_than_two_days(self) -> None:
        old = attrs.evolve(STORY, date_published=NOW - dt.timedelta(days=2, seconds=1))
        day = attrs.evolve(STORY, date_published=dt.date(2026, 5, 1))
        older_day = attrs.evolve(STORY, date_published=dt.date(2026, 4, 30))
        assert _codes(Listing(items=[old, day, older_day])) == [
            ("too-old", "/items/0/date_published"),
            ("too-old", "/items/2/date_published"),
        ]

    def test_missing_fields(self) -> None:
        bare = Article("Harbour reopens")
        assert _codes(Listing(items=[bare])) == [
            ("missing-url", "/items/0/url"),
            ("missing-publication-name", "/items/0/publisher"),
            ("missing-language", "/items/0/language"),
            ("missing-date", "/items/0/date_published"),
        ]

    def test_the_listing_gives_name_and_language(self) -> None:
        bare = attrs.evolve(STORY, language=None, publisher=None)
        assert _codes(Listing(title="News Example", language="en-GB", items=[bare])) == []

    @pytest.mark.parametrize(
        ("language", "ok"),
        [("en", True), ("zh-TW", True), ("zh-Hans", True), ("yue", True), ("x-klingon", False)],
    )
    def test_languages(self, language: str, ok: bool) -> None:
        codes = _codes(Listing(items=[attrs.evolve(STORY, language=language)]))
        assert (codes == []) is ok

    def test_too_many(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sitemaps, "MAX_NEWS_URLS", 2)
        items = [attrs.evolve(STORY, url=f"https://news.example/{n}") for n in range(3)]
        assert _codes(Listing(items=items)) == [("too-many-urls", "/items")]

    def test_none_and_plain_entries(self) -> None:
        listing = Listing(entries=[SitemapEntry("https://news.example/about")])
        assert _codes(listing) == [("no-news", "/items"), ("not-news", "/entries/0")]

    def test_an_article_is_a_listing_of_one(self) -> None:
        assert _codes(STORY) == []


class TestWrittenSitemaps:
    """A sitemap's XML is read, and its dates checked as written."""

    def test_what_we_write_passes(self) -> None:
        assert _codes(newsmodel.write([STORY], "news-sitemap")) == []

    def test_dates_not_in_the_w3c_format(self) -> None:
        written = newsmodel.write([STORY], "news-sitemap")
        broken = written.replace("2026-05-02T10:00:00Z", "2026-05-02T10:00:00")
        with pytest.warns(newsmodel.ReadWarning, match="no time zone"):
            codes = _codes(broken.encode())
        assert ("date-format", "/url[1]/news/publication_date") in codes


class TestOtherProfilesOnListings:
    """A profile of articles checks a listing's items."""

    def test_google_article(self) -> None:
        report = newsmodel.validate(Listing(items=[STORY, STORY]), "google-article")
        assert {finding.path.split("/")[1] for finding in report} <= {"0", "1"}

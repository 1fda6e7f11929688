"""The ``feed`` validation profile: what RSS, Atom and JSON Feed need of a listing, with
paths into it; and validate() taking a listing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel import Article, Listing, Organization, Person, Report, Severity, registry
from newsmodel.strategies import listings
from newsmodel.validation import feed

UTC = dt.timezone.utc
WHEN = dt.datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
GOOD = Listing(
    title="News Example",
    url="https://news.example/",
    feed_url="https://news.example/feed",
    description="The coast's news",
    items=[
        Article(
            "Harbour reopens",
            url="https://news.example/harbour",
            date_published=WHEN,
            authors=[Person("Karim Nassar")],
        ),
        Article(
            "Ferry resumes",
            extra={"id": "tag:news.example,2026:ferry"},
            url="https://news.example/ferry",
            date_published=WHEN,
            authors=[Person("Leila Haddad")],
        ),
    ],
)


@pytest.fixture(autouse=True, scope="module")
def _feed_profile_registered() -> Iterator[None]:
    """The profile under its name, also where the installed package metadata predates
    its entry point (an editable install made before it was added)."""
    missing = "feed" not in registry.names("profiles")
    if missing:
        registry.register("profiles", "feed", feed.profile)
    yield
    if missing:
        registry.unregister("profiles", "feed")


def codes(report: Report) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.path, f.code) for f in report]


class TestFeedProfile:
    """Each rule, at the path of the value at fault."""

    def test_a_good_feed_has_no_finding(self) -> None:
        assert codes(newsmodel.validate(GOOD, "feed")) == []

    def test_the_feeds_own_fields(self) -> None:
        report = newsmodel.validate(Listing(items=[GOOD.items[0]]), "feed")
        assert codes(report) == [
            ("error", "/title", "feed/title-missing"),
            ("error", "/url", "feed/link-missing"),
            ("warning", "/description", "feed/description-missing"),
            ("info", "/feed_url", "feed/feed-url-missing"),
        ]
        assert not report.ok

    def test_an_empty_listing(self) -> None:
        report = newsmodel.validate(Listing(title="T", url="https://news.example/"), "feed")
        assert [c for _, _, c in codes(report)] == [
            "feed/description-missing",
            "feed/feed-url-missing",
            "feed/updated-missing",
            "feed/no-items",
        ]

    def test_items_without_link_or_id(self) -> None:
        listing = attrs.evolve(
            GOOD,
            items=[
                Article("No link", extra={"id": "guid-1"}, date_published=WHEN),
                Article("Nothing", date_published=WHEN),
                Article("Odd id", extra={"id": ["a"]}, url="https://news.example/odd"),
            ],
            publisher=Organization("News Example Ltd"),
        )
        assert codes(newsmodel.validate(listing, "feed")) == [
            ("warning", "/items/0/url", "feed/link-missing"),
            ("warning", "/items/1/url", "feed/id-missing"),
            ("warning", "/items/2/extra/id", "feed/id-unusable"),
            ("warning", "/items/2/date_published", "feed/date-missing"),
        ]

    def test_ids_used_twice(self) -> None:
        twice = Article("Again", url="https://news.example/harbour", date_published=WHEN)
        given = Article("Given", extra={"id": "tag:news.example,2026:ferry"}, date_published=WHEN)
        listing = attrs.evolve(GOOD, items=[*GOOD.items, twice, given])
        report = newsmodel.validate(listing, "feed")
        duplicates = [f for f in report if f.code == "feed/duplicate-id"]
        assert [(f.path, f.severity) for f in duplicates] == [
            ("/items/2/url", Severity.ERROR),
            ("/items/3/extra/id", Severity.ERROR),
        ]
        assert "item 0's" in duplicates[0].message

    def test_day_only_dates_and_atoms_authors(self) -> None:
        article = Article(
            "A day", url="https://news.example/day", date_published=dt.date(2026, 3, 1)
        )
        listing = attrs.evolve(GOOD, items=[article], updated=dt.date(2026, 3, 2))
        assert codes(newsmodel.validate(listing, "feed")) == [
            ("info", "/updated", "feed/day-only-date"),
            ("info", "/items/0/date_published", "feed/day-only-date"),
            ("warning", "/items/0/authors", "feed/author-missing"),
        ]

    def test_characters_xml_cannot_carry(self) -> None:
        article = Article("Bad \uffff", url="https://news.example/bad", date_published=WHEN)
        listing = attrs.evolve(GOOD, items=[article], publisher=Organization("P"))
        assert codes(newsmodel.validate(listing, "feed")) == [
            ("error", "/items/0/headline", "feed/unwritable-character"),
        ]

    def test_sitemap_entries_are_not_written(self) -> None:
        listing = attrs.evolve(GOOD, entries=[newsmodel.SitemapEntry("https://news.example/a")])
        assert codes(newsmodel.validate(listing, "feed")) == [
            ("info", "/entries", "feed/entries-not-written")
        ]

    def test_an_article_is_checked_as_its_feed_of_one(self) -> None:
        report = newsmodel.validate(GOOD.items[0], "feed")
        assert "feed/title-missing" in [f.code for f in report]

    def test_jsonld_is_read_first(self) -> None:
        report = newsmodel.validate('{"@type": "Thing"}', "feed")
        assert [(f.severity, f.code) for f in report] == [(Severity.ERROR, "feed/unreadable")]

    @settings(max_examples=40)
    @given(listings())
    def test_any_listing_gives_findings_never_an_exception(self, listing: Listing) -> None:
        report = newsmodel.validate(listing, "feed")
        assert all(f.code.startswith("feed/") for f in report)


class TestValidateTakesAListing:
    """The article profiles check a listing's items."""

    def test_model_checks_every_item(self) -> None:
        assert newsmodel.validate(GOOD, "model").ok

    def test_jsonld_profiles_check_every_item_as_an_array(self) -> None:
        report = newsmodel.validate(GOOD, "google-article")
        assert {f.path.split("/")[1] for f in report} == {"0", "1"}

    def test_model_on_an_empty_listing_is_an_error_finding(self) -> None:
        report = newsmodel.validate(Listing(), "model")
        assert [f.code for f in report] == ["model/unreadable"]

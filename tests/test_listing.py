"""The list of articles a portal publishes (feeds, sitemaps): the model, its JSON form,
reading and writing it through the top-level functions, and its strategies."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import (
    Article,
    ChangeFrequency,
    InvalidValueError,
    Listing,
    ListingKind,
    ReadError,
    SitemapEntry,
    WriteError,
)
from newsmodel.strategies import listings, sitemap_entries

UTC = dt.timezone.utc
STORY = Article("Harbour reopens", url="https://news.example/harbour")
OTHER = Article("Ferry resumes", url="https://news.example/ferry")


class TestModel:
    def test_a_feed(self) -> None:
        feed = Listing(
            kind="rss",
            title="News Example",
            url="https://news.example/",
            updated=dt.datetime(2026, 12, 1, 9, tzinfo=UTC),
            items=[STORY, OTHER],
        )
        assert feed.kind is ListingKind.RSS
        assert feed.items == (STORY, OTHER)
        assert feed.urls == ("https://news.example/harbour", "https://news.example/ferry")

    def test_urls_come_once_in_order(self) -> None:
        listing = Listing(
            items=[STORY, Article("No address")],
            entries=[SitemapEntry("https://news.example/about"), SitemapEntry(STORY.url or "")],
        )
        assert listing.urls == ("https://news.example/harbour", "https://news.example/about")

    def test_an_entry(self) -> None:
        entry = SitemapEntry(
            "https://news.example/about",
            modified=dt.date(2026, 11, 30),
            change_frequency="daily",
            priority=0.8,
        )
        assert entry.change_frequency is ChangeFrequency.DAILY

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("kind", "podcast"),
            ("url", "/relative"),
            ("language", "not a tag"),
            ("updated", dt.datetime(2026, 12, 1, 9)),  # naive
            ("items", ["Harbour reopens"]),
            ("title", " "),
        ],
    )
    def test_bad_listing_fields(self, field: str, value: object) -> None:
        with pytest.raises(InvalidValueError) as raised:
            Listing(**{field: value})  # type: ignore[arg-type]
        assert raised.value.field == field

    @pytest.mark.parametrize(
        ("field", "value"),
        [("change_frequency", "sometimes"), ("priority", 1.5), ("priority", True)],
    )
    def test_bad_entry_fields(self, field: str, value: object) -> None:
        with pytest.raises(InvalidValueError) as raised:
            SitemapEntry("https://news.example/", **{field: value})  # type: ignore[arg-type]
        assert raised.value.field == field


class TestJson:
    def test_a_listing_is_a_version_2_document(self) -> None:
        text = newsmodel.write(Listing(kind="atom", items=[STORY]), "json")
        document = json.loads(text)
        assert document["version"] == 2
        assert document["listing"]["kind"] == "atom"

    def test_an_article_stays_version_1(self) -> None:
        assert json.loads(newsmodel.write(STORY, "json"))["version"] == 1

    def test_read_back(self) -> None:
        listing = Listing(
            kind="sitemap",
            items=[STORY],
            entries=[SitemapEntry("https://news.example/a", priority=1, change_frequency="never")],
        )
        text = newsmodel.write(listing, "json")
        assert newsmodel.read_listing(text) == listing
        assert newsmodel.read_all(text) == [STORY]
        assert newsmodel.read(text) == STORY

    def test_an_article_document_read_as_a_listing(self) -> None:
        assert newsmodel.read_listing(newsmodel.write(STORY, "json")) == Listing(items=[STORY])

    @pytest.mark.parametrize(
        ("listing", "path", "message"),
        [
            ({"kind": "podcast"}, "/listing/kind", "expected one of"),
            (
                {"entries": [{"url": "https://a.example/", "priority": "1"}]},
                "/listing/entries/0/priority",
                "a number",
            ),
            ({"items": [{"headline": 5}]}, "/listing/items/0/headline", "a string"),
            ({"titel": "x"}, "/listing/titel", "unknown key"),
        ],
    )
    def test_bad_values_are_pointed_at(self, listing: object, path: str, message: str) -> None:
        text = json.dumps({"format": "newsmodel", "version": 2, "listing": listing})
        with pytest.raises(ReadError, match=message) as raised:
            newsmodel.read_listing(text)
        assert raised.value.path == path

    def test_a_listing_needs_version_2(self) -> None:
        text = json.dumps({"format": "newsmodel", "version": 1, "listing": {}})
        with pytest.raises(ReadError, match="needs version 2") as raised:
            newsmodel.read_listing(text)
        assert raised.value.path == "/version"

    def test_article_and_listing_together_are_refused(self) -> None:
        text = json.dumps(
            {"format": "newsmodel", "version": 2, "listing": {}, "article": {"headline": "x"}}
        )
        with pytest.raises(ReadError, match="one of"):
            newsmodel.read(text)

    @settings(max_examples=40, deadline=None)
    @given(listings())
    def test_lossless(self, listing: Listing) -> None:
        assert newsmodel.read_listing(newsmodel.write(listing, "json")) == listing


class TestWrite:
    def test_a_list_of_articles_is_a_listing(self) -> None:
        text = newsmodel.write([STORY, OTHER], "json")
        assert newsmodel.read_listing(text) == Listing(items=[STORY, OTHER])

    def test_a_writer_of_one_article_refuses_a_list(self) -> None:
        with pytest.raises(WriteError, match="writes one article"):
            newsmodel.write([STORY], "jsonld")

    @pytest.mark.parametrize("value", ["Harbour reopens", [STORY, "Ferry"], 5])
    def test_what_is_not_articles_is_refused(self, value: object) -> None:
        with pytest.raises(WriteError):
            newsmodel.write(value, "json")  # type: ignore[arg-type]


class TestReaderOfOneArticle:
    def test_html_gives_a_listing_of_its_article(self) -> None:
        page = "<html><head><title>Harbour reopens</title></head><body><p>Text.</p></body></html>"
        listing = newsmodel.read_listing(page, format="html")
        assert [item.headline for item in listing.items] == ["Harbour reopens"]
        assert listing.kind is None


class TestStrategies:
    @given(st.from_type(Listing), st.from_type(SitemapEntry))
    @settings(max_examples=20, deadline=None)
    def test_from_type(self, listing: Listing, entry: SitemapEntry) -> None:
        assert isinstance(listing, Listing)
        assert isinstance(entry, SitemapEntry)

    @given(listings(kind=ListingKind.ATOM, language="ar", max_items=3))
    @settings(max_examples=20, deadline=None)
    def test_kind_and_language(self, listing: Listing) -> None:
        assert listing.kind is ListingKind.ATOM
        assert len(listing.items) <= 3
        assert all(item.language in (None, "ar", "ar-SY") for item in listing.items)

    @given(sitemap_entries())
    @settings(max_examples=20, deadline=None)
    def test_entries(self, entry: SitemapEntry) -> None:
        assert entry.priority is None or 0 <= entry.priority <= 1


def test_json_ld_terms_in_extra_leave_the_format_plain() -> None:
    """A newsmodel document whose ``extra`` holds JSON-LD terms is not JSON-LD."""
    listing = Listing(extra={"speakable": {"@type": "SpeakableSpecification"}})
    assert newsmodel.read_listing(newsmodel.write(listing, "json")) == listing
    article = Article("Harbour reopens", extra={"@type": "NewsArticle"})
    assert newsmodel.read(newsmodel.write(article, "json")) == article

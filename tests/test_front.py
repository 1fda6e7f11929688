"""The front model: a portal's home page or section front, as blocks of teasers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel import (
    Article,
    Front,
    FrontBlock,
    InvalidValueError,
    ListingKind,
    ListingLink,
    Portal,
    ReadError,
    Section,
    Teaser,
    TeaserFlag,
    UnknownFormatError,
    WriteError,
)
from newsmodel import strategies as nms

WORLD = Section("World", url="https://news.example/world/")
PORTAL = Portal(
    "DZWatch", url="https://news.example/", tagline="Your News Portal", sections=[WORLD]
)


def teaser(n: int, **fields: object) -> Article:
    return Article(f"Headline number {n}", url=f"https://news.example/a/{n}", **fields)  # type: ignore[arg-type]


class TestModel:
    def test_an_article_given_alone_is_a_teaser_without_flags(self) -> None:
        block = FrontBlock([teaser(1), Teaser(teaser(2), flags=["live"])], heading="Top")
        assert block.teasers[0] == Teaser(teaser(1))
        assert block.teasers[1].flags == (TeaserFlag.LIVE,)

    @pytest.mark.parametrize(
        ("build", "field", "reason"),
        [
            (lambda: FrontBlock([]), "teasers", "one teaser or more"),
            (lambda: Teaser(teaser(1), flags=["live", "live"]), "flags", "listed twice"),
            (lambda: Teaser(teaser(1), flags=["exclusive"]), "flags", ""),
            (
                lambda: Front(feeds=[ListingLink("https://news.example/s.xml", kind="sitemap")]),
                "feeds",
                "must link to a feed, not sitemap",
            ),
            (
                lambda: Front(sitemaps=[ListingLink("https://news.example/f", kind="rss")]),
                "sitemaps",
                "must link to a sitemap, not rss",
            ),
            (
                lambda: Front(
                    feeds=[
                        ListingLink("https://news.example/f"),
                        ListingLink("https://news.example/f"),
                    ]
                ),
                "feeds",
                "listed twice",
            ),
            (lambda: ListingLink("/feed"), "url", ""),
            (lambda: Front(next_page="page/2"), "next_page", ""),
        ],
    )
    def test_invalid_values_name_their_field(self, build, field: str, reason: str) -> None:
        with pytest.raises(InvalidValueError) as raised:
            build()
        assert raised.value.field == field
        assert reason in str(raised.value)

    def test_teasers_are_in_page_order_once_per_address(self) -> None:
        front = Front(
            blocks=[
                FrontBlock([teaser(1), teaser(2)]),
                FrontBlock([teaser(2), Article("No address"), Article("No address")]),
            ]
        )
        assert [a.headline for a in front.articles] == [
            "Headline number 1",
            "Headline number 2",
            "No address",
            "No address",
        ]
        assert front.is_home

    def test_as_a_listing_it_is_titled_by_its_section_and_holds_its_articles(self) -> None:
        front = Front(
            url="https://news.example/world/",
            portal=PORTAL,
            section=WORLD,
            language="en",
            blocks=[FrontBlock([teaser(1), teaser(2)])],
        )
        listing = front.to_listing()
        assert (listing.title, listing.url, listing.language) == (
            "World",
            "https://news.example/world/",
            "en",
        )
        assert listing.description is None  # the tagline describes the home page only
        assert listing.items == front.articles
        home = Front(portal=PORTAL).to_listing()
        assert (home.title, home.url, home.description) == (
            "DZWatch",
            "https://news.example/",
            "Your News Portal",
        )


class TestJson:
    @settings(max_examples=40)
    @given(st.from_type(Front))
    def test_round_trip_is_exact(self, front: Front) -> None:
        assert nm.read_front(nm.write(front, "json")) == front

    def test_a_front_is_a_version_3_document(self) -> None:
        front = Front(
            portal=PORTAL,
            blocks=[FrontBlock([Teaser(teaser(1), flags=["breaking"])], section=WORLD)],
            feeds=[ListingLink("https://news.example/feed", kind=ListingKind.RSS)],
        )
        data = json.loads(nm.write(front, "json"))
        assert (data["version"], list(data)) == (3, ["format", "version", "front"])
        assert data["front"]["blocks"][0]["teasers"][0]["flags"] == ["breaking"]
        assert data["front"]["feeds"] == [{"url": "https://news.example/feed", "kind": "rss"}]

    def test_an_article_written_today_is_still_version_1(self) -> None:
        assert json.loads(nm.write(teaser(1), "json"))["version"] == 1

    def test_a_front_in_a_version_2_document_is_refused(self) -> None:
        text = json.dumps({"format": "newsmodel", "version": 2, "front": {}})
        with pytest.raises(ReadError, match="needs version 3"):
            nm.read_front(text)

    def test_a_bad_flag_is_reported_with_its_path(self) -> None:
        text = json.dumps(
            {
                "format": "newsmodel",
                "version": 3,
                "front": {
                    "blocks": [{"teasers": [{"article": {"headline": "A b c"}, "flags": ["hot"]}]}]
                },
            }
        )
        with pytest.raises(ReadError) as raised:
            nm.read_front(text)
        assert raised.value.path == "/front/blocks/0/teasers/0/flags/0"

    def test_reading_an_article_document_as_a_front_says_what_it_holds(self) -> None:
        with pytest.raises(ReadError, match="holds an article, not a front"):
            nm.read_front(nm.write(teaser(1), "json"))

    def test_read_all_and_read_listing_give_the_teasers(self) -> None:
        front = Front(portal=PORTAL, blocks=[FrontBlock([teaser(1), teaser(2)])])
        text = nm.write(front, "json")
        assert nm.read_all(text) == list(front.articles)
        assert nm.read_listing(text) == front.to_listing()


class TestWrite:
    def test_a_writer_of_lists_writes_the_fronts_articles(self) -> None:
        front = Front(portal=PORTAL, blocks=[FrontBlock([teaser(1), teaser(2)])])
        rss = nm.write(front, "rss")
        assert rss == nm.write(front.to_listing(), "rss")
        assert nm.read_listing(rss, format="rss").items[1].url == "https://news.example/a/2"

    def test_a_writer_of_one_article_refuses_a_front(self) -> None:
        with pytest.raises(WriteError, match="not a front"):
            nm.write(Front(), "jsonld")

    def test_options_the_writer_does_not_take_are_write_errors(self) -> None:
        with pytest.raises(WriteError, match="unexpected keyword"):
            nm.write(Front(), "json", colour="red")

    def test_a_reader_that_reads_no_fronts_says_so(self) -> None:
        with pytest.raises(UnknownFormatError, match="does not read fronts"):
            nm.read_front("Headline\n\nBody text here.", format="text")


@settings(max_examples=20)
@given(nms.fronts(language="ar", max_blocks=2, max_teasers=2))
def test_strategies_make_fronts_in_a_language(front: Front) -> None:
    assert len(front.blocks) <= 2
    assert all(len(block.teasers) <= 2 for block in front.blocks)
    if front.section is not None:
        assert front.portal is not None
        assert front.section in front.portal.sections

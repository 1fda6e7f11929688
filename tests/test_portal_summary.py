"""What a portal walk keeps: the newest articles by date (a day counts from its start in
UTC; of two as new, the first found), the sections tree merged, links once each."""

from __future__ import annotations

import datetime as dt

from newsmodel import Article, Front, ListingLink, Portal, PortalPage, PortalSummary, Section

UTC = dt.timezone.utc


def article(n: int, when: dt.datetime | dt.date | None = None) -> Article:
    return Article(f"Story {n}", url=f"https://n.example/{n}", date_published=when)


def test_the_newest() -> None:
    summary = PortalSummary(newest=3)
    found = [
        article(1, dt.datetime(2026, 11, 30, 8, tzinfo=UTC)),
        article(2),
        article(3, dt.date(2026, 11, 30)),  # 00:00 UTC: older than story 1
        article(4, dt.datetime(2026, 11, 30, 8, tzinfo=UTC)),  # as new as 1, found later
        article(5, dt.datetime(2026, 11, 1, tzinfo=UTC)),
    ]
    summary.add(PortalPage("https://n.example/feed", articles=tuple(found)))
    assert [a.headline for a in summary.newest] == ["Story 1", "Story 4", "Story 3"]
    assert summary.articles == 5


def test_undated_articles_fill_what_is_left() -> None:
    summary = PortalSummary(newest=3)
    found = (article(1), article(2, dt.date(2026, 1, 1)), article(3), article(4))
    summary.add(PortalPage("https://n.example/", articles=found))
    assert [a.headline for a in summary.newest] == ["Story 2", "Story 1", "Story 3"]


def test_sections_merge_and_links_fill_in() -> None:
    world = Section("World", url="https://n.example/world/")
    europe = Section("Europe", url="https://n.example/world/europe/", parent=world)
    home = Front(
        url="https://n.example/",
        portal=Portal("N", sections=[world]),
        feeds=[ListingLink("https://n.example/feed")],
    )
    front = Front(
        url=europe.url,
        section=europe,
        portal=Portal("N", sections=[world, europe]),
        feeds=[ListingLink("https://n.example/feed", kind="rss", title="All")],
    )
    summary = PortalSummary()
    summary.add(PortalPage(home.url or "", front=home))
    summary.add(PortalPage(europe.url or "", depth=1, front=front))
    assert summary.sections == (world, europe)
    assert summary.feeds == (ListingLink("https://n.example/feed", kind="rss", title="All"),)
    assert summary.home == "https://n.example/"
    merged = summary.to_front()
    assert merged.portal is not None
    assert merged.portal.sections == (world, europe)
    assert merged.blocks == ()

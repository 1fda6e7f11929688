"""The headline loses what markup appends to it, using only the page's own words."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.readers.html.headline import (
    H1_WORDS_SHARE_MIN,
    TITLE_WORDS_MIN,
    covers,
    part_shown,
    settle_headline,
    shown_forms,
)


@pytest.mark.parametrize(
    ("headline", "site", "h1s", "expected"),
    [
        ("Ferry back | Harbour Herald", "Harbour Herald", [], "Ferry back"),
        ("Harbour Herald – Ferry back", "harbour herald", [], "Ferry back"),
        ("Ferry back - Golem.de", None, ["Ferry back"], "Ferry back"),
        ("Ferry back | World | 04.09.2025", None, ["Menu", "Ferry back"], "Ferry back"),
        ("Ferry back-정치ㅣ한국일보", None, ["Ferry back"], "Ferry back"),
        ("Ferry back to the island", None, ["Ferry back"], "Ferry back to the island"),
        ("Harbour Herald", "Harbour Herald", [], "Harbour Herald"),
        ("Ferry back", "Harbour Herald", ["Ferry back"], "Ferry back"),
        ("Ferry Back | News", None, ["ferry back"], "ferry back"),
        ("Ferry back | Harbour Herald", None, [], "Ferry back"),  # the domain's words
        ("Harbour Herald | Ferry back", None, [], "Ferry back"),
        ("Ferry back | World", None, [], "Ferry back | World"),
        ("Ferry back to the isl…", None, ["Ferry back to the island"], "Ferry back to the island"),
        ("Ferry back to the...", None, ["Ferry back to the island"], "Ferry back to the island"),
        ("Ferry back…", None, ["Bus back to the island"], "Ferry back…"),
        ("…", None, ["Ferry back"], "…"),
        ("Islandâ\x80\x99s ferry", None, [], "Island’s ferry"),
    ],
)
def test_settle_headline(headline: str, site: str | None, h1s: list[str], expected: str) -> None:
    assert settle_headline(headline, site, h1s, "https://www.harbourherald.example/x") == expected


@pytest.mark.parametrize(
    ("headline", "lines", "expected"),
    [
        (
            "Daily Ledger - Ferry back to the isles",
            ["Ferry back to the isles"],
            "Ferry back to the isles",
        ),
        (
            "Ferry back to the isles | Ledger",
            ["ferry back to the isles"],
            "ferry back to the isles",
        ),
        ("Ledger - Ferry back to the isles", ["Ledger"], None),  # the longest part only
        ("Ferry back to the isl…", ["Ferry back to the isles"], "Ferry back to the isles"),
        ("Ferry back to the isles", ["Ferry back to the isles"], None),
    ],
)
def test_part_shown(headline: str, lines: list[str], expected: str | None) -> None:
    assert part_shown(headline, lines) == expected


@pytest.mark.parametrize(
    ("named", "site", "expected"),
    [
        (
            ["Daily Ledger - Harbour votes to mend the pier"],
            None,
            ("Daily Ledger - Harbour votes to mend the pier", "Harbour votes to mend the pier"),
        ),
        (
            ["Daily Ledger - Harbour votes to mend the pier"],
            "Daily Ledger",
            ("Harbour votes to mend the pier",),
        ),
        (
            ["Harbour votes to mend the pier", "Harbour votes to mend the pier | Ledger", " "],
            None,
            ("Harbour votes to mend the pier", "Harbour votes to mend the pier | Ledger"),
        ),
        (["Home", "Ledger | Pier", "港口重开"], None, ("港口重开",)),  # too few words
    ],
)
def test_shown_forms(named: list[str], site: str | None, expected: tuple[str, ...]) -> None:
    """Each headline named, settled, then the longest part of each: best first, once."""
    assert shown_forms(named, site, "https://herald.example/pier.html") == expected


def test_an_opengraph_title_with_a_trailer() -> None:
    html = (
        '<html><head><meta property="og:title" content="Ferry back | News | 04.09.2025">'
        "</head><body><h1>Ferry back</h1><p>The ferry is back.</p></body></html>"
    )
    assert newsmodel.read(html).headline == "Ferry back"


class TestAnH1CoversATitle:
    """An ``<h1>`` covers a ``<title>`` that is it cut short, shortened or reworded by a
    word; never one with other words, nor one too short to compare."""

    @pytest.mark.parametrize(
        ("h1", "title"),
        [
            ("Ferry back to the northern islands", "Ferry back to the northern isl"),
            ("After a long winter: the ferry is back", "The ferry is back"),
            ("The ferry to the islands runs again", "The ferry to the islands runs today"),
            ("Ferry timetable, fares and more", "Ferry timetable, fares & more"),
        ],
    )
    def test_covers(self, h1: str, title: str) -> None:
        assert covers(h1, title)

    @pytest.mark.parametrize(
        ("h1", "title"),
        [
            ("Harbour Herald", "Ferry back to the islands"),
            (
                "A long title with a colon: and other words",
                "A long title with a colon: hello there",
            ),
            ("Ferry back to the islands", "Ferry back"),  # too few words to compare
            ("Ferry back", "Ferry back to the islands"),  # says less: settling's job
        ],
    )
    def test_does_not_cover(self, h1: str, title: str) -> None:
        assert not covers(h1, title)

    def test_one_word_in_seven_may_differ(self) -> None:
        title = "one two three four five six seven"
        assert H1_WORDS_SHARE_MIN <= 6 / 7
        assert covers("one two three four five six eight", title)
        assert not covers("one two three four five eight nine", title)
        assert TITLE_WORDS_MIN == 3

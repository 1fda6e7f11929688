"""The headline loses what markup appends to it, using only the page's own words."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.readers.html.headline import settle_headline


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
        ("Islandâ\x80\x99s ferry", None, [], "Island’s ferry"),
    ],
)
def test_settle_headline(headline: str, site: str | None, h1s: list[str], expected: str) -> None:
    assert settle_headline(headline, site, h1s, "https://www.harbourherald.example/x") == expected


def test_an_opengraph_title_with_a_trailer() -> None:
    html = (
        '<html><head><meta property="og:title" content="Ferry back | News | 04.09.2025">'
        "</head><body><h1>Ferry back</h1><p>The ferry is back.</p></body></html>"
    )
    assert newsmodel.read(html).headline == "Ferry back"

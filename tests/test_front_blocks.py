"""A front's blocks: which heading a teaser is under, and which rails are read."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import Front

_LEAD = (
    '<main><div class="aufmacher"><article class="teaser">'
    '<h2><a href="/bremen/pegel-steigt-weiter-12346.html">Pegel der Weser steigt weiter</a>'
    "</h2><p>Die Behörden rechnen in der Nacht mit dem Höchststand.</p></article></div></main>"
)


def _front(body: str, url: str = "https://www.weser-bote.de/") -> Front:
    page = f'<html lang="de"><head><title>Weser-Bote</title></head><body>{body}</body></html>'
    return newsmodel.read_front(page.encode(), format="html", url=url)


def _headings(front: Front) -> list[tuple[str | None, int]]:
    return [(block.heading, len(block.teasers)) for block in front.blocks]


class TestTickerLabels:
    """A bold label beside other text on its line (a ticker's "Eilmeldung") heads no
    block; a bold line standing alone still does."""

    @pytest.mark.parametrize(
        "label",
        [
            "<strong>Eilmeldung</strong>",
            "<b>+++</b>",
            '<span class="label"><b>Breaking</b></span>',
            "<b>Eilmeldung:</b>",
        ],
    )
    def test_a_ticker_s_label(self, label: str) -> None:
        ticker = (
            f'<div id="app"><div class="ticker">{label} '
            '<a href="/bremen/brand-12345.html">Großbrand in der Überseestadt</a></div>'
            f"{_LEAD}</div>"
        )
        assert _headings(_front(ticker)) == [(None, 1)]

    def test_a_bold_line_alone(self) -> None:
        page = f'<div id="app"><div><b>Bremen</b><br>{_LEAD}</div></div>'
        assert _headings(_front(page)) == [("Bremen", 1)]


class TestRails:
    """A "Most read" rail in a sidebar is a block; advertising and sign-up boxes beside
    it are not, and an article page with such a rail is still no front."""

    RAIL = (
        '<aside class="sidebar"><section class="widget most-read"><h2>Most read</h2><ol>'
        '<li><h3><a href="/news/man-arrested/">Man arrested after town centre disturbance</a>'
        "</h3></li>"
        '<li><h3><a href="/news/market-returns/">Christmas market returns to the square</a>'
        "</h3></li></ol></section>"
        '<div class="ad-slot"><h3><a href="/promo/winter-sale/">Our winter sale starts today'
        "</a></h3></div>"
        '<div class="newsletter"><h3><a href="/news/briefing/">Get the morning briefing free'
        "</a></h3></div></aside>"
    )
    STORIES = (
        "<main><h2>Top stories</h2>"
        '<article><h3><a href="/news/harbour-a/">First story about the harbour works</a></h3>'
        "</article>"
        '<article><h3><a href="/news/harbour-b/">Second story about the harbour works</a></h3>'
        "</article></main>"
    )

    @pytest.mark.parametrize(
        "rail", [RAIL, RAIL.replace("<aside", "<div").replace("aside>", "div>")]
    )
    def test_a_sidebar_s_most_read(self, rail: str) -> None:
        front = _front(self.STORIES + rail, url="https://daily.example/")
        assert _headings(front) == [("Top stories", 2), ("Most read", 2)]

    def test_an_article_page_with_a_rail_is_no_front(self) -> None:
        story = "".join(
            f"<p>Paragraph {n} of the story, which tells at length how the harbour works went"
            " on through the night, what the engineers said and what comes next.</p>"
            for n in range(12)
        )
        page = (
            "<main><article><h1>The harbour works went on through the night</h1>"
            f"{story}</article></main>{self.RAIL}"
        )
        with pytest.raises(newsmodel.ReadError, match="is an article page, not a front"):
            _front(page, url="https://daily.example/news/harbour/")

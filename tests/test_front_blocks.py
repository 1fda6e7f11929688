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

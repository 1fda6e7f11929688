"""Plain-text captures of portals in eight languages, read against their truth.

The captures in ``tests/text_captures`` are issue 19's set so far: the round-1 tuning
half, the half held back from it, the second blind set (``<lang>-b<nn>``, other portals
and wordings, tuned on in round 3), the third (``<lang>-c<nn>``, tuned on in round 4),
the fourth (``<lang>-d<nn>``, tuned on in round 5, with Russian and Chinese), the fifth
(``<lang>-e<nn>``, round 6), the sixth (``<lang>-g<nn>``, round 7: a browser's copy,
each paragraph, menu item and button on a line of its own), the seventh
(``<lang>-h<nn>``, round 8), the eighth (``<lang>-k<nn>``, round 9), the ninth
(``<lang>-m<nn>``, round 10) and the tenth (``<lang>-n<nn>``, round 11); the next blind
set is scored with the same script, ``benchmarks/text_captures.py``. Each is read by the
``text`` reader and every field the truth gives is compared exactly; the fields a
capture is known to misread are listed, with the reason, in ``KNOWN_MISSES``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_module import load_benchmark

CAPTURES = Path(__file__).resolve().parent / "text_captures"


scorer = load_benchmark("text_captures")
PATHS = scorer.captures(CAPTURES)
# The fields each capture is known to read wrong, each for a reason no general rule
# settles yet (see docs/readers.rst); every other field of every capture must be right,
# and a known miss that reads right fails too, to be taken off this list.
KNOWN_MISSES: dict[str, set[str]] = {
    # A place of one word and a full stop opening the story ("Bamberg. Die Sanierung
    # ..."), which no shape tells from a sentence of one word ("One. Two."); a place and
    # its region ("Cusco, Perú.") is read since round 10.
    "de-b02-city": {"dateline"},
    # No label over the headline, but "Más noticias de Ciudad en Crónica Porteña" after
    # the story: the grammar reads a more-from line's section as the article's (the text
    # writer relies on it where a label would not read back); the truth takes the section
    # from a label only ("Mais notícias de Luanda em Kianda Notícias" likewise).
    "es-c03-blog": {"section"},
    "pt-d03-blog": {"section"},
    # The fifth blind set (round 6): heads, datelines and furniture in shapes the grammar
    # does not read yet.
    "ar-e01-wire": {"dateline"},
    "de-e01-agentur": {"dateline", "related"},
    "de-e02-magazin": {"section", "headline", "authors", "standfirst"},
    "en-e02-wire": {"comments", "related"},
    "en-e03-city": {"section", "headline", "authors", "portal"},
    "es-e01-radio": {"dateline", "day", "paragraphs", "standfirst"},
    "es-e02-regional": {"section", "headline", "authors", "day", "standfirst"},
    "fr-e03-ville": {"related"},
    "pt-e02-agencia": {"standfirst"},
    # The sixth (round 7): de-g01 marks a box with "Weitere Informationen" and "Ende der
    # weiteren Informationen", read as a heading and a title.
    "de-g01-sender": {"related"},
    # The seventh (round 8): pt-h03 ends its related titles with the office that wrote
    # the page, its address and its licence ("Secretaria de Comunicação", "Centro
    # Administrativo do Estado, Bloco C"), lines no footer shape tells from a title yet.
    "pt-h03-agencia-governo": {"related"},
    # The eighth (round 9, tuned on the head and the story only): the lists after the
    # story (titles under dates, times or ranks on lines of their own, several lists, a
    # partner block, a table) and tags in unlabelled or spaced rows are not read yet;
    # de-k02 writes a lead-in over its list with no blank line between, which its truth
    # leaves out while the set's notes keep a lead-in.
    "ar-k02-idhaa-afp": {"related"},
    "ar-k03-riyadi": {"related"},
    "de-k02-stadtportal": {"paragraphs", "related"},
    "de-k03-sportportal": {"related"},
    "en-k01-wire-on-daily": {"related"},
    "en-k03-tabloid": {"related"},
    "es-k01-diario-efe": {"related"},
    "es-k03-blog-tecnologia": {"keywords"},
    "fr-k01-quotidien-national": {"related"},
    "fr-k02-hebdo-local": {"related"},
    "fr-k03-radio-publique": {"keywords", "related"},
    "pt-k01-portal-agencia": {"related"},
    "pt-k02-revista-longread": {"related"},
    "pt-k03-ong-imprensa": {"related"},
    "ru-k01-gorodskoy-portal": {"related"},
    "ru-k02-delovoe-agentstvo": {"related"},
    "zh-k01-caijing": {"keywords"},
    "zh-k02-juhe-zhongyangshe": {"related"},
    # The ninth (round 10): sections its truth takes from a label or a menu where the reader
    # takes a trail's item or another label; related titles under dates, times or sources on
    # lines of their own; mastheads with an office or a frequency line; a box of one
    # sentence; an app prompt atop zh-m01 taken for the page's start; a club's media office
    # as an author; a closed-comments notice in words no list knows.
    "ar-m01-nadi-riyadi": {"authors", "related"},
    "de-m01-vereinsnews": {"keywords", "related"},
    "de-m02-polizeibericht": {"related"},
    "de-m03-regionalradio": {"section"},
    "en-m01-tv-liveblog-entry": {"authors", "related", "section"},
    "en-m03-fact-check": {"headline", "related", "section"},
    "es-m01-diaspora": {"related"},
    "es-m02-revista-agro": {"paragraphs", "related"},
    "es-m03-sala-prensa-municipal": {"related"},
    "fr-m03-portail-religieux": {"related"},
    "pt-m01-servico-meteorologico": {"portal"},
    "pt-m03-jornal-universidade": {"portal"},
    "ru-m01-regionalnoe-tv": {"related"},
    "zh-m01-juhe-pingtai": {
        *("section", "headline", "dateline", "authors", "day", "paragraphs", "portal"),
        *("comments", "keywords", "comment count", "related"),
    },
    "zh-m02-chengshi-menhu": {"comments", "related"},
    # The tenth (round 11): an office's byline its truth keeps as an author ("Media
    # team"), where the ninth's gives an office none, as the reader does.
    "en-n02-metservice-news": {"authors", "related"},
    "ar-n03-ngo-press": {"related"},
    "de-n02-fachmagazin": {"related"},
    "en-n01-liveblog-entry": {"related"},
    "en-n03-football-club": {"related"},
    "es-n02-nota-policial": {"related"},
    "fr-n03-chronique-judiciaire": {"related"},
    "pt-n01-radio-regional": {"related"},
    "pt-n03-prefeitura": {"related"},
    "ru-n01-gorodskoy-portal": {"related"},
    "zh-n01-xian-rongmeiti": {"keywords", "related"},
}


def test_the_set_covers_eight_languages() -> None:
    languages = {path.name[:2] for path in PATHS}
    assert languages == {"en", "fr", "es", "de", "pt", "ar", "ru", "zh"}


@pytest.mark.parametrize("path", PATHS, ids=[path.stem for path in PATHS])
def test_capture_reads_as_its_truth(path: Path) -> None:
    """Section, headline, dateline, authors, day, paragraphs, portal, comments, and the
    standfirst, keywords, comment count and related titles: each exactly, but for the
    capture's known misses."""
    misses = {
        field: (read, truth)
        for field, (right, read, truth) in scorer.score_capture(path).items()
        if not right
    }
    assert set(misses) == KNOWN_MISSES.get(path.stem, set()), misses


def test_every_known_miss_is_a_capture() -> None:
    assert set(KNOWN_MISSES) <= {path.stem for path in PATHS}


def test_summary_counts_every_field() -> None:
    table = scorer.summary(scorer.score(PATHS[:2]))
    assert table.splitlines()[0] == "2 captures"
    assert "all structure" in table

"""Plain-text captures of portals in eight languages, read against their truth.

The captures in ``tests/text_captures`` are issue 19's set so far: the round-1 tuning
half, the half held back from it, the second blind set (``<lang>-b<nn>``, other portals
and wordings, tuned on in round 3), the third (``<lang>-c<nn>``, tuned on in round 4),
the fourth (``<lang>-d<nn>``, tuned on in round 5, with Russian and Chinese), the fifth
(``<lang>-e<nn>``, round 6), the sixth (``<lang>-g<nn>``, round 7: a browser's copy,
each paragraph, menu item and button on a line of its own), the seventh
(``<lang>-h<nn>``, round 8), the eighth (``<lang>-k<nn>``, round 9), the ninth
(``<lang>-m<nn>``, round 10), the tenth (``<lang>-n<nn>``, round 11), the eleventh
(``<lang>-p<nn>``, round 12), the twelfth (``<lang>-q<nn>``, round 13) and the
thirteenth (``<lang>-r<nn>``, round 14); the next blind
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
    # No label over the headline, but "Más noticias de Ciudad en Crónica Porteña" after
    # the story: the grammar reads a more-from line's section as the article's (the text
    # writer relies on it where a label would not read back); the truth takes the section
    # from a label only ("Mais notícias de Luanda em Kianda Notícias" likewise).
    "es-c03-blog": {"section"},
    "pt-d03-blog": {"section"},
    # The fifth blind set (round 6): es-e02's only day, "12/03/2012", reads two ways and
    # nothing on the page says which (its truth takes the 12th of March); pt-e02's
    # standfirst.
    "es-e02-regional": {"day"},
    "pt-e02-agencia": {"standfirst"},
    # The sixth (round 7): de-g01 marks a box with "Weitere Informationen" and "Ende der
    # weiteren Informationen", read as a heading and a title.
    "de-g01-sender": {"related"},
    # en-h03's truth keeps a most-read list's numbers written before its titles with a
    # space ("1 Arsenal star ..."), which the later sets' truths drop ("numbers and times
    # before a title are not part of it", rounds 9 to 11); the reader drops them.
    "en-h03-tabloid-sport": {"related"},
    # The seventh (round 8): pt-h03 ends its related titles with the office that wrote
    # the page, its address and its licence ("Secretaria de Comunicação", "Centro
    # Administrativo do Estado, Bloco C"), lines no footer shape tells from a title yet.
    "pt-h03-agencia-governo": {"related"},
    # The eighth (round 9, tuned on the head and the story only): lists whose last line is
    # a newsletter prompt in words no list knows (pt-k03), a reprint notice (zh-k02), or
    # which open with adverts' titles (ru-k01); de-k02 writes a lead-in over its list with
    # no blank line between, which its truth leaves out while the set's notes keep one.
    "de-k02-stadtportal": {"paragraphs"},
    "pt-k03-ong-imprensa": {"related"},
    "ru-k01-gorodskoy-portal": {"related"},
    "zh-k02-juhe-zhongyangshe": {"related"},
    # The ninth (round 10): sections its truth takes from a label or a menu where the reader
    # takes a trail's item or another label; a list's heading at the end of a menu's row
    # (de-m02), a heading amid a list's titles (en-m01), a publisher's line after them
    # (es-m02); a masthead under a government bar (pt-m03); a box of one sentence; a
    # closed-comments notice in words no list knows.
    "de-m02-polizeibericht": {"related"},
    "de-m03-regionalradio": {"section"},
    "en-m01-tv-liveblog-entry": {"authors", "related", "section"},
    "en-m03-fact-check": {"headline", "section"},
    "es-m02-revista-agro": {"paragraphs", "related"},
    "pt-m03-jornal-universidade": {"portal"},
    "zh-m02-chengshi-menhu": {"comments"},
    # The tenth (round 11): an office's byline its truth keeps as an author ("Media
    # team"), where the ninth's gives an office none, as the reader does.
    "en-n02-metservice-news": {"authors"},
    # The eleventh (round 12): an episode page's links under its show notes taken for a
    # related list.
    "en-p03-podcast": {"related"},
    # The twelfth (round 13, `<lang>-q<nn>`): a service's box inside the story, a question
    # and a telephone line, that no shape tells from a question heading over a paragraph
    # (de-q01); a warning of spoilers inside a review (ru-q02); an office's name under the
    # court's name, which its truth takes for the tagline and the reader for an office
    # (en-q01); the stage's line over the headline as the section (es-q03). Related lists
    # under headings no list knows, with amounts (fr-q01) or stages (es-q03) over their
    # titles, after a comment form (de-q02), a hotline, a contact's name, an address, an
    # editor's line, ranks or Republic of China days among the titles.
    "ar-q01-intikhabat": {"related"},
    "de-q01-stadtwerke": {"paragraphs"},
    "de-q02-heimatverein": {"related"},
    "en-q01-court": {"portal", "related"},
    "en-q03-investor": {"related"},
    "es-q03-ciclismo": {"related", "section"},
    "fr-q01-loterie": {"related"},
    "fr-q02-secours": {"related"},
    "ru-q02-kino": {"paragraphs"},
    "zh-q01-youxi": {"related"},
    "zh-q02-guojiagongyuan": {"related"},
    # The thirteenth (round 14, `<lang>-r<nn>`): a lead-in its truth leaves out with its
    # list, a label over items closing with ";" (fr-r01), where the twelfth set's keep
    # such a line; a video's note closing the
    # story (pt-r03); an address after the name in the footer read as the tagline
    # (fr-r02); a name of seven words in sentence case over its tagline and the day
    # (fr-r03). Related lists under headings no list knows or after a comment thread,
    # a second list's heading among titles, a print button over a list's heading, and
    # Chinese titles run together on one line.
    "de-r03-zoll": {"related"},
    "es-r03-cerveceria": {"related"},
    "fr-r01-apiculteurs": {"paragraphs", "related"},
    "fr-r02-ferry": {"portal", "related"},
    "fr-r03-barreau": {"portal", "related"},
    "pt-r03-remo": {"paragraphs"},
    "zh-r01-wanju": {"related"},
    "zh-r02-wutuan": {"related"},
    # The fourteenth (round 15, `<lang>-s<nn>`; its writer's choices in CHOICES-s.md): a
    # forecast's disclaimer closing the story (en-s02); "Name · 新闻中心", which its truth
    # takes for a name and the site's part where the earlier sets take the part for the
    # tagline (zh-s01). Related: previous/next links its truth leaves out where en-c02's
    # counts them (en-s03, zh-s01), an institute's line over the footer's links (de-s01),
    # titles under a heading no list knows (zh-s02).
    "de-s01-gletscher": {"related"},
    "en-s02-avalanche": {"paragraphs"},
    "en-s03-quiz-league": {"related"},
    "zh-s01-zhongzhiku": {"portal", "related"},
    "zh-s02-chaye": {"related"},
    # The fifteenth (round 15, `<lang>-t<nn>`; CHOICES-t.md): a motto of three words
    # between dots under the name, read as a menu (de-t01); a standfirst under the date
    # line (de-t02); a lead-in over a list written in one block, which the reader keeps
    # for the text writer's lists to read back (en-t01); a peal's record and its
    # footnote, a verse's last line, a call to book an appointment and a map's caption
    # in Chinese kept as copy (en-t03, pt-t02, fr-t02, zh-t02); a date and a name with
    # its title on one line (en-t03), a section from "Posted in", which de-d03's truth
    # does not take (en-t03); a newsletter's button among titles (de-t02).
    "de-t01-schuetzenverein": {"portal"},
    "de-t02-narrenzunft": {"paragraphs", "standfirst", "related"},
    "en-t01-lido-trust": {"paragraphs"},
    "en-t03-bell-ringers": {"section", "authors", "paragraphs"},
    "fr-t02-chambre-notaires": {"paragraphs"},
    "pt-t02-academia-cordel": {"paragraphs"},
    "zh-t02-yeshi-zizhihui": {"paragraphs"},
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

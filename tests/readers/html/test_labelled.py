"""Blocks under a label line: an old page's related links and comment thread, no classes."""

from __future__ import annotations

import warnings

import lxml.html

import newsmodel
from newsmodel._html import parse_html
from newsmodel.readers.html.labelled import comment_boxes, related_anchors

BRIEF = "The ferry to the outer islands runs again after the winter storms."
LONG_COMMENT = "I have waited all winter for this, and so has my car, parked by the pier. " * 4
URL = "https://news.example/2008/03/02/ferry-returns"


def _tree(markup: str) -> lxml.html.HtmlElement:
    return parse_html(f"<html><body>{markup}</body></html>")


def _read(cell: str) -> newsmodel.Article:
    page = (
        "<html><head><title>Ferry returns</title></head><body><table><tr><td>"
        '<table><tr><td><font size="5"><b>Ferry returns</b></font><br>'
        f'<font size="2">{BRIEF}<br><br></font></td></tr></table>{cell}'
        "</td></tr></table></body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsmodel.ReadWarning)
        return newsmodel.read(page.encode(), url=URL)


def _comment(name: str | None, text: str, replies: str = "") -> str:
    head = f'<font size="1"><b>{name}</b></font><br>' if name else ""
    nested = f'<tr><td width="20"></td><td>{replies}</td></tr>' if replies else ""
    return (
        '<table width="100%" cellpadding="2">'
        f'<tr><td colspan="2">{head}<font size="2">{text}</font></td></tr>{nested}</table>'
    )


class TestRelated:
    """The links right after a "Related articles" line are related links."""

    def test_links_between_breaks_in_a_cell(self) -> None:
        article = _read(
            '<table><tr><td bgcolor="#eeeeee"><b>Related articles</b><br>'
            '<a href="/2008/03/01/harbour-opens">Harbour opens its new quay</a><br>'
            '<a href="/2008/02/28/storm-closes">Storm closes the island ferry</a>'
            "</td></tr></table>"
        )
        assert [(r.title, r.url) for r in article.related] == [
            ("Harbour opens its new quay", "https://news.example/2008/03/01/harbour-opens"),
            ("Storm closes the island ferry", "https://news.example/2008/02/28/storm-closes"),
        ]
        assert "Harbour" not in article.text

    def test_list_after_a_heading_and_other_languages(self) -> None:
        found = related_anchors(
            _tree(
                "<h3>Weitere Artikel:</h3><ul><li><a href='/a'>Die Fähre fährt wieder</a></li>"
                "<li><a href='/b'>Der Hafen ist offen</a></li></ul>"
            )
        )
        assert [a.text for a in found] == ["Die Fähre fährt wieder", "Der Hafen ist offen"]

    def test_the_run_ends_at_text_and_the_frame_has_none(self) -> None:
        found = related_anchors(
            _tree(
                "<p><b>Related</b><br><a href='/a'>Ferry runs again</a><br>"
                "Our readers wrote in about <a href='/b'>the pier</a>.</p>"
                "<footer><b>Related</b><br><a href='/c'>About this site</a></footer>"
            )
        )
        assert [a.text for a in found] == ["Ferry runs again"]


class TestCommentBoxes:
    """A run of alike boxes after a "Comments" line is a thread; a notice or form is not."""

    def test_the_run_of_alike_boxes(self) -> None:
        found = comment_boxes(
            _tree(
                "<p><b>Comments</b></p>"
                + _comment("Ines", "Finally.")
                + _comment(None, "At last.")
                + "<p><i>Comments are closed.</i></p>"
            )
        )
        assert found is not None
        label, boxes = found
        assert label.tag == "p"
        assert len(boxes) == 2

    def test_a_lone_named_box_or_a_form_is_no_thread(self) -> None:
        assert (
            comment_boxes(
                _tree("<h3>Comments</h3><div class='comments-panel'>Loading comments...</div>")
            )
            is None
        )
        form = "<form><textarea></textarea></form>"
        assert comment_boxes(_tree(f"<h3>Comments</h3><div><p>Reply</p>{form}</div>")) is None
        assert comment_boxes(_tree("<h3>Comments</h3><div><span>0</span></div>")) is None

    def test_a_list_after_the_line_is_no_thread(self) -> None:
        """A sidebar's recent comments on other stories are a list under the same line."""
        markup = "<h2>Comments</h2><ul><li><a href='/x#c1'>Ines:</a> On the ferry...</li></ul>"
        assert comment_boxes(_tree(markup)) is None


class TestPage:
    """Read whole: the thread is the comments, the brief above it the body."""

    def test_short_story_above_a_long_thread(self) -> None:
        article = _read(
            "<p><b>Comments</b></p>"
            + _comment("Ines Moreau", LONG_COMMENT, _comment("Tomas Berg", LONG_COMMENT))
            + _comment(None, LONG_COMMENT)
        )
        assert article.text == BRIEF
        shown = [(c.author.name if c.author else None, len(c.replies)) for c in article.comments]
        assert shown == [("Ines Moreau", 1), (None, 0)]
        assert article.comments[0].replies[0].author == newsmodel.Person("Tomas Berg")

    def test_short_story_beside_a_share_bar_and_sign_up_line(self) -> None:
        article = _read(
            '<p><font size="1"><a href="#">E-mail this story</a> | '
            '<a href="#">Printer-friendly version</a></font></p>'
            "<p>Get our daily headlines by e-mail:</p>"
        )
        assert article.text == BRIEF


def test_titles_in_a_script_without_spaces_are_related_links() -> None:
    """Three words cannot be counted in Chinese: ten characters make a title there."""
    article = _read(
        '<div class="related-posts"><h3>相关文章</h3><ul>'
        '<li><a href="/2008/03/01/harbour">新码头今天正式开放启用</a></li>'
        '<li><a href="/2008/03/01/menu">首页</a></li></ul></div>'
    )
    assert [r.title for r in article.related] == ["新码头今天正式开放启用"]


def test_a_huge_page_of_labels_and_alike_boxes_reads_whole_and_capped() -> None:
    """Thousands of "Related articles" lines and a thread of thousands of alike boxes:
    read without error, the related links capped, every comment kept (which block wins
    the body on such a page is no concern here)."""
    labels = "".join(
        f'<b>Related articles</b><br><a href="/2008/{n}/x">Harbour story number {n} here</a><br>'
        for n in range(3_000)
    )
    thread = "<p><b>Comments</b></p>" + "".join(
        _comment(f"Reader {n}", f"Comment {n} on the ferry and the pier.") for n in range(2_000)
    )
    article = _read(f"<table><tr><td>{labels}</td></tr></table>{thread}")
    assert len(article.related) <= 30
    assert len(article.comments) == 2_000

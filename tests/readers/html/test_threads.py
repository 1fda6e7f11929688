"""Comment threads read by their shape: a name line, a text, replies nested alike."""

from __future__ import annotations

import lxml.html
import pytest

import newsmodel
from newsmodel import limits
from newsmodel._html import parse_html
from newsmodel.readers.html.threads import thread_of


def _boxes(markup: str) -> list[lxml.html.HtmlElement]:
    body = parse_html(f"<html><body>{markup}</body></html>").find("body")
    assert body is not None
    return list(body)


def _shape(comments: list[newsmodel.Comment] | tuple[newsmodel.Comment, ...]) -> list[object]:
    return [
        (c.author.name if c.author else None, c.text, *([_shape(c.replies)] if c.replies else []))
        for c in comments
    ]


class TestParts:
    """The first line is the author where it is one short name set apart, with text after."""

    @pytest.mark.parametrize(
        ("head", "author"),
        [
            ("<b>Ines Moreau</b>", "Ines Moreau"),
            ("<a href='mailto:ines@example.org'>Ines Moreau</a> wrote:", "Ines Moreau"),
            ("Posted by <b>Ines Moreau</b>", "Ines Moreau"),
            ("<b>Great</b> article", None),
            ("<b>Ines Moreau wrote:</b>", "Ines Moreau"),
            ("<font size=1><b>Ines Moreau - 2 March 2008</b></font>", "Ines Moreau"),
            ("<b>I have waited all winter for this and so has my old car</b>", None),
        ],
    )
    def test_author_line(self, head: str, author: str | None) -> None:
        (found,) = thread_of(_boxes(f"<div>{head}<br>Finally.</div>"))
        assert (found.author.name if found.author else None) == author
        assert found.text.endswith("Finally.")

    def test_a_lone_line_is_the_text(self) -> None:
        assert _shape(thread_of(_boxes("<div><b>Finally.</b></div>"))) == [(None, "Finally.")]

    def test_lines_join_and_blocks_are_paragraphs(self) -> None:
        found = thread_of(
            _boxes("<div><b>Ines</b><br>Finally.<br>At last.<p>My car waited.</p></div>")
        )
        assert _shape(found) == [("Ines", "Finally. At last.\n\nMy car waited.")]

    def test_a_box_without_text_is_none(self) -> None:
        assert thread_of(_boxes("<div><img src='x.png'></div><div>Yes.</div>")) == [
            newsmodel.Comment("Yes.")
        ]


class TestReplies:
    """Replies are the boxes of the thread's shape nested in a comment, at any depth."""

    def test_nested_tables(self) -> None:
        reply = '<table class="c"><tr><td><b>Tomas</b><br>Mine too.</td></tr></table>'
        found = thread_of(
            _boxes(
                '<table class="c"><tr><td><b>Ines</b><br>Finally.</td></tr>'
                f'<tr><td width="20"></td><td>{reply}{reply}</td></tr></table>'
                '<table class="c"><tr><td>Anonymous words.</td></tr></table>'
            )
        )
        assert _shape(found) == [
            ("Ines", "Finally.", [("Tomas", "Mine too."), ("Tomas", "Mine too.")]),
            (None, "Anonymous words."),
        ]

    def test_depth_is_capped(self) -> None:
        deep = "Last."
        for _ in range(limits.MAX_COMMENT_DEPTH + 2):
            deep = f"<div class='c'>Reply.{deep}</div>"
        with pytest.warns(newsmodel.ReadWarning, match="MAX_COMMENT_DEPTH"):
            found = thread_of(_boxes(deep))
        depth, level = 0, found
        while level:
            depth, level = depth + 1, list(level[0].replies)
        assert depth == limits.MAX_COMMENT_DEPTH + 1

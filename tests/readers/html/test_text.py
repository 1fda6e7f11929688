"""An element's shown text and its link text, as the HTML reader's rules read them."""

from __future__ import annotations

import lxml.html
import pytest

from newsmodel.readers.html._text import link_text_length, text_of


def _element(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


class TestTextOf:
    """White space collapsed; a leaf's own text; a parent's text with its children's."""

    @pytest.mark.parametrize(
        ("markup", "text"),
        [
            ("<p>  one\n\t two  </p>", "one two"),
            ("<p></p>", ""),
            ("<p>a <b>bold</b> word</p>", "a bold word"),
            ("<div><p>one</p><p>two</p></div>", "onetwo"),
            ("<div>x<script>var y = 1;</script></div>", "xvar y = 1;"),
        ],
    )
    def test_text_of(self, markup: str, text: str) -> None:
        assert text_of(_element(markup)) == text

    def test_the_tail_is_not_the_elements(self) -> None:
        paragraph = _element("<p><b>bold</b> after</p>")
        assert text_of(paragraph[0]) == "bold"


class TestLinkTextLength:
    """Characters of collapsed text inside links, counting a link itself."""

    @pytest.mark.parametrize(
        ("markup", "length"),
        [
            ("<p>no links here</p>", 0),
            ('<a href="/x">  a  link </a>', len("a link")),
            ('<p>see <a href="/a">one</a> and <a href="/b">three</a></p>', 8),
            ('<div><p><a href="/a">deep <b>link</b></a></p></div>', len("deep link")),
            ("<span>leaf</span>", 0),
        ],
    )
    def test_link_text_length(self, markup: str, length: int) -> None:
        assert link_text_length(_element(markup)) == length

"""An element's shown text, and how much of it is link text, as every rule here reads them:
white space collapsed, scripts' text included (the body drops scripts before it asks)."""

from __future__ import annotations

import lxml.html

from ..._whitespace import collapse

__all__ = ["link_text_length", "text_of"]


def text_of(element: lxml.html.HtmlElement) -> str:
    """The element's text, white space collapsed."""
    # a leaf's text is all its text: lxml's text_content() (an XPath call) costs more
    return collapse(element.text_content() if len(element) else element.text or "")


def link_text_length(element: lxml.html.HtmlElement) -> int:
    """Characters of text in the links in (or at) the element."""
    if not len(element):  # a leaf holds no link but itself
        return len(text_of(element)) if element.tag == "a" else 0
    return sum(len(text_of(a)) for a in element.iter("a"))

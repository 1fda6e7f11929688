"""HTML carried inside a feed: titles and summaries reduced to text, full content read
into body blocks by the ``html`` reader's own block machinery.

Text with no ``<`` and no ``&`` cannot hold markup and is only collapsed; anything else is
parsed as HTML (safely: :func:`newsmodel._html.parse_html`).
"""

from __future__ import annotations

import lxml.html

from ..._html import parse_html
from ..._model import Block, Paragraph
from ..._whitespace import collapse
from ...errors import InvalidValueError
from ..html.body import blocks_in

__all__ = ["html_blocks", "html_text", "text_blocks"]

# Elements that end a line of text: their text is kept apart from the next element's.
_BREAKING = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr td th dd dt pre figure "
    "figcaption section article header footer table hr".split()
)
_UNSHOWN = ("script", "style", "template", "noscript")


def html_text(text: str) -> str:
    """The text an HTML fragment shows, white space collapsed; blocks kept apart."""
    if "<" not in text and "&" not in text:
        return collapse(text)
    body = _body(text)
    if body is None:
        return ""
    for element in body.iter():
        if element.tag in _BREAKING:
            element.tail = " " + (element.tail or "")
    return collapse(body.text_content())


def html_blocks(text: str, base: str | None) -> tuple[Block, ...]:
    """The body blocks of a feed item's full content (HTML); images resolved on ``base``."""
    body = _body(text)
    if body is None:
        return ()
    found = blocks_in(body, base)
    if found:
        return found
    return text_blocks(body.text_content())  # no paragraphs: the text as one


def text_blocks(text: str) -> tuple[Block, ...]:
    """Plain text as paragraphs, one per run of text between blank lines."""
    blocks = []
    for part in text.replace("\r\n", "\n").split("\n\n"):
        line = collapse(part)
        if line:
            try:
                blocks.append(Paragraph(line))
            except InvalidValueError:  # a control character (JSON Feed can hold any)
                continue
    return tuple(blocks)


def _body(text: str) -> lxml.html.HtmlElement | None:
    tree = parse_html(text)
    body = tree.find("body")
    if body is None:
        return None
    for unshown in list(body.iter(*_UNSHOWN)):
        unshown.drop_tree()
    return body

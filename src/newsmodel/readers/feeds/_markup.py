"""HTML carried inside a feed: titles and summaries reduced to text, full content read
into body blocks by the ``html`` reader's own block machinery.

Whether a text is HTML is for the reader to say (Atom's ``type``, RSS's
:func:`newsmodel._feedtext.looks_like_html`); HTML is parsed safely
(:func:`newsmodel._html.parse_html`). Reducing HTML to text leaves out what a browser
would not show as text (a script, a tag HTML does not know, such as ``<canvas2>``); what
was left out is named, for the reader to warn about.
"""

from __future__ import annotations

from typing import NamedTuple

import lxml.html
import lxml.html.defs

from ..._html import parse_html
from ..._model import Block, Paragraph
from ..._whitespace import collapse
from ...errors import InvalidValueError
from ..html.body import blocks_in

__all__ = ["Reduced", "html_blocks", "html_text", "text_blocks"]

# Elements that end a line of text: their text is kept apart from the next element's.
_BREAKING = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr td th dd dt pre figure "
    "figcaption section article header footer table hr".split()
)
_UNSHOWN = ("script", "style", "template", "noscript")
# lxml's list of HTML's elements, with the newer ones it lacks
_KNOWN = lxml.html.defs.tags | {"bdi", "data", "dialog", "main", "picture", "search", "slot"}


class Reduced(NamedTuple):
    """An HTML fragment's text, and what reducing it left out that may have been text:
    the content of scripts and styles, tags HTML does not know (``<canvas2>``)."""

    text: str
    left_out: tuple[str, ...] = ()


def html_text(text: str) -> Reduced:
    """The text an HTML fragment shows, white space collapsed; blocks kept apart."""
    if "<" not in text and "&" not in text:
        return Reduced(collapse(text))
    left_out: list[str] = []
    body = _body(text, left_out)
    if body is None:
        return Reduced("", tuple(left_out))
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag not in _KNOWN and f"the tag <{element.tag}>" not in left_out:
            left_out.append(f"the tag <{element.tag}>")
        if element.tag in _BREAKING:
            element.tail = " " + (element.tail or "")
    return Reduced(collapse(body.text_content()), tuple(left_out))


def html_blocks(text: str, base: str | None) -> tuple[Block, ...]:
    """The body blocks of a feed item's full content (HTML); images resolved on ``base``.
    A picture set bare in the text (``<p><img src=...></p>``), as feeds set them, is a
    figure after the block that holds it."""
    body = _body(text)
    if body is None:
        return ()
    _figures_of_bare_images(body)
    found = blocks_in(body, base)
    if found:
        return found
    return text_blocks(body.text_content())  # no paragraphs: the text as one


def _figures_of_bare_images(body: lxml.html.HtmlElement) -> None:
    """Move each ``<img>`` outside a ``<figure>`` into a figure of its own, placed after
    the body's child that held it (the block reader reads figures, not bare images)."""
    for image in list(body.iter("img")):
        if any(ancestor.tag == "figure" for ancestor in image.iterancestors()):
            continue
        holder = image
        while holder.getparent() is not None and holder.getparent() is not body:
            holder = holder.getparent()
        figure = lxml.html.Element("figure")
        if holder is image:
            holder.addprevious(figure)
        else:
            holder.addnext(figure)
        image.drop_tree()  # its tail stays where it was
        image.tail = None
        figure.append(image)


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


def _body(text: str, left_out: list[str] | None = None) -> lxml.html.HtmlElement | None:
    tree = parse_html(text)
    body = tree.find("body")
    if body is None:
        return None
    for unshown in list(body.iter(*_UNSHOWN)):
        if left_out is not None and unshown.text_content().strip():
            left_out.append(f"the text of a <{unshown.tag}>")
        unshown.drop_tree()
    return body

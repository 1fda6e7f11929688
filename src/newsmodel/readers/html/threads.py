"""Comment threads read by their shape alone, where no class name marks a comment.

The boxes come from :func:`~.labelled.comment_boxes`: the run of alike boxes under a
"Comments" label. A box is one comment:

- its **replies** are the boxes of the same shape (tag and attributes) nested in it,
  nearest first: an old page indents a reply by setting its box in a cell beside an empty
  one;
- its **author** is its first line (up to a ``<br>`` or a block's end) where the line
  names the one its first inline element (``<b>``, ``<font>``, a link) shows, as short
  as a name, with more text after it; "wrote:", a leading "By" or "Posted by" and a date
  after " - " or " | " are not the name;
- its **text** is the rest: lines joined by spaces, blocks as paragraphs.
"""

from __future__ import annotations

import re
import warnings

import lxml.html
from lxml import etree

from ... import limits
from ..._checks import text_problem
from ..._dates import parse_moment
from ..._model import Comment, Person
from ..._whitespace import collapse
from ...errors import ReadWarning
from .labelled import Signature, signature
from .vocabulary import BYLINE_PREFIX, NAME_CHARS_MAX, NAME_WORDS_MAX

__all__ = ["fits_a_name", "thread_of"]

_INLINE = frozenset(
    {"a", "b", "strong", "i", "em", "span", "u", "font", "small", "big", "sup", "sub", "cite"}
)
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "form", "textarea"})
_SAYS = re.compile(r"\s*(?:says|said|wrote|writes)\s*:?\s*$", re.I)
_DATE_AFTER = re.compile(r"\s+[-|–—]\s+|\s*,\s+(?=\d)")
_BREAK = "\x00"  # a <br>: characters no text shown can hold (the parser drops them)
_BLOCK = "\x01"  # a block's start or end


def thread_of(boxes: list[lxml.html.HtmlElement]) -> list[Comment]:
    """The comments the boxes hold, with their replies; a box with no text is none."""
    return _comments(boxes, signature(boxes[0]) if boxes else ("", ()), level=0)


def _comments(boxes: list[lxml.html.HtmlElement], shape: Signature, level: int) -> list[Comment]:
    found = []
    for box in boxes:
        nested = _nested(box, shape)
        author, text = _parts(*_pieces(box, nested))
        if not text:
            continue
        found.append(
            Comment(
                text,
                author=Person(author) if author else None,
                replies=_replies(nested, shape, level),
            )
        )
    return found


def _replies(boxes: list[lxml.html.HtmlElement], shape: Signature, level: int) -> list[Comment]:
    """The replies to a comment at ``level``; none, with a warning, past the depth cap."""
    if not boxes:
        return []
    if level < limits.MAX_COMMENT_DEPTH:
        return _comments(boxes, shape, level + 1)
    warnings.warn(
        f"comment replies nested more than {limits.MAX_COMMENT_DEPTH} levels deep "
        "(newsmodel.limits.MAX_COMMENT_DEPTH); left out",
        ReadWarning,
        stacklevel=2,
    )
    return []


def _nested(box: lxml.html.HtmlElement, shape: Signature) -> list[lxml.html.HtmlElement]:
    """The boxes of the thread's shape nearest below ``box``: its replies."""
    found: list[lxml.html.HtmlElement] = []
    walk = etree.iterwalk(box, events=("start",))
    for _, element in walk:
        if element is not box and element.tag == shape[0] and signature(element) == shape:
            found.append(element)
            walk.skip_subtree()
    return found


def _pieces(
    box: lxml.html.HtmlElement, nested: list[lxml.html.HtmlElement]
) -> tuple[list[str], str | None]:
    """The box's own text in order, with :data:`_BREAK` for a ``<br>`` and :data:`_BLOCK`
    around blocks (its replies are blocks), and the whole text of its first inline element
    that shows any."""
    replies = set(nested)
    pieces: list[str] = []
    first_inline: str | None = None
    walk = etree.iterwalk(box, events=("start", "end"))
    for event, element in walk:
        shown = isinstance(element.tag, str) and element.tag not in _INVISIBLE
        if event == "start":
            if not shown or element in replies:
                walk.skip_subtree()
                pieces.append(_BLOCK if element in replies else "")
                continue
            if element.tag == "br":
                pieces.append(_BREAK)
            elif element.tag not in _INLINE:
                pieces.append(_BLOCK)
            elif first_inline is None and (text := collapse(element.text_content())):
                first_inline = text
            pieces.append(element.text or "")
            continue
        if shown and element.tag not in _INLINE and element.tag != "br":
            pieces.append(_BLOCK)
        if element is not box:
            pieces.append(element.tail or "")
    return pieces, first_inline


def _parts(pieces: list[str], first_inline: str | None) -> tuple[str | None, str]:
    """The author's name (or None) and the comment's text."""
    paragraphs = [
        [line for line in map(collapse, paragraph.split(_BREAK)) if line]
        for paragraph in "".join(pieces).split(_BLOCK)
    ]
    paragraphs = [lines for lines in paragraphs if lines]
    author = None
    if first_inline and paragraphs and sum(map(len, paragraphs)) > 1:
        author = _name(paragraphs[0][0])
        if author is not None and author == _name(first_inline):  # "<b>Ines</b> wrote:"
            del paragraphs[0][0]
        else:
            author = None
    return author, "\n\n".join(" ".join(lines) for lines in paragraphs if lines)


def _name(line: str) -> str | None:
    """The name a comment's first line gives, if it is as short as a name."""
    name = BYLINE_PREFIX.sub("", _SAYS.sub("", line))
    parts = _DATE_AFTER.split(name, maxsplit=1)
    if len(parts) == 2 and parse_moment(parts[1].strip()) is not None:
        name = parts[0]
    name = name.strip()
    return name if fits_a_name(name) else None


def fits_a_name(name: str) -> bool:
    """Whether a comment's author line, its prefix and "says" taken off, is as short as a
    name and holds nothing a name cannot."""
    return (
        bool(name)
        and len(name) <= NAME_CHARS_MAX
        and len(name.split()) <= NAME_WORDS_MAX
        and not text_problem(name, blank_ok=False)
    )

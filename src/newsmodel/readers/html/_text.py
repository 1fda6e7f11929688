"""An element's shown text, and how much of it is link text, as every rule here reads them:
white space collapsed, scripts' text included (the body drops scripts before it asks).

The body's rules read the same paragraphs many times over (a container's, then again as
its parent's while climbing; every link's for each box around it). Where the tree does not
change for a while, :func:`texts_kept` keeps each element's text for that while.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

import lxml.html

from ..._whitespace import collapse

__all__ = ["link_text_length", "text_of", "texts_kept"]

_KEPT: contextvars.ContextVar[dict[lxml.html.HtmlElement, str] | None] = contextvars.ContextVar(
    "texts_kept", default=None
)


@contextlib.contextmanager
def texts_kept() -> Iterator[None]:
    """Within the ``with`` block, each element's text is read once: for a stretch of work
    that reads the tree without changing it (the kept texts would go stale)."""
    token = _KEPT.set({})
    try:
        yield
    finally:
        _KEPT.reset(token)


def text_of(element: lxml.html.HtmlElement) -> str:
    """The element's text, white space collapsed."""
    kept = _KEPT.get()
    if kept is None:
        return _read(element)
    text = kept.get(element)
    if text is None:
        text = kept[element] = _read(element)
    return text


def _read(element: lxml.html.HtmlElement) -> str:
    # a leaf's text is all its text: lxml's text_content() (an XPath call) costs more
    return collapse(element.text_content() if len(element) else element.text or "")


def link_text_length(element: lxml.html.HtmlElement) -> int:
    """Characters of text in the links in (or at) the element."""
    if not len(element):  # a leaf holds no link but itself
        return len(text_of(element)) if element.tag == "a" else 0
    return sum(len(text_of(a)) for a in element.iter("a"))

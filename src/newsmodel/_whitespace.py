"""White space collapsed to single spaces, in memory proportional to the text.

``" ".join(text.split())`` makes a string object for every word before joining them: about
60 bytes a word, 15 to 35 times the text. A long text (a 50 MB one-line page, one huge
``articleBody``) is collapsed a slice at a time instead, each slice cut at white space so
that no word is split, for the same result in about twice the text's size.
"""

from __future__ import annotations

import re

__all__ = ["collapse"]

_SLICE = 1 << 16  # characters; a shorter text is collapsed in one go
_SPACE = re.compile(r"\s")


def collapse(text: str) -> str:
    """``text`` with every run of white space made one space, and none at either end."""
    if len(text) <= _SLICE:
        return " ".join(text.split())
    parts = []
    start, end = 0, len(text)
    while start < end:
        stop = start + _SLICE
        space = _SPACE.search(text, stop) if stop < end else None
        stop = space.start() if space else end
        part = " ".join(text[start:stop].split())
        if part:
            parts.append(part)
        start = stop
    return " ".join(parts)

"""Headlines read off the story itself, for a page whose metadata and ``<title>`` name none.

A page with a damaged ``<head>``, or a bare ``<article><h1>…</h1><p>…</p>``, still has a
story; these sources let the resolver name it (last of all, and with a warning: see
``HEADLINE_FALLBACK`` in ``resolve``). They propose, best first: the
``<h1>`` nearest the story (``h1``), the first heading of the body (``heading``), the
story's opening words (``opening``).

The ``<h1>`` elements are placed when the sources are made, before the body extractor
removes boilerplate (and often a page's ``<h1>`` with it) from the tree; the containers the
body was read from are known only after. So the page's ``<h1>`` places come from
:func:`h1_places`, and :func:`story_headlines` reads them against the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import lxml.html

from ...._model import Block, Heading, Paragraph
from ..page import Page
from . import Evidence, Proposals

__all__ = ["H1_CHARACTERS_MAX", "OPENING_WORDS", "H1Place", "h1_places", "story_headlines"]

H1_CHARACTERS_MAX = 300
"""Characters of an ``<h1>`` taken as a headline: a longer one holds more than a headline
(markup that never closes its ``<h1>`` puts the whole story in it)."""

OPENING_WORDS = 12
"""Words of the story's first sentence kept as its headline; a longer sentence is cut
there, with an ellipsis."""

_Path = tuple[lxml.html.HtmlElement, ...]
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s")


@attrs.frozen
class H1Place:
    """An ``<h1>``'s text and where it stood: the elements from the root down to it."""

    text: str
    path: _Path = attrs.field(eq=False, repr=False)


def h1_places(page: Page) -> tuple[H1Place, ...]:
    """The page's ``<h1>`` elements with a headline's text, in page order, placed now:
    before the body is extracted."""
    found = []
    for h1, text in zip(page.tree.iter("h1"), page.h1s, strict=True):  # the texts, once
        if text and len(text) <= H1_CHARACTERS_MAX:
            found.append(H1Place(text, (*reversed(list(h1.iterancestors())), h1)))
    return tuple(found)


def story_headlines(
    h1s: Sequence[H1Place],
    blocks: Sequence[Block],
    containers: Sequence[lxml.html.HtmlElement],
) -> dict[str, Evidence]:
    """The sources of a headline read off the story, by the names the resolver uses.

    Args:
        h1s: The page's ``<h1>`` places (:func:`h1_places`).
        blocks: The body.
        containers: The elements the body was read from; none where a site adapter's
            selectors or the JSON-LD gave it.
    """
    return {
        "h1": Proposals("h1", {"headline": lambda: [_nearest(h1s, containers)]}),
        "heading": Proposals("heading", {"headline": lambda: [_first_heading(blocks)]}),
        "opening": Proposals("opening", {"headline": lambda: [_opening(blocks)]}),
    }


def _nearest(h1s: Sequence[H1Place], containers: Sequence[lxml.html.HtmlElement]) -> str | None:
    """The ``<h1>`` fewest steps through the tree from a container of the story (the first
    of those as near), or the page's first without a story."""
    if not h1s:
        return None
    if not containers:
        return h1s[0].text
    paths = [(*reversed(list(c.iterancestors())), c) for c in containers]
    return min(h1s, key=lambda h1: min(_steps(h1.path, path) for path in paths)).text


def _steps(one: _Path, other: _Path) -> int:
    """Steps up from one element and down to the other, through their nearest common
    ancestor."""
    shared = 0
    for a, b in zip(one, other, strict=False):
        if a is not b:
            break
        shared += 1
    return len(one) + len(other) - 2 * shared


def _first_heading(blocks: Sequence[Block]) -> str | None:
    return next((b.text for b in blocks if isinstance(b, Heading)), None)


def _opening(blocks: Sequence[Block]) -> str | None:
    """The first paragraph's first sentence, cut after :data:`OPENING_WORDS` words."""
    paragraph = next((b for b in blocks if isinstance(b, Paragraph)), None)
    if paragraph is None:
        return None
    sentence = _SENTENCE_END.split(paragraph.text.strip(), maxsplit=1)[0]
    words = sentence.split()
    if len(words) <= OPENING_WORDS:
        return sentence
    return " ".join(words[:OPENING_WORDS]).rstrip(",;:") + "…"

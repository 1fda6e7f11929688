"""The elements just around a page's headline, where its byline and dateline stand."""

from __future__ import annotations

import collections
import itertools
from collections.abc import Container, Sequence

import lxml.html
from lxml import etree

from ..._whitespace import collapse

__all__ = ["around_headline", "headline_element"]

_NEVER_THE_HEADLINE = frozenset({"title", "option", "textarea"})  # not shown over a story
_QUOTES = str.maketrans("‘’“”", "''\"\"")


def around_headline(
    tree: lxml.html.HtmlElement,
    hidden: Container[str],
    before: int,
    after: int,
    headlines: Sequence[str] = (),
) -> list[lxml.html.HtmlElement]:
    """The shown elements just after the page's headline element, then those just before
    it from the nearest; none without one.

    The headline element is the first ``<h1>``; on a page without one, the element that
    shows one of ``headlines`` (see :func:`headline_element`). Only the window before it
    is kept while the page is read up to it, and a page with neither is not read from
    Python at all.

    Args:
        tree: The parsed page.
        hidden: The tags of elements that are not shown (what they hold may be).
        before: How many elements before the headline element are given.
        after: How many elements after it are given.
        headlines: The texts the page may show its headline as where it has no ``<h1>``,
            best first.
    """
    headline = next(tree.iter("h1"), None)  # found in C
    if headline is None and headlines:
        headline = headline_element(tree, hidden, headlines)
    if headline is None:
        return []
    window: collections.deque[lxml.html.HtmlElement] = collections.deque(maxlen=before)
    shown = (element for element in tree.iter(etree.Element) if element.tag not in hidden)
    for element in shown:
        if element is headline:
            return [*itertools.islice(shown, after), *reversed(window)]
        window.append(element)
    return []


def headline_element(
    tree: lxml.html.HtmlElement, hidden: Container[str], headlines: Sequence[str]
) -> lxml.html.HtmlElement | None:
    """The first shown element whose own text (before any element inside it) is the
    best of ``headlines`` that one shows, white space, case and curly quotes aside.

    A page without an ``<h1>`` (an old table layout) sets its headline in ``<b>`` or
    ``<font>`` over the story; its ``<title>`` names it, with the site's name the page
    may show too, in its banner: a worse form of the headline.
    """
    ranks = {_comparable(text): rank for rank, text in reversed(list(enumerate(headlines)))}
    longest = max((len(text) for text in headlines), default=0)
    best: tuple[int, lxml.html.HtmlElement] | None = None
    for element in tree.iter(etree.Element):
        text = element.text
        if not text or len(text) > 4 * longest or element.tag in _NEVER_THE_HEADLINE:
            continue
        rank = ranks.get(_comparable(text))
        if rank is None or (best is not None and rank >= best[0]) or element.tag in hidden:
            continue
        best = (rank, element)
        if rank == 0:
            break
    return best[1] if best is not None else None


def _comparable(text: str) -> str:
    return collapse(text.translate(_QUOTES).casefold())

"""The elements just around a page's headline, where its byline and dateline stand."""

from __future__ import annotations

import collections
import itertools
from collections.abc import Container

import lxml.html
from lxml import etree

__all__ = ["around_headline"]


def around_headline(
    tree: lxml.html.HtmlElement, hidden: Container[str], before: int, after: int
) -> list[lxml.html.HtmlElement]:
    """The shown elements just after the first ``<h1>``, then those just before it from
    the nearest; none without one.

    Only the window before the ``<h1>`` is kept while the page is read up to it, and a page
    without one is not read from Python at all.

    Args:
        tree: The parsed page.
        hidden: The tags of elements that are not shown (what they hold may be).
        before: How many elements before the ``<h1>`` are given.
        after: How many elements after it are given.
    """
    if next(tree.iter("h1"), None) is None:  # found in C
        return []
    window: collections.deque[lxml.html.HtmlElement] = collections.deque(maxlen=before)
    shown = (element for element in tree.iter(etree.Element) if element.tag not in hidden)
    for element in shown:
        if element.tag == "h1":
            return [*itertools.islice(shown, after), *reversed(window)]
        window.append(element)
    return []

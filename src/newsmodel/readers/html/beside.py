"""Blocks beside the story whose dates are never the article's: other stories and comments.

A ``<time>`` in a related teaser dates the teaser's article, one in a comment list a
comment; read as the page's date, it makes the article as old as its last related link.
Such a block is known by the names the reader already gives these blocks, in its class,
id or ``aria-label``: a related, recommended, most-read or previous/next block
(:data:`~newsmodel.readers.html.vocabulary.OTHER_STORIES`) or a comment section
(:data:`~newsmodel.readers.html.vocabulary.COMMENT_SECTION`). Not by its tag: templates
put the story's own date in an ``<aside>`` as often as they put related links there. The
elements around the page's ``<h1>`` are the story's own whatever their names say (a
wrapper named ``has-related``).
"""

from __future__ import annotations

import itertools

import lxml.html
from lxml import etree

from .vocabulary import COMMENT_SECTION, OTHER_STORIES

__all__ = ["BesideTheStory"]

_INSIDE_READ = 64  # elements; a line of text (at most 120 characters) has fewer


class BesideTheStory:
    """Tells the blocks beside the story of one page.

    Args:
        tree: The parsed page.
    """

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        headline = next(tree.iter("h1"), None)
        # the proxies are kept, so each element is the same object for as long as this is
        self._story: set[lxml.html.HtmlElement] = (
            {headline, *headline.iterancestors()} if headline is not None else set()
        )
        self._named: dict[str, bool] = {}  # templates repeat a few names
        # the elements around the headline share ancestors and descendants: each is judged
        # once (the page does not change while they are asked about)
        self._judged: dict[lxml.html.HtmlElement, bool] = {}

    def is_block(self, element: lxml.html.HtmlElement) -> bool:
        """Whether ``element`` is a block of other stories or of comments."""
        classes, key, label = element.get("class"), element.get("id"), element.get("aria-label")
        if not (classes or key or label) or element in self._story:
            return False
        names = " ".join(filter(None, (classes, key, label)))
        named = self._named.get(names)
        if named is None:
            named = OTHER_STORIES.found_in(names) or COMMENT_SECTION.found_in(names)
            self._named[names] = named
        return named

    def holds(self, element: lxml.html.HtmlElement) -> bool:
        """Whether ``element`` is such a block or stands in one."""
        return any(map(self._is_block_kept, itertools.chain((element,), element.iterancestors())))

    def around(self, element: lxml.html.HtmlElement) -> bool:
        """Whether a small element (a line of text) has such a block inside it, so that
        its text holds the block's; only its first ``_INSIDE_READ`` elements are read."""
        inside = itertools.islice(element.iterdescendants(etree.Element), _INSIDE_READ)
        return any(map(self._is_block_kept, inside))

    def _is_block_kept(self, element: lxml.html.HtmlElement) -> bool:
        verdict = self._judged.get(element)
        if verdict is None:
            verdict = self._judged[element] = self.is_block(element)
        return verdict

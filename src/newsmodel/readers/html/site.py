"""The site adapter that applies to a page, and what its selectors find there.

Every adapter the reader was handed (the top-level functions hand it those of the
``newsmodel.sites`` group) is asked whether it matches the page; the one with the highest
priority, then the first by registered name, applies (the rule is in
:class:`newsmodel.SiteAdapter`). Where one of its selectors finds something, that replaces
what the reader found by itself; where a selector is unset or finds nothing, the reader's
own result stays. The body is the exception: it is checked as the reader checks its own
choice (:meth:`SitePage.body`). With no adapter matching, the page is read exactly as
without adapters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs
import lxml.html
from dateutil.parser import isoparse

from ..._checks import absolute_url, text_problem
from ..._model import Block, Comment, Heading, Image, ListBlock, Paragraph, Person, Quote, Related
from ..._whitespace import collapse
from ...protocols import SiteAdapter
from ...sites import Selectors, SiteAdapterError
from ...sites._selectors import Found, select
from ._dropping import Dropper
from .body import blocks_in, extract_story, holds_little_of_story
from .comments import comments_in
from .portal import image_at, related_links, trail_in
from .resolve import VisiblePage
from .vocabulary import BYLINE_PREFIX, NAME_CHARS_MAX

__all__ = ["SitePage", "site_page"]


def site_page(
    tree: lxml.html.HtmlElement,
    url: str | None,
    adapters: Mapping[str, SiteAdapter] | None = None,
) -> SitePage | None:
    """The adapter that applies to the page, bound to it; None when none matches.

    Args:
        tree: The page.
        url: The page's URL.
        adapters: The adapters to try, by registered name; none by default.

    Raises:
        SiteAdapterError: An adapter's ``matches()`` failed, or the winner has no
            :class:`~newsmodel.Selectors`.
    """
    if not adapters:
        return None
    winner: tuple[int, str, SiteAdapter] | None = None
    for name in sorted(adapters):  # the first name wins a tie
        adapter = adapters[name]
        try:
            matched = adapter.matches(tree, url)
        except Exception as error:  # a plugin may fail in any way
            raise SiteAdapterError(
                name, f"matches() failed: {type(error).__name__}: {error}"
            ) from error
        if matched and (winner is None or adapter.priority > winner[0]):
            winner = (adapter.priority, name, adapter)
    if winner is None:
        return None
    _, name, adapter = winner
    selectors: object = adapter.selectors
    if not isinstance(selectors, Selectors):
        raise SiteAdapterError(name, f"selectors must be Selectors, not {selectors!r}")
    return SitePage(name, selectors, tree, url)


@attrs.define
class SitePage:
    """One adapter's selectors, bound to one page.

    Args:
        adapter: The adapter's registered name.
        selectors: Its selectors.
        tree: The page.
        base: The page's URL.
    """

    adapter: str
    selectors: Selectors
    tree: lxml.html.HtmlElement
    base: str | None

    @property
    def name(self) -> str:
        """The adapter as a source of field values: ``site:`` and its registered name."""
        return f"site:{self.adapter}"

    def propose(self, field: str) -> list[Any]:
        """What the selectors find for ``field``, where they find something; the
        resolver decides what replaces the reader's own values.

        The headline, authors, publication date and site name; the section as the
        :class:`~newsmodel.readers.html.portal.Trail` of each ``breadcrumbs`` element;
        the ``related`` blocks' links; the first ``comments`` element's threads; the
        portal's ``tagline`` and ``logo``.
        """
        finders: dict[str, Callable[[], list[Any]]] = {
            "headline": lambda: [self._text("headline")],
            "authors": lambda: [self._authors()],
            "date_published": lambda: [self._date()],
            "site_name": lambda: [self._text("site_name")],
            "section": lambda: [trail_in(e, self.base) for e in self._elements("breadcrumbs")],
            "related": lambda: [self._related()],
            "comments": lambda: [self._comments()],
            "tagline": lambda: [self._text("tagline")],
            "logo": lambda: [self._logo()],
        }
        find = finders.get(field)
        return find() if find is not None else []

    def _related(self) -> list[Related]:
        """The links in the ``related`` blocks."""
        blocks = self._elements("related")
        return related_links(self.tree, self.base, blocks) if blocks else []

    def _comments(self) -> list[Comment]:
        """The comment threads in the first ``comments`` element that holds any."""
        for element in self._elements("comments"):
            found = comments_in(element)
            if found:
                return found
        return []

    def body(self) -> VisiblePage:
        """Drop the ``remove`` elements, then read the body from the ``body`` elements,
        or with the reader's own rules (credited to them) where they hold no text (a
        selector that matches no element, or a wrapper whose blocks come out empty or
        images only) or miss the story: the ``body`` elements hold under a quarter of the
        page's good paragraph text, and the reader's own body is over twice as long and
        lies in the same main content (:func:`_in_one_column`). The tree is modified."""
        dropper = Dropper()
        for element in self._elements("remove"):
            dropper.drop(element)
        dropper.flush()
        containers = self._elements("body")
        chosen = tuple(
            element
            for element in containers
            if not any(a in containers for a in element.iterancestors())
        )
        blocks: list[Block] = []
        for container in chosen:
            blocks.extend(blocks_in(container, self.base))
        has_text = _has_text(blocks)
        if not has_text or holds_little_of_story(chosen, self.tree):
            own, own_containers = extract_story(self.tree, self.base)
            if own and (
                not has_text
                or (
                    _length(own) > _LONGER * _length(blocks)
                    and _in_one_column(chosen, own_containers)
                )
            ):
                return VisiblePage(own, containers=own_containers)
        return VisiblePage(tuple(blocks), self.name, chosen)

    def _found(self, field: str) -> list[Found]:
        return select(self.tree, self.selectors, field, adapter=self.adapter)

    def _elements(self, field: str) -> list[lxml.html.HtmlElement]:
        found = select(self.tree, self.selectors, field, adapter=self.adapter, elements_only=True)
        return [item for item in found if not isinstance(item, str)]

    def _text(self, field: str) -> str | None:
        for item in self._found(field):
            text = _words(item)
            if text and not text_problem(text, blank_ok=False):
                return text
        return None

    def _authors(self) -> tuple[Person, ...]:
        people: list[Person] = []
        for item in self._found("authors"):
            name = BYLINE_PREFIX.sub("", _words(item))
            if not name or len(name) > NAME_CHARS_MAX or text_problem(name, blank_ok=False):
                continue
            if any(p.name.casefold() == name.casefold() for p in people):
                continue
            url = None
            if not isinstance(item, str) and item.tag == "a" and item.get("href"):
                url = absolute_url(item.get("href"), self.base)
            people.append(Person(name, url=url))
        return tuple(people)

    def _date(self) -> dt.datetime | dt.date | None:
        for item in self._found("date_published"):
            if isinstance(item, str):
                texts: list[str | None] = [item]
            else:
                texts = [item.get("datetime"), item.get("content"), _words(item)]
            for text in texts:
                moment = _moment(text)
                if moment is not None:
                    return moment
        return None

    def _logo(self) -> Image | None:
        for item in self._found("logo"):
            if isinstance(item, str):
                address = absolute_url(item, self.base)
                image = Image(address) if address else None
            else:
                image = image_at(item, self.base)
            if image is not None:
                return image
        return None


_LONGER = 2  # times the adapter's text the reader's own body holds to replace it
_MAIN_CONTENT = frozenset({"main", "article"})


def _in_one_column(
    ours: Sequence[lxml.html.HtmlElement], theirs: Sequence[lxml.html.HtmlElement]
) -> bool:
    """Whether the reader's own containers share the page's main content with the
    adapter's: the nearest element holding both is, or is inside, a ``<main>`` or
    ``<article>``. A post's transcript or second part beside the adapter's container
    passes; a sidebar beside the whole post column (their meeting point the ``<body>``
    or a page wrapper) does not, however long."""
    for mine in ours:
        around = {mine, *mine.iterancestors()}
        for other in theirs:
            meeting = next((a for a in (other, *other.iterancestors()) if a in around), None)
            if meeting is None or not any(
                a.tag in _MAIN_CONTENT for a in (meeting, *meeting.iterancestors())
            ):
                return False
    return bool(ours) and bool(theirs)


def _length(blocks: Sequence[Block]) -> int:
    """Characters of text in the blocks."""
    return sum(
        sum(map(len, block.items)) if isinstance(block, ListBlock) else len(block.text)
        for block in blocks
        if isinstance(block, Paragraph | Heading | Quote | ListBlock)
    )


def _has_text(blocks: Sequence[Block]) -> bool:
    """Whether a body holds any text: a paragraph, heading, quote or list."""
    return any(isinstance(block, Paragraph | Heading | Quote | ListBlock) for block in blocks)


def _words(item: Found) -> str:
    return collapse(item if isinstance(item, str) else item.text_content())


def _moment(text: str | None) -> dt.datetime | dt.date | None:
    """An aware date-time, or the day where the text gives no time zone."""
    if not text or not text.strip():
        return None
    try:
        parsed = isoparse(text.strip())
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.utcoffset() is not None else parsed.date()

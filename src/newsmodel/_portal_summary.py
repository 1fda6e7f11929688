"""What a portal walk has found, built from its stream of pages and failures: the portal
with its sections tree merged across fronts, the feeds and sitemaps found, counts, the
failures, the newest articles, and why the walk stopped.

Its size is bounded by the walk's limits, never by the articles the portal lists: of the
articles it keeps the ``newest`` few (a heap), and counts the rest.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from typing import TYPE_CHECKING

import attrs

from ._front import Front, FrontBlock, ListingLink
from ._listing import ListingKind
from ._portal_steps import PortalFailure, PortalPage

if TYPE_CHECKING:
    from ._model import Article, Portal, Section

__all__ = ["PortalSummary"]

_FEEDS = frozenset({ListingKind.RSS, ListingKind.ATOM, ListingKind.JSON_FEED})
_SITEMAPS = frozenset({ListingKind.SITEMAP, ListingKind.SITEMAP_INDEX})
NEWEST_HEADING = "Newest"


class PortalSummary:
    """What a portal walk has found so far (see :func:`newsmodel.walk_portal`).

    Attributes:
        home: The home page's address, when known.
        portal: The portal as the home page shows it (the first front that names one);
            :attr:`sections` has the sections of every front read, merged.
        pages: Requests made. ``fronts``, ``listings``: documents read of each kind.
        articles: Distinct articles found (by address).
        addresses: Addresses sitemaps list without a headline (not articles).
        failures: Each document that could not be fetched or read.
        disallowed: Links not followed because robots.txt disallows them.
        offsite: Links not followed because they lead to another host.
        stopped: Why the walk ended early (``"max_pages (100) reached"``,
            ``"interrupted"``); None when it ran out of links to follow.

    .. versionadded:: 0.2
    """

    def __init__(self, home: str | None = None, *, newest: int = 20) -> None:
        self.home = home
        self.portal: Portal | None = None
        self._sections: dict[Section, None] = {}
        self._feeds: dict[str, ListingLink] = {}
        self._sitemaps: dict[str, ListingLink] = {}
        self.pages = 0
        self.fronts = 0
        self.listings = 0
        self.articles = 0
        self.addresses = 0
        self.failures: list[PortalFailure] = []
        self.disallowed = 0
        self.offsite = 0
        self.stopped: str | None = None
        self._keep = newest
        self._dated: list[tuple[dt.datetime, int, Article]] = []  # a min-heap: oldest first
        self._undated: list[Article] = []
        self._order = itertools.count()

    @property
    def sections(self) -> tuple[Section, ...]:
        """Every section found, parents before their children, in the order found."""
        return tuple(self._sections)

    @property
    def feeds(self) -> tuple[ListingLink, ...]:
        """Every feed found (linked from a front, or fetched), once each, in the order
        found."""
        return tuple(self._feeds.values())

    @property
    def sitemaps(self) -> tuple[ListingLink, ...]:
        """Every sitemap found (named by robots.txt, a front or an index, or fetched), once
        each, in the order found."""
        return tuple(self._sitemaps.values())

    @property
    def newest(self) -> tuple[Article, ...]:
        """The newest articles found, newest first (by publication date, else
        modification date); articles without a date fill what is left, in the order
        found."""
        dated = [article for _, _, article in sorted(self._dated, reverse=True)]
        return tuple((dated + self._undated)[: self._keep])

    def add(self, step: PortalPage | PortalFailure) -> None:
        """Take one step of the walk into the summary."""
        if isinstance(step, PortalFailure):
            self.failures.append(step)
            return
        if step.front is not None:
            self.fronts += 1
            self._add_front(step.front)
        if step.listing is not None:
            listing = step.listing
            if listing.kind is not ListingKind.ROBOTS_TXT:
                self.listings += 1
                self._link(ListingLink(step.url, kind=listing.kind, title=listing.title))
            self.addresses += len(listing.entries)
            for entry in listing.sitemaps:
                self._link(ListingLink(entry.url), sitemap=True)
        for article in step.articles:
            self._add_article(article)

    def to_front(self) -> Front:
        """The summary as a :class:`~newsmodel.Front` (the home page's address, the
        portal with its merged sections, the feeds and sitemaps found, and one block of
        the newest articles), which the ``json`` writer writes and
        :func:`newsmodel.read_front` reads back."""
        newest = self.newest
        return Front(
            url=self.home,
            portal=self._merged_portal(),
            blocks=[FrontBlock(newest, heading=NEWEST_HEADING)] if newest else [],
            feeds=self.feeds,
            sitemaps=self.sitemaps,
        )

    def _merged_portal(self) -> Portal | None:
        if self.portal is None:
            return None
        return attrs.evolve(self.portal, sections=self.sections)

    def _add_front(self, front: Front) -> None:
        if front.portal is not None:
            if self.portal is None:
                self.portal = front.portal
            for section in front.portal.sections:
                self._add_section(section)
        if front.section is not None:
            self._add_section(front.section)
        if front.is_home and self.home is None:
            self.home = front.url
        for link in front.feeds:
            self._link(link)
        for link in front.sitemaps:
            self._link(link, sitemap=True)

    def _add_section(self, section: Section) -> None:
        for node in section.path:  # its parents first, so the tree is whole
            self._sections.setdefault(node)

    def _link(self, link: ListingLink, *, sitemap: bool = False) -> None:
        """Record a feed or sitemap, once; a later sight of it fills in what was not
        known (its kind, its title)."""
        is_sitemap = link.kind in _SITEMAPS or (link.kind is None and sitemap)
        if link.kind is not None and link.kind not in _FEEDS | _SITEMAPS:
            return
        found = self._sitemaps if is_sitemap else self._feeds
        known = found.get(link.url)
        if known is None:
            found[link.url] = link
        elif known.kind is None or known.title is None:
            found[link.url] = attrs.evolve(
                known, kind=known.kind or link.kind, title=known.title or link.title
            )

    def _add_article(self, article: Article) -> None:
        self.articles += 1
        if self._keep == 0:
            return
        moment = _moment(article.date_published or article.date_modified)
        if moment is None:
            if len(self._undated) < self._keep:
                self._undated.append(article)
            return
        entry = (moment, -next(self._order), article)  # of two as new, the first found
        if len(self._dated) < self._keep:
            heapq.heappush(self._dated, entry)
        elif entry[:2] > self._dated[0][:2]:
            heapq.heapreplace(self._dated, entry)


def _moment(value: dt.datetime | dt.date | None) -> dt.datetime | None:
    """A date as the moment its day starts in UTC, to compare it with times."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)

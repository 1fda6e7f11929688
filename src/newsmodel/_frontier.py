"""What a portal walk has still to fetch, and in which order: the home page; then the
feeds and sitemaps the portal names; then the usual places portals put them; then section
fronts, breadth first. Each address is met once, and nothing is queued that the walk's
limits would not let it fetch, so the queues stay as small as the limits.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterable
from typing import Literal

import attrs

__all__ = ["Frontier", "Next"]


@attrs.frozen
class Next:
    """The next document to fetch: a front ``depth`` links from the home page, or a
    feed or sitemap behind ``depth`` sitemap indexes, ``guessed`` if at a usual place."""

    kind: Literal["front", "listing"]
    url: str
    depth: int
    guessed: bool = False


class Frontier:
    """The walk's queues.

    Args:
        home: The home page, fetched first.
        depth: The deepest front queued.
        max_fronts: The most fronts queued at once.
        max_listings: The most feeds and sitemaps handed out, guesses included.
        accepts: Whether a link met for the first time may be fetched (its host, the
            rules of robots.txt); called once per address.
    """

    def __init__(
        self,
        home: str,
        *,
        depth: int,
        max_fronts: int,
        max_listings: int,
        accepts: Callable[[str], bool],
    ) -> None:
        self._depth = depth
        self._max_fronts = max_fronts
        self._max_listings = max_listings
        self._accepts = accepts
        self._fronts: collections.deque[tuple[str, int]] = collections.deque([(home, 0)])
        self._listings: collections.deque[tuple[str, int]] = collections.deque()
        self._guesses: collections.deque[str] = collections.deque()
        self._met = {home}
        self._listings_out = 0

    def add_front(self, url: str, depth: int) -> None:
        """Queue a section front, if not too deep, not met before and accepted."""
        if depth <= self._depth and len(self._fronts) < self._max_fronts and self._meets(url):
            self._fronts.append((url, depth))

    def add_listing(self, url: str, depth: int) -> None:
        """Queue a feed or sitemap the portal names, if there is room for it, not met
        before and accepted."""
        if self._listings_out + len(self._listings) < self._max_listings and self._meets(url):
            self._listings.append((url, depth))

    def add_guesses(self, urls: Iterable[str]) -> None:
        """Queue usual places, tried once what the portal names is done; met (and
        counted) only when their turn comes."""
        if self._max_listings:
            self._guesses.extend(urls)

    def pop(self) -> Next | None:
        """The next document to fetch, or None when nothing is left."""
        home_pending = bool(self._fronts) and self._fronts[0][1] == 0
        while not home_pending and self._listings_out < self._max_listings:
            if self._listings:
                url, depth = self._listings.popleft()
                self._listings_out += 1
                return Next("listing", url, depth)
            if not self._guesses:
                break
            url = self._guesses.popleft()
            if self._meets(url):
                self._listings_out += 1
                return Next("listing", url, 0, guessed=True)
        if self._fronts:
            url, depth = self._fronts.popleft()
            return Next("front", url, depth)
        return None

    def _meets(self, url: str) -> bool:
        """Whether ``url`` is met for the first time and accepted; it is met from now
        on, so that a link refused is counted once, however many pages give it."""
        if url in self._met:
            return False
        self._met.add(url)
        return self._accepts(url)

"""Walking a portal: its home page, then (when asked) its section fronts, feeds and
sitemaps, fetched politely and within explicit limits, yielded as they come.

The walk is one loop over its :class:`~newsmodel._frontier.Frontier` (the home page, then
feeds and sitemaps, which list the most articles a request, then section fronts). It
holds the frontier's queues (bounded by the limits) and the links it has met, the set of
article addresses it has seen (at most ``max_articles``) and a
:class:`~newsmodel.PortalSummary` of bounded size; every document it reads is handed to
the caller and dropped, so memory does not grow with the articles a portal lists.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urljoin, urlsplit

from . import _checks as check
from . import limits
from ._api import read_front, read_listing
from ._fetch import default_user_agent, fetch_within, urllib3_or_error
from ._front import Front
from ._frontier import Frontier
from ._listing import ListingKind
from ._portal_steps import PortalFailure, PortalPage
from ._portal_summary import PortalSummary
from ._robots_rules import RobotsRules
from .errors import (
    FetchError,
    InvalidValueError,
    NewsmodelError,
    ReadError,
    ReadWarning,
    UnknownFormatError,
)
from .source import Source, SourceLike, looks_like_url

if TYPE_CHECKING:
    from ._model import Article

__all__ = ["USUAL_LOCATIONS", "PortalWalk", "walk_portal"]

#: Where portals commonly put their sitemaps and feeds without saying so; tried (when
#: feeds and sitemaps are followed) after those the portal names. docs/portals.rst lists
#: them too.
USUAL_LOCATIONS = (
    "/sitemap.xml",
    "/sitemap_index.xml",
    "/news-sitemap.xml",
    "/sitemap-news.xml",
    "/feed",
    "/rss",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
)
_FEEDS = frozenset({ListingKind.RSS, ListingKind.ATOM, ListingKind.JSON_FEED})
_SITEMAPS = frozenset({ListingKind.SITEMAP, ListingKind.SITEMAP_INDEX})


class PortalWalk:
    """A walk of a portal, made by :func:`walk_portal`: iterate it (once) for each
    :class:`PortalPage` and :class:`PortalFailure` as they come; ``summary``, a
    :class:`PortalSummary`, holds what the walk has found so far, and why it stopped.

    .. versionadded:: 0.2
    """

    def __init__(
        self,
        home: SourceLike,
        *,
        url: str | None,
        depth: int,
        max_pages: int,
        max_articles: int,
        max_listings: int,
        sitemap_depth: int,
        delay: float,
        user_agent: str | None,
        obey_robots: bool,
        timeout: float | None,
        max_bytes: int | None,
        newest: int,
        sleep: Callable[[float], None],
        clock: Callable[[], float],
    ) -> None:
        for name, value in (
            ("depth", depth),
            ("max_pages", max_pages),
            ("max_articles", max_articles),
            ("max_listings", max_listings),
            ("sitemap_depth", sitemap_depth),
            ("newest", newest),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InvalidValueError("walk_portal", name, value, "must be a whole number >= 0")
        if not delay >= 0:
            raise InvalidValueError("walk_portal", "delay", delay, "must be >= 0 seconds")
        self._home = home
        self._online = isinstance(home, str) and looks_like_url(home)
        if self._online and urlsplit(str(home)).scheme.lower() not in ("http", "https"):
            scheme = urlsplit(str(home)).scheme
            raise FetchError(str(home), f"unsupported scheme {scheme!r} (only http(s) is walked)")
        # a front given as a file is the home page only if it says so (it fronts no section)
        self.summary = PortalSummary(str(home) if self._online else None, newest=newest)
        self._url = url
        self._depth = depth
        self._max_pages = max_pages
        self._max_articles = max_articles
        self._max_listings = max_listings
        self._sitemap_depth = sitemap_depth
        self._delay = delay
        self._user_agent = user_agent or default_user_agent()
        self._obey_robots = obey_robots
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._sleep = sleep
        self._clock = clock
        self._seen_articles: set[str] = set()
        self._article_count = 0
        self._last_request: float | None = None
        self._rules = RobotsRules.allowing_all()
        self._robots_said = "robots.txt disallows it"
        self._started = False
        self._origin = ""

    def __iter__(self) -> Iterator[PortalPage | PortalFailure]:
        if self._started:  # a walk runs once; its summary stays
            return
        self._started = True
        try:
            if self._online:
                yield from self._walk(str(self._home))
            else:
                yield from self._read_given()
        except KeyboardInterrupt:
            self.summary.stopped = "interrupted"
            raise

    # -- a front given as a file or bytes: read it, fetch nothing

    def _read_given(self) -> Iterator[PortalPage | PortalFailure]:
        home = self._home
        source = Source.of(home, url=self._url)
        name = str(home) if isinstance(home, Path) else source.name
        try:
            front = _front_of(source)
        except NewsmodelError as error:
            yield self._failed(source.url or name, error)
            return
        articles = self._new(front.articles)
        yield self._found(
            PortalPage(front.url or source.url or name, front=front, articles=articles)
        )

    # -- a home page named by URL

    def _walk(self, home: str) -> Iterator[PortalPage | PortalFailure]:
        urllib3_or_error(home)  # no fetch extra, nothing to walk: an error, not a step
        parts = urlsplit(home)
        self._origin = _origin(home)
        frontier = Frontier(
            home,
            depth=self._depth,
            max_fronts=self._max_pages,
            max_listings=self._max_listings,
            accepts=self._accepts,
        )
        yield from self._robots_txt(f"{parts.scheme}://{parts.netloc}/robots.txt", frontier)
        if self._obey_robots and not self._rules.allows(home):
            self.summary.disallowed += 1
            yield self._failed(home, FetchError(home, f"{self._robots_said}; not fetched"))
            return
        while (next_one := frontier.pop()) is not None:
            if self.summary.pages >= self._max_pages:
                self.summary.stopped = f"max_pages ({self._max_pages}) reached"
                return
            if next_one.kind == "listing":
                step = self._listing(next_one.url, next_one.depth, next_one.guessed)
                if step is None:
                    continue
                yield step
                listing = step.listing if isinstance(step, PortalPage) else None
                if listing is not None and next_one.depth < self._sitemap_depth:
                    for entry in listing.sitemaps:
                        frontier.add_listing(entry.url, next_one.depth + 1)
            else:
                step = self._front(next_one.url, next_one.depth)
                yield step
                front = step.front if isinstance(step, PortalPage) else None
                if front is not None:
                    for link in (*front.feeds, *front.sitemaps):
                        frontier.add_listing(link.url, 0)
                    if next_one.depth == 0:
                        frontier.add_guesses(_guessed(home))
                    for section_url in _section_urls(front):
                        frontier.add_front(section_url, next_one.depth + 1)
            # the document goes with the caller: none is kept while the next is read
            step = listing = front = None
            if self._articles_full():
                self.summary.stopped = f"max_articles ({self._max_articles}) reached"
                return

    def _accepts(self, url: str) -> bool:
        """Whether a link may be fetched: on the portal's host, and allowed by
        robots.txt; one that is not is counted."""
        if _origin(url) != self._origin:
            self.summary.offsite += 1
            return False
        if self._obey_robots and not self._rules.allows(url):
            self.summary.disallowed += 1
            return False
        return True

    def _robots_txt(self, url: str, frontier: Frontier) -> Iterator[PortalPage | PortalFailure]:
        """Fetch robots.txt: its rules for our user agent, and the sitemaps it names. A
        4xx answer allows everything (RFC 9309); a server error or no answer forbids
        everything, which :attr:`obey_robots` = False overrides."""
        if self._max_pages == 0:
            return
        try:
            source = self._fetch(url)
        except FetchError as error:
            if error.status is not None and 400 <= error.status < 500:
                return
            if self._obey_robots:
                self._rules = RobotsRules.parse("User-agent: *\nDisallow: /", "*")
                self._robots_said = "robots.txt could not be fetched, which forbids all"
            yield self._failed(url, error)
            return
        self._rules = RobotsRules.parse(_rules_text(source), self._user_agent)
        try:
            listing = read_listing(source, format="robots")
        except NewsmodelError as error:
            yield self._failed(url, error)
            return
        yield self._found(PortalPage(url, listing=listing))
        for entry in listing.sitemaps:
            frontier.add_listing(entry.url, 0)

    def _front(self, url: str, depth: int) -> PortalPage | PortalFailure:
        try:
            source = self._fetch(url)
            front = _front_of(source)
        except NewsmodelError as error:
            return self._failed(url, error)
        articles = self._new(front.articles)
        return self._found(PortalPage(source.url or url, depth, front=front, articles=articles))

    def _listing(self, url: str, level: int, guessed: bool) -> PortalPage | PortalFailure | None:
        """A feed or sitemap fetched and read; None for a guessed location that is not
        there (a 4xx answer, or a page that is neither)."""
        try:
            source = self._fetch(url)
            listing = read_listing(source)
            if listing.kind not in _FEEDS | _SITEMAPS:
                raise ReadError("neither a feed nor a sitemap", format="listing", source=url)
        except FetchError as error:
            if guessed and error.status is not None and 400 <= error.status < 500:
                return None  # not there, or not for us: a guess, not a failure
            return self._failed(url, error)
        except NewsmodelError as error:
            return None if guessed else self._failed(url, error)
        articles = self._new(listing.items)
        return self._found(
            PortalPage(source.url or url, level, listing=listing, articles=articles)
        )

    def _fetch(self, url: str) -> Source:
        """One request, after the delay since the last one (the walk makes one at a time,
        all to one host)."""
        if self._last_request is not None:
            wait = self._last_request + self._delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self.summary.pages += 1
        try:
            return fetch_within(
                url,
                timeout=self._timeout,
                max_bytes=self._max_bytes,
                user_agent=self._user_agent,
                refusal=self._refusal,
            )
        finally:
            self._last_request = self._clock()

    def _refusal(self, url: str) -> str | None:
        if _origin(url) != self._origin:
            return "another host than the portal's"
        if self._obey_robots and not self._rules.allows(url):
            return self._robots_said
        return None

    def _new(self, articles: Iterable[Article]) -> tuple[Article, ...]:
        """The articles not seen before, within ``max_articles``; remembered as seen."""
        found: list[Article] = []
        for article in articles:
            if self._articles_full():
                break
            if article.url is not None:
                if article.url in self._seen_articles:
                    continue
                self._seen_articles.add(article.url)
            self._article_count += 1
            found.append(article)
        return tuple(found)

    def _articles_full(self) -> bool:
        return self._article_count >= self._max_articles

    def _found(self, page: PortalPage) -> PortalPage:
        self.summary.add(page)
        return page

    def _failed(self, url: str, error: NewsmodelError) -> PortalFailure:
        failure = PortalFailure(url, error)
        self.summary.add(failure)
        return failure


def _front_of(source: Source) -> Front:
    """The front a document shows. One no reader recognises is a :class:`ReadError` that
    says what a walk reads: a walk takes no ``format=`` (nor the command ``--from``), so
    the reader's hint to name one would mislead."""
    try:
        return read_front(source)
    except UnknownFormatError as error:
        if not source.data.strip():
            raise ReadError("it is empty", format="front", source=source.name) from error
        raise ReadError(
            "no reader recognises it as a front; a walk reads an HTML page (opening with "
            "<!doctype html>, <html> or <head>) or a newsmodel JSON front",
            format="front",
            source=source.name,
        ) from error


def _origin(url: str) -> str:
    """The host and port a URL is on, lower-case (``http`` and ``https`` alike)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return host if port in (None, default) else f"{host}:{port}"


def _guessed(home: str) -> tuple[str, ...]:
    """The :data:`USUAL_LOCATIONS` on the home page's site."""
    return tuple(urljoin(home, location) for location in USUAL_LOCATIONS)


def _section_urls(front: Front) -> list[str]:
    """The sections a front leads to: its portal's section tree, then its blocks'; each
    once, without its fragment (``/world/#top`` is ``/world/``)."""
    urls: list[str | None] = []
    if front.portal is not None:
        urls.extend(section.url for section in front.portal.sections)
    urls.extend(block.section.url for block in front.blocks if block.section is not None)
    found = (urldefrag(url).url for url in urls if url is not None and not check.url_problem(url))
    return list(dict.fromkeys(found))


def _rules_text(source: Source) -> str:
    """The part of a robots.txt whose rules are read (:data:`limits.ROBOTS_RULES_MAX_BYTES`),
    as UTF-8 (RFC 9309), with what is not replaced."""
    cap = limits.ROBOTS_RULES_MAX_BYTES
    if len(source.data) > cap:
        warnings.warn(
            f"{source.name}: robots.txt is larger than {cap} bytes "
            "(newsmodel.limits.ROBOTS_RULES_MAX_BYTES); the rules past them are not obeyed",
            ReadWarning,
            stacklevel=5,
        )
    return source.data[:cap].decode("utf-8", "replace")


def walk_portal(
    home: SourceLike,
    *,
    url: str | None = None,
    depth: int = 0,
    max_pages: int = 100,
    max_articles: int = 1000,
    max_listings: int = 0,
    sitemap_depth: int = 2,
    delay: float = 1.0,
    user_agent: str | None = None,
    obey_robots: bool = True,
    timeout: float | None = None,
    max_bytes: int | None = None,
    newest: int = 20,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> PortalWalk:
    """Walk a portal from its home page: read the front; over the network, also its
    robots.txt and, when asked, its section fronts, feeds and sitemaps.

    Given a file, bytes or a :class:`~newsmodel.Source` (or a ``str`` that is not an
    ``http(s)`` URL: the page's text), the walk reads that one front and fetches nothing.
    Given an ``http(s)`` URL (the ``fetch`` extra), it fetches robots.txt (its rules and
    its ``Sitemap:`` lines), then the home page, then follows what the limits allow:
    feeds and sitemaps first (those the portal names, then the usual places portals put
    them, listed in :doc:`/portals`; up to ``max_listings`` in all; a sitemap index's
    sitemaps down to ``sitemap_depth``), then section fronts (the portal's section tree
    and the blocks' section links), breadth first, down to ``depth``. Only the home page's host
    is fetched, redirects included, one request at a time with ``delay`` seconds between
    them; paths robots.txt disallows for ``user_agent`` are not fetched.

    Args:
        home: The home page: an ``http(s)`` URL to walk, or the page itself (see above).
        url: The address of a home page given as a file, for its relative links.
        depth: How many section links away from the home page to follow (0: none).
        max_pages: The most documents the walk fetches, robots.txt included (a
            redirect's hops are one document).
        max_articles: The most distinct articles it reports; it stops at that many.
        max_listings: The most feeds and sitemaps it fetches (0: none).
        sitemap_depth: How many levels of sitemap indexes it follows.
        delay: Seconds between two requests (at least; the walk makes one at a time).
        user_agent: The ``User-Agent`` header and the name robots.txt rules are matched
            against (default ``newsmodel/VERSION``).
        obey_robots: Whether to leave out what robots.txt disallows (default True).
        timeout: Each request's time limit (see :func:`newsmodel.fetch`).
        max_bytes: Each response's size cap (see :func:`newsmodel.fetch`).
        newest: How many of the newest articles :class:`~newsmodel.PortalWalk`'s ``summary`` keeps.
        sleep: How to wait, for tests and programs with their own clock.
        clock: Seconds from a monotonic clock, with ``sleep``.

    Returns:
        A :class:`PortalWalk`: iterate it for each :class:`PortalPage` and
        :class:`PortalFailure` in the order the walk makes them; a 404, a timeout or a
        broken feed is a failure and the walk goes on. Its ``summary`` says what was
        found and, if a limit or an interruption ended the walk, why.

    Raises:
        InvalidValueError: A limit is negative (or not a whole number).
        FetchError: ``home`` is a URL whose scheme is not ``http`` or ``https``.
        FetchError: (When iterated) ``home`` is a URL and the ``fetch`` extra is not
            installed.

    .. versionadded:: 0.2
    """
    return PortalWalk(
        home,
        url=url,
        depth=depth,
        max_pages=max_pages,
        max_articles=max_articles,
        max_listings=max_listings,
        sitemap_depth=sitemap_depth,
        delay=delay,
        user_agent=user_agent,
        obey_robots=obey_robots,
        timeout=timeout,
        max_bytes=max_bytes,
        newest=newest,
        sleep=sleep,
        clock=clock,
    )

"""A whole synthetic portal served on 127.0.0.1, for the portal walk's tests: a home page,
section fronts, an RSS and an Atom feed, a broken feed, robots.txt with ``Sitemap:`` lines
and a ``Disallow``, a sitemap index of a news sitemap, a redirect, a 404 and a page slower
than the tests' timeout. Every request is recorded (path, ``Host``, ``User-Agent``).

Fronts are served as the ``html`` writer writes them, and read back by the ``html``
reader.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs

import newsmodel as nm
from newsmodel import Article, Front, FrontBlock, Listing, ListingLink, Portal, Section

FRONT_FORMAT = "html"  # fronts as the html writer writes them, read by the html reader
SLOW_SECONDS = 1.0  # the slow page answers after this; the tests' timeout is shorter
UTC = dt.timezone.utc


@attrs.define
class Request:
    path: str
    host: str
    user_agent: str


def _day(n: int) -> dt.datetime:
    return dt.datetime(2026, 11, n, 9, 0, tzinfo=UTC)


def routes(base: str) -> dict[str, tuple[int, str, bytes | str]]:
    """Each path's status, content type and body; ``base`` is the server's address."""
    world = Section("World", url=f"{base}/world/")
    europe = Section("Europe", url=f"{base}/world/europe/", parent=world)
    sport = Section("Sport", url=f"{base}/sport/")
    private = Section("Members", url=f"{base}/private/")
    gone = Section("Gone", url=f"{base}/missing/")
    slow = Section("Slow", url=f"{base}/slow/")
    elsewhere = Section("Partner", url="http://partner.invalid/news/")
    # the home page's menu shows the top sections; World's shows Europe below it
    portal = Portal(
        "Harbour Times",
        url=f"{base}/",
        tagline="News of the harbour",
        sections=[world, sport, private, gone, slow, elsewhere],
    )
    world_portal = attrs.evolve(portal, sections=[world, europe])

    def article(slug: str, day: int | None = None) -> Article:
        return Article(
            f"Story {slug}",
            url=f"{base}/a/{slug}",
            date_published=_day(day) if day else None,
        )

    def front(section: Section | None, *slugs: str, **fields: Any) -> str:
        blocks = [FrontBlock([article(slug) for slug in slugs], heading="Top")]
        made = Front(
            url=section.url if section else f"{base}/",
            portal=fields.pop("portal", portal),
            section=section,
            blocks=blocks,
            **fields,
        )
        return nm.write(made, FRONT_FORMAT)

    home = front(
        None,
        "home-1",
        "home-2",
        "shared",
        feeds=[
            ListingLink(f"{base}/feed.rss", kind="rss", title="All news"),
            ListingLink(f"{base}/atom.xml", kind="atom"),
            ListingLink(f"{base}/broken.rss", kind="rss"),
            ListingLink("http://partner.invalid/feed", kind="rss"),
        ],
    )
    rss = nm.write(
        Listing(title="All news", url=f"{base}/", items=[article(f"rss-{n}", n) for n in (3, 1)]),
        "rss",
    )
    atom = nm.write(
        Listing(title="Atom", url=f"{base}/", items=[article("atom-1", 20), article("shared")]),
        "atom",
    )
    news = nm.write(
        Listing(language="en", items=[article("news-1", 25)]),
        "news-sitemap",
        publication="Harbour Times",
    )
    index = nm.write(
        Listing(kind="sitemap-index", sitemaps=[nm.SitemapEntry(f"{base}/news-sitemap.xml")]),
        "sitemap-index",
    )
    robots = (
        "User-agent: *\nDisallow: /private/\n\n"
        "User-agent: pickybot\nDisallow: /world/\n\n"
        f"Sitemap: {base}/sitemap_index.xml\n"
    )
    front_type, xml_type = "text/html; charset=utf-8", "application/xml"
    return {
        "/robots.txt": (200, "text/plain", robots),
        "/": (200, front_type, home),
        "/world/": (200, front_type, front(world, "world-1", "shared", portal=world_portal)),
        "/world/europe/": (200, front_type, front(europe, "europe-1")),
        "/sport/": (301, "text/html", f"{base}/sport-front/"),
        "/sport-front/": (200, front_type, front(sport, "sport-1", "sport-2")),
        "/private/": (200, front_type, front(private, "private-1")),
        "/slow/": (200, front_type, front(slow, "slow-1")),
        "/feed.rss": (200, "application/rss+xml", rss),
        "/atom.xml": (200, "application/atom+xml", atom),
        "/broken.rss": (200, "application/rss+xml", "<html><body><p>Moved.</p></body></html>"),
        "/sitemap_index.xml": (200, xml_type, index),
        "/news-sitemap.xml": (200, xml_type, news),
    }


class PortalServer:
    """The server, its address and the requests it has had."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.routes: dict[str, tuple[int, str, bytes | str]] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                """Quiet."""

            def do_GET(self) -> None:
                server.requests.append(
                    Request(
                        self.path,
                        self.headers.get("Host", ""),
                        self.headers.get("User-Agent", ""),
                    )
                )
                status, kind, body = server.routes.get(
                    self.path, (404, "text/html", "<h1>Not found</h1>")
                )
                if self.path == "/slow/":
                    time.sleep(SLOW_SECONDS)
                data = body.encode() if isinstance(body, str) else body
                self.send_response(status)
                self.send_header("Content-Type", kind)
                if status in (301, 302):
                    self.send_header("Location", data.decode())
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(data)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self.routes = routes(self.base)

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]

    @contextlib.contextmanager
    def running(self) -> Iterator[PortalServer]:
        thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        thread.start()
        try:
            yield self
        finally:
            self._httpd.shutdown()
            self._httpd.server_close()


def fake_clock() -> tuple[Callable[[], float], Callable[[float], None], list[float]]:
    """A clock that moves only when slept on, the sleep, and the waits asked of it."""
    now = [0.0]
    waits: list[float] = []

    def clock() -> float:
        return now[0]

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    return clock, sleep, waits

"""Whether a portal walk's memory stays flat in the number of addresses it meets.

A synthetic portal is served on 127.0.0.1: a home page, and a robots.txt naming a sitemap
index of ``N`` sitemaps of 50,000 addresses each (the protocol's most). The walk follows
all of them; :mod:`tracemalloc` gives the peak of Python's memory during the walk, for
``N`` = 2 and for ``N`` = ``--sitemaps`` (8 by default). Every sitemap is read whole (one
document at a time, within :func:`newsmodel.fetch`'s size cap), handed on and dropped, so
the peak should not grow with ``N``. It is that of two sitemaps, not one: a caller's
``for step in walk`` holds the step before while the walk reads the next. The script
fails (status 1) when the larger walk's peak is more than ``--ratio`` (1.2) times the
smaller's. ::

    python benchmarks/portal_walk.py
    python benchmarks/portal_walk.py --sitemaps 16
    python benchmarks/portal_walk.py --smoke     # 2 and 3 sitemaps of 2,000: that it runs

Nothing goes anywhere but 127.0.0.1. Measured here (tracemalloc makes it slow: about
15 s a sitemap): a peak of 19 to 22 MB for 2, 4, 8 and 16 sitemaps (100,000 to 800,000
addresses), 14 MB for one.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import newsmodel as nm

ADDRESSES = 50_000  # a sitemap's most (sitemaps.org)


def _site(base: str, sitemaps: int, addresses: int) -> dict[str, bytes]:
    home = nm.Front(url=f"{base}/", portal=nm.Portal("Walked", url=f"{base}/"))
    index = "".join(f"<sitemap><loc>{base}/s{n}.xml</loc></sitemap>" for n in range(sitemaps))
    pages = {
        "/": nm.write(home, "json").encode(),
        "/robots.txt": f"User-agent: *\nSitemap: {base}/index.xml\n".encode(),
        "/index.xml": (
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{index}</sitemapindex>"
        ).encode(),
    }
    for n in range(sitemaps):
        urls = "".join(f"<url><loc>{base}/{n}/{i}</loc></url>\n" for i in range(addresses))
        pages[f"/s{n}.xml"] = (
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        ).encode()
    return pages


@contextlib.contextmanager
def _served(sitemaps: int, addresses: int) -> Iterator[str]:
    pages: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            """Quiet."""

        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header(
                "Content-Type", "application/json" if self.path == "/" else "text/xml"
            )
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    pages.update(_site(base, sitemaps, addresses))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()


def peak_of_walk(sitemaps: int, addresses: int = ADDRESSES) -> tuple[int, int]:
    """The traced peak (bytes) of walking a portal of ``sitemaps`` sitemaps of
    ``addresses`` each, and the addresses the walk met."""
    with _served(sitemaps, addresses) as base:
        walk = nm.walk_portal(f"{base}/", max_listings=sitemaps + 1, delay=0)
        tracemalloc.start()
        for _ in walk:
            pass
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak, walk.summary.addresses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sitemaps", type=int, default=8, help="sitemaps of the larger walk")
    parser.add_argument("--ratio", type=float, default=1.2, help="the most the peak may grow")
    parser.add_argument(
        "--smoke", action="store_true", help="2 and 3 sitemaps of 2,000 addresses (for CI)"
    )
    args = parser.parse_args(argv)
    addresses = 2_000 if args.smoke else ADDRESSES
    if args.smoke:
        args.sitemaps = 3
    peak_of_walk(1, 10)  # imports the readers first, so neither peak counts them
    few, met = peak_of_walk(2, addresses)
    print(f"{2:>3} sitemaps: {met:>8} addresses, peak {few / 2**20:7.1f} MB")
    many, met = peak_of_walk(args.sitemaps, addresses)
    print(f"{args.sitemaps:>3} sitemaps: {met:>8} addresses, peak {many / 2**20:7.1f} MB")
    ratio = many / few
    print(f"ratio {ratio:.2f} (at most {args.ratio})")
    return 0 if ratio <= args.ratio else 1


if __name__ == "__main__":
    sys.exit(main())

"""Serve the example portal in ``site/`` on 127.0.0.1 and walk it with ``newsmodel portal``.

``site/`` is a small news portal as static files: a home page, three section fronts, a
members' page robots.txt disallows, an RSS and an Atom feed, and a sitemap index of a
news sitemap. Its pages link to each other by relative links; its feeds, sitemaps and
robots.txt name the portal's public address, ``https://harbour.example``, which this
server answers for, as a mirror would: it writes its own address in their place.

Needs the ``fetch`` extra. Arguments after the script's own are passed to
``newsmodel portal`` (by default ``--depth 2 --max-listings 10 --delay 0``)::

    python examples/portal/walk_example.py
    python examples/portal/walk_example.py --format jsonl
    python examples/portal/walk_example.py --port 0 --depth 1 --format json
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newsmodel.cli import main as newsmodel

SITE = Path(__file__).resolve().parent / "site"
PUBLIC = b"https://harbour.example"
DEFAULT_WALK = ["--depth", "2", "--max-listings", "10", "--delay", "0"]


class _Mirror(SimpleHTTPRequestHandler):
    """``site/``'s files, the portal's public address replaced by the server's."""

    extensions_map = {  # noqa: RUF012 (the base class's own attribute, refined)
        ".html": "text/html; charset=utf-8",
        ".xml": "application/xml",
        ".txt": "text/plain; charset=utf-8",
    }

    def log_message(self, *args: object) -> None:
        """Quiet: the walk's own output is the example."""

    def copyfile(self, source: object, outputfile: object) -> None:  # type: ignore[override]
        data = source.read()  # type: ignore[attr-defined]
        outputfile.write(data.replace(PUBLIC, self.server.base))  # type: ignore[attr-defined]

    def send_header(self, keyword: str, value: str) -> None:
        if keyword == "Content-Length":  # the address changes the length
            return
        super().send_header(keyword, value)


@contextlib.contextmanager
def served(port: int = 0) -> Iterator[str]:
    """The example portal, served on 127.0.0.1 at ``port`` (0: one the system chooses);
    yields its address."""
    httpd = ThreadingHTTPServer(("127.0.0.1", port), partial(_Mirror, directory=str(SITE)))
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.base = base.encode()  # type: ignore[attr-defined]
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8716, help="0: any free port")
    args, walk = parser.parse_known_args(argv)
    with served(args.port) as base:
        return newsmodel(["portal", f"{base}/", *(walk or DEFAULT_WALK)])


if __name__ == "__main__":
    sys.exit(run())

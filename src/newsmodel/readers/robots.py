"""Reads the ``Sitemap:`` lines of a robots.txt (RFC 9309 and sitemaps.org): where a site
says its sitemaps are.

A robots.txt is recognised by its name (an input called ``robots.txt``, or fetched from a
URL ending so) or by its shape: every line a comment or a ``field: value`` line, one of
them a field robots.txt defines. Plain text pages, which the ``text`` reader takes, are
prose and have no such shape.
"""

from __future__ import annotations

import re
import warnings
from urllib.parse import urlsplit

from .. import _checks as check
from .._listing import Listing, ListingKind, SitemapEntry
from .._model import Article
from ..errors import ReadError, ReadWarning
from ..source import Source

__all__ = ["RobotsTxtReader", "looks_like_robots_txt", "reader"]

_FORMAT = "robots.txt"
_NAME = "robots.txt"
_HEAD = 2048  # characters looked at to recognise one
# A line of robots.txt: a field, a colon, a value (and a comment, dropped before matching).
_LINE = re.compile(r"^\s*(?P<field>[A-Za-z][A-Za-z-]*)\s*:\s*(?P<value>.*?)\s*$")
# The fields RFC 9309 defines, and those major crawlers read beside them.
_FIELDS = frozenset(
    {"user-agent", "allow", "disallow", "sitemap", "crawl-delay", "host", "clean-param"}
)


def looks_like_robots_txt(source: Source) -> bool:
    """Whether ``source`` is a robots.txt, by its name or by its shape (see the module's
    documentation); the ``text`` reader asks this too, to leave it alone."""
    head = source.head(_HEAD).lstrip("\ufeff \t\r\n")
    if not head or head[0] in "<{[":
        return False
    if _named_robots_txt(source):
        return True
    lines = head.splitlines()
    if len(source.head(_HEAD + 1)) > _HEAD and len(lines) > 1:
        lines = lines[:-1]  # the last line of a cut head may be cut too
    fields = []
    for line in lines:
        content = line.partition("#")[0]
        if not content.strip():
            continue
        match = _LINE.match(content)
        if match is None:
            return False
        fields.append(match["field"].lower())
    return any(field in _FIELDS for field in fields)


def _named_robots_txt(source: Source) -> bool:
    names = [source.name.replace("\\", "/").rpartition("/")[2]]
    if source.url:
        names.append(urlsplit(source.url).path.rpartition("/")[2])
    return any(name.lower() == _NAME for name in names)


class RobotsTxtReader:
    """The ``robots`` reader: a listing of the sitemaps a robots.txt names."""

    def recognizes(self, source: Source) -> bool:
        """True for a robots.txt (see :func:`looks_like_robots_txt`)."""
        return looks_like_robots_txt(source)

    def read_all(self, source: Source) -> list[Article]:
        """A robots.txt names sitemaps, never articles: nothing (its sitemaps are read
        with :meth:`read_listing`)."""
        self.read_listing(source)
        return []

    def read_listing(self, source: Source) -> Listing:
        """A listing of kind ``robots.txt`` whose :attr:`~newsmodel.Listing.sitemaps` are
        the ``Sitemap:`` lines' URLs, in order, once each. A relative URL (the protocol
        wants absolute ones) is resolved against the robots.txt's own URL when it is
        known; a value that gives no absolute http(s) URL is left out. Both are said in a
        :class:`~newsmodel.ReadWarning`."""
        text = _text(source)
        found: dict[str, SitemapEntry] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            match = _LINE.match(line.partition("#")[0])
            if match is None or match["field"].lower() != "sitemap":
                continue
            value = match["value"]
            url = value if not check.url_problem(value) else check.absolute_url(value, source.url)
            if url != value:
                said = (
                    f"is not absolute; read as {url}"
                    if url
                    else "is not an absolute http(s) URL; left out"
                )
                warnings.warn(
                    f"robots.txt in {source.name} at line {number}: {value[:200]!r} {said}",
                    ReadWarning,
                    stacklevel=2,
                )
            if url is not None:
                found.setdefault(url, SitemapEntry(url))
        return Listing(
            kind=ListingKind.ROBOTS_TXT,
            feed_url=check.absolute_url(source.url, None),
            sitemaps=list(found.values()),
        )


def _text(source: Source) -> str:
    """The file's text: UTF-8 (RFC 9309), with what is not replaced, and a warning."""
    try:
        return source.text
    except ReadError as error:
        warnings.warn(
            f"robots.txt in {source.name}: {error.message}; read with those bytes replaced",
            ReadWarning,
            stacklevel=3,
        )
        return source.data.decode("utf-8", "replace")


reader = RobotsTxtReader()

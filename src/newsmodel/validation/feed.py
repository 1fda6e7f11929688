"""The ``feed`` profile: what RSS 2.0, Atom 1.0 and JSON Feed 1.1 need of a listing for
the ``rss``, ``atom`` and ``json-feed`` writers to write it well.

The model already guarantees part of it: every item has a headline (so a title), dates
are timezone-aware or whole days, URLs are absolute. This profile checks the rest: the
feed's title and link, each item's id and link, ids used twice, dates a feed reader
needs, Atom's authors and its feed-level ``updated``, and characters XML cannot carry.
Paths point into the listing's fields: ``/title``, ``/items/3/url``,
``/items/0/extra/id``.

An article is checked as the feed of one the writers make of it; JSON-LD input is read
into an article first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .._listing import Listing
from .._model import Article
from ..errors import ReadError
from ..writers import _feedfields as feed
from .document import Document
from .pointers import child
from .report import Finding, Severity

__all__ = ["FeedProfile", "check_listing", "profile"]

_P = "feed/"


class FeedProfile:
    """The ``feed`` profile (see the module documentation).

    .. versionadded:: 0.2
    """

    name = "feed"

    def check(self, document: Document) -> Iterator[Finding]:
        """Yield what keeps the document's listing from being written well as a feed."""
        if document.listing is not None:
            return check_listing(document.listing)
        if document.article is not None:
            return check_listing(feed.feed_of(document.article))
        return self._read_and_check(document)

    def _read_and_check(self, document: Document) -> Iterator[Finding]:
        try:
            article = document.to_article()
        except ReadError as error:
            yield _finding(Severity.ERROR, error.path, "unreadable", error.message)
            return
        yield from check_listing(feed.feed_of(article))


profile = FeedProfile()


def check_listing(listing: Listing) -> Iterator[Finding]:
    """Yield the ``feed`` profile's findings for ``listing``: the feed's own fields, then
    each item's, in order.

    .. versionadded:: 0.2
    """
    yield from _head(listing)
    ids: dict[str, int] = {}
    for index, article in enumerate(listing.items):
        yield from _item(listing, article, index, ids)
    for path, char in feed.unwritable_paths(listing):
        yield _finding(
            Severity.ERROR,
            path,
            "unwritable-character",
            f"holds U+{ord(char):04X}, which RSS and Atom (XML 1.0) cannot carry; JSON Feed can",
        )


def _head(listing: Listing) -> Iterator[Finding]:
    if not listing.title:
        yield _finding(
            Severity.ERROR,
            "/title",
            "title-missing",
            "the feed has no title, which RSS, Atom and JSON Feed require",
        )
    if not listing.url:
        yield _finding(
            Severity.ERROR,
            "/url",
            "link-missing",
            "the feed has no link to its site, which RSS requires (JSON Feed's "
            "home_page_url, Atom's alternate link)",
        )
    if not listing.description:
        yield _finding(
            Severity.WARNING,
            "/description",
            "description-missing",
            "the feed has no description, which RSS requires (written empty)",
        )
    if not listing.feed_url:
        yield _finding(
            Severity.INFO,
            "/feed_url",
            "feed-url-missing",
            "the feed does not give its own address (atom:link rel=self, Atom's self "
            "link, JSON Feed's feed_url)"
            + ("; Atom's id is made from its title and items" if not listing.url else ""),
        )
    if feed.newest(listing) is None:
        yield _finding(
            Severity.WARNING,
            "/updated",
            "updated-missing",
            "neither the feed nor any item has a date, so Atom's required updated is "
            "written as 1970-01-01T00:00:00Z",
        )
    elif listing.updated is not None and not isinstance(listing.updated, dt.datetime):
        yield _day_only("/updated", "the feed's updated")
    if not listing.items:
        yield _finding(Severity.INFO, "/items", "no-items", "the feed has no items")
    if listing.entries:
        yield _finding(
            Severity.INFO,
            "/entries",
            "entries-not-written",
            f"the {len(listing.entries)} sitemap entries have no headline and are not "
            "written in a feed",
        )


def _item(
    listing: Listing, article: Article, index: int, ids: dict[str, int]
) -> Iterator[Finding]:
    path = child("/items", index)
    given = article.extra.get("id")
    usable = (isinstance(given, str) and given.strip()) or (
        isinstance(given, int) and not isinstance(given, bool)
    )
    if given is not None and not usable:
        yield _finding(
            Severity.WARNING,
            child(path, "extra", "id"),
            "id-unusable",
            f"the item's given id {given!r} is not a non-blank string or an integer; "
            "its link is its id instead",
        )
    link = feed.item_link(article)
    if not link and not usable:
        yield _finding(
            Severity.WARNING,
            child(path, "url"),
            "id-missing",
            "the item has neither a link nor an id (extra['id']): its id is made from its "
            "headline and dates, and changes when they do",
        )
    elif not link:
        yield _finding(
            Severity.WARNING, child(path, "url"), "link-missing", "the item has no link"
        )
    item_id = feed.item_id(article)
    if item_id in ids:
        where = child(path, "extra", "id") if usable else child(path, "url")
        yield _finding(
            Severity.ERROR,
            where,
            "duplicate-id",
            f"the id {item_id!r} is already item {ids[item_id]}'s: readers will show only "
            "one of them",
        )
    else:
        ids[item_id] = index
    if article.date_published is None:
        yield _finding(
            Severity.WARNING,
            child(path, "date_published"),
            "date-missing",
            "the item has no publication date (RSS pubDate, Atom published, JSON Feed "
            "date_published)",
        )
    for field in ("date_published", "date_modified"):
        value = getattr(article, field)
        if value is not None and not isinstance(value, dt.datetime):
            yield _day_only(child(path, field), f"the item's {field}")
    if not article.authors and listing.publisher is None:
        yield _finding(
            Severity.WARNING,
            child(path, "authors"),
            "author-missing",
            "the item has no author and the feed no publisher: Atom requires one of them",
        )


def _day_only(path: str, what: str) -> Finding:
    return _finding(
        Severity.INFO,
        path,
        "day-only-date",
        f"{what} is a day without a time: feeds write it as 00:00 UTC that day",
    )


def _finding(severity: Severity, path: str, rule: str, message: str) -> Finding:
    return Finding(severity, path, _P + rule, message)

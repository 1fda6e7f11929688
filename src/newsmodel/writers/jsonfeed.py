"""Writes a listing as a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1).

The feed gives ``version``, ``title`` (required: empty when the listing has none),
``home_page_url``, ``feed_url``, ``description``, ``language``, the image as ``icon``
and the publisher as its one author. Each item gives its ``id`` (``extra["id"]``, else
its link, else a ``urn:uuid:`` made from its headline, dates and description: the same
on every run), ``url``, ``title``, the body as ``content_html`` (or, without one, the
description as ``content_text``, since an item must have one of the two), the
description as ``summary``, its first image as ``image``, ``date_published`` and
``date_modified``, its authors, its keywords as ``tags`` and its ``language`` where it
differs from the feed's. Keys come in that order and absent values are left out, so the
same listing always gives the same bytes.

Dates are RFC 3339 in the datetime's own offset; a day-only date is written as 00:00 UTC
that day. JSON can carry any character the model holds.
"""

from __future__ import annotations

import json
from typing import Any

from .._listing import Listing
from .._model import Article, Organization, Person
from . import _feedfields as feed
from .html import body_html

__all__ = ["VERSION", "JsonFeedWriter", "writer"]

#: The ``version`` a JSON Feed 1.1 document declares.
VERSION = "https://jsonfeed.org/version/1.1"


class JsonFeedWriter:
    """The ``json-feed`` writer: JSON Feed 1.1, the same bytes for the same listing."""

    def write(self, article: Article, *, full_text: bool = True, indent: int | None = 2) -> str:
        """Return a feed of ``article`` alone, titled and linked by its portal (or its
        publisher); see :meth:`write_listing`."""
        return self.write_listing(feed.feed_of(article), full_text=full_text, indent=indent)

    def write_listing(
        self, listing: Listing, *, full_text: bool = True, indent: int | None = 2
    ) -> str:
        """Return ``listing`` as a JSON Feed 1.1 document.

        Args:
            listing: The listing; its items are written in order (its sitemap entries
                are not: they have no headline).
            full_text: Write each item's body as ``content_html``; False for the
                description as ``content_text``.
            indent: Spaces per nesting level; ``None`` for one compact line.

        .. versionadded:: 0.2
        """
        document = to_json_feed(listing, full_text=full_text)
        return json.dumps(document, ensure_ascii=False, indent=indent) + "\n"


writer = JsonFeedWriter()


def to_json_feed(listing: Listing, *, full_text: bool = True) -> dict[str, Any]:
    """``listing`` as a JSON Feed 1.1 object (what :class:`JsonFeedWriter` writes).

    .. versionadded:: 0.2
    """
    authors = [_author(listing.publisher)] if listing.publisher else None
    head: dict[str, Any] = {
        "version": VERSION,
        "title": listing.title or "",
        "home_page_url": listing.url,
        "feed_url": listing.feed_url,
        "description": listing.description,
        "language": listing.language,
        "icon": listing.image.url if listing.image else None,
        "authors": authors,
    }
    document = {key: value for key, value in head.items() if value is not None}
    document["items"] = [_item(item, listing.language, full_text) for item in listing.items]
    return document


def _author(author: Person | Organization) -> dict[str, str]:
    found = {"name": author.name, "url": author.url}
    return {key: value for key, value in found.items() if value}


def _item(article: Article, language: str | None, full_text: bool) -> dict[str, Any]:
    body = body_html(article.body) if full_text and article.body else None
    published, modified = article.date_published, article.date_modified
    fields: dict[str, Any] = {
        "id": feed.item_id(article),
        "url": feed.item_link(article),
        "title": article.headline,
        "content_html": body,
        "content_text": None if body is not None else article.description or "",
        "summary": article.description,
        "image": article.images[0].url if article.images else None,
        "date_published": feed.rfc3339(published) if published else None,
        "date_modified": feed.rfc3339(modified) if modified else None,
        "authors": [_author(author) for author in article.authors] or None,
        "tags": list(article.keywords) or None,
        "language": article.language if article.language != language else None,
    }
    return {key: value for key, value in fields.items() if value is not None}

"""Writes a listing as an Atom 1.0 feed (RFC 4287).

The feed gives an ``id`` (the id it was read with, ``extra["id"]``, else its own address,
else its site's, else a ``urn:uuid:`` made from its title and its items' ids), the title,
the description as ``subtitle``, the required ``updated`` (the listing's, else its newest
item's date, else 1970-01-01T00:00:00Z: never the time of writing, so the same listing
always gives the same bytes), links to the site (``alternate``) and to itself (``self``),
the publisher as the feed's ``author`` and the image as its ``logo``. Each entry gives
its id (see the ``rss`` writer's guid: ``extra["id"]``, else the link, else a
``urn:uuid:``; an id that is not an IRI, such as the guid ``planet-123``, is written
``urn:newsmodel:id:planet-123``, percent-encoded, as Atom requires an IRI), title,
``updated`` (modified, else published, else the feed's), ``published``, each author's
name and page, the link, the description as ``summary``, the body as ``content
type="html"``, each keyword as a ``category``, each image as a ``link rel="enclosure"``
(and so each attachment it was read with that is not an image, ``extra["enclosures"]``),
and its language as ``xml:lang`` where it differs from the feed's.

Dates are RFC 3339 in the datetime's own offset; a day-only date is written as 00:00 UTC
that day. Text is entity-escaped; a character XML 1.0 cannot hold is a
:class:`~newsmodel.WriteError` naming where it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .._listing import Listing
from .._model import Article, Organization, Person
from . import _feedfields as feed
from .html import body_html

__all__ = ["AtomWriter", "writer"]


class AtomWriter:
    """The ``atom`` writer: Atom 1.0, the same bytes for the same listing."""

    def write(self, article: Article, *, full_text: bool = True) -> str:
        """Return a feed of ``article`` alone, titled and linked by its portal (or its
        publisher); see :meth:`write_listing`."""
        return self.write_listing(feed.feed_of(article), full_text=full_text)

    def write_listing(self, listing: Listing, *, full_text: bool = True) -> str:
        """Return ``listing`` as an Atom 1.0 document.

        Args:
            listing: The listing; its items are written in order as entries (its
                sitemap entries are not: they have no headline).
            full_text: Write each item's body as ``content``; False for titles,
                summaries and links only.

        Raises:
            WriteError: The listing holds a character XML 1.0 cannot carry.

        .. versionadded:: 0.2
        """
        language = f' xml:lang="{feed.xml_attr(listing.language)}"' if listing.language else ""
        lines = [
            '<?xml version="1.0" encoding="utf-8"?>',
            f'<feed xmlns="http://www.w3.org/2005/Atom"{language}>',
        ]
        updated = feed.newest(listing) or feed.EPOCH
        lines += _head(listing, updated)
        for article in listing.items:
            lines += _entry(article, listing.language, updated, full_text=full_text)
        lines += ["</feed>", ""]
        document = "\n".join(lines)
        feed.unwritable_in_xml(document, listing)
        return document


writer = AtomWriter()


def _element(tag: str, text: str, **attributes: str) -> str:
    attrs = "".join(f' {name}="{feed.xml_attr(value)}"' for name, value in attributes.items())
    return f"<{tag}{attrs}>{feed.xml_text(text)}</{tag}>"


def _link(href: str, rel: str, kind: str | None = None, length: str | None = None) -> str:
    typed = f' type="{feed.xml_attr(kind)}"' if kind else ""
    sized = f' length="{length}"' if length and length != "0" else ""
    return f'<link rel="{rel}" href="{feed.xml_attr(href)}"{typed}{sized}/>'


def _head(listing: Listing, updated: dt.datetime | dt.date) -> Iterator[str]:
    yield _element("id", feed.atom_id(feed.feed_id(listing)))
    yield _element("title", listing.title or "", type="text")
    if listing.description:
        yield _element("subtitle", listing.description, type="text")
    yield _element("updated", feed.rfc3339(updated))
    if listing.url:
        yield _link(listing.url, "alternate", "text/html")
    if listing.feed_url:
        yield _link(listing.feed_url, "self", "application/atom+xml")
    if listing.publisher is not None:
        yield from _author(listing.publisher)
    if listing.image is not None:
        yield _element("logo", listing.image.url)


def _author(author: Person | Organization) -> Iterator[str]:
    yield "<author>"
    yield _element("name", author.name)
    if author.url:
        yield _element("uri", author.url)
    yield "</author>"


def _entry(
    article: Article,
    language: str | None,
    feed_updated: dt.datetime | dt.date,
    *,
    full_text: bool,
) -> Iterator[str]:
    own = article.language and article.language != language
    yield f'<entry xml:lang="{feed.xml_attr(article.language or "")}">' if own else "<entry>"
    yield _element("id", feed.atom_id(feed.item_id(article)))
    yield _element("title", article.headline, type="text")
    updated = feed.item_updated(article) or feed_updated
    yield _element("updated", feed.rfc3339(updated))
    if article.date_published is not None:
        yield _element("published", feed.rfc3339(article.date_published))
    for author in article.authors:
        yield from _author(author)
    link = feed.item_link(article)
    if link:
        yield _link(link, "alternate", "text/html")
    for image in article.images:
        yield _link(image.url, "enclosure", feed.image_type(image.url))
    for url, kind, length in feed.kept_enclosures(article):
        yield _link(url, "enclosure", kind, length)
    if article.description:
        yield _element("summary", article.description, type="text")
    if full_text and article.body:
        yield _element("content", body_html(article.body), type="html")
    for keyword in article.keywords:
        yield f'<category term="{feed.xml_attr(keyword)}"/>'
    yield "</entry>"

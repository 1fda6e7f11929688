"""Writes a listing as an RSS 2.0 feed, with the namespaces feed readers expect.

The channel gives the listing's title, link, description, language, ``lastBuildDate``
(its ``updated``, else its newest item's date), its own address as
``<atom:link rel="self">``, its publisher as ``dc:publisher`` and its image. Each item
gives the headline, the link, the description, the body as HTML in ``content:encoded``,
each author's name as ``dc:creator`` (RSS's ``<author>`` wants an e-mail address),
each keyword as a ``<category>``, the attachments it was read with that are not images
(a podcast's audio, kept in ``extra["enclosures"]``) as ``<enclosure>``, its images as
``media:content`` (and, when it has no other enclosure, the first whose type its
extension tells as the ``<enclosure>``, with ``length="0"``: RSS requires the attribute
and the model does not know the size in bytes), the ``<guid>`` (``isPermaLink`` when
it is the link), ``pubDate`` and ``dcterms:modified``.

Dates are RFC 822 in the datetime's own offset; a day-only date is written as 00:00 UTC
that day. A title or description is text; one that a reader would take for HTML
(``Write </b> to close``, ``AT&amp;T``) is HTML-escaped once more, so that it reads back
as written (:mod:`newsmodel._feedtext`). Text is entity-escaped (no CDATA, so ``]]>``
in it is harmless); a character XML 1.0 cannot hold is a :class:`~newsmodel.WriteError`
naming where it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._feedtext import as_rss_text
from .._listing import Listing
from .._model import Article, Image
from . import _feedfields as feed
from .html import body_html

__all__ = ["RssWriter", "writer"]

_NAMESPACES = (
    ' xmlns:atom="http://www.w3.org/2005/Atom"'
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:media="http://search.yahoo.com/mrss/"'
)


class RssWriter:
    """The ``rss`` writer: RSS 2.0, the same bytes for the same listing."""

    def write(self, article: Article, *, full_text: bool = True) -> str:
        """Return a feed of ``article`` alone, titled and linked by its portal (or its
        publisher); see :meth:`write_listing`."""
        return self.write_listing(feed.feed_of(article), full_text=full_text)

    def write_listing(self, listing: Listing, *, full_text: bool = True) -> str:
        """Return ``listing`` as an RSS 2.0 document.

        Args:
            listing: The listing; its items are written in order (its sitemap entries
                are not: they have no headline).
            full_text: Write each item's body as ``content:encoded``; False for
                headlines, descriptions and links only.

        Raises:
            WriteError: The listing holds a character XML 1.0 cannot carry.

        .. versionadded:: 0.2
        """
        lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<rss version="2.0"{_NAMESPACES}>']
        lines += ["<channel>", *_channel(listing)]
        for article in listing.items:
            lines += _item(article, listing.language, full_text=full_text)
        lines += ["</channel>", "</rss>", ""]
        document = "\n".join(lines)
        feed.unwritable_in_xml(document, listing)
        return document


writer = RssWriter()


def _element(tag: str, text: str, **attributes: str) -> str:
    attrs = "".join(f' {name}="{feed.xml_attr(value)}"' for name, value in attributes.items())
    return f"<{tag}{attrs}>{feed.xml_text(text)}</{tag}>"


def _channel(listing: Listing) -> Iterator[str]:
    # title, link and description are required: written, empty, when the listing has none
    yield _element("title", as_rss_text(listing.title or ""))
    if listing.url:
        yield _element("link", listing.url)
    yield _element("description", as_rss_text(listing.description or ""))
    if listing.language:
        yield _element("language", listing.language)
    updated = feed.newest(listing)
    if updated is not None:
        yield _element("lastBuildDate", feed.rfc822(updated))
    if listing.feed_url:
        href = feed.xml_attr(listing.feed_url)
        yield f'<atom:link href="{href}" rel="self" type="application/rss+xml"/>'
    if listing.publisher is not None:
        yield _element("dc:publisher", listing.publisher.name)
    if listing.image is not None:
        yield "<image>"
        yield _element("url", listing.image.url)
        yield _element("title", as_rss_text(listing.title or ""))
        if listing.url:
            yield _element("link", listing.url)
        yield "</image>"


def _item(article: Article, language: str | None, *, full_text: bool) -> Iterator[str]:
    yield "<item>"
    yield _element("title", as_rss_text(article.headline))
    link = feed.item_link(article)
    if link:
        yield _element("link", link)
    if article.description:
        yield _element("description", as_rss_text(article.description))
    if full_text and article.body:
        yield _element("content:encoded", body_html(article.body))
    for author in article.authors:
        yield _element("dc:creator", author.name)
    for keyword in article.keywords:
        yield _element("category", keyword)
    kept = list(feed.kept_enclosures(article))
    for url, kind, length in kept:
        attributes = f'url="{feed.xml_attr(url)}" length="{length}" type="{feed.xml_attr(kind)}"'
        yield f"<enclosure {attributes}/>"
    enclosed = next((i for i in article.images if feed.image_type(i.url)), None)
    if enclosed is not None and not kept:
        kind = feed.image_type(enclosed.url) or ""
        url = feed.xml_attr(enclosed.url)
        yield f'<enclosure url="{url}" length="0" type="{kind}"/>'
    for image in article.images:
        yield from _media(image)
    guid = feed.item_id(article)
    yield _element("guid", guid, isPermaLink="true" if guid == link else "false")
    if article.date_published is not None:
        yield _element("pubDate", feed.rfc822(article.date_published))
    if article.date_modified is not None:
        yield _element("dcterms:modified", feed.rfc3339(article.date_modified))
    if article.language and article.language != language:
        yield _element("dc:language", article.language)
    yield "</item>"


def _media(image: Image) -> Iterator[str]:
    size = "".join(
        f' {name}="{value}"'
        for name, value in (("width", image.width), ("height", image.height))
        if value is not None
    )
    opening = f'<media:content url="{feed.xml_attr(image.url)}" medium="image"{size}'
    if not image.caption and not image.credit:
        yield opening + "/>"
        return
    yield opening + ">"
    if image.caption:
        yield _element("media:description", image.caption)
    if image.credit:
        yield _element("media:credit", image.credit)
    yield "</media:content>"

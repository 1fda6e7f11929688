"""Writes sitemaps: ``sitemap`` (sitemaps.org, with image sitemap images),
``news-sitemap`` (Google News) and ``sitemap-index``.

The XML is written by hand, element by element, so that the same listing gives the same
bytes every time and the size of each ``<url>`` is known before the document is put
together (:func:`split_listing` cuts at the protocol's limits on that). Every value is
escaped for XML, and characters XML 1.0 cannot hold are left out.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .. import sitemaps as protocol
from .._listing import Listing, SitemapEntry
from .._model import Article, Image
from .._w3cdates import w3c_date
from ..errors import WriteError

__all__ = [
    "NewsSitemapWriter",
    "SitemapIndexWriter",
    "SitemapWriter",
    "google_news_language",
    "news_sitemap_writer",
    "sitemap_index_writer",
    "sitemap_writer",
    "split_listing",
]

_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
# Characters XML 1.0 cannot hold, even as references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;"}
)
# BCP 47 subtags that say which Chinese script: Google News wants zh-cn or zh-tw.
_TRADITIONAL = frozenset({"hant", "tw", "hk", "mo"})
_SIMPLIFIED = frozenset({"hans", "cn", "sg", "my"})


@attrs.frozen
class _Part:
    """One ``<url>`` or ``<sitemap>`` element, written, and what its document must declare."""

    xml: str
    news: bool = False
    images: bool = False

    @property
    def size(self) -> int:
        return len(self.xml.encode("utf-8"))


_XML_SPACE = re.compile("[ \t\r\n]+")


def _escape(text: str) -> str:
    return _NOT_XML.sub("", text).translate(_ESCAPES)


def _element(name: str, text: str, indent: int) -> str:
    """One element on a line, its text as every reader takes it: runs of XML white space
    one space, none at the ends (so what is read back writes the same bytes)."""
    text = " ".join(_XML_SPACE.split(text)).strip(" ")
    return f"{' ' * indent}<{name}>{_escape(text)}</{name}>\n"


def _priority(value: float) -> str:
    text = f"{value:.6f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _url(
    loc: str,
    *,
    modified: dt.date | None = None,
    entry: SitemapEntry | None = None,
    images: Sequence[Image] = (),
    news: str = "",
) -> _Part:
    lines = ["  <url>\n", _element("loc", loc, 4)]
    if modified is not None:
        lines.append(_element("lastmod", w3c_date(modified), 4))
    if entry is not None and entry.change_frequency is not None:
        lines.append(_element("changefreq", entry.change_frequency.value, 4))
    if entry is not None and entry.priority is not None:
        lines.append(_element("priority", _priority(entry.priority), 4))
    lines.append(news)
    for image in images:
        lines.append("    <image:image>\n")
        lines.append(_element("image:loc", image.url, 6))
        if image.caption:
            lines.append(_element("image:caption", image.caption, 6))
        lines.append("    </image:image>\n")
    lines.append("  </url>\n")
    return _Part("".join(lines), news=bool(news), images=bool(images))


def _entry_part(entry: SitemapEntry) -> _Part:
    return _url(entry.url, modified=entry.modified, entry=entry, images=entry.images)


def _address(article: Article, index: int) -> str:
    url = article.url or article.canonical_url
    if url is None:
        raise WriteError(
            f"item {index} ({article.headline!r}) has no url; a sitemap lists addresses"
        )
    return url


def _url_parts(
    listing: Listing, format: str, part: Callable[[int, Article, str], _Part]
) -> list[_Part]:
    """The ``<url>`` elements of a urlset, one an address: the items' (each made by
    ``part`` from its index, itself and its address), then the entries' that no item
    gave."""
    parts: list[_Part] = []
    written: set[str] = set()
    for index, article in enumerate(listing.items):
        url = _address(article, index)
        if url not in written:
            written.add(url)
            parts.append(part(index, article, url))
    for entry in listing.entries:
        if entry.url not in written:
            written.add(entry.url)
            parts.append(_entry_part(entry))
    if not parts and listing.sitemaps:
        raise _nothing_written(listing, format)
    return parts


def _urlset(parts: Sequence[_Part]) -> str:
    declared = [f'xmlns="{protocol.SITEMAP_NAMESPACE}"']
    if any(part.news for part in parts):
        declared.append(f'xmlns:news="{protocol.NEWS_NAMESPACE}"')
    if any(part.images for part in parts):
        declared.append(f'xmlns:image="{protocol.IMAGE_NAMESPACE}"')
    body = "".join(part.xml for part in parts)
    return f"{_DECLARATION}<urlset {' '.join(declared)}>\n{body}</urlset>\n"


def _sitemapindex(parts: Sequence[_Part]) -> str:
    body = "".join(part.xml for part in parts)
    root = f'<sitemapindex xmlns="{protocol.SITEMAP_NAMESPACE}">'
    return f"{_DECLARATION}{root}\n{body}</sitemapindex>\n"


def _nothing_written(listing: Listing, format: str) -> WriteError:
    held = {"items": len(listing.items), "entries": len(listing.entries)}
    held["sitemaps"] = len(listing.sitemaps)
    parts = ", ".join(f"{count} {name}" for name, count in held.items() if count)
    return WriteError(f"{format} writes none of what the listing holds ({parts})")


class SitemapWriter:
    """The ``sitemap`` writer: a sitemaps.org ``<urlset>`` of the listing's items (their
    addresses, with their last change as ``<lastmod>``) and entries."""

    name = "sitemap"

    def write(self, article: Article) -> str:
        """A sitemap of the one article."""
        return self.write_listing(Listing(items=[article]))

    def write_listing(self, listing: Listing) -> str:
        """The listing as one sitemap.

        Raises:
            WriteError: An item has no address, or the listing holds more than one
                sitemap may (then write it with :func:`newsmodel.sitemaps.split`).
        """
        return _one(self.name, self.parts(listing), _urlset)

    def parts(self, listing: Listing) -> list[_Part]:
        """The ``<url>`` elements of the listing, items first."""

        def part(index: int, article: Article, url: str) -> _Part:
            modified = article.date_modified or article.date_published
            return _url(url, modified=modified, images=article.images)

        return _url_parts(listing, self.name, part)


class NewsSitemapWriter:
    """The ``news-sitemap`` writer: a Google News sitemap of the listing's items, each with
    ``news:publication`` (name and language), ``news:publication_date``, ``news:title``
    and ``news:keywords``; the listing's entries follow as plain addresses."""

    name = "news-sitemap"

    def write(
        self, article: Article, *, publication: str | None = None, language: str | None = None
    ) -> str:
        """A news sitemap of the one article (see :meth:`write_listing`)."""
        return self.write_listing(
            Listing(items=[article]), publication=publication, language=language
        )

    def write_listing(
        self, listing: Listing, *, publication: str | None = None, language: str | None = None
    ) -> str:
        """The listing as one Google News sitemap.

        Args:
            listing: The listing.
            publication: The name Google News knows the publication by, for every item
                (default: each item's publisher's or portal's name, else the listing's
                publisher's name or title).
            language: The language of every item, a BCP 47 tag (default: each item's,
                else the listing's); written as Google wants it, the ISO 639 code
                (``en-GB`` as ``en``), but ``zh-cn`` and ``zh-tw`` for Chinese.

        Raises:
            WriteError: An item has no address, no publication date, no publication
                name or no language (each named), or the listing holds more than one news
                sitemap may (then use :func:`newsmodel.sitemaps.split`).
        """
        return _one(self.name, self.parts(listing, publication, language), _urlset)

    def parts(
        self, listing: Listing, publication: str | None = None, language: str | None = None
    ) -> list[_Part]:
        """The ``<url>`` elements of the listing: its items with ``news:news``, then its
        entries."""

        def part(index: int, article: Article, url: str) -> _Part:
            news = _news(article, index, url, listing, publication=publication, language=language)
            return _url(url, modified=article.date_modified, images=article.images, news=news)

        return _url_parts(listing, self.name, part)


def _news(
    article: Article,
    index: int,
    url: str,
    listing: Listing,
    *,
    publication: str | None,
    language: str | None,
) -> str:
    name = publication or _publication_name(article, listing)
    tag = language or article.language or listing.language
    missing = [
        what
        for what, value in (
            ("publication name (pass publication=)", name),
            ("language (pass language=)", tag),
            ("publication date", article.date_published),
        )
        if not value
    ]
    if missing:
        raise WriteError(  # named by its address too: a front's items are not its teasers
            f"item {index} ({url}, {article.headline!r}) has no {' and no '.join(missing)}; "
            "Google News requires them"
        )
    assert name is not None
    assert tag is not None
    assert article.date_published is not None
    lines = [
        "    <news:news>\n",
        "      <news:publication>\n",
        _element("news:name", name, 8),
        _element("news:language", google_news_language(tag), 8),
        "      </news:publication>\n",
        _element("news:publication_date", w3c_date(article.date_published), 6),
        _element("news:title", article.headline, 6),
    ]
    if article.keywords:
        lines.append(_element("news:keywords", ", ".join(article.keywords), 6))
    lines.append("    </news:news>\n")
    return "".join(lines)


def _publication_name(article: Article, listing: Listing) -> str | None:
    for organisation in (article.publisher, article.portal, listing.publisher):
        if organisation is not None:
            return organisation.name
    return listing.title


def google_news_language(tag: str) -> str:
    """The code Google News wants for a BCP 47 language tag: the ISO 639 code (its first
    subtag, lower case), but ``zh-cn`` for Simplified and ``zh-tw`` for Traditional
    Chinese. Google's list has no other Chinese code, so Hong Kong's and Macau's
    (``zh-HK``, ``zh-MO``, written in Traditional script) are ``zh-tw`` too: the code names
    the script, not the place."""
    subtags = tag.lower().split("-")
    if subtags[0] == "zh":
        if _TRADITIONAL.intersection(subtags[1:]):
            return "zh-tw"
        if _SIMPLIFIED.intersection(subtags[1:]):
            return "zh-cn"
    return subtags[0]


class SitemapIndexWriter:
    """The ``sitemap-index`` writer: a ``<sitemapindex>`` of the listing's sitemaps."""

    name = "sitemap-index"

    def write(self, article: Article) -> str:
        """An article lists no sitemaps: always an error."""
        raise WriteError("sitemap-index writes a listing's sitemaps, not an article")

    def write_listing(self, listing: Listing) -> str:
        """The listing's :attr:`~newsmodel.Listing.sitemaps` as one sitemap index.

        Raises:
            WriteError: The listing has items or entries but no sitemaps, or more
                sitemaps than one index may hold.
        """
        return _one(self.name, self.parts(listing), _sitemapindex)

    def parts(self, listing: Listing) -> list[_Part]:
        """The ``<sitemap>`` elements, in order, once each."""
        if not listing.sitemaps and (listing.items or listing.entries):
            raise _nothing_written(listing, self.name)
        parts, written = [], set()
        for entry in listing.sitemaps:
            if entry.url in written:
                continue
            written.add(entry.url)
            lines = ["  <sitemap>\n", _element("loc", entry.url, 4)]
            if entry.modified is not None:
                lines.append(_element("lastmod", w3c_date(entry.modified), 4))
            lines.append("  </sitemap>\n")
            parts.append(_Part("".join(lines)))
        return parts


sitemap_writer = SitemapWriter()
news_sitemap_writer = NewsSitemapWriter()
sitemap_index_writer = SitemapIndexWriter()


def _over(parts: Sequence[_Part], size: int) -> str | None:
    """Which limit of the protocol ``parts`` go past in one document of ``size`` bytes."""
    if len(parts) > protocol.MAX_URLS:
        return f"{len(parts)} addresses, more than {protocol.MAX_URLS} (MAX_URLS)"
    news = sum(part.news for part in parts)
    if news > protocol.MAX_NEWS_URLS:
        return f"{news} news addresses, more than {protocol.MAX_NEWS_URLS} (MAX_NEWS_URLS)"
    if size > protocol.MAX_BYTES:
        return f"{size} bytes, more than {protocol.MAX_BYTES} (MAX_BYTES)"
    return None


def _one(format: str, parts: list[_Part], build: Callable[[Sequence[_Part]], str]) -> str:
    document = build(parts)
    over = _over(parts, len(document.encode("utf-8")))
    if over:
        raise WriteError(
            f"{format}: the listing makes {over} of newsmodel.sitemaps; one document "
            "cannot hold it: write it with newsmodel.sitemaps.split()"
        )
    return document


def split_listing(listing: Listing, format: str, **options: Any) -> list[str]:
    """See :func:`newsmodel.sitemaps.split`."""
    writers: dict[str, tuple[Any, Callable[[Sequence[_Part]], str]]] = {
        "sitemap": (sitemap_writer, _urlset),
        "news-sitemap": (news_sitemap_writer, _urlset),
        "sitemap-index": (sitemap_index_writer, _sitemapindex),
    }
    if format not in writers:
        raise WriteError(f"can only split sitemaps ({', '.join(writers)}), not {format!r}")
    writer, build = writers[format]
    try:
        inspect.signature(writer.parts).bind(listing, **options)
    except TypeError as error:
        raise WriteError(f"writer {format!r}: {error}") from None
    parts: list[_Part] = writer.parts(listing, **options)
    frame = len(build([_Part("", news=True, images=True)]).encode("utf-8"))
    documents: list[str] = []
    chunk: list[_Part] = []
    size, news = frame, 0
    for part in parts:
        if frame + part.size > protocol.MAX_BYTES:
            raise WriteError(
                f"{format}: one element is {part.size} bytes, too many for one document "
                f"of at most {protocol.MAX_BYTES} bytes (MAX_BYTES)"
            )
        full = (
            len(chunk) == protocol.MAX_URLS
            or (part.news and news == protocol.MAX_NEWS_URLS)
            or size + part.size > protocol.MAX_BYTES
        )
        if full:
            documents.append(build(chunk))
            chunk, size, news = [], frame, 0
        chunk.append(part)
        size += part.size
        news += part.news
    if chunk or not documents:
        documents.append(build(chunk))
    return documents

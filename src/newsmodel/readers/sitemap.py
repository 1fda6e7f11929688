"""Reads sitemaps: sitemaps.org ``<urlset>`` and ``<sitemapindex>``, with Google News
(``news:news``) and image (``image:image``) extensions, plain or gzip-compressed.

A ``<url>`` with ``news:news`` is an article: its ``news:title`` the headline, its
``news:publication_date`` the publication date, ``news:keywords`` split on commas, the
publication's name its publisher; any other ``<url>`` is a
:class:`~newsmodel.SitemapEntry`, since a plain sitemap gives no headline. What cannot be
read (an address that is not one, a date that names no day) is left out with a
:class:`~newsmodel.ReadWarning`; nothing but a :class:`~newsmodel.NewsmodelError` escapes.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zlib
from collections import Counter
from collections.abc import Iterator

from lxml import etree

from .. import _checks as check
from .._gzip import GZIP_MAGIC, gunzip
from .._listing import ChangeFrequency, Listing, ListingKind, SitemapEntry
from .._model import Article, Image, Organization
from .._w3cdates import ParsedDate, parse_w3c_date
from .._xml import parse_xml, xml_head
from ..errors import InvalidValueError, ReadError, ReadWarning
from ..sitemaps import NEWS_NAMESPACE, SITEMAP_NAMESPACE
from ..source import Source
from .feeds._dates import parse_feed_date

__all__ = ["SitemapReader", "reader"]

_FORMAT = "sitemap"
# The root's start tag, after what may come before it (declaration, comments, a
# stylesheet, a doctype); a prefix is allowed.
_SIGNATURE = re.compile(
    r"^[\s\ufeff]*(?:<\?xml\b[^>]*>\s*)?(?:(?:<!--.*?-->|<\?[^>]*>|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)\s*)*"
    r"<(?:[A-Za-z_][\w.-]*:)?(?:urlset|sitemapindex)\b",
    re.DOTALL,
)
# White space as XML defines it: runs of it, as pretty-printing puts around values, are
# one space (a no-break space is text, and kept).
_XML_SPACE = re.compile("[ \t\r\n]+")
_ISO_START = re.compile(r"\d{4}")
_PEEK = 4096  # bytes of a gzip input decompressed to recognise it
_URL_PARTS = frozenset({"loc", "lastmod", "changefreq", "priority", "news", "image"})


class SitemapReader:
    """The ``sitemap`` reader: a sitemap, a Google News or image sitemap, a sitemap index."""

    def recognizes(self, source: Source) -> bool:
        """True for a ``<urlset>`` or ``<sitemapindex>`` document, or gzip data that
        decompresses to one."""
        if not source.decoded and source.data.startswith(GZIP_MAGIC):
            return bool(_SIGNATURE.match(_peek(source.data)))
        return bool(_SIGNATURE.match(xml_head(source)))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the articles of a Google News sitemap (a plain sitemap lists none)."""
        yield from self.read_listing(source).items

    def read_listing(self, source: Source) -> Listing:
        """The sitemap as a listing: kind ``sitemap`` with its articles and entries, or
        kind ``sitemap-index`` with its sitemaps.

        Raises:
            ReadError: The input is not XML at all, its root is neither ``<urlset>`` nor
                ``<sitemapindex>``, or it is gzip that is broken or decompresses past
                :data:`newsmodel.limits.MAX_DECOMPRESSED_BYTES`.
        """
        data = None
        if not source.decoded and source.data.startswith(GZIP_MAGIC):
            data = gunzip(source.data, format=_FORMAT, name=source.name)
        root = parse_xml(source, data, format=_FORMAT)
        namespace, name = _name(root)
        if name not in ("urlset", "sitemapindex"):
            raise ReadError(
                f"the root element is <{name}>, not <urlset> or <sitemapindex>",
                format=_FORMAT,
                source=source.name,
            )
        if namespace != SITEMAP_NAMESPACE:
            said = f"namespace {namespace!r}" if namespace else "no namespace"
            _warn(source, "", f"<{name}> has {said}, not {SITEMAP_NAMESPACE!r}; read anyway")
        feed_url = check.absolute_url(source.url, None)
        if name == "sitemapindex":
            sitemaps = [
                entry
                for index, element in _children(root, "sitemap")
                if (entry := _entry(element, f"/sitemap[{index}]", source)) is not None
            ]
            return Listing(kind=ListingKind.SITEMAP_INDEX, feed_url=feed_url, sitemaps=sitemaps)
        items: list[Article] = []
        entries: list[SitemapEntry] = []
        for index, element in _children(root, "url"):
            where = f"/url[{index}]"
            news = _child(element, "news", NEWS_NAMESPACE)
            article = _article(element, news, where, source) if news is not None else None
            if article is not None:
                items.append(article)
                continue
            entry = _entry(element, where, source)
            if entry is not None:
                entries.append(entry)
        _warn_unread(root, source)
        return Listing(kind=ListingKind.SITEMAP, feed_url=feed_url, items=items, entries=entries)


reader = SitemapReader()


def _peek(data: bytes) -> str:
    """The first few kilobytes ``data`` (gzip) decompresses to, or nothing if it does not."""
    try:
        head = zlib.decompressobj(31).decompress(data[: _PEEK * 4], _PEEK)
    except zlib.error:
        return ""
    return head.decode("utf-8", "replace")


def _name(element: etree._Element) -> tuple[str | None, str]:
    """The element's namespace and local name. A tag with a prefix nothing declares (kept
    by the recovering parser as ``news:news``) is no name lxml's ``QName`` takes: its
    local name is what follows the prefix, in no namespace."""
    tag = str(element.tag)  # a name (checked by the caller), never a comment's function
    namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else (None, "", tag)
    return namespace, local.rpartition(":")[2]


def _children(parent: etree._Element, name: str) -> Iterator[tuple[int, etree._Element]]:
    """The children of ``parent`` with local name ``name`` (in any namespace), numbered
    from 1 as XPath does."""
    found = (child for child in parent if isinstance(child.tag, str))
    matching = (child for child in found if _name(child)[1] == name)
    return enumerate(matching, start=1)


def _child(
    parent: etree._Element, name: str, namespace: str | None = None
) -> etree._Element | None:
    """The first child named ``name``: in ``namespace`` if one is, else in any."""
    candidates = [child for _, child in _children(parent, name)]
    preferred = [c for c in candidates if _name(c)[0] == namespace]
    return next(iter(preferred or candidates), None)


def _text(parent: etree._Element, name: str) -> str | None:
    """The collapsed text of ``parent``'s child ``name``; None when absent or blank."""
    element = _child(parent, name)
    if element is None:
        return None
    text = _XML_SPACE.sub(" ", "".join(str(part) for part in element.itertext())).strip(" ")
    return text or None


def _entry(element: etree._Element, where: str, source: Source) -> SitemapEntry | None:
    url = _address(_text(element, "loc"), f"{where}/loc", source)
    if url is None:
        return None
    try:
        return SitemapEntry(
            url,
            modified=_date(element, "lastmod", where, source),
            change_frequency=_change_frequency(element, where, source),
            priority=_priority(element, where, source),
            images=_images(element, where, source),
        )
    except InvalidValueError as error:
        _warn(source, where, f"left out: {error}")
        return None


def _article(
    element: etree._Element, news: etree._Element, where: str, source: Source
) -> Article | None:
    """The article a news ``<url>`` describes, or None (read as an entry instead) when it
    has no address or no title."""
    here = f"{where}/news"
    url = _address(_text(element, "loc"), f"{where}/loc", source)
    title = _text(news, "title")
    if url is None:
        return None
    if title is None:
        _warn(source, here, "has no news:title; read as a plain address")
        return None
    publication = _child(news, "publication")
    name = _text(publication, "name") if publication is not None else None
    language = _text(publication, "language") if publication is not None else None
    if language is not None and not check.is_language_tag(language):
        _warn(source, f"{here}/publication/language", f"{language!r} is no language code")
        language = None
    published = _date(news, "publication_date", here, source)
    modified = _date(element, "lastmod", where, source)
    if published is not None and modified is not None and check.earlier(modified, published):
        _warn(source, f"{where}/lastmod", "is before the publication date; left out")
        modified = None
    keywords = _text(news, "keywords")
    try:
        return Article(
            title,
            url=url,
            date_published=published,
            date_modified=modified,
            keywords=[word.strip() for word in (keywords or "").split(",") if word.strip()],
            publisher=Organization(name) if name else None,
            language=language.lower() if language else None,
            images=_images(element, where, source),
        )
    except InvalidValueError as error:
        _warn(source, where, f"left out: {error}")
        return None


def _address(text: str | None, where: str, source: Source) -> str | None:
    if text is None:
        _warn(source, where, "no address; left out")
        return None
    url = check.absolute_url(text, source.url)
    if url is None:
        _warn(source, where, f"{text[:200]!r} is not an absolute http(s) URL; left out")
    elif url != text:
        _warn(source, where, f"{text[:200]!r} is not absolute; read as {url}")
    return url


def _date(
    element: etree._Element, name: str, where: str, source: Source
) -> dt.datetime | dt.date | None:
    text = _text(element, name)
    if text is None:
        return None
    found = parse_w3c_date(text)
    if found.problem and not _ISO_START.match(text):  # RFC 822, as RSS writes dates
        rfc822 = parse_feed_date(text)
        if rfc822.value is not None:
            zone = f"; {rfc822.problem}" if rfc822.problem else ""
            found = ParsedDate(rfc822.value, f"is an RFC 822 date, not W3C's; read anyway{zone}")
    if found.problem:
        left = "" if found.value is not None else "; left out"
        _warn(source, f"{where}/{name}", f"{text[:80]!r} {found.problem}{left}")
    return found.value


def _change_frequency(
    element: etree._Element, where: str, source: Source
) -> ChangeFrequency | None:
    text = _text(element, "changefreq")
    if text is None:
        return None
    try:
        return ChangeFrequency(text.lower())
    except ValueError:
        _warn(source, f"{where}/changefreq", f"{text[:80]!r} is no change frequency; left out")
        return None


def _priority(element: etree._Element, where: str, source: Source) -> float | None:
    text = _text(element, "priority")
    if text is None:
        return None
    try:
        value = float(text) if len(text) <= 20 else None
    except ValueError:
        value = None
    if value is None or not 0 <= value <= 1:
        _warn(source, f"{where}/priority", f"{text[:80]!r} is no priority (0.0 to 1.0); left out")
        return None
    return value


def _images(element: etree._Element, where: str, source: Source) -> list[Image]:
    images = []
    for index, image in _children(element, "image"):
        here = f"{where}/image[{index}]"
        url = _address(_text(image, "loc"), f"{here}/loc", source)
        if url is None:
            continue
        caption = _text(image, "caption") or _text(image, "title")
        try:
            images.append(Image(url, caption=caption))
        except InvalidValueError as error:
            _warn(source, here, f"left out: {error}")
    return images


def _warn_unread(root: etree._Element, source: Source) -> None:
    """One warning for the parts of ``<url>`` elements the model has no place for
    (``video:video``, ``xhtml:link``...), with how many of each."""
    unread: Counter[str] = Counter()
    for url in root:
        if not isinstance(url.tag, str):
            continue
        for part in url:
            if isinstance(part.tag, str):
                name = _name(part)[1]
                if name not in _URL_PARTS:  # "news:x" as written, declared or not
                    label = str(part.tag).rpartition("}")[2]
                    unread[f"{part.prefix}:{name}" if part.prefix else label] += 1
    if unread:
        parts = ", ".join(f"{name} ({count})" for name, count in sorted(unread.items()))
        _warn(source, "", f"not read, as the model has no place for them: {parts}")


def _warn(source: Source, where: str, message: str) -> None:
    place = f" at {where}" if where else ""
    warnings.warn(f"sitemap in {source.name}{place}: {message}", ReadWarning, stacklevel=2)

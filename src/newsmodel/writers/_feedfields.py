"""What the RSS, Atom and JSON Feed writers take from the model the same way: an item's
id and link, its body as HTML, dates in RFC 822 and RFC 3339, the feed's newest date,
an image's media type, XML escaping, and the one-article feed.

Kept in one place so that the three formats never disagree about which id an item has or
which moment a day-only date stands for.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote, urlsplit

import attrs

from .._listing import Listing
from .._model import Article, Organization
from .._w3cdates import w3c_date
from ..errors import WriteError

__all__ = [
    "EPOCH",
    "atom_id",
    "feed_id",
    "feed_of",
    "image_type",
    "item_id",
    "item_link",
    "item_updated",
    "kept_enclosures",
    "moment",
    "newest",
    "rfc822",
    "rfc3339",
    "unwritable_in_xml",
    "unwritable_paths",
    "xml_attr",
    "xml_text",
]

UTC = dt.timezone.utc
#: What a feed that must carry a date (Atom's ``updated``) says when nothing in it has
#: one: a moment no real feed was updated at, and the same on every run (never "now").
EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Image types by file extension: a fixed table, not the mimetypes module, whose answers
# depend on the machine's files; an image of another type gets no type rather than a guess.
_IMAGE_TYPES = {
    "avif": "image/avif",
    "gif": "image/gif",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "png": "image/png",
    "svg": "image/svg+xml",
    "webp": "image/webp",
}
# An absolute IRI, as far as a feed's id needs telling: a scheme, then no white space or
# character RFC 3987 excludes
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
# Characters XML 1.0 cannot hold, escaped or not. The model already refuses C0 controls
# in text, so only U+FFFE, U+FFFF and what ``extra`` holds can bring one here.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    """Text as XML character data: ``&``, ``<`` and ``>`` as entities (so ``]]>`` is
    harmless), carriage returns as ``&#13;`` so that parsing keeps them.

    Chained ``str.replace`` calls: several times faster than ``str.translate`` on the
    long bodies feeds carry.
    """
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\r", "&#13;") if "\r" in value else value


def xml_attr(value: str) -> str:
    """Text as a double-quoted XML attribute value, whitespace kept as written."""
    value = xml_text(value).replace('"', "&quot;")
    if "\n" in value or "\t" in value:
        value = value.replace("\n", "&#10;").replace("\t", "&#9;")
    return value


def unwritable_in_xml(document: str, listing: Listing) -> None:
    """Raise if ``document`` holds a character XML 1.0 cannot carry, naming where the
    listing holds it; do nothing otherwise (one scan of the written text).

    Raises:
        WriteError: The listing holds such a character (U+FFFE, U+FFFF, a control
            character in ``extra``), with its path in the listing.
    """
    if _NOT_XML.search(document) is None:
        return
    path, char = next(unwritable_paths(listing), ("", "?"))
    raise WriteError(
        f"{path or 'the listing'} holds U+{ord(char):04X}, which XML 1.0 cannot carry; "
        "remove it, or write the listing as JSON Feed"
    )


def unwritable_paths(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """The JSON Pointer of each string in ``value`` (a model object, or what its fields
    hold) that holds a character XML 1.0 cannot carry, with the first such character."""
    if isinstance(value, str):
        found = _NOT_XML.search(value)
        if found is not None:
            yield path, found.group()
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from unwritable_paths(getattr(value, field.name), f"{path}/{field.name}")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from unwritable_paths(item, f"{path}/{index}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            escaped = str(key).replace("~", "~0").replace("/", "~1")
            yield from unwritable_paths(item, f"{path}/{escaped}")


def feed_of(article: Article) -> Listing:
    """The feed of one article: its portal's name and home page as the feed's title and
    link (or its publisher's), its language as the feed's."""
    source: Organization | None = article.publisher
    title = article.portal.name if article.portal else source.name if source else None
    home = article.portal.url if article.portal else source.url if source else None
    return Listing(title=title, url=home, language=article.language, items=[article])


def kept_enclosures(article: Article) -> Iterator[tuple[str, str, str]]:
    """The url, media type and length in bytes (``"0"``: unknown) of each attachment the
    item was read with that is not an image (``extra["enclosures"]``, as the feed
    readers keep them); entries without a url are skipped."""
    kept = article.extra.get("enclosures")
    if not isinstance(kept, tuple | list):
        return
    for found in kept:
        if not isinstance(found, Mapping):
            continue
        url, kind, length = found.get("url"), found.get("type"), found.get("length")
        if isinstance(url, str) and url.strip():
            size = length if isinstance(length, int) and not isinstance(length, bool) else 0
            yield url, kind if isinstance(kind, str) else "", str(max(size, 0))


def item_link(article: Article) -> str | None:
    """The item's address: its URL, else its canonical URL."""
    return article.url or article.canonical_url


def item_id(article: Article) -> str:
    """The item's id: ``extra["id"]`` (the guid or id it was read with) when it is a
    non-blank string or an integer, else its address, else a ``urn:uuid:`` made from its
    headline, dates and description (the same on every run)."""
    given = article.extra.get("id")
    if isinstance(given, str) and given.strip():
        return given
    if isinstance(given, int) and not isinstance(given, bool):
        return str(given)
    link = item_link(article)
    if link:
        return link
    dates = [d.isoformat() for d in (article.date_published, article.date_modified) if d]
    seed = "\n".join(["newsmodel:item", article.headline, *dates, article.description or ""])
    return uuid.uuid5(uuid.NAMESPACE_URL, seed).urn


def feed_id(listing: Listing) -> str:
    """The feed's id: ``extra["id"]`` (the id it was read with), else its own address,
    else its site's, else a ``urn:uuid:`` made from its title and its items' ids (the
    same on every run)."""
    given = listing.extra.get("id")
    if isinstance(given, str) and given.strip():
        return given
    if listing.feed_url or listing.url:
        return listing.feed_url or listing.url or ""
    seed = "\n".join(["newsmodel:feed", listing.title or "", *map(item_id, listing.items)])
    return uuid.uuid5(uuid.NAMESPACE_URL, seed).urn


def atom_id(value: str) -> str:
    """An id as Atom requires it, an IRI: as it is when it is one (``https://...``,
    ``tag:...``, ``urn:...``), else made one by prefixing ``urn:newsmodel:id:`` to it,
    percent-encoded (``planet-123`` is ``urn:newsmodel:id:planet-123``): the same on every
    run, and the original readable in it."""
    if _IRI.fullmatch(value):
        return value
    return "urn:newsmodel:id:" + quote(value, safe="-._~!$&'()*+,;=:@/")


def moment(value: dt.datetime | dt.date) -> dt.datetime:
    """A datetime as it is; a day as 00:00 UTC that day (feeds have no day-only dates)."""
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day, tzinfo=UTC)


def item_updated(article: Article) -> dt.datetime | dt.date | None:
    """When the item last changed: modified, else published."""
    return article.date_modified or article.date_published


def newest(listing: Listing) -> dt.datetime | dt.date | None:
    """The listing's ``updated``, else its newest item's last change, else None."""
    if listing.updated is not None:
        return listing.updated
    dates = [d for d in map(item_updated, listing.items) if d is not None]
    return max(dates, key=lambda d: moment(d).astimezone(UTC), default=None)


def rfc822(value: dt.datetime | dt.date) -> str:
    """An RFC 822 date (with a four-digit year) for RSS: in the datetime's own offset,
    or in UTC when that offset has seconds; a day at 00:00 UTC. English names whatever
    the locale; fractions of a second are left out (the format has none)."""
    when = _whole_minutes(moment(value))
    offset = when.utcoffset() or dt.timedelta()
    sign = "-" if offset < dt.timedelta() else "+"
    minutes = abs(offset) // dt.timedelta(minutes=1)
    return (
        f"{_DAYS[when.weekday()]}, {when.day:02d} {_MONTHS[when.month - 1]} {when.year:04d} "
        f"{when:%H:%M:%S} {sign}{minutes // 60:02d}{minutes % 60:02d}"
    )


def rfc3339(value: dt.datetime | dt.date) -> str:
    """An RFC 3339 timestamp for Atom and JSON Feed (a W3C date-time, as sitemaps write
    it): in the datetime's own offset (UTC when it has seconds), ``Z`` for UTC; a day at
    00:00 UTC."""
    return w3c_date(moment(value))


def _whole_minutes(when: dt.datetime) -> dt.datetime:
    """``when``, moved to UTC if its offset is not a whole number of minutes."""
    offset = when.utcoffset() or dt.timedelta()
    return when if offset % dt.timedelta(minutes=1) == dt.timedelta() else when.astimezone(UTC)


def image_type(url: str) -> str | None:
    """The image's media type by its file extension, or None when unknown."""
    path = urlsplit(url).path
    _, dot, extension = path.rpartition(".")
    return _IMAGE_TYPES.get(extension.lower()) if dot else None

"""Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org).

A value of the wrong JSON type (a number where the spec says a string) is left out, with
a warning; 1.0's ``author`` and 1.1's ``authors`` are both read. See :doc:`/feeds` for
the table of what each key becomes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..._lenientjson import LenientJSONError, loads
from ..._listing import Listing, ListingKind
from ..._model import Article, Organization, Person
from ...errors import ReadError
from ...source import Source
from ._address import absolute
from ._items import FeedDraft, ItemDraft, Reporter, listing_of
from ._media import attachment, image_of, is_image

__all__ = ["JsonFeedReader", "reader"]

_SIGNATURE = re.compile(
    r'^\s*\{.*?"version"\s*:\s*"https?://jsonfeed\.org/version/1(?:\.\d+)?/?"', re.DOTALL
)
_FORMAT = "json-feed"


class JsonFeedReader:
    """The ``json-feed`` reader."""

    def recognizes(self, source: Source) -> bool:
        """True for a JSON object whose ``version`` is a JSON Feed 1.x address."""
        return bool(_SIGNATURE.match(source.head()))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the feed's items that are articles, in feed order (see
        :func:`newsmodel.read_all`)."""
        yield from self.read_listing(source).items

    def read_listing(self, source: Source) -> Listing:
        """The feed, with what it says of itself (see :func:`newsmodel.read_listing`)."""
        reporter = Reporter(source, _FORMAT)
        try:
            values, repairs = loads(source.text)
        except LenientJSONError as error:
            raise ReadError(f"not JSON: {error}", format=_FORMAT, source=source.name) from None
        except RecursionError:
            raise ReadError("nested too deeply", format=_FORMAT, source=source.name) from None
        for repair in repairs:
            reporter.warn("", f"repaired {repair}")
        feed = values[0] if values else None
        if not isinstance(feed, dict):
            raise ReadError("a JSON Feed is a JSON object", format=_FORMAT, source=source.name)
        return listing_of(_feed(feed, source.url, reporter), reporter)


class _Values:
    """One JSON object's values, each of the type the spec gives it or None (with a
    warning naming the key)."""

    def __init__(self, found: Mapping[str, Any], where: str, reporter: Reporter) -> None:
        self.found = found
        self.where = where
        self.reporter = reporter

    def text(self, key: str) -> str | None:
        value = self.found.get(key)
        if value is None or isinstance(value, str):
            return value
        if key == "id" and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # 1.0 feeds write numbers; 1.1 says to read them as strings
        self.reporter.warn(self.where, f"{key} is not a string ({value!r:.40}); left out")
        return None

    def array(self, key: str) -> list[Any]:
        value = self.found.get(key)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self.reporter.warn(self.where, f"{key} is not an array; left out")
        return []


def _feed(feed: dict[str, Any], url: str | None, reporter: Reporter) -> FeedDraft:
    values = _Values(feed, "", reporter)
    home = values.text("home_page_url")
    draft = FeedDraft(
        ListingKind.JSON_FEED,
        title=values.text("title"),
        title_html=False,
        link=home,
        feed_url=values.text("feed_url"),
        description=values.text("description"),
        description_html=False,
        language=values.text("language"),
        image=values.text("icon") or values.text("favicon"),
    )
    draft.base = url or draft.feed_url or home
    version = values.text("version")
    if version:
        draft.extra["version"] = version
    authors = _authors(values, draft.base)
    for number, item in enumerate(values.array("items"), start=1):
        where = f"item {number}"
        if not isinstance(item, dict):
            reporter.warn(where, "is not a JSON object; left out")
            continue
        entry = _item(_Values(item, where, reporter), draft.base)
        entry.authors = entry.authors or list(authors)
        draft.items.append(entry)
    return draft


def _item(values: _Values, base: str | None) -> ItemDraft:
    draft = ItemDraft(
        values.where,
        base=base,
        id=values.text("id"),
        title=values.text("title"),
        title_html=False,
        description=values.text("summary"),
        description_html=False,
        content_html=values.text("content_html"),
        content_text=values.text("content_text"),
        link=values.text("url"),
        published=values.text("date_published"),
        modified=values.text("date_modified"),
        language=values.text("language"),
        authors=_authors(values, base),
        keywords=[tag for tag in values.array("tags") if isinstance(tag, str)],
    )
    external = values.text("external_url")
    if external:
        draft.extra["external_url"] = external
    for key in ("image", "banner_image"):
        image = image_of(values.text(key), base)
        if image is not None:
            draft.images.append(image)
    for found in values.array("attachments"):
        if not isinstance(found, dict) or not isinstance(found.get("url"), str):
            continue
        kind = found.get("mime_type") if isinstance(found.get("mime_type"), str) else None
        image = image_of(found["url"], base) if is_image(found["url"], kind) else None
        if image is not None:
            draft.images.append(image)
        else:
            draft.enclosures.append(attachment(found["url"], kind, found.get("size_in_bytes")))
    return draft


def _authors(values: _Values, base: str | None) -> list[Person | Organization]:
    found = values.array("authors")
    if not found and isinstance(values.found.get("author"), dict):
        found = [values.found["author"]]
    people: list[Person | Organization] = []
    for author in found:
        if not isinstance(author, dict) or not isinstance(author.get("name"), str):
            continue
        name = " ".join(author["name"].split())
        url = author.get("url") if isinstance(author.get("url"), str) else None
        avatar = author.get("avatar") if isinstance(author.get("avatar"), str) else None
        try:
            people.append(Person(name, url=absolute(url, base), image=image_of(avatar, base)))
        except ValueError:
            continue
    return people


reader = JsonFeedReader()

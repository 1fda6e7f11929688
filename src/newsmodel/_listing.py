"""A list of articles as a portal publishes it: a feed, a sitemap, a robots.txt.

Feeds and news sitemaps are how most tools find a portal's articles. A :class:`Listing`
keeps what the document says about itself and its items, each an :class:`Article` holding
what the item gives. A plain sitemap lists addresses without headlines: those are
:class:`SitemapEntry` values, not articles, so nothing has to invent a headline; so are
the sitemaps a sitemap index or a robots.txt points to.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from . import _checks as check
from ._jsonvalue import FrozenMapping, JSONValue
from ._model import Article, Image, Organization

__all__ = ["ChangeFrequency", "Listing", "ListingKind", "SitemapEntry"]


class ListingKind(str, enum.Enum):
    """The kind of document a listing was read from, or is meant to be written as."""

    RSS = "rss"
    ATOM = "atom"
    JSON_FEED = "json-feed"
    SITEMAP = "sitemap"
    SITEMAP_INDEX = "sitemap-index"
    ROBOTS_TXT = "robots.txt"


class ChangeFrequency(str, enum.Enum):
    """How often a sitemap says a page changes (``<changefreq>``)."""

    ALWAYS = "always"
    HOURLY = "hourly"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"
    NEVER = "never"


def _change_frequency(value: object) -> object:
    return enum_member(ChangeFrequency, value)


def listing_kind(value: object) -> object:
    """The :class:`ListingKind` for a value (an attrs converter; fronts use it too)."""
    return enum_member(ListingKind, value)


def enum_member(kind: type[enum.Enum], value: object) -> object:
    """``kind``'s member for its value, leaving anything else to the validator (which
    names the field and the value)."""
    if value is None or isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        return value


def _priority(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        check.fail(instance, attribute, value, "must be a number from 0.0 to 1.0")


def _images(value: Iterable[Image]) -> tuple[Image, ...]:
    return check.as_tuple(value)


@attrs.frozen
class SitemapEntry:
    """An address a sitemap lists without a headline, or a sitemap another one points to.

    Args:
        url: The absolute address (``<loc>``).
        modified: When it last changed (``<lastmod>``): a timezone-aware datetime, or a
            day.
        change_frequency: How often it changes, a :class:`ChangeFrequency` or its value.
        priority: Its priority relative to the site's other pages, 0.0 to 1.0.
        images: The images an image sitemap lists for it.
    """

    url: str = attrs.field(validator=check.url())
    modified: dt.datetime | dt.date | None = attrs.field(
        default=None, kw_only=True, validator=check.aware_datetime_or_day
    )
    change_frequency: ChangeFrequency | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_change_frequency,
        validator=check.instance(ChangeFrequency, optional=True),
    )
    priority: float | None = attrs.field(default=None, kw_only=True, validator=_priority)
    images: tuple[Image, ...] = attrs.field(
        default=(), kw_only=True, converter=_images, validator=check.items(Image)
    )


def _articles(value: Iterable[Article]) -> tuple[Article, ...]:
    return check.as_tuple(value)


def _entries(value: Iterable[SitemapEntry]) -> tuple[SitemapEntry, ...]:
    return check.as_tuple(value)


@attrs.frozen
class Listing:
    """A list of articles as a portal publishes it, with what the list says of itself.

    Args:
        kind: The kind of document it was read from (None: made in code).
        title: The feed's title.
        url: The site or page the list is about (a feed's ``<link>``).
        feed_url: The address of the document itself (``atom:link rel="self"``).
        description: The feed's description or subtitle.
        language: BCP 47 tag of the language of the list.
        updated: When the list last changed: a timezone-aware datetime, or a day.
        publisher: The organisation that publishes it.
        image: The feed's image or logo.
        items: The articles it lists, in its order, each with what its item gives.
        entries: The addresses it lists without a headline (a plain sitemap's).
        sitemaps: The sitemaps it points to (a sitemap index's, a robots.txt's).
        extra: What the document says that the model does not name, as JSON values.
    """

    kind: ListingKind | None = attrs.field(
        default=None,
        kw_only=True,
        converter=listing_kind,
        validator=check.instance(ListingKind, optional=True),
    )
    title: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    url: str | None = attrs.field(default=None, kw_only=True, validator=check.url(optional=True))
    feed_url: str | None = attrs.field(
        default=None, kw_only=True, validator=check.url(optional=True)
    )
    description: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    language: str | None = attrs.field(default=None, kw_only=True, validator=check.language_tag)
    updated: dt.datetime | dt.date | None = attrs.field(
        default=None, kw_only=True, validator=check.aware_datetime_or_day
    )
    publisher: Organization | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Organization, optional=True)
    )
    image: Image | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Image, optional=True)
    )
    items: tuple[Article, ...] = attrs.field(
        default=(), kw_only=True, converter=_articles, validator=check.items(Article)
    )
    entries: tuple[SitemapEntry, ...] = attrs.field(
        default=(), kw_only=True, converter=_entries, validator=check.items(SitemapEntry)
    )
    sitemaps: tuple[SitemapEntry, ...] = attrs.field(
        default=(), kw_only=True, converter=_entries, validator=check.items(SitemapEntry)
    )
    extra: Mapping[str, JSONValue] = attrs.field(
        factory=FrozenMapping,
        kw_only=True,
        converter=check.frozen_json,
        validator=check.json_object,
    )

    @property
    def urls(self) -> tuple[str, ...]:
        """Every address the list gives, items first, then entries, in order, once each."""
        found = [item.url for item in self.items if item.url] + [e.url for e in self.entries]
        return tuple(dict.fromkeys(found))

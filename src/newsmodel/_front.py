"""A portal's front page: the home page or a section front, as blocks of teasers.

An article page shows a slice of its portal; a front shows the portal itself: its section
tree (in the navigation), what each block of the page leads with, and the feeds and
sitemaps it links to. Each teaser is an :class:`Article` holding what the front shows of
it (headline, address, standfirst, image, date, section, authors) and an empty body.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs

from . import _checks as check
from ._listing import Listing, ListingKind, enum_member, listing_kind
from ._model import Article, Organization, Portal, Section
from .errors import InvalidValueError

__all__ = ["Front", "FrontBlock", "ListingLink", "Teaser", "TeaserFlag"]


class TeaserFlag(str, enum.Enum):
    """A label a front puts on a teaser."""

    LIVE = "live"
    BREAKING = "breaking"


def _flags(value: Iterable[TeaserFlag | str]) -> tuple[TeaserFlag, ...]:
    """The flags as members, in the order given; a value that is none is left for the
    validator, which names it."""
    return tuple(enum_member(TeaserFlag, item) for item in check.as_tuple(value))  # type: ignore[misc]


def _unique(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    seen: set[object] = set()
    for index, item in enumerate(value):
        if item in seen:
            raise InvalidValueError(
                type(instance).__name__, attribute.name, item, "is listed twice", index
            )
        seen.add(item)


@attrs.frozen
class Teaser:
    """An article as a front shows it.

    Args:
        article: What the teaser shows: headline, url, standfirst (``description``),
            images, date, section and authors; the body is usually empty.
        flags: Labels the front gives it ("live", "breaking"): :class:`TeaserFlag`
            members or their values, each once.
    """

    article: Article = attrs.field(validator=check.instance(Article))
    flags: tuple[TeaserFlag, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=_flags,
        validator=[check.items(TeaserFlag), _unique],
    )


def _teasers(value: Iterable[Teaser | Article]) -> tuple[Teaser, ...]:
    """Teasers, an article given alone standing for a teaser with no flags."""
    return tuple(
        Teaser(item) if isinstance(item, Article) else item for item in check.as_tuple(value)
    )


@attrs.frozen
class FrontBlock:
    """A block of teasers on a front, under its heading ("Politics", "Most read").

    Args:
        teasers: Its teasers in page order (an :class:`Article` given alone is a teaser
            without flags); at least one.
        heading: The block's heading as shown, if it has one.
        section: The section the block leads to (its heading's link), if any.
    """

    teasers: tuple[Teaser, ...] = attrs.field(converter=_teasers, validator=check.items(Teaser))
    heading: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    section: Section | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Section, optional=True)
    )

    @teasers.validator
    def _check_teasers(
        self, attribute: attrs.Attribute[tuple[Teaser, ...]], value: tuple[Teaser, ...]
    ) -> None:
        if not value:
            raise InvalidValueError("FrontBlock", "teasers", value, "must hold one teaser or more")


@attrs.frozen
class ListingLink:
    """A link from a page to a feed or a sitemap (``<link rel="alternate">``, robots.txt).

    Args:
        url: The feed's or sitemap's absolute address.
        kind: What it is, where known: a :class:`~newsmodel.ListingKind` or its value.
        title: The link's title ("All news", "Sport RSS").
    """

    url: str = attrs.field(validator=check.url())
    kind: ListingKind | None = attrs.field(
        default=None,
        kw_only=True,
        converter=listing_kind,
        validator=check.instance(ListingKind, optional=True),
    )
    title: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )


_FEED_KINDS = frozenset({ListingKind.RSS, ListingKind.ATOM, ListingKind.JSON_FEED})
_SITEMAP_KINDS = frozenset({ListingKind.SITEMAP, ListingKind.SITEMAP_INDEX})


def _links(value: Iterable[ListingLink]) -> tuple[ListingLink, ...]:
    return check.as_tuple(value)


def _kinds_in(allowed: frozenset[ListingKind], what: str) -> check.Validator:
    def validate(
        instance: object, attribute: attrs.Attribute[Any], value: tuple[ListingLink, ...]
    ) -> None:
        for index, link in enumerate(value):
            if link.kind is not None and link.kind not in allowed:
                raise InvalidValueError(
                    "Front",
                    attribute.name,
                    link,
                    f"must link to {what}, not {link.kind.value}",
                    index,
                )

    return validate


def _blocks(value: Iterable[FrontBlock]) -> tuple[FrontBlock, ...]:
    return check.as_tuple(value)


@attrs.frozen
class Front:
    """A portal's home page or section front.

    Args:
        url: The front's address.
        portal: The portal it belongs to: name, tagline, logo, publisher and the section
            tree its navigation shows.
        section: The section it fronts; None for the home page.
        title: The page's own title, where it differs from the portal's name.
        language: BCP 47 tag of the language of the page.
        blocks: Its blocks of teasers, in page order.
        next_page: The next page of the front (``rel="next"``, "Older posts").
        previous_page: The previous page of the front.
        feeds: The feeds it links to (RSS, Atom, JSON Feed), each once.
        sitemaps: The sitemaps it links to, each once.
    """

    url: str | None = attrs.field(default=None, kw_only=True, validator=check.url(optional=True))
    portal: Portal | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Portal, optional=True)
    )
    section: Section | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Section, optional=True)
    )
    title: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    language: str | None = attrs.field(default=None, kw_only=True, validator=check.language_tag)
    blocks: tuple[FrontBlock, ...] = attrs.field(
        default=(), kw_only=True, converter=_blocks, validator=check.items(FrontBlock)
    )
    next_page: str | None = attrs.field(
        default=None, kw_only=True, validator=check.url(optional=True)
    )
    previous_page: str | None = attrs.field(
        default=None, kw_only=True, validator=check.url(optional=True)
    )
    feeds: tuple[ListingLink, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=_links,
        validator=[check.items(ListingLink), _kinds_in(_FEED_KINDS, "a feed"), _unique],
    )
    sitemaps: tuple[ListingLink, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=_links,
        validator=[check.items(ListingLink), _kinds_in(_SITEMAP_KINDS, "a sitemap"), _unique],
    )

    @property
    def is_home(self) -> bool:
        """Whether this is the portal's home page (it fronts no section)."""
        return self.section is None

    @property
    def teasers(self) -> tuple[Teaser, ...]:
        """Every teaser on the front, in page order, once per address (the first time);
        teasers without an address are all kept."""
        seen: set[str] = set()
        found: list[Teaser] = []
        for block in self.blocks:
            for teaser in block.teasers:
                url = teaser.article.url
                if url is not None:
                    if url in seen:
                        continue
                    seen.add(url)
                found.append(teaser)
        return tuple(found)

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles of :attr:`teasers`, in page order."""
        return tuple(teaser.article for teaser in self.teasers)

    def to_listing(self) -> Listing:
        """The front as a list of its articles, for the feed and sitemap writers: titled
        with the section's name (or the portal's), about the front's address, published
        by the portal's publisher, or by the portal itself where it names none (the name
        a news sitemap gives as the publication's, rather than a section's)."""
        portal = self.portal
        title = self.title or (self.section.name if self.section else None)
        if title is None and portal is not None:
            title = portal.name
        return Listing(
            title=title,
            url=self.url or (portal.url if portal else None),
            description=portal.tagline if portal is not None and self.is_home else None,
            language=self.language,
            publisher=_publisher(portal),
            image=portal.logo if portal is not None else None,
            items=self.articles,
        )


def _publisher(portal: Portal | None) -> Organization | None:
    """Who publishes a portal's feeds: its publisher, else the portal under its own name."""
    if portal is None:
        return None
    return portal.publisher or Organization(portal.name, url=portal.url, logo=portal.logo)

"""The visible page: ``<time>``, the day in the address, dates and bylines shown in the text,
breadcrumbs, related links, comments and the portal's banner.

Dates and bylines are searched only for a field the markup left empty (the resolver's
rule), since searching the page costs more than reading its markup. All of it is read
before the body is extracted, which removes navigation and comments from the tree.
"""

from __future__ import annotations

import functools
from typing import Any

from ...._dates import parse_day, parse_moment
from ...._model import Organization, Person, Portal
from ...._whitespace import collapse
from ..bylines import authors_in_page
from ..comments import comments_in
from ..headline import shown_forms
from ..page import Page
from ..portal import (
    breadcrumb_trail,
    comments_open,
    portal_described,
    portal_of,
    related_links,
)
from ..visible_dates import ShownDays, day_in_url, publication_time
from . import Proposals

__all__ = ["TIME_CHARACTERS", "Shown", "address_day", "breadcrumbs", "shown", "time_element"]

TIME_CHARACTERS = 120
"""Characters of a ``<time>`` element's text read as a day, where it has no ``datetime``."""


def time_element(page: Page) -> Proposals:
    """The first ``<time>`` that dates the story: its ``datetime``, else its text's day."""

    def moment() -> list[object]:
        time = publication_time(page.tree)
        if time is None:
            return []
        written = parse_day(collapse(time.text_content())[:TIME_CHARACTERS])
        return [parse_moment(time.get("datetime")) or written]

    return Proposals("time", {"date_published": moment})


def address_day(page: Page) -> Proposals:
    """The day in the page's address (``/2025/09/04/``)."""
    return Proposals("url", {"date_published": lambda: [day_in_url(page.url)]})


class Shown:
    """What the page shows: days written in a dateline or byline element, the writers a
    byline names, related links, comments and whether new ones are taken.

    It answers by method, not with closures over itself: a page's tree must be freed as
    soon as the read ends, not when the garbage collector finds a cycle.
    """

    name = "visible"

    def __init__(self, page: Page) -> None:
        self._page = page

    @functools.cached_property
    def days(self) -> ShownDays:
        """The publication and update days the page shows."""
        return ShownDays(self._page.tree, self._headlines)

    def propose(self, field: str) -> list[Any]:
        """The page's value for ``field``, for the fields the visible page shows."""
        tree = self._page.tree
        if field == "date_published":
            return [self.days.published]
        if field == "date_modified":
            return [self.days.updated]
        if field == "authors":
            return [self.writers]
        if field == "related":
            return [related_links(tree, self._page.url)]
        if field == "comments":
            return [comments_in(tree)]
        if field == "comments_open":
            return [comments_open(tree)]
        return []

    @functools.cached_property
    def writers(self) -> tuple[Person, ...]:
        """The people the page's bylines name."""
        return tuple(Person(name) for name in authors_in_page(self._page.tree, self._headlines))

    @functools.cached_property
    def _headlines(self) -> tuple[str, ...]:
        """The texts the page may show its headline as where it has no ``<h1>``: the
        headlines its markup and ``<title>`` name, best first (see
        :func:`~newsmodel.readers.html.headline.shown_forms`)."""
        page = self._page
        if page.h1s:
            return ()
        nodes, _ = page.jsonld_nodes()
        named = [node.get("headline") for node in nodes[:1]]
        named += [page.meta("og:title", "twitter:title"), page.tree.findtext(".//title")]
        site = page.meta("og:site_name", "application-name")
        return shown_forms((text for text in named if isinstance(text, str)), site, page.url)

    def portal(self, site_name: str | None, publisher: Organization | None) -> Portal | None:
        """The portal as the page names its site, with the tagline and logo its banner
        shows (see :func:`~newsmodel.readers.html.portal.portal_of`)."""
        return portal_of(site_name, publisher, self._page.url, self._page.tree)

    def banner(self, described: Portal, site_name: str | None) -> Portal:
        """A portal the markup describes, completed from the page (see
        :func:`~newsmodel.readers.html.portal.portal_described`)."""
        return portal_described(described, site_name, self._page.url, self._page.tree)


def shown(page: Page) -> Shown:
    """The visible page as a source."""
    return Shown(page)


def breadcrumbs(page: Page) -> Proposals:
    """The breadcrumb trail, a section path once the resolver reads it against the
    headline; credited to the visible page, which shows it."""
    return Proposals("visible", {"section": lambda: [breadcrumb_trail(page)]})

"""The visible page: ``<time>``, the day in the address, dates and bylines shown in the text.

These are searched only for a field the markup left empty (the resolver's rule), since
searching the page costs more than reading its markup.
"""

from __future__ import annotations

import functools

from ...._dates import parse_day, parse_moment
from ...._model import Person
from ...._whitespace import collapse
from ..bylines import authors_in_page
from ..page import Page
from ..visible_dates import ShownDays, day_in_url, publication_time
from . import Proposals

__all__ = ["TIME_CHARACTERS", "address_day", "shown", "time_element"]

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


class Shown(Proposals):
    """Days written in a dateline or byline element, and the writers a byline names."""

    def __init__(self, page: Page) -> None:
        self.days = ShownDays(page.tree)
        super().__init__(
            "visible",
            {
                "date_published": lambda: [self.days.published],
                "date_modified": lambda: [self.days.updated],
                "authors": lambda: [self.writers],
            },
        )
        self._page = page

    @functools.cached_property
    def writers(self) -> tuple[Person, ...]:
        """The people the page's bylines name."""
        return tuple(Person(name) for name in authors_in_page(self._page.tree))


def shown(page: Page) -> Shown:
    """The visible dates and bylines source."""
    return Shown(page)

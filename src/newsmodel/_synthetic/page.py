"""A rendered page and the truth it was made from."""

from __future__ import annotations

import enum
from typing import Generic, TypeVar

import attrs

__all__ = ["Agreement", "DataSource", "Furniture", "Layout", "PageSample", "RenderedPage"]

T = TypeVar("T")


class Furniture(str, enum.Enum):
    """What a portal puts around the story."""

    NAVIGATION = "navigation"
    BREADCRUMBS = "breadcrumbs"
    SHARE_BAR = "share-bar"
    RELATED = "related"
    NEWSLETTER = "newsletter"
    COOKIE_BANNER = "cookie-banner"
    COMMENTS = "comments"
    RAIL = "rail"
    FOOTER = "footer"


class DataSource(str, enum.Enum):
    """Where a page states its metadata besides the visible text."""

    JSON_LD = "json-ld"
    MICRODATA = "microdata"
    OPEN_GRAPH = "open-graph"
    META = "meta"


class Agreement(str, enum.Enum):
    """How the structured data relates to the visible page."""

    COMPLETE = "complete"
    """Every field the visible page shows, stated again."""
    PARTIAL = "partial"
    """Some fields only (headline and date, say); the rest is only visible."""
    ABSENT = "absent"
    """No structured data at all."""
    CONTRADICTING = "contradicting"
    """Differs from the visible page in the ways real pages do (see
    :class:`RenderedPage`'s ``notes``); the truth is what the visible page shows."""


@attrs.frozen
class Layout:
    """The choices a template renders an article with, drawn by the strategies.

    Args:
        url: The address the page is served from.
        furniture: What to put around the story.
        sources: Where to state structured data; empty when ``agreement`` is absent.
        agreement: How that structured data relates to the visible page.
        menu: The section names the navigation lists, in order, where the portal has no
            sections of its own (the language's seven commonest where empty).
        language: The language the portal writes its pages in (a BCP 47 tag), where the
            article does not say; its menus, labels and forms are in it.
    """

    url: str
    furniture: frozenset[Furniture] = frozenset()
    sources: frozenset[DataSource] = frozenset()
    agreement: Agreement = Agreement.ABSENT
    menu: tuple[str, ...] = ()
    language: str | None = None


@attrs.frozen
class RenderedPage:
    """One page as a portal serves it.

    Args:
        content: The page: HTML, a feed, or a plain-text capture.
        url: The address it is served from; pass it to the reader.
        media_type: ``text/html``, ``text/plain``, ``application/rss+xml``...
        template: The name of the template that rendered it.
        furniture: What the page has around the story.
        sources: Where it states structured data.
        agreement: How that structured data relates to the visible page.
        notes: Each way the page departs from plain (a contradiction, a field it cannot
            show), in words, for failure messages.
    """

    content: str
    url: str
    media_type: str
    template: str
    furniture: frozenset[Furniture] = frozenset()
    sources: frozenset[DataSource] = frozenset()
    agreement: Agreement = Agreement.ABSENT
    notes: tuple[str, ...] = ()


class PageSample(tuple[RenderedPage, T], Generic[T]):
    """A page and its truth: what a faithful reader of the page can know.

    Unpacks as ``page, truth = sample``, each with its type. (A tuple rather than a
    generic ``NamedTuple``, which needs Python 3.11.)

    Args:
        page: The page.
        truth: What a faithful reader of it can know.
    """

    __slots__ = ()

    def __new__(cls, page: RenderedPage, truth: T) -> PageSample[T]:
        return super().__new__(cls, (page, truth))

    def __getnewargs__(self) -> tuple[RenderedPage, T]:
        return (self.page, self.truth)

    @property
    def page(self) -> RenderedPage:
        """The page."""
        return self[0]

    @property
    def truth(self) -> T:
        """What a faithful reader of the page can know."""
        return self[1]

    def __repr__(self) -> str:
        return f"PageSample(page={self.page!r}, truth={self.truth!r})"

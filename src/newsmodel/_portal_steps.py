"""One step of a portal walk: a document fetched and read (:class:`PortalPage`), or one
that could not be (:class:`PortalFailure`)."""

from __future__ import annotations

import attrs

from ._front import Front
from ._listing import Listing
from ._model import Article
from .errors import NewsmodelError

__all__ = ["PortalFailure", "PortalPage"]


@attrs.frozen
class PortalPage:
    """A document the walk fetched (or was given) and read.

    Args:
        url: Its address, after redirects.
        depth: For a front, how many section links away from the home page it is (0:
            the home page); for a feed or sitemap, how many sitemap indexes led to it (0
            for those a front links to, robots.txt names or the walk guessed).
        front: The front read, for the home page and section fronts.
        listing: The listing read, for a feed, a sitemap, a sitemap index or robots.txt.
        articles: The articles first found on it, in its order: those the walk had not
            seen, within ``max_articles``.

    .. versionadded:: 0.2
    """

    url: str
    depth: int = 0
    front: Front | None = None
    listing: Listing | None = None
    articles: tuple[Article, ...] = ()

    @property
    def kind(self) -> str:
        """``"front"``, or the listing's kind (``"robots.txt"``, ``"rss"``,
        ``"sitemap-index"``...)."""
        if self.listing is not None and self.listing.kind is not None:
            return self.listing.kind.value
        return "front" if self.front is not None else "listing"


@attrs.frozen
class PortalFailure:
    """A document the walk could not fetch or read; the walk goes on without it.

    Args:
        url: The address it asked for.
        error: What went wrong: a :class:`~newsmodel.FetchError` (a 404, a timeout, a
            redirect to another host) or a :class:`~newsmodel.ReadError` (a broken feed,
            an article page where a front was expected).

    .. versionadded:: 0.2
    """

    url: str
    error: NewsmodelError

    @property
    def message(self) -> str:
        """The error's message."""
        return str(self.error)

"""What a reader, a writer, a validation profile, a site adapter and an enricher plugin
must provide.

A plugin is any object with these methods; it need not inherit from anything. Register it
through an entry point (see :doc:`/plugins`) or with :func:`newsmodel.registry.register`.
These classes are the one definition of the interface: the registry checks every plugin
against them when it loads or registers it.

This module imports only the model, the sources, the selectors and validation's leaf types
(:class:`~newsmodel.validation.Document`, :class:`~newsmodel.Finding`), never the registry
or the top-level functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Protocol, runtime_checkable

import lxml.html

from ._front import Front
from ._listing import Listing
from ._model import Article
from ._sourced import SourcedArticle
from .sites import Selectors
from .source import Source
from .validation.document import Document
from .validation.report import Finding

__all__ = [
    "Enricher",
    "FrontReader",
    "FrontWriter",
    "ListingReader",
    "ListingWriter",
    "Profile",
    "Reader",
    "SiteAdapter",
    "SiteAwareReader",
    "SourcedReader",
    "Writer",
]


@runtime_checkable
class Reader(Protocol):
    """Turns one kind of input into articles."""

    def recognizes(self, source: Source) -> bool:
        """Say, cheaply, whether ``source`` looks like this reader's format.

        Used by :func:`newsmodel.read` when no format is given; look at
        :meth:`Source.head` rather than parsing the whole document.
        """
        ...

    def read_all(self, source: Source) -> Iterable[Article]:
        """Yield every article ``source`` describes, in document order.

        Raises:
            ReadError: The input is malformed; the error gives the path of the bad value.
        """
        ...


@runtime_checkable
class SourcedReader(Reader, Protocol):
    """A reader that merges several sources and can say which gave each field (the
    built-in ``html`` reader); :func:`newsmodel.read_with_sources` asks it for them.

    .. versionadded:: 0.1
    """

    def read_sourced(self, source: Source) -> Iterable[SourcedArticle]:
        """Like :meth:`Reader.read_all`, with the source of every field of each article."""
        ...


@runtime_checkable
class SiteAwareReader(Reader, Protocol):
    """A reader that applies site adapters (the built-in ``html`` reader).

    It finds none by itself: :func:`newsmodel.read` and its siblings hand it the adapters
    of the ``newsmodel.sites`` group through :meth:`with_sites`.

    .. versionadded:: 0.1
    """

    def with_sites(self, adapters: Mapping[str, SiteAdapter]) -> Reader:
        """Return a reader like this one that applies ``adapters`` (by registered name)."""
        ...


@runtime_checkable
class Writer(Protocol):
    """Turns an article into text in one format.

    ``write(article, **options)`` returns the text; the options are the writer's own
    keyword arguments (the JSON writer takes ``indent``), and :func:`newsmodel.write`
    rejects any the writer does not declare.
    """

    write: Callable[..., str]


@runtime_checkable
class ListingReader(Reader, Protocol):
    """A reader of documents that list articles (a feed, a sitemap): besides the articles,
    it gives the list with what it says of itself; :func:`newsmodel.read_listing` asks it.

    .. versionadded:: 0.2
    """

    def read_listing(self, source: Source) -> Listing:
        """Return the listing ``source`` holds, its items in document order.

        Raises:
            ReadError: The input is malformed.
        """
        ...


@runtime_checkable
class ListingWriter(Writer, Protocol):
    """A writer that writes a list of articles (a feed, a sitemap, a JSON document);
    :func:`newsmodel.write` hands it a :class:`~newsmodel.Listing` (a list of articles
    given as a list is made one).

    .. versionadded:: 0.2
    """

    write_listing: Callable[..., str]


@runtime_checkable
class FrontReader(Reader, Protocol):
    """A reader of portal front pages (home and section fronts); :func:`newsmodel.read_front`
    asks it.

    .. versionadded:: 0.2
    """

    def read_front(self, source: Source) -> Front:
        """Return the front ``source`` shows: its portal, blocks of teasers, pagination and
        the feeds and sitemaps it links to.

        Raises:
            ReadError: The input is malformed, or is not a front (an article page).
        """
        ...


@runtime_checkable
class FrontWriter(Writer, Protocol):
    """A writer of portal front pages; :func:`newsmodel.write` hands it a
    :class:`~newsmodel.Front`. A front given to a writer of lists (a feed, a sitemap) is
    written as :meth:`Front.to_listing`.

    .. versionadded:: 0.2
    """

    write_front: Callable[..., str]


@runtime_checkable
class Profile(Protocol):
    """A set of validation rules, run by :func:`newsmodel.validate`.

    Register one in the ``newsmodel.profiles`` entry-point group under its :attr:`name`.
    Codes of its findings should start with that name: ``"<name>/<rule>"``.

    .. versionadded:: 0.1
    """

    @property
    def name(self) -> str:
        """The profile's name, as registered (``"google-article"``)."""
        ...

    def check(self, document: Document) -> Iterable[Finding]:
        """Yield what breaks the profile's rules in ``document``, in document order.

        Call :meth:`Document.to_jsonld <newsmodel.validation.Document.to_jsonld>` or
        :meth:`Document.to_article <newsmodel.validation.Document.to_article>` for the form the
        rules are about. Report problems as findings; raise only for a broken profile.
        """
        ...


@runtime_checkable
class SiteAdapter(Protocol):
    """Selectors for one portal or one CMS, used by the ``html`` reader on matching pages.

    On each page, the reader asks every adapter in the ``newsmodel.sites`` group whether
    it :meth:`matches`; of those that do, the one with the highest :attr:`priority`
    applies, and between equal priorities the one whose registered name sorts first. Only
    that one adapter applies to the page. By convention, an adapter for a whole CMS (the
    built-in ``wordpress``) has priority 0 and an adapter for one portal 100 or more, so
    that the portal's adapter beats its CMS's.

    .. versionadded:: 0.1
    """

    @property
    def name(self) -> str:
        """The adapter's name, as registered (``"wordpress"``)."""
        ...

    @property
    def priority(self) -> int:
        """Higher wins when several adapters match one page."""
        ...

    @property
    def selectors(self) -> Selectors:
        """Where the parts of this site's pages are (see :class:`~newsmodel.Selectors`)."""
        ...

    def matches(self, tree: lxml.html.HtmlElement, url: str | None) -> bool:
        """Say, cheaply, whether the page is this adapter's site.

        Look at a few elements of ``tree`` (the ``<head>``, the ``<body>`` tag's classes)
        or at ``url``; never walk the whole page. ``tree`` must not be modified.
        """
        ...


@runtime_checkable
class Enricher(Protocol):
    """Adds to an article what its text says: the built-in ``people`` fills ``mentions``.

    Register one in the ``newsmodel.enrichers`` entry-point group; :func:`newsmodel.read`
    applies those named in its ``enrich`` argument, in order.

    .. versionadded:: 0.1
    """

    def enrich(self, article: Article) -> Article:
        """Return a new article with what this enricher adds; never modify ``article``.

        Keep what ``article`` already holds (merge, do not replace).
        """
        ...

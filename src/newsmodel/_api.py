"""The top-level functions (read, read_all, read_listing, read_front, read_with_sources,
write, validate, validate_markup) over the plugins: the one layer that asks the registry for
them."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from . import registry
from ._front import Front
from ._listing import Listing
from ._model import Article
from ._sourced import SourcedArticle, sources_of
from .errors import NewsmodelError, PluginError, ReadError, UnknownFormatError, WriteError
from .protocols import (
    Enricher,
    FrontReader,
    FrontWriter,
    ListingReader,
    ListingWriter,
    Profile,
    Reader,
    SiteAwareReader,
    SourcedReader,
)
from .source import Source, SourceLike
from .validation import Document, Finding, Report
from .validation.markup import Markup

__all__ = [
    "read",
    "read_all",
    "read_front",
    "read_listing",
    "read_with_sources",
    "validate",
    "validate_markup",
    "write",
]

EnricherLike = str | Enricher


def read(
    source: SourceLike,
    *,
    format: str | None = None,
    url: str | None = None,
    enrich: Iterable[EnricherLike] = (),
) -> Article:
    """Read the article an input describes (the first, if it describes several).

    Args:
        source: The document: ``str`` text, ``bytes``, a :class:`pathlib.Path` (or other
            path-like), a binary file, or a :class:`~newsmodel.Source`. A ``str`` is always
            the document itself, never a file name.
        format: The reader to use (``"json"``...). Without it, every registered reader is
            asked whether it recognises the input, and exactly one must.
        url: The address the document came from, for resolving relative links.
        enrich: Enrichers to apply to the article, in order: names in the
            ``newsmodel.enrichers`` group (``"people"``) or :class:`~newsmodel.Enricher`
            objects.

    Raises:
        ReadError: The input is empty, malformed or describes no article.
        InputTypeError: ``source`` is of no type a reader takes (``None``, a number).
        UnknownFormatError: No reader by that name, or none (or more than one) recognises
            the input, or no enricher by one of the names.

    .. versionchanged:: 0.1
       The ``enrich`` argument.
    """
    enrichers = _enrichers(enrich)
    document = Source.of(source, url=url)
    name, reader = _reader_for(document, format)
    for article in reader.read_all(document):
        return _enriched(article, enrichers)
    raise ReadError("no article found", format=name, source=document.name)


def read_all(
    source: SourceLike,
    *,
    format: str | None = None,
    url: str | None = None,
    enrich: Iterable[EnricherLike] = (),
) -> list[Article]:
    """Read every article an input describes, in document order (see :func:`read`)."""
    enrichers = _enrichers(enrich)
    document = Source.of(source, url=url)
    _, reader = _reader_for(document, format)
    return [_enriched(article, enrichers) for article in reader.read_all(document)]


def read_listing(
    source: SourceLike,
    *,
    format: str | None = None,
    url: str | None = None,
    enrich: Iterable[EnricherLike] = (),
) -> Listing:
    """Read the list of articles an input holds, with what the list says of itself (a
    feed's title, link and dates; a sitemap's entries; a sitemap index's sitemaps).

    A reader of one article per document (``html``, ``jsonld``) gives a listing of the
    articles it reads, and nothing more. See :func:`read` for the arguments; ``enrich``
    applies to every item.

    Raises:
        ReadError: The input is malformed.
        UnknownFormatError: As :func:`read`.

    .. versionadded:: 0.2
    """
    enrichers = _enrichers(enrich)
    document = Source.of(source, url=url)
    _, reader = _reader_for(document, format)
    if isinstance(reader, ListingReader):
        listing = reader.read_listing(document)
    else:
        listing = Listing(items=reader.read_all(document))
    if not enrichers:
        return listing
    return attrs.evolve(listing, items=[_enriched(item, enrichers) for item in listing.items])


def read_front(
    source: SourceLike,
    *,
    format: str | None = None,
    url: str | None = None,
) -> Front:
    """Read a portal's home page or section front: its portal and section tree, its
    blocks of teasers, its pagination and the feeds and sitemaps it links to.

    See :func:`read` for the arguments.

    Raises:
        ReadError: The input is malformed, or is an article page rather than a front.
        UnknownFormatError: As :func:`read`, or the reader does not read fronts.

    .. versionadded:: 0.2
    """
    document = Source.of(source, url=url)
    name, reader = _reader_for(document, format)
    if not isinstance(reader, FrontReader):
        raise UnknownFormatError(f"reader {name!r} does not read fronts")
    return reader.read_front(document)


def read_with_sources(
    source: SourceLike,
    *,
    format: str | None = None,
    url: str | None = None,
    enrich: Iterable[EnricherLike] = (),
) -> SourcedArticle:
    """Read like :func:`read`, and say which source gave each field.

    Readers that merge several sources (the ``html`` reader) report them field by field;
    any other reader is credited with every field it filled. Enrichers change the
    article, not its sources.

    .. versionadded:: 0.1.0
    """
    enrichers = _enrichers(enrich)
    document = Source.of(source, url=url)
    name, reader = _reader_for(document, format)
    if isinstance(reader, SourcedReader):
        for sourced in reader.read_sourced(document):
            return attrs.evolve(sourced, article=_enriched(sourced.article, enrichers))
    else:
        for article in reader.read_all(document):
            return SourcedArticle(_enriched(article, enrichers), sources_of(article, name))
    raise ReadError("no article found", format=name, source=document.name)


def write(
    value: Article | Listing | Front | Iterable[Article], format: str = "json", **options: Any
) -> str:
    """Write an article, a list of articles or a portal's front in a registered format.

    Args:
        value: The article; or a :class:`~newsmodel.Listing` (or any iterable of
            articles, made a listing of them) for a writer of lists (``json``, feeds,
            sitemaps), which writes one article as it chooses (a feed: a feed of one); or
            a :class:`~newsmodel.Front`, for a writer of fronts (``json``, ``html``) or,
            as :meth:`~newsmodel.Front.to_listing`, a writer of lists (the portal's
            feeds and news sitemap).
        format: The writer's name (``"json"``...).
        **options: The writer's own options, e.g. ``indent=None`` for compact JSON.

    Raises:
        UnknownFormatError: No writer by that name.
        WriteError: The writer does not take one of ``options``, cannot write the value,
            or writes one article and was given a list or a front.
        PluginError: The writer failed with an error of its own that is not a
            :class:`~newsmodel.NewsmodelError` (a bug in it); the cause is chained.

    .. versionchanged:: 0.2
       A listing, a list of articles, or a front.
    """
    writer = registry.get("writers", format)
    if isinstance(value, Front):
        if isinstance(writer, FrontWriter):
            return _call_writer(format, writer.write_front, value, options)
        if not isinstance(writer, ListingWriter):
            raise WriteError(
                f"writer {format!r} writes one article, not a front; choose a writer of "
                "fronts (html, json) or of lists (feeds, sitemaps)"
            )
        value = value.to_listing()
    if not isinstance(value, Article | Listing):
        value = _listing_of(value)
    if isinstance(value, Listing):
        if not isinstance(writer, ListingWriter):
            raise WriteError(
                f"writer {format!r} writes one article, not a list; write each article, "
                "or choose a writer of lists"
            )
        method = writer.write_listing
    else:
        method = writer.write
    return _call_writer(format, method, value, options)


def _call_writer(
    format: str, method: Callable[..., str], value: object, options: dict[str, Any]
) -> str:
    """``method(value, **options)``, with options it does not take and a plugin's own
    errors reported as newsmodel errors."""
    try:
        inspect.signature(method).bind(value, **options)
    except TypeError as error:
        raise WriteError(f"writer {format!r}: {error}") from None
    try:
        return method(value, **options)
    except NewsmodelError:
        raise
    except Exception as error:  # a plugin's bug: named, the cause chained
        raise PluginError(f"writer {format!r} failed: {type(error).__name__}: {error}") from error


def _listing_of(value: object) -> Listing:
    """A listing of the articles in ``value``, an iterable of them."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise WriteError(
            f"can only write an Article, a Listing or articles, not {type(value).__name__}"
        )
    items = list(value)
    strays = [type(item).__name__ for item in items if not isinstance(item, Article)]
    if strays:
        raise WriteError(f"a list to write must hold only articles, not {strays[0]}")
    return Listing(items=items)


def validate(
    obj: Article | Listing | Front | Document | str | bytes | dict[str, Any] | list[Any],
    profile: str | Profile = "model",
) -> Report:
    """Check an article, a listing, a front or a JSON-LD document against a validation
    profile.

    Args:
        obj: An :class:`~newsmodel.Article`, a :class:`~newsmodel.Listing`, a
            :class:`~newsmodel.Front` (checked as its listing by the profiles of lists
            and of JSON-LD; ``model`` checks its teasers at
            ``/blocks/0/teasers/2/article/headline``, and its sections), JSON-LD text
            (``str`` or UTF-8 ``bytes``), a parsed JSON-LD object or array, or a sitemap's
            XML text (read with the ``sitemap`` reader; text starting with ``<``), or a
            :class:`~newsmodel.validation.Document` made of them (a listing with the XML
            it was read from).
        profile: The profile's registered name: ``"model"`` (the model's invariants),
            ``"schema.org"`` (the vocabulary), ``"google-article"`` (Google's Article
            guidelines), ``"feed"`` (what RSS, Atom and JSON Feed need of a listing) or
            ``"google-news-sitemap"`` (Google's news sitemap rules), or a plugin's; or a
            :class:`~newsmodel.Profile` object, e.g. one made with options
            (``GoogleNewsSitemapProfile(now=...)``). The article profiles check a
            listing's items: ``model`` each (``/items/3/authors``), the JSON-LD profiles
            all of them as an array (``/3/headline``).

    Returns:
        Every finding, in document order; ``report.ok`` is true when none is an error.

    Raises:
        UnknownProfileError: No profile has that name; the error lists the known ones.
        ReadError: ``obj`` is text that is not JSON, JSON that is not an object or array,
            or of a type that cannot be validated.
        PluginError: The profile failed to load, or yielded something not a
            :class:`~newsmodel.Finding`.

    .. versionadded:: 0.1
    .. versionchanged:: 0.1
       An unknown profile is an :class:`~newsmodel.UnknownProfileError`.
    .. versionchanged:: 0.2
       A listing or a sitemap's XML; a Document; a profile object; a front.
    """
    checker = registry.get("profiles", profile) if isinstance(profile, str) else profile
    name = profile if isinstance(profile, str) else checker.name
    document = Document.of(obj)
    return _report(name, checker.check(document))


def validate_markup(
    page: SourceLike, profile: str = "google-article", *, url: str | None = None
) -> Report:
    """Check the structured data an HTML page carries, as written, against a profile.

    Each ``application/ld+json`` script and each microdata item is checked as the page
    gives it, not as the ``html`` reader cleans it up into an article: a byline
    ``"By Nour Aziz"`` or a date with no time zone is reported as it would be in the
    JSON-LD alone. To check the article newsmodel reads from the page instead, read it
    and pass it to :func:`validate`.

    Args:
        page: The HTML page: ``str`` text, ``bytes``, a path, a binary file, or a
            :class:`~newsmodel.Source`.
        profile: The profile's registered name (see :func:`validate`).
        url: The address the page came from, for its microdata's relative links.

    Returns:
        Every finding, in page order, with paths into the page; ``script[2]/author/name``
        is the JSON Pointer ``/author/name`` in the page's second JSON-LD script,
        ``microdata[1]/author`` the ``author`` of its first microdata item. A script
        that is not JSON, and a page with no structured data at all, are ``markup/``
        errors.

    Raises:
        UnknownProfileError: No profile has that name.
        ReadError: The page cannot be read at all (it is too big).
        PluginError: The profile failed to load, or yielded something not a
            :class:`~newsmodel.Finding`.

    .. versionadded:: 0.1
    """
    checker = registry.get("profiles", profile)
    markup = Markup.read(Source.of(page, url=url))
    return _report(profile, markup.check(checker.check))


def _report(profile: str, found: Iterable[object]) -> Report:
    """A profile's findings as its report; a profile yielding anything else is broken."""
    findings: list[Finding] = []
    for finding in found:
        if not isinstance(finding, Finding):
            raise PluginError(
                f"profile {profile!r} yielded {type(finding).__name__}, not a Finding"
            )
        findings.append(finding)
    return Report(profile, findings)


def _enrichers(given: Iterable[EnricherLike]) -> list[Enricher]:
    if isinstance(given, str):
        given = [given]
    return [registry.get("enrichers", item) if isinstance(item, str) else item for item in given]


def _enriched(article: Article, enrichers: list[Enricher]) -> Article:
    for enricher in enrichers:
        article = enricher.enrich(article)
    return article


def _reader_for(document: Source, format: str | None) -> tuple[str, Reader]:
    if format is not None:
        return format, _with_sites(registry.get("readers", format))
    readers = registry.load_group("readers")
    matches = [(name, reader) for name, reader in readers.items() if reader.recognizes(document)]
    if len(matches) == 1:
        name, reader = matches[0]
        return name, _with_sites(reader)
    if not matches and not document.data.strip():
        raise ReadError("it is empty", format="input", source=document.name)
    if not matches:
        raise UnknownFormatError(
            f"no reader recognises {document.name}; pass format=", sorted(readers)
        )
    names = ", ".join(name for name, _ in matches)
    raise UnknownFormatError(f"{document.name} looks like several formats ({names}); pass format=")


def _with_sites(reader: Reader) -> Reader:
    """The reader, handed the registered site adapters if it applies them."""
    if isinstance(reader, SiteAwareReader):
        return reader.with_sites(registry.load_group("sites"))
    return reader

"""The input a validation profile checks, in whichever form the profile reads.

It converts with the ``jsonld`` reader and writer modules directly, not through the
registry or the top-level functions, so that validation sits below them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from .._front import Front
from .._listing import Listing
from .._model import Article
from ..errors import ReadError
from ..source import Source
from ..writers.jsonld import to_jsonld

__all__ = ["Document"]

_JSONLD = "jsonld"


@attrs.frozen
class Document:
    """An article, a listing, a front or a JSON-LD document, as :func:`~newsmodel.validate`
    hands it to profiles.

    Exactly one of ``article``, ``listing`` and ``jsonld`` is set; a front is
    given with its :meth:`~newsmodel.Front.to_listing` as ``listing``. Profiles
    that check JSON-LD call :meth:`to_jsonld`; profiles that check the model call
    :meth:`to_article` (or :meth:`to_listing`); profiles of lists (``feed``,
    ``google-news-sitemap``) read ``listing``.

    Args:
        article: The article, when an :class:`~newsmodel.Article` was given.
        jsonld: The parsed JSON-LD (an object or an array), when JSON-LD was given.
        text: The JSON-LD as text: as given, or written from ``jsonld``; or the
            sitemap's XML as given.
        listing: The listing, when a :class:`~newsmodel.Listing` or a sitemap's XML was
            given, or the front's articles.
        front: The front, when a :class:`~newsmodel.Front` was given.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       A listing, or a sitemap's XML text; a front.
    """

    article: Article | None = None
    jsonld: Any = None
    text: str | None = None
    listing: Listing | None = None
    front: Front | None = None

    @classmethod
    def of(cls, value: object) -> Document:
        """Wrap an :class:`~newsmodel.Article`, a :class:`~newsmodel.Listing`, a
        :class:`~newsmodel.Front` (with its listing), JSON-LD text (``str`` or ``bytes``),
        a parsed JSON-LD object or array, or the XML text of a sitemap or a feed (read
        with the ``sitemap``, ``rss`` or ``atom`` reader).

        Raises:
            ReadError: The text is not JSON (nor XML), the JSON is not an object or array,
                or the value is none of the accepted kinds.
        """
        if isinstance(value, Document):
            return value
        if isinstance(value, Article):
            return cls(article=value)
        if isinstance(value, Listing):
            return cls(listing=value)
        if isinstance(value, Front):
            return cls(listing=value.to_listing(), front=value)
        if isinstance(value, bytes):
            try:
                value = value.decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise _error(f"not UTF-8 text: {error}") from None
        if isinstance(value, str) and value.lstrip("\ufeff \t\r\n").startswith("<"):
            return cls(listing=_xml_listing(Source.of(value)), text=value)
        if isinstance(value, str):
            return cls(jsonld=_parse(value), text=value)
        if isinstance(value, (Mapping, list)):
            parsed = dict(value) if isinstance(value, Mapping) else value
            try:
                text = json.dumps(parsed, ensure_ascii=False, allow_nan=False)
            except (TypeError, ValueError) as error:
                raise _error(f"not a JSON value: {error}") from None
            except RecursionError:
                raise _error("nested too deeply") from None
            return cls(jsonld=parsed, text=text)
        raise _error(
            f"cannot validate {type(value).__name__}: expected an Article, a Listing, a Front, "
            "JSON-LD text, or a JSON-LD object or array (read a file with newsmodel.read "
            "first)"
        )

    @property
    def is_jsonld(self) -> bool:
        """True when the input was JSON-LD (text or parsed), false for an article or a
        listing."""
        return self.article is None and self.listing is None

    def to_jsonld(self) -> Any:
        """The document as JSON-LD: as given, the article written as a ``NewsArticle``,
        or a listing's items written so, as an array (``/3/headline`` is item 3's).

        Findings' paths point into this value.
        """
        if self.listing is not None:
            return [to_jsonld(item) for item in self.listing.items]
        if self.article is None:
            return self.jsonld
        return to_jsonld(self.article)

    def to_listing(self) -> Listing:
        """The document as a listing: as given, or a listing of its article.

        Raises:
            ReadError: The JSON-LD describes no article, or one the model rejects.
        """
        if self.listing is not None:
            return self.listing
        return Listing(items=[self.to_article()])

    def to_article(self) -> Article:
        """The document's (first) article: as given, a listing's first item, or read by
        the ``jsonld`` reader.

        Raises:
            ReadError: The listing has no items, or the JSON-LD describes no article, or
                one the model rejects.
        """
        if self.article is not None:
            return self.article
        if self.listing is not None:
            if self.listing.items:
                return self.listing.items[0]
            raise ReadError("the listing holds no article", format="listing")
        assert self.text is not None
        from ..readers.jsonld import reader as jsonld_reader  # loaded when first needed

        source = Source.of(self.text)
        for article in jsonld_reader.read_all(source):
            return article
        raise ReadError("no article found", format=_JSONLD, source=source.name)


def _parse(text: str) -> Any:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise _error(
            f"not JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise _error("nested too deeply") from None
    if not isinstance(value, (dict, list)):
        kind = "a string" if isinstance(value, str) else "a scalar"
        raise _error(f"expected a JSON-LD object or array, got {kind}")
    return value


def _error(message: str) -> ReadError:
    return ReadError(message, format=_JSONLD)


def _xml_listing(source: Source) -> Listing:
    """The listing an XML text holds: a sitemap's, or an RSS or Atom feed's."""
    # imported here, when XML is given: the feed readers reach the html reader, which
    # reaches the protocols that import this module, and `import newsmodel` needs none
    from ..readers.feeds.atom import reader as atom_reader
    from ..readers.feeds.rss import reader as rss_reader
    from ..readers.sitemap import reader as sitemap_reader

    for reader in (sitemap_reader, rss_reader, atom_reader):
        if reader.recognizes(source):
            return reader.read_listing(source)
    raise ReadError("XML that is neither a sitemap nor an RSS or Atom feed", format="xml")

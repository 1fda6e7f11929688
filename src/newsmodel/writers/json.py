"""Writes newsmodel's own JSON format (see :doc:`/json-format`)."""

from __future__ import annotations

from .._front import Front
from .._jsonformat import dumps
from .._listing import Listing
from .._model import Article

__all__ = ["JsonWriter", "writer"]


class JsonWriter:
    """The ``json`` writer: lossless, versioned, keys in the model's field order."""

    def write(self, article: Article, *, indent: int | None = 2) -> str:
        """Return ``article`` as a newsmodel JSON document.

        Args:
            article: The article.
            indent: Spaces per nesting level; ``None`` for one compact line.
        """
        return dumps(article, indent=indent)

    def write_listing(self, listing: Listing, *, indent: int | None = 2) -> str:
        """Return ``listing`` as a newsmodel JSON document (format version 2).

        Args:
            listing: The listing.
            indent: Spaces per nesting level; ``None`` for one compact line.
        """
        return dumps(listing, indent=indent)

    def write_front(self, front: Front, *, indent: int | None = 2) -> str:
        """Return ``front`` as a newsmodel JSON document (format version 3).

        Args:
            front: The front.
            indent: Spaces per nesting level; ``None`` for one compact line.
        """
        return dumps(front, indent=indent)


writer = JsonWriter()

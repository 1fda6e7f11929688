"""Reads newsmodel's own JSON format (see :doc:`/json-format`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._front import Front
from .._jsonformat import FORMAT, loads
from .._listing import Listing
from .._model import Article
from ..errors import ReadError
from ..source import Source

__all__ = ["JsonReader", "reader"]

_SIGNATURE = re.compile(r'^\s*\{.*?"format"\s*:\s*"' + FORMAT + '"', re.DOTALL)


class JsonReader:
    """The ``json`` reader: a newsmodel JSON document holds one article, a listing or a
    front."""

    def recognizes(self, source: Source) -> bool:
        """True when the document opens with a ``"format": "newsmodel"`` object."""
        return bool(_SIGNATURE.match(source.head()))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the document's article, its listing's items or its front's teasers; see
        :func:`newsmodel.read`."""
        found = loads(source.text, source=source.name)
        if isinstance(found, Listing):
            yield from found.items
        elif isinstance(found, Front):
            yield from found.articles
        else:
            yield found

    def read_listing(self, source: Source) -> Listing:
        """The document's listing (an article's document: a listing of that article; a
        front's: :meth:`Front.to_listing`); see :func:`newsmodel.read_listing`."""
        found = loads(source.text, source=source.name)
        if isinstance(found, Front):
            return found.to_listing()
        return found if isinstance(found, Listing) else Listing(items=(found,))

    def read_front(self, source: Source) -> Front:
        """The document's front; see :func:`newsmodel.read_front`.

        Raises:
            ReadError: The document is not JSON of a front.
        """
        found = loads(source.text, source=source.name)
        if not isinstance(found, Front):
            kind = "an article" if isinstance(found, Article) else "a listing"
            raise ReadError(
                f"the document holds {kind}, not a front", format="json", source=source.name
            )
        return found


reader = JsonReader()

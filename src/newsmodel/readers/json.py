"""Reads newsmodel's own JSON format (see :doc:`/json-format`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._jsonformat import FORMAT, loads
from .._listing import Listing
from .._model import Article
from ..source import Source

__all__ = ["JsonReader", "reader"]

_SIGNATURE = re.compile(r'^\s*\{.*?"format"\s*:\s*"' + FORMAT + '"', re.DOTALL)


class JsonReader:
    """The ``json`` reader: a newsmodel JSON document holds one article, or a listing."""

    def recognizes(self, source: Source) -> bool:
        """True when the document opens with a ``"format": "newsmodel"`` object."""
        return bool(_SIGNATURE.match(source.head()))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the document's article, or its listing's items; see
        :func:`newsmodel.read`."""
        found = loads(source.text, source=source.name)
        if isinstance(found, Listing):
            yield from found.items
        else:
            yield found

    def read_listing(self, source: Source) -> Listing:
        """The document's listing (an article's document: a listing of that article);
        see :func:`newsmodel.read_listing`."""
        found = loads(source.text, source=source.name)
        return found if isinstance(found, Listing) else Listing(items=(found,))


reader = JsonReader()

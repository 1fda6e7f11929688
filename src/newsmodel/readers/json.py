"""Reads newsmodel's own JSON format (see :doc:`/json-format`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._jsonformat import FORMAT, loads
from .._model import Article
from ..source import Source

__all__ = ["JsonReader", "reader"]

_SIGNATURE = re.compile(r'^\s*\{.*?"format"\s*:\s*"' + FORMAT + '"', re.DOTALL)


class JsonReader:
    """The ``json`` reader: one newsmodel JSON document holds one article."""

    def recognizes(self, source: Source) -> bool:
        """True when the document opens with a ``"format": "newsmodel"`` object."""
        return bool(_SIGNATURE.match(source.head()))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the document's article; see :func:`newsmodel.read`."""
        yield loads(source.text, source=source.name)


reader = JsonReader()

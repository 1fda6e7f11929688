"""Reads schema.org JSON-LD documents: the Article family, in any of the shapes found in use.

A document may hold one node, an array, an ``@graph``, a ``WebPage`` whose ``mainEntity``
is the article, or an ``ItemList`` of articles; every article is read, in document order.
Broken JSON as pages write it (comments, trailing commas, HTML entities, CDATA wrappers,
several values in one script) is repaired with a :class:`~newsmodel.ReadWarning` naming
each repair.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from .._from_schemaorg import articles_in, to_article
from .._lenientjson import LenientJSONError, loads
from .._model import Article
from ..errors import InvalidValueError, ReadError, ReadWarning
from ..source import Source

__all__ = ["JsonLdReader", "reader"]

# newsmodel's own JSON format (_jsonformat.FORMAT), spelled out: importing that module
# would load cattrs with the JSON-LD reader
_NEWSMODEL = re.compile(r'^\s*\{\s*"format"\s*:\s*"newsmodel"')
_SIGNATURE = re.compile(
    r'^\s*(?:(?://\s*)?(?:<!\[CDATA\[|<!--)\s*)?[\[{].*?"@(?:context|type|graph)"\s*:', re.DOTALL
)


class JsonLdReader:
    """The ``jsonld`` reader."""

    def recognizes(self, source: Source) -> bool:
        """True for a JSON object or array that uses ``@context``, ``@type`` or ``@graph``,
        unless it is a newsmodel JSON document (whose ``extra`` may hold JSON-LD terms)."""
        head = source.head()
        return bool(_SIGNATURE.match(head)) and not _NEWSMODEL.match(head)

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield every article node the document holds, in document order."""
        try:
            values, repairs = loads(source.text)
        except LenientJSONError as error:
            raise ReadError(f"not JSON: {error}", format="jsonld", source=source.name) from None
        except RecursionError:
            raise ReadError("nested too deeply", format="jsonld", source=source.name) from None
        for repair in repairs:
            warnings.warn(f"{source.name}: repaired {repair}", ReadWarning, stacklevel=3)
        nodes, by_id = articles_in(values)
        for index, node in enumerate(nodes):
            try:
                yield to_article(node, by_id, source.url)
            except InvalidValueError as error:
                raise ReadError(
                    f"article {index + 1}: {error}", format="jsonld", source=source.name
                ) from error


reader = JsonLdReader()

"""Sources of evidence about a page's fields, one module per kind.

A source only proposes: asked about a field, it gives the values it has for it, best first,
and never decides. :mod:`newsmodel.readers.html.resolve` asks the sources in each field's
order of precedence and decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

__all__ = ["Evidence", "Proposals"]


class Evidence(Protocol):
    """A source of candidate values: its name (the field's provenance when it wins)."""

    @property
    def name(self) -> str:
        """The source's name, recorded as a field's provenance when its value wins."""
        ...

    def propose(self, field: str) -> Iterable[Any]:
        """The values this source has for ``field``, best first; none when it has none."""
        ...


class Proposals:
    """A source whose proposals are worked out field by field, each when first asked for.

    Args:
        name: The source's name.
        fields: For each field it knows, how to work out its candidates.
    """

    def __init__(self, name: str, fields: dict[str, Callable[[], Iterable[Any]]]) -> None:
        self.name = name
        self._fields = fields

    def propose(self, field: str) -> Iterator[Any]:
        """The candidates for ``field``, worked out now."""
        make = self._fields.get(field)
        if make is not None:
            yield from make()

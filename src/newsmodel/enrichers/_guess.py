"""What the role patterns say about one name, in one shape: every pattern (a title
before it, an apposition after it) answers with a :class:`Guess`, and the enricher
weighs it without knowing which pattern spoke."""

from __future__ import annotations

import attrs

from .._model import Role
from ._names import Name

__all__ = ["Guess", "his_counterpart"]


@attrs.frozen
class Guess:
    """What the patterns say about one name: its role, or whose counterpart it is.

    A counterpart holds the role of the person at ``counterpart_of`` (an index into the
    sentence's names), in ``country``.
    """

    roles: tuple[Role, ...] = ()
    counterpart_of: int | None = None
    country: str | None = None


def his_counterpart(names: list[Name], index: int, country: str | None) -> Guess:
    """What "his counterpart" says of ``names[index]``: it holds, in ``country``, the role
    of the person "his" refers to, the sentence's first name, when it is not the name
    itself."""
    return Guess(counterpart_of=0 if index > 0 else None, country=country)

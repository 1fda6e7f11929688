"""Immutable, hashable JSON values for :class:`~newsmodel.Article`'s ``extra``.

Properties a reader meets but the model does not name are kept as JSON values, so that
nothing read is lost. They are frozen (objects become :class:`FrozenMapping`, arrays become
tuples) so that an :class:`~newsmodel.Article` stays immutable and hashable.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Union

from . import limits

__all__ = [
    "FrozenMapping",
    "JSONValue",
    "NotJSONError",
    "freeze_json",
    "thaw_json",
    "whole_number",
]

JSONValue = Union[None, bool, int, float, str, tuple["JSONValue", ...], "FrozenMapping"]
"""A frozen JSON value: null, boolean, number, string, array (tuple) or object."""


class FrozenMapping(Mapping[str, JSONValue]):
    """A read-only, hashable mapping of strings to frozen JSON values.

    Behaves like a ``dict`` for reading and compares equal to a mapping with the same items.
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, JSONValue] | None = None) -> None:
        self._items: dict[str, JSONValue] = dict(items or {})

    def __getitem__(self, key: str) -> JSONValue:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._items == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMapping({self._items!r})"

    def __reduce__(self) -> tuple[type[FrozenMapping], tuple[dict[str, JSONValue]]]:
        return (FrozenMapping, (self._items,))


class NotJSONError(TypeError):
    """A value JSON cannot represent, with the path (keys and indexes) to it."""

    def __init__(self, reason: str, path: tuple[str | int, ...] = ()) -> None:
        self.reason = reason
        self.path = path
        pointer = "".join(f"/{_escape(str(part))}" for part in path)
        super().__init__(f"{pointer}: {reason}" if pointer else reason)


def freeze_json(value: object, _depth: int = 0) -> JSONValue:
    """Return ``value`` as a frozen JSON value.

    Raises:
        NotJSONError: ``value`` holds something JSON cannot represent (a set, a byte
            string, a non-string key, NaN or infinity), or is nested deeper than
            :data:`newsmodel.limits.MAX_EXTRA_DEPTH`; ``path`` leads to it.
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotJSONError(f"{value!r} is not a JSON number")
        return value
    if _depth >= limits.MAX_EXTRA_DEPTH:
        raise NotJSONError(f"nested deeper than {limits.MAX_EXTRA_DEPTH} levels")
    if isinstance(value, Mapping):
        frozen: dict[str, JSONValue] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotJSONError(f"key {key!r} is not a string")
            frozen[key] = _freeze_at(key, item, _depth)
        return FrozenMapping(frozen)
    if isinstance(value, (list, tuple)):
        return tuple(_freeze_at(index, item, _depth) for index, item in enumerate(value))
    raise NotJSONError(f"{type(value).__name__} is not a JSON type")


def _freeze_at(place: str | int, value: object, depth: int) -> JSONValue:
    try:
        return freeze_json(value, depth + 1)
    except NotJSONError as error:
        raise NotJSONError(error.reason, (place, *error.path)) from None


def whole_number(digits: str) -> int:
    """A JSON integer (:func:`json.loads`'s ``parse_int``), within
    :data:`newsmodel.limits.MAX_NUMBER_DIGITS`: converting digits to ``int`` takes time
    quadratic in their number.

    Raises:
        ValueError: The number has more digits than that.
    """
    count = len(digits) - digits.startswith("-")
    if count > limits.MAX_NUMBER_DIGITS:
        raise ValueError(
            f"a number of {count} digits, more than {limits.MAX_NUMBER_DIGITS} "
            "(newsmodel.limits.MAX_NUMBER_DIGITS)"
        )
    return int(digits)


def thaw_json(value: JSONValue) -> object:
    """Return a frozen JSON value as plain ``dict``/``list`` values, ready for :mod:`json`."""
    if isinstance(value, FrozenMapping):
        return {key: thaw_json(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [thaw_json(item) for item in value]
    return value


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")

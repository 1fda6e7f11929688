"""Checks of the strategies' knobs, so every strategy words a bad value the same way:
``<knob> must be <what it can be>, not <what it was>``, and for two knobs that rule
each other out, ``<knob>=<value> and <knob>=<value> cannot go together: <why>``."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TypeVar

__all__ = ["check_counts", "check_order", "check_switches", "clash", "member", "members"]

E = TypeVar("E", bound=enum.Enum)


def member(kind: type[E], value: E | str, knob: str) -> E:
    """``value`` as a member of ``kind``: a member, or its value as a string."""
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        raise ValueError(f"{knob} must be one of {allowed}, not {value!r}") from None


def members(kind: type[E], values: Iterable[E | str] | None, knob: str) -> frozenset[E] | None:
    """Each of ``values`` as a member of ``kind`` (one string is one value); None stays
    None, meaning "drawn"."""
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    return frozenset(member(kind, value, knob) for value in values)


def check_switches(*, either: bool = True, **switches: object) -> None:
    """Each switch is a bool, or None where ``either`` lets None mean "drawn"."""
    allowed = "True, False or None" if either else "True or False"
    for name, value in switches.items():
        if not (isinstance(value, bool) or (either and value is None)):
            raise ValueError(f"{name} must be {allowed}, not {value!r}")


def check_counts(*, at_least: int = 0, **counts: object) -> None:
    """Each count is a whole number (not a bool) of at least ``at_least``."""
    for name, value in counts.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < at_least:
            raise ValueError(f"{name} must be a whole number, {at_least} or more, not {value!r}")


def check_order(fewest: str, low: int, most: str, high: int) -> None:
    """The knob ``fewest`` is at most the knob ``most``."""
    if low > high:
        raise ValueError(f"{fewest} ({low}) is more than {most} ({high})")


def clash(first: str, second: str, why: str) -> ValueError:
    """The error for two knobs, each written ``name=value``, that rule each other out."""
    return ValueError(f"{first} and {second} cannot go together: {why}")

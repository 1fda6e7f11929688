"""The roles a sentence gives each of its names, from every pattern that finds one: a
title before the name, an apposition after it and an appointment.

This module only combines what the patterns say (:mod:`._titles`, :mod:`._appositions`,
:mod:`._appointments`, all reading office phrases with :mod:`._office_phrase`): which
wins, and in what order a person's roles are kept.
"""

from __future__ import annotations

from .._model import Role
from ._appointments import appointment
from ._appositions import apposition_after
from ._guess import Guess
from ._names import Name
from ._titles import before_honorifics, title_before
from ._tokens import Token

__all__ = ["roles"]

# Titles of courtesy: a role only when the sentence gives the person no office.
_COURTESY_TITLES = frozenset({"sheikh"})


def roles(sentence: list[Token], names: list[Name]) -> list[Guess]:
    """Say, for each of ``names`` in ``sentence``, what role the text gives it."""
    return [_guess(sentence, names, index) for index in range(len(names))]


def _guess(sentence: list[Token], names: list[Name], index: int) -> Guess:
    """Every role the sentence gives a name: a title before it, an apposition before
    that title ("The pilot, Captain X"), an apposition after it and an appointment ("X,
    the former Brazil midfielder, was named coach"). A counterpart stands alone."""
    name = names[index]
    end = before_honorifics(sentence, name.start)
    before = title_before(sentence, names, index, end)
    if before is not None and not before[0].roles:
        return before[0]
    found: list[Role] = []
    if before is not None:
        found.extend(before[0].roles)
        outer = before[1]
        if outer < end and outer > 0 and sentence[outer - 1].text == ",":
            apposition = title_before(sentence, names, index, outer)
            if apposition is not None:
                found[:0] = apposition[0].roles  # in the text's order
    after = apposition_after(sentence, names, index)
    if after is not None and not after.roles and not found:
        return after
    later = [*(after.roles if after else ()), *appointment(sentence, name)]
    if later and found and all(role.name.lower() in _COURTESY_TITLES for role in found):
        found = []  # "Sheikh X, the chairman": the office, not the courtesy
    return Guess((*found, *later))

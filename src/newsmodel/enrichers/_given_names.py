"""The given names a person's name may open with, read once, when first asked for, from
``newsmodel/data/given_names.txt`` (a list written for this enricher)."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib.resources import files

__all__ = ["is_given_name"]

# Letters with no decomposition into a base letter and an accent ("Yıldız", "Łukasz").
_UNACCENTED = str.maketrans("ıłøđæœþð", "ilodaetd")


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name the list holds, ignoring case and accents; a
    hyphenated word by its first part too ("Jean-Luc", "Ji-sung")."""
    names = _given_names()
    folded = _folded(word)
    return folded in names or folded.split("-", 1)[0] in names


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_UNACCENTED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def _given_names() -> frozenset[str]:
    text = (files("newsmodel") / "data" / "given_names.txt").read_text(encoding="utf-8")
    lines = (line.partition("#")[0] for line in text.splitlines())
    return frozenset(_folded(word) for line in lines for word in line.split())

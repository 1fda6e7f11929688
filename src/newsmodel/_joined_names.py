"""Where an "and" that can also stand inside one person's name parts two names, shared by
the HTML and plain-text readers' bylines.

Spanish "y" joins the two surnames of one person as well as two parties ("José Ortega y
Gasset" is one man, "Lucía García y Lucía Martínez" two people, "EFE y Lucía García" an
agency and a writer). It parts names unless a one-word side is the last and no wire
agency (a second surname, "y Gasset") or a given name ("Ana y Pedro López", a couple of
one family name).

Arabic "و" ("and") is written onto the next word, and many names begin with the same
letter ("وليد", "وائل"), so it parts names only before a word that is a known given name
once "و" is taken off ("ومحمد"), a word in another script ("وDZWatch"), or, where the
word is no given name itself, between two full names ("أحمد الحسن وتامر العلي").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["is_brand", "parted"]

_SPANISH_AND = re.compile(r"\s+y\s+")
_ARABIC_AND = "و"
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_FULL_NAME_WORDS = 2
_BRAND = re.compile(r"[A-Z]{3,}[a-z]{3,}[A-Za-z]*")


def parted(text: str, agency: Callable[[str], bool]) -> list[str]:
    """The names ``text``, one byline item between unambiguous separators, gives.

    Args:
        text: The byline item.
        agency: Whether a word is a wire agency's name, a party of its own wherever it
            stands ("Lucía García y EFE").
    """
    return [part for name in _parted_spanish(text, agency) for part in _parted_arabic(name)]


def _parted_spanish(text: str, agency: Callable[[str], bool]) -> list[str]:
    names = _SPANISH_AND.split(text)
    if len(names) < 2:
        return names
    is_given_name = _given_names()
    alone = [
        name
        for name in names
        if len(name.split()) < _FULL_NAME_WORDS and not agency(name) and not is_brand(name)
    ]
    if names[-1] in alone or any(is_given_name(name) for name in alone):
        return [text]  # "José Ortega y Gasset", "Ana y Pedro López"
    return names


def is_brand(word: str) -> bool:
    """Whether one word is written as a site's or a company's name, three capitals or
    more running into small letters ("DZWatch", "BBCNews"): a party of its own, where
    no surname nor credential is written so ("Gasset", "MSc", "DPhil")."""
    return _BRAND.fullmatch(word) is not None


def _parted_arabic(text: str) -> list[str]:
    words = text.split()
    if not any(word.startswith(_ARABIC_AND) for word in words[1:]):
        return [text]  # most bylines: no word to ask the given-name list about
    is_given_name = _given_names()
    names: list[list[str]] = [[words[0]]]
    for index, word in enumerate(words[1:], start=1):
        rest = word[len(_ARABIC_AND) :]
        if word.startswith(_ARABIC_AND) and rest:
            full = len(names[-1]) >= _FULL_NAME_WORDS and len(words) - index >= _FULL_NAME_WORDS
            if (
                is_given_name(rest)
                or not _ARABIC_LETTER.match(rest)
                or (full and not is_given_name(word))
            ):
                names.append([rest])
                continue
        names[-1].append(word)
    return [" ".join(name) for name in names]


def _given_names() -> Callable[[str], bool]:
    """The enrichers' given-name test, whose list is read once for both; imported only
    when a byline asks, so that reading a page does not load the enrichers."""
    from .enrichers._given_names import is_given_name

    return is_given_name

"""Titles before a name: "President Ahmed Al-Sharaa", "Syrian Minister of Defense, Mareh
Abu Qasra", "the referee, X,", and "his Russian counterpart, X".

An office before a name is a title only where nothing else can be meant ("met the
minister, Ahmed said" is a speaker): these are the checks that tell them apart.
"""

from __future__ import annotations

from ._guess import Guess, his_counterpart
from ._names import Name
from ._office import abbreviation_stop
from ._office_phrase import OfficePhrase, office_phrase
from ._role_words import MAX_APPOSITION
from ._tokens import APOSTROPHE_S, Token
from ._words import ABBREVIATED_TITLES, HONORIFICS

__all__ = ["before_honorifics", "title_before"]

# How many capitalised words name the place an envoy is sent to: "to the United Arab Emirates".
_MAX_PLACE_WORDS = 4


def before_honorifics(sentence: list[Token], start: int) -> int:
    """Where the words before a name end once "Sir", "Ms", "Dr." are passed over: "Air
    Chief Marshal Sir X", "The accountant, Ms X"."""
    while start > 0:
        token = sentence[start - 1]
        if token.text == "." and start > 1 and sentence[start - 2].lower in HONORIFICS:
            start -= 2
        elif (
            token.lower in HONORIFICS
            and token.capitalized
            and token.text not in ABBREVIATED_TITLES
        ):
            start -= 1  # "Ms", not "MS", a member of the Senedd
        else:
            break
    return start


def title_before(
    sentence: list[Token], names: list[Name], index: int, end: int
) -> tuple[Guess, int] | None:
    """ "President Ahmed Al-Sharaa", "Syrian Minister of Defense, Mareh Abu Qasra": the
    guess and where its phrase starts, from the words that end at ``end``."""
    comma = end > 0 and sentence[end - 1].text == ","
    end -= comma
    end -= end > 1 and abbreviation_stop(sentence, end - 1)  # "Sgt. X"
    for start in range(max(0, end - 12), end):
        phrase = office_phrase(
            sentence[start:end], articles=True, capitals=True, opening=start == 0
        )
        if phrase is None:
            continue
        if phrase.length != end - start and not (
            comma and _qualified(sentence[start + phrase.length : end])
        ):
            continue
        if not phrase.names:
            guess = _counterpart(sentence, names, index, start, phrase)
            return None if guess is None else (guess, start)
        closed = _closed(sentence, names[index]) or _last(sentence, names[index])
        indefinite = sentence[start].lower in {"a", "an"}
        if comma and not (
            phrase.country or phrase.owned or sentence[end - 1].capitalized or closed or indefinite
        ):
            return None  # "met the minister, Ahmed said": not a title
        if phrase.length != end - start and not (closed or indefinite):
            return None  # "met the president at Camp David, Ahmed said": nor this
        return Guess(phrase.roles()), start
    return None


def _qualified(tokens: list[Token]) -> bool:
    """Whether the words between an office and the comma before a name say where it is
    held or who the holder is: "for the ministry", "to Japan", "who treated him"."""
    return _of_something(tokens) or _to_a_place(tokens) or _relative(tokens)


def _to_a_place(tokens: list[Token]) -> bool:
    """ "the ambassador to Japan", "the envoy to the Sahel", "the High Commissioner in
    London", "the landlord of the Rose and Crown in Hadleigh", "a student at Oxford
    University", "a teacher from Sunderland"."""
    words = tokens[1 + (len(tokens) > 1 and tokens[1].lower == "the") :]
    return (
        len(tokens) > 1
        and tokens[0].lower in {"to", "in", "at", "from"}
        and 0 < len(words) <= _MAX_PLACE_WORDS
        and all(token.capitalized for token in words)
    )


def _relative(tokens: list[Token]) -> bool:
    """ "The paramedic who treated him, X": a relative clause in lower case."""
    return (
        1 < len(tokens) <= MAX_APPOSITION
        and tokens[0].lower in {"who", "that"}
        and all(token.text.islower() and token.text.isalpha() for token in tokens)
    )


def _of_something(tokens: list[Token]) -> bool:
    """Whether the words after an office say, in lower case, where it is held: "for the
    ministry", "at the hospital"."""
    return (
        1 < len(tokens) <= 4
        and tokens[0].lower in {"for", "of", "at"}
        and all(token.text.islower() and token.text.isalpha() for token in tokens)
    )


def _closed(sentence: list[Token], name: Name) -> bool:
    """Whether a comma closes the name, as in an apposition: "the referee, X, said"."""
    return name.end < len(sentence) and sentence[name.end].text == ","


def _last(sentence: list[Token], name: Name) -> bool:
    """Whether the name ends its sentence: "..., said the organiser, Delia Fontenot."."""
    return all(not token.text[:1].isalnum() for token in sentence[name.end :])


def _counterpart(
    sentence: list[Token], names: list[Name], index: int, start: int, phrase: OfficePhrase
) -> Guess | None:
    """ "his Russian counterpart, Mikhail Degtyarev", "Lavrov's counterpart, X"."""
    if start >= 2 and sentence[start - 1].text in APOSTROPHE_S:
        for other, name in enumerate(names):
            if name.end == start - 1:
                return Guess(counterpart_of=other, country=phrase.country)
        return None
    if phrase.possessive:
        return his_counterpart(names, index, phrase.country)
    return None

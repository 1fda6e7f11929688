"""Role patterns: the title before a name, the appositive after it, and counterparts.

Each pattern must match completely, or it gives nothing: a role is left out rather
than guessed.
"""

from __future__ import annotations

import attrs

from .._model import Organization, Role
from ._names import Name
from ._tokens import Token
from ._words import (
    COUNTRIES,
    NATIONALITIES,
    ORGANIZATION_WORDS,
    PLACES,
    TITLE_MODIFIERS,
    is_title,
)

__all__ = ["Guess", "roles"]

_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_APOSTROPHE_S = frozenset({"'s", "’s"})
_PREPOSITIONS = frozenset({"for", "of", "to", "at", "in", "with", "from", "on", "since", "who"})
_COUNTERPART = frozenset({"counterpart", "counterparts"})


@attrs.frozen
class Guess:
    """What the patterns say about one name: its role, or whose counterpart it is.

    A counterpart holds the role of the person at ``counterpart_of`` (an index into the
    sentence's names), in ``country``.
    """

    role: Role | None = None
    counterpart_of: int | None = None
    country: str | None = None


@attrs.frozen
class _Phrase:
    name: str | None  # None for "counterpart"
    country: str | None
    organization: str | None
    length: int
    possessive: bool  # it started with "his", "her"...
    owned: bool  # someone's: "her lawyer", "the company's chief executive"

    def role(self) -> Role | None:
        if self.name is None:
            return None
        org = Organization(self.organization) if self.organization else None
        return Role(self.name, country=self.country, organization=org)


def roles(sentence: list[Token], names: list[Name]) -> list[Guess]:
    """Say, for each of ``names`` in ``sentence``, what role the text gives it."""
    return [
        _before(sentence, names, index) or _after(sentence, names, index) or Guess()
        for index in range(len(names))
    ]


def _before(sentence: list[Token], names: list[Name], index: int) -> Guess | None:
    """ "President Ahmed Al-Sharaa", "Syrian Minister of Defense, Mareh Abu Qasra"."""
    end = names[index].start
    comma = end > 0 and sentence[end - 1].text == ","
    end -= comma
    for start in range(max(0, end - 12), end):
        phrase = _phrase(sentence[start:end], articles=False)
        if phrase is None or phrase.length != end - start:
            continue
        if phrase.name is None:
            return _counterpart(sentence, names, index, start, phrase)
        if comma and not (phrase.country or phrase.owned or sentence[end - 1].capitalized):
            return None  # "met the minister, Ahmed said": not a title
        return Guess(phrase.role())
    return None


def _after(sentence: list[Token], names: list[Name], index: int) -> Guess | None:
    """ "Mikhail Degtyarev, Russia's sports minister," and "..., his Russian counterpart"."""
    start = names[index].end
    if start >= len(sentence) or sentence[start].text != ",":
        return None
    start += 1
    end = start
    while end < len(sentence) and sentence[end].text not in {",", ".", ";", "?", "!"}:
        end += 1
    segment = sentence[start:end]
    owner, skip = _owner_name(sentence, names, start, end)
    phrase = _phrase(segment[skip:], articles=owner is None)
    if phrase is None:
        return None
    rest = segment[skip + phrase.length :]
    if rest and rest[0].lower not in _PREPOSITIONS:
        return None
    if phrase.name is None:
        if owner is not None:
            return Guess(counterpart_of=owner, country=phrase.country)
        if phrase.possessive:
            return Guess(counterpart_of=_subject(names, index), country=phrase.country)
        return None
    if owner is not None:
        return None  # "X, Y's chief of staff": the role is held under Y, not said here
    return Guess(phrase.role())


def _owner_name(
    sentence: list[Token], names: list[Name], start: int, end: int
) -> tuple[int | None, int]:
    """The index of the name a segment starts with when "'s" follows, and its length."""
    for index, name in enumerate(names):
        if name.start == start and name.end < end and sentence[name.end].text in _APOSTROPHE_S:
            return index, name.end + 1 - start
    return None, 0


def _counterpart(
    sentence: list[Token], names: list[Name], index: int, start: int, phrase: _Phrase
) -> Guess | None:
    """ "his Russian counterpart, Mikhail Degtyarev", "Lavrov's counterpart, X"."""
    if start >= 2 and sentence[start - 1].text in _APOSTROPHE_S:
        for other, name in enumerate(names):
            if name.end == start - 1:
                return Guess(counterpart_of=other, country=phrase.country)
        return None
    if phrase.possessive:
        return Guess(counterpart_of=_subject(names, index), country=phrase.country)
    return None


def _subject(names: list[Name], index: int) -> int | None:
    """Whom "his" refers to: the sentence's first name, when it is not the name itself."""
    return 0 if index > 0 else None


def _phrase(tokens: list[Token], *, articles: bool) -> _Phrase | None:
    """Parse ``[article|his] [nationality|Country's|owner's] modifiers* TITLE [of|for tail]``."""
    at = 0
    possessive = False
    if tokens and articles and tokens[0].lower in _ARTICLES:
        at = 1
    elif tokens and tokens[0].lower in _POSSESSIVES:
        at, possessive = 1, True
    country = None
    if at < len(tokens) and tokens[at].text in NATIONALITIES:
        country = NATIONALITIES[tokens[at].text]
        at += 1
    elif at + 1 < len(tokens) and f"{tokens[at].text} {tokens[at + 1].text}" in NATIONALITIES:
        country = NATIONALITIES[f"{tokens[at].text} {tokens[at + 1].text}"]
        at += 2
    elif (
        at + 1 < len(tokens)
        and tokens[at].text in COUNTRIES
        and tokens[at + 1].text in _APOSTROPHE_S
    ):
        country = tokens[at].text
        at += 2
    core_start = _owner(tokens, at)
    has_owner = core_start > at
    at, head = core_start, None
    while at < len(tokens) and (
        tokens[at].lower in TITLE_MODIFIERS | _COUNTERPART or is_title(tokens[at].text)
    ):
        if tokens[at].lower in _COUNTERPART or is_title(tokens[at].text):
            head = at
        at += 1
    if head is None:
        return None
    if tokens[head].lower in _COUNTERPART:
        if head != core_start or has_owner:
            return None  # "Lavrov's counterpart" is read from the names, not here
        return _Phrase(None, country, None, head + 1, possessive, possessive)
    name = " ".join(token.text for token in tokens[core_start : head + 1])
    at = head + 1
    organization = None
    tail = _tail(tokens, at)
    if tail is not None:
        words, the, at = tail
        text = " ".join(words)
        if text in COUNTRIES and country is None:
            country = text
        elif the or any(word.lower() in ORGANIZATION_WORDS for word in words):
            organization = text
        elif text in COUNTRIES:
            at = head + 1
        elif not all(word.lower() in PLACES for word in words):  # "mayor of Kyiv": a place
            name = f"{name} {tokens[head + 1].text} {text}"
    return _Phrase(name, country, organization, at, possessive, possessive or has_owner)


def _owner(tokens: list[Token], at: int) -> int:
    """Where the office starts after its holder's owner: "the company's", "Lyon's"."""
    start = at + (at < len(tokens) and tokens[at].lower == "the")
    for end in range(start + 1, min(start + 4, len(tokens))):
        if tokens[end].text in _APOSTROPHE_S:
            words = tokens[start:end]
            return end + 1 if all(token.text[:1].isalpha() for token in words) else at
    return at


def _tail(tokens: list[Token], at: int) -> tuple[list[str], bool, int] | None:
    """The capitalised words after "of" or "for": the office's portfolio or organisation."""
    if at >= len(tokens) or tokens[at].lower not in {"of", "for"}:
        return None
    at += 1
    the = at < len(tokens) and tokens[at].lower == "the"
    at += the
    words: list[str] = []
    while at < len(tokens):
        token = tokens[at]
        if token.capitalized:
            words.append(token.text)
        elif token.lower in {"of", "and", "&"} and at + 1 < len(tokens) and words:
            if not tokens[at + 1].capitalized:
                break
            words.append(token.text)
        else:
            break
        at += 1
    return (words, the, at) if words else None

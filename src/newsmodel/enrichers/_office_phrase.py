"""A role phrase around an office: ``[article|his] [nationality|Country's|owner's]
office [and office] [of|for tail]``, read into the office's names, its country and its
organisation.

Every pattern that finds a role (a title before a name, an apposition after it, an
appointment) reads its phrase with :func:`office_phrase`, so a phrase means the same
wherever it stands. It must match completely, or it gives nothing: a role is left out
rather than guessed.
"""

from __future__ import annotations

import attrs

from .._model import Organization, Role
from ._office import office, plain_modifier
from ._role_words import ARTICLES, COUNTERPART, POSSESSIVES, PREPOSITIONS, STOPS
from ._things import BODY_ENDINGS, CITIES
from ._tokens import APOSTROPHE_S, Token
from ._words import (
    COUNTRIES,
    NATIONALITIES,
    ORGANIZATION_WORDS,
    PLACES,
    TITLE_MODIFIERS,
)

__all__ = ["OfficePhrase", "office_phrase"]

# Words of an office's portfolio after "of": "Minister of Foreign Affairs".
_PORTFOLIO = TITLE_MODIFIERS | frozenset({"of", "and", "&"})
# How many lower-case words after "of" may name an office's field: "of public health".
_MAX_FIELD_WORDS = 2
# Lower-case words an office may end with after "of": "chief of staff".
_LOWER_TAILS = frozenset({"staff", "state", "government", "police", "mission"})


@attrs.frozen
class OfficePhrase:
    names: tuple[str, ...]  # empty for "counterpart"; two for "founder and chief executive"
    country: str | None
    organization: str | None
    length: int
    possessive: bool  # it started with "his", "her"...
    owned: bool  # someone's: "her lawyer", "the company's chief executive"

    def roles(self) -> tuple[Role, ...]:
        org = Organization(self.organization) if self.organization else None
        return tuple(Role(name, country=self.country, organization=org) for name in self.names)


def office_phrase(
    tokens: list[Token],
    *,
    articles: bool,
    tails: bool = True,
    capitals: bool = False,
    opening: bool = False,
) -> OfficePhrase | None:
    """Parse ``[article|his] [nationality|Country's|Country|owner's] modifiers* TITLE [and
    modifiers* TITLE] [of|for tail]``.

    With ``capitals``, a job written with a capital heads it too ("Paramedic X"); with
    ``opening``, the tokens open the sentence, and their first word's capital says nothing
    ("Artistic director X", "Botanist X").
    """
    at = 0
    possessive = determiner = False
    if tokens and articles and tokens[0].lower in ARTICLES:
        at, determiner = 1, True
    elif tokens and tokens[0].lower in POSSESSIVES:
        at, possessive, determiner = 1, True, True
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
        and tokens[at + 1].text in APOSTROPHE_S
    ):
        country = tokens[at].text
        at += 2
    elif at + 1 < len(tokens) and tokens[at].text in COUNTRIES and determiner:
        country = tokens[at].text  # "the former Brazil midfielder"
        at += 1
    core_start = _owner(tokens, at)
    has_owner = core_start > at
    found = office(
        tokens,
        core_start,
        determiner=determiner or has_owner,
        capitals=capitals,
        opening=opening and core_start == 0,
    )
    if found is None:
        return None
    words, head = found
    if tokens[head].lower in COUNTERPART:
        if words != [tokens[head].text] or has_owner:
            return None  # "Lavrov's counterpart" is read from the names, not here
        return OfficePhrase((), country, None, head + 1, possessive, possessive)
    names = [" ".join(words)]
    at = head + 1
    if at + 1 < len(tokens) and tokens[at].lower == "and":
        second = office(tokens, at + 1, determiner=determiner or has_owner, capitals=capitals)
        if second is not None and tokens[second[1]].lower not in COUNTERPART:
            names.append(" ".join(second[0]))  # "founder and chief executive"
            head = second[1]
            at = head + 1
    organization = None
    if tails:
        names[-1], country, organization, at = _tailed(tokens, head, at, names[-1], country)
    return OfficePhrase(
        tuple(names), country, organization, at, possessive, possessive or has_owner
    )


def _tailed(
    tokens: list[Token], head: int, at: int, name: str, country: str | None
) -> tuple[str, str | None, str | None, int]:
    """The office's name, country, organisation and end once the words after it (from
    ``at``) are read: "of Foreign Affairs" is part of its name, "of Acme" its
    organisation, "of Kenya" its country."""
    organization = None
    tail = _tail(tokens, at)
    if tail is not None:
        words, the, at = tail
        text = " ".join(words)
        if the and words[-1].lower() == "staff":
            name = f"{name} {tokens[head + 1].text} the {text}"  # "Chief of the Air Staff"
        elif text in COUNTRIES and country is None:
            country = text
        elif (
            the
            or any(word.lower() in ORGANIZATION_WORDS for word in words)
            or (len(words) > 1 and words[-1].lower() in BODY_ENDINGS)
        ):
            organization = text
        elif text in COUNTRIES:
            at = head + 1
        elif text.islower() or all(word.lower() in _PORTFOLIO for word in words):
            # "chief of staff", "Minister of Foreign Affairs": the office's own name
            name = f"{name} {tokens[head + 1].text} {text}"
            more = _tail(tokens, at)
            if more is not None and not more[1] and all(w.lower() in _PORTFOLIO for w in more[0]):
                name = f"{name} {tokens[at].text} {' '.join(more[0])}"
                at = more[2]  # "Secretary of State for Health"
        elif not any(word.lower() in PLACES | CITIES for word in words):
            organization = text  # "chief executive of Acme"; "mayor of Kyiv" is a place
    return name, country, organization, at


def _owner(tokens: list[Token], at: int) -> int:
    """Where the office starts after its holder's owner: "the company's", "Lyon's" (not
    "professor at King's")."""
    start = at + (at < len(tokens) and tokens[at].lower == "the")
    for end in range(start + 1, min(start + 4, len(tokens))):
        if tokens[end].text in APOSTROPHE_S:
            words = tokens[start:end]
            owned = all(token.text[:1].isalpha() and token.lower not in STOPS for token in words)
            return end + 1 if owned else at
    return at


def _tail(tokens: list[Token], at: int) -> tuple[list[str], bool, int] | None:
    """The capitalised words after "of" or "for": the office's portfolio or organisation;
    or one lower-case word, its field ("chief of staff", "head of music")."""
    if at >= len(tokens) or tokens[at].lower not in {"of", "for"}:
        return None
    at += 1
    the = at < len(tokens) and tokens[at].lower == "the"
    at += the
    words: list[str] = []
    length = _field(tokens, at) if at < len(tokens) and not the else 0
    if length:
        return [token.text for token in tokens[at : at + length]], False, at + length
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


def _field(tokens: list[Token], at: int) -> int:
    """How many lower-case words from ``at``, one or two, end an office as its field:
    "head of music,", "director of sport at", "chief of staff", "director of public
    health,"; none when they do not end there."""
    if tokens[at].lower in _LOWER_TAILS:
        return 1
    for length in range(1, _MAX_FIELD_WORDS + 1):
        words = tokens[at : at + length]
        if len(words) < length or not all(plain_modifier(token) for token in words):
            return 0
        follows = tokens[at + length] if at + length < len(tokens) else None
        if follows is None or not follows.text[:1].isalnum() or follows.lower in PREPOSITIONS:
            return length
    return 0

"""The name matcher: runs of capitalised words that name a person, with title words,
nationalities, organisations, places and common words taken out."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

import attrs

from ._alone import PERSON_NOUNS, named_alone
from ._given_names import is_given_name
from ._landmarks import LANDMARK_WORDS, PLACE_PREPOSITIONS, PLACE_SURNAMES
from ._occupations import OCCUPATIONS, job_shaped
from ._things import (
    BODY_ENDINGS,
    CITIES,
    CLUB_WORDS,
    CODENAME_WORDS,
    COMPANY_NOUNS,
    HOLIDAYS,
    MATCH_WORDS,
    NAMED_AFTER_NOUNS,
    PLACE_NOUNS,
    PLACE_STARTS,
    SHIP_WORDS,
    STORM_WORDS,
)
from ._tokens import APOSTROPHE_S, Token, opens_sentence
from ._words import (
    CAPITAL_TITLES,
    COUNTRIES,
    HONORIFICS,
    KIN,
    NATIONALITIES,
    NOT_NAMES,
    ORGANIZATION_WORDS,
    PARTICLES,
    PARTY_WORDS,
    PLACES,
    REGNAL_TITLES,
    TITLE_MODIFIERS,
    TITLES,
    is_particle,
    is_title,
)

__all__ = ["Name", "names"]

_LEADING = TITLES | TITLE_MODIFIERS | HONORIFICS | NOT_NAMES
# Words after which a capitalised run is a thing or a place, not someone: no one is
# "the Walton Family", "in Buenos Aires" says where, and a possessive owns a thing ("his
# Mercedes-Benz Citaro"): a person after one is named by a noun first ("his wife, X").
_NOT_AFTER = frozenset({"the", "in", "near", "his", "her", "their", "its", "our", "my", "your"})
_ROMAN = re.compile(r"[IVX]+")
# Courtesy titles that brands, charities, ships and horses take with a name ("Sir
# Galahad", "Father Hudson's Care", "Lady Isabella"), unlike "Mr" or "Dr".
_NAMESAKE_TITLES = frozenset("sir dame lord lady father sister brother".split())
# What follows a possessive that is itself a shop or a brand: "Jack Daniel's is to open",
# "at Sainsbury's." (a person's possessive owns a noun: "Smith's lawyer").
_ON_ITS_OWN = frozenset(
    "is was has had will would said says . , ; plans announced reported".split()
)
# How far after a sentence's subject "its" may say the subject is a company.
_ITS_REACH = 6
_COORDINATORS = frozenset({"and", "or", "&"})
# How many words, besides the name, make a run whose first word is a job a job and a
# name ("Goalkeeper Tomás O'Rourke"); with one, the job word is a surname ("Joe Baker").
_NAME_AFTER_A_JOB = 2
# Words that say whose family a family word names, and how far before it they may stand
# ("his eldest son").
_OWNERS = frozenset({"his", "her", "their", "my", "our", "your", "'s", "’s"})
_KIN_REACH = 3


@attrs.frozen
class Name:
    """Tokens ``start`` to ``end`` (exclusive) of a sentence name someone.

    ``honorific`` is set when "Mr", "Dr"... stands before it: a lone surname is then
    still a person.
    """

    start: int
    end: int
    words: tuple[str, ...]
    honorific: bool = False

    @property
    def full(self) -> bool:
        """Whether it has a given name and a surname, not a surname alone."""
        return len([w for w in self.words if w.lower() not in PARTICLES]) >= 2


def names(sentence: list[Token], common: Collection[str]) -> list[Name]:
    """Find the names in ``sentence``.

    Args:
        sentence: The sentence's tokens.
        common: Words the text also uses in lower case ("military"): written with a
            capital, they are a heading's or a sentence's first word, not a name.
    """
    runs = list(_runs(sentence))
    clubs = _clubs(sentence, runs)
    found: list[Name] = []
    for number, (start, end) in enumerate(runs):
        if number in clubs:
            continue
        name = _trimmed(sentence, start, end, common)
        if name is not None and found and _listed_with(sentence, found[-1], name):
            name = attrs.evolve(name, honorific=True)  # "their sons, Tom and Ben"
        if name is not None:
            found.append(name)
    return found


def _listed_with(sentence: list[Token], first: Name, second: Name) -> bool:
    """Whether a lone word follows another lone word that is someone's, with "and" or a
    comma between: the two are alike."""
    between = [token.lower for token in sentence[first.end : second.start]]
    lone = len(first.words) == len(second.words) == 1
    return lone and first.honorific and between in (["and"], [","], [",", "and"])


def _runs(sentence: list[Token]) -> Iterator[tuple[int, int]]:
    """The runs of capitalised words (and particles, and initials) in ``sentence``."""
    index = 0
    while index < len(sentence):
        if not _name_word(sentence[index]):
            index += 1
            continue
        end = index
        while end < len(sentence) and _name_word(sentence[end]) and _adjacent(sentence, end):
            end += 2 if _initial(sentence, end) else 1
        yield index, end
        index = end


def _clubs(sentence: list[Token], runs: list[tuple[int, int]]) -> set[int]:
    """The runs that are part of a thing's name or its opponent, whatever they are made
    of: "Accra Hearts of Oak beat Asante Kotoko" is two clubs. (The thing's own run is
    left to :func:`_trimmed`, which may find an office holder in it.)"""
    named = {n for n, (start, end) in enumerate(runs) if _thing(_words(sentence[start:end]))}
    things = set(named)
    for number in range(1, len(runs)):
        between = [token.lower for token in sentence[runs[number - 1][1] : runs[number][0]]]
        pair = {number - 1, number}
        if (number - 1 in things and between == ["of"]) or (_match(between) and pair & things):
            things |= pair  # "Hearts of Oak", "... beat Asante Kotoko"
    return things - named


def _match(between: list[str]) -> bool:
    """Whether the words between two names set them against each other: "beat", "drew
    1-1 with", "lost 2-0 to"."""
    return any(word in MATCH_WORDS for word in between) and all(
        word in MATCH_WORDS or word in {"with", "to", "-"} or word.replace("-", "").isdigit()
        for word in between
    )


def _name_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isalpha():
        return False
    if is_particle(text):
        return True
    return token.capitalized and not (text.isupper() and len(text) > 1)


def _initial(sentence: list[Token], index: int) -> bool:
    """Whether token ``index`` is an initial ("J." in "J. R. Whitcombe"): one capital, its
    full stop, then more of the name."""
    token = sentence[index]
    if len(token.text) != 1 or not token.capitalized or index + 2 >= len(sentence):
        return False
    stop, after = sentence[index + 1], sentence[index + 2]
    return stop.text == "." and stop.start == token.end and _name_word(after)


def _adjacent(sentence: list[Token], index: int) -> bool:
    """Whether token ``index`` follows the one before it with only spaces between."""
    return index == 0 or sentence[index].start - sentence[index - 1].end <= 1


def _trimmed(sentence: list[Token], start: int, end: int, common: Collection[str]) -> Name | None:
    if start > 0 and sentence[start - 1].lower in SHIP_WORDS:
        return None  # "the yacht Lady Anne": a vessel, whatever its name's words
    where = start > 0 and sentence[start - 1].lower in PLACE_PREPOSITIONS
    titled = False
    for index in range(end - 2, start - 1, -1):
        if is_title(sentence[index].text):
            start = index + 1  # "New York Governor Kathleen Doyle": the name follows the title
            titled = True
            break
    honorific = False
    while start < end and not _initial(sentence, start):
        word = sentence[start].text
        lower = word.lower()
        if lower in HONORIFICS:
            honorific = True
        elif not (
            lower in _LEADING
            or word in NATIONALITIES
            or (word in COUNTRIES and not _a_given_country(word, end - start))
            or (opens_sentence(sentence, start) and lower in common)
            or (_job(word) and end - start > _NAME_AFTER_A_JOB)
        ):
            break
        start += 1
    while start < end and sentence[start].text.islower() and not (honorific or titled):
        start += 1  # a particle starts no name, but for "Ms de la Cruz"
    while end > start and sentence[end - 1].text.lower() in PARTICLES:
        end -= 1
    before = sentence[max(0, start - 2) : start]
    honorific = honorific or any(token.lower in HONORIFICS for token in before)
    alone = end - start == 1
    honorific = honorific or (
        alone
        and (
            _after_kin(sentence, start)
            or named_alone(sentence, start)
            or _regnal(sentence, start)  # "Prince Harry", "Pope Francis"
        )
    )
    if alone and _names_a_thing(sentence, start, end):
        honorific = False  # "Sir Percival's Dream", "Father Hudson's Care": a thing's name
    words = _words(sentence[start:end])
    if not words or any(
        _not_a_name(word, common)
        and not (at == 0 and _a_given_country(word, len(words)))
        and not (at == len(words) - 1 and _a_title_surname(words))
        for at, word in enumerate(words)
    ):
        return None
    if start > 0 and sentence[start - 1].lower in _NOT_AFTER:
        return None
    if where and any(word.lower() in PLACE_SURNAMES for word in words[1:]):
        return None  # "on Church Green", "at Lady Margaret Hall": a place
    if end < len(sentence) and sentence[end].text in NAMED_AFTER_NOUNS:
        return None  # "Charles de Gaulle airport": named after someone
    if _thing(words) or (not honorific and _company(sentence, start, end)):
        return None
    return Name(start, end, words, honorific)


def _regnal(sentence: list[Token], start: int) -> bool:
    """Whether a given name follows a king's, a prince's or a pope's title, with its
    capital, and no "the" before it, or number or capital after it: "the Queen Mary 2"
    is a ship, "the Prince Albert" a pub, "King Edward VII Hospital" a hospital."""
    if start == 0 or not is_given_name(sentence[start].text):
        return False
    title = sentence[start - 1]
    the = start > 1 and sentence[start - 2].lower == "the"
    after = sentence[start + 1 : start + 3]
    if after and _ROMAN.fullmatch(after[0].text):
        after = after[1:]  # "King Charles III"
    number = bool(after) and after[0].text[:1].isdigit()
    named_after = bool(after) and after[0].capitalized  # "King Edward VII Hospital"
    return (
        title.capitalized and title.lower in REGNAL_TITLES and not (the or number or named_after)
    )


def _names_a_thing(sentence: list[Token], start: int, end: int) -> bool:
    """Whether a possessive after a word makes it part of a thing's name: "Daniel's is to
    open" (a verb after it), "Sir Percival's Dream", "Father Hudson's Care" (a capital
    after it, a title brands and charities take before it; "Mr Hughes's Labour
    colleagues" are a person's)."""
    after = sentence[end : end + 2]
    if len(after) < 2 or after[0].text not in APOSTROPHE_S:
        return False
    if after[1].lower in _ON_ITS_OWN:
        return True
    title = sentence[start - 1].lower if start > 0 else ""
    namesake = title in _NAMESAKE_TITLES or title in REGNAL_TITLES  # "Queen Mary's Hospital"
    return after[1].capitalized and namesake and after[1].lower not in PARTY_WORDS


def _job(word: str) -> bool:
    """Whether a word is a job, or jobs ("Journalists X and Y"), a person's noun
    ("Survivor X Y") or a word shaped like a job that is no given name ("Botanist")."""
    lower = word.lower()
    return (
        lower in OCCUPATIONS
        or (lower.endswith("s") and lower[:-1] in OCCUPATIONS)
        or lower in PERSON_NOUNS
        or (job_shaped(lower) and lower not in NOT_NAMES and not is_given_name(word))
    )


def _after_kin(sentence: list[Token], start: int) -> bool:
    """Whether a lone word follows someone's family word: "her husband, Sipho", "his wife
    Leila", "the couple's son Karim"."""
    at = start - (start > 0 and sentence[start - 1].text == ",")
    if at == 0 or sentence[at - 1].text.split("-")[0] not in KIN:  # "brother-in-law"
        return False
    owner = sentence[max(0, at - 1 - _KIN_REACH) : at - 1]
    return any(token.lower in _OWNERS for token in owner)


def _thing(words: tuple[str, ...]) -> bool:
    """Whether a run's words make it a club, a storm, a saint's place, a holiday or a
    body: "Real Madrid", "Storm Agnes", "San Marino", "Christmas Day", "Kano State"."""
    lowers = [word.lower() for word in words]
    return (
        lowers[0] in STORM_WORDS
        or lowers[0] in CODENAME_WORDS
        or lowers[0].rstrip(".") in PLACE_STARTS
        or lowers[-1] in BODY_ENDINGS
        or any(word in CLUB_WORDS or word in CITIES or word in HOLIDAYS for word in lowers)
    )


def _company(sentence: list[Token], start: int, end: int) -> bool:
    """Whether the sentence speaks of the run as of a company or a place: "X cut its
    forecast" with X its subject, "X's shares", "X's governor", "X's is to open", "X &
    Y", "X and Ernst & Young"."""
    after = sentence[end : end + 2]
    owned = after[1].lower if len(after) == 2 and after[0].text in APOSTROPHE_S else ""
    if owned in COMPANY_NOUNS or owned in PLACE_NOUNS or owned in _ON_ITS_OWN:
        return True
    if _beside_an_ampersand(sentence, start, end):
        return True
    if start > 0 and is_title(sentence[start - 1].text):
        return False  # "President X said its...": an office holder
    if any(token.text[:1].islower() for token in sentence[:start]):
        return False  # not the subject
    for token in sentence[end : end + _ITS_REACH]:
        if token.lower == "its":
            return True
        if not token.text[:1].isalnum() or token.lower == "as":
            return False
    return False


def _beside_an_ampersand(sentence: list[Token], start: int, end: int) -> bool:
    """Whether an "&" joins the run to a name ("Lindqvist & Berg"), or a name joined by
    "and" to the run has one in it ("Ernst & Young")."""
    if (end < len(sentence) and sentence[end].text == "&") or (
        start > 0 and sentence[start - 1].text == "&"
    ):
        return True
    if end + 1 < len(sentence) and sentence[end].lower in {"and", "or"}:
        at = end + 1
        while at < len(sentence) and (sentence[at].capitalized or sentence[at].text == "&"):
            if sentence[at].text == "&":
                return True
            at += 1
    if start >= 2 and sentence[start - 1].lower in {"and", "or"}:
        at = start - 2
        while at >= 0 and (sentence[at].capitalized or sentence[at].text == "&"):
            if sentence[at].text == "&":
                return True
            at -= 1
    return False


def _words(tokens: list[Token]) -> tuple[str, ...]:
    """The words of a name, each initial with its full stop."""
    words: list[str] = []
    for token in tokens:
        if token.text == "." and words:
            words[-1] += "."
        else:
            words.append(token.text)
    return tuple(words)


def _a_title_surname(words: tuple[str, ...]) -> bool:
    """Whether an office's word ends a name as its surname, after a given name: "John
    Major", "Phil King", "Ann Bishop"."""
    return len(words) > 1 and words[-1].lower() in TITLES and is_given_name(words[-2])


def _a_given_country(word: str, length: int) -> bool:
    """Whether a country opens a name of two words or more as its given name: "Jordan
    Price", "Georgia Hart"."""
    return length > 1 and word in COUNTRIES and is_given_name(word)


def _not_a_name(word: str, common: Collection[str]) -> bool:
    lower = word.lower()
    if is_particle(word):
        return False
    return (
        word in CAPITAL_TITLES
        or lower in ORGANIZATION_WORDS
        or lower in LANDMARK_WORDS
        or lower in PLACES
        or lower in NOT_NAMES
        or lower in TITLES
        or lower in common
        or word in COUNTRIES
        or word in NATIONALITIES
        or any(part in NATIONALITIES or part in COUNTRIES for part in word.split("-"))
    )

"""People named by one word: a given name or a surname alone is a person where the
sentence puts it where a person stands ("Kowalski, an electrician,", "Olumide, 23,",
"told Nolan he would", "Ferreira said he").

Without such a place a lone capitalised word is left out: it is as often a company, a
town or a sentence's first word.
"""

from __future__ import annotations

from ._occupations import NOT_JOBS, OCCUPATIONS
from ._role_words import ARTICLES
from ._tokens import Token, opens_sentence
from ._words import KIN, NOT_NAMES, is_title

__all__ = ["PERSON_NOUNS", "SPEECH_VERBS", "named_alone", "stands_as_a_person"]

#: Nouns an apposition describes a person with, jobs and family words aside.
PERSON_NOUNS: frozenset[str] = frozenset(
    """
    man woman boy girl teenager teen youngster child toddler baby pupil student
    schoolboy schoolgirl pensioner retiree grandmother grandfather grandparent
    mother father mum dad widow widower resident local neighbour neighbor survivor
    mother-of-two mother-of-three father-of-two father-of-three veteran volunteer
    """.split()
)

#: Jobs that name a firm as often as a person ("Tesco, the retailer"): no evidence alone.
_FIRM_JOBS: frozenset[str] = frozenset(
    """
    publisher producer operator developer dealer broker trader investor contractor
    builder consultant broadcaster agent carrier supplier
    """.split()
)

#: Verbs whose object is a person, each with the words that may follow that object:
#: "told Nolan he would", "described Aoife as", "charged Haddad with".
_OBJECT_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        """
        told tells telling urged urges asked asks warned warns reminded persuaded
        advised ordered begged encouraged helped forced allowed
        """.split(),
        frozenset("he she his her him".split()),
    ),
    **dict.fromkeys("described describes remembered hailed regarded".split(), frozenset({"as"})),
    **dict.fromkeys(
        "charged accused convicted suspected cleared acquitted".split(),
        frozenset({"with", "of"}),
    ),
    **dict.fromkeys(
        "thanked praised blamed fined jailed sentenced congratulated criticised".split(),
        frozenset({"for", "to", "over"}),
    ),
}

#: Verbs a person says things with: "Ferreira said he would appeal".
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says told tells added explained admitted denied insisted recalled claimed
    replied wrote argued confirmed revealed agreed
    """.split()
)
# People in the plural the other lists do not hold: "Relatives said he".
_GROUP_NOUNS = frozenset("relative colleague".split())
_PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her"})
# How many words after a speech verb its pronoun may stand: "said on Monday that he".
_PRONOUN_REACH = 4
# How many words an apposition may have: "a 12-year-old from Soweto,"; it closes with a
# comma or the sentence's end, and has no verb ("Earlier, a woman was hurt").
_APPOSITION_REACH = 8
_CLOSING = frozenset({",", ".", ";", "!", "?"})
_VERBS = frozenset(
    "was is were are has have had will would said says called told who that".split()
)
# Verbs that give a person's name: "named locally as", "identified as".
_NAMING = frozenset({"named", "identified"})


def named_alone(sentence: list[Token], start: int) -> bool:
    """Whether the one word at ``start`` stands where a person stands."""
    if _sentence_adverb(sentence, start) or _people_word(sentence[start].lower):
        return False
    return stands_as_a_person(sentence, start, start + 1)


def stands_as_a_person(sentence: list[Token], start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` (exclusive) stand where a person
    stands: before an age or a person's description, as the object of "told ... he", as
    the speaker of "said he", after "named as" or "identified as"."""
    return (
        _described(sentence, end)
        or _object(sentence, start, end)
        or _speaker(sentence, end)
        or _named_as(sentence, start)
    )


def _sentence_adverb(sentence: list[Token], start: int) -> bool:
    """Whether the word opens the sentence as an adverb does: "Separately, a man..."."""
    word = sentence[start].lower
    return opens_sentence(sentence, start) and (word.endswith("ly") or word in NOT_NAMES)


def _people_word(word: str) -> bool:
    """Whether a word is a plural of people, capitalised at a sentence's start: "Officers
    told him", "Witnesses said he"."""
    if not word.endswith("s"):
        return False
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return (
        any(
            stem in OCCUPATIONS
            or stem in NOT_JOBS
            or stem in PERSON_NOUNS
            or stem in KIN
            or is_title(stem)
            for stem in stems
        )
        or word[:-1] in _GROUP_NOUNS
    )


def _described(sentence: list[Token], at: int) -> bool:
    """ "Olumide, 23,", "Kowalski, an electrician,", "Vusi, a 12-year-old"."""
    if at + 1 >= len(sentence) or sentence[at].text != ",":
        return False
    at += 1
    if sentence[at].text.isdigit():
        return at + 1 < len(sentence) and sentence[at + 1].text in {",", "."}
    if sentence[at].lower not in ARTICLES:
        return False
    person = False
    for token in sentence[at + 1 : at + 1 + _APPOSITION_REACH]:
        word = token.lower
        if not token.text[:1].isalnum():
            return person and token.text in _CLOSING
        if word in _VERBS:
            return False  # "Earlier, a woman was hurt": no apposition
        person = person or _person_noun(token)
    return False


def _person_noun(token: Token) -> bool:
    word = token.lower
    if word.endswith("-year-old") or word in PERSON_NOUNS or word in KIN:
        return True
    return (
        (word in OCCUPATIONS or is_title(word)) and word not in _FIRM_JOBS and word == token.text
    )


def _object(sentence: list[Token], start: int, end: int) -> bool:
    """ "told Nolan he would", "described Aoife as", "charged Haddad with"."""
    if start == 0 or end >= len(sentence):
        return False
    follows = _OBJECT_VERBS.get(sentence[start - 1].lower)
    return follows is not None and sentence[end].lower in follows


def _named_as(sentence: list[Token], start: int) -> bool:
    """ "A boy, named locally as Tyler,", "the victim was identified as X"."""
    if start < 2 or sentence[start - 1].lower != "as":
        return False
    return any(token.lower in _NAMING for token in sentence[max(0, start - 3) : start - 1])


def _speaker(sentence: list[Token], at: int) -> bool:
    """ "Ferreira said he would appeal": a speech verb, then a personal pronoun."""
    if at >= len(sentence) or sentence[at].lower not in SPEECH_VERBS:
        return False
    after = sentence[at + 1 : at + 1 + _PRONOUN_REACH]
    return any(token.lower in _PERSONAL_PRONOUNS for token in after)

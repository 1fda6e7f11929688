"""Whether a name of two or more words names a person, weighed on two kinds of evidence:
its words (does it open with a given name?) and what the sentence says of it.

Places, bodies and firms of two capitalised words ("Lancashire Police", "Severn Trent",
"Novi Sad") are shaped like names, and no closed list of their head words holds them
all; almost none opens with a given name. A name that opens with none is still a person
where the sentence treats it as one: with a role, a courtesy title, a person's noun
before it ("her husband, X"), "said", an age, "who", "died" or "he" after it, or a
relative's surname ("Kieran Ashby and Leanne Ashby").

Some places say a thing whatever the words: before a job and a name, a name is the
employer ("Morgan Stanley analyst X", "Marie Curie nurse X"); after a job and "at" or
"from", a workplace or a home ("a partner at X", "a fisherman from X"); after an age,
"of" or "from" gives an address ("X, 19, of Bordesley Green"). A sentence's subject
that opens or closes stores, or creates or cuts jobs, is a firm ("John Lewis will open a
store") unless the sentence says more of a person: a role, "Mr", an age, "he" or "her".
"""

from __future__ import annotations

from ._alone import PERSON_NOUNS, SPEECH_VERBS, stands_as_a_person
from ._given_names import is_given_name
from ._guess import Guess
from ._names import Name
from ._occupations import JOB_MODIFIERS, OCCUPATIONS, job_shaped
from ._tokens import APOSTROPHE_S, Token, opens_sentence
from ._words import KIN, TITLE_MODIFIERS, is_particle, is_title

__all__ = ["a_person"]

_PRONOUNS = frozenset("he she his her him himself herself".split())
# How many words after a name its pronoun may stand: "Maren Lund announced her ...".
_PRONOUN_REACH = 4
# Bodies speak too, of themselves in the plural or as "it": "Severn Trent said it would".
_ITS_VOICE = frozenset("it its we our they their".split())
# Verbs that name the speaker after them: "..., said X."
_SAID = frozenset("said says added".split())
# Nouns that introduce a person: "her husband, X", "the defendant, X".
_INTRODUCERS = (
    KIN
    | PERSON_NOUNS
    | frozenset(
        """
    friend witness passenger victim suspect defendant patient client
    colleague fan tenant customer winner runner-up star
    """.split()
    )
)
# What only a person does, or has done to them: "X died", "X was arrested".
_PERSON_VERBS = frozenset("died dies resigned retired married pleaded testified scored".split())
_PERSON_PARTICIPLES = frozenset(
    "arrested jailed killed injured hurt born stabbed murdered sentenced".split()
)


# What a firm does, as a sentence says it of its subject: "will open a store", "is to
# close 40 branches", "creating 300 jobs".
_TRADE_VERBS = frozenset(
    "open opens opening opened close closes closing closed shut shuts shutting".split()
)
_OUTLETS = frozenset(
    """
    store stores shop shops branch branches outlet outlets factory factories plant plants
    """.split()
)
_JOB_VERBS = frozenset("create creates creating created cut cuts cutting axe axing shed".split())
# How far after its verb a firm's outlets or jobs may stand: "open a flagship store".
_TRADE_REACH = 4
# People named by where they work or study, not by a job: "a partner at X".
_WORKERS = frozenset("partner employee worker student pupil".split())


def a_person(sentence: list[Token], names: list[Name], index: int, guess: Guess) -> bool:
    """Whether ``names[index]`` is a person: the sentence does not put a place or a body
    where it stands, and it opens with a given name, or the sentence says it is one."""
    name = names[index]
    if len(name.words) > 1 and (_employer(sentence, names, index) or _a_place_of(sentence, name)):
        return False
    if _trades(sentence, name) and not (
        guess.roles or name.honorific or _personal(sentence) or _spoken_of(sentence, name)
    ):
        return False
    return (
        len(name.words) < 2  # a lone word is a person only where a person stands already
        or any(_opens_a_name(word) for word in name.words[:-1])
        or bool(guess.roles)
        or guess.counterpart_of is not None
        or name.honorific
        or _spoken_of(sentence, name)
        or stands_as_a_person(sentence, name.start, name.end)
        or _introduced(sentence, name)
        or _a_relative(names, index)
    )


def _employer(sentence: list[Token], names: list[Name], index: int) -> bool:
    """Whether a name stands before a job and another name: "Morgan Stanley analyst X",
    "Marie Curie nurse X" (no one writes "Jane Roe lawyer X")."""
    if index + 1 >= len(names):
        return False
    between = sentence[names[index].end : names[index + 1].start]
    return bool(between) and all(_office_word(token) for token in between) and _a_job(between[-1])


def _office_word(token: Token) -> bool:
    """Whether a word in lower case may be part of a job: "senior", "racing", "analyst"."""
    word = token.text
    return word.islower() and (word in JOB_MODIFIERS or word in TITLE_MODIFIERS or _a_job(token))


def _a_job(token: Token) -> bool:
    """Whether a word in lower case heads a job, listed or shaped like one."""
    word = token.text
    return word.islower() and (word in OCCUPATIONS or is_title(word) or job_shaped(word))


def _a_place_of(sentence: list[Token], name: Name) -> bool:
    """Whether a name is where a person works or lives: "a partner at X", "a fisherman
    from X", "X, 19, of Y"."""
    before = [token.text for token in sentence[max(0, name.start - 4) : name.start]]
    if len(before) < 2 or before[-1] not in {"at", "from", "of"}:
        return False
    if before[-1] != "of" and (
        _a_job(sentence[name.start - 2]) or before[-2] in _WORKERS or before[-2] in PERSON_NOUNS
    ):
        return True
    return before[-1] != "at" and len(before) == 4 and before[0] == "," and before[1].isdigit()


def _trades(sentence: list[Token], name: Name) -> bool:
    """Whether the sentence's subject opens or closes stores or creates or cuts jobs."""
    if not opens_sentence(sentence, name.start):
        return False
    words = [token.lower for token in sentence[name.end :]]
    for at, word in enumerate(words):
        reach = words[at + 1 : at + 1 + _TRADE_REACH]
        if (word in _TRADE_VERBS and _OUTLETS & set(reach)) or (
            word in _JOB_VERBS and "jobs" in reach
        ):
            return True
    return False


def _personal(sentence: list[Token]) -> bool:
    """Whether the sentence speaks of someone as "he", "she", "his" or "her"."""
    return any(token.lower in _PRONOUNS for token in sentence)


def _opens_a_name(word: str) -> bool:
    """A given name, a particle ("al-", "van") or an initial ("J.")."""
    return is_given_name(word) or is_particle(word) or word.endswith(".")


def _spoken_of(sentence: list[Token], name: Name) -> bool:
    """Whether the words around a name say a person: "X said", "said X.", "X, 45,", "X,
    who", "X died", "X was arrested", "X announced her", "X's wife"."""
    after = [token.lower for token in sentence[name.end : name.end + _PRONOUN_REACH + 1]]
    before = sentence[name.start - 1].lower if name.start > 0 else ""
    if after[:1] == [","] and len(after) > 2 and after[1].isdigit() and after[2] in {",", "."}:
        return True  # an age
    # "X announced her", not "X, her home town,": an apposition may describe a place
    pronoun = after[:1] != [","] and any(word in _PRONOUNS for word in after[:_PRONOUN_REACH])
    if after[:1] == [","]:
        after = after[1:]
    said = bool(after) and after[0] in SPEECH_VERBS and not _ITS_VOICE & set(after[1:])
    return bool(
        said
        or (after and (after[0] in _PERSON_VERBS or after[0] == "who"))
        or (after[:1] in (["was"], ["were"]) and after[1:2] and after[1] in _PERSON_PARTICIPLES)
        or (before in _SAID and (not after or not after[0][:1].isalnum()))
        or pronoun
        or (len(after) > 1 and after[0] in APOSTROPHE_S and after[1] in KIN)
    )


def _introduced(sentence: list[Token], name: Name) -> bool:
    """Whether a person's noun introduces the name: "her husband, X", "the defendant, X",
    "his passenger, X"."""
    at = name.start - (name.start > 0 and sentence[name.start - 1].text == ",")
    if at == 0:
        return False
    return sentence[at - 1].lower in _INTRODUCERS


def _a_relative(names: list[Name], index: int) -> bool:
    """Whether another name of the sentence, opening with a given name, has its surname."""
    name = names[index]
    return any(
        other is not name
        and len(other.words) > 1
        and other.words[-1] == name.words[-1]
        and is_given_name(other.words[0])
        for other in names
    )

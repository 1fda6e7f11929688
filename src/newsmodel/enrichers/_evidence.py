"""Whether a name of two or more words names a person, weighed on two kinds of evidence:
its words (does it open with a given name?) and what the sentence says of it.

Places, bodies and firms of two capitalised words ("Lancashire Police", "Severn Trent",
"Novi Sad") are shaped like names, and no closed list of their head words holds them
all; almost none opens with a given name. A name that opens with none is still a person
where the sentence treats it as one: with a role, a courtesy title, a person's noun
before it ("her husband, X"), "said", an age, "who", "died" or "he" after it, or a
relative's surname ("Kieran Ashby and Leanne Ashby").
"""

from __future__ import annotations

import re

from ._alone import PERSON_NOUNS, SPEECH_VERBS, stands_as_a_person
from ._given_names import is_given_name
from ._names import Name
from ._roles import Guess
from ._tokens import Token
from ._words import KIN, PARTICLES

__all__ = ["a_person"]

_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar)-", re.IGNORECASE)
_PRONOUNS = frozenset("he she his her him himself herself".split())
# How many words after a name its pronoun may stand: "Maren Lund announced her ...".
_PRONOUN_REACH = 4
_APOSTROPHE_S = frozenset({"'s", "’s"})
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
    friend neighbour neighbor witness passenger victim suspect defendant patient client
    colleague fan tenant customer winner runner-up
    """.split()
    )
)
# What only a person does, or has done to them: "X died", "X was arrested".
_PERSON_VERBS = frozenset("died dies resigned retired married pleaded testified scored".split())
_PERSON_PARTICIPLES = frozenset(
    "arrested jailed killed injured hurt born stabbed murdered sentenced".split()
)


def a_person(sentence: list[Token], names: list[Name], index: int, guess: Guess) -> bool:
    """Whether ``names[index]`` is a person: it opens with a given name, or the sentence
    says it is one."""
    name = names[index]
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


def _opens_a_name(word: str) -> bool:
    """A given name, a particle ("al-", "van") or an initial ("J.")."""
    return (
        is_given_name(word)
        or word.lower() in PARTICLES
        or bool(_PARTICLE_PREFIX.match(word))
        or word.endswith(".")
    )


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
        or (len(after) > 1 and after[0] in _APOSTROPHE_S and after[1] in KIN)
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

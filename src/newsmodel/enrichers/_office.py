"""The words of an office, read from where it starts: its modifiers and its head ("Deputy
Foreign Minister", "senior investigating officer", "Racing driver").

It is the part of a role phrase that decides what a job is, apart from the phrase around
it (articles, nationalities, owners, "of ..."): the word lists meet here, and the
decisions about which words belong to an office's name are made once.
"""

from __future__ import annotations

import attrs

from ._alone import PERSON_NOUNS
from ._given_names import is_given_name
from ._occupations import JOB_COMPOUNDS, JOB_MODIFIERS, OCCUPATIONS, job_shaped
from ._role_words import COUNTERPART, STOPS
from ._tokens import Token
from ._words import (
    ABBREVIATED_MODIFIERS,
    ABBREVIATED_TITLES,
    BODY_WORDS,
    CAPITAL_TITLES,
    COUNTRIES,
    NATIONALITIES,
    NOT_NAMES,
    PARTY_WORDS,
    RANK_MODIFIERS,
    TITLE_MODIFIERS,
    UNSAID_WORDS,
    is_title,
)

__all__ = ["abbreviation_stop", "office", "plain_modifier"]

# Verbs news copy puts before an office or a name: never part of a role's name.
_VERBS = frozenset(
    "said says say told tells added adds warned asked asks wrote writes "
    "met meets thanked praised blamed urged called calls led leads than".split()
)
# How many words outside every list may stand before a job, in lower case: "the chief
# medical officer", "a former customs officer".
_MAX_PLAIN_MODIFIERS = 2
# The endings of adjectives that name an office's field: "artistic", "postdoctoral".
_ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ary", "ous", "ful")
# How many capitalised words after "a" or "the" may name the body or the place a
# lower-case job is held in, left out of it: "a Sinn Féin councillor", "the Acme chief
# executive".
_MAX_BODY_WORDS = 3


def office(
    tokens: list[Token],
    start: int,
    *,
    determiner: bool,
    capitals: bool = False,
    opening: bool = False,
) -> tuple[list[str], int] | None:
    """The words of the office from ``start``, and where its head is: the modifiers and
    the title, without the words that only say when or how it is held ("former")."""
    head = None
    kept: list[int] = []
    plain = body = 0
    at = start
    while at < len(tokens):
        token = tokens[at]
        lower = token.lower
        # "Leading Seaman", "Research Fellow": a rank, not a description
        rank = (
            (lower in RANK_MODIFIERS and token.capitalized)
            or token.text in CAPITAL_TITLES
            or token.text in ABBREVIATED_MODIFIERS
        )
        new = token.text == "new" or (opening and at == start and token.text == "New")
        if ((lower in UNSAID_WORDS and lower != "new") or new) and not rank:
            pass  # "the former chairman" was the chairman
        elif kept and abbreviation_stop(tokens, at):
            pass  # "Lt. Col.": the rank, without its full stops
        elif at + 1 < len(tokens) and (lower, tokens[at + 1].lower) in JOB_COMPOUNDS:
            kept.extend((at, at + 1))  # "lollipop lady", "Poet laureate"
            head = at = at + 1
        elif lower in JOB_MODIFIERS and _job_follows(tokens, at + 1):
            kept.append(at)  # "Racing driver", "primary school teacher"
        elif _head(token, shaped=determiner and not token.capitalized, capitals=capitals) or (
            opening and at == start and _opening_job(token)
        ):
            head = at
            kept.append(at)
        elif lower in TITLE_MODIFIERS or rank:
            kept.append(at)
        elif kept and _field_participle(tokens, at, determiner=determiner):
            kept.append(at)  # "the senior investigating officer"
        elif not kept and _described(token):
            pass  # "the Nigerian-born architect", "a trained nurse"
        elif not kept and determiner and (token.text in COUNTRIES or token.text in NATIONALITIES):
            pass  # "the former Brazil midfielder", "a former French diplomat"
        elif not kept and determiner and token.capitalized and body < _MAX_BODY_WORDS:
            body += 1  # "a Sinn Féin councillor", if a lower-case job follows
        elif (
            plain_modifier(token) or (opening and at == start and _opening_modifier(token))
        ) and plain < _MAX_PLAIN_MODIFIERS:
            plain += 1
            kept.append(at)
        else:
            break
        at += 1
    if head is None or (body and not _a_known_job(tokens[head])):
        return None  # "its Sunderland plant": no job a body's name may stand before
    kept = [index for index in kept if index <= head]
    if tokens[head].text.islower():  # "Rescue Team leader": "Team" ends a body's name
        kept = [
            index
            for index in kept
            if index == head
            or not (
                tokens[index].capitalized
                and tokens[index].lower in TITLE_MODIFIERS
                and not (opening and index == start)
            )
        ]
    plain_before = any(
        index < head
        and plain_modifier(tokens[index])
        and tokens[index].lower not in TITLE_MODIFIERS | JOB_MODIFIERS
        for index in kept
    )
    if plain_before and not tokens[head].text.islower():
        return None  # "met Foreign Minister": a capitalised office takes no plain word
    return [tokens[index].text for index in _without_bodies(tokens, kept, head)], head


def _a_known_job(token: Token) -> bool:
    """Whether a word in lower case is a job or an office the lists hold, not one only
    shaped like one."""
    word = token.text
    return (word.islower() and token.lower in OCCUPATIONS) or (
        (word.islower() or word.isupper()) and is_title(word)  # "the Conservative MP"
    )


def _field_participle(tokens: list[Token], at: int, *, determiner: bool) -> bool:
    """Whether a lower-case word in "-ing" names the field of the job right after it:
    "senior investigating officer"."""
    word = tokens[at].text
    return (
        word.islower()
        and word.endswith("ing")
        and at + 1 < len(tokens)
        and _head(tokens[at + 1], shaped=determiner)
    )


def abbreviation_stop(tokens: list[Token], at: int) -> bool:
    """Whether the token at ``at`` is the full stop of an abbreviated rank: "Lt.", "Det."."""
    before = tokens[at - 1].text if at > 0 else ""
    return (
        tokens[at].text == "."
        and tokens[at].start == tokens[at - 1].end
        and (before in ABBREVIATED_TITLES or before in ABBREVIATED_MODIFIERS)
    )


def _job_follows(tokens: list[Token], at: int) -> bool:
    """Whether a job's head comes within two words: "racing driver", "primary school
    teacher"; "taxi" alone is no job."""
    for token in tokens[at : at + 2]:
        if _head(token, shaped=True, capitals=False):
            return True
        if token.lower not in JOB_MODIFIERS:
            return False
    return False


def _without_bodies(tokens: list[Token], kept: list[int], head: int) -> list[int]:
    """The office's words without the body it is held in and the party of its holder:
    "Parish council chairman" is a chairman, "Labour councillor" a councillor; before a
    minister "Labour" names the portfolio."""
    bodies = [
        at
        for at, index in enumerate(kept)
        if index < head and tokens[index].lower in BODY_WORDS and not _a_rank(tokens, index)
    ]
    if bodies:
        kept = kept[bodies[-1] + 1 :]
    minister = tokens[head].lower in {"minister", "secretary"}
    while len(kept) > 1 and tokens[kept[0]].lower in PARTY_WORDS and not minister:
        kept = kept[1:]
    return kept


def _a_rank(tokens: list[Token], index: int) -> bool:
    """Whether a body's word opens a rank: "Company Sergeant Major"."""
    token = tokens[index]
    follows = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        token.capitalized
        and token.lower in RANK_MODIFIERS
        and follows is not None
        and follows.capitalized
        and is_title(follows.text)
    )


def plain_modifier(token: Token) -> bool:
    """Whether a lower-case word outside every list may name an office's field, as
    "migration" in "migration minister": a noun, not a verb, a pronoun or a preposition."""
    lower = token.text
    return (
        lower.islower()
        and lower.replace("-", "").isalpha()
        and len(lower) > 2
        and lower not in STOPS
        and lower not in _VERBS
        and lower not in NOT_NAMES
        and not lower.endswith(("ed", "ing", "ly", "'s", "’s"))
    )


def _described(token: Token) -> bool:
    """Whether a word before a job describes the person, not the job: "a trained nurse",
    "a 34-year-old teacher", "the Oscar-winning director", "the Nigerian-born architect"."""
    text = token.text
    last = text.rsplit("-", 1)[-1]
    if "-" in text:
        return last in {"old", "born", "based"} or last.endswith(("ed", "ing"))
    return text.islower() and len(text) > 4 and text.endswith(("ed", "ing")) and text.isalpha()


def _head(token: Token, *, shaped: bool = False, capitals: bool = False) -> bool:
    """Whether a word heads a role: an office, "counterpart", a job in lower case (or with
    a capital, before a name: "Goalkeeper X"), or, after "a" or "the", a lower-case word
    shaped like a job ("the cellist")."""
    lower = token.lower
    written = token.text.islower() or (capitals and token.text[1:].islower())
    return (
        lower in COUNTERPART
        or is_title(token.text)
        or (written and lower in OCCUPATIONS)
        or (token.text.islower() and shaped and job_shaped(lower))
    )


def _opening_job(token: Token) -> bool:
    """Whether a sentence's first word is shaped like a job and is no given name or
    adverb: "Botanist X", not "Hunter X" or "Later X"."""
    return (
        token.text[1:].islower()
        and job_shaped(token.lower)
        and token.lower not in NOT_NAMES
        and not is_given_name(token.text)
    )


def _opening_modifier(token: Token) -> bool:
    """Whether a sentence's first word names an office's field by its shape, as an
    adjective ("Artistic director X", "Postdoctoral researcher X") or a person's noun
    ("Volunteer coordinator X"), not a place or a body ("Yorkshire captain X")."""
    lower = token.lower
    return (
        token.text[1:].islower()
        and plain_modifier(attrs.evolve(token, text=lower))
        and (lower.endswith(_ADJECTIVE_ENDINGS) or lower in PERSON_NOUNS)
    )

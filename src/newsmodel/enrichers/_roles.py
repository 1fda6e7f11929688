"""Role patterns: the title before a name, the appositive after it, and counterparts.

Each pattern must match completely, or it gives nothing: a role is left out rather
than guessed.
"""

from __future__ import annotations

import attrs

from .._model import Organization, Role
from ._names import Name
from ._occupations import JOB_COMPOUNDS, JOB_MODIFIERS, OCCUPATIONS, job_shaped
from ._things import BODY_ENDINGS, CITIES
from ._tokens import Token
from ._words import (
    BODY_WORDS,
    CAPITAL_TITLES,
    COUNTRIES,
    HONORIFICS,
    NATIONALITIES,
    NOT_NAMES,
    ORGANIZATION_WORDS,
    PARTY_WORDS,
    PLACES,
    RANK_MODIFIERS,
    TITLE_MODIFIERS,
    UNSAID_WORDS,
    is_title,
)

__all__ = ["Guess", "roles"]

_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_APOSTROPHE_S = frozenset({"'s", "’s"})
_PREPOSITIONS = frozenset({"for", "of", "to", "at", "in", "with", "from", "on", "since", "who"})
_COUNTERPART = frozenset({"counterpart", "counterparts"})
# "was appointed ambassador", "named X as its new chief operating officer".
_AUXILIARIES = frozenset({"was", "is", "were", "are", "has", "have", "had", "been", "be", "will"})
# Words that end a description before a job: "a man who", "the son of".
_STOPS = _ARTICLES | _POSSESSIVES | _PREPOSITIONS | _AUXILIARIES | frozenset({"and", "or"})
_APPOINTED = frozenset({"appointed", "named", "elected", "made", "promoted", "nominated"})
# "works as a commentator", "served as ambassador".
_SERVES = frozenset("works worked serves served acts acted".split())
# Words between a name and its appointment that say when: "now works as", "was later named".
_ADVERBS = frozenset("now also later then currently still since recently formally".split())
# How many words an apposition between a name and its verb may have.
_MAX_APPOSITION = 12
# How many capitalised words name the place an envoy is sent to: "to the United Arab Emirates".
_MAX_PLACE_WORDS = 4
# Titles of courtesy: a role only when the sentence gives the person no office.
_COURTESY_TITLES = frozenset({"sheikh"})
# Verbs news copy puts before an office or a name: never part of a role's name.
_VERBS = frozenset(
    "said says say told tells added adds warned asked asks wrote writes according "
    "met meets thanked praised blamed urged called calls led leads than".split()
)
# How many words outside every list may stand before a job, in lower case: "the chief
# medical officer", "a former customs officer".
_MAX_PLAIN_MODIFIERS = 2
# Words of an office's portfolio after "of": "Minister of Foreign Affairs".
_PORTFOLIO = TITLE_MODIFIERS | frozenset({"of", "and", "&"})
# Lower-case words an office may end with after "of": "chief of staff".
_LOWER_TAILS = frozenset({"staff", "state", "government", "police", "mission"})


@attrs.frozen
class Guess:
    """What the patterns say about one name: its role, or whose counterpart it is.

    A counterpart holds the role of the person at ``counterpart_of`` (an index into the
    sentence's names), in ``country``.
    """

    roles: tuple[Role, ...] = ()
    counterpart_of: int | None = None
    country: str | None = None


@attrs.frozen
class _Phrase:
    names: tuple[str, ...]  # empty for "counterpart"; two for "founder and chief executive"
    country: str | None
    organization: str | None
    length: int
    possessive: bool  # it started with "his", "her"...
    owned: bool  # someone's: "her lawyer", "the company's chief executive"

    def roles(self) -> tuple[Role, ...]:
        org = Organization(self.organization) if self.organization else None
        return tuple(Role(name, country=self.country, organization=org) for name in self.names)


def roles(sentence: list[Token], names: list[Name]) -> list[Guess]:
    """Say, for each of ``names`` in ``sentence``, what role the text gives it."""
    return [_guess(sentence, names, index) for index in range(len(names))]


def _guess(sentence: list[Token], names: list[Name], index: int) -> Guess:
    """Every role the sentence gives a name: a title before it, an apposition before
    that title ("The pilot, Captain X"), an apposition after it and an appointment ("X,
    the former Brazil midfielder, was named coach"). A counterpart stands alone."""
    name = names[index]
    end = _before_honorifics(sentence, name.start)
    before = _before(sentence, names, index, end)
    if before is not None and not before[0].roles:
        return before[0]
    found: list[Role] = []
    if before is not None:
        found.extend(before[0].roles)
        outer = before[1]
        if outer < end and outer > 0 and sentence[outer - 1].text == ",":
            apposition = _before(sentence, names, index, outer)
            if apposition is not None:
                found[:0] = apposition[0].roles  # in the text's order
    after = _after(sentence, names, index)
    if after is not None and not after.roles and not found:
        return after
    later = [*(after.roles if after else ()), *_appointed(sentence, name)]
    if later and found and all(role.name.lower() in _COURTESY_TITLES for role in found):
        found = []  # "Sheikh X, the chairman": the office, not the courtesy
    return Guess((*found, *later))


def _before_honorifics(sentence: list[Token], start: int) -> int:
    """Where the words before a name end once "Sir", "Ms", "Dr." are passed over: "Air
    Chief Marshal Sir X", "The accountant, Ms X"."""
    while start > 0:
        token = sentence[start - 1]
        if token.text == "." and start > 1 and sentence[start - 2].lower in HONORIFICS:
            start -= 2
        elif token.lower in HONORIFICS and token.capitalized:
            start -= 1
        else:
            break
    return start


def _before(
    sentence: list[Token], names: list[Name], index: int, end: int
) -> tuple[Guess, int] | None:
    """ "President Ahmed Al-Sharaa", "Syrian Minister of Defense, Mareh Abu Qasra": the
    guess and where its phrase starts, from the words that end at ``end``."""
    comma = end > 0 and sentence[end - 1].text == ","
    end -= comma
    for start in range(max(0, end - 12), end):
        phrase = _phrase(sentence[start:end], articles=True, capitals=True)
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
        return Guess(phrase.roles()), start
    return None


def _after(sentence: list[Token], names: list[Name], index: int) -> Guess | None:
    """ "Mikhail Degtyarev, Russia's sports minister," and "..., his Russian counterpart"."""
    start = names[index].end
    if start >= len(sentence) or sentence[start].text != ",":
        return None
    start += 1
    if start + 1 < len(sentence) and sentence[start].text.isdigit():
        if sentence[start + 1].text != ",":
            return None
        start += 2  # "Anneke de Vries, 34, a nurse": the age first
    end = start
    while end < len(sentence) and sentence[end].text not in {",", ".", ";", "?", "!"}:
        end += 1
    segment = sentence[start:end]
    owner, skip = _owner_name(sentence, names, start, end)
    phrase = _phrase(segment[skip:], articles=owner is None)
    if phrase is None:
        return None
    rest = segment[skip + phrase.length :]
    if rest and not _goes_on(rest[0]):
        # "chairman of the Kisumu fishing cooperative": the office without what it is of
        phrase = _phrase(segment[skip:], articles=owner is None, tails=False)
        rest = segment[skip + phrase.length :] if phrase else rest
        if phrase is None or (rest and not _goes_on(rest[0])):
            return None
    if not phrase.names:
        if owner is not None:
            return Guess(counterpart_of=owner, country=phrase.country)
        if phrase.possessive:
            return Guess(counterpart_of=_subject(names, index), country=phrase.country)
        return None
    if owner is not None:
        return None  # "X, Y's chief of staff": the role is held under Y, not said here
    return Guess(phrase.roles())


def _goes_on(token: Token) -> bool:
    """Whether an apposition's office may be followed by this word: a preposition, "who",
    or a participle ("a fisherman missing since Tuesday", "a nurse based in Leeds")."""
    word = token.text
    return token.lower in _PREPOSITIONS or (
        word.islower() and word.isalpha() and len(word) > 4 and word.endswith(("ing", "ed"))
    )


def _qualified(tokens: list[Token]) -> bool:
    """Whether the words between an office and the comma before a name say where it is
    held or who the holder is: "for the ministry", "to Japan", "who treated him"."""
    return _of_something(tokens) or _to_a_place(tokens) or _relative(tokens)


def _to_a_place(tokens: list[Token]) -> bool:
    """ "the ambassador to Japan", "the envoy to the Sahel"."""
    words = tokens[1 + (len(tokens) > 1 and tokens[1].lower == "the") :]
    return (
        len(tokens) > 1
        and tokens[0].lower == "to"
        and 0 < len(words) <= _MAX_PLACE_WORDS
        and all(token.capitalized for token in words)
    )


def _relative(tokens: list[Token]) -> bool:
    """ "The paramedic who treated him, X": a relative clause in lower case."""
    return (
        1 < len(tokens) <= _MAX_APPOSITION
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


def _appointed(sentence: list[Token], name: Name) -> tuple[Role, ...]:
    """ "X was appointed ambassador to Brazil", "named X as its new chief operating
    officer", "X, twice a champion, now works as a commentator"."""
    at = name.start
    if at > 0 and sentence[at - 1].lower in _APPOINTED:
        at = name.end
    else:
        at = _past_apposition(sentence, name.end)
        verb = at
        while at < len(sentence) and sentence[at].lower in _AUXILIARIES | _ADVERBS:
            at += 1
        if at >= len(sentence):
            return ()
        if sentence[at].lower in _APPOINTED and at > verb:
            at += 1
        elif sentence[at].lower in _SERVES and at + 1 < len(sentence):
            at += 1
            if sentence[at].lower != "as":
                return ()
        else:
            return ()
    at += at < len(sentence) and sentence[at].lower == "as"
    phrase = _phrase(sentence[at:], articles=True)
    if phrase is None or not phrase.names:
        return ()
    rest = sentence[at + phrase.length :]
    if rest and rest[0].text[:1].isalnum() and rest[0].lower not in _PREPOSITIONS:
        return ()
    return phrase.roles()


def _past_apposition(sentence: list[Token], at: int) -> int:
    """Where the words after a name go on once a closed apposition (", 56, a nurse,") is
    passed over; ``at`` itself when there is none."""
    if at >= len(sentence) or sentence[at].text != ",":
        return at
    for end in range(at + 1, min(at + _MAX_APPOSITION, len(sentence))):
        if sentence[end].text in {".", ";", "?", "!"}:
            break
        if sentence[end].text == ",":
            return end + 1
    return at


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


def _phrase(
    tokens: list[Token],
    *,
    articles: bool,
    tails: bool = True,
    capitals: bool = False,
) -> _Phrase | None:
    """Parse ``[article|his] [nationality|Country's|Country|owner's] modifiers* TITLE [and
    modifiers* TITLE] [of|for tail]``.

    With ``capitals``, a job written with a capital heads it too ("Paramedic X").
    """
    at = 0
    possessive = determiner = False
    if tokens and articles and tokens[0].lower in _ARTICLES:
        at, determiner = 1, True
    elif tokens and tokens[0].lower in _POSSESSIVES:
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
        and tokens[at + 1].text in _APOSTROPHE_S
    ):
        country = tokens[at].text
        at += 2
    elif at + 1 < len(tokens) and tokens[at].text in COUNTRIES and determiner:
        country = tokens[at].text  # "the former Brazil midfielder"
        at += 1
    core_start = _owner(tokens, at)
    has_owner = core_start > at
    office = _office(tokens, core_start, determiner=determiner or has_owner, capitals=capitals)
    if office is None:
        return None
    words, head = office
    if tokens[head].lower in _COUNTERPART:
        if words != [tokens[head].text] or has_owner:
            return None  # "Lavrov's counterpart" is read from the names, not here
        return _Phrase((), country, None, head + 1, possessive, possessive)
    names = [" ".join(words)]
    at = head + 1
    if at + 1 < len(tokens) and tokens[at].lower == "and":
        second = _office(tokens, at + 1, determiner=determiner or has_owner, capitals=capitals)
        if second is not None and tokens[second[1]].lower not in _COUNTERPART:
            names.append(" ".join(second[0]))  # "founder and chief executive"
            head = second[1]
            at = head + 1
    organization = None
    if tails:
        names[-1], country, organization, at = _tailed(tokens, head, at, names[-1], country)
    return _Phrase(tuple(names), country, organization, at, possessive, possessive or has_owner)


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


def _office(
    tokens: list[Token], start: int, *, determiner: bool, capitals: bool = False
) -> tuple[list[str], int] | None:
    """The words of the office from ``start``, and where its head is: the modifiers and
    the title, without the words that only say when or how it is held ("former")."""
    head = None
    kept: list[int] = []
    plain = 0
    at = start
    while at < len(tokens):
        token = tokens[at]
        lower = token.lower
        # "Leading Seaman", "Research Fellow": a rank, not a description
        rank = (lower in RANK_MODIFIERS and token.capitalized) or token.text in CAPITAL_TITLES
        if ((lower in UNSAID_WORDS and lower != "new") or token.text == "new") and not rank:
            pass  # "the former chairman" was the chairman
        elif at + 1 < len(tokens) and (lower, tokens[at + 1].lower) in JOB_COMPOUNDS:
            kept.extend((at, at + 1))  # "lollipop lady", "Poet laureate"
            head = at = at + 1
        elif lower in JOB_MODIFIERS and _job_follows(tokens, at + 1):
            kept.append(at)  # "Racing driver", "primary school teacher"
        elif _head(token, shaped=determiner and not token.capitalized, capitals=capitals):
            head = at
            kept.append(at)
        elif lower in TITLE_MODIFIERS or rank:
            kept.append(at)
        elif not kept and _described(token):
            pass  # "the Nigerian-born architect", "a trained nurse"
        elif not kept and determiner and (token.text in COUNTRIES or token.text in NATIONALITIES):
            pass  # "the former Brazil midfielder", "a former French diplomat"
        elif _plain_modifier(token) and plain < _MAX_PLAIN_MODIFIERS:
            plain += 1
            kept.append(at)
        else:
            break
        at += 1
    if head is None:
        return None
    kept = [index for index in kept if index <= head]
    plain_before = any(
        index < head
        and _plain_modifier(tokens[index])
        and tokens[index].lower not in TITLE_MODIFIERS | JOB_MODIFIERS
        for index in kept
    )
    if plain_before and not tokens[head].text.islower():
        return None  # "met Foreign Minister": a capitalised office takes no plain word
    return [tokens[index].text for index in _without_bodies(tokens, kept, head)], head


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
        at for at, index in enumerate(kept) if index < head and tokens[index].lower in BODY_WORDS
    ]
    if bodies:
        kept = kept[bodies[-1] + 1 :]
    minister = tokens[head].lower in {"minister", "secretary"}
    while len(kept) > 1 and tokens[kept[0]].lower in PARTY_WORDS and not minister:
        kept = kept[1:]
    return kept


def _plain_modifier(token: Token) -> bool:
    """Whether a lower-case word outside every list may name an office's field, as
    "migration" in "migration minister": a noun, not a verb, a pronoun or a preposition."""
    lower = token.text
    return (
        lower.islower()
        and lower.replace("-", "").isalpha()
        and len(lower) > 2
        and lower not in _STOPS
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
        lower in _COUNTERPART
        or is_title(token.text)
        or (written and lower in OCCUPATIONS)
        or (token.text.islower() and shaped and job_shaped(lower))
    )


def _owner(tokens: list[Token], at: int) -> int:
    """Where the office starts after its holder's owner: "the company's", "Lyon's"."""
    start = at + (at < len(tokens) and tokens[at].lower == "the")
    for end in range(start + 1, min(start + 4, len(tokens))):
        if tokens[end].text in _APOSTROPHE_S:
            words = tokens[start:end]
            return end + 1 if all(token.text[:1].isalpha() for token in words) else at
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
    if at < len(tokens) and not the and _field(tokens, at):
        return [tokens[at].text], False, at + 1
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


def _field(tokens: list[Token], at: int) -> bool:
    """Whether the one lower-case word at ``at`` ends an office as its field: "head of
    music,", "director of sport at", "chief of staff"."""
    token = tokens[at]
    if token.lower in _LOWER_TAILS:
        return True
    follows = tokens[at + 1] if at + 1 < len(tokens) else None
    return _plain_modifier(token) and (
        follows is None or not follows.text[:1].isalnum() or follows.lower in _PREPOSITIONS
    )

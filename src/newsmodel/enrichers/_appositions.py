"""Appositions after a name: "Mikhail Degtyarev, Russia's sports minister,", "X, 34, a
nurse", "X, who is the group's finance director,", "X, his Russian counterpart".

An apposition is closed by a comma or the sentence's end; what may follow its office
inside it ("a nurse based in Leeds") is decided here.
"""

from __future__ import annotations

from ._guess import Guess, his_counterpart
from ._names import Name
from ._office_phrase import office_phrase
from ._role_words import ADVERBS, PREPOSITIONS, SERVES
from ._tokens import APOSTROPHE_S, Token

__all__ = ["apposition_after"]

# Words before an apposition's office that say it was held before: "formerly a teacher".
_ONCE = frozenset("formerly previously once".split())


def apposition_after(sentence: list[Token], names: list[Name], index: int) -> Guess | None:
    """ "Mikhail Degtyarev, Russia's sports minister," and "..., his Russian counterpart"."""
    start = names[index].end
    if start >= len(sentence) or sentence[start].text != ",":
        return None
    start += 1
    if start + 1 < len(sentence) and sentence[start].text.isdigit():
        if sentence[start + 1].text != ",":
            return None
        start += 2  # "Anneke de Vries, 34, a nurse": the age first
    start += _relative_copula(sentence, start)  # "X, who is the group's finance director,"
    while start < len(sentence) and sentence[start].lower in ADVERBS | _ONCE:
        start += 1  # "X, now a coach at Ely,", "X, formerly a teacher,"
    end = start
    while end < len(sentence) and sentence[end].text not in {",", ".", ";", "?", "!"}:
        end += 1
    segment = sentence[start:end]
    owner, skip = _owner_name(sentence, names, start, end)
    phrase = office_phrase(segment[skip:], articles=owner is None)
    if phrase is None:
        return None
    rest = segment[skip + phrase.length :]
    if rest and not _goes_on(rest[0]):
        # "chairman of the Kisumu fishing cooperative": the office without what it is of
        phrase = office_phrase(segment[skip:], articles=owner is None, tails=False)
        rest = segment[skip + phrase.length :] if phrase else rest
        if phrase is None or (rest and not _goes_on(rest[0])):
            return None
    if not phrase.names:
        if owner is not None:
            return Guess(counterpart_of=owner, country=phrase.country)
        if phrase.possessive:
            return his_counterpart(names, index, phrase.country)
        return None
    if owner is not None:
        return None  # "X, Y's chief of staff": the role is held under Y, not said here
    return Guess(phrase.roles())


def _relative_copula(sentence: list[Token], at: int) -> int:
    """How many words from ``at`` say that what follows is what the person is: "who is",
    "who was", "who has been", "who serves as"; none if they do not."""
    words = [token.lower for token in sentence[at : at + 3]]
    if words[:1] != ["who"] or len(words) < 2:
        return 0
    if words[1] in {"is", "was", "became"}:
        return 2
    if words[1:] in (["has", "been"], ["had", "been"]) or (
        words[1] in SERVES and words[2:] == ["as"]
    ):
        return 3
    return 0


def _goes_on(token: Token) -> bool:
    """Whether an apposition's office may be followed by this word: a preposition, "who",
    "and" ("a translator and the widow of"), or a participle ("a fisherman missing since
    Tuesday", "a nurse based in Leeds")."""
    word = token.text
    return token.lower in PREPOSITIONS | {"and"} or (
        word.islower() and word.isalpha() and len(word) > 4 and word.endswith(("ing", "ed"))
    )


def _owner_name(
    sentence: list[Token], names: list[Name], start: int, end: int
) -> tuple[int | None, int]:
    """The index of the name a segment starts with when "'s" follows, and its length."""
    for index, name in enumerate(names):
        if len(name.words) == 1 and not name.honorific:
            continue  # "Acme's chief executive": a body's, not a person's
        if name.start == start and name.end < end and sentence[name.end].text in APOSTROPHE_S:
            return index, name.end + 1 - start
    return None, 0

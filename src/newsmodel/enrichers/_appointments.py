"""Appointments: the office a verb gives a name, "X was appointed ambassador to Brazil",
"named X as its new chief operating officer", "X now works as a commentator".

The office stands after a verb, not beside the name, so it is read apart from titles and
appositions; an apposition between the name and its verb is passed over.
"""

from __future__ import annotations

from .._model import Role
from ._names import Name
from ._office_phrase import office_phrase
from ._role_words import ADVERBS, AUXILIARIES, MAX_APPOSITION, PREPOSITIONS, SERVES
from ._tokens import Token

__all__ = ["appointment"]

_APPOINTED = frozenset({"appointed", "named", "elected", "made", "promoted", "nominated"})


def appointment(sentence: list[Token], name: Name) -> tuple[Role, ...]:
    """ "X was appointed ambassador to Brazil", "named X as its new chief operating
    officer", "X, twice a champion, now works as a commentator"."""
    at = name.start
    if at > 0 and sentence[at - 1].lower in _APPOINTED:
        at = name.end
    else:
        at = _past_apposition(sentence, name.end)
        verb = at
        while at < len(sentence) and sentence[at].lower in AUXILIARIES | ADVERBS:
            at += 1
        if at >= len(sentence):
            return ()
        if sentence[at].lower in _APPOINTED and at > verb:
            at += 1
        elif sentence[at].lower in SERVES and at + 1 < len(sentence):
            at += 1
            if sentence[at].lower != "as":
                return ()
        else:
            return ()
    at += at < len(sentence) and sentence[at].lower == "as"
    for tails in (True, False):  # "captain for the Six Nations opener": without its tail
        phrase = office_phrase(sentence[at:], articles=True, tails=tails)
        if phrase is None or not phrase.names:
            return ()
        rest = sentence[at + phrase.length :]
        if not rest or not rest[0].text[:1].isalnum() or rest[0].lower in PREPOSITIONS:
            return phrase.roles()
    return ()


def _past_apposition(sentence: list[Token], at: int) -> int:
    """Where the words after a name go on once a closed apposition (", 56, a nurse,") is
    passed over; ``at`` itself when there is none."""
    if at >= len(sentence) or sentence[at].text != ",":
        return at
    for end in range(at + 1, min(at + MAX_APPOSITION, len(sentence))):
        if sentence[end].text in {".", ";", "?", "!"}:
            break
        if sentence[end].text == ",":
            return end + 1
    return at

"""The small words the role patterns read around an office: articles, possessives,
prepositions, auxiliaries and the verbs of an appointment.

Several patterns read them (a title before a name, an apposition after it, an
appointment), so they are named once, here, and no two patterns disagree about them.
"""

from __future__ import annotations

__all__ = [
    "ADVERBS",
    "ARTICLES",
    "AUXILIARIES",
    "COUNTERPART",
    "MAX_APPOSITION",
    "POSSESSIVES",
    "PREPOSITIONS",
    "SERVES",
    "STOPS",
]

ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"his", "her", "their", "its"})
PREPOSITIONS = frozenset({"for", "of", "to", "at", "in", "with", "from", "on", "since", "who"})
COUNTERPART = frozenset({"counterpart", "counterparts"})
# "was appointed ambassador", "named X as its new chief operating officer".
AUXILIARIES = frozenset({"was", "is", "were", "are", "has", "have", "had", "been", "be", "will"})
# Prepositions that name no field: "alongside councillor X" is a councillor.
_OTHER_PREPOSITIONS = frozenset(
    """
    alongside beside besides behind between among amid including like via without near
    into onto over under across after before during against towards toward through
    around beyond within outside inside unlike despite per plus upon by
    """.split()
)
# Words that end a description before a job: "a man who", "the son of".
STOPS = (
    ARTICLES
    | POSSESSIVES
    | PREPOSITIONS
    | _OTHER_PREPOSITIONS
    | AUXILIARIES
    | frozenset({"and", "or"})
)
# "works as a commentator", "served as ambassador".
SERVES = frozenset("works worked serves served acts acted".split())
# Words between a name and its appointment that say when: "now works as", "was later named".
ADVERBS = frozenset("now also later then currently still since recently formally".split())
# How many words an apposition between a name and its verb may have.
MAX_APPOSITION = 12

"""Words and sentences of English news copy, each with its character span."""

from __future__ import annotations

import re

import attrs

__all__ = ["APOSTROPHE_S", "Token", "opens_sentence", "sentences"]

# A word keeps its inner hyphens and apostrophes ("Yunus-Bek", "O'Brien"); a possessive
# "'s" is a token of its own, and so is every punctuation mark.
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*?(?=['’]s\b)|['’]s\b|\w+(?:[-'’]\w+)*|[^\w\s]")

# Words a full stop follows without ending the sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt maj capt sgt cmdr adm gov sen rep st jr sr rev "
    "no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_ENDS = frozenset(".!?")

#: The possessive, a token of its own: "Lavrov's", "the company’s".
APOSTROPHE_S: frozenset[str] = frozenset({"'s", "’s"})


@attrs.frozen
class Token:
    """One word or punctuation mark, with where it stands in its block's text."""

    text: str
    start: int
    end: int

    @property
    def capitalized(self) -> bool:
        """Whether it is a word that starts with a capital letter."""
        return self.text[:1].isupper()

    @property
    def lower(self) -> str:
        return self.text.lower()


def sentences(text: str) -> list[list[Token]]:
    """Split ``text`` into sentences of tokens.

    A sentence ends at ``.``, ``!`` or ``?`` (and any closing quote after it) unless the
    full stop follows an abbreviation ("Gen.") or a single capital letter ("J."), and at
    a line break.
    """
    found: list[list[Token]] = []
    current: list[Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        if current and "\n" in text[previous_end : match.start()]:
            found.append(current)
            current = []
        token = Token(match.group(), match.start(), match.end())
        current.append(token)
        previous_end = match.end()
        if token.text in _ENDS and not _abbreviation(current):
            found.append(current)
            current = []
        elif token.text in '"”’' and len(current) == 1 and found and _touching(found[-1], token):
            found[-1].append(current.pop())  # a quote closing the sentence before
    if current:
        found.append(current)
    return found


def opens_sentence(sentence: list[Token], index: int) -> bool:
    """Whether the token at ``index`` is the sentence's first word: only punctuation (an
    opening quote) stands before it."""
    return all(not token.text[:1].isalnum() for token in sentence[:index])


def _touching(sentence: list[Token], token: Token) -> bool:
    return sentence[-1].end == token.start


def _abbreviation(sentence: list[Token]) -> bool:
    if sentence[-1].text != "." or len(sentence) < 2:
        return False
    word = sentence[-2]
    if word.end != sentence[-1].start:
        return False
    return word.lower in _ABBREVIATIONS or (len(word.text) == 1 and word.capitalized)

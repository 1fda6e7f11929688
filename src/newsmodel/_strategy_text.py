"""News copy for the Hypothesis strategies: cheap to draw, and printed as the text itself.

A text is one number drawn from Hypothesis, not a word at a time: its lowest digits say
whether it is copy or arbitrary Unicode and how many words it has, the rest seeds the
choice of words. A long body costs one choice
instead of thousands (Hypothesis's cost is per choice, not per bit), and shrinking the
number towards 0 gives the fewest words, always the same ones. The text is made inside a
composite rather than by ``.map``, because Hypothesis prints a mapped value as the call
that made it (``make((3, 0))``) whenever that is shorter than the value.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ._vocabulary import LANGUAGES, Vocabulary

__all__ = ["prose"]

#: Text Hypothesis invents: any Unicode letter, mark, number, punctuation, symbol or
#: space, but no control characters or surrogates, which the model rejects.
_ANY_TEXT = st.text(
    st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=40
).filter(str.strip)

_SEEDS = 2**32
# Unless printable, one text in seven is arbitrary Unicode (kind 6); kind 0, the one
# shrinking aims at, is copy.
_KINDS = 7


@functools.cache
def prose(
    language: str, min_words: int, max_words: int, *, sentences: bool, printable: bool
) -> st.SearchStrategy[str]:
    """Copy in ``language`` of ``min_words`` to ``max_words`` words, in sentences or as a
    title; unless ``printable``, now and then arbitrary Unicode instead."""
    vocabulary = LANGUAGES[language]
    sizes = max_words - min_words + 1
    kinds = 1 if printable else _KINDS
    numbers = st.integers(0, kinds * sizes * _SEEDS - 1)

    @st.composite
    def draw_prose(draw: Callable[[st.SearchStrategy[Any]], Any]) -> str:
        number, kind = divmod(draw(numbers), kinds)
        if kind == _KINDS - 1:
            text: str = draw(_ANY_TEXT)
            return text
        seed, more_words = divmod(number, sizes)
        return _write(vocabulary, min_words + more_words, seed, sentences=sentences)

    return draw_prose()


def _write(vocabulary: Vocabulary, size: int, seed: int, *, sentences: bool) -> str:
    rng = random.Random(seed)
    words = rng.choices(vocabulary.words, k=size)
    if not sentences:
        return _capitalise(vocabulary.separator.join(words))
    text, start = [], 0
    while start < len(words):
        end = min(len(words), start + rng.randint(6, 18))
        text.append(
            _capitalise(vocabulary.separator.join(words[start:end])) + vocabulary.full_stop
        )
        start = end
    return vocabulary.separator.join(text)


def _capitalise(text: str) -> str:
    """``text`` with its first letter upper case (where the script has cases)."""
    return text[:1].upper() + text[1:]

"""The word trie matches what a plain alternation of its words matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsmodel._wordtrie import trie_pattern

WORDS = st.sets(st.text("abc é", min_size=1, max_size=4), min_size=1, max_size=12)


@given(WORDS, st.text("abc é", max_size=20))
def test_a_trie_finds_what_the_alternation_finds(words: set[str], text: str) -> None:
    longest_first = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    assert bool(re.search(trie_pattern(words), text)) == bool(re.search(longest_first, text))


def test_a_space_may_match_any_white_space() -> None:
    assert re.fullmatch(trie_pattern({"de mayo"}, space=r"\s+"), "de \n mayo")
    assert not re.fullmatch(trie_pattern({"de mayo"}), "de \n mayo")

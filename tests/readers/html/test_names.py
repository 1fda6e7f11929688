"""Class and id names tested against word patterns, in any case, ASCII or not."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.readers.html._names import AnyCase

PATTERN = r"\bby-?line\b|comment|straße"


class TestAnyCase:
    """``found_in`` agrees with a case-insensitive ``re.search`` on every text."""

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            ("post-byline", True),
            ("Post-ByLine", True),
            ("BY-LINE wide", True),
            ("bylines", False),
            ("CommentList", True),
            ("no match", False),
            ("", False),
            ("Große STRASSE", False),
            ("Hauptstraße", True),
            ("HAUPTSTRAẞE", True),
            ("Ünïcode COMMENTS", True),
        ],
    )
    def test_found_in(self, text: str, found: bool) -> None:
        assert AnyCase(PATTERN).found_in(text) is found

    @given(st.text(alphabet=st.sampled_from("bBYyLlIiNnEe- çÇẞßsStTrRaAßcCoOmM"), max_size=20))
    def test_same_as_ignorecase(self, text: str) -> None:
        assert AnyCase(PATTERN).found_in(text) is (re.search(PATTERN, text, re.I) is not None)

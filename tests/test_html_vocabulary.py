"""The HTML reader's shared vocabulary: one answer, wherever a rule asks."""

from __future__ import annotations

import pytest

from newsmodel.readers.html.vocabulary import SPACELESS, WIDE


class TestScripts:
    """Wide scripts count twice in length rules; spaceless ones have no words to count.
    The two differ on purpose: Korean spaces its words, Thai says no more per character
    than a Latin script."""

    @pytest.mark.parametrize(
        "text",
        ["新闻", "ニュース", "뉴스", "ﾆｭｰｽ", "ＡＢＣ", "。", "豈"],
    )
    def test_wide(self, text: str) -> None:
        assert WIDE.fullmatch(text[0])

    @pytest.mark.parametrize("text", ["ข่าว", "News", "Новости", "أخبار"])
    def test_not_wide(self, text: str) -> None:
        assert not WIDE.search(text)

    @pytest.mark.parametrize("text", ["新闻", "ニュース", "ข่าว", "ຂ່າວ", "ព័ត៌មាន", "သတင်း"])
    def test_spaceless(self, text: str) -> None:
        assert SPACELESS.search(text)

    @pytest.mark.parametrize("text", ["뉴스", "ㅎ", "News", "Новости", "ＡＢＣ"])
    def test_spaced(self, text: str) -> None:
        assert not SPACELESS.search(text)

"""The HTML reader's shared vocabulary: one answer, wherever a rule asks."""

from __future__ import annotations

import re

import pytest

import newsmodel
from newsmodel.readers.html.bylines import names_in, tidy_name
from newsmodel.readers.html.vocabulary import (
    BOILERPLATE,
    BYLINE_PREFIX,
    COMMENT_SECTION,
    NAME_CHARS_MAX,
    NAME_SEPARATORS,
    NAME_WORDS_MAX,
    PAGE_FURNITURE,
    RELATED_BLOCK,
    SPACELESS,
    WIDE,
    class_words,
)


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


_PREFIXED = [
    "By Jane Roe",
    "by Jane Roe",
    "BY: Jane Roe",
    "Written by Jane Roe",
    "Posted by: Jane Roe",
    "Author: Jane Roe",
    "Reporter - Jane Roe",
    "Von Jane Roe",
    "Par Jane Roe",
    "Por Jane Roe",
    "Door Jane Roe",
    "di Jane Roe",
]


class TestBylinePrefix:
    """Every rule that reads a name drops the same prefixes: "By" in its English forms and
    labels, and its German, French, Spanish, Dutch and Italian words before a capital."""

    @pytest.mark.parametrize("text", _PREFIXED)
    def test_dropped(self, text: str) -> None:
        assert BYLINE_PREFIX.sub("", text) == "Jane Roe"

    @pytest.mark.parametrize(
        "name", ["von der Leyen", "Von der Leyen", "Di maio", "Byron Shaw", "Paris Hilton"]
    )
    def test_surnames_kept(self, name: str) -> None:
        assert BYLINE_PREFIX.sub("", name) == name

    @pytest.mark.parametrize("text", _PREFIXED)
    def test_bylines(self, text: str) -> None:
        assert names_in(text) == ("Jane Roe",)
        assert tidy_name(text) == "Jane Roe"

    @pytest.mark.parametrize("text", _PREFIXED)
    def test_teasers_and_comments(self, text: str) -> None:
        teasers = "".join(
            f'<article><h2><a href="/news/story-{n}">Ferry service resumes number {n}</a></h2>'
            f'<p>A short summary of the story, in one sentence.</p><span class="byline">{text}'
            "</span></article>"
            for n in range(4)
        )
        comment = (
            '<ol class="comment-list"><li class="comment"><div class="user-name">'
            f'{text}</div><div class="comment-content"><p>Good news.</p></div></li></ol>'
        )
        page = f"<html><head><title>News</title></head><body>{teasers}</body></html>"
        listed = newsmodel.read_all(page, format="html", url="https://example.org/")
        assert [a.name for article in listed for a in article.authors] == ["Jane Roe"] * 4
        article = newsmodel.read(
            f"<html><head><title>T</title></head><body><h1>T</h1>{comment}</body></html>"
        )
        assert [c.author.name for c in article.comments if c.author] == ["Jane Roe"]


class TestNameLength:
    """A person's name is at most NAME_CHARS_MAX characters and NAME_WORDS_MAX words in
    every rule."""

    def test_limits(self) -> None:
        long_name = "Jane " + "R" * (NAME_CHARS_MAX - 5)
        assert names_in(f"By {long_name}") == (long_name,)
        assert names_in(f"By {long_name}x") == ()
        assert NAME_WORDS_MAX == 6


class TestClassWords:
    """One group of words per kind of block; each rule takes the groups it means."""

    @pytest.mark.parametrize(
        "names", ["sponsored-content", "also-read-news", "peach-recommendation-see-also"]
    )
    def test_boilerplate(self, names: str) -> None:
        assert BOILERPLATE.found_in(names)

    @pytest.mark.parametrize("names", ["how-popular-is-it", "trending-topics", "unrelated"])
    def test_not_boilerplate(self, names: str) -> None:
        assert not BOILERPLATE.found_in(names)

    @pytest.mark.parametrize("names", ["most-popular", "trending", "read-next"])
    def test_furniture(self, names: str) -> None:
        assert PAGE_FURNITURE.found_in(names)

    @pytest.mark.parametrize(("names", "found"), [("comments", True), ("comments-open", False)])
    def test_comment_sections(self, names: str, found: bool) -> None:
        assert COMMENT_SECTION.found_in(names) is found

    @pytest.mark.parametrize(
        ("names", "found"),
        [("readmore-item", True), ("read-more", True), ("recommendations", False)],
    )
    def test_related_blocks(self, names: str, found: bool) -> None:
        assert RELATED_BLOCK.found_in(names) is found

    def test_class_words(self) -> None:
        pattern = re.compile(class_words(("nav",), ("tags?",)))
        assert pattern.search("site-nav")
        assert pattern.search("post_tags")
        assert not pattern.search("navigation")
        assert not pattern.search("stage")


def test_a_page_taking_comments_still_lists() -> None:
    teasers = "".join(
        f'<article><h2><a href="/news/story-{n}">Ferry service resumes number {n}</a></h2>'
        "<p>A short summary of the story, in one sentence.</p></article>"
        for n in range(4)
    )
    page = f'<html><head><title>News</title></head><body class="comments-open">{teasers}</body>'
    assert len(newsmodel.read_all(page, format="html", url="https://example.org/")) == 4


class TestNameSeparators:
    """Bylines and listing teasers split several people's names the same way."""

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ("Ann Lee, Bo Chan & Cy Dee", ["Ann Lee", "Bo Chan", "Cy Dee"]),
            ("Anna Schmidt und Jan Berg", ["Anna Schmidt", "Jan Berg"]),
            ("Marie Dubois et Paul Martin", ["Marie Dubois", "Paul Martin"]),
            ("José Ortega y Gasset", ["José Ortega y Gasset"]),
        ],
    )
    def test_split(self, text: str, names: list[str]) -> None:
        assert NAME_SEPARATORS.split(text) == names

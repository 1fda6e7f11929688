"""A headline read off the story where the page's metadata and ``<title>`` name none: the
``<h1>`` nearest the story, the first heading of the body, the story's opening words, each
with a warning; a page with neither a headline nor a story has no article."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import ReadError, ReadWarning
from newsmodel._html import parse_html
from newsmodel.readers.html.page import Page
from newsmodel.readers.html.sources.story import H1_CHARACTERS_MAX, OPENING_WORDS, h1_places

STORY = (
    "<p>The ferry to the northern islands ran again on Monday, after a winter in which "
    "storms kept it in harbour for eleven weeks, islanders said.</p>"
    "<p>Its owners, who had threatened to end the service, agreed a new timetable with the "
    "council, which pays for the winter crossings, late on Friday.</p>"
)


def read(page: str) -> newsmodel.SourcedArticle:
    return newsmodel.read_with_sources(page, format="html")


class TestTheH1NearestTheStory:
    """With no metadata and no ``<title>``, the ``<h1>`` nearest the story names it."""

    def test_a_bare_article(self) -> None:
        with pytest.warns(ReadWarning, match="took the <h1> nearest the story"):
            found = read(f"<article><h1>Ferry back</h1>{STORY}</article>")
        assert found.article.headline == "Ferry back"
        assert found.sources["headline"] == "h1"
        assert found.article.text.startswith("The ferry to the northern islands")

    def test_a_damaged_head_and_a_site_banner(self) -> None:
        """The site's banner ``<h1>`` comes first in the page, but further from the story;
        the body's extraction drops the header holding it."""
        page = (
            "<html><head><meta charset='utf-8'></head><body>"
            "<header><h1>Harbour Herald</h1></header>"
            f"<div class='main'><div class='story'><h1>Ferry back</h1>{STORY}</div></div>"
            "</body></html>"
        )
        with pytest.warns(ReadWarning, match="<h1> nearest the story"):
            assert read(page).article.headline == "Ferry back"

    def test_an_h1_without_a_story(self) -> None:
        with pytest.warns(ReadWarning, match="<h1> nearest the story"):
            found = read("<html><body><h1>Ferry back</h1><p>Soon.</p></body></html>")
        assert found.article.headline == "Ferry back"
        assert found.article.body == ()

    def test_an_h1_holding_a_whole_page_is_no_headline(self) -> None:
        text = "word " * (H1_CHARACTERS_MAX // 4)
        assert h1_places(Page(parse_html(f"<h1>{text}</h1><h1>Ferry</h1>"), None))[0].text == (
            "Ferry"
        )


class TestTheFirstHeadingOfTheBody:
    def test_without_an_h1(self) -> None:
        page = f"<html><body><article><h2>Ferry back</h2>{STORY}</article></body></html>"
        with pytest.warns(ReadWarning, match="took the first heading of the body"):
            found = read(page)
        assert found.article.headline == "Ferry back"
        assert found.sources["headline"] == "heading"


class TestTheOpeningWords:
    def test_the_first_sentence(self) -> None:
        page = (
            "<html><body><article><p>Ferry runs again. The ferry to the northern islands "
            "ran again on Monday, after a winter in which storms kept it in harbour.</p>"
            "</article></body></html>"
        )
        with pytest.warns(ReadWarning, match="took the story's opening words"):
            found = read(page)
        assert found.article.headline == "Ferry runs again."
        assert found.sources["headline"] == "opening"

    def test_a_long_sentence_is_cut(self) -> None:
        with pytest.warns(ReadWarning, match="opening words"):
            headline = read(f"<html><body>{STORY}</body></html>").article.headline
        assert headline == "The ferry to the northern islands ran again on Monday, after a…"
        assert len(headline.split()) == OPENING_WORDS


class TestTheH1OverAShortTitle:
    """A ``<title>`` the ``<h1>`` nearest the story says all of, and more, gives way to it;
    the markup's headline never does, nor a title that says something else."""

    def test_a_title_cut_short(self, recwarn: pytest.WarningsRecorder) -> None:
        page = (
            "<html><head><title>Ferry back to the northern isl | Harbour Herald</title>"
            '<meta property="og:site_name" content="Harbour Herald">'
            f"</head><body><article><h1>Ferry back to the northern islands</h1>{STORY}"
            "</article></body></html>"
        )
        found = read(page)
        assert found.article.headline == "Ferry back to the northern islands"
        assert found.sources["headline"] == "h1"
        assert not [w for w in recwarn.list if w.category is ReadWarning]

    def test_a_shortened_title(self) -> None:
        page = (
            "<html><head><title>The ferry is back</title></head><body><header>"
            "<h1>Harbour Herald</h1></header><article><h1>After a long winter: the ferry "
            f"is back</h1>{STORY}</article></body></html>"
        )
        assert read(page).article.headline == "After a long winter: the ferry is back"

    def test_the_markup_headline_stays(self) -> None:
        page = (
            '<html><head><meta property="og:title" content="Ferry back to the northern isl">'
            f"</head><body><article><h1>Ferry back to the northern islands</h1>{STORY}"
            "</article></body></html>"
        )
        found = read(page)
        assert found.article.headline == "Ferry back to the northern isl"
        assert found.sources["headline"] == "opengraph"


class TestWhatStaysAsItWas:
    def test_the_title_still_comes_first_without_a_warning(
        self, recwarn: pytest.WarningsRecorder
    ) -> None:
        page = f"<html><head><title>Ferry back</title></head><body><h1>Other</h1>{STORY}"
        found = read(page)
        assert (found.article.headline, found.sources["headline"]) == ("Ferry back", "title")
        assert not [w for w in recwarn.list if w.category is ReadWarning]

    @pytest.mark.parametrize(
        "page", ["<html><body></body></html>", "<html><body><p>x</p></body></html>", ""]
    )
    def test_neither_a_headline_nor_a_story_is_no_article(self, page: str) -> None:
        with pytest.raises(ReadError, match="no article found"):
            newsmodel.read(page, format="html")

"""newsmodel.strategies.article_pages: pages with known truth, and newsmodel reading them.

newsmodel eats its own cooking: every generated page is read with :func:`newsmodel.read`
and checked against the truth it was rendered from. A case the readers do not handle yet
is marked ``xfail(strict=True)`` with its reason, so that fixing it turns the mark red.
"""

from __future__ import annotations

import collections
import datetime as dt
import re
import warnings
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings

import newsmodel
from newsmodel.strategies import (
    ARTICLE_TEMPLATES,
    LANGUAGE_TAGS,
    Agreement,
    DataSource,
    Furniture,
    PageSample,
    article_pages,
)

EXAMPLES = 40  # per template and check: the suite stays quick; CI may raise it
KNOWN_FAILURE_EXAMPLES = 400
_WRITTEN_WITHOUT_SPACES = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


def tokens(text: str, *, characters: bool) -> list[str]:
    """Words, or characters for text written without spaces between words (Chinese)."""
    return [ch for ch in text if not ch.isspace()] if characters else text.split()


def body_f1(truth: str, found: str) -> float:
    """The F1 score of the tokens found against the true ones (bags of tokens), counted
    in characters where the truth is written without spaces."""
    characters = bool(_WRITTEN_WITHOUT_SPACES.search(truth))
    wanted = collections.Counter(tokens(truth, characters=characters))
    got = collections.Counter(tokens(found, characters=characters))
    common = sum((wanted & got).values())
    if not common:
        return float(not wanted and not got)
    precision, recall = common / sum(got.values()), common / sum(wanted.values())
    return 2 * precision * recall / (precision + recall)


def read(sample: PageSample[newsmodel.Article]) -> newsmodel.Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsmodel.ReadWarning)
        return newsmodel.read(sample.page.content, url=sample.page.url)


def _minute(value: dt.datetime | dt.date | None) -> dt.datetime | dt.date | None:
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0)
    return value


def check_headline(truth: newsmodel.Article, found: newsmodel.Article) -> None:
    assert found.headline == truth.headline


def check_authors(truth: newsmodel.Article, found: newsmodel.Article) -> None:
    assert [a.name for a in found.authors] == [a.name for a in truth.authors]


def check_date(truth: newsmodel.Article, found: newsmodel.Article) -> None:
    assert type(found.date_published) is type(truth.date_published)
    assert _minute(found.date_published) == truth.date_published


def check_body(truth: newsmodel.Article, found: newsmodel.Article) -> None:
    assert body_f1(truth.text, found.text) >= 0.95


def check_related(truth: newsmodel.Article, found: newsmodel.Article) -> None:
    assert len(found.related) == len(truth.related)


def check_comments(truth: newsmodel.Article, found: newsmodel.Article) -> None:
    assert len(found.all_comments) == len(truth.all_comments)


CHECKS: dict[str, Callable[[newsmodel.Article, newsmodel.Article], None]] = {
    "headline": check_headline,
    "authors": check_authors,
    "date": check_date,
    "body": check_body,
    "related": check_related,
    "comments": check_comments,
}

# (template, check): why the readers fail it today. Each is reported with a repro.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}
# (language, check): why the readers fail pages in that language today.
KNOWN_LANGUAGE_FAILURES: dict[tuple[str, str], str] = {}


def _cases() -> list[object]:
    cases: list[object] = []
    for template in ARTICLE_TEMPLATES:
        for check in CHECKS:
            reason = KNOWN_FAILURES.get((template, check))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(template, check, marks=marks, id=f"{template}-{check}"))
    return cases


# What a known failure is looked for with: every phase but shrinking and explaining.
_FINDING = tuple(phase for phase in Phase if phase not in (Phase.shrink, Phase.explain))


class TestReadBack:
    """newsmodel reads each template's pages back to their truth."""

    @pytest.mark.parametrize(("template", "check"), _cases())
    def test_field(self, template: str, check: str) -> None:
        known = (template, check) in KNOWN_FAILURES  # found, not shrunk again: it costs
        # A known failure is looked for twice, as the other checks look and longer (each
        # stops at the first): the pages drawn vary with the number of examples and with
        # what ran before in the session, and a strict xfail must fail.
        for count in (EXAMPLES, KNOWN_FAILURE_EXAMPLES) if known else (EXAMPLES,):

            @settings(
                max_examples=count,
                deadline=None,
                derandomize=True,  # the same pages each run, so that a failure stays known
                database=None,
                phases=_FINDING if known else tuple(Phase),
                suppress_health_check=[HealthCheck.too_slow],
            )
            @given(article_pages(templates=[template], language="en"))
            def reads_back(sample: PageSample[newsmodel.Article]) -> None:
                CHECKS[check](sample.truth, read(sample))

            reads_back()


class TestOtherLanguages:
    """Pages in every language read back too, body F1 in characters for Chinese."""

    @pytest.mark.parametrize(
        ("language", "check"),
        [
            pytest.param(
                language,
                check,
                marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [],
                id=f"{check}-{language}",
            )
            for check in ("headline", "authors", "date", "body", "comments")
            for language in LANGUAGE_TAGS
            if language != "en"
            for reason in [KNOWN_LANGUAGE_FAILURES.get((language, check))]
        ],
    )
    def test_field(self, language: str, check: str) -> None:
        known = (language, check) in KNOWN_LANGUAGE_FAILURES  # found, not shrunk again

        @settings(
            max_examples=KNOWN_FAILURE_EXAMPLES if known else 15,
            deadline=None,
            derandomize=True,
            database=None,
            phases=(Phase.generate,) if known else tuple(Phase),
        )
        @given(article_pages(templates=["wordpress", "jsonld-only"], language=language))
        def reads_back(sample: PageSample[newsmodel.Article]) -> None:
            CHECKS[check](sample.truth, read(sample))

        reads_back()


class TestKnobs:
    """Every knob is honoured, and a bad value is named."""

    @pytest.mark.parametrize(
        ("knobs", "named"),
        [
            ({"templates": ["blogger"]}, "blogger"),
            ({"furniture": ["popup"]}, "popup"),
            ({"sources": ["rdfa"]}, "rdfa"),
            ({"agreement": "mostly"}, "mostly"),
            ({"min_blocks": 5, "max_blocks": 2}, "min_blocks"),
            ({"templates": ["jsonld-only"], "agreement": "partial"}, "jsonld-only"),
        ],
    )
    def test_bad_value_is_named(self, knobs: dict[str, object], named: str) -> None:
        with pytest.raises(ValueError, match=named):
            article_pages(**knobs)  # type: ignore[arg-type]

    @settings(max_examples=20, deadline=None)
    @given(article_pages(templates=["newspaper", "amp"]))
    def test_templates(self, sample: PageSample[newsmodel.Article]) -> None:
        assert sample.page.template in {"newspaper", "amp"}

    @settings(max_examples=20, deadline=None)
    @given(article_pages(templates=["wordpress"], furniture=[Furniture.COMMENTS]))
    def test_furniture(self, sample: PageSample[newsmodel.Article]) -> None:
        assert sample.page.furniture == {Furniture.COMMENTS}
        assert "cookie" not in sample.page.content
        assert not sample.truth.related

    @settings(max_examples=20, deadline=None)
    @given(
        article_pages(
            templates=["newspaper"], sources=["open-graph"], agreement=Agreement.COMPLETE
        )
    )
    def test_sources(self, sample: PageSample[newsmodel.Article]) -> None:
        assert sample.page.sources == {DataSource.OPEN_GRAPH}
        assert 'property="og:title"' in sample.page.content
        assert "application/ld+json" not in sample.page.content

    @settings(max_examples=20, deadline=None)
    @given(article_pages(agreement="absent"))
    def test_absent(self, sample: PageSample[newsmodel.Article]) -> None:
        assert sample.page.template != "jsonld-only"
        assert "application/ld+json" not in sample.page.content
        assert "og:" not in sample.page.content

    @settings(max_examples=30, deadline=None)
    @given(article_pages(agreement="contradicting", sources=["json-ld", "open-graph"]))
    def test_contradictions_are_noted(self, sample: PageSample[newsmodel.Article]) -> None:
        truth = sample.truth
        if truth.portal is not None:
            assert any("og:title" in note for note in sample.page.notes)
        if len(truth.headline) > 110:
            assert any("cut to 110" in note for note in sample.page.notes)

    @settings(max_examples=20, deadline=None)
    @given(article_pages(language="ar"))
    def test_language(self, sample: PageSample[newsmodel.Article]) -> None:
        assert sample.truth.language in (None, "ar", "ar-SY")
        if sample.truth.language:
            assert 'dir="rtl"' in sample.page.content

    @settings(max_examples=20, deadline=None)
    @given(article_pages(min_blocks=3, max_blocks=4))
    def test_blocks(self, sample: PageSample[newsmodel.Article]) -> None:
        shown = sample.truth.body
        if sample.page.template != "jsonld-only":  # its body is the text's paragraphs
            assert 3 <= len(shown) <= 4

    def test_shrinks_to_a_small_readable_page(self) -> None:
        page, truth = find(article_pages(), lambda sample: True)
        assert page.template == "wordpress"
        assert page.furniture == frozenset()
        assert len(truth.body) == 1
        assert re.fullmatch(r"[A-Z][a-z]+( [a-z]+)*", truth.headline), truth.headline
        assert len(page.content) < 3000


class TestFurnitureIsShown:
    """``page.furniture`` lists what the page shows, and asked-for furniture is shown."""

    @settings(max_examples=60, deadline=None)
    @given(article_pages(printable=True))
    def test_listed_furniture_is_shown(self, sample: PageSample[newsmodel.Article]) -> None:
        page, truth = sample
        if Furniture.COMMENTS in page.furniture and page.template != "amp":
            assert truth.comments
            assert truth.comments_open is not None
        if Furniture.COMMENTS in page.furniture and page.template == "amp":
            assert "comments-link" in page.content  # linked; its truth has no comments
        if Furniture.RELATED in page.furniture:
            assert truth.related
        if Furniture.BREADCRUMBS in page.furniture:
            assert truth.section is not None
        if Furniture.RAIL in page.furniture:
            assert page.template in ("wordpress", "newspaper")

    @settings(max_examples=20, deadline=None)
    @given(
        article_pages(
            templates=["wordpress", "newspaper", "table"],
            furniture=["comments", "related", "breadcrumbs"],
        )
    )
    def test_asked_furniture_appears(self, sample: PageSample[newsmodel.Article]) -> None:
        page, truth = sample
        assert page.furniture == {Furniture.COMMENTS, Furniture.RELATED, Furniture.BREADCRUMBS}
        assert truth.comments
        assert truth.related
        assert truth.section is not None

    def test_templates_that_cannot_show_the_furniture_are_not_drawn(self) -> None:
        sample = find(article_pages(furniture=["rail"]), lambda s: True)
        assert sample.page.template in ("wordpress", "newspaper")
        with pytest.raises(ValueError, match="cannot go together"):
            article_pages(templates=["amp", "table"], furniture=["rail"])


class TestContradictions:
    """A contradicting page always contradicts something, and says what."""

    @settings(max_examples=60, deadline=None)
    @given(article_pages(agreement="contradicting", min_blocks=1, max_blocks=1))
    def test_asked_for_always_contradicts(self, sample: PageSample[newsmodel.Article]) -> None:
        assert sample.page.agreement is Agreement.CONTRADICTING
        assert sample.page.notes, sample.page.sources

    @settings(max_examples=60, deadline=None)
    @given(article_pages())
    def test_drawn_contradicts_or_is_complete(self, sample: PageSample[newsmodel.Article]) -> None:
        if sample.page.agreement is Agreement.CONTRADICTING:
            assert sample.page.notes

    @settings(max_examples=20, deadline=None)
    @given(article_pages(sources=["meta", "microdata"]))
    def test_nowhere_to_contradict_is_complete(
        self, sample: PageSample[newsmodel.Article]
    ) -> None:
        assert sample.page.agreement is not Agreement.CONTRADICTING


class TestAddresses:
    """Article pages are served where stories are: host, section, day, headline."""

    def test_story_address(self) -> None:
        from newsmodel._synthetic.addresses import story_url

        world = newsmodel.Section("World")
        url = story_url(
            "news.example", "Harbour reopens!", section=world, published=dt.date(2024, 3, 5)
        )
        assert url == "https://news.example/world/2024/03/05/harbour-reopens"
        assert story_url("news.example", "Новости дня") == (
            "https://news.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8-%D0%B4%D0%BD%D1%8F"
        )
        assert story_url("news.example", "…") == "https://news.example/story"

    @settings(max_examples=60, deadline=None)
    @given(article_pages(printable=False))
    def test_pages_are_served_at_story_addresses(
        self, sample: PageSample[newsmodel.Article]
    ) -> None:
        page, truth = sample
        path = urlsplit(page.url).path
        assert path.strip("/"), page.url
        assert not urlsplit(page.url).query, page.url
        assert truth.url == page.url
        if page.template == "amp":
            assert path.endswith("/amp")
            assert truth.canonical_url == page.url.removesuffix("/amp")
        published = truth.date_published
        if published is not None and page.template not in ("table", "amp"):
            assert f"/{published:%Y/%m/%d}/" in path


class TestChromeLanguage:
    """Arabic pages are right to left, and their chrome is in the page's language."""

    @settings(max_examples=30, deadline=None)
    @given(article_pages(language="ar", templates=["wordpress", "amp", "newspaper", "table"]))
    def test_arabic_pages_are_rtl(self, sample: PageSample[newsmodel.Article]) -> None:
        html = re.search(r"<html[^>]*>", sample.page.content)
        assert html
        assert 'dir="rtl"' in html[0]

    @settings(max_examples=30, deadline=None)
    @given(
        article_pages(
            language="ar", templates=["wordpress", "amp"], furniture=["comments", "related"]
        )
    )
    def test_arabic_chrome(self, sample: PageSample[newsmodel.Article]) -> None:
        content = sample.page.content
        for english in ("Related<", "Comments are closed", "Leave a Reply", ">By ", " by <"):
            assert english not in content

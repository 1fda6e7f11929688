"""newsmodel.strategies: valid, realistic objects, and from_type without setup."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from drawing import draw_many
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import strategies
from newsmodel._checks import url_problem
from newsmodel.strategies import articles

MODEL_TYPES = [
    newsmodel.Article,
    newsmodel.Comment,
    newsmodel.Figure,
    newsmodel.Heading,
    newsmodel.Image,
    newsmodel.ListBlock,
    newsmodel.Organization,
    newsmodel.Paragraph,
    newsmodel.Person,
    newsmodel.Portal,
    newsmodel.Quote,
    newsmodel.Related,
    newsmodel.Role,
    newsmodel.Section,
]
ARABIC = re.compile("[\u0600-\u06ff]")


def depth(comment: newsmodel.Comment) -> int:
    return 1 + max((depth(reply) for reply in comment.replies), default=0)


def strings(value: Any) -> Iterator[str]:
    """Every string in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


class TestFromType:
    """The hypothesis entry point registers every model type."""

    @pytest.mark.parametrize("kind", MODEL_TYPES, ids=lambda kind: kind.__name__)
    def test_from_type(self, kind: type) -> None:
        @settings(max_examples=10)
        @given(st.from_type(kind))
        def check(value: object) -> None:
            assert type(value) is kind

        check()

    @pytest.mark.parametrize(
        "first_import",
        [
            "from hypothesis import strategies as st; import newsmodel",
            # strategies imports Hypothesis, whose entry point calls newsmodel's hook meanwhile
            "import newsmodel.strategies, newsmodel; from hypothesis import strategies as st",
        ],
    )
    def test_registered_whatever_is_imported_first(self, first_import: str) -> None:
        code = f"{first_import}; print(type(st.from_type(newsmodel.Heading).example()).__name__)"
        done = subprocess.run(
            [sys.executable, "-W", "ignore", "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )
        assert done.stdout.split()[-1] == "Heading"

    def test_round_trip_passes_default_settings_from_the_first_example(self) -> None:
        """Hypothesis's deadline and health checks hold the first examples too; the first
        read() of a process loads its reader, which importing the strategies has done."""
        code = """
from hypothesis import given, settings, strategies as st
import newsmodel

@settings(max_examples=20, derandomize=True)
@given(st.from_type(newsmodel.Article), st.sampled_from(["json", "jsonld", "html"]))
def round_trip(article, format):
    back = newsmodel.read(newsmodel.write(article, format), format=format)
    assert format != "json" or back == article

round_trip()
print("passed")
"""
        # derandomize=True implies database=None: nothing is written to the directory
        done = subprocess.run(
            [sys.executable, "-c", code], check=False, capture_output=True, text=True
        )
        assert done.stdout.split() == ["passed"], done.stderr[-3000:]


class TestParameters:
    """Parameters constrain what is generated."""

    @settings(max_examples=30)
    @given(articles(language="ar", with_comments=True))
    def test_language_and_comments(self, article: newsmodel.Article) -> None:
        assert article.language in (None, "ar", "ar-SY")
        assert article.comments
        assert article.comments_open is not None

    @settings(max_examples=30)
    @given(articles(with_comments=False))
    def test_without_comments(self, article: newsmodel.Article) -> None:
        assert article.comments == ()

    @settings(max_examples=30)
    @given(strategies.people(with_roles=True))
    def test_people_with_roles(self, person: newsmodel.Person) -> None:
        assert person.roles

    def test_unknown_language(self) -> None:
        with pytest.raises(ValueError, match="language must be one of"):
            articles(language="tlh").example()

    @pytest.mark.parametrize("domain", ["example.com:99999", "example.com:http", "a b"])
    def test_a_domain_that_makes_no_url(self, domain: str) -> None:
        with pytest.raises(ValueError, match=f"domain {domain!r} makes no valid URL"):
            strategies.urls(domain=domain)

    @settings(max_examples=30)
    @given(strategies.urls(domain="news.example:8443"))
    def test_domain_with_a_port(self, url: str) -> None:
        assert urlsplit(url).port == 8443


class TestURLs:
    """Every URL the strategies generate is one the model accepts: no impossible port."""

    @settings(max_examples=200)
    @given(strategies.urls())
    def test_urls(self, url: str) -> None:
        assert url_problem(url) is None
        assert urlsplit(url).port is None

    def test_every_url_in_articles(self) -> None:
        drawn = draw_many(articles(with_comments=True), count=60)
        found = [
            value
            for article in drawn
            for value in strings(json.loads(newsmodel.write(article, "jsonld")))
            if value.startswith(("http:", "https:"))
        ]
        assert len(found) > 100
        assert [url for url in found if url_problem(url) or urlsplit(url).port] == []


class TestRealism:
    """The space covers what real news pages hold."""

    def test_arabic_headlines(self) -> None:
        drawn = draw_many(articles(language="ar"))
        assert sum(bool(ARABIC.search(a.headline)) for a in drawn) > len(drawn) // 2

    @settings(max_examples=200, deadline=None)
    @given(articles(with_authors=True, printable=True))
    def test_no_two_authors_share_a_name(self, article: newsmodel.Article) -> None:
        names = [author.name for author in article.authors]
        assert len(set(names)) == len(names)

    def test_long_bodies(self) -> None:
        drawn = draw_many(articles(max_blocks=40))
        assert any(len(a.body) >= 20 and a.word_count > 800 for a in drawn)

    def test_deep_comment_threads(self) -> None:
        drawn = draw_many(articles(with_comments=True, max_comment_depth=12))
        assert max(depth(c) for a in drawn for c in a.comments) >= 10

    @pytest.mark.parametrize(
        "field",
        [
            "date_published",
            "date_modified",
            "section",
            "portal",
            "publisher",
            "description",
            "language",
            "extra",
            "mentions",
            "related",
            "images",
        ],
    )
    def test_optional_fields_present_and_absent(self, field: str) -> None:
        drawn = draw_many(articles(), 60)
        assert any(getattr(a, field) for a in drawn)
        assert not all(getattr(a, field) for a in drawn)


def test_newsmodel_imports_without_hypothesis() -> None:
    """`import newsmodel` and its JSON round trip work where Hypothesis cannot be imported."""
    code = """
import sys
class Absent:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "hypothesis":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Absent())
import newsmodel
article = newsmodel.read(newsmodel.write(newsmodel.Article("Works")))
assert "hypothesis" not in sys.modules
newsmodel.registry.plugins()
try:
    import newsmodel.strategies
except ModuleNotFoundError as error:
    assert "pip install hypothesis" in str(error), error
    print("strategies need", error.name)
print(article.headline)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["strategies", "need", "hypothesis", "Works"]


def printable_text(text: str) -> bool:
    """Text a person could have typed: no control, unassigned or private characters, and
    no combining mark standing alone at the start."""
    return text.isprintable() and unicodedata.category(text[:1] or "a")[0] != "M"


class TestKnobs:
    """The knobs a tester turns restrict what is generated, and only that."""

    @pytest.mark.parametrize(
        "strategy",
        [
            articles(printable=True, with_comments=True),
            strategies.listings(printable=True),
            strategies.fronts(printable=True),
        ],
        ids=["articles", "listings", "fronts"],
    )
    def test_printable(self, strategy: st.SearchStrategy[Any]) -> None:
        for value in draw_many(strategy, 40):
            written = json.loads(newsmodel.write(value, "json"))
            assert [text for text in strings(written) if not printable_text(text)] == []

    @pytest.mark.parametrize(
        "strategy",
        [articles(extra=False), strategies.listings(extra=False)],
        ids=["articles", "listings"],
    )
    def test_no_extra(self, strategy: st.SearchStrategy[Any]) -> None:
        for value in draw_many(strategy, 40):
            assert value.extra == {}
            assert all(item.extra == {} for item in getattr(value, "items", ()))

    @settings(max_examples=40, deadline=None)
    @given(articles(google_valid=True))
    def test_google_valid(self, article: newsmodel.Article) -> None:
        """Google's guidelines met: no error, and no recommendation missed."""
        report = newsmodel.validate(article, "google-article")
        assert [f for f in report.findings if f.severity.name in ("ERROR", "WARNING")] == []

    @settings(max_examples=30)
    @given(articles(min_blocks=2, max_blocks=5))
    def test_block_counts(self, article: newsmodel.Article) -> None:
        assert 2 <= len(article.body) <= 5

    @settings(max_examples=30)
    @given(
        articles(with_authors=True, with_related=True),
        articles(with_authors=False, with_related=False),
    )
    def test_with_and_without(self, some: newsmodel.Article, none: newsmodel.Article) -> None:
        assert some.authors
        assert some.related
        assert not none.authors
        assert not none.related

    @pytest.mark.parametrize(
        ("knobs", "message"),
        [
            (
                {"min_blocks": 5, "max_blocks": 2},
                r"min_blocks \(5\) is more than max_blocks \(2\)",
            ),
            ({"max_blocks": -1}, "max_blocks must be a whole number, 0 or more, not -1"),
            ({"max_comment_depth": 2.5}, "max_comment_depth must be a whole number"),
            ({"with_related": "yes"}, "with_related must be True, False or None, not 'yes'"),
            ({"printable": None}, "printable must be True or False, not None"),
            (
                {"google_valid": True, "with_authors": False},
                "google_valid=True and with_authors=False cannot go together",
            ),
        ],
    )
    def test_nonsense(self, knobs: dict[str, Any], message: str) -> None:
        with pytest.raises(ValueError, match=message):
            articles(**knobs)

    @pytest.mark.parametrize(
        ("language", "script"),
        [("ar", "[\u0600-\u06ff]"), ("ru", "[\u0400-\u04ff]"), ("zh", "[\u4e00-\u9fff]")],
    )
    def test_script_follows_language(self, language: str, script: str) -> None:
        drawn = draw_many(articles(language=language, printable=True), 30)
        assert all(re.search(script, a.headline) for a in drawn)


class TestShrinking:
    """A failing example prints its text as text, shrunk towards a small example."""

    def test_failing_example_reads_as_text(self) -> None:
        @settings(database=None, derandomize=True, max_examples=200)
        @given(articles())
        def check(article: newsmodel.Article) -> None:
            assert len(article.body) < 2 or not article.authors

        with pytest.raises(AssertionError) as failure:
            check()
        printed = "\n".join(getattr(failure.value, "__notes__", []))
        for state in ("make(", "lambda", "draw_"):
            assert state not in printed
        headline = re.search(r"headline='([^']+)'", printed)
        assert headline, printed
        assert len(headline[1].split()) <= 3  # the fewest words a headline has
        assert "comments=()" in printed
        assert "mentions=()" in printed


class TestValidity:
    """What is generated is valid as the validation profiles see it."""

    @settings(max_examples=40, deadline=None)
    @given(articles())
    def test_schema_org(self, article: newsmodel.Article) -> None:
        report = newsmodel.validate(article, "schema.org")
        assert [f for f in report.findings if f.severity.name == "ERROR"] == []


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: strategies.listings(max_items=-2), "max_items must be a whole number, 0 or"),
        (lambda: strategies.listings(extra=None), "extra must be True or False, not None"),
        (lambda: strategies.fronts(max_teasers=0), "max_teasers must be a whole number, 1 or"),
        (lambda: strategies.fronts(printable="no"), "printable must be True or False"),
    ],
)
def test_nonsense_knobs_of_lists_and_fronts(make: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()

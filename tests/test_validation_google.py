"""The `google-article` profile: Google Search's Article structured-data guidelines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import Article, Report, validate

SEED = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "seeds" / "dzwatch-syria-russia.txt"
)

GOOD: dict[str, Any] = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Title of a News Article",
    "image": [
        "https://example.com/photos/1x1/photo.jpg",
        "https://example.com/photos/4x3/photo.jpg",
        "https://example.com/photos/16x9/photo.jpg",
    ],
    "datePublished": "2024-01-05T08:00:00+08:00",
    "dateModified": "2024-02-05T09:20:00+08:00",
    "author": [
        {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/profile/janedoe123"},
        {"@type": "Organization", "name": "News Desk", "sameAs": ["https://example.com/"]},
    ],
}


def check(**changes: Any) -> Report:
    node = {**GOOD, **changes}
    return validate(
        {key: value for key, value in node.items() if value is not None}, "google-article"
    )


def found(report: Report) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.code, f.path) for f in report]


class TestArticle:
    """The markup must describe an article; its properties are recommended, not required."""

    def test_googles_own_example_is_clean(self) -> None:
        assert found(check()) == []

    def test_not_an_article(self) -> None:
        report = validate({"@context": "https://schema.org", "@type": "Recipe"}, "google-article")
        assert found(report) == [("error", "google-article/no-article", "")]

    def test_everything_missing_is_only_warnings(self) -> None:
        report = validate(
            {"@context": "https://schema.org", "@type": "BlogPosting"}, "google-article"
        )
        assert report.ok
        assert [f.code for f in report] == [
            "google-article/missing-headline",
            "google-article/missing-author",
            "google-article/missing-date-published",
            "google-article/missing-date-modified",
            "google-article/missing-image",
        ]

    def test_article_in_a_graph(self) -> None:
        report = validate(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebPage", "@id": "#page"},
                    {**{k: v for k, v in GOOD.items() if k != "@context"}, "headline": "x" * 111},
                ],
            },
            "google-article",
        )
        assert found(report) == [
            ("warning", "google-article/headline-too-long", "/@graph/1/headline")
        ]


class TestAuthors:
    """Authors: Person or Organization objects, each separate, with a name and a url."""

    def test_text_author(self) -> None:
        assert found(check(author="Jane Doe")) == [
            ("warning", "google-article/author-not-object", "/author")
        ]

    def test_wrong_type_is_an_error(self) -> None:
        report = check(author={"@type": "WebSite", "name": "x", "url": "https://x.example/"})
        assert found(report) == [("error", "google-article/author-type", "/author/@type")]
        report = check(author={"name": "x", "url": "https://x.example/"})
        assert found(report) == [("error", "google-article/author-type", "/author")]

    def test_missing_name_and_url(self) -> None:
        assert found(check(author={"@type": "Person"})) == [
            ("warning", "google-article/author-missing-name", "/author"),
            ("warning", "google-article/author-missing-url", "/author"),
        ]

    @pytest.mark.parametrize(
        "name",
        ["Posted by Jane Doe", "By Jane Doe", "Jane Doe, Staff Writer", "Jane Doe | 4 March 2025"],
    )
    def test_name_only(self, name: str) -> None:
        report = check(author={"@type": "Person", "name": name, "url": "https://x.example/j"})
        assert found(report) == [
            ("warning", "google-article/author-name-not-a-name", "/author/name")
        ]

    def test_several_in_one(self) -> None:
        report = check(
            author={
                "@type": "Person",
                "name": "Jane Doe and John Doe",
                "url": "https://x.example/",
            }
        )
        assert found(report) == [
            ("warning", "google-article/several-authors-in-one", "/author/name")
        ]
        organisation = {
            "@type": "Organization",
            "name": "Smith & Sons",
            "url": "https://x.example/",
        }
        assert found(check(author=organisation)) == []

    def test_reference_is_followed(self) -> None:
        report = validate(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        **{k: v for k, v in GOOD.items() if k != "@context"},
                        "author": {"@id": "#jane"},
                    },
                    {"@type": "Person", "@id": "#jane", "name": "Posted by Jane"},
                ],
            },
            "google-article",
        )
        assert [f.code for f in report] == [
            "google-article/author-name-not-a-name",
            "google-article/author-missing-url",
        ]


class TestDates:
    """Dates: ISO 8601 with a time zone; modified not before published."""

    def test_not_iso(self) -> None:
        report = check(datePublished="5 January 2024")
        assert found(report) == [("error", "google-article/date-not-iso", "/datePublished")]

    def test_date_only_and_no_offset(self) -> None:
        report = check(datePublished="2024-01-05", dateModified="2024-02-05T09:20:00")
        assert found(report) == [
            ("warning", "google-article/date-without-time", "/datePublished"),
            ("warning", "google-article/date-without-timezone", "/dateModified"),
        ]

    @pytest.mark.parametrize(
        ("published", "modified"),
        [
            ("2024-01-05T08:00:00+08:00", "2024-01-05T07:59:00+08:00"),
            ("2024-01-05T08:00:00Z", "2024-01-05T08:30:00+01:00"),
            ("2024-01-05", "2024-01-04T23:00:00+00:00"),
        ],
    )
    def test_modified_before_published(self, published: str, modified: str) -> None:
        report = check(datePublished=published, dateModified=modified)
        assert ("error", "google-article/modified-before-published", "/dateModified") in found(
            report
        )

    def test_same_day_is_not_before(self) -> None:
        report = check(datePublished="2024-01-05T08:00:00+08:00", dateModified="2024-01-05")
        assert [f.code for f in report.errors] == []


class TestImages:
    """Images: crawlable absolute URLs, high resolution, several of them."""

    def test_one_image(self) -> None:
        assert found(check(image="https://example.com/a.jpg")) == [
            ("info", "google-article/one-image", "/image")
        ]

    def test_not_crawlable(self) -> None:
        report = check(image=["/photos/a.jpg", {"@type": "ImageObject", "contentUrl": "data:x"}])
        assert found(report) == [
            ("error", "google-article/image-not-crawlable", "/image/0"),
            ("error", "google-article/image-not-crawlable", "/image/1/contentUrl"),
        ]

    def test_missing_url_and_small(self) -> None:
        report = check(
            image=[
                {"@type": "ImageObject", "caption": "x"},
                {
                    "@type": "ImageObject",
                    "url": "https://e.example/a.jpg",
                    "width": "200px",
                    "height": 100,
                },
                {
                    "@type": "ImageObject",
                    "url": "https://e.example/b.jpg",
                    "width": {"@type": "QuantitativeValue", "value": 1200},
                    "height": 675,
                },
            ]
        )
        assert found(report) == [
            ("error", "google-article/image-missing-url", "/image/0"),
            ("warning", "google-article/image-too-small", "/image/1"),
        ]


class TestWrittenArticles:
    """Articles written by the JSON-LD writer pass with no errors."""

    def test_sample(self, sample: Article) -> None:
        report = validate(sample, "google-article")
        assert report.ok, [str(f) for f in report]

    @pytest.mark.parametrize("graph", [False, True])
    def test_seed(self, graph: bool) -> None:
        jsonld = pytest.importorskip("newsmodel.writers.jsonld")
        if not SEED.exists():
            pytest.skip(f"the seed article {SEED} is not on this machine")
        article = newsmodel.read(SEED, format="text")
        report = validate(jsonld.to_jsonld(article, graph=graph), "google-article")
        assert report.ok, [str(f) for f in report.errors]
        assert validate(jsonld.to_jsonld(article, graph=graph), "schema.org").ok

"""The `schema.org` profile: types, properties and value types against the vocabulary."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsmodel import Article, Report, Severity, validate

CONTEXT = "https://schema.org"


def check(node: dict[str, Any]) -> Report:
    return validate({"@context": CONTEXT, **node}, "schema.org")


def found(report: Report) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.code, f.path) for f in report]


class TestClean:
    """Good markup, in the shapes found in use, has no findings."""

    def test_news_article(self) -> None:
        report = check(
            {
                "@type": "NewsArticle",
                "headline": "Harbour reopens",
                "datePublished": "2026-03-02T09:30:00+02:00",
                "dateModified": "2026-03-02",
                "wordCount": 640,
                "isAccessibleForFree": "False",
                "author": [{"@type": "Person", "name": "Karim Nassar", "jobTitle": "Reporter"}],
                "publisher": {"@id": "https://portal.example/#org"},
                "image": {
                    "@type": "ImageObject",
                    "url": "https://portal.example/a.jpg",
                    "width": 1200,
                },
                "keywords": ["ports", "trade"],
                "mainEntityOfPage": {"@type": "WebPage", "@id": "https://portal.example/a"},
                "mentions": {
                    "@type": "Role",
                    "roleName": "Minister of Transport",
                    "mentions": {"@type": "Person", "name": "Leila Haddad"},
                },
            }
        )
        assert found(report) == []

    def test_graph_with_references(self) -> None:
        text = json.dumps(
            {
                "@context": {"@vocab": "https://schema.org/", "custom": "https://example.org/c"},
                "@graph": [
                    {
                        "@type": "schema:NewsArticle",
                        "@id": "#a",
                        "author": {"@id": "#p"},
                        "custom": 1,
                    },
                    {"@type": "https://schema.org/Person", "@id": "#p", "name": "Jane"},
                ],
            }
        )
        assert found(validate(text, "schema.org")) == []

    def test_sample_as_written(self, sample: Article) -> None:
        report = validate(sample, "schema.org")
        assert report.ok, [str(f) for f in report]


class TestTypesAndProperties:
    """Every @type and property must exist; properties belong on types in their domain."""

    def test_unknown_type_with_suggestion(self) -> None:
        [finding] = check({"@type": "NewsArtcle"}).findings
        assert (finding.code, finding.path) == ("schema.org/unknown-type", "/@type")
        assert "did you mean 'NewsArticle'" in finding.message

    def test_property_as_type(self) -> None:
        [finding] = check({"@type": ["Article", "headline"]}).findings
        assert finding.path == "/@type/1"
        assert "is a property, not a type" in finding.message

    def test_unknown_property(self) -> None:
        report = check({"@type": "Article", "Headline": "x", "og:title": "ignored"})
        [finding] = report
        assert (finding.code, finding.path) == ("schema.org/unknown-property", "/Headline")
        assert "did you mean 'headline'" in finding.message

    def test_superseded(self) -> None:
        report = check({"@type": "Article", "articleSection": "News", "encodings": []})
        assert found(report) == [("warning", "schema.org/superseded-property", "/encodings")]
        assert "'encoding'" in report.findings[0].message

    def test_property_not_for_type(self) -> None:
        report = check({"@type": "Person", "name": "X", "headline": "Not for people"})
        assert found(report) == [("warning", "schema.org/property-not-for-type", "/headline")]

    def test_other_vocabularies_and_local_terms_are_left_alone(self) -> None:
        report = validate(
            {
                "@context": [CONTEXT, {"dc": "http://purl.org/dc/terms/", "mine": "http://x/"}],
                "@type": ["Article", "http://example.org/Thing"],
                "dc:title": "x",
                "mine": "y",
            },
            "schema.org",
        )
        assert found(report) == []

    def test_context(self) -> None:
        assert found(validate({"@type": "Article"}, "schema.org")) == [
            ("error", "schema.org/missing-context", "")
        ]
        report = validate(
            [{"@context": "https://example.org/other", "@type": "Nonsense"}], "schema.org"
        )
        assert found(report) == [("warning", "schema.org/unknown-context", "/0/@context")]

    def test_untyped_and_bad_type(self) -> None:
        report = check({"@type": 3, "author": {"name": "X"}})
        assert found(report) == [
            ("error", "schema.org/bad-type", "/@type"),
            ("info", "schema.org/untyped-node", "/author"),
        ]


class TestValues:
    """Values must be of a type in the property's range."""

    @pytest.mark.parametrize(
        ("key", "value"),
        [
            ("datePublished", "04/09/2025"),
            ("datePublished", "2025-02-30"),
            ("dateModified", 2025),
            ("wordCount", "many"),
            ("wordCount", 12.5),
            ("url", "not a url"),
            ("isAccessibleForFree", "maybe"),
            ("author", 7),
            ("author", {"@type": "WebPage", "name": "x"}),
            ("headline", {"@type": "Person", "name": "x"}),
        ],
    )
    def test_wrong(self, key: str, value: Any) -> None:
        report = check({"@type": "NewsArticle", key: value})
        assert found(report) == [("error", "schema.org/wrong-value-type", f"/{key}")]

    @pytest.mark.parametrize(
        ("key", "value"),
        [
            ("datePublished", "2025-09-04"),
            ("datePublished", "2025-09-04T10:00:00Z"),
            ("datePublished", "2025-09-04T10:00"),
            ("datePublished", {"@value": "2025-09-04", "@type": "Date"}),
            ("wordCount", "640"),
            ("url", "/news/a"),
            ("headline", 2025),
            ("timeRequired", "PT5M"),
            ("author", {"@type": "NewsMediaOrganization", "name": "x"}),
            ("image", "https://portal.example/a.jpg"),
            ("copyrightYear", 2025),
            ("creativeWorkStatus", "Published"),
        ],
    )
    def test_right(self, key: str, value: Any) -> None:
        assert found(check({"@type": "NewsArticle", key: value})) == []

    def test_text_for_node(self) -> None:
        report = check({"@type": "NewsArticle", "author": "Karim Nassar"})
        assert found(report) == [("info", "schema.org/text-for-node", "/author")]
        assert report.ok

    def test_enumeration_member(self) -> None:
        report = check(
            {
                "@type": "ImageObject",
                "digitalSourceType": "https://schema.org/TrainedAlgorithmicMediaDigitalSource",
            }
        )
        assert found(report) == []

    def test_arrays_and_lists_have_indexed_paths(self) -> None:
        report = check({"@type": "Article", "dateCreated": {"@list": ["2025-01-01", "soon"]}})
        assert found(report) == [("error", "schema.org/wrong-value-type", "/dateCreated/@list/1")]

    def test_nested_nodes_are_checked(self) -> None:
        report = check({"@type": "Article", "author": [{"@type": "Person", "nmae": "x"}]})
        assert [(f.code, f.path) for f in report] == [
            ("schema.org/unknown-property", "/author/0/nmae")
        ]
        assert report.findings[0].severity is Severity.ERROR

"""validate(), Report and Finding, and the `model` profile."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import newsmodel
from newsmodel import (
    Article,
    Comment,
    Finding,
    Organization,
    Paragraph,
    PluginError,
    Portal,
    Profile,
    ReadError,
    Related,
    Report,
    Section,
    Severity,
    UnknownProfileError,
    registry,
    validate,
)
from newsmodel.validation import Document

UTC = dt.timezone.utc
NEWS = Section("News", url="https://portal.example/news/")
REGION = Section("Region", url="https://portal.example/news/region/", parent=NEWS)


def codes(report: Report) -> list[str]:
    return [finding.code for finding in report]


def article(**fields: Any) -> Article:
    fields.setdefault("body", [Paragraph("Text.")])
    return Article("Harbour reopens", **fields)


class TestReport:
    """A report holds findings with severity, path, code and message; never just a bool."""

    def test_properties(self) -> None:
        report = Report(
            "demo",
            [
                Finding("error", "/a", "demo/bad", "bad"),
                Finding(Severity.WARNING, "", "demo/meh", "meh"),
                Finding("info", "/b/0", "demo/fyi", "fyi"),
            ],
        )
        assert isinstance(report.findings, tuple)
        assert [f.code for f in report.errors] == ["demo/bad"]
        assert [f.code for f in report.warnings] == ["demo/meh"]
        assert [f.code for f in report.infos] == ["demo/fyi"]
        assert not report.ok
        assert list(report) == list(report.findings)
        assert Report("demo").ok

    def test_frozen(self) -> None:
        report = Report("demo")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            report.profile = "other"  # type: ignore[misc]

    def test_json_form(self) -> None:
        report = Report("demo", [Finding("warning", "/headline", "demo/long", "long")])
        data = json.loads(report.to_json())
        assert data == report.to_dict()
        assert data == {
            "profile": "demo",
            "ok": True,
            "counts": {"error": 0, "warning": 1, "info": 0},
            "findings": [
                {
                    "severity": "warning",
                    "path": "/headline",
                    "code": "demo/long",
                    "message": "long",
                }
            ],
        }

    def test_line(self) -> None:
        assert str(Finding("error", "", "x/y", "msg")) == "error (root) x/y msg"
        assert str(Finding("info", "/a~1b", "x/y", "msg")) == "info /a~1b x/y msg"

    def test_bad_values(self) -> None:
        with pytest.raises(ValueError, match="severe"):
            Finding("severe", "", "x/y", "msg")
        with pytest.raises(TypeError):
            Report("demo", ["not a finding"])  # type: ignore[list-item]

    def test_public_names(self) -> None:
        assert Severity.ERROR.value == "error"
        assert Finding.__module__ == Report.__module__ == "newsmodel"
        assert {"validate", "Report", "Finding", "Severity", "Profile"} <= set(newsmodel.__all__)


class TestValidate:
    """validate() takes an Article, JSON-LD text or a JSON-LD value; bad input is an error."""

    @pytest.mark.parametrize(
        ("value", "match"),
        [
            ("{not json", "not JSON"),
            ('"just a string"', "expected a JSON-LD object or array"),
            (b"\xff\xfe{", "not UTF-8"),
            (42, "cannot validate int"),
            ({"when": dt.date(2025, 1, 1)}, "not a JSON value"),
        ],
    )
    def test_bad_input(self, value: Any, match: str) -> None:
        with pytest.raises(ReadError, match=match):
            validate(value, "schema.org")

    def test_unknown_profile_lists_known(self) -> None:
        with pytest.raises(UnknownProfileError) as caught:
            validate(article(), "nope")
        assert {"model", "schema.org", "google-article"} <= set(caught.value.known)
        assert "google-article, google-news-sitemap, model, schema.org" in str(caught.value)

    def test_profiles_are_registered(self) -> None:
        for name in ("model", "schema.org", "google-article"):
            plugin = registry.get("profiles", name)
            assert isinstance(plugin, Profile)
            assert plugin.name == name

    def test_registry_checks_the_interface(self) -> None:
        with pytest.raises(TypeError, match=r"is not a Profile: it lacks name, check\(\)"):
            registry.register("profiles", "broken", object())

    def test_plugin_profile(self) -> None:
        @attrs.frozen
        class Headlines:
            name: str = "headlines"

            def check(self, document: Document) -> Iterator[Finding]:
                data = document.to_jsonld()
                if "headline" not in data:
                    yield Finding("error", "", "headlines/missing", "no headline")

        registry.register("profiles", "headlines", Headlines())
        try:
            assert codes(validate({"@type": "NewsArticle"}, "headlines")) == ["headlines/missing"]
            assert validate('{"headline": "x"}', "headlines").ok
        finally:
            registry.unregister("profiles", "headlines")

    def test_profile_yielding_garbage(self) -> None:
        class Garbage:
            name = "garbage"

            def check(self, document: Document) -> list[str]:
                return ["oops"]

        registry.register("profiles", "garbage", Garbage())
        try:
            with pytest.raises(PluginError, match="yielded str, not a Finding"):
                validate(article(), "garbage")
        finally:
            registry.unregister("profiles", "garbage")


class TestModelProfile:
    """`model` checks what construction cannot: what spans several objects."""

    def test_sample_is_clean(self, sample: Article) -> None:
        report = validate(sample)
        assert report.profile == "model"
        assert report.ok
        assert list(report) == []

    def test_duplicate_comment_ids(self) -> None:
        reply = Comment("Agreed.", id="c1")
        report = validate(
            article(
                comments=[Comment("First.", id="c1"), Comment("Second.", id="c2", replies=[reply])]
            )
        )
        [finding] = report.errors
        assert finding.code == "model/duplicate-comment-id"
        assert finding.path == "/article/comments/1/replies/0/id"
        assert "/article/comments/0" in finding.message

    def test_comment_and_reply_dates(self) -> None:
        early = dt.datetime(2026, 3, 1, 8, tzinfo=UTC)
        later = dt.datetime(2026, 3, 3, 8, tzinfo=UTC)
        comments = [
            Comment("Too early.", date=early),
            Comment(
                "Fine.",
                date=later,
                replies=[Comment("Before parent.", date=later - dt.timedelta(hours=1))],
            ),
        ]
        report = validate(article(date_published=dt.date(2026, 3, 2), comments=comments))
        assert [(f.code, f.path) for f in report] == [
            ("model/comment-before-publication", "/article/comments/0/date"),
            ("model/reply-before-comment", "/article/comments/1/replies/0/date"),
        ]
        assert report.ok

    def test_related_links(self) -> None:
        report = validate(
            article(
                url="https://portal.example/news/a",
                related=[
                    Related("Self", "https://PORTAL.example/news/a/#top"),
                    Related("Other", "https://portal.example/news/b"),
                    Related("Other again", "https://portal.example/news/b/"),
                    Related("No link"),
                ],
            )
        )
        assert [(f.code, f.path) for f in report] == [
            ("model/related-to-self", "/article/related/0/url"),
            ("model/duplicate-related", "/article/related/2/url"),
        ]

    def test_no_content(self) -> None:
        assert codes(validate(Article("Headline only"))) == ["model/no-content"]
        assert validate(Article("Headline", description="A summary.")).findings == ()

    def test_section_not_in_portal(self) -> None:
        portal = Portal("Harbour Herald", sections=[NEWS])
        report = validate(article(section=REGION, portal=portal))
        [finding] = report.warnings
        assert finding.code == "model/section-not-in-portal"
        assert finding.path == "/article/section"
        assert "'Region'" in finding.message
        listed = Portal("Harbour Herald", sections=[NEWS, REGION])
        assert validate(article(section=REGION, portal=listed)).findings == ()
        unlisted = Portal("Harbour Herald")  # a portal that lists no sections says nothing
        assert validate(article(section=REGION, portal=unlisted)).findings == ()

    def test_repeats(self) -> None:
        agency = Organization("Agency")
        report = validate(
            article(
                authors=[agency, agency],
                keywords=["Ports", "ports"],
                alternative_headline="harbour reopens",
                publisher=Organization("A"),
                portal=Portal("P", publisher=Organization("B")),
            )
        )
        assert [(f.severity.value, f.code, f.path) for f in report] == [
            ("info", "model/alternative-headline-repeats", "/article/alternative_headline"),
            ("warning", "model/duplicate-author", "/article/authors/1"),
            ("info", "model/publisher-differs-from-portal", "/article/publisher"),
            ("info", "model/duplicate-keyword", "/article/keywords/1"),
        ]

    def test_jsonld_read_error_is_a_finding(self) -> None:
        report = validate('{"@context": "https://schema.org", "@type": "Person", "name": "X"}')
        [finding] = report
        assert finding.severity is Severity.ERROR
        assert finding.code == "model/unreadable"
        assert "no article" in finding.message

    def test_jsonld_read_warning_is_a_finding(self) -> None:
        text = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "H",
                "articleBody": "Body.",
                "datePublished": "yesterday",
            }
        )
        report = validate(text, "model")
        assert report.ok
        assert codes(report) == ["model/read-warning"]
        assert "datePublished" in report.findings[0].message

    def test_jsonld_checked_as_model(self) -> None:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "H",
            "comment": [
                {"@type": "Comment", "@id": "c1", "text": "a"},
                {"@type": "Comment", "@id": "c1", "text": "b"},
            ],
        }
        assert codes(validate(data)) == ["model/no-content", "model/duplicate-comment-id"]

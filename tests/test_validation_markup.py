"""validate_markup(): a page's structured data checked as written, with paths into the page."""

from __future__ import annotations

import json
from typing import Any

import pytest

import newsmodel
from newsmodel import Finding, PluginError, Report, limits, registry, validate, validate_markup
from newsmodel.validation import Document

ARTICLE: dict[str, Any] = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Harbour reopens",
    "author": {"@type": "Person", "name": "By Nour Aziz"},
    "datePublished": "2026-01-06T08:00:00",
    "image": "https://example.com/harbour.jpg",
}
WEBSITE = {"@context": "https://schema.org", "@type": "WebSite", "name": "Herald"}


def page(*scripts: str, body: str = "<h1>Harbour reopens</h1><p>The harbour reopened.</p>") -> str:
    tags = "".join(f'<script type="application/ld+json">{text}</script>' for text in scripts)
    return (
        f"<!doctype html><html><head><title>Harbour</title>{tags}</head><body>{body}</body></html>"
    )


def lines(report: Report) -> list[tuple[str, str]]:
    return [(finding.path, finding.code) for finding in report]


class TestJSONLD:
    """Each script is checked as written, as validating its JSON-LD directly would be."""

    def test_what_the_reader_would_clean_up_is_reported(self) -> None:
        report = validate_markup(page(json.dumps(ARTICLE)), "google-article")
        found = lines(report)
        assert ("script[1]/author/name", "google-article/author-name-not-a-name") in found
        assert ("script[1]/datePublished", "google-article/date-without-timezone") in found

    @pytest.mark.parametrize("profile", ["google-article", "schema.org"])
    def test_same_findings_as_the_jsonld_alone(self, profile: str) -> None:
        direct = validate(ARTICLE, profile)
        in_page = validate_markup(page(json.dumps(WEBSITE), json.dumps(ARTICLE)), profile)
        assert lines(in_page) == [("script[2]" + f.path, f.code) for f in direct]
        assert [f.message for f in in_page] == [f.message for f in direct]

    def test_paths_name_the_script_and_the_array_item(self) -> None:
        unknown = {**WEBSITE, "nmae": "Herald"}
        report = validate_markup(
            page(json.dumps(WEBSITE), json.dumps([WEBSITE, unknown])), "schema.org"
        )
        assert lines(report) == [("script[2]/1/nmae", "schema.org/unknown-property")]

    def test_references_between_scripts_resolve(self) -> None:
        author = {
            "@context": "https://schema.org",
            "@type": "Person",
            "@id": "https://example.com/#nour",
            "name": "Nour Aziz",
            "url": "https://example.com/nour",
        }
        article = {
            **ARTICLE,
            "author": {"@id": "https://example.com/#nour"},
            "datePublished": "2026-01-06T08:00:00+02:00",
        }
        report = validate_markup(page(json.dumps(article), json.dumps(author)), "google-article")
        assert not [code for _, code in lines(report) if "author" in code]

    def test_an_article_on_the_page_is_enough(self) -> None:
        report = validate_markup(page(json.dumps(WEBSITE), json.dumps(ARTICLE)), "google-article")
        assert "google-article/no-article" not in [code for _, code in lines(report)]
        report = validate_markup(page(json.dumps(WEBSITE)), "google-article")
        assert lines(report) == [("", "google-article/no-article")]


class TestBrokenScripts:
    """A script that cannot be checked is a finding at its path; the others are checked."""

    def test_invalid_json(self) -> None:
        broken = '{"@context": "https://schema.org", "@type": "WebSite",}'
        report = validate_markup(page(broken, json.dumps(ARTICLE)), "google-article")
        first = report.findings[0]
        assert (first.path, first.code, first.severity.value) == (
            "script[1]",
            "markup/invalid-json",
            "error",
        )
        assert "line 1, column" in first.message
        assert ("script[2]/author/name", "google-article/author-name-not-a-name") in lines(report)
        assert not report.ok

    @pytest.mark.parametrize(
        ("text", "code", "message"),
        [
            ('"a string"', "markup/not-jsonld", "got a string"),
            ("42", "markup/not-jsonld", "got a scalar"),
            ("  ", "markup/empty-script", "empty"),
            ("[" * 100_000, "markup/invalid-json", ""),
            ("1" * (limits.MAX_NUMBER_DIGITS + 1), "markup/invalid-json", "digits"),
        ],
    )
    def test_no_jsonld_in_a_script(self, text: str, code: str, message: str) -> None:
        report = validate_markup(page(text, json.dumps(WEBSITE)), "schema.org")
        assert lines(report) == [("script[1]", code)]
        assert message in report.findings[0].message

    def test_only_broken_scripts_are_not_checked_further(self) -> None:
        report = validate_markup(page("{"), "google-article")
        assert lines(report) == [("script[1]", "markup/invalid-json")]


class TestMicrodata:
    """Microdata items are checked like JSON-LD, with the item's number and property path."""

    BODY = """
      <article itemscope itemtype="https://schema.org/NewsArticle">
        <h1 itemprop="headline">Harbour reopens</h1>
        <span itemprop="author" itemscope itemtype="https://schema.org/Person">
          <span itemprop="name">By Nour Aziz</span></span>
        <meta itemprop="datePublished" content="2026-01-06T08:00:00">
        <img itemprop="image" src="/harbour.jpg">
        <p itemprop="articleBodi">The harbour reopened.</p>
      </article>"""

    def test_google_article(self) -> None:
        report = validate_markup(
            page(body=self.BODY), "google-article", url="https://example.com/news/1"
        )
        found = lines(report)
        assert ("microdata[1]/author/name", "google-article/author-name-not-a-name") in found
        assert ("microdata[1]/datePublished", "google-article/date-without-timezone") in found

    def test_schema_org(self) -> None:
        report = validate_markup(page(json.dumps(WEBSITE), body=self.BODY), "schema.org")
        assert lines(report) == [("microdata[1]/articleBodi", "schema.org/unknown-property")]

    def test_a_cap_reached_is_a_warning(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "MICRODATA_MAX_ITEMS", 1)
        report = validate_markup(page(body=self.BODY), "schema.org")
        assert ("", "markup/read-warning") in lines(report)


class TestPage:
    """The page as a whole: no structured data is an error; other profiles work too."""

    def test_no_structured_data(self) -> None:
        report = validate_markup(page(), "google-article")
        assert lines(report) == [("", "markup/no-structured-data")]
        assert not report.ok

    def test_not_even_html(self) -> None:
        assert lines(validate_markup(b"\x00\xff", "schema.org")) == [
            ("", "markup/read-warning"),  # the character set was guessed
            ("", "markup/no-structured-data"),
        ]

    def test_model_profile_reads_the_first_article(self) -> None:
        report = validate_markup(page(json.dumps(WEBSITE), json.dumps(ARTICLE)), "model")
        assert "model/read-warning" in [code for _, code in lines(report)]

    def test_unknown_profile(self) -> None:
        with pytest.raises(newsmodel.UnknownProfileError):
            validate_markup(page(), "nope")

    def test_profile_yielding_garbage(self) -> None:
        class Garbage:
            name = "garbage"

            def check(self, document: Document) -> list[str]:
                return ["oops"]

        registry.register("profiles", "garbage", Garbage())
        try:
            with pytest.raises(PluginError, match="yielded str, not a Finding"):
                validate_markup(page(json.dumps(WEBSITE)), "garbage")
        finally:
            registry.unregister("profiles", "garbage")

    def test_a_profile_path_outside_the_nodes_is_kept(self) -> None:
        class Elsewhere:
            name = "elsewhere"

            def check(self, document: Document) -> list[Finding]:
                return [
                    Finding("info", "/7/x", "elsewhere/a", "a"),
                    Finding("info", "/x", "b", "b"),
                    Finding("info", "/\u00b2/x", "c", "c"),  # a superscript two: no index
                ]

        registry.register("profiles", "elsewhere", Elsewhere())
        try:
            assert lines(validate_markup(page(json.dumps(WEBSITE)), "elsewhere")) == [
                ("/7/x", "elsewhere/a"),
                ("/x", "b"),
                ("/\u00b2/x", "c"),
            ]
        finally:
            registry.unregister("profiles", "elsewhere")

    def test_public(self) -> None:
        assert newsmodel.validate_markup is validate_markup
        assert "validate_markup" in newsmodel.__all__

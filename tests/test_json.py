"""newsmodel's JSON format: lossless, versioned, stable, strict, with paths in errors."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel import Article, ReadError, WriteError
from newsmodel.strategies import articles


def document(article: dict[str, object], **top: object) -> str:
    return json.dumps({"format": "newsmodel", "version": 1, "article": article, **top})


class TestRoundTrip:
    """Reading what was written gives an equal object, byte for byte when written again."""

    @settings(max_examples=200)
    @given(articles())
    def test_every_article_survives(self, article: Article) -> None:
        text = newsmodel.write(article, "json")
        again = newsmodel.read(text, format="json")
        assert again == article
        assert newsmodel.write(again, "json") == text  # offsets and key order kept too

    @settings(max_examples=25)
    @given(articles(language="ar", with_comments=True, max_comment_depth=30))
    def test_deep_threads_and_right_to_left_text(self, article: Article) -> None:
        assert newsmodel.read(newsmodel.write(article, "json", indent=None)) == article

    def test_sample_and_compact_form(self, sample: Article) -> None:
        compact = newsmodel.write(sample, "json", indent=None)
        assert "\n" not in compact
        assert newsmodel.read(compact) == sample


class TestLayout:
    """Documents are versioned, keys follow the model, and defaults are left out."""

    def test_envelope_and_key_order(self, sample: Article) -> None:
        data = json.loads(newsmodel.write(sample))
        assert list(data) == ["format", "version", "article"]
        assert (data["format"], data["version"]) == ("newsmodel", 1)
        keys = list(data["article"])
        fields = [f for f in Article.__attrs_attrs__ if f.name in keys]  # type: ignore[attr-defined]
        assert keys == [f.name for f in fields]

    def test_defaults_are_left_out(self) -> None:
        assert json.loads(newsmodel.write(Article("Only a headline")))["article"] == {
            "headline": "Only a headline"
        }

    def test_unions_are_tagged(self, sample: Article) -> None:
        data = json.loads(newsmodel.write(sample))["article"]
        assert {block["type"] for block in data["body"]} == {"paragraph", "heading", "quote"}
        assert data["authors"][0]["type"] == "person"

    def test_same_input_same_bytes(self, sample: Article) -> None:
        assert newsmodel.write(sample) == newsmodel.write(sample)

    def test_days_and_date_times_stay_apart(self) -> None:
        article = Article(
            "x",
            date_published=dt.date(2025, 9, 4),
            date_modified=dt.datetime(2025, 9, 4, 8, tzinfo=dt.timezone.utc),
        )
        data = json.loads(newsmodel.write(article))["article"]
        assert (data["date_published"], data["date_modified"]) == (
            "2025-09-04",
            "2025-09-04T08:00:00+00:00",
        )
        assert newsmodel.read(newsmodel.write(article)) == article

    def test_non_ascii_is_written_as_is(self) -> None:
        assert "سوريا" in newsmodel.write(Article("سوريا وروسيا"))


class TestErrors:
    """Bad documents raise ReadError with the JSON Pointer of the bad value."""

    @pytest.mark.parametrize(
        ("text", "path", "message"),
        [
            ("{", "", "not JSON: Expecting property name"),
            ("", "", "not JSON"),
            ("[]", "", "expected an object, got an array"),
            (
                '{"format": "newsmodel", "version": 1, "article": "x"}',
                "/article",
                "expected an object, got a string",
            ),
            ('{"format": "other", "version": 1}', "/format", 'expected "format": "newsmodel"'),
            ('{"format": "newsmodel", "version": "1"}', "/version", "integer version"),
            ('{"format": "newsmodel", "version": 9, "article": {}}', "/version", "newer"),
            ('{"format": "newsmodel", "version": 1}', "", 'missing "article"'),
            (document({"headline": "x"}, extra=1), "/extra", "unknown key"),
            (document({}), "/article/headline", "is required"),
            (document({"headline": ""}), "/article/headline", "must not be blank"),
            (document({"headline": 5}), "/article/headline", "expected a string, got a number"),
            (document({"headline": "x", "colour": "red"}), "/article/colour", "unknown key"),
            (
                document({"headline": "x", "keywords": "a,b"}),
                "/article/keywords",
                "expected an array, got a string",
            ),
            (document({"headline": "x", "keywords": ["a", " "]}), "/article/keywords/1", "blank"),
            (
                document({"headline": "x", "authors": [{"name": "A"}]}),
                "/article/authors/0/type",
                "is required",
            ),
            (
                document({"headline": "x", "authors": [{"type": "robot", "name": "A"}]}),
                "/article/authors/0/type",
                "got 'robot'",
            ),
            (
                document({"headline": "x", "authors": [{"type": "person", "name": 1}]}),
                "/article/authors/0/name",
                "expected a string",
            ),
            (
                document(
                    {"headline": "x", "body": [{"type": "heading", "text": "h", "level": 0}]}
                ),
                "/article/body/0/level",
                "from 1 to 6",
            ),
            (
                document({"headline": "x", "date_published": "2024-01-01T10:00:00"}),
                "/article/date_published",
                "timezone-aware",
            ),
            (
                document({"headline": "x", "date_published": "yesterday"}),
                "/article/date_published",
                "ISO 8601",
            ),
            (
                document({"headline": "x", "date_published": 20250904}),
                "/article/date_published",
                "expected an ISO 8601 date or date-time string",
            ),
            (
                document(
                    {
                        "headline": "x",
                        "comments": [{"text": "a", "replies": [{"text": "b", "upvotes": -1}]}],
                    }
                ),
                "/article/comments/0/replies/0/upvotes",
                "at least 0",
            ),
            (
                document({"headline": "x", "section": {"name": "a", "parent": {"name": ""}}}),
                "/article/section/parent/name",
                "blank",
            ),
            (
                document(
                    {
                        "headline": "x",
                        "related": [{"title": "t", "url": "https://a.example/", "kind": "nope"}],
                    }
                ),
                "/article/related/0/kind",
                "expected one of",
            ),
            (
                document({"headline": "x", "extra": {"a/b": [0, {"c": None, "d": 1e999}]}}),
                "/article/extra/a~1b/1/d",
                "not a JSON number",
            ),
            (
                document({"headline": "x", "comments_open": 1}),
                "/article/comments_open",
                "expected a boolean",
            ),
            (
                document(
                    {"headline": "x", "images": [{"url": "https://a.example/p", "width": True}]}
                ),
                "/article/images/0/width",
                "expected an integer, got a boolean",
            ),
        ],
    )
    def test_path_of_the_bad_value(self, text: str, path: str, message: str) -> None:
        with pytest.raises(ReadError) as caught:
            newsmodel.read(text, format="json")
        assert caught.value.path == path
        assert message in caught.value.message
        assert caught.value.format == "json"

    @pytest.mark.parametrize("depth", [300, 100_000])
    def test_deep_nesting_is_an_error_not_a_crash(self, depth: int) -> None:
        nested = document({"headline": "x", "extra": {"a": "@"}}).replace(
            '"@"', "[" * depth + "]" * depth
        )
        with pytest.raises(ReadError, match="nested deeper"):
            newsmodel.read(nested, format="json")

    def test_writes_only_articles(self) -> None:
        with pytest.raises(WriteError, match="only write an Article"):
            newsmodel.write("not an article", "json")  # type: ignore[arg-type]

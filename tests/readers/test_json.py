"""The ``json`` reader: newsmodel's own JSON documents, recognised by their envelope.

The format itself (layout, round trips, errors with their paths) is tests/test_json.py's.
"""

from __future__ import annotations

import json

import pytest

import newsmodel
from newsmodel import Article
from newsmodel.readers.json import reader
from newsmodel.source import Source


def _document(**article: object) -> str:
    return json.dumps({"format": "newsmodel", "version": 1, "article": article})


class TestRecognizes:
    """A document is the reader's when it opens with a ``"format": "newsmodel"`` object."""

    @pytest.mark.parametrize(
        "text",
        [
            _document(headline="H"),
            '  {"format": "newsmodel"}',
            '{\n  "version": 1,\n  "format" : "newsmodel", "article": {}}',
        ],
    )
    def test_its_documents(self, text: str) -> None:
        assert reader.recognizes(Source.of(text))

    @pytest.mark.parametrize(
        "text",
        [
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H"}',
            '{"format": "other", "version": 1}',
            '[{"format": "newsmodel"}]',
            "<html><head><title>format newsmodel</title></head></html>",
            "",
        ],
    )
    def test_not_others(self, text: str) -> None:
        assert not reader.recognizes(Source.of(text))


class TestRead:
    """One document, one article; without a format, the envelope picks this reader."""

    def test_one_article(self) -> None:
        assert list(reader.read_all(Source.of(_document(headline="H")))) == [Article("H")]

    def test_found_without_a_format(self) -> None:
        sourced = newsmodel.read_with_sources(_document(headline="H", description="D"))
        assert sourced.article == Article("H", description="D")
        assert dict(sourced.sources) == {"headline": "json", "description": "json"}

"""Every structured-data form a real page carries, read from pages of our own."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article, ReadWarning

PAGES = Path(__file__).resolve().parents[2] / "pages"
URL = "https://riverain.example/region/traversier?utm=x"
EDT = dt.timezone(dt.timedelta(hours=-4))


@pytest.fixture(scope="module")
def every_source() -> newsmodel.SourcedArticle:
    return newsmodel.read_with_sources(PAGES / "every-source.html", url=URL)


class TestMetaTags:
    """OpenGraph, article:*, Twitter cards, meta names, link rel, <time> and <html lang>."""

    def test_fields(self, every_source: newsmodel.SourcedArticle) -> None:
        article = every_source.article
        assert article.headline == "Le traversier reprend du service"
        assert article.description is not None
        assert article.description.startswith("Après six semaines")
        assert article.date_published == dt.datetime(2026, 4, 14, 6, 45, tzinfo=EDT)
        assert article.date_modified == dt.datetime(2026, 4, 14, 9, 10, tzinfo=EDT)
        assert article.section is not None
        assert article.section.name == "Région"
        assert article.keywords == ("transport", "fleuve")
        assert article.images[0].url == "https://riverain.example/media/traversier.jpg"
        assert article.canonical_url == "https://riverain.example/region/traversier"
        assert article.language == "fr-CA"
        assert article.portal is not None
        assert article.portal.name == "Le Riverain"

    def test_twitter_label_and_link_rel_author(
        self, every_source: newsmodel.SourcedArticle
    ) -> None:
        (author,) = every_source.article.authors
        assert author.name == "Élise Tremblay"
        assert author.url == "https://riverain.example/auteurs/elise-tremblay"

    def test_amp_address_is_kept(self, every_source: newsmodel.SourcedArticle) -> None:
        assert every_source.article.extra["amphtml"] == (
            "https://riverain.example/amp/region/traversier"
        )

    def test_sources(self, every_source: newsmodel.SourcedArticle) -> None:
        assert every_source.sources["headline"] == "opengraph"
        assert every_source.sources["date_published"] == "opengraph"
        assert every_source.sources["authors"] == "meta"
        assert every_source.sources["canonical_url"] == "opengraph"
        assert every_source.sources["language"] == "html"
        assert every_source.sources["body"] == "visible"


def _page(*scripts: str, head: str = "") -> str:
    tags = "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)
    return f"<html><head>{head}{tags}</head><body><p>Text.</p></body></html>"


_ARTICLE = {"@type": "NewsArticle", "headline": "Ferry back", "datePublished": "2026-04-14"}
_OTHER = {"@type": "NewsArticle", "headline": "Other story", "url": "https://x.example/other"}


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(_page(json.dumps(_ARTICLE)), id="object"),
        pytest.param(_page(json.dumps([{"@type": "WebSite", "name": "X"}, _ARTICLE])), id="array"),
        pytest.param(
            _page(json.dumps({"@graph": [{"@type": "Organization"}, _ARTICLE]})), id="graph"
        ),
        pytest.param(
            _page(json.dumps({"@type": "WebPage", "mainEntity": _ARTICLE})), id="main-entity"
        ),
        pytest.param(
            _page(json.dumps({**_ARTICLE, "@type": ["NewsArticle", "ReportageNewsArticle"]})),
            id="type-list",
        ),
        pytest.param(
            _page(json.dumps([_OTHER, {**_ARTICLE, "url": "https://x.example/ferry"}])),
            id="several-candidates",
        ),
        pytest.param(
            _page(
                json.dumps(_ARTICLE)
                .replace('"Ferry', "&quot;Ferry")
                .replace('back"', "back&quot;")
            ),
            id="html-entities",
        ),
        pytest.param(_page(json.dumps(_ARTICLE)[:-1] + ",}"), id="trailing-comma"),
        pytest.param(_page("/* page data */" + json.dumps(_ARTICLE)), id="comment"),
        pytest.param(
            _page(json.dumps({"@type": "WebSite"}) + json.dumps(_ARTICLE)), id="two-values"
        ),
        pytest.param(_page("//<![CDATA[\n" + json.dumps(_ARTICLE) + "\n//]]>"), id="cdata"),
    ],
)
def test_jsonld_forms(html: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        read = newsmodel.read_with_sources(html, url="https://x.example/ferry")
    article: Article = read.article
    assert (article.headline, article.date_published) == ("Ferry back", dt.date(2026, 4, 14))
    assert read.sources["headline"] == "json-ld"


def test_broken_jsonld_is_reported() -> None:
    with pytest.warns(ReadWarning):
        newsmodel.read(_page(json.dumps(_ARTICLE)[:-1] + ",}"))


def test_whole_document_formats_are_credited_with_every_field(sample_json: str) -> None:
    read = newsmodel.read_with_sources(sample_json)
    assert read.article == newsmodel.read(sample_json)
    assert read.sources["headline"] == "json"
    assert "extra" not in read.sources
    with pytest.raises(TypeError):
        read.sources["headline"] = "x"  # type: ignore[index]


def test_meta_names_alone() -> None:
    """Dublin Core, Parse.ly and the standard names give the fields when nothing else does."""
    read = newsmodel.read_with_sources(PAGES / "meta-names-only.html")
    article = read.article
    cest = dt.timezone(dt.timedelta(hours=2))
    assert article.headline == "Night buses return to the coast road"
    assert [a.name for a in article.authors] == ["Tomas Lindqvist"]
    assert article.date_published == dt.datetime(2026, 5, 2, 21, 15, tzinfo=cest)
    assert article.date_modified == dt.datetime(2026, 5, 3, 8, tzinfo=cest)
    assert article.keywords == ("buses", "night traffic", "coast road")
    assert article.language == "sv"
    assert article.section is not None
    assert article.section.name == "Transport"
    assert article.publisher is not None
    assert article.publisher.name == "Coastline Courier"
    for field in ("headline", "authors", "date_published", "date_modified", "language"):
        assert read.sources[field] == "meta", field

"""The JSON-LD reader: every shape schema.org articles come in, and the broken JSON of pages."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from typing import Any

import pytest

import newsmodel
from newsmodel import Organization, Person, ReadError, ReadWarning
from newsmodel._lenientjson import LenientJSONError, loads

BASE = "https://news.example/world/talks"


def article(**properties: Any) -> dict[str, Any]:
    return {"@type": "NewsArticle", "headline": "Talks in Damascus", **properties}


def read_one(value: Any, **kwargs: Any) -> newsmodel.Article:
    return newsmodel.read(json.dumps(value), format="jsonld", **kwargs)


class TestShapes:
    """Articles are found however the document is arranged, in document order."""

    @pytest.mark.parametrize(
        "document",
        [
            {"@context": "https://schema.org", **article()},
            [{"@type": "Organization", "name": "X"}, article()],
            {
                "@context": "https://schema.org",
                "@graph": [{"@type": "WebSite", "name": "X"}, article()],
            },
            {"@type": "WebPage", "mainEntity": article()},
            {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": article()}]},
            {"@context": "https://schema.org", **article(), "@type": ["NewsArticle", "Article"]},
            {
                "@context": "https://schema.org",
                **article(),
                "@type": "https://schema.org/BlogPosting",
            },
        ],
        ids=["object", "array", "graph", "main-entity", "item-list", "type-list", "type-iri"],
    )
    def test_found(self, document: Any) -> None:
        assert read_one(document).headline == "Talks in Damascus"

    def test_every_subtype(self) -> None:
        for kind in (
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "OpinionNewsArticle",
            "BlogPosting",
            "LiveBlogPosting",
            "Article",
        ):
            assert read_one({**article(), "@type": kind}).extra["@type"] == kind

    def test_read_all_in_document_order(self) -> None:
        graph = {
            "@graph": [
                article(headline="First"),
                {"@type": "Person", "name": "P"},
                article(headline="Second"),
            ]
        }
        titles = [a.headline for a in newsmodel.read_all(json.dumps(graph), format="jsonld")]
        assert titles == ["First", "Second"]

    def test_no_article(self) -> None:
        with pytest.raises(ReadError, match="no article found"):
            read_one({"@context": "https://schema.org", "@type": "Person", "name": "P"})


class TestFields:
    """schema.org properties land in their fields; the rest stays in extra."""

    def test_full_article(self) -> None:
        node = article(
            alternativeHeadline="Defence talks",
            description="A large delegation.",
            dateline="Damascus",
            articleBody="First paragraph.\n\nSecond paragraph.",
            url="/world/talks",
            mainEntityOfPage={"@id": "https://news.example/canonical/talks"},
            datePublished="2025-01-28T14:00:00+03:00",
            dateModified="2025-01-28T16:30:00Z",
            articleSection="World",
            keywords="Syria, Russia , defence",
            inLanguage={"@type": "Language", "name": "English", "alternateName": "en"},
            image={
                "@type": "ImageObject",
                "url": "/i.jpg",
                "width": 1200,
                "height": "800",
                "caption": "The delegation",
            },
            publisher={
                "@type": "NewsMediaOrganization",
                "name": "News Example",
                "logo": "https://news.example/logo.png",
            },
            isAccessibleForFree=True,
            wordCount=4,
        )
        got = read_one(node, url=BASE)
        assert got.alternative_headline == "Defence talks"
        assert got.description == "A large delegation."
        assert got.dateline == "Damascus"
        assert got.text == "First paragraph.\n\nSecond paragraph."
        assert got.url == "https://news.example/world/talks"
        assert got.canonical_url == "https://news.example/canonical/talks"
        assert got.date_published == dt.datetime(2025, 1, 28, 11, tzinfo=dt.timezone.utc)
        assert got.date_published is not None
        assert got.date_published.utcoffset() == dt.timedelta(hours=3)
        assert got.section is not None
        assert got.section.name == "World"
        assert got.keywords == ("Syria", "Russia", "defence")
        assert got.language == "en"
        assert got.images[0].url == "https://news.example/i.jpg"
        assert (got.images[0].width, got.images[0].height) == (1200, 800)
        assert got.publisher is not None
        assert got.publisher.logo is not None
        assert got.extra == {"@type": "NewsArticle", "isAccessibleForFree": True, "wordCount": 4}

    def test_authors_as_objects_strings_and_references(self) -> None:
        graph = {
            "@graph": [
                article(
                    author=[
                        {"@id": "#jane"},
                        "Omar Haddad",
                        {"@type": "NewsMediaOrganization", "name": "Wire Desk"},
                    ]
                ),
                {
                    "@type": "Person",
                    "@id": "#jane",
                    "name": "Jane Roe",
                    "url": "https://news.example/jane",
                },
            ]
        }
        assert read_one(graph).authors == (
            Person("Jane Roe", url="https://news.example/jane"),
            Person("Omar Haddad"),
            Organization("Wire Desk"),
        )

    def test_html_escaped_strings(self) -> None:
        got = read_one(
            article(headline="Fish &amp; Chips &#8211; a history", author="Maria &amp; Kat")
        )
        assert got.headline == "Fish & Chips – a history"
        assert got.authors == (Person("Maria & Kat"),)

    def test_mentions_with_the_role_wrapper(self) -> None:
        node = article(
            mentions=[
                {
                    "@type": "Role",
                    "roleName": "Minister of Defense",
                    "mentions": {"@type": "Person", "name": "Mareh Abu Qasra"},
                },
                {"@type": "Person", "name": "Mikhail Degtyarev"},
                {"@type": "Place", "name": "Damascus"},
            ]
        )
        people = read_one(node).mentions
        assert [p.name for p in people] == ["Mareh Abu Qasra", "Mikhail Degtyarev"]
        assert people[0].roles[0].name == "Minister of Defense"

    def test_comment_threads(self) -> None:
        node = article(
            comment=[
                {
                    "@type": "Comment",
                    "text": "Good news",
                    "author": "Rana",
                    "upvoteCount": 3,
                    "dateCreated": "2025-01-28T15:00:00+03:00",
                    "comment": [{"@type": "Comment", "text": "Agreed"}],
                }
            ]
        )
        [thread] = read_one(node).comments
        assert (thread.text, thread.upvotes, thread.replies[0].text) == ("Good news", 3, "Agreed")


class TestNoGuessing:
    """What cannot be mapped without guessing is kept in extra, with a warning."""

    def test_date_without_time_zone_keeps_only_the_day(self) -> None:
        with pytest.warns(ReadWarning, match="datePublished: has no time zone; only its day"):
            got = read_one(article(datePublished="2025-01-28T14:00:00"))
        assert got.date_published == dt.date(2025, 1, 28)
        assert got.extra["datePublished"] == "2025-01-28T14:00:00"

    def test_a_day_is_a_day(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            got = read_one(article(datePublished="2025-01-28"))
        assert got.date_published == dt.date(2025, 1, 28)

    def test_relative_url_without_a_base(self) -> None:
        with pytest.warns(ReadWarning, match="url: must be an absolute"):
            got = read_one(article(url="/world/talks"))
        assert got.extra["url"] == "/world/talks"

    def test_impossible_port(self) -> None:
        with pytest.warns(ReadWarning, match="url: has an impossible port '99999'"):
            got = read_one(article(url="https://example.com:99999/world/talks"))
        assert got.url is None
        assert got.extra["url"] == "https://example.com:99999/world/talks"

    def test_modified_before_published(self) -> None:
        with pytest.warns(ReadWarning, match="dateModified: is before datePublished"):
            got = read_one(
                article(datePublished="2025-01-28T14:00:00Z", dateModified="2025-01-27T14:00:00Z")
            )
        assert got.date_modified is None
        assert got.extra["dateModified"] == "2025-01-27T14:00:00Z"

    def test_bad_language_tag(self) -> None:
        with pytest.warns(ReadWarning, match="inLanguage"):
            got = read_one(article(inLanguage="English"))
        assert got.language is None
        assert got.extra["inLanguage"] == "English"

    def test_missing_headline_is_an_error(self) -> None:
        with pytest.raises(ReadError, match="headline"):
            read_one({"@type": "NewsArticle", "name": " "})


class TestBrokenJson:
    """The broken JSON found in pages is repaired, and each repair is reported."""

    @pytest.mark.parametrize(
        ("text", "repair"),
        [
            ('//<![CDATA[\n{"@type": "NewsArticle", "headline": "H"}\n//]]>', "CDATA"),
            ('{"@type": "NewsArticle", "headline": "H",}', "trailing commas"),
            ('{"@type": "NewsArticle", /* note */ "headline": "H"} // end', "JavaScript comments"),
            (
                "{&quot;@type&quot;: &quot;NewsArticle&quot;, "
                "&quot;headline&quot;: &quot;H&quot;}",
                "HTML entities",
            ),
            ('{"@type": "NewsArticle", "headline": "H"}\n{"@type": "WebSite"}', "several values"),
        ],
    )
    def test_repaired(self, text: str, repair: str) -> None:
        with pytest.warns(ReadWarning, match=repair):
            assert newsmodel.read(text, format="jsonld").headline == "H"

    def test_repairs_leave_strings_alone(self) -> None:
        values, _ = loads('{"a": "keep ,] and // and /* */ here",}')
        assert values == [{"a": "keep ,] and // and /* */ here"}]

    def test_hopeless(self) -> None:
        with pytest.raises(LenientJSONError):
            loads("{{{")
        with pytest.raises(ReadError, match="not JSON"):
            newsmodel.read("{{{", format="jsonld")

    def test_deep_nesting(self) -> None:
        with pytest.raises(ReadError, match="nested too deeply"):
            newsmodel.read("[" * 100_000 + "]" * 100_000, format="jsonld")


def test_recognised_without_a_format() -> None:
    document = json.dumps({"@context": "https://schema.org", **article()})
    assert newsmodel.read(document).headline == "Talks in Damascus"

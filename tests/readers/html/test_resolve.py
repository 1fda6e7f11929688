"""The resolver's own rules, with sources made up for each test.

How real pages' fields come out by these rules is pinned in ``test_precedence.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs
import pytest

from newsmodel import Article, Organization, Person, Related, Section
from newsmodel._html import parse_html
from newsmodel.readers.html import page_sources
from newsmodel.readers.html.page import Page
from newsmodel.readers.html.portal import Trail
from newsmodel.readers.html.resolve import (
    ONLY_WHEN_MISSING,
    OVERRIDES,
    PRECEDENCE,
    STRUCTURE,
    Resolution,
    asks_story_headline,
    resolve_metadata,
    resolve_structure,
    the_site_adapter,
)

UTC = dt.timezone.utc
HELPER_FIELDS = {"author_url", "amp_url", "site_name"}  # used by overrides, not kept


class Fake:
    """A source proposing fixed values; one that must not be asked raises."""

    def __init__(self, name: str, values: dict[str, list[Any]], *, asked: bool = True) -> None:
        self.name = name
        self.values = values
        self.may_be_asked = asked

    def propose(self, field: str) -> Iterable[Any]:
        if not self.may_be_asked and field in self.values:
            raise AssertionError(f"{self.name} was asked for {field}")
        return self.values.get(field, [])


def resolve(*sources: Fake) -> Resolution:
    return resolve_metadata({source.name: source for source in sources}, None)


class TestTable:
    """The table names real fields and real sources."""

    def test_fields_are_article_fields(self) -> None:
        names = {field.name for field in attrs.fields(Article)}
        assert set(PRECEDENCE) - names <= HELPER_FIELDS
        assert set(STRUCTURE) <= names

    def test_sources_are_the_pages_sources(self) -> None:
        page = Page(parse_html("<html><head><title>T</title></head></html>"), None)
        made = set(page_sources(page))
        named = {name for order in PRECEDENCE.values() for name in order}
        assert named <= made
        assert made >= ONLY_WHEN_MISSING

    def test_overrides_are_named_and_explained(self) -> None:
        for override in OVERRIDES:
            assert override.__doc__, override.__name__


class TestPrecedence:
    """Each field takes the first value in its row's order; empty values do not count."""

    def test_first_source_wins(self) -> None:
        found = resolve(
            Fake("meta", {"headline": ["From meta"]}),
            Fake("json-ld", {"headline": ["From JSON-LD"]}),
        )
        assert found.fields["headline"] == "From JSON-LD"
        assert found.provenance["headline"] == "json-ld"

    def test_empty_values_are_passed_over(self) -> None:
        found = resolve(
            Fake("json-ld", {"headline": [""], "keywords": [()]}),
            Fake("opengraph", {"headline": [None, "From OpenGraph"], "keywords": [("a",)]}),
        )
        assert found.fields["headline"] == "From OpenGraph"
        assert found.fields["keywords"] == ("a",)

    def test_a_source_outside_the_row_is_not_asked(self) -> None:
        found = resolve(Fake("title", {"description": ["Not a description source"]}))
        assert "description" not in found.fields


class TestRefining:
    """A date-time refines a bare day given earlier when it falls on that day."""

    def test_time_on_the_same_day(self) -> None:
        moment = dt.datetime(2025, 9, 4, 8, 30, tzinfo=UTC)
        found = resolve(
            Fake("json-ld", {"date_published": [dt.date(2025, 9, 4)]}),
            Fake("meta", {"date_published": [moment]}),
        )
        assert found.fields["date_published"] == moment
        assert found.provenance["date_published"] == "meta"

    def test_time_on_another_day(self) -> None:
        found = resolve(
            Fake("json-ld", {"date_published": [dt.date(2025, 9, 4)]}),
            Fake("meta", {"date_published": [dt.datetime(2025, 9, 5, 8, tzinfo=UTC)]}),
        )
        assert found.fields["date_published"] == dt.date(2025, 9, 4)

    def test_a_time_is_never_replaced(self) -> None:
        moment = dt.datetime(2025, 9, 4, 8, 30, tzinfo=UTC)
        found = resolve(
            Fake("json-ld", {"date_published": [moment]}),
            Fake("meta", {"date_published": [dt.datetime(2025, 9, 4, 9, tzinfo=UTC)]}),
        )
        assert found.fields["date_published"] == moment


class TestOnlyWhenMissing:
    """The visible page is searched only for a field the markup left empty."""

    def test_not_asked_once_decided(self) -> None:
        found = resolve(
            Fake("json-ld", {"date_published": [dt.date(2025, 9, 4)]}),
            Fake("url", {"date_published": [dt.date(2025, 9, 4)]}, asked=False),
            Fake("visible", {"date_published": [dt.date(2025, 9, 1)]}, asked=False),
        )
        assert found.provenance["date_published"] == "json-ld"

    def test_asked_when_empty(self) -> None:
        found = resolve(Fake("visible", {"date_published": [dt.date(2025, 9, 1)]}))
        assert found.fields["date_published"] == dt.date(2025, 9, 1)
        assert found.provenance["date_published"] == "visible"


class TestOverrides:
    def test_the_site_publishes_without_a_publisher(self) -> None:
        found = resolve(Fake("opengraph", {"site_name": ["Herald"]}))
        assert found.fields["publisher"] == Organization("Herald")
        assert found.provenance["publisher"] == "opengraph"

    def test_the_author_link_goes_to_a_lone_author(self) -> None:
        found = resolve(
            Fake("json-ld", {"authors": [(Person("Ann Lee"),)]}),
            Fake("link", {"author_url": ["https://herald.example/ann"]}),
        )
        assert found.fields["authors"] == (Person("Ann Lee", url="https://herald.example/ann"),)
        assert "author_url" not in found.fields

    def test_names_lose_their_by(self) -> None:
        found = resolve(Fake("meta", {"authors": [(Person("By Ann Lee"),)]}))
        assert found.fields["authors"] == (Person("Ann Lee"),)


class TestSiteAdapter:
    """A site adapter's selectors win, unless the reader's value already says the same."""

    @pytest.mark.parametrize(
        ("known", "found", "kept"),
        [
            ("Old headline", "New headline", False),
            (dt.datetime(2025, 9, 4, 8, tzinfo=UTC), dt.date(2025, 9, 4), True),
            (dt.date(2025, 9, 3), dt.date(2025, 9, 4), False),
            ((Person("Ann Lee", url="https://a.example/ann"),), (Person("ann lee"),), True),
            ((Person("Ann Lee"),), (Person("Ann Lee", url="https://a.example/ann"),), False),
            ((Person("Ann Lee"), Person("Omar Haddad")), (Person("Omar Haddad"),), True),
            ((Person("Ann Lee"), Person("Ann Lee")), (Person("Ann Lee"),), False),
            ((Person("Ann Lee"), Person("Omar Haddad")), (Person("Lin Wei"),), False),
        ],
    )
    def test_covers(self, known: Any, found: Any, kept: bool) -> None:
        field = {str: "headline", dt.datetime: "date_published", dt.date: "date_published"}
        name = field.get(type(known), "authors")
        resolution = Resolution({name: known}, {name: "json-ld"})
        the_site_adapter(resolution, {"site": Fake("site:example", {name: [found]})}, None)
        assert resolution.fields[name] == (known if kept else found)
        assert resolution.provenance[name] == ("json-ld" if kept else "site:example")


class TestStructure:
    """Section, related links and comments are decided after the metadata, a site
    adapter's first, a breadcrumb trail read against the headline."""

    TRAIL = Trail((("Home", "https://h.example/"), ("Town", None), ("Bridge opens", None)))

    def structure(self, *sources: Fake, headline: str = "Bridge opens") -> Resolution:
        resolution = Resolution({"headline": headline}, {"headline": "json-ld"})
        resolve_structure(resolution, {source.name: source for source in sources}, None)
        return resolution

    def test_a_trail_loses_home_and_the_article(self) -> None:
        found = self.structure(
            Fake("breadcrumbs", {"section": [self.TRAIL]}), Fake("meta", {"section": ["News"]})
        )
        assert found.fields["section"] == Section("Town")
        assert found.provenance["section"] == "breadcrumbs"

    def test_a_trail_of_only_the_article_leaves_the_markups_section(self) -> None:
        only = Trail((("Bridge opens", None),))
        found = self.structure(
            Fake("breadcrumbs", {"section": [only]}), Fake("meta", {"section": ["News"]})
        )
        assert found.fields["section"] == "News"
        assert found.provenance["section"] == "meta"

    def test_the_site_adapter_comes_first(self) -> None:
        related = [Related("Ferry returns", "https://h.example/ferry")]
        found = self.structure(
            Fake("site", {"related": [related], "section": [Trail((("Roads", None),))]}),
            Fake("visible", {"related": [[Related("Other", "https://h.example/o")]]}),
            Fake("breadcrumbs", {"section": [self.TRAIL]}),
        )
        assert found.fields["related"] == related
        assert found.fields["section"] == Section("Roads")
        assert found.provenance["related"] == found.provenance["section"] == "site"

    def test_markup_comments_before_the_visible_ones(self) -> None:
        found = self.structure(
            Fake("json-ld", {"comments": [["from JSON-LD"]]}),
            Fake("visible", {"comments": [["shown"]]}, asked=False),
        )
        assert found.fields["comments"] == ["from JSON-LD"]


class TestAsksStoryHeadline:
    """The page's <h1> elements are placed only where one may become the headline."""

    @pytest.mark.parametrize(
        ("provenance", "asked"),
        [({}, True), ({"headline": "title"}, True), ({"headline": "json-ld"}, False)],
    )
    def test_asked(self, provenance: dict[str, str], asked: bool) -> None:
        fields = {"headline": "Bridge opens"} if provenance else {}
        assert asks_story_headline(Resolution(fields, provenance)) is asked

"""schema.org microdata in HTML pages: read as JSON-LD is, after it, within limits."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, NewsmodelError, Organization, Paragraph, Person, ReadWarning, limits
from newsmodel._html import parse_html
from newsmodel.readers.html.microdata import microdata_items

PAGES = Path(__file__).resolve().parents[2] / "pages"
ARTICLE_URL = "https://courier.example/transport/night-ferry-returns"
BOTH_URL = "https://courier.example/business/market-hall-roof"
BASE = "https://courier.example/news/story"
SCHEMA = "https://schema.org/"
TZ = dt.timezone(dt.timedelta(hours=1))


def items(body: str, base: str | None = BASE) -> list[dict[str, Any]]:
    """The microdata items of a page with ``body`` as its body."""
    return microdata_items(parse_html(f"<html><body>{body}</body></html>"), base)


def one(body: str, base: str | None = BASE) -> dict[str, Any]:
    found = items(body, base)
    assert len(found) == 1
    return found[0]


def depth_of(item: dict[str, Any], prop: str) -> int:
    depth = 0
    while isinstance(item.get(prop), dict):
        item = item[prop]
        depth += 1
    return depth


@pytest.fixture(scope="module")
def article() -> Article:
    return newsmodel.read(PAGES / "microdata-article.html", format="html", url=ARTICLE_URL)


class TestMicrodataArticle:
    """A page described only in microdata gives every field JSON-LD would give."""

    def test_fields(self, article: Article) -> None:
        assert article.headline == "Night ferry returns to the lake after its winter pause"
        assert article.description == (
            "The late crossing to Eastbank runs again from Friday, with a smaller boat and "
            "two extra stops."
        )
        assert article.date_published == dt.datetime(2026, 1, 14, 6, 45, tzinfo=TZ)
        assert article.date_modified == dt.datetime(2026, 1, 14, 9, 10, tzinfo=TZ)
        assert article.authors == (
            Person("Mira Holt", url="https://courier.example/staff/mira-holt"),
        )
        assert article.section is not None
        assert article.section.name == "Transport"
        assert article.keywords == ("ferries", "winter timetable", "Eastbank")
        assert [image.url for image in article.images] == [
            "https://courier.example/media/night-ferry.jpg"
        ]
        # the standfirst set just before the articleBody element is read as its lead
        assert len(article.body) == 4
        assert article.body[0] == Paragraph(article.description)

    def test_publisher_with_logo(self, article: Article) -> None:
        publisher = article.publisher
        assert isinstance(publisher, Organization)
        assert publisher.name == "Lakeside Courier"
        assert publisher.url == "https://courier.example/"
        assert publisher.logo is not None
        assert publisher.logo.url == "https://courier.example/static/courier-logo.png"
        assert (publisher.logo.width, publisher.logo.height) == (240, 60)

    def test_comment_thread(self, article: Article) -> None:
        assert [c.text for c in article.comments] == [
            "Good news for the late shift at the bakery.",
            "Will bicycles be allowed on the smaller boat?",
        ]
        first = article.comments[0]
        assert first.id == f"{ARTICLE_URL}#c-101"
        assert first.author == Person("Oskar")
        assert first.date == dt.datetime(2026, 1, 14, 8, 2, tzinfo=TZ)
        assert [(r.text, r.author) for r in first.replies] == [
            ("The first crossing leaves West Pier at 22:15.", Person("Mira Holt"))
        ]
        assert article.comments[1].replies == ()

    def test_provenance(self) -> None:
        html = (PAGES / "microdata-article.html").read_text(encoding="utf-8")
        sources = newsmodel.read_with_sources(html, format="html", url=ARTICLE_URL).sources
        for field in ("headline", "date_published", "authors", "publisher", "comments"):
            assert sources[field] == "microdata", field
        assert "json-ld" not in sources.values()

    def test_same_article_as_the_jsonld_reader(self, article: Article) -> None:
        """The items are JSON-LD in shape: the jsonld reader reads them to the same fields."""
        tree = parse_html((PAGES / "microdata-article.html").read_text(encoding="utf-8"))
        [node] = microdata_items(tree, ARTICLE_URL)
        twin = newsmodel.read(json.dumps(node), format="jsonld", url=ARTICLE_URL)
        for field in ("headline", "date_published", "authors", "publisher", "comments"):
            assert getattr(twin, field) == getattr(article, field), field


class TestPrecedence:
    """JSON-LD wins where both give a field; microdata fills the gaps and beats OpenGraph."""

    def test_jsonld_wins_and_microdata_fills_gaps(self) -> None:
        article = newsmodel.read(PAGES / "microdata-and-jsonld.html", format="html", url=BOTH_URL)
        assert article.headline == "Market hall roof to be replaced this summer"
        assert article.date_published == dt.datetime(2026, 2, 3, 7, 0, tzinfo=TZ)
        assert article.authors == (Person("Tomas Berg"),)
        assert article.section is not None
        assert article.section.name == "Town"  # microdata, over OpenGraph's "Business"
        assert article.keywords == ("market", "council")
        assert article.publisher == Organization("Lakeside Courier")

    def test_provenance(self) -> None:
        html = (PAGES / "microdata-and-jsonld.html").read_text(encoding="utf-8")
        sources = newsmodel.read_with_sources(html, format="html", url=BOTH_URL).sources
        assert sources["headline"] == "json-ld"
        assert sources["date_published"] == "json-ld"
        assert sources["section"] == "microdata"
        assert sources["keywords"] == "microdata"
        assert sources["publisher"] == "microdata"

    def test_item_at_the_page_url_is_chosen(self) -> None:
        html = (
            "<html><body>"
            f'<div itemscope itemtype="{SCHEMA}NewsArticle">'
            '<a itemprop="url" href="/other">x</a><h2 itemprop="headline">A teaser</h2></div>'
            f'<div itemscope itemtype="{SCHEMA}NewsArticle">'
            '<link itemprop="url" href="/news/story"><h1 itemprop="headline">The story</h1></div>'
            "</body></html>"
        )
        assert newsmodel.read(html, format="html", url=BASE).headline == "The story"

    def test_microdata_comments_before_the_comment_list(self) -> None:
        html = (
            "<html><head><title>t</title></head><body>"
            f'<article itemscope itemtype="{SCHEMA}BlogPosting">'
            '<h1 itemprop="headline">Post</h1>'
            f'<div itemprop="comment" itemscope itemtype="{SCHEMA}Comment">'
            '<p itemprop="text">From microdata</p></div></article>'
            '<ol class="comment-list"><li class="comment"><p>From the list</p></li></ol>'
            "</body></html>"
        )
        article = newsmodel.read(html, format="html", url=BASE)
        assert [c.text for c in article.comments] == ["From microdata"]

    def test_page_without_microdata_is_unchanged(self) -> None:
        html = (
            "<html><head><title>t</title></head><body>"
            '<ol class="comment-list"><li class="comment"><p>From the list</p></li></ol>'
            "</body></html>"
        )
        assert [c.text for c in newsmodel.read(html, format="html").comments] == ["From the list"]


class TestValues:
    """Each kind of element gives its value by the HTML microdata rules."""

    @pytest.mark.parametrize(
        ("markup", "value"),
        [
            ('<meta itemprop="p" content=" a  b ">', "a b"),
            ('<a itemprop="p" href="../x">text</a>', "https://courier.example/x"),
            ('<area itemprop="p" href="/map">', "https://courier.example/map"),
            ('<link itemprop="p" href="l">', "https://courier.example/news/l"),
            ('<img itemprop="p" src="i.jpg" alt="no">', "https://courier.example/news/i.jpg"),
            ('<audio itemprop="p" src="a.mp3"></audio>', "https://courier.example/news/a.mp3"),
            ('<video itemprop="p" src="v.mp4"></video>', "https://courier.example/news/v.mp4"),
            (
                '<video><source itemprop="p" src="s.webm"></video>',
                "https://courier.example/news/s.webm",
            ),
            ('<iframe itemprop="p" src="/f"></iframe>', "https://courier.example/f"),
            ('<embed itemprop="p" src="/e">', "https://courier.example/e"),
            ('<object itemprop="p" data="/o"></object>', "https://courier.example/o"),
            ('<time itemprop="p" datetime="2026-01-02">2 Jan</time>', "2026-01-02"),
            ('<time itemprop="p">2026-01-03</time>', "2026-01-03"),
            ('<data itemprop="p" value="42">forty-two</data>', "42"),
            ('<meter itemprop="p" value="0.5">half</meter>', "0.5"),
            ('<p itemprop="p">  Two\n   <b>lines</b>\tof text </p>', "Two lines of text"),
            (
                '<a itemprop="p" href="https://elsewhere.example/">x</a>',
                "https://elsewhere.example/",
            ),
        ],
    )
    def test_value(self, markup: str, value: str) -> None:
        assert one(f"<div itemscope>{markup}</div>") == {"p": value}

    def test_text_properties_on_links_take_the_text(self) -> None:
        body = (
            '<div itemscope><a itemprop="author url" href="/staff/ada">Ada Ray</a>'
            '<a itemprop="articleSection">Town</a><a itemprop="sameAs" href="/ada">Ada</a></div>'
        )
        assert one(body) == {
            "author": "Ada Ray",
            "url": "https://courier.example/staff/ada",
            "articleSection": "Town",
            "sameAs": "https://courier.example/ada",
        }

    def test_relative_urls_are_kept_without_a_base(self) -> None:
        assert one('<div itemscope><a itemprop="p" href="x">x</a></div>', base=None) == {"p": "x"}

    def test_empty_values_are_left_out(self) -> None:
        body = (
            '<div itemscope><meta itemprop="a"><img itemprop="b"><span itemprop="c"> </span>'
            '<span itemprop="d">kept</span></div>'
        )
        assert one(body) == {"d": "kept"}

    def test_long_text_is_cut(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "MICRODATA_MAX_TEXT", 10)
        assert one('<div itemscope><p itemprop="p">abcdefghijklmnop</p></div>') == {
            "p": "abcdefghij"
        }


class TestItems:
    """Types, ids, names and nesting give JSON-LD-shaped dicts of the top-level items."""

    def test_types(self) -> None:
        found = items(
            '<div itemscope itemtype="https://schema.org/NewsArticle"></div>'
            '<div itemscope itemtype="http://schema.org/Person http://www.schema.org/Patient">'
            "</div>"
            '<div itemscope itemtype="http://data-vocabulary.org/Person"></div>'
            '<div itemscope itemtype="https://schema.org/Event http://example.org/Party"></div>'
        )
        assert found == [
            {"@type": "NewsArticle"},
            {"@type": ["Person", "Patient"]},
            {},
            {"@type": "Event"},
        ]

    def test_itemid_is_the_resolved_id(self) -> None:
        assert one('<div itemscope itemid="#main"></div>') == {"@id": f"{BASE}#main"}

    def test_several_names_and_repeated_names(self) -> None:
        body = (
            '<div itemscope><h1 itemprop="headline name">H</h1>'
            '<span itemprop="keywords">a</span><span itemprop="keywords">b</span>'
            '<span itemprop="keywords keywords">c</span></div>'
        )
        assert one(body) == {"headline": "H", "name": "H", "keywords": ["a", "b", "c"]}

    def test_a_value_repeated_under_one_name_is_given_once(self) -> None:
        body = (
            '<div itemscope><span itemprop="author">Ada</span><span itemprop="author">Bo</span>'
            '<a itemprop="author" href="/ada">Ada</a><span itemprop="name">Ada</span>'
            '<p itemprop="friend" itemscope><b itemprop="name">Cy</b></p>'
            '<p itemprop="friend" itemscope><b itemprop="name">Di</b></p>'
            '<p itemprop="friend" itemscope><b itemprop="name">Cy</b></p>'
            "</div>"
        )
        assert one(body) == {
            "author": ["Ada", "Bo"],
            "name": "Ada",
            "friend": [{"name": "Cy"}, {"name": "Di"}],
        }

    def test_schemaorg_iri_names_are_shortened(self) -> None:
        body = (
            '<div itemscope><span itemprop="http://schema.org/headline">H</span>'
            '<span itemprop="http://example.org/score">9</span><span itemprop="@id">x</span></div>'
        )
        assert one(body) == {"headline": "H", "http://example.org/score": "9"}

    def test_nested_items_are_values_not_top_level(self) -> None:
        body = (
            f'<div itemscope itemtype="{SCHEMA}NewsArticle"><div>'
            f'<span itemprop="author" itemscope itemtype="{SCHEMA}Person">'
            '<span itemprop="name">Ada</span></span></div>'
            '<span itemprop="headline">H</span></div>'
        )
        assert items(body) == [
            {
                "@type": "NewsArticle",
                "author": {"@type": "Person", "name": "Ada"},
                "headline": "H",
            }
        ]

    def test_a_nested_items_properties_stay_its_own(self) -> None:
        body = (
            '<div itemscope><div itemprop="x" itemscope><span itemprop="name">inner</span>'
            '</div><span itemprop="name">outer</span></div>'
        )
        assert one(body) == {"x": {"name": "inner"}, "name": "outer"}

    def test_a_property_of_nothing_is_read_as_top_level(self) -> None:
        body = (
            f'<article itemprop="blogPost" itemscope itemtype="{SCHEMA}BlogPosting">'
            '<h1 itemprop="headline">H</h1></article>'
        )
        assert items(body) == [{"@type": "BlogPosting", "headline": "H"}]

    def test_page_without_items(self) -> None:
        assert items('<p itemprop="name">loose</p><p>text</p>') == []


class TestItemref:
    """Properties also come from the elements itemref names, in tree order; loops end."""

    def test_properties_from_referenced_elements_in_tree_order(self) -> None:
        body = (
            '<p id="before" itemprop="a">1</p>'
            '<div itemscope itemref="after before missing"><span itemprop="a">2</span></div>'
            '<div id="after"><span itemprop="a">3</span></div>'
        )
        assert items(body) == [{"a": ["1", "2", "3"]}]

    def test_tree_order_among_elements_without_properties(self) -> None:
        """Only the elements with ``itemprop`` are put in order; the rest do not count."""
        filler = "<p>x</p>" * 20
        body = (
            f'<div id="late">{filler}<i itemprop="a">4</i></div>{filler}'
            '<div itemscope itemref="late early mid"><b itemprop="a">2</b>'
            f'<div itemprop="b" itemscope><i itemprop="n">inner</i></div></div>{filler}'
            f'<span id="mid" itemprop="a">3</span><div id="early">{filler}'
            '<b itemprop="a">1</b></div>'
        )
        assert items(body) == [{"a": ["4", "2", "3", "1"], "b": {"n": "inner"}}]

    def test_referenced_item_is_not_read_again_as_top_level(self) -> None:
        body = (
            '<div itemscope itemref="p"><span itemprop="name">Article</span></div>'
            '<div id="p" itemprop="author" itemscope><span itemprop="name">Ada</span></div>'
        )
        assert items(body) == [{"name": "Article", "author": {"name": "Ada"}}]

    def test_loop_between_items_ends(self) -> None:
        body = (
            '<div itemscope itemref="b"><span itemprop="name">T</span></div>'
            '<div id="b" itemprop="friend" itemscope itemref="c"><span itemprop="name">B</span>'
            "</div>"
            '<div id="c" itemprop="friend" itemscope itemref="b"><span itemprop="name">C</span>'
            "</div>"
        )
        [item] = items(body)
        assert item == {"name": "T", "friend": {"name": "B", "friend": {"name": "C"}}}
        json.dumps(item)  # no cycles

    def test_references_to_itself_and_its_ancestors_end(self) -> None:
        body = (
            '<div id="outer"><div id="s" itemscope itemref="s outer">'
            '<div itemprop="child" itemscope itemref="outer s"><span itemprop="n">1</span>'
            "</div></div></div>"
        )
        assert items(body) == [{"child": {"n": "1"}}]


class TestLimits:
    """Hostile microdata ends quickly, with what was read before a limit and a ReadWarning."""

    def test_deep_nesting_through_read(self) -> None:
        hostile = (
            b"<html><head><title>t</title></head><body>"
            + b'<div itemscope itemtype="https://schema.org/NewsArticle" itemprop="x">' * 100_000
            + b'<span itemprop="headline">deep</span>'
            + b"</div>" * 100_000
            + b"</body></html>"
        )
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            with contextlib.suppress(NewsmodelError):
                newsmodel.read(hostile, format="html")
        assert time.perf_counter() - start < 30  # a bound on runaway work, not a benchmark

    def test_items_nest_at_most_max_depth(self) -> None:
        levels = limits.MICRODATA_MAX_DEPTH + 20  # still under libxml2's own cap of 255
        body = "<div itemscope>" + '<div itemprop="x" itemscope>' * levels + "</div>" * levels
        with pytest.warns(ReadWarning, match="nested more than"):
            found = items(body)
        assert len(found) == 1
        assert depth_of(found[0], "x") == limits.MICRODATA_MAX_DEPTH

    def test_item_budget(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "MICRODATA_MAX_ITEMS", 5)
        with pytest.warns(ReadWarning, match="more than 5 items"):
            found = items('<div itemscope><span itemprop="n">x</span></div>' * 20)
        assert len(found) == 5

    def test_property_budget(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "MICRODATA_MAX_PROPERTIES", 7)
        with pytest.warns(ReadWarning, match="more than 7 property values"):
            found = items(
                "<div itemscope>"
                + "".join(f'<span itemprop="n">{i}</span>' for i in range(20))
                + "</div>" * 2
            )
        assert len(found[0]["n"]) == 7

    def test_element_budget(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "MICRODATA_MAX_ELEMENTS", 50)
        with pytest.warns(ReadWarning, match="more than 50 elements"):
            found = items(("<div itemscope>" + "<p>x</p>" * 40 + "</div>") * 3)
        assert found == [{}, {}]

    def test_character_budget(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "MICRODATA_MAX_CHARACTERS", 25)
        with pytest.warns(ReadWarning, match="more than 25 characters"):
            found = items('<div itemscope><p itemprop="t">0123456789</p>' * 3 + "</div>" * 3)
        assert [item.get("t") for item in found] == ["0123456789", "0123456789", "01234"]

    def test_itemref_amplification_with_the_default_limits(self) -> None:
        shared = '<div id="big">' + '<span itemprop="n">x</span>' * 2_000 + "</div>"
        body = '<div itemscope itemref="big"></div>' * 3_000 + shared
        start = time.perf_counter()
        with pytest.warns(ReadWarning, match="microdata"):
            found = items(body)
        assert time.perf_counter() - start < 30  # a bound on runaway work, not a benchmark
        assert len(found) <= limits.MICRODATA_MAX_ITEMS


_IDS = st.sampled_from(["a", "b", "c"])
_ATTRIBUTES = st.fixed_dictionaries(
    {},
    optional={
        "itemscope": st.just(""),
        "itemprop": st.sampled_from(["name", "author", "comment", "name author"]),
        "itemtype": st.sampled_from(["https://schema.org/Comment", "http://x.example/T"]),
        "itemref": st.lists(_IDS, max_size=3).map(" ".join),
        "itemid": st.sampled_from(["#1", "http://[bad", ""]),
        "id": _IDS,
    },
)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def render(tag: str, attributes: dict[str, str], inner: list[str]) -> str:
        written = "".join(f' {k}="{v}"' for k, v in attributes.items())
        return f"<{tag}{written}>{''.join(inner)}</{tag}>"

    return st.builds(
        render,
        st.sampled_from(["div", "span", "a", "time", "meta", "img"]),
        _ATTRIBUTES,
        st.lists(children, max_size=4),
    )


_PAGES = st.recursive(st.sampled_from(["", "text", "<p>more</p>"]), _element, max_leaves=30)


class TestAnyMarkup:
    """Any mix of microdata attributes gives JSON-shaped items without cycles, or nothing."""

    @given(_PAGES)
    def test_items_are_json(self, body: str) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error", ReadWarning)
            found = items(body)
        json.dumps(found)
        assert all(isinstance(item, dict) for item in found)

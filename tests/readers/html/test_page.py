"""The page, parsed once: what it collects, and that a read collects each part once."""

from __future__ import annotations

import gc
import warnings

import pytest

import newsmodel
from newsmodel import ReadWarning
from newsmodel._html import parse_html
from newsmodel.readers.html import page as page_module
from newsmodel.readers.html.page import Page

URL = "https://herald.example/town/bridge-opens?ref=home"
HEAD = """<html lang="en"><head>
<title>Bridge opens | Herald</title>
<meta property="og:title" content="  Bridge
   opens ">
<meta name="Description" content="First">
<meta name="description" content="Second">
<meta itemprop="genre" content="Town">
<meta name="empty" content="  ">
<meta property="og:url" content="/town/bridge-opens">
<link rel="canonical" href="https://herald.example/town/bridge-opens">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge opens"}</script>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": }</script>
</head>"""
BODY = """<body><h1>Bridge  opens</h1>
<nav><h1>Herald</h1></nav>
<ol itemscope itemtype="https://schema.org/BreadcrumbList">
 <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
  <a itemprop="item" href="/town/"><span itemprop="name">Town</span></a>
  <meta itemprop="position" content="1"></li>
 <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
  <a itemprop="item" href="/town/roads/"><span itemprop="name">Roads</span></a>
  <meta itemprop="position" content="2"></li></ol>
<article><p>The new bridge opened on Monday, two years after work began on the
river crossing that links the old town with the station quarter.</p>
<p>Hundreds walked across it in the first hour, the council said, and the
ferry that served the crossing for a century made its last trip.</p></article>
</body></html>"""


@pytest.fixture
def page() -> Page:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        page = Page(parse_html(HEAD + BODY), URL)
        page.jsonld  # noqa: B018 (collected here, where its warning is expected)
        return page


class TestMetas:
    """``<meta>`` contents by lower-cased property, name or itemprop, in page order,
    white space collapsed, empty ones left out."""

    def test_keys_and_values(self, page: Page) -> None:
        assert page.metas["og:title"] == ["Bridge opens"]
        assert page.metas["description"] == ["First", "Second"]
        assert page.metas["genre"] == ["Town"]
        assert "empty" not in page.metas

    def test_first_of_several_names(self, page: Page) -> None:
        assert page.meta("twitter:title", "og:title") == "Bridge opens"
        assert page.meta("DESCRIPTION") == "First"
        assert page.meta("absent") is None


class TestJsonLd:
    def test_broken_script_is_skipped_with_a_warning(self) -> None:
        page = Page(parse_html(HEAD + BODY), URL)
        with pytest.warns(ReadWarning, match="not JSON"):
            values = page.jsonld
        assert values == [{"@type": "NewsArticle", "headline": "Bridge opens"}]

    def test_article_nodes_are_searched_once(self, page: Page) -> None:
        assert page.jsonld_nodes() is page.jsonld_nodes()
        nodes, _ = page.jsonld_nodes()
        assert [node["headline"] for node in nodes] == ["Bridge opens"]


class TestAddresses:
    def test_url_canonical_and_og_url(self, page: Page) -> None:
        assert page.addresses == [
            URL,
            "https://herald.example/town/bridge-opens",
            "https://herald.example/town/bridge-opens",
        ]


class TestHeadings:
    def test_h1s_are_taken_before_the_body_is_cleaned(self) -> None:
        page = Page(parse_html(HEAD + BODY), URL)
        assert page.h1s == ["Bridge opens", "Herald"]


class TestOncePerRead:
    """A whole read parses each JSON-LD script once and reads the microdata once,
    though metadata, listing detection and breadcrumbs all look at them."""

    def test_each_part_collected_once(self, monkeypatch: pytest.MonkeyPatch) -> None:
        calls = {"loads": 0, "microdata": 0}
        loads, microdata_items = page_module.loads, page_module.microdata_items

        def counted_loads(text: str):  # type: ignore[no-untyped-def]
            calls["loads"] += 1
            return loads(text)

        def counted_microdata(*args):  # type: ignore[no-untyped-def]
            calls["microdata"] += 1
            return microdata_items(*args)

        monkeypatch.setattr(page_module, "loads", counted_loads)
        monkeypatch.setattr(page_module, "microdata_items", counted_microdata)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            found = newsmodel.read_with_sources(HEAD + BODY, format="html", url=URL)
        assert found.article.section is not None
        assert found.article.section.name == "Roads"  # from the microdata breadcrumbs
        assert calls == {"loads": 2, "microdata": 1}  # two scripts, one microdata pass


class TestFreedAtOnce:
    """A read leaves no reference cycle holding the page: its tree (the largest thing a
    read makes) is freed when the read returns, not at the next garbage collection."""

    def test_no_page_left_for_the_collector(self) -> None:
        gc.collect()
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ReadWarning)
                newsmodel.read_with_sources(HEAD + BODY, format="html", url=URL)
            gc.collect()
            left = {type(o).__name__ for o in gc.garbage}
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
        assert not left & {"Page", "HtmlElement", "_Document", "Resolution"}


class TestDescribes:
    """One answer to "which JSON-LD node is this page's own": a node giving one of the
    page's addresses (its URL, canonical link or ``og:url``) as its own."""

    def test_canonical_address_counts(self, page: Page) -> None:
        assert page.describes({"url": "https://herald.example/town/bridge-opens/"})
        assert page.describes({"@id": "/town/bridge-opens#article"})
        assert not page.describes({"url": "https://herald.example/town/other"})
        assert not page.describes({"headline": "no address"})

    def test_read_without_a_url_picks_the_same_node(self) -> None:
        nodes = (
            '{"@type": "NewsArticle", "headline": "Teaser of another story",'
            ' "url": "https://herald.example/town/other"},'
            '{"@type": "NewsArticle", "headline": "Bridge opens",'
            ' "url": "https://herald.example/town/bridge-opens"}'
        )
        html = (
            '<html><head><link rel="canonical" href="https://herald.example/town/bridge-opens">'
            f'<script type="application/ld+json">[{nodes}]</script></head><body></body></html>'
        )
        assert newsmodel.read(html).headline == "Bridge opens"
        assert newsmodel.read(html, url=URL).headline == "Bridge opens"

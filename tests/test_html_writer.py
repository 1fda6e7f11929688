"""The HTML writer: semantic HTML5 that no article text can break out of, read back whole."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import attrs
import extruct
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import newsmodel
from newsmodel import (
    Article,
    Figure,
    Heading,
    Image,
    InvalidValueError,
    ListBlock,
    Paragraph,
    Person,
    Quote,
    RelatedKind,
    Role,
)
from newsmodel.strategies import articles
from newsmodel.writers.html import _url, script_json
from newsmodel.writers.jsonld import to_jsonld

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "pages" / "harbour-reopens.html"

# The elements and attributes the writer uses; anything else in a page was injected.
_TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "header", "p", "a", "img",
    "main", "article", "nav", "ol", "li", "hgroup", "h1", "h2", "h3", "h4", "h5", "h6",
    "span", "time", "figure", "small", "figcaption", "div", "blockquote", "footer", "cite",
    "ul", "aside", "section", "form", "label", "textarea", "button",
}  # fmt: skip
_ATTRIBUTES = {
    "lang", "charset", "rel", "href", "name", "content", "property", "type", "class", "src",
    "alt", "width", "height", "aria-label", "datetime", "id", "method",
}  # fmt: skip
_HOSTILE = (
    "</script>",
    "<script>alert(1)</script>",
    "<!--",
    "-->",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "</title><b>",
    "]]>",
    "&amp;",
    "&lt;",
    '"',
    "'",
    "<",
    ">",
    "&",
    "\t",
    "\u2028",
    "\u2029",
    "\x7f",
    "\x85",
    "javascript:alert(1)",
)


def parse(page: str) -> lxml.html.HtmlElement:
    """Parse like a browser would, keeping comments (an injected one must show)."""
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=False)
    return lxml.html.document_fromstring(page, parser=parser)


def words(text: str | None) -> str:
    return " ".join((text or "").split())


class TestPage:
    """A whole page: head metadata, the article's parts, and the JSON-LD in the head."""

    def test_sample(self, sample: Article) -> None:
        tree = parse(newsmodel.write(sample, "html"))
        assert tree.get("lang") == "en"
        assert tree.findtext(".//title") == sample.headline
        assert tree.xpath("//meta[@property='og:site_name']/@content") == ["Harbour Herald"]
        article = tree.find(".//main/article")
        assert article.findtext("header/h1") == sample.headline
        assert article.xpath("header/p[@class='byline']/a[@rel='author']/@href") == [
            "https://portal.example/authors/karim-nassar"
        ]
        assert article.xpath(".//time/@datetime")[:2] == [
            "2026-03-02T09:30:00+02:00",
            "2026-03-02T11:05:00+02:00",
        ]
        crumbs = article.xpath("header/nav[@aria-label='Breadcrumb']/ol/li/a")
        assert [a.text for a in crumbs] == ["News", "Region"]
        assert article.findtext("header/figure/figcaption") == "The rebuilt quay"
        body = article.find("div[@class='article-body']")
        assert [child.tag for child in body] == ["p", "p", "h2", "p", "blockquote"]
        assert body.findtext("blockquote/footer/cite") == "Leila Haddad"
        related = article.find("aside")
        assert related.xpath("ul/@class") == ["related", "more-from-section"]
        thread = article.find("section[@id='comments']/ol")
        assert thread.findtext("li/p[@class='comment-text']") == "Good news for the whole coast."
        assert thread.findtext("li/ol/li/p[@class='comment-text']") == (
            "Let's see if the prices follow."
        )
        assert article.find(".//form//textarea") is not None

    def test_the_script_holds_to_jsonld(self, sample: Article) -> None:
        tree = parse(newsmodel.write(sample, "html", graph=True, type="ReportageNewsArticle"))
        (script,) = tree.xpath("//head/script[@type='application/ld+json']")
        assert json.loads(script.text) == to_jsonld(
            sample, graph=True, type="ReportageNewsArticle"
        )

    def test_fragment(self, sample: Article) -> None:
        fragment = newsmodel.write(sample, "html", document=False)
        assert fragment.startswith('<article lang="en">')
        assert fragment.endswith("</script>\n</article>")
        element = lxml.html.fragment_fromstring(fragment)
        script = element.find("script")
        assert json.loads(script.text) == to_jsonld(sample)

    def test_blocks(self) -> None:
        article = Article(
            "x",
            body=[
                Heading("Top", level=1),
                Heading("Deep", level=5),
                ListBlock(["a", "b"], ordered=True),
                Figure(Image("https://x.example/a.jpg", credit="AP", width=10)),
                Quote("Q"),
            ],
        )
        body = parse(newsmodel.write(article, "html")).find(".//div[@class='article-body']")
        assert [child.tag for child in body] == ["h2", "h5", "ol", "figure", "blockquote"]
        assert body.find("figure/img").get("width") == "10"
        assert body.findtext("figure/small") == "AP"

    def test_closed_comments(self) -> None:
        page = newsmodel.write(Article("x", comments_open=False), "html")
        assert "<p>Comments are closed.</p>" in page
        assert "<form" not in page

    def test_no_portal_no_site_header(self) -> None:
        page = newsmodel.write(Article("x"), "html")
        assert "site-header" not in page
        assert 'rel="canonical"' not in page

    def test_unknown_type(self) -> None:
        with pytest.raises(newsmodel.WriteError):
            newsmodel.write(Article("x"), "html", type="Event")

    @pytest.mark.parametrize(
        ("url", "kept"),
        [
            ("https://a.example/", True),
            ("HTTP://a.example/", True),
            ("mailto:desk@a.example", True),
            ("javascript:alert(1)", False),
            (" javascript:alert(1)", False),
            ("data:text/html,<script>", False),
            ("vbscript:x", False),
            ("//a.example/", False),
            ("", False),
        ],
    )
    def test_only_safe_schemes(self, url: str, kept: bool) -> None:
        assert (_url(url) is not None) is kept

    def test_the_example_page_is_the_sample_written(self, sample: Article) -> None:
        assert EXAMPLE.read_text(encoding="utf-8") == newsmodel.write(sample, "html") + "\n"


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Text made of markup, quotes, entities and control characters the model accepts."""
    parts = draw(
        st.lists(
            st.sampled_from(_HOSTILE)
            | st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=5),
            min_size=1,
            max_size=6,
        )
    )
    return "x" + "".join(parts) + "x"  # never blank


_URL_FIELDS = {"url", "canonical_url", "same_as", "language"}


def poison(value: Any, draw: st.DrawFn) -> Any:
    """``value`` with every text field (not addresses or language tags) made hostile."""
    if attrs.has(type(value)):
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            name = field.name.lstrip("_")
            current = getattr(value, field.name)
            if name in _URL_FIELDS or name == "extra":
                continue
            if isinstance(current, str) and not isinstance(current, RelatedKind):
                changes[name] = draw(hostile_texts())
            elif isinstance(current, tuple) and current and isinstance(current[0], str):
                changes[name] = [draw(hostile_texts()) for _ in current]
            elif current is not None:
                changes[name] = poison(current, draw)
        return attrs.evolve(value, **changes)
    if isinstance(value, tuple):
        return tuple(poison(item, draw) for item in value)
    return value


@st.composite
def hostile_articles(draw: st.DrawFn) -> Article:
    article = draw(articles(max_blocks=8))
    portal = article.portal
    if portal is not None:  # its name and tagline; its sections must stay linked
        tagline = draw(hostile_texts()) if portal.tagline else None
        portal = attrs.evolve(portal, name=draw(hostile_texts()), tagline=tagline)
    return attrs.evolve(poison(attrs.evolve(article, portal=None), draw), portal=portal)


def texts_in(article: Article) -> list[str]:
    """The texts the page shows, in the order it shows them (body and comments)."""
    shown = [article.headline]
    for block in article.body:
        if isinstance(block, (Paragraph, Heading, Quote)):
            shown.append(block.text)
        elif isinstance(block, ListBlock):
            shown.extend(block.items)
    shown.extend(comment.text for comment in article.all_comments)
    return shown


class TestSafety:
    """No text an article holds leaves its element, its attribute or the JSON-LD script."""

    def test_the_model_refuses_nul(self) -> None:
        with pytest.raises(InvalidValueError):
            Article("a\x00b")

    @settings(max_examples=150)
    @given(hostile_articles(), st.booleans())
    def test_hostile_text_stays_text(self, article: Article, document: bool) -> None:
        page = newsmodel.write(article, "html", document=document)
        tree = parse(page) if document else lxml.html.fragment_fromstring(page)
        elements = list(tree.iter())
        assert not [e for e in elements if e.tag is etree.Comment]
        assert {e.tag for e in elements if isinstance(e.tag, str)} <= _TAGS
        assert {name for e in elements for name in e.attrib} <= _ATTRIBUTES
        scripts = tree.xpath("//script")
        assert len(scripts) == 1
        assert json.loads(scripts[0].text) == to_jsonld(article)
        assert all(not e.get("href", "https:").startswith("javascript") for e in elements)
        root = tree.find(".//article") if document else tree
        assert words(root.findtext(".//h1")) == words(article.headline)
        shown = [
            words(e.text_content())
            for e in root.xpath(
                ".//h1 | .//div[@class='article-body']/*[self::p or starts-with(name(), 'h')]"
                " | .//div[@class='article-body']/blockquote/p"
                " | .//div[@class='article-body']/*/li | .//p[@class='comment-text']"
            )
        ]
        expected = [words(text) for text in texts_in(article)]
        assert shown == expected
        if article.description:
            assert words(root.findtext(".//p[@class='description']")) == words(article.description)

    @settings(max_examples=100)
    @given(st.lists(st.sampled_from(_HOSTILE) | st.text(), max_size=8))
    def test_script_json_parses_back(self, texts: list[str]) -> None:
        document = {"@context": "https://schema.org", "texts": texts}
        embedded = script_json(document)
        assert not set("<>&\u2028\u2029") & set(embedded)
        assert json.loads(embedded) == document


class TestConformance:
    """extruct, an independent structured-data extractor, finds the JSON-LD we embedded."""

    @settings(max_examples=30)
    @given(articles(max_blocks=6), st.booleans())
    def test_extruct_reads_our_json_ld(self, article: Article, graph: bool) -> None:
        page = newsmodel.write(article, "html", graph=graph)
        found = extruct.extract(page, syntaxes=["json-ld"], uniform=False)
        assert found["json-ld"] == [to_jsonld(article, graph=graph)]


def _sans_roles(party: Any) -> Any:
    return attrs.evolve(party, roles=()) if isinstance(party, Person) else party


class TestRoundTrip:
    """The html reader gives back what the page carries (see docs/writers.rst)."""

    def test_sample(self, sample: Article) -> None:
        back = newsmodel.read(newsmodel.write(sample, "html"), format="html", url=sample.url)
        assert back.section == sample.section  # the whole path, from the BreadcrumbList
        assert back.related == sample.related
        assert back.comments_open is True
        assert back.comments == sample.comments
        assert back.portal is not None
        assert attrs.evolve(back.portal, sections=()) == attrs.evolve(sample.portal, sections=())
        assert back.body[:4] == sample.body[:4]
        assert back.body[4] == Quote(sample.body[4].text)  # the citation is not read
        assert back.mentions == (
            Person("Leila Haddad", roles=[Role("Minister of Transport", country="Lebanon")]),
        )

    @settings(max_examples=60)
    @given(articles())
    def test_read_back(self, article: Article) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.ReadWarning)
            back = newsmodel.read(newsmodel.write(article, "html"), format="html", url=article.url)
        assert words(back.headline) == words(article.headline)
        assert (back.language, back.url) == (article.language, article.url)
        assert back.dateline == article.dateline
        if article.date_published is not None:
            assert back.date_published == article.date_published
            assert back.date_modified == article.date_modified
        if article.publisher is not None:
            assert back.publisher is not None
            assert back.publisher.url == article.publisher.url
        assert [words(a.name) for a in back.authors] == [words(a.name) for a in article.authors]
        assert len(back.images) == len(article.images)
        assert [c.id for c in back.all_comments] == [c.id for c in article.all_comments]
        if article.section is not None and back.section is not None:
            assert [s.url for s in back.section.path] == [s.url for s in article.section.path]
        if article.comments_open is not None:
            assert back.comments_open is article.comments_open
        linked = [r for r in article.related if r.url and len(r.title.split()) >= 3]
        assert {r.url for r in back.related} <= {r.url for r in linked}
        # Body: where there is a story (three paragraphs or more) to find among the page's
        # other text, every text block of it is in the read body, in order.
        if sum(isinstance(block, Paragraph) for block in article.body) < 3:
            return
        expected = [words(t) for t in texts_in(attrs.evolve(article, comments=()))[1:]]
        got = [words(t) for t in texts_in(attrs.evolve(back, headline="x", comments=()))[1:]]
        position = 0
        for text in expected:
            assert text in got[position:], text
            position = got.index(text, position) + 1


# Fields newsmodel's HTML does not yet give back exactly (issue 14, left open): the body
# of a short story picks up the header's standfirst and dateline line; related links lose
# their images and dates; people's roles and mentioned people's role dates are not in the
# page; a portal's name is read as the publisher; some comments differ.
_NOT_YET_EXACT = {"body", "related", "authors", "mentions", "publisher", "portal", "comments"}


class TestRoundTripFieldByField:
    """Every other field the html writer writes, the html reader gives back as written."""

    @settings(max_examples=60)
    @given(articles(), st.booleans())
    def test_read_back(self, article: Article, undated: bool) -> None:
        if undated:  # the page's only dates are then its related links' and comments'
            article = attrs.evolve(article, date_published=None, date_modified=None)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.ReadWarning)
            back = newsmodel.read(newsmodel.write(article, "html"), format="html", url=article.url)
        wrote, read = _as_data(article), _as_data(back)
        for field in attrs.fields(Article):
            if field.name not in _NOT_YET_EXACT | {"extra"}:
                assert read.get(field.name) == wrote.get(field.name), field.name


def _as_data(article: Article) -> dict[str, Any]:
    """The article as JSON data, white space in texts collapsed (as every reader does)."""

    def collapsed(value: Any) -> Any:
        if isinstance(value, str):
            return " ".join(value.split())
        if isinstance(value, list):
            return [collapsed(item) for item in value]
        if isinstance(value, dict):
            return {key: collapsed(item) for key, item in value.items()}
        return value

    data: dict[str, Any] = json.loads(newsmodel.write(article, "json"))["article"]
    return collapsed(data)

"""The HTML writer: semantic HTML5 that no article text can break out of, read back whole."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import warnings
from pathlib import Path
from typing import Any

import attrs
import extruct
import lxml.html
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree
from shared_data import SEED, require

import newsmodel
from newsmodel import (
    Article,
    Block,
    Figure,
    Heading,
    Image,
    InvalidValueError,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Portal,
    Quote,
    Related,
    RelatedKind,
    Section,
)
from newsmodel._dates import parse_day
from newsmodel._urls import home_page
from newsmodel.cli import main
from newsmodel.readers.html.body import _CHROME_LINES as CHROME_LINES
from newsmodel.readers.html.headline import undo_double_decoding
from newsmodel.readers.html.vocabulary import SPACELESS
from newsmodel.strategies import LANGUAGE_TAGS, articles
from newsmodel.writers._locale import direction, furniture
from newsmodel.writers._markup import safe_url as _url
from newsmodel.writers._stylesheet import STYLESHEET
from newsmodel.writers.html import script_json
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
    "alt", "width", "height", "aria-label", "datetime", "id", "method", "dir",
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
        assert article.findtext("header/hgroup/h1") == sample.headline
        assert article.findtext("header/hgroup/p[@class='description']") == sample.description
        assert article.xpath("footer/p[@class='byline']/a[@rel='author']/@href") == [
            "https://portal.example/authors/karim-nassar"
        ]
        assert article.xpath(".//time/@datetime")[:2] == [
            "2026-03-02T09:30:00+02:00",
            "2026-03-02T11:05:00+02:00",
        ]
        crumbs = article.xpath("header/nav[@aria-label='Breadcrumb']/ol/li/a")
        assert [a.text for a in crumbs] == ["News", "Region"]
        assert article.findtext("figure/figcaption") == "The rebuilt quay"
        body = article.find("div[@class='article-body']")
        assert [child.tag for child in body] == ["p", "p", "h2", "p", "figure"]
        assert body.findtext("figure[@class='quote']/figcaption/cite") == "Leila Haddad"
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
                " | .//div[@class='article-body']/figure/blockquote/p"
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


def head_tags(page: str) -> dict[str, list[str]]:
    """The ``<meta>`` tags' contents by name or property, in page order."""
    found: dict[str, list[str]] = {}
    for meta in parse(page).xpath("//head/meta[@content]"):
        found.setdefault(meta.get("name") or meta.get("property"), []).append(meta.get("content"))
    return found


def without_jsonld(page: str) -> str:
    """The page with its JSON-LD script taken out, so that only its other tags say things."""
    kept = [line for line in page.split("\n") if "application/ld+json" not in line]
    assert len(kept) == page.count("\n")
    return "\n".join(kept)


class TestHead:
    """The head a portal writes: viewport, author, OpenGraph, ``article:*``, Twitter card."""

    def test_sample(self, sample: Article) -> None:
        page = newsmodel.write(sample, "html")
        assert head_tags(page) == {
            "viewport": ["width=device-width, initial-scale=1"],
            "description": [sample.description],
            "author": ["Karim Nassar"],
            "og:type": ["article"],
            "og:title": [sample.headline],
            "og:description": [sample.description],
            "og:site_name": ["Harbour Herald"],
            "og:locale": ["en"],
            "og:image": ["https://portal.example/media/quay.jpg"],
            "og:image:width": ["1200"],
            "og:image:height": ["800"],
            "og:image:alt": ["The rebuilt quay"],
            "article:published_time": ["2026-03-02T09:30:00+02:00"],
            "article:modified_time": ["2026-03-02T11:05:00+02:00"],
            "article:section": ["Region"],
            "article:author": ["https://portal.example/authors/karim-nassar"],
            "article:tag": ["ports", "trade", "infrastructure"],
            "twitter:card": ["summary_large_image"],
            "twitter:title": [sample.headline],
            "twitter:description": [sample.description],
            "twitter:image": ["https://portal.example/media/quay.jpg"],
            "twitter:image:alt": ["The rebuilt quay"],
        }

    def test_only_what_the_article_has(self) -> None:
        assert head_tags(newsmodel.write(Article("Bare"), "html")) == {
            "viewport": ["width=device-width, initial-scale=1"],
            "og:type": ["article"],
            "og:title": ["Bare"],
            "twitter:card": ["summary"],
            "twitter:title": ["Bare"],
        }

    def test_several_authors_images_and_a_day(self) -> None:
        article = Article(
            "Two",
            url="https://a.example/two",
            language="pt-BR",
            date_published=dt.date(2026, 1, 6),
            authors=[Person("Ana Lima"), Organization("Desk", url="https://a.example/desk")],
            images=[Image("https://a.example/1.jpg"), Image("https://a.example/2.jpg")],
        )
        tags = head_tags(newsmodel.write(article, "html"))
        assert tags["author"] == ["Ana Lima, Desk"]
        assert tags["article:author"] == ["Ana Lima", "https://a.example/desk"]
        assert "og:url" not in tags  # the article has no canonical address
        assert tags["og:locale"] == ["pt_BR"]
        assert tags["og:image"] == ["https://a.example/1.jpg", "https://a.example/2.jpg"]
        assert "og:image:alt" not in tags
        assert tags["twitter:image"] == ["https://a.example/1.jpg"]
        assert tags["article:published_time"] == ["2026-01-06"]

    def test_the_canonical_address_is_the_pages(self) -> None:
        article = Article(
            "x", url="https://a.example/x?utm=1", canonical_url="https://a.example/x"
        )
        assert head_tags(newsmodel.write(article, "html"))["og:url"] == ["https://a.example/x"]

    @settings(max_examples=60)
    @given(hostile_articles())
    def test_hostile_text_stays_in_its_attribute(self, article: Article) -> None:
        tree = parse(newsmodel.write(article, "html"))
        assert [words(t) for t in tree.xpath("//meta[@property='og:title']/@content")] == [
            words(article.headline)
        ]
        tags = {meta.get("name") or meta.get("property") for meta in tree.xpath("//head/meta")}
        assert all(tag is None or tag.startswith(_HEAD_PREFIXES) for tag in tags)


_HEAD_PREFIXES = ("og:", "article:", "twitter:", "viewport", "description", "author")


class TestLanguages:
    """Right-to-left scripts get ``dir="rtl"``; the furniture speaks the article's language."""

    @pytest.mark.parametrize(
        ("language", "expected"),
        [
            ("ar", "rtl"),
            ("he", "rtl"),
            ("fa-IR", "rtl"),
            ("ur", "rtl"),
            ("yi", "rtl"),
            ("ku-Arab", "rtl"),
            ("AR_sy", "rtl"),
            ("ar-Latn", None),
            ("en", None),
            ("zh-Hans", None),
            ("az-Latn", None),
            (None, None),
        ],
    )
    def test_direction(self, language: str | None, expected: str | None) -> None:
        assert direction(language) == expected

    def test_arabic_page_and_fragment(self) -> None:
        article = Article("عنوان", language="ar")
        assert parse(newsmodel.write(article, "html")).attrib == {"lang": "ar", "dir": "rtl"}
        fragment = newsmodel.write(article, "html", document=False)
        assert fragment.startswith('<article lang="ar" dir="rtl">')
        assert 'dir="rtl"' not in newsmodel.write(Article("x", language="en"), "html")

    def test_every_generated_language_has_its_words(self) -> None:
        english = furniture("en")
        for language in LANGUAGE_TAGS:
            words_ = furniture(language)
            assert (words_ == english) is (language == "en"), language
            assert all("{}" in t for t in (words_.by, words_.upvotes)), language
        assert furniture("pt") == furniture(None) == english
        assert furniture("de-AT") == furniture("de")

    @pytest.mark.parametrize("language", [*LANGUAGE_TAGS, "pt"])
    @pytest.mark.parametrize("comments_open", [True, False])
    def test_furniture_reads_back(self, language: str, comments_open: bool) -> None:
        """Written in the article's language, and read back as the same article."""
        article = furnished(language, comments_open)
        page = newsmodel.write(article, "html")
        said = furniture(language)
        tree = parse(page).find(".//main/article")
        assert words(tree.find("footer/p[@class='byline']").text_content()) == words(
            said.by.format("Amal Haddad, Yusuf Karimi")
        )
        assert tree.xpath("header/nav/@aria-label") == [said.breadcrumb]
        assert tree.findtext("aside/h2") == said.related
        assert tree.findtext("section[@id='comments']/h2") == said.comments
        assert said.updated in tree.findtext("footer/p/span[@class='modified']")
        meta = tree.findtext(".//p[@class='comment-meta']/span[@class='upvotes']")
        assert meta == said.upvotes.format(4)
        if comments_open:
            assert tree.findtext(".//form/button") == said.post_comment
        else:
            assert tree.findtext("section[@id='comments']/p") == said.comments_closed
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.ReadWarning)
            back = newsmodel.read(page, format="html", url=article.url)
        assert back.comments_open is comments_open
        assert back.related == article.related
        assert back.authors == article.authors
        assert back.section == article.section
        assert back.comments == article.comments
        assert back.body == article.body
        assert (back.date_published, back.date_modified) == (
            article.date_published,
            article.date_modified,
        )

    def test_no_english_left_in_arabic(self) -> None:
        page = newsmodel.write(furnished("ar", False), "html")
        body = parse(page).find(".//main")
        shown = words(body.text_content()) + " ".join(body.xpath(".//@aria-label"))
        for english in ("By ", "Updated", "Related", "Comments", "Breadcrumb", " up"):
            assert english not in shown


def furnished(language: str, comments_open: bool) -> Article:
    """An article with every piece of furniture: byline, dates, section, related, comments."""
    home = "https://portal.example"
    zone = dt.timezone(dt.timedelta(hours=3))
    return Article(
        "Harbour reopens to cargo after two years of rebuilding work",
        body=[
            Paragraph(
                "The northern harbour reopened to cargo traffic on Monday after a rebuild "
                "that took two years, officials said at the quay."
            ),
            Paragraph("The first ship docked shortly after dawn, carrying building materials."),
            Paragraph("Port officials expect forty ships a month by the end of the year."),
        ],
        url=f"{home}/news/harbour",
        date_published=dt.datetime(2026, 3, 2, 9, 30, tzinfo=zone),
        date_modified=dt.datetime(2026, 3, 2, 11, 5, tzinfo=zone),
        authors=[Person("Amal Haddad"), Person("Yusuf Karimi")],
        section=Section(
            "Region", url=f"{home}/news/region/", parent=Section("News", url=f"{home}/news/")
        ),
        language=language,
        portal=Portal("Harbour Herald", url=f"{home}/"),
        related=[
            Related("Fishing fleet returns to the northern coast", f"{home}/news/fleet"),
            Related("Customs move to the new terminal", f"{home}/news/customs"),
        ],
        comments=[newsmodel.Comment("Good news for the coast.", id="c1", upvotes=4)],
        comments_open=comments_open,
    )


class TestDateline:
    """The dateline shows once: in the header, unless the first paragraph opens with it."""

    def test_the_seed(self) -> None:
        article = newsmodel.read(require(SEED), format="text")
        assert article.dateline == "Damascus"
        tree = parse(newsmodel.write(article, "html"))
        assert tree.xpath("//*[@class='dateline']") == []
        first = tree.findtext(".//div[@class='article-body']/p")
        assert first.startswith("Damascus – Syrian Minister")
        assert words(tree.find(".//main").text_content()).count("Damascus –") == 1

    @pytest.mark.parametrize(
        ("first", "in_header"),
        [
            ("Tripoli – The harbour reopened.", False),
            ("Tripoli, 2 March (AFP) - The harbour reopened.", False),
            ("Tripoli—The harbour reopened.", False),
            ("Tripoli is where the harbour reopened.", True),
            ("Tripolitania's harbour reopened.", True),
            ("The harbour reopened.", True),
        ],
    )
    def test_opening_paragraph(self, first: str, in_header: bool) -> None:
        article = Article("Harbour reopens", dateline="Tripoli", body=[Paragraph(first)])
        tree = parse(newsmodel.write(article, "html"))
        shown = tree.xpath("//footer/p/span[@class='dateline']/text()")
        assert shown == (["Tripoli"] if in_header else [])
        assert tree.findtext(".//div[@class='article-body']/p") == first

    def test_a_heading_first_keeps_it_in_the_header(self) -> None:
        article = Article("x", dateline="Tripoli", body=[Heading("Tripoli – a day")])
        assert 'class="dateline"' in newsmodel.write(article, "html")


class TestStyle:
    """``style=True`` embeds one small stylesheet; without it the page has none."""

    def test_page(self, sample: Article) -> None:
        tree = parse(newsmodel.write(sample, "html", style=True))
        (style,) = tree.xpath("//style")
        assert style.getparent().tag == "head"
        assert style.text.strip() == STYLESHEET.strip()
        assert "<style" not in newsmodel.write(sample, "html")

    def test_fragment(self, sample: Article) -> None:
        fragment = newsmodel.write(sample, "html", document=False, style=True)
        assert fragment.startswith("<style>\n")
        assert "</style>\n<article" in fragment

    def test_it_reads_the_same(self, sample: Article) -> None:
        plain = newsmodel.read(newsmodel.write(sample, "html"), format="html", url=sample.url)
        styled = newsmodel.write(sample, "html", style=True)
        assert newsmodel.read(styled, format="html", url=sample.url) == plain

    def test_no_physical_sides(self) -> None:
        """Margins and borders are logical, so a right-to-left page mirrors them."""
        assert not {"left", "right"} & set(re.findall(r"[a-z]+", STYLESHEET))

    @pytest.mark.parametrize("value", ["yes", 1, None])
    def test_not_a_boolean(self, value: object) -> None:
        with pytest.raises(newsmodel.WriteError, match="style must be true or false"):
            newsmodel.write(Article("x"), "html", style=value)

    def test_command_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["read", str(EXAMPLE), "--to", "html", "-O", "style=true"]) == 0
        out = capsys.readouterr().out
        assert out.count("<style>") == 1
        assert 'name="viewport"' in out


class TestHeadReadBack:
    """The html reader reads the head's tags back as the values written, JSON-LD aside."""

    def test_sample(self, sample: Article) -> None:
        page = without_jsonld(newsmodel.write(sample, "html"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.ReadWarning)
            back = newsmodel.read(page, format="html", url=sample.url)
        assert back.headline == sample.headline
        assert back.description == sample.description
        assert [i.url for i in back.images] == [i.url for i in sample.images]
        assert (back.date_published, back.date_modified) == (
            sample.date_published,
            sample.date_modified,
        )
        assert [a.name for a in back.authors] == [a.name for a in sample.authors]
        assert back.section is not None
        assert sample.section is not None
        assert back.section.name == sample.section.name
        assert back.language == sample.language
        assert back.keywords == sample.keywords
        assert back.canonical_url == sample.canonical_url

    @settings(max_examples=40)
    @given(articles(max_blocks=4))
    def test_generated(self, article: Article) -> None:
        page = without_jsonld(newsmodel.write(article, "html"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.ReadWarning)
            back = newsmodel.read(page, format="html", url=article.url)
        assert words(back.headline) == words(article.headline)
        if article.description:
            assert words(back.description) == words(article.description)
        assert back.language == article.language
        if article.date_published is not None:
            assert back.date_published == article.date_published
        if article.date_modified is not None:
            assert back.date_modified == article.date_modified
        if article.images:
            assert back.images[0].url == article.images[0].url
        # The section comes from the visible breadcrumb first, which reads an unlinked last
        # step as the article's own title: the name is compared where every step is linked.
        linked = article.section is not None and all(s.url for s in article.section.path)
        if linked and article.section is not None and back.section is not None:
            assert words(back.section.name) == words(article.section.name)
        if article.keywords:
            assert back.keywords == article.keywords


class TestConformance:
    """extruct, an independent structured-data extractor, finds the JSON-LD we embedded."""

    @settings(max_examples=30)
    @given(articles(max_blocks=6), st.booleans())
    def test_extruct_reads_our_json_ld(self, article: Article, graph: bool) -> None:
        page = newsmodel.write(article, "html", graph=graph)
        found = extruct.extract(page, syntaxes=["json-ld"], uniform=False)
        assert found["json-ld"] == [to_jsonld(article, graph=graph)]

    @settings(max_examples=30)
    @given(articles(max_blocks=2))
    def test_extruct_reads_our_opengraph(self, article: Article) -> None:
        page = newsmodel.write(article, "html")
        (found,) = extruct.extract(page, syntaxes=["opengraph"], uniform=False)["opengraph"]
        written = [
            (meta.get("property"), meta.get("content"))
            for meta in parse(page).xpath("//head/meta[@property]")
        ]
        assert found["properties"] == written
        assert ("og:title", article.headline.strip()) in [
            (key, value.strip()) for key, value in found["properties"]
        ]


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
        assert back.body == sample.body  # the quote's citation too, from its <figcaption>
        assert back.mentions == sample.mentions  # the roles' dates too

    def test_a_paragraph_repeating_the_headline_under_a_list_is_the_headline(self) -> None:
        # found by Hypothesis: headline "0", a list, then a paragraph "0"
        article = Article(
            "0",
            body=[ListBlock(["Statement rates"]), Paragraph("0"), Paragraph("The story.")],
        )
        back = newsmodel.read(newsmodel.write(article, "html"), format="html")
        assert back.body == tuple(_without_repeated_headline(article))

    @settings(max_examples=60)
    @given(articles())
    def test_read_back(self, article: Article) -> None:
        # A headline like "Â¡" is what a page that decoded its UTF-8 twice shows; the reader
        # mends it ("¡"), so such a headline cannot come back as written (docs/readers.rst)
        assume(undo_double_decoding(article.headline) == article.headline)
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
        # a link's text is a title at three words, or ten characters of a spaceless script
        linked = [
            r
            for r in article.related
            if r.url
            and (len(r.title.split()) >= 3 or (len(r.title) >= 10 and SPACELESS.search(r.title)))
        ]
        assert {r.url for r in back.related} <= {r.url for r in linked}
        # Body: where there is a story (three paragraphs or more) to find among the page's
        # other text, every text block of it is in the read body, in order.
        if sum(isinstance(block, Paragraph) for block in article.body) < 3:
            return
        # a block atop the story that repeats the headline is the page's headline set
        # inside the story (docs/writers.rst), as in TestRoundTripFieldByField
        body = _without_repeated_headline(article)
        # a paragraph that is a button's words alone ("SUBSCRIBE") is chrome to the reader
        story = texts_in(attrs.evolve(article, body=body, comments=()))[1:]
        expected = [words(t) for t in story if not CHROME_LINES.match(t.strip())]
        got = [words(t) for t in texts_in(attrs.evolve(back, headline="x", comments=()))[1:]]
        position = 0
        for text in expected:
            assert text in got[position:], text
            position = got.index(text, position) + 1


# Related links are not given back exactly: a link without an address is shown as a
# <span>, and a title under three words is taken for a button ("Read more") or a tag, so
# neither is read as a link; the link's image shows its address and size only (its caption
# and credit are not shown). What is carried is checked in TestRelatedReadBack.
_NOT_YET_EXACT = {"related"}


class TestRoundTripFieldByField:
    """Every other field the html writer writes, the html reader gives back as written."""

    @settings(max_examples=60)
    @given(articles(), st.booleans())
    def test_read_back(self, article: Article, undated: bool) -> None:
        assume(undo_double_decoding(article.headline) == article.headline)  # as above
        # People alike in all but their roles, side by side, are read as one person (their
        # Role wrappers follow one another): see docs/writers.rst.
        assume(not _alike_side_by_side(article.authors))
        assume(not _alike_side_by_side(article.mentions))
        # A heading or paragraph atop the body that repeats the headline is the page's <h1>
        # set inside the story: the reader takes it for the headline, not for the body's.
        assume(not _repeats_headline(article))
        if undated:  # the page's only dates are then its related links' and comments'
            article = attrs.evolve(article, date_published=None, date_modified=None)
            # an undated page whose headline is a day alone ("2000/1/1") shows that day
            # in a short line near the headline, which the reader takes for a date line
            assume(parse_day(article.headline) is None)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.ReadWarning)
            back = newsmodel.read(newsmodel.write(article, "html"), format="html", url=article.url)
        wrote, read = _as_data(_as_carried(article)), _as_data(back)
        for field in attrs.fields(Article):
            if field.name not in _NOT_YET_EXACT | {"extra"}:
                assert read.get(field.name) == wrote.get(field.name), field.name


def _without_repeated_headline(article: Article) -> tuple[Block, ...]:
    """The body as the reader gives it back: a heading or paragraph among the first three
    blocks, with no paragraph before it, that repeats the headline is the headline's."""
    headline = " ".join(article.headline.casefold().split())
    for index, block in enumerate(article.body[:3]):
        if isinstance(block, Heading | Paragraph):
            if " ".join(block.text.casefold().split()) == headline:
                return article.body[:index] + article.body[index + 1 :]
            if isinstance(block, Paragraph):
                break
    return article.body


def _repeats_headline(article: Article) -> bool:
    return _without_repeated_headline(article) != article.body


def _alike_side_by_side(people: tuple[Person | Organization, ...]) -> bool:
    return any(
        isinstance(a, Person)
        and isinstance(b, Person)
        and a.roles
        and b.roles
        and attrs.evolve(a, roles=()) == attrs.evolve(b, roles=())
        for a, b in itertools.pairwise(people)
    )


def _as_carried(article: Article) -> Article:
    """The article as the page carries it: the portal without its sections (not written),
    its address the page's home and its logo its publisher's where it has none; with no
    portal, a publisher's name names the portal (the reader's rules for real pages)."""
    home = home_page(article.url) if article.url else None
    portal = article.portal
    if portal is None and article.publisher is not None:
        publisher = article.publisher
        portal = Portal(publisher.name, url=home, logo=publisher.logo, publisher=publisher)
    elif portal is not None:
        logo = portal.logo or (portal.publisher.logo if portal.publisher else None)
        portal = attrs.evolve(portal, url=portal.url or home, logo=logo, sections=())
    return attrs.evolve(article, portal=portal)


class TestRelatedReadBack:
    """A related link's kind, thumbnail and date are read back with it."""

    def test_kind_image_and_date(self) -> None:
        when = dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.timezone.utc)
        links = [
            Related(
                "Fishermen return to the old quay",
                "https://ex.org/news/quay",
                image=Image("https://ex.org/quay.jpg", width=300, height=200),
                date=when,
            ),
            Related("Where the harbour began", "https://ex.org/news/history", kind="see-also"),
            Related("The ferry timetable for spring", "https://ex.org/news/ferry", kind="next"),
        ]
        article = Article(
            "Harbour reopens to cargo",
            url="https://ex.org/news/story",
            date_published=dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc),
            body=[Paragraph("Ships came back on Monday.")],
            related=links,
        )
        back = newsmodel.read(newsmodel.write(article, "html"), format="html", url=article.url)
        assert back.related == tuple(links)
        assert back.date_published == article.date_published

    def test_a_teaser_with_two_links_lends_neither_its_picture(self) -> None:
        page = (
            "<html><body><article><h1>Harbour reopens to cargo</h1><p>Ships came back.</p>"
            '</article><aside class="related"><ul><li><img src="/a.jpg">'
            '<a href="/one">Fishermen return to the quay</a>'
            '<a href="/two">Where the harbour began long ago</a>'
            '<time datetime="2026-03-01T08:30:00+00:00">1 March</time></li></ul></aside>'
            "</body></html>"
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.ReadWarning)
            back = newsmodel.read(page, format="html", url="https://ex.org/news/story")
        assert [(r.title, r.image, r.date) for r in back.related] == [
            ("Fishermen return to the quay", None, None),
            ("Where the harbour began long ago", None, None),
        ]


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

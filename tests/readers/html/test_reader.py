"""The HTML reader: structured data by precedence, the body without boilerplate, safe parsing."""

from __future__ import annotations

import datetime as dt
import gzip
import time
import warnings
from pathlib import Path

import pytest
from shared_data import CORPUS, require

import newsmodel
from newsmodel import (
    Article,
    Heading,
    NewsmodelError,
    Paragraph,
    Person,
    Quote,
    ReadWarning,
    RelatedKind,
)
from newsmodel.readers.html import reader

PAGES = Path(__file__).resolve().parents[2] / "pages"
URL = "https://herald.example/region/harbour-reopens?ref=home"


@pytest.fixture(scope="module")
def page() -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        return newsmodel.read(PAGES / "harbour-herald.html", url=URL)


class TestStructuredData:
    """JSON-LD wins over OpenGraph, which wins over meta names, links and <title>."""

    def test_fields(self, page: Article) -> None:
        assert page.headline == "Northern Harbour Reopens to Cargo After Two-Year Rebuild"
        assert page.date_published == dt.datetime(2026, 3, 2, 7, 30, tzinfo=dt.timezone.utc)
        assert page.authors == (Person("Karim Nassar"), Person("Lina Aoun"))
        assert page.section is not None
        assert page.section.name == "Region"
        assert page.keywords == ("ports", "trade")
        assert page.language == "en-GB"
        assert page.canonical_url == "https://herald.example/region/harbour-reopens"
        assert page.images[0].url == "https://herald.example/media/quay.jpg"
        assert page.publisher is not None
        assert page.publisher.name == "Harbour Herald"
        assert page.url == URL

    def test_provenance(self) -> None:
        html = (PAGES / "harbour-herald.html").read_text(encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            sources = newsmodel.read_with_sources(html, format="html", url=URL).sources
        assert sources["headline"] == "json-ld"
        assert sources["section"] == "opengraph"
        assert sources["keywords"] == "meta"
        assert sources["language"] == "html"

    def test_title_loses_the_site_name(self) -> None:
        html = (
            "<html><head><title>Harbour reopens | Harbour Herald</title>"
            '<meta property="og:site_name" content="Harbour Herald"></head><body></body></html>'
        )
        assert newsmodel.read(html).headline == "Harbour reopens"


class TestBody:
    """The story's blocks, in order, with the page's boilerplate left out."""

    def test_blocks(self, page: Article) -> None:
        kinds = [type(block) for block in page.body]
        assert kinds == [Paragraph, Paragraph, Heading, Paragraph, Quote]
        assert page.body[2] == Heading("What changes for shippers", level=2)

    def test_boilerplate_is_left_out(self, page: Article) -> None:
        for chrome in (
            "Share on",
            "morning briefing",
            "Advertisement",
            "Fishing fleet",
            "great news for the whole coast",
            "All rights reserved",
            "Home",
        ):
            assert chrome not in page.text


class TestInput:
    """Bytes are decoded as the page says, or detected when the page is wrong."""

    def test_declared_legacy_charset(self) -> None:
        html = (
            '<html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=windows-1251">'
            "<title>Новости</title></head><body><p>Текст</p></body></html>"
        )
        assert newsmodel.read(html.encode("cp1251")).headline == "Новости"

    def test_wrong_declared_charset_warns(self) -> None:
        text = "Переговоры в Дамаске продолжаются уже третий день подряд, сообщили источники. " * 5
        html = (
            '<html><head><meta charset="utf-8"><title>Переговоры</title></head>'
            f"<body><p>{text}</p></body></html>"
        )
        with pytest.warns(ReadWarning, match="does not fit"):
            article = newsmodel.read(html.encode("cp1251"), format="html")
        assert article.headline == "Переговоры"

    @pytest.mark.parametrize(
        "hostile",
        [
            b"<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
            b"<html><head><title>t</title></head><body>&b;&b;&b;</body></html>",
            b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><html><title>t</title><body>&e;</body></html>",
            b"<html><title>t</title><body>"
            + b"<div>" * 100_000
            + b"x"
            + b"</div>" * 100_000
            + b"</body></html>",
            b"<html>" + bytes(range(256)) * 200,
            b"<html><head><title>t</title></head><body><p>"
            + b"x" * 5_000_000
            + b"</p></body></html>",
        ],
        ids=["entity-bomb", "external-entity", "deep-nesting", "binary", "5-MB-paragraph"],
    )
    def test_hostile_input_ends_well_and_fast(self, hostile: bytes) -> None:
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            try:
                article = newsmodel.read(hostile, format="html")
            except NewsmodelError:
                article = None
        assert time.perf_counter() - start < 30  # a bound on runaway work, not a benchmark
        if article is not None:
            assert "root:" not in article.text

    def test_parser_limits_are_reported(self) -> None:
        page = b"<html><title>t</title><body><p>" + b"word " * 3_000_000 + b"</p></body></html>"
        with pytest.warns(ReadWarning, match="safety limits"):
            newsmodel.read(page, format="html")

    def test_a_50_mb_page(self) -> None:
        paragraph = b"<p>" + b"The ferry crossed the strait after its repairs. " * 8 + b"</p>"
        page = (
            b"<html><head><title>Big page</title></head><body><h1>Big page</h1>"
            + paragraph * (50 * 2**20 // len(paragraph))
            + b"</body></html>"
        )
        article = newsmodel.read(page, format="html")
        assert article.word_count > 8_000_000

    def test_recognition(self) -> None:
        assert reader.recognizes(newsmodel.Source("<!doctype html><html></html>"))
        assert reader.recognizes(newsmodel.Source("\n<!-- x --><html lang=en>"))
        assert not reader.recognizes(newsmodel.Source('{"@type": "NewsArticle"}'))


@pytest.mark.parametrize("corpus", ["aeb-dev", "fundus-dev", "wcxb-dev-articles"])
def test_real_pages_never_crash(corpus: str) -> None:
    """Every page of the corpora gives an Article or a NewsmodelError, never anything else."""
    folder = require(CORPUS / corpus / "html")
    read = 0
    for path in sorted(folder.glob("*.gz")):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            try:
                newsmodel.read(gzip.decompress(path.read_bytes()), format="html")
                read += 1
            except NewsmodelError:
                pass
    assert read > 0.9 * len(list(folder.glob("*.gz")))


def test_time_element_with_a_day() -> None:
    html = (
        "<html><head><title>Day</title></head>"
        '<body><time datetime="2025-09-04">4 Sep</time></body></html>'
    )
    assert newsmodel.read(html).date_published == dt.date(2025, 9, 4)


def test_contradictory_dates_keep_the_article() -> None:
    html = (
        "<html><head><title>Dates</title>"
        '<meta property="article:published_time" content="2024-06-21T09:00:00+01:00">'
        '<meta property="article:modified_time" content="2024-06-17T09:00:00+01:00">'
        "</head><body><p>Text.</p></body></html>"
    )
    with pytest.warns(ReadWarning, match="date modified .* is before date published"):
        article = newsmodel.read(html)
    assert article.date_modified is None
    assert article.extra["dateModified"] == "2024-06-17T09:00:00+01:00"


def test_a_date_time_refines_a_day_from_a_higher_source() -> None:
    html = (
        '<html><head><title>T</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "T", "datePublished": "2025-09-04"}</script>'
        '<meta property="article:published_time" content="2025-09-04T08:30:00+02:00">'
        "</head><body></body></html>"
    )
    assert newsmodel.read(html).date_published == dt.datetime(
        2025, 9, 4, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )


def test_paragraphs_written_with_line_breaks() -> None:
    """Blog engines write paragraphs as text and <br> in a div; a 'widget' wrapper holds them."""
    first = "The ferry timetable changes on Monday, the harbour office said in a short note. " * 2
    second = "Morning crossings move half an hour earlier; the evening boat is unchanged. " * 2
    html = (
        "<html><head><title>Ferry times change</title></head><body>"
        '<div class="widget Blog"><div class="post-body">'
        f"{first}<br><br><em>{second}</em><br>"
        '</div></div><div class="widget Links"><a href="/">Home</a></div></body></html>'
    )
    article = newsmodel.read(html)
    assert [b.text for b in article.body if isinstance(b, Paragraph)] == [
        first.strip(),
        second.strip(),
    ]


def test_parts_headed_with_h1_are_kept_but_not_the_headline() -> None:
    """A story that heads its parts with <h1> keeps them as headings; the one that repeats
    the headline at the top is the headline, a field of its own."""
    text = "The ferry timetable changes on Monday, the harbour office said in a short note. " * 2
    html = (
        '<html><head><meta property="og:title" content="Ferry times change"></head><body>'
        f"<article><h1>Ferry times change</h1><p>{text}</p><h1>Mornings</h1><p>{text}</p>"
        f"<h1>Evenings</h1><p>{text}</p></article></body></html>"
    )
    article = newsmodel.read(html)
    assert article.headline == "Ferry times change"
    assert [type(b).__name__ for b in article.body] == [
        "Paragraph",
        "Heading",
        "Paragraph",
        "Heading",
        "Paragraph",
    ]
    assert [b.text for b in article.body if isinstance(b, Heading)] == ["Mornings", "Evenings"]


def test_a_lone_h1_in_the_story_is_not_a_heading() -> None:
    text = "The ferry timetable changes on Monday, the harbour office said in a short note. " * 2
    html = (
        '<html><head><meta property="og:title" content="Ferry times change"></head><body>'
        f"<article><h1>Harbour news</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )
    assert [type(b).__name__ for b in newsmodel.read(html).body] == ["Paragraph", "Paragraph"]


def test_webpage_node_gives_dates_but_not_the_headline() -> None:
    html = (
        "<html><head><title>Renovating a kitchen | Home Site</title>"
        '<meta property="og:title" content="Renovating a kitchen">'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", '
        '"name": "Renovating a kitchen - Home Site", '
        '"datePublished": "2021-01-27T06:00:00+00:00"}]}'
        "</script></head><body></body></html>"
    )
    article = newsmodel.read(html)
    assert article.headline == "Renovating a kitchen"
    assert article.date_published == dt.datetime(2021, 1, 27, 6, tzinfo=dt.timezone.utc)


def test_time_element_with_the_date_only_in_its_text() -> None:
    html = "<html><head><title>T</title></head><body><time>Aug 04, 2025</time></body></html>"
    assert newsmodel.read(html).date_published == dt.date(2025, 8, 4)


@pytest.fixture(scope="module")
def post() -> Article:
    return newsmodel.read(PAGES / "wordpress-post.html", url="https://trams.example/city/x")


class TestPortalStructure:
    """Breadcrumbs give the section path, a reply form opens comments, the site is the portal."""

    def test_breadcrumbs(self, post: Article) -> None:
        assert post.section is not None
        assert [(s.name, s.url) for s in post.section.path] == [
            ("City", "https://trams.example/city/"),
            ("Transport", "https://trams.example/city/transport/"),
        ]

    def test_reply_form_and_portal(self, post: Article) -> None:
        assert post.comments_open is True
        assert post.portal is not None
        assert (post.portal.name, post.portal.url) == ("Tram Times", "https://trams.example/")
        assert "Leave a Reply" not in post.text

    def test_comment_thread(self, post: Article) -> None:
        [thread] = post.comments
        assert (thread.id, thread.text) == (
            "comment-41",
            "Finally a way home after the late shift.",
        )
        assert thread.author == Person("Rana")
        assert thread.date == dt.datetime(2026, 1, 12, 8, 15, tzinfo=dt.timezone.utc)
        [reply] = thread.replies
        assert (reply.author, reply.text, reply.replies) == (
            Person("Samir"),
            "Same here. Let us hope it stays after March.",
            (),
        )
        assert "late shift" not in post.text

    def test_previous_post(self, post: Article) -> None:
        assert [(r.kind, r.title, r.url) for r in post.related] == [
            (
                RelatedKind.PREVIOUS,
                "Old tram depot becomes a market hall",
                "https://trams.example/city/old-depot/",
            )
        ]

    def test_related_block(self, page: Article) -> None:
        assert [(r.kind, r.url) for r in page.related] == [
            (RelatedKind.RELATED, "https://herald.example/a")
        ]

    def test_jsonld_breadcrumb_list(self) -> None:
        html = (
            "<html><head><title>T</title><script type='application/ld+json'>"
            '{"@type": "BreadcrumbList", "itemListElement": ['
            '{"@type": "ListItem", "position": 2, "name": "World", "item": "/world/"},'
            '{"@type": "ListItem", "position": 1, "name": "Home", "item": "/"},'
            '{"@type": "ListItem", "position": 3, "name": "Middle East"}]}'
            "</script></head><body></body></html>"
        )
        article = newsmodel.read(html, url="https://news.example/world/x")
        assert article.section is not None
        assert [s.name for s in article.section.path] == ["World", "Middle East"]
        assert article.section.path[0].url == "https://news.example/world/"

    def test_comments_closed(self) -> None:
        html = (
            "<html><head><title>T</title></head>"
            "<body><p class='nocomments'>Comments are closed.</p></body></html>"
        )
        assert newsmodel.read(html).comments_open is False


class TestOldTableLayout:
    """A portal built around 2000 writes the headline, byline and day as lines in the
    story's cell: they are read as fields, not as the body's first paragraphs."""

    STORY = (
        "The harbour board met on Tuesday evening to settle the question of the old ferry "
        "pier, which has stood empty since the storm two winters ago.",
        "In the end the board chose to repair the pier rather than pull it down, and asked "
        "the council to share the cost over the next three budgets.",
    )

    MARKUP = (
        '<meta name="author" content="Ann Lee">'
        '<meta property="article:published_time" content="2000-04-13">'
    )

    def read(
        self, meta: str, title: str = "Harbour votes to mend the pier", markup: str = MARKUP
    ) -> Article:
        page = (
            f"<html><head><title>{title}</title>{markup}"
            "</head><body><table><tr><td>"
            '<font face="Arial" size="5"><b>Harbour votes to mend the pier</b></font><br>'
            f'<font size="2">{meta}</font><br><br><font face="Verdana" size="2">'
            f"{'<br><br>'.join(self.STORY)}</font></td></tr></table></body></html>"
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            return newsmodel.read(page.encode(), url="https://herald.example/2000/pier.html")

    def test_headline_byline_and_day_lines_leave_the_body(self) -> None:
        article = self.read("By Ann Lee<br>13 April 2000")
        assert article.headline == "Harbour votes to mend the pier"
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_a_line_naming_someone_else_stays(self) -> None:
        article = self.read("Ann Lee met the ferry company's director on Monday")
        assert article.body[0] == Paragraph("Ann Lee met the ferry company's director on Monday")

    def test_the_byline_and_day_are_read_where_no_markup_names_them(self) -> None:
        """The headline's ``<b>``, found by the ``<title>``, stands for an ``<h1>``."""
        article = self.read(
            "By SANA, Peter Rahman and Agence France-Presse<br>13 April 2000",
            title="Daily Ledger - Harbour votes to mend the pier",
            markup="",
        )
        assert [a.name for a in article.authors] == [
            "SANA",
            "Peter Rahman",
            "Agence France-Presse",
        ]
        assert article.date_published == dt.date(2000, 4, 13)
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_the_portal_name_in_the_title_is_left_out(self) -> None:
        article = self.read("", title="Daily Ledger - Harbour votes to mend the pier")
        assert article.headline == "Harbour votes to mend the pier"

"""`newsmodel validate` on pages: their markup by default, the article read with --mode article.

(The command's other behaviour is tested in test_cli.py.)
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsmodel.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "pages"
ARTICLE = (
    '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour reopens",'
    ' "author": {"@type": "Person", "name": "By Nour Aziz"},'
    ' "datePublished": "2026-01-06T08:00:00", "image": "https://example.com/harbour.jpg"}'
)


@pytest.fixture
def html(tmp_path: Path) -> Path:
    """A page with a broken JSON-LD script, then the article's."""
    path = tmp_path / "page.html"
    path.write_text(
        "<!doctype html><html><head><title>Harbour reopens</title>"
        '<script type="application/ld+json">{"@type": "WebSite",}</script>'
        f'<script type="application/ld+json">{ARTICLE}</script>'
        "</head><body><h1>Harbour reopens</h1><p>The harbour reopened.</p></body></html>",
        encoding="utf-8",
    )
    return path


class TestMarkupMode:
    """An HTML page's markup is checked as written, by schema.org and google-article."""

    def test_default(self, html: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["validate", str(html)]) == 1
        out = capsys.readouterr().out.splitlines()
        assert (
            out.count(  # reported by both profiles, printed once
                "error script[1] markup/invalid-json not JSON: Expecting property name enclosed "
                "in double quotes (line 1, column 21)"
            )
            == 1
        )
        codes = [line.split()[1:3] for line in out]
        assert ["script[2]/author/name", "google-article/author-name-not-a-name"] in codes
        assert ["script[2]/datePublished", "google-article/date-without-timezone"] in codes

    def test_warnings_only_exit_0(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "page.html"
        path.write_text(f'<html><script type="application/ld+json">{ARTICLE}</script></html>')
        assert main(["validate", str(path), "--mode", "markup", "-p", "google-article"]) == 0
        assert "script[1]/author/name" in capsys.readouterr().out

    def test_no_structured_data(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "bare.html"
        path.write_text("<!doctype html><html><body><h1>Bare</h1><p>Text.</p></body></html>")
        assert main(["validate", str(path)]) == 1
        assert capsys.readouterr().out == (
            "error (root) markup/no-structured-data the page has no structured data: "
            "no JSON-LD script and no microdata item\n"
        )

    def test_json_one_report_per_profile(
        self, html: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["validate", str(html), "--json"]) == 1
        reports = json.loads(capsys.readouterr().out)
        assert [report["profile"] for report in reports] == ["schema.org", "google-article"]
        assert main(["validate", str(html), "--json", "-p", "google-article"]) == 1
        report = json.loads(capsys.readouterr().out)
        assert report["profile"] == "google-article"
        assert report["findings"][0]["path"] == "script[1]"

    def test_microdata(self, capsys: pytest.CaptureFixture[str]) -> None:
        page = EXAMPLES.parent.parent / "tests" / "pages" / "microdata-article.html"
        assert main(["validate", str(page)]) == 1  # its image is relative, and no --url given
        out = capsys.readouterr().out.splitlines()
        assert out[0].startswith("error microdata[1]/image google-article/image-not-crawlable ")
        assert all(line.split()[1].startswith("microdata[1]") for line in out)
        assert main(["validate", str(page), "--url", "https://example.com/news/1"]) == 0

    def test_not_for_other_formats(self, capsys: pytest.CaptureFixture[str]) -> None:
        path = EXAMPLES / "harbour-reopens.json"
        assert main(["validate", str(path), "--mode", "markup"]) == 1
        assert "--mode markup checks HTML pages and JSON-LD" in capsys.readouterr().err

    def test_from_html(self, html: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["validate", str(html), "--from", "html", "-p", "google-article"]) == 1
        assert capsys.readouterr().out.startswith("error script[1] markup/invalid-json ")

    def test_unknown_mode_is_a_usage_error(self, html: Path) -> None:
        with pytest.raises(SystemExit) as caught:
            main(["validate", str(html), "--mode", "page"])
        assert caught.value.code == 2


class TestArticleMode:
    """--mode article checks the article read from the page, as before (model by default)."""

    def test_model(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "page.html"
        path.write_text(
            f'<html><head><script type="application/ld+json">{ARTICLE}</script></head>'
            "<body><h1>Harbour reopens</h1><p>The harbour reopened.</p></body></html>"
        )
        assert main(["validate", str(path), "--mode", "article"]) == 0
        out = capsys.readouterr().out.splitlines()
        assert out == [
            "warning /article model/no-content the article has neither a body nor a description"
        ]  # the reader takes so short a text for no story

    def test_the_reader_cleans_up_first(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "page.html"
        path.write_text(
            f'<html><head><script type="application/ld+json">{ARTICLE}</script></head>'
            "<body><h1>Harbour reopens</h1><p>The harbour reopened.</p></body></html>"
        )
        assert main(["validate", str(path), "-m", "article", "-p", "google-article"]) == 0
        out = capsys.readouterr().out
        assert "author-name-not-a-name" not in out
        # the zone-less time is written as read (issue 14, point 2), so Google's rule sees it
        assert "warning /datePublished google-article/date-without-timezone " in out

    def test_jsonld(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "article.jsonld"
        path.write_text(ARTICLE)
        assert main(["validate", str(path), "-m", "article", "-p", "google-article"]) == 0
        shown = capsys.readouterr()
        assert "newsmodel: warning: " in shown.err
        assert "no time zone" in shown.err
        assert "/datePublished google-article/date-without-timezone " in shown.out
        assert main(["validate", str(path), "-p", "google-article"]) == 0
        assert "/datePublished google-article/date-without-timezone " in capsys.readouterr().out

    def test_jsonld_is_checked_by_model_by_default(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "article.jsonld"
        path.write_text(ARTICLE)
        main(["validate", str(path), "--json"])
        assert json.loads(capsys.readouterr().out)["profile"] == "model"


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Daily Planet</title><link>https://planet.example/</link>
<description>World news</description>
<item><title>Floods hit the coast</title><link>https://planet.example/floods</link>
<guid>https://planet.example/floods</guid><pubDate>Tue, 05 Mar 2024 09:15:00 +0000</pubDate>
<description>Heavy rain.</description></item>
<item><title>Results in</title><pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate>
</item>
</channel></rss>"""
NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://planet.example/floods</loc><news:news>
<news:publication><news:name>Daily Planet</news:name><news:language>en</news:language>
</news:publication><news:publication_date>2024-03-05T09:15:00Z</news:publication_date>
<news:title>Floods hit the coast</news:title></news:news></url>
<url><loc>https://planet.example/results</loc><lastmod>2024-03-05 10:00</lastmod><news:news>
<news:publication><news:name>Daily Planet</news:name></news:publication>
<news:publication_date>2024-03-05T10:00:00Z</news:publication_date>
<news:title>Results in</news:title></news:news></url>
</urlset>"""
PLAIN_SITEMAP = """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://planet.example/about</loc><lastmod>2024-03-05 10:00</lastmod></url>
</urlset>"""


class TestListings:
    """A feed or a sitemap is checked as the whole list read from it, with paths into it
    (review of issue 15, finding 1); not as its first item made a feed of one."""

    def test_a_feed_is_checked_by_the_feed_profile(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "feed.xml"
        path.write_text(FEED, encoding="utf-8")
        assert main(["validate", str(path)]) == 0
        out = capsys.readouterr().out
        assert "feed/title-missing" not in out  # the feed has its title and link
        assert " /link " not in out
        assert "warning /items/1/url feed/id-missing the item has neither a link nor an id" in out
        assert all(line.split()[2].startswith("feed/") for line in out.splitlines())

    def test_model_checks_every_item(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "feed.xml"
        path.write_text(FEED, encoding="utf-8")
        assert main(["validate", str(path), "-p", "model"]) == 0
        assert capsys.readouterr().out == (
            "warning /items/1 model/no-content the article has neither a body nor a description\n"
        )

    @pytest.mark.parametrize("compressed", [False, True])
    def test_a_news_sitemap_is_checked_with_its_xml(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], compressed: bool
    ) -> None:
        path = tmp_path / "news.xml"
        data = NEWS_SITEMAP.encode()
        path.write_bytes(gzip.compress(data) if compressed else data)
        assert main(["validate", str(path)]) == 1
        codes = [line.split()[1:3] for line in capsys.readouterr().out.splitlines()]
        assert ["/items/1/language", "google-news-sitemap/missing-language"] in codes
        assert ["/url[2]/lastmod", "google-news-sitemap/date-format"] in codes
        assert ["/items/0/language", "google-news-sitemap/missing-language"] not in codes

    def test_a_plain_sitemap_needs_a_profile(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "sitemap.xml"
        path.write_text(PLAIN_SITEMAP, encoding="utf-8")
        assert main(["validate", str(path)]) == 1
        assert capsys.readouterr().err.splitlines()[-1] == (
            f"newsmodel: error: {path} is a sitemap with no articles, which no profile checks "
            "by default; name one with --profile (google-news-sitemap checks its dates as "
            "written)"
        )
        assert main(["validate", str(path), "-p", "google-news-sitemap"]) == 1
        out = capsys.readouterr().out
        assert "error /url[1]/lastmod google-news-sitemap/date-format " in out

    def test_a_robots_txt_needs_a_profile(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "robots.txt"
        path.write_text("User-agent: *\nSitemap: https://planet.example/sitemap.xml\n")
        assert main(["validate", str(path)]) == 1
        assert "is a robots.txt with no articles" in capsys.readouterr().err

"""Sitemaps and robots.txt: the ``sitemap`` and ``robots.txt`` readers, the ``sitemap``,
``news-sitemap`` and ``sitemap-index`` writers, and :func:`newsmodel.sitemaps.split`."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import re
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from lxml import etree

import newsmodel
from newsmodel import (
    Article,
    ChangeFrequency,
    Image,
    Listing,
    ListingKind,
    Organization,
    ReadError,
    ReadWarning,
    SitemapEntry,
    Source,
    WriteError,
    limits,
    sitemaps,
)
from newsmodel.strategies import listings
from newsmodel.writers.sitemap import google_news_language

UTC = dt.timezone.utc
PLUS2 = dt.timezone(dt.timedelta(hours=2))
SM = sitemaps.SITEMAP_NAMESPACE
NEWS = sitemaps.NEWS_NAMESPACE
IMAGE = sitemaps.IMAGE_NAMESPACE
NS = {"sm": SM, "news": NEWS, "image": IMAGE}

NEWS_SITEMAP = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="{SM}" xmlns:news="{NEWS}" xmlns:image="{IMAGE}">
  <url>
    <loc>https://news.example/harbour?id=1&amp;p=2</loc>
    <lastmod>2026-05-02T12:00:00+02:00</lastmod>
    <news:news>
      <news:publication>
        <news:name>News Example</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>2026-05-02T10:00:00+02:00</news:publication_date>
      <news:title>Harbour &amp; port reopen</news:title>
      <news:keywords>ports, shipping ,</news:keywords>
    </news:news>
    <image:image>
      <image:loc>https://news.example/a.jpg</image:loc>
      <image:caption>The harbour</image:caption>
    </image:image>
  </url>
  <url>
    <loc>https://news.example/about</loc>
    <lastmod>2026-05-01</lastmod>
    <changefreq>Weekly</changefreq>
    <priority>0.5</priority>
    <image:image><image:loc>https://news.example/b.jpg</image:loc><image:title>B</image:title></image:image>
  </url>
</urlset>
"""
INDEX = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="{SM}">
  <sitemap><loc>https://news.example/s1.xml.gz</loc><lastmod>2026-05-01T00:00:00Z</lastmod></sitemap>
  <sitemap><loc>https://news.example/s2.xml</loc></sitemap>
</sitemapindex>
"""


def _quietly(source: object, **kwargs: object) -> Listing:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        return newsmodel.read_listing(source, **kwargs)  # type: ignore[arg-type]


def _url(inner: str, *, root: str = "urlset", namespace: str = SM) -> str:
    declared = f' xmlns="{namespace}"' if namespace else ""
    return f'<{root}{declared} xmlns:news="{NEWS}"><url>{inner}</url></{root}>'


class TestReadingASitemap:
    """A urlset's news URLs are articles, its other URLs entries, with what each gives."""

    def test_a_news_sitemap(self) -> None:
        listing = newsmodel.read_listing(NEWS_SITEMAP, url="https://news.example/sitemap.xml")
        assert listing.kind is ListingKind.SITEMAP
        assert listing.feed_url == "https://news.example/sitemap.xml"
        (article,) = listing.items
        assert article.headline == "Harbour & port reopen"
        assert article.url == "https://news.example/harbour?id=1&p=2"
        assert article.date_published == dt.datetime(2026, 5, 2, 10, tzinfo=PLUS2)
        assert article.date_modified == dt.datetime(2026, 5, 2, 12, tzinfo=PLUS2)
        assert article.keywords == ("ports", "shipping")
        assert article.publisher == Organization("News Example")
        assert article.language == "en"
        assert article.images == (Image("https://news.example/a.jpg", caption="The harbour"),)

    def test_plain_urls_are_entries(self) -> None:
        (entry,) = newsmodel.read_listing(NEWS_SITEMAP).entries
        assert entry == SitemapEntry(
            "https://news.example/about",
            modified=dt.date(2026, 5, 1),
            change_frequency=ChangeFrequency.WEEKLY,
            priority=0.5,
            images=[Image("https://news.example/b.jpg", caption="B")],
        )

    def test_read_all_gives_the_articles(self) -> None:
        assert [a.headline for a in newsmodel.read_all(NEWS_SITEMAP)] == ["Harbour & port reopen"]

    def test_a_sitemap_index(self) -> None:
        listing = newsmodel.read_listing(INDEX)
        assert listing.kind is ListingKind.SITEMAP_INDEX
        assert listing.sitemaps == (
            SitemapEntry(
                "https://news.example/s1.xml.gz", modified=dt.datetime(2026, 5, 1, tzinfo=UTC)
            ),
            SitemapEntry("https://news.example/s2.xml"),
        )

    def test_gzip(self) -> None:
        listing = newsmodel.read_listing(gzip.compress(NEWS_SITEMAP.encode()))
        assert listing == newsmodel.read_listing(NEWS_SITEMAP)

    def test_gzip_file(self, tmp_path: Path) -> None:
        path = tmp_path / "sitemap.xml.gz"
        path.write_bytes(gzip.compress(INDEX.encode()))
        assert newsmodel.read_listing(path).kind is ListingKind.SITEMAP_INDEX

    @pytest.mark.parametrize(
        ("written", "read"),
        [
            ("2026-05-02", dt.date(2026, 5, 2)),
            ("2026-05-02T10:30Z", dt.datetime(2026, 5, 2, 10, 30, tzinfo=UTC)),
            ("2026-05-02T10:30:15+02:00", dt.datetime(2026, 5, 2, 10, 30, 15, tzinfo=PLUS2)),
            ("2026-05-02T10:30:15.25Z", dt.datetime(2026, 5, 2, 10, 30, 15, 250000, tzinfo=UTC)),
        ],
    )
    def test_w3c_dates(self, written: str, read: dt.date) -> None:
        text = _url(f"<loc>https://a.example/</loc><lastmod>{written}</lastmod>")
        assert newsmodel.read_listing(text).entries[0].modified == read

    @pytest.mark.parametrize(
        ("written", "read", "said"),
        [
            ("2026-05-02T10:30", dt.date(2026, 5, 2), "no time zone"),
            ("2026-05", None, "names no day"),
            ("yesterday", None, "is not a date"),
            ("2026-02-30", None, "not a real date"),
        ],
    )
    def test_dates_that_are_not_quite(self, written: str, read: object, said: str) -> None:
        text = _url(f"<loc>https://a.example/</loc><lastmod>{written}</lastmod>")
        with pytest.warns(ReadWarning, match=said):
            listing = newsmodel.read_listing(text)
        assert listing.entries[0].modified == read

    def test_a_change_before_publication_is_left_out(self) -> None:
        news = (
            "<news:news><news:publication><news:name>X</news:name></news:publication>"
            "<news:publication_date>2026-05-02</news:publication_date>"
            "<news:title>T</news:title></news:news>"
        )
        text = _url(f"<loc>https://a.example/</loc><lastmod>2026-05-01</lastmod>{news}")
        with pytest.warns(ReadWarning, match="before the publication date"):
            (article,) = newsmodel.read_listing(text).items
        assert article.date_modified is None
        assert article.date_published == dt.date(2026, 5, 2)

    def test_a_news_url_without_title_is_an_entry(self) -> None:
        text = _url(
            "<loc>https://a.example/</loc><news:news><news:title> </news:title></news:news>"
        )
        with pytest.warns(ReadWarning, match="no news:title"):
            listing = newsmodel.read_listing(text)
        assert listing.entries == (SitemapEntry("https://a.example/"),)

    @pytest.mark.parametrize(
        ("inner", "said"),
        [
            ("<lastmod>2026-01-01</lastmod>", "no address"),
            ("<loc>mailto:a@example.org</loc>", "not an absolute"),
            ("<loc>https://a.example/</loc><changefreq>often</changefreq>", "no change freq"),
            ("<loc>https://a.example/</loc><priority>1.5</priority>", "no priority"),
            ("<loc>https://a.example/</loc><priority>high</priority>", "no priority"),
        ],
    )
    def test_what_cannot_be_read_is_warned_about(self, inner: str, said: str) -> None:
        with pytest.warns(ReadWarning, match=said):
            newsmodel.read_listing(_url(inner))

    def test_relative_addresses_are_resolved_with_a_warning(self) -> None:
        with pytest.warns(ReadWarning, match="not absolute"):
            listing = newsmodel.read_listing(_url("<loc>/a</loc>"), url="https://a.example/s.xml")
        assert listing.entries[0].url == "https://a.example/a"

    def test_an_rfc_822_publication_date_is_read_whole(self) -> None:
        news = (
            "<news:news><news:publication><news:name>X</news:name></news:publication>"
            "<news:publication_date>Tue, 23 Dec 2008 13:45:00 GMT</news:publication_date>"
            "<news:title>T</news:title></news:news>"
        )
        text = _url(f"<loc>https://a.example/</loc>{news}")
        with pytest.warns(ReadWarning, match="is an RFC 822 date, not W3C's; read anyway"):
            (article,) = newsmodel.read_listing(text).items
        assert article.date_published == dt.datetime(2008, 12, 23, 13, 45, tzinfo=UTC)

    @pytest.mark.parametrize(
        ("prefix", "said"),
        [("news", "news: (read in their usual namespaces)"), ("zzz", "zzz: (read in none known)")],
    )
    def test_an_undeclared_prefix_is_declared_and_said(self, prefix: str, said: str) -> None:
        """Never lxml's ValueError: a news sitemap without ``xmlns:news`` is read (and
        the sitemap reader takes a news element by its local name, whatever its prefix)."""
        news = (
            f"<{prefix}:news><{prefix}:publication><{prefix}:name>X</{prefix}:name>"
            f"</{prefix}:publication><{prefix}:title>T</{prefix}:title></{prefix}:news>"
        )
        text = f'<urlset xmlns="{SM}"><url><loc>https://a.example/</loc>{news}</url></urlset>'
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            listing = newsmodel.read_listing(text)
        assert [item.headline for item in listing.items] == ["T"]
        assert [str(warning.message) for warning in caught] == [
            f"<string>: sitemap: uses prefixes it never declares: {said}"
        ]

    def test_an_undeclared_prefix_left_by_the_recovering_parser(self) -> None:
        """A tag ``news:news`` in no namespace, as libxml2's recovering parser keeps it
        (lxml's ``QName`` refuses it with a ValueError), is named by its local name."""
        from newsmodel.readers.sitemap import _name

        parser = etree.XMLParser(recover=True)
        (news,) = etree.fromstring(b"<url><news:news/></url>", parser)
        assert news.tag == "news:news"
        assert _name(news) == (None, "news")
        assert _name(etree.Element(f"{{{SM}}}url")) == (SM, "url")

    def test_no_namespace_is_read_with_a_warning(self) -> None:
        with pytest.warns(ReadWarning, match="no namespace"):
            listing = newsmodel.read_listing(_url("<loc>https://a.example/</loc>", namespace=""))
        assert listing.entries == (SitemapEntry("https://a.example/"),)

    def test_broken_xml_is_recovered_with_a_warning(self) -> None:
        text = f'<urlset xmlns="{SM}"><url><loc>https://a.example/?a=1&b=2</loc></url></urlset'
        with pytest.warns(ReadWarning, match="not well-formed"):
            listing = newsmodel.read_listing(text)
        assert listing.entries == (SitemapEntry("https://a.example/?a=1&b=2"),)

    def test_the_feeds_repairs_apply_too(self) -> None:
        """Sitemaps are parsed as feeds are (newsmodel._xml): bare ampersands, HTML's
        entities and a wrong encoding are repaired, each said once."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            listing = newsmodel.read_listing(_url("<loc>https://a.example/?a=1&b=2</loc>"))
        assert listing.entries == (SitemapEntry("https://a.example/?a=1&b=2"),)
        assert [str(w.message) for w in caught] == [
            "<string>: sitemap: read 1 bare '&' as ampersands (XML writes '&amp;')"
        ]
        with pytest.warns(ReadWarning, match="HTML entities &eacute;"):
            listing = newsmodel.read_listing(_url("<loc>https://a.example/caf&eacute;</loc>"))
        assert listing.entries == (SitemapEntry("https://a.example/café"),)
        declared = '<?xml version="1.0" encoding="utf-8"?>'
        title = "<news:title>Zürich: Café und Bäckerei öffnen früh</news:title>"
        text = declared + _url(f"<loc>https://a.example/</loc><news:news>{title}</news:news>")
        with pytest.warns(ReadWarning, match="utf-8"):
            listing = newsmodel.read_listing(gzip.compress(text.encode("cp1252")))
        assert listing.items[0].headline == "Zürich: Café und Bäckerei öffnen früh"

    def test_parts_the_model_has_no_place_for_are_named(self) -> None:
        inner = '<loc>https://a.example/</loc><video:video xmlns:video="urn:v"/>'
        with pytest.warns(ReadWarning, match=r"video:video \(1\)"):
            newsmodel.read_listing(_url(inner))

    def test_another_root_is_an_error(self) -> None:
        with pytest.raises(ReadError, match="root element is <rss>"):
            newsmodel.read_listing("<rss/>", format="sitemap")

    def test_not_xml_is_an_error(self) -> None:
        with pytest.raises(ReadError, match="not XML"):
            newsmodel.read_listing(b"\x00\x01", format="sitemap")


class TestRecognition:
    """Sitemaps and robots.txt files are told from pages and text without format=."""

    @pytest.mark.parametrize(
        "document",
        [
            NEWS_SITEMAP,
            INDEX,
            NEWS_SITEMAP.encode("utf-8"),
            gzip.compress(INDEX.encode()),
            '<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- x -->' + INDEX[38:],
            _url("<loc>https://a.example/</loc>", namespace=""),
        ],
    )
    def test_sitemaps(self, document: str | bytes) -> None:
        assert _recognisers(document) == ["sitemap"]

    ROBOTS = "# hello\nUser-agent: *\nDisallow: /private\n\nSitemap: https://a.example/s.xml\n"

    def test_robots_txt_by_its_shape(self) -> None:
        assert _recognisers(self.ROBOTS) == ["robots"]

    def test_robots_txt_by_its_name(self, tmp_path: Path) -> None:
        path = tmp_path / "robots.txt"
        path.write_text("Whatever this says\n\nin prose.\n", encoding="utf-8")
        assert _recognisers(Source.of(path)) == ["robots"]
        url = "https://a.example/robots.txt"
        assert _recognisers(Source.of("a\n\nb", url=url)) == ["robots"]

    def test_a_text_page_stays_text(self) -> None:
        page = "Harbour reopens\n\nDamascus – The harbour reopened: ships came in.\n\nMore."
        assert _recognisers(page) == ["text"]

    def test_gzip_of_something_else_is_not_a_sitemap(self) -> None:
        assert "sitemap" not in _recognisers(gzip.compress(b"<html></html>"))


def _recognisers(document: object) -> list[str]:
    source = Source.of(document)  # type: ignore[arg-type]
    readers = newsmodel.registry.load_group("readers")
    return [name for name, reader in sorted(readers.items()) if reader.recognizes(source)]


class TestRobotsTxt:
    """A robots.txt gives the sitemaps its Sitemap: lines name."""

    def test_sitemap_lines(self) -> None:
        text = (
            "User-agent: *\nDisallow: /\n\nSITEMAP: https://a.example/one.xml # main\n"
            "sitemap:https://a.example/two.xml.gz\nSitemap: https://a.example/one.xml\n"
        )
        listing = newsmodel.read_listing(text)
        assert listing.kind is ListingKind.ROBOTS_TXT
        assert [s.url for s in listing.sitemaps] == [
            "https://a.example/one.xml",
            "https://a.example/two.xml.gz",
        ]
        assert newsmodel.read_all(text) == []

    def test_relative_sitemaps_are_warned_about_and_skipped(self) -> None:
        with pytest.warns(ReadWarning, match="line 2: '/s.xml' is not an absolute"):
            listing = newsmodel.read_listing("User-agent: *\nSitemap: /s.xml\n")
        assert listing.sitemaps == ()

    def test_relative_sitemaps_are_resolved_against_the_robots_txt(self) -> None:
        with pytest.warns(ReadWarning, match="line 2: '/s.xml' is not absolute; read as "):
            listing = newsmodel.read_listing(
                "User-agent: *\nSitemap: /s.xml\n", url="https://a.example/robots.txt"
            )
        assert [s.url for s in listing.sitemaps] == ["https://a.example/s.xml"]

    def test_bytes_that_are_not_utf8(self) -> None:
        with pytest.warns(ReadWarning, match="replaced"):
            listing = newsmodel.read_listing(
                b"User-agent: \xff\nSitemap: https://a.example/s.xml\n", format="robots"
            )
        assert len(listing.sitemaps) == 1


STORY = Article(
    'Harbour <reopens> & ships "return"',
    url="https://news.example/harbour?id=1&p=2",
    date_published=dt.datetime(2026, 5, 2, 10, tzinfo=PLUS2),
    date_modified=dt.datetime(2026, 5, 2, 12, tzinfo=PLUS2),
    keywords=["ports", "shipping"],
    language="en-GB",
    publisher=Organization("News Example"),
    images=[Image("https://news.example/a.jpg", caption="The harbour")],
)


def _parsed(text: str) -> etree._Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return etree.fromstring(text.encode("utf-8"))


class TestWritingSitemaps:
    """The writers' output is the sitemaps.org format, with Google's news fields where
    Google's documentation puts them."""

    def test_news_sitemap(self) -> None:
        root = _parsed(newsmodel.write([STORY], "news-sitemap"))
        assert root.tag == f"{{{SM}}}urlset"
        (url,) = root.findall("sm:url", NS)
        assert url.findtext("sm:loc", namespaces=NS) == STORY.url
        assert url.findtext("sm:lastmod", namespaces=NS) == "2026-05-02T12:00:00+02:00"
        news = url.find("news:news", NS)
        assert news is not None
        assert [child.tag.split("}")[1] for child in news] == [
            "publication",
            "publication_date",
            "title",
            "keywords",
        ]
        assert news.findtext("news:publication/news:name", namespaces=NS) == "News Example"
        assert news.findtext("news:publication/news:language", namespaces=NS) == "en"
        assert news.findtext("news:publication_date", namespaces=NS) == "2026-05-02T10:00:00+02:00"
        assert news.findtext("news:title", namespaces=NS) == STORY.headline
        assert news.findtext("news:keywords", namespaces=NS) == "ports, shipping"
        assert url.findtext("image:image/image:loc", namespaces=NS) == STORY.images[0].url

    def test_sitemap(self) -> None:
        entry = SitemapEntry(
            "https://news.example/about",
            modified=dt.date(2026, 5, 1),
            change_frequency="daily",
            priority=1,
        )
        root = _parsed(newsmodel.write(Listing(items=[STORY], entries=[entry]), "sitemap"))
        first, second = root.findall("sm:url", NS)
        assert first.find("news:news", NS) is None
        assert first.findtext("sm:lastmod", namespaces=NS) == "2026-05-02T12:00:00+02:00"
        assert [child.tag.split("}")[1] for child in second] == [
            "loc",
            "lastmod",
            "changefreq",
            "priority",
        ]
        assert second.findtext("sm:priority", namespaces=NS) == "1.0"
        assert "xmlns:news" not in newsmodel.write(Listing(entries=[entry]), "sitemap")

    def test_an_item_without_a_change_has_its_publication_as_lastmod(self) -> None:
        story = attrs.evolve(STORY, date_modified=None, date_published=dt.date(2026, 5, 2))
        root = _parsed(newsmodel.write(story, "sitemap"))
        assert root.findtext("sm:url/sm:lastmod", namespaces=NS) == "2026-05-02"

    def test_sitemap_index(self) -> None:
        index = Listing(
            sitemaps=[
                SitemapEntry(
                    "https://a.example/1.xml", modified=dt.datetime(2026, 1, 1, tzinfo=UTC)
                ),
                SitemapEntry("https://a.example/2.xml"),
            ]
        )
        root = _parsed(newsmodel.write(index, "sitemap-index"))
        assert root.tag == f"{{{SM}}}sitemapindex"
        assert [s.findtext("sm:lastmod", namespaces=NS) for s in root] == [
            "2026-01-01T00:00:00Z",
            None,
        ]
        assert newsmodel.read_listing(newsmodel.write(index, "sitemap-index")) == attrs.evolve(
            index, kind=ListingKind.SITEMAP_INDEX
        )

    @pytest.mark.parametrize(
        ("tag", "code"),
        [
            ("en-GB", "en"),
            ("pt-BR", "pt"),
            ("zh-Hant", "zh-tw"),
            ("zh-CN", "zh-cn"),
            ("zh-Hans-SG", "zh-cn"),
            ("zh-HK", "zh-tw"),  # Traditional script; Google's list has only zh-cn, zh-tw
            ("yue", "yue"),
        ],
    )
    def test_languages_as_google_wants_them(self, tag: str, code: str) -> None:
        assert google_news_language(tag) == code

    def test_the_publication_name_comes_from_the_item_the_listing_or_the_option(self) -> None:
        bare = attrs.evolve(STORY, publisher=None)
        with pytest.raises(
            WriteError,
            match=r"item 0 \(https://.+, 'Harbour.*\) has no publication name \(pass "
            r"publication=\); Google",
        ):
            newsmodel.write([bare], "news-sitemap")
        for listing, options in [
            (Listing(title="From Title", items=[bare]), {}),
            (Listing(publisher=Organization("From Title"), items=[bare]), {}),
            (Listing(items=[STORY]), {"publication": "From Title"}),
        ]:
            root = _parsed(newsmodel.write(listing, "news-sitemap", **options))
            assert root.findtext(".//news:name", namespaces=NS) == "From Title"

    def test_missing_language_and_date_are_named(self) -> None:
        bare = attrs.evolve(STORY, language=None, date_published=None, date_modified=None)
        with pytest.raises(WriteError, match=r"no language .* and no publication date"):
            newsmodel.write([bare], "news-sitemap")
        written = newsmodel.write(
            Listing(language="fr", items=[attrs.evolve(bare, date_published=dt.date(2026, 1, 2))]),
            "news-sitemap",
        )
        assert "<news:language>fr</news:language>" in written

    def test_an_item_without_address_is_an_error(self) -> None:
        with pytest.raises(WriteError, match=r"item 0 \('No address'\) has no url"):
            newsmodel.write([Article("No address")], "sitemap")

    def test_a_writer_that_would_write_nothing_says_so(self) -> None:
        robots = Listing(sitemaps=[SitemapEntry("https://a.example/s.xml")])
        with pytest.raises(WriteError, match="none of what the listing holds"):
            newsmodel.write(robots, "sitemap")
        with pytest.raises(WriteError, match="none of what the listing holds"):
            newsmodel.write([STORY], "sitemap-index")

    def test_escaping(self) -> None:
        story = attrs.evolve(
            STORY, headline="A & B < C ]]> \"D\" 'E'", url="https://a.example/?a=1&b=<2>"
        )
        written = newsmodel.write([story], "news-sitemap")
        assert "<loc>https://a.example/?a=1&amp;b=&lt;2&gt;</loc>" in written
        (read,) = newsmodel.read_listing(written).items
        assert (read.headline, read.url) == (story.headline, story.url)

    def test_output_is_deterministic(self) -> None:
        listing = Listing(items=[STORY, attrs.evolve(STORY, url="https://news.example/b")])
        first = newsmodel.write(listing, "news-sitemap")
        assert newsmodel.write(listing, "news-sitemap") == first
        assert newsmodel.write(attrs.evolve(listing), "news-sitemap") == first

    @settings(max_examples=40)
    @given(listings(kind=ListingKind.SITEMAP, max_items=5))
    def test_news_sitemap_round_trip(self, listing: Listing) -> None:
        listing = _news_ready(listing)
        written = newsmodel.write(listing, "news-sitemap", publication="Fixed")
        read = _quietly(written)
        expected = [_as_news_sitemap_carries(item) for item in _unique(listing.items)]
        assert list(read.items) == expected
        item_urls = {item.url for item in listing.items}
        entries: dict[str, SitemapEntry] = {}
        for entry in listing.entries:
            if entry.url not in item_urls:
                entries.setdefault(entry.url, entry)
        expected_entries = [
            attrs.evolve(entry, images=_as_sitemaps_carry(entry.images))
            for entry in entries.values()
        ]
        assert list(read.entries) == expected_entries
        assert newsmodel.write(read, "news-sitemap") == written

    @settings(max_examples=40)
    @given(listings(kind=ListingKind.SITEMAP, max_items=5))
    def test_sitemap_round_trip(self, listing: Listing) -> None:
        listing = attrs.evolve(listing, items=[i for i in listing.items if i.url], sitemaps=())
        if not listing.items and not listing.entries:
            return
        read = _quietly(newsmodel.write(listing, "sitemap"))
        assert read.items == ()
        assert [e.url for e in read.entries] == list(listing.urls)


def _news_ready(listing: Listing) -> Listing:
    """The listing's items that have an address, given a language and a publication date
    where they lack one."""
    items = [
        attrs.evolve(
            item,
            language=item.language or "en",
            date_published=item.date_published or dt.date(2026, 1, 1),
            date_modified=None if item.date_published is None else item.date_modified,
        )
        for item in listing.items
        if item.url
    ]
    return attrs.evolve(listing, items=items, sitemaps=())


def _unique(items: tuple[Article, ...]) -> list[Article]:
    """The items, the first of each address only."""
    first: dict[str | None, Article] = {}
    for item in items:
        first.setdefault(item.url, item)
    return list(first.values())


def _as_news_sitemap_carries(item: Article) -> Article:
    """What a Google News sitemap keeps of an article."""
    assert item.language is not None
    return Article(
        _as_read(item.headline) or "",
        url=item.url,
        date_published=item.date_published,
        date_modified=item.date_modified,
        keywords=item.keywords,
        publisher=Organization("Fixed"),
        language=google_news_language(item.language),
        images=_as_sitemaps_carry(item.images),
    )


def _as_sitemaps_carry(images: tuple[Image, ...]) -> list[Image]:
    """What an image sitemap keeps of images: their address and caption."""
    return [Image(image.url, caption=_as_read(image.caption)) for image in images]


def _as_read(text: str | None) -> str | None:
    """Text as the reader gives it: runs of XML white space one space, none around."""
    return re.sub("[ \t\r\n]+", " ", text).strip(" ") if text is not None else None


class TestSplitting:
    """Past the protocol's limits, write() refuses and split() gives several documents."""

    def _stories(self, count: int) -> list[Article]:
        return [attrs.evolve(STORY, url=f"https://news.example/{n}") for n in range(count)]

    def test_write_refuses_past_the_limit(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sitemaps, "MAX_NEWS_URLS", 3)
        newsmodel.write(self._stories(3), "news-sitemap")
        with pytest.raises(WriteError, match=r"4 news addresses, more than 3.*split\(\)"):
            newsmodel.write(self._stories(4), "news-sitemap")

    def test_split_by_news_urls(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sitemaps, "MAX_NEWS_URLS", 3)
        parts = sitemaps.split(Listing(items=self._stories(7)), "news-sitemap")
        assert [len(_parsed(part)) for part in parts] == [3, 3, 1]
        urls = [u.url for part in parts for u in newsmodel.read_listing(part).items]
        assert urls == [f"https://news.example/{n}" for n in range(7)]

    def test_split_by_urls(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sitemaps, "MAX_URLS", 2)
        entries = [SitemapEntry(f"https://a.example/{n}") for n in range(5)]
        with pytest.raises(WriteError, match="5 addresses, more than 2"):
            newsmodel.write(Listing(entries=entries), "sitemap")
        parts = sitemaps.split(Listing(entries=entries), "sitemap")
        assert [len(_parsed(part)) for part in parts] == [2, 2, 1]
        index = Listing(sitemaps=[SitemapEntry(f"https://a.example/s{n}.xml") for n in range(3)])
        assert len(sitemaps.split(index, "sitemap-index")) == 2

    def test_split_by_bytes(self, monkeypatch: pytest.MonkeyPatch) -> None:
        entries = [SitemapEntry(f"https://a.example/{n:04d}") for n in range(50)]
        one = sitemaps.split(Listing(entries=entries), "sitemap")
        assert len(one) == 1
        monkeypatch.setattr(sitemaps, "MAX_BYTES", len(one[0]) // 3)
        parts = sitemaps.split(Listing(entries=entries), "sitemap")
        assert len(parts) in (4, 5)
        assert all(len(part.encode()) <= sitemaps.MAX_BYTES for part in parts)
        assert [e for p in parts for e in newsmodel.read_listing(p).entries] == entries
        with pytest.raises(WriteError, match="bytes"):
            newsmodel.write(Listing(entries=entries), "sitemap")

    def test_split_of_a_small_listing_is_one_document(self) -> None:
        listing = Listing(items=[STORY])
        assert sitemaps.split(listing, "news-sitemap") == [
            newsmodel.write(listing, "news-sitemap")
        ]

    def test_split_checks_its_arguments(self) -> None:
        with pytest.raises(WriteError, match="not 'rss'"):
            sitemaps.split(Listing(), "rss")
        with pytest.raises(WriteError, match="indent"):
            sitemaps.split(Listing(), "sitemap", indent=2)


class TestHostileSitemaps:
    """Entities, DTDs, depth and gzip bombs end in a listing or a ReadError, cheaply."""

    def test_entities_are_not_expanded(self) -> None:
        bomb = (
            '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaaaaaaaa">'
            + "".join(
                f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
                for p, c in zip("abcdefgh", "bcdefghi", strict=True)
            )
            + f']><urlset xmlns="{SM}"><url><loc>https://a.example/&i;</loc></url></urlset>'
        )
        with pytest.warns(ReadWarning):
            listing = newsmodel.read_listing(bomb)
        assert all(len(e.url) < 100 for e in listing.entries)
        small = (
            '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "x">]>'
            f'<urlset xmlns="{SM}"><url><loc>https://a.example/&a;</loc></url></urlset>'
        )
        with pytest.warns(ReadWarning, match="never expanded"):
            listing = newsmodel.read_listing(small)
        assert [e.url for e in listing.entries] == ["https://a.example/&a;"]

    def test_external_dtds_and_entities_are_not_loaded(self, tmp_path: Path) -> None:
        secret = tmp_path / "secret.txt"
        secret.write_text("SECRET", encoding="utf-8")
        text = (
            f'<?xml version="1.0"?><!DOCTYPE u SYSTEM "{secret.as_uri()}" '
            f'[<!ENTITY e SYSTEM "{secret.as_uri()}">]>'
            f'<urlset xmlns="{SM}"><url><loc>https://a.example/&e;</loc></url></urlset>'
        )
        listing = _quietly(text)
        assert "SECRET" not in repr(listing)

    def test_deep_nesting(self) -> None:
        text = f'<urlset xmlns="{SM}">' + "<url>" * 100_000 + "</url>" * 100_000 + "</urlset>"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            with contextlib.suppress(ReadError):
                newsmodel.read_listing(text)

    def test_a_huge_robots_txt(self) -> None:
        """Eight megabytes of rules and 100,000 sitemaps are read in one pass, each
        sitemap once (a robots.txt naming the same sitemap twice lists it once)."""
        rules = "User-agent: *\nDisallow: /private\n" * 300_000
        sitemaps = "".join(
            f"Sitemap: https://news.example/s{n % 100_000}.xml\n" for n in range(200_000)
        )
        listing = newsmodel.read_listing(rules + sitemaps, format="robots")
        assert len(listing.sitemaps) == 100_000

    def test_too_many_elements(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "XML_MAX_ELEMENTS", 10)
        text = f'<urlset xmlns="{SM}">' + "<url/>" * 10 + "</urlset>"
        with pytest.raises(ReadError, match="XML_MAX_ELEMENTS"):
            newsmodel.read_listing(text)

    def test_a_gzip_bomb_is_a_read_error(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "MAX_DECOMPRESSED_BYTES", 1_000_000)
        bomb = gzip.compress(INDEX.encode()[:60] + b" " * 5_000_000)
        assert len(bomb) < 10_000
        with pytest.raises(ReadError, match="MAX_DECOMPRESSED_BYTES"):
            newsmodel.read_listing(bomb)

    def test_broken_gzip(self) -> None:
        data = gzip.compress(INDEX.encode())
        with pytest.raises(ReadError, match="cut short"):
            newsmodel.read_listing(data[:40], format="sitemap")
        with pytest.raises(ReadError, match="not valid gzip"):
            newsmodel.read_listing(data[:10] + b"x" * 30, format="sitemap")

    def test_control_characters(self) -> None:
        text = _url("<loc>https://a.example/\x01</loc>").encode()
        _quietly(text)

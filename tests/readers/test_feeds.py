"""The feed readers (``rss``, ``atom``, ``json-feed``): every field they map, the broken
feeds they repair (each repair said), recognition beside HTML, XHTML and sitemaps, and
hostile XML."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import warnings
from html import escape
from pathlib import Path
from typing import Any, ClassVar

import pytest

import newsmodel
from newsmodel import Figure, Heading, Image, Listing, ListingKind, Paragraph, Person, ReadError
from newsmodel.cli import main
from newsmodel.source import Source

UTC = dt.timezone.utc
RSS_NAMESPACES = (
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:media="http://search.yahoo.com/mrss/" '
    'xmlns:atom="http://www.w3.org/2005/Atom"'
)

RSS_1_0 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/rss"><title>News</title>
    <link>https://news.example/</link><description>D</description></channel>
  <item rdf:about="https://news.example/a"><title>A</title>
    <link>https://news.example/a</link><dc:date>2026-12-08T09:00:00Z</dc:date>
    <dc:creator>Amina Rahman</dc:creator></item>
</rdf:RDF>"""


def rss(items: str, channel: str = "", *, head: str = "") -> str:
    return (
        f'{head}<rss version="2.0" {RSS_NAMESPACES}><channel><title>News Example</title>'
        f"<link>https://news.example/</link>{channel}{items}</channel></rss>"
    )


def atom(entries: str, feed: str = "", *, attributes: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"'
        f"{attributes}><title>News Example</title><id>urn:uuid:feed</id>"
        f"<updated>2026-12-09T10:00:00Z</updated>{feed}{entries}</feed>"
    )


def read(
    document: str | bytes, *, url: str | None = None, format: str | None = None
) -> tuple[Listing, list[str]]:
    """The listing, and every warning reading it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        listing = newsmodel.read_listing(document, url=url, format=format)
    return listing, [str(w.message) for w in caught]


def only(document: str | bytes, **kwargs: object) -> newsmodel.Article:
    listing, found = read(document, **kwargs)  # type: ignore[arg-type]
    assert found == []
    (item,) = listing.items
    return item


class TestRss:
    """An RSS 2.0 item's elements, and its channel's, map to the model."""

    ITEM = """<item>
      <title>Harbour reopens</title>
      <link>https://news.example/harbour</link>
      <guid isPermaLink="false">tag:news.example,2026:1</guid>
      <description>&lt;p&gt;The harbour &lt;b&gt;reopened&lt;/b&gt;.&lt;/p&gt;</description>
      <content:encoded><![CDATA[<h2>Ships</h2><p>Ships came back on Monday.</p>
        <figure><img src="/img/ship.jpg"><figcaption>A ship</figcaption></figure>]]>
      </content:encoded>
      <dc:creator>Amina Rahman</dc:creator>
      <author>jo@example.com (Jo Roe)</author>
      <category>World</category><dc:subject>Harbours</dc:subject><category>World</category>
      <pubDate>Tue, 08 Dec 2026 09:30:00 GMT</pubDate>
      <dc:language>fr</dc:language>
      <enclosure url="https://news.example/a.jpg" type="image/jpeg" length="1000"/>
      <enclosure url="https://news.example/a.mp3" type="audio/mpeg" length="2000"/>
      <media:content url="https://news.example/b.jpg" medium="image" width="800" height="450">
        <media:description>Quay</media:description><media:credit>Reuters</media:credit>
      </media:content>
      <media:content url="https://news.example/v.mp4" medium="video"/>
      <media:group><media:thumbnail url="https://news.example/c.jpg"/></media:group>
    </item>"""

    CHANNEL = """<description>All the news</description><language>en-GB</language>
      <atom:link rel="self" href="https://news.example/feed.xml"/>
      <lastBuildDate>Tue, 09 Dec 2026 10:00:00 +0100</lastBuildDate>
      <dc:publisher>News Example Ltd</dc:publisher>
      <image><url>https://news.example/logo.png</url><title>N</title></image>"""

    def test_every_item_field(self) -> None:
        item = only(rss(self.ITEM, self.CHANNEL))
        assert item.headline == "Harbour reopens"
        assert item.url == "https://news.example/harbour"
        assert item.description == "The harbour reopened."
        assert item.body == (
            Heading("Ships"),
            Paragraph("Ships came back on Monday."),
            Figure(Image("https://news.example/img/ship.jpg", caption="A ship")),
        )
        assert item.authors == (Person("Amina Rahman"), Person("Jo Roe"))
        assert item.keywords == ("World", "Harbours")
        assert item.date_published == dt.datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
        assert item.language == "fr"
        assert [image.url for image in item.images] == [
            "https://news.example/a.jpg",
            "https://news.example/b.jpg",
            "https://news.example/c.jpg",
        ]
        assert item.images[1] == Image(
            "https://news.example/b.jpg", caption="Quay", credit="Reuters", width=800, height=450
        )
        assert item.extra["id"] == "tag:news.example,2026:1"
        assert item.extra["enclosures"] == (
            {"url": "https://news.example/a.mp3", "type": "audio/mpeg", "length": 2000},
        )

    def test_the_channel(self) -> None:
        listing, _ = read(rss(self.ITEM, self.CHANNEL))
        assert listing.kind is ListingKind.RSS
        assert listing.title == "News Example"
        assert listing.url == "https://news.example/"
        assert listing.feed_url == "https://news.example/feed.xml"
        assert listing.description == "All the news"
        assert listing.language == "en-GB"
        one_hour = dt.timezone(dt.timedelta(hours=1))
        assert listing.updated == dt.datetime(2026, 12, 9, 10, tzinfo=one_hour)
        assert listing.publisher == newsmodel.Organization("News Example Ltd")
        assert listing.image == Image("https://news.example/logo.png")

    def test_the_language_of_the_channel_is_the_items(self) -> None:
        item = only(rss("<item><title>T</title></item>", "<language>de</language>"))
        assert item.language == "de"

    def test_a_permalink_guid_is_the_address(self) -> None:
        item = only(rss("<item><title>T</title><guid>https://news.example/t</guid></item>"))
        assert item.url == "https://news.example/t"
        assert item.extra["id"] == "https://news.example/t"

    def test_dc_date_and_modified(self) -> None:
        item = only(
            rss(
                "<item><title>T</title><dc:date>2026-12-08T09:00:00+02:00</dc:date>"
                "<atom:updated>2026-12-09T09:00:00Z</atom:updated></item>"
            )
        )
        assert item.date_published == dt.datetime(
            2026, 12, 8, 9, tzinfo=dt.timezone(dt.timedelta(hours=2))
        )
        assert item.date_modified == dt.datetime(2026, 12, 9, 9, tzinfo=UTC)

    def test_rss_1_0(self) -> None:
        feed = RSS_1_0
        listing, found = read(feed)
        assert found == []
        assert listing.kind is ListingKind.RSS
        assert listing.title == "News"
        (item,) = listing.items
        assert (item.headline, item.url, item.extra["id"]) == (
            "A",
            "https://news.example/a",
            "https://news.example/a",
        )
        assert item.authors == (Person("Amina Rahman"),)

    def test_rss_0_91_with_its_doctype(self) -> None:
        feed = (
            '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC '
            '"-//Netscape Communications//DTD RSS 0.91//EN" '
            '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
            '<rss version="0.91"><channel><title>Caf\xe9</title><link>https://news.example/</link>'
            "<item><title>Menu&nbsp;du jour</title><link>https://news.example/m</link></item>"
            "</channel></rss>"
        ).encode("latin-1")
        listing, found = read(feed)
        assert listing.title == "Café"
        assert listing.items[0].headline == "Menu du jour"
        assert len(found) == 1
        assert "&nbsp;" in found[0]


class TestBrokenRss:
    """Real feeds are broken: what can be read is, and every repair is said."""

    def test_undeclared_entities(self) -> None:
        listing, found = read(rss("<item><title>Caf&eacute; &amp; bar&hellip;</title></item>"))
        assert listing.items[0].headline == "Café & bar…"
        assert found == [
            "<string>: rss: read the HTML entities &eacute;, &hellip; as their characters"
        ]

    def test_a_wrong_encoding(self) -> None:
        item = "<item><title>Café Zürich</title><description>Très tôt</description></item>"
        feed = '<?xml version="1.0" encoding="utf-8"?>' + rss(item * 3)
        listing, found = read(feed.encode("cp1252"))
        assert listing.items[0].headline == "Café Zürich"
        assert len(found) == 1
        assert "utf-8" in found[0]

    def test_a_missing_encoding(self) -> None:
        item = (
            "<item><title>Crème brûlée à Zürich</title><description>Très tôt</description></item>"
        )
        feed = rss(item * 5, head='<?xml version="1.0"?>')
        listing, found = read(feed.encode("cp1252"))
        assert listing.items[0].headline == "Crème brûlée à Zürich"
        assert len(found) == 1

    def test_a_declared_encoding_is_followed(self) -> None:
        head = '<?xml version="1.0" encoding="windows-1251"?>'
        item = only(rss("<item><title>Москва</title></item>", head=head).encode("cp1251"))
        assert item.headline == "Москва"

    def test_bare_ampersands(self) -> None:
        listing, found = read(
            rss(
                "<item><title>AT&T buys Q&A</title><link>https://news.example/?a=1&b=2</link></item>"
            )
        )
        assert listing.items[0].headline == "AT&T buys Q&A"
        assert listing.items[0].url == "https://news.example/?a=1&b=2"
        assert found == ["<string>: rss: read 3 bare '&' as ampersands (XML writes '&amp;')"]

    def test_unclosed_elements_are_recovered(self) -> None:
        listing, found = read(rss("<item><title>One</title></item><item><title>Two</title>"))
        assert [item.headline for item in listing.items][:1] == ["One"]
        assert any("not well-formed" in message for message in found)

    def test_html_in_titles_is_reduced_to_text(self) -> None:
        item = only(
            rss("<item><title>&lt;b&gt;Harbour&lt;/b&gt; reopens &amp;amp; more</title></item>")
        )
        assert item.headline == "Harbour reopens & more"

    def test_unescaped_markup_in_a_description(self) -> None:
        item = only(
            rss("<item><title>T</title><description><p>One.</p><p>Two.</p></description></item>")
        )
        assert item.description == "One. Two."

    def test_relative_links_with_xml_base(self) -> None:
        feed = rss(
            '<item xml:base="/world/"><title>T</title><link>harbour</link>'
            '<enclosure url="a.jpg" type="image/jpeg"/></item>'
        )
        item = only(feed)
        assert item.url == "https://news.example/world/harbour"
        assert item.images == (Image("https://news.example/world/a.jpg"),)

    def test_relative_links_against_the_feed_address(self) -> None:
        item = only(
            rss("<item><title>T</title><link>/harbour</link></item>"),
            url="https://feeds.example/news.xml",
        )
        assert item.url == "https://feeds.example/harbour"

    @pytest.mark.parametrize(
        ("written", "read_as"),
        [
            ("Tue, 08 Dec 2026 09:30:00 EST", dt.datetime(2026, 12, 8, 14, 30, tzinfo=UTC)),
            ("Tue, 08 Dec 2026 09:30:00 PDT", dt.datetime(2026, 12, 8, 16, 30, tzinfo=UTC)),
            ("Tue, 08 Dec 2026 09:30:00 UT", dt.datetime(2026, 12, 8, 9, 30, tzinfo=UTC)),
            ("8 Dec 26 09:30 Z", dt.datetime(2026, 12, 8, 9, 30, tzinfo=UTC)),
            (
                "Tuesday, 8 December 2026 09:30:00 -0500",
                dt.datetime(2026, 12, 8, 14, 30, tzinfo=UTC),
            ),
            ("2026-12-08T09:30:00+00:00", dt.datetime(2026, 12, 8, 9, 30, tzinfo=UTC)),
        ],
    )
    def test_rfc_822_dates_with_named_zones(self, written: str, read_as: dt.datetime) -> None:
        item = only(rss(f"<item><title>T</title><pubDate>{written}</pubDate></item>"))
        assert item.date_published == read_as

    @pytest.mark.parametrize(
        ("written", "said"),
        [
            ("Tue, 08 Dec 2026 09:30:00", "names no time zone"),
            (
                "Tue, 08 Dec 2026 09:30:00 A",
                "A is a military zone letter RFC 2822 reads as no zone",
            ),
            (
                "Tue, 08 Dec 2026 09:30:00 CEST",
                "CEST is a zone abbreviation newsmodel does not guess",
            ),
        ],
    )
    def test_a_date_without_a_zone_keeps_its_day(self, written: str, said: str) -> None:
        listing, found = read(rss(f"<item><title>T</title><pubDate>{written}</pubDate></item>"))
        assert listing.items[0].date_published == dt.date(2026, 12, 8)
        assert found == [
            f"<string>: rss item 1: its published date {written!r} {said}; the day is kept"
        ]

    @pytest.mark.parametrize(
        ("written", "read_as"),
        [
            ("2026-12-08T09:30:00.5Z", dt.datetime(2026, 12, 8, 9, 30, 0, 500000, tzinfo=UTC)),
            ("2026-12-08 09:30:00+00:00", dt.datetime(2026, 12, 8, 9, 30, tzinfo=UTC)),
            ("20261208T093000Z", dt.datetime(2026, 12, 8, 9, 30, tzinfo=UTC)),
            ("2026-12-08", dt.date(2026, 12, 8)),
        ],
    )
    def test_iso_dates(self, written: str, read_as: dt.date) -> None:
        item = only(atom(f"<entry><title>T</title><updated>{written}</updated></entry>"))
        assert item.date_modified == read_as

    def test_a_year_or_a_month_alone_is_left_out(self) -> None:
        """The model holds no partial dates: "2026-05" is not the first of May."""
        listing, found = read(rss("<item><title>T</title><dc:date>2026-05</dc:date></item>"))
        assert listing.items[0].date_published is None
        assert found == [
            "<string>: rss item 1: its published date '2026-05' names no day "
            "(only a year or a month); left out"
        ]

    def test_a_date_that_is_none_is_left_out(self) -> None:
        listing, found = read(rss("<item><title>T</title><pubDate>soon</pubDate></item>"))
        assert listing.items[0].date_published is None
        assert found == ["<string>: rss item 1: its published date 'soon' is not a date; left out"]

    def test_an_item_without_a_link_is_kept_with_its_id(self) -> None:
        item = only(rss('<item><title>T</title><guid isPermaLink="false">42</guid></item>'))
        assert item.url is None
        assert item.extra["id"] == "42"

    def test_an_item_without_a_title_takes_its_first_sentence_and_says_so(self) -> None:
        listing, found = read(
            rss("<item><description>Ships are back. More later.</description></item>")
        )
        assert listing.items[0].headline == "Ships are back."
        assert found == [
            "<string>: rss item 1: has no title; its headline is its description's first "
            "sentence: 'Ships are back.'"
        ]

    def test_an_item_with_nothing_to_say_is_left_out_and_said(self) -> None:
        listing, found = read(
            rss("<item><link>https://news.example/x</link></item><item><title>T</title></item>")
        )
        assert [item.headline for item in listing.items] == ["T"]
        assert found == ["<string>: rss item 1: has neither a title nor a description; left out"]

    def test_a_bad_language_is_kept_in_extra(self) -> None:
        listing, found = read(rss("<item><title>T</title></item>", "<language>English</language>"))
        assert listing.language is None
        assert listing.extra["language"] == "English"
        assert listing.items[0].extra["language"] == "English"
        assert len(found) == 2

    def test_a_link_that_is_no_address_is_kept_in_extra(self) -> None:
        listing, found = read(rss("<item><title>T</title><link>javascript:go()</link></item>"))
        assert listing.items[0].url is None
        assert listing.items[0].extra["link"] == "javascript:go()"
        assert len(found) == 1

    def test_an_email_only_author_is_kept_in_extra(self) -> None:
        item = only(rss("<item><title>T</title><author>desk@news.example</author></item>"))
        assert item.authors == ()
        assert item.extra["author_emails"] == ("desk@news.example",)

    def test_a_modification_before_publication_is_kept_in_extra(self) -> None:
        listing, found = read(
            rss(
                "<item><title>T</title><pubDate>Tue, 08 Dec 2026 09:00:00 GMT</pubDate>"
                "<atom:updated>2026-12-01T00:00:00Z</atom:updated></item>"
            )
        )
        assert listing.items[0].date_modified is None
        assert listing.items[0].extra["date_modified"] == "2026-12-01T00:00:00+00:00"
        assert len(found) == 1


class TestEncodings:
    """RFC 7303's order (a byte-order mark, the HTTP charset, the XML declaration), and
    windows-1252 before detection for Latin text that is not UTF-8."""

    FRENCH = "<item><title>L'été à Paris, déjà là</title><description>Où ça ?</description></item>"
    RUSSIAN = (
        "<item><title>Новости из Москвы сегодня</title>"
        "<description>Правительство объявило новые меры поддержки</description></item>"
    )

    def test_the_http_charset_is_used(self) -> None:
        source = Source(rss(self.FRENCH).encode("iso-8859-1"), encoding="iso-8859-1")
        listing, found = read(source)  # type: ignore[arg-type]
        assert listing.items[0].headline == "L'été à Paris, déjà là"
        assert found == []

    def test_the_http_charset_comes_before_the_declaration(self) -> None:
        head = '<?xml version="1.0" encoding="utf-8"?>'
        data = rss(self.FRENCH, head=head).encode("cp1252")
        listing, found = read(Source(data, encoding="windows-1252"))  # type: ignore[arg-type]
        assert listing.items[0].headline == "L'été à Paris, déjà là"
        assert found == [
            "<string>: rss: the HTTP charset cp1252 and the XML declaration's utf-8 "
            "disagree; read as cp1252, as RFC 7303 says"
        ]

    def test_a_byte_order_mark_comes_before_the_http_charset(self) -> None:
        data = rss(self.FRENCH).encode("utf-16")
        listing, found = read(Source(data, encoding="iso-8859-1"))  # type: ignore[arg-type]
        assert listing.items[0].headline == "L'été à Paris, déjà là"
        assert found == [
            "<string>: rss: the HTTP charset says cp1252, the bytes are utf-16; read as utf-16"
        ]

    @pytest.mark.parametrize(
        "head", ["", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-8"?>']
    )
    def test_latin_text_that_is_not_utf8_is_windows_1252(self, head: str) -> None:
        listing, found = read(rss(self.FRENCH * 3, head=head).encode("cp1252"))
        assert listing.items[0].headline == "L'été à Paris, déjà là"
        assert listing.items[0].description == "Où ça ?"
        (message,) = found
        assert message.endswith("read as Latin text in windows-1252")

    @pytest.mark.parametrize("head", ["", '<?xml version="1.0" encoding="utf-8"?>'])
    def test_another_script_is_detected(self, head: str) -> None:
        listing, found = read(rss(self.RUSSIAN * 3, head=head).encode("cp1251"))
        assert listing.items[0].headline == "Новости из Москвы сегодня"
        (message,) = found
        assert "detected" in message

    def test_a_declared_cp1251_feed(self) -> None:
        head = '<?xml version="1.0" encoding="windows-1251"?>'
        assert only(rss(self.RUSSIAN, head=head).encode("cp1251")).headline.startswith("Новости")

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
    def test_utf16_is_recognised(self, encoding: str) -> None:
        head = '<?xml version="1.0" encoding="UTF-16"?>'
        listing, found = read(rss(self.FRENCH, head=head).encode(encoding))
        assert listing.kind is ListingKind.RSS
        assert listing.items[0].headline == "L'été à Paris, déjà là"
        assert found == []

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
    def test_utf16_atom_is_recognised(self, encoding: str) -> None:
        assert read(atom("").encode(encoding))[0].kind is ListingKind.ATOM


class TestBeforeTheDocument:
    """Text before the XML (a PHP notice, a stray byte-order mark) is dropped, and said."""

    @pytest.mark.parametrize(
        "junk",
        [
            "<br />\n<b>Notice</b>:  Undefined index: id in <b>/var/www/feed.php</b>\n",
            "Warning: session_start() failed\n",
            "\n  \ufeff",
        ],
    )
    def test_dropped_before_the_declaration(self, junk: str) -> None:
        feed = junk + rss("<item><title>T</title></item>", head='<?xml version="1.0"?>')
        listing, found = read(feed.encode("utf-8"))
        assert listing.kind is ListingKind.RSS
        assert [item.headline for item in listing.items] == ["T"]
        (message,) = found
        assert message.startswith("<string>: rss: dropped ")
        assert "before the XML" in message

    def test_dropped_before_the_root_without_a_declaration(self) -> None:
        listing, found = read(b"Deprecated: something\n" + atom("").encode())
        assert listing.kind is ListingKind.ATOM
        assert found == [
            "<string>: atom: dropped 22 bytes before the XML ('Deprecated: something')"
        ]

    def test_leading_white_space_is_no_repair(self) -> None:
        feed = "\n\n" + rss("<item><title>T</title></item>", head='<?xml version="1.0"?>')
        assert only(feed.encode()).headline == "T"


class TestUndeclaredPrefixes:
    """Prefixes a feed uses but never declares: the well-known ones are read in their
    usual namespaces, any other in one of its own, and both said."""

    def test_well_known_prefixes_are_read(self) -> None:
        feed = (
            '<rss version="2.0"><channel><title>N</title><link>https://news.example/</link>'
            "<item><title>T</title><link>https://news.example/t</link>"
            "<dc:creator>Amina Rahman</dc:creator>"
            "<content:encoded><![CDATA[<p>Full text <o:p></o:p></p>]]></content:encoded>"
            '<media:content url="https://news.example/t.jpg" medium="image"/>'
            "</item></channel></rss>"
        )
        listing, found = read(feed)
        (item,) = listing.items
        assert item.authors == (Person("Amina Rahman"),)
        assert item.body is not None
        assert "Full text" in item.body[0].text  # type: ignore[union-attr]
        assert [image.url for image in item.images] == ["https://news.example/t.jpg"]
        assert found == [
            "<string>: rss: uses prefixes it never declares: content:, dc:, media: "
            "(read in their usual namespaces)"
        ]

    def test_an_unknown_prefix_is_said(self) -> None:
        feed = rss("<item><title>T</title><foo:bar>x</foo:bar></item>")
        listing, found = read(feed)
        assert listing.items[0].headline == "T"
        assert found == [
            "<string>: rss: uses prefixes it never declares: foo: (read in none known)"
        ]


class TestAtom:
    """An Atom entry's elements, and its feed's, map to the model."""

    ENTRY = """<entry xml:base="/world/">
      <title type="html">&lt;em&gt;Harbour&lt;/em&gt; reopens</title>
      <link rel="alternate" type="application/json" href="harbour.json"/>
      <link rel="alternate" type="text/html" href="harbour"/>
      <link rel="enclosure" type="image/png" href="ship.png"/>
      <link rel="enclosure" type="audio/mpeg" href="ship.mp3" length="10"/>
      <id>urn:uuid:1</id>
      <published>2026-12-08T09:30:00+01:00</published>
      <updated>2026-12-08T10:30:00+01:00</updated>
      <author><name>Amina Rahman</name><uri>https://news.example/amina</uri></author>
      <category term="world" label="World"/><category term="harbours"/>
      <summary>Ships are back.</summary>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
        <p>Ships came back <b>on Monday</b>.</p></div></content>
    </entry>"""

    def test_every_entry_field(self) -> None:
        item = only(atom(self.ENTRY), url="https://news.example/feed.atom")
        one = dt.timezone(dt.timedelta(hours=1))
        assert item.headline == "Harbour reopens"
        assert item.url == "https://news.example/world/harbour"
        assert item.description == "Ships are back."
        assert item.body == (Paragraph("Ships came back on Monday."),)
        assert item.date_published == dt.datetime(2026, 12, 8, 9, 30, tzinfo=one)
        assert item.date_modified == dt.datetime(2026, 12, 8, 10, 30, tzinfo=one)
        assert item.authors == (Person("Amina Rahman", url="https://news.example/amina"),)
        assert item.keywords == ("World", "harbours")
        assert item.images == (Image("https://news.example/world/ship.png"),)
        assert item.extra["id"] == "urn:uuid:1"
        assert item.extra["enclosures"] == (
            {"url": "https://news.example/world/ship.mp3", "type": "audio/mpeg", "length": 10},
        )

    def test_the_feed(self) -> None:
        listing, _ = read(
            atom(
                "",
                '<subtitle>All the news</subtitle><link href="https://news.example/"/>'
                '<link rel="self" href="https://news.example/feed.atom"/>'
                "<icon>/favicon.ico</icon><logo>/logo.png</logo>",
                attributes=' xml:lang="en"',
            )
        )
        assert listing.kind is ListingKind.ATOM
        assert (listing.title, listing.description, listing.language) == (
            "News Example",
            "All the news",
            "en",
        )
        assert listing.url == "https://news.example/"
        assert listing.feed_url == "https://news.example/feed.atom"
        assert listing.updated == dt.datetime(2026, 12, 9, 10, tzinfo=UTC)
        assert listing.image == Image("https://news.example/logo.png")
        assert listing.extra["id"] == "urn:uuid:feed"

    def test_content_html_and_text(self) -> None:
        html = only(
            atom(
                '<entry><title>T</title><content type="html">'
                "&lt;p&gt;One&lt;/p&gt;</content></entry>"
            )
        )
        assert html.body == (Paragraph("One"),)
        text = only(atom("<entry><title>T</title><content>One\n\nTwo &lt;b&gt;</content></entry>"))
        assert text.body == (Paragraph("One"), Paragraph("Two <b>"))

    def test_a_text_title_keeps_its_angle_brackets(self) -> None:
        item = only(atom("<entry><title>Use &lt;br&gt; with care</title></entry>"))
        assert item.headline == "Use <br> with care"

    def test_entries_take_the_feeds_authors(self) -> None:
        feed = atom("<entry><title>T</title></entry>", "<author><name>Desk</name></author>")
        assert only(feed).authors == (Person("Desk"),)

    def test_only_updated_is_the_modification(self) -> None:
        item = only(atom("<entry><title>T</title><updated>2026-12-08T09:30:00Z</updated></entry>"))
        assert item.date_published is None
        assert item.date_modified == dt.datetime(2026, 12, 8, 9, 30, tzinfo=UTC)

    def test_one_date_written_twice_is_the_publication(self) -> None:
        stamp = "2026-12-08T09:30:00Z"
        item = only(
            atom(
                f"<entry><title>T</title><published>{stamp}</published><updated>{stamp}</updated></entry>"
            )
        )
        assert item.date_published == dt.datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
        assert item.date_modified is None


class TestJsonFeed:
    """A JSON Feed's keys map to the model, in 1.0 and 1.1."""

    FEED: ClassVar[dict[str, Any]] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "News Example",
        "home_page_url": "https://news.example/",
        "feed_url": "https://news.example/feed.json",
        "description": "All the news",
        "icon": "https://news.example/icon.png",
        "language": "en",
        "authors": [{"name": "Desk"}],
        "items": [
            {
                "id": "1",
                "url": "https://news.example/harbour",
                "title": "Harbour reopens",
                "content_html": "<p>Ships came back.</p>",
                "summary": "Ships are back.",
                "image": "https://news.example/a.jpg",
                "date_published": "2026-12-08T09:30:00Z",
                "date_modified": "2026-12-09T09:30:00Z",
                "tags": ["World"],
                "language": "fr",
                "authors": [{"name": "Amina Rahman", "url": "https://news.example/amina"}],
                "attachments": [
                    {"url": "https://news.example/b.png", "mime_type": "image/png"},
                    {"url": "https://news.example/a.mp3", "mime_type": "audio/mpeg"},
                ],
            },
            {"id": 2, "content_text": "Second story. It is short."},
        ],
    }

    def test_every_field(self) -> None:
        listing, found = read(json.dumps(self.FEED))
        assert listing.kind is ListingKind.JSON_FEED
        assert (listing.title, listing.url, listing.feed_url, listing.language) == (
            "News Example",
            "https://news.example/",
            "https://news.example/feed.json",
            "en",
        )
        assert listing.image == Image("https://news.example/icon.png")
        first, second = listing.items
        assert first.headline == "Harbour reopens"
        assert first.body == (Paragraph("Ships came back."),)
        assert first.description == "Ships are back."
        assert first.date_modified == dt.datetime(2026, 12, 9, 9, 30, tzinfo=UTC)
        assert first.keywords == ("World",)
        assert first.language == "fr"
        assert first.authors == (Person("Amina Rahman", url="https://news.example/amina"),)
        assert [image.url for image in first.images] == [
            "https://news.example/a.jpg",
            "https://news.example/b.png",
        ]
        assert second.extra["id"] == "2"
        assert second.headline == "Second story."
        assert second.authors == (Person("Desk"),)
        assert second.language == "en"
        assert found == [
            "<string>: json-feed item 2 (2): has no title; its headline is its content's "
            "first sentence: 'Second story.'"
        ]

    def test_version_1_0_author(self) -> None:
        feed = {
            "version": "https://jsonfeed.org/version/1",
            "title": "N",
            "items": [{"id": "1", "title": "T", "author": {"name": "Jo Roe"}}],
        }
        assert only(json.dumps(feed)).authors == (Person("Jo Roe"),)

    def test_values_of_the_wrong_type_are_left_out_and_said(self) -> None:
        feed = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": 5,
            "items": [{"title": "T"}],
        }
        listing, found = read(json.dumps(feed))
        assert listing.title is None
        assert found == ["<string>: json-feed: title is not a string (5); left out"]

    def test_not_an_object(self) -> None:
        with pytest.raises(ReadError, match="JSON object"):
            newsmodel.read_listing('["https://jsonfeed.org/version/1.1"]', format="json-feed")


SITEMAP = (
    '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>https://news.example/</loc></url></urlset>"
)
XHTML = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
    'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
    "<body><p>rss feed atom</p></body></html>"
)


class TestRecognition:
    """Exactly one reader claims each kind of document."""

    @pytest.mark.parametrize(
        ("document", "claimed_by"),
        [
            (rss("<item><title>T</title></item>"), "rss"),
            (
                '<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- c -->\n' + rss(""),
                "rss",
            ),
            (RSS_1_0, "rss"),
            (atom(""), "atom"),
            ('<a:feed xmlns:a="http://www.w3.org/2005/Atom"></a:feed>', "atom"),
            (json.dumps(TestJsonFeed.FEED), "json-feed"),
            ('{"title": "x", "version": "https://jsonfeed.org/version/1"}', "json-feed"),
            ("<!DOCTYPE html><html><head><title>RSS</title></head></html>", "html"),
            (XHTML, "html"),
        ],
    )
    def test_each_document_has_one_reader(self, document: str, claimed_by: str) -> None:
        source = Source.of(document)
        claims = [
            name
            for name, reader in newsmodel.registry.load_group("readers").items()
            if reader.recognizes(source)
        ]
        assert claims == [claimed_by]

    def test_an_rdf_document_that_is_no_feed(self) -> None:
        document = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'
        assert not newsmodel.registry.get("readers", "rss").recognizes(Source.of(document))

    def test_a_sitemap_is_no_feed(self) -> None:
        source = Source.of(SITEMAP)
        for name in ("rss", "atom", "json-feed", "html"):
            assert not newsmodel.registry.get("readers", name).recognizes(source)

    def test_an_atom_feed_is_not_read_as_html(self) -> None:
        listing, _ = read(atom("<entry><title>T</title></entry>"))
        assert listing.kind is ListingKind.ATOM


class TestHostile:
    """Hostile XML is refused or inert: entities are never expanded, nothing is fetched,
    and only a NewsmodelError escapes."""

    def test_billion_laughs_is_not_expanded(self) -> None:
        entities = '<!ENTITY a "hahahahahahahahahaha">' + "".join(
            f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(9)
        )
        feed = f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]>' + rss(
            "<item><title>&j;x</title></item>"
        )
        listing, found = read(feed)
        assert all(len(item.headline) < 100 for item in listing.items)
        assert any("amplification" in message for message in found)

    def test_an_external_entity_is_not_loaded(self, tmp_path: object) -> None:
        feed = (
            '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            + rss("<item><title>T &secret;</title></item>")
        )
        listing, _ = read(feed)
        assert "root" not in listing.items[0].headline

    def test_an_external_dtd_is_not_loaded(self) -> None:
        feed = '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/never.dtd">' + rss(
            "<item><title>T</title></item>"
        )
        assert only(feed).headline == "T"

    def test_a_json_feed_nested_too_deeply_is_a_read_error(self) -> None:
        item = '{"id": "1", "title": "T", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
        feed = '{"version": "https://jsonfeed.org/version/1.1", "title": "F", "items": ['
        with pytest.raises(ReadError, match="nested too deeply"):
            newsmodel.read_listing(feed + item + "]}", format="json-feed")

    def test_deep_nesting(self) -> None:
        feed = rss("<item><title>T</title>" + "<x>" * 5000 + "</x>" * 5000 + "</item>")
        listing, found = read(feed)
        assert [item.headline for item in listing.items] in ([], ["T"])
        assert found

    def test_too_many_elements(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(newsmodel.limits, "XML_MAX_ELEMENTS", 10)
        with pytest.raises(ReadError, match="XML_MAX_ELEMENTS"):
            read(rss("<item><title>T</title></item>" * 5))

    def test_a_declared_internal_entity_is_read_as_written_and_said(self) -> None:
        """Not expanded, even though one bounded level would be safe: a reference is never
        expanded, so that no document costs more than its size."""
        feed = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY pub "Example Times">]>' + rss(
            "<item><title>From &pub;</title></item>"
        )
        listing, found = read(feed)
        assert listing.items[0].headline == "From &pub;"
        assert found == [
            "<string>: rss: refers to entities (&pub;), never expanded; read as written"
        ]

    def test_many_undeclared_prefixes(self) -> None:
        """At most a few unknown prefixes are declared on the root; the rest are left to
        the recovering parser."""
        tags = "".join(f"<p{n}:x>a</p{n}:x>" for n in range(2000))
        listing, found = read(rss(f"<item><title>T</title>{tags}</item>"))
        assert listing.items[0].headline == "T"
        assert any("never declares: p0:, p1:, p10:, p100:, p1000: ..." in m for m in found)

    def test_an_undeclared_entity_is_read_as_written(self) -> None:
        listing, found = read(rss("<item><title>T &zzz;</title></item>"))
        assert listing.items[0].headline == "T &zzz;"
        assert any("&zzz;" in message and "never expanded" in message for message in found)

    def test_the_item_cap(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(newsmodel.limits, "FEED_MAX_ITEMS", 2)
        listing, found = read(rss("<item><title>T</title></item>" * 5))
        assert len(listing.items) == 2
        assert found == [
            "<string>: rss: the feed holds more than 2 items (newsmodel.limits.FEED_MAX_ITEMS); "
            "the 3 after them were not read"
        ]

    @pytest.mark.parametrize(
        "document",
        [
            b"",
            b"<rss",
            b"<rss>\x00</rss>",
            b"\xff\xfe<\x00r\x00s\x00s\x00>\x00",
            b"<rss><channel><item><title>&#0;</title>",
        ],
    )
    def test_garbage_is_a_read_error_or_nothing(self, document: bytes) -> None:
        with contextlib.suppress(newsmodel.NewsmodelError):
            read(document, format="rss")


class TestCommandLine:
    """``newsmodel read`` writes every article of a feed, one JSON line each, or the whole
    list with --listing; never just the first."""

    FEED = rss(
        "<item><title>One</title><link>https://news.example/1</link></item>"
        "<item><title>Two</title><link>https://news.example/2</link></item>"
    )

    def run(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str
    ) -> tuple[int, str, str]:
        path = tmp_path / "feed.xml"
        path.write_text(self.FEED, encoding="utf-8")
        status = main(["read", str(path), *args])
        out, err = capsys.readouterr()
        return status, out, err

    def test_every_article_as_json_lines(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        status, out, _ = self.run(capsys, tmp_path)
        assert status == 0
        lines = out.splitlines()
        assert [newsmodel.read(line).headline for line in lines] == ["One", "Two"]

    def test_jsonld_lines(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        _, out, _ = self.run(capsys, tmp_path, "--to", "jsonld")
        assert [json.loads(line)["headline"] for line in out.splitlines()] == ["One", "Two"]

    def test_the_whole_listing(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        status, out, _ = self.run(capsys, tmp_path, "--listing")
        assert status == 0
        listing = newsmodel.read_listing(out)
        assert listing.title == "News Example"
        assert [item.headline for item in listing.items] == ["One", "Two"]

    def test_a_writer_of_one_article_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        with pytest.raises(SystemExit) as exited:
            self.run(capsys, tmp_path, "--to", "text")
        assert exited.value.code == 2
        assert "holds 2 articles" in capsys.readouterr().err
        with pytest.raises(SystemExit):
            self.run(capsys, tmp_path, "--to", "text", "--listing")
        assert "the text writer writes one article, not a list" in capsys.readouterr().err

    def test_warnings_are_lines(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        (tmp_path / "broken.xml").write_text(rss("<item><title>A&B</title></item>"))
        assert main(["read", str(tmp_path / "broken.xml")]) == 0
        out, err = capsys.readouterr()
        assert newsmodel.read(out).headline == "A&B"
        assert err.startswith("newsmodel: warning: ")

    def test_one_article_is_unchanged(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        page = tmp_path / "page.html"
        page.write_text("<html><head><title>Harbour reopens</title></head><body></body></html>")
        assert main(["read", str(page)]) == 0
        out = capsys.readouterr().out
        assert out.startswith('{\n  "format": "newsmodel"')
        assert newsmodel.read(out).headline == "Harbour reopens"


class TestRssTextOrHtml:
    """RSS never says whether a title is HTML: it is when it looks like HTML (a closing
    tag, ``<br>``/``<img>``, a character reference), text otherwise; reducing HTML that
    leaves out what may have been text says so."""

    def test_a_title_that_is_not_html_is_kept_as_written(self) -> None:
        listing, found = read(
            rss(
                "<item><title>Using &lt;canvas&gt; in HTML5</title>"
                "<description>The &lt;video&gt; element &amp; &lt;audio&gt;</description>"
                "</item>"
            )
        )
        assert listing.items[0].headline == "Using <canvas> in HTML5"
        assert listing.items[0].description == "The <video> element & <audio>"
        assert found == []

    @pytest.mark.parametrize(
        ("written", "text"),
        [
            ("AT&amp;amp;T", "AT&T"),
            ("Line&lt;br&gt;break", "Line break"),
            ("&lt;b&gt;Bold&lt;/b&gt; news", "Bold news"),
            ("Caf&amp;#233;", "Café"),
        ],
    )
    def test_a_title_that_looks_like_html_is_reduced(self, written: str, text: str) -> None:
        listing, _ = read(rss(f"<item><title>{written}</title></item>"))
        assert listing.items[0].headline == text

    def test_reducing_html_that_leaves_out_text_warns(self) -> None:
        listing, found = read(
            rss(
                "<item><title>Storm</title><description>Ships &lt;script&gt;x()&lt;/script&gt;"
                "are &lt;blink2&gt;back&lt;/blink2&gt;</description></item>"
            )
        )
        assert listing.items[0].description == "Ships are back"
        assert found == [
            "<string>: rss item 1: its description is HTML; reduced to text, it leaves out "
            "the text of a <script>, the tag <blink2>"
        ]


class TestBareImagesInContent:
    """A picture set bare in an item's content (``<p><img></p>``) is a body figure,
    resolved on the base address, and the item's image when it names none."""

    CONTENT = '<p>Ships are back.</p><p><img src="/quay.jpg" width="640"></p><p>More.</p>'

    def test_rss_content_encoded(self) -> None:
        listing, _ = read(
            rss(
                "<item><title>Harbour</title><link>https://news.example/harbour</link>"
                f"<content:encoded><![CDATA[{self.CONTENT}]]></content:encoded></item>"
            )
        )
        quay = Image("https://news.example/quay.jpg", width=640)
        assert listing.items[0].body == (
            Paragraph("Ships are back."),
            Figure(quay),
            Paragraph("More."),
        )
        assert listing.items[0].images == (quay,)

    def test_atom_content_with_xml_base(self) -> None:
        content = escape(self.CONTENT)
        listing, _ = read(
            atom(
                '<entry xml:base="https://cdn.example/"><id>urn:1</id><title>Harbour</title>'
                f'<updated>2026-12-09T10:00:00Z</updated><content type="html">{content}'
                "</content></entry>"
            )
        )
        assert Figure(Image("https://cdn.example/quay.jpg", width=640)) in listing.items[0].body

    def test_json_feed_content_html_keeps_the_items_own_image_first(self) -> None:
        feed = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "News Example",
            "home_page_url": "https://news.example/",
            "items": [
                {
                    "id": "1",
                    "title": "Harbour",
                    "image": "https://news.example/lead.jpg",
                    "content_html": self.CONTENT,
                }
            ],
        }
        listing, _ = read(json.dumps(feed))
        item = listing.items[0]
        assert Figure(Image("https://news.example/quay.jpg", width=640)) in item.body
        assert [image.url for image in item.images] == ["https://news.example/lead.jpg"]

"""The html reader's fronts: a portal's home page or section front read into a Front."""

from __future__ import annotations

import contextlib
import json
import re
import time
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_front_writer import carried

import newsmodel
import newsmodel.strategies as nms
from newsmodel import (
    Article,
    Front,
    FrontBlock,
    Image,
    ListingKind,
    ListingLink,
    NewsmodelError,
    Organization,
    Person,
    Portal,
    ReadError,
    ReadWarning,
    Section,
    Teaser,
    limits,
)
from newsmodel.protocols import FrontReader
from newsmodel.readers.html import reader
from newsmodel.source import Source

PAGES = Path(__file__).parent / "pages"
FRONTS = PAGES / "fronts"


def read_front(name: str, url: str | None, folder: Path = FRONTS) -> Front:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ReadWarning)  # the hand-made pages read cleanly
        return newsmodel.read_front(folder / name, format="html", url=url)


def tree(front: Front) -> list[tuple[str, ...]]:
    """The portal's sections as their paths of names."""
    assert front.portal is not None
    return [tuple(s.name for s in section.path) for section in front.portal.sections]


def blocks(front: Front) -> list[tuple[str | None, str | None, list[tuple[str, ...]]]]:
    """Each block's heading, its section's url, and its teasers' flags and headlines."""
    return [
        (
            block.heading,
            block.section.url if block.section else None,
            [(*(f.value for f in t.flags), t.article.headline) for t in block.teasers],
        )
        for block in front.blocks
    ]


def test_the_html_reader_reads_fronts() -> None:
    assert isinstance(reader, FrontReader)


class TestWordPressHome:
    """A news theme's home page: the primary menu's tree without home, subscribe or log
    in; the loop's posts as one block; WordPress's pagination and feeds."""

    @pytest.fixture(scope="class")
    @classmethod
    def front(cls) -> Front:
        return read_front("wordpress-home.html", "https://valleyledger.example/")

    def test_portal(self, front: Front) -> None:
        site = "https://valleyledger.example"
        assert front.portal is not None
        assert front.portal.name == "Valley Ledger"
        assert front.portal.url == f"{site}/"
        assert front.portal.tagline == "News from the upper valley"
        assert front.portal.logo is not None
        assert front.portal.logo.url == f"{site}/wp-content/uploads/2025/01/logo.png"
        assert tree(front) == [
            ("News",),
            ("News", "Local"),
            ("News", "County"),
            ("Business",),
            ("Sports",),
            ("Sports", "High School"),
            ("Opinion",),
        ]
        assert front.portal.sections[1].url == f"{site}/category/news/local/"

    def test_page(self, front: Front) -> None:
        assert front.is_home
        assert front.title is None
        assert front.language == "en-US"
        assert front.next_page == "https://valleyledger.example/page/2/"
        assert front.previous_page is None
        assert front.feeds == (
            ListingLink(
                "https://valleyledger.example/feed/",
                kind=ListingKind.RSS,
                title="Valley Ledger » Feed",
            ),
            ListingLink(
                "https://valleyledger.example/comments/feed/",
                kind=ListingKind.RSS,
                title="Valley Ledger » Comments Feed",
            ),
        )
        assert front.sitemaps == ()

    def test_blocks(self, front: Front) -> None:
        assert blocks(front) == [
            (
                None,
                None,
                [
                    ("School board adopts leaner budget after long night",),
                    ("live", "Winter storm: closings and road conditions"),
                    ("Old paper mill reopens as a food hall",),
                    ("Hornets advance to the regional final",),
                ],
            )
        ]
        first = front.teasers[0].article
        assert first.url == "https://valleyledger.example/2026/03/05/school-board-budget/"
        assert first.description == (
            "Trustees cut two positions and delayed the new roof to close a gap of $1.2 million."
        )
        assert [a.name for a in first.authors] == ["Ruth Okafor"]
        assert first.section is not None
        assert [s.name for s in first.section.path] == ["News", "Local"]  # the tree's
        assert str(first.date_published) == "2026-03-05 22:10:00-05:00"
        assert all(t.article.portal == front.portal for t in front.teasers)


SITE = "https://www.courier.example"


class TestWordPressCategory:
    """A category archive as Yoast SEO writes it: its og:type "article" is outweighed by
    the CollectionPage about the page, and the breadcrumb's unlinked last step is the
    menu's section of that name, at the page's address."""

    @pytest.mark.parametrize("url", ["https://valleyvoice.example/category/politics/", None])
    def test_fields(self, url: str | None) -> None:
        site = "https://valleyvoice.example"
        front = read_front("wordpress-category.html", url)
        assert front.url == f"{site}/category/politics/"
        assert front.section == Section("Politics", url=f"{site}/category/politics/")
        assert front.section in (front.portal.sections if front.portal else ())
        assert [t.article.headline for t in front.teasers] == [
            "County board delays vote on data centre",
            "Mayor announces re-election bid",
        ]
        assert front.next_page == f"{site}/category/politics/page/2/"
        assert newsmodel.validate(front).findings == ()

    def test_an_unlinked_step_of_another_name_keeps_no_address(self) -> None:
        page = (FRONTS / "wordpress-category.html").read_text(encoding="utf-8")
        page = page.replace('"position":2,"name":"Politics"', '"position":2,"name":"Elections"')
        front = newsmodel.read_front(page, format="html")
        assert front.section == Section("Elections")

    def test_og_type_article_still_refuses_a_page_without_the_collection(self) -> None:
        page = (FRONTS / "wordpress-category.html").read_text(encoding="utf-8")
        page = page.replace('"@type":"CollectionPage"', '"@type":"WebPage"')
        with pytest.raises(ReadError, match="its og:type is 'article'"):
            newsmodel.read_front(page, format="html")


class TestNewspaperHome:
    """A newspaper CMS: a mega-menu's columns nest under their headings, its featured
    story and the utility links stay out; blocks by their headings or region labels,
    rails kept, promotions left out."""

    @pytest.fixture(scope="class")
    @classmethod
    def front(cls) -> Front:
        return read_front("newspaper-home.html", "https://www.courier.example/")

    def test_portal(self, front: Front) -> None:
        assert front.portal is not None
        assert front.portal.name == "The Northern Courier"
        assert front.portal.publisher is not None
        assert front.portal.publisher.name == "Courier Media Group"
        assert tree(front) == [
            ("News",),
            ("News", "World"),
            ("News", "World", "Europe"),
            ("News", "World", "Americas"),
            ("News", "Politics"),
            ("News", "Health"),
            ("Sport",),
            ("Sport", "Football"),
            ("Sport", "Rugby"),
            ("Opinion",),
            ("Culture",),
        ]

    def test_blocks(self, front: Front) -> None:
        site = "https://www.courier.example"
        assert blocks(front) == [
            (
                "Top stories",
                None,
                [
                    ("breaking", "Council leader resigns after budget vote fails"),
                    ("live", "By-election results as they come in"),
                    ("Hospital opens its new children's wing",),
                ],
            ),
            (
                "Sport",
                f"{site}/sport/",
                [
                    ("United win the derby in stoppage time",),
                    ("Three northerners named in Six Nations squad",),
                ],
            ),
            (
                "Europe",
                f"{site}/news/world/europe/",
                [
                    ("Ferry strike strands thousands at the ports",),
                    ("Cross-border rail link approved at last",),
                ],
            ),
            (
                "Most read",
                None,
                [
                    ("Council leader resigns after budget vote fails",),
                    ("Summer festival announces its line-up",),
                ],
            ),
        ]
        europe = front.blocks[2].section
        assert europe is not None
        assert [s.name for s in europe.path] == ["News", "World", "Europe"]
        lead = front.teasers[0].article
        assert lead.section is not None
        assert [s.name for s in lead.section.path] == ["News", "Politics"]
        assert [a.name for a in lead.authors] == ["Priya Raman"]
        assert lead.images[0].url == "https://cdn.courier.example/img/council-leader.jpg"
        # the most-read rail repeats the lead: once in the front's teasers
        assert len(front.teasers) == 8

    def test_links(self, front: Front) -> None:
        assert front.title is None
        assert front.feeds == (
            ListingLink(
                "https://www.courier.example/rss/top.xml",
                kind=ListingKind.RSS,
                title="Top stories",
            ),
            ListingLink(f"{SITE}/sport/atom.xml", kind=ListingKind.ATOM, title="Sport"),
        )
        assert front.sitemaps == (ListingLink(f"{SITE}/sitemap-index.xml", title="Sitemap"),)
        assert front.next_page is None


class TestTablePortal:
    """An old table layout: a menu bar in the header table, bold headlines in cells,
    block headings in bold, a German breaking label, "Older stories" and a visible RSS
    link; the portal named by its masthead's logo."""

    @pytest.fixture(scope="class")
    @classmethod
    def front(cls) -> Front:
        return read_front("table-portal.html", "http://www.riversidedaily.example/index.html")

    def test_fields(self, front: Front) -> None:
        site = "http://www.riversidedaily.example"
        assert front.portal is not None
        assert front.portal.name == "Riverside Daily"
        assert front.portal.url == f"{site}/"
        assert tree(front) == [("News",), ("Business",), ("Sports",), ("Obituaries",)]
        assert front.is_home  # /index.html is the home page
        assert blocks(front) == [
            (
                "TOP STORIES",
                None,
                [
                    ("Council approves new bypass route",),
                    ("breaking", "River breaks its banks at Mill Lane"),
                    ("Library extension opens to the public",),
                ],
            ),
            (
                "SPORTS",
                f"{site}/sports/index.html",
                [
                    ("Rovers reach the county cup final",),
                    ("Record field for the riverside marathon",),
                ],
            ),
        ]
        assert front.next_page == f"{site}/archive/2004/06/13.html"
        assert front.feeds == (ListingLink(f"{site}/rss/news.xml", title="RSS feed"),)


class TestSinglePageAppShell:
    """A shell with no markup but its JSON-LD: the WebSite, SiteNavigationElements (but
    the imprint) and a CollectionPage's ItemList."""

    @pytest.fixture(scope="class")
    @classmethod
    def front(cls) -> Front:
        return read_front("spa-shell.html", "https://morgenpost.example/")

    def test_fields(self, front: Front) -> None:
        assert front.portal is not None
        assert front.portal.name == "Morgenpost Digital"
        assert front.portal.tagline == "Nachrichten aus der Stadt"
        assert front.portal.publisher is not None
        assert front.portal.publisher.name == "Morgenpost Verlag GmbH"
        assert tree(front) == [
            ("Politik",),
            ("Politik", "Inland"),
            ("Politik", "Ausland"),
            ("Sport",),
        ]
        assert front.is_home
        assert front.language == "de"
        assert blocks(front) == [
            (
                None,
                None,
                [
                    ("Stadtrat beschließt den Haushalt für 2027",),
                    ("Das Derby am Samstag wird verschoben",),
                    ("Besuch aus der Partnerstadt in Polen",),
                ],
            )
        ]
        derby = front.teasers[1].article
        assert derby.description == "Der Platz ist nach dem Regen nicht bespielbar."
        assert [a.name for a in derby.authors] == ["Jana Vogel"]
        assert derby.extra == {}
        assert (
            front.teasers[0].article.images[0].url == "https://morgenpost.example/img/haushalt.jpg"
        )
        assert front.feeds == (
            ListingLink(
                "https://morgenpost.example/feeds/alle.json",
                kind=ListingKind.JSON_FEED,
                title="Alle Nachrichten",
            ),
        )


class TestAnItemListOfAddresses:
    """An ItemList mixing items that give only an address with full NewsArticles: the
    articles make the block, and an address-only item joins them where the page shows a
    link to it, named by that link."""

    def test_the_articles_with_headlines(self) -> None:
        front = read_front("spa-item-list.html", "https://metrowire.example/")
        assert [(t.article.headline, t.article.url) for t in front.teasers] == [
            (
                "Museum reopens after two-year refit",
                "https://metrowire.example/culture/2026/11/30/museum-reopens",
            )
        ]
        assert front.teasers[0].article.extra == {}

    def test_an_address_the_page_shows_a_link_to(self) -> None:
        page = (FRONTS / "spa-item-list.html").read_text(encoding="utf-8")
        shown = (
            '<ul><li><a href="/news/2026/12/01/new-mayor-sworn-in">New mayor sworn in at '
            'the town hall</a></li><li><a href="/sport/">Sport</a></li></ul>'
        )
        page = page.replace('<div id="root"></div>', f'<div id="root">{shown}</div>')
        front = newsmodel.read_front(page, format="html", url="https://metrowire.example/")
        assert [t.article.headline for t in front.teasers] == [
            "New mayor sworn in at the town hall",
            "Museum reopens after two-year refit",
        ]
        assert front.teasers[0].article.url == (
            "https://metrowire.example/news/2026/12/01/new-mayor-sworn-in"
        )


class TestSectionFront:
    """Page 2 of a section front: its section from the breadcrumbs, its sub-sections'
    blocks, French labels off the headlines, both neighbouring pages."""

    @pytest.fixture(scope="class")
    @classmethod
    def front(cls) -> Front:
        return read_front("section-front.html", "https://quotidien.example/monde/?page=2")

    def test_fields(self, front: Front) -> None:
        site = "https://quotidien.example"
        monde = Section("Monde", url=f"{site}/monde/")
        assert front.section == monde
        assert not front.is_home
        assert front.title == "Monde – page 2"
        assert front.language == "fr"
        assert tree(front) == [("Monde",), ("Monde", "Europe"), ("Monde", "Afrique"), ("Région",)]
        assert blocks(front) == [
            (
                "Europe",
                f"{site}/monde/europe/",
                [
                    ("live", "Sommet de Bruxelles : les négociations reprennent"),
                    ("breaking", "grève des dockers dans trois ports"),
                ],
            ),
            (
                "Afrique",
                f"{site}/monde/afrique/",
                [("Élections au Sénégal : la campagne s'ouvre",)],
            ),
        ]
        assert front.blocks[0].section == Section(
            "Europe", url=f"{site}/monde/europe/", parent=monde
        )
        assert front.next_page == f"{site}/monde/?page=3"
        assert front.previous_page == f"{site}/monde/"
        assert front.feeds == (
            ListingLink(f"{site}/monde/rss.xml", kind=ListingKind.RSS, title="Monde"),
        )


class TestAListingPage:
    """A page read_all() takes for a listing is a front too."""

    def test_fields(self) -> None:
        front = read_front("listing-section.html", "https://herald.example/coast/", PAGES)
        assert tree(front) == [("Coast",), ("Region",), ("Sport",)]
        assert front.section == Section("Coast", url="https://herald.example/coast/")
        assert front.title == "Coast"
        assert front.next_page == "https://herald.example/coast/?page=2"
        assert [(b.heading, len(b.teasers)) for b in front.blocks] == [(None, 4), ("Most read", 2)]


class TestPagination:
    """Next and previous pages from a page-number list around the current page."""

    def test_page_numbers(self) -> None:
        page = (
            "<html><body><main>"
            + "".join(
                f'<article><h2><a href="/news/story-{n}">A story of the day number {n}</a></h2>'
                "</article>"
                for n in range(4)
            )
            + '<ul class="pager"><li><a href="/news/?p=1">1</a></li>'
            '<li class="active"><a href="/news/?p=2">2</a></li>'
            '<li><a href="/news/?p=3">3</a></li></ul>'
            "</main></body></html>"
        )
        front = newsmodel.read_front(page, format="html", url="https://x.example/news/?p=2")
        assert front.next_page == "https://x.example/news/?p=3"
        assert front.previous_page == "https://x.example/news/?p=1"


class TestFeedLinks:
    """A feed's ``type`` is its media type whatever its case and parameters."""

    def test_types_with_parameters_and_in_any_case(self) -> None:
        head = (
            '<link rel="alternate" type="application/rss+xml; charset=utf-8" href="/a.rss">'
            '<link rel="Alternate" type="Application/Atom+XML ;charset=UTF-8" href="/b.atom">'
        )
        page = f"<html><head>{head}</head><body><main>{_teasers(2)}</main></body></html>"
        front = newsmodel.read_front(page, format="html", url="https://x.example/")
        assert front.feeds == (
            ListingLink("https://x.example/a.rss", kind=ListingKind.RSS),
            ListingLink("https://x.example/b.atom", kind=ListingKind.ATOM),
        )


class TestDataFlags:
    """``data-flags`` on a teaser's element states its flags exactly, with or without
    the writer's JSON-LD."""

    def test_stated_flags(self) -> None:
        page = (
            "<html><body><main><h2>Latest</h2>"
            '<article class="teaser" data-flags="breaking live"><span>Live</span>'
            '<h3><a href="/news/a/">Election count as it happens tonight</a></h3></article>'
            '<div class="card" data-flags="live unknown"><h3><a href="/news/b/">'
            "Breaking: Second story about the harbour works</a></h3></div>"
            '<article data-flags=""><span class="live">Live</span><h3><a href="/news/c/">'
            "Third story about the harbour works</a></h3></article>"
            "</main></body></html>"
        )
        front = newsmodel.read_front(page, format="html", url="https://x.example/")
        assert blocks(front) == [
            (
                "Latest",
                None,
                [
                    ("breaking", "live", "Election count as it happens tonight"),
                    ("live", "Breaking: Second story about the harbour works"),
                    ("Third story about the harbour works",),
                ],
            )
        ]


class TestNotAFront:
    """Article pages are refused with a ReadError; so is a page showing no teaser."""

    @pytest.mark.parametrize(
        "page", ["harbour-herald.html", "every-source.html", "microdata-article.html"]
    )
    def test_an_article_page(self, page: str) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            with pytest.raises(ReadError, match="is an article page, not a front"):
                newsmodel.read_front(
                    PAGES / page, format="html", url="https://herald.example/region/x"
                )

    def test_a_page_without_teasers(self) -> None:
        with pytest.raises(ReadError, match=r"is not a front: it shows no teasers$"):
            newsmodel.read_front("<html><body><p>Hello</p></body></html>", format="html")

    def test_relative_links_without_an_address_are_named_as_the_likely_cause(self) -> None:
        page = (
            "<html><body><main>"
            + "".join(
                f'<article><h3><a href="/news/{n}">Ferries keep their winter timetable {n}'
                "</a></h3></article>"
                for n in range(4)
            )
            + "</main></body></html>"
        )
        with pytest.raises(ReadError, match="links are relative and no address was given"):
            newsmodel.read_front(page, format="html")
        front = newsmodel.read_front(page, format="html", url="https://news.example/")
        assert front.articles[0].url == "https://news.example/news/0"

    def test_relative_links_are_named_where_the_text_outside_teasers_would_refuse_it(
        self,
    ) -> None:
        intro = "<p>" + "The town's news, every morning and every evening. " * 7 + "</p>"
        page = f"<html><body><main>{intro}{_teasers(3)}</main></body></html>"
        with pytest.raises(ReadError) as caught:
            newsmodel.read_front(page, format="html")
        assert "an article page" not in str(caught.value)
        assert str(caught.value).endswith(
            "; its links are relative and no address was given to resolve them against "
            "(pass url=, or --url on the command line)"
        )
        front = newsmodel.read_front(page, format="html", url="https://news.example/")
        assert len(front.articles) == 3

    @pytest.mark.parametrize(
        ("url", "problem"),
        [
            ("not a url", "must be an absolute URL without spaces"),
            ("ftp://x.example/", "must be an absolute http(s) URL"),
            ("/news/", "must be an absolute http(s) URL"),
        ],
    )
    def test_an_address_that_is_no_http_url_is_refused_as_such(
        self, url: str, problem: str
    ) -> None:
        page = f"<html><body><main>{_teasers(2)}</main></body></html>"
        with pytest.raises(ReadError) as caught:
            newsmodel.read_front(page, format="html", url=url)
        assert str(caught.value).startswith(
            f"cannot read html in <string>: the address given for it (url=, or --url), "
            f"{url!r}, {problem}"
        )

    @pytest.mark.parametrize(
        ("given", "message"),
        [
            (b"", "<string> is not a front: it is empty"),
            (b" \n\t", "<string> is not a front: it is empty"),
            (bytes(range(256)) * 4, "<string> is not a front: it holds no HTML markup"),
            (b"Just a line of plain text, no markup.", "it holds no HTML markup"),
        ],
    )
    def test_no_html_is_not_called_an_article_page(self, given: bytes, message: str) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            with pytest.raises(ReadError, match=re.escape(message) + "$"):
                newsmodel.read_front(given, format="html")

    def test_an_empty_file_is_called_empty(self, tmp_path: Path) -> None:
        path = tmp_path / "home.html"
        path.write_bytes(b"")
        for read in (newsmodel.read_front, newsmodel.read):
            with pytest.raises(ReadError, match=rf"in {re.escape(str(path))}: it is empty$"):
                read(path)


def _corpus_pages() -> list[tuple[str, bytes, str | None]]:
    from corpus import CORPORA, corpora
    from shared_data import CORPUS, require

    require(CORPUS)
    return [
        (f"{name}/{record.get('name')}", page, record.get("url"))
        for name in CORPORA
        for page, record in corpora.load(name, None)
    ]


# The dev corpora's pages that are fronts, not article pages: each is read as one.
_CORPUS_FRONTS = {
    # The New York Times en Español home page: og:type "article", but a CollectionPage
    # about the page listing its stories (by address) and 38 teasers.
    "readability-dev/nytimes-5",
}


def test_no_real_article_page_is_a_front() -> None:
    """read_front refuses every dev-corpus article page, read at its address or none,
    and reads the corpora's few home pages as fronts."""
    taken = []
    for name, page, url in _corpus_pages():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            for address in (url, None):
                try:
                    front = reader.read_front(Source.of(page, url=address))
                except ReadError as error:
                    if "not a front" not in str(error) or name in _CORPUS_FRONTS:
                        taken.append(f"{name} (url={address}): {error}")
                else:
                    if name not in _CORPUS_FRONTS or len(front.teasers) < 10:
                        taken.append(f"{name} (url={address})")
    assert taken == []


class TestTitleAndStandfirst:
    """The title keeps its own separators once the portal's name is taken off; a
    standfirst loses WordPress's "[…]"."""

    @staticmethod
    def page(title: str) -> str:
        cards = "".join(
            f'<article><h3><a href="https://s.example/a/{n}">Ferries keep their winter '
            f"timetable {n}</a></h3><p>Ships returned to the harbour as the wind dropped "
            "[&hellip;]</p></article>"
            for n in range(4)
        )
        return (
            f'<html><head><title>{title}</title><meta property="og:site_name" '
            f'content="DZWatch"></head><body><main>{cards}</main></body></html>'
        )

    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            ("Football | Sport | DZWatch", "Football | Sport"),
            ("DZWatch - Football: Sport", "Football: Sport"),
            ("Football – DZWatch – Sport", "Football – Sport"),
            ("DZWatch", None),
        ],
    )
    def test_title(self, title: str, expected: str | None) -> None:
        front = newsmodel.read_front(self.page(title), url="https://s.example/sport/")
        assert front.title == expected

    def test_standfirst(self) -> None:
        front = newsmodel.read_front(self.page("Sport"), url="https://s.example/sport/")
        assert front.articles[0].description == "Ships returned to the harbour as the wind dropped"


class TestRoundTrip:
    """read_front(write(front, "html")) gives the front back."""

    def test_a_block_heading_linking_a_section_is_not_taken_for_a_teaser(self) -> None:
        """A heading of three words linking its section looks like a teaser; the JSON-LD
        says it is a section, so the page's teasers are still those the JSON-LD lists."""
        portal = Portal("DZWatch", sections=[Section("News")])
        teasers = [
            Teaser(
                Article(
                    "Record rates cooperation", url=f"https://news.example/n/{n}", portal=portal
                )
            )
            for n in range(2)
        ]
        front = Front(
            portal=portal,
            blocks=[
                FrontBlock(
                    teasers,
                    heading="Record rates cooperation",
                    section=Section("News", url="https://news.example/news"),
                )
            ],
        )
        assert newsmodel.read_front(newsmodel.write(front, "html"), format="html") == front

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(nms.fronts())
    def test_generated(self, front: Front) -> None:
        page = newsmodel.write(front, "html")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            assert newsmodel.read_front(page, format="html") == front

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_type(Front))
    def test_any_front_gives_back_what_the_page_carries(self, front: Front) -> None:
        """Any front (not only realistic ones) gives back what its page carries (the
        writer's tests say what that is)."""
        page = newsmodel.write(front, "html")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            assert newsmodel.read_front(page, format="html") == carried(front)

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(nms.fronts(), st.sampled_from(["https://front.example/", None]))
    def test_at_an_address(self, front: Front, url: str | None) -> None:
        """Read at the address the caller gives, the front is the same but for its url."""
        page = newsmodel.write(front, "html")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            back = newsmodel.read_front(page, format="html", url=url)
        assert back == (front if url is None else _at(front, url))

    def test_texts_that_look_like_entities(self) -> None:
        """A headline saying "&amp;" reads back as it says: the writer's script holds no
        raw "&", so there is no entity to decode."""
        section = Section("R&amp;D", url="https://x.example/rd/")
        portal = Portal(
            "A &amp; B",
            url="https://x.example/",
            tagline="News &lt;daily&gt;",
            sections=[section],
            publisher=Organization("Pub &amp; Co"),
        )
        article = Article(
            "Fish &amp; chips &#39;today&#39;",
            url="https://x.example/a",
            description="Salt &amp; vinegar",
            section=section,
            authors=[Person("J &amp; K")],
            images=[Image("https://x.example/i.jpg", caption="C &amp; D")],
            portal=portal,
        )
        front = Front(
            url="https://x.example/rd/",
            portal=portal,
            section=section,
            title="T &amp; U",
            blocks=[FrontBlock([Teaser(article)], heading="H &amp; I", section=section)],
        )
        page = newsmodel.write(front, "html")
        assert newsmodel.read_front(page, format="html") == front


def _at(front: Front, url: str) -> Front:
    return attrs.evolve(front, url=url)


class TestHostile:
    """Huge and deep menus, and pages of many links: linear, capped, never a crash."""

    def test_json_ld_that_refers_to_itself_ends(self) -> None:
        """Navigation whose ``hasPart`` names itself, a page that is part of itself and a
        breadcrumb whose item is the list: read once each, without looping."""
        graph = [
            {
                "@id": "#nav",
                "@type": "SiteNavigationElement",
                "name": "World",
                "url": "https://s.example/world/",
                "hasPart": [{"@id": "#nav"}, {"@id": "#page"}],
            },
            {
                "@id": "#page",
                "@type": "CollectionPage",
                "url": "https://s.example/world/",
                "isPartOf": {"@id": "#page"},
                "hasPart": {"@id": "#nav"},
                "breadcrumb": {"@id": "#crumbs"},
                "mainEntity": {"@id": "#page"},
            },
            {
                "@id": "#crumbs",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "item": {"@id": "#crumbs"}}
                ],
            },
        ]
        script = json.dumps({"@context": "https://schema.org", "@graph": graph})
        cards = "".join(
            f'<article><h3><a href="https://s.example/a/{n}">Ferries keep their winter '
            f"timetable {n}</a></h3></article>"
            for n in range(4)
        )
        page = (
            f'<html><head><script type="application/ld+json">{script}</script></head>'
            f"<body><main>{cards}</main></body></html>"
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            try:
                front = newsmodel.read_front(page, url="https://s.example/world/")
            except NewsmodelError:
                return
        assert len(front.articles) == 4

    def test_a_deep_menu_is_cut_at_its_cap(self) -> None:
        depth = 100  # 200 elements deep, within the parser's 255
        menu = (
            "".join(f'<ul><li><a href="/s{n}/">Section {n}</a>' for n in range(depth))
            + "</li></ul>" * depth
        )
        page = f"<html><body><nav>{menu}</nav><main>{_teasers(4)}</main></body></html>"
        with pytest.warns(ReadWarning, match="FRONT_MAX_SECTION_DEPTH"):
            front = newsmodel.read_front(page, format="html", url="https://x.example/")
        assert front.portal is None or all(
            len(s.path) <= limits.FRONT_MAX_SECTION_DEPTH for s in front.portal.sections
        )

    def test_a_huge_menu_is_cut_at_its_cap(self) -> None:
        items = "".join(f'<li><a href="/s{n}/">Part {n}</a></li>' for n in range(5_000))
        page = (
            '<html><head><meta property="og:site_name" content="X"></head><body>'
            f"<nav><ul>{items}</ul></nav><main>{_teasers(4)}</main></body></html>"
        )
        with pytest.warns(ReadWarning, match="FRONT_MAX_SECTIONS"):
            front = newsmodel.read_front(page, format="html", url="https://x.example/")
        assert front.portal is not None
        assert len(front.portal.sections) == limits.FRONT_MAX_SECTIONS

    def test_many_links_read_in_linear_time(self) -> None:
        def seconds(count: int) -> float:
            links = "".join(f'<a href="/p/{n}">link {n}</a> ' for n in range(count))
            teasers = _teasers(count // 10)
            page = f"<html><body><nav>{links}</nav><main>{teasers}</main></body></html>"
            start = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ReadWarning)
                newsmodel.read_front(page, format="html", url="https://x.example/")
            return time.perf_counter() - start

        small, large = seconds(10_000), seconds(100_000)
        assert large < 25 * max(small, 0.05)  # ten times the links, not a hundred times

    def test_a_language_tag_bcp_47_does_not_allow_is_left_out(self) -> None:
        page = f'<html lang="en_GB!"><body><main>{_teasers(2)}</main></body></html>'
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            front = newsmodel.read_front(page, format="html", url="https://x.example/")
        assert front.language is None
        assert len(front.teasers) == 2

    @settings(max_examples=40, deadline=None)
    @given(st.text(max_size=300))
    def test_any_text_is_a_front_or_a_read_error(self, text: str) -> None:
        page = f"<html><body><nav>{text}</nav><main>{text}{_teasers(2)}</main></body></html>"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            with contextlib.suppress(NewsmodelError):
                newsmodel.read_front(page, format="html", url="https://x.example/")


def _teasers(count: int) -> str:
    return "".join(
        f'<article><h2><a href="/news/story-{n}">The story of the day number {n}</a></h2>'
        "</article>"
        for n in range(count)
    )

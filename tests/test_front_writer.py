"""The html writer's front pages: semantic HTML5 that no text breaks out of, carrying every
field of the front where the markup contract (docs/portals.rst) says."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import extruct
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyld import jsonld

import newsmodel as nm
from newsmodel import (
    Article,
    Front,
    FrontBlock,
    Image,
    ListingLink,
    Organization,
    Person,
    Portal,
    Section,
    Severity,
    Teaser,
    WriteError,
    validate_markup,
)
from newsmodel import strategies as nms
from newsmodel.protocols import FrontWriter
from newsmodel.writers import html
from newsmodel.writers.front_html import FEED_TYPES
from newsmodel.writers.front_jsonld import front_jsonld

WORLD = Section("World", url="https://news.example/world/")
MIDEAST = Section("Middle East", url="https://news.example/world/middle-east/", parent=WORLD)
SPORT = Section("Sport")
PORTAL = Portal(
    "DZWatch",
    url="https://news.example/",
    tagline="Your News Portal",
    logo=Image("https://news.example/logo.png", width=200, height=50),
    publisher=Organization("DZWatch Media", url="https://media.example/"),
    sections=[WORLD, SPORT, MIDEAST],
)
HOSTILE = '</script><script>alert(1)</script> <!-- &amp; "q" \u2028 مرفأ'


def sample_front() -> Front:
    lead = Article(
        f"Harbour reopens {HOSTILE}",
        url='https://news.example/a/1?q="x"&y=<z>',
        description=f"Ships are back {HOSTILE}",
        images=[Image("https://news.example/i.jpg", caption="Quay", width=640, height=360)],
        date_published=dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        section=MIDEAST,
        authors=[Person("Nour Aziz", url="https://news.example/nour")],
        portal=PORTAL,
    )
    return Front(
        url="https://news.example/world/",
        portal=PORTAL,
        section=WORLD,
        language="en",
        blocks=[
            FrontBlock(
                [
                    Teaser(lead, flags=["live", "breaking"]),
                    Article("مرفأ يعيد فتح أبوابه", url="https://news.example/a/2", portal=PORTAL),
                ],
                heading="Middle East",
                section=MIDEAST,
            ),
            FrontBlock([Article("No address", date_published=dt.date(2026, 3, 1))]),
        ],
        next_page="https://news.example/world/page/2",
        previous_page="https://news.example/world/",
        feeds=[
            ListingLink("https://news.example/feed", kind="rss", title=f"All {HOSTILE}"),
            ListingLink("https://news.example/feed.json", kind="json-feed"),
            ListingLink("https://news.example/other"),
        ],
        sitemaps=[ListingLink("https://news.example/sitemap.xml", kind="sitemap-index")],
    )


def parse(page: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def script_of(page: str) -> Any:
    [script] = parse(page).xpath("//head/script[@type='application/ld+json']")
    return json.loads(script.text)


# -- a reader of the markup contract, as docs/portals.rst states it -------------------------

_KINDS = {mime: kind for kind, mime in FEED_TYPES.items()}


def read_by_contract(page: str) -> Front:
    """The front a page of ours holds, read only from where the contract says each field
    is: the JSON-LD, the <link>s, <html lang> and the teasers' data-flags."""
    tree = parse(page)
    data = script_of(page)
    site = data.get("isPartOf")
    portal = _portal(site, data.get("hasPart", [])) if site else None
    blocks = []
    shown = tree.xpath("//main/section[@class='front-block']")
    for listed, element in zip(data.get("mainEntity", []), shown, strict=True):
        teasers = []
        articles = element.xpath("./article[@class='teaser']")
        for item, article in zip(listed["itemListElement"], articles, strict=True):
            flags = article.get("data-flags")
            teasers.append(
                Teaser(_article(item["item"], portal), flags=flags.split(" ") if flags else ())
            )
        page_of = listed.get("mainEntityOfPage")
        section = _section(page_of["breadcrumb"]) if page_of else None
        blocks.append(FrontBlock(teasers, heading=listed.get("name"), section=section))
    feeds, sitemaps, pages = [], [], {}
    for link in tree.head.iter("link"):
        rel, href, title = link.get("rel"), link.get("href"), link.get("title")
        if rel == "alternate" and link.get("type") in _KINDS:
            feeds.append(ListingLink(href, kind=_KINDS[link.get("type")], title=title))
        elif rel == "feed":
            feeds.append(ListingLink(href, title=title))
        elif rel == "sitemap":
            sitemaps.append(ListingLink(href, kind=link.get("data-kind"), title=title))
        elif rel in ("next", "prev"):
            pages[rel] = href
    crumbs = data.get("breadcrumb")
    return Front(
        url=data.get("url"),
        portal=portal,
        section=_section(crumbs) if crumbs else None,
        title=data.get("name"),
        language=tree.get("lang"),
        blocks=blocks,
        next_page=pages.get("next"),
        previous_page=pages.get("prev"),
        feeds=feeds,
        sitemaps=sitemaps,
    )


def _portal(site: dict[str, Any], navigation: list[dict[str, Any]]) -> Portal:
    by_id = {node["@id"]: node for node in navigation}
    made: dict[str, Section] = {}
    for node_id in by_id:  # parents first, whatever the order listed
        chain = [node_id]
        while (parent := by_id[chain[-1]].get("isPartOf")) and parent["@id"] not in made:
            chain.append(parent["@id"])
        for link_id in reversed(chain):
            node = by_id[link_id]
            above = node.get("isPartOf")
            made[link_id] = Section(
                node["name"], url=node.get("url"), parent=made[above["@id"]] if above else None
            )
    return Portal(
        site["name"],
        url=site.get("url"),
        tagline=site.get("description"),
        logo=_image(site.get("image")),
        publisher=_party(site["publisher"]) if "publisher" in site else None,
        sections=[made[node["@id"]] for node in navigation],
    )


def _section(crumbs: dict[str, Any]) -> Section:
    section = None
    for item in crumbs["itemListElement"]:
        page = item.get("item")
        section = Section(item["name"], url=page and page["@id"], parent=section)
    assert section is not None
    return section


def _image(node: dict[str, Any] | None) -> Image | None:
    if node is None:
        return None
    return Image(
        node["url"],
        caption=node.get("caption"),
        credit=node.get("creditText"),
        width=node.get("width"),
        height=node.get("height"),
    )


def _party(node: dict[str, Any]) -> Person | Organization:
    if node["@type"] == "Organization":
        return Organization(
            node["name"],
            url=node.get("url"),
            logo=_image(node.get("logo")),
            same_as=node.get("sameAs", ()),
        )
    return Person(
        node["name"],
        url=node.get("url"),
        same_as=node.get("sameAs", ()),
        image=_image(node.get("image")),
        description=node.get("description"),
    )


def _moment(value: str | None) -> dt.datetime | dt.date | None:
    if value is None:
        return None
    return dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value)


def _article(node: dict[str, Any], portal: Portal | None) -> Article:
    page = node.get("mainEntityOfPage")
    return Article(
        node["headline"],
        url=node.get("url"),
        description=node.get("description"),
        images=[_image(image) for image in node.get("image", [])],
        date_published=_moment(node.get("datePublished")),
        date_modified=_moment(node.get("dateModified")),
        language=node.get("inLanguage"),
        section=_section(page["breadcrumb"]) if page else None,
        authors=[_party(author) for author in node.get("author", [])],
        portal=_portal(node["isPartOf"], []) if "isPartOf" in node else portal,
    )


def carried(front: Front) -> Front:
    """The front as its page carries it (docs/portals.rst, "What a front page does not
    carry"): of each teaser's article what a front shows, its authors without roles, a
    portal of its own without sections, and the front's where it has none."""

    def shown(article: Article) -> Article:
        if article.portal is None or article.portal == front.portal:
            portal = front.portal
        else:
            portal = attrs.evolve(article.portal, sections=())
        authors = [
            attrs.evolve(author, roles=()) if isinstance(author, Person) else author
            for author in article.authors
        ]
        return Article(
            article.headline,
            url=article.url,
            description=article.description,
            images=article.images,
            date_published=article.date_published,
            date_modified=article.date_modified,
            language=article.language,
            section=article.section,
            authors=authors,
            portal=portal,
        )

    blocks = [
        attrs.evolve(
            block,
            teasers=[attrs.evolve(t, article=shown(t.article)) for t in block.teasers],
        )
        for block in front.blocks
    ]
    return attrs.evolve(front, blocks=blocks)


# -- the tests ------------------------------------------------------------------------------


class TestWriter:
    """The html writer writes fronts through write(); it is a FrontWriter."""

    def test_it_is_a_front_writer(self) -> None:
        assert isinstance(html.writer, FrontWriter)
        assert nm.write(sample_front(), "html") == html.writer.write_front(sample_front())

    def test_style(self) -> None:
        page = nm.write(sample_front(), "html", style=True)
        assert "<style>" in page.split("</head>")[0]
        with pytest.raises(WriteError, match="style must be true or false"):
            nm.write(sample_front(), "html", style="yes")

    def test_unknown_option(self) -> None:
        with pytest.raises(WriteError, match="graph"):
            nm.write(sample_front(), "html", graph=True)

    def test_an_empty_front_is_a_page(self) -> None:
        page = nm.write(Front(), "html")
        tree = parse(page)
        assert tree.findtext(".//title") == "Home"
        assert tree.find(".//main") is not None
        assert script_of(page) == {"@context": "https://schema.org", "@type": "CollectionPage"}


class TestPage:
    """The sample front, element by element."""

    @pytest.fixture
    def tree(self) -> lxml.html.HtmlElement:
        return parse(nm.write(sample_front(), "html"))

    def test_head(self, tree: lxml.html.HtmlElement) -> None:
        assert tree.get("lang") == "en"
        assert tree.findtext(".//title") == "World · DZWatch"
        links = [
            (link.get("rel"), link.get("type"), link.get("href"), link.get("title"))
            for link in tree.head.iter("link")
        ]
        assert links == [
            ("canonical", None, "https://news.example/world/", None),
            ("alternate", "application/rss+xml", "https://news.example/feed", f"All {HOSTILE}"),
            ("alternate", "application/feed+json", "https://news.example/feed.json", None),
            ("feed", None, "https://news.example/other", None),
            ("sitemap", "application/xml", "https://news.example/sitemap.xml", None),
            ("prev", None, "https://news.example/world/", None),
            ("next", None, "https://news.example/world/page/2", None),
        ]
        [sitemap] = tree.xpath("//link[@rel='sitemap']")
        assert sitemap.get("data-kind") == "sitemap-index"

    def test_header_and_navigation(self, tree: lxml.html.HtmlElement) -> None:
        header = tree.find(".//header[@class='site-header']")
        assert header.findtext(".//a[@rel='home']") == "DZWatch"
        assert header.find(".//img").get("src") == "https://news.example/logo.png"
        [nav] = tree.xpath("//nav[@class='site-navigation']")
        assert nav.get("aria-label") == "Sections"
        top = nav.xpath("./ul/li")
        assert [li.xpath("string(./*[1])") for li in top] == ["World", "Sport"]
        assert top[0].xpath("string(./ul/li/a)") == "Middle East"
        assert [a.text for a in nav.xpath(".//a[@aria-current='page']")] == ["World"]

    def test_breadcrumb_and_heading(self, tree: lxml.html.HtmlElement) -> None:
        [crumbs] = tree.xpath("//main/nav[@aria-label='Breadcrumb']")
        assert [a.text for a in crumbs.iter("a")] == ["World"]
        assert tree.findtext(".//main/h1") == "World"

    def test_blocks_and_teasers(self, tree: lxml.html.HtmlElement) -> None:
        first, second = tree.xpath("//main/section[@class='front-block']")
        heading = first.find("h2/a")
        assert (heading.text, heading.get("href")) == ("Middle East", MIDEAST.url)
        lead, other = first.findall("article")
        assert lead.get("data-flags") == "live breaking"
        assert [s.text for s in lead.xpath(".//span[contains(@class, 'flag')]")] == [
            "Live",
            "Breaking",
        ]
        title = lead.find("h3/a")
        assert (title.text, title.get("href")) == (
            f"Harbour reopens {HOSTILE}",
            'https://news.example/a/1?q="x"&y=<z>',
        )
        assert lead.findtext("p[@class='standfirst']") == f"Ships are back {HOSTILE}"
        image = lead.find("img")
        assert [image.get(name) for name in ("alt", "width", "height")] == ["Quay", "640", "360"]
        meta = lead.find("p[@class='teaser-meta']")
        assert meta.findtext("a[@class='section']") == "Middle East"
        assert meta.findtext(".//a[@rel='author']") == "Nour Aziz"
        assert meta.find("time").get("datetime") == "2026-03-02T09:30:00+02:00"
        assert other.get("data-flags") is None
        assert second.find("h2") is None
        assert second.findtext("article/h3/span") == "No address"

    def test_pagination_and_footer(self, tree: lxml.html.HtmlElement) -> None:
        pages = tree.xpath("//nav[@class='pagination']/a")
        assert [(a.get("rel"), a.text) for a in pages] == [
            ("prev", "Previous page"),
            ("next", "Next page"),
        ]
        footer = tree.find(".//footer[@class='site-footer']")
        assert footer.findtext(".//a[@class='organization']") == "DZWatch Media"
        assert [a.get("href") for a in footer.xpath(".//ul[@class='feeds']//a")] == [
            "https://news.example/feed"
        ]

    def test_home_page(self) -> None:
        home = attrs.evolve(sample_front(), section=None, url="https://news.example/")
        tree = parse(nm.write(home, "html"))
        assert tree.findtext(".//title") == "DZWatch"
        assert not tree.xpath("//nav[@aria-label='Breadcrumb']")
        assert not tree.xpath("//a[@aria-current]")
        assert tree.xpath("//meta[@name='description']/@content") == ["Your News Portal"]

    def test_a_teaser_in_another_language_says_so(self) -> None:
        teasers = [Article("مرفأ", language="ar"), Article("Harbour", language="en")]
        front = Front(language="en", blocks=[FrontBlock(teasers)])
        shown = parse(nm.write(front, "html")).xpath("//article[@class='teaser']")
        assert [(a.get("lang"), a.get("dir")) for a in shown] == [("ar", "rtl"), (None, None)]

    def test_arabic(self) -> None:
        front = attrs.evolve(sample_front(), language="ar")
        tree = parse(nm.write(front, "html"))
        assert (tree.get("lang"), tree.get("dir")) == ("ar", "rtl")
        assert tree.xpath("//span[@class='flag live']/text()") == ["مباشر"]
        assert tree.xpath("//a[@rel='next']/text()") == ["الصفحة التالية"]


class TestJsonLd:
    """One CollectionPage: WebSite, BreadcrumbList, navigation, one ItemList per block."""

    def test_sample(self) -> None:
        data = script_of(nm.write(sample_front(), "html"))
        assert data == front_jsonld(sample_front())
        assert (data["@type"], data["url"], data["inLanguage"]) == (
            "CollectionPage",
            "https://news.example/world/",
            "en",
        )
        assert "name" not in data  # the front has no title of its own
        site = data["isPartOf"]
        assert (site["@type"], site["name"], site["publisher"]["name"]) == (
            "WebSite",
            "DZWatch",
            "DZWatch Media",
        )
        assert [e["name"] for e in data["hasPart"]] == ["World", "Sport", "Middle East"]
        assert data["hasPart"][2]["isPartOf"] == {"@id": "_:section-1"}
        (crumb,) = data["breadcrumb"]["itemListElement"]
        assert (crumb["name"], crumb["item"]) == (
            "World",
            {"@type": "WebPage", "@id": "https://news.example/world/"},  # a node, not text
        )
        first, second = data["mainEntity"]
        assert (first["name"], first["numberOfItems"]) == ("Middle East", 2)
        item = first["itemListElement"][0]
        assert (item["position"], item["url"]) == (1, 'https://news.example/a/1?q="x"&y=<z>')
        article = item["item"]
        assert article["@type"] == "NewsArticle"
        assert article["articleSection"] == "Middle East"
        assert "isPartOf" not in article  # the front's portal is not repeated
        assert "name" not in second

    def test_a_teaser_of_another_portal_says_so(self) -> None:
        other = Portal("Elsewhere", url="https://else.example/")
        front = Front(portal=PORTAL, blocks=[FrontBlock([Article("A", portal=other)])])
        article = script_of(nm.write(front, "html"))["mainEntity"][0]["itemListElement"][0]
        assert article["item"]["isPartOf"] == {
            "@type": "WebSite",
            "name": "Elsewhere",
            "url": "https://else.example/",
        }

    @settings(max_examples=40)
    @given(nms.fronts())
    def test_the_vocabulary_holds(self, front: Front) -> None:
        report = validate_markup(nm.write(front, "html"), "schema.org")
        assert not [f for f in report if f.severity is not Severity.INFO], [str(f) for f in report]

    def test_the_sample_has_not_even_a_note(self) -> None:
        report = validate_markup(nm.write(sample_front(), "html"), "schema.org")
        assert not report.findings, [str(f) for f in report]


def schema_org_only(url: str, options: Any = None) -> dict[str, Any]:
    """pyld's document loader: the schema.org context from here, nothing from the network."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/"}},
        }
    raise jsonld.JsonLdError(f"no network in tests: {url}", "jsonld.LoadDocumentError")


class TestConformance:
    """Independent tools read the page's JSON-LD: extruct finds it, pyld expands it."""

    @settings(max_examples=30)
    @given(nms.fronts(max_blocks=3))
    def test_extruct_and_pyld(self, front: Front) -> None:
        page = nm.write(front, "html")
        [found] = extruct.extract(page, syntaxes=["json-ld"])["json-ld"]
        assert found == front_jsonld(front)
        options = {"documentLoader": schema_org_only, "processingMode": "json-ld-1.1"}
        [expanded] = jsonld.expand(found, options)
        assert expanded["@type"] == ["https://schema.org/CollectionPage"]
        headline = "https://schema.org/headline"
        flat = jsonld.flatten(found, None, options)
        shown = sorted(v["@value"] for node in flat for v in node.get(headline, []))
        assert shown == sorted(t.article.headline for b in front.blocks for t in b.teasers)


class TestContract:
    """Read from where docs/portals.rst says each field is, the page gives the front back."""

    def test_sample(self) -> None:
        back = read_by_contract(nm.write(sample_front(), "html"))
        assert back == carried(sample_front())
        assert back.blocks[0] == sample_front().blocks[0]
        # the teaser without a portal, on a front with one, is read with the front's
        assert back.blocks[1].teasers[0].article.portal == PORTAL

    @settings(max_examples=60)
    @given(nms.fronts())
    def test_generated(self, front: Front) -> None:
        assert read_by_contract(nm.write(front, "html")) == front

    @settings(max_examples=60)
    @given(st.from_type(Front))
    def test_any_front_gives_back_what_the_page_carries(self, front: Front) -> None:
        assert read_by_contract(nm.write(front, "html")) == carried(front)


class TestSafety:
    """No text breaks out of its element, attribute or script; the output is stable."""

    @settings(max_examples=60)
    @given(nms.fronts(), st.sampled_from((HOSTILE, "</script>", "<!--", "]]>", "\u202e")))
    def test_hostile_headlines(self, front: Front, poison: str) -> None:
        front = attrs.evolve(
            front,
            title=f"{poison} title",
            blocks=[
                attrs.evolve(
                    block,
                    heading=f"{block.heading}{poison}" if block.heading else None,
                    teasers=[
                        attrs.evolve(
                            t,
                            article=attrs.evolve(
                                t.article, headline=f"{t.article.headline}{poison}"
                            ),
                        )
                        for t in block.teasers
                    ],
                )
                for block in front.blocks
            ],
        )
        page = nm.write(front, "html")
        tree = parse(page)
        [script] = tree.xpath("//script")
        assert "&" not in script.text  # no entity for a reader to mistake for a repair
        assert not tree.xpath("//*[starts-with(local-name(), 'on') or @onerror or @onload]")
        shown = tree.xpath("//article[@class='teaser']/h3")
        teasers = [t for block in front.blocks for t in block.teasers]
        assert [h.text_content() for h in shown] == [t.article.headline for t in teasers]
        assert [h.xpath("string(./a/@href)") or None for h in shown] == [
            t.article.url for t in teasers
        ]
        assert script_of(page) == front_jsonld(front)
        assert read_by_contract(page) == front

    @settings(max_examples=30)
    @given(nms.fronts())
    def test_deterministic(self, front: Front) -> None:
        assert nm.write(front, "html") == nm.write(front, "html")


class TestPortalFeeds:
    """The site's feeds and news sitemap come from the same front, through to_listing()."""

    @settings(max_examples=30)
    @given(nms.fronts(max_blocks=3))
    def test_feeds_list_every_article(self, front: Front) -> None:
        urls = [article.url for article in front.articles]
        for format_ in ("rss", "atom", "json-feed"):
            listing = nm.read_listing(nm.write(front, format_), format=format_)
            assert [item.url for item in listing.items] == urls, format_

    @settings(max_examples=40)
    @given(nms.fronts(max_blocks=3))
    def test_news_sitemap(self, front: Front) -> None:
        if front.portal is None:  # no publication name: tested by the writer's own tests
            return
        lacking = [
            article
            for article in front.articles
            if article.date_published is None or not (article.language or front.language)
        ]
        if lacking:  # what Google News requires and the front lacks, named
            with pytest.raises(WriteError, match=r"no publication date|no language"):
                nm.write(front, "news-sitemap")
        elif front.articles:
            listing = nm.read_listing(nm.write(front, "news-sitemap"), format="sitemap")
            assert [item.url for item in listing.items] == [a.url for a in front.articles]

    def test_the_publication_is_the_portal_not_the_section(self) -> None:
        portal = attrs.evolve(PORTAL, publisher=None)
        teaser = Article("A", url="https://news.example/a", date_published=dt.date(2026, 3, 2))
        front = Front(portal=portal, section=WORLD, language="en", blocks=[FrontBlock([teaser])])
        [item] = nm.read_listing(nm.write(front, "news-sitemap"), format="sitemap").items
        assert item.publisher is not None
        assert item.publisher.name == "DZWatch"
        assert "<dc:publisher>DZWatch</dc:publisher>" in nm.write(front, "rss")
        with_publisher = attrs.evolve(front, portal=PORTAL)
        assert with_publisher.to_listing().publisher == PORTAL.publisher


class TestValidation:
    """validate(front): the model profile checks its teasers and sections; the profiles of
    lists and of JSON-LD check its listing."""

    def test_a_clean_front_has_no_model_findings(self) -> None:
        assert [str(f) for f in nm.validate(sample_front(), "model")] == []

    def test_teasers_are_checked_at_their_path(self) -> None:
        author = Person("Nour Aziz")
        twice = Article("Twice", url="https://news.example/t", authors=[author, author])
        front = attrs.evolve(
            sample_front(),
            blocks=[*sample_front().blocks, FrontBlock([Article("Plain"), twice])],
        )
        found = [(f.code, f.path) for f in nm.validate(front, "model")]
        assert found == [("model/duplicate-author", "/blocks/2/teasers/1/article/authors/1")]

    def test_sections_the_portal_does_not_list(self) -> None:
        elsewhere = Section("Elsewhere", url="https://news.example/elsewhere/")
        front = attrs.evolve(
            sample_front(),
            section=elsewhere,
            blocks=[FrontBlock([Article("A", section=elsewhere, portal=PORTAL)], section=SPORT)],
        )
        found = [(f.code, f.path) for f in nm.validate(front, "model")]
        assert found == [
            ("model/section-not-in-portal", "/section"),
            ("model/section-not-in-portal", "/blocks/0/teasers/0/article/section"),
        ]

    def test_other_profiles_check_its_listing(self) -> None:
        report = nm.validate(sample_front(), "feed")
        assert report.profile == "feed"
        assert nm.validate(sample_front(), "schema.org").ok

"""Site adapters: the built-in WordPress adapter, adapters registered in code, precedence,
broken selectors, and the portal's tagline and logo read without an adapter."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import attrs
import lxml.html
import pytest

import newsmodel
from newsmodel import (
    Article,
    Heading,
    Image,
    Paragraph,
    PluginError,
    PluginInterfaceError,
    RelatedKind,
    Selectors,
    SiteAdapter,
    SiteAdapterError,
    registry,
)
from newsmodel._html import parse_html
from newsmodel.cli import main
from newsmodel.sites.wordpress import adapter as wordpress

PAGES = Path(__file__).resolve().parent / "pages"
URL = "https://lakeside.example/2026/05/02/ferry/"


def read(html: str | bytes, url: str = "https://gazette.example/news/one/") -> Article:
    return newsmodel.read(html, format="html", url=url)


@attrs.frozen
class Adapter:
    """A site adapter for tests: matches pages whose URL has ``host`` in it."""

    name: str
    selectors: Selectors
    host: str = "gazette.example"
    priority: int = 100

    def matches(self, tree: lxml.html.HtmlElement, url: str | None) -> bool:
        return bool(url and self.host in url)


@pytest.fixture
def registered() -> Iterator[list[str]]:
    """Names registered in code during the test; unregistered afterwards."""
    names: list[str] = []
    yield names
    for name in names:
        registry.unregister("sites", name)


def register(names: list[str], adapter: Adapter) -> None:
    registry.register("sites", adapter.name, adapter)
    names.append(adapter.name)


GAZETTE = """<!DOCTYPE html>
<html><head><title>Gazette</title>
<meta property="og:title" content="Generic title from metadata"></head>
<body>
<div class="gz-top"><span class="gz-name">The Hill Gazette</span></div>
<div class="gz-story">
  <div class="gz-head">The real headline, as the portal shows it</div>
  <div class="gz-text">
    <p>The first paragraph is short.</p>
    <p>A second one follows.</p>
    <div class="gz-ad"><p>Buy a hill</p></div>
  </div>
</div>
<div class="sidebar-long"><p>A long paragraph of sidebar text that the generic extraction would
happily take for the article body because it is the longest text on the page, with commas,
clauses, and more commas, going on and on about nothing in particular for a good while.</p>
<p>And another such paragraph, so that the sidebar wins the generic scoring, clearly, surely,
by a wide margin over the short story spans above, which have no paragraph tags.</p></div>
</body></html>
"""


@pytest.fixture(scope="module")
def article() -> Article:
    """The WordPress sample page, read with the built-in adapter."""
    return newsmodel.read(PAGES / "wordpress-theme-post.html", url=URL)


class TestWordPress:
    """The built-in adapter reads WordPress themes' markup: portal, body, comments, links."""

    def test_portal(self, article: Article) -> None:
        assert article.portal is not None
        assert article.portal.name == "Lakeside Ledger"
        assert article.portal.tagline == "Small-town news, read by the whole lake"
        assert article.portal.logo == Image(
            "https://lakeside.example/wp-content/uploads/ledger-logo.png", width=240, height=60
        )

    def test_headline_byline_and_date(self, article: Article) -> None:
        assert article.headline == "Ferry timetable doubles for the summer"
        assert [(p.name, p.url) for p in article.authors] == [
            ("Ingrid Solberg", "https://lakeside.example/author/ingrid/")
        ]
        assert article.date_published == dt.datetime(
            2026, 5, 2, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
        )

    def test_body_without_share_bar_related_posts_or_author_box(self, article: Article) -> None:
        assert [type(block) for block in article.body] == [
            Paragraph,
            Paragraph,
            Heading,
            Paragraph,
        ]
        assert "Share this" not in article.text
        assert "Pier repairs" not in article.text
        assert "covered the lake towns" not in article.text

    def test_related_posts_and_navigation(self, article: Article) -> None:
        assert [(r.title, r.kind) for r in article.related] == [
            ("Pier repairs finish ahead of schedule", RelatedKind.RELATED),
            ("Season ticket prices frozen for another year", RelatedKind.RELATED),
            ("Council delays the bridge vote again", RelatedKind.PREVIOUS),
        ]

    def test_comments(self, article: Article) -> None:
        assert [(c.author.name if c.author else None, c.text) for c in article.comments] == [
            ("Tomas", "About time. The hourly boat was always full by nine.")
        ]

    @pytest.mark.parametrize(
        "page",
        [
            '<html><head><meta name="generator" content="WordPress 6.5"></head></html>',
            '<html><head><link rel="stylesheet" href="/wp-includes/css/x.css"></head></html>',
            '<html><head><link rel="https://api.w.org/" href="/wp-json/"></head></html>',
            '<html><body class="post-template-default single postid-12"></body></html>',
        ],
    )
    def test_matches_wordpress_signs(self, page: str) -> None:
        assert wordpress.matches(parse_html(page), None)

    def test_does_not_match_other_pages(self) -> None:
        tree = parse_html((PAGES / "harbour-herald.html").read_text(encoding="utf-8"))
        assert not wordpress.matches(tree, "https://harbour.example/")

    def test_is_a_site_adapter(self) -> None:
        assert isinstance(wordpress, SiteAdapter)
        assert (wordpress.name, wordpress.priority) == ("wordpress", 0)


def wordpress_post(where: str) -> str:
    """A WordPress post whose ``.entry-content`` opens with one short line, and a long
    text: in ``.entry-content`` too (``"post"``), beside the post's ``<article>`` in
    ``<main>`` (``"main"``), or in a column beside ``<main>`` (``"column"``)."""
    long = (
        '<div class="transcript">'
        + "".join(
            f"<p>Paragraph {n} of the long text says what a study found, with numbers, clauses, "
            f"and a conclusion or two, at the length a real paragraph of a story has.</p>"
            for n in range(8)
        )
        + "</div>"
    )
    post = (
        '<article class="post-7 post type-post"><h1 class="entry-title">Tea tree oil</h1>'
        '<div class="entry-content"><p>This episode asks how to clean, and how well.</p>'
        f"{long if where == 'post' else ''}</div></article>"
    )
    inner = {
        "post": f"<main>{post}</main>",
        "main": f"<main>{post}{long}</main>",
        "column": f"<main>{post}</main>{long}",
    }[where]
    return (
        "<html><head><title>Tea tree oil</title>"
        '<meta name="generator" content="WordPress 6.5"></head>'
        f'<body class="single postid-7"><div id="page">{inner}</div></body></html>'
    )


class TestWordPressBodyCheck:
    """The adapter's body checks itself as the reader's does: ``.entry-content`` holding
    little of the page's story loses to the reader's own body when that is much longer
    and lies in the same ``<main>``; a long column outside it never wins."""

    def test_a_story_beside_the_post_in_main_wins(self) -> None:
        found = newsmodel.read_with_sources(wordpress_post("main"), format="html")
        assert found.sources["body"] == "visible"
        assert "Paragraph 7 of the long text" in found.article.text

    def test_the_adapters_remove_applies_to_the_readers_body_too(self) -> None:
        box = (
            '<div class="saboxplugin-wrap"><p>The author of this piece, a writer of many '
            "years, lives by the lake, and writes about studies, food, and cleaning.</p></div>"
        )
        page = wordpress_post("main").replace("</div></main>", f"{box}</div></main>")
        not_wordpress = page.replace("WordPress 6.5", "Other").replace("single postid-7", "")
        assert "lives by the lake" in read(not_wordpress).text  # the box is the story's
        found = newsmodel.read_with_sources(page, format="html")
        assert found.sources["body"] == "visible"
        assert "lives by the lake" not in found.article.text

    def test_a_long_column_beside_main_does_not(self) -> None:
        found = newsmodel.read_with_sources(wordpress_post("column"), format="html")
        assert found.sources["body"] == "site:wordpress"
        assert found.article.text == "This episode asks how to clean, and how well."

    def test_a_post_holding_the_story_keeps_it(self) -> None:
        found = newsmodel.read_with_sources(wordpress_post("post"), format="html")
        assert found.sources["body"] == "site:wordpress"
        assert found.article.text.startswith("This episode asks how to clean")
        assert "Paragraph 7 of the long text" in found.article.text


class TestAdapterInCode:
    """A third-party adapter registered in code overrides what its selectors find, and
    only that; unregistered, the page reads as before."""

    SELECTORS = Selectors(
        headline="//div[@class='gz-head']",
        body="//div[@class='gz-text']",
        site_name="//span[@class='gz-name']",
        remove=("//div[@class='gz-ad']",),
    )

    def test_overrides_headline_body_and_name(self, registered: list[str]) -> None:
        register(registered, Adapter("gazette", self.SELECTORS))
        article = read(GAZETTE)
        assert article.headline == "The real headline, as the portal shows it"
        assert article.text == "The first paragraph is short.\n\nA second one follows."
        assert "Buy a hill" not in article.text
        assert article.portal is not None
        assert article.portal.name == "The Hill Gazette"

    def test_what_the_selectors_find_is_credited_to_the_adapter(
        self, registered: list[str]
    ) -> None:
        """Every field an adapter's selectors give is credited ``site:<name>``: the
        headline and body, the section and the related links."""
        page = GAZETTE.replace(
            '<div class="gz-story">',
            '<div class="gz-crumbs"><a href="/">Home</a> <a href="/hills/">Hills</a></div>'
            '<div class="gz-story">',
        ).replace(
            "</body>",
            '<div class="gz-more"><a href="/news/two/">Second hill story of the week</a></div>'
            '<div class="gz-talk"><div class="comment"><p>Nice hill, says a reader.</p>'
            "</div></div></body>",
        )
        selectors = attrs.evolve(
            self.SELECTORS,
            breadcrumbs="//div[@class='gz-crumbs']",
            related="//div[@class='gz-more']",
        )
        register(registered, Adapter("gazette", selectors))
        found = newsmodel.read_with_sources(page, url="https://gazette.example/news/one/")
        assert found.article.section is not None
        assert found.article.section.name == "Hills"
        assert [r.title for r in found.article.related] == ["Second hill story of the week"]
        for field in ("headline", "body", "section", "related"):
            assert found.sources[field] == "site:gazette", field

    def test_unset_or_empty_selectors_keep_the_readers_results(
        self, registered: list[str]
    ) -> None:
        selectors = Selectors(headline="//h6", body="//div[@class='nowhere']")
        register(registered, Adapter("gazette", selectors))
        assert read(GAZETTE) == self.without_adapters()

    def test_a_body_without_text_is_the_readers_own(self, registered: list[str]) -> None:
        """A ``body`` selector matching a wrapper whose blocks hold no text (an image
        only): the reader's own extractor reads the body, credited to the page."""
        page = GAZETTE.replace("<body>", '<body><div class="gz-photo"><img src="/a.png"></div>')
        selectors = attrs.evolve(self.SELECTORS, body="//div[@class='gz-photo']")
        register(registered, Adapter("gazette", selectors))
        found = newsmodel.read_with_sources(page, url="https://gazette.example/news/one/")
        assert "sidebar text" in found.article.text
        assert found.sources["body"] == "visible"

    def test_other_sites_are_read_as_before(self, registered: list[str]) -> None:
        register(registered, Adapter("gazette", self.SELECTORS, host="elsewhere.example"))
        assert read(GAZETTE) == self.without_adapters()

    def test_unregistered(self) -> None:
        registry.register("sites", "gazette", Adapter("gazette", self.SELECTORS))
        registry.unregister("sites", "gazette")
        assert "gazette" not in registry.names("sites")
        assert read(GAZETTE).headline == "Generic title from metadata"

    @staticmethod
    def without_adapters() -> Article:
        article = read(GAZETTE)
        assert article.headline == "Generic title from metadata"
        assert "sidebar text" in article.text
        return article


class TestPrecedence:
    """Of the adapters that match, the highest priority applies; a tie goes to the name
    that sorts first; a site's adapter beats the CMS-wide WordPress one."""

    def test_higher_priority_wins(self, registered: list[str]) -> None:
        register(registered, Adapter("a-cms", Selectors(headline="//title"), priority=0))
        register(registered, Adapter("z-site", Selectors(headline="//div[@class='gz-head']")))
        assert read(GAZETTE).headline == "The real headline, as the portal shows it"

    def test_tie_goes_to_the_first_name(self, registered: list[str]) -> None:
        register(registered, Adapter("b-second", Selectors(headline="//div[@class='gz-head']")))
        register(registered, Adapter("a-first", Selectors(headline="//span[@class='gz-name']")))
        assert read(GAZETTE).headline == "The Hill Gazette"

    def test_site_adapter_beats_wordpress(self, registered: list[str]) -> None:
        ledger = Adapter("ledger", Selectors(headline="//p[@class='site-description']"))
        register(registered, attrs.evolve(ledger, host="lakeside.example"))
        found = newsmodel.read_with_sources(PAGES / "wordpress-theme-post.html", url=URL)
        assert found.article.headline == "Small-town news, read by the whole lake"
        assert found.sources["body"] == "visible"  # WordPress's body did not apply


class TestBrokenAdapters:
    """A broken adapter is a PluginError naming the adapter and the selector."""

    def test_bad_xpath(self, registered: list[str]) -> None:
        register(registered, Adapter("broken", Selectors(body="//div[@class='x'")))
        with pytest.raises(SiteAdapterError) as caught:
            read(GAZETTE)
        error = caught.value
        assert isinstance(error, PluginError)
        assert (error.adapter, error.selector) == ("broken", "body")
        assert "site adapter 'broken' selector 'body'" in str(error)
        assert "not usable XPath 1.0" in str(error)
        assert isinstance(error.__cause__, lxml.etree.XPathError)

    def test_unknown_function(self, registered: list[str]) -> None:
        register(registered, Adapter("broken", Selectors(logo="//div[nothing('x')]")))
        with pytest.raises(SiteAdapterError, match="'broken' selector 'logo'"):
            read(GAZETTE)

    def test_text_where_elements_are_needed(self, registered: list[str]) -> None:
        register(registered, Adapter("broken", Selectors(remove=("//div/@class",))))
        with pytest.raises(SiteAdapterError, match=r"selector 'remove'.*selects text"):
            read(GAZETTE)

    def test_failing_matches(self, registered: list[str]) -> None:
        class Failing(Adapter):
            def matches(self, tree: lxml.html.HtmlElement, url: str | None) -> bool:
                raise RuntimeError("oops")

        register(registered, Failing("failing", Selectors()))
        with pytest.raises(SiteAdapterError, match=r"'failing': matches\(\) failed: .*oops"):
            read(GAZETTE)

    def test_not_an_adapter(self) -> None:
        with pytest.raises(
            PluginInterfaceError, match=r"it lacks name, priority, selectors, matches\(\)"
        ):
            registry.register("sites", "nothing", object())

    def test_selectors_are_checked_on_construction(self) -> None:
        with pytest.raises(newsmodel.InvalidValueError, match=r"Selectors\.headline"):
            Selectors(headline=" ")
        with pytest.raises(newsmodel.InvalidValueError, match=r"Selectors\.remove"):
            Selectors(remove="//div")  # type: ignore[arg-type]


class TestPluginsCommand:
    """`newsmodel plugins` lists the built-in WordPress adapter."""

    def test_listed(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["plugins", "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        row = next(r for r in rows if (r["group"], r["name"]) == ("sites", "wordpress"))
        assert row["status"] == "ok"
        assert row["target"] == "newsmodel.sites.wordpress:adapter"
        assert row["distribution"].startswith("newsmodel ")


class TestPortalWithoutAdapter:
    """Without an adapter, the tagline and logo come from markup named for them, and the
    tagline from the title only on the home page."""

    HEADER = """<!DOCTYPE html><html><head><title>{title}</title>
    <meta property="og:site_name" content="Valley Voice"></head><body>
    <header role="banner">{header}</header>
    <article><h1>Mill reopens</h1>
    <p class="site-description">Not a tagline: inside the article.</p>
    <p>The old mill opened its doors again on Monday, with forty jobs and a bakery, after a
    winter of repairs paid for by the town and a cooperative of farmers from the valley.</p>
    </article></body></html>"""

    def page(self, header: str, title: str = "Mill reopens") -> str:
        return self.HEADER.format(header=header, title=title)

    def test_tagline_and_logo_in_the_header(self) -> None:
        header = (
            '<div class="brand-logo"><a href="/"><img src="/img/vv.svg" alt=""></a></div>'
            '<p class="site-description">News from up and down the valley</p>'
        )
        portal = read(self.page(header), "https://vv.example/mill/").portal
        assert portal is not None
        assert portal.tagline == "News from up and down the valley"
        assert portal.logo == Image("https://vv.example/img/vv.svg")

    def test_nothing_named_nothing_found(self) -> None:
        header = '<img src="/img/banner.jpg" alt="Spring fair"><p>Welcome, reader</p>'
        portal = read(self.page(header), "https://vv.example/mill/").portal
        assert portal is not None
        assert (portal.tagline, portal.logo) == (None, None)

    def test_tagline_from_the_title_on_the_home_page_only(self) -> None:
        page = self.page("", title="Valley Voice – Your valley, every day")
        home = read(page, "https://vv.example/").portal
        article = read(page, "https://vv.example/mill/").portal
        assert home is not None
        assert article is not None
        assert (home.tagline, article.tagline) == ("Your valley, every day", None)

    def test_link_rows_are_no_tagline(self) -> None:
        header = '<p class="site-description"><a href="/a">Sport</a> <a href="/b">Jobs</a></p>'
        portal = read(self.page(header), "https://vv.example/mill/").portal
        assert portal is not None
        assert portal.tagline is None

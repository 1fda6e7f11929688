"""Listing pages: one article per teaser or JSON-LD item; article pages keep their one."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import warnings
from pathlib import Path

import pytest
from shared_data import CORPUS, require

import newsmodel
from newsmodel import Article, Image, Person, ReadWarning, Section
from newsmodel._charset import decode_html
from newsmodel._html import parse_html
from newsmodel.readers.html.listing import listing_articles
from newsmodel.readers.html.page import Page

PAGES = Path(__file__).resolve().parents[2] / "pages"
SECTION_URL = "https://herald.example/coast/"
TAG_URL = "https://trams.example/tag/trams/"
EAST = dt.timezone(dt.timedelta(hours=2))


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _teaser(slug: str, headline: str) -> str:
    return (
        f'<article><h2><a href="/news/{slug}">{headline}</a></h2>'
        f"<p>A short summary of the story, in one sentence.</p></article>"
    )


_TEASERS = "".join(
    _teaser(slug, headline)
    for slug, headline in [
        ("bridge", "New footbridge opens over the river"),
        ("library", "Library extends its weekend hours"),
        ("market", "Farmers market returns to the square"),
        ("school", "School roof repairs finish early"),
    ]
)


@pytest.fixture(scope="module")
def section() -> list[Article]:
    return newsmodel.read_all(PAGES / "listing-section.html", url=SECTION_URL)


class TestTeasers:
    """A section front gives one article per teaser, in page order, from the teaser alone."""

    def test_items_in_page_order(self, section: list[Article]) -> None:
        assert [(a.headline, a.url) for a in section] == [
            (
                "Lighthouse keepers return to the cape after forty years",
                "https://herald.example/coast/lighthouse-keepers-return",
            ),
            (
                "Morning ferries leave half an hour earlier from Monday",
                "https://herald.example/coast/ferry-timetable-changes",
            ),
            (
                "Wooden fences go up to keep the dunes in place",
                "https://herald.example/coast/dune-fences?ref=front",
            ),
            (
                "Fish market moves indoors for the winter months",
                "https://herald.example/coast/fish-market",
            ),
        ]

    def test_teaser_fields(self, section: list[Article]) -> None:
        first = section[0]
        assert first.description == (
            "A volunteer crew will live beside the lamp again this summer, "
            "the trust that owns the tower said."
        )
        assert first.date_published == dt.datetime(2026, 3, 4, 8, tzinfo=EAST)
        assert first.authors == (Person("Maya Haddad"),)
        assert first.images == (
            Image("https://herald.example/media/lighthouse.jpg", caption="The lighthouse at dusk"),
        )
        assert first.section == Section("Heritage", url="https://herald.example/coast/heritage/")
        assert first.body == ()

    def test_byline_with_several_names_and_a_bare_day(self, section: list[Article]) -> None:
        assert section[1].authors == (Person("Karim Nassar"), Person("Lina Aoun"))
        assert section[1].date_published == dt.date(2026, 3, 3)

    def test_lazy_image_and_summary_element(self, section: list[Article]) -> None:
        assert [i.url for i in section[2].images] == ["https://herald.example/media/dunes.jpg"]
        assert section[3].description == (
            "Stallholders welcomed the heated hall, though some miss the sea air."
        )

    def test_items_carry_the_page_portal_and_language(self, section: list[Article]) -> None:
        for article in section:
            assert article.portal is not None
            assert (article.portal.name, article.portal.url) == (
                "Harbour Herald",
                "https://herald.example/",
            )
            assert article.language == "en-GB"

    def test_repeats_unlinked_headings_and_furniture_are_left_out(
        self, section: list[Article]
    ) -> None:
        headlines = [a.headline for a in section]
        assert len(set(headlines)) == len(headlines)
        assert "Photo of the week" not in headlines  # no link
        assert "Harbour Herald" not in headlines  # the logo, in the page header
        assert "Northern harbour reopens to cargo" not in headlines  # the "most read" aside

    def test_the_canonical_address_stands_in_for_a_missing_url(
        self, section: list[Article]
    ) -> None:
        assert newsmodel.read_all(PAGES / "listing-section.html") == section

    def test_read_gives_the_first_item(self, section: list[Article]) -> None:
        assert newsmodel.read(PAGES / "listing-section.html", url=SECTION_URL) == section[0]

    def test_links_to_other_sites_are_not_teasers(self) -> None:
        head = '<title>News</title><link rel="canonical" href="https://town.example/news/">'
        assert len(newsmodel.read_all(_page(head, _TEASERS))) == 4
        foreign = _TEASERS.replace('href="/news/', 'href="https://elsewhere.example/news/')
        [article] = newsmodel.read_all(_page(head, foreign))
        assert article.headline == "News"

    def test_three_teasers_are_not_enough(self) -> None:
        three = _TEASERS.rsplit("<article>", 1)[0]
        [article] = newsmodel.read_all(_page("<title>News</title>", three), url=SECTION_URL)
        assert article.headline == "News"

    def test_flat_list_of_headings_and_summaries(self) -> None:
        entries = "".join(
            f'<h2><a href="/2026/01/{n}/">{title}</a></h2>'
            f"<p>{title}: a summary long enough to look like a story paragraph if it "
            f"stood alone, which it does not.</p>"
            f'<p class="meta"><time datetime="2026-01-0{n}">{n} January 2026</time></p>'
            for n, title in enumerate(
                [
                    "Snow closes the mountain pass",
                    "Ski lifts open a week early",
                    "Avalanche warning raised to level three",
                    "Hut keepers count a record winter",
                ],
                1,
            )
        )
        html = _page("<title>January archive</title>", f"<h1>January</h1><div>{entries}</div>")
        items = newsmodel.read_all(html, url="https://alps.example/2026/01/")
        assert [(a.headline, a.date_published) for a in items] == [
            ("Snow closes the mountain pass", dt.date(2026, 1, 1)),
            ("Ski lifts open a week early", dt.date(2026, 1, 2)),
            ("Avalanche warning raised to level three", dt.date(2026, 1, 3)),
            ("Hut keepers count a record winter", dt.date(2026, 1, 4)),
        ]
        assert items[0].description is not None
        assert items[0].description.startswith("Snow closes the mountain pass: a summary")

    def test_a_collection_page_needs_only_two_teasers(self) -> None:
        script = (
            '<script type="application/ld+json">{"@type": "CollectionPage", '
            '"url": "https://town.example/tag/river/"}</script>'
        )
        two = _teaser("bridge", "New footbridge opens over the river") + _teaser(
            "boats", "Rowing club gets two new boats"
        )
        items = newsmodel.read_all(
            _page(f"<title>River</title>{script}", two), url="https://town.example/tag/river/"
        )
        assert [a.url for a in items] == [
            "https://town.example/news/bridge",
            "https://town.example/news/boats",
        ]


class TestJsonLd:
    """JSON-LD items come first when the page carries two or more of them."""

    def test_item_list(self) -> None:
        items = newsmodel.read_all(PAGES / "listing-jsonld.html", url=TAG_URL)
        assert [(a.headline, a.url) for a in items] == [
            ("Night trams run until two from March", "https://trams.example/city/night-trams/"),
            ("Old tram depot becomes a market hall", "https://trams.example/city/old-depot/"),
            (
                "Ticket prices stay the same for another year",
                "https://trams.example/city/ticket-prices/",
            ),
        ]
        depot = items[1]
        assert depot.authors == (Person("Rana Khalil"),)
        assert depot.date_published == dt.datetime(
            2026, 1, 9, 10, tzinfo=dt.timezone(dt.timedelta(hours=1))
        )
        assert depot.images == (Image("https://trams.example/media/depot.jpg"),)
        assert depot.portal is not None
        assert depot.portal.name == "Tram Times"

    def test_graph_of_articles(self) -> None:
        nodes = [
            {
                "@type": "NewsArticle",
                "headline": f"Story number {n} from the wire",
                "url": f"https://wire.example/{n}",
            }
            for n in (1, 2, 3)
        ]
        script = json.dumps({"@context": "https://schema.org", "@graph": nodes})
        html = _page(
            f'<title>Wire</title><script type="application/ld+json">{script}</script>', ""
        )
        items = newsmodel.read_all(html, url="https://wire.example/")
        assert [a.url for a in items] == [f"https://wire.example/{n}" for n in (1, 2, 3)]

    def test_a_list_of_products_is_not_a_listing(self) -> None:
        elements = [
            {"@type": "ListItem", "position": n, "url": f"/apps/{name}/", "name": name}
            for n, name in enumerate(["Notebook", "Scribble", "Jotter"], 1)
        ]
        script = json.dumps({"@type": "ItemList", "itemListElement": elements})
        html = _page(
            f'<title>Note apps</title><script type="application/ld+json">{script}</script>',
            "<p>A comparison of note apps.</p>",
        )
        [article] = newsmodel.read_all(html, url="https://apps.example/compare/")
        assert article.headline == "Note apps"


class TestArticlePages:
    """An article page stays one article, whatever lists it carries besides."""

    def test_a_brief_with_a_strip_of_teasers(self) -> None:
        story = (
            "<h1>Council votes to keep the night buses</h1>"
            "<p>The council voted on Tuesday to keep the night bus routes for another year, "
            "after a petition signed by more than four thousand residents.</p>"
            "<p>Two routes will run every half hour; the third keeps its hourly service, "
            "the transport committee said in a statement after the vote.</p>"
        )
        html = _page("<title>Night buses stay</title>", f"{story}<section>{_TEASERS}</section>")
        [article] = newsmodel.read_all(html, url="https://town.example/news/night-buses")
        assert article.headline == "Night buses stay"

    @pytest.mark.parametrize(
        "head",
        [
            '<meta property="og:type" content="article">',
            '<meta property="article:published_time" content="2026-03-04T08:00:00+02:00">',
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Roundup of the week"}</script>',
        ],
        ids=["og-type", "published-time", "jsonld-article-of-the-page"],
    )
    def test_article_signals_win_over_teasers(self, head: str) -> None:
        html = _page(f"<title>Roundup of the week</title>{head}", _TEASERS)
        assert len(newsmodel.read_all(html, url="https://town.example/news/roundup")) == 1

    def test_links_inside_a_story_are_not_teasers(self) -> None:
        html = _page(
            "<title>A guide in four chapters</title>",
            f'<div class="article-body"><h1>A guide in four chapters</h1>{_TEASERS}</div>',
        )
        assert len(newsmodel.read_all(html, url="https://town.example/guide")) == 1

    def test_the_article_page_is_read_as_before(self) -> None:
        url = "https://herald.example/region/harbour-reopens"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            articles = newsmodel.read_all(PAGES / "harbour-herald.html", url=url)
            article = newsmodel.read(PAGES / "harbour-herald.html", url=url)
        assert articles == [article]
        assert article.headline == "Northern Harbour Reopens to Cargo After Two-Year Rebuild"


def _corpus_urls(folder: Path) -> dict[str, str]:
    """Page file name (without .html.gz or .gz) to the address it was fetched from."""
    urls: dict[str, str] = {}
    for name in ("ground-truth.json", "ground_truth.json"):
        if (folder / name).exists():
            records = json.loads((folder / name).read_text(encoding="utf-8"))
            urls.update({key.split(".")[0]: value.get("url") for key, value in records.items()})
    for record in (folder / "ground-truth").glob("*.json"):
        urls[record.stem] = json.loads(record.read_text(encoding="utf-8")).get("url")
    return urls


@pytest.mark.parametrize("corpus", ["aeb-dev", "fundus-dev", "wcxb-dev-articles"])
def test_no_real_article_page_is_a_listing(corpus: str) -> None:
    """Every page of the corpora is an article page: none may be read as a listing."""
    folder = CORPUS / corpus
    require(folder / "html")
    urls = _corpus_urls(folder)
    listings = []
    for path in sorted((folder / "html").glob("*.gz")):
        text, _, _ = decode_html(gzip.decompress(path.read_bytes()))
        tree = parse_html(text)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ReadWarning)
            for url in (urls.get(path.name.split(".")[0]), None):
                if listing_articles(Page(tree, url), {}):
                    listings.append(f"{path.name} (url={url})")
    assert listings == []

"""Text captures, feeds and fronts with known truth, read back by newsmodel's own readers."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections import Counter
from collections.abc import Iterable

import pytest
from hypothesis import find, given, settings

import newsmodel
from newsmodel import Front, Listing, ListingKind, Section
from newsmodel._model import Article, RelatedKind
from newsmodel._portal_page_strategies import feed_pages, front_pages, text_pages
from newsmodel._synthetic import feed_templates, front_templates, text_capture
from newsmodel._synthetic.page import Furniture, Layout, PageSample
from newsmodel._textformat import furniture_kind

EXAMPLES = settings(max_examples=60, database=None)
NETWORKS = frozenset({"Facebook", "WhatsApp", "Telegram"})  # share buttons named alike anywhere
SPACELESS = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


def f1(found: str, wanted: str) -> float:
    """Token F1 of two texts: words, or characters for scripts written without spaces."""

    def tokens(text: str) -> Counter[str]:
        if SPACELESS.search(text):
            return Counter(char for char in text if not char.isspace())
        return Counter(text.split())

    got, want = tokens(found), tokens(wanted)
    if not got and not want:
        return 1.0
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def body_text(blocks: Iterable[object]) -> str:
    return "\n".join(getattr(block, "text", "") for block in blocks)


def same_minute(found: object, wanted: object) -> bool:
    if isinstance(found, dt.datetime) and isinstance(wanted, dt.datetime):
        return abs(found - wanted) < dt.timedelta(minutes=1)
    return found == wanted


def explain(sample: PageSample[object]) -> str:
    page = sample.page
    return f"{page.template} page at {page.url}:\n{page.content[:2000]}"


class TestTextCaptures:
    """The text reader reads a capture back to its truth."""

    @EXAMPLES
    @given(text_pages())
    def test_reads_back(self, sample: PageSample[Article]) -> None:
        page, truth = sample
        read = newsmodel.read(page.content, url=page.url)
        assert read.headline == truth.headline, explain(sample)
        assert f1(body_text(read.body), body_text(truth.body)) >= 0.95, explain(sample)
        assert read.dateline == truth.dateline, explain(sample)
        assert read.section == truth.section, explain(sample)
        assert read.portal == truth.portal, explain(sample)
        assert [link.title for link in read.related] == [link.title for link in truth.related]
        assert read.comments_open == truth.comments_open, explain(sample)

    @EXAMPLES
    @given(text_pages(printable=False, furniture=text_capture.FURNITURE))
    def test_reads_any_text_back(self, sample: PageSample[Article]) -> None:
        """Arbitrary text reads without error and loses nothing; a one-word headline over a
        one-word paragraph may be taken for a section label over the headline, which no
        reader could tell apart."""
        page, truth = sample
        read = newsmodel.read(page.content, url=page.url)
        shown = [read.section.name] if read.section else []
        shown += [read.headline, *(block.text for block in read.body)]  # type: ignore[attr-defined]
        assert truth.headline in shown, explain(sample)
        story = list(truth.body)
        label_read = read.section and read.section != truth.section
        if label_read and story and read.headline == story[0].text:  # type: ignore[attr-defined]
            story = story[1:]  # headline and first paragraph read as a label and a headline
        assert f1(body_text(read.body), body_text(story)) >= 0.95, explain(sample)
        assert len(read.related) == len(truth.related), explain(sample)

    @EXAMPLES
    @given(text_pages())
    def test_lists_only_furniture_it_shows(self, sample: PageSample[Article]) -> None:
        """Every furniture in ``page.furniture`` has its lines on the page."""
        page, truth = sample
        lines = page.content.split("\n\n")
        kinds = {furniture_kind(line.strip()) for line in lines}
        titles = [link.title for link in truth.related if link.kind is RelatedKind.RELATED]
        shown = {
            Furniture.NAVIGATION: "more" in kinds,
            Furniture.FOOTER: truth.portal is not None and truth.portal.tagline is not None,
            Furniture.RELATED: bool(titles) and all(title in lines for title in titles),
            Furniture.COMMENTS: bool(kinds & {"reply", "closed"}),
            Furniture.NEWSLETTER: "newsletter" in kinds,
            Furniture.SHARE_BAR: "share" in kinds or bool(NETWORKS & set(lines)),
        }
        assert page.furniture <= text_capture.FURNITURE
        assert all(shown[kind] for kind in page.furniture), (page.furniture, explain(sample))
        assert len(set(titles)) == len(titles), explain(sample)

    @pytest.mark.parametrize("kind", sorted(text_capture.FURNITURE))
    def test_asked_for_furniture_is_shown(self, kind: Furniture) -> None:
        @settings(max_examples=20, database=None)
        @given(text_pages(furniture=[kind]))
        def shown(sample: PageSample[Article]) -> None:
            assert sample.page.furniture == {kind}, explain(sample)

        shown()

    def test_furniture_a_capture_cannot_show_is_named(self) -> None:
        with pytest.raises(ValueError, match=r"furniture must be some of .* not 'cookie-banner'"):
            text_pages(furniture=["related", "cookie-banner"])

    @pytest.mark.parametrize("language", ["fr", "ar"])
    def test_served_from_a_host_of_its_language(self, language: str) -> None:
        @settings(max_examples=20, database=None)
        @given(text_pages(language=language))
        def served(sample: PageSample[Article]) -> None:
            assert "zeitung.example.de" not in sample.page.url

        served()

    @EXAMPLES
    @given(text_pages(language="en", furniture=(), min_blocks=2, max_blocks=3))
    def test_knobs(self, sample: PageSample[Article]) -> None:
        page, truth = sample
        assert page.template == "text-capture"
        assert page.media_type == "text/plain"
        assert page.furniture == frozenset()
        assert 2 <= len(truth.body) <= 3
        assert truth.related == ()
        assert page.content.isprintable() or "\n" in page.content

    def test_shrinks_to_a_small_readable_page(self) -> None:
        sample = find(
            text_pages(language="en"),
            lambda sample: len(sample.truth.body) >= 1,
            settings=settings(database=None, max_examples=200),
        )
        words = sample.page.content.split()
        assert len(words) < 30
        assert all(re.fullmatch(r"[\w'.–|-]+", word) for word in words), sample.page.content

    def test_render_is_pure_and_follows_the_seed(self) -> None:
        article = Article(
            "Syria and Russia Hold Extensive Military Talks in Damascus",
            dateline="Damascus",
            body=[newsmodel.Paragraph("Syrian Minister of Defense held discussions today.")],
            section=newsmodel.Section("News"),
            portal=newsmodel.Portal("DZWatch", tagline="Your News Portal"),
            comments_open=True,
        )
        layout = Layout(
            "https://dzwatch.example/news/talks",
            furniture=frozenset(
                {Furniture.NAVIGATION, Furniture.FOOTER, Furniture.RELATED, Furniture.COMMENTS}
            ),
        )
        sample = text_capture.render(article, layout)
        assert sample == text_capture.render(article, layout)
        assert sample.page.content.startswith("News\n\nSyria and Russia")
        assert "Damascus – Syrian Minister" in sample.page.content
        assert sample.page.content.endswith("Back to top button\n")
        assert newsmodel.read(sample.page.content, url=sample.page.url) == sample.truth

    @pytest.mark.parametrize("language", ["xx", "EN"])
    def test_rejects_unknown_language(self, language: str) -> None:
        with pytest.raises(ValueError, match="language"):
            text_pages(language=language).example()


def read_listing(sample: PageSample[Listing]) -> Listing:
    with warnings.catch_warnings():
        warnings.simplefilter("error", newsmodel.ReadWarning)
        return newsmodel.read_listing(sample.page.content, url=sample.page.url)


def check_listing(sample: PageSample[Listing], *, exact_text: bool = True) -> None:
    truth = sample.truth
    read = read_listing(sample)
    why = explain(sample)
    assert read.kind is truth.kind, why
    assert (read.title, read.url, read.feed_url) == (truth.title, truth.url, truth.feed_url), why
    assert read.language == truth.language, why
    assert same_minute(read.updated, truth.updated), why
    assert len(read.items) == len(truth.items), why
    for got, wanted in zip(read.items, truth.items, strict=True):
        assert got.url == wanted.url, why
        assert same_minute(got.date_published, wanted.date_published), why
        assert [a.name for a in got.authors] == [a.name for a in wanted.authors], why
        assert got.keywords == wanted.keywords, why
        assert [i.url for i in got.images] == [i.url for i in wanted.images], why
        assert f1(body_text(got.body), body_text(wanted.body)) >= 0.95, why
        if exact_text:
            assert got.headline == wanted.headline, why
            assert got.description == wanted.description, why
    assert read.entries == truth.entries, why
    assert read.sitemaps == truth.sitemaps, why


class TestFeeds:
    """Each feed and sitemap template reads back to its listing, without a warning."""

    @pytest.mark.parametrize("template", list(feed_templates.TEMPLATES))
    def test_reads_back(self, template: str) -> None:
        @EXAMPLES
        @given(feed_pages(kinds=[template]))
        def reads_back(sample: PageSample[Listing]) -> None:
            assert sample.page.template == template
            check_listing(sample)

        reads_back()

    @EXAMPLES
    @given(feed_pages(printable=False))
    def test_reads_any_text_back(self, sample: PageSample[Listing]) -> None:
        check_listing(sample)

    @EXAMPLES
    @given(feed_pages(kinds=[ListingKind.RSS], language="ar", max_items=2))
    def test_knobs(self, sample: PageSample[Listing]) -> None:
        assert sample.page.template in ("rss-wordpress", "rss-newspaper")
        assert sample.page.media_type == "application/rss+xml"
        assert len(sample.truth.items) <= 2
        assert sample.truth.language in ("ar", "ar-SY")

    def test_rejects_unknown_kinds(self) -> None:
        with pytest.raises(ValueError, match=r"kinds must be some of .*, not 'rdf'"):
            feed_pages(kinds=["rdf"]).example()
        with pytest.raises(ValueError, match="kinds must be some of"):
            feed_pages(kinds=[ListingKind.ROBOTS_TXT]).example()

    def test_shrinks_to_a_small_readable_feed(self) -> None:
        sample = find(
            feed_pages(kinds=["rss-wordpress"], language="en", max_items=1),
            lambda sample: len(sample.truth.items) >= 1,
            settings=settings(database=None, max_examples=200),
        )
        assert len(sample.truth.items) == 1
        item = sample.truth.items[0]
        assert re.fullmatch(r"[A-Z][a-z]+( [a-z]+){2}", item.headline), item.headline
        assert item.body == ()
        assert item.authors == ()


def tree(sections: Iterable[Section]) -> list[tuple[str, ...]]:
    return [tuple(step.name for step in section.path) for section in sections]


def teasers(front: Front) -> list[tuple[str, str | None, tuple[object, ...]]]:
    return [(t.article.headline, t.article.url, t.flags) for t in front.teasers]


class TestFronts:
    """The front reader reads each front template back to its front."""

    @pytest.mark.parametrize("template", list(front_templates.TEMPLATES))
    def test_reads_back(self, template: str) -> None:
        @EXAMPLES
        @given(front_pages(templates=[template]))
        def reads_back(sample: PageSample[Front]) -> None:
            page, truth = sample
            read = newsmodel.read_front(page.content, url=page.url)
            why = explain(sample)
            assert read.portal is not None, why
            assert truth.portal is not None
            assert (read.portal.name, read.portal.tagline) == (
                truth.portal.name,
                truth.portal.tagline,
            ), why
            assert tree(read.portal.sections) == tree(truth.portal.sections), why
            assert read.section == truth.section, why
            assert teasers(read) == teasers(truth), why
            assert [t.article.description for t in read.teasers] == [
                t.article.description for t in truth.teasers
            ], why
            assert [(b.heading, b.section, len(b.teasers)) for b in read.blocks] == [
                (b.heading, b.section, len(b.teasers)) for b in truth.blocks
            ], why
            assert (read.next_page, read.previous_page) == (truth.next_page, truth.previous_page)
            assert read.feeds == truth.feeds, why
            assert read.language == truth.language, why

        reads_back()

    @EXAMPLES
    @given(front_pages(templates=["wordpress"], furniture=[Furniture.RAIL], max_blocks=2))
    def test_wordpress_widgets(self, sample: PageSample[Front]) -> None:
        """The Recent Posts widget (bare links in the sidebar) is a block of teasers."""
        read = newsmodel.read_front(sample.page.content, url=sample.page.url)
        assert teasers(read) == teasers(sample.truth), explain(sample)
        assert [b.heading for b in read.blocks] == [b.heading for b in sample.truth.blocks]

    @settings(max_examples=20, deadline=None)
    @given(front_pages(furniture=[Furniture.RAIL]))
    def test_furniture_lists_the_rail(self, sample: PageSample[Front]) -> None:
        assert sample.page.furniture == {Furniture.NAVIGATION, Furniture.RAIL, Furniture.FOOTER}
        assert any(b.section is None and b.heading for b in sample.truth.blocks)

    def test_furniture_a_front_cannot_have_is_named(self) -> None:
        with pytest.raises(ValueError, match=r"furniture must be some of .* not 'comments'"):
            front_pages(furniture=["comments"])
        with pytest.raises(ValueError, match="cannot go together"):
            front_pages(furniture=["rail"], max_blocks=1)

    @EXAMPLES
    @given(front_pages(printable=False))
    def test_reads_any_text(self, sample: PageSample[Front]) -> None:
        """Arbitrary text never crashes the reader, and what it reads as teasers are
        teasers: a headline of one or two arbitrary words reads as a block heading,
        which no reader could tell apart."""
        try:
            read = newsmodel.read_front(sample.page.content, url=sample.page.url)
        except newsmodel.ReadError as error:
            refused = str(error)
        else:
            refused = ""
            assert set(teasers(read)) <= set(teasers(sample.truth)), explain(sample)
        assert not refused or "shows no teasers" in refused, explain(sample)

    @EXAMPLES
    @given(front_pages(templates=["newspaper"], language="de", max_blocks=2, max_teasers=2))
    def test_knobs(self, sample: PageSample[Front]) -> None:
        assert sample.page.template == "newspaper"
        assert sample.page.media_type == "text/html"
        assert len(sample.truth.blocks) <= 2
        assert all(len(block.teasers) <= 2 for block in sample.truth.blocks)
        assert sample.truth.language in ("de", "de-DE")

    def test_shrinks_to_a_small_readable_front(self) -> None:
        sample = find(
            front_pages(templates=["newspaper"], language="en", max_blocks=2, max_teasers=2),
            lambda sample: any(t.flags for t in sample.truth.teasers),
            settings=settings(database=None, max_examples=300),
        )
        assert len(sample.truth.teasers) == 1
        (teaser,) = sample.truth.teasers
        assert re.fullmatch(r"[A-Z][a-z]+( [a-z]+){2}", teaser.article.headline)
        assert teaser.flags == (newsmodel.TeaserFlag.LIVE,)

    def test_rejects_unknown_templates(self) -> None:
        with pytest.raises(ValueError, match=r"templates must be some of .*'drupal'"):
            front_pages(templates=["drupal"]).example()
        with pytest.raises(ValueError, match="max_teasers must be a whole number, 1 or"):
            front_pages(max_teasers=0).example()

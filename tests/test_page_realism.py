"""The page strategies draw pages the way real portals vary: chrome in the page's language,
menus of their own, dates from the whole archive, and failing examples explained cheaply."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from drawing import draw_many
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from newsmodel._portal_page_strategies import feed_pages, front_pages, text_pages
from newsmodel._synthetic import text_capture
from newsmodel._synthetic.markup import menu_names
from newsmodel._urls import bare_address
from newsmodel._vocabulary import LANGUAGES
from newsmodel.strategies import LANGUAGE_TAGS, Furniture, article_pages, datetimes

# Labels the templates once wrote in English on every page, whatever its language.
ENGLISH_CHROME = (
    "Recent Posts",
    "Subscribe",
    "Share this",
    "Posted on",
    "Posted in",
    "thoughts on",
    "says:",
    ">Reply<",
    "Leave a Reply",
    "Most read",
    "Read more",
    "All rights reserved",
    "Proudly powered",
    "We use cookies",
    "Accept all",
    "Sign up",
    "Copy link",
    "E-mail this story",
    "Printer-friendly",
    "View the full site",
    "enable JavaScript",
    "Back to top",
    "Older posts",
    "Skip to content",
    "Category:",
    "Your News Portal",
    "News that matters",
    "Independent since",
    "Top stories",
    "Comments Feed",
    " and <",
    "January",
    "February",
)
OTHER_LANGUAGES = [tag for tag in LANGUAGE_TAGS if tag != "en"]


def english_chrome(content: str) -> list[str]:
    return [label for label in ENGLISH_CHROME if label in content]


class TestChromeIsInThePageLanguage:
    """Every label around the story is in the page's language, not English."""

    @pytest.mark.parametrize("language", OTHER_LANGUAGES)
    def test_article_pages(self, language: str) -> None:
        pages = draw_many(
            article_pages(
                language=language,
                templates=["wordpress", "newspaper", "table", "amp"],
                furniture=[f for f in Furniture if f not in (Furniture.RAIL,)],
            ),
            15,
        )
        pages += draw_many(article_pages(language=language, templates=["jsonld-only"]), 3)
        for page, _ in pages:
            assert english_chrome(page.content) == [], (page.template, page.content[:3000])

    @pytest.mark.parametrize("language", OTHER_LANGUAGES)
    def test_text_front_and_feed_pages(self, language: str) -> None:
        pages = draw_many(text_pages(language=language, furniture=text_capture.FURNITURE), 10)
        pages += draw_many(front_pages(language=language), 10)
        pages += draw_many(feed_pages(language=language, kinds=["rss-wordpress", "atom"]), 5)
        for page, _ in pages:
            assert english_chrome(page.content) == [], (page.template, page.content[:3000])


class TestMenus:
    """A menu is drawn: how many sections, which, in what order; the article's own
    section is always among them."""

    def test_plain_menu_is_the_commonest_sections(self) -> None:
        assert menu_names(LANGUAGES["en"].sections, 0, None) == LANGUAGES["en"].sections[:7]

    @pytest.mark.parametrize("language", LANGUAGE_TAGS)
    def test_menus_vary_and_hold_the_articles_section(self, language: str) -> None:
        pool = LANGUAGES[language].sections
        assert len(pool) >= 18
        menus = {menu_names(pool, number, pool[-1]) for number in range(1, 60)}
        assert len(menus) > 50
        assert len({len(names) for names in menus}) > 5
        assert all(pool[-1] in names for names in menus)
        assert all(len(set(names)) == len(names) for names in menus)

    def test_article_pages_show_drawn_menus(self) -> None:
        pages = draw_many(
            article_pages(language="en", templates=["wordpress"], furniture=["navigation"]), 40
        )
        menus = {
            tuple(re.findall(r'<li class="menu-item"><a href="[^"]*">([^<]*)</a>', page.content))
            for page, _ in pages
        }
        assert len(menus) > 10

    def test_front_menus_have_many_top_sections(self) -> None:
        fronts = draw_many(front_pages(language="de"), 40)
        tops = {len(truth.portal.top_sections) for _, truth in fronts if truth.portal}
        assert max(tops) > 5


def test_related_links_never_point_at_the_page_itself() -> None:
    """Related blocks list other stories; the smallest drawn article once linked its own
    address, which a reader rightly leaves out, so the truth and the page disagreed."""
    samples = draw_many(article_pages(language="en", furniture=["related"]), 60)
    for page, truth in samples:
        own = bare_address(page.url)
        assert all(bare_address(link.url or "") != own for link in truth.related), page.url


class TestDatesSpread:
    """Dates span the archive (1995 to today), at any minute, in many offsets."""

    def test_moments(self) -> None:
        moments = draw_many(datetimes(), 300)
        assert len({moment.year for moment in moments}) > 25
        assert len({moment.hour for moment in moments}) == 24
        assert len({moment.minute for moment in moments}) > 50
        offsets = {moment.utcoffset() for moment in moments}
        assert len(offsets) > 20
        assert any(offset and offset.seconds % 3600 for offset in offsets)  # half hours

    def test_article_pages(self) -> None:
        dates = [
            truth.date_published
            # 240, not 120: the first 120 of the sample differ with the tests run before
            # (between 9 and 11 years among some 40 dated pages), the 240 do not
            for _, truth in draw_many(article_pages(templates=["wordpress"]), 240)
            if truth.date_published is not None
        ]
        # Hypothesis repeats a value now and then: counted once each
        distinct = set(dates)
        assert len({date.year for date in distinct}) > 10
        assert sum(date.year == 1995 for date in distinct) < len(distinct) / 5
        assert max(dates, key=_day).year <= dt.date.today().year
        times = {date for date in distinct if isinstance(date, dt.datetime)}
        assert len({moment.hour for moment in times}) > len(times) / 2

    def test_table_pages_show_the_day_only(self) -> None:
        for page, truth in draw_many(article_pages(templates=["table"]), 30):
            if truth.date_published is not None:
                assert type(truth.date_published) is dt.date, page.content


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


class TestExplainPhaseIsCheap:
    """A failing property over pages is explained with few extra runs: the strategies
    draw with composites, whose parts Hypothesis's explain phase does not vary one by
    one (it did with tuples() and builds(), re-running the test hundreds of times)."""

    @pytest.mark.parametrize(
        ("pages", "longest"),
        [
            (article_pages(language="en"), 1500),
        ],  # captures and fronts draw in composites too; shrinking one takes minutes
        ids=["article_pages"],
    )
    def test_few_runs_past_shrinking(self, pages: st.SearchStrategy[Any], longest: int) -> None:
        """A property that some pages pass and others fail (they are too long)."""

        def runs(phases: tuple[Phase, ...]) -> int:
            calls = 0

            @settings(
                max_examples=50,
                database=None,
                derandomize=True,
                deadline=None,
                phases=phases,
                suppress_health_check=list(HealthCheck),
            )
            @given(pages)
            def fails_often(sample: Any) -> None:
                nonlocal calls
                calls += 1
                assert len(sample.page.content) < longest

            with pytest.raises(AssertionError):
                fails_often()
            return calls

        shrunk = runs((Phase.generate, Phase.shrink))
        explained = runs((Phase.generate, Phase.shrink, Phase.explain))
        assert explained - shrunk <= 20

"""Days a page shows but does not mark up: only unambiguous forms are read."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest

import newsmodel
from newsmodel._dates import parse_day
from newsmodel._html import parse_html
from newsmodel.readers.html import visible_dates
from newsmodel.readers.html.visible_dates import (
    _CASE_ODD,
    _UPDATE_CORES,
    ShownDays,
    day_in_url,
    publication_time,
)

DAY = dt.date(2025, 9, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published September 4, 2025", DAY),
        ("By Jane Roe | Sept. 4th, 2025 at 10:00", DAY),
        ("4 September 2025", DAY),
        ("04.09.2025, 08:30", DAY),
        ("Updated 2025-09-04", DAY),
        ("Publié le 4 septembre 2025 à 10h00", DAY),
        ("Veröffentlicht am 4. September 2025", DAY),
        ("03/04/2025", None),  # March 4 or 3 April: not read
        ("February 30, 2025", None),
        ("Posted in News", None),
    ],
)
def test_parse_day(text: str, expected: dt.date | None) -> None:
    assert parse_day(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2025/09/04/talks-in-damascus/", DAY),
        ("https://news.example/world/2025-09-04-talks", DAY),
        ("https://news.example/2025/septembre/04/pourparlers/", DAY),
        ("https://news.example/world/talks-2025", None),
        ("https://news.example/2025/13/04/x", None),
        (None, None),
    ],
)
def test_day_in_url(url: str | None, expected: dt.date | None) -> None:
    assert day_in_url(url) == expected


def test_markup_wins_over_the_visible_page() -> None:
    html = (
        "<html><head><title>T</title>"
        '<meta property="article:published_time" content="2025-09-05T08:00:00+00:00"></head>'
        '<body><span class="post-date">September 4, 2025</span></body></html>'
    )
    assert newsmodel.read(html).date_published == dt.datetime(
        2025, 9, 5, 8, tzinfo=dt.timezone.utc
    )


def test_byline_day_when_markup_has_none() -> None:
    html = (
        "<html><head><title>T</title></head>"
        '<body><p class="byline">Sept. 4, 2025</p></body></html>'
    )
    assert newsmodel.read(html, url="https://news.example/a").date_published == DAY


@pytest.mark.parametrize(
    "line",
    ["4 de septiembre de 2025", "4 сентября 2025", "Publié le 4 septembre 2025", "٤ أيلول ٢٠٢٥"],
)
def test_a_dateline_in_another_language(line: str) -> None:
    html = f'<html><head><title>T</title></head><body><p class="date">{line}</p></body></html>'
    assert newsmodel.read(html, url="https://news.example/a").date_published == DAY


def _page(body: str) -> str:
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


class TestShownDays:
    """A page without date markup still gives the days it shows near its headline."""

    def test_a_bare_date_under_the_headline(self) -> None:
        html = _page("<h1>Ferry back</h1><div><svg></svg><p>September 4, 2025</p></div>")
        assert newsmodel.read(html).date_published == DAY

    def test_a_posted_on_line_anywhere(self) -> None:
        filler = "".join(f"<div><span>item {i}</span></div>" for i in range(80))
        html = _page(f"<h1>Ferry back</h1>{filler}<span>Posted on September 4, 2025</span>")
        assert newsmodel.read(html).date_published == DAY

    def test_a_date_in_running_text_is_not_a_publication_day(self) -> None:
        filler = "".join(f"<div><span>item {i}</span></div>" for i in range(80))
        html = _page(f"<h1>Ferry back</h1>{filler}<p>The pier closed on September 4, 2025.</p>")
        assert newsmodel.read(html).date_published is None

    def test_an_update_is_read_as_the_modified_day(self) -> None:
        html = _page('<h1>Ferry back</h1><p class="post-date">Updated: Sept. 4, 2025</p>')
        article = newsmodel.read(html)
        assert (article.date_published, article.date_modified) == (None, DAY)

    def test_published_and_updated_in_one_line(self) -> None:
        html = _page(
            '<h1>Ferry back</h1><p class="meta">Published 2 Sept 2025 · Updated 4 Sept 2025</p>'
        )
        article = newsmodel.read(html)
        assert (article.date_published, article.date_modified) == (dt.date(2025, 9, 2), DAY)


class TestWrittenDatesInMarkup:
    """Dates that markup writes in words are read to the day, never guessed further."""

    def test_jsonld_written_date(self) -> None:
        html = (
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Ferry back", "datePublished": "Sep 4, 2025"}</script></head>'
            "<body></body></html>"
        )
        assert newsmodel.read(html).date_published == DAY

    def test_site_specific_meta_name(self) -> None:
        html = (
            '<html><head><title>T</title><meta name="w-published-date" content="2025-09-04">'
            '<meta name="published-time" content="2026-01-01T00:00:00Z"></head></html>'
        )
        assert newsmodel.read(html).date_published == DAY  # the earliest of the two


def test_day_in_url_with_a_month_name() -> None:
    assert day_in_url("https://news.example/2025/september/04/ferry") == DAY


class TestRestampedMarkup:
    """A publication date that markup re-stamps gives way to a steadier one, kept in extra."""

    def test_the_url_day_beats_a_later_markup_date(self) -> None:
        html = (
            "<html><head><title>T</title>"
            '<meta property="article:published_time" content="2026-02-16T10:00:00+00:00">'
            "</head><body></body></html>"
        )
        article = newsmodel.read(html, url="https://news.example/2025/09/04/ferry/")
        assert article.date_published == DAY
        assert article.extra["datePublished"] == "2026-02-16T10:00:00+00:00"

    def test_a_url_day_a_few_hours_off_changes_nothing(self) -> None:
        html = (
            "<html><head><title>T</title>"
            '<meta property="article:published_time" content="2025-09-05T01:00:00+00:00">'
            "</head><body></body></html>"
        )
        article = newsmodel.read(html, url="https://news.example/2025/09/04/ferry/")
        assert article.date_published == dt.datetime(2025, 9, 5, 1, tzinfo=dt.timezone.utc)

    def test_the_dateline_beats_markup_stamped_with_its_last_edit(self) -> None:
        stamp = "2026-01-10T08:00:00+00:00"
        html = (
            '<html><head><script type="application/ld+json">{"@type": "BlogPosting", '
            f'"headline": "T", "datePublished": "{stamp}", "dateModified": "{stamp}"}}'
            '</script></head><body><h1>T</h1><p class="post-date">September 4, 2025</p>'
            "</body></html>"
        )
        article = newsmodel.read(html)
        assert article.date_published == DAY
        assert article.extra["datePublished"] == stamp

    def test_markup_with_a_separate_edit_date_is_trusted(self) -> None:
        html = (
            '<html><head><script type="application/ld+json">{"@type": "BlogPosting", '
            '"headline": "T", "datePublished": "2026-01-10T08:00:00+00:00", '
            '"dateModified": "2026-01-12T08:00:00+00:00"}</script></head>'
            '<body><h1>T</h1><p class="post-date">September 4, 2025</p></body></html>'
        )
        assert newsmodel.read(html).date_published == dt.datetime(
            2026, 1, 10, 8, tzinfo=dt.timezone.utc
        )


class TestUpdateLabels:
    """A date labelled as an update, in its own text or just before it, is not published."""

    def test_label_before_the_date_element(self) -> None:
        html = _page(
            '<h1>Ferry back</h1><p>Last updated on <span class="date">Sept 4, 2025</span></p>'
        )
        article = newsmodel.read(html)
        assert (article.date_published, article.date_modified) == (None, DAY)

    def test_time_labelled_as_an_update_is_passed_over(self) -> None:
        html = _page(
            '<h1>Ferry back</h1><p>Last updated: <time datetime="2026-01-12">Jan 12</time></p>'
            '<p>Posted <time datetime="2025-09-04">Sept 4</time></p>'
        )
        assert newsmodel.read(html).date_published == DAY

    def test_time_after_the_headline_beats_one_in_a_sidebar_before_it(self) -> None:
        html = _page(
            '<aside><time datetime="2024-01-31">Jan 31</time></aside>'
            '<h1>Ferry back</h1><p><time datetime="2025-09-04">Sept 4</time></p>'
        )
        assert newsmodel.read(html).date_published == DAY


def _shown(body: str, head: str = "<title>T</title>") -> ShownDays:
    return ShownDays(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"))


class TestNearAHeadlineInBold:
    """A page without an ``<h1>`` shows its day near the element showing its headline,
    on a line of its own between ``<br>`` where the byline beside it is long."""

    BYLINE = "By SANA, Peter Rahman and Agence France-Presse"

    @staticmethod
    def published(meta: str) -> dt.date | None:
        body = (
            '<table><tr><td><font size="5"><b>Harbour votes to mend the pier</b></font><br>'
            f'<font size="2">{meta}</font><br><br><font>The board met.</font></td></tr></table>'
        )
        tree = parse_html(f"<html><body>{body}</body></html>")
        return ShownDays(tree, ("Harbour votes to mend the pier",)).published

    def test_a_day_in_words_under_a_long_byline(self) -> None:
        assert self.published(f"{self.BYLINE}<br>4 October 2000") == dt.date(2000, 10, 4)

    @pytest.mark.parametrize("byline", ["By Jane Roe", "By Jane Roe, Daily Planet Staff Writer"])
    def test_a_day_under_a_short_byline_and_out_of_the_story(self, byline: str) -> None:
        """The text runs a short byline into the day ("By Jane RoeMay 5, 2024"): the
        lines are read apart, and neither stays in a story of ``<br><br>`` paragraphs."""
        assert self.published(f"{byline}<br>May 5, 2024") == dt.date(2024, 5, 5)
        story = "".join(f"<br><br>Paragraph {n} of the story about the pier." for n in (1, 2))
        page = (
            "<html><head><title>Harbour votes to mend the pier</title></head><body><table>"
            '<tr><td><b><font size="4">Harbour votes to mend the pier</font></b><br>'
            f'<font size="2">{byline}<br>May 5, 2024</font>{story}</td></tr></table></body></html>'
        )
        article = newsmodel.read(page, format="html")
        assert article.date_published == dt.date(2024, 5, 5)
        assert [author.name for author in article.authors] == ["Jane Roe"]
        assert article.body[0].text == "Paragraph 1 of the story about the pier."  # type: ignore[union-attr]

    def test_each_line_is_one_near_the_headline_at_most_sixty_characters_long(self) -> None:
        assert self.published(f"{self.BYLINE} 4 October 2000") is None
        assert self.published(f"{self.BYLINE}<br>{'On the quay ' * 5}4 October 2000") is None


class TestDateLines:
    """An element's date line is its whole text, whatever the markup inside it, and the
    page is read only where a year stands: the search finds what reading every element
    found."""

    def test_a_date_split_over_child_elements(self) -> None:
        assert _shown("<p>Posted on 1 Jan 20<b>2</b>4</p>").published == dt.date(2024, 1, 1)

    def test_a_container_is_no_line_but_its_children_are_read(self) -> None:
        items = "".join(f"<span>{n}</span>" for n in range(8))
        assert _shown(f"<div>{items}<span>1 Jan 2024</span></div>").published == dt.date(
            2024, 1, 1
        )
        small = "<div><span>1 Jan</span> <span>2024</span></div>"
        assert _shown(small).published == dt.date(2024, 1, 1)  # 2 children: one line
        big = f"<div>{items}<span>1 Jan</span> <span>2024</span></div>"
        assert _shown(big).published is None  # 10 children: the date is in no line

    def test_hidden_texts_are_no_lines_but_part_of_their_parents(self) -> None:
        prose = "<p>The ferry service to the islands resumed this week. " * 3 + "</p>"
        script = "<script>var d = '1 Jan 2024';</script>"
        assert _shown(f"<div>{script}{prose}</div>").published is None
        assert _shown(f"<div>{script}</div>{prose}").published == dt.date(2024, 1, 1)
        assert _shown(prose, head="<title>1 Jan 2024</title>").published == dt.date(2024, 1, 1)

    def test_the_first_of_thousands_of_dates(self) -> None:
        days = "".join(f"<p>{n % 28 + 1} Jan 2024</p>" for n in range(3000))
        shown = _shown(days)
        assert (shown.published, shown.updated) == (dt.date(2024, 1, 1), None)


class TestUpdateLabelsOnce:
    """The page is searched for an "Updated" label once: without one, no date is read as
    an update and no sibling is read; with one, each date's look-back is read as before."""

    def test_a_label_in_a_preceding_sibling(self) -> None:
        shown = _shown("<p><b>Updated:</b> <span>2 Jan 2024</span></p>")
        assert (shown.published, shown.updated) == (None, dt.date(2024, 1, 2))

    def test_a_label_split_over_siblings(self) -> None:
        shown = _shown("<p><b>Upd</b><i>ated</i> <span>2 Jan 2024</span></p>")
        assert (shown.published, shown.updated) == (None, dt.date(2024, 1, 2))

    def test_a_label_far_away_labels_nothing_here(self) -> None:
        days = "".join(f"<p>{n % 28 + 1} Jan 2024</p>" for n in range(50))
        shown = _shown(f"{days}<p>Updated</p>")
        assert (shown.published, shown.updated) == (dt.date(2024, 1, 1), None)

    def test_a_label_split_by_white_space_in_its_line(self) -> None:
        shown = _shown('<p class="date">Publié 1.1.2024, mis\n à\u00a0jour 2.1.2024</p>')
        assert (shown.published, shown.updated) == (dt.date(2024, 1, 1), dt.date(2024, 1, 2))

    @pytest.mark.parametrize("label", ["modİfied", "ModIfied", "reviſed", "updated"])
    def test_labels_in_any_case(self, label: str) -> None:
        shown = _shown(f"<p>{label} <span>2 Jan 2024</span></p>")
        assert shown.updated == dt.date(2024, 1, 2)

    @pytest.mark.parametrize(
        "body",
        [
            "<p>1 Jan 2024</p><p><b>Updated:</b> <span>2 Jan 2024</span></p>",
            "<p>1 Jan 2024</p><p>2 Jan 2024</p>",
            '<p>Updated</p><p>1 Jan 2024</p><p class="date">Updated 2 Jan 2024</p>',
        ],
    )
    def test_lines_read_again_give_the_days_lines_kept_give(
        self, body: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        kept = _shown(body)
        expected = (kept.published, kept.updated)
        monkeypatch.setattr(visible_dates, "_KEPT_LINES", 0)
        again = _shown(body)
        assert (again.published, again.updated) == expected

    def test_the_searched_elements_own_look_back_reaches_outside_it(self) -> None:
        tree = parse_html("<html><head><title>Updated</title></head><body>2 Jan 2024</body>")
        shown = ShownDays(tree.body)
        assert (shown.published, shown.updated) == (None, dt.date(2024, 1, 2))

    def test_odd_case_letters_are_listed(self) -> None:
        """Every letter ``re.IGNORECASE`` takes for one of the labels' letters lower-cases
        to it, or is one of ``_CASE_ODD``, which the page is searched for as they are."""
        letters = {letter for core in _UPDATE_CORES for letter in core}
        pattern = re.compile(f"[{''.join(sorted(letters))}]", re.IGNORECASE)
        odd = {
            character
            for character in map(chr, range(sys.maxunicode + 1))
            if pattern.fullmatch(character) and character.lower() not in letters
        }
        assert odd == set(_CASE_ODD)


def test_a_time_labelled_as_an_update_before_the_headline_is_passed_over() -> None:
    tree = parse_html(
        "<html><body><p>Updated <time>2 Jan 2024</time></p><p><time>1 Jan 2024</time></p>"
        "<p><time>3 Jan 2024</time></p><h1>T</h1><p>Updated: <time>4 Jan 2024</time></p>"
        "</body></html>"
    )
    time = publication_time(tree)
    assert time is not None
    assert time.text == "1 Jan 2024"


class TestDatesBesideTheStory:
    """Dates in related blocks, teasers and comment lists are never the article's."""

    @pytest.mark.parametrize(
        "block",
        [
            '<aside aria-label="Related articles"><ul><li><a href="/b">Fishermen return'
            ' home</a> <time datetime="2020-01-05">2020-01-05</time></li></ul></aside>',
            '<div class="related-posts"><a href="/b">Fishermen return home</a>'
            '<span class="date">January 5, 2020</span></div>',
            '<ol class="comment-list"><li><p class="comment-meta">'
            '<time datetime="2020-01-05T10:00:00+00:00">Jan 5</time></p><p>Nice.</p></li></ol>',
            '<nav class="nav-previous"><a href="/b">Fishermen return home</a>'
            "<p>Posted on January 5, 2020</p></nav>",
        ],
    )
    def test_a_dated_block_after_the_story(self, block: str) -> None:
        html = _page(f"<article><h1>Ferry back</h1><p>Ships came back.</p>{block}</article>")
        article = newsmodel.read(html, url="https://news.example/a")
        assert (article.date_published, article.date_modified) == (None, None)

    def test_the_story_s_own_date_is_read_beside_one(self) -> None:
        html = _page(
            '<h1>Ferry back</h1><p class="meta"><time datetime="2025-09-04">Sept. 4</time></p>'
            '<aside class="related"><a href="/b">Fishermen return home</a>'
            '<time datetime="2020-01-05">2020-01-05</time></aside>'
        )
        assert newsmodel.read(html).date_published == DAY

    def test_an_aside_holding_the_story_s_date_is_read(self) -> None:
        """Templates put the story's date card in an ``<aside>``: the tag alone says
        nothing."""
        html = _page(
            '<article><h1>Ferry back</h1><aside class="card"><time datetime="2025-09-04">'
            "September 4, 2025</time></aside><p>Ships came back.</p></article>"
        )
        assert newsmodel.read(html).date_published == DAY

    def test_a_wrapper_named_related_around_the_headline_is_the_story(self) -> None:
        html = _page(
            '<div class="post has-related"><h1>Ferry back</h1>'
            '<p class="date">September 4, 2025</p></div>'
        )
        assert newsmodel.read(html).date_published == DAY

    def test_newsmodel_s_own_page_with_a_dated_related_link(self) -> None:
        related = newsmodel.Related(
            "Fishermen return to the old quay",
            "https://ex.org/news/other",
            date=dt.datetime(2020, 1, 5, 8, tzinfo=dt.timezone.utc),
        )
        comment = newsmodel.Comment(
            "Good news.", id="c1", date=dt.datetime(2021, 2, 2, 10, tzinfo=dt.timezone.utc)
        )
        written = newsmodel.Article(
            "Harbour reopens to cargo after rebuild",
            url="https://ex.org/news/story",
            related=[related],
            comments=[comment],
        )
        back = newsmodel.read(newsmodel.write(written, "html"), url=written.url)
        assert (back.date_published, back.date_modified) == (None, None)

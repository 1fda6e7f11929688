"""Where a plain-text page's blocks begin and end: blank lines, and line breaks that are
no wrap (a browser's copy puts each paragraph, menu item and button on a line)."""

from __future__ import annotations

import newsmodel
from newsmodel import Article, ListBlock, Paragraph, Quote
from newsmodel._textblocks import page_blocks


class TestLinesOfTheirOwn:
    """Lines that are no wrap of one text are blocks of their own."""

    def test_paragraphs_a_line_each(self) -> None:
        first = "The council approved the plans on Tuesday after a four-hour meeting."
        second = "Work is expected to begin next summer, the developer said."
        assert page_blocks(f"Headline\n\n{first}\n{second}\n") == ["Headline", first, second]

    def test_menu_items_a_line_each_are_a_menu(self) -> None:
        page = "The Valley Courier\n\nNews\nSport\nWhat's On\nJobs\n\nHeadline"
        assert page_blocks(page) == [
            "The Valley Courier",
            "News · Sport · What's On · Jobs",
            "Headline",
        ]

    def test_the_sites_name_over_the_menus_home_is_no_item(self) -> None:
        page = "Skip to content\nNorthfield Gazette\nHome\nNews\nSport\n\nHeadline"
        assert page_blocks(page)[:3] == [
            "Skip to content",
            "Northfield Gazette",
            "Home · News · Sport",
        ]

    def test_items_under_a_heading_are_its_own(self) -> None:
        page = "Headline\n\nCopy.\n\nTags\nCouncil\nHousing\nFlooding"
        assert page_blocks(page)[2:] == ["Tags", "Council", "Housing", "Flooding"]

    def test_footer_links_after_the_rights_line_are_a_menu(self) -> None:
        page = "Headline\n\nCopy.\n\n© 2025 El Diario\nAviso legal\nPrivacidad\nCookies"
        assert page_blocks(page)[2:] == ["© 2025 El Diario", "Aviso legal · Privacidad · Cookies"]

    def test_a_line_shorter_than_the_page_width_ends_there(self) -> None:
        long = " ".join(["A long paragraph of copy that runs on well past a wrap."] * 3)
        page = f"Headline\n\n{long}\n\nThe Valley Courier\nServing the Vale since 1854"
        assert page_blocks(page)[-2:] == ["The Valley Courier", "Serving the Vale since 1854"]

    def test_a_name_over_its_tagline_on_a_page_of_one_line_paragraphs(self) -> None:
        """The masthead is the page's only block of two lines: its own lines give no wrap
        width where the page's paragraphs, a line each, are far wider."""
        story = "The harbour reopened on Monday after a rebuild that took two years, it said."
        page = f"Harbour Weekly News\nRegional paper since 1921\n\nHeadline\n\n{story}"
        assert page_blocks(page)[:2] == ["Harbour Weekly News", "Regional paper since 1921"]


class TestOneText:
    """Hard-wrapped lines, lists, quotes and a byline carried over are one block."""

    def test_a_hard_wrapped_paragraph(self) -> None:
        page = (
            "Headline\n\nThe northern harbour reopened to cargo traffic on Monday after a\n"
            "two-year rebuild, the transport ministry said. The first ship docked\n"
            "shortly after dawn."
        )
        assert page_blocks(page)[1].endswith("said. The first ship docked shortly after dawn.")

    def test_a_paragraph_wrapped_by_hand(self) -> None:
        page = (
            "Headline\n\nThe harbour reopened on Monday after a two-year rebuild that\n"
            "cost far more than planned, the transport\nministry said.\n\n"
            "A long paragraph of copy that runs on well past the width of any wrap at all, "
            "on and on, so that the page's widest line is far wider than the one above."
        )
        assert page_blocks(page)[1] == (
            "The harbour reopened on Monday after a two-year rebuild that cost far more "
            "than planned, the transport ministry said."
        )

    def test_a_list_and_a_quote_as_the_writer_writes_them(self) -> None:
        page = "Headline\n\n1. One item\n2. Two items\n\n    Quoted words.\n    — Jane Roe"
        assert page_blocks(page) == [
            "Headline",
            "1. One item 2. Two items",
            "Quoted words. — Jane Roe",
        ]

    def test_names_carried_over_to_the_next_line(self) -> None:
        assert page_blocks("Headline\n\nBy Jane Roe and\nJohn Smith")[1] == (
            "By Jane Roe and John Smith"
        )

    def test_a_topics_link_among_a_menus_links_is_no_tags_heading(self) -> None:
        assert page_blocks("Headline\n\nAbout us\nTopics\nProjects\nPress")[1] == (
            "About us · Topics · Projects · Press"
        )
        assert page_blocks("Headline\n\nTopics\nHarbour\nFerries\nWeather")[1:] == [
            "Topics",
            "Harbour",
            "Ferries",
            "Weather",
        ]


def test_the_writer_unwraps_a_paragraph_its_width_breaks_only_after_sentences() -> None:
    text = "Talks went on for hours today. Ships waited."
    article = Article("Harbour talks go on", body=[Paragraph(text)])
    written = newsmodel.write(article, "text", width=32)
    assert text in written.splitlines()
    assert newsmodel.read(written).body == (Paragraph(text),)


def test_the_writer_keeps_lists_and_quotes_wrapped() -> None:
    article = Article(
        "Harbour talks go on",
        body=[
            Paragraph("Talks went on."),
            ListBlock(["First item of a list that wraps at a narrow width", "Second"]),
            Quote("We will rebuild the harbour within the year.", citation="Jane Roe"),
        ],
    )
    written = newsmodel.write(article, "text", width=30)
    assert max(map(len, written.splitlines())) <= 30


def test_titles_under_a_lists_heading_are_a_line_each() -> None:
    """Round 8: two titles under "Related", the first the page's widest line, are two
    titles, not one wrapped; a wrapped paragraph that ends a sentence stays one."""
    text = (
        "Related\n\nقطر تطلق برنامجاً لجذب شركات التكنولوجيا المالية\n"
        "البحرين تمدد إعفاءات ضريبية للشركات الناشئة\n"
    )
    assert page_blocks(text)[1:] == [
        "قطر تطلق برنامجاً لجذب شركات التكنولوجيا المالية",
        "البحرين تمدد إعفاءات ضريبية للشركات الناشئة",
    ]
    wrapped = "Most read\n\nThe council met on Tuesday and\nvoted for the plan.\n"
    assert page_blocks(wrapped)[1:] == ["The council met on Tuesday and voted for the plan."]


def test_a_heading_word_among_a_menus_links_is_a_link() -> None:
    """Round 8: "Topics" after "About us" in a menu one link a line is the menu's link,
    not a heading over tags; under no site link, it heads its tags."""
    menu = "Northfield Trust\n\nAbout us\nTopics\nProjects\nPress\nShop\n"
    assert page_blocks(menu)[1:] == ["About us · Topics · Projects · Press · Shop"]
    tags = "Topics\nPeatlands\nClimate\n"
    assert page_blocks(tags) == ["Topics", "Peatlands", "Climate"]


def test_a_menu_row_spaced_out_is_a_line_of_its_own() -> None:
    """Links set apart by runs of spaces under the masthead are the menu, not the end of
    the masthead's wrapped line."""
    page = (
        "Le Courrier du Matin – Le quotidien de référence depuis 1924\n"
        "International   Politique   Économie   Planète   Culture\n\n"
        "Au Sénégal, la pêche artisanale manifeste"
    )
    assert page_blocks(page)[:2] == [
        "Le Courrier du Matin – Le quotidien de référence depuis 1924",
        "International · Politique · Économie · Planète · Culture",
    ]


def test_a_day_alone_under_a_full_line_is_a_line_of_its_own() -> None:
    """A list's title and its day under it, the title as long as the page's widest line:
    the day is the title's stamp, no wrapped text's last word."""
    title = "The harbour opens its quays to the schools during the week of the sea"
    text = f"Latest\n\nThe council meets on the quay\n02/04/2025\n\n{title}\n20/03/2025\n"
    assert page_blocks(text)[3:] == [title, "20/03/2025"]


def test_a_list_of_thousands_of_numbered_items_in_one_block() -> None:
    """One pass over the marks: a huge list block's items come back, in order, and a
    number out of turn stays in its item's text."""
    from newsmodel._textblocks import list_items

    block = "1. first" + "".join(f" {n}. item {n}" for n in range(2, 20_000))
    read = list_items(block)
    assert read is not None
    assert len(read[0]) == 19_999
    assert read[0][-1] == "item 19999"
    assert list_items("1. a 5. 2. b") == (["a 5.", "b"], True)
    assert list_items("1) A 2) B 3) C") == (["A", "B", "C"], True)

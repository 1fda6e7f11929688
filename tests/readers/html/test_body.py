"""The article body of an HTML page: which elements hold it, and how they become blocks."""

from __future__ import annotations

import attrs
import lxml.html
import pytest

from newsmodel import Figure, Heading, Image, ListBlock, Paragraph, Quote
from newsmodel._html import parse_html
from newsmodel._model import Block
from newsmodel.readers.html.body import blocks_in, extract_body

STORY = (
    "The harbour board met on Tuesday evening to settle the question of the old ferry pier, "
    "which has stood empty since the storm two winters ago.",
    "Members heard from fishermen, from the owners of the café by the slipway, and from the "
    "engineers who surveyed the timber piles last spring, before any vote was taken.",
    "In the end the board chose to repair the pier rather than pull it down, and asked the "
    "council to share the cost over the next three budgets, starting in April.",
)


def _page(body: str) -> lxml.html.HtmlElement:
    return parse_html(f"<html><head><title>Pier</title></head><body>{body}</body></html>")


def _texts(blocks: tuple[Block, ...]) -> list[str]:
    return [
        "\n".join(b.items) if isinstance(b, ListBlock) else getattr(b, "text", "") for b in blocks
    ]


def _story_html() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


class TestStoryHolders:
    """An element that would be dropped but holds most of the page is kept, judged inside."""

    def test_unclosed_menu_button_around_the_story(self) -> None:
        # the parser leaves everything after an unclosed <button> inside it
        tree = _page(
            '<header><button class="menu-button"><div><nav><a href="/">Home</a></nav>'
            f"<main><article>{_story_html()}</article></main></div></button></header>"
        )
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_story_streamed_into_a_hidden_element(self) -> None:
        tree = _page(
            '<div class="shell"><p>Loading…</p></div>'
            f'<div hidden id="S:0"><article>{_story_html()}</article></div>'
        )
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_small_hidden_element_is_still_dropped(self) -> None:
        tree = _page(
            f"<article>{_story_html()}"
            "<div hidden><p>A hidden survey asks how you liked this page.</p></div></article>"
        )
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_story_streamed_in_hidden_pieces(self) -> None:
        pieces = "".join(f'<div hidden id="S:{n}"><p>{p}</p></div>' for n, p in enumerate(STORY))
        tree = _page(f'<main><h1>Pier</h1><div class="story"></div></main>{pieces}')
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_hidden_pieces_follow_the_visible_part_of_the_story(self) -> None:
        lead = (
            "Fishermen at the harbour have waited two winters for the board to decide what "
            "becomes of the ferry pier; this week they got their answer."
        )
        pieces = "".join(f'<div hidden id="S:{n}"><p>{p}</p></div>' for n, p in enumerate(STORY))
        tree = _page(
            f'<main><article><p>{lead}</p><template id="B:0"></template></article></main>{pieces}'
        )
        assert _texts(extract_body(tree, None)) == [lead, *STORY]

    def test_hidden_menu_beside_hidden_pieces_is_still_dropped(self) -> None:
        pieces = "".join(f'<div hidden id="S:{n}"><p>{p}</p></div>' for n, p in enumerate(STORY))
        menu = '<div hidden class="drawer"><ul><li><a href="/news">News</a></li></ul></div>'
        modal = '<div aria-hidden="true" class="modal"><p>Sign in to keep reading.</p></div>'
        tree = _page(f"{menu}<main><h1>Pier</h1></main>{pieces}{modal}")
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_hidden_copy_of_a_visible_story_is_read_once(self) -> None:
        copy = "".join(f"<div hidden><p>{p}</p></div>" for p in STORY)
        tree = _page(f"<article>{_story_html()}</article>{copy}")
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_elements_hidden_by_inline_style_are_dropped(self) -> None:
        hidden = (
            '<p style="color: grey; display:none">A copy for a script to reveal later.</p>'
            '<div style="VISIBILITY: hidden"><p>Another copy no reader sees.</p></div>'
        )
        tree = _page(f"<article>{_story_html()}{hidden}</article>")
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_story_streamed_into_an_element_hidden_by_style(self) -> None:
        tree = _page(
            '<div class="shell"><p>Loading…</p></div>'
            f'<div style="display: none"><article>{_story_html()}</article></div>'
        )
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_sidebar_of_many_posts_richer_than_a_short_story_is_dropped(self) -> None:
        post = (
            "<li><a href='/live/{n}'>14:{n:02d}</a><p>Live update number {n}: the ferry "
            "timetable changes again this weekend, with late sailings cancelled because of "
            "repairs to the slipway and a crew shortage on the island route.</p></li>"
        )
        ticker = "".join(post.format(n=n) for n in range(8))
        tree = _page(
            f'<div class="main"><article>{_story_html()}</article>'
            f'<aside role="complementary"><ul class="live">{ticker}</ul></aside></div>'
        )
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_footer_of_long_disclaimers_is_still_dropped(self) -> None:
        disclaimer = (
            "This material is for general information only and does not replace the advice "
            "of a qualified professional; no warranty is given as to its accuracy."
        )
        tree = _page(
            f"<article>{_story_html()}</article>"
            f"<footer><p>{disclaimer}</p><p>{disclaimer} Past results vary.</p></footer>"
        )
        assert _texts(extract_body(tree, None)) == list(STORY)


class TestFontSoup:
    """Older pages wrap a story's lines in ``<font>`` or ``<span>``: its ``<br>`` still
    end paragraphs, and no two words are glued together."""

    def test_line_breaks_inside_a_font_wrapper_end_paragraphs(self) -> None:
        lines = "<br><br>".join(STORY)
        tree = _page(
            '<table><tr><td><a href="/">Home</a></td><td><font face="Arial" size="2">'
            f"<b>Harbour votes</b><br><br>{lines}</font></td></tr></table>"
        )
        assert _texts(extract_body(tree, None)) == ["Harbour votes", *STORY]

    def test_nested_wrappers(self) -> None:
        tree = _page(
            f'<div><font size="2"><font color="black">{STORY[0]}<br><br>{STORY[1]}</font>'
            f"<br><br>{STORY[2]}</font></div>"
        )
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_quotes_and_lists_among_the_lines_keep_the_lines(self) -> None:
        """A quote or list in the wrapper (its only blocks) does not make it the
        container: the lines between ``<br>`` around them are the story too."""
        tree = _page(
            '<table><tr><td><font face="Arial" size="5"><b>Harbour votes</b></font><br>'
            f'<font size="2">{STORY[0]}<br><br><blockquote><i>We will mend it.</i>'
            f"</blockquote>{STORY[1]}<br><br><ul><li>North pier<li>South pier</ul>"
            f"{STORY[2]}<br><br></font></td></tr></table>"
        )
        blocks = extract_body(tree, None)
        assert _texts(blocks) == [
            "Harbour votes",
            STORY[0],
            "We will mend it.",
            STORY[1],
            "North pier\nSouth pier",
            STORY[2],
        ]
        assert isinstance(blocks[2], Quote)

    def test_a_wrapper_of_few_lines_beside_its_quote_keeps_them(self) -> None:
        """Where the lines are too short to make the cell the container, the wrapper is
        the container, and its lines are read in their place beside its quote."""
        tree = _page(
            '<table><tr><td><font face="Arial" size="5"><b>Harbour votes</b></font><br>'
            '<font size="2">The pier will be mended.<br><br><img src="/pier.jpg"><br><br>'
            f"<blockquote><i>{STORY[0]}</i></blockquote>It opens in May.<br><br></font>"
            "</td></tr></table>"
        )
        blocks = extract_body(tree, "https://h.example/")
        assert _texts(blocks) == ["The pier will be mended.", "", STORY[0], "It opens in May."]
        assert blocks[1] == Figure(Image("https://h.example/pier.jpg"))
        assert isinstance(blocks[2], Quote)

    def test_a_picture_on_its_own_line_is_a_figure_with_the_line_under_it(self) -> None:
        tree = _page(
            f'<table><tr><td><font size="2">{STORY[0]}<br><br><img src="/pier.jpg" '
            'width="400"><br><font size="1">The old pier. AP Photo</font><br><br>'
            f'{STORY[1]}<br><br>Ferries <img src="/icon.gif"> run.<br><br>{STORY[2]}'
            "</font></td></tr></table>"
        )
        blocks = extract_body(tree, "https://h.example/")
        assert blocks[1] == Figure(
            Image("https://h.example/pier.jpg", caption="The old pier. AP Photo", width=400)
        )
        assert _texts(blocks) == [STORY[0], "", STORY[1], "Ferries run.", STORY[2]]

    def test_an_agency_caption_of_two_sentences_is_the_pictures(self) -> None:
        caption = (
            "Rescuers carry a passenger ashore at the old ferry pier on Tuesday, after the "
            "morning boat struck the timber piles in the fog. Reuters/Jane Doe"
        )
        tree = _page(
            f'<table><tr><td><font size="2"><ol><li>{STORY[0]}</ol><img src="/pier.jpg">'
            f'<br><font size="1">{caption}</font><br><br></font></td></tr></table>'
        )
        blocks = extract_body(tree, "https://h.example/")
        assert blocks[1:] == (Figure(Image("https://h.example/pier.jpg", caption=caption)),)

    def test_a_one_line_brief_is_the_story(self) -> None:
        tree = _page(
            '<table><tr><td><a href="/">Home</a></td><td><font size="5"><b>Pier mended</b>'
            '</font><br><font size="2">The old ferry pier is open again.<br><br></font>'
            "</td></tr></table>"
        )
        assert _texts(extract_body(tree, None)) == [
            "Pier mended",
            "The old ferry pier is open again.",
        ]

    def test_a_span_around_paragraphs_stays_the_container(self) -> None:
        tree = _page(f"<div><p>Menu</p><span>{_story_html()}</span></div>")
        assert _texts(extract_body(tree, None)) == list(STORY)


class TestLineBreaks:
    """Where the page breaks a line (a ``<br>``, a block's end) the words on either side
    stay apart, as a reader sees them."""

    def test_break_inside_a_paragraph(self) -> None:
        tree = _page(
            f"<article>{_story_html()}<p>Between 2015 and<br>2018, the pier<br>"
            "<b>closed</b> twice.</p></article>"
        )
        assert (
            _texts(extract_body(tree, None))[-1] == "Between 2015 and 2018, the pier closed twice."
        )

    def test_heading_and_paragraph_in_a_list_item(self) -> None:
        tree = _page(
            f"<article>{_story_html()}<ul><li><h3>North pier</h3><p>Repaired.</p></li></ul>"
            "</article>"
        )
        assert extract_body(tree, None)[-1] == ListBlock(["North pier Repaired."])


class TestTeaserCards:
    """A teaser's summary under its linked headline is not story text."""

    def test_cards_richer_than_the_story_do_not_make_it_look_missed(self) -> None:
        card = (
            "<li><h3><a href='/story/{n}'>Ferry story number {n}</a></h3><p>What happened "
            "next on the island route, told at length: late sailings cancelled, repairs to "
            "the slipway, a crew shortage and a timetable that changes every weekend.</p></li>"
        )
        cards = "".join(card.format(n=n) for n in range(12))
        tree = _page(
            f'<div class="column"><div class="story">{_story_html()}</div>'
            f"<div><h2>Recommended for you</h2><ul>{cards}</ul></div></div>"
        )
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_a_subheading_that_is_not_a_link_keeps_its_paragraph(self) -> None:
        tree = _page(f"<article><h2>The vote</h2>{_story_html()}</article>")
        assert _texts(extract_body(tree, None)) == ["The vote", *STORY]


class TestCardsAfterTheStory:
    """Cards side by side after the story, each a headline and a summary in a box linking
    to another page, are other stories, though the headline itself is no link."""

    def test_cards_with_a_read_more_link_are_left_out(self) -> None:
        card = (
            "<div class='card'><h3>Ferry story number {n}</h3><p>What happened next on the "
            "island route: late sailings cancelled and a timetable that changes every "
            "weekend.</p><a href='/story/{n}'>Read more</a></div>"
        )
        cards = "".join(card.format(n=n) for n in range(3))
        story = _story_html() * 3  # the cards are a small part of the container
        tree = _page(f"<article>{story}<div class='grid'>{cards}</div></article>")
        assert _texts(extract_body(tree, None)) == list(STORY) * 3

    def test_story_sections_with_links_in_their_words_stay(self) -> None:
        section = (
            "<div><h3>Part {n}</h3><p>The board's <a href='/minutes/{n}'>minutes</a> tell "
            "the rest.</p></div>"
        )
        sections = "".join(section.format(n=n) for n in range(3))
        tree = _page(f"<article>{sections}{_story_html()}</article>")
        assert len(_texts(extract_body(tree, None))) == 6 + len(STORY)


class TestHoverCards:
    """A card set inside a sentence to pop up over a name (a photo and links to the
    person's page and stories) is no part of the sentence; a picture in a paragraph
    with a link beside it stays."""

    def test_a_card_over_a_name_is_left_out_of_its_sentence(self) -> None:
        card = (
            '<span class="pop"><img src="/jo.jpg" alt=""><a href="/people/jo">Jo Marsh</a>'
            '<a href="/news/1">Harbour board elects a new chair</a>'
            '<a href="/news/2">Ferry fares to rise in spring</a></span>'
        )
        sentence = (
            f'<p>The chair, <a href="/people/jo">Jo Marsh</a>{card}, opened the meeting on '
            "Tuesday evening and asked the engineers to speak first.</p>"
        )
        tree = _page(f"<div>{sentence}{_story_html()}</div>")
        assert _texts(extract_body(tree, None))[0] == (
            "The chair, Jo Marsh, opened the meeting on Tuesday evening and asked the "
            "engineers to speak first."
        )

    def test_a_linked_picture_in_a_paragraph_stays(self) -> None:
        picture = '<span><a href="/pier.jpg"><img src="/pier.jpg" alt=""></a></span>'
        tree = _page(f"<div><p>{picture}{STORY[0]}</p>{_story_html()}</div>")
        assert _texts(extract_body(tree, None))[:2] == [STORY[0], STORY[0]]


class TestMarkupAfterTheDocument:
    """Markup written after ``</html>`` is read as part of the body."""

    def test_story_after_closing_html(self) -> None:
        html = (
            "<html><head><title>Pier</title></head><body><header><nav>"
            '<a href="/">Home</a></nav></header></body></html>'
            f'<div class="post"><h1>Pier</h1>{_story_html()}</div>'
        )
        assert _texts(extract_body(parse_html(html), None)) == list(STORY)


class TestWidgetNames:
    """A class beginning with "widget" marks boilerplate; builder names holding it do not."""

    def test_page_builder_text_widgets_are_kept(self) -> None:
        widgets = "".join(
            f'<div class="builder-widget builder-widget-text"><div class="builder-widget-'
            f'container"><p>{p}</p></div></div>'
            for p in STORY
        )
        tree = _page(f'<div class="builder-column">{widgets}</div>')
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_sidebar_widget_is_dropped(self) -> None:
        tree = _page(
            f'<div class="content"><article>{_story_html()}</article>'
            '<div class="widget widget_recent_entries"><p>Recent posts from the harbour '
            "office and other news of the week.</p></div></div>"
        )
        assert _texts(extract_body(tree, None)) == list(STORY)


class TestAuthorBoxes:
    """A box about the author, however its theme names it, is not the story."""

    @pytest.mark.parametrize(
        "names",
        ["author-card", "author__bio", "author_desc", "about_author", "elementor-author-box"],
    )
    def test_author_box_in_the_container_is_dropped(self, names: str) -> None:
        bio = (
            f'<div class="{names}"><p>Jo Marsh has covered the harbour, its boards and its '
            "ferries for the paper since 2009, and writes the weekly tide column.</p></div>"
        )
        tree = _page(f"<article>{_story_html()}{bio}</article>")
        assert _texts(extract_body(tree, None)) == list(STORY)


class TestCallsToAction:
    """A box that sells the site's product beside the story is not the story."""

    def test_call_to_action_box_is_dropped(self) -> None:
        box = (
            '<div class="post-cta"><h4>Want fresher harbour news?</h4><p>Try the harbour '
            "app free for a month and get tide alerts and ferry times on your phone.</p></div>"
        )
        tree = _page(f"<article>{_story_html()}{box}</article>")
        assert _texts(extract_body(tree, None)) == list(STORY)


class TestNamesThatAreNotBoilerplate:
    """Class words that describe the story, or the page's state, do not drop it."""

    def test_paragraphs_marked_as_behind_the_paywall_are_story(self) -> None:
        paragraphs = "".join(f'<p class="paywall">{p}</p>' for p in STORY)
        tree = _page(f'<div class="body__inner-container">{paragraphs}</div>')
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_a_wrapper_saying_comments_are_enabled_is_kept(self) -> None:
        tree = _page(
            f'<div id="comments-enabled article"><h1>Pier</h1>{_story_html()}</div>'
            '<div id="comments"><p>Lovely news about the pier, we will be there in spring '
            "with the whole family and the dog.</p></div>"
        )
        assert _texts(extract_body(tree, None)) == list(STORY)


JAPANESE = (  # news paragraphs of about a hundred characters, as Japanese papers write them
    "港湾委員会は火曜日の夜に会合を開き、二年前の嵐以来使われていない古いフェリー桟橋の扱いについて話し合った。"
    "会合には地元の住民も多く詰めかけ、桟橋の将来について様々な意見が出された。"
    "委員長は、できるだけ早く結論を出したいと述べた。",
    "委員会は漁業者や船着き場のそばのカフェの経営者、昨年春に木製の杭を調べた技術者から意見を聞いた。"
    "技術者は杭の多くがまだ使える状態にあると説明し、修理の費用の見積もりを示した。"
    "漁業者からは、早く船を着けられるようにしてほしいという声が上がった。",
    "最終的に委員会は桟橋を取り壊さずに修理することを決め、費用を今後三年間の予算で分担するよう市に求めた。"
    "工事は来年の春に始まり、夏の観光の季節までに終わる見込みだという。"
    "市は来月の議会で予算案を示す予定だ。",
)


class TestWideScripts:
    """Chinese, Japanese and Korean characters count twice in the length rules."""

    def test_japanese_paragraphs_written_straight_into_divs(self) -> None:
        blocks = "".join(f'<div class="block">{p}</div>' for p in JAPANESE)
        tree = _page(
            f'<div class="entry">{blocks}</div>'
            '<div class="teaser"><p class="description">関連記事の紹介文です。</p></div>'
        )
        assert _texts(extract_body(tree, None)) == list(JAPANESE)

    def test_japanese_story_in_a_wrapper_named_like_an_ad(self) -> None:
        paragraphs = "".join(f"<p>{p}</p>" for p in JAPANESE)
        tree = _page(f'<div class="l-wrapper gate-ad"><main>{paragraphs}</main></div>')
        assert _texts(extract_body(tree, None)) == list(JAPANESE)


class TestTextRuns:
    """Text written between ``<br>`` in a section counts, and stays in its place."""

    def test_runs_in_a_section_are_scored(self) -> None:
        tree = _page("<section>" + "<br><br>".join(STORY) + "</section>")
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_runs_keep_their_order_among_headings(self) -> None:
        tree = _page(
            "<div>" + STORY[0] + "<h2>The vote</h2>" + STORY[1] + "<br>" + STORY[2] + "</div>"
        )
        assert _texts(extract_body(tree, None)) == [STORY[0], "The vote", STORY[1], STORY[2]]

    def test_runs_written_straight_into_the_body(self) -> None:
        # a hand-written page: headings and lists between lines of text, no container
        tree = _page(
            f"<h2>The vote</h2>{STORY[0]}<ul><li>Repair</li><li>Pull down</li></ul>"
            f"{STORY[1]}<br><br>{STORY[2]}"
        )
        assert _texts(extract_body(tree, None)) == [
            "The vote",
            STORY[0],
            "Repair\nPull down",
            STORY[1],
            STORY[2],
        ]

    def test_a_short_line_in_a_box_like_its_neighbours_is_a_paragraph(self) -> None:
        # a story set one box a paragraph, a quote too short to count as runs among them
        lines = (f"{STORY[0]} {STORY[1]}", "“At last,” said the harbour master.", STORY[2] * 2)
        boxes = "".join(f'<div class="block">{line}</div>' for line in lines)
        tree = _page(f'<div class="entry">{boxes}<div class="tools">Share</div></div>')
        assert _texts(extract_body(tree, None)) == list(lines)

    def test_a_run_of_boxes_writing_a_line_each_is_read(self) -> None:
        # a schedule set one <div> a line: no line long enough to count on its own
        walk = "10am to noon, from the north pier, a guided walk"
        lines = [f"May {day}, {walk}" for day in (3, 10, 17, 24, 31)]
        rows = "".join(f"<div>{line}</div>" for line in lines)
        tree = _page(f'<div class="entry">{_story_html()}<div>{rows}</div></div>')
        assert _texts(extract_body(tree, None)) == [*STORY, *lines]

    def test_a_placeholder_repeated_in_boxes_is_not_read(self) -> None:
        rows = "".join("<div>Loading the next part of this page, please wait...</div>" * 5)
        tree = _page(f'<div class="entry">{_story_html()}<div>{rows}</div></div>')
        assert _texts(extract_body(tree, None)) == list(STORY)


class TestContainerInsideABlock:
    """A container inside a figure or quote still gives its own paragraphs."""

    def test_container_inside_a_figure(self) -> None:
        tree = _page(f'<figure><div class="story">{_story_html()}</div></figure>')
        container = tree.find(".//div")
        assert _texts(blocks_in(container, None)) == list(STORY)


class TestTables:
    """A table of values becomes a list of rows; a layout table gives its cells' blocks."""

    def test_data_table_becomes_rows(self) -> None:
        table = (
            "<table><tr><th>Pier</th><th>Length</th></tr>"
            "<tr><td>North</td><td>120 m</td></tr><tr><td>South</td><td></td></tr></table>"
        )
        tree = _page(f"<article>{_story_html()}{table}</article>")
        blocks = extract_body(tree, None)
        assert blocks[-1] == ListBlock(["Pier | Length", "North | 120 m", "South"])

    def test_empty_paragraphs_in_a_cell_leave_it_a_value(self) -> None:
        # an editor's spacing (<p><br></p>) beside a cell's one value
        table = (
            "<table><tr><td><p><br></p><p>North</p><p> </p></td><td><p>120 m</p></td></tr></table>"
        )
        tree = _page(f"<article>{_story_html()}{table}</article>")
        assert extract_body(tree, None)[-1] == ListBlock(["North | 120 m"])

    def test_table_in_a_figure_is_read(self) -> None:
        table = "<figure><table><tr><td>North</td><td>120 m</td></tr></table></figure>"
        tree = _page(f"<article>{_story_html()}{table}</article>")
        assert extract_body(tree, None)[-1] == ListBlock(["North | 120 m"])

    def test_layout_table_gives_the_blocks_in_its_cells(self) -> None:
        long_cell = "".join(f"<p>{p}</p>" for p in STORY)
        tree = _page(f'<table><tr><td>{long_cell}</td><td><a href="/">Home</a></td></tr></table>')
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_a_layout_cell_writing_a_paragraph_without_p_is_read(self) -> None:
        # too short for text runs, which the container choice counts, but a paragraph
        verdict = (
            "Repairing the old pier costs far less than pulling it down, the engineers found."
        )
        links = "<a href='/a'>Ferries</a> <a href='/b'>Weather</a> <a href='/c'>Tides</a>"
        piers = "<p>North pier</p><p>South pier</p>"
        row = f"<tr><td>{piers}</td><td>{verdict}</td><td>{links}</td></tr>"
        tree = _page(f"<article>{_story_html()}<table>{row}</table></article>")
        assert _texts(extract_body(tree, None)) == [*STORY, "North pier", "South pier", verdict]


class TestBlocksIn:
    """``blocks_in`` reads one container: boilerplate removed, blocks in order."""

    def test_blocks_of_one_container(self) -> None:
        tree = _page(
            f'<div id="story">{_story_html()}<div class="share-bar"><p>Share this on '
            "every network you know of.</p></div></div>"
        )
        container = tree.get_element_by_id("story")
        assert blocks_in(container, None) == tuple(Paragraph(p) for p in STORY)

    def test_a_nested_list_is_read_once_in_its_item(self) -> None:
        tree = _page(
            '<div id="story"><ul><li>Tools you need: <ul><li>a ladder</li><li>a drill</li>'
            "</ul></li><li>Timber for the deck</li></ul></div>"
        )
        container = tree.get_element_by_id("story")
        assert blocks_in(container, None) == (
            ListBlock(["Tools you need: a ladder a drill", "Timber for the deck"]),
        )


SPREAD = (
    "The new card draws less power than the last one, yet it renders the same scenes in half "
    "the time, which its makers put down to the smaller process.",
    "Its cooler is quieter too: three fans, a copper plate and a wider fin array keep it under "
    "seventy degrees, even when a game runs for hours.",
    "The board takes one power cable, not two, and it fits in small cases, so the builders of "
    "compact machines are no longer left with last year's model.",
    "Lighting can be set per zone from the maker's tool, with a dozen modes, and it can follow "
    "the temperature of the chip, which some players will like.",
    "The price is the same as the old card's at launch, and stock is said to be plentiful, "
    "unlike the last two launches, which sold out within minutes.",
    "Reviewers who tried an early sample found the drivers stable, though one game crashed "
    "twice at the highest settings, which a patch is promised to fix.",
)


class TestSecondPass:
    """The container choice checks itself: holding little of the page's good text, it is
    redone looser, as the innermost element holding most of it."""

    def test_story_spread_over_small_boxes_beside_a_richer_box(self) -> None:
        boxes = "".join(f"<section><div><h5>Part</h5><p>{p}</p></div></section>" for p in SPREAD)
        promo = (
            "<div><p>Sign up for our weekly letter, with deals, reviews, and guides, sent "
            "every Friday morning.</p><p>Follow us for more, on every network, with news, "
            "offers, and contests, all year long.</p></div>"
        )
        tree = _page(f"<main>{boxes}</main>{promo}")
        texts = _texts(extract_body(tree, None))
        assert [t for t in texts if t != "Part"] == list(SPREAD)

    def test_story_in_one_container_is_taken_as_before(self) -> None:
        teaser = (
            "<div><p>Sign up for our weekly letter, with deals and guides, every Friday.</p></div>"
        )
        tree = _page(f"<article>{_story_html()}</article>{teaser}")
        assert _texts(extract_body(tree, None)) == list(STORY)


class TestLinkBoxes:
    """A box of links inside the story's container is left out by its link text alone."""

    def test_unnamed_list_of_links_to_other_stories_is_dropped(self) -> None:
        box = (
            "<div><h2>Top stories</h2>"
            '<h3><a href="/1">Council votes to close the old library in spring</a></h3>'
            '<h3><a href="/2">Ferry timetable changes from Monday</a></h3><span>2 h</span>'
            '<h3><a href="/3">Local team wins the regional cup final</a></h3></div>'
        )
        tree = _page(f"<article>{_story_html()}{box}</article>")
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_box_with_a_few_links_in_prose_is_kept(self) -> None:
        linked = (
            '<div><p>The <a href="/board">board</a> met the <a href="/fishers">fishermen</a> '
            'and the <a href="/cafe">café owners</a> by the slipway, and it heard the '
            "engineers who surveyed the old timber piles last spring.</p></div>"
        )
        tree = _page(f"<article>{_story_html()}{linked}</article>")
        assert len(_texts(extract_body(tree, None))) == len(STORY) + 1


class TestLinkLines:
    """A line that is mostly links is left out, unless it is one link to another site: the
    story citing its source; a link to the site's own pages offers another story."""

    def _read(self, line: str) -> list[str]:
        tree = _page(f"<article>{_story_html()}<p>{line}</p></article>")
        return _texts(extract_body(tree, "https://news.example.com/pier"))

    def test_a_cited_source_on_another_site_is_kept(self) -> None:
        line = '[<a href="https://harbours.example.org/report">Harbour report</a>]'
        assert self._read(line) == [*STORY, "[Harbour report]"]

    def test_a_link_to_another_story_of_the_site_is_left_out(self) -> None:
        line = (
            'Read: <a href="https://www.example.com/ferry">Ferry timetable changes from Monday</a>'
        )
        assert self._read(line) == list(STORY)

    def test_a_relative_link_is_the_site_s_own(self) -> None:
        assert self._read('<a href="/ferry">Ferry timetable changes</a>') == list(STORY)

    def test_a_list_of_links_to_other_sites_is_the_story_s_sources(self) -> None:
        tree = _page(
            f"<article>{_story_html()}<ul>"
            '<li><a href="https://harbours.example.org/report">Harbour report</a></li>'
            '<li><a href="https://engineers.example.net/piles">Survey of the piles</a></li>'
            "</ul></article>"
        )
        blocks = extract_body(tree, "https://news.example.com/pier")
        assert blocks[-1] == ListBlock(("Harbour report", "Survey of the piles"))

    def test_a_list_of_links_to_the_site_s_own_pages_is_left_out(self) -> None:
        tree = _page(
            f'<article>{_story_html()}<ul><li><a href="/ferry">Ferry timetable</a></li>'
            '<li><a href="https://harbours.example.org/">Harbours</a></li></ul></article>'
        )
        assert _texts(extract_body(tree, "https://news.example.com/pier")) == list(STORY)

    def test_a_row_of_links_to_other_sites_is_left_out(self) -> None:
        line = '<a href="https://a.example.org/">Harbours</a> <a href="https://b.example.net/">Ferries</a>'
        assert self._read(line) == list(STORY)


MORE = (
    "Work on the piles is to start after the summer season, once the last of the visiting "
    "yachts has left the harbour and the café has closed for the winter.",
    "The engineers expect the repair to take four months, and the pier to open again to "
    "walkers and anglers in time for the spring regatta next year.",
)


class TestNeighbours:
    """Siblings beside the chosen container that read as story are taken with it: a lead
    before it, a part of the story split off into a box of its own; notes are not."""

    def test_lead_paragraph_before_the_container(self) -> None:
        lead = "The old ferry pier is to be saved."
        tree = _page(
            f'<div class="page"><p>{lead}</p><div class="text">{_story_html()}</div></div>'
        )
        assert _texts(extract_body(tree, None)) == [lead, *STORY]

    def test_lead_paragraph_before_the_container_s_wrappers(self) -> None:
        lead = "The old ferry pier is to be saved."
        story = f'<div class="field"><div class="items"><div>{_story_html()}</div></div></div>'
        tree = _page(f'<div class="page"><p>{lead}</p>{story}<p>Photo: Harbour Board</p></div>')
        assert _texts(extract_body(tree, None)) == [lead, *STORY]

    _LEAD = "The old ferry pier is to be saved, the harbour board decided late on Tuesday night."

    def _story_after(self, box: str) -> list[str]:
        story = "".join(f"<p>{p}</p>" for p in (*STORY, *MORE))
        boxes = f'{box}<div class="block"><div class="cell">{story}</div></div>'
        tree = _page(f"<div>{boxes}<div><p>Share this story with a friend.</p></div></div>")
        return _texts(extract_body(tree, None))

    def test_lead_in_a_layout_box_before_the_container(self) -> None:
        box = (
            f'<div class="block"><div class="cell"><div><p>{self._LEAD}</p></div></div></div>'
            '<div class="block"><h4>Gallery: the pier | 14 photos</h4></div>'
        )
        assert self._story_after(box) == [self._LEAD, *STORY, *MORE]

    def test_a_box_with_a_heading_before_the_container_is_the_headline_s(self) -> None:
        box = f'<div class="block"><h1>Pier saved</h1><div><p>{self._LEAD}</p></div></div>'
        assert self._story_after(box) == [*STORY, *MORE]

    def test_label_before_the_container_is_not_a_lead(self) -> None:
        tree = _page(
            f'<div><p>Photo: Harbour Board</p><div class="text">{_story_html()}</div></div>'
        )
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_story_opening_set_deeper_in_a_box_before_the_container(self) -> None:
        opening = "".join(f"<div class='row'><p>{p}</p></div>" for p in MORE[:2])
        tree = _page(
            f'<div><section class="intro">{opening}</section>'
            f'<div class="text">{_story_html()}</div></div>'
        )
        assert _texts(extract_body(tree, None)) == [*MORE[:2], *STORY]

    def test_story_opening_with_a_table_of_linked_names_before_the_container(self) -> None:
        names = "".join(
            f'<tr><td><a href="/{n}">{n} Harbour Works Ltd</a></td></tr>'
            for n in ("North", "South", "East", "West", "Upper", "Lower", "Inner", "Outer")
        )
        opening = f"<p>{MORE[0]}</p><p>{MORE[1]}</p><table>{names}</table>"
        tree = _page(
            f'<div><div class="part">{opening}</div><div class="part two">{_story_html()}'
            "</div></div>"
        )
        texts = _texts(extract_body(tree, None))
        assert texts[:2] == list(MORE)
        assert texts[-3:] == list(STORY)

    def test_story_continued_in_a_box_after_the_container(self) -> None:
        rest = "".join(f"<p>{p}</p>" for p in MORE)
        tree = _page(
            f'<div><div class="one">{_story_html()}</div><div class="two">{rest}</div></div>'
        )
        assert _texts(extract_body(tree, None)) == [*STORY, *MORE]

    def test_story_continued_in_text_runs_after_the_container(self) -> None:
        rest = "<br><br>".join(MORE)
        tree = _page(f'<div><div class="one">{_story_html()}</div><div>{rest}</div></div>')
        assert _texts(extract_body(tree, None)) == [*STORY, *MORE]

    def test_one_note_after_the_container_is_left_out(self) -> None:
        note = (
            "<div><p>Disclaimer: the views expressed here are the writer's own and do not "
            "reflect those of the harbour board or of its members.</p></div>"
        )
        tree = _page(f'<div><div class="text">{_story_html()}</div>{note}</div>')
        assert _texts(extract_body(tree, None)) == list(STORY)

    def test_box_of_links_beside_the_container_is_left_out(self) -> None:
        links = "".join(
            f'<p><a href="/{n}">Council votes to close the old library in spring, part {n}</a></p>'
            for n in range(3)
        )
        tree = _page(f'<div><div class="text">{_story_html()}</div><div>{links}</div></div>')
        assert _texts(extract_body(tree, None)) == list(STORY)


class TestWhatMarkupSays:
    """Rules read off the markup itself: an ``<hgroup>`` is the headline's, and so is the
    standfirst in the ``<header>`` beside the story's one box, and the standfirst and
    byline closed by a byline or date under a lone ``<h1>``; a figure says its size and
    credit, a captioned quote who said it."""

    _LONG = "The harbour reopened to cargo ships on Monday, officials said, after two years."

    def test_an_hgroup_is_not_story(self) -> None:
        page = _page(
            f"<article><header><hgroup><h1>Title</h1><p>{self._LONG} A standfirst.</p>"
            f"</hgroup></header><div><p>{self._LONG}</p></div></article>"
        )
        assert _texts(extract_body(page, None)) == [self._LONG]

    def test_a_story_without_paragraphs_is_its_named_container(self) -> None:
        page = _page(
            '<article><div class="article-body"><h2>Part one</h2><ul><li>a</li><li>b</li></ul>'
            "</div></article>"
        )
        assert extract_body(page, None) == (Heading("Part one"), ListBlock(["a", "b"]))

    def test_a_bem_named_container_without_paragraphs(self) -> None:
        page = _page(
            '<article><div class="article__body"><ul><li>a</li><li>b</li></ul></div></article>'
        )
        assert extract_body(page, None) == (ListBlock(["a", "b"]),)

    def test_a_short_story_under_a_longer_standfirst(self) -> None:
        standfirst = f"{self._LONG} The port authority expects twenty ships a week by June."
        page = _page(
            f"<article><header><h1>Port reopens</h1><p>{standfirst}</p><div>By Jo Marsh"
            "</div></header><div><p>Dockers returned to work at dawn.</p></div></article>"
        )
        assert _texts(extract_body(page, None)) == ["Dockers returned to work at dawn."]

    def test_a_story_of_lists_under_a_standfirst(self) -> None:
        page = _page(
            f"<article><header><h1>Port reopens</h1><p>{self._LONG}</p></header>"
            "<div><h2>What changes</h2><ul><li>Cargo from Monday</li><li>Ferries in May</li>"
            "</ul></div></article>"
        )
        assert extract_body(page, None) == (
            Heading("What changes"),
            ListBlock(["Cargo from Monday", "Ferries in May"]),
        )

    def test_paragraphs_beside_the_headline_header_keep_the_standfirst(self) -> None:
        page = _page(
            f"<article><header><h1>Port reopens</h1><p>{self._LONG}</p></header>"
            f"<p>{STORY[0]}</p><p>{STORY[1]}</p></article>"
        )
        assert _texts(extract_body(page, None)) == [self._LONG, *STORY[:2]]

    def test_a_standfirst_and_byline_under_a_lone_h1(self) -> None:
        page = _page(
            f"<article><h1>Pier</h1><p>{self._LONG}</p><p>By Jo Marsh and Ana Ruiz</p>"
            f'<time datetime="2024-03-05">5 March</time><p>{STORY[0]}</p><p>{STORY[1]}</p>'
            "</article>"
        )
        assert _texts(extract_body(page, None)) == list(STORY[:2])

    def test_an_agency_byline_under_a_lone_h1(self) -> None:
        page = _page(f"<article><h1>Pier</h1><p>By Reuters</p><p>{STORY[0]}</p></article>")
        assert _texts(extract_body(page, None)) == [STORY[0]]

    def test_a_named_standfirst_under_a_lone_h1(self) -> None:
        page = _page(
            f'<article><h1>Pier</h1><p class="lede">{self._LONG}</p><p>{STORY[0]}</p></article>'
        )
        assert _texts(extract_body(page, None)) == [STORY[0]]

    def test_a_standfirst_in_a_header_stays_beside_the_story_s_paragraphs(self) -> None:
        page = _page(
            f'<article><header><div><h1>Pier</h1><p class="subtitle">{self._LONG}</p></div>'
            f"</header><p>{STORY[0]}</p><p>{STORY[1]}</p></article>"
        )
        assert _texts(extract_body(page, None)) == [self._LONG, *STORY[:2]]

    def test_the_opening_under_a_lone_h1_with_no_byline_stays(self) -> None:
        page = _page(f"<article><h1>Pier</h1><p>{STORY[0]}</p><p>{STORY[1]}</p></article>")
        assert _texts(extract_body(page, None)) == list(STORY[:2])

    def test_a_figure_s_size_and_credit(self) -> None:
        page = _page(
            f'<div><p>{self._LONG}</p><figure><img src="https://e.example/a.jpg" width="640"'
            ' height="480"><small class="credit">AFP</small><figcaption>The quay'
            ' <span class="credit">in the caption</span></figcaption></figure></div>'
        )
        image = Image("https://e.example/a.jpg", caption="The quay in the caption")
        assert extract_body(page, None)[1] == Figure(
            attrs.evolve(image, credit="AFP", width=640, height=480)
        )

    def test_a_caption_set_right_after_its_figure(self) -> None:
        page = _page(
            f'<div><p>{self._LONG}</p><figure><img src="https://e.example/a.jpg"></figure>'
            "<figcaption>The quay at dawn</figcaption></div>"
        )
        image = Image("https://e.example/a.jpg", caption="The quay at dawn")
        assert extract_body(page, None)[1:] == (Figure(image),)

    def test_a_captioned_quote_and_who_said_it(self) -> None:
        quote = f"<blockquote><p>{self._LONG}</p></blockquote>"
        page = _page(
            f'<div><figure class="quote">{quote}<figcaption><cite>Leila Haddad</cite>'
            f"</figcaption></figure><figure>{quote}</figure></div>"
        )
        assert extract_body(page, None) == (Quote(self._LONG, citation="Leila Haddad"),)

    @pytest.mark.parametrize(
        "said",
        [
            "<i>{quote}</i> - Leila Haddad",
            "{quote}<br>— Leila Haddad",
            "<p>{quote}</p><p>— Leila Haddad</p>",
            "<p>{quote}</p><p>&mdash;Leila Haddad</p>",
        ],
    )
    def test_a_quote_names_who_said_it_on_its_last_line(self, said: str) -> None:
        quote = said.format(quote=STORY[0])
        page = _page(f"<div>{_story_html()}<blockquote>{quote}</blockquote></div>")
        assert extract_body(page, None)[-1] == Quote(STORY[0], citation="Leila Haddad")

    @pytest.mark.parametrize(
        ("said", "words"),
        [
            ("<p>— Leila Haddad</p>", "— Leila Haddad"),  # nothing else: the quote's words
            (
                "<i>We waited.</i> - and then we waited all winter for the ferry, which never "
                "came back to the island, not once in all those long and very cold months",
                "We waited. - and then we waited all winter for the ferry, which never came "
                "back to the island, not once in all those long and very cold months",
            ),
            ("<p>Prices rose 2 - 3 per cent.</p>", "Prices rose 2 - 3 per cent."),
            (  # a label's quote: the name is part of what the box says
                "<b>Review</b>: <i>Fine boats, and cheap.</i> — Jane Doe",
                "Review: Fine boats, and cheap. — Jane Doe",
            ),
            (  # an embedded post
                '<p>Fine boats.</p><p>— Jane Doe (@jane) <a href="/p/1">May 1</a></p>',
                "Fine boats. — Jane Doe (@jane) May 1",
            ),
        ],
    )
    def test_a_dash_that_names_no_one_apart_stays_in_the_quote(
        self, said: str, words: str
    ) -> None:
        page = _page(f"<div>{_story_html()}<blockquote>{said}</blockquote></div>")
        assert extract_body(page, None)[-1] == Quote(words)


class TestBoxesAfterTheStory:
    """Inside a container that writes its story as paragraphs, the boxes after the last
    of them are furniture (a bio, a tag box, a sign-up card) unless they read as story."""

    def _body(self, box: str) -> list[str]:
        return _texts(extract_body(_page(f"<div>{_story_html()}{box}</div>"), None))

    def test_an_author_s_card_is_left_out(self) -> None:
        card = (
            '<div><img src="/jo.jpg"><p><a href="/jo">Jo Marsh</a> writes about the harbour.'
            "</p></div>"
        )
        assert self._body(card) == list(STORY)

    def test_a_box_of_tags_is_left_out(self) -> None:
        tags = '<div><h4>Tags</h4><a href="/t/pier">Pier</a> <a href="/t/port">Port</a></div>'
        assert self._body(tags) == list(STORY)

    def test_a_list_of_references_stays(self) -> None:
        notes = (
            "<div><ol><li>Harbour Board minutes, 4 March.</li><li>Survey of the piles, "
            '<a href="/survey">engineers\' report</a>, May.</li></ol></div>'
        )
        assert self._body(notes)[-1] == (
            "Harbour Board minutes, 4 March.\nSurvey of the piles, engineers' report, May."
        )

    def test_a_long_quote_without_links_stays(self) -> None:
        quote = (
            "<div><blockquote>We have waited two winters for this, and the whole town will be "
            "glad to walk out to the end of the pier again on a summer evening.</blockquote>"
            "</div>"
        )
        assert self._body(quote)[-1].startswith("We have waited")

    def test_a_story_s_paragraphs_in_a_box_stay(self) -> None:
        rest = "".join(f"<p>{p}</p>" for p in MORE)
        assert self._body(f"<div>{rest}</div>") == [*STORY, *MORE]


class TestTeaserRows:
    """Boxes side by side after the story, each a linked headline over a short summary,
    are other stories offered, and left out; linked headings in the story stay."""

    _SUMMARY = (
        "A short summary of another story on the site, one sentence long, under its headline."
    )

    def _cards(self, *addresses: str) -> str:
        return "".join(
            f'<div class="card"><h3><a href="{address}">Ferry fares to rise</a></h3>'
            f"<p>{self._SUMMARY}</p></div>"
            for address in addresses
        )

    def _body(self, body: str) -> list[str]:
        return _texts(extract_body(_page(body), None))

    def test_cards_after_the_story_are_left_out(self) -> None:
        story = "".join(f"<p>{p}</p>" for p in (*STORY, *MORE))
        cards = self._cards("/fares", "/ferry")
        assert self._body(f"<article>{story}<div>{cards}</div></article>") == [*STORY, *MORE]

    def test_a_round_up_s_linked_items_between_its_paragraphs_stay(self) -> None:
        cards = self._cards("/fares", "/ferry")
        body = self._body(
            f"<article><p>{STORY[0]}</p><div>{cards}</div><p>{STORY[1]}</p>"
            f"<p>{STORY[2]}</p><p>{MORE[0]}</p><p>{MORE[1]}</p></article>"
        )
        assert self._SUMMARY in body

    def test_headings_holding_anchors_are_not_links(self) -> None:
        story = "".join(f"<p>{p}</p>" for p in (*STORY, *MORE))
        cards = self._cards("#fares", "#ferry")
        assert self._SUMMARY in self._body(f"<article>{story}<div>{cards}</div></article>")

    def test_cards_making_up_much_of_the_page_stay(self) -> None:
        cards = self._cards("/fares", "/ferry")
        body = self._body(
            f"<article><p>{STORY[0]}</p><p>{STORY[1]}</p><div>{cards}</div></article>"
        )
        assert self._SUMMARY in body


class TestDescriptionLists:
    """A description list whose terms are described in sentences is read as a list of its
    terms and descriptions; a box of labelled values is not story."""

    _TERMS = (
        (
            "Ferry pier",
            "The timber pier at the north end of the harbour, closed to walkers "
            "since the storm two winters ago.",
        ),
        (
            "Slipway",
            "The ramp beside the café where the lifeboat is launched, rebuilt in "
            "stone by the council last spring.",
        ),
    )

    def _body(self, inside: str) -> list[str]:
        return _texts(extract_body(_page(f"<article>{_story_html()}{inside}</article>"), None))

    def test_a_glossary_is_a_list_of_its_terms_and_descriptions(self) -> None:
        terms = "".join(f"<dt><b>{term}</b></dt><dd>{text}</dd>" for term, text in self._TERMS)
        assert self._body(f"<dl>{terms}</dl>")[-1] == "\n".join(
            item for pair in self._TERMS for item in pair
        )

    def test_labelled_values_are_not_story(self) -> None:
        values = "<dl><dt>Length</dt><dd>120 m</dd><dt>Built</dt><dd>1898</dd></dl>"
        assert self._body(values) == list(STORY)

    def test_paragraphs_in_descriptions_are_read_as_paragraphs(self) -> None:
        term, text = self._TERMS[0]
        assert self._body(f"<dl><dt>{term}</dt><dd><p>{text}</p></dd></dl>")[-1] == text


class TestStoryOfHeadings:
    """Where nothing else on the page is story, the subheadings under the ``<h1>`` of the
    page's one ``<article>`` are its body; headings elsewhere never are."""

    def test_a_subheading_alone_in_the_article(self) -> None:
        page = _page("<article><h1>Statement rates health</h1><h2>Statement rates</h2></article>")
        assert extract_body(page, None) == (Heading("Statement rates", level=2),)

    def test_headings_outside_an_article_are_not_story(self) -> None:
        page = _page("<div><h1>Title</h1><h2>Most read</h2><h3>Weather</h3></div>")
        assert extract_body(page, None) == ()

    def test_headings_in_menus_and_footers_are_not_story(self) -> None:
        page = _page(
            "<article><h1>Title</h1><nav><h2>Sections</h2></nav>"
            "<footer><h2>About us</h2></footer></article>"
        )
        assert extract_body(page, None) == ()

    def test_a_page_of_several_articles_has_no_story_of_headings(self) -> None:
        page = _page(
            "<h1>News</h1><article><h2>First story</h2></article>"
            "<article><h2>Second story</h2></article>"
        )
        assert extract_body(page, None) == ()

    def test_a_story_with_paragraphs_is_read_as_before(self) -> None:
        page = _page(f"<article><h1>Title</h1><h2>Part one</h2>{_story_html()}</article>")
        assert _texts(extract_body(page, None)) == ["Part one", *STORY]


class TestTeaserRails:
    """A climb to a wider container is judged by what it adds: a rail of teaser cards
    beside the story, or a column mostly of links, is not more story, a second box of the
    story is."""

    _CARD = (  # no names to go by: a link to the teased page, its summary and picture
        '<div><div><a href="/travel/{n}"></a><p>Island hopping on a budget: the ferries, '
        "hostels and cafés that keep a week by the sea cheap, part {n} of our guide.</p></div>"
        '<a href="/travel/{n}"><img src="/t{n}.jpg" alt=""></a></div>'
    )

    def _rail(self) -> str:
        return "<div>" + "".join(self._CARD.format(n=n) for n in range(6)) + "</div>"

    def _body(self, row: str) -> list[str]:
        """The body of a page whose row of boxes (the story's, and what is beside it) sits
        in a wrapper, the ancestor a climb from the story's box would take."""
        page = _page(f'<div class="page"><div class="row">{row}</div></div>')
        return _texts(extract_body(page, None))

    def test_a_rail_of_teasers_beside_the_story_is_left_out(self) -> None:
        story = f'<div class="main"><div class="body">{_story_html()}</div></div>'
        assert self._body(story + self._rail()) == list(STORY)

    def test_a_second_box_of_the_story_is_still_taken_beside_a_rail(self) -> None:
        rest = "".join(f"<p>{p}</p>" for p in MORE)
        story = f'<div class="main"><div class="body">{_story_html()}</div></div>'
        row = f'{story}<div class="more">{rest}</div>{self._rail()}'
        assert self._body(row)[: len(STORY) + len(MORE)] == [*STORY, *MORE]

    def test_sections_under_their_own_headings_are_story_though_they_link_out(self) -> None:
        section = (
            "<div><h2>{head}</h2><p>{text}</p>"
            '<div><a href="https://shop.example/{n}">Timber for piers</a></div></div>'
        )
        heads = ("The survey", "The cost", "The vote")
        sections = "".join(
            section.format(head=head, text=text, n=n)
            for n, (head, text) in enumerate(zip(heads, (*MORE, STORY[0]), strict=True))
        )
        row = f'<div class="body">{_story_html()}</div><div>{sections}</div>'
        assert self._body(row)[-2:] == ["The vote", STORY[0]]

    def test_a_column_of_linked_headlines_opening_one_story_is_left_out(self) -> None:
        headlines = "".join(
            f'<div><a href="/news/{n}">Council weighs new parking rules for the old town, '
            f"part {n}</a></div>"
            for n in range(8)
        )
        other = "".join(f"<p>{p}</p>" for p in MORE)
        column = f"<div><h3>Latest</h3>{headlines}<div><h3>Pier to reopen</h3>{other}</div></div>"
        story = f'<div class="main"><div class="body">{_story_html()}</div></div>'
        assert self._body(story + column) == list(STORY)


class TestStoryCopies:
    """A second copy of the story's paragraphs beside it (laid out for another screen, or
    kept for readers behind a paywall) does not widen the container: the story is read
    once."""

    def test_a_copy_of_the_story_beside_it_is_not_read_twice(self) -> None:
        story = f'<div class="main"><div class="body">{_story_html()}</div></div>'
        copy = f'<div class="gated"><div class="section">{_story_html()}</div></div>'
        page = _page(f'<div class="page"><div class="row">{story}{copy}</div></div>')
        assert _texts(extract_body(page, None)) == list(STORY)

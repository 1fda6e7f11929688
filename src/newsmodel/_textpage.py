"""Where the parts of a plain-text article page begin and end, shared by the ``text``
reader (which reads a page by it) and the ``text`` writer (which checks what it writes
against it).

:mod:`newsmodel._textformat` says what one block is; this module decides, from the order
of the blocks, which are the head (portal, section, headline, standfirst, byline and date
lines), which the story, and which the furniture after it, and what each says.

- The headline stands just before the first byline or date line (a standfirst may come
  between them, or between two of those lines); with no such line, it is the first block
  that is no label, or the last label when copy follows at once.
- Above the headline: the section label right before it, the portal's name (and its
  tagline, or "Name – Tagline") first, and menu items.
- The story runs from the first block after the head to the first furniture that ends a
  story (a related or most-read heading, a share row, tags, a comment count or prompt,
  back-to-top...) that no story copy follows; inside it, "Read also: ..." lines,
  captions, adverts, newsletter prompts (and the lines over a "Sign Up" button), a
  heading over one link title, fact boxes (a heading over short lines of figures), pull
  quotes and furniture that copy follows ("Share", "Most Read" over the next paragraph)
  are left out; short lines that are no sentence at its very end are a heading and
  titles of the furniture.
- A list after the story ends at the page's footer (a copyright sign, an address, links
  between bars, a masthead's credit, the portal's name), after which no line heads a
  list; a list holding a fact box's lines ("When: ...") is the story's own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs

from ._dates import parse_day
from ._model import RelatedKind
from ._textblocks import is_list_item
from ._textbylines import (
    Byline,
    cited_quote_start,
    day_hint,
    is_dated,
    names_alone,
    names_an_office,
    opens_a_byline,
    read_byline,
    read_date_line,
    reporters,
    without_relative_time,
    writes_day_first,
)
from ._textformat import (
    DATELINE,
    DATELINE_ALONE,
    ITEM_SEPARATORS,
    MASTHEAD_TAGLINE_WORDS,
    NAME_AND_TAGLINE,
    OWN_REPORT,
    REPORTER_CREDIT,
    WIRE_CREDIT,
    WIRE_OPENING,
    Stamped,
    capitalised,
    closes_a_list,
    closes_with_a_credit,
    comment_count,
    dateline_agency,
    ends_a_sentence,
    follows_an_account,
    furniture_kind,
    gives_an_address,
    gives_opening_hours,
    gives_practical_facts,
    heads_a_fact_box,
    heads_a_note_on_the_sender,
    heads_release_notes,
    is_account_strip,
    is_bulleted,
    is_comments_label,
    is_counted_link,
    is_document_link,
    is_email_field,
    is_fact_line,
    is_figure,
    is_label,
    is_labelled_figure,
    is_link_line,
    is_media_file_link,
    is_menu_row,
    is_menu_word,
    is_motto,
    is_name_and_tagline,
    is_note_on_the_sender,
    is_notice,
    is_page_footer,
    is_programme_note,
    is_rank,
    is_site_link,
    is_skip_link,
    is_stamp,
    is_subscription_button,
    is_telephone_line,
    is_title,
    is_title_meta,
    key,
    labelled_items,
    more_from,
    names_a_site,
    names_whole,
    navigation,
    navigation_link,
    opens_with_a_play_word,
    opens_with_share_label,
    opens_with_tag_label,
    pitches,
    reads_as_copy,
    speaks_of_itself,
    stamped_title,
    tells_who_is_where,
    topics_row,
    trail,
)
from ._vocabulary import NETWORKS

__all__ = ["Page", "dateline_opening", "is_intertitle", "read_page", "story_headings"]

_HEAD_BLOCKS = 16  # a byline or date line further down is the story's
_AUTHOR_WORDS = 4  # a name alone next to a date line, "Amadou Keita"
_MASTHEAD_NAME_WORDS = 8  # at most, in a name written alone over the menu
_AUTHOR_CHARS = 40
_HAN_NAME_CHARS = 4
_SHORT_DATE_LINE = 6  # words; "04/09/2025 10:32h." is a date line for all its full stop
_MOTTO_WORDS = 2  # at most, in each fragment of a motto under the name ("Local news.")
_MENU_MOTTO_WORDS = 3  # at most, in one over the site's menu ("Stark im Betrieb.")
_TAGLINE_WORDS = 3  # at least: a tagline on its own line ("Your News Portal")
_HEADING_ENDS = (":", "：")
_HAN_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")  # "王伟", "欧阳修"
_RANKED = re.compile(r"^(?P<rank>\d{1,2})[.)]?\s+(?=\S)")  # "1. ", "2) ", "3 " before a title
_STAMPED_TITLES = 2  # at least, with a stamp before them for the stamps to be a list's
_NUMBERED_TITLES = 2  # at least, numbered 1, 2... for the numbers to be a list's
_SECTION_WORDS = 6  # at most, in a section's name written as one
_HAN_LABEL = 6  # characters, at most: "国内新闻", "本地新闻"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_STRIP_NUMBERS = 2
_STRIP_FIGURES = 3  # at least, in a strip above the masthead with no day in it
_STRIP_WORDS = 4  # at most, in a strip's part that gives a figure: "Saint-Brieuc 8°C averses"
# Blocks the head may hold between the headline and the story, none of them story.
_HEAD_FURNITURE = frozenset(
    {"share", "network", "reading", "listen", "caption", "menu", "ad", "count", "source", "pinned"}
)
# Furniture that may stand inside a story, which goes on after it.
_INLINE = frozenset(
    {
        *("read-also", "caption", "ad", "newsletter", "listen", "reading", "note", "box"),
        *("document", "pinned"),
    }
)
# Furniture that sentences closing the page follow as the page's, not the story's: a
# comment prompt (the form's notice), back-to-top (the footer's "About us").
_CLOSING = frozenset({"reply", "closed", "count", "top"})
_CONTACTS = ("contact", "contact-line")
# What may follow those sentences and still be the page's end: more of the same, the
# footer's rights line or menu ("3 Comments", the comments, "Back to top").
_FOOTER = _CLOSING | {"rights", "menu"}
_PAGE_END = ("rights", "menu", "top")  # what follows the story's furniture at the page's end
_LIST_HEADINGS = frozenset({"related", "read-also-heading", "popular"})
_BOX_ITEMS = 2  # at least, under a fact box's heading
_BOX_ITEM_WORDS = 20  # at most
_FACT_BOX_LINE_WORDS = 40  # at most, in the first block under a box's word ("Справка")
_ITEM_LABEL = re.compile(r"^[^:：.!?]{1,30}[:：]\s+\S")  # "Goles: ...", "Umsatz 2025: ..."
_PROMPT_LINES = 2  # at most, over a subscription button: a heading and a pitch
_INLINE_ITEMS = 2  # titles under a "Read also" inside the story
_LIST_HEADING_WORDS = 8  # at most, over a bulleted list inside the story
_QUESTION_MARKS = ("?", "؟", "？")  # a heading may ask what the list answers
_BUTTON_QUESTION = 3  # words at most, in a question that is a button ("Sendung verpasst?")
_ENTRY_BADGES = 2  # at most, over a live entry's byline: "PINNED", "05:47"
_CLOCK = re.compile(r"^\d{1,2}[:.h]\d{2}$")  # a time alone: "05:47", "14h30"
_OFFICE_WORDS = 3  # at most, in an office's name alone over the dateline's paragraph
_OFFICE_CREDIT_WORDS = 6  # at most, in an office's name alone under the date line
_COLON = re.compile("[:：]")
_DOTS = re.compile(r"\s+·\s+")
_TOPICS = 3  # at least, in a row of topics
_TOPIC_WORDS = 4  # at most, in each
_CREDIT_ALONE = re.compile(r"^[^\W\d_][^:：.!?。！？]{0,25}[:：]\s*[^.!?:：。！？]{2,60}$")
_CAPTION_OVER_CREDIT_WORDS = 20  # at most, in a photo's caption or credit over the story's copy
_RELEASE_HEAD_LINES = 4  # at most, date and contact lines between a release's label and title
_FIGURE_AND_WORD = re.compile(r"^\d[\d\s.,]*\s?[^\W\d_]+$")  # a figure and one word, as a counter
_FACTS = 4  # at least, in a row of facts
_SENDER_NOTES = 4  # at most, the blocks from "About X" to the story's end
_FACT_WORDS = 8  # at most, in each
_FACT_LABEL_WORDS = 3  # at most, in a fact's label under the date line ("Issued by:")
_FACT_LABEL_LENGTH = 20  # characters at most, in a label written without spaces
_UNDER_TAGLINE = 2  # the index of the line under a masthead's name and its tagline
_COLONS = (":", "：")
# What closes a list's item that goes on with its lead-in's sentence: "1. close the quay;"
_CARRYING_ON = (",", ";", "،", "，", "；")
_ITEM_MARK = re.compile(
    r"^(?:(?:(?P<dash>[-*–—])|(?P<number>\d{1,3})[.)])\s+|[（(](?P<han>[一二三四五六七八九])[）)])\S"
)  # "- item", "2. item", "（二）item"
_HAN_NUMBERS = "一二三四五六七八九"
_LIST_RUN = 2  # at least, items one a block, for their dashes or numbers to be a list's
_PLAYER_BUTTON_WORDS = 2  # at most, on a media player's button
_TABLE_BAR = re.compile(r"\s+[|｜]\s+")
_LINK_TITLE_WORDS = 3  # more than, in a title under a heading inside the story
_COPY_AFTER = 8  # words of the copy that shows the story goes on after them
_SHARE_ITEM_WORDS = 3
_BUTTON_WORDS_OF_PAGE = 5
_BUTTON_WORDS = 10  # at most: a share button that names its network in a sentence's words
_STANDFIRST_WORDS = 40  # at most: a standfirst over the dateline paragraph
_QUOTE_OPENINGS = ('"', "“", "«", "„", "‘", "'", "「", "『")
_QUOTE_CLOSINGS = ('"', "”", "»", "“", "’", "'", "」", "』")
_QUOTATION_MARKS = ('"', "“", "”", "«", "»", "„", "「", "」", "『", "』")  # no apostrophe
_QUOTATION = re.compile(r'["“«„「『]([^"”»“」』]*)["”»“」』]')  # what the marks hold
_NAMED_WORDS = 3  # at most, in a name or a word set in quotes
_HAN = re.compile(r"[\u3400-\u9fff]")
_TRAIL_ITEMS = 3  # at most, in a trail written as a menu is ("Home / News / Research")
_END_NOTE = re.compile(r"[^.!?؟。\"”»]\s*[(（](?P<note>[^()（）]{1,40})[)）]$")
_NOTE_WORDS = 3  # at most, in a caption's note in brackets; at least, in its words before
_NOTE_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:：.!?;\d]{0,40}?)\s*[:：]\s+(?P<value>\S.*)$")
_TALLY_SEPARATOR = re.compile(r"\s*[,;،，；]\s*|\s+[–—]\s+")
_TALLY_ITEMS = 4  # at least, in a tally: "Heil, Ruppert – Schäfer (6), Lotz (5/3)"
_TALLY_ITEM_WORDS = 3  # at most, in each item
_COUNTER = re.compile(
    r"^[^\W\d_][^\W\d_ ]{0,15}\s*(?P<number>\d{1,3})\s*(?:/|[^\W\d_]{1,4}\s)\s*(?P<count>\d{1,3})$"
)
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")  # an account's handle: "@JaguaresGG"
_POST_LINES = 4  # at most, in an embedded post's text and its time
_POST_TIME_WORDS = 8  # at most, in the time it was posted: "10:41 p. m. · 13 abr. 2025"
_PLAYER_KINDS = ("menu", "listen", "share", "network", "document", "reading")
_PLAYER_REACH = 4  # at most, a player's and a menu's lines before the story's copy
_CHAPTER = re.compile(r"^(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})\s+\S")  # "02:41 Who was ...?"
_CHAPTERS = 3  # at least, in a run of a recording's chapters
_PULL_QUOTE_WORDS = 40  # at most
_LONE_QUOTE_WORDS = 25  # at most, in a quote set apart with no one named
_PULL_QUOTE_REACH = 3  # paragraphs either side, where the passage a pull quote repeats is
_INTERTITLE_WORDS = 8  # at most: "Une clientèle de plus en plus saisonnière"
_LEAD_IN_WORDS = 7  # at most, in a list's lead-in that is no sentence of the story
_LEAD_IN_CHARS = 60  # at most, in such a lead-in: Chinese has no spaces to count words by
# A sentence's end inside a line, before more of it: "Le lot est prêt. Il comprend :"
_SENTENCE_BEFORE = re.compile(r"[^\W\d_]{2}[.!?。！？]\s*\S")
_COPY_CHARS = 48  # more than, in a paragraph of Chinese
_HAN_SENTENCES = re.compile(r"[\u3400-\u9fff][。！？][」』”]*[\u3400-\u9fff]")  # one, then another
_CONTACT_LINES = 4  # at most: a name, an office, a telephone, an address
_PHRASE_BREAK = re.compile(r"\s+|[・·•]")
_MENU_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_EDITOR_LINE = re.compile(r"^[（(【]?\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]")
_BUTTONS_AFTER_LABEL = re.compile(r"[:：]\s*\S+.*\s[-–·•|/]\s")  # "Teilen: Facebook · X"
# Between a row's buttons ("Search | Sign in", "EN | FR"), never inside a tagline's phrase.
_BAR = re.compile(r"\s[|｜]\s")
# "新聞快遞網 | 即時新聞一次看 · 即時 · 政治": a name, a dash or bar, its tagline and menu
_NAME_OVER_MENU = re.compile(r"^(?P<name>[^·•|–—]{2,60}?)\s+(?:[–—-]|\|)\s+(?P<menu>.+)$")
# A house's number or a postcode after a comma, or a postcode before its town: "Praça da
# Matriz, 100", "35999 Oberwiesbach"
_ADDRESS = re.compile(r",\s*\d{1,5}(?!\d)|(?<![\d.,])\d{4,5}\s+[A-ZÀ-ÖØ-Þ][^\W\d_]+")
# A number of four figures or more that is no year: a register's ("Registro de
# Asociaciones n.º 4517", "Charity no. 503771")
_REGISTRY_NUMBER = re.compile(r"(?<![\d.,])(?!(?:1[89]|20)\d\d(?!\d))\d{4,}(?![\d.,]\d)")
# A place of one to three capitalised words and a full stop: "Rodez. ", "Saint-Affrique. "
_PLACE_AND_FULL_STOP = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-ÞЀ-Я][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-ÞЀ-Я][^\W\d_]+){0,2})\.\s+"
    r"(?=[A-ZÀ-ÖØ-ÞЀ-Я\"“«„])"
)
_LENGTHS = ("reading", "listen")  # a title's length under it in a list: "44 min"
_FIRST_CHAPTER = re.compile(r"^0{1,2}:00(?!\d)")  # a player's first: "00:00 Introduction"
_LEGAL_FORM = re.compile(r"(?:\.|\b\w*[A-Z]\w*[A-Z]\w*)$")  # "S.L.", "Ltd.", "GmbH", "AG"
_PUBLISHER_ENDING = 2  # words or characters of Chinese, after the portal's name
_TAG_ROW_ITEMS = 2  # at least, in a row of tags on one line
_TAG_WORDS = 4  # at most, in a tag
_LINE_PARTS = re.compile(r"\u3000+|\s+[|｜]\s+")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
_HAN_HEADLINE_CHARS = 6  # at least, in a title in Chinese
_SPACED_DASH = re.compile(r"\s[–—-]{1,2}\s|[.][-–—]")


@attrs.define
class Page:
    """What a page's blocks say, as text: each value as written on the page."""

    headline: str
    section: str | None = None
    kicker: str | None = None
    portal: str | None = None
    tagline: str | None = None
    standfirst: str | None = None
    authors: list[str] = attrs.Factory(list)
    agency: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    dateline: str | None = None
    paragraphs: list[str] = attrs.Factory(list)
    related: list[tuple[str, RelatedKind]] = attrs.Factory(list)
    keywords: list[str] = attrs.Factory(list)
    comment_count: int | None = None
    comments_open: bool | None = None
    more_from_section: str | None = None  # the section a more-from line names
    trail: list[str] = attrs.Factory(list)  # the breadcrumb trail the section ends
    intertitles: set[int] = attrs.Factory(set)  # which paragraphs are the story's headings


@attrs.define
class _Head:
    headline: int
    body: int  # where the story starts
    standfirst: int | None = None
    authors: list[int] = attrs.Factory(list)
    top: int | None = None  # a release's label over its date line, where the headline is under it


def read_page(blocks: list[str]) -> Page | None:
    """The page ``blocks`` make, or None for a page with no headline."""
    kinds = [furniture_kind(block) for block in blocks]
    if kinds and kinds[0] != "menu":
        kinds[0] = None  # a page opens with its title or its menu, never with furniture
    head = _head(blocks, kinds)
    if head is None:
        return None
    page = Page(blocks[head.headline])
    _read_top(blocks, kinds, head.headline if head.top is None else head.top, page)
    if head.standfirst is not None:
        page.standfirst = blocks[head.standfirst]
    _mark_chapters(blocks, kinds, head.body)
    story, furniture_start, inside = _story(blocks, kinds, head.body)
    masthead = page.portal or (blocks[0] if head.headline else None)
    page.paragraphs = _without_portal_credit([blocks[i] for i in story], masthead)
    hint, dateline_day, reporters_named = _read_opening(page)
    _read_bylines(blocks, head, hint, page)
    if not page.authors:
        page.authors.extend(reporters_named)
    # A page with no date line: the day its dateline gives in full ("Berlin, 5. Juni 2024
    # – ...") is the day it was published.
    page.published = page.published or dateline_day
    for index in range(head.body, furniture_start):
        if kinds[index] == "read-also":
            page.related.append((_after_label(blocks[index]), RelatedKind.SEE_ALSO))
        elif kinds[index] == "tag-line":  # a story read on past its tags
            page.keywords.extend(labelled_items(blocks[index]))
        elif index in inside:
            page.related.append((blocks[index], RelatedKind.SEE_ALSO))
    top_label = page.section
    _read_furniture(blocks[furniture_start:], kinds[furniture_start:], page)
    named = page.more_from_section
    if named and top_label and named != top_label and named in blocks[: head.headline]:
        # Two labels over the headline, "Oberösterreich" over "Linz": the one the
        # more-from line names ("Mehr aus Oberösterreich") is the section.
        page.kicker, page.section = page.kicker or top_label, named
    if page.portal:
        portal_key = key(page.portal)
        page.authors = [name for name in page.authors if key(name) != portal_key]
        if top_label and key(top_label) == portal_key:
            page.section = _section_of_more_lines(page)  # the label was the portal's name
    elif (
        head.headline == 1
        and top_label
        and (
            _names_a_portal(top_label)
            or _in_rights_line(top_label, blocks[furniture_start:], kinds[furniture_start:])
        )
    ):
        # A name of several words alone over the headline, and nothing else on the page
        # names the portal: it is the portal's name ("Liège Info"), not a section's; so is
        # a word alone that the footer's rights line names ("© 2022 Murblick").
        page.portal, page.section = top_label, None
    kept = _without_closing_furniture(page.paragraphs, page.portal, page.authors)
    if not page.authors:
        # A byline closing the story ("Текст: Лев Шамардин"), among its last blocks or the
        # short lines after them ("Spendenkonto: ...", "Autorin: Petra Lindqvist"), names
        # the authors where the head names none.
        after = []
        for block, kind in zip(blocks[furniture_start:], kinds[furniture_start:], strict=True):
            if kind is not None:
                break
            after.append(block)
        page.authors.extend(_closing_byline([*page.paragraphs[len(kept) :], *after]))
    page.paragraphs = _without_pull_quotes(kept)
    page.intertitles = story_headings(page.paragraphs)
    return page


def _closing_byline(closing: list[str]) -> tuple[str, ...]:
    """The names the first byline among the blocks closing the story gives; the editor's
    line that closes a Chinese story ("责任编辑：方晓") names no author."""
    for block in closing:
        if _EDITOR_LINE.match(block):
            continue
        byline = read_byline(block) if opens_a_byline(block) else None
        if byline is not None and byline.names:
            return byline.names
    return ()


def _read_opening(
    page: Page,
) -> tuple[tuple[int, int] | None, dt.date | None, tuple[str, ...]]:
    """The dateline, agency and wire reporters the story's opening gives; the (month,
    day) its dateline names, to read a numeric day by, the day it gives in full, and the
    reporters a paper's own report names ("〔記者陳怡君／台北報導〕", "本报讯（记者 李晓）"),
    who are the authors where no byline names any."""
    opening = _opening_dateline(page)
    hint = dateline_day = None
    if opening:
        page.dateline = opening.group("place")
        page.agency = dateline_agency(opening)
        named = (
            opening.group("day")
            or opening.group("long_day")
            or opening.group("spaced_day")
            or opening.group("named_day")
        )
        hint = day_hint(named)
        dateline_day = parse_day(named or "")
    first = page.paragraphs[0] if page.paragraphs else ""
    if page.dateline is None:
        head = [page.headline, page.standfirst or "", page.portal or ""]
        page.dateline = _place_the_head_names(first, head)
    wire = WIRE_OPENING.match(first)
    if wire:
        page.dateline, page.agency = wire.group("place"), wire.group("agency")
        wired = wire.group("reporters")
        page.authors.extend(names_alone(wired.replace(" ", "、")) if wired else ())
    wire_credit = WIRE_CREDIT.match(first)
    if wire_credit:
        page.dateline, page.agency = wire_credit["place"], wire_credit["agency"]
        return hint, dateline_day, names_alone(wire_credit["reporters"].replace("，", "、"))
    credit = REPORTER_CREDIT.match(first)
    if credit is not None:
        page.dateline = page.dateline or credit.group("place")
        return hint, dateline_day, reporters(credit)
    own = OWN_REPORT.match(first)
    own_byline = read_byline(own.group("reporters")) if own else None
    return hint, dateline_day, own_byline.names if own_byline else ()


def story_headings(paragraphs: list[str]) -> set[int]:
    """Which of the story's ``paragraphs`` are its headings: each that
    :func:`is_intertitle` reads between two paragraphs, and the first block where the
    story opens with one of its headings ("Ce qui circule" over the first paragraph,
    "Ce que disent les faits" further down)."""
    headings = {
        index
        for index in range(1, len(paragraphs) - 1)
        if is_intertitle(*paragraphs[index - 1 : index + 2])
    }
    if headings and len(paragraphs) > 1 and _heads_copy(paragraphs[0], paragraphs[1]):
        headings.add(0)
    return headings


def is_intertitle(before: str, block: str, after: str) -> bool:
    """Whether ``block``, between ``before`` and ``after`` in the story, is a heading of
    it: a line of a few words (or Chinese characters) that is no sentence and opens with a
    letter, between two paragraphs ("Technik im Detail", "Como funciona", "國產化仍有瓶頸").
    The copy under it is long; the copy over it may be a short sentence that closes a part
    ("Ninguém diz que não.") or a lead-in whose list is left out ("The plan was:")."""
    return (
        (reads_as_copy(before) or before.endswith(_COLONS))  # a lead-in, its list left out
        and _heads_copy(block, after)
    )


def _heads_copy(block: str, after: str) -> bool:
    """A line of a few words that is no sentence and opens with a capital, over long
    copy, or over a lead-in sentence to a list ("What passengers need to know" over "Rail
    replacement buses will run on the following weekends:")."""
    return (
        is_label(block, _INTERTITLE_WORDS)
        and block[:1].isalpha()
        and not block[:1].islower()
        and not _SPACED_DASH.search(block)  # a quote and its citation, "… — 张静"
        and (reads_as_copy(after) or _introduces(after))
        and _is_long(after)
    )


def _is_long(copy: str) -> bool:
    """Copy long enough to be a paragraph: more than a few words, or characters in a
    script that spaces no words, or two sentences of it ("試運行期間，…四程。當局預計…")."""
    return (
        not _words_at_most(copy, _COPY_AFTER)
        or len(copy) > _COPY_CHARS
        or _HAN_SENTENCES.search(copy) is not None
    )


def _without_portal_credit(paragraphs: list[str], portal: str | None) -> list[str]:
    """The story without a first block that credits the portal (or the name atop the
    page) after a dash or bar: the photo's caption ("Muda de ipê é plantada em praça -
    Gazeta Paulistana"), or the page's title repeated with the site's name."""
    if len(paragraphs) < 2 or not portal:
        return paragraphs
    credit = _SPACED_DASH.split(paragraphs[0])[-1] if _SPACED_DASH.search(paragraphs[0]) else ""
    return paragraphs[1:] if credit and key(credit) == key(portal) else paragraphs


def _without_closing_furniture(
    paragraphs: list[str], portal: str | None, authors: list[str]
) -> list[str]:
    """The story without the blocks at its end that speak of the page itself ("Republish
    this story", "This story was written by ..."), count its views ("Просмотров: 3 412"),
    ask to follow its account ("Folgt uns auf Instagram: @unikompass_ol"), link to a
    gallery with its count ("Galeria de fotos (12)"), credit its reporters, send the
    reader to a broadcast ("Écoutez le reportage ... sur Radio 1"), give practical facts
    ("... Tarif : 6 €") or name the portal in a line that is no sentence ("Siga o PE na
    Hora no Instagram", "Más notas de Sociedad en Cuyo Hoy") or in an offer that asks the
    reader a question: the site's own lines, in any wording, and a heading over them
    ("Pratique"). A sentence naming the portal is the story's ("En Crónica Verde
    seguiremos ..."); a quote names what it likes."""
    # A press release's notes ("Notes to editors") close its story, whatever stands under
    # them; so does a fact box's heading ("Справка") over the story's last block or two, and
    # "About X" over its last few.
    end = next(
        (
            index
            for index, block in enumerate(paragraphs[1:], 1)
            if heads_release_notes(block)
            or (heads_a_fact_box(block) and len(paragraphs) - index <= _BOX_ITEMS + 1)
            or (heads_a_note_on_the_sender(block) and len(paragraphs) - index <= _SENDER_NOTES)
        ),
        len(paragraphs),
    )
    while end > 1 and not paragraphs[end - 1].startswith(_QUOTE_OPENINGS):
        block = paragraphs[end - 1]
        names_portal = bool(portal) and names_whole(block, portal or "")
        credits = closes_with_a_credit(block) or (  # "Reporting by ...", "(dpa/afp)"
            opens_a_byline(block) and not ends_a_sentence(block)
        )
        if not (
            speaks_of_itself(block)
            or is_programme_note(block)
            or is_site_link(block)
            or credits
            or gives_practical_facts(block)
            or gives_opening_hours(block)  # "... с 10:00 до 18:00. Вход бесплатный."
            or is_labelled_figure(block)  # "Просмотров: 3 412"
            or _FIGURE_AND_WORD.match(block) is not None  # "1 284 просмотра", "2,318 views"
            or follows_an_account(block)  # "Folgt uns auf Instagram: @unikompass_ol"
            or is_counted_link(block)  # "Galeria de fotos (12)"
            or _tally(block)  # "Шайбы: 0:1 Кравец (12:40), 1:1 Ломакин (27:15), ..."
            or is_note_on_the_sender(block)  # "Über die GBHA: Die Gewerkschaft ..."
            or is_notice(block)  # "تنويه: يظل القسم القنصلي مغلقاً ..."
            or _presents_the_writer(block, authors)  # "Claire Vautrin est historienne ..."
            or (end < len(paragraphs) and is_label(block))  # a heading over such lines
            # the portal named in a line that is no sentence, or in an offer that asks the
            # reader ("Sie möchten den ganzen Test lesen? Jetzt X Digital testen.")
            or (names_portal and (not ends_a_sentence(block) or _asks(block)))
        ):
            break
        end -= 1
    return paragraphs[:end]


def _presents_the_writer(block: str, authors: list[str]) -> bool:
    """Whether ``block`` opens with the full name of one of the page's ``authors`` (of
    two words or more), then goes on: the line that presents the writer at the story's
    end ("Claire Vautrin est maîtresse de conférences ..."), not the writer's telling."""
    return any(
        not _words_at_most(name, 1)
        and block.startswith(name)
        and block[len(name) : len(name) + 1].isspace()
        for name in authors
    )


def _tally(block: str) -> bool:
    """A tally under a label of a word or three and a colon: a run of short items between
    commas, no sentence's clauses (a team's line-up "Gründau: Heil, Ruppert – Schäfer (6),
    Lotz (5/3), ...", the goals "Шайбы: 0:1 Кравец (12:40), 1:1 Ломакин (27:15), ..."): at
    the story's end, a box of figures, not the story's telling ("Fazit: Wer viel ...")."""
    match = _NOTE_LABEL.match(block)
    if match is None or not _words_at_most(match["label"], _NOTE_WORDS):
        return False
    items = _TALLY_SEPARATOR.split(match["value"].rstrip(".;"))
    return len(items) >= _TALLY_ITEMS and all(
        _words_at_most(item, _TALLY_ITEM_WORDS) for item in items
    )


def _asks(block: str) -> bool:
    """Whether ``block`` asks a question before its last sentence."""
    return any(mark in block[:-1] for mark in _QUESTION_MARKS)


def _without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """The story without its pull quotes: a short quote that repeats words of a longer
    paragraph near it ("The fungi essentially extend the root system."), or one set
    alone between paragraphs that quote nobody (« Une graine qu'on ne sème pas est une
    graine qui meurt. »)."""
    return [
        block
        for index, block in enumerate(paragraphs)
        if not _repeats_a_passage(
            block,
            paragraphs[max(index - _PULL_QUOTE_REACH, 0) : index]
            + paragraphs[index + 1 : index + 1 + _PULL_QUOTE_REACH],
        )
        and not (0 < index < len(paragraphs) - 1 and _lone_quote(block, paragraphs[index - 1]))
    ]


def _lone_quote(block: str, before: str) -> bool:
    """A quotation and nothing else, no one named as saying it, under a paragraph that
    quotes nobody: set apart to be seen, as a speaker's words going on from the
    paragraph before would not be."""
    opening = block[:1]
    return (
        opening in _QUOTE_OPENINGS
        and _words_at_most(block, _LONE_QUOTE_WORDS)
        and block.rstrip(" .。")[-1:] in _QUOTE_CLOSINGS
        and not any(mark in block[1:].rstrip(" .。")[:-1] for mark in _QUOTATION_MARKS)
        and not any(
            not _words_at_most(quoted, _NAMED_WORDS) or len(_HAN.findall(quoted)) > _HAN_LABEL
            for quoted in _QUOTATION.findall(before)
        )  # a word or a name in quotes is no speaker's: « parrains », "Halcón"
    )


def _repeats_a_passage(block: str, others: list[str]) -> bool:
    """A quote set apart that a longer paragraph holds, words and all."""
    passage = block.strip("".join(_QUOTE_OPENINGS) + '"”’»“」』 .。')
    return (
        block.startswith(_QUOTE_OPENINGS)
        and _words_at_most(block, _PULL_QUOTE_WORDS)
        and not _words_at_most(passage, _NOTE_WORDS)
        and any(
            passage in other and not _words_at_most(other, len(block.split()) + _COPY_AFTER)
            for other in others
        )
    )


def _place_the_head_names(first: str, head: list[str]) -> str | None:
    """A place alone and a full stop opening the story ("Rodez. Les échafaudages ..."), a
    place the headline, the standfirst or the portal's name names ("À Rodez, la
    cathédrale ...", "Schützengesellschaft 1862 Oberwiesbach e.V."): a word alone and a
    full stop may be a sentence's ("Enfin. ..."), the head's naming it marks the place."""
    match = _PLACE_AND_FULL_STOP.match(first)
    if match is None or not reads_as_copy(first[match.end() :]):
        return None
    place = match.group("place")
    named = re.compile(rf"(?<!\w){re.escape(place)}(?!\w)")
    return place if any(named.search(text) for text in head) else None


def _opening_dateline(page: Page) -> re.Match[str] | None:
    """The dateline that opens the story: at the start of its first paragraph, or on a
    line of its own, which then opens the paragraph after it (a story that opens with a
    photo) or stands alone (a story with no text)."""
    if not page.paragraphs:
        return None
    alone = DATELINE_ALONE.match(page.paragraphs[0])
    if alone is None:
        return dateline_opening(page.paragraphs[0])
    if len(page.paragraphs) == 1:
        page.paragraphs = []
        return alone
    first, second, *rest = page.paragraphs
    page.paragraphs = [f"{first} {second}", *rest]
    return DATELINE.match(page.paragraphs[0]) or alone


def dateline_opening(block: str) -> re.Match[str] | None:
    """The dateline opening ``block`` ("Damascus – ..."), or None; a quote whose only
    dash is its citation's ("We will rebuild — Jane Roe") has none."""
    start = cited_quote_start(block)
    if start is not None and _SPACED_DASH.search(block, 0, start) is None:
        return None
    return DATELINE.match(block)


def _shouted(label: str) -> bool:
    """A label written in capitals, a word or more with case ("FOXES FURY"): a kicker's
    shout, not a section's name."""
    return any(map(str.isalpha, label)) and label == label.upper() != label.lower()


def _names_a_portal(label: str) -> bool:
    """Several words written as a name, capitals and all ("Notícias ao Segundo"): a
    section's label of several words is a phrase ("Faits divers"); in a script without
    capitals ("كرة القدم") only a word that names a site tells a portal's name ("مدونة
    صفاقس الآن": a blog), and any other label stays a section."""
    return names_a_site(label) or (
        not _words_at_most(label, 1)
        and any(char.isupper() for char in label)
        and capitalised(label)
    )


def _in_rights_line(label: str, blocks: list[str], kinds: list[str | None]) -> bool:
    """Whether a rights line of the footer names ``label``, a word or words whole."""
    return any(
        kind == "rights" and names_whole(block, label)
        for block, kind in zip(blocks, kinds, strict=True)
    )


def _section_of_more_lines(page: Page) -> str | None:
    """The section a more-from line names, if any."""
    for title, kind in page.related:
        named = more_from(title) if kind is RelatedKind.MORE_FROM_SECTION else None
        if named is not None and named.section is not None:
            return named.section
    return None


# --- The head ---------------------------------------------------------------------------
def _is_meta(block: str, kind: str | None) -> bool:
    """A byline or date line; one that credits the photos too is no caption ("Von
    Gertrud Brinkhaus | 12. Oktober 2024 | Fotos: Heiko Sandner")."""
    if kind == "caption":
        byline = read_byline(block)
        return byline is not None and bool(byline.names) and byline.published is not None
    if kind not in (None, "reading", "category-line"):  # Arabic "نشر في": posted in, on
        return False
    return read_byline(block) is not None or (
        _short_line(block) and read_date_line(block) is not None
    )


def _short_line(block: str) -> bool:
    """Short enough for a date line, or no copy; a relative time beside the day ("vor 5
    Std. · 07.03.2025") is not counted, nor its abbreviation's full stop, nor a reading
    time."""
    block = _MERIDIEM.sub("", without_relative_time(block)[0])  # "11:42 a. m."
    # nor a reading time beside it ("Veröffentlicht: 19. September 2024 | Lesezeit: 4 Min.")
    parts = _PARTS.split(block)
    block = " | ".join(part for part in parts if furniture_kind(part) != "reading") or block
    return not reads_as_copy(block) or len(block.split()) <= _SHORT_DATE_LINE


_PARTS = re.compile(r"\s+[|·•]\s+")
_MERIDIEM = re.compile(r"(?<=\d)\s*[ap]\.\s?m\.$", re.IGNORECASE)  # its full stop ends no sentence


def _head(blocks: list[str], kinds: list[str | None]) -> _Head | None:
    # The head ends where furniture that ends a story begins ("Related Posts").
    end = next(
        (i for i, kind in enumerate(kinds) if kind not in (None, *_HEAD_FURNITURE)), len(kinds)
    )
    # A "Name – Tagline" just before the furniture is the portal's footer, not the head's.
    footer = end - 1 if end - 1 > 0 and is_name_and_tagline(blocks[end - 1]) else None
    # So is one at the page's top, over the headline, perhaps under strips of figures or
    # buttons: the masthead ("Cuyo Hoy · El diario digital de Mendoza").
    top = next((i for i, block in enumerate(blocks) if not _above_masthead(block)), None)
    masthead = top if top is not None and is_name_and_tagline(blocks[top]) else None
    # A mark with no letter or figure opening the page over its masthead (":::", an access
    # key's anchor) heads nothing; over a byline or copy, it is the headline.
    mark = 0 if len(blocks) > 1 and _is_access_mark(blocks, kinds) else None
    candidates = [
        i
        for i, kind in enumerate(kinds[:end])
        if kind is None and i not in (footer, masthead, mark)
    ]
    if not candidates:
        candidates = [i for i, kind in enumerate(kinds) if kind is None][:1]
    if not candidates:
        return None
    first_meta = _first_meta(blocks, kinds)
    opening = _dateline_paragraph(blocks, candidates) if first_meta is None else None
    over_opening = (
        _headline_and_standfirst(
            blocks,
            kinds,
            # an office's credit right over the dateline's paragraph is no standfirst
            [i for i in candidates if i < opening - _office_credit(blocks[opening - 1])],
        )
        if opening is not None
        else None
    )
    if over_opening is not None and is_title(blocks[over_opening[0]]):
        # No byline or date line, but the story's first paragraph opens with its
        # dateline ("Berlin, 5. Juni 2024 – ..."): the headline stands over it.
        headline, standfirst = over_opening
        authors: list[int] = []
    elif first_meta is None:
        headline = _headline_without_meta(blocks, candidates)
        standfirst = None
        authors = []
    else:
        # today's day in the masthead is neither headline nor standfirst
        before = [i for i in candidates if i < first_meta and not _masthead_day(blocks, kinds, i)]
        authors = []
        if (
            len(before) >= 3
            and before[-2:] == [first_meta - 2, first_meta - 1]
            and _name_alone(blocks[before[-2]])
            and _name_alone(blocks[before[-1]])
            and not _is_label(blocks[before[-3]])
            and not _name_alone(blocks[before[-3]])
        ):
            # "Euan Baird", "Local Democracy Reporting Service", the day: the name, then
            # the service the reporter works for
            before.pop()
            authors.append(before.pop())
        elif (
            len(before) >= 2
            and before[-1] == first_meta - 1
            and _name_alone(blocks[before[-1]])
            and not _is_label(blocks[before[-2]])
        ):
            authors.append(before.pop())
        elif (
            len(before) >= 2
            and before[-1] == first_meta - 1
            and _office_credit(blocks[before[-1]])
        ):
            before.pop()  # "Communications Team" over the day: an office's credit, no standfirst
        elif (
            len(before) >= 3
            and before[-1] == first_meta - 1
            and _source_alone(blocks[before[-1]])
            and reads_as_copy(blocks[before[-2]])
        ):
            before.pop()  # a standfirst, "Colprensa", the day: the source that ran the story
        if not before:
            return _Head(first_meta, first_meta + 1) if first_meta else None
        if _date_over_title(blocks, kinds, before, first_meta):
            # "Press › Press releases", "4 June 2025", the headline, the story: a day
            # written over the headline, under nothing but labels, opens the head.
            first_meta += 1
            before = [first_meta]
            authors = []
        headline, standfirst = _headline_and_standfirst(blocks, kinds, before)
        late = _title_under_the_date(blocks, kinds, first_meta)
        if late is not None and standfirst is None and _shouted(blocks[headline]):
            # "NEWS RELEASE", "Northern District | Jan. 14, 2025", "Contact: ...", the
            # headline, the dateline's paragraph: a release's head over its title.
            body = _after_head(blocks, kinds, late + 1, authors)
            return _Head(late, body if isinstance(body, int) else body[0], top=headline)
    body = _after_head(blocks, kinds, (standfirst or headline) + 1, authors)
    if isinstance(body, tuple):
        body, late_standfirst = body
        standfirst = standfirst if standfirst is not None else late_standfirst
    return _Head(headline, body, standfirst, authors)


def _source_alone(block: str) -> bool:
    """One capitalised word alone, a wire's or a source's name ("Colprensa")."""
    return _words_at_most(block, 1) and block[:1].isupper() and block.isalpha()


def _has_word(block: str) -> bool:
    return any(map(str.isalnum, block))


def _is_access_mark(blocks: list[str], kinds: list[str | None]) -> bool:
    return (
        not _has_word(blocks[0])
        and not _is_meta(blocks[1], kinds[1])
        and not reads_as_copy(blocks[1])
    )


def _title_under_the_date(
    blocks: list[str], kinds: list[str | None], first_meta: int
) -> int | None:
    """A title under the date line and the contact's lines, right over the paragraph
    that opens with the dateline: a press release's headline, under its head."""
    index = first_meta
    while index < min(len(blocks), first_meta + _RELEASE_HEAD_LINES) and (
        _is_meta(blocks[index], kinds[index]) or _labelled_fact(blocks[index])
    ):
        index += 1
    after = index + 1
    return (
        index
        if index > first_meta
        and after < len(blocks)
        and kinds[index] is None
        and is_title(blocks[index])
        and not _labelled_fact(blocks[index])
        and read_byline(blocks[index]) is None
        and not _name_alone(blocks[index])
        and dateline_opening(blocks[after]) is not None
        else None
    )


def _headline_and_standfirst(
    blocks: list[str], kinds: list[str | None], before: list[int]
) -> tuple[int, int | None]:
    """The headline and standfirst among the blocks ``before`` the byline (or the
    dateline's paragraph): the last one, or the two last when they follow each other
    and the first of them is a title, not a label."""
    if (
        len(before) >= 2
        and before[-2] == before[-1] - 1
        and not _is_label(blocks[before[-2]])
        and not _long_label_under_menu(blocks, kinds, before[-2])
        and not _is_header(blocks, before[-2])
        and is_title(blocks[before[-2]])
        and not _under_masthead(blocks, before)
    ):
        return before[-2], before[-1]
    return before[-1], None


def _dateline_paragraph(blocks: list[str], candidates: list[int]) -> int | None:
    """The head's first or second block of copy (a standfirst may stand over it) when it
    opens with a dateline and a title that is no label stands over it: the story's first
    paragraph."""
    copy = 0
    for index in candidates:
        block = blocks[index]
        if index >= _HEAD_BLOCKS or copy >= 2:
            return None
        if reads_as_copy(block) and not _words_at_most(block, _COPY_AFTER):
            copy += 1
            titled = any(i < index and not _is_label(blocks[i]) for i in candidates)
            if titled and dateline_opening(block):
                return index
    return None


def _under_masthead(blocks: list[str], before: list[int]) -> bool:
    """Whether the two blocks above the byline stand right under a lone name at the top
    of the page: the masthead's tagline and the headline ("Harbour Notes", "Independent
    reporting from Halifax", the headline), not a headline and its standfirst."""
    return (
        before[-3:] == [0, 1, 2]
        and is_label(blocks[0])
        and not ends_a_sentence(blocks[before[-1]])  # a standfirst's sentence
    )


def _first_meta(blocks: list[str], kinds: list[str | None], start: int = 1) -> int | None:
    """The first byline or date line of the head from ``start``, before the story's
    second block of copy (the first may be a standfirst)."""
    copy = 0
    for index in range(start, min(len(blocks), _HEAD_BLOCKS)):
        block, kind = blocks[index], kinds[index]
        if _masthead_day(blocks, kinds, index):
            continue
        if _is_meta(block, kind) or (
            index >= 2
            and _words_at_most(blocks[index - 1], _STANDFIRST_WORDS)  # not a first paragraph
            and _byline_names(blocks, kinds, index)
        ):
            return index
        if (
            kind is None
            and reads_as_copy(block)
            and not is_name_and_tagline(block)
            and not _short_question(block)
            and not _exclaiming_title(block)
        ):
            copy += 1
            if copy >= 2:
                return None
    return None


def _exclaiming_title(block: str) -> bool:
    """A title that holds a cry or a question but ends in none, no longer than a title
    ("It's a girl! Lowland tapir calf born at Hollowmere"): a headline, not copy."""
    return is_title(block) and not ends_a_sentence(block) and _CRY.search(block) is not None


_CRY = re.compile(r"[!?！？]\s")


def _short_question(block: str) -> bool:
    """A question of a few words, a button over the head ("Sendung verpasst?", "Need
    help?"), not a block of the story's copy."""
    return block.rstrip().endswith(_QUESTION_MARKS) and _words_at_most(block, _BUTTON_QUESTION)


def _masthead_day(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """Today's day in the masthead, over the site's menu ("Miércoles, 3 de abril de
    2024", then "Portada · España · ..."): no byline, and a menu's row of links right
    under it (not a button such as a text-size control), or the article's own byline or
    date line further down."""
    following = index + 1
    if read_byline(blocks[index]) is not None or read_date_line(blocks[index]) is None:
        return False
    if following < len(blocks) and kinds[following] == "menu" and is_menu_row(blocks[following]):
        return True
    # Right under the portal's name, with a byline or date line further down: the
    # masthead's day ("El Heraldo Nacional", "Miércoles, 12 de marzo de 2025").
    # So under the name and its tagline ("Église en Rouergue", "Le journal des catholiques
    # de l'Aveyron", "Lundi 6 avril 2026 – Saint Marcellin").
    under_tagline = (
        index == _UNDER_TAGLINE
        and kinds[0] is None
        and kinds[1] is None
        and is_label(blocks[0])
        and _is_phrase(blocks[1])
        and not reads_as_copy(blocks[1])
    )
    return (index == 1 or under_tagline) and _first_meta(
        blocks, kinds, start=following + 1
    ) is not None


def _headline_without_meta(blocks: list[str], candidates: list[int]) -> int:
    """With no byline or date line: the first title after the labels above it (the
    portal's name, the section), when copy follows it; the last label when copy follows
    the labels at once (a short headline); else the first block. Never the portal's
    "Name – Tagline" header."""
    if len(candidates) > 1 and _is_header(blocks, candidates[0]):
        candidates = candidates[1:]
    first = next((n for n, i in enumerate(candidates) if not _is_label(blocks[i])), None)
    if not first:  # no labels above, or nothing but labels
        return candidates[0]
    block, label = blocks[candidates[first]], blocks[candidates[first - 1]]
    if is_title(block) and (
        # a title right under a breadcrumb trail, whatever follows it (a source line)
        trail(label) is not None
        or (
            len(block) >= len(label)
            and first + 1 < len(candidates)
            and not is_label(blocks[candidates[first + 1]])
        )
    ):
        return candidates[first]
    # The seed's rule: a label, a title at least as long, then no label.
    top = [blocks[i] for i in candidates[:3]]
    if len(top) == 3 and is_title(top[1]) and len(top[1]) >= len(top[0]) and not is_label(top[2]):
        return candidates[1]
    return candidates[0]


def _after_head(
    blocks: list[str], kinds: list[str | None], start: int, authors: list[int]
) -> int | tuple[int, int | None]:
    """Where the story begins after the headline (or standfirst): past byline and date
    lines, names alone beside them, share buttons, reading times, captions, and one
    standfirst between such lines. A name alone is the story's own where a byline
    already names the authors, or where nothing but furniture follows it."""
    index, standfirst = start, None
    seen_meta = named = False
    while index < len(blocks):
        block, kind = blocks[index], kinds[index]
        if _is_meta(block, kind):
            seen_meta = True
            byline = read_byline(block)
            named = named or (byline is not None and bool(byline.names))
            index += 1
            continue
        if kind in _HEAD_FURNITURE:  # a source line too: "来源：江城日报" under the headline
            index += 1
            continue
        after = _next_not_head_furniture(kinds, index + 1)
        if index in authors or (
            index - 1 in authors
            and _name_alone(block)
            and after < len(blocks)
            and _is_meta(blocks[after], kinds[after])
        ):
            index += 1  # the author named over the day, and the service under the name
            continue
        # The head's "Comments" button and its count under it, a views counter ("👁 2
        # 315"): a number and no word, beside a byline or date line; a button that
        # speaks of the page ("Email this story").
        if (
            is_comments_label(block)
            or (seen_meta and (_count_alone(block) or is_labelled_figure(block)))
            or _page_button(block)
            or _player_button(blocks, kinds, index)  # "Watch the report" over the player
        ):
            index += 1
            continue
        over_meta = after < len(blocks) and _is_meta(blocks[after], kinds[after])
        if (
            seen_meta
            and (_office_credit(block) or _labelled_fact(block))
            and _copy_follows(blocks, kinds, index)
        ) or (over_meta and _office_credit(block)):
            # "Pressestelle Stadtwerke Hellenbrück", "發布單位：保育研究課" (issued by) under
            # the date line, "Communications Team" over it: the story's credit, no author
            index += 1
            continue
        beside_meta = seen_meta or over_meta
        story_after = after < len(blocks) and kinds[after] is None
        if (
            kind is None
            and not named
            and _name_alone(block)
            and ((beside_meta and story_after) or _byline_names(blocks, kinds, index))
        ):
            authors.append(index)
            index += 1
            continue
        # A date line that gives a relative time alone ("Atualizado há 1 hora"); an entry's
        # badge or time over its byline ("PINNED", "05:47", "Posted by ..."); an office's
        # name alone over the dateline's paragraph ("Media team", then "EXETER — ...").
        if (
            kind is None
            and seen_meta
            and (
                is_dated(block)
                or _over_entry_byline(blocks, kinds, index)
                or _office_over_dateline(block, blocks[after] if after < len(blocks) else "")
            )
        ):
            index += 1
            continue
        if (
            standfirst is None
            and kind is None
            and after < len(blocks)
            and _is_meta(blocks[after], kinds[after])
            and not DATELINE.match(block)
            and not _office_credit(block)  # "Communications Team" over the day
        ):
            standfirst = index
            index = after
            continue
        if standfirst is None and _opens_before_the_dateline(blocks, kinds, index, after):
            return after, index
        break
    return (index, standfirst) if standfirst is not None else index


def _over_entry_byline(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A live entry's badge or time, over its byline ("PINNED", "05:47", "Posted by Jane
    Roe"): a clock time alone or one word in capitals, then perhaps another such, then a
    byline that names someone."""
    for ahead in range(index, min(index + _ENTRY_BADGES + 1, len(blocks))):
        block = blocks[ahead]
        if kinds[ahead] is None and (_CLOCK.match(block) or _badge(block)):
            continue
        byline = read_byline(block) if ahead > index else None
        return byline is not None and bool(byline.names)
    return False


def _badge(block: str) -> bool:
    """One word in capitals: "PINNED", "BREAKING", "UPDATE"."""
    word = block.strip()
    return " " not in word and len(word) > 1 and word.isalpha() and word.isupper()


def _office_over_dateline(block: str, after: str) -> bool:
    """A desk's or office's name alone, a few words and no sentence, over the paragraph
    that opens with the dateline ("Media team", then "EXETER — Provisional ..."): its
    byline (an office, no author), not a standfirst."""
    return (
        ((_words_at_most(block, _OFFICE_WORDS) and block[:1].isupper()) or _office_credit(block))
        and not ends_a_sentence(block)
        and DATELINE.match(after) is not None
        and reads_as_copy(after)
    )


def _page_button(block: str) -> bool:
    """A button that speaks of the page, in a few words and no sentence ("Email this
    story", "Imprimir esta noticia"): no standfirst."""
    return (
        _words_at_most(block, _BUTTON_WORDS_OF_PAGE)
        and not ends_a_sentence(block)
        and speaks_of_itself(block)
    )


def _count_alone(block: str) -> bool:
    """A number with no word beside it ("37", "👁 2 315")."""
    return any(map(str.isdigit, block)) and not any(map(str.isalpha, block))


def _facts_row(block: str) -> bool:
    """A row of facts parted by dots or bars, four or more of a few words each (a film's
    title, genre, year, length and director): a box's, not the story's copy."""
    if "·" not in block and "|" not in block and "•" not in block:
        return False
    parts = _PARTS.split(block)
    return len(parts) >= _FACTS and all(_words_at_most(part, _FACT_WORDS) for part in parts)


def _labelled_fact(block: str) -> bool:
    """A label and a short value, no sentence: "發布單位：保育研究課", "Fuente: Ayuntamiento"."""
    label, colon, value = block.replace("：", ":").partition(":")
    return (
        bool(colon)
        and _words_at_most(label, _FACT_LABEL_WORDS)
        and len(label.strip()) <= _FACT_LABEL_LENGTH
        and _words_at_most(value, _OFFICE_CREDIT_WORDS)
        and len(value.strip()) <= _FACT_LABEL_LENGTH * 2
        and not ends_a_sentence(block)
    )


def _office_credit(block: str) -> bool:
    """An office's name alone, a few words and no sentence ("Pressestelle Stadtwerke
    Hellenbrück", "Assessoria de Comunicação Social", "المكتب الإعلامي"): the story's
    credit, which names no author."""
    return (
        _words_at_most(block, _OFFICE_CREDIT_WORDS)
        and not ends_a_sentence(block)
        and names_an_office(block)
    )


def _copy_follows(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """Whether the story's copy follows the block at ``index``."""
    after = index + 1
    return after < len(blocks) and kinds[after] is None and reads_as_copy(blocks[after])


def _opens_before_the_dateline(
    blocks: list[str], kinds: list[str | None], index: int, after: int
) -> bool:
    """Whether the first block after the head is a standfirst over the story's dateline
    paragraph: a short block with no dateline of its own, then one that opens with a
    dateline ("Wer nach dem Studium ...", then "Schwerin (dpa) - Das Land ...")."""
    return (
        kinds[index] is None
        and after < len(blocks)
        and kinds[after] is None
        and _words_at_most(blocks[index], _STANDFIRST_WORDS)
        and not DATELINE.match(blocks[index])
        and DATELINE.match(blocks[after]) is not None
        and reads_as_copy(blocks[after])
    )


def _byline_names(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """Names alone with no byline or date line beside them, right over the story's copy
    ("RUI PAIXÃO", "Lucía Ferraro", then a paragraph): the byline, not a heading."""
    after = _next_not_head_furniture(kinds, index + 1)
    return (
        kinds[index] is None
        and _name_alone(blocks[index])
        and all(  # with nothing beside them, names of two words or more, or Chinese ones
            len(name.split()) >= 2 or _HAN_NAME.match(name) for name in names_alone(blocks[index])
        )
        and after < len(blocks)
        and kinds[after] is None
        and reads_as_copy(blocks[after])
        and not _words_at_most(blocks[after], _COPY_AFTER)
    )


def _next_not_head_furniture(kinds: list[str | None], index: int) -> int:
    while index < len(kinds) and kinds[index] in _HEAD_FURNITURE:
        index += 1
    return index


def _name_alone(block: str) -> bool:
    """People's names on their own line, "Amadou Keita", "Carolina Muñoz y Diego
    Sepúlveda": each two to four words ("Save" is a button), or one in a script without
    capitals ("王伟"); every word opens with a letter ("- أمس رقم" is a list item,
    "Nairobi – ..." a dateline)."""
    names = names_alone(block) if not ends_a_sentence(block) else ()
    return bool(names) and all(
        name[:1].isalpha()
        and (len(name.split()) >= 2 or name[:1].lower() == name[:1].upper())
        and len(name.split()) <= _AUTHOR_WORDS
        and len(name) <= _AUTHOR_CHARS
        and all(word[0].isalpha() for word in name.split())
        and not _han_copy(name)
        for name in names
    )


def _han_copy(name: str) -> bool:
    """Chinese longer than a person's name: a Chinese name is two to four characters
    ("王伟", "欧阳娜娜"); a foreign one is joined by a middle dot ("约翰·史密斯")."""
    han = sum("\u3400" <= char <= "\u9fff" for char in name)
    return han > _HAN_NAME_CHARS and not any(dot in name for dot in "·・•")


def _is_header(blocks: list[str], index: int) -> bool:
    """The portal's "Name – Tagline" (or "Name | Tagline") line at the top of the page."""
    return index == 0 and is_name_and_tagline(blocks[0])


def _read_top(blocks: list[str], kinds: list[str | None], headline: int, page: Page) -> None:
    """The section label right above the headline; the portal's name and tagline first."""
    if _date_over_headline(blocks, kinds, headline):
        # "Presse › Pressemitteilungen", "27.02.2025", the headline: the day it was
        # published, written over the headline; the labels stand over it.
        dates = read_date_line(blocks[headline - 1])
        page.published = dates.published if dates else None
        headline -= 1
    above = list(range(headline))
    crumbs = _trail_over_headline(blocks, kinds, headline)
    if crumbs:
        page.section, page.trail = crumbs[-1], crumbs
        above.pop()
    elif (
        above
        and kinds[above[-1]] is None
        and (is_label(blocks[above[-1]]) or _long_label_under_menu(blocks, kinds, above[-1]))
        and not (len(above) == 1 and _is_header(blocks, 0))
        and not (above == [0, 1] and kinds[0] is None and _is_phrase(blocks[1]))
    ):
        page.section = blocks[above.pop()]
        crumbs = _trail_over_headline(blocks, kinds, above[-1] + 1) if above else []
        if crumbs:
            # A breadcrumb trail over the label: the trail leads to the label, the
            # section written over the headline ("Idées › Tribunes", "Tribune"); a label
            # in capitals is the kicker ("Sport › Football", "FOXES FURY", the headline).
            above.pop()
            if key(crumbs[-1]) == key(page.section):
                # the label repeats the trail's last item in capitals ("LIVE"): one section
                page.section = crumbs[-1]
            elif _shouted(page.section):
                page.kicker, page.section = page.section, crumbs[-1]
            else:
                crumbs = [*crumbs, page.section]
            page.trail = crumbs
        elif _is_kicker(blocks, kinds, above, page.section):
            page.kicker, page.section = page.section, blocks[above.pop()]
    elif above and kinds[above[-1]] == "menu":
        page.section = _active_item(blocks[above[-1]])
        crumbs = _trail_ending_menu(blocks[above[-1]]) if page.section is None else []
        if not crumbs and page.section is None:
            crumbs = _trail_as_menu(blocks, kinds, above) or _labels_after_site_links(
                blocks[above[-1]]
            )
        if crumbs:
            page.section, page.trail = crumbs[-1], crumbs
        elif page.section is None:
            page.section = _label_closing_menu(blocks[above[-1]])
    header = _after_skip_links(
        blocks,
        kinds,
        [
            i
            for i in above
            if kinds[i] is None and not _short_question(blocks[i]) and _has_word(blocks[i])
        ],
    )
    # The header is what stands before any menu: "Le Fil Vert", its tagline, then
    # "Accueil", "À propos"...
    first_menu = next((i for i in above if kinds[i] == "menu" and header and i > header[0]), None)
    if first_menu is not None:
        header = [i for i in header if i < first_menu]
    while header and _above_masthead(blocks[header[0]]):
        header.pop(0)
    # The name as the first menu's first item, at the page's top, is the portal's; a
    # label under that menu is a part of the site ("Investor Relations").
    page.portal, page.tagline = _masthead_in_menu(blocks, kinds, above)
    if header and page.portal is None:
        _read_header(blocks, header, first_menu, page)


def _read_header(blocks: list[str], header: list[int], first_menu: int | None, page: Page) -> None:
    """The portal's name and tagline from the header's blocks, over any menu; strips over
    them (an offer, opening hours, a parcel's tracking field) are not the name."""
    header = _name_and_tagline_over_menu(blocks, header, first_menu) or header
    first = blocks[header[0]]
    match = NAME_AND_TAGLINE.match(first)
    longest = MASTHEAD_TAGLINE_WORDS if first_menu is not None else None
    over_menu = first_menu is not None
    if match and is_name_and_tagline(first, tagline_words=longest, masthead=over_menu):
        page.portal, page.tagline = match.group("name"), match.group("tagline")
    elif (
        is_label(first)
        or len(first.split()) <= _AUTHOR_WORDS + 2
        # a long name alone over the menu or opening the page: "Cofradía de Pescadores San
        # Telmo de Portuzarra"
        or (
            (over_menu or header[0] == 0)
            and capitalised(first)
            and _words_at_most(first, _MASTHEAD_NAME_WORDS)
        )
    ):
        page.portal = first
        second = blocks[header[1]] if len(header) >= 2 else ""
        # Over a menu, the line under the name is its tagline; with none, a line written
        # as a name ("Pays de la Loire" over the section) is a region's label.
        tagline = (
            len(second.split()) >= _TAGLINE_WORDS
            or _han_phrases(second)
            or (first_menu is not None and _han_motto(second))
        ) and not (
            (reads_as_copy(second) and not _motto_over_menu(second, header, first_menu))
            or _figures(second)
            or parse_day(second) is not None  # the day's date: "Miércoles, 12 de marzo de 2025"
            or names_an_office(second)
            or _BAR.search(second)
            or _ends_with_a_site_link(second)  # "Área de sócio    Pesquisar"
        )
        # Under the name, over the menu, a motto's fragments may run to three words
        # ("Stark im Betrieb. Stark für dich.").
        motto = is_motto(second, _MENU_MOTTO_WORDS if first_menu is not None else _MOTTO_WORDS)
        if (tagline and (first_menu is not None or not _is_name_written(second))) or motto:
            page.tagline = second


def _motto_over_menu(line: str, header: list[int], first_menu: int | None) -> bool:
    """The header's second and last line, right over the menu and short, written as
    sentences ("Pub quizzes every Tuesday since 1987. Teams of up to six."): the tagline,
    as copy never stands between the name and the menu."""
    return (
        first_menu is not None
        and len(header) == 2
        and header[1] == first_menu - 1
        and _words_at_most(line, MASTHEAD_TAGLINE_WORDS)
    )


def _ends_with_a_site_link(line: str) -> bool:
    """A strip of buttons, its last a site's own link ("... Pesquisar", "... Search")."""
    words = line.split()
    return len(words) > 1 and any(is_menu_word(" ".join(words[-n:])) for n in (1, 2))


def _name_and_tagline_over_menu(
    blocks: list[str], header: list[int], first_menu: int | None
) -> list[int]:
    """The name and the tagline right over the menu, under other lines of the header
    ("Envío gratis a partir de $800", "Cervecería La Gaviota Tuerta", "Cerveza artesanal
    de Puerto Azufre", the menu): a name of a few words and a phrase that is no sentence,
    no day and no button; [] where the header holds no more than them."""
    if first_menu is None or len(header) <= 2 or header[-2:] != [first_menu - 2, first_menu - 1]:
        return []
    name, tagline = blocks[first_menu - 2], blocks[first_menu - 1]
    named = is_label(name) or (capitalised(name) and _words_at_most(name, _AUTHOR_WORDS + 2))
    caseless = not any(map(str.isupper, tagline)) and not _words_at_most(tagline, 2)
    phrase = (
        (_is_phrase(tagline) or caseless or _han_phrases(tagline))
        and not reads_as_copy(tagline)
        and read_date_line(tagline) is None
        and not is_account_strip(tagline)
        and not _COLON.search(tagline)  # "Jetzt läuft: Isartal am Nachmittag", a player's label
        and not _figures(tagline)
    )
    return header[-2:] if named and phrase and not ends_a_sentence(name) else []


def _masthead_in_menu(
    blocks: list[str], kinds: list[str | None], above: list[int]
) -> tuple[str | None, str | None]:
    """The portal's name and tagline written as the menu's first items, at the page's top
    under any strips ("新聞快遞網 | 即時新聞一次看 · 即時 · 政治", "Северогорск.ру · Новости
    вашего города · Новости · Город"): a name and a tagline over a dash or bar, or a
    first item that no menu has and that the page names again (its rights line, or
    another block for a name of several words)."""
    top = next((i for i in above if not _above_masthead(blocks[i])), None)
    if top is None or kinds[top] != "menu":
        return None, None
    block = blocks[top].strip()
    over_menu = _NAME_OVER_MENU.match(block)
    if over_menu:
        # The tagline is the first item where it is a phrase the items after it are not
        # ("即時新聞一次看 · 即時 · 政治"); else all of them, a motto ("专业 · 独立 · 深度").
        first, *rest = _MENU_SEPARATOR.split(over_menu["menu"])
        if rest and (_is_phrase(first) or _han_motto(first)):
            return over_menu["name"], first
        if is_name_and_tagline(block):
            return over_menu["name"], over_menu["menu"]
        return None, None
    items = _MENU_SEPARATOR.split(block)
    name = items[0]
    others = [b for i, b in enumerate(blocks) if i != top and kinds[i] != "menu"]
    named = _in_rights_line(name, blocks, kinds) or (
        not _words_at_most(name, 1) and any(names_whole(other, name) for other in others)
    )
    if len(items) < 2 or is_menu_word(name) or not named:
        return None, None
    tagline = items[1]
    phrase = _is_phrase(tagline) and all(any(map(str.isalpha, w)) for w in tagline.split())
    return name, tagline if phrase or _caseless_tagline(items) else None


def _caseless_tagline(items: list[str]) -> bool:
    """In a script without capitals, which no phrase's case tells from a link: the
    menu's second item is the tagline where it is words, no menu's word, and the menu's
    own links ("الرئيسية", home) only begin after it ("سفارة …", "لدى المملكة", "English",
    "الرئيسية")."""
    tagline = items[1]
    return (
        (len(tagline.split()) >= 2 or _han_motto(tagline))  # "嘉南人的宵夜廚房"
        and not any(char.isupper() or char.islower() for char in tagline)
        and all(any(map(str.isalpha, word)) for word in tagline.split())
        and not is_menu_word(tagline)
        and any(is_menu_word(item) for item in items[2:])
    )


def _label_closing_menu(menu: str) -> str | None:
    """The menu's last item, right over the headline, where it is no site's own link and
    longer than the links before it ("Nachrichten · Sport · Kultur · Live · Nachrichten
    Nordhessen"): the section's label, run into the menu where a copy keeps no blank line
    between them."""
    *links, last = _MENU_SEPARATOR.split(menu.strip())
    return (
        last
        if links
        and not is_menu_word(last)
        and len(last.split()) > max(len(link.split()) for link in links)
        else None
    )


def _active_item(menu: str) -> str | None:
    """The menu's last item when it repeats one of its items: the section the page is in,
    which the site writes again under its menu, over the headline ("Verein · Profis ·
    Frauen · Kontakt · Profis")."""
    *items, last = _MENU_SEPARATOR.split(menu.strip())
    repeated = len(items) >= _TRAIL_ITEMS and key(last) in {key(item) for item in items}
    return last if repeated and is_label(last) else None


def _labels_after_site_links(menu: str) -> list[str]:
    """The one or two labels closing the menu right over the headline after its site's
    own links ("World · Business · Search · Sign In · Register · Africa", "... · Search ·
    Home · Newsroom · Network upgrades"): the section and the trail to it, written one a
    line under the menu with no blank line between, which a copy joins to it."""
    items = _MENU_SEPARATOR.split(menu.strip())
    last_link = max((i for i, item in enumerate(items) if is_menu_word(item)), default=None)
    if last_link is None or last_link < _TRAIL_ITEMS - 1:
        return []
    labels = items[last_link + 1 :]
    return labels if 1 <= len(labels) <= _TRAIL_ITEMS - 1 and all(map(is_label, labels)) else []


def _trail_ending_menu(menu: str) -> list[str]:
    """The breadcrumb trail written as the menu's last item, right over the headline, its
    items ("Новости · Афиша · Объявления · Город › ЖКХ"): the trail's separators stand
    in no other item."""
    *items, last = _MENU_SEPARATOR.split(menu.strip())
    crumbs = trail(last)
    if not crumbs or len(crumbs) > _TRAIL_ITEMS or any(trail(item) for item in items):
        return []
    return crumbs


def _date_over_title(
    blocks: list[str], kinds: list[str | None], before: list[int], meta: int
) -> bool:
    """A date line alone with labels over it (the portal's name, a trail, a section) and
    a title under it, then copy: the day stands over the headline."""
    title, story = meta + 1, meta + 2
    return (
        story < len(blocks)
        and read_byline(blocks[meta]) is None
        and all(_is_label(blocks[i]) or i == 0 for i in before)
        and kinds[title] is None
        and is_title(blocks[title])
        and not _is_label(blocks[title])
        and kinds[story] is None
        and reads_as_copy(blocks[story])
        and not _words_at_most(blocks[story], _COPY_AFTER)
    )


def _date_over_headline(blocks: list[str], kinds: list[str | None], headline: int) -> bool:
    """A date line alone right over the headline, under the page's other head lines (the
    masthead's day stands at the top, over the menu): a day, no byline, no copy."""
    over = headline - 1
    return (
        over > 1
        and kinds[over] is None
        and _short_line(blocks[over])
        and read_byline(blocks[over]) is None
        and (dates := read_date_line(blocks[over])) is not None
        and dates.published is not None
    )


def _trail_as_menu(blocks: list[str], kinds: list[str | None], above: list[int]) -> list[str]:
    """A breadcrumb trail written one item a line, right over the headline, under the
    site's menu ("Home", "Newsroom", "Network upgrades"): a second, short menu of two or
    three labels that opens with the home page's link and ends with no menu word."""
    if not any(kinds[i] == "menu" for i in above[:-1]):
        return []
    items = _MENU_SEPARATOR.split(blocks[above[-1]].strip())
    if not 2 <= len(items) <= _TRAIL_ITEMS or not all(is_label(item) for item in items):
        return []
    home, last = furniture_kind(items[0]) == "menu", furniture_kind(items[-1]) == "menu"
    return items if home and not last else []


def _above_masthead(block: str) -> bool:
    """A strip above the portal's name: figures (today's date and weather, exchange
    rates, a stock ticker), today's date alone, or a reader's account buttons ("Sign in |
    Subscribe")."""
    figures = len(_NUMBER.findall(block))
    return (
        figures >= _STRIP_FIGURES  # a name may hold two numbers: "24/7 News"
        or (figures >= _STRIP_NUMBERS and read_date_line(block) is not None)
        or is_account_strip(block)
        or _weather_and_account(block)
    )


def _weather_and_account(block: str) -> bool:
    """A strip of the weather (or another figure) beside a reader's account buttons, in
    parts between bars ("Saint-Brieuc 8°C averses | Se connecter | S'abonner"): each part
    an account button, or a few words holding a figure."""
    parts = _MENU_SEPARATOR.split(block.strip())
    buttons = [part for part in parts if is_account_strip(part)]
    return (
        len(parts) >= _STRIP_NUMBERS
        and bool(buttons)
        and all(
            part in buttons or (_NUMBER.search(part) and _words_at_most(part, _STRIP_WORDS))
            for part in parts
        )
    )


def _long_label_under_menu(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A section's name of a few more words than a label's, right under the menu
    ("Vale do Paraíba e Região"): written as a name, no sentence."""
    block = blocks[index]
    return (
        index > 0
        and kinds[index - 1] == "menu"
        and _words_at_most(block, _SECTION_WORDS)
        and _is_name_written(block)
        and not ends_a_sentence(block)
        and not block.endswith(_HEADING_ENDS)
    )


def _after_skip_links(blocks: list[str], kinds: list[str | None], header: list[int]) -> list[int]:
    """The header's blocks after the skip links and accessibility buttons that open the
    site's own page ("Ir para o conteúdo", "Alto contraste"), when its name stands after
    them: a line over them is another's bar ("GOVERNO DO ESTADO")."""
    skips = (
        [i for i, block in enumerate(blocks[: header[-1]]) if is_skip_link(block)]
        if header
        else []
    )
    if not skips:
        return header
    after = [i for i in header if i > skips[-1]]
    return after or header


def _is_label(block: str) -> bool:
    """A section label, or a breadcrumb trail to one ("News > Local News")."""
    return is_label(block) or trail(block) is not None


def _trail_over_headline(blocks: list[str], kinds: list[str | None], headline: int) -> list[str]:
    """The breadcrumb trail right over the headline, its items ("Home / News / Research":
    a menu's shape, but three items at most right over the headline are a trail; "Home /
    News / Sport / Events / Contact" is the menu)."""
    if not headline or kinds[headline - 1] not in (None, "menu"):
        return []
    crumbs = trail(blocks[headline - 1]) or []
    return [] if kinds[headline - 1] == "menu" and len(crumbs) > _TRAIL_ITEMS else crumbs


def _han_phrases(block: str) -> bool:
    """Chinese phrases set apart by spaces or middle dots, a motto's way ("立足上海
    服务长三角", "科技・產業・觀點"): Chinese has no spaces between words, so two runs
    are two phrases, as three words are in a script that spaces its words."""
    runs = _PHRASE_BREAK.split(block.strip())
    return len(runs) >= 2 and all(all("\u3400" <= c <= "\u9fff" for c in run) for run in runs)


def _han_motto(block: str) -> bool:
    """A Chinese line longer than a section's label, all in characters
    ("掌握產業脈動的第一手新聞"): under the name, over the menu, the tagline."""
    return len(block) > _HAN_LABEL and all("\u3400" <= char <= "\u9fff" for char in block)


def _figures(block: str) -> bool:
    """A strip of figures, the weather and the exchange rates ("Нижний Новгород −17° USD
    89,60 EUR 97,12"): two numbers or more and no word in small letters between them,
    where a tagline's figures stand in its phrase ("Gletscherbeobachtung auf 2.960 Metern
    seit 1952")."""
    return len(_NUMBER.findall(block)) >= _STRIP_NUMBERS and not any(
        word[:1].islower() for word in block.split()
    )


def _is_name_written(block: str) -> bool:
    """Written as a name: every word capitalised but small ones, in a script with
    capitals ("Pays de la Loire")."""
    return capitalised(block) and any(char.isupper() for char in block)


def _is_phrase(block: str) -> bool:
    """A tagline's words under the portal's name, "O dia-a-dia de Angola", "Independent
    reporting from Halifax": a few words, written as a phrase in a script with capitals."""
    return (
        len(block.split()) >= _TAGLINE_WORDS
        and not capitalised(block)
        and any(char.isupper() for char in block)
    )


def _is_kicker(blocks: list[str], kinds: list[str | None], above: list[int], label: str) -> bool:
    """Whether ``label`` (right above the headline) is a kicker under the section's label:
    a label below the portal's name ("Der Blickpunkt", "Wirtschaft", "Förderung für
    Wallboxen") with more words than the broader section above it."""
    if len(above) < 2 or above[-1] == 0 or kinds[above[-1]] is not None:
        return False
    section = blocks[above[-1]]
    return is_label(section) and len(label.split()) > len(section.split())


def _read_bylines(
    blocks: list[str], head: _Head, hint: tuple[int, int] | None, page: Page
) -> None:
    """Authors, agency and days from the lines between the headline and the story; a
    numeric day is read day first where a byline is in a language that writes it so."""
    lines = range((head.headline if head.top is None else head.top) + 1, head.body)
    day_first = any(writes_day_first(blocks[index]) for index in lines)
    for index in lines:
        if index in (head.standfirst, head.headline):
            continue
        block = blocks[index]
        if comment_count(block) is not None:
            page.comment_count = comment_count(block)
            continue
        if index in head.authors:
            # an office where a name stands ("المكتب الإعلامي") names no author
            page.authors.extend(n for n in names_alone(block) if not names_an_office(n))
            continue
        byline = read_byline(block, hint=hint)
        among_parts = _byline_among_parts(block) if byline is None else None
        byline = byline or among_parts
        if byline is not None:
            page.authors.extend(byline.names)
            page.agency = page.agency or byline.agency
            page.published = page.published or byline.published
            page.updated = page.updated or byline.updated
            if among_parts is None:
                continue
        # a head line of parts: "发布时间：2024-09-18 10:25\u3000来源：…\u3000作者：韩晓峰"
        dates = (
            read_date_line(block, hint=hint, day_first=day_first) if _short_line(block) else None
        )
        if dates is not None:
            page.published = page.published or dates.published
            page.updated = page.updated or dates.updated


def _byline_among_parts(block: str) -> Byline | None:
    """A byline that is one part of a head line, after a full-width space or a spaced
    bar: "来源：江城日报\u3000作者：记者 李晓", "Fonte: Agência Brasil | Por Ana Lima". The
    parts after the byline's may carry its names on ("来源：青溪县融媒体中心\u3000记者 林晓岚
    \u3000通讯员 周建平": a reporter, then a correspondent)."""
    parts = _LINE_PARTS.split(block)
    for index, part in enumerate(parts[1:], start=1):
        byline = read_byline(part)
        if byline is None or not byline.names:
            continue
        whole = read_byline("\u3000".join(parts[index:]))
        more = whole is not None and whole.names[: len(byline.names)] == byline.names
        return whole if more and whole is not None else byline
    return None


# --- The story ---------------------------------------------------------------------------
def _story(
    blocks: list[str], kinds: list[str | None], start: int
) -> tuple[list[int], int, set[int]]:
    """The story's blocks, where the furniture after it begins, and the titles under
    "Read also" headings inside it."""
    story: list[int] = []
    inside: set[int] = set()
    listed = _listed(blocks)
    index = start
    while index < len(blocks):
        _mark_inside_the_story(blocks, kinds, index, story, listed)
        kind = kinds[index]
        if kind == "source" and not story:  # the head's "来源：东岸新闻" under the date
            index += 1
            continue
        if kind is None and not (index > start and _footer_in_story(blocks, kinds, index)):
            story.append(index)
        elif kind in _LIST_HEADINGS and _story_goes_on(blocks, kinds, index):
            titles = _story_goes_on(blocks, kinds, index)
            inside.update(range(index + 1, index + 1 + titles))
            index += titles
        elif kind not in _INLINE:
            last = _furniture_end(blocks, kinds, index, story)
            if last is None:
                break
            index = last
        index += 1
    # Short lines that are no sentence at the story's end, before the furniture, are the
    # furniture's: a heading in words not listed over its titles, a "Name – Tagline". One
    # such line alone stays: it may be the story's last heading.
    trailing = 0
    while trailing < len(story) - 1 and not _story_own(blocks[story[-1 - trailing]]):
        trailing += 1
    # Furniture follows the story, or nothing does (the lines that end the page are the
    # footer's); not the story's list, boxed, under its heading and lead-in.
    story_ends_here = index < len(blocks) or (bool(story) and story[-1] == len(blocks) - 1)
    if (trailing >= 2 and story_ends_here) or (
        index < len(blocks)
        and trailing
        and (
            _is_footer(blocks[story[-1]]) or _heads_the_furniture(blocks, kinds, story[-1], index)
        )
    ):
        del story[len(story) - trailing :]
    return story, story[-1] + 1 if story else start, inside


def _mark_inside_the_story(
    blocks: list[str], kinds: list[str | None], index: int, story: list[int], listed: set[int]
) -> None:
    """Mark the block at ``index`` with the furniture it is where it stands among the
    story's blocks (``story``, those read so far): a list's item, a box, a caption..."""
    if (kinds[index] == "rights" and _credit_over_copy(blocks, kinds, index)) or (
        kinds[index] == "caption" and _credit_alone(blocks[index])
    ):
        # "© Philharmonie Aschenbrück / Marc Oettl", "Ilustração: Duarte Pinho" under a
        # photo's caption: the photo's credit, and the short sentence over it its caption
        kinds[index] = "caption"
        if (
            story
            and story[-1] == index - 1
            and _words_at_most(blocks[index - 1], _CAPTION_OVER_CREDIT_WORDS)
        ):
            kinds[story.pop()] = "caption"
        return
    if kinds[index] is None and story and index in listed:
        kinds[index] = "box"  # a list's item: the story's copy goes on after it
    elif kinds[index] is None and story and _heads_a_bullet_list(blocks, index, listed):
        kinds[index] = "box"
    elif (
        kinds[index] is None
        and story
        and index + 1 not in listed  # a list's lead-in, told above
        and (items := _box_items(blocks, kinds, index))
    ):
        # A sentence that introduces the box stays the story's ("The units are:").
        kept = _introduces(blocks[index]) and not _lead_in_alone(blocks[index])
        first = index + 1 if kept else index
        kinds[first : index + 1 + items] = ["box"] * (index + 1 + items - first)
    elif story and (rows := _rows(blocks, kinds, index, story[-1])):
        kinds[index : index + rows] = ["box"] * rows
        if story[-1] == index - 1 and _lead_in_alone(blocks[index - 1]):
            kinds[story.pop()] = "box"  # "Reparto acordado por la asamblea:", its items
    elif kinds[index] is None and (
        _facts_row(blocks[index]) or (story and is_labelled_figure(blocks[index]))
    ):
        kinds[index] = "box"  # "Драма · 2025 · 104 мин. · ...", "Оценка редакции: 7/10"
    elif kinds[index] is None and _player_button(blocks, kinds, index):
        kinds[index] = "listen"
    elif (
        kinds[index] is None
        and story
        and (gives_an_address(blocks[index]) or is_telephone_line(blocks[index]))
    ):
        kinds[index] = "contact-line"
    elif kinds[index] is None and tells_who_is_where(blocks[index]):
        kinds[index] = "caption"  # "陳明德（中）與父親…合影。", the story's first block or not
    elif kinds[index] is None and story and is_document_link(blocks[index]):
        kinds[index] = "document"  # "Descargar nota en PDF": the story may go on after it
    elif kinds[index] is None and _links_inside(
        blocks, kinds, index, listed, after_copy=bool(story)
    ):
        kinds[index] = "read-also"
    elif (
        kinds[index] is None
        and story
        and (
            _bracketed_caption(blocks, kinds, index)
            or _plain_caption(blocks, kinds, index)
            or _counts_pictures(blocks[index])
        )
    ):
        kinds[index] = "caption"
    elif kinds[index] is None and story and _over_subscription_button(blocks, kinds, index):
        kinds[index] = "newsletter"
    elif kinds[index] is None and story and _heads_one_title(blocks, kinds, index):
        _mark_one_title(blocks, kinds, index)


def _credit_alone(block: str) -> bool:
    """A photo's credit on its own line, its word, a colon and a name or two ("Foto:
    Marc Oettl", "Ilustração: Duarte Pinho / Correio Atlântico"): no caption's sentence."""
    return _CREDIT_ALONE.match(block) is not None and not ends_a_sentence(block)


def _credit_over_copy(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A short rights line naming a photo's source ("© X / Y") with the story's copy
    right under it: no footer's."""
    after = index + 1
    return (
        _words_at_most(blocks[index], _CAPTION_OVER_CREDIT_WORDS)
        and "/" in blocks[index]
        and after + 1 < len(blocks)
        and kinds[after] is None
        and kinds[after + 1] is None
        and _long_copy(blocks[after])
        and _long_copy(blocks[after + 1])
    )


def _heads_the_furniture(
    blocks: list[str], kinds: list[str | None], last: int, furniture: int
) -> bool:
    """Whether the story's ``last`` block, a line that is no sentence, heads the
    furniture after it rather than copy: a label with a colon ("Rückfragen bitte an:"),
    or a heading right over a press contact ("Notes to editors"), a recording's
    chapters ("Show notes") or titles with their days ("Weitere Pressemitteilungen" over
    "02.01.2025 | Neue Wasserpreise")."""
    block = blocks[last]
    return (block.endswith(_COLONS) and not _introduces(block)) or (
        furniture == last + 1
        and (
            kinds[furniture] in (*_CONTACTS, "chapters")
            or all(stamped_title(title) for title in blocks[furniture : furniture + _BOX_ITEMS])
        )
    )


def _over_subscription_button(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A newsletter prompt's heading or pitch: a short line among the few right over a
    subscription button ("Sign up for The Ledger Morning Brief", its pitch, "Sign Up")."""
    for following in range(index, min(index + _PROMPT_LINES, len(blocks) - 1)):
        if kinds[following] not in (None, "newsletter") or not pitches(blocks[following]):
            return False
        if is_subscription_button(blocks[following + 1]):
            return True
    return False


def _player_button(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A media player's button right under its line ("Audio: 1:42 Min." over "Play",
    "Abspielen"): a word or two that make no sentence; or its play button in words right
    over it ("شاهد الخبر بلغة الإشارة" over "مدة الفيديو 02:14 | ...")."""
    return (
        index > 0
        and kinds[index - 1] == "listen"
        and _words_at_most(blocks[index], _PLAYER_BUTTON_WORDS)
        and not reads_as_copy(blocks[index])
    ) or (
        index + 1 < len(blocks)
        and kinds[index + 1] == "listen"
        and opens_with_a_play_word(blocks[index])
    )


def _rows(blocks: list[str], kinds: list[str | None], index: int, last: int) -> int:
    """How many rows of a table, items of a list written without dashes under the
    story's ``last`` block, its lead-in, or lines of an embedded post stand from
    ``index``; 0 for none."""
    if kinds[index] is None and last == index - 1:
        items = _unmarked_items(blocks, kinds, index)
        if items:
            return items  # the lead-in stays the story's
    if kinds[index] is None and (lines := _embedded_post(blocks, kinds, index)):
        return lines
    return _table_rows(blocks, index) if kinds[index] in (None, "menu") else 0


def _embedded_post(blocks: list[str], kinds: list[str | None], index: int) -> int:
    """How many lines an embedded social post holds from ``index``: a short line naming
    the account ("Publicación de @JaguaresGG en X:", "Post by @harbour_herald:"), its
    text, and the time it was posted ("10:41 p. m. · 13 abr. 2025"); 0 for none."""
    block = blocks[index]
    if not (
        block.endswith(_COLONS)
        and _HANDLE.search(block)
        and _words_at_most(block, _INTERTITLE_WORDS)
    ):
        return 0
    for end in range(index + 1, min(index + 1 + _POST_LINES, len(blocks))):
        if kinds[end] not in (None, "reading"):
            return 0
        if _words_at_most(blocks[end], _POST_TIME_WORDS) and read_date_line(blocks[end]):
            return end - index + 1
    return 0


def _table_rows(blocks: list[str], index: int) -> int:
    """How many rows a table inside the story holds from ``index`` ("Level | Region |
    Until" over "Orange | North coast | 30/11, 23:59"): lines of as many cells split by
    bars, at least two, most with figures, and the story's copy right after them; 0 for
    none (a menu's bar of links has no rows like it under it)."""
    cells = len(_TABLE_BAR.split(blocks[index]))
    if cells < 2:
        return 0
    end = index + 1
    while end < len(blocks) and len(_TABLE_BAR.split(blocks[end])) == cells:
        end += 1
    rows = blocks[index + 1 : end]
    figures = sum(any(map(str.isdigit, row)) for row in rows)
    return (
        end - index
        if rows and figures * 2 >= len(rows) and end < len(blocks) and reads_as_copy(blocks[end])
        else 0
    )


def _heads_a_bullet_list(blocks: list[str], index: int, listed: set[int]) -> bool:
    """A list's heading inside the story ("Key figures", "How to turn it on?", "What to
    bring:"): a short line that ends no statement, right over a list's item. A lead-in
    ending in a colon is the story's own where it is a sentence, longer than a label
    ("The operator lists three changes:"), or where its items go on with it, closing
    with a comma or a semicolon ("The plan was:" over "1. mirror the traffic;")."""
    following, block = index + 1, blocks[index]
    if following not in listed or not _words_at_most(block, _LIST_HEADING_WORDS):
        return False
    if block.endswith(_COLONS):
        return (not _introduces(block) or _lead_in_alone(block)) and not blocks[
            following
        ].endswith(_CARRYING_ON)
    return not ends_a_sentence(block) or block.endswith(_QUESTION_MARKS)


def _lead_in_alone(block: str) -> bool:
    """A list's lead-in that goes out of the story with its items ("Reparto acordado
    por la asamblea:", "If you are heading out this weekend:", "得獎名單："): a few words
    ending in a colon, no sentence before them. A sentence of the story over its list
    is longer ("Neben der Lohnerhöhung fordert die Gewerkschaft unter anderem:") or
    closes one first ("…占比最大。其中：")."""
    return (
        block.endswith(_COLONS)
        and _words_at_most(block, _LEAD_IN_WORDS)
        and len(block) <= _LEAD_IN_CHARS
        and not _SENTENCE_BEFORE.search(block.rstrip(":： "))
    )


def _introduces(block: str) -> bool:
    """A sentence of the story that ends in a colon over a list or a box ("The units that
    take the new classes are:"): more words than a label's ("What to bring:")."""
    return block.endswith(_COLONS) and not is_label(block.rstrip(":： "))


def _listed(blocks: list[str]) -> set[int]:
    """The blocks that are a list's items: a bullet's ("• Passport"), or each of a run of
    two or more blocks written "- item" or numbered "1. item", "2. item", one item a block
    (the ``text`` writer writes a list as one block, its items in it: "- A - B"), inside
    the story."""
    listed = {index for index, block in enumerate(blocks) if is_bulleted(block)}
    run: list[int] = []
    number = 0  # the run's last item's number, 0 for a run of dashes
    for index, block in enumerate([*blocks, ""]):
        mark = _ITEM_MARK.match(block)
        if mark and mark["han"]:  # "（二）": its number, as a figure's
            mark = _ITEM_MARK.match(f"{_HAN_NUMBERS.index(mark['han']) + 1}. {block[3:]}")
        if mark and mark["number"] and run and number and int(mark["number"]) == number + 1:
            run.append(index)
            number += 1
            continue
        if mark and mark["dash"] and run and not number and _one_item(block):
            run.append(index)
            continue
        if len(run) >= _LIST_RUN and _inside_the_story(blocks, run[0], index):
            listed.update(run)
        run, number = [], 0
        if mark and ((mark["dash"] and _one_item(block)) or mark["number"] == "1"):
            run, number = [index], 1 if mark["number"] else 0
    return listed


def _inside_the_story(blocks: list[str], first: int, end: int) -> bool:
    """Whether the items from ``first`` to ``end`` are the story's list: under a heading
    or a lead-in that is no sentence ("The crew:"), or with copy after them; a numbered
    list right after the story's last sentence, the page's furniture after it, is a list
    of titles (a most-read list without its heading)."""
    return (first > 0 and not ends_a_sentence(blocks[first - 1])) or (
        end < len(blocks) and reads_as_copy(blocks[end])
    )


def _one_item(block: str) -> bool:
    """A dashed item with no more dashed items in it ("- A - B" is a list of two); one
    marked with an em dash ends no sentence, as a line of dialogue does ("— Когда мы его
    нашли, внутри стояли кровать и буфет, — вспоминает он.")."""
    return f" {block[0]} " not in block[2:] and not (block[0] == "—" and ends_a_sentence(block))


def _box_items(blocks: list[str], kinds: list[str | None], heading: int) -> int:
    """How many items a fact box inside the story holds under ``heading`` ("Síntesis",
    "Classement de l'étape :" over short lines that are no paragraph, most with figures:
    "Goles: PT 12' Rivero (B).", "1. Théo Lemoine, en 4h31'07\"", "20 comunidades"); 0
    for a block that heads no box."""
    if not (
        (reads_as_copy(blocks[heading - 1]) or kinds[heading - 1] in ("caption", "ad"))
        and is_label(blocks[heading].rstrip(":：?？ "), _INTERTITLE_WORDS)
        and not opens_with_tag_label(blocks[heading])
    ):
        return 0
    answer = heading + 1
    if blocks[heading].rstrip().endswith(_QUESTION_MARKS) and heads_a_fact_box(blocks[heading]):
        # a question's box ("Le saviez-vous ?") answers it in one block, a fact or two
        return int(
            answer < len(blocks)
            and kinds[answer] is None
            and _words_at_most(blocks[answer], _FACT_BOX_LINE_WORDS)
        )
    if heads_a_fact_box(blocks[heading]):  # "Справка": its short lines, sentences or not
        end = heading + 1
        first = blocks[end] if end < len(blocks) and kinds[end] is None else ""
        if first and not _words_at_most(first, _BOX_ITEM_WORDS):
            # its first block is the box's, a fact of a few sentences too, and the box
            # ends with it
            return int(_words_at_most(first, _FACT_BOX_LINE_WORDS))
        while (
            end < len(blocks)
            and kinds[end] is None
            and _words_at_most(blocks[end], _BOX_ITEM_WORDS)
            and not blocks[end].startswith(_QUOTE_OPENINGS)
        ):
            end += 1
        return end - heading - 1
    end = heading + 1
    while (
        end < len(blocks)
        and kinds[end] is None
        and (_is_box_item(blocks[end]) or _closes_the_items(blocks, heading, end))
        and not _introduces(blocks[end])  # a sentence over a list of its own
    ):
        end += 1
    items = blocks[heading + 1 : end]
    copy_after = end < len(blocks) and kinds[end] is None and _long_copy(blocks[end])
    lead = int(bool(items) and stamped_title(items[0]) is None)  # a heading over them
    titles = items[lead : lead + _BOX_ITEMS]
    stamped = len(titles) == _BOX_ITEMS and all(map(stamped_title, titles))
    if stamped and not copy_after:
        # titles with their days ("02.01.2025 | Neue Wasserpreise"), and no more of the
        # story after them: a list's; with copy after them, the story's dates
        return 0
    # a box's lines are figures, most of them: a list of titles has few numbers
    figures = sum(any(map(str.isdigit, item)) for item in items)
    # nor are a list of titles all labels and their values ("Venue: Adrar", "Referee: ..."),
    # or such lines and figures ("ABV 6.8 % · IBU 55", "Aroma: toronja, mango")
    labelled = all(_ITEM_LABEL.match(item) or _NUMBER.search(item) for item in items)
    boxed = figures * 2 >= len(items) or labelled
    return len(items) if len(items) >= _BOX_ITEMS and boxed else 0


def _closes_the_items(blocks: list[str], heading: int, index: int) -> bool:
    """The last of items that go on with their lead-in's sentence, in a small letter,
    closing it with a full stop ("eine Erhöhung ... im Monat,", "einen tariflichen
    Hitzeschutz ... ab 30 Grad.")."""
    return (
        index > heading + 1
        and blocks[index][:1].islower()
        and blocks[index - 1].endswith(_CARRYING_ON)
        and _words_at_most(blocks[index], _BOX_ITEM_WORDS)
    )


def _unmarked_items(blocks: list[str], kinds: list[str | None], first: int) -> int:
    """How many items of a list written without dashes or numbers stand right under the
    story's lead-in (``first - 1``, a sentence ending in a colon: "The schools are:"),
    each a line that is no paragraph: no sentence ("EM Santa Luzia (Vila Esperança)"),
    or one that goes on from the lead-in in a small letter ("eine Erhöhung um 150 Euro,
    ..."); 0 for none. One short line right over long copy is the story's heading; a list
    as the ``text`` writer writes one ("- A - B"), a figure or a quote is the story's."""
    if not (_introduces(blocks[first - 1]) or _lead_in_alone(blocks[first - 1])):
        return 0  # "The schools are:", "Requisitos para adoptar:"
    end = first
    while end < len(blocks) and kinds[end] is None:
        block = blocks[end]
        if (
            is_list_item(block)
            or is_figure(block)
            or block.startswith(_QUOTE_OPENINGS)
            or cited_quote_start(block) is not None
            or (reads_as_copy(block) and not block[:1].islower())
        ):
            break
        end += 1
    items = end - first
    if items == 1 and end < len(blocks) and _heads_copy(blocks[first], blocks[end]):
        return 0
    return items


def _is_box_item(block: str) -> bool:
    """A fact box's line: short, and no sentence or a label and its value."""
    return _words_at_most(block, _BOX_ITEM_WORDS) and (
        not reads_as_copy(block) or _ITEM_LABEL.match(block) is not None
    )


def _heads_one_title(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A heading in words no list knows over one link title, inside the story ("READ MORE
    ON FOOTBALL", "MIRÁ TAMBIÉN"): a label, then a title of a few words that is no
    sentence, then story copy; an intertitle has the copy right under it."""
    title, copy = index + 1, index + 2
    return (
        copy < len(blocks)
        and is_label(blocks[index])
        and kinds[title] is None
        and is_title(blocks[title])
        and not reads_as_copy(blocks[title])
        and not is_list_item(blocks[title])  # a list under the story's heading
        and not _words_at_most(blocks[title], _LINK_TITLE_WORDS)
        and kinds[copy] is None
        and reads_as_copy(blocks[copy])
        and _is_long(blocks[copy])
    )


def _mark_one_title(blocks: list[str], kinds: list[str | None], heading: int) -> None:
    """Mark a heading over one title inside the story as a "Read also" heading, or, with
    a short note under the title closing the story, the three as a box ("Nota de cata")."""
    closing = _closes_with_a_box(blocks, kinds, heading)
    if closing:
        kinds[heading : heading + closing] = ["box"] * closing
    else:
        kinds[heading] = "read-also-heading"


def _closes_with_a_box(blocks: list[str], kinds: list[str | None], heading: int) -> int:
    """How many blocks a box closing the story holds from ``heading``, a heading over one
    line that is no sentence: the heading, that line (a name: "El Cabezo 2022 – Garnacha
    100 %") and a short note under it that the page's furniture follows ("Rojo picota,
    ... 92 puntos."); 0 where the story goes on."""
    note, after = heading + 2, heading + 3
    return (
        3
        if after < len(blocks)
        and kinds[after] not in (None, *_INLINE)
        and _words_at_most(blocks[note], _BOX_ITEM_WORDS)
        else 0
    )


def _links_inside(
    blocks: list[str], kinds: list[str | None], index: int, listed: set[int], *, after_copy: bool
) -> bool:
    """A link line between two blocks of the story's copy ("Zum Thema: <title>"): the
    story goes on after it, perhaps past a bulleted box ("Key figures", "• 140 workers
    evacuated"), so it is no heading over a list."""
    following = index + 1
    while (
        following < len(blocks)
        and kinds[following] is None
        and (following in listed or _heads_a_bullet_list(blocks, following, listed))
    ):
        following += 1
    if following > index + 1 and _is_intertitle_over_copy(blocks, kinds, following):
        following += 1  # the box's end, then the story's next intertitle
    return (
        after_copy
        and following < len(blocks)
        and kinds[following] is None
        and reads_as_copy(blocks[following])
        and is_link_line(blocks[index])
    )


def _is_intertitle_over_copy(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A short line that is no sentence right over the story's copy."""
    following = index + 1
    return (
        following < len(blocks)
        and kinds[index] is None
        and kinds[following] is None
        and not reads_as_copy(blocks[index])
        and _words_at_most(blocks[index], _LIST_HEADING_WORDS)
        and reads_as_copy(blocks[following])
    )


def _bracketed_caption(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A photo's caption between two blocks of the story's copy, by its shape: no
    sentence, a note of a few words in brackets at its end ("... في القاهرة (أرشيفية)",
    "... am Hafen (Archivbild)")."""
    following = index + 1
    block = blocks[index]
    note = _END_NOTE.search(block)
    return (
        note is not None
        and _words_at_most(note.group("note"), _NOTE_WORDS)
        and not _words_at_most(block[: note.start()], _NOTE_WORDS)
        and following < len(blocks)
        and kinds[following] is None
        and reads_as_copy(blocks[following])
    )


def _plain_caption(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A photo's caption with no credit between two paragraphs of the story's copy, by its
    shape: a line that is no sentence and longer than a heading ("The ambassador tours the
    exhibition with the centre's director"), no quote, list or lead-in."""
    block, following = blocks[index], index + 1
    return (
        not reads_as_copy(block)
        and not _words_at_most(block, _INTERTITLE_WORDS)
        and not block.endswith((*_COLONS, *_CARRYING_ON))
        and not block.startswith(_QUOTE_OPENINGS)
        and not is_list_item(block)  # the writer's "- A - B", a figure, a quote's citation
        and not is_figure(block)
        and cited_quote_start(block) is None
        and reads_as_copy(blocks[index - 1])
        and following < len(blocks)
        and kinds[following] is None
        and reads_as_copy(blocks[following])
        and _is_long(blocks[following])
    )


def _counts_pictures(block: str) -> bool:
    """A gallery's counter over a picture: a word, its number and the count, no sentence
    ("Foto 2 de 8", "Photo 3 of 12", "Фото 2 из 8", "صورة 2 من 8", "图 2/8")."""
    match = _COUNTER.match(block)
    return match is not None and 0 < int(match["number"]) <= int(match["count"])


def _footer_in_story(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A "Name – Tagline" footer printed among the story's blocks; a quote and its
    citation ("Мы восстановим порт — Анна Попова") with story copy after it is none."""
    if not is_name_and_tagline(blocks[index]):
        return False
    following = index + 1
    return not (
        cited_quote_start(blocks[index]) is not None
        and following < len(blocks)
        and kinds[following] is None
        and reads_as_copy(blocks[following])
    )


def _story_own(block: str) -> bool:
    """Copy, or a figure as the ``text`` writer writes one (``[Image: caption (credit)]``):
    never a furniture heading or title."""
    return reads_as_copy(block) or is_figure(block)


def _story_goes_on(blocks: list[str], kinds: list[str | None], heading: int) -> int:
    """How many titles stand under a "Read also" heading inside the story (the story
    goes on after them with copy), or 0 when the heading is the furniture's."""
    index = heading + 1
    while (
        index < len(blocks)
        and index - heading <= _INLINE_ITEMS
        and kinds[index] is None
        and is_title(blocks[index])
        and not reads_as_copy(blocks[index])
    ):
        index += 1
    titles = index - heading - 1
    goes_on = (
        index < len(blocks)
        and kinds[index] is None
        and reads_as_copy(blocks[index])
        and not is_title(blocks[index])  # a title that asks and answers ("Cork or screw
        and not _words_at_most(blocks[index], _COPY_AFTER)  # cap? What the experts say")
    )
    return titles if titles and goes_on else 0


def _mark_chapters(blocks: list[str], kinds: list[str | None], start: int) -> None:
    """Mark each run of three or more lines from ``start`` that open with a time counting
    up ("00:00 Introduction", "02:41 Who was Edith Harrow-Lane?"), a recording's
    chapters, as furniture that ends the story. A list of the day's latest titles counts
    its clock times down ("07:40 ...", "06:55 ..."), and is left to the related lists."""
    run: list[int] = []
    previous: tuple[int, ...] = ()
    for index in range(start, len(blocks) + 1):
        chapter = _CHAPTER.match(blocks[index]) if index < len(blocks) else None
        if chapter and kinds[index] is None:
            time = _seconds(chapter["time"])
            if not run or time > previous:
                run.append(index)
                previous = time
                continue
        if len(run) >= _CHAPTERS:
            for line in run:
                kinds[line] = "chapters"
        if chapter is not None and kinds[index] is None:  # a run counting up anew
            run, previous = [index], _seconds(chapter["time"])
        else:
            run, previous = [], ()


def _seconds(time: str) -> tuple[int, ...]:
    """A time written "02:41" or "1:02:41", comparable with another written alike."""
    parts = tuple(int(part) for part in time.split(":"))
    return (0,) * (3 - len(parts)) + parts


def _furniture_end(
    blocks: list[str], kinds: list[str | None], index: int, story: list[int]
) -> int | None:
    """The last block of the furniture at ``index`` inside the story, or None where it
    ends the story. A story that holds no paragraph of copy yet (a player's buttons, a
    hosts' line) starts again at the copy right past a player's or a menu's lines: its
    ``story`` is emptied."""
    last = _inline_furniture(blocks, kinds, index, after_copy=bool(story))
    if last is not None or any(_long_copy(blocks[block]) for block in story):
        return last
    end = index
    while end < min(index + _PLAYER_REACH, len(blocks)) and (
        kinds[end] in _PLAYER_KINDS
        or (
            kinds[end] is None
            and not reads_as_copy(blocks[end])
            and _words_at_most(blocks[end], _PLAYER_BUTTON_WORDS)
        )
    ):
        end += 1
    if (
        end + 1 < len(blocks)
        and kinds[end] is None
        and kinds[end + 1] is None
        and _long_copy(blocks[end])
        and _long_copy(blocks[end + 1])
    ):
        story.clear()
        return end - 1
    return None


def _long_copy(block: str) -> bool:
    return reads_as_copy(block) and _is_long(block)


def _inline_furniture(
    blocks: list[str], kinds: list[str | None], index: int, *, after_copy: bool
) -> int | None:
    """The last block of furniture that stands inside the story ("Share" and its buttons,
    "Most Read" or "Comments" alone), or None when the furniture ends the story.

    Furniture is inside the story when story copy follows it: a long paragraph, then
    nothing but sentences up to the next furniture. Titles, names, days or form labels
    after it (a related list, a comment, "Name *") show it ends the story; so do sentences
    that close the page after a comment count, prompt or back-to-top (the comments
    themselves, the form's "Your email address will not be published.", the footer's
    "About us"), up to its end or, after some story copy, to the footer's furniture
    ("Back to top", "©"). "Comments" alone is a button or a heading: story copy after it,
    to the page's end too, is the story's.
    """
    last = index
    if kinds[index] in ("share", "network"):
        last = _share_row_end(blocks, kinds, last + 1) - 1
    following = last + 1
    if following >= len(blocks) or kinds[following] is not None:
        return None
    if _words_at_most(blocks[following], _COPY_AFTER):
        return None
    while following < len(blocks) and kinds[following] is None:
        block = blocks[following]
        if not reads_as_copy(block) or is_name_and_tagline(block):
            return None
        following += 1
    at_the_end = following == len(blocks) or (after_copy and kinds[following] in _FOOTER)
    if kinds[index] in _CLOSING and at_the_end and not is_comments_label(blocks[index]):
        return None
    return last


def _words_at_most(block: str, count: int) -> bool:
    return len(block.split(maxsplit=count)) <= count


def _is_footer(block: str) -> bool:
    return is_name_and_tagline(block) or furniture_kind(block) is not None


# --- The furniture -------------------------------------------------------------------------
def _read_furniture(blocks: list[str], kinds: list[str | None], page: Page) -> None:
    """Related titles, tags, comments and the portal from the furniture after the story;
    a page that shows no tags has its categories ("Filed in: Council, Cycling") as its
    keywords."""
    categories: list[str] = []
    index = 0
    footer = False  # after the footer's first line, no line heads a list
    while index < len(blocks):
        block, kind = blocks[index], kinds[index]
        footer = footer or (bool(page.related) and _is_footer_line(block, kind, page))
        if inside := _links_in_copy(blocks, kinds, index, page):
            index = inside
            continue
        if kind == "more":
            _read_more_line(block, page)
        if _opens_a_list(blocks, kinds, index, after_footer=footer):
            index, ended = _list_items(blocks, kinds, index + 1, page)
            footer = footer or ended
            continue
        if kind == "more":
            page.related.append((block, RelatedKind.MORE_FROM_SECTION))
        elif kind == "tags" or (kind is None and opens_with_tag_label(block)):
            index = _tags(blocks, kinds, index + 1, page)
            continue
        elif kind == "tag-line":
            page.keywords.extend(labelled_items(block))
        elif kind == "menu" and _after_the_story(blocks, kinds, index):
            page.keywords.extend(topics_row(block))  # the story's topics, one a line
        elif (
            kind in (None, "box")
            and not page.keywords
            and _after_the_story(blocks, kinds, index, followed=False)
            and (topics := _topics_line(block))
        ):
            page.keywords.extend(topics)  # "arquivo · digitalização · imprensa regional"
        elif kind == "category-line":
            categories.extend(labelled_items(block))
        elif kind == "read-also":  # after the story: a link among the others
            page.related.append((_after_label(block), RelatedKind.RELATED))
        elif kind in ("share", "network", "contact"):
            # a share row, or "Media contact" over a name and an address: no titles
            index = (_contact_end if kind == "contact" else _share_row_end)(
                blocks, kinds, index + 1
            )
            continue
        elif kind == "count":
            page.comment_count = comment_count(block)
            index = _comments_end(kinds, index + 1)
            continue
        elif kind == "reply":
            page.comments_open = True if page.comments_open is None else page.comments_open
        elif kind == "closed":
            page.comments_open = False
        elif kind in ("previous", "next", "navigation"):
            index = _navigation(blocks, kinds, index, page)
        elif kind is None and is_name_and_tagline(block):
            _read_footer_name(block, page)
        index += 1
    if not page.keywords:
        page.keywords = categories


def _topics_line(block: str) -> list[str]:
    """The items of a row of three or more short topics between middle dots, none a
    sentence nor a figure ("Sentinel Gondola · lift operations · season pass"); [] for
    another line."""
    items = [item.strip() for item in _DOTS.split(block)]
    topics = len(items) >= _TOPICS and all(
        _words_at_most(item, _TOPIC_WORDS)
        and not ends_a_sentence(item)
        and not _NUMBER.search(item)
        for item in items
    )
    return items if topics else []


def _read_footer_name(block: str, page: Page) -> None:
    """The portal from the footer's "Name · Tagline" line, where the head named none: the
    head's tagline stands (a footer line's second part may be its legal line, "CNPJ
    ..."), and an address after the name is no tagline ("Prefeitura Municipal de X – Praça
    da Matriz, 100 – Centro", "Am Schießstand 4 · 35999 Oberwiesbach": a number after a
    comma, a house's or a postcode, or a postcode before its town)."""
    match = NAME_AND_TAGLINE.match(block)
    assert match is not None
    legal = _ADDRESS.search(match["tagline"]) or _REGISTRY_NUMBER.search(match["tagline"])
    tagline = None if legal else match["tagline"]
    if page.portal is None or (page.portal == match["name"] and page.tagline is None):
        page.portal, page.tagline = match.group("name"), tagline


def _after_the_story(
    blocks: list[str], kinds: list[str | None], index: int, *, followed: bool = True
) -> bool:
    """Whether a menu row stands right after the story, or right after its share row
    ("Partager : Facebook · WhatsApp", or its buttons one a line), with more of the
    story's furniture after it where ``followed``."""
    before = index
    while before > 0 and kinds[before - 1] == "network":  # "Facebook", "X", "Email" a line
        before -= 1
    before -= 1
    shared = before >= 0 and (
        kinds[before] in ("share", "network")
        or (kinds[before] == "menu" and opens_with_share_label(blocks[before]))
    )
    at_end = index == 0 or (before == 0 and shared)
    return at_end and (not followed or _furniture_follows(kinds, index))


def _links_in_copy(blocks: list[str], kinds: list[str | None], index: int, page: Page) -> int:
    """Where a "Read also" line, or a heading and its titles, that story copy follows
    ends (0 for other furniture): a story read short leaves its own links among the
    furniture, links of the story, not of the page's lists."""
    if kinds[index] == "read-also":
        following = index + 1
        if (
            following < len(blocks)
            and kinds[following] is None
            and reads_as_copy(blocks[following])
            and not _words_at_most(blocks[following], _COPY_AFTER)
        ):
            page.related.append((_after_label(blocks[index]), RelatedKind.SEE_ALSO))
            return following
        return 0
    titles = _story_goes_on(blocks, kinds, index) if kinds[index] == "read-also-heading" else 0
    page.related.extend(
        (title, RelatedKind.SEE_ALSO) for title in blocks[index + 1 : index + 1 + titles]
    )
    return index + 1 + titles if titles else 0


def _read_more_line(block: str, page: Page) -> None:
    """The section and portal a more-from line names ("More News articles on DZWatch")."""
    named = more_from(block)
    assert named is not None
    page.section = page.section or named.section
    page.more_from_section = page.more_from_section or named.section
    page.portal = page.portal or named.portal


def _opens_a_list(
    blocks: list[str], kinds: list[str | None], index: int, *, after_footer: bool
) -> bool:
    """Whether a list's titles follow ``index``: a list's heading, a more-from line over
    titles ("Mehr aus Wirtschaft"), or a heading in words not listed before the footer."""
    kind = kinds[index]
    if kind in _LIST_HEADINGS:
        return True
    if kind == "more":
        return _heads_a_list(blocks, kinds, index)
    return (
        kind is None
        and not after_footer
        and not opens_with_tag_label(blocks[index])
        and _heads_a_list(blocks, kinds, index)
    )


def _furniture_follows(kinds: list[str | None], index: int) -> bool:
    """Whether more of the story's furniture (a list, comments, a share row) follows
    ``index``, not the footer's."""
    following = index + 1
    return following < len(kinds) and kinds[following] not in (None, *_PAGE_END)


def _is_footer_line(block: str, kind: str | None, page: Page) -> bool:
    """A line of the page's footer after a list: its rights line, or a line in words not
    listed by its shape or the portal's name opening it ("НН.Город © 2024", "Radio
    Littoral, la radio de proximité"). (A rights notice right under the story, over the
    lists, is the story's.)"""
    if kind == "rights":
        return True
    return kind is None and (is_page_footer(block) or _opens_with(block, page.portal))


def _contact_end(blocks: list[str], kinds: list[str | None], index: int) -> int:
    """Where a press contact's lines end: a few short lines under its heading."""
    end = index
    while (
        end < len(blocks)
        and end - index < _CONTACT_LINES
        and kinds[end] is None
        and _words_at_most(blocks[end], _AUTHOR_WORDS * 2)
    ):
        end += 1
    return end


def _comments_end(kinds: list[str | None], index: int) -> int:
    """Where the readers' comments under a comment count end: at the prompt or notice
    that closes them ("Kommentar schreiben", "Ver más comentarios"), their names and words
    being no titles; with no prompt after them, the count stands alone."""
    end = index
    while end < len(kinds) and kinds[end] is None:
        end += 1
    return end if end < len(kinds) and kinds[end] in ("reply", "closed") else index


def _tags(blocks: list[str], kinds: list[str | None], index: int, page: Page) -> int:
    """The tags under a tags heading, one a line; where they end: at a block that is no
    label, or at a label over a title, the heading of the next list ("More on this
    story")."""
    if index < len(blocks) and kinds[index] is None and (row := _tag_row(blocks[index])):
        page.keywords.extend(row)  # the tags on one line: "meteors, amateur astronomy"
        return index + 1
    while index < len(blocks) and kinds[index] is None and is_label(blocks[index]):
        following = index + 1
        if (
            following < len(blocks)
            and kinds[following] is None
            and is_title(blocks[following])
            and not is_label(blocks[following])
            and not blocks[following].endswith(_HEADING_ENDS)
        ):
            break
        page.keywords.append(blocks[index])
        index += 1
    return index


def _tag_row(block: str) -> list[str]:
    """The tags a line under a tags heading holds, parted by commas, "、" or middle dots,
    each a few words ("meteors, amateur astronomy, citizen science"); [] for a line that
    is no such row (a sentence, one item)."""
    if ends_a_sentence(block):
        return []
    items = [item.strip() for item in ITEM_SEPARATORS.split(block)]
    if len(items) < _TAG_ROW_ITEMS or not all(
        item and _words_at_most(item, _TAG_WORDS) for item in items
    ):
        return []
    return items


def _navigation(blocks: list[str], kinds: list[str | None], index: int, page: Page) -> int:
    """The previous or next link, its title on the label's line ("Next story: ...") or on
    the next; the index of its last block."""
    titled = navigation_link(blocks[index])
    if titled is not None:
        page.related.append((titled[1], titled[0]))
        return index
    link = navigation(blocks[index])
    if link and index + 1 < len(blocks) and kinds[index + 1] is None:
        page.related.append((blocks[index + 1], link))
        return index + 1
    return index


def _heads_a_list(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """A heading in words not listed: a short line, no sentence, no label and its value
    ("Photos: Coast Guard Air Station"), over titles."""
    block = blocks[index]
    following = index + 1
    return (
        is_title(block)
        and not reads_as_copy(block)
        and not _labelled_fact(block)
        and not is_name_and_tagline(block)
        and not is_email_field(block)  # a sign-up form's field and its button
        and following < len(blocks)
        and kinds[following] is None
        and is_title(blocks[following])
        and not is_email_field(blocks[following])  # a form's pitch over its field
        and _is_headline(blocks[following])
        and not is_name_and_tagline(_unstamped(blocks[following]))
        and not _sibling_buttons(block, blocks[following])
    )


def _sibling_buttons(block: str, following: str) -> bool:
    """Two page tools in a row, a few words each, the first or the last alike ("Artikel
    drucken", "Artikel versenden"; "Print article", "Email article"): no heading and its
    title."""
    words, next_words = block.split(), following.split()
    return (
        _words_at_most(block, _SHARE_ITEM_WORDS)
        and _words_at_most(following, _SHARE_ITEM_WORDS)
        and (words[0] == next_words[0] or words[-1] == next_words[-1])
    )


def _unstamped(block: str) -> str:
    """A title without a stamp before it ("10 March 2026 – Title" is "Title"): the stamp's
    dash is no footer's "Name – Tagline"."""
    stamp = stamped_title(block)
    return stamp.title if stamp else block


def _is_headline(block: str) -> bool:
    """A story's title has several words (or characters of Chinese); a word alone
    ("Einstellungen", "Akzeptieren") is a button or a link of the site's."""
    return " " in block.strip() or len(_HAN_CHAR.findall(block)) >= _HAN_HEADLINE_CHARS


def _list_items(
    blocks: list[str], kinds: list[str | None], index: int, page: Page
) -> tuple[int, bool]:
    """The titles of a list from ``index``: where it ends, and whether the page's footer
    ends it. A fact box's lines ("Quando: ...", "Onde: ...") show a heading's list is the
    story's own, no titles."""
    numbered = _numbered(blocks, kinds, index)
    titles: list[str] = []
    stamped: list[Stamped | None] = []
    places: list[int] = []
    lined: set[int] = set()  # where a stamp stands alone on its line, perhaps over the
    if index and (is_dated(blocks[index - 1]) or is_stamp(blocks[index - 1])):  # first title
        lined.add(index - 1)
    footer = False
    while index < len(blocks):
        if _beside_a_title(blocks, kinds, index, places, lined):
            index += 1
            continue
        if kinds[index] is not None:
            break
        block = blocks[index]
        if is_email_field(block):  # a sign-up form under the list: the line right over
            if places and places[-1] == index - 1:  # its field is its pitch, no title
                del titles[-1], stamped[-1], places[-1]
            break
        stamp = stamped_title(block)
        bare = stamp.title if stamp else block
        footer = _ends_the_list(bare, page.portal) or closes_a_list(block)
        if (
            footer
            or not is_title(block)
            or parse_day(bare)  # a programme note, "Nordwelle Aktuell | 14.11.2025"
            or block.endswith(_HEADING_ENDS)  # a heading over what follows: "Im Programm:"
        ):
            break
        if numbered:
            block = _RANKED.sub("", block, count=1)
            numbered -= 1
        titles.append(block)
        stamped.append(stamp)
        places.append(index)
        index += 1
    kept = _without_stamps(titles, stamped)
    if len(kept) < len(titles):  # the list ends before a title that reads as a day
        index, footer = places[len(kept)], False
    unstamped = _first_unstamped(places, stamped[: len(kept)], lined)
    if unstamped is not None:  # the list's rhythm breaks: the footer's line, no title
        kept, index, footer = kept[:unstamped], places[unstamped], True
    titles = kept
    if titles and _FIRST_CHAPTER.match(blocks[places[0]]):
        titles = []  # an episode's chapters, from "00:00 Introduction" on: no stories
    if not any(is_fact_line(title) for title in titles):
        page.related.extend((title, RelatedKind.RELATED) for title in titles)
    return index, footer


def _beside_a_title(
    blocks: list[str], kinds: list[str | None], index: int, places: list[int], lined: set[int]
) -> bool:
    """Whether the line at ``index`` in a list is no title but what a list writes beside
    one: its rank ("1"), its day or time over or under it ("Published 2 March", "07:40"),
    its length under it ("44 min"), its source or count, or a file ("Draft bill (PDF, 420
    KB)", "Download MP3"). A day, a time or a length alone is noted in ``lined``."""
    block, kind = blocks[index], kinds[index]
    if kind is not None:
        length = kind in _LENGTHS and bool(places) and places[-1] == index - 1
        if length:
            lined.add(index)
        return length
    ranked = index + 1 < len(blocks) and kinds[index + 1] is None
    if is_rank(block) and ranked and not is_rank(blocks[index + 1]):
        return True  # "1", then the most-read title
    if is_dated(block) or is_stamp(block):
        lined.add(index)
        return True
    return is_title_meta(block) or is_document_link(block) or is_media_file_link(block)


def _without_stamps(titles: list[str], stamped: list[Stamped | None]) -> list[str]:
    """A list of the latest stories' titles without the stamps before them ("07:40",
    "Gestern", "12-06-2026 –"): its stamps are on two titles or more, in figures on one at
    least ("07:40 ...", "06:55 ...", "Gestern ..."). A list with no such stamps ends before
    a title that reads as a day."""
    count = sum(stamp is not None for stamp in stamped)
    if count >= _STAMPED_TITLES and any(stamp and stamp.figures for stamp in stamped):
        return [
            stamp.title if stamp else title for title, stamp in zip(titles, stamped, strict=True)
        ]
    for place, title in enumerate(titles):
        if parse_day(title):
            return titles[:place]
    return titles


def _first_unstamped(
    places: list[int], stamped: list[Stamped | None], lined: set[int]
) -> int | None:
    """Where a list whose titles each carry a day or a time ends: at the first line
    without one where the titles before it had it, in the same place (a stamp on the
    line over each, on the line under each, or before each on its line). "Registered in
    England No. 0987", an address or "All press releases" after three dated titles is
    the footer's or the list's last link, no title. Two stamped titles at least set the
    rhythm."""
    if len(places) <= _STAMPED_TITLES:
        return None

    def over(place: int, _: int) -> bool:
        return place - 1 in lined

    def under(place: int, _: int) -> bool:
        return place + 1 in lined

    def before(_: int, item: int) -> bool:
        return stamped[item] is not None

    has: Callable[[int, int], bool]
    for has in (over, under, before):
        if has(places[0], 0):
            break
    else:
        return None
    for item, place in enumerate(places):
        if not has(place, item):
            return item if item >= _STAMPED_TITLES else None
    return None


def _ends_the_list(block: str, portal: str | None) -> bool:
    """Whether ``block`` is the page's footer, no title of the list: a footer's shape (a
    copyright sign, an address, links between bars, a masthead's credit), the portal's
    name opening it ("Radio Littoral, la radio de proximité"), or a name and tagline
    ("DZWatch – Your News Portal")."""
    if is_page_footer(block) or _opens_with(block, portal) or _names_the_publisher(block, portal):
        return True
    tagline = NAME_AND_TAGLINE.match(block)
    return bool(tagline and is_name_and_tagline(block) and capitalised(tagline.group("name")))


def _names_the_publisher(block: str, portal: str | None) -> bool:
    """Whether ``block`` is the portal's name and a short ending alone, its publisher's
    name: one or two capitalised words, the last a company's form by its shape, dotted or
    of two capitals ("Mosto & Barrica Ediciones S.L.", "Kurier Verlag GmbH"), or in
    Chinese one or two characters ("東岸日報社")."""
    if not portal or not key(block).startswith(key(portal)):
        return False
    if _HAN_CHAR.search(portal):
        rest = block.strip()[len(portal.strip()) :]
        return 0 < len(rest) <= _PUBLISHER_ENDING and all(_HAN_CHAR.match(c) for c in rest)
    rest = " ".join(block.split()[len(portal.split()) :])
    return (
        bool(rest)
        and _words_at_most(rest, _PUBLISHER_ENDING)
        and capitalised(rest)
        and not any(map(str.isdigit, rest))
        and _LEGAL_FORM.search(rest) is not None
    )


def _opens_with(block: str, name: str | None) -> bool:
    """Whether ``block`` is ``name`` or opens with it before a mark ("Radio Littoral, la
    radio de proximité", "Portal Vale © 2024")."""
    if not name:
        return False
    keyed, named = key(block), key(name)
    if not named or not keyed.startswith(named):
        return False
    rest = keyed[len(named) :]
    return not rest or (not rest[0].isalnum() and not rest[0].isspace())


def _numbered(blocks: list[str], kinds: list[str | None], index: int) -> int:
    """How many titles from ``index`` carry a most-read list's numbers, 1, 2, 3... in
    order ("1. The quiet return of the night train"); a title that opens with a number
    alone ("1. FC Köln gewinnt") is no list of them."""
    count = 0
    while index + count < len(blocks) and kinds[index + count] is None:
        rank = _RANKED.match(blocks[index + count])
        if rank is None or int(rank.group("rank")) != count + 1:
            break
        count += 1
    return count if count >= _NUMBERED_TITLES else 0


def _share_row_end(blocks: list[str], kinds: list[str | None], index: int) -> int:
    """Where the share row whose buttons start at ``index`` ends; at ``index`` for a row
    whole on its label's line ("Teilen: Facebook · Instagram · WhatsApp"). Buttons in a
    row are alike: after one that names a network ("Click to share on Facebook (Opens in
    new window)"), the lines opening with its first two words are its siblings ("Click to
    email a link to a friend ...")."""
    label = index - 1
    if label >= 0 and kinds[label] == "share" and _BUTTONS_AFTER_LABEL.search(blocks[label]):
        return index
    opening: list[str] = []
    while index < len(blocks):
        block, kind = blocks[index], kinds[index]
        sibling = bool(opening) and kind is None and block.split()[:2] == opening
        if kind is None and _share_item(block, kind) and _heads_titles(blocks, kinds, index):
            return index  # "Share", "Copy link", then "Earlier updates" over titles
        if not (_share_item(block, kind) or sibling):
            if kind is not None or not _button_naming_a_network(block):
                return index
            opening = opening or block.split()[:2]
        index += 1
    return index


def _heads_titles(blocks: list[str], kinds: list[str | None], index: int) -> bool:
    """Whether ``index`` is a short heading over two titles or more, the lines after it
    longer than any button ("Earlier updates" under a share row's buttons)."""
    titles = blocks[index + 1 : index + 1 + _STAMPED_TITLES]
    return (
        len(titles) == _STAMPED_TITLES
        and all(kind is None for kind in kinds[index + 1 : index + 1 + _STAMPED_TITLES])
        and _heads_a_list(blocks, kinds, index)
        and all(_is_headline(t) and not _share_item(t, None) for t in titles)
        and all(is_title(t) and not reads_as_copy(t) for t in titles)
    )


def _button_naming_a_network(block: str) -> bool:
    return (
        _words_at_most(block, _BUTTON_WORDS)
        and not ends_a_sentence(block)
        and any(names_whole(block, network) for network in NETWORKS)
    )


def _share_item(block: str, kind: str | None) -> bool:
    """A share row's button: a network's name, or one to three words of no sentence."""
    if kind in ("network", "share"):
        return True
    return (
        kind is None
        and len(block.split()) <= _SHARE_ITEM_WORDS
        and not reads_as_copy(block)
        and not is_name_and_tagline(block)
    )


def _after_label(line: str) -> str:
    """The title after a "Read also: ..." or "Lire aussi | ..." (or "À LIRE AUSSI >> ...",
    "À LIRE AUSSI. ...") label."""
    marks = (":", "：", "|", ">>", "»", "→", ". ")
    cuts = [(line.find(mark), mark) for mark in marks if mark in line]
    if not cuts:
        return line
    cut, mark = min(cuts)
    return line[cut + len(mark) :].strip()

"""Where a plain-text page's blocks begin and end, shared by the ``text`` reader (which
reads a page block by block) and the ``text`` writer (which checks its lines read back).

Blank lines part blocks. Inside one, a single line break is either a wrap (a paragraph
hard-wrapped at a width, its lines joined again) or a break between things of their own:
a browser's "select all, copy" gives each paragraph, menu item or share button on a line,
with blank lines only here and there. Lines are joined when the breaks are wraps by their
shape:

- each line is as full as the page's width lets it be: the next line's first word would
  not have fitted on it (the width being the page's longest line of several words among
  blocks of several lines, and no page is wrapped narrower than ``_NARROWEST_WRAP``), or
  the next line goes on with the line's open sentence in a small letter (a text wrapped
  by hand);
- not every line ends a sentence (paragraphs a line each do);
- a list's items and their hanging lines, or a quote's indented lines, as the ``text``
  writer writes them, are one block whatever their width;
- lines of no sentence right under a list's heading ("Related", "Most read") are its
  titles, one a line, whatever their width;
- a byline over its writer's job, or over more names, is the byline (see
  :func:`newsmodel._textbylines.byline_over_lines`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from ._dates import parse_day
from ._textbylines import byline_over_lines, read_byline
from ._textformat import (
    BLANK_LINES,
    ends_a_sentence,
    furniture_kind,
    is_menu_item,
    is_menu_row,
    is_skip_link,
    is_stamp,
    key,
    trail,
)
from ._whitespace import collapse

__all__ = ["fit_width", "is_list_item", "is_one_text", "list_items", "page_blocks", "wrap_width"]

_NARROWEST_WRAP = 20  # characters, as the text writer's narrowest width
_TERMINAL_WIDTH = 100  # characters, at most, in a page a text browser wrapped
_LONGEST_WORD = 24  # characters: a longer "word" is a run of a script with no spaces
_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_SAMPLE = 4000  # characters of the page where Chinese would show
_DAY_LINE_WORDS = 6  # at most, in a date line under a wrapped headline
_MENU_LINES = 3  # at least, short links one a line for a menu
_MASTHEAD_REACH = 4  # lines under the name where the menu's first own word ("Home") stands
_TAGLINE_WORDS = 3  # at least, in a tagline under the name, over the menu's links
_HAN_LABEL = 6  # characters, at most, in a Chinese link's label ("本地新闻")
_MENU_PARTS = 4  # at least, short links one a block for a menu
_MENU_PARTS_UNKNOWN = 6  # at least, different links where fewer are a site's own
_SITE_LINKS = 2  # at least, a site's own links among the links ("Home", "Search")
_MENU_KINDS = (None, "menu", "newsletter", "popular", "ad")  # "Newsletter", "Latest", "Advertise"
_MENU_TOPICS = ("tags", "categories")  # "Topics", "Themen": a menu's link among others
# Headings whose items, one a line, are theirs, not a menu: "Tags", "Share", "Related"
_HEADINGS = frozenset({"tags", "categories", "share", "related", "read-also-heading", "contact"})
_LIST_HEADINGS = ("related", "popular", "read-also-heading", "more")
_FIRST_WORD = re.compile(r"\S+")
_WIDE_SPACE = re.compile(r"(?<=\S)\u3000(?=\S)")
_TRAIL_MARK = re.compile(r"[>»›→/]")  # a trail's separator on a line of its own
_SPACED_ITEMS = re.compile(r"[ \t]{2,}")
_LIST_ITEM = re.compile(r"(?:[-•*]|\d{1,3}[.)])\s")
_NUMBER_MARK = re.compile(r"(?<=\s)(?P<number>\d{1,6})(?P<close>[.)])(?=\s)")  # " 2. "


def page_blocks(text: str) -> list[str]:
    """The blocks of the page ``text``, each on one line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts: list[str | list[str]] = []
    for part in BLANK_LINES.split(text):
        if not part or part.isspace():
            continue
        byline = byline_over_lines(part)
        if byline is not None:
            parts.append(byline)
        else:
            parts.append([_spaced_menu(line) for line in part.split("\n") if line.strip()])
    parts = _menu_links_joined(parts)
    line_parts = [lines for lines in parts if isinstance(lines, list)]
    width = wrap_width(line_parts)
    widest = fit_width(line_parts, width)
    # wrapped at a terminal's width, in a script that spaces its words: Chinese is
    # counted in characters twice as wide, and wraps anywhere
    terminal = (
        _NARROWEST_WRAP <= width <= _TERMINAL_WIDTH and _HAN.search(text, 0, _HAN_SAMPLE) is None
    )
    blocks = []
    for number, part in enumerate(parts):
        titles = not isinstance(part, str) and _titles_under(
            parts[number - 1] if number else "", part, width, number
        )
        if isinstance(part, str) or (not titles and is_one_text(part, width, fits=widest)):
            blocks.append(_one_line(part if isinstance(part, str) else "\n".join(part)))
        else:
            lines = _wraps_joined(part, width, widest) if terminal and not titles else part
            blocks.extend(_with_menus([_one_line(line) for line in lines], top=number == 0))
    return blocks


def _words_at_most(line: str, count: int) -> bool:
    return len(line.split(maxsplit=count)) <= count


def _wraps_joined(lines: list[str], width: int, fits: int) -> list[str]:
    """A part's lines with each text wrapped over several of them joined into one line, on
    a page wrapped at a terminal's width (a text browser's dump): a line break is a wrap
    where the next word would not have fitted on the line, or the line goes on in a small
    letter; the part's other lines stay lines of their own (a date line under a wrapped
    headline)."""
    joined = [lines[0]]
    for line, after in pairwise(lines):
        if _wraps_onto(line, after, width, fits):
            joined[-1] = f"{joined[-1].rstrip()} {after.strip()}"
        else:
            joined.append(after)
    return joined


def _wraps_onto(line: str, after: str, width: int, fits: int) -> bool:
    """Whether ``line`` wraps onto ``after``: the next word would not have fitted on the
    line (the cheap tests first: most lines are short), or the line goes on in a small
    letter; never onto a date line ("jeudi 21 novembre 2024" under a wrapped headline) or
    a menu's row."""
    first = _FIRST_WORD.search(after)
    if first is None:
        return False
    size = len(line.rstrip())
    no_fit = (
        size + 1 + len(first.group()) > fits
        and len(first.group()) <= _LONGEST_WORD  # Chinese spaces no words to wrap at
        and not ends_a_sentence(line.rstrip())
        and not is_menu_row(line)
        and not is_menu_row(after)
    )
    if not (no_fit or _carries_on(line, after, width)):
        return False
    return not (
        _stamp_alone(after)
        or (_words_at_most(after, _DAY_LINE_WORDS) and parse_day(after) is not None)
    )


def _menu_links_joined(parts: list[str | list[str]]) -> list[str | list[str]]:
    """The parts, a run of four or more that are each one short link ("Cidades",
    "Política", "Esportes", "Cultura", each set apart by blank lines) joined into one part
    of lines, as a copy without blank lines gives a menu: its lines become the menu's row.
    A trail's few items stay apart, and so do the items under a heading ("Tags")."""
    joined: list[str | list[str]] = []
    run: list[str] = []
    for part in [*parts, ""]:
        if isinstance(part, list) and len(part) == 1 and _menu_link(part[0], after=run):
            run.append(part[0])
            continue
        if len(run) >= _MENU_PARTS and not _under_a_heading(joined) and _reads_as_a_menu(run):
            joined.append(run)
        else:
            joined.extend([line] for line in run)
        run = []
        if part:
            joined.append(part)
    return joined


def _under_a_heading(parts: list[str | list[str]]) -> bool:
    """Whether the last of ``parts`` ends with a heading of other furniture ("Tags")."""
    last = parts[-1] if parts else None
    return isinstance(last, list) and furniture_kind(last[-1]) in _HEADINGS


def _menu_link(line: str, *, after: list[str]) -> bool:
    """A short link that may be a menu's, ``after`` its links so far: no furniture's
    heading ("Related posts"), but "Themen" among other links."""
    if not is_menu_item(line) or trail(line) is not None:  # "Startseite > Hessen" ends it
        return False
    kind = furniture_kind(line)
    return kind in _MENU_KINDS or (bool(after) and kind in _MENU_TOPICS)


def _reads_as_a_menu(links: list[str]) -> bool:
    """Short links, each a block of its own, that make a menu: two of them a site's own
    links ("Home", "Search", "Latest"), or many different ones; none a byline."""
    different = {key(link): link for link in links}.values()
    known = sum(furniture_kind(link) in _MENU_KINDS[1:] for link in different)
    return (known >= _SITE_LINKS or len(different) >= _MENU_PARTS_UNKNOWN) and not any(
        read_byline(link) is not None for link in links
    )


def _titles_under(heading: str | list[str], lines: list[str], width: int, number: int) -> bool:
    """Whether ``lines``, the page's part ``number``, are a list's titles, one a line,
    under the block ``heading`` ("Related", "Most read", "More from Tech"): none ends a
    sentence, none goes on in a small letter with the line over it, and a related title
    is never wrapped, however full its lines. A more-from line opening the page is its
    headline ("More News articles on DZWatch"), over no titles."""
    if (
        len(lines) < 2  # (one line is one title either way)
        or not isinstance(heading, list)
        or len(heading) != 1
        or any(ends_a_sentence(line) for line in lines)
        or any(_carries_on(line, after, width) for line, after in pairwise(lines))
    ):
        return False
    kind = furniture_kind(heading[0])  # the costliest test last
    return kind in _LIST_HEADINGS and not (kind == "more" and number == 1)


def _spaced_menu(line: str) -> str:
    """A menu row whose links are set apart by runs of spaces ("International   Politique
    Économie"), written with a menu's separators: a line of its own, no wrapped text."""
    items = _SPACED_ITEMS.split(line.strip())
    if len(items) >= _MENU_LINES and all(is_menu_item(item) for item in items):
        return " · ".join(items)
    return line


def _one_line(text: str) -> str:
    """``text`` with its runs of white space made one space; a full-width space alone
    between two phrases ("台灣半導體設備自主率提升\u3000在地供應商營收創新高") is kept, as
    the writer of Chinese sets it."""
    return "\u3000".join(collapse(piece) for piece in _WIDE_SPACE.split(text))


def _with_menus(lines: list[str], *, top: bool) -> list[str]:
    """A block's lines, a run of three or more short links in them written as a menu on
    one line ("News · Sport · What's On"), as the grammar knows a menu: a site's menu or
    its footer's links, one a line, are no section label and no titles. Lines under a
    heading of other furniture ("Tags", "Share") are that furniture's items. At the
    page's ``top``, the first line that no list knows, right over a menu's word ("Home"),
    is the site's name ("Skip to content", "Northfield Gazette", "Home", "News"...)."""
    kinds = [furniture_kind(line) for line in lines]
    first_unknown = next((i for i, kind in enumerate(kinds) if kind is None), None)
    name = (
        first_unknown
        if top
        and first_unknown is not None
        and first_unknown + 1 < len(lines)
        and kinds[first_unknown + 1] == "menu"
        else None
    )
    masthead = {name} if name is not None else _masthead(lines, kinds) if top else set()
    blocks: list[str] = []
    run: list[str] = []
    items = after_copy = False
    for index, (line, kind) in enumerate([*zip(lines, kinds, strict=True), ("", None)]):
        # "Themen" between a menu's links is one of them, not a heading over tags
        if line and index not in masthead and not items and _menu_link(line, after=run):
            run.append(line)
            continue
        blocks.extend(_menu_and_trail(run, after_copy=after_copy))
        blocks.extend([line] if line else [])
        after_copy = after_copy or (bool(line) and not is_menu_item(line))
        run = []
        # a heading's items are the short lines under it, up to the next copy
        items = kind in _HEADINGS or (items and bool(line) and is_menu_item(line))
    return blocks


def _masthead(lines: list[str], kinds: list[str | None]) -> set[int]:
    """The lines of the page's name and tagline opening its first block, over its menu's
    links one a line ("صحيفة الساحل", "يومية سياسية مستقلة", "الرئيسية", "محليات", ...):
    the first line no list knows, under skip links alone, and the phrase under it; none
    where no phrase stands under the name or no menu's word follows within a few lines
    (the menu's reading finds a name as its first link)."""
    first = next((i for i, kind in enumerate(kinds) if kind != "menu"), None)
    if (
        first is None
        or kinds[first] is not None
        or any(not is_skip_link(line) for line in lines[:first])
    ):
        return set()
    below = lines[first + 1 : first + 1 + _MASTHEAD_REACH]
    if not any(furniture_kind(line) == "menu" for line in below[1:]):
        return set()
    tagline = first + 1
    phrase = tagline < len(lines) and kinds[tagline] is None and _tagline_shape(lines[tagline])
    return {first, tagline} if phrase else set()  # a name alone: the menu's first link


def _tagline_shape(line: str) -> bool:
    """A tagline's shape under the name: words that no menu link has, several of them,
    phrases parted by dots ("科技・產業・觀點"), or Chinese longer than a link's label
    ("嘉南人的宵夜廚房")."""
    return (
        len(line.split()) >= _TAGLINE_WORDS
        or "・" in line
        or " · " in line
        or (len(line) > _HAN_LABEL and all("\u3400" <= char <= "\u9fff" for char in line))
    )


def _menu_and_trail(run: list[str], *, after_copy: bool = False) -> list[str]:
    """A run of short links, one a line, as the grammar's blocks: a menu on one line, and
    a breadcrumb trail written one item a line with its separators on lines of their own
    ("Home", "›", "News and judgments", "›", "Press summaries") as one trail after it.
    After copy, a list's heading closing the run ("Les plus lus") heads what follows."""
    heading = []
    if after_copy and len(run) > _MENU_LINES and furniture_kind(run[-1]) == "popular":
        run, heading = run[:-1], run[-1:]
    blocks: list[str] = []
    links: list[str] = []
    index = 0
    while index < len(run):
        if index + 2 < len(run) and _TRAIL_MARK.fullmatch(run[index + 1]):
            crumbs = [run[index]]
            index += 1
            while index + 1 < len(run) and _TRAIL_MARK.fullmatch(run[index]):
                crumbs.append(run[index + 1])
                index += 2
            blocks += [*_menu_of(links, after_copy=after_copy), " › ".join(crumbs)]
            links = []
            continue
        links.append(run[index])
        index += 1
    return [*blocks, *_menu_of(links, after_copy=after_copy), *heading]


def _menu_of(links: list[str], *, after_copy: bool) -> list[str]:
    """Short links one a line as a menu on one line, or as they are."""
    menu = " · ".join(links)
    # over the story, three lines no list knows are a name and labels as much as a menu
    # ("Der Blickpunkt", "Wirtschaft", "Förderung für Wallboxen")
    few = (
        not after_copy
        and len(links) < _MENU_PARTS
        and not any(furniture_kind(link) in _MENU_KINDS[1:] for link in links)
    )
    is_menu = len(links) >= _MENU_LINES and not few and furniture_kind(menu) == "menu"
    return [menu] if is_menu else links


def wrap_width(parts: Iterable[list[str]]) -> int:
    """The width a page's blocks of several lines (``parts``, each its lines) would be
    wrapped at: their longest line of several words (of any, where none has several),
    lists and quotes aside."""
    several, any_line = 0, 0
    for lines in parts:
        if len(lines) < 2 or _list_or_quote(lines):
            continue
        for line in lines:
            size = len(line.rstrip())
            any_line = max(any_line, size)
            if " " in line.strip():
                several = max(several, size)
    return several or any_line


def fit_width(parts: Iterable[list[str]], width: int) -> int:
    """The width a next word must not fit in for a line break to be a wrap: the page's
    wrap ``width``, or its widest paragraph written on one line where that is wider (a
    page of paragraphs a line each is wrapped at no narrower width: "Notícias de Penedo
    Alto" over "Semanário regional desde 1921" are two lines)."""
    return max([width, *(len(lines[0]) for lines in parts if _one_sentence(lines))])


def _one_sentence(lines: list[str]) -> bool:
    """A block of one line, a sentence of several words: a paragraph written on a line."""
    return len(lines) == 1 and " " in lines[0].strip() and ends_a_sentence(lines[0].rstrip())


def is_one_text(lines: list[str], width: int, fits: int | None = None) -> bool:
    """Whether a block's ``lines`` are one text wrapped at ``width``, not lines of their
    own; a next word ``fits`` on a line as wide (the page's widest paragraph of one line,
    where it is wider) shows a line of its own."""
    fits = width if fits is None else fits
    if len(lines) < 2 or _list_or_quote(lines):
        return True
    if any(is_menu_row(line) for line in lines):
        return False  # a menu's row is a line of its own
    if any(_stamp_alone(line) for line in lines[1:]):
        return False  # a title's day under it ("20/03/2025"): no wrapped text's last words
    for line, after in pairwise(lines):
        first = _FIRST_WORD.search(after)
        if first is None or _carries_on(line, after, width):
            continue
        if width < _NARROWEST_WRAP or len(line.rstrip()) + 1 + len(first.group()) <= fits:
            return False  # the word would have fitted: a line of its own
    return not all(ends_a_sentence(line.rstrip()) for line in lines[:-1])


def _stamp_alone(line: str) -> bool:
    """A day or a time in figures alone on its line, with no full stop ("20/03/2025",
    "12 March 2025"): the stamp of the title over it, as a list writes it."""
    line = line.strip()
    return not ends_a_sentence(line) and is_stamp(line)


def _carries_on(line: str, after: str, width: int) -> bool:
    """Whether ``after`` goes on with the sentence ``line`` leaves open, a wrap however
    ragged (a text wrapped by hand): a line at least half the width, no sentence's end and
    no heading's colon at its end, then a small letter."""
    line = line.rstrip()
    return (
        len(line) * 2 >= width
        and not ends_a_sentence(line)
        and not line.endswith((":", "："))
        and after.lstrip()[:1].islower()
    )


def is_list_item(line: str) -> bool:
    """A list's item as the ``text`` writer writes one: "- Team A", "1. Team B"."""
    return _LIST_ITEM.match(line) is not None


def list_items(block: str) -> tuple[list[str], bool] | None:
    """The items of a list written in one block, and whether it is numbered, as the
    ``text`` writer writes a list and a copy of a page's list lines gives it, its lines
    joined ("- Ports - Roads", "1. Ports 2. Roads", "• Ports • Roads"): two items or more,
    numbered counting up from 1 or each after the same mark; None for another block."""
    first = _LIST_ITEM.match(block)
    if first is None:
        return None
    mark, rest = first.group().strip(), block[first.end() :]
    if not mark[0].isdigit():
        items = rest.split(f" {mark} ")
    elif mark[:-1] != "1":
        return None
    else:
        # one pass over the marks ("2.", "7)"...), keeping those that count up from 2
        items, start, number = [], 0, 2
        for found in _NUMBER_MARK.finditer(rest):
            if found["number"] == str(number) and found["close"] == mark[-1]:
                items.append(rest[start : found.start()])
                start, number = found.end(), number + 1
        items.append(rest[start:])
    items = [item.strip() for item in items]
    return (items, mark[0].isdigit()) if len(items) >= 2 and all(items) else None


def _list_or_quote(lines: list[str]) -> bool:
    """A list's items, each on its line or hanging under it, or a quote's indented lines."""
    if all(line[:1].isspace() for line in lines):
        return True
    return bool(_LIST_ITEM.match(lines[0])) and all(
        line[:1].isspace() or _LIST_ITEM.match(line) for line in lines[1:]
    )

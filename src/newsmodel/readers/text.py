"""Reads the plain-text rendering of a portal's article page (what "select all, copy" gives).

Such a page is blocks of text separated by blank lines: a section label, the headline, the
paragraphs (the first often opening with a dateline, "Damascus – ..."), then the portal's
furniture: "More News articles on DZWatch", "DZWatch – Your News Portal", "Related
Articles", "Leave a Reply", "Back to top button". The reader keeps the story as body
blocks and turns the furniture into the portal's name and tagline, the section, related
links and whether comments are open; none of it becomes body text.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .._model import Article, Paragraph, Portal, Related, RelatedKind, Section
from .._textformat import (
    BLANK_LINES,
    DATELINE,
    NAME_AND_TAGLINE,
    NAVIGATION,
    furniture_kind,
    is_label,
    is_name_and_tagline,
    is_title,
    more_from,
)
from .._whitespace import collapse
from ..errors import InvalidValueError, ReadError
from ..source import Source
from .robots import looks_like_robots_txt

__all__ = ["TextReader", "reader"]


class TextReader:
    """The ``text`` reader: one plain-text page holds one article."""

    def recognizes(self, source: Source) -> bool:
        """True for text that is neither markup nor JSON nor a robots.txt and has at least
        two blocks."""
        if looks_like_robots_txt(source):
            return False
        head = source.head().lstrip("\ufeff \t\r\n")
        if not head or _opens_markup_or_json(head):
            return False
        if any(ord(char) < 32 and char not in "\t\r\n\f" for char in head):
            return False
        return bool(BLANK_LINES.search(head.replace("\r\n", "\n")))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the page's article (a page with no headline yields nothing).

        Raises:
            ReadError: The page holds text the model does not accept (a control
                character); the model's :class:`~newsmodel.InvalidValueError` is its cause.
        """
        blocks = _blocks(source.text)
        try:
            article = _read_page(blocks, source.url)
        except InvalidValueError as error:
            raise ReadError(str(error), format="text", source=source.name) from error
        if article is not None:
            yield article


reader = TextReader()


@attrs.define
class _Furniture:
    """What the end of the page says about the portal, gathered line by line."""

    portal: str | None = None
    tagline: str | None = None
    section: str | None = None
    related: list[Related] = attrs.Factory(list)
    comments_open: bool | None = None


def _blocks(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [collapse(part) for part in BLANK_LINES.split(text) if not part.isspace() and part]


def _read_page(blocks: list[str], url: str | None) -> Article | None:
    story_end, furniture = _split_furniture(blocks)
    story = blocks[:story_end]
    if not story:
        return None
    section_label = None
    if _opens_with_label(story):
        section_label, story = story[0], story[1:]
    headline, paragraphs = story[0], story[1:]
    dateline = None
    if paragraphs:
        match = DATELINE.match(paragraphs[0])
        if match:
            dateline = match.group("place")
    section_name = section_label or furniture.section
    section = Section(section_name) if section_name else None
    portal = None
    if furniture.portal:
        portal = Portal(
            furniture.portal, tagline=furniture.tagline, sections=[section] if section else []
        )
    return Article(
        headline,
        dateline=dateline,
        body=[Paragraph(text) for text in paragraphs],
        url=url,
        section=section,
        portal=portal,
        related=furniture.related,
        comments_open=furniture.comments_open,
    )


def _opens_with_label(story: list[str]) -> bool:
    """Whether the story opens with a section label ("News") above the headline: a few
    words, then a title at least as long (a headline is seldom shorter than its section's
    name), then copy that is no label."""
    return (
        len(story) >= 3
        and is_label(story[0])
        and is_title(story[1])
        and len(story[1]) >= len(story[0])
        and not is_label(story[2])
    )


def _split_furniture(blocks: list[str]) -> tuple[int, _Furniture]:
    """Find where the story ends and read the furniture after it.

    The furniture starts at the first block, after the headline, that is a known furniture
    line ("More News articles on ...", "Related Articles", "Leave a Reply"...), or at the
    portal's "Name – Tagline" line just before it; what follows is read as furniture too,
    never as story.
    """
    furniture = _Furniture()
    start = next((i for i in range(1, len(blocks)) if furniture_kind(blocks[i])), len(blocks))
    # A theme may print its "Name – Tagline" footer before the other furniture lines:
    # the block just before them is that footer, not the story's last paragraph.
    if 2 < start < len(blocks) and is_name_and_tagline(blocks[start - 1]):
        start -= 1
    index = start
    while index < len(blocks):
        line = blocks[index]
        kind = furniture_kind(line)
        if kind == "more":
            match = more_from(line)
            assert match is not None
            furniture.section = furniture.section or match.group("section")
            furniture.portal = furniture.portal or match.group("portal")
            furniture.related.append(Related(line, kind=RelatedKind.MORE_FROM_SECTION))
        elif kind == "related":
            while (
                index + 1 < len(blocks)
                and not furniture_kind(blocks[index + 1])
                and is_title(blocks[index + 1])
            ):
                index += 1
                furniture.related.append(Related(blocks[index]))
        elif kind == "navigation":
            if index + 1 < len(blocks) and not furniture_kind(blocks[index + 1]):
                index += 1
                furniture.related.append(Related(blocks[index], kind=NAVIGATION[line.lower()]))
        elif kind == "reply":
            furniture.comments_open = True
        elif kind == "closed":
            furniture.comments_open = False
        elif kind is None:
            name = NAME_AND_TAGLINE.match(line)
            if name and (furniture.portal in (None, name.group("name"))):
                furniture.portal = name.group("name")
                furniture.tagline = name.group("tagline")
        index += 1
    return start, furniture


def _opens_markup_or_json(head: str) -> bool:
    """True where the text opens as a tag or a JSON value does, not merely with the same
    character: a headline may start "<3", "[Update]" or "{sic}"."""
    first, rest = head[0], head[1:].lstrip()
    if first == "<":
        return head[1:2].isascii() and (head[1:2].isalpha() or head[1:2] in "!?/")
    if first == "{":
        return rest[:1] in ('"', "}")
    if first == "[":
        return rest[:1] in ('"', "{", "[", "]", "-") or rest[:1].isdigit()
    return False

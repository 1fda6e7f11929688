"""Reads the plain-text rendering of a portal's article page (what "select all, copy" gives).

Such a page is blocks of text separated by blank lines: a section label, the headline, the
paragraphs (the first often opening with a dateline, "Damascus – ..."), then the portal's
furniture: "More News articles on DZWatch", "DZWatch – Your News Portal", "Related
Articles", "Leave a Reply", "Back to top button". The reader keeps the story as body
blocks and turns the furniture into the portal's name and tagline, the section, related
links and whether comments are open; none of it becomes body text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from .._model import Article, Paragraph, Portal, Related, RelatedKind, Section
from .._whitespace import collapse
from ..errors import InvalidValueError, ReadError
from ..source import Source

__all__ = ["TextReader", "reader"]

_BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n+")
_DASH = "[–—-]"  # en dash, em dash, hyphen
_MORE_FROM = re.compile(
    r"^More (?P<section>.+?) (?:articles|news|stories|posts) (?:on|from) (?P<portal>.+?)$", re.I
)
_NAME_AND_TAGLINE = re.compile(
    rf"^(?P<name>[^\n–—|]{{2,60}}?)\s+(?:{_DASH}|\|)\s+(?P<tagline>[^\n]{{2,120}})$"
)
# Capitals of the Latin, Greek and Cyrillic alphabets ("Écija", "Москва"), not only A-Z.
_WORD = r"[A-ZÀ-ÖØ-ÞΑ-ΩЀ-Я][\w'’.]*"
# "Damascus –", "GENEVA (Wire Desk) –", "Port Louis, Mauritius –": a place of up to four
# capitalised words, an optional agency in brackets, then a dash.
_DATELINE = re.compile(
    rf"^(?P<place>{_WORD}(?:[ -]{_WORD}){{0,3}}(?:,\s{_WORD}(?: {_WORD})?)?)"
    rf"(?:\s*\([^)]{{1,30}}\))?\s+{_DASH}{{1,2}}\s+\S"
)
_RELATED_HEADINGS = re.compile(
    r"^(?:related (?:articles|posts|stories|news)|you (?:may|might) also like"
    r"|read (?:more|also))$",
    re.I,
)
_REPLY_FORM = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment)$", re.I
)
# Full stops and the other marks that end a sentence, in Latin, CJK and Arabic script.
_FULL_STOPS = (".", "。", "．")
_SENTENCE_ENDS = (*_FULL_STOPS, "!", "?", ":", "！", "？", "：", "؟")
_COMMENTS_CLOSED = re.compile(r"^comments are closed\.?$", re.I)
_NAVIGATION = {
    "previous article": RelatedKind.PREVIOUS,
    "previous post": RelatedKind.PREVIOUS,
    "next article": RelatedKind.NEXT,
    "next post": RelatedKind.NEXT,
}
_CHROME = re.compile(
    r"^(?:back to top(?: button)?|share(?: this(?: article)?)?|print|close|search|menu|"
    r"facebook|twitter|x|whatsapp|telegram|linkedin|email|pinterest|reddit)$",
    re.I,
)


class TextReader:
    """The ``text`` reader: one plain-text page holds one article."""

    def recognizes(self, source: Source) -> bool:
        """True for text that is neither markup nor JSON and has at least two blocks."""
        head = source.head().lstrip("\ufeff \t\r\n")
        if not head or head[0] in "<{[":
            return False
        if any(ord(char) < 32 and char not in "\t\r\n\f" for char in head):
            return False
        return bool(_BLANK_LINES.search(head.replace("\r\n", "\n")))

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
    return [collapse(part) for part in _BLANK_LINES.split(text) if not part.isspace() and part]


def _read_page(blocks: list[str], url: str | None) -> Article | None:
    story_end, furniture = _split_furniture(blocks)
    story = blocks[:story_end]
    if not story:
        return None
    section_label = None
    if len(story) >= 3 and _is_label(story[0]) and _is_title(story[1]) and not _is_label(story[2]):
        section_label, story = story[0], story[1:]
    headline, paragraphs = story[0], story[1:]
    dateline = None
    if paragraphs:
        match = _DATELINE.match(paragraphs[0])
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


def _split_furniture(blocks: list[str]) -> tuple[int, _Furniture]:
    """Find where the story ends and read the furniture after it.

    The furniture starts at the first block, after the headline, that is a known furniture
    line ("More News articles on ...", "Related Articles", "Leave a Reply"...); what
    follows it is read as furniture too, never as story.
    """
    furniture = _Furniture()
    start = next((i for i in range(1, len(blocks)) if _furniture_kind(blocks[i])), len(blocks))
    index = start
    while index < len(blocks):
        line = blocks[index]
        kind = _furniture_kind(line)
        if kind == "more":
            match = _MORE_FROM.match(line)
            assert match is not None
            furniture.section = furniture.section or match.group("section")
            furniture.portal = furniture.portal or match.group("portal")
            furniture.related.append(Related(line, kind=RelatedKind.MORE_FROM_SECTION))
        elif kind == "related":
            while (
                index + 1 < len(blocks)
                and not _furniture_kind(blocks[index + 1])
                and _is_title(blocks[index + 1])
            ):
                index += 1
                furniture.related.append(Related(blocks[index]))
        elif kind == "navigation":
            if index + 1 < len(blocks) and not _furniture_kind(blocks[index + 1]):
                index += 1
                furniture.related.append(Related(blocks[index], kind=_NAVIGATION[line.lower()]))
        elif kind == "reply":
            furniture.comments_open = True
        elif kind == "closed":
            furniture.comments_open = False
        elif kind is None:
            name = _NAME_AND_TAGLINE.match(line)
            if name and (furniture.portal in (None, name.group("name"))):
                furniture.portal = name.group("name")
                furniture.tagline = name.group("tagline")
        index += 1
    return start, furniture


def _furniture_kind(line: str) -> str | None:
    lowered = line.lower()
    if _MORE_FROM.match(line):
        return "more"
    if _RELATED_HEADINGS.match(line):
        return "related"
    if lowered in _NAVIGATION:
        return "navigation"
    if _REPLY_FORM.match(line):
        return "reply"
    if _COMMENTS_CLOSED.match(line):
        return "closed"
    if _CHROME.match(line):
        return "chrome"
    return None


def _is_label(block: str) -> bool:
    """A section label: a few words, no sentence punctuation."""
    return _words_at_most(block, 4) and not block.endswith(_SENTENCE_ENDS)


def _is_title(block: str) -> bool:
    """A link title in a related block: one short line, not a sentence of body copy."""
    return _words_at_most(block, 20) and not block.endswith(_FULL_STOPS)


def _words_at_most(block: str, count: int) -> bool:
    # split() would make a list of every word of a long block; this stops after count + 1
    return len(block.split(maxsplit=count)) <= count

"""Reads the plain-text rendering of a portal's article page (what "select all, copy" gives).

Such a page is blocks of text separated by blank lines: the head (the portal's name, the
section label, the headline, a standfirst, byline and date lines), the story (the first
paragraph often opening with a dateline, "Damascus – ..."), then the portal's furniture
(more-from lines, "Name – Tagline", related and most-read lists, share rows, tags, comment
counts and prompts, back-to-top). The grammar that tells them apart, in eight languages, is
shared with the ``text`` writer (:mod:`newsmodel._textpage`); this module turns what it
finds into an :class:`~newsmodel.Article`: the story as body blocks, the rest as the
portal, section, authors, days, keywords, related links, whether comments are open, and
the comment count and wire agency in ``extra``. None of the furniture becomes body text.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._jsonvalue import JSONValue
from .._model import (
    Article,
    Block,
    Heading,
    ListBlock,
    Paragraph,
    Person,
    Portal,
    Related,
    Section,
)
from .._textblocks import list_items, page_blocks
from .._textformat import BLANK_LINES, furniture_kind
from .._textpage import Page, read_page
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
        blocks = page_blocks(source.text)
        try:
            article = _read_page(blocks, source.url)
        except InvalidValueError as error:
            raise ReadError(str(error), format="text", source=source.name) from error
        if article is not None:
            yield article


reader = TextReader()


def _read_page(blocks: list[str], url: str | None) -> Article | None:
    page = read_page(blocks)
    if page is None:
        return None
    section = _section(page)
    portal = None
    if page.portal:
        portal = Portal(
            page.portal, tagline=page.tagline, sections=section.path if section else []
        )
    extra: dict[str, JSONValue] = {}
    if page.comment_count is not None:
        extra["comment_count"] = page.comment_count
    if page.agency is not None:
        extra["agency"] = page.agency
    # A page that shows only the day it was updated ("Actualizado 13.05.2016") was
    # published that day as far as the reader can tell.
    published = page.published or page.updated
    updated = page.updated
    if updated is not None and published is not None and updated < published:
        extra["date_modified"] = updated.isoformat()  # the model takes no earlier update
        updated = None
    return Article(
        page.headline,
        alternative_headline=page.kicker,
        description=page.standfirst,
        dateline=page.dateline,
        body=[
            _body_block(text, index in page.intertitles)
            for index, text in enumerate(page.paragraphs)
        ],
        url=url,
        date_published=published,
        date_modified=updated,
        authors=[Person(name) for name in page.authors],
        section=section,
        keywords=page.keywords,
        portal=portal,
        related=[Related(title, kind=kind) for title, kind in page.related],
        comments_open=page.comments_open,
        extra=extra,
    )


def _body_block(text: str, heading: bool) -> Block:
    """A story's block: a heading, a list written in one block ("- Ports - Roads", "1. Ports
    2. Roads"), or a paragraph."""
    if heading:
        return Heading(text)
    items = list_items(text)
    return ListBlock(items[0], ordered=items[1]) if items else Paragraph(text)


def _section(page: Page) -> Section | None:
    """The section, under the sections a breadcrumb trail ending in it names ("Home ›
    World › Asia-Pacific": Asia-Pacific, in World); the site's home is no section."""
    if not page.section:
        return None
    parent = None
    if page.trail and page.trail[-1] == page.section:
        for name in page.trail[:-1]:
            if parent is None and furniture_kind(name) == "menu":
                continue  # "Home", "Accueil", "首页"
            parent = Section(name, parent=parent)
    return Section(page.section, parent=parent)


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

"""Writes an article as the plain text of a portal's article page, the shape the ``text``
reader reads (see :doc:`/writers`).

The page is blocks separated by blank lines: the section label, the headline, the body, then
the portal's furniture ("More News articles on DZWatch", "DZWatch – Your News Portal",
"Related Articles" and their titles, "Previous article"/"Next article" and a title, "Leave a
Reply" or "Comments are closed.", "Back to top button").

Every text is written with its runs of whitespace, line breaks and blank lines included, as
one space, since that is how the reader joins a block's lines. The writer checks what it
writes against the reader's own rules, so what the reader reads back is what was written;
where a value would read back as something else (a paragraph that looks like furniture, a
headline that looks like a section label, a dateline the reader would not see) it raises
:class:`~newsmodel.WriteError` naming the field.
"""

from __future__ import annotations

import textwrap

import attrs

from .._model import Article, Block, Figure, Heading, ListBlock, Paragraph, Quote, RelatedKind

# The grammar the reader reads by: what is written is checked against it, so the two cannot
# drift.
from .._textformat import (
    DATELINE,
    NAME_AND_TAGLINE,
    furniture_kind,
    is_label,
    is_name_and_tagline,
    is_title,
    more_from,
)
from ..errors import WriteError

__all__ = ["TextWriter", "writer"]

_DASH = "–"  # en dash, as in "Damascus – ..." and "DZWatch – Your News Portal"
_QUOTE_INDENT = "    "
_RELATED_HEADING = "Related Articles"
_NAVIGATION = {RelatedKind.PREVIOUS: "Previous article", RelatedKind.NEXT: "Next article"}
_COMMENTS = {True: "Leave a Reply", False: "Comments are closed."}
_BACK_TO_TOP = "Back to top button"
_NARROWEST = 20


class TextWriter:
    """The ``text`` writer: an article as the plain text of its page.

    .. versionadded:: 0.1.0
    """

    def write(self, article: Article, *, width: int | None = None) -> str:
        """Return ``article`` as plain text that the ``text`` reader reads back.

        Args:
            article: The article.
            width: Wrap paragraphs, quotes and list items at this many characters (at
                least 20); ``None`` writes each on one line, as a browser's copy does.
                Either way they read back the same.

        Raises:
            WriteError: A value would not read back as written; the message names the
                field (``body[3]``, ``related[0].title``, ``dateline``...). Also for a
                ``width`` that is not an integer of at least 20.
        """
        if width is not None and (
            not isinstance(width, int) or isinstance(width, bool) or width < _NARROWEST
        ):
            raise WriteError(f"text writer: width must be an integer of at least 20: {width!r}")
        headline = _one_line(article.headline)
        body = [_body_block(block) for block in article.body]
        _open_with_dateline(article.dateline, body)
        for index, block in enumerate(body):
            if furniture_kind(block.text):
                raise _error(f"body[{index}]", f"{_shown(block.text)} reads as page furniture")
        more = _more_from_lines(article)
        label = _section_label(article, headline, body, more)
        if label is None:
            _check_headline_is_no_label(headline, body)
        story = [_Block.line(label)] if label is not None else []
        story += [_Block.line(headline), *body]
        furniture = _furniture(article, more)
        if furniture and len(story) > 2 and is_name_and_tagline(story[-1].text):
            raise _error(
                f"body[{len(body) - 1}]",
                f"{_shown(story[-1].text)} reads as the portal's name and tagline, "
                "just before the furniture",
            )
        blocks = story + furniture
        return "\n\n".join(block.render(width) for block in blocks) + "\n"


writer = TextWriter()


@attrs.frozen
class _Line:
    text: str
    indent: str = ""
    hanging: str = ""  # the indent of the lines it wraps onto


@attrs.frozen
class _Block:
    """One block of the page: lines kept apart by single line breaks."""

    lines: tuple[_Line, ...]
    wraps: bool = False
    paragraph: bool = False

    @classmethod
    def line(cls, text: str) -> _Block:
        return cls((_Line(text),))

    @property
    def text(self) -> str:
        """The block as the reader reads it: its lines joined by a space."""
        return " ".join(line.text for line in self.lines)

    def render(self, width: int | None) -> str:
        if width is None or not self.wraps:
            return "\n".join(line.indent + line.text for line in self.lines)
        return "\n".join(
            "\n".join(
                textwrap.wrap(
                    line.text,
                    width,
                    initial_indent=line.indent,
                    subsequent_indent=line.hanging or line.indent,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
            for line in self.lines
        )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _body_block(block: Block) -> _Block:
    """A body block's plain-text form; the reader reads each back as a paragraph."""
    if isinstance(block, Paragraph):
        return _Block((_Line(_one_line(block.text)),), wraps=True, paragraph=True)
    if isinstance(block, Heading):
        return _Block.line(_one_line(block.text))
    if isinstance(block, Quote):
        lines = [_Line(_one_line(block.text), _QUOTE_INDENT)]
        if block.citation is not None:
            lines.append(_Line(f"— {_one_line(block.citation)}", _QUOTE_INDENT))
        return _Block(tuple(lines), wraps=True)
    if isinstance(block, ListBlock):
        markers = [f"{n}." if block.ordered else "-" for n in range(1, len(block.items) + 1)]
        return _Block(
            tuple(
                _Line(f"{marker} {_one_line(item)}", hanging=" " * (len(marker) + 1))
                for marker, item in zip(markers, block.items, strict=True)
            ),
            wraps=True,
        )
    assert isinstance(block, Figure)
    image = block.image
    about = f": {_one_line(image.caption)}" if image.caption is not None else ""
    credit = f" ({_one_line(image.credit)})" if image.credit is not None else ""
    return _Block.line(f"[Image{about}{credit}]")


def _open_with_dateline(dateline: str | None, body: list[_Block]) -> None:
    """Make the first paragraph open with the dateline, as the page shows it."""
    opening = DATELINE.match(body[0].text) if body else None
    if dateline is None:
        if opening:
            raise _error(
                "body[0]",
                f"it opens like a dateline ({opening.group('place')!r} and a dash), "
                "but the article has none",
            )
        return
    place = _one_line(dateline)
    if opening and opening.group("place") == place:
        return
    if not body or not body[0].paragraph:
        raise _error(
            "dateline",
            "the text form opens the first paragraph with it, and the body "
            + ("is empty" if not body else "opens with another kind of block"),
        )
    first = body[0].lines[0]
    opened = f"{place} {_DASH} {first.text}"
    match = DATELINE.match(opened)
    if not match or match.group("place") != place:
        raise _error(
            "dateline",
            f"{_shown(place)} does not read as one: a dateline is a place of up to four "
            "capitalised words (any words in scripts without capitals, joined by small "
            "words such as 'de' or 'am'), with an optional second part after a comma",
        )
    body[0] = attrs.evolve(body[0], lines=(attrs.evolve(first, text=opened),))


def _more_from_lines(article: Article) -> list[tuple[int, str, str]]:
    """The "More <section> articles on <portal>" links: (index, section, portal)."""
    found = []
    for index, link in enumerate(article.related):
        match = more_from(_one_line(link.title))
        if link.kind is RelatedKind.MORE_FROM_SECTION and match:
            found.append((index, match.group("section"), match.group("portal")))
    return found


def _section_label(
    article: Article, headline: str, body: list[_Block], more: list[tuple[int, str, str]]
) -> str | None:
    """The label to write above the headline, or None where none is needed."""
    section = article.section
    if section is None:
        if more:
            index, named, _ = more[0]
            raise _error(
                f"related[{index}].title",
                f"it names the section {named!r}, and the article has none",
            )
        return None
    name = _one_line(section.name)
    problem = _label_problem(name, headline, body)
    if problem is None:
        if furniture_kind(headline):
            raise _error("headline", f"{_shown(headline)} reads as page furniture")
        return name
    if more and more[0][1] == name:
        return None  # the "More <section> articles" line carries the section
    raise _error("section", f"{_shown(name)} would not read back as the section label: {problem}")


def _label_problem(name: str, headline: str, body: list[_Block]) -> str | None:
    if not is_label(name):
        return "a label is four words at most and does not end with . ! ? or :"
    if not is_title(headline):
        return "the headline under it must be twenty words at most, with no closing full stop"
    if len(headline) < len(name):
        return "the headline under it must be no shorter than the label"
    if not body:
        return "a label is read only above a headline and a body"
    if is_label(body[0].text):
        return f"the first body block ({_shown(body[0].text)}) looks like a label too"
    return None


def _check_headline_is_no_label(headline: str, body: list[_Block]) -> None:
    """Without a label, a short headline over a short first block would read as one."""
    if (
        len(body) >= 2
        and is_label(headline)
        and is_title(body[0].text)
        and len(body[0].text) >= len(headline)
        and not is_label(body[1].text)
    ):
        raise _error(
            "headline",
            f"{_shown(headline)} would read as a section label above a first body "
            "block this short; give the article a section, or a longer headline",
        )


def _furniture(article: Article, more: list[tuple[int, str, str]]) -> list[_Block]:
    """The portal's furniture after the story, in the seed page's order."""
    portal_line = _portal_line(article, more)
    more_indexes = {index for index, _, _ in more}
    leading = 0
    while leading in more_indexes:
        leading += 1
    lines: list[str] = []
    in_related_run = False
    for index, link in enumerate(article.related):
        title = _one_line(link.title)
        field = f"related[{index}].title"
        if index in more_indexes:
            lines.append(title)
            in_related_run = False
        elif link.kind in _NAVIGATION:
            if furniture_kind(title):
                raise _error(field, f"{_shown(title)} reads as page furniture")
            lines += [_NAVIGATION[link.kind], title]
            in_related_run = False
        else:  # related, see-also, and more-from links titled with a headline
            if furniture_kind(title) or not is_title(title):
                raise _error(
                    field,
                    f"{_shown(title)} does not read as a related title: one line of "
                    "twenty words at most, with no closing full stop, that is not furniture",
                )
            if not in_related_run:
                lines.append(_RELATED_HEADING)
                in_related_run = True
            lines.append(title)
        if portal_line is not None and index + 1 == leading:
            lines.append(portal_line)  # right after the More line, as on the seed page
    if article.comments_open is not None:
        lines.append(_COMMENTS[article.comments_open])
    if lines or portal_line is not None:
        lines.append(_BACK_TO_TOP)
    if portal_line is not None and leading == 0:
        lines.append(portal_line)  # the page's footer
    return [_Block.line(line) for line in lines]


def _portal_line(article: Article, more: list[tuple[int, str, str]]) -> str | None:
    """The "<portal> – <tagline>" line, or None for a portal without a tagline."""
    portal = article.portal
    if more:
        index, _, named = more[0]
        if portal is None or _one_line(portal.name) != named:
            has = "none" if portal is None else repr(_one_line(portal.name))
            raise _error(
                f"related[{index}].title",
                f"it names the portal {named!r}, and the article's portal is {has}",
            )
    if portal is None or portal.tagline is None:
        return None
    name, tagline = _one_line(portal.name), _one_line(portal.tagline)
    alone = NAME_AND_TAGLINE.match(f"{name} {_DASH} Tagline")
    if alone is None or alone.group("name") != name or furniture_kind(f"{name} {_DASH} x"):
        raise _error(
            "portal.name",
            f"{_shown(name)} does not read as a portal's name before its tagline: "
            "2 to 60 characters, no en or em dash, no | and no spaced hyphen",
        )
    line = f"{name} {_DASH} {tagline}"
    match = NAME_AND_TAGLINE.match(line)
    if match is None or match.group("tagline") != tagline or furniture_kind(line):
        raise _error(
            "portal.tagline", f"{_shown(tagline)} does not read as a tagline: 2 to 120 characters"
        )
    return line


def _shown(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _error(field: str, reason: str) -> WriteError:
    return WriteError(f"cannot write {field} as text: {reason}")

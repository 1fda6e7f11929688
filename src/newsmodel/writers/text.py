"""Writes an article as the plain text of a portal's article page, the shape the ``text``
reader reads (see :doc:`/writers`).

The page is blocks separated by blank lines: a masthead for a portal that nothing else
names, the section label, the headline, the byline and date lines, the body, then the
portal's furniture ("More News articles on DZWatch", "DZWatch – Your News Portal",
"Related Articles" and their titles, "Previous article"/"Next article" and a title, "Leave
a Reply" or "Comments are closed.", "Back to top button"), in the article's language.

Every text is written with its runs of whitespace, line breaks and blank lines included, as
one space, since that is how the reader joins a block's lines. The writer checks what it
writes against the reader's own grammar (:mod:`newsmodel._textpage`), so what the reader
reads back is what was written. Where a value would read back as something else, a page
is still worth having: the writer leaves out what the text form cannot hold (a section
label over an empty body, a dateline with no first paragraph to open, the portal's name
where it would read as the headline, a related title that reads as furniture...) and says
so in a :class:`~newsmodel.WriteWarning` naming those fields. The story itself (headline,
body, authors, days) is never left out: where it would be misread, it raises
:class:`~newsmodel.WriteError` naming the field, as every refusal does with
``strict=True``.
"""

from __future__ import annotations

import datetime as dt
import textwrap
import warnings
from collections.abc import Callable

import attrs

from .._dates import day_of
from .._model import (
    Article,
    Block,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Person,
    Quote,
    RelatedKind,
)
from .._month_names import MONTH_NAMES
from .._stacklevel import caller_stacklevel
from .._textblocks import fit_width, is_one_text, list_items, wrap_width

# The grammar the reader reads by: what is written is checked against it, so the two cannot
# drift.
from .._textformat import (
    DATELINE_ALONE,
    NAME_AND_TAGLINE,
    furniture_kind,
    is_label,
    is_name_and_tagline,
    is_title,
    more_from,
    words_of,
)
from .._textpage import Page, dateline_opening, read_page
from .._vocabulary import PAGE_WORDS, PageWords
from .._whitespace import collapse
from ..errors import WriteError, WriteWarning

__all__ = ["TextWriter", "writer"]

_DASH = "–"  # en dash, as in "Damascus – ..." and "DZWatch – Your News Portal"
_QUOTE_INDENT = "    "
_NAVIGATION = (RelatedKind.PREVIOUS, RelatedKind.NEXT)
_NARROWEST = 20


class TextWriter:
    """The ``text`` writer: an article as the plain text of its page.

    .. versionadded:: 0.1.0
    """

    def write(self, article: Article, *, width: int | None = None, strict: bool = False) -> str:
        """Return ``article`` as plain text that the ``text`` reader reads back.

        Args:
            article: The article.
            width: Wrap paragraphs, quotes and list items at this many characters (at
                least 20); ``None`` writes each on one line, as a browser's copy does.
                Either way they read back the same.
            strict: Refuse rather than leave out a section, dateline, portal, related
                link, comments state or update day that would not read back as written.

        Raises:
            WriteError: The headline, the body, the authors or the day of publication
                would not read back as written (or, with ``strict``, any value); the
                message names the field (``body[3]``, ``related[0].title``,
                ``dateline``...). Also for a ``width`` that is not an integer of at
                least 20, and a ``strict`` that is no bool.

        Warns:
            WriteWarning: Values were left out; its ``fields`` name them
                (``section``, ``related[2]``...).
        """
        if width is not None and (
            not isinstance(width, int) or isinstance(width, bool) or width < _NARROWEST
        ):
            raise WriteError(f"text writer: width must be an integer of at least 20: {width!r}")
        if not isinstance(strict, bool):
            raise WriteError(f"text writer: strict must be True or False: {strict!r}")
        try:
            return _page(article, width)
        except _UnwritableError as refusal:
            if strict:
                raise WriteError(str(refusal)) from None
            first = refusal
        page, left_out = _page_leaving_out(article, width, first)
        warnings.warn(
            WriteWarning(
                "text writer left out what the text form cannot hold as it is: "
                + "; ".join(f"{field} ({reason})" for field, reason in left_out),
                [field for field, _ in left_out],
            ),
            stacklevel=caller_stacklevel(),
        )
        return page


writer = TextWriter()


class _UnwritableError(WriteError):
    """A field that would not read back as written; the writer may leave it out."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"cannot write {field} as text: {reason}")
        self.field = field
        self.reason = reason


# What may be left out of the page, each field alone; the story is never left out.
_LEAVE_OUT: dict[str, Callable[[Article], Article]] = {
    "portal": lambda article: attrs.evolve(article, portal=None),
    "section": lambda article: attrs.evolve(article, section=None),
    "dateline": lambda article: attrs.evolve(article, dateline=None),
    "comments_open": lambda article: attrs.evolve(article, comments_open=None),
    "date_modified": lambda article: attrs.evolve(article, date_modified=None),
    "related": lambda article: attrs.evolve(article, related=[]),
}
# Fields that may be left out, tried in this order when the field misread is the story's:
# the portal's name over a short headline reads as the headline; a closing run of short
# body blocks reads as a heading over titles once furniture follows it.
_CULPRITS = ("portal", "section", "dateline", "comments_open", "related")
_Step = tuple[Article, list[tuple[str, str]]]


def _page_leaving_out(
    article: Article, width: int | None, refusal: _UnwritableError
) -> tuple[str, list[tuple[str, str]]]:
    """The page without the values it cannot hold, and (field, reason) for each left
    out; the original fields' names, so ``related[2]`` is the caller's third link."""
    left_out: list[tuple[str, str]] = []
    links = list(range(len(article.related)))  # the caller's index of each kept link
    while True:
        step = _without(article, refusal, links) or _without_culprits(
            article, width, refusal, links
        )
        if step is None:
            raise WriteError(str(refusal)) from None
        article, fields = step
        left_out += fields
        try:
            return _page(article, width), left_out
        except _UnwritableError as again:
            refusal = again


def _without(article: Article, refusal: _UnwritableError, links: list[int]) -> _Step | None:
    """``article`` without the value the refusal names, where it may be left out."""
    field, reason = refusal.field, refusal.reason
    name = field.partition("[")[0].partition(".")[0]
    if field.startswith("related[") and field.endswith("].title"):
        index = int(field[len("related[") : -len("].title")])
        related = list(article.related)
        del related[index]
        original = links.pop(index)
        return attrs.evolve(article, related=related), [(f"related[{original}]", reason)]
    if field == "portal.tagline" and article.portal is not None:
        portal = attrs.evolve(article.portal, tagline=None)
        return attrs.evolve(article, portal=portal), [(field, reason)]
    if name in _LEAVE_OUT and getattr(article, name) is not None:
        return _LEAVE_OUT[name](article), [(name, reason)]
    return None


def _without_culprits(
    article: Article, width: int | None, refusal: _UnwritableError, links: list[int]
) -> _Step | None:
    """For a misread headline, body block or byline: the first of the portal, section,
    dateline, comments state and related links whose absence cures it, else as many of
    them, in that order, as it takes."""
    present = [name for name in _CULPRITS if getattr(article, name) not in (None, ())]
    trials = [[name] for name in present] + [present[:n] for n in range(2, len(present) + 1)]
    for names in trials:
        trial = article
        for name in names:
            trial = _LEAVE_OUT[name](trial)
        try:
            _page(trial, width)
        except _UnwritableError as other:
            if other.field == refusal.field:
                continue
        why = f"leaving it out lets {refusal.field} read back: {refusal.reason}"
        fields: list[tuple[str, str]] = []
        for name in names:
            if name == "related":
                fields += [(f"related[{original}]", why) for original in links]
                links.clear()
            else:
                fields.append((name, why))
        return trial, fields
    return None


def _page(article: Article, width: int | None) -> str:
    """The page, or :class:`_UnwritableError` for the first field that would read back
    otherwise."""
    headline = _one_line(article.headline)
    body = [_body_block(block) for block in article.body]
    dateline_alone = _open_with_dateline(article.dateline, body)
    for index, block in enumerate(body):
        if furniture_kind(block.text):
            raise _error(f"body[{index}]", f"{_shown(block.text)} reads as page furniture")
    expected_body = [collapse(block.text) for block in body]
    if dateline_alone is not None:
        if expected_body:
            expected_body[0] = f"{dateline_alone.text} {expected_body[0]}"
        body.insert(0, dateline_alone)
    more = _more_from_lines(article)
    words = words_of(article.language)
    meta = _byline_and_days(article, words)
    # A byline or date line marks the headline (the block right above it) and the label
    # (the one above that) whatever their length; without one, the reader tells them
    # apart by their shapes, which are checked first for a clearer message.
    label = _section_label(article, headline, body, more, marked=bool(meta))
    if label is None and not meta:
        _check_headline_is_no_label(headline, body)
    story = [_Block.line(label)] if label is not None else []
    masthead = _masthead(article, label, more)
    story = ([_Block.line(masthead)] if masthead else []) + story
    story += [_Block.line(headline), *meta, *body]
    furniture = _furniture(article, more, words)
    if furniture and len(story) > 2 and is_name_and_tagline(story[-1].text):
        raise _error(
            f"body[{len(article.body) - 1}]",
            f"{_shown(story[-1].text)} reads as the portal's name and tagline, "
            "just before the furniture",
        )
    blocks = story + furniture
    _check_reads_back(blocks, expected_body, article, more)
    return "\n\n".join(_rendered(blocks, width)) + "\n"


def _rendered(blocks: list[_Block], width: int | None) -> list[str]:
    """Each block's lines at ``width``; a block whose wrapped lines the reader would take
    for lines of their own (each ending a sentence, or not as full as the page's width
    makes wrapped lines) is written unwrapped, as a paragraph on one line."""
    unwrapped = [block.render(None) for block in blocks]
    rendered = [block.render(width) for block in blocks]
    while True:
        parts = [text.split("\n") for text in rendered]
        page_width = wrap_width(parts)
        fits = fit_width(parts, page_width)
        split = [
            index
            for index, lines in enumerate(parts)
            if rendered[index] != unwrapped[index] and not is_one_text(lines, page_width, fits)
        ]
        if not split:
            return rendered
        for index in split:
            rendered[index] = unwrapped[index]


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


def _open_with_dateline(dateline: str | None, body: list[_Block]) -> _Block | None:
    """Make the first paragraph open with the dateline, as the page shows it; where the
    body opens with another kind of block, or is empty, return the dateline as a line of
    its own to write above it (the reader joins it to the block after it)."""
    first_text = body[0].text if body else ""
    opening = dateline_opening(first_text) or DATELINE_ALONE.match(first_text)
    if dateline is None:
        if opening:
            raise _error(
                "body[0]",
                f"it opens like a dateline ({opening.group('place')!r} and a dash), "
                "but the article has none",
            )
        return None
    place = _one_line(dateline)
    if opening and opening.group("place") == place and not DATELINE_ALONE.match(first_text):
        return None
    alone = f"{place} {_DASH}"
    match = DATELINE_ALONE.match(alone)
    if not match or match.group("place") != place:
        raise _error(
            "dateline",
            f"{_shown(place)} does not read as one: a dateline is a place of up to four "
            "capitalised words (any words in scripts without capitals, joined by small "
            "words such as 'de' or 'am'), with an optional second part after a comma",
        )
    if not body or not body[0].paragraph:
        return _Block.line(alone)
    first = body[0].lines[0]
    body[0] = attrs.evolve(body[0], lines=(attrs.evolve(first, text=f"{alone} {first.text}"),))
    return None


_More = tuple[int, str | None, str | None]


def _more_from_lines(article: Article) -> list[_More]:
    """The "More <section> articles on <portal>" links: (index, section, portal)."""
    found: list[_More] = []
    for index, link in enumerate(article.related):
        named = more_from(_one_line(link.title))
        if link.kind is RelatedKind.MORE_FROM_SECTION and named:
            found.append((index, named.section, named.portal))
    return found


def _section_label(
    article: Article, headline: str, body: list[_Block], more: list[_More], *, marked: bool
) -> str | None:
    """The label to write above the headline, or None where none is needed."""
    section = article.section
    naming = [(index, named) for index, named, _ in more if named is not None]
    if section is None:
        if naming:
            index, named = naming[0]
            raise _error(
                f"related[{index}].title",
                f"it names the section {named!r}, and the article has none",
            )
        return None
    name = _one_line(section.name)
    problem = _label_problem(name, headline, body, marked=marked)
    if problem is None:
        if furniture_kind(headline):
            raise _error("headline", f"{_shown(headline)} reads as page furniture")
        return name
    if naming and naming[0][1] == name:
        return None  # the "More <section> articles" line carries the section
    raise _error("section", f"{_shown(name)} would not read back as the section label: {problem}")


def _label_problem(name: str, headline: str, body: list[_Block], *, marked: bool) -> str | None:
    """Why ``name`` would not read as the label above the headline, if it would not;
    under a headline ``marked`` by a byline or date line, only its own shape counts."""
    if not is_label(name):
        return "a label is four words at most and does not end with . ! ? : or a dash"
    if marked:
        return None
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


def _furniture(article: Article, more: list[_More], words: PageWords) -> list[_Block]:
    """The portal's furniture after the story, in the seed page's order, in the words of
    the article's language."""
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
            heading = words.previous if link.kind is RelatedKind.PREVIOUS else words.next
            lines += [heading[0], title]
            in_related_run = False
        else:  # related, see-also, and more-from links titled with a headline
            if furniture_kind(title) or not is_title(title):
                raise _error(
                    field,
                    f"{_shown(title)} does not read as a related title: one line of "
                    "twenty words at most, with no closing full stop, that is not furniture",
                )
            if not in_related_run:
                lines.append(words.related[0])
                in_related_run = True
            lines.append(title)
        if portal_line is not None and index + 1 == leading:
            lines.append(portal_line)  # right after the More line, as on the seed page
    if article.comments_open is not None:
        lines.append((words.reply if article.comments_open else words.closed)[0])
    if lines or portal_line is not None:
        lines.append(words.back_to_top[0])
    if portal_line is not None and leading == 0:
        lines.append(portal_line)  # the page's footer
    return [_Block.line(line) for line in lines]


def _portal_line(article: Article, more: list[_More]) -> str | None:
    """The "<portal> – <tagline>" line, or None for a portal without a tagline."""
    portal = article.portal
    naming = [(index, named) for index, _, named in more if named is not None]
    if naming:
        index, named = naming[0]
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


def _masthead(article: Article, label: str | None, more: list[_More]) -> str | None:
    """The portal's name alone above the section label, for a portal that no
    "Name – Tagline" or more-from line names."""
    portal = article.portal
    if portal is None or portal.tagline is not None or label is None:
        return None
    if any(named is not None for _, _, named in more):
        return None
    return _one_line(portal.name)


def _byline_and_days(article: Article, words: PageWords) -> list[_Block]:
    """ "By A and B", then "Published <day>" and "Updated <day>", in the article's
    language; organisations among the authors are not written."""
    lines = []
    names = [_one_line(a.name) for a in article.authors if isinstance(a, Person)]
    if names:
        lines.append(f"{words.byline[0]} {_joined(names, words.and_)}")
    language = (article.language or "en").split("-")[0].lower()
    for opening, day in (
        (words.published[0], _day(article.date_published)),
        (words.updated[0], _update_day(article)),
    ):
        if day is not None:
            lines.append(f"{opening} {_written_day(day, language)}")
    return [_Block.line(line) for line in lines]


def _day(moment: dt.datetime | dt.date | None) -> dt.date | None:
    return day_of(moment) if moment is not None else None


def _update_day(article: Article) -> dt.date | None:
    """The day of the last change, unless it falls before the day of publication (two
    zones can make 00:10 at +01:00 follow 23:50 the day before at UTC): a page would
    not show that."""
    published, updated = _day(article.date_published), _day(article.date_modified)
    if published is not None and updated is not None and updated < published:
        return None
    return updated


def _joined(names: list[str], and_: str) -> str:
    """The names as a byline joins them: "A, B and C"; Arabic writes "و" onto the last
    name, and Chinese puts "、" between every two names, with no spaces."""
    if not and_.isalpha():
        return and_.join(names)
    if len(names) == 1:
        return names[0]
    last = f"{and_}{names[-1]}" if and_ == "و" else f"{and_} {names[-1]}"
    return f"{', '.join(names[:-1])} {last}"


def _written_day(day: dt.date, language: str) -> str:
    """The day with its month's name, as pages in ``language`` write it."""
    months = MONTH_NAMES.get(language) if language in PAGE_WORDS else None
    month = (months or MONTH_NAMES["en"])[day.month - 1][0]
    if language == "de":
        return f"{day.day}. {month.capitalize()} {day.year}"
    if language in ("es", "pt"):
        return f"{day.day} de {month} de {day.year}"
    if language in ("fr", "ar", "ru"):
        return f"{day.day} {month} {day.year}"  # Russian: the genitive, "5 мая 2024"
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{month.capitalize()} {day.day}, {day.year}"


def _check_reads_back(
    blocks: list[_Block], expected_body: list[str], article: Article, more: list[_More]
) -> None:
    """Read the page as the reader will, and name the first field that would come back
    otherwise (a paragraph read as a byline, a title as a heading...)."""
    page = read_page([collapse(block.text) for block in blocks])
    if page is None:
        raise _error("headline", f"{_shown(article.headline)} reads as page furniture")
    people = [_one_line(a.name) for a in article.authors if isinstance(a, Person)]
    # The byline and date lines the writer wrote come first: where one of them is not
    # read, it is the field to blame, not the body block it is misread as.
    heads: list[tuple[str, object, object]] = [
        ("authors", page.authors, people),
        ("date_published", page.published, _day(article.date_published)),
        ("date_modified", page.updated, _update_day(article)),
    ]
    wrote = [check for check in heads if check[2]]
    checks: list[tuple[str, object, object]] = [
        ("headline", page.headline, _one_line(article.headline)),
        *wrote,
    ]
    for index, (got, want) in enumerate(zip(page.paragraphs, expected_body, strict=False)):
        checks.append((f"body[{index}]", got, want))
        if index in page.intertitles and not isinstance(article.body[index], Heading):
            raise _error(f"body[{index}]", f"{_shown(got)} reads as a heading of the story")
    if len(page.paragraphs) != len(expected_body):
        _refuse_block_count(page, expected_body)
    for index, (block, text) in enumerate(zip(article.body, expected_body, strict=False)):
        _check_list_reads_back(index, block, text)
    dateline = _one_line(article.dateline) if article.dateline else None
    checks.append(("dateline", page.dateline, dateline))
    section = _one_line(article.section.name) if article.section else None
    checks.append(("section", page.section, section))
    more_indexes = {index for index, _, _ in more}
    for index, link in enumerate(article.related):
        kind = (
            RelatedKind.MORE_FROM_SECTION
            if index in more_indexes
            else link.kind
            if link.kind in _NAVIGATION
            else RelatedKind.RELATED
        )
        got_link = page.related[index] if index < len(page.related) else None
        checks.append((f"related[{index}].title", got_link, (_one_line(link.title), kind)))
    if len(page.related) > len(article.related):
        checks.append(("related", page.related, "no more links"))
    portal = article.portal
    if portal and (portal.tagline or any(named for _, _, named in more) or article.section):
        tagline = _one_line(portal.tagline) if portal.tagline else None
        checks += [("portal.name", page.portal, _one_line(portal.name))]
        checks += [("portal.tagline", page.tagline, tagline)]
    else:
        checks.append(("portal", page.portal, None))
    checks.append(("comments_open", page.comments_open, article.comments_open))
    checks += [check for check in heads if check not in wrote]
    for field, read, written in checks:
        if read != written:
            raise _error(
                field, f"it would read back as {_shown(str(read))}, not {_shown(str(written))}"
            )
    unread = {
        "standfirst": page.standfirst,
        "keywords": page.keywords,
    }
    for what, value in unread.items():
        if value:
            raise _error(
                "body[0]" if article.body else "headline",
                f"the page would read as giving {what} {_shown(str(value))}",
            )


def _check_list_reads_back(index: int, block: Block, text: str) -> None:
    """A list written in one block reads back as that list, and no other block as one
    ("- Ports - Roads" written as a paragraph would read as a list of two)."""
    items = list_items(text)
    if items is None:
        return  # a paragraph of that text, a list too (one item, or after the dateline)
    if not isinstance(block, ListBlock):
        raise _error(f"body[{index}]", f"{_shown(text)} reads as a list")
    if items != ([_one_line(item) for item in block.items], block.ordered):
        raise _error(f"body[{index}]", f"its items would read back as {_shown(str(items[0]))}")


def _refuse_block_count(page: Page, written: list[str]) -> None:
    """Name the body block that is not read back as one, when every block before it is
    (the first one missing, or the last written where more are read), and what it reads
    as where the page says."""
    read = page.paragraphs
    if len(read) < len(written):
        index = next(
            (i for i, (got, want) in enumerate(zip(read, written, strict=False)) if got != want),
            len(read),
        )
        what = f"{_shown(written[index])} {_read_instead(page, written[index])}"
    else:
        index = max(len(written) - 1, 0)
        what = f"{_shown(read[len(written)])} is read as a body block after it"
    raise _error(
        f"body[{index}]" if written else "body",
        f"the body would read back with {_blocks(len(read))}, not {len(written)}: {what}",
    )


def _read_instead(page: Page, block: str) -> str:
    """What the page reads a body block as, where it is not read as one."""
    read_as = {
        "an author's name": block in page.authors,
        "the standfirst": block == page.standfirst,
        "the section label": block == page.section,
        "the kicker": block == page.kicker,
        "the portal's name": block == page.portal,
        "the portal's tagline": block == page.tagline,
        "a related link's title": any(title == block for title, _ in page.related),
    }
    found = [what for what, matches in read_as.items() if matches]
    return f"reads as {found[0]}" if found else "is not read as a body block"


def _blocks(count: int) -> str:
    return f"{count} block" if count == 1 else f"{count} blocks"


def _shown(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _error(field: str, reason: str) -> _UnwritableError:
    return _UnwritableError(field, reason)

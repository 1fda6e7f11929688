"""Publication days a page shows but does not mark up: in its URL, or written near the top.

Only unambiguous forms are read (see :mod:`newsmodel._dates`). The page is searched in
this order:

1. a short text in an element whose class or id names a date, time or byline;
2. a short text with a date in it, close to the page's ``<h1>`` (or, without one, to
   the element that shows its headline);
3. anywhere, the first text that is a date and little else ("Posted on April 8, 2024").

Dates in a block beside the story (related links, teasers, comments: see
:mod:`~newsmodel.readers.html.beside`) are other articles' or readers' and never read.

A date the page labels as an update ("Updated March 3, 2025") is not a publication date:
it is read as the day of the last update instead.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

import lxml.html
from lxml import etree

from ..._dates import ANY_MONTH_PATTERN, may_name_a_day, month_of, parse_day
from ..._whitespace import collapse
from ._around_headline import around_headline
from .beside import BesideTheStory
from .vocabulary import AFTER_HEADLINE, BEFORE_HEADLINE, LINE_CHILDREN_MAX, NOT_SHOWN

__all__ = ["ShownDays", "day_in_url", "publication_time"]

_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_DAY_NAMED = re.compile(
    rf"/((?:19|20)\d\d)/({ANY_MONTH_PATTERN})/(0?[1-9]|[12]\d|3[01])(?:/|$)", re.I
)
_DATE_NAMES = re.compile(r"date|time|posted|publish|byline|meta|timestamp", re.I)
_UPDATE_WORDS = ("updat", "modif", "edited", "revised", "aktualisiert", "mis à jour")
_UPDATED = re.compile("|".join(_UPDATE_WORDS), re.I)
# For one look for labels over the whole page (see _label_in_text): a part of each word
# without white space, which collapsing changes, and the letters re.IGNORECASE matches to
# the words' letters that str.lower() does not turn into them (the tests try every one).
_UPDATE_CORES = tuple(max(word.split(), key=len) for word in _UPDATE_WORDS)
_CASE_ODD = "İıſ"
_MONTH_WORDS = re.compile(rf"\b(?:{ANY_MONTH_PATTERN})\b\.?", re.I)
_MAX_LABELLED = 120  # characters in a labelled date element
_MAX_NEAR = 60  # characters in an unlabelled one near the headline (at most _MAX_LABELLED:
# the lines kept for the searches are the labelled ones' length)
_LEFT_OVER = 16  # characters beside the date in a text that is "a date and little else"
_LABEL_WORDS = re.compile(
    r"\b(?:posted|published|on|at|am|pm|last|updated?|modified)\b|[\d:|•·,.-]", re.I
)
_LABEL_REACH = 60  # characters before a date read for an "Updated" label
_PEEK = 4 * _MAX_LABELLED  # characters of a long text read to tell that it is too long
_KEPT_LINES = 10_000  # date lines kept from one search for the next; more are read again


def day_in_url(url: str | None) -> dt.date | None:
    """The day a URL's path names, as in ``/2025/09/04/`` or ``/2025/september/04/``."""
    path = (url or "").split("?", 1)[0]
    match = _URL_DAY.search(path)
    if match:
        return _day(*match.groups())
    match = _URL_DAY_NAMED.search(path)
    month = month_of(match.group(2)) if match else None  # not "ſeptember"
    if match and month:
        return _day(match.group(1), str(month), match.group(3))
    return None


def publication_time(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The ``<time>`` that dates the article: the first shortly after the ``<h1>``, else the
    first in the page; one labelled as an update ("Last updated: <time>") never is, nor
    one beside the story (see :mod:`~newsmodel.readers.html.beside`)."""
    if next(tree.iter("time"), None) is None:  # found in C: a page without one is not walked
        return None
    first = None
    since_headline: int | None = None
    beside = BesideTheStory(tree)
    walk = etree.iterwalk(tree, events=("start",))
    for _, element in walk:
        if since_headline is not None:
            since_headline += 1
            if since_headline > AFTER_HEADLINE and first is not None:
                return first
        if beside.is_block(element):
            walk.skip_subtree()
        elif element.tag == "h1" and since_headline is None:
            since_headline = 0
        elif element.tag == "time" and (since_headline is not None or first is None):
            # (a later one before any headline changes nothing: its label is not read)
            if _labelled_update(element):
                continue
            if since_headline is not None and since_headline <= AFTER_HEADLINE:
                return element
            first = first if first is not None else element
    return first


def _labelled_update(element: lxml.html.HtmlElement) -> bool:
    """Whether the text just before ``element`` labels it as an update ("Updated:").

    Only the last ``_LABEL_REACH`` characters before it count, read from at most
    ``LINE_CHILDREN_MAX`` preceding siblings: each element's look back is bounded, so a page of
    thousands of dates costs time in proportion to its size.
    """
    parent = element.getparent()
    if parent is None:
        return False
    parts: list[str] = []
    size = 0
    for sibling in element.itersiblings(preceding=True):
        if len(parts) == LINE_CHILDREN_MAX or size >= _LABEL_REACH:
            break
        part = f"{sibling.text_content()}{sibling.tail or ''}"
        parts.append(part)
        size += len(part)
    else:
        parts.append(parent.text or "")
    before = "".join(reversed(parts))
    return bool(_UPDATED.search(before[-_LABEL_REACH:]))


class ShownDays:
    """The publication and update days a page shows, each by this module's order.

    Each is searched for when first asked: the reader may ask for them at two points of its
    work. A page's date lines are read once for both where they are few; where they are
    many, the page is first searched for an "Updated" label, and without one no date is
    looked for as an update.

    Args:
        tree: The parsed page.
        headlines: The texts the page may show its headline as where it has no ``<h1>``,
            best first (see :func:`~newsmodel.readers.html.headline.shown_forms`).
    """

    def __init__(self, tree: lxml.html.HtmlElement, headlines: Sequence[str] = ()) -> None:
        self._tree = tree
        self._headlines = headlines
        self._kept: list[tuple[lxml.html.HtmlElement, str]] | None = None
        self._label_in_text: bool | None = None  # not looked for yet

    @functools.cached_property
    def published(self) -> dt.date | None:
        """The publication day the page shows."""
        return self._search(updated=False)

    @functools.cached_property
    def updated(self) -> dt.date | None:
        """The day of the last update the page shows."""
        if self._kept is None:  # the page is to be read (again): is any date labelled?
            self._label_in_text = _label_in_text(self._tree)
            if not self._label_in_text and self._tree.getparent() is None:
                return None
        return self._search(updated=True)

    @functools.cached_property
    def _beside(self) -> BesideTheStory:
        return BesideTheStory(self._tree)

    @functools.cached_property
    def _around_headline(self) -> list[lxml.html.HtmlElement]:
        near = around_headline(
            self._tree, NOT_SHOWN, BEFORE_HEADLINE, AFTER_HEADLINE, self._headlines
        )
        beside = self._beside
        return [e for e in near if not beside.holds(e) and not beside.around(e)]

    def _lines(self) -> Iterable[tuple[lxml.html.HtmlElement, str]]:
        """The elements with a date line and their lines, in page order: those kept by an
        earlier search, else read as the search asks for them."""
        return self._read_lines() if self._kept is None else self._kept

    def _read_lines(self) -> Iterator[tuple[lxml.html.HtmlElement, str]]:
        """The page's date lines, kept for the next search when read to the end and few."""
        kept: list[tuple[lxml.html.HtmlElement, str]] | None = []
        for element, line in _date_lines(self._tree, self._beside):
            if kept is not None:
                kept.append((element, line))
                kept = kept if len(kept) <= _KEPT_LINES else None
            yield element, line
        self._kept = kept

    def _day(
        self, element: lxml.html.HtmlElement, line: str, longest: int, *, updated: bool
    ) -> dt.date | None:
        """The publication (or update) day an element's date line shows, its label read
        from the line or from the text just before it ("Last updated: <span>May 2</span>")."""
        if len(line) > longest:
            return None
        label = _UPDATED.search(line)
        if label:  # a day before the label is the publication day, one after it the update
            return parse_day(line[label.end() :] if updated else line[: label.start()])
        found = parse_day(line)  # an update's day where the text before the element says so
        if found is None or self._labelled_update(element) != updated:
            return None
        return found

    def _labelled_update(self, element: lxml.html.HtmlElement) -> bool:
        """Whether the text just before ``element`` labels it as an update: never, when the
        page's text has no label, for the look-back of an element inside the tree reads a
        part of it (pages are parsed without comments); the tree's own reads outside it."""
        if self._label_in_text is False and element is not self._tree:
            return False
        return _labelled_update(element)

    def _search(self, *, updated: bool) -> dt.date | None:
        """The first day by the order in the module docstring, the date lines read once:
        the first of the third kind is kept while the first kind is looked for."""
        anywhere: dt.date | None = None
        for element, line in self._lines():
            if _DATE_NAMES.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
                found = self._day(element, line, _MAX_LABELLED, updated=updated)
                if found:
                    return found
            elif anywhere is None:  # (a labelled line not read above gives no day here)
                found = self._day(element, line, _MAX_NEAR, updated=updated)
                if found and len(_LABEL_WORDS.sub("", _MONTH_WORDS.sub("", line))) <= _LEFT_OVER:
                    anywhere = found
        for element in self._around_headline:
            for line in _near_lines(element):
                found = self._day(element, line, _MAX_NEAR, updated=updated)
                if found:
                    return found
        return anywhere


def _label_in_text(tree: lxml.html.HtmlElement) -> bool:
    """Whether an "Updated" label may stand in the tree's text, every date line and
    look-back inside being a part of it."""
    text = tree.text_content()
    lowered = text.lower()
    return any(odd in text for odd in _CASE_ODD) or any(core in lowered for core in _UPDATE_CORES)


def _date_lines(
    tree: lxml.html.HtmlElement, beside: BesideTheStory
) -> Iterator[tuple[lxml.html.HtmlElement, str]]:
    """The elements with a date line (see :func:`_date_line_of`) and their lines, in page
    order, found as the caller asks for them; none in a block beside the story.

    The children of a container or of an element not shown are read. An element whose
    text has no year in it has no date line, and neither has any element inside it, whose
    text is part of its own: only the elements around the page's few years are read.
    """
    branches = [iter((tree,))]  # one iterator of children per element being read
    while branches:
        for element in branches[-1]:
            if beside.is_block(element):
                continue
            children = len(element)
            if children <= LINE_CHILDREN_MAX and element.tag not in NOT_SHOWN:
                text = _text(element, children)
                if not may_name_a_day(text):
                    continue
                line = _date_line(text)
                if line and not beside.around(element):
                    yield element, line
            if children:
                branches.append(element.iterchildren(etree.Element))
                break
        else:
            branches.pop()


def _date_line_of(element: lxml.html.HtmlElement) -> str:
    """The element's date line: its whole text, whitespace collapsed, where it may be a line
    with a date in it; else "".

    A container (an element with more than ``LINE_CHILDREN_MAX`` children) or an element not
    shown has no date line, nor has a text without a year or longer than ``_MAX_LABELLED``.
    """
    children = len(element)
    if children > LINE_CHILDREN_MAX or element.tag in NOT_SHOWN:
        return ""
    text = _text(element, children)
    return _date_line(text) if may_name_a_day(text) else ""


def _near_lines(element: lxml.html.HtmlElement) -> list[str]:
    """The element's date line, or where it has ``<br>`` in it, its lines between them: an
    old page writes its byline and its day into one ``<font>``, a line each, and its text
    runs the two together ("By Jane RoeMay 5, 2024"), too long besides for a few writers."""
    line = _date_line_of(element)
    if not line or element.find("br") is None:
        return [line] if line else []
    lines: list[str] = []
    parts = [element.text or ""]
    for child in element:
        if child.tag == "br":
            lines.append(collapse("".join(parts)))
            parts = []
        elif isinstance(child.tag, str):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    lines.append(collapse("".join(parts)))
    return [line for line in lines if may_name_a_day(line)]


def _text(element: lxml.html.HtmlElement, children: int) -> str:
    """The element's text; ``children`` is its number of child nodes."""
    # a leaf's text is all its text: lxml's text_content() (an XPath call) costs more
    return element.text_content() if children else element.text or ""


def _date_line(text: str) -> str:
    """A small element's text, its whitespace collapsed, if it is short enough to be a line
    with a date in it; else ""."""
    if len(text) > _PEEK and len(collapse(text[:_PEEK])) > _MAX_LABELLED:
        return ""  # a part of the text is too long already, and the whole is no shorter
    line = collapse(text)
    return line if len(line) <= _MAX_LABELLED else ""


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None

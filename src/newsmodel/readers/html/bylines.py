"""The people a page shows as its authors, when its markup does not name them.

Bylines are looked for in this order, the first that gives a name winning:

1. an ``itemprop="author"`` element, or a link with ``rel="author"``;
2. a link to an author page (``/author/...``, ``/authors/...``, ``/contributors/...``,
   ``/staff/...``, ``/profile/...``) inside an element whose class or id names an author or
   byline;
3. the short text of such an element ("By Jane Roe", "Posted by Jane Roe | 4 Sept 2025").

Text is cut at the first date, separator or "on"/"in" clause, and prefixes such as "By",
"Written by" and "Author:" are dropped. A name must look like one: at most six words, no
digits, no e-mail address, and none of the words that fill bylines ("share", "min read").
"""

from __future__ import annotations

import itertools
import re

import lxml.html
from lxml import etree

from ..._dates import MONTH_PATTERN
from ..._whitespace import collapse
from ._around_headline import around_headline
from ._names import AnyCase
from .vocabulary import (
    AFTER_HEADLINE,
    BEFORE_HEADLINE,
    BYLINE_PREFIX,
    LINE_CHILDREN_MAX,
    NAME_CHARS_MAX,
    NAME_SEPARATORS,
    NAME_WORDS_MAX,
    NOT_SHOWN,
)

__all__ = ["authors_in_page", "looks_like_a_person", "names_in", "tidy_name"]

_BYLINE_NAMES = AnyCase(r"author|byline|writer|contributor|posted-?by|creator")
_NOT_BYLINE_NAMES = AnyCase(
    r"avatar|image|img|photo|picture|bio\b|bio[_-]|description|position|title|job|role|"
    r"social|follow|tooltip|comment"
)
_AUTHOR_PAGE = re.compile(r"/(?:author|authors|contributors?|staff|profiles?|people|writers?)/")
_WEEKDAYS = "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_CUT = re.compile(
    rf"\s*(?:[|•·⋅—–]|\bview\b|\s-\s|\bon\s+(?=\S*\d|(?:{MONTH_PATTERN}|{_WEEKDAYS})\b)|\bin\b|"
    rf"\bupdated\b|\bpublished\b|\bposted\b|\d|"
    rf"\b(?:{MONTH_PATTERN})\b\.?\s+\d|\b(?:{_WEEKDAYS})\b)",
    re.I,
)
_FILLER = re.compile(
    r"\b(?:share|comments?|min(?:ute)?s?\s+read|read\s+more|follow|view\s+all|subscribe|"
    r"login|log\s+in|sign\s+in|menu|search|home|advertisement|sponsored|learn\s+more|says)\b",
    re.I,
)
_INITIALS = re.compile(r"\s*\([a-z.]{1,6}\)$", re.I)
_MAX_LINE = 120  # characters of a byline line near the headline: a name, its label, a date
_MAX_TEXT = 180  # characters of a byline text read for names, before it is cut at a date
_MAX_READ = 1000  # characters of an element read for the names it shows
_MAX_TEXTS = 200  # text nodes of an element read for them; a byline has a few dozen
_NOT_SHOWN = NOT_SHOWN | {"title"}  # the title is the headline; it never holds a byline


def authors_in_page(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The author names the page shows, by the order in this module's docstring."""
    marked: list[lxml.html.HtmlElement] = []
    linked: list[lxml.html.HtmlElement] = []
    labelled: list[lxml.html.HtmlElement] = []
    # inside the last labelled element searched for author links, until the element after it
    inside, after = False, None
    shown = _Names(tree)
    bylines: dict[str, bool] = {}
    for element in tree.iter(etree.Element):
        if inside and element is after:
            inside = False
        if not element.keys():  # no attribute that marks or labels a byline (most elements)
            continue
        tag = element.tag
        if tag in _NOT_SHOWN:
            continue
        itemprop = element.get("itemprop")
        if (itemprop and "author" in itemprop.lower().split()) or (
            tag == "a" and "author" in (element.get("rel") or "").lower().split()
        ):
            marked.append(element)
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        byline = bylines.get(names)
        if byline is None:  # templates repeat a few names: each is tested once
            byline = bylines[names] = _BYLINE_NAMES.found_in(names) and not (
                _NOT_BYLINE_NAMES.found_in(names)
            )
        if byline:
            labelled.append(element)
            if inside:
                continue  # its links are in ``linked`` already, from the element around it
            inside, after = True, _after(element)
            linked.extend(
                link
                for link in element.iter("a")
                if _AUTHOR_PAGE.search(link.get("href") or "") and link is not element
            )
    for group in (marked, linked, labelled):
        for element in group:
            found = shown.shown(element)
            if found:
                return _the_whole_byline(element, found, labelled, shown)
    return _byline_near_headline(tree, shown)


def _the_whole_byline(
    element: lxml.html.HtmlElement,
    found: tuple[str, ...],
    labelled: list[lxml.html.HtmlElement],
    shown: _Names,
) -> tuple[str, ...]:
    """The names of the byline around ``element`` where it names more people than
    ``element`` alone and those too: a byline links some authors to their pages and not
    others ("Jane Roe and <a rel=author>Omar Haddad</a>")."""
    around = set(labelled)
    byline = next((a for a in element.iterancestors() if a in around), None)
    if byline is None:
        return found
    names = names_in(" ".join(shown.pieces(byline, longest=_MAX_READ)))
    more = len(names) > len(found) and len(set(names)) == len(names)
    return names if more and set(found) <= set(names) else found


def _after(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The first element after ``element`` and all it holds, in page order (None at the
    end of the page)."""
    for node in itertools.chain((element,), element.iterancestors()):
        following = next(node.itersiblings(etree.Element), None)
        if following is not None:
            return following
    return None


def _byline_near_headline(tree: lxml.html.HtmlElement, shown: _Names) -> tuple[str, ...]:
    """A "By ..." line, a "Written by" label and the name after it, or a link to an author
    page, among the elements just around the page's ``<h1>``."""
    for element in around_headline(tree, _NOT_SHOWN, BEFORE_HEADLINE, AFTER_HEADLINE):
        if len(element) > LINE_CHILDREN_MAX:
            continue
        text = " ".join(shown.pieces(element, longest=_MAX_LINE))
        if not text or len(text) > _MAX_LINE:
            continue
        found: tuple[str, ...] = ()
        if BYLINE_PREFIX.match(text):
            found = shown.shown(element)
            following = element.getnext()
            if not found and not BYLINE_PREFIX.sub("", text).strip() and following is not None:
                found = shown.shown(following)
        elif element.tag == "a" and _AUTHOR_PAGE.search(element.get("href") or ""):
            found = names_in(text)
        if found and all(name[0].isupper() or not name[0].isascii() for name in found):
            return found
    return ()


class _Names:
    """The names elements of one page show.

    An element holding a microdata ``itemprop="name"`` shows that name; the page is asked
    once whether it has any, so that pages without one are not searched for it below
    every element looked at.
    """

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        self._marked = bool(tree.xpath("/descendant::*[@itemprop='name']"))

    def shown(self, element: lxml.html.HtmlElement) -> tuple[str, ...]:
        """The names an element shows: its whole text read as a byline, or, where that runs
        a name into a job title ("Jane Roe Staff Writer"), the first of its texts that is
        one.

        Only its first ``_MAX_READ`` characters are read: a byline is short, and elements
        labelled as one can nest around the whole page.
        """
        pieces = self.pieces(element, longest=_MAX_READ)
        found = names_in(" ".join(pieces))
        if len(pieces) < 2 or all(name in pieces for name in found):
            return found
        for piece in pieces:
            named = names_in(piece)
            if named:
                return named
        return found

    def pieces(self, element: lxml.html.HtmlElement, longest: int) -> list[str]:
        """The element's texts, one per text node, whitespace normalised, read only until
        they are longer than ``longest`` when joined by spaces, or ``_MAX_TEXTS`` texts
        were read (white space alone counts for nothing in that length)."""
        name = element.xpath("(descendant::*[@itemprop='name'])[1]") if self._marked else None
        target = name[0] if name else element
        if target.tag == "meta":
            return [collapse(target.get("content") or "")]
        pieces: list[str] = []
        length = -1  # of the pieces joined
        for text in itertools.islice(target.itertext(), _MAX_TEXTS):
            piece = collapse(_bounded(text, longest))
            if piece:
                pieces.append(piece)
                length += 1 + len(piece)
                if length > longest:
                    break
        return pieces


def _bounded(text: str, longest: int) -> str:
    """``text``; or, where its start alone collapses to more than ``longest`` characters,
    only that start: a 10 MB text node is not collapsed to learn that it is too long."""
    if len(text) > 4 * longest:
        start = text[: 4 * longest]
        if len(collapse(start)) > longest:
            return start
    return text


def names_in(text: str) -> tuple[str, ...]:
    """The names a byline text gives ("By Jane Roe and Omar Haddad" gives two)."""
    text = BYLINE_PREFIX.sub("", text.strip()).strip()
    cut = _CUT.search(text)
    if cut:
        text = text[: cut.start()]
    text = text.strip(" ,;:-")
    if not text or len(text) > _MAX_TEXT:
        return ()
    parts = [part for part in NAME_SEPARATORS.split(text) if part]
    if len(parts) > 1 and any(len(part.split()) < 2 for part in parts):
        parts = [text]  # "Carlton, Ph.D." is one name with a title, not two people
    names = tuple(part.strip(" .,") if part.endswith(",") else part.strip() for part in parts)
    return names if all(_looks_like_name(name) for name in names) else ()


def tidy_name(name: str) -> str:
    """A name without quotes around it, a "By" before it or initials in brackets after it
    ("Jane Roe (jr)"); unchanged if nothing is left."""
    tidy = BYLINE_PREFIX.sub("", name.strip().strip("\"'“”‘’«»").strip()).strip()
    tidy = _INITIALS.sub("", tidy)
    return tidy or name


def looks_like_a_person(name: str) -> bool:
    """Whether a name reads as a person's in Latin script: two to four capitalised words."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() and w[0].isascii() for w in words)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= NAME_WORDS_MAX
        and len(text) <= NAME_CHARS_MAX
        and not any(ch.isdigit() for ch in text)
        and not any(ch in text for ch in "@/:")
        and "http" not in text.lower()
        and re.search(r"[^\W\d_]{2}", text) is not None
        and not text.startswith("(")
        and not _FILLER.search(text)
    )

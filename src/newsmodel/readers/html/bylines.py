"""The people a page shows as its authors, when its markup does not name them.

Bylines are looked for in this order, the first that gives a name winning:

1. an ``itemprop="author"`` element (with the item's other authors), or a link with
   ``rel="author"``;
2. a link to an author page (``/author/...``, ``/authors/...``, ``/contributors/...``,
   ``/staff/...``, ``/profile/...``) inside an element whose class or id names an author or
   byline;
3. the short text of such an element ("By Jane Roe", "Posted by Jane Roe | 4 Sept 2025").
4. a "By ..." line just around the headline: the ``<h1>``, or on a page without one the
   element that shows the headline (an old table layout's ``<b>`` over the story).

Text is cut at the first date, separator or "on"/"in" clause, and prefixes such as "By",
"Written by" and "Author:" are dropped, and so is the text of an element labelled as a
role or job beside a name. A name must look like one: at most six words, no digits, no
e-mail address, and none of the words that fill bylines ("share", "min read").

A byline's one-word parts are mostly credentials or given names ("Jillian Kubala, MS, RD",
"Linny and Peter"), so they stay with the text around them, unless something shows them
to be a party of their own ("Sarah Mitchell and DZWatch"): see :func:`names_in`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

import lxml.html
from lxml import etree

from ..._dates import MONTH_PATTERN
from ..._joined_names import is_brand, parted
from ..._vocabulary import ROLE_WORDS
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
    SPACELESS,
)

__all__ = ["authors_in_page", "looks_like_a_person", "names_in", "tidy_name", "without_jobs"]

_BYLINE_NAMES = AnyCase(r"author|byline|writer|contributor|posted-?by|creator")
_NOT_BYLINE_NAMES = AnyCase(
    r"avatar|image|img|photo|picture|bio\b|bio[_-]|description|position|title|job|role|"
    r"social|follow|tooltip|comment"
)
# An element beside a name in a byline holding the author's role, not a name
_ROLE_NAMES = AnyCase(r"role|job|position|occupation")
# Wire agencies that bylines name beside their writers ("By Jane Roe and Reuters")
_NEWS_AGENCIES = frozenset(
    name.casefold()
    for name in (
        "AAP", "AFP", "Agence France-Presse", "Anadolu", "ANSA", "AP", "APA",
        "Associated Press", "Belga", "Bernama", "dpa", "Deutsche Presse-Agentur", "EFE", "epd",
        "Interfax", "IRNA", "KNA", "Kyodo", "Reuters", "SANA", "TASS", "UPI", "WAFA",
        "Xinhua", "Yonhap",
    )
)  # fmt: skip
# The word before a list's last item, and the commas between the others (Chinese writes
# "、" between all of them: "王伟、DZWatch").
_LIST_END = frozenset({"and", "&", "und", "et", "и", "、"})
_LIST_COMMAS = frozenset({",", "、"})
_MAX_INSIDE = 200  # elements inside a byline looked at for the names they show apart
_MAX_PARTIES = 20  # of them read: a byline names a few people
_AUTHOR_PAGE = re.compile(r"/(?:author|authors|contributors?|staff|profiles?|people|writers?)/")
_WEEKDAYS = "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_CUT = re.compile(
    rf"\s*(?:[|•·⋅—–]|\bview\b|\s-\s|\bon\s+(?=\S*\d|(?:{MONTH_PATTERN}|{_WEEKDAYS})\b)|\bin\b|"
    rf"\bupdated\b|\bpublished\b|\bposted\b|\d|"
    rf"\b(?:{MONTH_PATTERN})\b\.?\s+\d|\b(?:{_WEEKDAYS})\b)",
    re.I,
)
# A job after the names, up to the next comma: "By Jane Roe, Daily Planet Staff Writer".
_JOB_AFTER_NAMES = re.compile(
    r",[^,]*?(?<!\w)(?:" + "|".join(re.escape(word) for word in ROLE_WORDS) + r")s?\s*(?=,|$)",
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


def authors_in_page(tree: lxml.html.HtmlElement, headlines: Sequence[str] = ()) -> tuple[str, ...]:
    """The author names the page shows, by the order in this module's docstring.

    Args:
        tree: The parsed page.
        headlines: The texts the page may show its headline as where it has no ``<h1>``,
            best first (see :func:`~newsmodel.readers.html.headline.shown_forms`).
    """
    marked: list[lxml.html.HtmlElement] = []
    linked: list[lxml.html.HtmlElement] = []
    labelled: list[lxml.html.HtmlElement] = []
    # inside the last labelled element searched for author links, until the element after it
    inside, after = False, None
    shown = _Names(tree)
    bylines: dict[str, tuple[bool, bool]] = {}  # class and id: a byline's, a role's
    for element in tree.iter(etree.Element):
        if inside and element is after:
            inside = False
        if not element.keys():  # no attribute that marks or labels a byline (most elements)
            continue
        tag = element.tag
        if tag in _NOT_SHOWN:
            continue
        if _marked_author(element) or (
            tag == "a" and "author" in (element.get("rel") or "").lower().split()
        ):
            marked.append(element)
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        labels = bylines.get(names)
        if labels is None:  # templates repeat a few names: each is tested once
            labels = bylines[names] = (
                _BYLINE_NAMES.found_in(names) and not _NOT_BYLINE_NAMES.found_in(names),
                _ROLE_NAMES.found_in(names),
            )
        byline, role = labels
        shown.roles = shown.roles or role
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
    shown.parties = {*marked, *labelled}
    for group in (marked, linked, labelled):
        for element in group:
            found = shown.shown(element)
            if found and group is marked:
                found = _the_items_authors(element, found, marked, shown)
            if found:
                return _the_whole_byline(element, found, labelled, shown)
    return _byline_near_headline(tree, shown, headlines)


def _marked_author(element: lxml.html.HtmlElement) -> bool:
    itemprop = element.get("itemprop")
    return bool(itemprop) and "author" in itemprop.lower().split()


def _the_items_authors(
    element: lxml.html.HtmlElement,
    found: tuple[str, ...],
    marked: list[lxml.html.HtmlElement],
    shown: _Names,
) -> tuple[str, ...]:
    """The names ``element``, an author of a microdata item, shows, then those of the
    item's other ``itemprop="author"`` elements: an item gives each of its authors an
    element of its own. Another item's authors (a comment's, a related story's) are not
    this one's."""
    if not _marked_author(element):
        return found
    item = _item_of(element)
    others = (e for e in marked if e is not element and _marked_author(e))
    names = list(found)
    for other in itertools.islice(others, _MAX_PARTIES):
        if _item_of(other) is item:
            names.extend(shown.shown(other))
    return tuple(dict.fromkeys(names))  # a name given twice counts once


def _item_of(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The microdata item an element gives a property of: the nearest ``itemscope``
    around it (None for a property outside any item, as a ``<meta>`` in the head)."""
    return next((e for e in element.iterancestors() if e.get("itemscope") is not None), None)


def _the_whole_byline(
    element: lxml.html.HtmlElement,
    found: tuple[str, ...],
    labelled: list[lxml.html.HtmlElement],
    shown: _Names,
) -> tuple[str, ...]:
    """The names of the byline around ``element`` where it names more people than
    ``element`` alone and those too: a byline links some authors to their pages and not
    others ("Jane Roe and <a rel=author>Omar Haddad</a>"), and puts each author in an
    element of their own inside the element labelled as the byline.

    The elements labelled as a byline around ``element`` are read from the nearest out,
    until one shows no names (it is more than a byline); the one naming the most wins.
    """
    around = set(labelled)
    best = found
    for byline in element.iterancestors():
        if byline not in around:
            continue
        names = tuple(dict.fromkeys(shown.read(byline)))  # a name given twice counts once
        if not names:
            break
        if len(names) > len(best) and set(found) <= set(names):
            best = names
    return best


def _after(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The first element after ``element`` and all it holds, in page order (None at the
    end of the page)."""
    for node in itertools.chain((element,), element.iterancestors()):
        following = next(node.itersiblings(etree.Element), None)
        if following is not None:
            return following
    return None


def _byline_near_headline(
    tree: lxml.html.HtmlElement, shown: _Names, headlines: Sequence[str]
) -> tuple[str, ...]:
    """A "By ..." line, a "Written by" label and the name after it, or a link to an author
    page, among the elements just around the page's headline."""
    near = around_headline(tree, _NOT_SHOWN, BEFORE_HEADLINE, AFTER_HEADLINE, headlines)
    for element in near:
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
        # elements marked or labelled as an author or byline: a name one of them shows
        # inside a byline is a party of its own, one word or more
        self.parties: set[lxml.html.HtmlElement] = set()
        # whether the page has elements labelled as a role, whose text is no name
        self.roles = False

    def read(self, element: lxml.html.HtmlElement) -> tuple[str, ...]:
        """The names the whole text of ``element`` gives, read as a byline."""
        return self._names(element, self.pieces(element, longest=_MAX_READ))

    def _names(self, element: lxml.html.HtmlElement, pieces: list[str]) -> tuple[str, ...]:
        """The names ``pieces``, the texts of ``element``, give; where they give at most one
        and have a separator in them, with the names shown apart inside ``element``
        (looked for only then: most bylines name one person)."""
        text = " ".join(pieces)
        found = names_in(text)
        if len(found) < 2 and self.parties and NAME_SEPARATORS.search(text):
            return names_in(text, self._apart(element)) or found
        return found

    def _apart(self, element: lxml.html.HtmlElement) -> frozenset[str]:
        """The names that elements marked or labelled as authors inside ``element`` show
        each on their own ("<span class=byline__name>DZWatch</span>")."""
        inside = itertools.islice(element.iterdescendants(etree.Element), _MAX_INSIDE)
        parties = itertools.islice((e for e in inside if e in self.parties), _MAX_PARTIES)
        return frozenset(
            name
            for party in parties
            for name in names_in(" ".join(self.pieces(party, longest=_MAX_TEXT)))
        )

    def shown(self, element: lxml.html.HtmlElement) -> tuple[str, ...]:
        """The names an element shows: its whole text read as a byline, or, where that runs
        a name into a job title ("Jane Roe Staff Writer"), the first of its texts that is
        one.

        Only its first ``_MAX_READ`` characters are read: a byline is short, and elements
        labelled as one can nest around the whole page.
        """
        pieces = self.pieces(element, longest=_MAX_READ)
        found = self._names(element, pieces)
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
        texts = _texts_but_roles(target) if self.roles else target.itertext()
        for text in itertools.islice(texts, _MAX_TEXTS):
            piece = collapse(_bounded(text, longest))
            if piece:
                pieces.append(piece)
                length += 1 + len(piece)
                if length > longest:
                    break
        return pieces


def _texts_but_roles(element: lxml.html.HtmlElement) -> Iterator[str]:
    """The text nodes of ``element`` in page order, as ``itertext`` gives them, less the
    text of elements inside it labelled as a role or job ("Head Coach" beside a name)."""
    walk = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, node in walk:
        if event == "start":
            if node is not element and _ROLE_NAMES.found_in(
                f"{node.get('class') or ''} {node.get('id') or ''}"
            ):
                walk.skip_subtree()  # its "end" still comes, with the text after it
            elif node.text:
                yield node.text
        elif node is not element and node.tail:
            yield node.tail


def _bounded(text: str, longest: int) -> str:
    """``text``; or, where its start alone collapses to more than ``longest`` characters,
    only that start: a 10 MB text node is not collapsed to learn that it is too long."""
    if len(text) > 4 * longest:
        start = text[: 4 * longest]
        if len(collapse(start)) > longest:
            return start
    return text


def names_in(text: str, apart: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The names a byline text gives ("By Jane Roe and Omar Haddad" gives two).

    Args:
        text: The byline's text.
        apart: Names the byline's markup shows each on their own (a link or element per
            author): parties even where they are one word.
    """
    text = BYLINE_PREFIX.sub("", text.strip()).strip()
    cut = _CUT.search(text)
    if cut:
        text = text[: cut.start()]
    text = text.strip(" ,;:-")
    if not text or len(text) > _MAX_TEXT:
        return ()
    text = without_jobs(text)
    parts: list[str] = []
    for piece in filter(None, NAME_SEPARATORS.split(text)):
        joined = parted(piece, _is_agency)  # a Spanish "y" or an Arabic "و" parting two
        parts.extend(joined)
        if len(joined) > 1:
            apart = apart | frozenset(joined)
    if len(parts) > 1 and not _all_parties(text, parts, apart):
        parts = [text]  # "Carlton, Ph.D." is one name with a title, not two people
    names = tuple(part.strip(" .,") if part.endswith(",") else part.strip() for part in parts)
    return names if all(_looks_like_name(name) for name in names) else ()


def without_jobs(text: str) -> str:
    """A byline's text without the jobs set after its names, each after a comma ("By Jane
    Roe, Daily Planet Staff Writer"): a job is the author's, not another author."""
    return _JOB_AFTER_NAMES.sub("", text)


def _is_agency(word: str) -> bool:
    return word.casefold() in _NEWS_AGENCIES


def _all_parties(text: str, parts: list[str], apart: frozenset[str]) -> bool:
    """Whether every part of a byline names a party of its own. A one-word part is mostly a
    credential ("Kubala, MS, RD") or a given name ("Linny and Peter"); it is a party where
    the markup shows it apart, where it is a wire agency, where it is written in a script
    without capitals (credentials and initials are Latin; a Chinese name is one word), or
    where it is an item of a list of people ("Sarah Mitchell and DZWatch", "DZWatch, Jane
    Roe and Omar Haddad") that does not end "Jane and Omar Haddad", two people of one
    family name (a last party of one word, "DZWatch and 新华社" or "DZWatch und Reuters",
    has none to share)."""
    joiners = [joiner.strip().casefold() for joiner in NAME_SEPARATORS.findall(text)]
    # A wire agency or a site's name written as a brand ("DZWatch") is a party of its own:
    # one word, yet no given name ("DZWatch and Reuters", "DZWatch und Ministry of Defense").
    full = [
        len(part.split()) > 1 or _caseless(part) or _is_agency(part) or is_brand(part)
        for part in parts
    ]
    listed = (
        len(joiners) == len(parts) - 1
        and joiners[-1] in _LIST_END
        and all(joiner in _LIST_COMMAS for joiner in joiners[:-1])
        and any(full)
        # not an organisation's name with "and" in it ("Center for Drug Evaluation and
        # Research"): a person's name has no word in lower case
        and not any(word[0].islower() for part in parts for word in part.split())
    )
    for index, part in enumerate(parts):
        if full[index] or part in apart or part.casefold() in _NEWS_AGENCIES:
            continue
        family = (
            index == len(parts) - 2 and len(parts[-1].split()) > 1 and not _is_agency(parts[-1])
        )
        if listed and not family:
            continue
        return False
    return True


def _caseless(text: str) -> bool:
    """Whether ``text`` has letters and none of them has a case (Arabic, Chinese, ...)."""
    return text.lower() == text.upper() and any(ch.isalpha() for ch in text)


def tidy_name(name: str) -> str:
    """A name without quotes around it, a "By" before it or initials in brackets after it
    ("Jane Roe (jr)"); unchanged if nothing is left."""
    tidy = BYLINE_PREFIX.sub("", name.strip().strip("\"'“”‘’«»").strip()).strip()
    tidy = _INITIALS.sub("", tidy)
    return tidy or name


def looks_like_a_person(name: str) -> bool:
    """Whether a name reads as a person's: two to four capitalised words ("Éric Faure"),
    two to four words in a script without capitals ("ليلى القاسم"), or two to four
    characters in one written without spaces ("王芳")."""
    words = name.split()
    if SPACELESS.search(name):
        return len(words) == 1 and 2 <= len(name) <= 4 and _caseless(name)
    if _caseless(name):
        return 2 <= len(words) <= 4
    return 2 <= len(words) <= 4 and all(w[0].isupper() for w in words)


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

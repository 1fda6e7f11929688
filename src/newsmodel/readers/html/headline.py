"""The headline without what pages append to it in their markup: the site's name, a
section, a date ("Ferry back - Harbour Herald", "Ferry back | World | 04.09.2025").

Four rules, each needing the page's own words or address: where the headline ends in an
ellipsis and the page's ``<h1>`` goes on where it stops (markup cut to a length, as
Google's old 110 characters), the ``<h1>`` is the headline; where the page's ``<h1>`` is
the start of the headline and the rest begins with a separator, the ``<h1>`` is the
headline; a last part naming the site (its ``og:site_name``, or the words of its domain,
"Harbour Herald" on ``harbourherald.example``) is dropped; and text that was UTF-8 decoded
twice ("Investorâ\\x80\\x99s") is decoded once.

The other way round, a ``<title>`` is sometimes less than the ``<h1>``: cut short for
search results ("Ferry back to the northern isl"), shortened ("Ferry back" under "After a
long winter: Ferry back") or a word reworded; :func:`covers` tells when the ``<h1>`` says
all the ``<title>`` says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..._urls import host_name
from ..._whitespace import collapse
from .vocabulary import SPACELESS

__all__ = [
    "H1_WORDS_SHARE_MIN",
    "TITLE_WORDS_MIN",
    "covers",
    "part_shown",
    "settle_headline",
    "shown_forms",
    "undo_double_decoding",
]

H1_WORDS_SHARE_MIN = 0.85
"""Share of a ``<title>``'s words an ``<h1>`` must hold to say what it says: all but one
word in seven (a word reworded), every word of a title of six or fewer. A title
and an ``<h1>`` sharing only most of their words are two headlines, and the ``<title>`` is
the one the page names itself by."""

TITLE_WORDS_MIN = 3
"""Words of a ``<title>`` below which it says too little to compare (a site's name, "Home")."""

_SEPARATORS = re.compile(r"\s+[|–—:·•-]\s+")
_ELLIPSES = ("…", "...")
_TRAILER = re.compile(r"^\s*[|–—:·•ㅣ-]")
_DOUBLE_DECODED = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")
_QUOTES = str.maketrans("‘’“”", "''\"\"")
_MIN_SITE_LETTERS = 4
_WORDS = re.compile(r"\w+")


def settle_headline(
    headline: str, site: str | None, h1s: Iterable[str], url: str | None = None
) -> str:
    """``headline`` without the site's name or a trailer the page's ``<h1>`` leaves out."""
    headline = undo_double_decoding(headline)
    h1 = _went_on(headline, h1s)
    if h1 is not None:
        return h1
    wanted = _comparable(headline)
    for h1 in h1s:
        h1_key = _comparable(h1)
        if h1 and h1_key != wanted and wanted.startswith(h1_key):
            rest = headline[len(h1) :] if headline.startswith(h1) else headline[len(h1_key) :]
            if _TRAILER.match(rest):
                return h1
    parts = _SEPARATORS.split(headline)
    if len(parts) > 1 and _names_the_site(parts[-1], site, url):
        return " - ".join(parts[:-1])
    if len(parts) > 1 and _names_the_site(parts[0], site, url):
        return " - ".join(parts[1:])
    return headline


def part_shown(headline: str, lines: Iterable[str]) -> str | None:
    """The headline as one of ``lines`` shows it: the line that goes on where a headline
    ending in an ellipsis stops, or the longest part of a headline joined to other words
    by a separator ("Daily Ledger - Ferry back") shown alone. A page without an ``<h1>``
    sets its headline as the first line of the story's cell, and its ``<title>`` adds the
    site's name, which the page may say nowhere else."""
    lines = list(lines)
    went_on = _went_on(headline, lines)
    if went_on is not None:
        return went_on
    parts = _SEPARATORS.split(headline)
    if len(parts) == 1:  # no separator: nothing was added
        return None
    longest = max(parts, key=len)
    wanted = _comparable(longest)
    return next((line for line in lines if _comparable(line) == wanted), None)


def shown_forms(named: Iterable[str], site: str | None, url: str | None) -> tuple[str, ...]:
    """The texts a page without an ``<h1>`` may show its headline as, best first: each
    headline its markup or ``<title>`` names, settled, then of each joined to other words
    by a separator, the longest part, as :func:`part_shown` reads it. An old page shows
    its headline in bold type over the story, where its byline and day stand too. A form
    of fewer than :data:`TITLE_WORDS_MIN` words (a site's name, "Home") is left out, unless
    written without spaces: too many other elements show such words."""
    settled = [settle_headline(text, site, (), url) for text in named if text.strip()]
    parts = [max(_SEPARATORS.split(text), key=len) for text in settled]
    forms = (collapse(text) for text in (*settled, *parts))
    return tuple(
        dict.fromkeys(
            form
            for form in forms
            if len(_WORDS.findall(form)) >= TITLE_WORDS_MIN or SPACELESS.search(form)
        )
    )


def _went_on(headline: str, h1s: Iterable[str]) -> str | None:
    """The ``<h1>`` that goes on where a headline ending in an ellipsis stops, if any."""
    shown = headline.rstrip()
    ellipsis = next((e for e in _ELLIPSES if shown.endswith(e)), None)
    if ellipsis is None:
        return None
    kept = _comparable(shown.removesuffix(ellipsis))
    if not kept:
        return None
    return next(
        (
            h1
            for h1 in h1s
            if len(_comparable(h1)) > len(kept) and _comparable(h1).startswith(kept)
        ),
        None,
    )


def covers(h1: str, title: str) -> bool:
    """Whether ``h1`` says all the settled ``title`` says: it holds (nearly) every word of
    the title and has at least as many, so the title is the ``<h1>`` cut short, shortened
    or reworded by a word, not a different headline."""
    title_words = _WORDS.findall(_comparable(title))
    h1_words = _WORDS.findall(_comparable(h1))
    if len(title_words) < TITLE_WORDS_MIN or len(h1_words) < len(title_words):
        return False
    if _comparable(h1).startswith(_comparable(title)):  # cut short, maybe mid-word
        return True
    held = set(h1_words)
    return sum(word in held for word in title_words) >= H1_WORDS_SHARE_MIN * len(title_words)


def undo_double_decoding(text: str) -> str:
    """``text`` decoded once where a page decoded its UTF-8 twice, else unchanged."""
    if not _DOUBLE_DECODED.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _comparable(text: str) -> str:
    return collapse(text.translate(_QUOTES).casefold())


def _names_the_site(part: str, site: str | None, url: str | None) -> bool:
    if site and part.strip().casefold() == site.strip().casefold():
        return True
    letters = _letters(part)
    host = _letters(host_name(url)) if url else ""
    return (
        len(letters) >= _MIN_SITE_LETTERS
        and bool(host)
        and (letters in host or host.removesuffix("com").removesuffix("org") in letters)
    )


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())

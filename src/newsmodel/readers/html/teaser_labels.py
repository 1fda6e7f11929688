"""The labels a front puts on its teasers ("LIVE", "Breaking", "En direct"), read into
:class:`~newsmodel.TeaserFlag` values and taken off the headline.

A teaser is flagged where it holds an element classed for the label (``live``,
``breaking``: :data:`~newsmodel.readers.html.vocabulary.LIVE_CLASS`), or one whose whole
text is the label in one of several languages
(:data:`~newsmodel.readers.html.vocabulary.LIVE_LABEL`,
:data:`~newsmodel.readers.html.vocabulary.BREAKING_LABEL`), or where its headline opens
with the label before a colon ("Eilmeldung: ..."). A label's text is taken off the
start or end of the headline, with the punctuation beside it.

A ``data-flags`` attribute on the teaser's element (the card, or an element of it around
its headline link) says its flags exactly, as the ``html`` writer writes them: its words
that are flags, in order; labels are then taken off the headline only where it names
their flags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html

from ..._front import TeaserFlag
from ..._whitespace import collapse
from .listing import TeaserCard
from .vocabulary import BREAKING_CLASS, BREAKING_LABEL, LIVE_CLASS, LIVE_LABEL

__all__ = ["flags_of"]

_LABEL_TAGS = frozenset({"span", "strong", "em", "b", "i", "mark", "small", "div", "p", "abbr"})
_FLAG_VALUES = frozenset(flag.value for flag in TeaserFlag)
_OPENING_LABEL = re.compile(r"^([^:|–—]{2,30}?)\s*[:|–—]\s+(?=\S)")


def flags_of(card: TeaserCard, headline: str) -> tuple[list[TeaserFlag], str]:
    """A teaser's flags, and its headline without their labels."""
    shown, without = _shown(card, headline)
    stated = _stated(card)
    if stated is None:
        return shown, without
    return stated, without if set(shown) <= set(stated) else headline


def _stated(card: TeaserCard) -> list[TeaserFlag] | None:
    """The flags the teaser's ``data-flags`` states, or None where it has none."""
    for element in card.link.iterancestors():
        stated = element.get("data-flags")
        if stated is not None:
            flags = dict.fromkeys(
                TeaserFlag(word) for word in stated.split() if word in _FLAG_VALUES
            )
            return list(flags)
        if element in card.parts:
            return None
    return None


def _shown(card: TeaserCard, headline: str) -> tuple[list[TeaserFlag], str]:
    """The flags the teaser's labels show, and its headline without them."""
    flags: list[TeaserFlag] = []
    for element in _labels(card):
        label = collapse(element.text_content())
        flag = _flag(element, label)
        if flag is not None and flag not in flags:
            flags.append(flag)
            headline = _without(headline, label)
    opening = _OPENING_LABEL.match(headline)
    if opening is not None:
        flag = _label_flag(opening.group(1))
        if flag is not None:
            if flag not in flags:
                flags.append(flag)
            headline = headline[opening.end() :]
    return flags, headline


def _labels(card: TeaserCard) -> Iterator[lxml.html.HtmlElement]:
    for element in card.iter():
        if isinstance(element.tag, str) and (
            element.tag in _LABEL_TAGS or (element.tag == "a" and element is not card.link)
        ):
            yield element
        elif element in card.parts and isinstance(element.tag, str):
            yield element  # the card itself may be classed live


def _flag(element: lxml.html.HtmlElement, label: str) -> TeaserFlag | None:
    names = element.get("class") or ""
    if len(label) <= 30:
        by_text = _label_flag(label)
        if by_text is not None:
            return by_text
    if names and LIVE_CLASS.found_in(names):
        return TeaserFlag.LIVE
    if names and BREAKING_CLASS.found_in(names):
        return TeaserFlag.BREAKING
    return None


def _label_flag(text: str) -> TeaserFlag | None:
    if LIVE_LABEL.match(text):
        return TeaserFlag.LIVE
    if BREAKING_LABEL.match(text):
        return TeaserFlag.BREAKING
    return None


def _without(headline: str, label: str) -> str:
    """The headline without a label at its start or end (and the punctuation beside it)."""
    if label and label != headline and len(label) <= 30:
        if headline.startswith(label):
            return headline[len(label) :].lstrip(" :|–—-")
        if headline.endswith(label):
            return headline[: -len(label)].rstrip(" :|–—-")
    return headline

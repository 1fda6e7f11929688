"""A front's blocks: its teasers grouped under the headings of the page's regions.

- **Teasers** are the listing rules' (:mod:`~newsmodel.readers.html.listing`), but also in
  rails, sidebars and asides ("Most read"; advertising, recommendation engines, sign-up
  boxes and navigation stay out), not the links of the section tree, also in bold headlines
  standing alone (table layouts), in list items of an ``<aside>`` that are all one link
  to an address not teased before (WordPress's Recent Posts widget), and a teaser never
  takes in another heading; at most
  :data:`~newsmodel.limits.FRONT_MAX_TEASERS` (the rest are left out with a
  :class:`~newsmodel.ReadWarning`).
- **Blocks**: a teaser belongs to the nearest heading (``h2``-``h6``, or a bold line
  alone, not a teaser's) whose container holds it, through wrappers holding little but
  the heading, or to the nearest region named by its ``aria-label``; the block's heading
  is its text, its section the section the heading links to (the tree's where it has
  it). Teasers under no heading make blocks without one; a block lists each address
  once.
- Where the page's JSON-LD lists at least as many teasers as the page shows (a
  ``CollectionPage``'s ``ItemList`` blocks), its blocks are the front's, each teaser
  flagged as the page shows the teasers linking its address, in page order
  (``data-flags``, else the labels of :mod:`~newsmodel.readers.html.teaser_labels`).

Each teaser's article carries the front's portal (unless the JSON-LD gives it its own).
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import lxml.html
from lxml import etree

from ... import limits
from ..._checks import text_problem
from ..._front import FrontBlock, Teaser, TeaserFlag
from ..._model import Article, Portal, Section
from ..._urls import bare_address, linked_url
from ..._whitespace import collapse
from ...errors import ReadWarning
from .front_jsonld import NODE_KEYS, DescribedBlock, DescribedFront
from .listing import Furniture, TeaserCard, card_article, find_teasers, jsonld_articles
from .navigation import SectionTree
from .page import Page
from .teaser_labels import flags_of
from .vocabulary import COMMENT_SECTION, FRONT_FURNITURE

__all__ = [
    "HEADING_CHARS_MAX",
    "described_blocks",
    "listed_count",
    "page_blocks",
    "shown_count",
    "shown_flags",
    "teaser_cards",
]

_FURNITURE = Furniture(frozenset({"nav", "menu", "form", "footer"}), FRONT_FURNITURE)
_BLOCK_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "b", "strong"})
_BOLD = frozenset({"b", "strong"})
# elements that go on the line they stand in: a bold text beside one is a label
_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "code",
        "em",
        "font",
        "i",
        "img",
        "label",
        "mark",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
    }
)
#: The longest block heading or region label, in characters.
HEADING_CHARS_MAX = 100
_REGIONS = frozenset({"section", "aside", "div", "ul", "ol"})
# a heading's container may hold this much text besides the heading ("More »") and
# still be only its wrapper
_WRAPPER_EXTRA = 40


def listed_count(described: DescribedFront) -> int:
    """The teasers the JSON-LD lists."""
    return sum(len(block.articles) for block in described.blocks or ())


def shown_count(blocks: list[FrontBlock], described: DescribedFront) -> int:
    """The teasers the page shows, but for links the JSON-LD gives as sections (a block
    heading linking its section looks like a teaser)."""
    sections = {block.section.url for block in described.blocks or () if block.section is not None}
    if described.portal is not None:
        sections.update(section.url for section in described.portal.sections)
    return sum(
        1 for block in blocks for teaser in block.teasers if teaser.article.url not in sections
    )


def described_blocks(
    described: tuple[DescribedBlock, ...],
    shown: dict[str, list[tuple[TeaserFlag, ...]]],
    portal: Portal | None,
) -> list[FrontBlock]:
    """The blocks of the page's JSON-LD, each teaser flagged as the page shows it (the
    flags of the teasers linking its address, in page order), with the front's portal
    where it names none of its own."""
    blocks = []
    for block in described:
        teasers = []
        for listed, named in zip(block.articles, block.has_portal, strict=True):
            flags = shown.get(listed.url or "", [])
            article = listed if named else attrs.evolve(listed, portal=portal)
            teasers.append(Teaser(article, flags=flags.pop(0) if flags else ()))
        blocks.append(FrontBlock(teasers, heading=block.heading, section=block.section))
    return blocks


def shown_flags(
    page: Page, body: lxml.html.HtmlElement | None, cards: list[TeaserCard], base: str | None
) -> dict[str, list[tuple[TeaserFlag, ...]]]:
    """The flags the page shows, by the address they are shown with, in page order: of
    the elements giving them in ``data-flags`` (and those of the same tag and class,
    which give none) where it has any, else of its teasers' labels."""
    found: dict[str, list[tuple[TeaserFlag, ...]]] = {}
    if body is None:
        return found
    marked = body.xpath("/descendant::*[@data-flags]")
    # the teasers are the elements shaped as those carrying flags, with flags or none
    shapes = {(element.tag, element.get("class")) for element in marked}
    for element in body.iter(*{tag for tag, _ in shapes}) if shapes else ():
        if (element.tag, element.get("class")) not in shapes:
            continue
        link = next((a for a in element.iter("a") if a.get("href")), None)
        url = linked_url(link.get("href"), base) if link is not None else None
        flags = []
        for word in (element.get("data-flags") or "").split():
            with contextlib.suppress(ValueError):
                flags.append(TeaserFlag(word))
        if url is not None:
            found.setdefault(url, []).append(tuple(dict.fromkeys(flags)))
    if marked:
        return found
    for card in cards:
        held = card_article(card, base)
        if held is not None and held.url is not None:
            found.setdefault(held.url, []).append(tuple(flags_of(card, held.headline)[0]))
    return found


def teaser_cards(
    page: Page, body: lxml.html.HtmlElement | None, base: str | None, sections: SectionTree
) -> list[TeaserCard]:
    """The front's teasers (rule 4), at most :data:`~newsmodel.limits.FRONT_MAX_TEASERS`."""
    if body is None:
        return []
    not_teasers = frozenset(sections.by_address)
    cards = list(
        find_teasers(
            body,
            base,
            set(page.own),
            furniture=_FURNITURE,
            not_teasers=not_teasers,
            bold_headlines=True,
            headed_regions=True,
            sidebar_links=True,
        )
    )
    if len(cards) > limits.FRONT_MAX_TEASERS:
        warnings.warn(
            f"left out the front's teasers past {limits.FRONT_MAX_TEASERS} "
            "(newsmodel.limits.FRONT_MAX_TEASERS)",
            ReadWarning,
            stacklevel=5,
        )
        cards = cards[: limits.FRONT_MAX_TEASERS]
    return cards


def page_blocks(
    page: Page,
    body: lxml.html.HtmlElement | None,
    cards: list[TeaserCard],
    *,
    base: str | None,
    sections: SectionTree,
    portal: Portal | None,
) -> list[FrontBlock]:
    blocks: list[FrontBlock] = []
    for heading, group in _grouped(body, cards) if body is not None else ():
        teasers = _unique(
            t for t in (_teaser(card, base, portal, sections) for card in group) if t
        )
        if not teasers:
            continue
        title, section = _heading(heading, base, sections)
        blocks.append(FrontBlock(teasers, heading=title, section=section))
    if not blocks:
        _, by_id = page.jsonld_nodes()
        listed = jsonld_articles(page, by_id, base, shown=True)
        articles = [a for a in listed if a is not None]
        teasers = _unique(
            Teaser(attrs.evolve(a, portal=portal, extra=_without_node_keys(a))) for a in articles
        )
        if teasers:
            blocks.append(FrontBlock(teasers))
    return blocks


def _without_node_keys(article: Article) -> dict[str, Any]:
    """An article's ``extra`` without what only said what its JSON-LD node was."""
    return {k: v for k, v in article.extra.items() if k not in NODE_KEYS}


def _unique(teasers: Iterable[Teaser]) -> list[Teaser]:
    seen: set[str] = set()
    kept = []
    for teaser in teasers:
        url = teaser.article.url
        if url is not None:
            if bare_address(url) in seen:
                continue
            seen.add(bare_address(url))
        kept.append(teaser)
    return kept


def _grouped(
    body: lxml.html.HtmlElement, cards: list[TeaserCard]
) -> Iterator[tuple[lxml.html.HtmlElement | None, list[TeaserCard]]]:
    """The teasers in runs under one heading each (or none), in page order: one walk of
    the page, with the headings whose containers are open on a stack."""
    starts = {card.parts[0]: card for card in cards}
    in_cards = {part for card in cards for part in card.parts}
    holding = _holding(cards)
    open_headings: list[tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]] = []
    heading: lxml.html.HtmlElement | None = None
    group: list[TeaserCard] = []
    inside_card = 0
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "end":
            if element in in_cards:
                inside_card -= 1
            while open_headings and open_headings[-1][1] is element:
                open_headings.pop()
            continue
        card = starts.get(element)
        if card is not None:
            current = open_headings[-1][0] if open_headings else None
            if group and current is not heading:
                yield heading, group
                group = []
            heading = current
            group.append(card)
        if element in in_cards:
            inside_card += 1
        elif (
            not inside_card
            and element.tag in _BLOCK_HEADINGS
            and (element.tag not in _BOLD or _on_a_line_alone(element))
        ):
            scope = _scope(element, holding)
            if scope is not None:
                open_headings.append((element, scope))
        elif not inside_card and element in holding and _region_label(element):
            open_headings.append((element, element))  # a region named by its aria-label
    if group:
        yield heading, group


def _on_a_line_alone(bold: lxml.html.HtmlElement) -> bool:
    """Whether a bold text stands on a line of its own, a heading; not a label beside
    other text ("<strong>Eilmeldung</strong> <a>..." in a ticker)."""
    element = bold
    while True:
        if (element.tail or "").strip():
            return False
        following = element.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()  # comments stand on no line
        if following is not None and following.tag in _INLINE:
            return False
        preceding = element.getprevious()
        while preceding is not None and not isinstance(preceding.tag, str):
            preceding = preceding.getprevious()
        parent = element.getparent()
        before = (
            preceding.tail if preceding is not None else parent.text if parent is not None else ""
        )
        if (before or "").strip() or (preceding is not None and preceding.tag in _INLINE):
            return False
        if parent is None or parent.tag not in _INLINE:
            return True
        element = parent


def _region_label(element: lxml.html.HtmlElement) -> str | None:
    """The name a region holding teasers gives itself (``<section aria-label>``)."""
    if element.tag not in _REGIONS:
        return None
    label = collapse(element.get("aria-label") or "")
    if not label or len(label) > HEADING_CHARS_MAX or text_problem(label, blank_ok=False):
        return None
    return label


def _holding(cards: list[TeaserCard]) -> set[lxml.html.HtmlElement]:
    """The elements that hold a teaser (each element's ancestors looked at once)."""
    found: set[lxml.html.HtmlElement] = set()
    for card in cards:
        for ancestor in card.parts[0].iterancestors():
            if ancestor in found:
                break
            found.add(ancestor)
    return found


def _scope(
    heading: lxml.html.HtmlElement, holding: set[lxml.html.HtmlElement]
) -> lxml.html.HtmlElement | None:
    """The container a block heading heads: the nearest element around it that holds a
    teaser, through wrappers that hold little but the heading; None for a heading of
    something else (a text box, a form) or one in the page's furniture."""
    text = collapse(heading.text_content())
    if not text or len(text) > HEADING_CHARS_MAX:
        return None
    for ancestor in heading.iterancestors():
        if ancestor.tag in _FURNITURE.tags or _furniture(ancestor):
            return None
        if ancestor in holding:
            return ancestor
        if ancestor.tag in ("body", "main") or (
            len(collapse(ancestor.text_content())) > len(text) + _WRAPPER_EXTRA
        ):
            return None
    return None


def _furniture(element: lxml.html.HtmlElement) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and (
        FRONT_FURNITURE.found_in(names) or COMMENT_SECTION.found_in(names)
    )


def _heading(
    heading: lxml.html.HtmlElement | None, base: str | None, sections: SectionTree
) -> tuple[str | None, Section | None]:
    """A block heading's text, and the section it links to; a region's label."""
    if heading is None:
        return None, None
    if heading.tag not in _BLOCK_HEADINGS:
        return _region_label(heading), None
    text = collapse(heading.text_content())
    title = text if text and not text_problem(text, blank_ok=False) else None
    link = next((a for a in heading.iter("a") if a.get("href")), None)
    if link is None:
        link = next((a for a in heading.iterancestors("a") if a.get("href")), None)
    url = linked_url(link.get("href"), base) if link is not None else None
    section = sections.find(url)
    if section is None and url is not None and title is not None:
        with contextlib.suppress(ValueError):  # an address the model does not take
            section = Section(title, url=url)
    return title, section


def _teaser(
    card: TeaserCard, base: str | None, portal: Portal | None, sections: SectionTree
) -> Teaser | None:
    """A teaser card's article and flags, its label taken off its headline; its section
    the tree's where the tree has it."""
    article = card_article(card, base)
    if article is None:
        return None
    flags, headline = flags_of(card, article.headline)
    fields: dict[str, Any] = {"portal": portal}
    if article.section is not None:
        fields["section"] = sections.find(article.section.url) or article.section
    if headline != article.headline and headline and not text_problem(headline, blank_ok=False):
        fields["headline"] = headline
    return Teaser(attrs.evolve(article, **fields), flags=flags)

"""Rails of teaser cards a climb to a wider container would pull into the story.

The body's container climbs to an ancestor when the ancestor holds more good paragraph
text (a story split over sibling columns, a lead in a box of its own). A page's rail of
teasers beside the story (a card per other article: an image, a linked headline, a
summary long enough to count as a good paragraph) holds good text too, so the climb
alone cannot tell a story's second column from a rail. What a climb adds is judged on
its own: a subtree whose good text sits in several small cards, each its own box with a
link beside its summary, is a rail, not more story: its text does not count towards
the climb. So is a subtree whose text is more links than a good paragraph may hold (a
column of linked headlines that opens one other story in full): a story's second part
is read, not clicked through. Judged by shape only, not by names.
"""

from __future__ import annotations

import lxml.etree
import lxml.html

from ._text import link_text_length, text_of
from .vocabulary import LINKS_SHARE_MAX, TEASER_RAIL_CARDS, TEASER_SUMMARY_MAX

__all__ = ["teaser_rails"]

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_OUTWARD_LINK = lxml.etree.XPath(
    ".//a[@href][not(starts-with(@href, '#'))][not(starts-with(@href, 'javascript:'))]"
    "[not(ancestor::p)]"
)


def teaser_rails(
    wider: lxml.html.HtmlElement,
    chosen: list[lxml.html.HtmlElement],
    good: dict[lxml.html.HtmlElement, int],
    held: dict[lxml.html.HtmlElement, int],
) -> list[lxml.html.HtmlElement]:
    """The subtrees holding good text that ``wider`` adds to ``chosen`` and that are
    rails of teaser cards, or mostly links.

    Args:
        wider: The ancestor the climb would take.
        chosen: The containers taken so far, all inside ``wider``.
        good: Characters of good paragraphs by the element holding them.
        held: Characters of good paragraphs under each element.
    """
    taken = set(chosen)
    on_path = {ancestor for element in chosen for ancestor in element.iterancestors()}
    rails, stack = [], [wider]
    while stack:
        for child in stack.pop():
            if child in taken or not held.get(child):
                continue
            if child in on_path:
                stack.append(child)
            elif _mostly_links(child) or _is_rail(child, good, held):
                rails.append(child)
    return rails


def _mostly_links(branch: lxml.html.HtmlElement) -> bool:
    """Whether more of the branch's text is links than a good paragraph may hold."""
    return link_text_length(branch) > LINKS_SHARE_MAX * len(text_of(branch))


def _is_rail(
    branch: lxml.html.HtmlElement,
    good: dict[lxml.html.HtmlElement, int],
    held: dict[lxml.html.HtmlElement, int],
) -> bool:
    """Whether most of the branch's good text is in teaser cards, and there are several."""
    cards = [
        length
        for element in branch.iterdescendants()
        if (length := good.get(element, 0))
        and element in held  # a card wrapped in a link counts for nothing already
        and _is_teaser_card(element, branch, length, held)
    ]
    return len(cards) >= TEASER_RAIL_CARDS and 2 * sum(cards) > held[branch]


def _is_teaser_card(
    parent: lxml.html.HtmlElement,
    branch: lxml.html.HtmlElement,
    length: int,
    held: dict[lxml.html.HtmlElement, int],
) -> bool:
    """Whether a short summary's box (the widest element around it holding no other good
    text) links to another page outside its paragraphs: a card's headline or image link.
    A link within the page (an FAQ's question that opens its answer) is no teaser's, and
    a box under a heading that links nowhere is a section of the story (a product named
    under it is still the story's)."""
    if length > TEASER_SUMMARY_MAX:
        return False
    card = parent
    while (up := card.getparent()) is not None and up is not branch and held.get(up) == length:
        card = up
    if any(link_text_length(h) * 2 < len(text_of(h)) for h in card.iter(*_HEADINGS)):
        return False
    return bool(_OUTWARD_LINK(card))

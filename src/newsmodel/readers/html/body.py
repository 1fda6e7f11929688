"""The article body of an HTML page, as ordered blocks, with boilerplate left out.

1. Elements that never hold the story are dropped: scripts, styles, forms, navigation,
   headers, footers, asides, a heading's ``<hgroup>`` (its subheadings are the
   headline's), elements whose class or id names boilerplate (share bars, newsletter
   boxes, ads, related and "more from" blocks, comments, cookie banners, sidebar
   widgets), the run of boxes under a "Comments" label (an old page's thread, which no
   class names: see :mod:`~newsmodel.readers.html.labelled`), and hidden elements
   (``hidden``, ``aria-hidden``, an inline ``display: none`` or ``visibility:
   hidden``), and the cards set inside a paragraph's sentence to pop up over a name (an
   inline box holding a picture and links). An element that holds most of the page's
   text is never dropped whole:
   broken markup (a ``<nav>`` or ``<button>`` never closed) or a page that streams its
   story into a hidden element leaves the story inside one (an ``<aside>`` or ``<nav>``
   is kept so only when the box richest in paragraphs is in it). Nor are hidden elements
   that together hold most of the page's good paragraphs (a story streamed in pieces);
   they are read after the chosen container. Markup after ``</html>`` is read as part of
   the body.
2. Every container is scored by the text of the paragraphs directly in it (long text
   counts, link text counts against, a row of links or a teaser card inside a link does
   not count), with half the score passed to its parent; an ``<article>`` element or
   ``itemprop="articleBody"`` gets a head start; where no paragraph scores (a story of
   lists and headings), the element whose class names the story's body
   (``article-body``, ``article__body``...) is taken, else the element writing the most
   text of its own between ``<br>`` (a brief in an old page's cell), which is also taken
   where no paragraph is long and it writes more than all of them, else the page's one
   ``<article>`` where a subheading follows its ``<h1>`` (a story of headings alone). A
   ``<figure>`` is never the container: the element around it is; nor is an article's
   ``<header>`` (the ``<h1>`` with its standfirst) or the element holding it and one box
   beside it: the box is.
   Text written straight into a ``div``, ``section``, ``article`` or the ``<body>`` (a
   hand-written page) between ``<br>`` counts as paragraphs; a ``<font>`` or ``<span>``
   holding such lines beside its quotes or lists is not the container, the cell or box
   around it is (an old page's story cell); where they are too few to count as text runs,
   the ``<font>`` is the container and its lines are read in their place. A story split
   over sibling containers of one kind is taken whole. The choice checks itself:
   when the chosen containers hold under a quarter of the page's good paragraph text (a
   story spread over many small boxes, one paragraph each, beside a box of two
   teasers), it is redone looser (a teaser's summary under its linked headline is not
   counted as good text), taking the innermost element that holds most of that text.
   The siblings beside the chosen containers that read as story come with them (beside
   the outermost wrapper that shows nothing but a lone container): a lead paragraph set
   just before them, or a box before them whose text is mostly good paragraphs at any
   depth (a lead in a layout grid's cells) and that holds no heading (a box with the
   headline is the article's header, its standfirst the headline's), and a box holding
   mostly its own good paragraphs (a story split over two boxes; after the container, a
   box needs two, so a lone disclaimer or author note stays out); before them, such
   paragraphs, two or more, may sit deeper in the box (the story's opening in a row or
   section of its own), and the box may hold as many links as a list (a table of linked
   names among its paragraphs).
3. The best container's paragraphs, headings, quotes, lists, tables and figures become
   the body, in document order (``<h1>`` elements too, where the container heads the
   story's parts with two or more of them, while the standfirst and byline set under a
   lone ``<h1>`` outside a ``<header>``, up to a byline or ``<time>`` closing them, or a
   paragraph there named as a standfirst (``lede``, ``dek``...), are the headline's, not
   the story's; text between ``<br>`` in its place among
   them, and the line breaks inside a ``<font>`` or ``<span>`` wrapped around the
   story's lines end paragraphs too, and its quotes and lists are read as blocks in their
   place, a picture on a line of its own as a figure captioned by the line under it (a
   few sentences at most); a line break inside a block, ``<br>`` or a block's
   end, keeps the words on either side apart); a list nested in a list's item is read in
   that item, once; a table of values becomes a list of its rows,
   cells joined by " | ", a description list describing its terms in sentences a list of
   its terms and descriptions in turn (a box of labelled values is not story), and a
   table that lays out the page is read as the blocks in its cells (a cell writing a good
   paragraph's length of text without ``<p>`` is a paragraph, and so is a box writing a
   short line beside boxes of its tag and class that write the story's paragraphs
   straight in (a quote set one box a paragraph like the rest), or in a run of three or
   more such boxes, each a different line, as long together as text runs (a schedule
   set one ``<div>`` a line)); a figure with its image's
   size and a credit beside its caption (its ``<figcaption>``, or the one set right after a
   ``<figure>`` closed around the picture alone), and a quote set in a captioned
   ``<figure>`` with the caption as its citation, as is a name after a dash ending the
   quote, set apart from its words (``<i>We waited.</i> - Ines``); lines that
   are page chrome ("Advertisement", "Read more") are skipped, as is a line that is
   mostly links, unless it is one link to another site (the story citing its source;
   a link to the site's own pages offers another story), and a list mostly of links
   unless they all go to other sites (its sources, the products it reviews), and so is
   a box that is mostly links (three or more), whatever its class: a "Top stories" list, a live
   ticker, a row of tags; so are teaser cards side by side after the story's last good
   paragraph, each box a headline over a short summary, the headline or the box linking
   to another page (other stories offered; linked items between the story's paragraphs,
   or making up much of the container, are the page's own). Where the container writes its story as
   paragraphs, the boxes after the last of them are left out when they hold no good
   paragraph and show a link or a picture, or a line at most (an author's card, a tag
   box, a sign-up card); a list or table there that is not mostly links stays.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import lxml.html

from ..._checks import absolute_url, count_in, text_problem
from ..._model import Block, Figure, Heading, Image, ListBlock, Paragraph, Quote
from ..._whitespace import collapse
from ...errors import InvalidValueError
from ._dropping import Dropper
from ._text import link_text_length, text_of, texts_kept
from .labelled import comment_boxes
from .teaser_rails import teaser_rails
from .vocabulary import (
    ARTICLE_BODY_BONUS,
    ARTICLE_BODY_WEIGHT,
    ARTICLE_WEIGHT,
    BOILERPLATE,
    BYLINE_PREFIX,
    COMMA_POINTS,
    COMMENT_SECTION,
    GOOD_PARAGRAPH,
    LENGTH_POINTS_MAX,
    LENGTH_POINTS_UNIT,
    LINE_LINKS_SHARE_MAX,
    LINKS_SHARE_MAX,
    LIST_LINKS_SHARE_MAX,
    LONG_PARAGRAPH,
    NAME_CHARS_MAX,
    SCORED_PARAGRAPH,
    SPLIT_STORY_GAIN,
    STANDFIRST_NAMES,
    STORY_BODY_NAMES,
    WIDE,
)

__all__ = ["blocks_in", "extract_body", "extract_story"]

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "input",
    "textarea",
    "nav",
    "footer",
    "aside",
    "button",
    "select",
    "svg",
    "canvas",
    "object",
    "embed",
    "dialog",
    "menu",
    "hgroup",  # a heading and its subheadings: the headline's, not the story's
)
# An element named as boilerplate (vocabulary.BOILERPLATE) is dropped unless it is rich in
# paragraph text. Comment sections are the one boilerplate that is rich in text, so their
# words drop an element whatever it holds.
_CHROME_LINES = re.compile(
    r"^(?:advertisement|advertising|read more|continue reading|share this( article)?|"
    r"click here|sign up|subscribe( now)?|related( articles)?|you may also like)\W*$",
    re.IGNORECASE,
)
# Dropped tags that broken markup can leave wrapped around the whole story.
_STRUCTURE_TAGS = frozenset({"nav", "footer", "aside", "button", "dialog", "menu", "select"})
_MIN_STORY = 400  # characters of good paragraphs on a page with a story to keep from drops
# The chosen container misses the story when it holds less than this share of the page's
# good paragraph text; the second choice is then the innermost element holding this much.
_MISSED_SHARE, _REGION_SHARE = 0.25, 0.6
# A box beside the chosen container is story when good paragraphs make up this share of it.
_NEIGHBOUR_GOOD_SHARE = 0.5
_NEIGHBOUR_PARAGRAPHS_AFTER = 2  # good paragraphs of a box after the container that is story
_NEIGHBOUR_PARAGRAPHS_DEEPER = 2  # good paragraphs set deeper in a box before it that is story
_MAX_CELL = 400  # characters of a table cell that holds a value, not a column of the page
_STORY_SHARE = 0.6  # share of the page's visible text an element holding the story has
# A figure's element that gives its credit ("Photo: AFP") beside its caption.
_CREDIT = re.compile(r"(?:^|\s)(?:credit|image-credit|photo-credit)(?:$|\s)", re.IGNORECASE)
_INVISIBLE = frozenset({"script", "style", "template", "noscript"})
_BLOCK_TAGS = frozenset(
    {"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "figure", "pre"}
)
# A story that heads its parts with <h1> (two or more in its container) keeps them; a lone
# <h1> in the container is the page's title or a kicker above it, not part of the story.
_WITH_H1 = _BLOCK_TAGS | {"h1"}
_CONTAINER_TAGS = ("div", "section", "article", "main", "td", "body")


def _length(text: str) -> int:
    """The length of a text for the rules here, wide (CJK) characters counting twice."""
    return len(text) if text.isascii() else len(text) + len(WIDE.findall(text))


_INLINE = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "span",
        "u",
        "font",
        "small",
        "sup",
        "sub",
        "mark",
        "abbr",
        "cite",
        "code",
        "q",
        "s",
        "time",
    }
)
_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
_LINKED_HEADING_SHARE = 0.8  # of a heading's text in links: a teaser's headline
_MIN_RUNS_TEXT = 200  # characters of text between <br> that are paragraphs, not labels
_RUNS_TAGS = ("div", "td", "section", "article", "body")


def _text_runs(element: lxml.html.HtmlElement) -> list[str]:
    """Text written straight into a container, split at ``<br>`` and at block children.

    Pages without ``<p>`` (blog engines, older CMSs) write paragraphs this way.
    """
    runs: list[str] = []
    current: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            current.append(child.text_content())
        else:  # <br>, or a block child whose own content is read as its own block
            runs.append(collapse("".join(current)))
            current = []
        current.append(child.tail or "")
    runs.append(collapse("".join(current)))
    return [run for run in runs if run]


def _runs(element: lxml.html.HtmlElement) -> list[str]:
    """The element's text runs when they are long enough to count, else none."""
    runs = _text_runs(element) if element.tag in _RUNS_TAGS else []
    return runs if sum(_length(run) for run in runs) >= _MIN_RUNS_TEXT else []


class _Runs:
    """:func:`_runs` of each element, worked out once, for a tree that no longer changes:
    choosing the container and reading its blocks ask about the same elements. Runs are an
    element's own text, so the cache holds at most the page's text once."""

    def __init__(self) -> None:
        self._found: dict[lxml.html.HtmlElement, list[str]] = {}

    def keep(self, element: lxml.html.HtmlElement) -> None:
        """Count the element's runs however short they are (a brief's one line)."""
        self._found[element] = _text_runs(element)

    def __call__(self, element: lxml.html.HtmlElement) -> list[str]:
        runs = self._found.get(element)
        if runs is None:
            runs = self._found[element] = _runs(element)
        return runs


def _inside_link(element: lxml.html.HtmlElement) -> bool:
    """Text inside a link is a teaser for another page (a card wrapped in ``<a>``)."""
    return any(ancestor.tag == "a" for ancestor in element.iterancestors())


class _InLink:
    """:func:`_inside_link` for the children of a few parents: paragraphs come in runs
    of siblings, which share their answer."""

    def __init__(self) -> None:
        self._parents: dict[lxml.html.HtmlElement, bool] = {}

    def __call__(self, element: lxml.html.HtmlElement) -> bool:
        parent = element.getparent()
        if parent is None:
            return False
        verdict = self._parents.get(parent)
        if verdict is None:
            verdict = self._parents[parent] = parent.tag == "a" or _inside_link(parent)
        return verdict


def _names(element: lxml.html.HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


class _NameTest:
    """Whether class and id words name a comment section, and boilerplate; each distinct
    string is tested once per page, as templates repeat the same few names."""

    def __init__(self) -> None:
        self._verdicts: dict[str, tuple[bool, bool]] = {}

    def __call__(self, names: str) -> tuple[bool, bool]:
        verdict = self._verdicts.get(names)
        if verdict is None:
            verdict = (COMMENT_SECTION.found_in(names), BOILERPLATE.found_in(names))
            self._verdicts[names] = verdict
        return verdict


class _RichTest:
    """Whether an element is rich in story text: two or more long paragraphs that are
    mostly not links, or text written straight into a container.

    What each paragraph and container holds is worked out once per page: the boilerplate
    test asks again for every named element around the story.
    """

    def __init__(self) -> None:
        self._long: dict[lxml.html.HtmlElement, bool] = {}
        self._runs: dict[lxml.html.HtmlElement, bool] = {}

    def __call__(self, element: lxml.html.HtmlElement) -> bool:
        long_paragraphs = 0
        for paragraph in element.iter("p"):
            if self._is_long(paragraph):
                long_paragraphs += 1
                if long_paragraphs >= 2:
                    return True
        return any(self._has_runs(inner) for inner in element.iter("div", "td"))

    def _is_long(self, paragraph: lxml.html.HtmlElement) -> bool:
        verdict = self._long.get(paragraph)
        if verdict is None:
            text = text_of(paragraph)
            verdict = _length(text) >= LONG_PARAGRAPH and link_text_length(
                paragraph
            ) < LINKS_SHARE_MAX * len(text)
            self._long[paragraph] = verdict
        return verdict

    def _has_runs(self, element: lxml.html.HtmlElement) -> bool:
        verdict = self._runs.get(element)
        if verdict is None:
            verdict = self._runs[element] = bool(_runs(element))
        return verdict


def _clean(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Drop what never holds the story from the tree, top down; return the hidden pieces
    of a story streamed into hidden elements, kept (see :class:`_StoryTest`).

    An element is judged by its own subtree, which nothing has changed yet when it is
    judged; what a dropped element holds is never looked at.
    """
    dropper = Dropper()
    labelled = comment_boxes(tree)  # a thread no class names: longer than a short story
    if labelled is not None:
        for element in (labelled[0], *labelled[1]):
            dropper.drop(element)
        dropper.flush()
    holds_story = _StoryTest(tree, dropper)
    for element in list(tree.iter(*_DROP_TAGS)):
        if element.getparent() is None:
            continue
        if element.tag in _STRUCTURE_TAGS and holds_story.wraps(element):
            dropper.flush()
            element.drop_tag()  # broken markup left the story inside it: keep what it holds
        else:
            dropper.drop(element)
    for card in _hover_cards(tree):
        dropper.drop(card)
    dropper.flush()
    name_test, rich = _NameTest(), _RichTest()
    # children are visited lazily, a level at a time: lxml's iterator has the next sibling
    # in hand before a child is dropped
    waiting: list[Iterator[lxml.html.HtmlElement]] = [iter((tree,))]
    while waiting:
        element = next(waiting[-1], None)
        if element is None:
            waiting.pop()
        elif _dropped(element, name_test, rich) and not (
            holds_story(element) and not name_test(_names(element))[0]
        ):
            dropper.drop(element)
        else:
            waiting.append(iter(element))
    dropper.flush()
    return holds_story.pieces()


_HOVER_CARD_LINKS = 2  # links in a card shown over a name in a sentence, beside its picture


def _hover_cards(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The cards set inside a paragraph's sentence to pop up over a name: an inline box
    holding a picture and links (the person's photo, page and latest stories). Its words
    are no part of the sentence, which reads on after it."""
    cards: list[lxml.html.HtmlElement] = []
    for paragraph in tree.iter("p"):
        if paragraph.find(".//img") is None:  # the common paragraph: no picture, no card
            continue
        for box in paragraph.iter("span"):
            if (
                box.find(".//img") is not None
                and sum(1 for _ in itertools.islice(box.iter("a"), _HOVER_CARD_LINKS))
                == _HOVER_CARD_LINKS
                and not any(ancestor in cards for ancestor in box.iterancestors())
            ):
                cards.append(box)
    return cards


def _dropped(element: lxml.html.HtmlElement, name_test: _NameTest, rich: _RichTest) -> bool:
    """Whether an element is boilerplate by its tag, names or hidden state."""
    if not isinstance(element.tag, str) or element.getparent() is None:
        return False
    if element.tag == "header" and next(element.iter("h1", "h2"), None) is None:
        return True
    if _hidden(element):
        return True
    names = _names(element)
    if not names or element.tag in ("body", "html", "article", "main"):
        return False
    if element.get("itemprop") == "articleBody":
        return False
    comments, boilerplate = name_test(names)
    return comments or (boilerplate and not rich(element))


def _hidden(element: lxml.html.HtmlElement) -> bool:
    """Whether the page marks the element hidden (``hidden``, ``aria-hidden="true"``, an
    inline ``display: none`` or ``visibility: hidden``)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return style is not None and _HIDING_STYLE.search(style) is not None


class _StoryTest:
    """Whether an element holds most of the page: never dropped whole, only judged inside.

    Broken markup (a ``<button>`` or ``<nav>`` never closed) or a page that streams its
    story into a hidden element leaves the whole story inside an element that would be
    dropped. Such an element holds most of the page's good paragraphs and most of its
    visible text; a footer of long disclaimers holds the first only. A story streamed in
    pieces, each into a hidden element of its own, is kept the same way: the hidden
    elements that hold good paragraphs, when together they hold most of them.
    """

    def __init__(self, tree: lxml.html.HtmlElement, dropper: Dropper) -> None:
        by_parent = _good_text_by_parent(tree)
        held = _held_by_ancestor(by_parent)
        total = held.get(tree, 0)
        self._candidates: set[lxml.html.HtmlElement] = set()
        self._pieces: set[lxml.html.HtmlElement] = set()
        self._around_richest: set[lxml.html.HtmlElement] = set()
        if total >= _MIN_STORY:
            self._candidates = {element for element, length in held.items() if length > total / 2}
            richest = max(by_parent, key=by_parent.__getitem__)
            self._around_richest = {richest, *richest.iterancestors()}
            pieces = _hidden_pieces(held)
            if len(pieces) > 1 and sum(held[piece] for piece in pieces) > total / 2:
                self._pieces = pieces
        self._tree = tree
        self._dropper = dropper  # the page is measured with the text of what was dropped
        self._page: int | None = None

    def wraps(self, element: lxml.html.HtmlElement) -> bool:
        """Whether broken markup left the story inside the element: it holds most of the
        page, and the box richest in good paragraphs with it. A sidebar of many short
        posts (a live ticker of tweets) can hold most of a short story's page; it never
        holds the story's own box."""
        return element in self._around_richest and self(element)

    def pieces(self) -> list[lxml.html.HtmlElement]:
        """The hidden pieces of the story still in the page, in document order."""
        if not self._pieces:
            return []
        return [element for element in self._tree.iter() if element in self._pieces]

    def __call__(self, element: lxml.html.HtmlElement) -> bool:
        if element in self._pieces:
            return True
        if element not in self._candidates:
            return False
        if self._page is None:
            self._dropper.flush()
            self._page = _visible_length(self._tree)
        return _visible_length(element) > _STORY_SHARE * self._page


def _hidden_pieces(held: dict[lxml.html.HtmlElement, int]) -> set[lxml.html.HtmlElement]:
    """The outermost hidden elements holding good paragraphs."""
    hidden = {element for element in held if _hidden(element)}
    return {
        element
        for element in hidden
        if not any(ancestor in hidden for ancestor in element.iterancestors())
    }


def _with_pieces(
    chosen: list[lxml.html.HtmlElement], pieces: list[lxml.html.HtmlElement]
) -> list[lxml.html.HtmlElement]:
    """The chosen containers, followed by the hidden pieces of the story outside them: a
    script moves the pieces into the visible frame the container choice found, so they
    are the rest of the story, not a rival to it."""
    taken = set(chosen)
    rest = [
        piece
        for piece in pieces
        if piece not in taken
        and not any(ancestor in taken for ancestor in piece.iterancestors())
        and not any(piece in container.iterancestors() for container in chosen)
    ]
    return chosen + rest


def _visible_length(element: lxml.html.HtmlElement) -> int:
    """Characters of text in the element, leaving out scripts and styles."""
    length = 0
    for inner in element.iter():
        if not isinstance(inner.tag, str) or inner.tag in _INVISIBLE:
            length += len((inner.tail or "").strip()) if inner is not element else 0
            continue
        length += len((inner.text or "").strip())
        if inner is not element:
            length += len((inner.tail or "").strip())
    return length


def _best_containers(tree: lxml.html.HtmlElement, runs_of: _Runs) -> list[lxml.html.HtmlElement]:
    scores: dict[lxml.html.HtmlElement, float] = {}
    good: dict[lxml.html.HtmlElement, int] = {}  # good paragraphs' text, by parent
    in_link = _InLink()
    scored, longest = 0, 0  # characters of the paragraphs scored, and of the longest
    for paragraph in tree.iter("p", "pre", "blockquote", *_RUNS_TAGS):
        if paragraph.tag in _RUNS_TAGS:
            runs = runs_of(paragraph)
            if not runs:
                continue
            text = " ".join(runs)
        else:
            text = text_of(paragraph)
        length = _length(text)
        if length < SCORED_PARAGRAPH:
            continue
        links = link_text_length(paragraph)
        if paragraph.tag == "p":
            _count_good(good, paragraph, length, links, len(text))
        if in_link(paragraph):
            continue
        score = _score(text, length, links)
        parent = paragraph.getparent()
        if parent is None or score is None:
            continue
        scores[parent] = scores.get(parent, 0) + score
        scored, longest = scored + length, max(longest, length)
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0) + score / 2
    for element in tree.iter("article", "main"):
        if element in scores:
            scores[element] *= ARTICLE_WEIGHT
    for element in tree.xpath('/descendant::*[@itemprop="articleBody"]'):
        scores[element] = scores.get(element, 0) * ARTICLE_BODY_WEIGHT + ARTICLE_BODY_BONUS
    if not scores:
        return _named_story_body(tree) or _short_story(tree, runs_of) or _story_of_headings(tree)
    # where no paragraph is long, a brief's lines may say more than all of them
    if longest < GOOD_PARAGRAPH and (brief := _short_story(tree, runs_of, more_than=scored)):
        return brief
    best = max(scores, key=lambda element: scores[element])
    if best.tag == "figure" and best.getparent() is not None:  # a quote set as a figure
        best = best.getparent()
    best = _outside_inline(best)
    held = _held_by_ancestor(good)
    chosen = _split_story(best, good, held)
    if len(chosen) == 1:
        chosen = [_beside_headline_header(chosen[0])]
    if _misses_story(chosen, held, tree):
        return [_story_region(held, tree)]
    return _with_neighbours(chosen, good, held, runs_of)


def _split_story(
    best: lxml.html.HtmlElement,
    good: dict[lxml.html.HtmlElement, int],
    held: dict[lxml.html.HtmlElement, int],
) -> list[lxml.html.HtmlElement]:
    """The best container, or, for a story split over sibling containers of one kind (one
    per column or section of the story), every sibling shaped like the one on the way to
    it. A climb to one wider element is judged by what it adds: a rail of teasers beside
    the story, or a second copy of its paragraphs, is not more story."""
    chosen, node, parent = [best], best, best.getparent()
    while parent is not None and parent.tag in _CONTAINER_TAGS and parent.tag != "body":
        alike = [c for c in parent if c.tag == node.tag and c.get("class") == node.get("class")]
        gained = sum(held.get(c, 0) for c in alike)
        if alike == [node] and node not in chosen:
            rails = teaser_rails(node, chosen, good, held)
            gained -= sum(held[rail] for rail in rails) + _repeated(node, chosen, good)
        if gained > sum(held.get(c, 0) for c in chosen) * SPLIT_STORY_GAIN:
            chosen = alike
        node, parent = parent, parent.getparent()
    return chosen


def _repeated(
    wider: lxml.html.HtmlElement,
    chosen: list[lxml.html.HtmlElement],
    good: dict[lxml.html.HtmlElement, int],
) -> int:
    """Characters of good paragraphs ``wider`` adds to ``chosen`` that repeat one of
    theirs: a copy of the story laid out for another screen, or kept for readers behind a
    paywall, is not more story."""
    own = {paragraph for container in chosen for paragraph in container.iter("p")}
    story = {text for paragraph in own if (text := _good_text(paragraph, good))}
    return sum(
        _length(text)
        for paragraph in wider.iter("p")
        if paragraph not in own and (text := _good_text(paragraph, good)) in story
    )


def _good_text(paragraph: lxml.html.HtmlElement, good: dict[lxml.html.HtmlElement, int]) -> str:
    """The paragraph's text if it is long enough to count as good, in a parent that holds
    good text; else nothing."""
    if paragraph.getparent() not in good:
        return ""
    text = text_of(paragraph)
    return text if _length(text) >= GOOD_PARAGRAPH else ""


def _score(text: str, length: int, links: int) -> float | None:
    """A paragraph's score (see "Scoring the body's container" in the vocabulary), shrunk
    by its share of link text; None for a row of links, which is no story, not a weak one."""
    if links > LINE_LINKS_SHARE_MAX * len(text):
        return None
    score = 1 + min(length / LENGTH_POINTS_UNIT, LENGTH_POINTS_MAX)
    score += text.count(",") * COMMA_POINTS
    return score * (1 - links / max(len(text), 1))


def _beside_headline_header(best: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The story's one box, where the best container is the article's ``<header>`` (the
    ``<h1>`` with its standfirst, byline and dateline) or holds it beside that box: a short
    story scores no more than the standfirst above it, so scoring lands on the header or on
    the element around both. Where the story's paragraphs stand beside the header itself,
    or in several boxes, the container stays as it is."""
    article = best.getparent() if _is_headline_header(best) else best
    if article is None or not any(_is_headline_header(child) for child in article):
        return best
    boxes = [child for child in article if child.tag != "header" and _shows_text(child)]
    if len(boxes) == 1 and boxes[0].tag in _CONTAINER_TAGS:
        return boxes[0]
    return best


def _is_headline_header(element: lxml.html.HtmlElement) -> bool:
    return element.tag == "header" and element.find(".//h1") is not None


def _outside_inline(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The container around an inline element that writes story lines between ``<br>``
    beside its blocks (a ``<font>`` wrapped around an old page's story, its quotes and
    lists): those lines are the container's text runs, read with its blocks. An inline
    element holding only blocks (a ``<span>`` around paragraphs) is the container."""
    while element.tag in _INLINE and _holds_lines(element):
        parent = element.getparent()
        if parent is None:
            break
        element = parent
    return element


def _holds_lines(element: lxml.html.HtmlElement) -> bool:
    """Whether an element writes text of its own between its children, enough to count."""
    own = [element.text or "", *(child.tail or "" for child in element)]
    return sum(_length(collapse(text)) for text in own) >= _MIN_RUNS_TEXT


def _named_story_body(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Where no paragraph scores (a story of lists, headings and short lines), the element
    whose class names it the story's body (``article-body``, ``entry-content``...)."""
    for element in tree.iter():
        if isinstance(element.tag, str) and STORY_BODY_NAMES.search(element.get("class") or ""):
            return [element]
    return []


def _story_of_headings(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Where nothing else on the page is story, the page's one ``<article>`` holding its
    ``<h1>`` and a subheading after it: a story told in headings alone is still the
    story the page marks as its article. Menus, rails and footers were dropped before
    (and a page listing several articles names none of them the story)."""
    articles = list(itertools.islice(tree.iter("article"), 2))
    if len(articles) != 1:
        return []
    after_headline = False
    for element in articles[0].iter("h1", *_HEADING_TAGS):
        if element.tag == "h1":
            after_headline = True
        elif after_headline:
            return articles
    return []


def _short_story(
    tree: lxml.html.HtmlElement, runs_of: _Runs, *, more_than: int = 0
) -> list[lxml.html.HtmlElement]:
    """Where nothing else holds a story, the element writing the most text between
    ``<br>``, one line of it a sentence long at least: a story too short to count as text
    runs (a one-paragraph brief in an old page's cell) is still its page's story; link text
    does not count. Where the page has short paragraphs only, the element must write more
    than ``more_than`` characters (theirs together): a sign-up line under a brief is not
    the story."""
    best, most = None, more_than
    for element in tree.iter(*_RUNS_TAGS):
        lengths = [_length(run) for run in _text_runs(element)]
        if not lengths or max(lengths) < SCORED_PARAGRAPH:
            continue
        # the lines' own words: a row of links under a label says nothing of its own
        links = sum(link_text_length(child) for child in element if child.tag in _INLINE)
        if sum(lengths) - links > most:
            best, most = element, sum(lengths) - links
    if best is None:
        return []
    runs_of.keep(best)
    return [best]


_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")


def _with_neighbours(
    chosen: list[lxml.html.HtmlElement],
    good: dict[lxml.html.HtmlElement, int],
    held: dict[lxml.html.HtmlElement, int],
    runs_of: _Runs,
) -> list[lxml.html.HtmlElement]:
    """The chosen containers with the siblings beside them that read as story: a lead
    paragraph set before the container (or a box holding it), or the part of a story the
    page split off into a box of its own. Scoring picks one element; the story's edges are
    often next to it."""
    # one container is judged by what is beside the wrapper that shows only it
    taken = [_wrapper(chosen[0])] if len(chosen) == 1 else chosen
    parent = taken[0].getparent()
    if parent is None:
        return chosen
    found: list[lxml.html.HtmlElement] = []
    before = True
    for sibling in parent:
        if sibling in taken:
            found.append(sibling)
            before = False
        elif _reads_as_story(sibling, good, runs_of, before) or (
            before and (_holds_lead(sibling, held) or _opens_story(sibling, held, runs_of))
        ):
            found.append(sibling)
    return [chosen[0] if element is taken[0] else element for element in found]


def _wrapper(container: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The outermost element around the container that shows nothing else: the story's
    neighbours (a lead set above it) are beside the wrapper, not beside the container."""
    element = container
    parent = element.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        if (parent.text or "").strip() or any(
            (child.tail or "").strip() or (child is not element and _shows_text(child))
            for child in parent
        ):
            break
        element, parent = parent, parent.getparent()
    return element


def _shows_text(element: lxml.html.HtmlElement) -> bool:
    return isinstance(element.tag, str) and any(text.strip() for text in element.itertext())


def _reads_as_story(
    element: lxml.html.HtmlElement,
    good: dict[lxml.html.HtmlElement, int],
    runs_of: _Runs,
    before: bool,
) -> bool:
    """Whether a sibling of the chosen container is story text: before it, a sentence with
    few links (a lead); on either side, a box whose text is mostly its own good paragraphs
    (``good``: their characters by the element holding them) or text between ``<br>``,
    with few links (before it, as many as a list has). After the story a lone paragraph is
    a note (a disclaimer, an author's bio), so a box there needs two, and a box with many
    links is other stories."""
    if not isinstance(element.tag, str):
        return False
    if element.tag == "p":
        return before and _is_lead(element)
    if element.tag not in _RUNS_TAGS:
        return False
    runs = runs_of(element)
    if not before and len(runs) + _good_children(element) < _NEIGHBOUR_PARAGRAPHS_AFTER:
        return False
    story = good.get(element, 0) + sum(_length(run) for run in runs)
    # before the story, its opening box may hold a list or table of linked names, as lists do
    return _mostly_story(element, story, LIST_LINKS_SHARE_MAX if before else LINKS_SHARE_MAX)


def _holds_lead(element: lxml.html.HtmlElement, held: dict[lxml.html.HtmlElement, int]) -> bool:
    """Whether a box before the container holds the story's lead deeper inside (a layout
    grid's cell around it): its text mostly good paragraphs, and no heading, for a box with
    the headline is the article's header and its standfirst is the headline's."""
    if not isinstance(element.tag, str) or element.tag not in _RUNS_TAGS:
        return False
    if next(element.iter("header", *_HEADINGS), None) is not None:
        return False
    return _mostly_story(element, held.get(element, 0))


def _mostly_story(
    element: lxml.html.HtmlElement, story: int, links_max: float = LINKS_SHARE_MAX
) -> bool:
    """Whether ``story`` characters of good text make up most of the element's text,
    with at most ``links_max`` of it in links."""
    text = text_of(element)
    return (
        story >= GOOD_PARAGRAPH
        and story >= _NEIGHBOUR_GOOD_SHARE * _length(text)
        and link_text_length(element) <= links_max * len(text)
    )


def _is_lead(paragraph: lxml.html.HtmlElement) -> bool:
    """A paragraph that reads as a lead: a good paragraph, or a shorter full sentence,
    with few links (not a label like "Photo: Reuters")."""
    text = text_of(paragraph)
    length = _length(text)
    if length < SCORED_PARAGRAPH or link_text_length(paragraph) > LINKS_SHARE_MAX * len(text):
        return False
    return length >= GOOD_PARAGRAPH or _SENTENCE_END.search(text) is not None


def _opens_story(
    box: lxml.html.HtmlElement, held: dict[lxml.html.HtmlElement, int], runs_of: _Runs
) -> bool:
    """Whether a box before the chosen container opens the story with paragraphs set deeper
    in it (the story's first part in a row or section of its own, a summary box): two
    good paragraphs or more, and with them most of its text. One such paragraph alone is
    a standfirst, an alert or an affiliate note; after the story, boxes like this are an
    author's bio or other stories' summaries, so only the story's opening is looked for."""
    if box not in held or not _reads_as_story(box, held, runs_of, before=True):
        return False
    paragraphs = sum(1 for paragraph in box.iter("p") if _is_good_paragraph(paragraph))
    return paragraphs >= _NEIGHBOUR_PARAGRAPHS_DEEPER


def _good_children(element: lxml.html.HtmlElement) -> int:
    """How many good paragraphs the element holds directly."""
    return sum(1 for p in element.iterchildren("p") if _length(text_of(p)) >= GOOD_PARAGRAPH)


def _misses_story(
    chosen: list[lxml.html.HtmlElement],
    held: dict[lxml.html.HtmlElement, int],
    tree: lxml.html.HtmlElement,
) -> bool:
    """The container choice's check of itself: the chosen containers hold little of the
    page's good paragraph text (the story is spread over many small boxes, none of which
    outscores a teaser beside it). It reads counts already made, so the common page pays
    nothing for it."""
    total = held.get(tree, 0)
    return total >= _MIN_STORY and sum(held.get(c, 0) for c in chosen) < _MISSED_SHARE * total


def _story_region(
    held: dict[lxml.html.HtmlElement, int], tree: lxml.html.HtmlElement
) -> lxml.html.HtmlElement:
    """The second, looser choice: the innermost element holding most of the page's good
    paragraph text (such elements are ancestors of one another, so it is one region)."""
    total = held.get(tree, 0)
    region = [element for element, length in held.items() if length >= _REGION_SHARE * total]
    return min(region, key=lambda element: (held[element], -_depth(element)))


def _depth(element: lxml.html.HtmlElement) -> int:
    return sum(1 for _ in element.iterancestors())


def _good_text_by_parent(tree: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, int]:
    """Characters of good paragraphs (long, few links), by the element holding them."""
    good: dict[lxml.html.HtmlElement, int] = {}
    for paragraph in tree.iter("p"):
        text = text_of(paragraph)
        _count_good(good, paragraph, _length(text), link_text_length(paragraph), len(text))
    return good


def _count_good(
    good: dict[lxml.html.HtmlElement, int],
    paragraph: lxml.html.HtmlElement,
    length: int,
    links: int,
    characters: int,
) -> None:
    """Add a paragraph's length to its parent's in ``good``, if it is a good one."""
    parent = paragraph.getparent()
    if (
        parent is not None
        and length >= GOOD_PARAGRAPH
        and links <= LINKS_SHARE_MAX * characters
        and not _is_teaser_summary(paragraph)
    ):
        good[parent] = good.get(parent, 0) + length


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _is_teaser_summary(paragraph: lxml.html.HtmlElement) -> bool:
    """Whether the paragraph sums up another page under its linked headline: a teaser
    card's ``<h3><a>Headline</a></h3><p>summary</p>``. A story's subheading is not a link."""
    heading = paragraph.getprevious()
    while heading is not None and not isinstance(heading.tag, str):
        heading = heading.getprevious()
    if heading is None or heading.tag not in _HEADINGS:
        return False
    text = text_of(heading)
    return bool(text) and link_text_length(heading) >= _LINKED_HEADING_SHARE * len(text)


def _held_by_ancestor(
    good: dict[lxml.html.HtmlElement, int],
) -> dict[lxml.html.HtmlElement, int]:
    """Characters of good paragraphs under each element, from those by parent; teaser
    cards wrapped in a link do not count."""
    held: dict[lxml.html.HtmlElement, int] = {}
    for parent, length in good.items():
        ancestors = [parent, *parent.iterancestors()]
        if any(ancestor.tag == "a" for ancestor in ancestors):
            continue
        for ancestor in ancestors:
            held[ancestor] = held.get(ancestor, 0) + length
    return held


def blocks_in(container: lxml.html.HtmlElement, base: str | None) -> tuple[Block, ...]:
    """The blocks of one container, in document order, with its boilerplate left out.

    Args:
        container: The element holding the story; it is modified (boilerplate is removed).
        base: The page's URL, against which image addresses are resolved.

    Returns:
        The container's paragraphs, headings, quotes, lists and figures.

    .. versionadded:: 0.1.0
    """
    _clean(container)
    _space_breaks(container)
    return tuple(_blocks(container, base, _Runs()))


# Elements whose edges break a line where the page is shown: their text never runs on into
# the text beside them.
_LINE_BREAKING = (
    *_BLOCK_TAGS,
    "h1",
    "div",
    "section",
    "article",
    "header",
    "li",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "figcaption",
    "address",
    "br",
    "hr",
)


def _space_breaks(element: lxml.html.HtmlElement) -> None:
    """Put a space after every line the page breaks (``<br>``, a block's end), so the
    words on either side are not read as one ("in 2015 and<br>2018", a list item's
    heading and paragraph)."""
    for inner in element.iter(*_LINE_BREAKING):
        tail = inner.tail
        if not tail or not tail[0].isspace():
            inner.tail = " " + (tail or "")


def _blocks_of(element: lxml.html.HtmlElement, base: str | None, runs_of: _Runs) -> list[Block]:
    """The blocks of a chosen element: a container's, or a paragraph's own."""
    _space_breaks(element)
    _drop_boxes_after_story(element, runs_of)
    for furniture in (*_under_headline(element), *_teaser_cards(element)):
        furniture.drop_tree()
    with texts_kept():  # reading the blocks changes the tree no more
        if element.tag == "p":
            block = _block(element, base)
            return [block] if block is not None else []
        return _blocks(element, base, runs_of)


_TEASER_TEXT_MAX = 400  # characters of a teaser card beside its headline: a summary, a date
_TEASERS_SHARE_MAX = 0.25  # of the container's text in teaser cards beside a story
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


def _teaser_cards(container: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The teaser cards in the container: boxes side by side, each holding one headline
    and a short summary under it (a "More on this" row of other stories), the headline or
    the box linking to another page (a "Read more" link, a linked picture), beside a story
    that holds far more text than they do. Links in the story are words, so its headings
    are not links, nor boxed with one; a lone card may be a story's boxed aside, so it
    takes two."""
    linked: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = {}  # their cards
    for heading in container.iter(_HEADING_TAGS):
        card = _card_around(heading, container)
        if _is_linked(heading) or (card is not None and _links_away(card)):
            linked[heading] = card
    if len(linked) < 2:
        return []
    by_parent: dict[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] = {}
    for card in linked.values():
        if card is not None and (parent := card.getparent()) is not None:
            by_parent.setdefault(parent, []).append(card)
    groups = [
        cards
        for parent, cards in by_parent.items()
        if len(cards) >= 2  # every linked headline there heads a card: not a list of items
        and len(cards) == sum(parent in heading.iterancestors() for heading in linked)
    ]
    if not groups:
        return []
    found = _after_story(container, groups)
    # cards that make up much of the container are the page's own content (a hub page, a
    # list of events), not other stories beside it
    if sum(len(text_of(card)) for card in found) > _TEASERS_SHARE_MAX * len(text_of(container)):
        return []
    return found


def _links_away(card: lxml.html.HtmlElement) -> bool:
    """Whether a card holds a link to another page."""
    return any(_leaves_page(link) for link in card.iter("a"))


def _after_story(
    container: lxml.html.HtmlElement, groups: list[list[lxml.html.HtmlElement]]
) -> list[lxml.html.HtmlElement]:
    """The cards of the groups that come after the story's last good paragraph: other
    stories are offered once the story is told; cards between its paragraphs are its own
    parts (a round-up of linked products)."""
    in_cards = {inner for cards in groups for card in cards for inner in card.iter()}
    position, story_end = {}, -1
    for index, element in enumerate(container.iter()):
        position[element] = index
        if element not in in_cards and _is_good_paragraph(element):
            story_end = index
    return [card for cards in groups if position[cards[0]] > story_end for card in cards]


def _is_linked(heading: lxml.html.HtmlElement) -> bool:
    """A headline that links to another page: its text is mostly such a link's, or it sits
    in one."""
    text = text_of(heading)
    if not text:
        return False
    parent = heading.getparent()
    if parent is not None and parent.tag == "a":
        return _leaves_page(parent)
    linked = sum(len(text_of(link)) for link in heading.iter("a") if _leaves_page(link))
    return linked >= _LINKED_HEADING_SHARE * len(text)


def _leaves_page(link: lxml.html.HtmlElement) -> bool:
    """Whether a link goes to another page: not an anchor (``<a name>``, ``href="#..."``)
    that a section's heading holds to be linked to."""
    address = (link.get("href") or "").strip()
    return bool(address) and not address.startswith("#")


def _card_around(
    heading: lxml.html.HtmlElement, container: lxml.html.HtmlElement
) -> lxml.html.HtmlElement | None:
    """The outermost box inside the container holding the linked headline, no other
    headline and little other text; None where no box is so small (the headline heads
    the story's own part)."""
    card = None
    headline = len(text_of(heading))
    box = heading.getparent()
    while box is not None and box is not container:
        if box.tag != "a" and (
            len(text_of(box)) - headline > _TEASER_TEXT_MAX
            or next(itertools.islice(box.iter(_HEADING_TAGS), 1, None), None) is not None
        ):
            break
        if box.tag != "a":
            card = box
        box = box.getparent()
    return card


_UNDER_HEADLINE_MAX = 4  # elements between a headline and the byline or date closing them
_BYLINE_CHARS_MAX = 2 * NAME_CHARS_MAX  # a byline paragraph of a few names; longer is story


def _under_headline(container: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The headline's furniture set straight after a lone ``<h1>`` in the container,
    where no ``<header>`` holds it: a standfirst and the byline, up to the byline or the
    ``<time>`` that closes them. Without such a close the line after the ``<h1>`` may be
    the story's opening, and stays unless its class names a standfirst."""
    h1s = container.iter("h1")
    h1 = next(h1s, None)
    if h1 is None or next(h1s, None) is not None:
        return []
    if any(ancestor.tag == "header" for ancestor in h1.iterancestors()):
        return []  # a header says where the headline's furniture ends
    after = [sibling for sibling in h1.itersiblings() if isinstance(sibling.tag, str)]
    after = after[:_UNDER_HEADLINE_MAX]
    closes = [i for i, element in enumerate(after) if _closes_headline(element)]
    if not closes:
        first = after[:1]
        return [p for p in first if p.tag == "p" and STANDFIRST_NAMES.found_in(_names(p))]
    furniture = after[: closes[-1] + 1]
    if any(element.tag not in ("p", "time") for element in furniture):
        return []
    if sum(1 for element in furniture if _is_good_paragraph(element)) > 1:
        return []
    return furniture


def _closes_headline(element: lxml.html.HtmlElement) -> bool:
    """A ``<time>``, or a short paragraph that is a byline ("By Jo Marsh and Ana Ruiz")."""
    if element.tag == "time":
        return True
    text = text_of(element)
    return (
        element.tag == "p"
        and len(text) <= _BYLINE_CHARS_MAX
        and BYLINE_PREFIX.match(text) is not None
    )


def _is_good_paragraph(element: lxml.html.HtmlElement) -> bool:
    """A ``<p>`` of story text: long enough, with few links."""
    if element.tag != "p":
        return False
    text = text_of(element)
    return _length(text) >= GOOD_PARAGRAPH and link_text_length(element) <= LINKS_SHARE_MAX * len(
        text
    )


def _drop_boxes_after_story(container: lxml.html.HtmlElement, runs_of: _Runs) -> None:
    """Drop the boxes that a container writing its story as paragraphs holds after the
    last of them: an author's bio, a "related" or tag box, a sign-up card."""
    after: list[lxml.html.HtmlElement] = []  # the children after the last good paragraph
    paragraphs = 0
    for child in reversed(container):  # from the end: the common page stops soon
        if _is_good_paragraph(child):
            paragraphs += 1
            if paragraphs == _STORY_PARAGRAPHS_BEFORE_BOXES:
                break
        elif not paragraphs:
            after.append(child)
    else:
        return
    for box in after:
        if box.tag in ("div", "section") and _is_box_after_story(box, runs_of):
            box.drop_tree()


_STORY_PARAGRAPHS_BEFORE_BOXES = 2  # good <p> children of a container writing its story so


def _is_box_after_story(box: lxml.html.HtmlElement, runs_of: _Runs) -> bool:
    """Whether a box after the story's paragraphs is furniture: it holds no good
    paragraph, nor lines of text between ``<br>`` unless beside a picture (a card), and
    shows a link or a picture, or a line at most. A list or table that is not mostly
    links (references, a table of figures) is the story's."""
    if any(_is_good_paragraph(p) for p in box.iter("p")):
        return False
    pictured = next(box.iter("img"), None) is not None
    if runs_of(box) and not pictured:
        return False
    text = text_of(box)
    if not pictured and next(box.iter("a"), None) is None and _length(text) >= LONG_PARAGRAPH:
        return False
    if next(box.iter("ul", "ol", "table", "dl"), None) is None:
        return True
    return link_text_length(box) > LIST_LINKS_SHARE_MAX * len(text)


def _blocks(container: lxml.html.HtmlElement, base: str | None, runs_of: _Runs) -> list[Block]:
    found: list[Block] = []
    if container.tag in _INLINE:  # a <font> around a story's few lines and its quotes
        runs_of.keep(container)
    h1s = container.iter("h1")
    tags = _WITH_H1 if next(h1s, None) is not None and next(h1s, None) is not None else _BLOCK_TAGS
    for box in (*_text_cells(container), *_lines_beside_runs(container, runs_of)):
        runs_of.keep(box)
    _walk(container, base, _inside_link(container), found, runs_of, tags=tags)
    return found


def _walk(
    element: lxml.html.HtmlElement,
    base: str | None,
    in_link: bool,
    found: list[Block],
    runs_of: _Runs,
    *,
    tags: frozenset[str],
) -> None:
    """Add the blocks under an element to ``found``: a block element is read whole, others
    are entered (into one list: generators nested as deep as the page would hand every
    block up through every level).

    Text written straight into a container between ``<br>`` and block children becomes
    paragraphs in its place among them.
    """

    def read(child: lxml.html.HtmlElement) -> None:
        _walk_child(child, base, in_link, found, runs_of, tags=tags)

    runs = bool(runs_of(element))
    if runs and element.tag in _INLINE:  # the container: its lines end at its line breaks
        current: list[str] = []
        _inline_run(element, current, found, read, base)
        _run(current, found)
        return
    current = [element.text or ""] if runs else []
    for child in element:
        if not isinstance(child.tag, str):
            current.append(child.tail or "")
            continue
        if runs and child.tag in _INLINE:
            _inline_run(child, current, found, read, base)
            current.append(child.tail or "")
            continue
        if runs:
            _run(current, found)
            current = []
        read(child)
        current.append(child.tail or "")
    if runs:
        _run(current, found)


def _text_cells(container: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The cells of tables laying out the container that write a paragraph without ``<p>``
    (a comparison's verdicts, an old page's story cell): too short to count as text runs
    when the container was chosen, but read as the paragraphs they are."""
    return [cell for cell in container.iter("td") if _is_text_cell(cell)]


def _lines_beside_runs(
    container: lxml.html.HtmlElement, runs_of: _Runs
) -> list[lxml.html.HtmlElement]:
    """Boxes writing a line of text too short to count as text runs, read as the
    paragraphs they are where their siblings of the same tag and class show them to be
    story: beside boxes that write its paragraphs straight in (a story set one ``<div
    class="block">`` a paragraph, a short quote among them), or as a run of such boxes,
    each a different line, together as long as text runs and with few links (a schedule
    set one ``<div>`` a line). Only boxes holding text and inline elements count."""
    found = []
    for parent in container.iter(*_RUNS_TAGS):
        alike: dict[tuple[str, str | None], list[lxml.html.HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _RUNS_TAGS:
                alike.setdefault((child.tag, child.get("class")), []).append(child)
        for boxes in alike.values():
            if len(boxes) < 2:
                continue
            if any(runs_of(box) for box in boxes):
                found += [box for box in boxes if not runs_of(box) and _writes_a_line(box)]
            elif _are_story_lines(lines := [box for box in boxes if _writes_a_line(box)]):
                found += lines
    return found


_STORY_LINES_MIN = 3  # boxes of one shape, a line each, that make a run of story lines


def _are_story_lines(lines: list[lxml.html.HtmlElement]) -> bool:
    """Whether boxes writing a line each are a run of story lines: three or more, no two
    alike (one placeholder or label repeated is no text), as long together as text runs,
    few of their characters links (a menu's items are links)."""
    texts = [text_of(line) for line in lines]
    total = sum(_length(text) for text in texts)
    return (
        len(texts) >= _STORY_LINES_MIN
        and len(set(texts)) == len(texts)
        and total >= _MIN_RUNS_TEXT
        and sum(link_text_length(line) for line in lines) <= LINKS_SHARE_MAX * total
    )


def _writes_a_line(box: lxml.html.HtmlElement) -> bool:
    """Whether a box holds text of its own and inline elements only."""
    inline = all(not isinstance(child.tag, str) or child.tag in _IN_A_LINE for child in box)
    return inline and bool(_text_runs(box))


def _is_text_cell(cell: lxml.html.HtmlElement) -> bool:
    """A cell holding text and inline elements only, a good paragraph long, few links."""
    if any(isinstance(child.tag, str) and child.tag not in _IN_A_LINE for child in cell):
        return False
    text = text_of(cell)
    links = link_text_length(cell)
    return _length(text) >= GOOD_PARAGRAPH and links <= LINKS_SHARE_MAX * len(text)


_IN_A_LINE = _INLINE | {"br"}  # what a box writing one paragraph of text holds


def _walk_child(
    child: lxml.html.HtmlElement,
    base: str | None,
    in_link: bool,
    found: list[Block],
    runs_of: _Runs,
    *,
    tags: frozenset[str],
) -> None:
    if child.tag == "table" and _is_data_table(child):
        block: Block | None = _table(child)
    elif child.tag == "figure" and child.find(".//table") is not None:
        _walk(child, base, in_link, found, runs_of, tags=tags)  # a table set as a figure
        block = None
    elif child.tag in tags:
        block = None if child.tag == "p" and in_link else _block(child, base)
    elif child.tag == "dl" and _is_glossary(child):
        block = _glossary(child)
    elif _is_link_box(child):
        block = None
    else:
        _walk(child, base, in_link or child.tag == "a", found, runs_of, tags=tags)
        block = None
    if block is not None:
        found.append(block)


def _inline_run(
    element: lxml.html.HtmlElement,
    current: list[str],
    found: list[Block],
    read: Callable[[lxml.html.HtmlElement], None],
    base: str | None,
) -> None:
    """Add an inline element's text to the run in ``current``, ending the run as a
    paragraph at each ``<br>`` inside it: a ``<font>`` or ``<span>`` wrapped around a
    story's paragraphs holds their line breaks, and its quotes and lists, which end the
    run and are read as blocks in their place, and its pictures set on lines of their own
    (see :func:`_line_caption`)."""
    current.append(element.text or "")
    captions = set()
    for child in element:
        if child in captions:
            continue
        if isinstance(child.tag, str):
            if child.tag in _INLINE:
                _inline_run(child, current, found, read, base)
            elif child.tag == "br" or child.tag in _BLOCK_TAGS:
                _run(current, found)
                current.clear()
                if child.tag != "br":
                    read(child)
            elif child.tag == "img" and _on_a_line(child, current):
                caption = _line_caption(child)
                if caption is not None:
                    captions.add(caption)
                _picture(child, caption, base, found)
            else:
                current.append(child.text_content())
        current.append(child.tail or "")


def _on_a_line(image: lxml.html.HtmlElement, current: list[str]) -> bool:
    """Whether a picture stands on a line of its own: no text before it on its line, and
    a ``<br>`` right after it (a picture inside a sentence is an icon, not a figure)."""
    after = image.getnext()
    return (
        not "".join(current).strip()
        and not (image.tail or "").strip()
        and after is not None
        and after.tag == "br"
    )


_LINE_CAPTION_MAX = 300  # characters: an agency's caption runs to two or three sentences


def _line_caption(image: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The caption of a picture on a line of its own: the line of inline text right under
    it, wrapped whole in one element and ended by a ``<br>`` (``<img><br><font
    size=1>Rescuers at the pier on Tuesday. AP Photo</font><br>``), a few sentences at
    most."""
    br = image.getnext()
    caption = br.getnext() if br is not None and not (br.tail or "").strip() else None
    if caption is None or caption.tag not in _INLINE or (caption.tail or "").strip():
        return None
    after = caption.getnext()
    if (after is not None and after.tag != "br") or len(text_of(caption)) > _LINE_CAPTION_MAX:
        return None
    return caption


def _picture(
    image: lxml.html.HtmlElement,
    caption: lxml.html.HtmlElement | None,
    base: str | None,
    found: list[Block],
) -> None:
    address = absolute_url(image.get("src") or image.get("data-src"), base)
    if address is None:
        return
    words = text_of(caption) if caption is not None else ""
    found.append(
        Figure(
            Image(
                address,
                caption=words or None,
                width=count_in(image.get("width")) or None,
                height=count_in(image.get("height")) or None,
            )
        )
    )


_LINK_BOX_LINKS = 3  # links in a box of links to other pages (a menu, "Top stories")


def _is_link_box(element: lxml.html.HtmlElement) -> bool:
    """A box that is mostly links (teaser lists, "Top stories", tag rows, live tickers),
    whatever its class says: judged by its link text, as a paragraph is."""
    for count, _ in enumerate(element.iter("a"), start=1):
        if count >= _LINK_BOX_LINKS:
            return link_text_length(element) > LINE_LINKS_SHARE_MAX * len(text_of(element))
    return False


def _run(parts: list[str], found: list[Block]) -> None:
    text = collapse("".join(parts))
    if text and not text_problem(text, blank_ok=False):
        found.append(Paragraph(text))


def _is_data_table(table: lxml.html.HtmlElement) -> bool:
    """A table of values, not one that lays out the page: no tables or long text inside,
    no cell with two paragraphs (an editor's empty ones, spacing, do not count)."""
    if table.find(".//table") is not None:
        return False
    return all(
        len(text_of(cell)) <= _MAX_CELL and sum(1 for p in cell.iter("p") if _shows_text(p)) <= 1
        for cell in table.iter("td", "th")
    )


def _is_glossary(terms: lxml.html.HtmlElement) -> bool:
    """A description list that says something: its terms described in sentences (one of
    them a good paragraph long), not a box of labelled values ("Acceptance rate 96%")
    nor one that holds paragraphs of its own (those are read as they are)."""
    if next(terms.iter(*_BLOCK_TAGS, "div"), None) is not None:
        return False
    return any(_length(text_of(item)) >= GOOD_PARAGRAPH for item in terms.iter("dd"))


def _glossary(terms: lxml.html.HtmlElement) -> ListBlock | None:
    """A description list as a list of its terms and their descriptions, in turn."""
    items = [text_of(item) for item in terms.iter("dt", "dd")]
    items = [item for item in items if item and not text_problem(item, blank_ok=False)]
    if not items or link_text_length(terms) > LIST_LINKS_SHARE_MAX * sum(map(len, items)):
        return None
    return ListBlock(items)


def _table(table: lxml.html.HtmlElement) -> ListBlock | None:
    """A table of values as a list of its rows, each row's cells joined by " | "."""
    rows = []
    for row in table.iter("tr"):
        cells = [text_of(cell) for cell in row if cell.tag in ("td", "th")]
        line = " | ".join(cell for cell in cells if cell)
        if line and not text_problem(line, blank_ok=False):
            rows.append(line)
    return ListBlock(rows) if rows else None


def _block(element: lxml.html.HtmlElement, base: str | None) -> Block | None:
    tag = element.tag
    if tag == "figure" and element.find(".//img") is None:  # a quote and its attribution
        quote, caption = element.find(".//blockquote"), element.find(".//figcaption")
        return None if quote is None or caption is None else _quote(quote, caption)
    if tag == "figure":
        image = element.find(".//img")
        source = image.get("src") or image.get("data-src") if image is not None else None
        address = absolute_url(source, base)
        if address is None:
            return None
        caption = _caption_of(element)
        caption_text = text_of(caption) if caption is not None else None
        captioned = {inner for held in element.iter("figcaption") for inner in held.iter()}
        credit = next(  # a credit inside the caption is read with it
            (
                text_of(inner)
                for inner in element.iter()
                if inner not in captioned and _CREDIT.search(_names(inner))
            ),
            None,
        )
        width, height = (
            (image.get("width"), image.get("height")) if image is not None else (None, None)
        )
        return Figure(
            Image(
                address,
                caption=caption_text or None,
                credit=credit or None,
                width=count_in(width) or None,
                height=count_in(height) or None,
            )
        )
    if tag in ("ul", "ol"):
        items = [text_of(li) for li in _items(element)]
        items = [item for item in items if item and not text_problem(item, blank_ok=False)]
        if not items or (
            link_text_length(element) > LIST_LINKS_SHARE_MAX * sum(len(i) for i in items)
            and not _leads_elsewhere(list(element.iter("a")), base)
        ):
            return None
        return ListBlock(items, ordered=tag == "ol")
    text = text_of(element)
    if not text or _CHROME_LINES.match(text):
        return None
    try:  # the model refuses text holding a control character
        if tag.startswith("h"):
            return Heading(text, level=int(tag[1]))
        if tag == "blockquote":
            return _quote(element, None)
        if link_text_length(element) > LINE_LINKS_SHARE_MAX * len(text) and not _cites_source(
            element, base
        ):
            return None
        return Paragraph(text)
    except InvalidValueError:
        return None


def _items(listing: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """A list's own items: an item's text holds the lists nested in it, so their items
    are not items again (they would be read twice)."""
    nested = {li for item in listing.iter("li") for li in item.iterdescendants("li")}
    return [li for li in listing.iter("li") if li not in nested]


def _cites_source(paragraph: lxml.html.HtmlElement, base: str | None) -> bool:
    """A line that is one link to another site: the story citing its source ("[ Reuters
    ]", "Full results"), where a link to the site's own pages offers another story."""
    links = list(itertools.islice(paragraph.iter("a"), 2))
    return len(links) == 1 and _leads_elsewhere(links, base)


def _leads_elsewhere(links: list[lxml.html.HtmlElement], base: str | None) -> bool:
    """Whether there are links and every one goes to another site than the page's: the
    story's sources, or the products it reviews, not the site's menus and teasers."""
    if base is None or not links:
        return False
    site = _site(base)
    for link in links:
        address = absolute_url(link.get("href"), base)
        if address is None or _site(address) == site:
            return False
    return True


def _site(address: str) -> str:
    """The last two labels of an address's host (``www.bbc.com`` and ``bbc.com`` are one
    site)."""
    try:
        host = urlsplit(address).hostname or ""
    except ValueError:  # a malformed IPv6 host
        return ""
    return ".".join(host.split(".")[-2:])


def _caption_of(figure: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """A figure's caption: its ``<figcaption>``, else one set right after it (markup that
    closes the ``<figure>`` around the picture alone)."""
    caption = figure.find(".//figcaption")
    if caption is None:
        after = figure.getnext()
        if after is not None and after.tag == "figcaption" and not (figure.tail or "").strip():
            return after
    return caption


def _quote(quote: lxml.html.HtmlElement, caption: lxml.html.HtmlElement | None) -> Quote | None:
    """A block quote; a ``<figure>``'s caption around it names who said it, else the
    quote's own last line does (see :func:`_attribution`)."""
    text, citation = (
        (text_of(quote), text_of(caption)) if caption is not None else _attribution(quote)
    )
    try:  # the model refuses text holding a control character
        return Quote(text, citation=citation or None) if text else None
    except InvalidValueError:
        return None


_DASHED = re.compile(r"^[-‐–—―]+\s*(?P<name>\S.*)$")  # "- Ines", "— Jane Doe"


def _attribution(quote: lxml.html.HtmlElement) -> tuple[str, str | None]:
    """A quote's words and who said them, where its last line names them: a name after a
    dash, set apart from the quoted words, which are one element or end in a line break
    (``<i>We waited.</i> - Ines``, ``We waited.<br>- Ines``, ``<p>— Jane Doe</p>``). The
    name is a name's length at most; anything longer, a quote of nothing else, or a line
    with a link in it (an embedded post's "— Name (@name) <a>date</a>") is the quote's
    own words."""
    whole = text_of(quote)
    last = quote[-1] if len(quote) else None
    if last is None or not isinstance(last.tag, str):
        return whole, None
    tail = collapse(last.tail or "")  # words after the last element: they end the quote
    if tail and last.tag != "br" and (len(quote) > 1 or (quote.text or "").strip()):
        return whole, None  # "<b>Review</b>: <i>Fine.</i> — Jane": the name is the quote's
    line = tail or text_of(last)
    said = _DASHED.match(line)
    name = said["name"] if said is not None else ""
    if not name or len(name) > NAME_CHARS_MAX or (not tail and last.find(".//a") is not None):
        return whole, None
    words = copy.deepcopy(quote)
    if tail:
        words[-1].tail = None
    else:
        words.remove(words[-1])
    quoted = text_of(words)
    return (quoted, name) if quoted else (whole, None)


def extract_body(tree: lxml.html.HtmlElement, base: str | None) -> tuple[Block, ...]:
    """The page's article body; the tree is modified (boilerplate is removed from it)."""
    return extract_story(tree, base)[0]


def extract_story(
    tree: lxml.html.HtmlElement, base: str | None
) -> tuple[tuple[Block, ...], tuple[lxml.html.HtmlElement, ...]]:
    """Like :func:`extract_body`, with the containers the body was read from: the
    resolver looks for the headline nearest them where the metadata names none."""
    body = tree.find("body")
    if body is None:
        return (), ()
    for stray in list(tree.itersiblings()):  # markup after </html>: the parser's second root
        if stray.tag == "html":
            inner = stray.find("body")
            body.extend(list(inner if inner is not None else stray))
    pieces = _clean(body)
    runs_of = _Runs()
    with texts_kept():  # choosing reads the tree only
        chosen = _with_pieces(_best_containers(body, runs_of), pieces)
    blocks = tuple(block for found in chosen for block in _blocks_of(found, base, runs_of))
    return blocks, tuple(chosen)


def holds_little_of_story(
    containers: tuple[lxml.html.HtmlElement, ...], tree: lxml.html.HtmlElement
) -> bool:
    """Whether ``containers`` (a site adapter's) hold under a quarter of the page's good
    paragraph text: the self-check of :func:`extract_story`, for a choice made elsewhere.
    """
    return _misses_story(list(containers), _held_by_ancestor(_good_text_by_parent(tree)), tree)

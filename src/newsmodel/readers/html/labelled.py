"""Blocks a page introduces with a label line instead of a class name.

Pages built before class names said anything (table layouts, forums, 2008 news) set their
related links and reader comments under a bold line: "<b>Related articles</b>" over links
set apart by ``<br>``, "<b>Comments</b>" over a run of alike boxes. The label's whole text
says what follows (:data:`~.vocabulary.RELATED_LABEL`, :data:`~.vocabulary.COMMENTS_LABEL`);
the shape of what follows says where it ends:

- **related links**: the links right after the label, each alone between ``<br>`` (or
  separators such as "|"), else the links of a list right after it, one an item;
- **a comment thread**: the run of boxes right after the label that share one tag and
  one set of attributes (the ``<table>`` or ``<div>`` a script wrote per comment); not a
  list, which is as often a sidebar's recent comments on other stories. The first box
  must read as a comment (words, not mostly links, no form), and a lone box must not be
  named by a class or id: that is a section holding a script's thread, a reply form or
  a "no comments yet" notice.

A label is a leaf element (a heading, ``<b>``, ``<font>``...), not in a page's
navigation, header or footer, and the wrappers around it that show nothing else
(``<p><b>Comments</b></p>``); what follows is what follows the outermost of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html

from ..._whitespace import collapse
from ._text import link_text_length, text_of
from .vocabulary import COMMENTS_LABEL, LINE_LINKS_SHARE_MAX, RELATED_LABEL

__all__ = ["Signature", "comment_boxes", "related_anchors", "signature"]

Signature = tuple[str, tuple[tuple[str, str], ...]]

_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "b", "strong", "font", "span", "p", "div", "td")
_PAGE_FRAME = frozenset({"nav", "footer", "header"})  # its "Related" links are the site's
_LABEL_CHARS_MAX = 40  # a longer line is a sentence that may mention comments
# Between a label's links, besides <br>: text that is a separator only.
_SEPARATOR = re.compile(r"^[\s|·•»›\-–—/,;]*$")
_LINK_WRAPPERS = frozenset({"font", "span", "b", "strong", "small", "i", "em", "li"})
_SKIPPED = frozenset({"br", "hr"})  # between a thread's boxes
_LISTS = frozenset({"ul", "ol"})
_BOX_TAGS = frozenset({"table", "div"})
_UNIQUE_ATTRIBUTES = frozenset({"id", "name"})  # differ from one box to the next
_FORM_TAGS = ("form", "input", "textarea", "button", "select")
_WORD = re.compile(r"[^\W\d_]")  # a letter: a count ("0") says nothing


def related_anchors(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The links set under the page's related labels, in page order."""
    found: list[lxml.html.HtmlElement] = []
    for label in _labels(tree, RELATED_LABEL):
        found.extend(_links_after(label))
    return found


def comment_boxes(
    tree: lxml.html.HtmlElement,
) -> tuple[lxml.html.HtmlElement, list[lxml.html.HtmlElement]] | None:
    """The first comments label that heads a run of comment boxes, and the boxes: each a
    comment, its replies the boxes of its shape nested in it."""
    for label in _labels(tree, COMMENTS_LABEL):
        boxes = _boxes_after(label)
        if boxes:
            return label, boxes
    return None


def signature(element: lxml.html.HtmlElement) -> Signature:
    """What the boxes of one thread share: their tag and attributes, but ids and names."""
    attributes = sorted((k, v) for k, v in element.attrib.items() if k not in _UNIQUE_ATTRIBUTES)
    return str(element.tag), tuple(attributes)


def _labels(
    tree: lxml.html.HtmlElement, words: re.Pattern[str]
) -> Iterator[lxml.html.HtmlElement]:
    """The outermost wrappers of the leaf elements whose whole text ``words`` matches."""
    for element in tree.iter(*_LABEL_TAGS):
        if len(element) or not element.text or len(element.text) > _LABEL_CHARS_MAX:
            continue
        if words.match(element.text) and not any(
            a.tag in _PAGE_FRAME for a in element.iterancestors()
        ):
            yield _outermost(element)


def _outermost(label: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The label with the wrappers around it that hold nothing else."""
    parent = label.getparent()
    while (
        parent is not None
        and parent.tag not in ("body", "td", "th", "li")
        and len(parent) == 1
        and not (parent.text or "").strip()
        and not (label.tail or "").strip()
    ):
        label, parent = parent, parent.getparent()
    return label


def _links_after(label: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The links right after the label, each alone between ``<br>`` or separators; else
    the links of a list right after it."""
    found: list[lxml.html.HtmlElement] = []
    if not _SEPARATOR.match(label.tail or ""):
        return found
    for sibling in label.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag == "br":
            pass
        elif not found and sibling.tag in _LISTS:
            return [a for item in sibling if (a := _lone_link(item)) is not None]
        else:
            link = _lone_link(sibling)
            if link is None:
                break
            found.append(link)
        if not _SEPARATOR.match(sibling.tail or ""):
            break
    return found


def _lone_link(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The link the element is, or holds as nearly all its text."""
    if element.tag == "a":
        return element if element.get("href") else None
    if element.tag not in _LINK_WRAPPERS:
        return None
    links = [a for a in element.iter("a") if a.get("href")]
    if len(links) != 1:
        return None
    text = text_of(element)
    return links[0] if len(text_of(links[0])) >= LINE_LINKS_SHARE_MAX * len(text) else None


def _boxes_after(label: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The run of alike boxes right after the label, if the first reads as a comment (a
    list after it is a widget's recent comments on other stories as often as a thread)."""
    boxes: list[lxml.html.HtmlElement] = []
    shape: Signature | None = None
    for sibling in label.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _SKIPPED or _is_anchor(sibling):
            continue
        if shape is None:
            if sibling.tag not in _BOX_TAGS:
                break
            shape = signature(sibling)
        elif signature(sibling) != shape:
            break
        boxes.append(sibling)
    if not boxes or not _reads_as_comment(boxes[0]):
        return []
    if len(boxes) == 1 and (boxes[0].get("class") or boxes[0].get("id")):
        return []  # a section named for itself, holding a script's thread or a notice
    return boxes


def _is_anchor(element: lxml.html.HtmlElement) -> bool:
    """An ``<a name>`` or ``<a id>`` that marks a place: a comment's anchor."""
    return element.tag == "a" and not element.get("href") and not len(element)


def _reads_as_comment(box: lxml.html.HtmlElement) -> bool:
    """Words, not mostly links, and no form: a reply form or a sign-in box is no comment."""
    if next(box.iter(*_FORM_TAGS), None) is not None:
        return False
    text = collapse(text_of(box))
    return _WORD.search(text) is not None and link_text_length(box) <= (
        LINE_LINKS_SHARE_MAX * len(text)
    )

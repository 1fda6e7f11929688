"""Readers' comments in a page's markup, as the ``Comment`` tree.

The markup of WordPress and the themes that copy it: an ``ol``/``ul`` whose class names a
comment list, one ``li`` per comment, the author in ``.fn`` or ``.comment-author``, the
time in ``<time datetime>``, the text in ``.comment-content`` (or the comment's own
paragraphs), and replies in a nested list (``ol.children``).
"""

from __future__ import annotations

import datetime as dt
import re

import lxml.html
from dateutil.parser import isoparse

from ..._checks import text_problem
from ..._model import Comment, Person

__all__ = ["comments_in"]

_LIST = re.compile(r"(?:^|\s)(?:comment-?list|commentlist|comments-list)(?:$|\s)", re.I)
_COMMENT = re.compile(r"(?:^|\s)(?:comment|pingback|trackback)(?:$|\s)", re.I)
_SAYS = re.compile(r"\s*(?:says|said|wrote)\s*:?\s*$", re.I)
_MAX_DEPTH = 50


def comments_in(tree: lxml.html.HtmlElement) -> list[Comment]:
    """The page's comment threads, in page order (empty where it has no comment list)."""
    for listing in tree.iter("ol", "ul"):
        if _LIST.search(listing.get("class") or ""):
            return _thread(listing, 0)
    return []


def _thread(listing: lxml.html.HtmlElement, depth: int) -> list[Comment]:
    found = []
    for item in listing:
        if item.tag != "li" or not _COMMENT.search(item.get("class") or ""):
            continue
        comment = _comment(item, depth)
        if comment is not None:
            found.append(comment)
    return found


def _comment(item: lxml.html.HtmlElement, depth: int) -> Comment | None:
    nested = next((c for c in item if c.tag in ("ol", "ul") and _is_replies(c)), None)
    replies = _thread(nested, depth + 1) if nested is not None and depth < _MAX_DEPTH else []
    own = [e for e in item.iter() if isinstance(e.tag, str) and not _inside_replies(e, item)]
    content = next((e for e in own if "comment-content" in (e.get("class") or "")), None)
    paragraphs = content.iter("p") if content is not None else (e for e in own if e.tag == "p")
    text = "\n\n".join(t for t in (" ".join(p.text_content().split()) for p in paragraphs) if t)
    if not text and content is not None:
        text = " ".join(content.text_content().split())
    if not text or text_problem(text, blank_ok=False):
        return None
    author_node = next((e for e in own if "fn" in (e.get("class") or "").split()), None)
    if author_node is None:
        author_node = next((e for e in own if "comment-author" in (e.get("class") or "")), None)
    author = None
    if author_node is not None:
        name = _SAYS.sub("", " ".join(author_node.text_content().split()))
        author = Person(name) if name and not text_problem(name, blank_ok=False) else None
    return Comment(
        text,
        id=item.get("id") or None,
        author=author,
        date=_when(
            next((e.get("datetime") for e in own if e.tag == "time" and e.get("datetime")), None)
        ),
        replies=replies,
    )


def _inside_replies(element: lxml.html.HtmlElement, item: lxml.html.HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is item:
            return False
        if ancestor.tag in ("ol", "ul") and _is_replies(ancestor):
            return True
    return False


def _is_replies(listing: lxml.html.HtmlElement) -> bool:
    return "children" in (listing.get("class") or "").split()


def _when(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = isoparse(value.strip())
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.utcoffset() is not None else None

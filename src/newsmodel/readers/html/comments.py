"""Readers' comments in a page's markup, as the ``Comment`` tree.

Three kinds of markup are read, the first that gives comments wins:

1. **Comment lists**, the markup of WordPress and of the themes and plugins that copy it: an
   ``ol``/``ul`` whose class names a comment list (``comment-list``, ``commentlist``,
   ``comments_list``, ``nv-comments-list``, the block themes' ``wp-block-comment-template``),
   one ``li.comment`` (or ``.pingback``, ``.trackback``) per comment. A comment here needs
   only a text.
2. **Comment threads** of other systems (Drupal, wpDiscuz, Substack, newspaper CMSs): a
   container whose class or id names comments (``#comments``, ``.comments``,
   ``.comment-thread``, ``.comment-wrapper``, ``.fig-comments__list``, ``commentsSection``)
   holding items (``li``, ``article``, ``div``, ``section``) whose class names one comment
   (``comment``, ``fig-comment``, ``comment-item``). Here a comment needs all three of an
   author, a time and a text, so that teasers, related posts and review widgets never become
   comments.
3. **Labelled threads**, on a page with neither (table layouts, forums): the run of alike
   boxes under a "Comments" label, read by their shape (:mod:`.labelled`,
   :mod:`.threads`).

The parts of one comment, in its own markup (not inside its replies):

- the **text**: the element named ``comment-content`` (WordPress) or Drupal's comment body
  field, else the first element whose class names a text, content, body or message and that
  holds neither the author nor the time; its paragraphs, else its text. Without one, the
  comment's own paragraphs (comment lists only).
- the **author**: ``.fn``, else ``.comment-author``, else an element whose class names an
  author, user, name or nick (not an avatar, headline or action), else the first short link
  before the text; "says" and a leading "by" are dropped.
- the **time**: a ``datetime`` attribute, Drupal's ``data-comment-timestamp``, else an ISO
  8601 value in the ``title``, ``content`` or text of an element whose class names a date or
  time. Only a time with a UTC offset becomes the comment's date; "2 days ago" or a day alone
  still shows that the item is a comment, but gives no date.

Replies are the comments nested in a comment's element (``ol.children``, a nested list or
container), the comments in a Drupal ``div.indented`` right after it, or, in a flat list,
the items that follow it with a deeper ``depth-N``/``level-N`` class. An item holding
nothing but one comment and its replies (``li.comment > article.comment``) is read as that
comment; an element classed ``comment`` inside a comment with no author or time of its own
(a content wrapper) is part of that comment, not a reply.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import warnings
from collections.abc import Iterable, Iterator

import attrs
import lxml.html
from dateutil.parser import isoparse
from lxml import etree

from ... import limits
from ..._checks import text_problem
from ..._dates import parse_moment
from ..._model import Comment, Person
from ..._whitespace import collapse
from ...errors import ReadWarning
from .labelled import comment_boxes
from .threads import fits_a_name, thread_of
from .vocabulary import BYLINE_PREFIX

__all__ = ["comments_in"]

_ITEM_TAGS = frozenset({"li", "article", "div", "section"})
_CONTAINER_TAGS = frozenset({"div", "section", "ol", "ul", "aside", "article", "details", "main"})
_LIST_TAGS = frozenset({"ol", "ul"})
_INVISIBLE = frozenset({"script", "style", "noscript", "template"})
# Words (from class and id names split at "-", "_" and camelCase) with a meaning here.
_CONTAINER_AFTER = frozenset(
    {
        "list",
        "thread",
        "threads",
        "section",
        "area",
        "wrapper",
        "wrap",
        "container",
        "items",
        "tree",
        "block",
        "content",
        "inner",
        "holder",
        "box",
        "root",
        "template",
    }
)
_NOT_CONTAINER_BEFORE = frozenset(
    {"has", "no", "show", "hide", "toggle", "load", "more", "open", "view", "count", "add"}
    | {"leave", "write", "recent", "latest", "widget", "jp", "fb", "disqus"}
)
_NOT_CONTAINER_AFTER = frozenset({"content", "inner"})  # "comment-content" is one comment's
# What an element of a comment is, by the last word of one of its class names that is not
# a wrapper's: "comment__author", "wpd-comment-date", "commentText", "comment-date-container".
_WRAPPER_WORDS = frozenset({"link", "wrap", "wrapper", "container", "box", "inner", "holder"})
_AUTHOR = "author"
_TIME = "time"
_TEXT = "text"
_ROLE_WORDS = {
    _AUTHOR: ("author", "user", "username", "name", "fn", "nick", "nickname", "commenter"),
    _TIME: ("date", "time", "timestamp", "datetime", "posted", "published", "submitted", "ago"),
    _TEXT: ("text", "content", "body", "message"),
}
_ROLES = {word: role for role, words in _ROLE_WORDS.items() for word in words}
_COMMENT_ITEM = frozenset({"comment", "pingback", "trackback"})
_DRUPAL_BODY = re.compile(r"(?:^|\s)field-{1,2}name-comment-body(?:$|\s)")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_SPLIT = re.compile(r"[-_/]+")
_DEPTH = re.compile(r"(?:^|[-_])(?:depth|level)[-_]?(\d{1,2})$", re.I)
_SAYS = re.compile(r"\s*(?:says|said|wrote)\s*:?\s*$", re.I)
_TAG = re.compile(r"</?[a-z][^<>]*>", re.I)
_NOT_TEXT_TAGS = frozenset(
    {"a", "time", "form", "textarea", "button", "aside", "nav", "header", "footer", "menu"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NOT_A_NAME = re.compile(
    r"^(?:reply|antworten|répondre|responder|rispondi|permalink|link|edit|delete|report|"
    r"flag|share|like|quote|cancel|log ?in|sign ?in|anonymous)$",
    re.I,
)
_MAX_DATE_TEXT = 40
_LONGEST_CACHED = 200  # characters of a class or id name whose words are cached


def comments_in(tree: lxml.html.HtmlElement) -> list[Comment]:
    """The page's comment threads, in page order (empty where it has none).

    ``tree`` may also be one element of a page (a site adapter's comment section); an
    element that is not itself named as comments is then read as a comment thread.
    """
    for listing in tree.iter(*_LIST_TAGS):
        classes = listing.get("class") or ""
        if "comment" not in classes.lower():  # in every name that counts; cheap to test
            continue
        if any(_names_list(token) for token in classes.split()):
            found = _thread(_items(listing), strict=False)
            if found:
                return found
    tried = False
    walk = etree.iterwalk(tree, events=("start",), tag=tuple(_CONTAINER_TAGS))
    for _, container in walk:
        if not _names_comments(container):
            continue
        tried = True
        found = _thread(_items(container), strict=True)
        if found:
            return found
        walk.skip_subtree()  # a container inside a tried one is not tried again
    if tree.getparent() is not None:  # an element a site adapter selected
        return [] if tried else _thread(_items(tree), strict=True)
    labelled = comment_boxes(tree)
    return thread_of(labelled[1]) if labelled else []


@attrs.define
class _Draft:
    """A comment while its thread is built (flat lists attach replies afterwards)."""

    text: str
    id: str | None
    author: Person | None
    date: dt.datetime | None
    depth: int | None
    replies: list[_Draft]

    def freeze(self) -> Comment:
        return Comment(
            self.text,
            id=self.id,
            author=self.author,
            date=self.date,
            replies=[reply.freeze() for reply in self.replies],
        )


def _thread(items: Iterable[lxml.html.HtmlElement], *, strict: bool) -> list[Comment]:
    return [draft.freeze() for draft in _drafts(items, strict=strict, level=0)]


def _drafts(items: Iterable[lxml.html.HtmlElement], *, strict: bool, level: int) -> list[_Draft]:
    """The comments among ``items`` (siblings in a thread); deeper ``depth-N`` items in a
    flat list become replies to the shallower item before them."""
    top: list[_Draft] = []
    open_: list[_Draft] = []  # the chain of comments a deeper item can answer
    for item in items:
        if not _is_comment(item, strict=strict):
            continue
        draft = _draft(item, strict=strict, level=level)
        if draft is None:
            continue
        if draft.depth is None:
            top.append(draft)
            open_ = []
            continue
        while open_ and (open_[-1].depth or 0) >= draft.depth:
            open_.pop()
        (open_[-1].replies if open_ else top).append(draft)
        open_.append(draft)
    return top


def _draft(item: lxml.html.HtmlElement, *, strict: bool, level: int) -> _Draft | None:
    nested = [n for n in _items(item) if _is_comment(n, strict=strict)]
    own = list(_own(item, nested))
    if nested and not _has_text(item, nested):  # a shell around one comment and its replies
        inner = _draft(nested[0], strict=strict, level=level)
        if inner is None:
            return None
        inner.id = item.get("id") or inner.id
        inner.depth = _depth(item) or inner.depth
        inner.replies.extend(_replies(nested[1:], strict=strict, level=level))
        return inner
    author_node = _author_node(own)
    time_nodes = [e for e in own if _is_time(e)]
    text, used = _text(own, _content(own, author_node, time_nodes), author_node, time_nodes)
    if not text or text_problem(text, blank_ok=False):
        return None
    if strict and author_node is None:
        author_node = _author_link(own, used, time_nodes)
    if strict and (author_node is None or not (time_nodes or _written_time(own, used))):
        return None
    replies: list[lxml.html.HtmlElement] = list(nested)
    indented = _indented_after(item)
    if indented is not None:
        replies.extend(_items(indented))
    return _Draft(
        text,
        id=item.get("id") or _anchor_before(item),
        author=_person(author_node) if author_node is not None else None,
        date=_date(time_nodes, own),
        depth=_depth(item),
        replies=_replies(replies, strict=strict, level=level),
    )


def _replies(items: list[lxml.html.HtmlElement], *, strict: bool, level: int) -> list[_Draft]:
    """The replies to a comment at ``level``; none, with a warning, past the depth cap."""
    if level < limits.MAX_COMMENT_DEPTH:
        return _drafts(items, strict=strict, level=level + 1)
    if any(_is_comment(item, strict=strict) for item in items):
        warnings.warn(
            f"comment replies nested more than {limits.MAX_COMMENT_DEPTH} levels deep "
            "(newsmodel.limits.MAX_COMMENT_DEPTH); left out",
            ReadWarning,
            stacklevel=2,
        )
    return []


# -- finding items ------------------------------------------------------------------------


def _items(element: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The comment items nearest below ``element``, in page order; a Drupal ``.indented``
    block after an item is left for that item's replies."""
    found: list[lxml.html.HtmlElement] = []
    stack: list[Iterator[lxml.html.HtmlElement]] = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str):
            continue
        if _is_item(child):
            found.append(child)
        elif not (_is_indented(child) and _item_before(child) is not None):
            stack.append(iter(child))
    return found


def _is_item(element: lxml.html.HtmlElement) -> bool:
    if element.tag not in _ITEM_TAGS:
        return False
    for token in (element.get("class") or "").split():
        words = _words(token)
        if len(words) == 1 and words[0] in _COMMENT_ITEM:
            return True
        if len(words) > 1 and words[-1] == "comment":  # fig-comment, wpd-comment
            return True
        if words[-2:] in (("comment", "item"), ("comments", "item")):
            return True
    return False


def _is_comment(item: lxml.html.HtmlElement, *, strict: bool) -> bool:
    """An item that is a comment, not a wrapper classed "comment" inside one: a list item
    of a comment list, or an item with an author or a time (or a written date) inside."""
    if not strict and item.tag == "li":
        return True
    return any(
        _is_time(e) or _is_author(e) or _dated_title(e) or _is_date((e.text or "").strip())
        for e in item.iterdescendants()
        if isinstance(e.tag, str)
    )


def _is_indented(element: lxml.html.HtmlElement) -> bool:
    return "indented" in (element.get("class") or "").split()


def _item_before(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for sibling in element.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or (sibling.tag == "a" and not len(sibling)):
            continue
        return sibling if _is_item(sibling) else None
    return None


def _indented_after(item: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for sibling in item.itersiblings():
        if not isinstance(sibling.tag, str) or (sibling.tag == "a" and not len(sibling)):
            continue
        return sibling if _is_indented(sibling) else None
    return None


def _anchor_before(item: lxml.html.HtmlElement) -> str | None:
    """The id of an empty ``<a id>`` right before the item (Drupal's anchors)."""
    previous = item.getprevious()
    if previous is not None and previous.tag == "a" and not previous.text_content().strip():
        return previous.get("id") or None
    return None


def _own(
    item: lxml.html.HtmlElement, nested: list[lxml.html.HtmlElement]
) -> Iterator[lxml.html.HtmlElement]:
    """The item's elements in page order, leaving out the comments nested in it."""
    skipped = {id(n) for n in nested}
    stack: list[Iterator[lxml.html.HtmlElement]] = [iter(item)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str) or id(child) in skipped or child.tag in _INVISIBLE:
            continue
        yield child
        stack.append(iter(child))


# -- names ------------------------------------------------------------------------------


def _words(token: str) -> tuple[str, ...]:
    """The words of a class or id name; read once per name, as the same names recur in
    every comment of a thread (a name too long to be a template's is not kept)."""
    return _cached_words(token) if len(token) <= _LONGEST_CACHED else _split_words(token)


def _split_words(token: str) -> tuple[str, ...]:
    return tuple(w for w in _SPLIT.split(_CAMEL.sub(r"\1-\2", token).lower()) if w)


_cached_words = functools.lru_cache(maxsize=4096)(_split_words)


def _roles(element: lxml.html.HtmlElement) -> set[str]:
    """What the element's class names say it is: an author, a time, a text."""
    found = set()
    for token in (element.get("class") or "").split():
        words = [w for w in _words(token) if w not in _WRAPPER_WORDS]
        if words and words[-1] in _ROLES:
            found.add(_ROLES[words[-1]])
    return found


def _names_list(token: str) -> bool:
    """A class naming a comment list: ``comment-list``, ``commentlist``, ``comments_list``,
    ``nv-comments-list``, ``wp-block-comment-template``."""
    words = _words(token)
    if words[-1:] in (("commentlist",), ("commentslist",)):
        return True
    return words[-2:] in (("comment", "list"), ("comments", "list"), ("comment", "template"))


def _names_comments(element: lxml.html.HtmlElement) -> bool:
    """A class or id naming a comment section: ``comments``, ``comment-thread``,
    ``post-comments``, ``fig-comments__list``; not ``has-comments``, ``comment-content``."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if "comment" not in names.lower():  # in every name that counts; cheap to test
        return False
    for words in map(_words, names.split()):
        # the words from ``wrappers_from`` on are all container words: one pass each way
        wrappers_from = len(words)
        while wrappers_from and words[wrappers_from - 1] in _CONTAINER_AFTER:
            wrappers_from -= 1
        for index, word in enumerate(words):
            if index + 1 >= wrappers_from:  # nothing but container words after it
                if word == "comment":  # one comment's part unless a section word follows
                    named = index + 1 < len(words) and words[index + 1] not in _NOT_CONTAINER_AFTER
                else:
                    named = word in ("comments", "commentlist", "commentslist")
                if named:
                    return True
            if word in _NOT_CONTAINER_BEFORE:
                break  # "has-comments", "load-more-comments": no word after it names one
    return False


# -- one comment's parts ------------------------------------------------------------------


def _is_author(element: lxml.html.HtmlElement) -> bool:
    return _AUTHOR in _roles(element)


def _is_time(element: lxml.html.HtmlElement) -> bool:
    if element.tag == "time" or element.get("datetime") or element.get("data-comment-timestamp"):
        return True
    return _TIME in _roles(element)


def _author_node(own: list[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    found = next((e for e in own if "fn" in (e.get("class") or "").split()), None)
    if found is not None:
        return found
    found = next(
        (
            e
            for e in own
            if "comment-author" in (e.get("class") or "")
            and e.tag not in ("ol", "ul", "li")  # "comment-author-NAME" marks a user's comment
        ),
        None,
    )
    if found is None:
        found = next((e for e in own if _is_author(e) and _name(e)), None)
    if found is None:
        return None
    # a block around the name, the avatar and perhaps the time: the name's own element
    return next((e for e in found.iterdescendants() if _is_author(e) and _name(e)), found)


def _is_wordpress_author(element: lxml.html.HtmlElement) -> bool:
    names = element.get("class") or ""
    return "fn" in names.split() or "comment-author" in names


def _author_link(
    own: list[lxml.html.HtmlElement],
    used: list[lxml.html.HtmlElement],
    time_nodes: list[lxml.html.HtmlElement],
) -> lxml.html.HtmlElement | None:
    """The first short link before the comment's text, not a time, subject or action."""
    text = {id(e) for e in used}
    holds_time = _holders(time_nodes)
    for element in own:
        if id(element) in text:
            return None  # the text starts
        if element.tag != "a" or not element.get("href") or _in_heading(element):
            continue
        if element in holds_time:
            continue
        name = _name(element)
        if name and not _NOT_A_NAME.match(name) and parse_moment(name) is None:
            return element
    return None


def _in_heading(element: lxml.html.HtmlElement) -> bool:
    """Inside a heading: a comment's subject, not its author."""
    return any(a.tag in _HEADINGS for a in element.iterancestors())


def _name(element: lxml.html.HtmlElement) -> str | None:
    """The author's name an element gives; only WordPress's own author elements may give a
    long one (a pseudonym can be a sentence)."""
    name = collapse(_TAG.sub("", element.text_content()))  # markup shown as text
    if _is_wordpress_author(element):
        name = _SAYS.sub("", name)
        return name if name and not text_problem(name, blank_ok=False) else None
    name = BYLINE_PREFIX.sub("", _SAYS.sub("", name))
    return name if fits_a_name(name) else None


def _person(element: lxml.html.HtmlElement) -> Person | None:
    name = _name(element)
    return Person(name) if name else None


def _content(
    own: list[lxml.html.HtmlElement],
    author: lxml.html.HtmlElement | None,
    times: list[lxml.html.HtmlElement],
) -> lxml.html.HtmlElement | None:
    """The element holding the comment's text."""
    for element in own:
        if "comment-content" in (element.get("class") or ""):
            return element
    for element in own:
        if _DRUPAL_BODY.search(element.get("class") or ""):
            return element
    holds_mark = _holders([m for m in (author, *times) if m is not None])
    for element in own:
        if (
            element.tag not in _NOT_TEXT_TAGS
            and _TEXT in _roles(element)
            and element not in holds_mark
            and element.text_content().strip()
        ):
            return element
    return None


def _holders(marks: list[lxml.html.HtmlElement]) -> set[lxml.html.HtmlElement]:
    """The marks and every element around them: one set, so that "does it hold a mark?"
    is one lookup per element, not a walk per mark."""
    found: set[lxml.html.HtmlElement] = set()
    for mark in marks:
        for element in itertools.chain((mark,), mark.iterancestors()):
            if element in found:
                break  # and so are the elements around it
            found.add(element)
    return found


def _text(
    own: list[lxml.html.HtmlElement],
    content: lxml.html.HtmlElement | None,
    author: lxml.html.HtmlElement | None,
    times: list[lxml.html.HtmlElement],
) -> tuple[str, list[lxml.html.HtmlElement]]:
    """The comment's text, and the elements it was read from."""
    if content is not None:
        inside = {id(e) for e in own}
        paragraphs = [p for p in content.iter("p") if id(p) in inside or p is content]
    else:
        holds_mark = _holders([m for m in (author, *times) if m is not None])
        paragraphs = [e for e in own if e.tag == "p" and e not in holds_mark]
    text = "\n\n".join(t for t in map(_plain, paragraphs) if t)
    if not text and content is not None:
        return _plain(content), [content]
    return text, paragraphs


def _plain(element: lxml.html.HtmlElement) -> str:
    """The element's text, whitespace-normalised, with a line break as a space."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node.tag == "br":
                parts.append(" ")
            elif isinstance(node.tag, str) and node.text and node.tag not in _INVISIBLE:
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return collapse("".join(parts))


def _has_text(item: lxml.html.HtmlElement, nested: list[lxml.html.HtmlElement]) -> bool:
    """Whether the item has text of its own, outside the comments nested in it."""
    if (item.text and item.text.strip()) or any(n.tail and n.tail.strip() for n in nested):
        return True
    return any(
        (e.text and e.text.strip()) or (e.tail and e.tail.strip()) for e in _own(item, nested)
    )


def _written_time(own: list[lxml.html.HtmlElement], used: list[lxml.html.HtmlElement]) -> bool:
    """Whether an element outside the text gives a date in its title or as its whole text."""
    in_text = {inner for element in used for inner in element.iter()}
    for element in own:
        if element in in_text:
            continue
        if _dated_title(element) or _is_date((element.text or "").strip()):
            return True
    return False


def _dated_title(element: lxml.html.HtmlElement) -> bool:
    return _is_date((element.get("title") or "").strip())


def _is_date(value: str) -> bool:
    return bool(value) and len(value) <= _MAX_DATE_TEXT and parse_moment(value) is not None


def _date(
    times: list[lxml.html.HtmlElement], own: list[lxml.html.HtmlElement]
) -> dt.datetime | None:
    for element in times:
        found = _aware(element.get("datetime"))
        if found is not None:
            return found
    for element in own:
        stamp = (element.get("data-comment-timestamp") or "").strip()
        if stamp.isdigit():
            try:
                return dt.datetime.fromtimestamp(int(stamp), dt.timezone.utc)
            except (OverflowError, OSError, ValueError):
                continue
    for element in times:
        for value in (element.get("content"), element.get("title"), element.text_content()):
            found = _aware(value)
            if found is not None:
                return found
    return None


def _aware(value: str | None) -> dt.datetime | None:
    if not value or not value.strip():
        return None
    try:
        parsed = isoparse(value.strip())
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.utcoffset() is not None else None


def _depth(item: lxml.html.HtmlElement) -> int | None:
    for token in (item.get("class") or "").split():
        match = _DEPTH.search(token)
        if match:
            return int(match.group(1))
    return None

"""What every feed format's item gives, and the one place that makes it an article.

The format readers only collect (:class:`ItemDraft`, :class:`FeedDraft`); the rules of
what an item must hold are decided here, once for RSS, Atom and JSON Feed:

- the headline is the item's title, HTML reduced to text; an item with no title takes the
  first sentence of its description (else of its content), with a warning; an item with
  neither (nor content) is no article and is left out, with a warning;
- the description is text (HTML reduced); the body, the blocks of the full content; a
  title or description that is HTML only where it looks like HTML (RSS's, which never
  says: :func:`newsmodel._feedtext.looks_like_html`) is read as text otherwise, and
  reducing HTML that leaves out what may have been text says so, with a warning;
- an item with no images of its own takes its content's pictures;
- a date-time without a zone keeps its day, with a warning; a date that cannot be read is
  left out, with a warning, and so is a modification date before the publication;
- a value the model refuses (a language tag such as ``english``, an address that is not
  absolute) is kept in ``extra`` under the feed's own name for it, with a warning;
- addresses are resolved against the item's ``xml:base``, then the feed's address, then
  the feed's own link.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any

import attrs

from ... import limits
from ..._checks import text_problem
from ..._feedtext import looks_like_html
from ..._jsonvalue import FrozenMapping, JSONValue
from ..._listing import Listing, ListingKind
from ..._model import Article, Block, Figure, Image, Organization, Person
from ..._whitespace import collapse
from ...errors import InvalidValueError, ReadWarning
from ...source import Source
from ._address import absolute
from ._dates import parse_feed_date
from ._markup import html_blocks, html_text, text_blocks

__all__ = ["FeedDraft", "ItemDraft", "Reporter", "listing_of", "person_of"]

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)")
_MAX_HEADLINE = 200  # characters of a headline taken from a description
_EMAIL_WITH_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")
_NAME_WITH_EMAIL = re.compile(r"^\s*(?P<name>[^<]+?)\s*<\S+@\S+>\s*$")
_REQUIRED = frozenset({"headline", "kind"})  # fields no article or listing goes without
_EMAIL = re.compile(r"^\s*[^\s@()<>]+@[^\s@()<>]+\s*$")


class Reporter:
    """Says, in a :class:`~newsmodel.ReadWarning`, what a reader repaired or left out."""

    def __init__(self, source: Source, format: str) -> None:
        self.source = source
        self.format = format

    def warn(self, where: str, message: str) -> None:
        place = f" {where}" if where else ""
        warnings.warn(
            f"{self.source.name}: {self.format}{place}: {message}", ReadWarning, stacklevel=3
        )


@attrs.define
class ItemDraft:
    """What one item of a feed gives, as the feed writes it.

    ``title`` and ``description`` hold HTML where ``*_html`` is True, text where it is
    False, and either where it is None (HTML when it looks like it); the dates are
    the texts written; ``extra`` holds the feed's values the model does not name.
    """

    where: str
    title: str | None = None
    title_html: bool | None = None
    description: str | None = None
    description_html: bool | None = None
    content_html: str | None = None
    content_text: str | None = None
    link: str | None = None
    base: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[Person | Organization] = attrs.field(factory=list)
    keywords: list[str] = attrs.field(factory=list)
    images: list[Image] = attrs.field(factory=list)
    language: str | None = None
    id: str | None = None
    author_emails: list[str] = attrs.field(factory=list)
    enclosures: list[dict[str, JSONValue]] = attrs.field(factory=list)
    extra: dict[str, JSONValue] = attrs.field(factory=dict)


@attrs.define
class FeedDraft:
    """What a feed says of itself, as written, and its items."""

    kind: ListingKind
    title: str | None = None
    title_html: bool | None = None
    link: str | None = None
    feed_url: str | None = None
    base: str | None = None
    description: str | None = None
    description_html: bool | None = None
    language: str | None = None
    updated: str | None = None
    publisher: str | None = None
    image: str | None = None
    items: list[ItemDraft] = attrs.field(factory=list)
    extra: dict[str, JSONValue] = attrs.field(factory=dict)


def listing_of(draft: FeedDraft, reporter: Reporter) -> Listing:
    """The listing a feed's draft gives: every item that can be an article, in order."""
    base = draft.base or reporter.source.url
    link = absolute(draft.link, base)
    base = base or link
    extra = dict(draft.extra)
    language = draft.language and collapse(draft.language)
    fields: dict[str, Any] = {
        "kind": draft.kind,
        "title": _text(draft.title, draft.title_html, "title", reporter, ""),
        "url": link,
        "feed_url": absolute(draft.feed_url, base),
        "description": _text(
            draft.description, draft.description_html, "description", reporter, ""
        ),
        "language": language or None,
        "updated": _date(draft.updated, "updated", reporter, ""),
        "publisher": _organization(draft.publisher),
        "image": _image(draft.image, base),
    }
    items = list(_articles(draft.items, base, fields["language"], reporter))
    listing: Listing = _built(Listing, fields, extra, reporter, "", items=items)
    return listing


def _articles(
    drafts: list[ItemDraft], base: str | None, language: str | None, reporter: Reporter
) -> Iterator[Article]:
    for index, draft in enumerate(drafts):
        if index == limits.FEED_MAX_ITEMS:
            reporter.warn(
                "",
                f"the feed holds more than {limits.FEED_MAX_ITEMS} items "
                f"(newsmodel.limits.FEED_MAX_ITEMS); the {len(drafts) - index} after "
                "them were not read",
            )
            return
        article = _article(draft, base, language, reporter)
        if article is not None:
            yield article


def _article(
    draft: ItemDraft, base: str | None, language: str | None, reporter: Reporter
) -> Article | None:
    where = draft.where + (f" ({draft.id})" if draft.id else "")
    if draft.base:
        base = absolute(draft.base, base) or base
    headline = _text(draft.title, draft.title_html, "title", reporter, where)
    description = _text(draft.description, draft.description_html, "description", reporter, where)
    body = _body(draft, base)
    if not headline:
        headline = _first_sentence(description or _body_text(body))
        if not headline:
            reporter.warn(where, "has neither a title nor a description; left out")
            return None
        taken_from = "description" if description else "content"
        reporter.warn(
            where, f"has no title; its headline is its {taken_from}'s first sentence: {headline!r}"
        )
    extra = dict(draft.extra)
    if draft.id:
        extra["id"] = draft.id
    if draft.author_emails:
        extra["author_emails"] = tuple(draft.author_emails)
    if draft.enclosures:
        extra["enclosures"] = tuple(FrozenMapping(e) for e in draft.enclosures)
    url = absolute(draft.link, base)
    if draft.link and url is None:
        reporter.warn(where, f"its link {draft.link!r} is not an http(s) address; kept in extra")
        extra["link"] = draft.link
    fields: dict[str, Any] = {
        "headline": headline,
        "description": description,
        "body": body,
        "url": url,
        "date_published": _date(draft.published, "published", reporter, where),
        "date_modified": _date(draft.modified, "modified", reporter, where),
        "authors": draft.authors,
        "keywords": list(dict.fromkeys(k for k in map(collapse, draft.keywords) if k)),
        "images": list({image.url: image for image in draft.images or _pictures(body)}.values()),
        "language": (draft.language and collapse(draft.language)) or language,
    }
    article: Article | None = _built(Article, fields, extra, reporter, where)
    return article


def _built(
    kind: type[Any],
    fields: dict[str, Any],
    extra: dict[str, JSONValue],
    reporter: Reporter,
    where: str,
    **more: Any,
) -> Any:
    """``kind`` made of ``fields``; a field it refuses is kept in ``extra`` (dates and
    other values as text), with a warning, and the rest made again."""
    for _ in range(len(fields) + 1):
        try:
            return kind(**fields, **more, extra=extra)
        except InvalidValueError as error:
            if error.field in _REQUIRED or fields.get(error.field) in (None, (), []):
                reporter.warn(where, f"{error}; left out")
                return None
            value = fields.pop(error.field)
            reporter.warn(where, f"{error.reason}; its {error.field} is kept in extra")
            extra[error.field] = _json(value)
    return None


def _json(value: object) -> JSONValue:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return repr(value)


def _text(
    value: str | None, html: bool | None, name: str, reporter: Reporter, where: str
) -> str | None:
    """A title or description as text: HTML reduced where it is (or, ``html`` None, looks
    like) HTML, with a warning naming what the reduction left out."""
    if value is None:
        return None
    if html is None:
        html = looks_like_html(value)
    if html:
        text, left_out = html_text(value)
        if left_out:
            reporter.warn(
                where, f"its {name} is HTML; reduced to text, it leaves out {', '.join(left_out)}"
            )
    else:
        text = collapse(value)
    return text if text and not text_problem(text, blank_ok=False) else None


def _body(draft: ItemDraft, base: str | None) -> tuple[Block, ...]:
    if draft.content_html and draft.content_html.strip():
        return html_blocks(draft.content_html, base)
    if draft.content_text:
        return text_blocks(draft.content_text)
    return ()


def _pictures(body: tuple[Block, ...]) -> list[Image]:
    """The images of the body's figures: an item's pictures when it names none."""
    return [block.image for block in body if isinstance(block, Figure)]


def _body_text(body: tuple[Block, ...]) -> str:
    first = next((block for block in body if hasattr(block, "text")), None)
    return str(getattr(first, "text", "")) if first is not None else ""


def _first_sentence(text: str | None) -> str | None:
    if not text:
        return None
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(sentence) > _MAX_HEADLINE:
        cut = sentence.rfind(" ", 0, _MAX_HEADLINE)
        sentence = sentence[: cut if cut > 0 else _MAX_HEADLINE] + "…"
    return sentence


def _date(text: str | None, name: str, reporter: Reporter, where: str) -> Any:
    if not text or not text.strip():
        return None
    found = parse_feed_date(text)
    if found.problem:
        left = "" if found.value is not None else "; left out"
        reporter.warn(where, f"its {name} date {text.strip()!r} {found.problem}{left}")
    return found.value


def _organization(name: str | None) -> Organization | None:
    text = collapse(name or "")
    return Organization(text) if text and not text_problem(text, blank_ok=False) else None


def _image(url: str | None, base: str | None) -> Image | None:
    address = absolute(url, base)
    return Image(address) if address else None


def person_of(text: str | None, url: str | None = None) -> Person | str | None:
    """The person an author line names: ``"jo@example.com (Jo Roe)"`` and
    ``"Jo Roe <jo@example.com>"`` are Jo Roe; a bare address is returned as text (it names
    no one), for the caller to keep."""
    if text is None:
        return None
    line = collapse(text)
    if not line:
        return None
    found = _EMAIL_WITH_NAME.match(line) or _NAME_WITH_EMAIL.match(line)
    if found:
        line = collapse(found.group("name"))
    elif _EMAIL.match(line):
        return line
    if text_problem(line, blank_ok=False):
        return None
    return Person(line, url=url)

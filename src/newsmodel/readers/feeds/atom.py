"""Reads Atom 1.0 feeds (RFC 4287).

Text constructs are read by their ``type`` (``text``, ``html``, ``xhtml``); addresses are
resolved against ``xml:base`` as it changes from the feed to the entry to the link; an
entry without authors takes the feed's, as RFC 4287 says. See :doc:`/feeds` for the
table of what each element becomes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from ..._listing import Listing, ListingKind
from ..._model import Article, Organization, Person
from ..._xml import parse_xml, xml_head
from ...source import Source
from ._address import absolute
from ._elements import based, markup_in, text_in
from ._items import FeedDraft, ItemDraft, Reporter, listing_of
from ._media import attachment, image_of, is_image

__all__ = ["AtomReader", "reader"]

_NS = "http://www.w3.org/2005/Atom"
_A = f"{{{_NS}}}"
_XML = "{http://www.w3.org/XML/1998/namespace}"
_XHTML_DIV = "{http://www.w3.org/1999/xhtml}div"

_SIGNATURE = re.compile(
    r"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE\s[^>\[]*(?:\[.*?\])?\s*>\s*)*"
    r"<(?:[\w.-]+:)?feed\b[^>]*http://www\.w3\.org/2005/Atom",
    re.DOTALL,
)


class AtomReader:
    """The ``atom`` reader."""

    def recognizes(self, source: Source) -> bool:
        """True when the document's root is Atom's ``<feed>``."""
        return bool(_SIGNATURE.match(xml_head(source)))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the feed's entries that are articles, in feed order (see
        :func:`newsmodel.read_all`)."""
        yield from self.read_listing(source).items

    def read_listing(self, source: Source) -> Listing:
        """The feed, with what it says of itself (see :func:`newsmodel.read_listing`)."""
        reporter = Reporter(source, "atom")
        root = parse_xml(source, format="atom")
        return listing_of(_feed(root, source.url), reporter)


def _feed(root: etree._Element, url: str | None) -> FeedDraft:
    base = based(url, root)
    draft = FeedDraft(ListingKind.ATOM, language=root.get(f"{_XML}lang"))
    authors: list[Person | Organization] = []
    emails: list[str] = []
    entries = []
    for child in root:
        tag = child.tag
        if tag == f"{_A}entry":
            entries.append(child)
        elif tag == f"{_A}title":
            draft.title, draft.title_html = _text_construct(child)
        elif tag == f"{_A}subtitle":
            draft.description, draft.description_html = _text_construct(child)
        elif tag == f"{_A}link":
            rel = (child.get("rel") or "alternate").strip()
            href = _href(child, base)
            if rel == "self":
                draft.feed_url = href
            elif rel == "alternate" and draft.link is None:
                draft.link = href
        elif tag == f"{_A}updated":
            draft.updated = text_in(child)
        elif tag == f"{_A}logo" or (tag == f"{_A}icon" and draft.image is None):
            draft.image = _resolved(text_in(child).strip(), child, base)
        elif tag == f"{_A}id":
            draft.extra["id"] = text_in(child).strip()
        elif tag == f"{_A}author":
            _person(child, base, authors, emails)
    draft.base = base or absolute(draft.link, None)
    for number, entry in enumerate(entries, start=1):
        item = _entry(entry, number, draft.base)
        if not item.authors and not item.author_emails:
            item.authors = list(authors)
        draft.items.append(item)
    return draft


def _entry(entry: etree._Element, number: int, feed_base: str | None) -> ItemDraft:
    base = based(feed_base, entry)
    draft = ItemDraft(f"entry {number}", base=base, language=entry.get(f"{_XML}lang"))
    emails: list[str] = []
    alternates: list[tuple[str, str]] = []
    for child in entry:
        tag = child.tag
        if tag == f"{_A}title":
            draft.title, draft.title_html = _text_construct(child)
        elif tag == f"{_A}summary":
            draft.description, draft.description_html = _text_construct(child)
        elif tag == f"{_A}content":
            _content(draft, child)
        elif tag == f"{_A}link":
            _link(draft, child, base, alternates)
        elif tag == f"{_A}id":
            draft.id = text_in(child).strip() or None
        elif tag == f"{_A}published":
            draft.published = text_in(child)
        elif tag == f"{_A}updated":
            draft.modified = text_in(child)
        elif tag == f"{_A}author":
            _person(child, base, draft.authors, emails)
        elif tag == f"{_A}category":
            draft.keywords.append(child.get("label") or child.get("term") or "")
    draft.author_emails = emails
    if alternates:  # the first HTML page, else the first alternate of any type
        pages = [href for href, kind in alternates if "html" in kind]
        draft.link = (pages or [alternates[0][0]])[0]
    if draft.published and draft.modified and draft.published.strip() == draft.modified.strip():
        draft.modified = None  # a writer that repeats the one date it has
    return draft


def _text_construct(element: etree._Element) -> tuple[str, bool]:
    """The text of a text construct, and whether it is markup."""
    kind = (element.get("type") or "text").strip().lower()
    if kind == "xhtml":
        div = element.find(_XHTML_DIV)
        return markup_in(div if div is not None else element), True
    return text_in(element), kind in ("html", "text/html")


def _content(draft: ItemDraft, element: etree._Element) -> None:
    kind = (element.get("type") or "text").strip().lower()
    if element.get("src"):
        draft.extra["content_src"] = element.get("src", "").strip()
    elif kind in ("html", "text/html"):
        draft.content_html = text_in(element)
    elif kind in ("xhtml", "application/xhtml+xml"):
        div = element.find(_XHTML_DIV)
        draft.content_html = markup_in(div if div is not None else element)
    elif kind in ("text", "text/plain"):
        draft.content_text = text_in(element)


def _link(
    draft: ItemDraft,
    element: etree._Element,
    base: str | None,
    alternates: list[tuple[str, str]],
) -> None:
    rel = (element.get("rel") or "alternate").strip()
    href = _href(element, base)
    if href is None:
        return
    kind = element.get("type")
    if rel == "alternate":
        alternates.append((href, (kind or "text/html").lower()))
    elif rel == "enclosure":
        if is_image(href, kind):
            image = image_of(href, base)
            if image is not None:
                draft.images.append(image)
                return
        draft.enclosures.append(attachment(href, kind, element.get("length")))


def _href(element: etree._Element, base: str | None) -> str | None:
    return _resolved(element.get("href"), element, base)


def _resolved(value: str | None, element: etree._Element, base: str | None) -> str | None:
    """``value`` resolved against ``base`` as the element's own ``xml:base`` changes it;
    as written where no absolute base is known (the reader resolves it later)."""
    if not value or not value.strip():
        return None
    own = based(base, element)
    return absolute(value, own) or value.strip()


def _person(
    element: etree._Element,
    base: str | None,
    people: list[Person | Organization],
    emails: list[str],
) -> None:
    name = uri = email = None
    for child in element:
        if child.tag == f"{_A}name":
            name = " ".join(text_in(child).split())
        elif child.tag == f"{_A}uri":
            uri = _resolved(text_in(child), child, base)
        elif child.tag == f"{_A}email":
            email = text_in(child).strip()
    if name:
        try:
            people.append(Person(name, url=absolute(uri, None)))
        except ValueError:
            return
    elif email:
        emails.append(email)


reader = AtomReader()

"""Reads RSS feeds: RSS 0.9x, 1.0 (RDF) and 2.0, with the namespaces feeds use most.

Besides RSS's own elements, an item's ``content:encoded`` (its full text), ``dc:creator``,
``dc:date``, ``dc:subject``, ``dc:language``, ``dcterms:modified``, ``media:content``,
``media:thumbnail`` and ``media:group`` are read, and a channel's ``atom:link
rel="self"``, ``dc:language``, ``dc:date`` and ``dc:publisher``. See :doc:`/feeds` for
the table of what each element becomes. A title or description is HTML when it looks
like HTML or holds unescaped elements, text otherwise (``Using <canvas> in HTML5``):
:mod:`newsmodel._feedtext`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from ..._listing import Listing, ListingKind
from ..._model import Article
from ..._xml import parse_xml, xml_head
from ...source import Source
from ._address import absolute
from ._elements import based, markup_in, text_in
from ._items import FeedDraft, ItemDraft, Reporter, listing_of, person_of
from ._media import attachment, image_of, is_image

__all__ = ["RssReader", "reader"]

_RSS1 = "http://purl.org/rss/1.0/"
_RSS090 = "http://my.netscape.com/rdf/simple/0.9/"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_MEDIA = ("{http://search.yahoo.com/mrss/}", "{http://search.yahoo.com/mrss}")
_ATOM = "{http://www.w3.org/2005/Atom}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_XML = "{http://www.w3.org/XML/1998/namespace}"

_SIGNATURE = re.compile(
    r"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE\s[^>\[]*(?:\[.*?\])?\s*>\s*)*"
    r"<(?:rss\b|(?:[\w.-]+:)?RDF\b[^>]*(?:purl\.org/rss/1\.0/|netscape\.com/rdf/simple/0\.9/))",
    re.DOTALL,
)

Handler = Callable[[ItemDraft, etree._Element], None]


def _core(name: str) -> tuple[str, ...]:
    """An RSS element's tag in each version: none (0.91, 0.92, 2.0), RSS 1.0's, 0.90's."""
    return name, f"{{{_RSS1}}}{name}", f"{{{_RSS090}}}{name}"


def _media(name: str) -> tuple[str, ...]:
    return tuple(f"{ns}{name}" for ns in _MEDIA)


class RssReader:
    """The ``rss`` reader."""

    def recognizes(self, source: Source) -> bool:
        """True when the document's root is ``<rss>``, or an RDF document of RSS 1.0 or
        0.90 (after any XML declaration, comments, processing instructions and DOCTYPE)."""
        return bool(_SIGNATURE.match(xml_head(source)))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the feed's items that are articles, in feed order (see
        :func:`newsmodel.read_all`)."""
        yield from self.read_listing(source).items

    def read_listing(self, source: Source) -> Listing:
        """The feed, with what its channel says of itself (see
        :func:`newsmodel.read_listing`)."""
        reporter = Reporter(source, "rss")
        root = parse_xml(source, format="rss")
        return listing_of(_feed(root, source.url), reporter)


def _feed(root: etree._Element, url: str | None) -> FeedDraft:
    draft = FeedDraft(ListingKind.RSS)
    channel = next(root.iterchildren(*_core("channel")), None)
    holders = [root] if channel is None else [channel, root]
    if channel is not None:
        draft.language = channel.get(f"{_XML}lang") or root.get(f"{_XML}lang")
        for child in channel:
            handler = _CHANNEL.get(child.tag)
            if handler is not None:
                handler(draft, child)
    draft.base = based(url, root, channel) or absolute(draft.link, None)
    image = next(_children(holders, _core("image")), None)
    if image is not None:
        address = next(image.iterchildren(*_core("url")), None)
        draft.image = _text(address) if address is not None else None
    for number, item in enumerate(_children(holders, _core("item")), start=1):
        draft.items.append(_item(item, number, draft.base))
    return draft


def _children(holders: list[etree._Element], tags: tuple[str, ...]) -> Iterator[etree._Element]:
    for holder in holders:
        yield from holder.iterchildren(*tags)


def _item(element: etree._Element, number: int, base: str | None) -> ItemDraft:
    draft = ItemDraft(
        f"item {number}",
        base=based(base, element),
        language=element.get(f"{_XML}lang"),
        id=element.get(f"{_RDF}about"),
    )
    for child in element:
        handler = _ITEM.get(child.tag)
        if handler is not None:
            handler(draft, child)
    permalink = draft.extra.pop("permalink", False)
    if draft.link is None and permalink and absolute(draft.id, None):
        draft.link = draft.id  # a guid that is a permalink is the item's address
    return draft


def _text(element: etree._Element) -> str:
    return text_in(element).strip()


def _set(name: str, *, markup: bool = False, first: bool = False) -> Handler:
    """A handler setting the draft's ``name`` to the element's text (or markup); with
    ``first``, only where nothing set it before (a ``dc:`` element after RSS's own)."""

    def handle(draft: ItemDraft, element: etree._Element) -> None:
        if first and getattr(draft, name):
            return
        setattr(draft, name, markup_in(element) if markup else _text(element))
        if markup and len(element) and hasattr(draft, f"{name}_html"):
            setattr(draft, f"{name}_html", True)  # markup written unescaped is HTML

    return handle


def _guid(draft: ItemDraft, element: etree._Element) -> None:
    draft.id = _text(element) or draft.id
    if element.get("isPermaLink", "true").strip().lower() != "false":
        draft.extra["permalink"] = True


def _author(draft: ItemDraft, element: etree._Element) -> None:
    found = person_of(_text(element))
    if isinstance(found, str):
        draft.author_emails.append(found)
    elif found is not None:
        draft.authors.append(found)


def _category(draft: ItemDraft, element: etree._Element) -> None:
    draft.keywords.append(_text(element))


def _enclosure(draft: ItemDraft, element: etree._Element) -> None:
    url, kind = (element.get("url") or "").strip(), element.get("type")
    if not url:
        return
    if is_image(url, kind):
        image = image_of(url, draft.base)
        if image is not None:
            draft.images.append(image)
            return
    draft.enclosures.append(attachment(url, kind, element.get("length")))


def _media_content(draft: ItemDraft, element: etree._Element) -> None:
    url = (element.get("url") or "").strip()
    if not url or not is_image(url, element.get("type"), element.get("medium")):
        return
    caption = next(element.iterchildren(*_media("description"), *_media("title")), None)
    credit = next(element.iterchildren(*_media("credit")), None)
    image = image_of(
        url,
        draft.base,
        width=element.get("width"),
        height=element.get("height"),
        caption=_text(caption) if caption is not None else None,
        credit=_text(credit) if credit is not None else None,
    )
    if image is not None:
        draft.images.append(image)


def _media_thumbnail(draft: ItemDraft, element: etree._Element) -> None:
    image = image_of(
        element.get("url"), draft.base, width=element.get("width"), height=element.get("height")
    )
    if image is not None:
        draft.images.append(image)


def _media_group(draft: ItemDraft, element: etree._Element) -> None:
    for child in element:
        handler = _MEDIA_GROUP.get(child.tag)
        if handler is not None:
            handler(draft, child)


def _atom_link(draft: ItemDraft, element: etree._Element) -> None:
    if element.get("rel", "alternate") == "alternate" and draft.link is None:
        draft.link = element.get("href")


_MEDIA_GROUP: dict[str, Handler] = {
    **dict.fromkeys(_media("content"), _media_content),
    **dict.fromkeys(_media("thumbnail"), _media_thumbnail),
}
_ITEM: dict[str, Handler] = {
    **dict.fromkeys(_core("title"), _set("title")),
    **dict.fromkeys(_core("link"), _set("link")),
    **dict.fromkeys(_core("description"), _set("description", markup=True)),
    "guid": _guid,
    "pubDate": _set("published"),
    "author": _author,
    "category": _category,
    "enclosure": _enclosure,
    f"{_CONTENT}encoded": _set("content_html", markup=True),
    f"{_DC}creator": _author,
    f"{_DC}date": _set("published", first=True),
    f"{_DC}subject": _category,
    f"{_DC}language": _set("language"),
    f"{_DC}title": _set("title", first=True),
    f"{_DC}description": _set("description", markup=True, first=True),
    f"{_DCTERMS}modified": _set("modified"),
    f"{_ATOM}updated": _set("modified", first=True),
    f"{_ATOM}link": _atom_link,
    **_MEDIA_GROUP,
    **dict.fromkeys(_media("group"), _media_group),
}

ChannelHandler = Callable[[FeedDraft, etree._Element], None]


def _channel_set(name: str, *, markup: bool = False, first: bool = False) -> ChannelHandler:
    def handle(draft: FeedDraft, element: etree._Element) -> None:
        if first and getattr(draft, name):
            return
        setattr(draft, name, markup_in(element) if markup else _text(element))
        if markup and len(element):
            setattr(draft, f"{name}_html", True)  # markup written unescaped is HTML

    return handle


def _self_link(draft: FeedDraft, element: etree._Element) -> None:
    if element.get("rel") == "self":
        draft.feed_url = element.get("href")


_CHANNEL: dict[str, ChannelHandler] = {
    **dict.fromkeys(_core("title"), _channel_set("title")),
    **dict.fromkeys(_core("link"), _channel_set("link")),
    **dict.fromkeys(_core("description"), _channel_set("description", markup=True)),
    "language": _channel_set("language"),
    f"{_DC}language": _channel_set("language", first=True),
    "lastBuildDate": _channel_set("updated"),
    "pubDate": _channel_set("updated", first=True),
    f"{_DC}date": _channel_set("updated", first=True),
    f"{_DC}publisher": _channel_set("publisher"),
    f"{_ATOM}link": _self_link,
}

reader = RssReader()

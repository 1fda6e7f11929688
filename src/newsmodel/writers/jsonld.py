"""Writes schema.org JSON-LD: an Article-family node, alone or in a linked ``@graph``.

The mapping is the inverse of the ``jsonld`` reader's (see :doc:`/writers` for the table
of what it carries). The article node holds the properties that describe the article; the
page it is the main entity of (its breadcrumb trail, related links and the site it is part
of) is a ``WebPage`` nested in ``mainEntityOfPage``, or, with ``graph=True``, a node of its
own beside the ``WebSite`` and the publishing ``Organization``, linked by ``@id``.

Output is deterministic: the same article always gives the same document, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from dateutil.parser import isoparse

from .._comment_ids import comment_node_id
from .._from_schemaorg import ARTICLE_TYPES
from .._jsonvalue import JSONValue, thaw_json
from .._model import Article, Comment, Image, Organization, Person, Portal, Section
from .._whitespace import collapse
from ..errors import WriteError

__all__ = [
    "WRITABLE_TYPES",
    "JsonLdWriter",
    "breadcrumb_list",
    "image_node",
    "party_node",
    "to_jsonld",
    "website_node",
    "writer",
]

#: The schema.org types an article may be written as, the Article family the ``jsonld``
#: reader reads back (``Review`` is read, but is no Article and is not written).
WRITABLE_TYPES = frozenset(ARTICLE_TYPES - {"Review"})

_CONTEXT = "https://schema.org"


def to_jsonld(
    article: Article, *, type: str = "NewsArticle", graph: bool = False
) -> dict[str, Any]:
    """Return ``article`` as a schema.org JSON-LD document (plain ``dict``/``list`` values).

    Args:
        article: The article.
        type: The schema.org type of the article node: ``NewsArticle`` or another type of
            the Article family (see :data:`WRITABLE_TYPES`).
        graph: Return a ``@graph`` of the article, its ``WebPage``, the portal's
            ``WebSite`` and the publishing ``Organization`` nodes, linked by ``@id``,
            instead of one article node with the rest nested in it.

    Returns:
        The document; ``json.dumps`` of it is valid JSON-LD 1.1 with the schema.org context.

    Raises:
        WriteError: ``type`` is not a type of the Article family.

    .. versionadded:: 0.1.0
    """
    if type not in WRITABLE_TYPES:
        raise WriteError(
            f"jsonld: {type!r} is not a schema.org Article type; use one of "
            + ", ".join(sorted(WRITABLE_TYPES))
        )
    return _Document(article, type, graph).build()


class JsonLdWriter:
    """The ``jsonld`` writer: schema.org JSON-LD for search engines and linked-data tools."""

    def write(
        self,
        article: Article,
        *,
        type: str = "NewsArticle",
        graph: bool = False,
        indent: int | None = None,
    ) -> str:
        """Return ``article`` as a schema.org JSON-LD document (see :func:`to_jsonld`).

        Args:
            article: The article.
            type: The schema.org type of the article node (``NewsArticle`` by default).
            graph: Write a linked ``@graph`` of the article, page, site and publisher.
            indent: Spaces per nesting level; ``None`` for one compact line.

        Raises:
            WriteError: ``type`` is not a type of the Article family.
        """
        return dumps(to_jsonld(article, type=type, graph=graph), indent=indent)


def dumps(document: Mapping[str, Any], *, indent: int | None = None) -> str:
    """Serialise a JSON-LD document: UTF-8 text, keys in the order built, no NaN."""
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(
        document, ensure_ascii=False, allow_nan=False, indent=indent, separators=separators
    )


writer = JsonLdWriter()


class _Document:
    """Builds one document; keeps the ``@id`` of each graph node it hands out."""

    def __init__(self, article: Article, kind: str, graph: bool) -> None:
        self.article = article
        self.kind = kind
        self.graph = graph
        self.page = article.canonical_url or article.url
        self.ids: dict[Organization, str] = {}
        self.nodes: list[dict[str, Any]] = []

    def build(self) -> dict[str, Any]:
        a = self.article
        node: dict[str, Any] = {"@type": self.kind}
        if self.graph:
            node["@id"] = f"{self.page}#article" if self.page else "_:article"
        _put(node, "headline", a.headline)
        _put(node, "alternativeHeadline", a.alternative_headline)
        _put(node, "description", a.description)
        _put(node, "dateline", a.dateline)
        _put(node, "articleBody", a.text or None)
        _put(node, "url", a.url)
        _put(node, "datePublished", _moment(a.date_published))
        _put(node, "dateModified", _moment(a.date_modified))
        _put(node, "inLanguage", a.language)
        _put(node, "keywords", list(a.keywords) or None)
        _put(node, "articleSection", a.section.name if a.section else None)
        _put(node, "author", _one_or_many([party_node(author) for author in a.authors]))
        # Google takes an author only as a Person or an Organization: where people among
        # them hold roles, ``creator`` (schema.org's same property) lists the authors
        # again, in order, each person in one Role wrapper per role held.
        if any(isinstance(p, Person) and p.roles for p in a.authors):
            _put(node, "creator", [role for p in a.authors for role in _creator(p)])
        if a.publisher is not None:
            _put(node, "publisher", self.organization(a.publisher))
        _put(node, "image", _one_or_many([image_node(image) for image in a.images]))
        _put(node, "mentions", [role for p in a.mentions for role in _mention(p)])
        _put(node, "comment", [_comment(comment, self.page) for comment in a.comments])
        if a.comments:
            node["commentCount"] = len(a.all_comments)
        if a.comments_open:
            node["potentialAction"] = {"@type": "CommentAction", "name": "Comment"}
        if not self.graph:
            _put(node, "mainEntityOfPage", self.webpage(node))
            _add_extra(node, a.extra)
            return {"@context": _CONTEXT, **node}
        if self.page:
            node["mainEntityOfPage"] = {"@id": self.page}
        _add_extra(node, a.extra)
        page = self.webpage(node)
        return {"@context": _CONTEXT, "@graph": [node, *([page] if page else []), *self.nodes]}

    def webpage(self, article_node: Mapping[str, Any]) -> dict[str, Any] | None:
        """The page: its address, breadcrumb trail, related links and site."""
        a = self.article
        page: dict[str, Any] = {"@type": "WebPage"}
        if self.graph:
            page["@id"] = self.page or "_:webpage"
            _put(page, "url", self.page)
            page["name"] = a.headline
            page["mainEntity"] = {"@id": article_node["@id"]}
            _put(page, "inLanguage", a.language)
        else:
            _put(page, "@id", self.page)
        if a.section is not None:
            trail = breadcrumb_list(a.section)
            if self.graph:
                trail = {"@id": f"{page['@id']}#breadcrumb" if self.page else "_:breadcrumb"} | (
                    trail
                )
                page["breadcrumb"] = {"@id": trail["@id"]}
                self.nodes.append(trail)
            else:
                page["breadcrumb"] = trail
        _put(page, "relatedLink", [link.url for link in a.related if link.url])
        if a.portal is not None:
            page["isPartOf"] = self.website(a.portal)
        return page if len(page) > 1 else None

    def website(self, portal: Portal) -> dict[str, Any]:
        if not self.graph:
            return website_node(portal)
        site: dict[str, Any] = {"@type": "WebSite"}
        site["@id"] = f"{portal.url}#website" if portal.url else "_:website"
        site |= website_node(portal, publisher=self.organization)
        self.nodes.append(site)
        return {"@id": site["@id"]}

    def organization(self, organization: Organization) -> dict[str, Any]:
        """The organisation inline, or (in a graph) a reference to its node."""
        node = party_node(organization)
        if not self.graph:
            return node
        if organization not in self.ids:
            base = f"{organization.url}#organization" if organization.url else "_:organization"
            taken = set(self.ids.values())
            node_id = base
            number = 1
            while node_id in taken:
                number += 1
                node_id = f"{base}-{number}"
            self.ids[organization] = node_id
            self.nodes.append({"@type": node.pop("@type"), "@id": node_id, **node})
        return {"@id": self.ids[organization]}


def website_node(
    portal: Portal,
    *,
    publisher: Callable[[Organization], dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The portal as a ``WebSite`` node: ``name``, ``url``, ``description`` (the tagline),
    ``image`` (the logo) and ``publisher``, written by ``publisher`` (inline by default;
    a graph writes a reference to its node)."""
    site: dict[str, Any] = {"@type": "WebSite", "name": portal.name}
    _put(site, "url", portal.url)
    _put(site, "description", portal.tagline)
    _put(site, "image", image_node(portal.logo) if portal.logo else None)
    if portal.publisher is not None:
        site["publisher"] = (publisher or party_node)(portal.publisher)
    return site


def _put(node: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` unless ``value`` is None or empty."""
    if value is not None and value not in ([], {}):
        node[key] = value


def _one_or_many(values: list[dict[str, Any]]) -> Any:
    if not values:
        return None
    return values[0] if len(values) == 1 else values


def _moment(value: dt.datetime | dt.date | None) -> str | None:
    """ISO 8601: a date-time with its offset, or a day as ``YYYY-MM-DD``."""
    return None if value is None else value.isoformat()


def _add_extra(node: dict[str, Any], extra: Mapping[str, JSONValue]) -> None:
    """Write what a reader kept in ``extra``: a property the model has no field for, and
    the value as read where the model holds less of it (see :func:`_said_more_fully`)."""
    for key in sorted(extra):
        if key.startswith("@"):  # JSON-LD keywords are the writer's to set
            continue
        kept = thaw_json(extra[key])
        if key not in node or _said_more_fully(key, node[key], kept):
            node[key] = _canonical(kept)


def _said_more_fully(key: str, written: Any, kept: Any) -> bool:
    """Whether ``kept`` is the value the model's ``written`` was read from, said more fully.

    A date-time without a time zone is read as its day (the zone would be a guess) and the
    text kept; a list of sections as its first. Writing the day or the first alone would
    lose what was read. A kept value that says something else (a date a reader set aside as
    wrong) does not replace the model's.
    """
    if key in ("datePublished", "dateModified"):
        return isinstance(written, str) and _day_of_local_time(kept) == written
    if key == "articleSection":
        return isinstance(kept, list) and any(
            isinstance(name, str) and collapse(name) == written for name in kept[:1]
        )
    return False


def _day_of_local_time(value: Any) -> str | None:
    """The day (``YYYY-MM-DD``) of an ISO 8601 date-time without a time zone, else None."""
    if not isinstance(value, str) or len(value.strip()) <= len("YYYY-MM-DD"):
        return None
    try:
        parsed = isoparse(value.strip())
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed.utcoffset() is None else None


def _canonical(value: Any) -> Any:
    """A JSON value with the keys of every object sorted, so equal values print alike."""
    if isinstance(value, dict):
        return {key: _canonical(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_canonical(item) for item in value]
    return value


def image_node(image: Image) -> dict[str, Any]:
    """An ``ImageObject``: ``url``, ``caption``, ``creditText``, ``width``, ``height``."""
    node: dict[str, Any] = {"@type": "ImageObject", "url": image.url}
    _put(node, "caption", image.caption)
    _put(node, "creditText", image.credit)
    _put(node, "width", image.width)
    _put(node, "height", image.height)
    return node


def party_node(party: Person | Organization) -> dict[str, Any]:
    """A Person or an Organization node, with what the model knows of it."""
    if isinstance(party, Organization):
        node: dict[str, Any] = {"@type": "Organization", "name": party.name}
        _put(node, "url", party.url)
        _put(node, "logo", image_node(party.logo) if party.logo else None)
        _put(node, "sameAs", list(party.same_as))
        return node
    node = {"@type": "Person", "name": party.name}
    _put(node, "url", party.url)
    _put(node, "sameAs", list(party.same_as))
    _put(node, "image", image_node(party.image) if party.image else None)
    _put(node, "description", party.description)
    return node


def _mention(person: Person) -> list[dict[str, Any]]:
    """A mentioned person: the person, or one ``Role`` wrapper per role held."""
    return _in_roles(person, "mentions") if person.roles else [party_node(person)]


def _creator(party: Person | Organization) -> list[dict[str, Any]]:
    """An author as ``creator``: a person holding roles in one wrapper per role."""
    if isinstance(party, Person) and party.roles:
        return _in_roles(party, "creator")
    return [party_node(party)]


def _in_roles(person: Person, key: str) -> list[dict[str, Any]]:
    """One schema.org ``Role`` wrapper around a person per role held, the person under
    ``key`` (the property the wrapper stands in).

    The role's organisation and country go on the person inside its wrapper, as
    ``worksFor`` and ``nationality``: schema.org's ``Role`` has no property for them.
    """
    wrappers = []
    for role in person.roles:
        wrapper: dict[str, Any] = {"@type": "Role", "roleName": role.name}
        _put(wrapper, "startDate", _moment(role.start_date))
        _put(wrapper, "endDate", _moment(role.end_date))
        inner = party_node(person)
        _put(inner, "worksFor", party_node(role.organization) if role.organization else None)
        if role.country:
            inner["nationality"] = {"@type": "Country", "name": role.country}
        wrapper[key] = inner
        wrappers.append(wrapper)
    return wrappers


def _comment(comment: Comment, page: str | None) -> dict[str, Any]:
    """A comment and its replies; its ``@id`` absolute, or a blank node (see
    :mod:`newsmodel._comment_ids`)."""
    node: dict[str, Any] = {"@type": "Comment"}
    if comment.id is not None:
        node["@id"] = comment_node_id(comment.id, page)
    node["text"] = comment.text
    _put(node, "author", party_node(comment.author) if comment.author else None)
    _put(node, "dateCreated", _moment(comment.date))
    _put(node, "upvoteCount", comment.upvotes)
    _put(node, "comment", [_comment(reply, page) for reply in comment.replies])
    return node


def breadcrumb_list(section: Section) -> dict[str, Any]:
    """The section path, top first, as a ``BreadcrumbList``; each step's ``item`` the
    section's page as a node (``ListItem.item`` expects a ``Thing``: a bare address is
    text to schema.org, though Google takes either)."""
    items = []
    for position, crumb in enumerate(section.path, start=1):
        item: dict[str, Any] = {"@type": "ListItem", "position": position, "name": crumb.name}
        if crumb.url is not None:
            item["item"] = {"@type": "WebPage", "@id": crumb.url}
        items.append(item)
    return {"@type": "BreadcrumbList", "itemListElement": items}

"""Turn schema.org JSON-LD nodes into the model.

The JSON-LD reader uses this for documents, and the HTML reader for the scripts a page
carries. Rules:

- ``@graph`` arrays, nested nodes and ``@id`` references are followed; an article is any
  node of the Article family (``NewsArticle``, ``BlogPosting``, ...), also when it is a
  ``WebPage``'s ``mainEntity`` or an ``ItemList``'s item.
- A property the model names is mapped to its field. A value that cannot be mapped without
  guessing (a date without a time zone, a relative URL with no page URL to resolve it
  against) is kept in ``extra`` under its schema.org name, with a :class:`ReadWarning`.
- Every other property is kept in ``extra`` as it was, so nothing read is lost.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar, cast
from urllib.parse import urljoin

import attrs
from dateutil.parser import isoparse

from . import limits
from ._checks import count_in, earlier, text_problem, url_problem
from ._comment_ids import comment_id
from ._dates import parse_day
from ._jsonvalue import JSONValue, NotJSONError, freeze_json
from ._model import (
    Article,
    Comment,
    Image,
    Organization,
    Paragraph,
    Person,
    Portal,
    Role,
    Section,
)
from ._urls import linked
from ._whitespace import collapse
from .errors import InvalidValueError, ReadWarning

__all__ = [
    "ARTICLE_TYPES",
    "PAGE_TYPES",
    "Graph",
    "articles_in",
    "json_objects",
    "node_types",
    "site_of",
    "to_article",
]

#: schema.org types read as articles.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "SatiricalArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "Review",
    }
)
#: schema.org types of the page itself, read when a page has no article node.
PAGE_TYPES = frozenset({"WebPage", "ItemPage"})
_ORGANIZATION_TYPES = frozenset(
    {
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "GovernmentOrganization",
        "NGO",
        "EducationalOrganization",
        "LocalBusiness",
    }
)
# Properties mapped to fields; anything else goes to extra.
_MAPPED = frozenset(
    {
        "@context",
        "headline",
        "name",
        "alternativeHeadline",
        "description",
        "dateline",
        "articleBody",
        "text",
        "url",
        "mainEntityOfPage",
        "datePublished",
        "dateModified",
        "author",
        "creator",
        "articleSection",
        "keywords",
        "inLanguage",
        "image",
        "publisher",
        "mentions",
        "comment",
    }
)
_ROLE_TYPES = frozenset({"Role", "OrganizationRole", "EmployeeRole", "PerformanceRole"})
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\r\n\s*\r\n")
T = TypeVar("T")


def node_types(node: Mapping[str, Any]) -> set[str]:
    """A node's ``@type`` names without their schema.org prefix (``"NewsArticle"``)."""
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds if isinstance(k, str)}


def json_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON value, depth first in document order."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def articles_in(
    values: list[Any], kinds: frozenset[str] = ARTICLE_TYPES
) -> tuple[list[dict[str, Any]], Graph]:
    """Find the article nodes in parsed JSON-LD values, in document order.

    Args:
        values: Parsed JSON-LD.
        kinds: The schema.org types to look for (default: the Article family).

    Returns:
        The nodes found, and the document's :class:`Graph` (every node with an ``@id``,
        by its id), to map them with.
    """
    by_id: dict[str, dict[str, Any]] = {}
    found: list[dict[str, Any]] = []
    for node in json_objects(values):
        node_id = node.get("@id")
        if isinstance(node_id, str) and (node_id not in by_id or len(node) > len(by_id[node_id])):
            by_id[node_id] = node
        if node_types(node) & kinds and ("headline" in node or "name" in node):
            found.append(node)
    unique: list[dict[str, Any]] = []
    seen: set[int] = set()
    for node in found:
        node_id = node.get("@id")
        fullest = by_id.get(node_id, node) if isinstance(node_id, str) else node
        if id(fullest) not in seen:
            seen.add(id(fullest))
            unique.append(fullest)
    return unique, Graph(by_id)


class Graph(Mapping[str, dict[str, Any]]):
    """One JSON-LD document's nodes by ``@id``, and the work done mapping them.

    References can make a small document describe a huge graph (a comment that replies to
    itself, an author named a thousand times), so mapping is bounded here: each node is
    mapped once, however many references lead to it (the model is immutable, so one
    :class:`~newsmodel.Person` can stand in many places); a comment is placed once in an
    article, so reply loops end; and at most :data:`~newsmodel.limits.MAX_JSONLD_NODES`
    nodes are mapped in all. Time and memory stay linear in the document.

    Args:
        by_id: The nodes that have an ``@id``, by id.
    """

    def __init__(self, by_id: dict[str, dict[str, Any]]) -> None:
        self._by_id = by_id
        # what each node became: the model object, its extra entries and its warnings
        self.mapped: dict[
            tuple[str, str, int, str | None], tuple[Any, dict[str, Any], list[str]]
        ] = {}
        self.nodes_left = limits.MAX_JSONLD_NODES

    def __getitem__(self, node_id: str) -> dict[str, Any]:
        return self._by_id[node_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)


class _Mapper:
    """Maps one article node, resolving references and collecting what it cannot map."""

    def __init__(self, graph: Graph, base_url: str | None) -> None:
        self.graph = graph
        self.base_url = base_url
        self.extra: dict[str, Any] = {}
        self.said: list[str] = []  # the warnings given, to give again where a node recurs
        self.placed: set[int] = set()  # the comments in this article, by id of their node
        self.pages: tuple[str | None, ...] = ()  # the article's addresses, for comment ids

    def warn(self, key: str, value: Any, reason: str) -> None:
        self.extra[key] = value
        self.say(f"{key}: {reason}; kept in extra")

    def left_out(self, reason: str) -> None:
        """Say that part of the document is not read, and why (a cap of newsmodel.limits)."""
        self.say(f"{reason}; left out")

    def say(self, message: str) -> None:
        self.said.append(message)
        warnings.warn(message, ReadWarning, stacklevel=5)

    def resolve(self, value: Any) -> Any:
        """The node a reference (an object with only ``@id`` and ``@type``) names, if the
        document has it; any other value as it is."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
            node_id = value.get("@id")
            if isinstance(node_id, str):
                return self.graph.get(node_id, value)
        return value

    def once(self, kind: str, key: str, node: dict[str, Any], build: Callable[[], T]) -> T | None:
        """``build()``'s result for ``node``, made the first time only; later calls give
        the same object and the same ``extra`` entries. None once the node budget is
        spent."""
        graph = self.graph
        memo = (kind, key, id(node), self.base_url)
        if memo in graph.mapped:
            result, kept, said = graph.mapped[memo]
            self.extra.update(kept)
            for message in said:
                self.say(message)
            return cast(T, result)
        if not self.spend():
            return None
        outer, self.extra = self.extra, {}
        heard, self.said = self.said, []
        try:
            result = build()
        finally:
            kept, self.extra = self.extra, outer
            said, self.said = self.said, heard
        outer.update(kept)
        heard.extend(said)
        graph.mapped[memo] = (result, kept, said)
        return result

    def spend(self) -> bool:
        """Count one node mapped; False once the document's budget is spent."""
        graph = self.graph
        graph.nodes_left -= 1
        if graph.nodes_left == -1:
            self.left_out(
                f"the document maps to more than {limits.MAX_JSONLD_NODES} schema.org nodes "
                "(newsmodel.limits.MAX_JSONLD_NODES); the rest"
            )
        return graph.nodes_left >= 0

    def many(self, value: Any) -> list[Any]:
        items = value if isinstance(value, list) else [] if value is None else [value]
        return [self.resolve(item) for item in items]

    def text(self, key: str, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, dict) and "@value" in value:
            value = value["@value"]
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = value[0] if len(value) == 1 else None
        if not isinstance(value, str):
            self.warn(key, value, "not a text")
            return None
        if "&" in value and _ENTITY.search(value):  # HTML-escaped JSON strings (WordPress)
            value = html.unescape(value)
        cleaned = collapse(value) if "\n" not in value else value.strip()
        if not cleaned:
            return None
        problem = text_problem(cleaned, blank_ok=False)
        if problem:
            self.warn(key, value, problem)
            return None
        return cleaned

    def url(self, key: str, value: Any) -> str | None:
        value = linked(value)
        if not isinstance(value, str) or not value.strip():
            return None
        try:
            resolved = urljoin(self.base_url, value.strip()) if self.base_url else value.strip()
        except ValueError:  # a malformed IPv6 host
            resolved = value
        problem = url_problem(resolved)
        if problem:
            self.warn(key, value, problem)
            return None
        return resolved

    def urls(self, key: str, value: Any) -> list[str]:
        """Every URL a property holds (one or a list), resolved; bad ones kept in extra."""
        return [u for u in (self.url(key, item) for item in self.many(value)) if u]

    def datetime(self, key: str, value: Any) -> dt.datetime | None:
        if not isinstance(value, str) or not value.strip():
            return None
        try:
            parsed = isoparse(value.strip())
        except (ValueError, OverflowError):
            self.warn(key, value, "not an ISO 8601 date-time")
            return None
        if parsed.utcoffset() is None:
            self.warn(key, value, "has no time zone, and guessing one would be wrong")
            return None
        return parsed

    def moment(self, key: str, value: Any) -> dt.datetime | dt.date | None:
        """An article date: aware date-time, or the day when no time zone is given."""
        if not isinstance(value, str) or not value.strip():
            return None
        try:
            parsed = isoparse(value.strip())
        except (ValueError, OverflowError):
            day = parse_day(value) if len(value) <= 80 else None
            if day is None:
                self.warn(key, value, "not an ISO 8601 date or date-time")
            return day
        if parsed.utcoffset() is not None:
            return parsed
        if len(value.strip()) > 10:  # a time without a zone: the day is all that is sure
            self.warn(key, value, "has no time zone; only its day is used")
        return parsed.date()

    def image(self, key: str, value: Any) -> Image | None:
        value = self.resolve(value)
        if isinstance(value, str):
            address = self.url(key, value)
            return Image(address) if address else None
        if not isinstance(value, dict):
            return None
        node = value
        return self.once("image", key, node, lambda: self._image(key, node))

    def _image(self, key: str, value: dict[str, Any]) -> Image | None:
        address = self.url(key, value.get("contentUrl") or value.get("url"))
        if address is None:
            return None
        return Image(
            address,
            caption=self.text(f"{key}.caption", value.get("caption")),
            credit=self.text(f"{key}.creditText", value.get("creditText")),
            width=_pixels(value.get("width")),
            height=_pixels(value.get("height")),
        )

    def organization(self, key: str, value: Any) -> Organization | None:
        value = self.resolve(value)
        if isinstance(value, str):
            name = self.text(key, value)
            return Organization(name) if name else None
        if not isinstance(value, dict):
            return None
        node = value
        return self.once("organization", key, node, lambda: self._organization(key, node))

    def _organization(self, key: str, value: dict[str, Any]) -> Organization | None:
        name = self.text(f"{key}.name", value.get("name"))
        if name is None:
            return None
        return Organization(
            name,
            url=self.url(f"{key}.url", value.get("url")),
            logo=self.image(f"{key}.logo", value.get("logo")),
            same_as=self.urls(f"{key}.sameAs", value.get("sameAs")),
        )

    def person(self, key: str, value: Any) -> Person | None:
        value = self.resolve(value)
        if isinstance(value, str):
            name = self.text(key, value)
            return Person(name) if name else None
        if not isinstance(value, dict):
            return None
        node = value
        return self.once("person", key, node, lambda: self._person(key, node))

    def _person(self, key: str, value: dict[str, Any]) -> Person | None:
        name = self.text(f"{key}.name", value.get("name"))
        if name is None:
            return None
        return Person(
            name,
            url=self.url(f"{key}.url", value.get("url")),
            same_as=self.urls(f"{key}.sameAs", value.get("sameAs")),
            image=self.image(f"{key}.image", value.get("image")),
            description=self.text(
                f"{key}.description", value.get("description") or value.get("jobTitle")
            ),
        )

    def author(self, key: str, value: Any) -> Person | Organization | None:
        """An author: a Person or an Organization, or a person in a ``Role`` wrapper."""
        value = self.resolve(value)
        if isinstance(value, dict) and node_types(value) & _ROLE_TYPES:
            return self.in_role(key, value)
        if isinstance(value, dict) and node_types(value) & _ORGANIZATION_TYPES:
            return self.organization(key, value)
        return self.person(key, value)

    def mention(self, key: str, value: Any) -> Person | None:
        """A mentioned person, unwrapping the schema.org Role pattern."""
        value = self.resolve(value)
        if isinstance(value, dict) and node_types(value) & _ROLE_TYPES:
            return self.in_role(key, value)
        if isinstance(value, dict) and "Person" not in node_types(value):
            return None
        return self.person(key, value)

    def in_role(self, key: str, value: dict[str, Any]) -> Person | None:
        """The person a ``Role`` wrapper holds under ``key`` (the property it stands in),
        with the role."""
        return self.once("role", key, value, lambda: self._role(key, value))

    def _role(self, key: str, value: dict[str, Any]) -> Person | None:
        inner = self.resolve(value.get(key))
        person = self.person(key, inner)
        role_name = self.text(f"{key}.roleName", value.get("roleName"))
        if person is None or role_name is None:
            return person
        country = self.resolve(inner.get("nationality")) if isinstance(inner, dict) else None
        if isinstance(country, dict):
            country = country.get("name")
        start = self.day(f"{key}.startDate", value.get("startDate"))
        end = self.day(f"{key}.endDate", value.get("endDate"))
        if start and end and end < start:
            self.warn(f"{key}.endDate", value.get("endDate"), "is before startDate")
            end = None
        role = Role(
            role_name,
            organization=self.organization(
                f"{key}.worksFor", inner.get("worksFor") if isinstance(inner, dict) else None
            ),
            country=self.text(f"{key}.nationality", country),
            start_date=start,
            end_date=end,
        )
        return attrs.evolve(person, roles=[*person.roles, role])

    def day(self, key: str, value: Any) -> dt.date | None:
        """A day (a date-time's, where one is given)."""
        moment = self.moment(key, value)
        return moment.date() if isinstance(moment, dt.datetime) else moment

    def comments(self, key: str, value: Any, depth: int = 0) -> list[Comment]:
        """The comments a ``comment`` property holds, each with its replies.

        A comment met a second time (a reply loop, or one comment listed twice) is read
        where it was first met only, and replies below
        :data:`~newsmodel.limits.MAX_COMMENT_DEPTH` levels are left out.
        """
        nodes = [node for node in self.many(value) if isinstance(node, dict)]
        if nodes and depth > limits.MAX_COMMENT_DEPTH:
            self.left_out(
                f"{key}: replies nested more than {limits.MAX_COMMENT_DEPTH} levels deep "
                "(newsmodel.limits.MAX_COMMENT_DEPTH)"
            )
            return []
        found = []
        for node in nodes:
            if id(node) in self.placed:
                self.left_out(f"{key}: comment {_name_of(node)} is met more than once; repeat")
                continue
            self.placed.add(id(node))
            if not self.spend():
                break
            comment = self._comment(key, node, depth)
            if comment is not None:
                found.append(comment)
        return found

    def _comment(self, key: str, value: dict[str, Any], depth: int) -> Comment | None:
        text = self.text(f"{key}.text", value.get("text"))
        if text is None:
            return None
        votes = value.get("upvoteCount")
        node_id = value.get("@id")
        return Comment(
            text,
            id=comment_id(node_id, self.pages) if isinstance(node_id, str) else None,
            author=self.person(f"{key}.author", value.get("author")),
            date=self.datetime(
                f"{key}.dateCreated", value.get("dateCreated") or value.get("datePublished")
            ),
            replies=self.comments(key, value.get("comment"), depth + 1),
            upvotes=votes
            if isinstance(votes, int) and not isinstance(votes, bool) and votes >= 0
            else None,
        )

    def frozen_extra(self, keys: Iterable[str] | None = None) -> dict[str, JSONValue]:
        """``extra`` (or its entries for ``keys``) as frozen JSON; a value JSON cannot hold
        (NaN, nesting past :data:`~newsmodel.limits.MAX_EXTRA_DEPTH`) is left out, with a
        warning."""
        frozen = {}
        for key in self.extra if keys is None else keys:
            value = self.extra[key]
            try:
                frozen[key] = freeze_json(value)
            except NotJSONError as error:
                self.left_out(f"{key}: cannot be kept in extra ({error})")
        return frozen


def _name_of(node: dict[str, Any]) -> str:
    node_id = node.get("@id")
    return repr(node_id) if isinstance(node_id, str) else "without @id"


def _pixels(value: Any) -> int | None:
    if isinstance(value, dict):
        value = value.get("value")
    pixels = count_in(value)
    return pixels if pixels else None


def _with_roles(
    authors: list[Person | Organization], creators: list[Person | Organization]
) -> list[Person | Organization]:
    """The authors, given the roles ``creator`` says they hold: where the ``author``
    property holds plain people (as Google asks) and ``creator`` lists the same parties in
    the same order, its people in ``Role`` wrappers."""
    if len(creators) != len(authors) or not any(
        isinstance(c, Person) and c.roles for c in creators
    ):
        return authors
    for author, creator in zip(authors, creators, strict=True):
        plain = attrs.evolve(creator, roles=()) if isinstance(creator, Person) else creator
        if plain != author:
            return authors
    return creators


def _one_per_person(people: Iterable[Person | Organization]) -> list[Person | Organization]:
    """People in order, a person in one ``Role`` wrapper per role (one after the other)
    made one person holding those roles."""
    merged: list[Person | Organization] = []
    for person in people:
        last = merged[-1] if merged else None
        if (
            isinstance(last, Person)
            and isinstance(person, Person)
            and last.roles
            and person.roles
            and attrs.evolve(last, roles=()) == attrs.evolve(person, roles=())
        ):
            merged[-1] = attrs.evolve(last, roles=[*last.roles, *person.roles])
        else:
            merged.append(person)
    return merged


def _body(text: str) -> list[Paragraph]:
    parts = _PARAGRAPH_BREAK.split(text) if _PARAGRAPH_BREAK.search(text) else text.split("\n")
    return [Paragraph(collapse(part)) for part in parts if part.strip()]


def site_of(node: Mapping[str, Any], graph: Graph, base_url: str | None) -> Portal | None:
    """The portal of the ``WebSite`` an article node's page is part of (its ``isPartOf``,
    or its ``mainEntityOfPage``'s), as the node describes it: name, ``url``,
    ``description`` as tagline, ``image`` as logo and ``publisher``; None where the node
    names no such site, or the site no name."""
    m = _Mapper(graph, base_url)
    page = m.resolve(node.get("mainEntityOfPage"))
    for holder in (node, page):
        site = m.resolve(holder.get("isPartOf")) if isinstance(holder, dict) else None
        if isinstance(site, dict) and "WebSite" in node_types(site):
            name = m.text("name", site.get("name"))
            if name is None:
                return None
            return Portal(
                name,
                url=m.url("url", site.get("url")),
                tagline=m.text("description", site.get("description")),
                logo=m.image("image", site.get("image")),
                publisher=m.organization("publisher", site.get("publisher")),
            )
    return None


def to_article(node: Mapping[str, Any], graph: Graph, base_url: str | None) -> Article:
    """Map one schema.org article node of ``graph`` (see :func:`articles_in`) to an
    :class:`~newsmodel.Article`.

    Raises:
        InvalidValueError: The node has no usable headline.
    """
    m = _Mapper(graph, base_url)
    headline = m.text("headline", node.get("headline")) or m.text("name", node.get("name"))
    if headline is None:
        raise InvalidValueError("Article", "headline", node.get("headline"), "is missing")
    body_text = node.get("articleBody") or node.get("text")
    published = m.moment("datePublished", node.get("datePublished"))
    modified = m.moment("dateModified", node.get("dateModified"))
    if published and modified and earlier(modified, published):
        m.warn("dateModified", node.get("dateModified"), "is before datePublished")
        modified = None
    sections = [
        s for s in (m.text("articleSection", s) for s in m.many(node.get("articleSection"))) if s
    ]
    if len(sections) > 1:
        m.extra["articleSection"] = node["articleSection"]
    keywords = node.get("keywords")
    if isinstance(keywords, str):
        keywords = [k for k in (part.strip() for part in keywords.split(",")) if k]
    language = node.get("inLanguage")
    if isinstance(language, dict):
        language = language.get("alternateName") or language.get("name")
    page = m.url("mainEntityOfPage", node.get("mainEntityOfPage"))
    url = m.url("url", node.get("url")) or page
    by = "author" if node.get("author") else "creator"
    authors = [a for a in (m.author(by, v) for v in m.many(node.get(by))) if a]
    if by == "author":
        creators = [a for a in (m.author("creator", v) for v in m.many(node.get("creator"))) if a]
        authors = _with_roles(authors, _one_per_person(creators))
    images = [i for i in (m.image("image", v) for v in m.many(node.get("image"))) if i]
    mentions = _one_per_person(
        [p for p in (m.mention("mentions", v) for v in m.many(node.get("mentions"))) if p]
    )
    m.pages = (url, page)
    comments = m.comments("comment", node.get("comment"))
    for key, value in node.items():
        if key not in _MAPPED:
            m.extra[key] = value
    fields: dict[str, Any] = {
        "alternative_headline": m.text("alternativeHeadline", node.get("alternativeHeadline")),
        "description": m.text("description", node.get("description")),
        "dateline": m.text("dateline", node.get("dateline")),
        "body": _body(body_text) if isinstance(body_text, str) else [],
        "url": url,
        "canonical_url": page if page and page != url else None,
        "date_published": published,
        "date_modified": modified,
        "authors": authors,
        "section": Section(sections[0]) if sections else None,
        "keywords": [
            k
            for k in (
                m.text("keywords", k) for k in (keywords if isinstance(keywords, list) else [])
            )
            if k
        ],
        "images": images,
        "publisher": m.organization("publisher", node.get("publisher")),
        "mentions": mentions,
        "comments": comments,
    }
    extra = m.frozen_extra()
    try:
        fields["language"] = language if isinstance(language, str) else None
        return Article(headline, **fields, extra=extra)
    except InvalidValueError as error:
        if error.field != "language":
            raise
        m.warn("inLanguage", node.get("inLanguage"), error.reason)
        fields["language"] = None
        return Article(headline, **fields, extra={**extra, **m.frozen_extra(["inLanguage"])})

"""The structured data a page states besides its visible text, as its layout asks.

Complete data is written from the truth, so it agrees with the visible page by
construction; partial data names only the headline and the date. Contradicting data is
complete data changed in the ways real pages get it wrong, each only where it applies and
each written in the page's notes:

- ``og:title`` is the headline followed by `` | `` and the portal's name;
- the JSON-LD ``headline`` is cut to 110 characters and ends in "…" (Google's old limit);
- the JSON-LD ``author`` is the publishing organisation while the byline names people;
- the JSON-LD ``articleBody`` is only the teaser, the story's first paragraph;
- where none of the JSON-LD ones applies, the JSON-LD ``headline`` is followed by `` | ``
  and the portal's name (the document title, as some CMSes fill it).

The strategies give a contradicting page a portal and JSON-LD or OpenGraph, so at least
one contradiction always applies. The truth stays what the visible page shows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from .._model import Article, Organization, Paragraph, Person
from ..writers._markup import attributes, meta, script_json
from ..writers.jsonld import to_jsonld
from .page import Agreement, DataSource, Layout

__all__ = ["JSONLD_HEADLINE_LIMIT", "StructuredData", "structured_data"]

JSONLD_HEADLINE_LIMIT = 110
"""Characters a contradicting page's JSON-LD headline is cut to."""


class StructuredData(NamedTuple):
    """Markup for the page's head, microdata for its body, and what departs from plain."""

    head: str
    microdata: str
    notes: tuple[str, ...]


def structured_data(truth: Article, layout: Layout) -> StructuredData:
    """The data ``layout`` asks for, stating ``truth`` as its agreement says."""
    if layout.agreement is Agreement.ABSENT:
        return StructuredData("", "", ())
    partial = layout.agreement is Agreement.PARTIAL
    notes: list[str] = []
    head: list[str] = []
    if DataSource.JSON_LD in layout.sources:
        document = _partial_jsonld(truth) if partial else to_jsonld(truth)
        if layout.agreement is Agreement.CONTRADICTING:
            _contradict_jsonld(document, truth, notes)
        head.append(f'<script type="application/ld+json">{script_json(document)}</script>')
    if DataSource.OPEN_GRAPH in layout.sources:
        head.append(_opengraph(truth, partial=partial, notes=notes, layout=layout))
    if DataSource.META in layout.sources:
        head.append(_meta_names(truth, partial=partial))
    microdata = ""
    if DataSource.MICRODATA in layout.sources:
        microdata = _microdata(truth, partial=partial)
    return StructuredData("".join(head), microdata, tuple(notes))


def _moment(value: dt.datetime | dt.date | None) -> str | None:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat() if value is not None else None


def _partial_jsonld(truth: Article) -> dict[str, Any]:
    document: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": truth.headline,
    }
    if truth.date_published is not None:
        document["datePublished"] = _moment(truth.date_published)
    return document


def _contradict_jsonld(document: dict[str, Any], truth: Article, notes: list[str]) -> None:
    headline = truth.headline
    if len(headline) > JSONLD_HEADLINE_LIMIT:
        document["headline"] = headline[: JSONLD_HEADLINE_LIMIT - 1].rstrip() + "…"
        notes.append(f"JSON-LD headline cut to {JSONLD_HEADLINE_LIMIT} characters with '…'")
    people = truth.authors and all(isinstance(a, Person) for a in truth.authors)
    if people and truth.portal is not None:
        site = {"@type": "Organization", "name": truth.portal.name}
        document["author"] = site
        document["publisher"] = site
        notes.append("JSON-LD author is the publishing organisation; the byline names people")
    paragraphs = [b for b in truth.body if isinstance(b, Paragraph)]
    if len(truth.body) > 1 and paragraphs:
        document["articleBody"] = paragraphs[0].text
        notes.append("JSON-LD articleBody is only the teaser (the first paragraph)")
    if not notes and truth.portal is not None:
        document["headline"] = f"{headline} | {truth.portal.name}"
        notes.append("JSON-LD headline is followed by ' | ' and the portal's name")


def _opengraph(truth: Article, *, partial: bool, notes: list[str], layout: Layout) -> str:
    title = truth.headline
    if layout.agreement is Agreement.CONTRADICTING and truth.portal is not None:
        title = f"{truth.headline} | {truth.portal.name}"
        notes.append("og:title is the headline followed by ' | ' and the portal's name")
    tags = [meta("property", "og:type", "article"), meta("property", "og:title", title)]
    if partial:
        return "".join(tags)
    tags.append(meta("property", "og:url", layout.url))
    if truth.portal is not None:
        tags.append(meta("property", "og:site_name", truth.portal.name))
    if truth.description:
        tags.append(meta("property", "og:description", truth.description))
    published = _moment(truth.date_published)
    if published:
        tags.append(meta("property", "article:published_time", published))
    return "".join(tags)


def _meta_names(truth: Article, *, partial: bool) -> str:
    tags = []
    if truth.description:
        tags.append(meta("name", "description", truth.description))
    if not partial and len(truth.authors) == 1:  # templates name one author here
        tags.append(meta("name", "author", truth.authors[0].name))
    return "".join(tags)


def _microdata(truth: Article, *, partial: bool) -> str:
    props = [_prop("headline", truth.headline)]
    published = _moment(truth.date_published)
    if published:
        props.append(_prop("datePublished", published))
    if not partial:
        if truth.description:
            props.append(_prop("description", truth.description))
        props.extend(_microdata_party(a) for a in truth.authors)
    return (
        '<div itemscope itemtype="https://schema.org/NewsArticle" hidden>'
        + "".join(props)
        + "</div>"
    )


def _prop(name: str, value: str) -> str:
    return f"<meta{attributes(itemprop=name, content=value)}>"


def _microdata_party(party: Person | Organization) -> str:
    kind = "Person" if isinstance(party, Person) else "Organization"
    url = f"<link{attributes(itemprop='url', href=party.url)}>" if party.url else ""
    return (
        f'<span itemprop="author" itemscope itemtype="https://schema.org/{kind}">'
        f"{_prop('name', party.name)}{url}</span>"
    )

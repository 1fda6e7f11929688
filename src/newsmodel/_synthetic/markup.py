"""Pieces of markup every article template is made of: times, bylines and body blocks.

Text is escaped by :mod:`newsmodel.writers._markup`'s helpers, so any text the model
holds renders safely; a template differs from another in the tags around these pieces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from urllib.parse import urljoin

from .._model import (
    Article,
    Block,
    Figure,
    Heading,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
)
from .._vocabulary import LANGUAGES, Vocabulary
from ..writers._locale import direction
from ..writers._markup import attributes, escape, link, safe_url
from .page import Layout, PageSample, RenderedPage

__all__ = [
    "MONTHS",
    "block_html",
    "byline_names",
    "html_open",
    "menu",
    "other_headlines",
    "rendered",
    "shown_day",
    "shown_moment_words",
    "time_element",
    "vocabulary",
]

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def shown_day(value: dt.date) -> str:
    """A day as pages write it: ``4 September 2025``."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def shown_moment_words(value: dt.datetime | dt.date) -> str:
    """A time as pages write it, ``4 September 2025, 14:05``; a day without the time."""
    if isinstance(value, dt.datetime):
        return f"{shown_day(value)}, {value:%H:%M}"
    return shown_day(value)


def time_element(value: dt.datetime | dt.date, **extra: str | None) -> str:
    """A ``<time>``: ISO 8601 to the minute in ``datetime``, the day and time in words."""
    if isinstance(value, dt.datetime):
        machine = value.isoformat(timespec="minutes")
    else:
        machine = value.isoformat()
    return f"<time{attributes(datetime=machine, **extra)}>{shown_moment_words(value)}</time>"


def byline_names(
    parties: Iterable[Person | Organization], *, linked: bool, rel: str | None = "author"
) -> str:
    """Names as a byline lists them: "A, B and C", each linked to its page if ``linked``."""
    shown = [
        link(p.name, p.url, rel=rel) if linked and safe_url(p.url) else escape(p.name)
        for p in parties
    ]
    if len(shown) < 2:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def block_html(block: Block, *, quote_class: str | None = None) -> str:
    """One body block in the tags modern CMSes use."""
    if isinstance(block, Paragraph):
        return f"<p>{escape(block.text)}</p>"
    if isinstance(block, Heading):
        return f"<h{block.level}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Quote):
        cite = f"<cite>{escape(block.citation)}</cite>" if block.citation else ""
        said = f"<p>{escape(block.text)}</p>{cite}"
        return f"<blockquote{attributes(class_=quote_class)}>{said}</blockquote>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    return figure_html(block)


def figure_html(figure: Figure) -> str:
    """A ``<figure>`` with its image, caption and credit."""
    image = figure.image
    src = safe_url(image.url)
    parts = ["<figure>"]
    if src:
        size = attributes(width=image.width, height=image.height)
        parts.append(f"<img{attributes(src=src, alt=image.caption or '')}{size}>")
    if image.caption or image.credit:
        parts.append("<figcaption>")
        if image.caption:
            parts.append(escape(image.caption))
        if image.credit:
            parts.append(f' <span class="credit">{escape(image.credit)}</span>')
        parts.append("</figcaption>")
    parts.append("</figure>")
    return "".join(parts)


def vocabulary(article: Article) -> Vocabulary:
    """The words of the article's language, English where the strategies have none."""
    primary = (article.language or "en").split("-")[0]
    return LANGUAGES.get(primary, LANGUAGES["en"])


def html_open(article: Article, extra: str = "") -> str:
    """The doctype and ``<html>`` tag, with the article's language and direction."""
    lang = attributes(lang=article.language, dir=direction(article.language))
    return f"<!DOCTYPE html><html{lang}{extra}>"


def menu(article: Article, url: str) -> list[tuple[str, str]]:
    """The portal's top sections as (name, address), else the language's section names
    at addresses on the page's host."""
    portal = article.portal
    if portal is not None and portal.top_sections:
        return [(s.name, s.url or urljoin(url, "/")) for s in portal.top_sections]
    names = vocabulary(article).sections
    return [(name, urljoin(url, f"/section-{index}/")) for index, name in enumerate(names)]


def other_headlines(article: Article, url: str, count: int) -> list[tuple[str, str]]:
    """Headlines of other stories for rails and widgets, with addresses on the host."""
    words = vocabulary(article)
    titles = []
    for index in range(count):
        picked = [words.words[(index * 7 + step * 3) % len(words.words)] for step in range(6)]
        text = words.separator.join(picked)
        titles.append((text[:1].upper() + text[1:], urljoin(url, f"/story-{index + 1}.html")))
    return titles


def rendered(
    content: str,
    truth: Article,
    layout: Layout,
    template: str,
    notes: tuple[str, ...],
    *,
    url: str | None = None,
) -> PageSample[Article]:
    """The sample of a page rendered with ``layout``, served from ``url`` (the layout's
    by default)."""
    page = RenderedPage(
        content,
        url or layout.url,
        "text/html",
        template,
        furniture=layout.furniture,
        sources=layout.sources,
        agreement=layout.agreement,
        notes=notes,
    )
    return PageSample(page, truth)

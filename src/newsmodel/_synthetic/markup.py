"""Pieces of markup every article template is made of: times, bylines and body blocks.

Text is escaped by :mod:`newsmodel.writers._markup`'s helpers, so any text the model
holds renders safely; a template differs from another in the tags around these pieces.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Sequence
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
from .addresses import slug
from .chrome import chrome, shown_day
from .page import Layout, PageSample, RenderedPage

__all__ = [
    "block_html",
    "byline_names",
    "html_open",
    "menu",
    "menu_names",
    "other_headlines",
    "page_language",
    "rendered",
    "shown_moment_words",
    "time_element",
    "vocabulary",
]


def shown_moment_words(value: dt.datetime | dt.date, language: str | None = None) -> str:
    """A time as pages in ``language`` write it, ``4 September 2025, 14:05``; a day
    without the time."""
    if isinstance(value, dt.datetime):
        return f"{shown_day(value, language)}, {value:%H:%M}"
    return shown_day(value, language)


def time_element(
    value: dt.datetime | dt.date, language: str | None = None, **extra: str | None
) -> str:
    """A ``<time>``: ISO 8601 to the minute in ``datetime``, the day and time in words
    of ``language``."""
    if isinstance(value, dt.datetime):
        machine = value.isoformat(timespec="minutes")
    else:
        machine = value.isoformat()
    words = shown_moment_words(value, language)
    return f"<time{attributes(datetime=machine, **extra)}>{words}</time>"


def byline_names(
    parties: Iterable[Person | Organization],
    *,
    linked: bool,
    language: str | None = None,
    rel: str | None = "author",
) -> str:
    """Names as a byline in ``language`` lists them: "A, B and C", "A、B和C", each linked
    to its page if ``linked``."""
    shown = [
        link(p.name, p.url, rel=rel) if linked and safe_url(p.url) else escape(p.name)
        for p in parties
    ]
    if len(shown) < 2:
        return "".join(shown)
    words = chrome(language)
    return escape(words.comma).join(shown[:-1]) + escape(words.and_) + shown[-1]


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


def page_language(article: Article, layout: Layout) -> str | None:
    """The language a page is written in: the article's, else its portal's."""
    return article.language or layout.language


def vocabulary(article: Article, layout: Layout) -> Vocabulary:
    """The words of the page's language, English where the strategies have none."""
    primary = (page_language(article, layout) or "en").split("-")[0]
    return LANGUAGES.get(primary, LANGUAGES["en"])


def html_open(article: Article, extra: str = "") -> str:
    """The doctype and ``<html>`` tag, with the article's language and direction."""
    lang = attributes(lang=article.language, dir=direction(article.language))
    return f"<!DOCTYPE html><html{lang}{extra}>"


_COMMON_SECTIONS = 7  # how many of a language's sections a plain menu lists
_MENU_SIZES = (4, 12)  # the fewest and most sections a drawn menu lists


def menu_names(pool: Sequence[str], number: int, own: str | None) -> tuple[str, ...]:
    """The section names a portal's menu lists, chosen by ``number`` from ``pool``: 0
    gives the commonest (the pool's first) in order, any other number a menu of its own
    (how many, which, in what order); ``own``, the article's section, is among them."""
    if number == 0:
        names = list(pool[:_COMMON_SECTIONS])
    else:
        chance = random.Random(number)
        fewest, most = _MENU_SIZES
        names = chance.sample(list(pool), chance.randint(fewest, min(most, len(pool))))
    if own is not None and own not in names:
        names[number % len(names)] = own
    return tuple(names)


def menu(article: Article, layout: Layout) -> list[tuple[str, str]]:
    """The portal's top sections as (name, address), else the layout's menu at
    addresses on the page's host; the article's own top section is always among them."""
    own = article.section.path[0] if article.section is not None else None
    portal = article.portal
    if portal is not None and portal.top_sections:
        tops = list(portal.top_sections)
        if own is not None and own.name not in {top.name for top in tops}:
            tops.append(own)
        return [(s.name, s.url or urljoin(layout.url, "/")) for s in tops]
    names = layout.menu or vocabulary(article, layout).sections[:_COMMON_SECTIONS]
    return [
        (
            name,
            own.url
            if own is not None and own.url and name == own.name
            else urljoin(layout.url, f"/{slug(name) or 'section'}/"),
        )
        for name in names
    ]


def other_headlines(article: Article, layout: Layout, count: int) -> list[tuple[str, str]]:
    """Headlines of other stories for rails and widgets, with addresses on the host."""
    url = layout.url
    words = vocabulary(article, layout)
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

"""Writes a portal's front (home page or section front) as a semantic HTML5 page.

The page: a ``<head>`` with the title, the canonical link, a ``<link>`` per feed, sitemap
and neighbouring page, and the JSON-LD of :func:`~newsmodel.writers.front_jsonld.front_jsonld`;
the portal's ``<header>``; the section tree as a ``<nav>`` of nested lists; in ``<main>``
the breadcrumb of a section front, the ``<h1>``, one ``<section>`` per block with one
``<article>`` per teaser, and the pagination; a ``<footer>`` with the publisher and the
feeds. Which element, attribute or JSON-LD property carries each field (so that
:func:`newsmodel.read_front` gives the front back) is the markup contract in
:doc:`/portals`.

It is escaping-safe as the article page is (:mod:`newsmodel.writers._markup`), and
deterministic: the same front always gives the same bytes. The furniture's words follow
the front's language (:mod:`newsmodel.writers._locale`).
"""

from __future__ import annotations

from collections.abc import Iterator

from .._front import Front, FrontBlock, ListingLink, Teaser, TeaserFlag
from .._listing import ListingKind
from .._model import Portal, Section
from ..errors import WriteError
from ._locale import Furniture, direction, furniture
from ._markup import (
    attributes,
    breadcrumbs,
    escape,
    link,
    meta,
    moment,
    names,
    safe_url,
    script_json,
    site_header,
)
from ._stylesheet import STYLESHEET
from .front_jsonld import front_jsonld

__all__ = ["FEED_TYPES", "write_front"]

#: The media type of the ``<link rel="alternate">`` of each kind of feed. A feed of
#: unknown kind is written ``rel="feed"``, with no type: an untyped ``alternate`` would
#: mean another version of the page.
FEED_TYPES = {
    ListingKind.RSS: "application/rss+xml",
    ListingKind.ATOM: "application/atom+xml",
    ListingKind.JSON_FEED: "application/feed+json",
}


def write_front(front: Front, *, style: bool = False) -> str:
    """Return ``front`` as an HTML5 page.

    Args:
        front: The home page or section front.
        style: Embed the small stylesheet in the ``<head>``, for a readable preview.

    Raises:
        WriteError: ``style`` is not True or False.

    .. versionadded:: 0.2
    """
    if not isinstance(style, bool):
        raise WriteError(f"html writer: style must be true or false: {style!r}")
    words = furniture(front.language)
    language = attributes(lang=front.language, dir=direction(front.language))
    lines = ["<!DOCTYPE html>", f"<html{language}>", "<head>", *_head(front, words)]
    if style:
        lines.append(f"<style>\n{STYLESHEET}</style>")
    lines.append(f'<script type="application/ld+json">{script_json(front_jsonld(front))}</script>')
    lines += ["</head>", "<body>", *site_header(front.portal)]
    if front.portal is not None and front.portal.sections:
        lines += _navigation(front.portal, front.section, words)
    lines.append("<main>")
    if front.section is not None:
        lines += breadcrumbs(front.section, words)
    heading = _heading(front)
    if heading:
        lines.append(f'<h1 class="front-title">{escape(heading)}</h1>')
    for block in front.blocks:
        lines += _block(block, words)
    lines += _pagination(front, words)
    lines += ["</main>", *_footer(front), "</body>", "</html>"]
    return "\n".join(lines)


def _heading(front: Front) -> str | None:
    """What the page is called: its title, else its section's name, else its portal's."""
    if front.title:
        return front.title
    if front.section is not None:
        return front.section.name
    return front.portal.name if front.portal is not None else None


def _head(front: Front, words: Furniture) -> list[str]:
    portal_name = front.portal.name if front.portal is not None else None
    named = [name for name in (_heading(front), portal_name) if name]
    title = " · ".join(dict.fromkeys(named)) or front.url or words.home
    lines = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
    ]
    if front.is_home and front.portal is not None and front.portal.tagline:
        lines.append(meta("name", "description", front.portal.tagline))
    canonical = safe_url(front.url)
    if canonical:
        lines.append(f'<link rel="canonical"{attributes(href=canonical)}>')
    opengraph = [
        ("og:type", "website"),
        ("og:title", _heading(front)),
        ("og:url", canonical),
        ("og:site_name", portal_name),
    ]
    lines += [meta("property", key, value) for key, value in opengraph if value is not None]
    lines += [_feed_link(feed) for feed in front.feeds if safe_url(feed.url)]
    lines += [_sitemap_link(sitemap) for sitemap in front.sitemaps if safe_url(sitemap.url)]
    for rel, url in (("prev", front.previous_page), ("next", front.next_page)):
        if safe_url(url):
            lines.append(f"<link{attributes(rel=rel, href=safe_url(url))}>")
    return lines


def _feed_link(feed: ListingLink) -> str:
    kind = FEED_TYPES.get(feed.kind) if feed.kind is not None else None
    rel = "alternate" if kind else "feed"
    return f"<link{attributes(rel=rel, type=kind, href=safe_url(feed.url), title=feed.title)}>"


def _sitemap_link(sitemap: ListingLink) -> str:
    shown = attributes(
        rel="sitemap",
        type="application/xml",
        href=safe_url(sitemap.url),
        title=sitemap.title,
        data_kind=sitemap.kind.value if sitemap.kind is not None else None,
    )
    return f"<link{shown}>"


def _navigation(portal: Portal, current: Section | None, words: Furniture) -> Iterator[str]:
    """The section tree as nested lists, each section once, in the portal's order.

    Written without recursion, so that however deep the tree, writing it is no problem.
    """
    children: dict[Section | None, list[Section]] = {}
    for section in dict.fromkeys(portal.sections):
        children.setdefault(section.parent, []).append(section)
    yield f'<nav class="site-navigation"{attributes(aria_label=words.sections)}>'
    yield "<ul>"
    stack: list[Iterator[Section] | str] = [iter(children.get(None, []))]
    while stack:
        top = stack[-1]
        if isinstance(top, str):  # the closing tags of a section whose subsections are done
            stack.pop()
            yield top
            continue
        following = next(top, None)
        if following is None:
            stack.pop()
            yield "</ul>"
            continue
        section = following
        here = "page" if section == current else None
        shown = link(section.name, section.url, aria_current=here)
        if section in children:
            yield f"<li>{shown}"
            yield "<ul>"
            stack += ["</li>", iter(children[section])]
        else:
            yield f"<li>{shown}</li>"
    yield "</nav>"


def _block(block: FrontBlock, words: Furniture) -> Iterator[str]:
    yield '<section class="front-block">'
    if block.heading is not None:
        url = block.section.url if block.section is not None else None
        yield f"<h2>{link(block.heading, url) if safe_url(url) else escape(block.heading)}</h2>"
    elif block.section is not None:
        yield f'<p class="block-section">{link(block.section.name, block.section.url)}</p>'
    for teaser in block.teasers:
        yield from _teaser(teaser, words)
    yield "</section>"


_FLAG_WORDS = {TeaserFlag.LIVE: "live", TeaserFlag.BREAKING: "breaking"}


def _teaser(teaser: Teaser, words: Furniture) -> Iterator[str]:
    article = teaser.article
    flags = " ".join(flag.value for flag in teaser.flags) or None
    yield f'<article class="teaser"{attributes(data_flags=flags)}>'
    if teaser.flags:
        labels = (
            f'<span class="flag {flag.value}">{escape(getattr(words, _FLAG_WORDS[flag]))}</span>'
            for flag in teaser.flags
        )
        yield f'<p class="flags">{" ".join(labels)}</p>'
    yield f"<h3>{link(article.headline, article.url)}</h3>"
    image = article.images[0] if article.images else None
    if image is not None and safe_url(image.url):
        shown = attributes(
            src=safe_url(image.url),
            alt=image.caption or "",
            width=image.width,
            height=image.height,
        )
        yield f'<img class="teaser-image"{shown}>'
    if article.description:
        yield f'<p class="standfirst">{escape(article.description)}</p>'
    details = []
    if article.section is not None:
        details.append(link(article.section.name, article.section.url, class_="section"))
    if article.authors:
        byline = escape(words.by).format(names(article.authors, rel="author"))
        details.append(f'<span class="byline">{byline}</span>')
    if article.date_published is not None:
        details.append(moment(article.date_published))
    if details:
        yield f'<p class="teaser-meta">{" · ".join(details)}</p>'
    yield "</article>"


def _pagination(front: Front, words: Furniture) -> Iterator[str]:
    pages = [
        link(shown, url, rel=rel)
        for rel, url, shown in (
            ("prev", front.previous_page, words.previous_page),
            ("next", front.next_page, words.next_page),
        )
        if safe_url(url)
    ]
    if pages:
        yield '<nav class="pagination">'
        yield " ".join(pages)
        yield "</nav>"


def _footer(front: Front) -> Iterator[str]:
    """The publisher, and a link to each feed with a title."""
    publisher = front.portal.publisher if front.portal is not None else None
    feeds = [link(feed.title, feed.url) for feed in front.feeds if feed.title]
    if publisher is None and not feeds:
        return
    yield '<footer class="site-footer">'
    if publisher is not None:
        yield f'<p class="publisher">© {names([publisher])}</p>'
    if feeds:
        yield '<ul class="feeds">'
        yield from (f"<li>{shown}</li>" for shown in feeds)
        yield "</ul>"
    yield "</footer>"

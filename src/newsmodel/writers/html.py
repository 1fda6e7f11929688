"""Writes an article as semantic HTML5, with its schema.org JSON-LD embedded.

The page is made of ``<article>`` (a ``<header>`` with the breadcrumb ``<nav>``, the
``<h1>``, the byline and ``<time>`` elements, the images as ``<figure>``), the body blocks
(``p``, ``h2``-``h6``, ``blockquote``, ``figure``, ``ul``/``ol``), the related links in an
``<aside>``, the comments as nested lists, and the JSON-LD of
:func:`newsmodel.writers.jsonld.to_jsonld` in a ``<script type="application/ld+json">``.
The ``<head>`` carries what portals write for search engines and link previews
(OpenGraph, ``article:*``, a Twitter card); the page's direction and its furniture's words
follow the article's language (:mod:`newsmodel.writers._locale`).

Nothing the article holds can leave the element, attribute or script it is written in
(see :mod:`newsmodel.writers._markup`, the pieces of markup it shares). A portal's
front is written by :mod:`newsmodel.writers.front_html`, through :meth:`HtmlWriter.write_front`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .._front import Front
from .._model import (
    Article,
    Block,
    Comment,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Related,
    RelatedKind,
)
from ..errors import WriteError
from ._locale import Furniture, direction, furniture
from ._markup import (
    attributes,
    breadcrumbs,
    escape,
    iso,
    link,
    meta,
    moment,
    names,
    safe_url,
    script_json,
    site_header,
)
from ._stylesheet import STYLESHEET
from .front_html import write_front
from .jsonld import to_jsonld

__all__ = ["HtmlWriter", "body_html", "script_json", "writer"]

# Each kind of related link is listed under its own class, the names pages use for them.
_RELATED_CLASS = {
    RelatedKind.RELATED: "related",
    RelatedKind.SEE_ALSO: "see-also",
    RelatedKind.MORE_FROM_SECTION: "more-from-section",
    RelatedKind.PREVIOUS: "nav-previous",
    RelatedKind.NEXT: "nav-next",
}
# What follows a dateline opening a paragraph: "Damascus – ...", "Paris, 5 March (AFP) - ...".
_AFTER_DATELINE = frozenset("-\u2013\u2014,:(")
_RELATED_REL = {RelatedKind.PREVIOUS: "prev", RelatedKind.NEXT: "next"}


class HtmlWriter:
    """The ``html`` writer: a page (or one ``<article>`` element) people and machines read."""

    def write(
        self,
        article: Article,
        *,
        document: bool = True,
        type: str = "NewsArticle",
        graph: bool = False,
        style: bool = False,
    ) -> str:
        """Return ``article`` as HTML5.

        Args:
            article: The article.
            document: Write a whole page (``<!DOCTYPE html>``, a ``<head>`` with the title,
                description, canonical link, OpenGraph and Twitter card tags and the
                JSON-LD, and the portal's header); False for the ``<article>`` element
                alone, with the JSON-LD script inside it.
            type: The schema.org type of the embedded JSON-LD article node.
            graph: Embed the JSON-LD as a linked ``@graph`` (see
                :func:`~newsmodel.writers.jsonld.to_jsonld`).
            style: Embed a small stylesheet in the page's ``<head>`` (or before the
                ``<article>`` element), so that a browser shows a readable preview.

        Raises:
            WriteError: ``type`` is not a type of the Article family, or ``style`` is not
                True or False.

        .. versionadded:: 0.1.0
        """
        if not isinstance(style, bool):
            raise WriteError(f"html writer: style must be true or false: {style!r}")
        script = (
            '<script type="application/ld+json">'
            f"{script_json(to_jsonld(article, type=type, graph=graph))}</script>"
        )
        words = furniture(article.language)
        stylesheet = [f"<style>\n{STYLESHEET}</style>"] if style else []
        if not document:
            return "\n".join([*stylesheet, *_article(article, words, script)])
        language = attributes(lang=article.language, dir=direction(article.language))
        lines = ["<!DOCTYPE html>", f"<html{language}>", "<head>"]
        lines += [*_head(article), *stylesheet, script, "</head>", "<body>"]
        lines += site_header(article.portal)
        lines += ["<main>", *_article(article, words, None), "</main>", "</body>", "</html>"]
        return "\n".join(lines)

    def write_front(self, front: Front, *, style: bool = False) -> str:
        """Return a portal's front as an HTML5 page (see
        ``newsmodel.writers.front_html.write_front``).

        .. versionadded:: 0.2
        """
        return write_front(front, style=style)


writer = HtmlWriter()


def body_html(blocks: Iterable[Block]) -> str:
    """Body blocks as the HTML this writer puts in a page's article body, one element a
    line: what a feed carries as an item's full text.

    .. versionadded:: 0.2
    """
    return "\n".join(line for block in blocks for line in _block(block))


def _head(article: Article) -> list[str]:
    """The ``<head>``'s tags a portal writes: title, description, canonical link, author,
    OpenGraph with its ``article:*`` properties, and a Twitter card; each only where the
    article has its value."""
    lines = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(article.headline)}</title>",
    ]
    if article.description:
        lines.append(meta("name", "description", article.description))
    if article.authors:
        lines.append(meta("name", "author", ", ".join(a.name for a in article.authors)))
    canonical = safe_url(article.canonical_url)
    if canonical:
        lines.append(f'<link rel="canonical"{attributes(href=canonical)}>')
    images = [(image, source) for image in article.images if (source := safe_url(image.url))]
    opengraph: list[tuple[str, str | int | None]] = [
        ("og:type", "article"),
        ("og:title", article.headline),
        ("og:description", article.description),
        ("og:url", canonical),  # like rel="canonical": the reader takes it for one
        ("og:site_name", article.portal.name if article.portal else None),
        ("og:locale", article.language.replace("-", "_") if article.language else None),
    ]
    for image, source in images:
        opengraph += [
            ("og:image", source),
            ("og:image:width", image.width),
            ("og:image:height", image.height),
            ("og:image:alt", image.caption),
        ]
    opengraph += [
        ("article:published_time", iso(article.date_published)),
        ("article:modified_time", iso(article.date_modified)),
        ("article:section", article.section.name if article.section else None),
    ]
    opengraph += [("article:author", safe_url(a.url) or a.name) for a in article.authors]
    opengraph += [("article:tag", keyword) for keyword in article.keywords]
    lines += [meta("property", key, value) for key, value in opengraph if value is not None]
    twitter = [
        ("twitter:card", "summary_large_image" if images else "summary"),
        ("twitter:title", article.headline),
        ("twitter:description", article.description),
    ]
    if images:
        twitter += [("twitter:image", images[0][1]), ("twitter:image:alt", images[0][0].caption)]
    lines += [meta("name", key, value) for key, value in twitter if value is not None]
    return lines


def _article(article: Article, words: Furniture, script: str | None) -> Iterator[str]:
    """The ``<article>``; with ``script`` it stands alone, so it says its own language."""
    language = attributes(lang=article.language, dir=direction(article.language))
    yield f"<article{language}>" if script else "<article>"
    yield "<header>"
    if article.section is not None:
        yield from breadcrumbs(article.section, words)
    # The standfirst goes with the headline, the byline and dates in the article's
    # <footer>: neither is story text, and a reader knows it by the markup alone.
    grouped = article.alternative_headline or article.description
    if grouped:
        yield "<hgroup>"
    yield f"<h1>{escape(article.headline)}</h1>"
    if article.alternative_headline:
        yield f'<p class="alternative-headline">{escape(article.alternative_headline)}</p>'
    if article.description:
        yield f'<p class="description">{escape(article.description)}</p>'
    if grouped:
        yield "</hgroup>"
    yield "</header>"
    meta = []
    if article.authors:
        byline = escape(words.by).format(names(article.authors, rel="author"))
        meta.append(f'<p class="byline">{byline}</p>')
    meta += _dates(article, words)
    if meta:
        yield '<footer class="article-meta">'
        yield from meta
        yield "</footer>"
    for image in article.images:
        yield from _figure(image, "article-image")
    if article.body:
        yield '<div class="article-body">'
        for block in article.body:
            yield from _block(block)
        yield "</div>"
    if article.related:
        yield from _related(article.related, words)
    if article.comments or article.comments_open is not None:
        yield from _comments(article, words)
    if script:
        yield script
    yield "</article>"


def _dates(article: Article, words: Furniture) -> Iterator[str]:
    parts = []
    if article.dateline and not _opens_with(article.body, article.dateline):
        parts.append(f'<span class="dateline">{escape(article.dateline)}</span>')
    if article.date_published is not None:
        parts.append(f'<span class="published">{moment(article.date_published)}</span>')
    if article.date_modified is not None:
        updated = f"{escape(words.updated)} {moment(article.date_modified)}"
        parts.append(f'<span class="modified">{updated}</span>')
    if parts:
        yield f'<p class="dateline-and-dates">{" · ".join(parts)}</p>'


def _opens_with(body: tuple[Block, ...], dateline: str) -> bool:
    """Whether the first paragraph opens with the dateline ("Damascus – ..."), which then
    shows it: the header does not repeat it."""
    if not body or not isinstance(body[0], Paragraph):
        return False
    place, text = " ".join(dateline.split()), " ".join(body[0].text.split())
    rest = text[len(place) :].lstrip()
    return text.startswith(place) and (not rest or rest[0] in _AFTER_DATELINE)


def _figure(image: Image, kind: str | None = None) -> Iterator[str]:
    """A ``<figure>``: the image, its credit, then its caption."""
    source = safe_url(image.url)
    if source is None:
        return
    yield f"<figure{attributes(class_=kind)}>"
    yield (
        f"<img{attributes(src=source, alt=image.caption or '')}"
        f"{attributes(width=image.width, height=image.height)}>"
    )
    if image.credit:
        yield f'<small class="credit">{escape(image.credit)}</small>'
    if image.caption:
        yield f"<figcaption>{escape(image.caption)}</figcaption>"
    yield "</figure>"


def _block(block: Block) -> Iterator[str]:
    if isinstance(block, Paragraph):
        yield f"<p>{escape(block.text)}</p>"
    elif isinstance(block, Heading):
        level = max(block.level, 2)  # the page's one <h1> is the headline
        yield f"<h{level}>{escape(block.text)}</h{level}>"
    elif isinstance(block, Quote) and block.citation:  # the attribution outside the quote
        yield '<figure class="quote">'
        yield f"<blockquote><p>{escape(block.text)}</p></blockquote>"
        yield f"<figcaption><cite>{escape(block.citation)}</cite></figcaption>"
        yield "</figure>"
    elif isinstance(block, Quote):
        yield f"<blockquote><p>{escape(block.text)}</p></blockquote>"
    elif isinstance(block, Figure):
        yield from _figure(block.image)
    elif isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        yield f"<{tag}>"
        yield from (f"<li>{escape(item)}</li>" for item in block.items)
        yield f"</{tag}>"


def _related(links: tuple[Related, ...], words: Furniture) -> Iterator[str]:
    """Related links in page order; each run of one kind is a list named for the kind."""
    yield f'<aside class="article-links"{attributes(aria_label=words.related)}>'
    yield f"<h2>{escape(words.related)}</h2>"
    kind: RelatedKind | None = None
    for related in links:
        if related.kind is not kind:
            if kind is not None:
                yield "</ul>"
            kind = related.kind
            yield f"<ul{attributes(class_=_RELATED_CLASS[kind])}>"
        item = link(related.title, related.url, rel=_RELATED_REL.get(related.kind))
        if related.image is not None and safe_url(related.image.url):
            image = related.image
            shown = attributes(
                src=safe_url(image.url), alt="", width=image.width, height=image.height
            )
            item = f"<img{shown}> {item}"
        if related.date is not None:
            item = f"{item} {moment(related.date)}"
        yield f"<li>{item}</li>"
    yield "</ul>"
    yield "</aside>"


def _comments(article: Article, words: Furniture) -> Iterator[str]:
    yield f'<section class="comments" id="comments"{attributes(aria_label=words.comments)}>'
    yield f"<h2>{escape(words.comments)}</h2>"
    if article.comments:
        yield from _thread(article.comments, "comment-list", words)
    if article.comments_open:
        yield '<form class="comment-form" method="post">'
        yield f'<label>{escape(words.your_comment)} <textarea name="comment"></textarea></label>'
        yield f'<button type="submit">{escape(words.post_comment)}</button>'
        yield "</form>"
    elif article.comments_open is False:
        yield f"<p>{escape(words.comments_closed)}</p>"
    yield "</section>"


def _thread(comments: Iterable[Comment], kind: str, words: Furniture) -> Iterator[str]:
    """Comments as an ordered list; each comment's replies as a list inside its item.

    Written without recursion, so that a thread nested thousands deep is no problem.
    """
    stack: list[Iterator[Comment] | str] = [iter(comments)]
    yield f'<ol class="{kind}">'
    while stack:
        top = stack[-1]
        if isinstance(top, str):  # the closing tags of a comment whose replies are done
            stack.pop()
            yield top
            continue
        comment = next(top, None)
        if comment is None:
            stack.pop()
            yield "</ol>"
            continue
        spaced = comment.id is None or any(char.isspace() for char in comment.id)
        anchor = None if spaced else f"comment-{comment.id}"
        yield f'<li class="comment"{attributes(id=anchor)}>'
        meta = []
        if comment.author is not None:
            meta.append(f'<span class="comment-author">{names([comment.author])}</span>')
        if comment.date is not None:
            meta.append(moment(comment.date))
        if comment.upvotes is not None:
            meta.append(
                f'<span class="upvotes">{escape(words.upvotes).format(comment.upvotes)}</span>'
            )
        if meta:
            yield f'<p class="comment-meta">{" ".join(meta)}</p>'
        yield f'<p class="comment-text">{escape(comment.text)}</p>'
        if comment.replies:
            stack.append("</li>")
            stack.append(iter(comment.replies))
            yield '<ol class="children">'
        else:
            yield "</li>"

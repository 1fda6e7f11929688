"""An AMP page of a story: ``<html ⚡>``, the AMP boilerplate, ``amp-img`` figures.

It is served at the story's address followed by ``/amp`` and links the story's address
as canonical. The menu is an ``amp-sidebar``; share buttons are ``amp-social-share``.
Like most AMP pages it links to the comments rather than showing them, so the truth has
no comments.
"""

from __future__ import annotations

from .._model import Article, Block, Figure
from ..writers._locale import furniture as words_for
from ..writers._markup import attributes, escape, link, safe_url
from .chrome import chrome
from .markup import (
    block_html,
    byline_names,
    html_open,
    menu,
    page_language,
    rendered,
    time_element,
)
from .metadata import structured_data
from .page import Furniture, Layout, PageSample
from .truth import Shown, shown_article

__all__ = ["render"]

NAME = "amp"
_SHOWN = Shown(author_links=True, standfirst=True, comments=False)
_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal "
    "both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from"
    "{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>"
    "body{-webkit-animation:none;animation:none}</style></noscript>"
)


def render(article: Article, layout: Layout) -> PageSample[Article]:
    """The AMP page of ``article`` and what it shows."""
    address = layout.url.split("?")[0].split("#")[0].rstrip("/") + "/amp"
    truth = shown_article(article, layout, _SHOWN, url=address)
    language = page_language(truth, layout)
    data = structured_data(truth, layout)
    has = layout.furniture.__contains__
    words = words_for(language)
    out = [
        html_open(truth, " ⚡"),
        '<head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js">'
        "</script>",
        f"<title>{escape(truth.headline)}</title>",
        f'<link rel="canonical"{attributes(href=layout.url)}>',
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        _BOILERPLATE,
        "<style amp-custom>body{font-family:sans-serif}.byline{color:#555}</style>",
        data.head,
        "</head><body>",
    ]
    if has(Furniture.NAVIGATION):
        items = "".join(f"<li>{link(n, u)}</li>" for n, u in menu(article, layout))
        out.append(
            f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{items}</ul>'
            "</amp-sidebar>"
        )
    if truth.portal is not None:
        out.append(f'<header class="amp-header">{link(truth.portal.name, truth.portal.url)}')
        if truth.portal.tagline:
            out.append(f"<span>{escape(truth.portal.tagline)}</span>")
        out.append("</header>")
    if truth.section is not None:
        steps = " › ".join(link(s.name, s.url) for s in truth.section.path)
        out.append(f'<nav class="breadcrumb">{steps}</nav>')
    out.append(f"<article><h1>{escape(truth.headline)}</h1>")
    if truth.description:
        out.append(f'<p class="lede">{escape(truth.description)}</p>')
    if truth.authors:
        names = byline_names(truth.authors, linked=True, language=language)
        by = escape(words.by).format(names)
        out.append(f'<p class="byline">{by}</p>')
    if truth.date_published is not None:
        out.append(time_element(truth.date_published, language))
    out.extend(_block(b) for b in truth.body)
    out.append("</article>")
    out.append(data.microdata)
    if has(Furniture.SHARE_BAR):
        out.append(
            '<div class="share"><amp-social-share type="facebook" width="40" height="40">'
            '</amp-social-share><amp-social-share type="twitter" width="40" height="40">'
            "</amp-social-share></div>"
        )
    if truth.related:
        items = "".join(f"<li>{link(r.title, r.url)}</li>" for r in truth.related)
        heading = escape(words.related)
        out.append(f'<section class="related"><h2>{heading}</h2><ul>{items}</ul></section>')
    if has(Furniture.COMMENTS) and article.comments:
        out.append(
            '<p class="comments-link">'
            f"<a{attributes(href=layout.url + '#comments')}>{escape(words.comments)}</a></p>"
        )
    if has(Furniture.FOOTER):
        full_site = escape(chrome(language).full_site)
        out.append(
            f'<footer class="amp-footer"><a{attributes(href=layout.url)}>{full_site}</a></footer>'
        )
    out.append("</body></html>")
    notes = data.notes
    if article.comments and has(Furniture.COMMENTS):
        notes = (*notes, "the comments are linked, not shown")
    return rendered("".join(out), truth, layout, NAME, notes, url=address)


def _block(block: Block) -> str:
    if not isinstance(block, Figure):
        return block_html(block)
    image = block.image
    src = safe_url(image.url)
    width, height = image.width or 1200, image.height or 800
    parts = ["<figure>"]
    if src:
        parts.append(
            f"<amp-img{attributes(src=src, width=width, height=height, alt=image.caption or '')} "
            'layout="responsive"></amp-img>'
        )
    texts = " ".join(escape(t) for t in (image.caption, image.credit) if t)
    if texts:
        parts.append(f"<figcaption>{texts}</figcaption>")
    parts.append("</figure>")
    return "".join(parts)

"""A WordPress news theme's single post.

Site title and tagline in the header, a menu, Yoast breadcrumbs, ``article.post`` with
``h1.entry-title``, ``.entry-meta`` (the ``<time>`` and the byline), ``.entry-content``,
tags and share buttons in ``.entry-footer``, Jetpack's "Related posts", ``ol.comment-list``
with replies in ``ul.children`` and a reply form, sidebar widgets and a footer; the words
around the story (byline, related posts, comments) in the article's language.
The byline links each author to their author page.
"""

from __future__ import annotations

from .._model import Article, Comment
from ..writers._locale import furniture as words_for
from ..writers._markup import attributes, escape, link
from .chrome import Chrome, chrome
from .markup import (
    block_html,
    byline_names,
    html_open,
    menu,
    other_headlines,
    page_language,
    rendered,
    time_element,
)
from .metadata import structured_data
from .page import Furniture, Layout, PageSample
from .truth import Shown, shown_article

__all__ = ["render"]

NAME = "wordpress"
_SHOWN = Shown(author_links=True)


def render(article: Article, layout: Layout) -> PageSample[Article]:
    """The post page of ``article`` and what it shows."""
    truth = shown_article(article, layout, _SHOWN)
    language = page_language(truth, layout)
    data = structured_data(truth, layout)
    has = layout.furniture.__contains__
    site = truth.portal.name if truth.portal else None
    title = f"{truth.headline} – {site}" if site else truth.headline
    out = [
        html_open(truth),
        f'<head><meta charset="utf-8"><title>{escape(title)}</title>',
        f'<link rel="canonical"{attributes(href=layout.url)}>',
        data.head,
        "</head>",
        '<body class="post-template-default single single-post single-format-standard">',
    ]
    if has(Furniture.COOKIE_BANNER):
        out.append(_cookie_notice(chrome(language)))
    out.append('<div id="page" class="site">')
    out.extend(_masthead(article, truth, layout))
    out.append('<div id="content" class="site-content"><div id="primary" class="content-area">')
    out.append('<main id="main" class="site-main">')
    out.extend(_post(truth, layout))
    out.append(data.microdata)
    if truth.related:
        items = "".join(
            f'<div class="jp-relatedposts-post">{link(r.title, r.url, rel="bookmark")}</div>'
            for r in truth.related
        )
        out.append(
            '<div id="jp-relatedposts" class="jp-relatedposts">'
            '<h3 class="jp-relatedposts-headline">'
            f"<em>{escape(words_for(language).related)}</em></h3>"
            f'<div class="jp-relatedposts-items">{items}</div></div>'
        )
    if Furniture.COMMENTS in layout.furniture and truth.comments_open is not None:
        out.append(_comments(truth, layout.url, language))
    out.append("</main></div>")
    out.extend(_sidebar(article, layout))
    out.append("</div>")
    if has(Furniture.FOOTER):
        words = chrome(language)
        powered = escape(words.powered_by_wordpress).format(
            '<a href="https://wordpress.org/">WordPress</a>'
        )
        owner = escape(site) if site else escape(words.all_rights_reserved)
        out.append(
            '<footer id="colophon" class="site-footer"><div class="site-info">'
            f"© {owner} · {powered}</div></footer>"
        )
    out.append("</div></body></html>")
    return rendered("".join(out), truth, layout, NAME, data.notes)


def _cookie_notice(words: Chrome) -> str:
    return (
        '<div id="cookie-notice" role="dialog">'
        f'<span class="cn-text">{escape(words.cookie_notice)}</span>'
        f'<a href="#" class="cn-button">{escape(words.cookie_ok)}</a></div>'
    )


def _sharing(words: Chrome) -> str:
    return (
        '<div class="sharedaddy sd-sharing-enabled">'
        f'<h3 class="sd-title">{escape(words.share_this)}</h3>'
        '<ul><li><a class="share-facebook" href="#">Facebook</a></li>'
        '<li><a class="share-twitter" href="#">X</a></li>'
        f'<li><a class="share-email" href="#">{escape(words.email)}</a></li></ul></div>'
    )


def _newsletter(words: Chrome) -> str:
    return (
        '<section class="widget widget_newsletter">'
        f'<h2 class="widget-title">{escape(words.newsletter)}</h2>'
        f"<p>{escape(words.newsletter_pitch)}</p>"
        f'<form><input type="email"{attributes(placeholder=words.your_email)}>'
        f"<button>{escape(words.subscribe)}</button></form></section>"
    )


def _masthead(article: Article, truth: Article, layout: Layout) -> list[str]:
    out = ['<header id="masthead" class="site-header">']
    if truth.portal is not None:
        out.append('<div class="site-branding"><p class="site-title">')
        out.append(link(truth.portal.name, truth.portal.url, rel="home"))
        out.append("</p>")
        if truth.portal.tagline:
            out.append(f'<p class="site-description">{escape(truth.portal.tagline)}</p>')
        out.append("</div>")
    if Furniture.NAVIGATION in layout.furniture:
        items = "".join(
            f'<li class="menu-item">{link(name, url)}</li>' for name, url in menu(article, layout)
        )
        out.append(
            '<nav id="site-navigation" class="main-navigation">'
            f'<ul id="primary-menu" class="menu">{items}</ul></nav>'
        )
    out.append("</header>")
    return out


def _post(truth: Article, layout: Layout) -> list[str]:
    language = page_language(truth, layout)
    page_words = chrome(language)
    out = []
    if truth.section is not None:
        home = words_for(language).home
        steps = [link(home, "/")] + [link(s.name, s.url) for s in truth.section.path]
        out.append(
            '<nav aria-label="breadcrumbs"><p id="breadcrumbs">'
            + " » ".join(f"<span>{step}</span>" for step in steps)
            + ' » <span class="breadcrumb_last" '
            f'aria-current="page">{escape(truth.headline)}</span>'
            "</p></nav>"
        )
    out.append('<article class="post type-post status-publish format-standard hentry">')
    out.append(
        f'<header class="entry-header"><h1 class="entry-title">{escape(truth.headline)}</h1>'
    )
    out.append('<div class="entry-meta">')
    if truth.date_published is not None:
        out.append(
            f'<span class="posted-on">{escape(page_words.posted_on)} '
            f'<a{attributes(href=layout.url)} rel="bookmark">'
            f"{time_element(truth.date_published, language, class_='entry-date published')}"
            "</a></span>"
        )
    if truth.authors:
        names = byline_names(truth.authors, linked=True, language=language)
        by = escape(words_for(language).by).format(f'<span class="author vcard">{names}</span>')
        out.append(f'<span class="byline"> {by}</span>')
    out.append("</div></header>")
    out.append('<div class="entry-content">')
    out.extend(block_html(block, quote_class="wp-block-quote") for block in truth.body)
    out.append("</div>")
    out.append('<footer class="entry-footer">')
    if truth.section is not None:
        category = link(truth.section.name, truth.section.url, rel="category tag")
        posted_in = escape(page_words.posted_in)
        out.append(f'<span class="cat-links">{posted_in} {category}</span>')
    if Furniture.SHARE_BAR in layout.furniture:
        out.append(_sharing(page_words))
    out.append("</footer></article>")
    return out


def _sidebar(article: Article, layout: Layout) -> list[str]:
    language = page_language(article, layout)
    has = layout.furniture.__contains__
    if not (has(Furniture.RAIL) or has(Furniture.NEWSLETTER)):
        return []
    words = chrome(language)
    out = ['<aside id="secondary" class="widget-area">']
    if has(Furniture.RAIL):
        recent = "".join(f"<li>{link(t, u)}</li>" for t, u in other_headlines(article, layout, 5))
        out.append(
            '<section class="widget widget_recent_entries">'
            f'<h2 class="widget-title">{escape(words.recent_posts)}</h2><ul>{recent}</ul>'
            "</section>"
        )
    if has(Furniture.NEWSLETTER):
        out.append(_newsletter(words))
    out.append("</aside>")
    return out


def _comments(truth: Article, url: str, language: str | None) -> str:
    count = len(truth.all_comments)
    words = words_for(language)
    page_words = chrome(language)
    out = ['<div id="comments" class="comments-area">']
    if truth.comments:
        title = page_words.thoughts_on.format(count=count, title=truth.headline)
        thread = "".join(_comment(c, 1, url, page_words, language) for c in truth.comments)
        out.append(
            f'<h2 class="comments-title">{escape(title)}</h2>'
            f'<ol class="comment-list">{thread}</ol>'
        )
    if truth.comments_open:
        value = attributes(value=words.post_comment)
        out.append(
            '<div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">'
            f"{escape(words.your_comment)}</h3>"
            '<form action="/wp-comments-post.php" method="post" id="commentform">'
            '<p class="comment-form-comment">'
            f'<label for="comment">{escape(page_words.comment)}</label>'
            '<textarea id="comment" name="comment"></textarea></p>'
            f'<p class="form-submit"><input name="submit" type="submit"{value}></p>'
            "</form></div>"
        )
    else:
        out.append(f'<p class="no-comments">{escape(words.comments_closed)}</p>')
    out.append("</div>")
    return "".join(out)


def _comment(comment: Comment, depth: int, url: str, words: Chrome, language: str | None) -> str:
    anchor = f"comment-{comment.id}" if comment.id else None
    out = [
        f'<li{attributes(id=anchor)} class="comment depth-{depth}"><article class="comment-body">'
    ]
    out.append('<footer class="comment-meta"><div class="comment-author vcard">')
    if comment.author is not None:
        out.append(
            f'<b class="fn">{escape(comment.author.name)}</b> '
            f'<span class="says">{escape(words.says)}</span>'
        )
    out.append("</div>")
    if comment.date is not None:
        here = f"{url}#{anchor}" if anchor else url
        out.append(
            '<div class="comment-metadata">'
            f"<a{attributes(href=here)}>{time_element(comment.date, language)}</a></div>"
        )
    out.append(f'</footer><div class="comment-content"><p>{escape(comment.text)}</p></div>')
    out.append(
        '<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">'
        f"{escape(words.reply)}</a></div></article>"
    )
    if comment.replies:
        replies = "".join(
            _comment(reply, depth + 1, url, words, language) for reply in comment.replies
        )
        out.append(f'<ul class="children">{replies}</ul>')
    out.append("</li>")
    return "".join(out)

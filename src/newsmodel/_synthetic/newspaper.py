"""A newspaper CMS's article page.

A mega-menu of sections with their subsections, breadcrumbs, the headline and a
standfirst, a byline linking each author with their role beside the name, a dateline, the
body with subheads, figures with captions, quotes, lists, a pull quote repeating the
second paragraph's opening words and "Read more" boxes set between its paragraphs, a
"Most read" rail, a newsletter box, a cookie banner, a related block, a comment thread
and a big footer. Class names are the BEM kind such CMSes generate.
"""

from __future__ import annotations

from .._model import Article, Comment, Paragraph, Person
from ..writers._locale import furniture as words_for
from ..writers._markup import attributes, escape, link, safe_url
from .chrome import Chrome, chrome
from .markup import (
    block_html,
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

NAME = "newspaper"
_SHOWN = Shown(author_links=True, author_roles=True, standfirst=True, dateline=True, tagline=False)
_READ_MORE_EVERY = 3  # paragraphs between the "Read more" boxes set into the story
_PULL_QUOTE_AFTER = 2  # the paragraph whose opening words a pull quote repeats, after it
_PULL_QUOTE_WORDS = 12


def render(article: Article, layout: Layout) -> PageSample[Article]:
    """The article page of ``article`` and what it shows."""
    truth = shown_article(article, layout, _SHOWN)
    language = page_language(truth, layout)
    data = structured_data(truth, layout)
    words = words_for(language)
    has = layout.furniture.__contains__
    site = truth.portal.name if truth.portal else None
    title = f"{truth.headline} | {site}" if site else truth.headline
    others = other_headlines(article, layout, 8)
    out = [
        html_open(truth),
        f'<head><meta charset="utf-8"><title>{escape(title)}</title>',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        data.head,
        '</head><body class="page page--article">',
    ]
    page_words = chrome(language)
    if has(Furniture.COOKIE_BANNER):
        out.append(_consent(page_words))
    out.append('<header class="masthead">')
    if truth.portal is not None:
        out.append(
            f'<div class="masthead__logo">{link(truth.portal.name, truth.portal.url)}</div>'
        )
    if has(Furniture.NAVIGATION):
        out.append(_mega_menu(article, layout))
    out.append('</header><main class="page__main">')
    if truth.section is not None:
        steps = "".join(
            f'<li class="breadcrumbs__item">{link(s.name, s.url)}</li>' for s in truth.section.path
        )
        out.append(
            f'<nav class="breadcrumbs" aria-label="{escape(words.breadcrumb)}"><ol>{steps}</ol>'
            "</nav>"
        )
    out.extend(_story(truth, layout, others))
    out.append(data.microdata)
    if has(Furniture.NEWSLETTER):
        out.append(_newsletter(page_words))
    if truth.related:
        items = "".join(
            f'<li class="related__item">{link(r.title, r.url)}</li>' for r in truth.related
        )
        out.append(
            f'<section class="related"><h2 class="related__title">{escape(words.related)}</h2>'
            f"<ul>{items}</ul></section>"
        )
    if Furniture.COMMENTS in layout.furniture and truth.comments_open is not None:
        out.append(_comments(truth, page_words, language))
    out.append("</main>")
    if has(Furniture.RAIL):
        ranked = "".join(f'<li class="most-read__item">{link(t, u)}</li>' for t, u in others[:5])
        out.append(
            '<aside class="rail"><section class="most-read">'
            f"<h2>{escape(page_words.most_read)}</h2><ol>{ranked}</ol></section></aside>"
        )
    if has(Furniture.FOOTER):
        out.append(_footer(article, layout, site, page_words))
    out.append("</body></html>")
    return rendered("".join(out), truth, layout, NAME, data.notes)


def _consent(words: Chrome) -> str:
    return (
        f'<div class="consent-banner" role="dialog"{attributes(aria_label=words.consent_label)}>'
        f"<p>{escape(words.consent)}</p><button>{escape(words.accept_all)}</button>"
        f"<button>{escape(words.manage_options)}</button></div>"
    )


def _share_tools(words: Chrome) -> str:
    links = "".join(
        f'<a href="#" class="share-tools__link">{escape(text)}</a>'
        for text in (
            words.share_on.format("Facebook"),
            words.share_on.format("X"),
            words.copy_link,
        )
    )
    return f'<div class="share-tools">{links}</div>'


def _newsletter(words: Chrome) -> str:
    return (
        f'<section class="newsletter-signup"><h2>{escape(words.briefing)}</h2>'
        f"<p>{escape(words.briefing_pitch)}</p>"
        f'<form><input type="email"{attributes(aria_label=words.email_address)}>'
        f"<button>{escape(words.sign_up)}</button></form></section>"
    )


def _story(truth: Article, layout: Layout, others: list[tuple[str, str]]) -> list[str]:
    language = page_language(truth, layout)
    """The article: its header, share tools, and body with "Read more" boxes set in."""
    words = chrome(language)
    out = ['<article class="article">']
    out.append(
        '<header class="article__header">'
        f'<h1 class="article__headline">{escape(truth.headline)}</h1>'
    )
    if truth.description:
        out.append(f'<p class="article__standfirst">{escape(truth.description)}</p>')
    out.append('<div class="article__meta">')
    if truth.authors:
        out.append(_byline(truth, words_for(language).by, words))
    if truth.dateline:
        out.append(f'<span class="article__dateline">{escape(truth.dateline)}</span>')
    if truth.date_published is not None:
        out.append(time_element(truth.date_published, language, class_="article__date"))
    out.append("</div></header>")
    if Furniture.SHARE_BAR in layout.furniture:
        out.append(_share_tools(words))
    out.append('<div class="article__body">')
    paragraphs = 0
    boxes = Furniture.RELATED in layout.furniture
    for block in truth.body:
        out.append(block_html(block, quote_class="article__quote"))
        paragraphs += isinstance(block, Paragraph)
        if paragraphs == _PULL_QUOTE_AFTER and isinstance(block, Paragraph):
            out.append(_pull_quote(block))
        if boxes and isinstance(block, Paragraph) and paragraphs % _READ_MORE_EVERY == 0:
            teaser, url = others[paragraphs // _READ_MORE_EVERY % len(others)]
            out.append(
                '<aside class="inline-teaser">'
                f'<span class="inline-teaser__label">{escape(words.read_more)}</span> '
                f"{link(teaser, url)}</aside>"
            )
    out.append("</div></article>")
    return out


def _pull_quote(paragraph: Paragraph) -> str:
    """A pull quote: the paragraph's opening words again, set apart in large type; the
    truth does not repeat them."""
    words = paragraph.text.split()[:_PULL_QUOTE_WORDS]
    return f'<aside class="pullquote"><p>“{escape(" ".join(words))}”</p></aside>'


def _mega_menu(article: Article, layout: Layout) -> str:
    language = page_language(article, layout)
    portal = article.portal
    label = attributes(aria_label=words_for(language).sections)
    out = [f'<nav class="mega-menu"{label}><ul class="mega-menu__list">']
    for name, address in menu(article, layout):
        out.append(f'<li class="mega-menu__item">{link(name, address)}')
        children = [
            s for s in (portal.sections if portal else ()) if s.parent and s.parent.name == name
        ]
        if children:
            sub = "".join(f"<li>{link(c.name, c.url)}</li>" for c in children)
            out.append(f'<ul class="mega-menu__sub">{sub}</ul>')
        out.append("</li>")
    out.append("</ul></nav>")
    return "".join(out)


def _byline(article: Article, by: str, words: Chrome) -> str:
    """Each author linked, a person's first role (where they hold one) beside the name."""
    names = []
    for author in article.authors:
        name = link(author.name, author.url, rel="author") if safe_url(author.url) else None
        shown = f'<span class="byline__name">{name or escape(author.name)}</span>'
        if isinstance(author, Person) and author.roles:
            shown += f' <span class="byline__role">{escape(author.roles[0].name)}</span>'
        names.append(f'<span class="byline__author">{shown}</span>')
    listed = escape(words.comma).join(names[:-1])
    listed = f"{listed}{escape(words.and_)}{names[-1]}" if listed else names[-1]
    return f'<div class="byline">{escape(by).format(listed)}</div>'


def _comments(truth: Article, words: Chrome, language: str | None) -> str:
    said = words_for(language)
    count = len(truth.all_comments)
    thread = "".join(_comment(c, words, language) for c in truth.comments)
    out = [f'<section class="comments" id="comments"><h2>{escape(said.comments)} ({count})</h2>']
    out.append(f'<ul class="comments__list">{thread}</ul>')
    if truth.comments_open:
        out.append(
            '<form class="comments__form">'
            f"<textarea{attributes(aria_label=said.your_comment)}></textarea>"
            f"<button>{escape(said.post_comment)}</button></form>"
        )
    else:
        out.append(f'<p class="comments__closed">{escape(said.comments_closed)}</p>')
    out.append("</section>")
    return "".join(out)


def _comment(comment: Comment, words: Chrome, language: str | None) -> str:
    out = [
        f'<li class="comment"{attributes(data_comment_id=comment.id)}><div class="comment__meta">'
    ]
    if comment.author is not None:
        out.append(f'<span class="comment__author">{escape(comment.author.name)}</span>')
    if comment.date is not None:
        out.append(time_element(comment.date, language, class_="comment__date"))
    out.append(f'</div><div class="comment__text"><p>{escape(comment.text)}</p></div>')
    out.append(
        f'<div class="comment__actions"><button>{escape(words.reply)}</button>'
        f"<button>{escape(words.report)}</button></div>"
    )
    if comment.replies:
        replies = "".join(_comment(r, words, language) for r in comment.replies)
        out.append(f'<ul class="comment__replies">{replies}</ul>')
    out.append("</li>")
    return "".join(out)


def _footer(article: Article, layout: Layout, site: str | None, words: Chrome) -> str:
    columns = "".join(
        f'<div class="footer__column"><h3>{escape(name)}</h3><ul><li>{link(name, address)}</li>'
        "</ul></div>"
        for name, address in menu(article, layout)
    )
    legal = "".join(
        f"<li>{link(text, path)}</li>"
        for text, path in (
            (words.about_us, "/about"),
            (words.privacy_policy, "/privacy"),
            (words.terms, "/terms"),
            (words.contact, "/contact"),
        )
    )
    owner = escape(site or words.the_publisher)
    return (
        f'<footer class="footer"><div class="footer__columns">{columns}</div>'
        f'<ul class="footer__legal">{legal}</ul>'
        f"<p>© {owner}. {escape(words.all_rights_reserved)}</p></footer>"
    )

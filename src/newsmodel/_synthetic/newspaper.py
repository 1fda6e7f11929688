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
from .markup import block_html, html_open, menu, other_headlines, rendered, time_element
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
    data = structured_data(truth, layout)
    words = words_for(truth.language)
    has = layout.furniture.__contains__
    site = truth.portal.name if truth.portal else None
    title = f"{truth.headline} | {site}" if site else truth.headline
    others = other_headlines(article, layout.url, 8)
    out = [
        html_open(truth),
        f'<head><meta charset="utf-8"><title>{escape(title)}</title>',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        data.head,
        '</head><body class="page page--article">',
    ]
    if has(Furniture.COOKIE_BANNER):
        out.append(_CONSENT)
    out.append('<header class="masthead">')
    if truth.portal is not None:
        out.append(
            f'<div class="masthead__logo">{link(truth.portal.name, truth.portal.url)}</div>'
        )
    if has(Furniture.NAVIGATION):
        out.append(_mega_menu(article, layout.url))
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
        out.append(_NEWSLETTER)
    if truth.related:
        items = "".join(
            f'<li class="related__item">{link(r.title, r.url)}</li>' for r in truth.related
        )
        out.append(
            f'<section class="related"><h2 class="related__title">{escape(words.related)}</h2>'
            f"<ul>{items}</ul></section>"
        )
    if Furniture.COMMENTS in layout.furniture and truth.comments_open is not None:
        out.append(_comments(truth, words.comments, words.comments_closed))
    out.append("</main>")
    if has(Furniture.RAIL):
        ranked = "".join(f'<li class="most-read__item">{link(t, u)}</li>' for t, u in others[:5])
        out.append(
            f'<aside class="rail"><section class="most-read"><h2>Most read</h2><ol>{ranked}</ol>'
            "</section></aside>"
        )
    if has(Furniture.FOOTER):
        out.append(_footer(article, layout.url, site))
    out.append("</body></html>")
    return rendered("".join(out), truth, layout, NAME, data.notes)


_CONSENT = (
    '<div class="consent-banner" role="dialog" aria-label="Cookie consent">'
    "<p>We and our partners use cookies to personalise content and ads and to "
    "analyse our traffic.</p><button>Accept all</button><button>Manage options"
    "</button></div>"
)
_SHARE_TOOLS = (
    '<div class="share-tools"><a href="#" class="share-tools__link">Share on Facebook</a>'
    '<a href="#" class="share-tools__link">Share on X</a>'
    '<a href="#" class="share-tools__link">Copy link</a></div>'
)
_NEWSLETTER = (
    '<section class="newsletter-signup"><h2>Sign up to our morning briefing</h2>'
    "<p>The stories you need to know, every weekday at 7am.</p>"
    '<form><input type="email" aria-label="Email address"><button>Sign up</button>'
    "</form></section>"
)


def _story(truth: Article, layout: Layout, others: list[tuple[str, str]]) -> list[str]:
    """The article: its header, share tools, and body with "Read more" boxes set in."""
    out = ['<article class="article">']
    out.append(
        '<header class="article__header">'
        f'<h1 class="article__headline">{escape(truth.headline)}</h1>'
    )
    if truth.description:
        out.append(f'<p class="article__standfirst">{escape(truth.description)}</p>')
    out.append('<div class="article__meta">')
    if truth.authors:
        out.append(_byline(truth, words_for(truth.language).by))
    if truth.dateline:
        out.append(f'<span class="article__dateline">{escape(truth.dateline)}</span>')
    if truth.date_published is not None:
        out.append(time_element(truth.date_published, class_="article__date"))
    out.append("</div></header>")
    if Furniture.SHARE_BAR in layout.furniture:
        out.append(_SHARE_TOOLS)
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
                f'<span class="inline-teaser__label">Read more</span> {link(teaser, url)}</aside>'
            )
    out.append("</div></article>")
    return out


def _pull_quote(paragraph: Paragraph) -> str:
    """A pull quote: the paragraph's opening words again, set apart in large type; the
    truth does not repeat them."""
    words = paragraph.text.split()[:_PULL_QUOTE_WORDS]
    return f'<aside class="pullquote"><p>“{escape(" ".join(words))}”</p></aside>'


def _mega_menu(article: Article, url: str) -> str:
    portal = article.portal
    out = ['<nav class="mega-menu" aria-label="Sections"><ul class="mega-menu__list">']
    for name, address in menu(article, url):
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


def _byline(article: Article, by: str) -> str:
    """Each author linked, a person's first role (where they hold one) beside the name."""
    names = []
    for author in article.authors:
        name = link(author.name, author.url, rel="author") if safe_url(author.url) else None
        shown = f'<span class="byline__name">{name or escape(author.name)}</span>'
        if isinstance(author, Person) and author.roles:
            shown += f' <span class="byline__role">{escape(author.roles[0].name)}</span>'
        names.append(f'<span class="byline__author">{shown}</span>')
    return f'<div class="byline">{by.format(", ".join(names))}</div>'


def _comments(truth: Article, heading: str, closed: str) -> str:
    count = len(truth.all_comments)
    out = [f'<section class="comments" id="comments"><h2>{escape(heading)} ({count})</h2>']
    out.append(f'<ul class="comments__list">{"".join(_comment(c) for c in truth.comments)}</ul>')
    if truth.comments_open:
        out.append(
            '<form class="comments__form"><textarea aria-label="Your comment"></textarea>'
            "<button>Post comment</button></form>"
        )
    else:
        out.append(f'<p class="comments__closed">{escape(closed)}</p>')
    out.append("</section>")
    return "".join(out)


def _comment(comment: Comment) -> str:
    out = [
        f'<li class="comment"{attributes(data_comment_id=comment.id)}><div class="comment__meta">'
    ]
    if comment.author is not None:
        out.append(f'<span class="comment__author">{escape(comment.author.name)}</span>')
    if comment.date is not None:
        out.append(time_element(comment.date, class_="comment__date"))
    out.append(f'</div><div class="comment__text"><p>{escape(comment.text)}</p></div>')
    out.append('<div class="comment__actions"><button>Reply</button><button>Report</button></div>')
    if comment.replies:
        out.append(
            f'<ul class="comment__replies">{"".join(_comment(r) for r in comment.replies)}</ul>'
        )
    out.append("</li>")
    return "".join(out)


def _footer(article: Article, url: str, site: str | None) -> str:
    columns = "".join(
        f'<div class="footer__column"><h3>{escape(name)}</h3><ul><li>{link(name, address)}</li>'
        "</ul></div>"
        for name, address in menu(article, url)
    )
    return (
        f'<footer class="footer"><div class="footer__columns">{columns}</div>'
        '<ul class="footer__legal"><li><a href="/about">About us</a></li>'
        '<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li>'
        '<li><a href="/contact">Contact</a></li></ul>'
        f"<p>© {escape(site or 'The publisher')}. All rights reserved.</p></footer>"
    )

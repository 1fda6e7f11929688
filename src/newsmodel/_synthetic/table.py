"""An old table-layout portal's story page, as sites were built around 2000.

Nested tables and no class names: the portal's name in a coloured top row, a left column
of section links, the story in a cell of its own with the headline in ``<font><b>``, the
byline and the day as plain text (no time of day: the page would not say in which time
zone), paragraphs separated by ``<br><br>`` and subheads in bold; related stories and
reader comments (replies in indented tables) under it, a copyright row at the bottom.
There is no ``<h1>``, no ``<time>``, no ``<article>``.
"""

from __future__ import annotations

from .._model import Article, Block, Comment, Figure, Heading, ListBlock, Paragraph, Quote
from ..writers._locale import furniture as words_for
from ..writers._markup import attributes, escape, link, safe_url
from .chrome import chrome
from .markup import byline_names, html_open, menu, page_language, rendered, shown_moment_words
from .metadata import structured_data
from .page import Furniture, Layout, PageSample
from .truth import Shown, shown_article

__all__ = ["render"]

NAME = "table"
_SHOWN = Shown(author_links=False, time_of_day=False)


def render(article: Article, layout: Layout) -> PageSample[Article]:
    """The story page of ``article`` and what it shows."""
    truth = shown_article(article, layout, _SHOWN)
    language = page_language(truth, layout)
    data = structured_data(truth, layout)
    words = words_for(language)
    page_words = chrome(language)
    has = layout.furniture.__contains__
    site = truth.portal.name if truth.portal else None
    title = f"{site} - {truth.headline}" if site else truth.headline
    out = [
        html_open(truth),
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{escape(title)}</title>",
        data.head,
        '</head><body bgcolor="#ffffff" leftmargin="0" topmargin="0">',
        '<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">',
    ]
    if truth.portal is not None:
        tagline = (
            f'<br><font size="2" color="#cccccc">{escape(truth.portal.tagline)}</font>'
            if truth.portal.tagline
            else ""
        )
        out.append(
            '<tr><td colspan="2" bgcolor="#003366"><font face="Arial" size="5" color="#ffffff">'
            f"<b>{escape(truth.portal.name)}</b></font>{tagline}</td></tr>"
        )
    out.append("<tr>")
    if has(Furniture.NAVIGATION):
        links = "<br>".join(link(name, url) for name, url in menu(article, layout))
        out.append(
            '<td width="150" valign="top" bgcolor="#eeeeee">'
            f'<font face="Verdana" size="2">{links}</font></td>'
        )
    out.append('<td valign="top">')
    if truth.section is not None:
        steps = [link(words.home, "/"), *(link(s.name, s.url) for s in truth.section.path)]
        out.append(f'<font size="1">{" &gt; ".join(steps)}</font>')
    out.append(_story(truth, language))
    out.append(data.microdata)
    if has(Furniture.SHARE_BAR):
        out.append(
            f'<p><font size="1"><a href="#">{escape(page_words.email_story)}</a> | '
            f'<a href="#">{escape(page_words.printer_friendly)}</a></font></p>'
        )
    if truth.related:
        items = "<br>".join(link(r.title, r.url) for r in truth.related)
        out.append(
            '<table width="100%" cellpadding="4"><tr><td bgcolor="#eeeeee">'
            f"<b>{escape(words.related)}</b><br>{items}</td></tr></table>"
        )
    if Furniture.COMMENTS in layout.furniture and truth.comments_open is not None:
        out.append(f"<p><b>{escape(words.comments)}</b></p>")
        out.extend(_comment(c) for c in truth.comments)
        if not truth.comments_open:
            out.append(f"<p><i>{escape(words.comments_closed)}</i></p>")
        else:
            out.append(
                '<form method="post" action="/cgi-bin/comment.pl">'
                '<textarea name="text" rows="5" cols="40"></textarea><br>'
                f'<input type="submit"{attributes(value=page_words.send)}></form>'
            )
    if has(Furniture.NEWSLETTER):
        out.append(
            f'<p><font size="2">{escape(page_words.headlines_by_email)} '
            '<input type="text" name="email"> '
            f'<input type="submit"{attributes(value=page_words.subscribe)}></font></p>'
        )
    out.append("</td></tr>")
    if has(Furniture.FOOTER):
        owner = escape(site or page_words.the_publisher)
        out.append(
            '<tr><td colspan="2" align="center">'
            f'<font size="1">© {owner}. {escape(page_words.all_rights_reserved)} '
            f'| <a href="/contact.html">{escape(page_words.contact)}</a> '
            f'| <a href="/advertise.html">{escape(page_words.advertise)}</a></font></td></tr>'
        )
    out.append("</table></body></html>")
    return rendered("".join(out), truth, layout, NAME, data.notes)


def _story(truth: Article, language: str | None) -> str:
    """The story's own table: headline, byline and time as text, the body."""
    meta = []
    if truth.authors:
        names = byline_names(truth.authors, linked=False, language=language)
        meta.append(escape(words_for(language).by).format(names))
    if truth.date_published is not None:
        meta.append(shown_moment_words(truth.date_published, language))
    shown = f'<font size="2" color="#666666">{"<br>".join(meta)}</font><br><br>' if meta else ""
    return (
        '<table width="100%" cellpadding="8" border="0"><tr><td>'
        f'<font face="Arial" size="5"><b>{escape(truth.headline)}</b></font><br>{shown}'
        f'<font face="Verdana" size="2">{"".join(_block(b) for b in truth.body)}</font>'
        "</td></tr></table>"
    )


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"{escape(block.text)}<br><br>"
    if isinstance(block, Heading):
        return f"<b>{escape(block.text)}</b><br>"
    if isinstance(block, Quote):
        cite = f" - {escape(block.citation)}" if block.citation else ""
        return f"<blockquote><i>{escape(block.text)}</i>{cite}</blockquote>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        return f"<{tag}>{''.join(f'<li>{escape(i)}' for i in block.items)}</{tag}>"
    return _figure(block)


def _figure(figure: Figure) -> str:
    image = figure.image
    src = safe_url(image.url)
    shown = (
        f"<img{attributes(src=src, width=image.width, height=image.height, border='0')}><br>"
        if src
        else ""
    )
    words = " ".join(escape(t) for t in (image.caption, image.credit) if t)
    caption = f'<font size="1">{words}</font><br>' if words else ""
    return f"{shown}{caption}<br>"


def _comment(comment: Comment) -> str:
    said = []
    if comment.author is not None:
        said.append(f"<b>{escape(comment.author.name)}</b>")
    head = f'<font size="1">{" - ".join(said)}</font><br>' if said else ""
    replies = "".join(_comment(r) for r in comment.replies)
    nested = f'<tr><td width="20"></td><td>{replies}</td></tr>' if replies else ""
    return (
        '<table width="100%" cellpadding="2" border="0">'
        f'<tr><td colspan="2">{head}<font size="2">{escape(comment.text)}</font></td>'
        f"</tr>{nested}</table>"
    )

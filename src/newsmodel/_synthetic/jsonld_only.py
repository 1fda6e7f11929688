"""A single-page app's shell: the story is only in its JSON-LD.

The visible page is a ``<noscript>`` notice and an empty ``<div id="root">`` a script
fills in the browser; everything a reader without JavaScript can know is the JSON-LD
``NewsArticle`` (its ``articleBody`` plain text, so the body is paragraphs) and the
``<title>``. The page needs complete JSON-LD, which the strategies always give it.
"""

from __future__ import annotations

from .._model import Article
from ..writers._markup import escape
from .chrome import chrome
from .markup import html_open, page_language, rendered
from .metadata import structured_data
from .page import Layout, PageSample
from .truth import Shown, shown_article

__all__ = ["render"]

NAME = "jsonld-only"
_SHOWN = Shown(author_links=True, body_as_text=True, structure=False)


def render(article: Article, layout: Layout) -> PageSample[Article]:
    """The app shell of ``article`` and what it shows."""
    truth = shown_article(article, layout, _SHOWN)
    language = page_language(truth, layout)
    data = structured_data(truth, layout)
    site = truth.portal.name if truth.portal else None
    title = f"{truth.headline} | {site}" if site else truth.headline
    content = "".join(
        (
            html_open(truth),
            f'<head><meta charset="utf-8"><title>{escape(title)}</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<link rel="preload" href="/static/js/main.3f2a1c.js" as="script">',
            data.head,
            "</head><body>",
            f"<noscript>{escape(chrome(language).enable_javascript)}</noscript>",
            '<div id="root"></div>',
            data.microdata,
            '<script src="/static/js/main.3f2a1c.js"></script></body></html>',
        )
    )
    notes = (*data.notes, "the visible body is empty: the story is in the JSON-LD only")
    return rendered(content, truth, layout, NAME, notes)

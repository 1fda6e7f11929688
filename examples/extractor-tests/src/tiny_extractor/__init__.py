"""A deliberately small article extractor: the kind of code newsmodel's page strategies test.

It takes the page's first ``<h1>`` as the headline and, as the body, the paragraphs of the
element holding the most paragraphs (the most paragraph text among equals), looking only
inside the page's first ``<article>`` where it has one.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html

__all__ = ["Extracted", "extract"]


@dataclass(frozen=True)
class Extracted:
    """What the extractor found on a page."""

    headline: str | None
    paragraphs: list[str]


def extract(html: str) -> Extracted:
    """The headline and body paragraphs of an article page."""
    root = lxml.html.fromstring(html)
    headings = list(root.iter("h1"))
    headline = _text(headings[0]) if headings else None
    articles = list(root.iter("article"))
    scope = articles[0] if articles else root
    weight: dict[lxml.html.HtmlElement, tuple[int, int]] = {}
    for paragraph in scope.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            count, length = weight.get(parent, (0, 0))
            weight[parent] = (count + 1, length + len(_text(paragraph)))
    if not weight:
        return Extracted(headline, [])
    container = max(weight, key=weight.__getitem__)
    paragraphs = [_text(p) for p in container.iterchildren("p")]
    return Extracted(headline, [text for text in paragraphs if text])


def _text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())

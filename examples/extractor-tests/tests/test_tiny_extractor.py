"""tiny_extractor recovers the headline and the story of generated article pages.

Each example is a whole page rendered by one of newsmodel's templates, together with the
truth: the article a faithful reader of that page can know. The knobs say which pages
this extractor claims to handle.
"""

from __future__ import annotations

from hypothesis import assume, given
from tiny_extractor import extract

from newsmodel import Article, Paragraph
from newsmodel.strategies import PageSample, article_pages

# It reads <h1> and <p>: pages whose visible story is marked up that way.
MARKED_UP = ("wordpress", "newspaper", "amp")


@given(article_pages(templates=MARKED_UP))
def test_headline_is_the_pages_h1(sample: PageSample[Article]) -> None:
    page, truth = sample
    assert extract(page.content).headline == truth.headline


@given(
    article_pages(
        templates=MARKED_UP,
        language="en",
        furniture=["navigation", "breadcrumbs", "related", "footer"],
        min_blocks=3,
    )
)
def test_every_paragraph_of_the_story_is_found_in_order(sample: PageSample[Article]) -> None:
    page, truth = sample
    found = extract(page.content).paragraphs
    story = [" ".join(b.text.split()) for b in truth.body if isinstance(b, Paragraph)]
    # Known limit: a one-paragraph story ties with a standfirst, and may lose.
    assume(len(story) >= 2)
    assert [text for text in found if text in story] == story


@given(article_pages(templates=["jsonld-only"]))
def test_a_page_with_no_visible_story_gives_no_paragraphs(sample: PageSample[Article]) -> None:
    # Known limit: the story is only in the page's JSON-LD, which this extractor ignores.
    assert extract(sample.page.content).paragraphs == []

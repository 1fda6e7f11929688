"""The page strategies word a bad knob the same way, and say so when they are called."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings

import newsmodel
from newsmodel import Article, Severity
from newsmodel.strategies import (
    Furniture,
    PageSample,
    article_pages,
    articles,
    feed_pages,
    front_pages,
    text_pages,
)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: text_pages(furniture=["bogus"]), "furniture must be one of .*, not 'bogus'"),
        (lambda: front_pages(furniture=["bogus"]), "furniture must be one of .*, not 'bogus'"),
        (
            lambda: text_pages(furniture=["footer", "rail"]),
            "furniture must be some of .* in a text capture, not 'rail'",
        ),
        (lambda: article_pages(furniture=["bogus"]), "furniture must be one of .*, not 'bogus'"),
        (lambda: feed_pages(max_items=-1), "max_items must be a whole number, 0 or more, not -1"),
        (lambda: front_pages(printable=1), "printable must be True or False, not 1"),  # type: ignore[arg-type]
        (lambda: text_pages(printable=None), "printable must be True or False, not None"),  # type: ignore[arg-type]
        (lambda: feed_pages(printable="no"), "printable must be True or False, not 'no'"),  # type: ignore[arg-type]
        (lambda: article_pages(printable="no"), "printable must be True or False, not 'no'"),  # type: ignore[arg-type]
        (
            lambda: text_pages(min_blocks=3, max_blocks=1),
            r"min_blocks \(3\) is more than max_blocks \(1\)",
        ),
        (
            lambda: article_pages(min_blocks=3, max_blocks=1),
            r"min_blocks \(3\) is more than max_blocks \(1\)",
        ),
        (lambda: articles(max_blocks=-1), "max_blocks must be a whole number, 0 or more"),
        (lambda: front_pages(templates=["drupal"]), "templates must be some of .*, not 'drupal'"),
        (lambda: article_pages(templates=["blog"]), "templates must be some of .*, not 'blog'"),
        (lambda: feed_pages(kinds=["rdf"]), "kinds must be some of .*, not 'rdf'"),
        (
            lambda: article_pages(agreement="complete", sources=[]),
            "agreement='complete' and sources=.* cannot go together",
        ),
        (
            lambda: article_pages(agreement="absent", sources=["meta"]),
            "agreement='absent' and sources=.* cannot go together",
        ),
        (
            lambda: article_pages(agreement="contradicting", sources=["meta", "microdata"]),
            "agreement='contradicting' and sources=.* cannot go together",
        ),
        (
            lambda: article_pages(templates=["jsonld-only"], furniture=["comments"]),
            r"templates=\['jsonld-only'\] and furniture=.* cannot go together",
        ),
        (
            lambda: articles(google_valid=True, with_authors=False),
            "google_valid=True and with_authors=False cannot go together",
        ),
        (
            lambda: article_pages(google_valid=True, sources=["open-graph"]),
            "google_valid=True and sources=.* cannot go together",
        ),
        (
            lambda: article_pages(google_valid=True, agreement="partial"),
            "google_valid=True and agreement='partial' cannot go together",
        ),
        (lambda: article_pages(google_valid=1), "google_valid must be True or False, not 1"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_knob_raises_at_call_time_named(make: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()


def test_knobs_take_strings_or_members() -> None:
    for furniture in (["rail", "footer"], [Furniture.RAIL, "footer"], "rail"):
        front_pages(furniture=furniture)
        article_pages(furniture=furniture)
    for furniture in (["related", "footer"], [Furniture.RELATED, "footer"], "related"):
        text_pages(furniture=furniture)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_pages(google_valid=True))
def test_google_valid_pages_pass_googles_article_rules(sample: PageSample[Article]) -> None:
    """Pages drawn with ``google_valid`` carry markup the google-article profile accepts."""
    page, _ = sample
    report = newsmodel.validate_markup(page.content, "google-article", url=page.url)
    assert not [f for f in report.findings if f.severity is Severity.ERROR], report

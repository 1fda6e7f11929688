"""Readers, writers and profiles used once, so that a property test's first example does
not pay for loading them.

Hypothesis gives every example the same deadline (200 ms by default), the first one too.
newsmodel loads its readers and writers on first use (the registry's entry points, the
HTML reader's parsers and word lists, the schema.org vocabulary), which on a loaded
machine can take longer than that: a test like
``read(write(article, "html"), format="html")`` would then fail its first example for
no fault of the code under test. :mod:`newsmodel.strategies` calls :func:`warm_up` when
it is imported.
"""

from __future__ import annotations

import datetime as dt
import warnings

from ._api import read, read_listing, validate, write
from ._listing import Listing, ListingKind
from ._model import Article, Comment, Image, Paragraph, Person

__all__ = ["warm_up"]

# newsmodel's own formats and profiles; plugins a project adds are its own to warm.
_ARTICLE_FORMATS = ("json", "jsonld", "html", "text")
_FEED_FORMATS = ("rss", "atom", "json-feed")
_PROFILES = ("model", "schema.org", "google-article")


def warm_up() -> None:
    """Write and read a small article in every built-in article and feed format, and
    check it with the built-in article profiles."""
    article = Article(
        "Warm up",
        body=[Paragraph("A few words to read.")],
        url="https://news.example/warm-up",
        date_published=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
        authors=[Person("Ann Lee", url="https://news.example/ann")],
        images=[Image("https://news.example/warm-up.jpg")],
        comments=[Comment("Thanks.")],
        language="en",
    )
    listing = Listing(
        kind=ListingKind.RSS, title="Warm up", url="https://news.example/", items=[article]
    )
    # What these small, valid documents could warn about is no concern of the caller's,
    # whose test suite may well turn warnings into errors.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in _ARTICLE_FORMATS:
            read(write(article, name), format=name)
        for name in _FEED_FORMATS:
            read_listing(write(listing, name), format=name)
        for profile in _PROFILES:
            validate(article, profile)

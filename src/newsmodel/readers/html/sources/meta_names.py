"""The common ``<meta name>`` vocabularies: plain names, Dublin Core, Parse.ly, Sailthru,
Twitter cards and a site's own ``…publish…`` date names.

Twitter cards are read here rather than with OpenGraph: they come after OpenGraph and
together with the other names, in one list per field.
"""

from __future__ import annotations

import datetime as dt
import re

from ...._checks import absolute_url
from ...._dates import day_of, parse_moment
from ...._model import Image, Person
from ..bylines import names_in
from ..page import Page
from ..vocabulary import AUTHOR_LABEL
from . import Proposals

__all__ = ["meta_names"]

_DATE_NAMES = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "article.published",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
)
_MODIFIED_NAMES = (
    "article:modified_time",
    "og:updated_time",
    "dateModified",
    "last-modified",
    "dcterms.modified",
    "article.updated",
)
_AUTHOR_NAMES = (
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "twitter:creator",
)
_TITLE_NAMES = ("og:title", "twitter:title", "dc.title", "parsely-title", "headline", "title")
_DESCRIPTION_NAMES = ("og:description", "description", "twitter:description", "dc.description")
_SECTION_NAMES = ("article:section", "parsely-section", "section", "category")
_KEYWORD_NAMES = ("news_keywords", "keywords", "article:tag", "parsely-tags")
_IMAGE_NAMES = ("og:image", "og:image:url", "twitter:image", "twitter:image:src")
_SITE_NAMES = ("og:site_name", "application-name", "publisher", "dc.publisher")
_LANGUAGE_NAMES = ("dc.language", "dcterms.language", "language")


def meta_names(page: Page) -> Proposals:
    """The meta names source."""
    return Proposals(
        "meta",
        {
            "headline": lambda: [page.meta(*_TITLE_NAMES)],
            "description": lambda: [page.meta(*_DESCRIPTION_NAMES)],
            "date_published": lambda: [
                parse_moment(page.meta(*_DATE_NAMES)),
                _any_published(page),
            ],
            "date_modified": lambda: [parse_moment(page.meta(*_MODIFIED_NAMES))],
            "section": lambda: [page.meta(*_SECTION_NAMES)],
            "authors": lambda: [_authors(page)],
            "keywords": lambda: [_keywords(page)],
            "images": lambda: [_images(page)],
            "site_name": lambda: [page.meta(*_SITE_NAMES)],
            "language": lambda: [page.meta(*_LANGUAGE_NAMES)],
        },
    )


def _any_published(page: Page) -> dt.datetime | dt.date | None:
    """The earliest date under a site's own meta names for it, such as ``w-published-date``."""
    found = [
        moment
        for name, values in page.metas.items()
        if "publish" in name and "publisher" not in name
        for moment in (parse_moment(values[0]),)
        if moment is not None
    ]
    return min(found, key=day_of, default=None)


def _authors(page: Page) -> tuple[Person, ...]:
    author = _first_name(page) or _twitter_label(page, AUTHOR_LABEL)
    if not author:
        return ()
    return tuple(Person(name) for name in names_in(author) or (author,))


def _first_name(page: Page) -> str | None:
    """The first author meta value that is a name, not an address or a handle."""
    for name in _AUTHOR_NAMES:
        for value in page.metas.get(name, ()):
            if not value.startswith(("http://", "https://", "@", "//")):
                return value
    return None


def _twitter_label(page: Page, label: re.Pattern[str]) -> str | None:
    """The ``twitter:dataN`` value whose ``twitter:labelN`` matches ``label``."""
    for number in range(1, 5):
        for name in page.metas.get(f"twitter:label{number}", ()):
            if label.fullmatch(name.strip()):
                return page.meta(f"twitter:data{number}")
    return None


def _keywords(page: Page) -> tuple[str, ...]:
    keywords = page.meta(*_KEYWORD_NAMES)
    return tuple(k.strip() for k in keywords.split(",") if k.strip()) if keywords else ()


def _images(page: Page) -> tuple[Image, ...]:
    image = absolute_url(page.meta(*_IMAGE_NAMES), page.url)
    return (Image(image),) if image else ()

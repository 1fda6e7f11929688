"""The ``google-news-sitemap`` profile: Google's rules for news sitemaps.

Based on Google Search Central's "Build and submit a news sitemap"
(developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap): a news
sitemap lists articles published in the last two days, at most 1,000 of them; each has a
publication name and language (an ISO 639 code; ``zh-cn`` or ``zh-tw`` for Chinese), a
publication date in the W3C format, and a title. Given a :class:`~newsmodel.Listing`,
paths point into its newsmodel JSON form (``/items/3/date_published``); given a
sitemap's XML, the W3C format of its dates is checked as written too, with paths into the
XML (``/url[4]/news/publication_date``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from lxml import etree

from .. import sitemaps
from .._listing import Listing
from .._model import Article
from .._w3cdates import is_w3c_date
from .._xml import parse_xml
from ..source import Source
from ..writers.sitemap import google_news_language
from .document import Document
from .report import Finding, Severity

__all__ = ["RECENT", "GoogleNewsSitemapProfile", "profile"]

_P = "google-news-sitemap/"
#: How recent an article must be: Google News reads articles "published in the last two
#: days" from a news sitemap.
RECENT = dt.timedelta(days=2)
# An ISO 639 code as Google News wants it: two or three letters; zh-cn and zh-tw.
_GOOGLE_LANGUAGE = re.compile(r"[a-z]{2,3}|zh-cn|zh-tw")


class GoogleNewsSitemapProfile:
    """The ``google-news-sitemap`` profile (see the module documentation).

    Args:
        now: What "now" is for the two days' rule: a function giving an aware datetime
            (default: the current time in UTC). Pass a fixed one to check a sitemap as
            of a given moment: ``validate(listing, GoogleNewsSitemapProfile(now=lambda:
            moment))``.

    .. versionadded:: 0.2
    """

    name = "google-news-sitemap"

    def __init__(self, now: Callable[[], dt.datetime] | None = None) -> None:
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))

    def check(self, document: Document) -> Iterator[Finding]:
        """Yield what Google News would reject or ignore, the listing's first, then each
        item's in order."""
        listing = document.to_listing()
        now = self.now()
        if not listing.items:
            yield _finding(Severity.ERROR, "/items", "no-news", "lists no news article")
        if len(listing.items) > sitemaps.MAX_NEWS_URLS:
            yield _finding(
                Severity.ERROR,
                "/items",
                "too-many-urls",
                f"lists {len(listing.items)} news articles; Google reads at most "
                f"{sitemaps.MAX_NEWS_URLS} from one sitemap (split it: "
                "newsmodel.sitemaps.split)",
            )
        for index, item in enumerate(listing.items):
            yield from _item(item, f"/items/{index}", listing, now)
        for index, entry in enumerate(listing.entries):
            yield _finding(
                Severity.WARNING,
                f"/entries/{index}",
                "not-news",
                f"{entry.url} is listed without news:news (or without a title): Google "
                "News ignores it",
            )
        if document.text is not None and document.listing is not None:
            yield from _written_dates(document.text)


def _item(item: Article, path: str, listing: Listing, now: dt.datetime) -> Iterator[Finding]:
    if not item.url:
        yield _finding(Severity.ERROR, f"{path}/url", "missing-url", "has no address")
    if not _publication(item, listing):
        yield _finding(
            Severity.ERROR,
            f"{path}/publisher",
            "missing-publication-name",
            "has no publication name (a publisher or portal, on it or on the listing)",
        )
    language = item.language or listing.language
    if language is None:
        yield _finding(Severity.ERROR, f"{path}/language", "missing-language", "has no language")
    elif not _GOOGLE_LANGUAGE.fullmatch(google_news_language(language)):
        yield _finding(
            Severity.ERROR,
            f"{path}/language",
            "invalid-language",
            f"{language!r} gives no ISO 639 code ({google_news_language(language)!r})",
        )
    if not item.headline.strip():
        yield _finding(Severity.ERROR, f"{path}/headline", "missing-title", "has no title")
    published = item.date_published
    if published is None:
        yield _finding(
            Severity.ERROR, f"{path}/date_published", "missing-date", "has no publication date"
        )
    elif _older(published, now):
        yield _finding(
            Severity.ERROR,
            f"{path}/date_published",
            "too-old",
            f"was published {published.isoformat()}, more than two days before "
            f"{now.isoformat()}: Google News reads only the last two days' articles",
        )


def _publication(item: Article, listing: Listing) -> str | None:
    for organisation in (item.publisher, item.portal, listing.publisher):
        if organisation is not None:
            return organisation.name
    return listing.title


def _older(published: dt.date, now: dt.datetime) -> bool:
    if isinstance(published, dt.datetime):
        return published < now - RECENT
    return published < (now - RECENT).date()


def _written_dates(text: str) -> Iterator[Finding]:
    """Dates of the sitemap's XML that are not in the W3C format, as written."""
    root = parse_xml(Source.of(text), format="sitemap")
    urls = [url for url in root if isinstance(url.tag, str) and _local(url) == "url"]
    for number, url in enumerate(urls, start=1):
        for path, element in _dates(url):
            written = "".join(str(part) for part in element.itertext()).strip()
            if not is_w3c_date(written):
                yield _finding(
                    Severity.ERROR,
                    f"/url[{number}]/{path}",
                    "date-format",
                    f"{written[:80]!r} is not a W3C date with a day (and a time zone "
                    "with a time), as Google requires",
                )


def _dates(url: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    for child in url:
        if not isinstance(child.tag, str):
            continue
        if _local(child) == "lastmod":
            yield "lastmod", child
        elif _local(child) == "news":
            for part in child:
                if isinstance(part.tag, str) and _local(part) == "publication_date":
                    yield "news/publication_date", part


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _finding(severity: Severity, path: str, rule: str, message: str) -> Finding:
    return Finding(severity, path, _P + rule, message)


profile = GoogleNewsSitemapProfile()

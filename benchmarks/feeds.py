"""Reading feeds: newsmodel's ``rss`` and ``atom`` readers next to feedparser, items/s.

Run by hand: ``python benchmarks/feeds.py`` (CI runs ``--smoke``). The feeds are made
here from ``newsmodel.strategies`` articles with a fixed seed (titles, links, dates,
authors, categories, summaries, full content, images), written as RSS 2.0 with
``content:encoded``, ``dc:creator`` and ``media:content``, and as Atom 1.0. Both readers
are asked for the same fields: newsmodel reads them into articles (the full content into
body blocks); feedparser's results are read field by field. Timings are best-of-N wall
clock in one run; read the ratio, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import warnings
from collections.abc import Callable
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

import feedparser
from json_roundtrip import sample_articles

import newsmodel


def _html(article: newsmodel.Article) -> str:
    return "".join(f"<p>{escape(p.text)}</p>" for p in article.body if hasattr(p, "text"))


def _when(article: newsmodel.Article) -> dt.datetime | None:
    day = article.date_published
    if day is None:
        return None
    if not isinstance(day, dt.datetime):
        day = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
    return day


def rss(articles: list[newsmodel.Article]) -> bytes:
    items = []
    for number, article in enumerate(articles):
        when = _when(article)
        parts = [
            f"<title>{escape(article.headline)}</title>",
            f"<link>{escape(article.url or f'https://news.example/{number}')}</link>",
            f'<guid isPermaLink="false">id-{number}</guid>',
            f"<description>{escape(article.description or '')}</description>",
            f"<content:encoded><![CDATA[{_html(article)}]]></content:encoded>",
            *(f"<dc:creator>{escape(a.name)}</dc:creator>" for a in article.authors),
            *(f"<category>{escape(k)}</category>" for k in article.keywords),
            *(f'<media:content url={quoteattr(i.url)} medium="image"/>' for i in article.images),
        ]
        if when is not None:
            parts.append(f"<pubDate>{format_datetime(when)}</pubDate>")
        items.append(f"<item>{''.join(parts)}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">'
        "<channel><title>News Example</title><link>https://news.example/</link>"
        f"<description>All the news</description>{''.join(items)}</channel></rss>"
    ).encode()


def atom(articles: list[newsmodel.Article]) -> bytes:
    entries = []
    for number, article in enumerate(articles):
        when = _when(article)
        parts = [
            f"<title>{escape(article.headline)}</title>",
            f"<link href={quoteattr(article.url or f'https://news.example/{number}')}/>",
            f"<id>urn:id:{number}</id>",
            f"<summary>{escape(article.description or '')}</summary>",
            f'<content type="html">{escape(_html(article))}</content>',
            *(f"<author><name>{escape(a.name)}</name></author>" for a in article.authors),
            *(f"<category term={quoteattr(k)}/>" for k in article.keywords),
            *(f'<link rel="enclosure" type="image/jpeg" href={quoteattr(i.url)}/>'
              for i in article.images),
        ]  # fmt: skip
        if when is not None:
            parts.append(f"<published>{when.isoformat()}</published>")
        entries.append(f"<entry>{''.join(parts)}</entry>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>News Example</title><id>urn:feed</id><updated>2026-12-09T10:00:00Z</updated>"
        f"{''.join(entries)}</feed>"
    ).encode()


def with_newsmodel(feed: bytes) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        listing = newsmodel.read_listing(feed)
    for item in listing.items:
        _ = (item.headline, item.url, item.description, item.body, item.date_published)
        _ = (item.authors, item.keywords, item.images, item.extra.get("id"))
    return len(listing.items)


def with_feedparser(feed: bytes) -> int:
    parsed = feedparser.parse(feed, resolve_relative_uris=False, sanitize_html=True)
    for entry in parsed.entries:
        _ = (entry.get("title"), entry.get("link"), entry.get("summary"), entry.get("content"))
        _ = (entry.get("published_parsed"), entry.get("authors"), entry.get("tags"))
        _ = (entry.get("media_content"), entry.get("enclosures"), entry.get("id"))
    return len(parsed.entries)


def best_rate(read: Callable[[bytes], int], feed: bytes, repeat: int) -> float:
    read(feed)  # warm: the reader's plugin loaded, its modules imported
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        count = read(feed)
        best = min(best, time.perf_counter() - start)
    return count / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few items, one repeat")
    args = parser.parse_args()
    count, repeat = (20, 1) if args.smoke else (300, 5)
    sample = sample_articles(count)
    print(f"{count} items a feed, best of {repeat}")
    print(f"{'format':8} {'newsmodel':>12} {'feedparser':>12} {'ratio':>7}")
    for name, feed in (("rss", rss(sample)), ("atom", atom(sample))):
        ours = best_rate(with_newsmodel, feed, repeat)
        theirs = best_rate(with_feedparser, feed, repeat)
        print(f"{name:8} {ours:10,.0f}/s {theirs:10,.0f}/s {ours / theirs:6.2f}x")


if __name__ == "__main__":
    main()

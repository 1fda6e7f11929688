"""Feeds and sitemaps as other software writes them, for testing newsmodel's readers.

Each template writes a :class:`~newsmodel.Listing` the way one kind of publishing software
does, by string building (never through newsmodel's own writers, which would only test
that the readers agree with them):

- ``rss-wordpress``: WordPress's RSS 2.0, with ``atom:link rel="self"``, the
  syndication module, ``dc:creator`` and ``category`` in CDATA, a ``?p=`` guid that is
  no permalink, an excerpt and the full text in ``content:encoded``;
- ``rss-newspaper``: a newspaper CMS's RSS 2.0, with ``author`` as "email (Name)",
  ``media:content`` and an ``enclosure`` for the picture, a permalink guid, GMT dates;
- ``atom``: Atom 1.0 with ``published``, ``updated``, authors, categories, a summary
  and HTML content;
- ``json-feed``: JSON Feed 1.1;
- ``news-sitemap``: a Google News sitemap, one ``news:news`` per article;
- ``sitemap``: a plain sitemap (addresses and last changes, no headlines);
- ``sitemap-index``: a sitemap index pointing to the portal's daily sitemaps.

The truth is the listing as a faithful reader gets it: what the document states, and
nothing it cannot state (a plain sitemap's entries have no headline; a news sitemap
gives no authors or body).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape, quoteattr

from .._listing import Listing, ListingKind, SitemapEntry
from .._model import Article, Image, Organization, Paragraph, Person
from .page import PageSample, RenderedPage

__all__ = ["TEMPLATES", "render"]

_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
_MEDIA_SIZE = (1200, 675)  # the size a newspaper CMS states for its feed pictures


def render(listing: Listing, template: str) -> PageSample[Listing]:
    """``listing`` as the template named ``template`` writes it, and its truth.

    The listing's ``feed_url`` is the document's address, ``url`` the site's; each item
    needs a ``url`` and an aware ``date_published``.

    Raises:
        KeyError: No template by that name (see :data:`TEMPLATES`).
    """
    media_type, write = TEMPLATES[template]
    content, truth = write(listing)
    url = listing.feed_url or listing.url or "https://news.example/feed/"
    return PageSample(RenderedPage(content, url, media_type, template), truth)


def _rss_wordpress(listing: Listing) -> tuple[str, Listing]:
    parts = [
        _XML_DECLARATION,
        '<rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '\txmlns:atom="http://www.w3.org/2005/Atom"\n'
        '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
        '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n>\n\n<channel>\n',
        f"\t<title>{escape(listing.title or '')}</title>\n",
        f'\t<atom:link href={quoteattr(listing.feed_url or "")} rel="self" '
        'type="application/rss+xml" />\n',
        f"\t<link>{escape(listing.url or '')}</link>\n",
        f"\t<description>{escape(listing.description or '')}</description>\n",
    ]
    if isinstance(listing.updated, dt.datetime):
        parts.append(f"\t<lastBuildDate>{_rfc822(listing.updated)}</lastBuildDate>\n")
    if listing.language:
        parts.append(f"\t<language>{escape(listing.language)}</language>\n")
    parts.append(
        "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
        "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
        "\t<generator>https://wordpress.org/?v=6.4.3</generator>\n"
    )
    for number, item in enumerate(listing.items, start=1):
        parts.append(
            "\t<item>\n"
            f"\t\t<title>{escape(item.headline)}</title>\n"
            f"\t\t<link>{escape(item.url or '')}</link>\n"
            f"\t\t<comments>{escape(item.url or '')}#respond</comments>\n"
        )
        parts.extend(
            f"\t\t<dc:creator><![CDATA[{_cdata(author.name)}]]></dc:creator>\n"
            for author in item.authors
        )
        if isinstance(item.date_published, dt.datetime):
            parts.append(f"\t\t<pubDate>{_rfc822(item.date_published)}</pubDate>\n")
        parts.extend(
            f"\t\t<category><![CDATA[{_cdata(word)}]]></category>\n" for word in item.keywords
        )
        parts.append(
            f'\t\t<guid isPermaLink="false">{escape(_site(listing))}?p={number}</guid>\n\n'
        )
        if item.description:
            parts.append(
                f"\t\t<description><![CDATA[{_cdata(escape(item.description))}]]></description>\n"
            )
        if item.body:
            parts.append(
                f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{_cdata(_html(item.body))}]]>"
                "</content:encoded>\n"
            )
        parts.append(
            f"\t\t\t\t\t<wfw:commentRss>{escape(item.url or '')}feed/</wfw:commentRss>\n"
            "\t\t<slash:comments>0</slash:comments>\n\t</item>\n"
        )
    parts.append("\t</channel>\n</rss>\n")
    truth = _feed_truth(listing, ListingKind.RSS, images=False)
    return "".join(parts), truth


def _rss_newspaper(listing: Listing) -> tuple[str, Listing]:
    parts = [
        _XML_DECLARATION,
        '<rss xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">',
        "<channel>",
        f"<title>{escape(listing.title or '')}</title>",
        f"<link>{escape(listing.url or '')}</link>",
        f"<description>{escape(listing.description or '')}</description>",
    ]
    if listing.language:
        parts.append(f"<language>{escape(listing.language)}</language>")
    parts.append(f"<copyright>© {escape(listing.title or 'The publisher')}</copyright>")
    if isinstance(listing.updated, dt.datetime):
        parts.append(f"<pubDate>{_rfc822(listing.updated, gmt=True)}</pubDate>")
    parts.append(
        f'<atom:link href={quoteattr(listing.feed_url or "")} rel="self" '
        'type="application/rss+xml"/>'
    )
    if listing.image is not None:
        parts.append(
            f"<image><url>{escape(listing.image.url)}</url>"
            f"<title>{escape(listing.title or '')}</title>"
            f"<link>{escape(listing.url or '')}</link></image>"
        )
    for item in listing.items:
        parts.append(f"<item><title>{escape(item.headline)}</title>")
        if item.description:
            parts.append(f"<description>{escape(item.description)}</description>")
        parts.append(
            f"<link>{escape(item.url or '')}</link>"
            f'<guid isPermaLink="true">{escape(item.url or "")}</guid>'
        )
        if isinstance(item.date_published, dt.datetime):
            parts.append(f"<pubDate>{_rfc822(item.date_published, gmt=True)}</pubDate>")
        parts.extend(
            f"<author>newsdesk@{_host(listing)} ({escape(author.name)})</author>"
            for author in item.authors
        )
        parts.extend(f"<category>{escape(word)}</category>" for word in item.keywords)
        for image in item.images:
            width, height = _MEDIA_SIZE
            parts.append(
                f'<media:content url={quoteattr(image.url)} medium="image" width="{width}" '
                f'height="{height}">'
            )
            if image.caption:
                parts.append(
                    f'<media:description type="plain">{escape(image.caption)}</media:description>'
                )
            if image.credit:
                parts.append(f"<media:credit>{escape(image.credit)}</media:credit>")
            parts.append("</media:content>")
        parts.append("</item>")
    parts.append("</channel></rss>\n")
    truth = _feed_truth(listing, ListingKind.RSS, images=_MEDIA_SIZE, body=False)
    return "\n".join(parts), truth


def _atom(listing: Listing) -> tuple[str, Listing]:
    language = f" xml:lang={quoteattr(listing.language)}" if listing.language else ""
    parts = [
        _XML_DECLARATION,
        f'<feed xmlns="http://www.w3.org/2005/Atom"{language}>\n',
        f'  <title type="text">{escape(listing.title or "")}</title>\n',
    ]
    if listing.description:
        parts.append(f"  <subtitle>{escape(listing.description)}</subtitle>\n")
    parts.append(
        f'  <link rel="alternate" type="text/html" href={quoteattr(listing.url or "")}/>\n'
        f'  <link rel="self" href={quoteattr(listing.feed_url or "")}/>\n'
        f"  <id>{escape(listing.url or '')}</id>\n"
    )
    updated = listing.updated if isinstance(listing.updated, dt.datetime) else None
    parts.append(f"  <updated>{_iso(updated or _latest(listing))}</updated>\n")
    for item in listing.items:
        published = item.date_published
        parts.append(
            "  <entry>\n"
            f'    <title type="html">{escape(escape(item.headline))}</title>\n'
            f"    <link href={quoteattr(item.url or '')}/>\n"
            f"    <id>{escape(item.url or '')}</id>\n"
        )
        if isinstance(published, dt.datetime):
            parts.append(
                f"    <published>{_iso(published)}</published>\n"
                f"    <updated>{_iso(published)}</updated>\n"
            )
        parts.extend(
            f"    <author><name>{escape(author.name)}</name></author>\n" for author in item.authors
        )
        parts.extend(f"    <category term={quoteattr(word)}/>\n" for word in item.keywords)
        if item.description:
            parts.append(f'    <summary type="text">{escape(item.description)}</summary>\n')
        if item.body:
            parts.append(f'    <content type="html">{escape(_html(item.body))}</content>\n')
        parts.append("  </entry>\n")
    parts.append("</feed>\n")
    truth = _feed_truth(listing, ListingKind.ATOM, images=False, updated="latest")
    return "".join(parts), truth


def _json_feed(listing: Listing) -> tuple[str, Listing]:
    feed: dict[str, object] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": listing.title,
        "home_page_url": listing.url,
        "feed_url": listing.feed_url,
    }
    if listing.description:
        feed["description"] = listing.description
    if listing.language:
        feed["language"] = listing.language
    items = []
    for item in listing.items:
        entry: dict[str, object] = {"id": item.url, "url": item.url, "title": item.headline}
        if item.body:
            entry["content_html"] = _html(item.body)
        if item.description:
            entry["summary"] = item.description
        if item.images:
            entry["image"] = item.images[0].url
        if isinstance(item.date_published, dt.datetime):
            entry["date_published"] = _iso(item.date_published)
        if item.authors:
            entry["authors"] = [{"name": author.name} for author in item.authors]
        if item.keywords:
            entry["tags"] = list(item.keywords)
        items.append(entry)
    feed["items"] = items
    truth = _feed_truth(
        listing, ListingKind.JSON_FEED, images=True, first_image=True, updated="none"
    )
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n", truth


def _news_sitemap(listing: Listing) -> tuple[str, Listing]:
    name = listing.publisher.name if listing.publisher else (listing.title or "News")
    language = (listing.language or "en").split("-")[0]
    parts = [
        _XML_DECLARATION,
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n',
    ]
    items = []
    for item in listing.items:
        if not isinstance(item.date_published, dt.datetime):
            continue
        parts.append(
            f"<url><loc>{escape(item.url or '')}</loc><news:news><news:publication>"
            f"<news:name>{escape(name)}</news:name><news:language>{language}</news:language>"
            "</news:publication>"
            f"<news:publication_date>{_iso(item.date_published)}</news:publication_date>"
            f"<news:title>{escape(item.headline)}</news:title>"
        )
        if item.keywords:
            parts.append(f"<news:keywords>{escape(', '.join(item.keywords))}</news:keywords>")
        parts.append("</news:news></url>\n")
        items.append(
            Article(
                item.headline,
                url=item.url,
                date_published=item.date_published,
                keywords=item.keywords,
                language=language,
                publisher=Organization(name),
            )
        )
    parts.append("</urlset>\n")
    truth = Listing(kind=ListingKind.SITEMAP, feed_url=listing.feed_url, items=items)
    return "".join(parts), truth


def _sitemap(listing: Listing) -> tuple[str, Listing]:
    parts = [
        _XML_DECLARATION,
        '<?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>\n',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n',
    ]
    entries = []
    for item in listing.items:
        parts.append(f"\t<url>\n\t\t<loc>{escape(item.url or '')}</loc>\n")
        modified = item.date_published if isinstance(item.date_published, dt.datetime) else None
        if modified is not None:
            parts.append(f"\t\t<lastmod>{_iso(modified)}</lastmod>\n")
        for image in item.images:
            parts.append(
                f"\t\t<image:image>\n\t\t\t<image:loc>{escape(image.url)}</image:loc>\n"
                "\t\t</image:image>\n"
            )
        parts.append("\t</url>\n")
        entries.append(
            SitemapEntry(
                item.url or "", modified=modified, images=[Image(i.url) for i in item.images]
            )
        )
    parts.append("</urlset>\n")
    truth = Listing(kind=ListingKind.SITEMAP, feed_url=listing.feed_url, entries=entries)
    return "".join(parts), truth


def _sitemap_index(listing: Listing) -> tuple[str, Listing]:
    site = _site(listing)
    parts = [
        _XML_DECLARATION,
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    ]
    days = sorted(
        {
            item.date_published
            for item in listing.items
            if isinstance(item.date_published, dt.datetime)
        },
        reverse=True,
    )
    sitemaps = []
    for moment in days:
        address = f"{site}sitemap-{moment:%Y-%m-%d-%H%M}.xml"
        parts.append(
            f"  <sitemap>\n    <loc>{escape(address)}</loc>\n"
            f"    <lastmod>{_iso(moment)}</lastmod>\n  </sitemap>\n"
        )
        sitemaps.append(SitemapEntry(address, modified=moment))
    parts.append("</sitemapindex>\n")
    truth = Listing(kind=ListingKind.SITEMAP_INDEX, feed_url=listing.feed_url, sitemaps=sitemaps)
    return "".join(parts), truth


TEMPLATES: dict[str, tuple[str, Callable[[Listing], tuple[str, Listing]]]] = {
    "rss-wordpress": ("application/rss+xml", _rss_wordpress),
    "rss-newspaper": ("application/rss+xml", _rss_newspaper),
    "atom": ("application/atom+xml", _atom),
    "json-feed": ("application/feed+json", _json_feed),
    "news-sitemap": ("application/xml", _news_sitemap),
    "sitemap": ("application/xml", _sitemap),
    "sitemap-index": ("application/xml", _sitemap_index),
}
"""Each template's name, with the media type it serves and the function writing it."""


def _feed_truth(
    listing: Listing,
    kind: ListingKind,
    *,
    images: bool | tuple[int, int],
    body: bool = True,
    first_image: bool = False,
    updated: str = "stated",
) -> Listing:
    """The listing a feed reader gets: the feed's own fields and, for each item, what the
    template wrote of it.

    Args:
        images: Whether the items' pictures are written; a width and height where the
            template states them.
        body: Whether the items' full text is written.
        first_image: Only an item's first picture is written (JSON Feed's ``image``).
        updated: ``"stated"``: the feed's last change is written where it has one;
            ``"latest"``: always, the latest item's date standing in (Atom requires it);
            ``"none"``: never.
    """
    size = images if isinstance(images, tuple) else (None, None)
    items = []
    for item in listing.items:
        shown = item.images[:1] if first_image else item.images
        items.append(
            Article(
                item.headline,
                description=item.description,
                body=item.body if body else (),
                url=item.url,
                date_published=item.date_published,
                authors=[Person(author.name) for author in item.authors],
                keywords=item.keywords,
                images=[Image(i.url, width=size[0], height=size[1]) for i in shown]
                if images
                else (),
                language=listing.language,
            )
        )
    when = listing.updated if isinstance(listing.updated, dt.datetime) else None
    if updated == "latest" and when is None:
        when = _latest(listing)
    return Listing(
        kind=kind,
        title=listing.title,
        url=listing.url,
        feed_url=listing.feed_url,
        description=listing.description,
        language=listing.language,
        updated=when if updated != "none" else None,
        items=items,
    )


def _html(body: Sequence[object]) -> str:
    return "\n".join(
        f"<p>{escape(block.text)}</p>" for block in body if isinstance(block, Paragraph)
    )


def _cdata(text: str) -> str:
    return text.replace("]]>", "]]]]><![CDATA[>")


def _rfc822(moment: dt.datetime, *, gmt: bool = False) -> str:
    if gmt:
        return email.utils.format_datetime(moment.astimezone(dt.timezone.utc), usegmt=True)
    return email.utils.format_datetime(moment)


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _latest(listing: Listing) -> dt.datetime:
    dates = [i.date_published for i in listing.items if isinstance(i.date_published, dt.datetime)]
    return max(dates, default=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))


def _site(listing: Listing) -> str:
    return f"https://{_host(listing)}/"


def _host(listing: Listing) -> str:
    address = listing.url or listing.feed_url or "https://news.example/"
    return address.split("/")[2]

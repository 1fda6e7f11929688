"""Small feeds of every kind the feed readers take, broken in the ways real feeds are:
the fuzzers' seeds (``seeds.py``) and the smoke test's starting points."""

from __future__ import annotations

import json

from vocabulary import FEED_NAMESPACES

_ITEM = (
    "<item><title>Harbour &amp; port</title><link>/world/harbour</link>"
    '<guid isPermaLink="false">1</guid><description>&lt;p&gt;Ships.&lt;/p&gt;</description>'
    "<content:encoded><![CDATA[<p>Ships came back.</p>]]></content:encoded>"
    "<dc:creator>Amina Rahman</dc:creator><author>jo@example.com (Jo Roe)</author>"
    "<category>World</category><pubDate>Tue, 08 Dec 2026 09:30:00 EST</pubDate>"
    '<enclosure url="a.jpg" type="image/jpeg"/><media:group>'
    '<media:content url="b.jpg" medium="image" width="8"/></media:group></item>'
)
_ENTRY = (
    '<entry xml:base="/world/"><title type="html">&lt;b&gt;T&lt;/b&gt;</title>'
    '<link href="harbour"/><link rel="enclosure" type="image/png" href="s.png"/>'
    "<id>urn:1</id><published>2026-12-08T09:30:00+01:00</published>"
    "<updated>2026-12-08T10:30:00</updated><author><name>Amina</name></author>"
    '<category term="world"/><summary>Ships.</summary><content type="xhtml">'
    '<div xmlns="http://www.w3.org/1999/xhtml"><p>Ships came back.</p></div></content></entry>'
)


def rss_feeds() -> list[str]:
    """RSS 2.0, 1.0 and 0.91, well-formed and broken."""
    channel = "<title>N</title><link>https://news.example/</link><language>en</language>"
    return [
        f'<?xml version="1.0"?><rss version="2.0" {FEED_NAMESPACES}><channel>{channel}'
        f"{_ITEM}{_ITEM}</channel></rss>",
        f'<rss version="0.91"><channel>{channel}<item><title>Caf&eacute; AT&T</title>'
        "<pubDate>8 Dec 26 09:30 A</pubDate></item></channel>",
        f'<rdf:RDF {FEED_NAMESPACES} xmlns="http://purl.org/rss/1.0/"><channel>{channel}'
        '</channel><item rdf:about="https://news.example/a"><title>A</title></item></rdf:RDF>',
    ]


def atom_feeds() -> list[str]:
    """Atom 1.0 feeds."""
    return [
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" '
        'xml:base="https://news.example/"><title>N</title><id>urn:f</id>'
        f"<author><name>Desk</name></author>{_ENTRY}{_ENTRY}</feed>"
    ]


def json_feeds() -> list[str]:
    """JSON Feed 1.0 and 1.1."""
    item = {
        "id": 1,
        "url": "/harbour",
        "title": "T",
        "content_html": "<p>Ships.</p>",
        "date_published": "2026-12-08T09:30:00Z",
        "authors": [{"name": "Amina"}],
        "tags": ["World"],
        "attachments": [{"url": "a.png", "mime_type": "image/png"}],
    }
    return [
        json.dumps({"version": f"https://jsonfeed.org/version/{v}", "title": "N", "items": [item]})
        for v in ("1", "1.1")
    ]

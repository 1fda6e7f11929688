"""Every cap newsmodel puts on what it reads, in one place.

Readers take untrusted input, so each one works within budgets that keep its time and
memory linear in the size of the input, whatever the input holds. Past a cap, a reader
either stops with a :class:`~newsmodel.ReadError` (the input as a whole is too big) or
leaves the excess out and says so in a :class:`~newsmodel.ReadWarning` (one part of it is
too big, too deep or too many): nothing is dropped silently.

The caps are far above what real pages need (the largest of the corpora the project is
measured on is a few per cent of each); they are there to stop hostile input, not to trim
real content. They are read when used, so a program that must read something larger can
raise one (``newsmodel.limits.MAX_JSONLD_NODES = 10**6``), at its own risk.

See :doc:`/limits` for the whole list with what each guards against.
"""

from __future__ import annotations

__all__ = [
    "FEED_MAX_ITEMS",
    "FETCH_MAX_BYTES",
    "FETCH_MAX_REDIRECTS",
    "FETCH_TIMEOUT",
    "FRONT_MAX_SECTIONS",
    "FRONT_MAX_SECTION_DEPTH",
    "FRONT_MAX_TEASERS",
    "HTML_MAX_TAGS",
    "MAX_COMMENT_DEPTH",
    "MAX_DECOMPRESSED_BYTES",
    "MAX_EXTRA_DEPTH",
    "MAX_INPUT_BYTES",
    "MAX_JSONLD_NODES",
    "MAX_JSON_DEPTH",
    "MAX_NUMBER_DIGITS",
    "MICRODATA_MAX_CHARACTERS",
    "MICRODATA_MAX_DEPTH",
    "MICRODATA_MAX_ELEMENTS",
    "MICRODATA_MAX_ITEMS",
    "MICRODATA_MAX_PROPERTIES",
    "MICRODATA_MAX_TEXT",
    "ROBOTS_RULES_MAX_BYTES",
    "WARC_MAX_HEADER_BYTES",
    "XML_MAX_ELEMENTS",
]

#: The largest input a reader takes, in bytes (characters, for ``str``): bigger inputs,
#: and compressed inputs that grow past it, raise :class:`~newsmodel.ReadError`.
MAX_INPUT_BYTES = 100 * 1024 * 1024
#: The most bytes a gzip-compressed input (a ``.xml.gz`` sitemap) may decompress to; one
#: that grows past it (a decompression bomb: a few kilobytes can unfold into gigabytes)
#: raises :class:`~newsmodel.ReadError` before more is decompressed. The sitemaps protocol
#: allows 50 MB uncompressed.
MAX_DECOMPRESSED_BYTES = 100 * 1024 * 1024

#: Deepest nesting of arrays and objects in a JSON document (newsmodel's JSON, JSON-LD
#: scripts and documents); deeper input raises :class:`~newsmodel.ReadError` (about 95
#: levels of comment replies in newsmodel's JSON).
MAX_JSON_DEPTH = 200
#: Digits in one JSON number; a longer number makes its document unreadable, like any
#: other malformed JSON (Python's own limit on converting digits to ``int``).
MAX_NUMBER_DIGITS = 4300
#: Deepest nesting of arrays and objects kept in :class:`~newsmodel.Article`'s ``extra``;
#: a deeper value is left out with a :class:`~newsmodel.ReadWarning`.
MAX_EXTRA_DEPTH = 64

#: schema.org nodes mapped from one JSON-LD document (or one page's scripts), references
#: followed included; the rest is left out with a :class:`~newsmodel.ReadWarning`. Every
#: node is mapped once, however many ``@id`` references lead to it.
MAX_JSONLD_NODES = 100_000
#: Levels of replies below a top-level comment; deeper replies are left out with a
#: :class:`~newsmodel.ReadWarning`.
MAX_COMMENT_DEPTH = 50

#: Tags (``<`` characters) read of one HTML page; the rest of the page is left out with a
#: :class:`~newsmodel.ReadWarning`. libxml2's tree takes about 460 bytes an element, so
#: this bounds what a page of tiny elements can take (about 500 MB) whatever its size;
#: the largest page of the corpora the project is measured on has 19,252.
HTML_MAX_TAGS = 1_000_000
#: Sections read from one front's menus (:func:`newsmodel.read_front`); the rest are left
#: out with a :class:`~newsmodel.ReadWarning`. Mega-menus of the largest portals list a
#: few hundred.
FRONT_MAX_SECTIONS = 2_000
#: Levels of sections read from one front's menus (a top-level section is at level 1);
#: deeper ones are left out with a :class:`~newsmodel.ReadWarning`. Real menus go three
#: or four deep.
FRONT_MAX_SECTION_DEPTH = 8
#: Teasers read of one front, all blocks together; the rest are left out with a
#: :class:`~newsmodel.ReadWarning`. The longest home pages show a few hundred.
FRONT_MAX_TEASERS = 10_000

#: Items read of one feed (RSS, Atom, JSON Feed); the rest are left out with a
#: :class:`~newsmodel.ReadWarning`. Real feeds list tens to a few thousand.
FEED_MAX_ITEMS = 100_000
#: Elements (start tags) of one XML document (an RSS or Atom feed, a sitemap), counted
#: before it is parsed; a document with more raises :class:`~newsmodel.ReadError`.
#: libxml2's tree takes a few hundred bytes an element, so this bounds what a document of
#: tiny elements can take; a sitemap of 50,000 news URLs, the protocol's most, has about
#: 500,000.
XML_MAX_ELEMENTS = 1_000_000

#: Microdata items nested deeper than this (a top-level item is at depth 0) are left out.
MICRODATA_MAX_DEPTH = 32
#: Microdata items read from one page, nested ones included.
MICRODATA_MAX_ITEMS = 2_000
#: Microdata property values read from one page.
MICRODATA_MAX_PROPERTIES = 20_000
#: Elements examined while finding microdata properties, over the whole page.
MICRODATA_MAX_ELEMENTS = 200_000
#: Characters kept of one microdata text value; the rest is cut off.
MICRODATA_MAX_TEXT = 100_000
#: Characters of microdata text values read from one page.
MICRODATA_MAX_CHARACTERS = 5_000_000

#: Bytes of lines read for one WARC record (``newsmodel batch``): its WARC and HTTP
#: headers and the blank lines after them; a record with more is the file's error line,
#: said to be damaged. Real records take a few kilobytes.
WARC_MAX_HEADER_BYTES = 1024 * 1024

#: Bytes :func:`newsmodel.fetch` reads of one response (after undoing a gzip or deflate
#: content encoding); it stops at the next byte and raises :class:`~newsmodel.FetchError`.
#: The sitemap protocol's own limit for one file: the largest document a portal is meant
#: to publish.
FETCH_MAX_BYTES = 50 * 1024 * 1024
#: Redirects :func:`newsmodel.fetch` follows for one URL; one more is a
#: :class:`~newsmodel.FetchError` (a redirect loop is one too, said to be a loop).
FETCH_MAX_REDIRECTS = 10
#: Seconds :func:`newsmodel.fetch` waits to connect, for each read, and for the whole
#: response: a server that trickles a byte at a time is cut off too.
FETCH_TIMEOUT = 30.0
#: Bytes of a robots.txt whose ``Allow`` and ``Disallow`` rules a portal walk reads (RFC
#: 9309 asks crawlers to read at least 500 KiB); rules past them are not obeyed, which a
#: :class:`~newsmodel.ReadWarning` says. Every link the walk meets is matched against the
#: rules, so their number bounds its time; ``Sitemap:`` lines are read from the whole file.
ROBOTS_RULES_MAX_BYTES = 512 * 1024

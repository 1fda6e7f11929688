"""Every token the fuzzers insert, named once: libFuzzer's dictionaries and the structure-
aware mutators are both built from these lists, so they never disagree.

The words are the ones the readers look for (see ``newsmodel.readers.html`` and its
modules' word patterns), plus the characters and forms that readers get wrong: dates in
many shapes, control characters, lone surrogates, byte-order marks, entities.
"""

from __future__ import annotations

__all__ = [
    "CLASS_WORDS",
    "DATES",
    "HTML_SNIPPETS",
    "HTML_TOKENS",
    "JSONLD_KEYS",
    "JSONLD_TYPES",
    "ODD_BYTES",
    "ODD_TEXT",
    "TEXT_LINES",
    "dictionary",
]

CLASS_WORDS = (
    "byline author authors writer contributor posted-by creator avatar bio comment comments "
    "comment-list commentlist comment-body comment-author comment-content comment-meta "
    "comment-form commentform respond reply replies depth-2 level-3 children disqus related "
    "more-from more-in more-stories recommended read-next read-more also-read see-also yarpp "
    "breadcrumb breadcrumbs nav nav-previous nav-next previous-post next-post navbar menu "
    "sidebar widget widget_recent_entries footer masthead site-header header site-description "
    "site-tagline site-slogan custom-logo logo share social newsletter promo advert ad ads "
    "sponsor tags tag pagination cookie popup modal banner article-body articlebody "
    "story-body post-body post-content entry-content article-content entry-title "
    "entry-meta post-meta posted-on published updated date time timestamp meta kicker "
    "eyebrow section category rubric topic excerpt summary dek standfirst description lead "
    "field--name-comment-body most-read popular trending"
).split()

TAGS = (
    "html head body title meta link script style noscript template article main section "
    "header footer nav aside div span p h1 h2 h3 h4 h5 h6 a time img figure figcaption "
    "picture source blockquote q cite ul ol li dl dt dd pre code table tr td th form input "
    "textarea button select option iframe svg br hr em strong b i small sup sub address"
).split()

ATTRIBUTES = (
    "class id href src srcset content property name itemprop itemscope itemtype itemid "
    "datetime rel lang dir role type charset http-equiv data-src alt title hidden style"
).split()

META_NAMES = (
    "og:title og:description og:type og:url og:image og:image:url og:site_name "
    "og:published_time og:updated_time article:published_time article:modified_time "
    "article:author article:section article:tag twitter:title twitter:description "
    "twitter:image twitter:image:src dc.title dc.description dc.publisher dc.date "
    "parsely-title parsely-section parsely-tags parsely-pub-date parsely-author "
    "news_keywords keywords description author headline title application-name publisher "
    "section category date pubdate sailthru.date"
).split()

DATES = (
    "2024-01-02",
    "2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05+05:30",
    "2024-01-02T03:04:05.123456-08:00",
    "2024-01-02 03:04",
    "20240102T030405",
    "2024-13-45T99:99:99",
    "0000-00-00",
    "9999-12-31T23:59:59+14:00",
    "1 Jan 2024",
    "January 2, 2024",
    "Jan. 2, 2024, 3:04 p.m. ET",
    "02/01/2024",
    "2.1.2024",
    "Tuesday, 2 January 2024",
    "2 janvier 2024",
    "2. Januar 2024",
    "2 de enero de 2024",
    "2 января 2024",
    "2024年1月2日",
    "Mon, 02 Jan 2024 03:04:05 GMT",
    "ſep 4, 2024",  # a long s, which re.IGNORECASE takes for an s
    "aprıl 4, 2024",  # a dotless i, which it takes for an i
    "1704164645",
    "1704164645000",
    "yesterday",
    "3 hours ago",
    "P1D",
)

JSONLD_KEYS = (
    "@context @id @type @graph @value @language @list @set @reverse @base @vocab "
    "headline name alternativeHeadline description articleBody text author creator "
    "contributor editor publisher sourceOrganization datePublished dateCreated dateModified "
    "uploadDate mainEntity mainEntityOfPage isPartOf hasPart itemListElement item position "
    "url sameAs image thumbnailUrl logo contentUrl caption width height keywords "
    "articleSection inLanguage comment commentCount discussionUrl comments dateline "
    "breadcrumb about mentions citation copyrightHolder isAccessibleForFree video "
    "givenName familyName jobTitle worksFor affiliation memberOf email"
).split()

JSONLD_TYPES = (
    "NewsArticle Article ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "BlogPosting LiveBlogPosting SocialMediaPosting Report TechArticle ScholarlyArticle "
    "WebPage ItemPage CollectionPage SearchResultsPage WebSite ItemList ListItem "
    "BreadcrumbList Comment Answer Person Organization NewsMediaOrganization ImageObject "
    "VideoObject CreativeWork Thing Place Event"
).split()

HTML_SNIPPETS = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
    '"NewsArticle","headline":"Harbour reopens","datePublished":"2024-01-02"}</script>',
    '<script type="application/ld+json">{"@graph":[{"@id":"#a","@type":"NewsArticle",'
    '"author":{"@id":"#p"}},{"@id":"#p","@type":"Person","name":"Amina Rahman"}]}</script>',
    '<script type="application/ld+json">[{"@type":"ItemList","itemListElement":'
    '[{"@type":"ListItem","position":1,"url":"/a"}]}]</script>',
    '<time datetime="2024-01-02T03:04:05Z">2 January 2024</time>',
    '<time class="entry-date published updated">Jan 2, 2024</time>',
    '<meta property="og:title" content="Harbour reopens">',
    '<meta property="article:published_time" content="2024-01-02T03:04:05Z">',
    '<meta name="author" content="Amina Rahman">',
    '<link rel="canonical" href="/world/harbour">',
    '<link rel="amphtml" href="/amp/harbour">',
    '<div class="byline">By <a rel="author" href="/author/amina">Amina Rahman</a></div>',
    '<span class="author vcard"><a class="url fn n" href="/author/x">Peter Novak</a></span>',
    '<nav class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/world">World</a></nav>',
    '<ol class="commentlist"><li class="comment depth-1"><div class="comment-author">Omar'
    ' says:</div><div class="comment-content"><p>First!</p></div><ul class="children"><li'
    ' class="comment depth-2"><p>Reply</p></li></ul></li></ol>',
    '<div id="respond"><form id="commentform"><textarea></textarea></form></div>',
    "<p>Comments are closed.</p>",
    '<div class="related"><h3>Related Articles</h3><ul><li><a href="/b">Storm floods'
    " city</a></li></ul></div>",
    '<div class="nav-previous"><a href="/prev">Previous post</a></div>',
    '<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">'
    'Talks resume</h1><span itemprop="author" itemscope itemtype="https://schema.org/'
    'Person"><span itemprop="name">Sarah Mitchell</span></span><meta itemprop='
    '"datePublished" content="2024-01-02"></div>',
    '<article class="post"><h2 class="entry-title"><a href="/c">Budget vote</a></h2>'
    '<div class="excerpt">Parliament votes.</div></article>',
    '<header class="site-header"><img class="custom-logo" src="/logo.png" width="240" '
    'alt="Herald"><p class="site-description">Your news portal</p></header>',
    '<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":'
    '"ListItem","position":"2","name":"World","item":"/world"}]}</script>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour","image":'
    '{"@type":"ImageObject","url":"/i.jpg","width":"800","height":600}}</script>',
    "<h1>Harbour reopens after storm</h1>",
    "<p>GENEVA (Wire Desk) – Talks resumed on 1 Jan 2024 after a week of delays.</p>",
    '<figure><img src="/i.jpg" srcset="/i-2x.jpg 2x"><figcaption>Harbour</figcaption></figure>',
    "<blockquote><p>We will rebuild.</p></blockquote>",
    "<ul><li>One</li><li>Two</li></ul>",
)

HTML_TOKENS = (
    '<script type="application/ld+json">',
    "</script>",
    "<time datetime=",
    '<meta property="og:',
    '<meta name="',
    ' content="',
    ' itemprop="',
    " itemscope",
    ' itemtype="https://schema.org/',
    ' rel="author"',
    ' class="',
    ' id="',
    ' href="',
    "<!DOCTYPE html>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml ",
    '<meta charset="',
    '<meta http-equiv="Content-Type" content="text/html; charset=',
    "utf-8",
    "iso-8859-1",
    "windows-1252",
    "shift_jis",
    "utf-16",
    "utf-32",
    "utf-7",
    "hex",
    "undefined",
    "punycode",
    "unicode_escape",
    "javascript:",
    "data:",
    "mailto:",
    "http://[",
    "//",
    "../",
)

ODD_TEXT = (
    "\x00",
    "\x01",
    "\x0b",
    "\x0c",
    "\x11",
    "\x1b",
    "\x7f",
    "\x85",
    "\xa0",
    "\u00ad",
    "\u200b",
    "\u200e",
    "\u202e",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffd",
    "\ud800",
    "\udfff",
    "\U0001f600",
    "\u0301",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&#17;",  # a control character that only the parser decodes
    "&#x1f;",
    "&#&#1;1;",  # removing the inner reference would complete the outer one
    "&#xfffe;",
    "&#xd800;",
    "&#x110000;",
    "&#9999999999;",
    "&raquo;",
    "&",
    "İ",
    "ß",
    "ﬁ",
    "²",  # str.isdigit() says yes, int() says no
    "①",
    "٣",  # an Arabic-Indic three, which int() reads
)

ODD_BYTES = (
    b"\xef\xbb\xbf",  # UTF-8 byte-order mark
    b"\xff\xfe",  # UTF-16 little-endian
    b"\xfe\xff",  # UTF-16 big-endian
    b"\xed\xa0\x80",  # a surrogate, encoded as UTF-8 may not
    b"\xc0\x80",  # an overlong NUL
    b"\xff",
    b"\x80",
)

TEXT_LINES = (
    "News",
    "More News articles on DZWatch",
    "More World stories from The Herald",
    "DZWatch – Your News Portal",
    "The Herald | Independent since 1901",
    "Related Articles",
    "You may also like",
    "Read more",
    "Leave a Reply",
    "Comments are closed.",
    "Back to top button",
    "Previous article",
    "Next post",
    "Share this article",
    "Facebook",
    "Damascus – ",
    "GENEVA (Wire Desk) – ",
    "Port Louis, Mauritius – ",
    "Москва – ",
    "東京 —",
    "Syria and Russia Hold Extensive Military Talks in Damascus",
    "。",
    "؟",
)


# Feeds: the elements and keys the feed readers look for, and the dates feeds write
FEED_TAGS = (
    "rss", "channel", "item", "title", "link", "description", "guid", "pubDate", "author",
    "category", "enclosure", "image", "url", "language", "lastBuildDate", "content:encoded",
    "dc:creator", "dc:date", "dc:subject", "dc:language", "media:content", "media:thumbnail",
    "media:group", "atom:link", "feed", "entry", "summary", "content", "published",
    "updated", "id", "name", "uri", "email", "subtitle", "logo", "icon", "rdf:RDF",
)  # fmt: skip
FEED_ATTRIBUTES = (
    "xml:base", "xml:lang", "rel", "href", "type", "medium", "isPermaLink", "rdf:about",
    "term", "label", "width", "height", "length",
)  # fmt: skip
FEED_DATES = (
    "Tue, 08 Dec 2026 09:30:00 GMT", "8 Dec 26 09:30 EST", "Tue, 08 Dec 2026 09:30:00 A",
    "Tue, 08 Dec 2026 09:30:00 +0530", "Tue, 31 Feb 2026 25:61:61 PDT", "2026-12-08T09:30:00",
)  # fmt: skip
JSON_FEED_KEYS = (
    "version", "title", "home_page_url", "feed_url", "description", "icon", "favicon",
    "language", "authors", "author", "items", "id", "url", "external_url", "content_html",
    "content_text", "summary", "image", "banner_image", "date_published", "date_modified",
    "tags", "attachments", "mime_type", "size_in_bytes", "name", "avatar",
)  # fmt: skip
FEED_NAMESPACES = (
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
)
#: Elements of sitemaps, sitemap indexes, Google News and image sitemaps.
SITEMAP_TAGS = (
    "urlset", "sitemapindex", "url", "sitemap", "loc", "lastmod", "changefreq", "priority",
    "news:news", "news:publication", "news:name", "news:language", "news:publication_date",
    "news:title", "news:keywords", "image:image", "image:loc", "image:caption", "image:title",
)  # fmt: skip
#: What sitemaps hold besides elements: namespaces, declarations, entities, values.
SITEMAP_TOKENS = (
    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"',
    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"',
    'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"',
    '<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="latin-1"?>',
    '<!DOCTYPE urlset [<!ENTITY a "aaaa">]>', '<!DOCTYPE urlset SYSTEM "file:///etc/passwd">',
    "&a;", "&amp;", "&nbsp;", "<![CDATA[", "]]>", "https://news.example/a?b=1&c=2",
    "2026-05-02T10:00:00+02:00", "2026-05-02T10:00", "2026-05", "daily", "0.5", "1.5",
    "\x1f\x8b\x08\x00",
)  # fmt: skip


def dictionary(reader: str) -> list[bytes]:
    """The libFuzzer dictionary entries for ``reader``."""
    words: list[str] = [*ODD_TEXT, *DATES]
    if reader == "html":
        words += [*HTML_TOKENS, *TAGS, *ATTRIBUTES, *META_NAMES, *CLASS_WORDS]
        words += [f"<{tag}" for tag in TAGS] + [f"</{tag}>" for tag in TAGS]
        words += [*JSONLD_KEYS, *JSONLD_TYPES]
    elif reader in ("jsonld", "json"):
        words += [f'"{key}":' for key in JSONLD_KEYS] + [f'"{name}"' for name in JSONLD_TYPES]
        words += ["{", "}", "[", "]", "null", "true", "false", "NaN", "-0", "1e999", "//", "/*"]
        words += ['"format": "newsmodel"', '"version": 1', '"article":', *_json_format_words()]
    elif reader in ("rss", "atom"):
        words += [*FEED_TAGS, *FEED_ATTRIBUTES, *FEED_DATES, FEED_NAMESPACES]
        words += [f"<{tag}>" for tag in FEED_TAGS] + [f"</{tag}>" for tag in FEED_TAGS]
        words += ["<![CDATA[", "]]>", "&nbsp;", "&", "<!DOCTYPE", "<!ENTITY", "<?xml"]
    elif reader == "json-feed":
        words += [f'"{key}":' for key in JSON_FEED_KEYS] + [*FEED_DATES, "{", "}", "[", "]"]
        words += ['"https://jsonfeed.org/version/1.1"', "<p>", "</p>"]
    elif reader == "sitemap":
        words += [*SITEMAP_TOKENS, *(f"<{tag}>" for tag in SITEMAP_TAGS)]
        words += [f"</{tag}>" for tag in SITEMAP_TAGS]
    elif reader == "robots":
        words += ["User-agent: *\n", "Disallow: /", "Allow: /", "Sitemap: ", "sitemap:", "# "]
        words += ["https://news.example/sitemap.xml", "/relative.xml", "\n\n"]
    else:
        words += [*TEXT_LINES, "\n\n", "\r\n\r\n", " – ", " — ", " | "]
    entries = [word.encode("utf-8", "surrogatepass") for word in words]
    return sorted(set(entries) | set(ODD_BYTES))


def _json_format_words() -> list[str]:
    """The keys and type tags of newsmodel's JSON format, from the model itself."""
    import attrs

    from newsmodel import _model

    classes = [value for value in vars(_model).values() if attrs.has(value)]
    keys = {field.name for cls in classes for field in attrs.fields(cls)}
    tags = {cls.__name__.lower() for cls in classes} | {"list"}
    return [f'"{key}":' for key in sorted(keys)] + [f'"type": "{tag}"' for tag in sorted(tags)]


def dictionary_text(reader: str) -> str:
    """``dictionary(reader)`` in libFuzzer's ``-dict=`` file format."""
    return "".join(f'"{_escaped(entry)}"\n' for entry in dictionary(reader))


def _escaped(entry: bytes) -> str:
    return "".join(
        chr(byte) if 32 <= byte < 127 and byte not in b'"\\' else f"\\x{byte:02x}"
        for byte in entry
    )

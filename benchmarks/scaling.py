"""How reading time and peak memory grow with the size of the input, shape by shape.

newsmodel promises that time and peak memory grow linearly with the input, whatever the
input (up to :data:`newsmodel.limits.MAX_INPUT_BYTES`). This benchmark checks it: for each
reader and each *shape* of input (the plain huge page, and what attackers and odd real
pages do: thousands of short dates, ``<time>`` elements or ``<h1>``\\s, one flat huge
``div``, nesting to libxml2's 255-level limit, link farms, comment markup, breadcrumb and
related blocks, ``<meta>`` tags, JSON-LD and microdata in bulk, long attributes, one
enormous text node or line...), it generates inputs of growing size, reads each with
:func:`newsmodel.read_all` in a fresh process, and prints:

- ``cpu s`` and ``wall s``: the child's CPU and wall-clock time for the read alone (the
  interpreter, imports and a warm-up read of a tiny document are not counted). CPU time
  is less disturbed by other work on a shared machine, so the exponents use it;
- ``peak MB``: the child's peak resident set size while reading (``VmHWM``, reset after
  the warm-up; ``ru_maxrss`` where there is no ``/proc``), and ``grew MB``, how far it
  rose over the warmed-up process (libxml2's trees and the input's bytes included);
- ``x in``: ``grew MB`` over the input's size;
- ``t exp`` and ``m exp``: the growth exponent from the size before,
  ``log(t2 / t1) / log(n2 / n1)``: about 1 is linear, 2 quadratic. Exponents are left
  out (``-``) where the smaller figure is too small to time or weigh (under
  :data:`MIN_SECONDS` or :data:`MIN_GROWTH_MB`), and a shape whose exponent between its
  two largest sizes passes :data:`FLAG_EXPONENT` is flagged ``SUPERLINEAR``. A read that
  runs past ``--timeout`` (wall clock) is killed and reported with a lower bound on its
  exponent, the shape is flagged, and its larger sizes are skipped.

The summary at the end also gives, for each shape's largest size read, its CPU seconds
per MB and its memory growth over the input's size, and flags ``OVER BUDGET`` (and by how
many times) a shape that would take twice the budget or more to read 50 MB at that rate
(10 s and 500 MB: :data:`BUDGET_SECONDS_PER_MB`, :data:`BUDGET_GROWTH_RATIO`,
:data:`BUDGET_FLAG`), even if it grows linearly. An exponent of 1.3 to 1.5 at one step that
falls back to 1 at the next is the tree outgrowing the processor's caches: confirm a flag
with ``--sizes`` beyond it.

Most shapes are read at 25 KB, 100 KB, 400 KB and 1.6 MB (4x at a time), the ``huge-*``
shapes at 10, 25 and 50 MB (``--largest`` adds 99 MB, just under the input cap), and one
JSON-LD script at up to 9.6 MB (libxml2 drops a longer one); ``--sizes`` sets others.
``huge-realistic`` repeats the body paragraphs of a real page from ``../shared/corpus``
(skipped where the corpus is missing). ``--list`` prints the shapes. For example::

    python benchmarks/scaling.py                       # every shape and size, ~15 min
    python benchmarks/scaling.py --shapes 'comment*,time-elements' --timeout 60
    python benchmarks/scaling.py --shapes 'huge-*' --largest
    python benchmarks/scaling.py --shapes links --sizes 400k --profile 25

``--profile N`` runs each read under :mod:`cProfile` and prints its top ``N`` functions by
own time (the times shown are then the profiler's); ``--tracemalloc N`` traces the read
and prints its traced peak and the ``N`` lines holding the most memory at its end (the
article, and whatever outlives the read). Both find the loop behind a flagged shape.
``--json FILE`` keeps the figures, and ``--summary FILE...`` prints the summary of kept
figures (several runs together) without reading anything. CI runs ``--smoke``: the two
smallest sizes of four shapes, one per reader, checking only that everything runs.

Timings hold for the machine they ran on; the exponents are the result. On a busy
machine, repeat a doubtful shape (``--repeat 3`` keeps each size's least CPU time).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import fnmatch
import gzip
import itertools
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
URL = "https://news.example/world/2024/harbour-ferry-resumes"
SMALL = (25_000, 100_000, 400_000, 1_600_000)
HUGE = (10_000_000, 25_000_000, 50_000_000)
LARGEST = 99_000_000  # just under newsmodel.limits.MAX_INPUT_BYTES (100 MiB)
SMOKE_SHAPES = ("paragraphs", "text-blocks", "json-paragraphs", "jsonld-graph-doc")
#: Exponents between two sizes are left out where the smaller time is under this.
MIN_SECONDS = 0.05
#: ... or, for memory, where the smaller growth is under this.
MIN_GROWTH_MB = 8.0
#: A shape whose time or memory exponent passes this grows faster than linearly.
FLAG_EXPONENT = 1.3
#: The budget: a 50 MB input read in under 10 s of CPU and 500 MB of peak memory, i.e. CPU
#: seconds per MB of input, and memory growth over the input's size. A shape over either at
#: its largest size read is flagged ``OVER BUDGET`` in the summary, with how many times
#: over, even when linear.
BUDGET_SECONDS_PER_MB = 10 / 50
BUDGET_GROWTH_RATIO = 500 / 50
#: ... flagged from this many times the budget: the rates are taken at the largest size
#: read (1.6 MB for most shapes), where a little over the budget is within the noise.
BUDGET_FLAG = 2.0

_SENTENCE = (
    "The council met on Tuesday to discuss the harbour, and the ferry service will resume "
    "next spring once the pier has been repaired. "
)
_CJK = "市议会周二开会讨论港口问题，渡轮服务将在码头修复后于明年春天恢复。"
_TITLE = "Ferry service to resume after harbour repairs"
_HEAD = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    f"<title>{_TITLE} - Harbour Herald</title>"
)
_ARTICLE = f"<h1>{_TITLE}</h1><p>{_SENTENCE * 3}</p><p>{_SENTENCE * 3}</p>"
_DATE = "2024-05-01T10:00:00+00:00"


class Shape(NamedTuple):
    """One kind of input: the reader that reads it, and how to make it ``size`` bytes."""

    reader: str
    sizes: tuple[int, ...]
    build: Callable[[int], bytes]
    about: str


def repeated(unit: Callable[[int], str], size: int, head: str = "", tail: str = "") -> bytes:
    """``head``, then ``unit(0)``, ``unit(1)``... until about ``size`` bytes, then ``tail``."""
    parts, total, index = [head], len(head.encode()) + len(tail.encode()), 0
    while total < size:
        part = unit(index)
        parts.append(part)
        total += len(part.encode())
        index += 1
    parts.append(tail)
    return "".join(parts).encode()


def page(
    unit: Callable[[int], str], size: int, *, head: str = "", top: str = "", end: str = ""
) -> bytes:
    """An HTML page of about ``size`` bytes: ``unit(i)`` repeated in its body between
    ``top`` (an ``<h1>`` and two paragraphs unless given) and ``end``, and ``head`` inside
    ``<head>``."""
    start = f"{_HEAD}{head}</head><body>{top if top else _ARTICLE}"
    return repeated(unit, size, start, f"{end}</body></html>")


def _nested(depth: int, opening: str, inner: str, closing: str) -> str:
    return opening * depth + inner + closing * depth


def _jsonld_graph(size: int, *, in_html: bool) -> bytes:
    """One JSON-LD ``@graph``: an article whose authors and comments are ``@id`` references
    to nodes after it (people, comments with authors), then a BreadcrumbList."""
    people: list[dict[str, Any]] = []
    comments: list[dict[str, Any]] = []
    total = 0
    while total < size:
        i = len(people)
        people.append({"@type": "Person", "@id": f"#person-{i}", "name": f"Reader Number{i}"})
        comments.append(
            {
                "@type": "Comment",
                "@id": f"#comment-{i}",
                "text": f"Comment {i}: {_SENTENCE}",
                "author": {"@id": f"#person-{i}"},
                "dateCreated": _DATE,
            }
        )
        total += 430
    article = {
        "@type": "NewsArticle",
        "@id": f"{URL}#article",
        "url": URL,
        "headline": _TITLE,
        "datePublished": _DATE,
        "author": [{"@id": p["@id"]} for p in people],
        "comment": [{"@id": c["@id"]} for c in comments],
    }
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "World", "item": "https://news.example/w"}
        ],
    }
    text = json.dumps(
        {"@context": "https://schema.org", "@graph": [article, *people, *comments, crumbs]}
    )
    if not in_html:
        return text.encode()
    script = f'<script type="application/ld+json">{text}</script>'
    return f"{_HEAD}{script}</head><body>{_ARTICLE}</body></html>".encode()


def _json_article(size: int, *, comments: bool) -> bytes:
    """Our JSON: an article of many paragraphs, or of one paragraph and many comments."""
    import newsmodel

    count = max(size // (330 if comments else 250), 1)
    body = [newsmodel.Paragraph(f"{_SENTENCE}({i})") for i in range(1 if comments else count)]
    when = dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)
    replies = [
        newsmodel.Comment(
            f"Comment {i}: {_SENTENCE}", author=newsmodel.Person(f"Reader {i}"), date=when
        )
        for i in range(count if comments else 0)
    ]
    return newsmodel.write(newsmodel.Article(_TITLE, body=body, comments=replies), "json").encode()


def _itemref_page(size: int) -> bytes:
    """One microdata article whose ``itemref`` names every property element after it."""
    count = max(size // 60, 1)
    ids = " ".join(f"p{i}" for i in range(count))
    top = (
        f'<div itemscope itemtype="https://schema.org/NewsArticle" itemref="{ids}">'
        f'<h1 itemprop="headline">{_TITLE}</h1></div>'
    )
    return page(lambda i: f'<span id="p{i}" itemprop="keywords">kw {i}</span>', size, top=top)


def _comment_dag(size: int) -> bytes:
    """Comments whose replies name the next comment twice by ``@id``: a chain in the input,
    a binary tree of twice as many comments per level once the references are followed."""
    graph: list[dict[str, Any]] = [
        {"@type": "NewsArticle", "headline": _TITLE, "comment": [{"@id": "#c0"}]}
    ]
    for i in range(max(size // 100, 1)):
        replies = [{"@id": f"#c{i + 1}"}] * 2
        graph.append(
            {"@type": "Comment", "@id": f"#c{i}", "text": f"Comment {i}", "comment": replies}
        )
    return json.dumps({"@context": "https://schema.org", "@graph": graph}).encode()


def _realistic(size: int) -> bytes:
    """A real corpus page (of the first 40 on aeb-dev, the one with the most paragraphs of
    over 200 characters) whose body paragraphs are repeated to ``size`` bytes."""
    import lxml.html

    from newsmodel._charset import decode_html

    def long_paragraphs(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
        return [p for p in tree.iter("p") if len(p.text_content()) > 200]

    pages = sorted((CORPUS / "aeb-dev" / "html").glob("*.html.gz"))[:40]
    if not pages:
        raise FileNotFoundError(CORPUS / "aeb-dev")
    texts = [decode_html(gzip.decompress(path.read_bytes()))[0] for path in pages]
    tree = max(
        (lxml.html.fromstring(text) for text in texts), key=lambda t: len(long_paragraphs(t))
    )
    paragraphs = long_paragraphs(tree)
    container = max(
        {p.getparent() for p in paragraphs},
        key=lambda parent: sum(1 for p in paragraphs if p.getparent() is parent),
    )
    own = [p for p in paragraphs if p.getparent() is container]
    chunk = "".join(lxml.html.tostring(p, encoding="unicode", with_tail=False) for p in own)
    own[0].addprevious(lxml.html.fromstring("<span>SCALING-MARK</span>"))
    for p in own:
        container.remove(p)
    whole = lxml.html.tostring(tree, encoding="unicode")
    before, after = whole.split("<span>SCALING-MARK</span>")
    return repeated(lambda i: chunk, size, before, after)


def _shapes() -> dict[str, Shape]:
    html, small = "html", SMALL
    sentence2 = _SENTENCE * 2
    return {
        # -- html: ordinary and huge pages ----------------------------------------------
        "paragraphs": Shape(
            html,
            small,
            lambda n: page(lambda i: f"<p>{sentence2}({i})</p>\n", n),
            "an article of plain 230-character paragraphs",
        ),
        "huge-paragraphs": Shape(
            html,
            HUGE,
            lambda n: page(lambda i: f"<p>{sentence2}({i})</p>\n", n),
            "the huge page: plain paragraphs, 10 to 50 MB",
        ),
        "huge-short-paragraphs": Shape(
            html,
            HUGE,
            lambda n: page(lambda i: f"<p>Paragraph {i} of the page, a short one.</p>\n", n),
            "the huge page of short paragraphs (many elements), 10 to 50 MB",
        ),
        "huge-realistic": Shape(
            html,
            HUGE,
            _realistic,
            "a real aeb-dev page whose body paragraphs are repeated to 10-50 MB",
        ),
        "cjk-paragraphs": Shape(
            html,
            small,
            lambda n: page(lambda i: f"<p>{_CJK * 4}{i}</p>\n", n),
            "paragraphs in Chinese (wide characters count twice in the body rules)",
        ),
        # -- html: the body's second looks (issue 13) ---------------------------------------
        "hidden-pieces": Shape(
            html,
            small,
            lambda n: page(lambda i: f'<div hidden id="S:{i}"><p>{sentence2}</p></div>\n', n),
            "a story streamed into thousands of hidden pieces",
        ),
        "sibling-boxes": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f"<div><p>{sentence2}</p><p>{sentence2}</p></div>\n",
                n,
                top=f"<h1>{_TITLE}</h1><div><article><p>{sentence2}</p></article>",
                end="</div>",
            ),
            "the story's container beside thousands of boxes of story-like paragraphs",
        ),
        "lead-paragraphs": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f"<p>{sentence2}({i})</p>\n",
                n,
                top=f"<h1>{_TITLE}</h1><div>",
                end=f"<article><p>{sentence2}</p></article></div>",
            ),
            "thousands of paragraphs just before the story's container",
        ),
        "no-headline-h1s": Shape(
            html,
            small,
            lambda n: repeated(
                lambda i: f"<div><h1>Heading {i}</h1></div>\n",
                n,
                "<html><body>",
                f"<article><p>{sentence2}</p><p>{sentence2}</p></article></body></html>",
            ),
            "no headline in the markup, thousands of <h1> far from the story",
        ),
        "month-words": Shape(
            html,
            small,
            lambda n: page(
                lambda i: "4 septembre 2025 4 сентября 2025 ٤ أيلول 2025 2025年9月4日 ", n
            ),
            "dates written in words in many languages, one after another in one text",
        ),
        "one-text-node": Shape(
            html,
            small,
            lambda n: page(lambda i: _SENTENCE, n, top=f"<h1>{_TITLE}</h1><p>"),
            "one paragraph holding one enormous text node",
        ),
        # -- html: dates ------------------------------------------------------------------
        "date-paragraphs": Shape(
            html,
            small,
            lambda n: page(lambda i: "<p>1 Jan 2024</p>", n, top=" "),
            "thousands of <p>1 Jan 2024</p> and no <h1>",
        ),
        "time-elements": Shape(
            html,
            small,
            lambda n: page(lambda i: f'<time datetime="{_DATE}">1 May 2024</time>', n, top=" "),
            "thousands of sibling <time> elements and no <h1>",
        ),
        "dated-bylines": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f'<div class="byline-meta">Posted {i} on 1 May 2024</div>', n
            ),
            "many short byline-classed texts with dates",
        ),
        # -- html: structure ----------------------------------------------------------------
        "flat-siblings": Shape(
            html,
            small,
            lambda n: page(lambda i: f"<span>w{i}</span> ", n, top=_ARTICLE + "<div>"),
            "one div with a huge number of small inline children",
        ),
        "flat-text-runs": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f"Line {i} of text written straight into a div.<br>",
                n,
                top=_ARTICLE + "<div>",
            ),
            "one flat div of text lines between <br>",
        ),
        "deep-repeated": Shape(
            html,
            small,
            lambda n: page(lambda i: _nested(250, "<div>", f"<p>{sentence2}</p>", "</div>"), n),
            "many subtrees nested 250 deep (libxml2 stops at 255), a paragraph at the bottom",
        ),
        "deep-overflow": Shape(
            html,
            small,
            lambda n: page(lambda i: f"<div>{i}", n),
            "one chain of unclosed divs, far past the 255-level limit",
        ),
        "deep-lists": Shape(
            html,
            small,
            lambda n: page(lambda i: _nested(120, "<ul><li>item text", "", "</li></ul>"), n),
            "lists nested 120 deep, repeated",
        ),
        "deep-named": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f"<p>{sentence2}({i})</p>",
                n,
                top=_ARTICLE + '<div class="share-box" hidden>' * 200,
                end="</div>" * 200,
            ),
            "the story inside 200 nested hidden, boilerplate-named divs",
        ),
        "dropped-siblings": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f"<script>s</script>word{i} ", n, top=_ARTICLE + "<div><p>Start.</p>"
            ),
            "thousands of sibling scripts (dropped from the body), each followed by text",
        ),
        "deep-headers": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f"<p>{_SENTENCE}({i})</p>",
                n,
                top=_ARTICLE + "<main>" + "<header>" * 250,
                end="</header>" * 250 + "</main>",
            ),
            "story paragraphs inside 250 nested <header>s inside <main>",
        ),
        "deep-header-teasers": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f'<h2><a href="/world/story-{i}">Ferry story number {i}</a></h2>',
                n,
                top=_ARTICLE + "<main>" + "<header>" * 250,
                end="</header>" * 250 + "</main>",
            ),
            "teaser headings inside 250 nested <header>s inside <main>",
        ),
        "table-rows": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f"<tr><td>{i}</td><td>cell {i}</td></tr>", n, top=_ARTICLE + "<table>"
            ),
            "one data table with many rows",
        ),
        # -- html: links and headings ---------------------------------------------------------
        "links": Shape(
            html,
            small,
            lambda n: page(
                lambda i: (
                    "<p>"
                    + " ".join(
                        f'<a href="/world/{i}-{j}">a linked headline {j}</a>' for j in range(8)
                    )
                    + "</p>\n"
                ),
                n,
            ),
            "paragraphs made of links (link density)",
        ),
        "h1s": Shape(
            html,
            small,
            lambda n: page(lambda i: f"<h1>Headline number {i} of this page</h1>", n),
            "thousands of <h1> elements",
        ),
        "headings-one-link": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f'<h2><a href="/world/one-story">{_TITLE}</a></h2><p>{_SENTENCE}</p>',
                n,
                top="<div>",
            ),
            "many headings in one div, all linking to one address (teasers of one story)",
        ),
        "teasers": Shape(
            html,
            small,
            lambda n: page(
                lambda i: (
                    f'<article><h2><a href="/world/story-{i}">Ferry story number {i}</a></h2>'
                    f'<p>{_SENTENCE}</p><time datetime="{_DATE}">1 May</time>'
                    '<span class="byline">By Jane Roe</span></article>'
                ),
                n,
                top="<main>",
            ),
            "a listing page of teasers (many Article objects)",
        ),
        # -- html: comments -----------------------------------------------------------------
        "comment-list": Shape(
            html,
            small,
            lambda n: page(
                lambda i: (
                    f'<li class="comment depth-{1 + i % 4}" id="c{i}"><div class="comment-author">'
                    f'<cite class="fn">Reader {i}</cite></div><div class="comment-content">'
                    f"<p>{_SENTENCE}</p></div></li>"
                ),
                n,
                top=_ARTICLE + '<ol class="comment-list">',
            ),
            "a WordPress comment list, flat, with depth-N classes",
        ),
        "comment-thread": Shape(
            html,
            small,
            lambda n: page(
                lambda i: (
                    f'<div class="comment"><span class="comment-author">Reader {i}</span>'
                    f'<time datetime="{_DATE}">1 May</time><div class="comment-text">'
                    f"<p>{_SENTENCE}</p></div></div>"
                ),
                n,
                top=_ARTICLE + '<div id="comments">',
            ),
            "a comment thread of div.comment items with author, time and text",
        ),
        "comment-nested": Shape(
            html,
            small,
            lambda n: page(
                lambda i: _nested(
                    40,
                    '<li class="comment"><div class="comment-content"><p>A reply.</p></div>'
                    '<ol class="children">',
                    "",
                    "</ol></li>",
                ),
                n,
                top=_ARTICLE + '<ol class="comment-list">',
            ),
            "comment replies nested 40 deep, repeated",
        ),
        "comment-sections": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f'<div class="comments"><p>No comments yet ({i}).</p></div>', n
            ),
            "many containers named comments that hold no comments",
        ),
        "comment-long": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f"<p>Paragraph {i} of one long comment.</p>",
                n,
                top=_ARTICLE + '<div id="comments"><div class="comment">'
                '<span class="comment-author">Reader</span>',
            ),
            "one comment (author, no time) with thousands of paragraphs",
        ),
        "comment-times": Shape(
            html,
            small,
            lambda n: page(
                lambda i: (
                    f'<div class="comment-text"><time datetime="{_DATE}">1 May</time>'
                    f"<p>Paragraph {i}.</p></div>"
                ),
                n,
                top=_ARTICLE + '<div id="comments"><div class="comment">'
                '<span class="comment-author">Reader</span>',
            ),
            "one comment with thousands of times and texts",
        ),
        # -- html: portal furniture ------------------------------------------------------------
        "breadcrumbs": Shape(
            html,
            small,
            lambda n: page(
                lambda i: (
                    f'<nav class="breadcrumb"><a href="/">Home</a><a href="/s{i}"></a></nav>'
                ),
                n,
            ),
            "many breadcrumb trails whose links have no text",
        ),
        "breadcrumbs-deep": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f'<a href="/s{i}"></a>',
                n,
                top=_ARTICLE + '<div class="breadcrumb">' * 200,
                end="</div>" * 200,
            ),
            "links without text inside 200 nested breadcrumb-named divs",
        ),
        "bylines-deep": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f"<span>x{i} 1</span> ",
                n,
                top=_ARTICLE + '<div class="byline">' * 200,
                end="</div>" * 200,
            ),
            "text that names nobody inside 200 nested byline-named divs",
        ),
        "related-blocks": Shape(
            html,
            small,
            lambda n: page(
                lambda i: f'<div class="related-posts"><a href="/r{i}">More</a></div>', n
            ),
            "many related blocks with links too short to count",
        ),
        "related-deep": Shape(
            html,
            small,
            lambda n: page(
                lambda i: _nested(
                    100, '<div class="related">', '<a href="/r">Go</a>' * 20, "</div>"
                ),
                n,
            ),
            "related blocks nested 100 deep around links, repeated",
        ),
        "meta-tags": Shape(
            html,
            small,
            lambda n: repeated(
                lambda i: (
                    f'<meta name="x-publish-date-{i}" content="2024-05-01">'
                    f'<meta property="article:tag" content="tag {i}">'
                ),
                n,
                _HEAD,
                f"</head><body>{_ARTICLE}</body></html>",
            ),
            "thousands of <meta> tags (publish-date names, article:tag)",
        ),
        "wordpress-boxes": Shape(
            html,
            small,
            lambda n: repeated(
                lambda i: f'<div class="post-content"><p>Box {i}.</p></div>',
                n,
                f'{_HEAD}<meta name="generator" content="WordPress 6.4"></head>'
                '<body class="single-post postid-1"><article class="post-1 type-post">'
                f'<h1 class="entry-title">{_TITLE}</h1>'
                f'<div class="entry-content"><p>{_SENTENCE * 3}</p></div>',
                "</article></body></html>",
            ),
            "a WordPress post (the wordpress adapter applies) holding many .post-content boxes",
        ),
        "wordpress-body-class": Shape(
            html,
            small,
            lambda n: repeated(
                lambda i: '<div class="entry-content"><p>x</p></div>',
                n,
                f'{_HEAD}<meta name="generator" content="WordPress 6.4"></head>'
                f'<body class="single-post postid-1 {"w " * (n // 4)}"><div class="post-2">',
                "</div></body></html>",
            ),
            "a WordPress page whose body class is half the page, and many .entry-content boxes",
        ),
        # -- html: structured data -------------------------------------------------------------
        "jsonld-scripts": Shape(
            html,
            small,
            lambda n: repeated(
                lambda i: (
                    '<script type="application/ld+json">'
                    + json.dumps(
                        {
                            "@context": "https://schema.org",
                            "@type": "NewsArticle",
                            "headline": f"Ferry story number {i}",
                            "url": f"https://news.example/world/story-{i}",
                            "datePublished": _DATE,
                        }
                    )
                    + "</script>"
                ),
                n,
                _HEAD,
                f"</head><body>{_ARTICLE}</body></html>",
            ),
            "thousands of small JSON-LD scripts, one article each (a listing)",
        ),
        "jsonld-graph": Shape(
            html,
            small,
            lambda n: _jsonld_graph(n, in_html=True),
            "one JSON-LD @graph: an article with @id references to many authors and comments",
        ),
        "jsonld-many-nodes": Shape(
            html,
            (600_000, 2_400_000, 9_600_000),  # libxml2 drops a script of over 10 MB
            lambda n: repeated(
                lambda i: f'{{"@type": "Thing", "name": "n{i}"}}, ',
                n,
                f'{_HEAD}<script type="application/ld+json">{{"@graph": [',
                f"{{}}]}}</script></head><body>{_ARTICLE}</body></html>",
            ),
            "one JSON-LD script of hundreds of thousands of tiny nodes (up to 10 MB)",
        ),
        "microdata-items": Shape(
            html,
            small,
            lambda n: page(
                lambda i: (
                    '<div itemscope itemtype="https://schema.org/NewsArticle">'
                    f'<h2 itemprop="headline">Ferry story number {i}</h2>'
                    '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
                    '<span itemprop="name">Jane Roe</span></span>'
                    f'<time itemprop="datePublished" datetime="{_DATE}">1 May</time></div>'
                ),
                n,
            ),
            "thousands of microdata items with nested items",
        ),
        "microdata-itemref": Shape(
            html,
            small,
            _itemref_page,
            "one microdata item whose itemref names thousands of ids",
        ),
        # -- html: attributes -------------------------------------------------------------------
        "long-href": Shape(
            html,
            small,
            lambda n: page(
                lambda i: "a" * 1000,
                n,
                top=_ARTICLE + '<div class="related"><a href="/world/',
                end='">A related story title</a></div>',
            ),
            "one related link whose address is the whole page",
        ),
        "long-class-token": Shape(
            html,
            small,
            lambda n: page(
                lambda i: "a-" * 500,
                n,
                top=_ARTICLE + '<div class="comment-',
                end='list">No comments.</div>',
            ),
            "one element whose class is one enormous hyphenated token",
        ),
        "class-lists": Shape(
            html,
            small,
            lambda n: page(
                lambda i: '<div class="' + " ".join(f"c{i}-{j}" for j in range(60)) + '">x</div>',
                n,
            ),
            "many elements with 60 distinct class names each",
        ),
        # -- text -------------------------------------------------------------------------------
        "text-blocks": Shape(
            "text",
            small,
            lambda n: repeated(lambda i: f"{_SENTENCE}({i})\n\n", n, f"{_TITLE}\n\n"),
            "a text page of many paragraphs",
        ),
        "text-one-line": Shape(
            "text",
            small,
            lambda n: repeated(lambda i: _SENTENCE, n),
            "a text page that is one enormous line",
        ),
        "text-related": Shape(
            "text",
            small,
            lambda n: repeated(
                lambda i: f"Ferry story number {i}\n\n",
                n,
                f"{_TITLE}\n\n{_SENTENCE}\n\nRelated Articles\n\n",
            ),
            "a text page whose furniture lists thousands of related titles",
        ),
        "text-list": Shape(
            "text",
            small,
            lambda n: repeated(
                lambda i: f"{i + 1}. Ferry item number {i + 1}\n",
                n,
                f"{_TITLE}\n\n{_SENTENCE}\n\n",
            ),
            "a text page whose story holds one numbered list of thousands of items",
        ),
        "huge-text-line": Shape(
            "text",
            HUGE,
            lambda n: repeated(lambda i: _SENTENCE, n),
            "a one-line text page, 10 to 50 MB",
        ),
        # -- json (our own) ---------------------------------------------------------------------
        "json-paragraphs": Shape(
            "json",
            small,
            lambda n: _json_article(n, comments=False),
            "our JSON: an article of many paragraphs",
        ),
        "json-comments": Shape(
            "json",
            small,
            lambda n: _json_article(n, comments=True),
            "our JSON: an article with many comments",
        ),
        "huge-json": Shape(
            "json",
            HUGE,
            lambda n: _json_article(n, comments=False),
            "our JSON, 10 to 50 MB of paragraphs",
        ),
        # -- jsonld -----------------------------------------------------------------------------
        "jsonld-graph-doc": Shape(
            "jsonld",
            small,
            lambda n: _jsonld_graph(n, in_html=False),
            "a JSON-LD document: one @graph, an article with many @id authors and comments",
        ),
        "jsonld-articles": Shape(
            "jsonld",
            small,
            lambda n: (
                "["
                + ",".join(
                    json.dumps(
                        {
                            "@context": "https://schema.org",
                            "@type": "NewsArticle",
                            "headline": f"Ferry story number {i}",
                            "datePublished": _DATE,
                        }
                    )
                    for i in range(max(n // 130, 1))
                )
                + "]"
            ).encode(),
            "a JSON-LD array of thousands of articles",
        ),
        "jsonld-repairs": Shape(
            "jsonld",
            small,
            lambda n: repeated(
                lambda i: f'  // comment {i}\n  "k{i}": "{_SENTENCE}",\n',
                n,
                '{"@context": "https://schema.org", "@type": "NewsArticle",\n'
                f'  "headline": "{_TITLE}",\n',
                "}",
            ),
            "JSON-LD that needs repairs (// comments, a trailing comma)",
        ),
        "huge-jsonld-body": Shape(
            "jsonld",
            HUGE,
            lambda n: repeated(
                lambda i: _SENTENCE,
                n,
                '{"@context": "https://schema.org", "@type": "NewsArticle", '
                f'"headline": "{_TITLE}", "articleBody": "',
                '"}',
            ),
            "a JSON-LD article whose articleBody is one 10 to 50 MB line",
        ),
        "jsonld-comment-dag": Shape(
            "jsonld",
            small,
            _comment_dag,
            "comments whose replies are @id references to the same next comment, twice",
        ),
    }


SHAPES = _shapes()
# A tiny document per reader, read before timing so that imports, the registry and lazily
# built tables are not counted; the json one is made by the writer, in the child.
_WARM_UP = {
    "html": f"{_HEAD}</head><body>{_ARTICLE}</body></html>",
    "text": f"{_TITLE}\n\n{_SENTENCE}\n",
    "jsonld": json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _TITLE}
    ),
}


class Options(NamedTuple):
    """How each size is read."""

    folder: Path  # where inputs are written for the child to read
    timeout: float
    repeat: int
    profile: int  # cProfile's top N, or 0
    traced: int  # tracemalloc's top N lines, or 0


class Result(NamedTuple):
    """One read of one input, in a fresh process."""

    shape: str
    size: int
    cpu: float | None  # None: killed at the timeout, or failed
    wall: float | None
    peak_mb: float | None
    grew_mb: float | None
    articles: int
    note: str


def child(reader: str, path: str, profile: int, traced: int) -> None:
    """In a fresh process: read one input and print what it cost as a JSON line."""
    import newsmodel

    warnings.simplefilter("ignore")
    warm = _WARM_UP.get(reader) or newsmodel.write(newsmodel.Article(_TITLE), reader)
    newsmodel.read_all(warm, format=reader, url=URL)
    before = _rss_mb("VmRSS")
    _reset_peak()
    if traced:
        import tracemalloc

        tracemalloc.start()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
    wall, cpu = time.perf_counter(), time.process_time()
    note = ""
    try:
        if profiler is not None:
            articles = profiler.runcall(newsmodel.read_all, Path(path), format=reader, url=URL)
        else:
            articles = newsmodel.read_all(Path(path), format=reader, url=URL)
    except newsmodel.NewsmodelError as error:
        articles, note = [], f"{type(error).__name__}: {str(error)[:60]}"
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak = _rss_mb("VmHWM")
    if profiler is not None:
        import pstats

        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(profile)
    if traced:
        _print_peak_lines(traced)
    found = {"cpu": cpu, "wall": wall, "peak": peak, "grew": peak - before}
    print(json.dumps({**found, "articles": len(articles), "note": note}))


def _rss_mb(field: str) -> float:
    """``VmRSS`` (now) or ``VmHWM`` (the peak) of this process, from ``/proc``.

    ``ru_maxrss`` is the fallback where there is no ``/proc`` (macOS), but on Linux it will
    not do: a process started by ``fork`` and ``exec`` keeps the parent's peak in it, and
    the parent held the input it built.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS


def _reset_peak() -> None:
    """Start ``VmHWM`` again from the present size (Linux 4.0 and later)."""
    with (
        contextlib.suppress(OSError),
        open("/proc/self/clear_refs", "w", encoding="ascii") as clear,
    ):
        clear.write("5")


def _print_peak_lines(count: int) -> None:
    """The lines that allocated what is held now (the articles, and what outlives them)
    and the peak of the traced memory."""
    import tracemalloc

    snapshot = tracemalloc.take_snapshot()
    current, peak = tracemalloc.get_traced_memory()
    print(
        f"tracemalloc: {current / 2**20:.1f} MB held, peak {peak / 2**20:.1f} MB", file=sys.stderr
    )
    for stat in snapshot.statistics("lineno")[:count]:
        where = stat.traceback[0]
        print(f"  {stat.size / 2**20:8.1f} MB {stat.count:>9} blocks  {where}", file=sys.stderr)


def measure(name: str, size: int, options: Options) -> Result:
    """Build the input, read it in a fresh process, and return what that cost."""
    shape = SHAPES[name]
    path = options.folder / f"{name}-{size}.input"
    path.write_bytes(shape.build(size))
    actual = path.stat().st_size
    command = [sys.executable, __file__, "--child", shape.reader, str(path)]
    command += ["--profile", str(options.profile), "--tracemalloc", str(options.traced)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=options.timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return Result(
            name, actual, None, None, None, None, 0, f"timeout ({options.timeout:.0f} s)"
        )
    finally:
        path.unlink()
    if options.profile or options.traced:
        sys.stderr.write(done.stderr)
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return Result(name, actual, None, None, None, None, 0, f"failed: {last[:70]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    cost = (found["cpu"], found["wall"], found["peak"], found["grew"])
    return Result(name, actual, *cost, found["articles"], found["note"])


def exponent(
    before: float | None, after: float | None, n1: int, n2: int, floor: float
) -> float | None:
    """``log(after / before) / log(n2 / n1)``, or None where ``before`` is under ``floor``."""
    if before is None or after is None or before < floor or after <= 0 or n2 <= n1:
        return None
    return math.log(after / before) / math.log(n2 / n1)


def exponents(last: Result, result: Result) -> tuple[float | None, float | None]:
    """The time and memory exponents from one size to the next."""
    return (
        exponent(last.cpu, result.cpu, last.size, result.size, MIN_SECONDS),
        exponent(last.grew_mb, result.grew_mb, last.size, result.size, MIN_GROWTH_MB),
    )


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1e6 else f"{count / 1e3:.0f} KB"


def _figure(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def run_shape(name: str, sizes: Iterable[int], options: Options) -> list[Result]:
    """Every size of one shape, smallest first; sizes after a timeout are skipped."""
    shape = SHAPES[name]
    print(f"\n{name} ({shape.reader}): {shape.about}")
    print(
        f"  {'size':>8} {'cpu s':>8} {'wall s':>8} {'peak MB':>8} {'grew MB':>8} {'x in':>6}"
        f" {'t exp':>6} {'m exp':>6} {'articles':>8}",
        flush=True,
    )
    results: list[Result] = []
    for size in sizes:
        tries = [measure(name, size, options) for _ in range(options.repeat)]
        timed = [r for r in tries if r.cpu is not None]
        result = min(timed, key=lambda r: r.cpu or 0.0) if timed else tries[0]
        t_exp, m_exp = exponents(results[-1], result) if results else (None, None)
        note = result.note
        if results and results[-1].wall and note.startswith("timeout"):
            low = math.log(options.timeout / results[-1].wall) / math.log(
                result.size / results[-1].size
            )
            note += f", t exp > {low:.1f}"
        ratio = result.grew_mb * 2**20 / result.size if result.grew_mb is not None else None
        results.append(result)
        print(
            f"  {_size(result.size):>8} {_figure(result.cpu):>8} {_figure(result.wall):>8}"
            f" {_figure(result.peak_mb, 0):>8} {_figure(result.grew_mb, 0):>8}"
            f" {_figure(ratio, 1):>6} {_figure(t_exp):>6} {_figure(m_exp):>6}"
            f" {result.articles:>8} {note}",
            flush=True,
        )
        if result.cpu is None:
            break
    return results


def verdict(results: list[Result]) -> tuple[float | None, float | None, str]:
    """The time and memory exponents between a shape's two largest sizes read (where they
    are large enough to time and weigh: the steadiest figures, past the fixed costs and the
    processor's caches), and its flags."""
    pairs = [exponents(last, result) for last, result in itertools.pairwise(results)]
    worst_t = next((t for t, _ in reversed(pairs) if t is not None), None)
    worst_m = next((m for _, m in reversed(pairs) if m is not None), None)
    stopped = next((r for r in results if r.cpu is None), None)
    flags = []
    if stopped is not None or any(e is not None and e > FLAG_EXPONENT for e in (worst_t, worst_m)):
        flags.append("SUPERLINEAR")
    if stopped is not None:
        flags.append(f"({stopped.note.split(' (')[0]} at {_size(stopped.size)})")
    last = next((r for r in reversed(results) if r.cpu is not None), None)
    if last is not None and last.cpu is not None and last.grew_mb is not None:
        over = []
        if last.cpu >= MIN_SECONDS:
            times = last.cpu / (last.size / 1e6) / BUDGET_SECONDS_PER_MB
            over += [f"time x{times:.0f}"] if times >= BUDGET_FLAG else []
        if last.grew_mb >= MIN_GROWTH_MB:
            times = last.grew_mb * 2**20 / last.size / BUDGET_GROWTH_RATIO
            over += [f"memory x{times:.0f}"] if times >= BUDGET_FLAG else []
        if over:
            flags.append(f"OVER BUDGET ({', '.join(over)})")
    return worst_t, worst_m, " ".join(flags)


def print_summary(summary: list[tuple[str, list[Result]]]) -> None:
    """One line per shape: its largest size read, its last exponents, its flags."""
    print(
        f"\nsummary: the exponents between the two largest sizes (flagged over"
        f" {FLAG_EXPONENT}), and the largest size's CPU s per MB and growth over the input"
        f" (budget: 50 MB in"
        f" {BUDGET_SECONDS_PER_MB * 50:.0f} s and {BUDGET_GROWTH_RATIO * 50:.0f} MB)"
    )
    print(
        f"  {'shape':<20} {'reader':<7} {'largest':>9} {'cpu s':>8} {'grew MB':>8}"
        f" {'s/MB':>6} {'x in':>6} {'t exp':>6} {'m exp':>6}"
    )
    for name, found in summary:
        worst_t, worst_m, flag = verdict(found)
        last = next((r for r in reversed(found) if r.cpu is not None), found[-1])
        per_mb = last.cpu / (last.size / 1e6) if last.cpu is not None else None
        ratio = last.grew_mb * 2**20 / last.size if last.grew_mb is not None else None
        print(
            f"  {name:<20} {SHAPES[name].reader:<7} {_size(last.size):>9} {_figure(last.cpu):>8}"
            f" {_figure(last.grew_mb, 0):>8} {_figure(per_mb):>6} {_figure(ratio, 1):>6}"
            f" {_figure(worst_t):>6} {_figure(worst_m):>6} {flag}"
        )


def _parse_size(text: str) -> int:
    text = text.strip().lower().removesuffix("b")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * scale)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few shapes, tiny sizes, for CI")
    parser.add_argument("--list", action="store_true", help="list the shapes and stop")
    parser.add_argument("--shapes", help="comma-separated names or patterns (default: all)")
    parser.add_argument("--sizes", help="comma-separated sizes, such as 25k,100k,1.6m")
    parser.add_argument("--largest", action="store_true", help="add 99 MB to the huge shapes")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per read")
    parser.add_argument("--repeat", type=int, default=1, help="reads per size; least CPU kept")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile top N")
    parser.add_argument("--tracemalloc", type=int, default=0, metavar="N", help="top N lines")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument(
        "--summary", type=Path, nargs="+", metavar="FILE", help="summarise --json files; no run"
    )
    parser.add_argument("--child", nargs=2, metavar=("READER", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, args.profile, args.tracemalloc)
        return
    if args.summary:
        kept: dict[tuple[str, int], Result] = {}  # each shape and size: the least CPU time
        for path in args.summary:
            for record in json.loads(path.read_text(encoding="utf-8")):
                result, key = Result(**record), (record["shape"], record["size"])
                known = kept.get(key)
                if known is None or (result.cpu or math.inf) < (known.cpu or math.inf):
                    kept[key] = result
        grouped: dict[str, list[Result]] = {}
        for (name, _), result in sorted(kept.items(), key=lambda item: item[0][1]):
            grouped.setdefault(name, []).append(result)
        print_summary([(name, grouped[name]) for name in SHAPES if name in grouped])
        return
    if args.list:
        for name, shape in SHAPES.items():
            print(f"{name:<20} {shape.reader:<7} {shape.about}")
        return
    names = list(SMOKE_SHAPES) if args.smoke else list(SHAPES)
    if args.shapes and not args.smoke:
        patterns = [p.strip() for p in args.shapes.split(",") if p.strip()]
        names = [n for n in names if any(fnmatch.fnmatch(n, p) for p in patterns)]
    if "huge-realistic" in names and not (CORPUS / "aeb-dev").is_dir():
        print("huge-realistic skipped: no ../shared/corpus/aeb-dev")
        names.remove("huge-realistic")
    summary: list[tuple[str, list[Result]]] = []
    with tempfile.TemporaryDirectory(prefix="newsmodel-scaling-") as folder:
        options = Options(Path(folder), args.timeout, args.repeat, args.profile, args.tracemalloc)
        for name in names:
            sizes = SHAPES[name].sizes
            if args.smoke:
                sizes = SMALL[:2]
            elif args.sizes:
                sizes = tuple(_parse_size(s) for s in args.sizes.split(","))
            elif args.largest and sizes == HUGE:
                sizes = (*HUGE, LARGEST)
            summary.append((name, run_shape(name, sizes, options)))
    print_summary(summary)
    if args.json:
        records = [r._asdict() for _, found in summary for r in found]
        args.json.write_text(json.dumps(records, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

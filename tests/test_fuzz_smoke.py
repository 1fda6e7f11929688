"""A short, deterministic fuzz run of every reader, and the fuzzers' regression inputs.

The fuzz targets in ``fuzz/`` run for hours; these tests run the same reads on about a
hundred hostile-but-plausible inputs built from the fuzzers' vocabulary, so that a change
that makes a reader raise something other than ``NewsmodelError`` fails here first.
"""

from __future__ import annotations

import gzip
import html
import importlib.util
import json
import sys
import time
import warnings
from contextlib import suppress
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import NewsmodelError
from newsmodel.strategies import articles

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"


def _fuzz_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"fuzz_{name}", FUZZ / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


harness, vocabulary = _fuzz_module("harness"), _fuzz_module("vocabulary")
sys.modules.setdefault("vocabulary", vocabulary)  # fuzz/feeds.py imports it by that name
feeds = _fuzz_module("feeds")

# Never flaky: the same examples on every run (the fuzz campaigns do the exploring).
smoke = settings(max_examples=40, derandomize=True, database=None, deadline=None)


def read_every_way(reader: str, data: bytes | str) -> None:
    """Every read the fuzz target makes; only a ``NewsmodelError`` may escape. (A ``str``
    is read as text, which the fuzzers' bytes never are: lone surrogates get through.)"""
    for _, call in harness.calls(reader, data):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.ReadWarning)
            with suppress(NewsmodelError):
                call()


# Character references, as pages write them.
_REFERENCES = [text for text in vocabulary.ODD_TEXT if text.startswith("&")]
_NAMES = ["class", "id", "itemprop", "itemtype", "datetime", "rel", "href", "content", "name"]
_LINKS = ["/a", "https://news.example/b", "#c", "javascript:x", "", "http://[::1"]
_CONTEXT = "https://schema.org"
_SEPARATORS = ["\n\n", "\r\n\r\n", "\n \n", "\n", "\n\n\n"]

words = st.sampled_from(["Harbour", "reopens", "By", "Amina Rahman", "Home", "says:", "|"])
texts = st.one_of(
    words,
    st.sampled_from(vocabulary.DATES),
    st.sampled_from(vocabulary.ODD_TEXT),
    st.text(max_size=30),
    st.lists(words, min_size=20, max_size=120).map(" ".join),  # long enough to be a story
)
scalars = st.one_of(
    texts,
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.booleans(),
    st.none(),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)

# JSON-LD: a few @ids shared by every node, so references cross, repeat and loop
ids = st.sampled_from(["#a", "#b", "#c", "https://news.example/#article", ""])
types = st.one_of(
    st.sampled_from(vocabulary.JSONLD_TYPES),
    st.lists(st.sampled_from(["NewsArticle", "Comment", "Person"]), max_size=2),
)


def _nodes(values: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Nodes with any of the keys readers look for."""
    return st.dictionaries(st.sampled_from(vocabulary.JSONLD_KEYS), values, max_size=6)


jsonld_values = st.recursive(
    st.one_of(
        scalars,
        (ids | st.sampled_from([[], {}, 5, None, ["#a"]])).map(lambda i: {"@id": i}),
        types.map(lambda t: {"@type": t}),
    ),
    lambda inner: st.lists(inner, max_size=3) | _nodes(inner),
    max_leaves=12,
)
article_nodes = st.builds(
    lambda node, more: {**more, **node},
    st.fixed_dictionaries(
        {"@type": types, "headline": texts},
        optional={"@id": ids, "author": jsonld_values, "comment": jsonld_values},
    ),
    _nodes(jsonld_values),
)
any_nodes = article_nodes | _nodes(jsonld_values)


jsonld_documents = st.one_of(
    article_nodes,
    st.lists(any_nodes, max_size=4),
    st.lists(any_nodes, max_size=5).map(lambda graph: {"@context": _CONTEXT, "@graph": graph}),
    article_nodes.map(lambda node: {"@type": "WebPage", "mainEntity": node}),
    st.lists(article_nodes, max_size=3).map(
        lambda nodes: {"@type": "ItemList", "itemListElement": nodes}
    ),
)


def _json_text(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False)


# HTML: elements and attributes the reader looks for, nested at random, with JSON-LD
attribute_values = st.one_of(
    st.lists(st.sampled_from(vocabulary.CLASS_WORDS), min_size=1, max_size=3).map(" ".join),
    st.sampled_from([*vocabulary.DATES, *vocabulary.JSONLD_KEYS, *_LINKS, *vocabulary.ODD_TEXT]),
)
attributes = st.dictionaries(st.sampled_from(_NAMES), attribute_values, max_size=3).map(
    lambda found: "".join(f' {name}="{html.escape(value)}"' for name, value in found.items())
)


def _script(document: Any) -> str:
    text = _json_text(document).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


scripts = jsonld_documents.map(_script)
elements = st.recursive(
    st.one_of(
        texts.map(html.escape),
        st.sampled_from(_REFERENCES),
        st.sampled_from(vocabulary.HTML_SNIPPETS),
        scripts,
    ),
    lambda inner: st.builds(
        lambda tag, attrs, children: f"<{tag}{attrs}>{''.join(children)}</{tag}>",
        st.sampled_from(vocabulary.TAGS[5:]),  # after html, head, body, title, meta
        attributes,
        st.lists(inner, max_size=4),
    ),
    max_leaves=25,
)
html_pages = st.builds(
    lambda head, body: f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>",
    st.lists(scripts | st.sampled_from(vocabulary.HTML_SNIPPETS[4:10]), max_size=3).map("".join),
    elements,
)

# text: the portal furniture the reader looks for, among story blocks
text_pages = st.builds(
    lambda blocks, separator: separator.join(blocks),
    st.lists(st.sampled_from(vocabulary.TEXT_LINES) | texts, min_size=1, max_size=12),
    st.sampled_from(_SEPARATORS),
)

# sitemaps: the elements the reader looks for, nested at random, with odd values
sitemap_values = st.one_of(
    texts.map(html.escape),
    st.sampled_from(vocabulary.SITEMAP_TOKENS),
    st.sampled_from(vocabulary.DATES),
    st.sampled_from(_LINKS),
)
sitemap_elements = st.recursive(
    sitemap_values,
    lambda inner: st.builds(
        lambda tag, children: f"<{tag}>{''.join(children)}</{tag}>",
        st.sampled_from(vocabulary.SITEMAP_TAGS),
        st.lists(inner, max_size=4),
    ),
    max_leaves=20,
)
sitemaps = st.builds(
    lambda prologue, root, body: (
        f"{prologue}<{root} {' '.join(vocabulary.SITEMAP_TOKENS[:3])}>{body}</{root}>"
    ),
    st.sampled_from(["", *vocabulary.SITEMAP_TOKENS[3:6]]),
    st.sampled_from(["urlset", "sitemapindex"]),
    st.lists(sitemap_elements, max_size=5).map("".join),
)
# robots.txt: its lines among odd text
robots_files = st.lists(
    st.sampled_from(["User-agent: *", "Disallow: /", "Sitemap: ", "sitemap:", "# x", ""])
    | texts
    | st.sampled_from(_LINKS).map(lambda link: f"Sitemap: {link}"),
    max_size=12,
).map("\n".join)


# feeds: the readers' elements nested at random inside a feed's frame, with odd text,
# dates and entities; and the seeds, cut anywhere
feed_texts = st.one_of(
    texts.map(html.escape),
    st.sampled_from(vocabulary.FEED_DATES),
    st.sampled_from([*_REFERENCES, "&nbsp;", "&", "<![CDATA[<p>x</p>]]>", "&#0;", "&undefined;"]),
)
feed_attributes = st.dictionaries(
    st.sampled_from(vocabulary.FEED_ATTRIBUTES),
    attribute_values | st.sampled_from(_LINKS),
    max_size=3,
).map(lambda found: "".join(f' {name}="{html.escape(value)}"' for name, value in found.items()))
feed_elements = st.recursive(
    feed_texts,
    lambda inner: st.builds(
        lambda tag, attrs, children: f"<{tag}{attrs}>{''.join(children)}</{tag}>",
        st.sampled_from(vocabulary.FEED_TAGS),
        feed_attributes,
        st.lists(inner, max_size=4),
    ),
    max_leaves=25,
)
rss_documents = feed_elements.map(
    lambda inner: (
        f'<rss version="2.0" {vocabulary.FEED_NAMESPACES}><channel><item>{inner}'
        "</item></channel></rss>"
    )
)
atom_documents = feed_elements.map(
    lambda inner: (
        f'<feed xmlns="http://www.w3.org/2005/Atom" '
        f'xmlns:media="http://search.yahoo.com/mrss/"><entry>{inner}</entry></feed>'
    )
)


def _cut(documents: list[str]) -> st.SearchStrategy[str]:
    """A seed feed cut anywhere."""
    return st.sampled_from(documents).flatmap(
        lambda text: st.integers(0, len(text)).map(lambda end: text[:end])
    )


json_feed_items = st.builds(
    lambda item, more: {**more, **item},
    st.fixed_dictionaries({}, optional={"title": texts, "id": json_values, "url": texts}),
    st.dictionaries(st.sampled_from(vocabulary.JSON_FEED_KEYS), json_values, max_size=5),
)
json_feed_documents = st.builds(
    lambda items, more: {
        **more,
        "version": "https://jsonfeed.org/version/1.1",
        "items": items,
    },
    st.lists(json_feed_items, max_size=3) | json_values,
    st.dictionaries(st.sampled_from(vocabulary.JSON_FEED_KEYS), json_values, max_size=4),
)


class TestHostileInputs:
    """Hostile but plausible inputs make every reader return or raise a NewsmodelError."""

    @settings(smoke, max_examples=25)  # pages cost the most to read
    @given(html_pages)
    def test_html(self, page: str) -> None:
        read_every_way("html", page)

    @smoke
    @given(jsonld_documents)
    def test_jsonld(self, document: Any) -> None:
        read_every_way("jsonld", _json_text(document))

    @settings(smoke, max_examples=15)  # articles cost more to build than the other inputs
    @given(articles(max_blocks=4), st.data())
    def test_json_with_a_wrong_value(
        self, article: newsmodel.Article, data: st.DataObject
    ) -> None:
        document = json.loads(newsmodel.write(article, "json"))
        holders = _containers(document)
        holder = data.draw(st.sampled_from(holders))
        keys = list(holder) if isinstance(holder, dict) else list(range(len(holder)))
        if keys:
            holder[data.draw(st.sampled_from(keys))] = data.draw(json_values)
        read_every_way("json", _json_text(document))

    @smoke
    @given(text_pages)
    def test_text(self, page: str) -> None:
        read_every_way("text", page)

    @smoke
    @given(rss_documents | _cut(feeds.rss_feeds()))
    def test_rss(self, feed: str) -> None:
        read_every_way("rss", feed)

    @smoke
    @given(atom_documents | _cut(feeds.atom_feeds()))
    def test_atom(self, feed: str) -> None:
        read_every_way("atom", feed)

    @smoke
    @given(json_feed_documents)
    def test_json_feed(self, feed: Any) -> None:
        read_every_way("json-feed", _json_text(feed))

    @smoke
    @given(sitemaps, st.booleans())
    def test_sitemap(self, document: str, compressed: bool) -> None:
        data = document.encode("utf-8", "surrogatepass")
        read_every_way("sitemap", gzip.compress(data, mtime=0) if compressed else document)

    @smoke
    @given(robots_files)
    def test_robots(self, text: str) -> None:
        read_every_way("robots", text)


def _containers(document: Any) -> list[Any]:
    """Every object and array in a JSON document, the document first."""
    found, waiting = [], [document]
    while waiting:
        value = waiting.pop()
        if isinstance(value, (dict, list)):
            found.append(value)
            waiting.extend(value.values() if isinstance(value, dict) else value)
    return found


REGRESSIONS = sorted(
    path for path in (FUZZ / "regressions").glob("*/*") if path.is_file() and path.suffix != ".txt"
)


class TestRegressions:
    """Every input a fuzz campaign broke a reader with is now read or refused cleanly,
    within a second of CPU time (the fuzzers' limit for a slow read; an exponential
    blow-up coming back is stopped after ten seconds and fails)."""

    @pytest.mark.parametrize(
        "path", REGRESSIONS, ids=[f"{p.parent.name}/{p.name}" for p in REGRESSIONS]
    )
    def test_replay(self, path: Path) -> None:
        findings = harness.check(path.parent.name, path.read_bytes())
        assert not findings, "\n".join(finding.report for finding in findings)


class TestFindings:
    """The fuzz harness reports every exception but NewsmodelError, slow reads and
    endless ones, and keeps one input per kind and place."""

    def test_other_exceptions_are_findings(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def broken(*args: object, **kwargs: object) -> None:
            raise KeyError("boom")

        monkeypatch.setattr(newsmodel, "read_all", broken)
        (finding,) = harness.check("text", b"x", timed=False)
        assert finding.kind == "crash"
        assert finding.where == "KeyError at outside newsmodel"
        assert "KeyError: 'boom'" in finding.report

    def test_slow_and_endless_reads_are_findings(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def endless(*args: object, **kwargs: object) -> None:
            while True:
                pass

        def slow(*args: object, **kwargs: object) -> None:
            started = time.process_time()
            while time.process_time() - started < 0.1:
                pass

        monkeypatch.setattr(harness, "SLOW_SECONDS", 0.05)
        monkeypatch.setattr(harness, "HANG_SECONDS", 0.2)
        monkeypatch.setattr(newsmodel, "read_all", endless)
        (hang,) = harness.check("text", b"x")
        assert hang.kind == "hang"
        monkeypatch.setattr(newsmodel, "read_all", slow)
        (finding,) = harness.check("text", b"x")
        assert finding.kind == "slow"

    def test_refusals_are_not(self) -> None:
        assert harness.check("json", b"{}", timed=False) == []

    def test_one_input_per_group(self, tmp_path: Path) -> None:
        store = harness.FindingStore(tmp_path)
        finding = harness.Finding("crash", "read()", "KeyError at x.py:f:1", "Traceback")
        assert store.save("html", b"first", finding)
        assert not store.save("html", b"second", finding)
        (saved,) = tmp_path.glob("*.bin")
        assert saved.read_bytes() == b"first"
        assert "reader: html" in saved.with_suffix(".txt").read_text(encoding="utf-8")

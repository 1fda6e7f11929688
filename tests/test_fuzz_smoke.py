"""A short, deterministic fuzz run of every reader, and the fuzzers' regression inputs.

The fuzz targets in ``fuzz/`` run for hours; these tests run the same reads on a few
hundred hostile-but-plausible inputs built from the fuzzers' vocabulary, so that a change
that makes a reader raise something other than ``NewsmodelError`` fails here first.
"""

from __future__ import annotations

import html
import importlib.util
import json
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

# Never flaky: the same examples on every run (the fuzz campaigns do the exploring).
smoke = settings(max_examples=40, derandomize=True, database=None, deadline=None)

# Left out until main fixes the known open findings they trigger (put them back with the
# finding's regression input in fuzz/regressions/): control characters in HTML text (lxml
# refuses them when the body is cleaned), NaN and infinity (not JSON, yet kept in extra),
# an @id that is not a string (unhashable), @id references under "comment" (a reply
# referred to twice is copied twice, so chains of them grow exponentially, loops forever),
# links with a bad IPv6 host ("http://[", which urljoin refuses with a ValueError), and
# digits that str.isdigit() accepts and int() refuses ("²"), and month names with letters
# that re.IGNORECASE takes for ASCII ones ("ſep 4, 2024").
_LEFT_OUT = ({chr(code) for code in range(32)} - set("\t\n\r")) | set("²①ſı")
_ODD_TEXT = [text for text in vocabulary.ODD_TEXT if not set(text) & _LEFT_OUT]
_DATES = [text for text in vocabulary.DATES if not set(text) & _LEFT_OUT]


def read_every_way(reader: str, data: bytes | str) -> None:
    """Every read the fuzz target makes; only a ``NewsmodelError`` may escape. (A ``str``
    is read as text, which the fuzzers' bytes never are: lone surrogates get through.)"""
    for _, call in harness.calls(reader, data):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", newsmodel.ReadWarning)
            with suppress(NewsmodelError):
                call()


_NAMES = ["class", "id", "itemprop", "itemtype", "datetime", "rel", "href", "content", "name"]
_LINKS = ["/a", "https://news.example/b", "#c", "javascript:x", ""]
_REF = {"@id", "@type"}
_CONTEXT = "https://schema.org"
_SEPARATORS = ["\n\n", "\r\n\r\n", "\n \n", "\n", "\n\n\n"]

words = st.sampled_from(["Harbour", "reopens", "By", "Amina Rahman", "Home", "says:", "|"])
texts = st.one_of(
    words,
    st.sampled_from(_DATES),
    st.sampled_from(_ODD_TEXT),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),
    st.lists(words, min_size=20, max_size=120).map(" ".join),  # long enough to be a story
)
scalars = st.one_of(
    texts,
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
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
    """Nodes with any of the keys readers look for (an ``@id`` only where it is text)."""
    return st.dictionaries(st.sampled_from(vocabulary.JSONLD_KEYS), values, max_size=6).map(
        lambda node: {k: v for k, v in node.items() if k != "@id" or isinstance(v, str)}
    )


jsonld_values = st.recursive(
    st.one_of(scalars, ids.map(lambda i: {"@id": i}), types.map(lambda t: {"@type": t})),
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


def _without_comment_references(value: Any) -> Any:
    """``value`` without ``{"@id": ...}`` references among comments (see above)."""
    if isinstance(value, list):
        return [_without_comment_references(item) for item in value]
    if not isinstance(value, dict):
        return value
    value = {key: _without_comment_references(item) for key, item in value.items()}
    replies = value.get("comment")
    if isinstance(replies, (dict, list)):
        replies = replies if isinstance(replies, list) else [replies]
        value["comment"] = [r for r in replies if not (isinstance(r, dict) and set(r) <= _REF)]
    return value


jsonld_documents = st.one_of(
    article_nodes,
    st.lists(any_nodes, max_size=4),
    st.lists(any_nodes, max_size=5).map(lambda graph: {"@context": _CONTEXT, "@graph": graph}),
    article_nodes.map(lambda node: {"@type": "WebPage", "mainEntity": node}),
    st.lists(article_nodes, max_size=3).map(
        lambda nodes: {"@type": "ItemList", "itemListElement": nodes}
    ),
).map(_without_comment_references)


def _json_text(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False)


# HTML: elements and attributes the reader looks for, nested at random, with JSON-LD
attribute_values = st.one_of(
    st.lists(st.sampled_from(vocabulary.CLASS_WORDS), min_size=1, max_size=3).map(" ".join),
    st.sampled_from([*_DATES, *vocabulary.JSONLD_KEYS, *_LINKS, *_ODD_TEXT]),
)
attributes = st.dictionaries(st.sampled_from(_NAMES), attribute_values, max_size=3).map(
    lambda found: "".join(f' {name}="{html.escape(value)}"' for name, value in found.items())
)


def _script(document: Any) -> str:
    text = _json_text(document).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


scripts = jsonld_documents.map(_script)
elements = st.recursive(
    st.one_of(texts.map(html.escape), st.sampled_from(vocabulary.HTML_SNIPPETS), scripts),
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


class TestHostileInputs:
    """Hostile but plausible inputs make every reader return or raise a NewsmodelError."""

    @smoke
    @given(html_pages)
    def test_html(self, page: str) -> None:
        read_every_way("html", page)

    @smoke
    @given(jsonld_documents)
    def test_jsonld(self, document: Any) -> None:
        read_every_way("jsonld", _json_text(document))

    @settings(smoke, max_examples=20)  # articles cost more to build than the other inputs
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
    """Every input a fuzz campaign broke a reader with is now read or refused cleanly."""

    @pytest.mark.parametrize(
        "path", REGRESSIONS, ids=[f"{p.parent.name}/{p.name}" for p in REGRESSIONS]
    )
    def test_replay(self, path: Path) -> None:
        read_every_way(path.parent.name, path.read_bytes())


class TestFindings:
    """The fuzz harness reports every exception but NewsmodelError, and keeps one input
    per kind and place."""

    def test_other_exceptions_are_findings(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def broken(*args: object, **kwargs: object) -> None:
            raise KeyError("boom")

        monkeypatch.setattr(newsmodel, "read_all", broken)
        (finding,) = harness.check("text", b"x", timed=False)
        assert finding.kind == "crash"
        assert finding.where == "KeyError at outside newsmodel"
        assert "KeyError: 'boom'" in finding.report

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

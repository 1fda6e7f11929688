"""Writes the fuzzers' seed folders and dictionaries under ``fuzz/work/`` (not committed:
the corpus pages are not ours to redistribute).

Corpus pages (``../shared/corpus``) are ~100 KB, too slow for a fuzz loop, so each becomes
small variants that keep its structure: scripts, styles and SVG dropped (JSON-LD kept),
every text cut to :data:`TEXT_CUT` characters, then the page cut to ``--html-size`` bytes;
the ``<head>`` alone; and the story's surroundings (the ``<h1>``'s ancestors, small enough).
JSON-LD seeds are the scripts those pages hold, json and text seeds are the writers'
output for Hypothesis articles, and every reader gets the repository's pages and
``fuzz/regressions/<reader>/``. Run ``python fuzz/seeds.py`` (``--help`` for the options).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import shutil
import warnings
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import feeds
import lxml.etree
import lxml.html
from harness import MAX_LEN
from vocabulary import dictionary_text

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
WORK = REPO / "fuzz" / "work"
CORPORA = {
    "aeb-dev": "html/*.html.gz",
    "fundus-dev": "html/*.gz",
    "readability-dev": "pages/*/source.html.gz",
    "wcxb-dev-articles": "html/*.html.gz",
}
TEXT_CUT = 300
_DROPPED = ("style", "svg", "noscript", "iframe", "link[@rel='stylesheet']")
_LD_JSON = re.compile(r"ld\+json", re.I)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=WORK, help="default: fuzz/work")
    parser.add_argument("--pages", type=int, default=25, help="pages per corpus (default 25)")
    parser.add_argument(
        "--html-size", type=int, default=MAX_LEN["html"], help="bytes per html seed"
    )
    parser.add_argument("--articles", type=int, default=40, help="Hypothesis articles")
    args = parser.parse_args()
    seeds = {
        "html": list(_html_seeds(args.pages, args.html_size)),
        "jsonld": list(_jsonld_seeds(MAX_LEN["jsonld"])),
        "json": [],
        "text": list(_text_seeds(args.pages, MAX_LEN["text"])),
        "rss": [feed.encode() for feed in feeds.rss_feeds()],
        "atom": [feed.encode() for feed in feeds.atom_feeds()],
        "json-feed": [feed.encode() for feed in feeds.json_feeds()],
        "sitemap": [],
        "robots": [b"User-agent: *\nDisallow: /a\n\nSitemap: https://news.example/s.xml\n"],
    }
    seeds["json"] += _files(REPO / "examples/pages", "*.json")
    for reader, written in _written(args.articles).items():
        seeds[reader] += written
    for reader, found in seeds.items():
        found.extend(_files(REPO / "fuzz" / "regressions" / reader, "*"))
        folder = args.out / "seeds" / reader
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for data in found:
            (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)
        dictionary = args.out / "dicts" / f"{reader}.dict"
        dictionary.parent.mkdir(parents=True, exist_ok=True)
        dictionary.write_text(dictionary_text(reader), encoding="ascii")
        print(f"{reader}: {len(list(folder.iterdir()))} seeds in {folder}, {dictionary}")


def corpus_pages(per_corpus: int) -> Iterator[bytes]:
    """Up to ``per_corpus`` pages of each shared corpus, spread evenly over it."""
    for name, pattern in CORPORA.items():
        paths = sorted((SHARED / "corpus" / name).glob(pattern))
        step = max(1, len(paths) // per_corpus) if per_corpus else 1
        for path in paths[::step][: per_corpus or None]:
            yield gzip.decompress(path.read_bytes())


def _html_seeds(per_corpus: int, max_size: int) -> Iterator[bytes]:
    yield from _files(REPO / "tests/pages", "*.html")
    yield from _files(REPO / "examples/pages", "*.html")
    for page in corpus_pages(per_corpus):
        try:
            root = lxml.html.document_fromstring(page)
        except (lxml.etree.ParserError, ValueError):
            continue
        _trim(root)
        yield _cut(_html(root), max_size)
        head = root.find("head")
        if head is not None:
            yield _cut(_html(lxml.html.fromstring("<html></html>"), head), max_size)
        story = _story(root, max_size)
        if story is not None and head is not None:
            yield _cut(_html(lxml.html.fromstring("<html><body></body></html>"), head, story),
                       max_size)  # fmt: skip


def _text_seeds(per_corpus: int, max_size: int) -> Iterator[bytes]:
    """The text seeds, and the text of corpus pages as a browser's "select all" copies it:
    one block per line of text."""
    yield from _files(SHARED / "seeds", "*.txt")
    yield from _files(REPO / "tests/pages", "*.txt")
    for page in corpus_pages(per_corpus):
        try:
            root = lxml.html.document_fromstring(page)
        except (lxml.etree.ParserError, ValueError):
            continue
        for path in ("script", "style", "noscript", "template"):
            for element in root.iter(path):
                element.text = None
        text = lxml.html.tostring(root, method="text", encoding="unicode")
        blocks = [" ".join(line.split()) for line in text.splitlines()]
        page_text = "\n\n".join(block for block in blocks if block).encode()
        if len(page_text) > max_size:
            page_text = page_text[: page_text.rfind(b"\n\n", 0, max_size)]
        yield page_text


def _jsonld_seeds(max_size: int) -> Iterator[bytes]:
    """The JSON-LD scripts of every corpus page, each once."""
    seen = set()
    for page in corpus_pages(0):
        for found in re.findall(rb"<script[^>]*ld\+json[^>]*>(.*?)</script>", page, re.S | re.I):
            script = found.strip()
            if script and len(script) <= max_size and script not in seen:
                seen.add(script)
                yield script


def _written(count: int) -> dict[str, list[bytes]]:
    """What the json, jsonld, text and sitemap writers make of ``count`` Hypothesis
    articles."""
    from hypothesis import HealthCheck, given, settings

    import newsmodel
    from newsmodel.strategies import articles

    found: dict[str, list[bytes]] = {"json": [], "jsonld": [], "text": [], "sitemap": []}

    @settings(max_examples=count, database=None, derandomize=True, deadline=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(articles())
    def write(article: newsmodel.Article) -> None:
        found["json"].append(newsmodel.write(article, "json").encode())
        found["jsonld"].append(newsmodel.write(article, "jsonld", graph=True).encode())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with suppress(newsmodel.WriteError):  # an article the text format cannot carry
                found["text"].append(newsmodel.write(article, "text").encode())
            with suppress(newsmodel.WriteError):  # no address or no publication date
                found["sitemap"].append(
                    newsmodel.write(
                        article, "news-sitemap", publication="P", language="en"
                    ).encode()
                )

    write()
    return found


def _trim(root: lxml.html.HtmlElement) -> None:
    """Drop what a reader skips anyway, and cut long texts, keeping every element."""
    for script in root.iter("script"):
        if not _LD_JSON.search(script.get("type", "")):
            script.text = None
    for path in (*_DROPPED, "comment()"):
        for element in root.xpath(f"//{path}"):
            if element.getparent() is not None:
                element.drop_tree()
    for element in root.iter():
        if element.tag == "script":
            continue
        if element.text and len(element.text) > TEXT_CUT:
            element.text = element.text[:TEXT_CUT]
        if element.tail and len(element.tail) > TEXT_CUT:
            element.tail = element.tail[:TEXT_CUT]
        for name in ("style", "srcset", "data-srcset", "sizes"):
            element.attrib.pop(name, None)


def _story(root: lxml.html.HtmlElement, max_size: int) -> lxml.html.HtmlElement | None:
    """The largest ancestor of the first ``<h1>`` under ``max_size`` bytes."""
    h1 = root.find(".//h1")
    if h1 is None:
        return None
    best = h1
    for ancestor in h1.iterancestors():
        if ancestor.tag in ("body", "html") or len(lxml.html.tostring(ancestor)) > max_size:
            break
        best = ancestor
    return best


def _html(root: lxml.html.HtmlElement, *parts: lxml.html.HtmlElement) -> bytes:
    """``root`` serialised, after appending copies of ``parts`` (to its body, if any)."""
    if parts:
        body = root.find("body")
        for part in parts:
            copy = lxml.html.fromstring(lxml.html.tostring(part))
            (root if part.tag == "head" or body is None else body).append(copy)
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


def _cut(page: bytes, max_size: int) -> bytes:
    """The page cut before the last tag that fits in ``max_size`` bytes."""
    if len(page) <= max_size:
        return page
    end = page.rfind(b"<", 0, max_size)
    return page[: end if end > 0 else max_size]


def _files(folder: Path, pattern: str) -> list[bytes]:
    return [path.read_bytes() for path in sorted(folder.glob(pattern)) if path.is_file()]


if __name__ == "__main__":
    main()

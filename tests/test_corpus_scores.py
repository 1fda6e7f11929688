"""Accuracy on the real pages of ../shared/corpus stays above floors set a little under
what the reader measures today, so a change that makes it worse fails here.

Scores follow each corpus's README, computed by ``benchmarks/readers.py`` (newsmodel
alone, no peer): see that script and docs/performance.rst for the side-by-side run.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from shared_data import CORPUS, require

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    require(CORPUS)
    spec = importlib.util.spec_from_file_location(
        "readers_bench", ROOT / "benchmarks" / "readers.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _read(bench: ModuleType, corpus: str) -> list[tuple[dict[str, Any], Any]]:
    pages = bench.load(corpus, None)
    found, _ = bench.run(bench.with_newsmodel, pages)
    return [(record, extracted) for (_, record), extracted in zip(pages, found, strict=True)]


def test_aeb_body(bench: ModuleType) -> None:
    read = _read(bench, "aeb-dev")
    _, _, f1 = bench.shingle_scores([r["articleBody"] for r, _ in read], [x.body for _, x in read])
    assert f1 >= 0.96


def test_wcxb(bench: ModuleType) -> None:
    read = _read(bench, "wcxb-dev-articles")
    f1 = sum(bench.word_f1(r.get("main_content") or "", x.body) for r, x in read) / len(read)
    title = bench.share(
        bench._norm(x.title) == bench._norm(r["title"]) for r, x in read if r.get("title")
    )
    author = bench.share(
        bench._names(x.authors) == bench._names([r["author"]]) for r, x in read if r.get("author")
    )
    day = bench.share(x.day == r["publish_date"] for r, x in read if r.get("publish_date"))
    _above(
        {"word F1": f1, "title": title, "author": author, "day": day},
        {"word F1": 0.93, "title": 0.76, "author": 0.80, "day": 0.85},
    )


def test_fundus(bench: ModuleType) -> None:
    read = _read(bench, "fundus-dev")
    f1 = sum(bench.word_f1(r["body_text"] or "", x.body) for r, x in read) / len(read)
    headline = bench.share(
        bench._norm(x.title) == bench._norm(r["headline"]) for r, x in read if "headline" in r
    )
    authors = bench.share(
        bench._names(x.authors) == bench._names(r["authors"]) for r, x in read if "authors" in r
    )
    day = bench.share(
        x.day == r["date_published"][:10] for r, x in read if r.get("date_published")
    )
    _above(
        {"word F1": f1, "headline": headline, "authors": authors, "day": day},
        {"word F1": 0.935, "headline": 0.81, "authors": 0.84, "day": 0.97},
    )


def _above(scores: dict[str, float], floors: dict[str, float]) -> None:
    below = {name: round(score, 3) for name, score in scores.items() if score < floors[name]}
    assert not below, f"below the floors {floors}: {below}"

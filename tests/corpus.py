"""The corpus pages in ../shared/corpus and their scores, for the tests' accuracy floors.

The pages, the scoring rules of the corpus READMEs, the two fixed halves and what
newsmodel reads on a page are ``benchmarks/corpora.py``'s, the one copy the benchmark
scripts use too: a floor here and a figure in docs/performance.rst are the same measure.
``benchmarks/`` holds scripts, not a package, so that one module is loaded here by its
path; the tests use only its public names.
"""

from __future__ import annotations

import functools
from typing import Any

from benchmark_module import load_benchmark
from shared_data import CORPUS, require

__all__ = ["CORPORA", "Extracted", "half", "read", "scores"]


corpora = load_benchmark("corpora")
CORPORA = corpora.CORPORA
Extracted = corpora.Extracted
half = corpora.half
scores = corpora.scores


def read(corpus: str) -> list[tuple[dict[str, Any], Any]]:
    """Every page of ``corpus`` (skipped without ../shared): its truth record, and what
    newsmodel read on it as an ``Extracted``. Read once per test session: both halves'
    floors are scored from the one read."""
    require(CORPUS / corpus)
    return _read(corpus)


@functools.cache
def _read(corpus: str) -> list[tuple[dict[str, Any], Any]]:
    return [
        (record, corpora.with_newsmodel(page, record["url"]))
        for page, record in corpora.load(corpus, None)
    ]

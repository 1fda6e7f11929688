"""The corpus pages in ../shared/corpus and their scores, for the tests' accuracy floors.

The pages, the scoring rules of the corpus READMEs, the two fixed halves and what
newsmodel reads on a page are ``benchmarks/corpora.py``'s, the one copy the benchmark
scripts use too: a floor here and a figure in docs/performance.rst are the same measure.
``benchmarks/`` holds scripts, not a package, so that one module is loaded here by its
path; the tests use only its public names.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from shared_data import CORPUS, require

__all__ = ["CORPORA", "Extracted", "half", "read", "scores"]


def _corpora() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "corpora.py"
    spec = importlib.util.spec_from_file_location("benchmarks_corpora", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


corpora = sys.modules.get("benchmarks_corpora") or _corpora()
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

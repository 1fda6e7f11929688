"""Plain-text captures of portals in six languages, read against their truth.

The captures in ``tests/text_captures`` are the first two halves of issue 19's set, the
round-1 tuning half and the half held back from it (the next blind half is scored with
the same script, ``benchmarks/text_captures.py``): each is read by the ``text`` reader
and every field the truth gives is compared exactly.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

CAPTURES = Path(__file__).resolve().parent / "text_captures"


def _scorer() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "text_captures.py"
    spec = importlib.util.spec_from_file_location("benchmarks_text_captures", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


scorer = sys.modules.get("benchmarks_text_captures") or _scorer()
PATHS = scorer.captures(CAPTURES)
# Read wrong, each for a reason no general rule settles yet (see docs/readers.rst):
# pt-03 opens with the portal's name alone over the headline, which reads as a section
# label when nothing else on the page names the portal.
MISREAD = {"pt-03-wire"}


def test_the_set_covers_six_languages() -> None:
    assert {path.name[:2] for path in PATHS} == {"en", "fr", "es", "de", "pt", "ar"}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(path, marks=pytest.mark.xfail(strict=True)) if path.stem in MISREAD else path
        for path in PATHS
    ],
    ids=[path.stem for path in PATHS],
)
def test_capture_reads_as_its_truth(path: Path) -> None:
    """Section, headline, dateline, authors, day, paragraphs, portal, comments, and the
    standfirst, keywords, comment count and related titles: each exactly."""
    misses = {
        field: (read, truth)
        for field, (right, read, truth) in scorer.score_capture(path).items()
        if not right
    }
    assert not misses


def test_summary_counts_every_field() -> None:
    table = scorer.summary(scorer.score(PATHS[:2]))
    assert table.splitlines()[0] == "2 captures"
    assert "all structure" in table

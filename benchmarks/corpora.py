"""The corpora in ``../shared/corpus``: their pages, the scores their READMEs set, and what
newsmodel reads on a page in the form those scores take.

One copy of these rules serves ``readers.py`` and ``peers.py`` here and the accuracy
floors of ``tests/test_corpus_scores.py`` (through ``tests/corpus.py``), so a benchmark
figure and a test's floor are always the same measure. Everything here is public and
depends on newsmodel alone, never on the test suite.

- ``aeb-dev``: body precision, recall and F1 over overlapping 4-token shingles, every page
  weighing the same (:func:`shingle_scores`);
- ``wcxb-dev-articles``: word-level F1 of the main content (lower-cased ``\\w+``
  multisets), the mean over pages (:func:`word_f1`, :func:`word_scores`);
- titles and authors compare as :func:`normalized` text and :func:`name_set` sets; days
  and minutes as :func:`day_of` and :func:`minute_of` strings.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import warnings
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

import newsmodel

__all__ = [
    "CORPUS",
    "Extracted",
    "Pages",
    "day_of",
    "load",
    "minute_of",
    "name_set",
    "normalized",
    "share",
    "shingle_scores",
    "split_names",
    "with_newsmodel",
    "word_f1",
    "word_scores",
]

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
Pages = list[tuple[bytes, dict[str, Any]]]
_TOKEN = re.compile(r"\w+")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*", re.IGNORECASE)


class Extracted(NamedTuple):
    """What an extractor found on one page."""

    body: str
    title: str | None
    authors: list[str]
    day: str | None  # YYYY-MM-DD: the publication day, else the last update's
    published: str | None  # YYYY-MM-DD: the publication day alone (newsmodel only)
    minute: str | None  # YYYY-MM-DDTHH:MM+HH:MM, when the extractor gives a time


def with_newsmodel(page: bytes, url: str) -> Extracted:
    """What newsmodel's ``html`` reader finds on the page (nothing where it raises)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            article = newsmodel.read(page, format="html", url=url)
        except newsmodel.NewsmodelError:
            return Extracted("", None, [], None, None, None)
    when = article.date_published
    return Extracted(
        article.text,
        article.headline,
        [author.name for author in article.authors],
        day_of(when or article.date_modified),
        day_of(when),
        minute_of(when) if isinstance(when, dt.datetime) else None,
    )


def day_of(when: dt.datetime | dt.date | None) -> str | None:
    """``YYYY-MM-DD``, or None."""
    if when is None:
        return None
    return (when.date() if isinstance(when, dt.datetime) else when).isoformat()


def minute_of(when: dt.datetime) -> str:
    """``YYYY-MM-DDTHH:MM+HH:MM``, the UTC offset written even when it is zero."""
    offset = when.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{when:%Y-%m-%dT%H:%M}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def normalized(text: str | None) -> str:
    """Case-folded, white space collapsed: how titles compare."""
    return " ".join((text or "").casefold().split())


def split_names(names: str) -> list[str]:
    """One author string split at commas, semicolons, "and", "&" and "|"."""
    return _NAME_SPLIT.split(names)


def name_set(names: Iterable[str]) -> set[str]:
    """Every name in ``names``, split and :func:`normalized`: how author lists compare."""
    return {normalized(n) for name in names for n in split_names(name) if n.strip()}


def shingle_scores(truth: list[str], predicted: list[str]) -> tuple[float, float, float]:
    """aeb-dev: precision, recall and F1 of 4-token shingles, pages weighing the same."""
    precisions, recalls = [], []
    for want_text, got_text in zip(truth, predicted, strict=True):
        want, got = _shingles(want_text), _shingles(got_text)
        tp, fp, fn = (
            sum((want & got).values()),
            sum((got - want).values()),
            sum((want - got).values()),
        )
        if tp + fp + fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return (
        precision,
        recall,
        2 * precision * recall / (precision + recall) if precision + recall else 0.0,
    )


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(len(tokens) - 3, 0)))


def word_f1(truth: str, predicted: str) -> float:
    """wcxb: word-level F1 of lower-cased tokens as multisets."""
    want, got = Counter(_TOKEN.findall(truth.lower())), Counter(_TOKEN.findall(predicted.lower()))
    if not want:
        return 1.0 if not got else 0.0
    overlap = sum((want & got).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def word_scores(truth: list[str], predicted: list[str]) -> tuple[float, float, float]:
    """Mean per-page word precision, recall and F1 (wcxb rules for F1)."""
    totals = [0.0, 0.0, 0.0]
    for want_text, got_text in zip(truth, predicted, strict=True):
        want, got = Counter(_words(want_text)), Counter(_words(got_text))
        if not want:
            score = 1.0 if not got else 0.0
            page = (score, score, score)
        else:
            overlap = sum((want & got).values())
            p = overlap / sum(got.values()) if got else 0.0
            r = overlap / sum(want.values())
            page = (p, r, 2 * p * r / (p + r) if overlap else 0.0)
        totals = [t + s for t, s in zip(totals, page, strict=True)]
    p, r, f = (t / len(truth) for t in totals)
    return p, r, f


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def share(hits: Iterable[bool]) -> float:
    """The share of true values; NaN when there are none."""
    values = list(hits)
    return sum(values) / len(values) if values else float("nan")


def load(corpus: str, limit: int | None) -> Pages:
    """The first ``limit`` pages of a corpus (all when None), each with its truth record
    (which holds the page's ``url``)."""
    folder = CORPUS / corpus
    if corpus == "aeb-dev":
        truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        items = [
            (folder / "html" / f"{key}.html.gz", value) for key, value in sorted(truth.items())
        ]
    elif corpus == "fundus-dev":
        truth = json.loads((folder / "ground_truth.json").read_text(encoding="utf-8"))
        items = [(folder / "html" / f"{key}.gz", value) for key, value in sorted(truth.items())]
    else:
        items = []
        for path in sorted((folder / "ground-truth").glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            items.append(
                (
                    folder / "html" / f"{path.stem}.html.gz",
                    {"url": record["url"], **record["ground_truth"]},
                )
            )
    return [(gzip.decompress(path.read_bytes()), record) for path, record in items[:limit]]

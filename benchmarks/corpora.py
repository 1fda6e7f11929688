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
- ``fundus-dev``: its README sets no body score, so ``body_text`` is scored like wcxb's;
- ``readability-dev``: the body like aeb-dev's, against the text of ``expected.html``
  (:func:`html_text`), on the pages Readability calls readerable only (8 of 130 are not);
- titles and authors compare as :func:`normalized` text and :func:`name_set` sets; days
  and minutes as :func:`day_of` and :func:`minute_of` strings. :func:`scores` gives every
  figure of a corpus, by name.

Tuning honestly: every corpus splits into two fixed halves by :func:`half`. Look at the
failures of half A only, and keep a change only when half B, which is scored and never
read page by page, does not get worse (docs/performance.rst, "Tuning honestly").
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import math
import re
import warnings
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

import lxml.html

import newsmodel

__all__ = [
    "BODY",
    "CORPORA",
    "CORPUS",
    "NEWSMODEL_ONLY",
    "READABILITY_URL",
    "Extracted",
    "Pages",
    "body_scores",
    "day_of",
    "half",
    "html_text",
    "load",
    "minute_of",
    "name_set",
    "normalized",
    "scores",
    "share",
    "shingle_scores",
    "split_names",
    "true_body",
    "with_newsmodel",
    "word_f1",
    "word_scores",
]

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
Pages = list[tuple[bytes, dict[str, Any]]]
_TOKEN = re.compile(r"\w+")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*", re.IGNORECASE)
_BYLINE_LEAD = re.compile(r"^\s*(?:written\s+)?(?:by|par|von|por)\s+", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

CORPORA = ("aeb-dev", "wcxb-dev-articles", "fundus-dev", "readability-dev")
# Where each corpus's record keeps the true body.
BODY = {
    "aeb-dev": "articleBody",
    "wcxb-dev-articles": "main_content",
    "fundus-dev": "body_text",
    "readability-dev": "body",
}
# The address every readability-dev page was served from (its README).
READABILITY_URL = "http://fakehost/test/page.html"
# Figures only newsmodel gives (trafilatura has no separate publication day, no time).
NEWSMODEL_ONLY = frozenset({"pub. day", "minute"})


def half(name: str) -> str:
    """The fixed half, ``"A"`` or ``"B"``, of the page called ``name``.

    ``name`` is the page file's name up to its first dot (``0001`` for ``0001.html.gz``),
    and for readability-dev the page's folder name. The split is by a hash, so it depends
    on no property of the page and never changes: tune on the failures of half A, and
    keep a change only when half B, scored but never read page by page, agrees.
    """
    return "A" if int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


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
    precision, recall = _mean(precisions), _mean(recalls)
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
    p, r, f = (t / len(truth) if truth else math.nan for t in totals)
    return p, r, f


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def share(hits: Iterable[bool]) -> float:
    """The share of true values; NaN when there are none."""
    return _mean([float(hit) for hit in hits])


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.nan


_BLOCKS = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
)  # fmt: skip


def html_text(html: str) -> str:
    """The text of an HTML document or fragment, with a line break around every block so
    that the words of adjacent blocks stay apart: how an extractor's or a corpus's HTML
    article becomes text to score, the same way for all."""
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    return str(root.text_content())


def true_body(corpus: str, record: dict[str, Any]) -> str | None:
    """The page's true body text, or None where the corpus's body is not scored (the
    readability-dev pages that Readability does not call readerable: no article)."""
    if record.get("readerable") is False:
        return None
    return str(record.get(BODY[corpus]) or "")


def body_scores(corpus: str, truth: list[str], bodies: list[str]) -> tuple[float, float, float]:
    """Body precision, recall and F1 by the corpus's rule: 4-token shingles on aeb-dev and
    readability-dev, word scores (wcxb's) on the others."""
    if corpus in ("aeb-dev", "readability-dev"):
        return shingle_scores(truth, bodies)
    return word_scores(truth, bodies)


def scores(corpus: str, found: list[tuple[dict[str, Any], Extracted]]) -> dict[str, float]:
    """Every figure of ``corpus`` for what an extractor ``found`` (truth record and
    :class:`Extracted`, page by page), by name: the columns of ``readers.py`` and the
    floors of ``tests/test_corpus_scores.py``. Figures with nothing to count are NaN."""
    bodied = [
        (want, x.body) for record, x in found if (want := true_body(corpus, record)) is not None
    ]
    p, r, f = body_scores(corpus, [w for w, _ in bodied], [b for _, b in bodied])
    if corpus == "aeb-dev":
        return {"precision": p, "recall": r, "F1": f}
    if corpus == "wcxb-dev-articles":
        dated = [(rec, x) for rec, x in found if rec.get("publish_date")]
        return {
            "word F1": f,
            "title": share(
                normalized(x.title) == normalized(rec["title"])
                for rec, x in found
                if rec.get("title")
            ),
            "author": share(
                name_set(x.authors) == name_set([rec["author"]])
                for rec, x in found
                if rec.get("author")
            ),
            "day": share(x.day == rec["publish_date"] for rec, x in dated),
            "pub. day": share(x.published == rec["publish_date"] for rec, x in dated),
        }
    if corpus == "fundus-dev":
        dated = [(rec, x) for rec, x in found if rec.get("date_published")]
        return {
            "word F1": f,
            "headline": share(
                normalized(x.title) == normalized(rec["headline"])
                for rec, x in found
                if "headline" in rec
            ),
            "authors": share(
                name_set(x.authors) == name_set(rec["authors"])
                for rec, x in found
                if "authors" in rec
            ),
            "day": share(x.day == rec["date_published"][:10] for rec, x in dated),
            "minute": share(
                x.minute == minute_of(dt.datetime.fromisoformat(rec["date_published"]))
                for rec, x in dated
            ),
        }
    dated = [(rec, x) for rec, x in found if _DAY.match(rec.get("publishedTime") or "")]
    return {
        "precision": p,
        "recall": r,
        "F1": f,
        "title": share(
            normalized(x.title) == normalized(rec["title"]) for rec, x in found if rec.get("title")
        ),
        "byline": share(
            name_set(x.authors) == name_set([_BYLINE_LEAD.sub("", rec["byline"])])
            for rec, x in found
            if rec.get("byline")
        ),
        "day": share(x.day == rec["publishedTime"][:10] for rec, x in dated),
    }


def load(corpus: str, limit: int | None, half_only: str | None = None) -> Pages:
    """The first ``limit`` pages of a corpus (all when None), of one :func:`half` only when
    ``half_only`` is ``"A"`` or ``"B"``, each with its truth record. The record holds the
    page's ``url`` and its ``name``, the one :func:`half` splits by."""
    folder = CORPUS / corpus
    if corpus == "readability-dev":
        return [
            page
            for page in map(_readability_page, sorted((folder / "pages").iterdir()))
            if half_only is None or half(page[1]["name"]) == half_only
        ][:limit]
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
    named = [(path, {**record, "name": path.name.split(".", 1)[0]}) for path, record in items]
    chosen = [item for item in named if half_only is None or half(item[1]["name"]) == half_only]
    return [(gzip.decompress(path.read_bytes()), record) for path, record in chosen[:limit]]


def _readability_page(folder: Path) -> tuple[bytes, dict[str, Any]]:
    """One readability-dev page: its source, and as truth the text of the expected article
    and the expected metadata (``title``, ``byline``, ``siteName``, ``publishedTime``,
    ``lang``, ``readerable``)."""
    metadata = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
    expected = gzip.decompress((folder / "expected.html.gz").read_bytes()).decode("utf-8")
    fields = ("title", "byline", "siteName", "publishedTime", "lang", "readerable")
    record = {
        "url": READABILITY_URL,
        "name": folder.name,
        "body": html_text(expected),
        **{field: metadata.get(field) for field in fields},
    }
    return gzip.decompress((folder / "source.html.gz").read_bytes()), record

"""HTML readers on real pages: newsmodel and trafilatura side by side, in one run.

Every score follows the corpus READMEs in ``../shared/corpus``:

- ``aeb-dev``: body precision, recall and F1 over overlapping 4-token shingles, every page
  weighing the same;
- ``wcxb-dev-articles``: word-level F1 of the main content (lower-cased ``\\w+`` multisets),
  the mean over pages; title, author and publication-day accuracy. Its ``publish_date``
  labels are the date a page shows, which on an updated page is often the update; so the
  ``day`` column takes newsmodel's ``date_published``, or ``date_modified`` when the page
  gives no publication date (trafilatura, too, reports one date, by default the latest),
  and ``pub. day`` counts ``date_published`` alone;
- ``fundus-dev``: headline, authors and publication time, to the day and to the minute
  with the right UTC offset (trafilatura gives days only); its README sets no body score,
  so the body is scored as on ``wcxb-dev-articles``, by word F1 against ``body_text``.

trafilatura is called as ``bare_extraction(..., with_metadata=True)``: metadata and body,
the same job as newsmodel's. ``benchmarks/peers.py`` also times its body-only mode.

Pages per second are timed for each extractor on the same pages, the extractors taking
turns every eight pages. Run
``python benchmarks/readers.py`` (``--limit N`` per corpus for a quick look; CI runs
``--smoke``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import newsmodel

T = TypeVar("T")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
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
        _day(when or article.date_modified),
        _day(when),
        _minute(when) if isinstance(when, dt.datetime) else None,
    )


def _day(when: dt.datetime | dt.date | None) -> str | None:
    if when is None:
        return None
    return (when.date() if isinstance(when, dt.datetime) else when).isoformat()


def with_trafilatura(page: bytes, url: str) -> Extracted:
    import trafilatura

    document = trafilatura.bare_extraction(page, url=url, with_metadata=True)
    if document is None:
        return Extracted("", None, [], None, None, None)
    authors = _NAME_SPLIT.split(document.author) if document.author else []
    return Extracted(document.text or "", document.title, authors, document.date, None, None)


def _minute(when: dt.datetime) -> str:
    offset = when.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{when:%Y-%m-%dT%H:%M}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _names(names: Iterable[str]) -> set[str]:
    return {_norm(n) for name in names for n in _NAME_SPLIT.split(name) if n.strip()}


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


def load(corpus: str, limit: int | None) -> list[tuple[bytes, dict[str, Any]]]:
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


def run(
    extract: Callable[[bytes, str], Extracted], pages: list[tuple[bytes, dict[str, Any]]]
) -> tuple[list[Extracted], float]:
    start = time.perf_counter()
    found = [extract(page, record["url"]) for page, record in pages]
    return found, len(pages) / (time.perf_counter() - start)


def run_in_turns(
    extractors: dict[str, Callable[[bytes, str], T]],
    pages: list[tuple[bytes, dict[str, Any]]],
    turn: int = 8,
) -> dict[str, tuple[list[T], float]]:
    """What every extractor finds on the pages, and its pages per second; they take turns
    every ``turn`` pages so that a busy spell on a shared machine slows them alike, and
    each is warmed up on one page first (imports and lazily built tables are not timed)."""
    for extract in extractors.values():
        for page, rec in pages[:1]:
            extract(page, rec["url"])
    found: dict[str, list[T]] = {name: [] for name in extractors}
    seconds = dict.fromkeys(extractors, 0.0)
    for start in range(0, len(pages), turn):
        for name, extract in extractors.items():
            began = time.perf_counter()
            found[name].extend(
                extract(page, rec["url"]) for page, rec in pages[start : start + turn]
            )
            seconds[name] += time.perf_counter() - began
    return {name: (found[name], len(pages) / seconds[name]) for name in extractors}


def share(hits: Iterable[bool]) -> float:
    values = list(hits)
    return sum(values) / len(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N pages of each corpus")
    parser.add_argument("--smoke", action="store_true", help="ten pages of each corpus, for CI")
    args = parser.parse_args()
    limit = 10 if args.smoke else args.limit
    extractors = {"newsmodel": with_newsmodel, "trafilatura": with_trafilatura}

    pages = load("aeb-dev", limit)
    print(f"aeb-dev ({len(pages)} pages): body by 4-token shingles")
    print(f"  {'extractor':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8}")
    for name, (found, rate) in run_in_turns(extractors, pages).items():
        p, r, f = shingle_scores([rec["articleBody"] for _, rec in pages], [x.body for x in found])
        print(f"  {name:<12} {p:>9.3f} {r:>7.3f} {f:>6.3f} {rate:>8.1f}")

    pages = load("wcxb-dev-articles", limit)
    print(f"wcxb-dev-articles ({len(pages)} pages): word F1; title, author, day accuracy")
    columns = ("word F1", "title", "author", "day", "pub. day", "pages/s")
    print(f"  {'extractor':<12} " + " ".join(f"{c:>{max(6, len(c))}}" for c in columns))
    for name, (found, rate) in run_in_turns(extractors, pages).items():
        f1 = sum(
            word_f1(rec.get("main_content") or "", x.body)
            for (_, rec), x in zip(pages, found, strict=True)
        ) / len(pages)
        title = share(
            _norm(x.title) == _norm(rec["title"])
            for (_, rec), x in zip(pages, found, strict=True)
            if rec.get("title")
        )
        author = share(
            _names(x.authors) == _names([rec["author"]])
            for (_, rec), x in zip(pages, found, strict=True)
            if rec.get("author")
        )
        dated = [(rec, x) for (_, rec), x in zip(pages, found, strict=True) if rec["publish_date"]]
        day = share(x.day == rec["publish_date"] for rec, x in dated)
        published = share(x.published == rec["publish_date"] for rec, x in dated)
        published_text = f"{published:>8.3f}" if name == "newsmodel" else f"{'n/a':>8}"
        print(
            f"  {name:<12} {f1:>7.3f} {title:>6.3f} {author:>6.3f} {day:>6.3f} "
            f"{published_text} {rate:>7.1f}"
        )

    pages = load("fundus-dev", limit)
    print(f"fundus-dev ({len(pages)} pages): word F1; headline, authors, publication day, minute")
    columns = ("word F1", "headline", "authors", "day", "minute", "pages/s")
    print(f"  {'extractor':<12} " + " ".join(f"{c:>{max(6, len(c))}}" for c in columns))
    for name, (found, rate) in run_in_turns(extractors, pages).items():
        pairs = list(zip(pages, found, strict=True))
        f1 = sum(word_f1(rec["body_text"] or "", x.body) for (_, rec), x in pairs) / len(pairs)
        headline = share(
            _norm(x.title) == _norm(rec["headline"]) for (_, rec), x in pairs if "headline" in rec
        )
        authors = share(
            _names(x.authors) == _names(rec["authors"])
            for (_, rec), x in pairs
            if "authors" in rec
        )
        dated = [(rec, x) for (_, rec), x in pairs if rec.get("date_published")]
        day = share(x.day == rec["date_published"][:10] for rec, x in dated)
        minute = share(
            x.minute == _minute(dt.datetime.fromisoformat(rec["date_published"]))
            for rec, x in dated
        )
        minute_text = f"{minute:>6.3f}" if name == "newsmodel" else f"{'n/a':>6}"
        print(
            f"  {name:<12} {f1:>7.3f} {headline:>8.3f} {authors:>7.3f} {day:>6.3f} {minute_text}"
            f" {rate:>8.1f}"
        )


if __name__ == "__main__":
    main()

"""HTML readers on real pages: newsmodel and trafilatura side by side, in one run.

Every score follows the corpus READMEs in ``../shared/corpus`` (the rules are in
``corpora.py``, shared with the tests' accuracy floors):

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
  so the body is scored as on ``wcxb-dev-articles``, by word F1 against ``body_text``;
- ``readability-dev``: the body like aeb-dev's, by 4-token shingles against the text of
  Readability's expected article, on the pages it calls readerable (the others hold no
  article and are left out of the body score only); title accuracy; ``byline``: the
  authors found equal the expected byline's names (split like wcxb's authors, a leading
  "By", "Par", "Von" or "Por" dropped); ``day``: the day of ``publishedTime``, where given.

Every corpus is reported in its two fixed halves, ``A`` and ``B`` (``corpora.half``: a hash
of the page's name), and whole. Tune on half A's failures; keep a change only when half B
does not get worse (docs/performance.rst, "Tuning honestly"). ``--half A`` scores one half
alone.

trafilatura is called as ``bare_extraction(..., with_metadata=True)``: metadata and body,
the same job as newsmodel's. ``benchmarks/peers.py`` also times its body-only mode.

Pages per second are timed for each extractor on the same pages, the extractors taking
turns every eight pages; they are given on the rows that cover every page run, with
newsmodel's as a multiple of trafilatura's. Run ``python benchmarks/readers.py``
(``--limit N`` per corpus for a quick look; CI runs ``--smoke``); ``--json PATH`` also
writes the figures, with the run's date, machine, load and versions (``run_record.py``), as
the documentation draws them (``docs/_data/readers.json``).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from corpora import (
    CORPORA,
    NEWSMODEL_ONLY,
    Extracted,
    half,
    load,
    scores,
    split_names,
    true_body,
    with_newsmodel,
)
from run_record import Run

T = TypeVar("T")


def with_trafilatura(page: bytes, url: str) -> Extracted:
    import trafilatura

    document = trafilatura.bare_extraction(page, url=url, with_metadata=True)
    if document is None:
        return Extracted("", None, [], None, None, None)
    authors = split_names(document.author) if document.author else []
    return Extracted(document.text or "", document.title, authors, document.date, None, None)


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


WHAT = {
    "aeb-dev": "body by 4-token shingles",
    "wcxb-dev-articles": "word F1; title, author, day accuracy",
    "fundus-dev": "word F1; headline, authors, publication day, minute",
    "readability-dev": "body by 4-token shingles; title, byline, day accuracy",
}


def report(
    corpus: str,
    pages: list[tuple[bytes, dict[str, Any]]],
    found: dict[str, tuple[list[Extracted], float]],
    halves: tuple[str, ...],
) -> dict[str, Any]:
    """Print the corpus's figures for each half in ``halves`` (``"all"``: every page), the
    extractors side by side, pages per second on the rows that cover every page run; and
    return them."""
    records = [record for _, record in pages]
    counts = {h: sum(half(r["name"]) == h for r in records) for h in ("A", "B")}
    left_out = sum(true_body(corpus, r) is None for r in records)
    print(
        f"{corpus} ({len(pages)} pages: A {counts['A']}, B {counts['B']}): {WHAT[corpus]}"
        + (f" ({left_out} pages not readerable, left out of the body score)" if left_out else "")
    )
    columns: list[str] = []
    rows: list[dict[str, Any]] = []
    for group in halves:
        for name, (results, rate) in found.items():
            pairs = [
                (r, x)
                for r, x in zip(records, results, strict=True)
                if group in ("all", half(r["name"]))
            ]
            figures = scores(corpus, pairs)
            if not columns:
                columns = [*figures, "pages/s"]
                print(
                    f"  {'half':<4} {'extractor':<12} "
                    + " ".join(f"{c:>{max(6, len(c))}}" for c in columns)
                )
            cells = [
                "n/a" if column in NEWSMODEL_ONLY and name != "newsmodel" else f"{value:.3f}"
                for column, value in figures.items()
            ]
            covers_all = group == "all" or len(halves) == 1
            cells.append(f"{rate:.1f}" if covers_all else "")
            kept = {
                column: value
                for column, value in figures.items()
                if column not in NEWSMODEL_ONLY or name == "newsmodel"
            }
            rate_kept = rate if covers_all else None
            rows.append(
                {"half": group, "extractor": name, "figures": kept, "pages_per_second": rate_kept}
            )
            print(
                f"  {group:<4} {name:<12} "
                + " ".join(
                    f"{cell:>{max(6, len(c))}}" for cell, c in zip(cells, columns, strict=True)
                )
            )
    rates = {name: rate for name, (_, rate) in found.items()}
    print(
        f"  newsmodel reads {rates['newsmodel'] / rates['trafilatura']:.2f}x trafilatura's pages/s"
    )
    return {
        "corpus": corpus,
        "what": WHAT[corpus],
        "pages": len(pages),
        "by_half": counts,
        "not_scored": left_out,
        "rows": rows,
        "newsmodel_x_trafilatura": rates["newsmodel"] / rates["trafilatura"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N pages of each corpus")
    parser.add_argument("--smoke", action="store_true", help="ten pages of each corpus, for CI")
    parser.add_argument(
        "--half", choices=("A", "B"), help="score one fixed half of every corpus only"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures here")
    args = parser.parse_args()
    run = Run()
    limit = 10 if args.smoke else args.limit
    halves = (args.half,) if args.half else ("A", "B", "all")
    extractors = {"newsmodel": with_newsmodel, "trafilatura": with_trafilatura}
    corpora = []
    for corpus in CORPORA:
        load_before = os.getloadavg()[0]
        pages = load(corpus, limit, args.half)
        found = report(corpus, pages, run_in_turns(extractors, pages), halves)
        corpora.append({**found, "load_before": load_before})
    if args.json:
        run.write(args.json, {"limit": limit, "halves": halves, "corpora": corpora})


if __name__ == "__main__":
    main()

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
import time
from collections.abc import Callable
from typing import Any, TypeVar

from corpora import (
    Extracted,
    load,
    minute_of,
    name_set,
    normalized,
    share,
    shingle_scores,
    split_names,
    with_newsmodel,
    word_f1,
)

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
            normalized(x.title) == normalized(rec["title"])
            for (_, rec), x in zip(pages, found, strict=True)
            if rec.get("title")
        )
        author = share(
            name_set(x.authors) == name_set([rec["author"]])
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
            normalized(x.title) == normalized(rec["headline"])
            for (_, rec), x in pairs
            if "headline" in rec
        )
        authors = share(
            name_set(x.authors) == name_set(rec["authors"])
            for (_, rec), x in pairs
            if "authors" in rec
        )
        dated = [(rec, x) for (_, rec), x in pairs if rec.get("date_published")]
        day = share(x.day == rec["date_published"][:10] for rec, x in dated)
        minute = share(
            x.minute == minute_of(dt.datetime.fromisoformat(rec["date_published"]))
            for rec, x in dated
        )
        minute_text = f"{minute:>6.3f}" if name == "newsmodel" else f"{'n/a':>6}"
        print(
            f"  {name:<12} {f1:>7.3f} {headline:>8.3f} {authors:>7.3f} {day:>6.3f} {minute_text}"
            f" {rate:>8.1f}"
        )


if __name__ == "__main__":
    main()

"""newsmodel and its peers on the same pages in one run: quality, speed, memory, scaling.

Run ``python benchmarks/peers.py`` (the whole corpora, a few minutes on 2 cores;
``--limit N`` pages per corpus for a quick look; CI runs ``--smoke``). It prints:

1. For each corpus in ``../shared/corpus``, the article body found by newsmodel,
   trafilatura, newspaper4k, goose3 and readability-lxml on the same pages: precision,
   recall and F1 (and F1 on each fixed half, ``F1 A`` and ``F1 B``, as ``corpora.half``
   splits the pages), pages per second, each extractor's time as a multiple of the floor,
   merely parsing the same pages with :func:`lxml.html.document_fromstring` (``x
   floor``), and newsmodel's pages per second as a multiple of the extractor's
   (``newsmodel x``). newsmodel reads metadata and body, so ``trafilatura`` is timed
   doing the same (``bare_extraction(..., with_metadata=True)``, as in ``readers.py``);
   ``trafilatura body`` is ``extract()`` with its defaults, the body alone. The
   extractors take turns every eight pages, so a busy spell on the machine slows them
   alike. newsmodel's ``newsmodel.read`` does its whole job: metadata, body and the
   portal around the page. Bodies are scored as in ``readers.py``
   (``corpora.body_scores``): on ``aeb-dev`` by the corpus rules (4-token shingles, every
   page weighing the same); on ``wcxb-dev-articles`` the corpus's word F1 (lower-cased
   ``\\w+`` multisets), the mean over pages, with word precision and recall averaged the
   same way; on ``fundus-dev``, whose README sets no body score, the same word scores
   against ``body_text``; on ``readability-dev`` by 4-token shingles against the text of
   Readability's expected article, on the pages it calls readerable (every page is
   timed).
2. Peak memory per extractor, each in a fresh process over the first ``--memory-pages``
   pages of every corpus: the growth of the peak resident set size over the process's size
   once the pages are loaded and the extractor imported and warmed up on one page
   (``VmHWM``, reset through ``/proc/self/clear_refs``, so Linux only; it counts libxml2's
   C memory), and the largest :mod:`tracemalloc` peak while extracting
   one page (Python objects only; lxml trees live outside it).
3. newsmodel's writers: articles per second to JSON-LD, HTML and JSON, best of N, on
   articles drawn with a fixed seed from :mod:`newsmodel.strategies`; and the memory one
   ``Article`` read from a corpus page holds (:mod:`tracemalloc`, after reading).
4. Scaling: reading the ``wcxb-dev-articles`` pages with 1 and with 2 worker processes,
   in pages per second and their ratio: through ``newsmodel.batch.read_many(...,
   jobs=N)`` (``jobs=1`` reads in this process; pages travel to the workers and
   ``Article`` objects back), and, as a reference without the batch machinery, a
   :class:`concurrent.futures.ProcessPoolExecutor` mapping ``newsmodel.read`` that sends
   back only word counts. Pool start-up is inside the time.

No extractor may touch the network: sockets are disabled for the whole run (a peer that
tries is reported, and its page counts as a failure). Image fetching is off in
newspaper4k and goose3, and both are given the page's bytes, never a URL to download.
Timings are wall clock on a shared machine: compare figures from the same run only.

``--json PATH`` also writes the run's figures to PATH: the date, the machine (processor,
cores, Python, the load average before, between the corpora and after), the version of
every extractor, and every table above. The documentation draws its performance tables and
charts from such a file (``docs/_data/peers.json``).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import json
import logging
import os
import socket
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
from corpora import CORPORA, body_scores, half, html_text, load, true_body
from json_roundtrip import best_time, sample_articles
from readers import run_in_turns
from run_record import Run

import newsmodel

HERE = Path(__file__).resolve().parent
Extractor = Callable[[bytes, str], str]
Pages = list[tuple[bytes, dict[str, Any]]]

# How each corpus's body is scored (corpora.body_scores), for the table's heading.
RULES = {
    "aeb-dev": "4-token shingles (corpus rules)",
    "wcxb-dev-articles": "word F1 (corpus rules), word P and R",
    "fundus-dev": "word P, R, F1 against body_text",
    "readability-dev": "4-token shingles against the expected article",
}
NETWORK_ATTEMPTS: list[str] = []


def _refuse_network(*args: object, **kwargs: object) -> None:
    NETWORK_ATTEMPTS.append(repr(args[:2]))
    raise OSError("benchmarks/peers.py: the network is disabled")


def disable_network() -> None:
    """Make every connection and name lookup in this process fail, and record it."""
    socket.socket.connect = _refuse_network  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = _refuse_network  # type: ignore[method-assign,assignment]
    socket.create_connection = _refuse_network  # type: ignore[assignment]
    socket.getaddrinfo = _refuse_network  # type: ignore[assignment]


# -- extractors: page bytes and URL in, body text out -------------------------------------


def with_lxml(page: bytes, url: str) -> str:
    """The floor: parse the page and do nothing else."""
    lxml.html.document_fromstring(page)
    return ""


def with_newsmodel(page: bytes, url: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsmodel.read(page, format="html", url=url).text


def with_trafilatura(page: bytes, url: str) -> str:
    """Metadata and body, the job newsmodel does (the body is scored)."""
    import trafilatura

    document = trafilatura.bare_extraction(page, url=url, with_metadata=True)
    return str(document.text or "") if document is not None else ""


def with_trafilatura_body(page: bytes, url: str) -> str:
    """The body alone, trafilatura's default."""
    import trafilatura

    return trafilatura.extract(page, url=url) or ""


def with_newspaper4k(page: bytes, url: str) -> str:
    import newspaper

    article = newspaper.Article(url, fetch_images=False)
    article.download(input_html=page)  # given the page: nothing is downloaded
    article.parse()
    return str(article.text)


def with_goose3(page: bytes, url: str) -> str:
    import goose3

    with goose3.Goose({"enable_image_fetching": False}) as goose:
        return str(goose.extract(url=url, raw_html=page).cleaned_text)


def with_readability(page: bytes, url: str) -> str:
    import readability

    return html_text(readability.Document(page, url=url).summary())


EXTRACTORS: dict[str, Extractor] = {
    "lxml parse": with_lxml,
    "newsmodel": with_newsmodel,
    "trafilatura": with_trafilatura,
    "trafilatura body": with_trafilatura_body,
    "newspaper4k": with_newspaper4k,
    "goose3": with_goose3,
    "readability": with_readability,
}


def available() -> dict[str, Extractor]:
    """The extractors that import here; print why any other is left out."""
    modules = {
        "trafilatura": "trafilatura",
        "trafilatura body": "trafilatura",
        "newspaper4k": "newspaper",
        "goose3": "goose3",
        "readability": "readability",
    }
    found = {}
    for name, extract in EXTRACTORS.items():
        module = modules.get(name)
        if module is not None:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    __import__(module)
            except Exception as error:  # any import failure leaves the peer out
                print(f"left out {name}: cannot import {module} ({error!r})")
                continue
        found[name] = extract
    return found


# -- running the extractors (the scores are corpora.py's) --------------------------------


def extract_all(extract: Extractor, pages: Pages) -> tuple[list[str], float, int]:
    """Bodies, seconds taken and the number of pages the extractor failed on."""
    bodies, failures = [], 0
    with warnings.catch_warnings():  # the peers' warnings about pages are not ours to show
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        for page, record in pages:
            try:
                bodies.append(extract(page, record["url"]))
            except Exception:  # a crash on one page scores as an empty body
                bodies.append("")
                failures += 1
        seconds = time.perf_counter() - start
    return bodies, seconds, failures


def _or_none(extract: Extractor) -> Callable[[bytes, str], str | None]:
    """The extractor, giving None where it raises (a crash on one page is a failure)."""

    def guarded(page: bytes, url: str) -> str | None:
        try:
            return extract(page, url)
        except Exception:
            return None

    return guarded


def quality_and_speed(extractors: dict[str, Extractor], limit: int | None) -> list[dict[str, Any]]:
    """Print each corpus's table and the speed ratios; return the figures, corpus by corpus."""
    ratios: dict[str, list[float]] = {}
    figures: list[dict[str, Any]] = []
    for corpus in CORPORA:
        load_before = os.getloadavg()[0]
        pages = load(corpus, limit)
        scored = [
            i for i, (_, record) in enumerate(pages) if true_body(corpus, record) is not None
        ]
        truth = [true_body(corpus, pages[i][1]) or "" for i in scored]
        left_out = len(pages) - len(scored)
        print(
            f"\n{corpus} ({len(pages)} pages): body by {RULES[corpus]}"
            + (f" ({left_out} not readerable: timed, not scored)" if left_out else "")
        )
        print(
            f"  {'extractor':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'F1 A':>6} "
            f"{'F1 B':>6} {'pages/s':>8} {'x floor':>8} {'newsmodel x':>11} {'failed':>6}"
        )
        halves = {h: [i for i in scored if half(pages[i][1]["name"]) == h] for h in "AB"}
        rows: list[dict[str, Any]] = []
        figures.append(
            {
                "corpus": corpus,
                "rules": RULES[corpus],
                "pages": len(pages),
                "scored": len(scored),
                "scored_by_half": {h: len(halves[h]) for h in "AB"},
                "load_before": round(load_before, 2),
                "extractors": rows,
            }
        )
        with warnings.catch_warnings():  # the peers' warnings about pages are not ours
            warnings.simplefilter("ignore")
            found = run_in_turns({n: _or_none(e) for n, e in extractors.items()}, pages)
        floor = len(pages) / found["lxml parse"][1]
        ours = len(pages) / found["newsmodel"][1]
        for name, (results, rate) in found.items():
            seconds = len(pages) / rate
            failures = results.count(None)
            bodies = [body or "" for body in results]
            row: dict[str, Any] = {"extractor": name}
            if name == "lxml parse":
                scores = f"{'-':>9} {'-':>7} {'-':>6} {'-':>6} {'-':>6}"
            else:
                p, r, f = body_scores(corpus, truth, [bodies[i] for i in scored])
                by_half = [
                    body_scores(
                        corpus,
                        [true_body(corpus, pages[i][1]) or "" for i in halves[h]],
                        [bodies[i] for i in halves[h]],
                    )[2]
                    for h in "AB"
                ]
                scores = f"{p:>9.3f} {r:>7.3f} {f:>6.3f} {by_half[0]:>6.3f} {by_half[1]:>6.3f}"
                row |= {"precision": p, "recall": r, "f1": f, "f1_A": by_half[0]}
                row |= {"f1_B": by_half[1]}
            row |= {"pages_per_second": len(pages) / seconds, "x_floor": seconds / floor}
            row |= {"newsmodel_x": seconds / ours, "failed": failures}
            rows.append(row)
            ratios.setdefault(name, []).append(seconds / ours)
            print(
                f"  {name:<16} {scores} {len(pages) / seconds:>8.1f} {seconds / floor:>8.1f} "
                f"{seconds / ours:>11.2f} {failures:>6}",
                flush=True,
            )
    print("\nnewsmodel's pages per second as a multiple of each peer's, per corpus")
    print(f"  {'peer':<16} " + " ".join(f"{corpus:>17}" for corpus in CORPORA))
    for name, values in ratios.items():
        if name not in ("lxml parse", "newsmodel"):
            print(f"  {name:<16} " + " ".join(f"{value:>16.2f}x" for value in values))
    return figures


# -- memory: one fresh process per extractor ------------------------------------------------


def memory_child(name: str, limit: int) -> None:
    """In a fresh process: RSS growth and tracemalloc peak of one extractor; print JSON."""
    disable_network()
    logging.disable(logging.WARNING)
    extract = EXTRACTORS[name]
    pages = [item for corpus in CORPORA for item in load(corpus, limit)]
    extract_all(extract, pages[:1])  # imports, caches, lazily built tables
    before = _status_kib("VmRSS")
    with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
        clear.write("5")  # the peak resident set size (VmHWM) starts again from here
    extract_all(extract, pages)
    grown = max(_status_kib("VmHWM") - before, 0)
    peak = 0
    tracemalloc.start()
    for page, record in pages:
        tracemalloc.reset_peak()
        with contextlib.suppress(Exception):  # scored in the main run; here memory counts
            extract(page, record["url"])
        peak = max(peak, tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    found = {"pages": len(pages), "rss_kib": grown, "traced": peak}
    print(json.dumps({**found, "network": NETWORK_ATTEMPTS}))


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    raise LookupError(field)


def memory(extractors: dict[str, Extractor], limit: int) -> list[dict[str, Any]]:
    """Print and return each extractor's memory, measured in a fresh process."""
    rows: list[dict[str, Any]] = []
    print(f"\npeak memory, one fresh process per extractor, first {limit} pages of each corpus")
    print(f"  {'extractor':<16} {'RSS growth MiB':>14} {'tracemalloc peak/page MiB':>26}")
    for name in extractors:
        done = subprocess.run(
            [sys.executable, __file__, "--memory-child", name, "--memory-pages", str(limit)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode:
            print(f"  {name:<16} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        found = json.loads(done.stdout.strip().splitlines()[-1])
        NETWORK_ATTEMPTS.extend(found["network"])
        rss, traced = found["rss_kib"] / 1024, found["traced"] / 2**20
        rows.append({"extractor": name, "rss_growth_mib": rss, "traced_peak_mib": traced})
        print(f"  {name:<16} {rss:>14.1f} {traced:>26.2f}", flush=True)
    return rows


# -- writers ---------------------------------------------------------------------------------


def writers(count: int, repeat: int, pages: Pages) -> dict[str, Any]:
    """Print and return the writers' speed and the memory one read ``Article`` holds."""
    sample = sample_articles(count)
    rows: list[dict[str, Any]] = []
    print(f"\nwriters: {count} generated articles, best of {repeat}")
    print(f"  {'format':<8} {'articles/s':>10} {'MB/s':>7}")
    for format_ in ("jsonld", "html", "json"):
        size = sum(len(newsmodel.write(a, format_).encode()) for a in sample) / 1e6
        seconds = best_time(lambda f=format_: [newsmodel.write(a, f) for a in sample], repeat)
        print(f"  {format_:<8} {count / seconds:>10.0f} {size / seconds:>7.1f}")
        rows.append(
            {
                "format": format_,
                "articles_per_second": count / seconds,
                "mb_per_second": size / seconds,
            }
        )

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for page, rec in pages:  # the reader's caches fill here, not in what is counted
            newsmodel.read(page, format="html", url=rec["url"])
        tracemalloc.start()
        kept = [newsmodel.read(page, format="html", url=rec["url"]) for page, rec in pages]
        held, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    words = sum(article.word_count for article in kept) / len(kept)
    print(
        f"memory per Article read from a page: {held / len(kept) / 1024:.1f} KiB "
        f"(mean {words:.0f} words, {len(kept)} aeb-dev pages)"
    )
    return {
        "articles": count,
        "repeat": repeat,
        "formats": rows,
        "article_kib": held / len(kept) / 1024,
        "article_words": words,
        "article_pages": len(kept),
    }


# -- scaling ---------------------------------------------------------------------------------


def _read_one(item: tuple[bytes, str]) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return newsmodel.read(item[0], format="html", url=item[1]).word_count
        except newsmodel.NewsmodelError:
            return 0


def scaling(pages: Pages) -> list[dict[str, Any]]:
    """Print and return pages per second with 1 and with 2 worker processes."""
    rows: list[dict[str, Any]] = []
    items = [(page, record["url"]) for page, record in pages]
    print(f"\nscaling: {len(items)} wcxb-dev-articles pages, {os.cpu_count()} cores")
    print(f"  {'how':<44} {'1 process':>9} {'2 processes':>11} {'2 vs 1':>6}")
    ways: dict[str, Callable[[int], None]] = {}
    try:
        from newsmodel.batch import Page, read_many  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        print("  (newsmodel.batch.read_many is not in this newsmodel)")
    else:
        inputs = [Page(f"wcxb:{i}", page, url=url) for i, (page, url) in enumerate(items)]

        def batch(jobs: int) -> None:
            list(read_many(inputs, format="html", jobs=jobs))

        ways["newsmodel.batch.read_many (Articles back)"] = batch

    def pool(jobs: int) -> None:
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as executor:
            list(executor.map(_read_one, items, chunksize=8))

    ways["ProcessPoolExecutor, newsmodel.read (counts)"] = pool
    for how, work in ways.items():
        rates = []
        for jobs in (1, 2):
            with warnings.catch_warnings():  # workers fork with these filters
                warnings.simplefilter("ignore")
                start = time.perf_counter()
                work(jobs)
                rates.append(len(items) / (time.perf_counter() - start))
        print(f"  {how:<44} {rates[0]:>9.1f} {rates[1]:>11.1f} {rates[1] / rates[0]:>5.2f}x")
        rows.append({"how": how, "pages": len(items), "one": rates[0], "two": rates[1]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N pages of each corpus")
    parser.add_argument("--smoke", action="store_true", help="a few pages of each corpus, CI")
    parser.add_argument("--memory-pages", type=int, default=30, help="pages per corpus")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures here")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, args.memory_pages)
        return
    disable_network()
    logging.disable(logging.WARNING)  # goose3 logs what it makes of each page's dates
    limit = 4 if args.smoke else args.limit
    memory_pages = 3 if args.smoke else min(args.memory_pages, limit or args.memory_pages)
    run = Run()

    extractors = available()
    corpora = quality_and_speed(extractors, limit)
    memories = memory(extractors, memory_pages)
    count, repeat = (20, 1) if args.smoke else (300, 3)
    written = writers(count, repeat, load("aeb-dev", limit))
    scaled = scaling(load("wcxb-dev-articles", 16 if args.smoke else limit))
    if NETWORK_ATTEMPTS:
        print(f"\nnetwork attempts refused: {len(NETWORK_ATTEMPTS)}: {NETWORK_ATTEMPTS[:3]}")
    else:
        print("\nnetwork attempts refused: 0")
    if args.json:
        figures = {
            "limit": limit,
            "memory_pages": memory_pages,
            "corpora": corpora,
            "memory": memories,
            "writers": written,
            "scaling": scaled,
            "network_attempts": len(NETWORK_ATTEMPTS),
        }
        run.write(args.json, figures)


if __name__ == "__main__":
    main()

"""Throughput of newsmodel's JSON format, side by side with the floor of plain ``json``.

Run by hand: ``python benchmarks/json_roundtrip.py`` (CI runs ``--smoke``). Articles come
from ``newsmodel.strategies`` with a fixed seed, so every run measures the same inputs.
Timings are best-of-N wall clock on this machine; read the ratios, not the absolute
numbers: on a shared machine only figures taken in the same run compare.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings

import newsmodel
from newsmodel.strategies import articles


def sample_articles(count: int) -> list[newsmodel.Article]:
    """``count`` articles, the same ones on every run."""
    drawn: list[newsmodel.Article] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(articles())
    def collect(article: newsmodel.Article) -> None:
        drawn.append(article)

    collect()
    return drawn


def best_time(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few articles, one repeat")
    args = parser.parse_args()
    count, repeat = (20, 1) if args.smoke else (300, 5)

    sample = sample_articles(count)
    texts = [newsmodel.write(article) for article in sample]
    plain = [json.loads(text) for text in texts]
    megabytes = sum(len(text.encode()) for text in texts) / 1e6

    rows = [
        ("newsmodel write json", best_time(lambda: [newsmodel.write(a) for a in sample], repeat)),
        (
            "json.dumps (floor)",
            best_time(
                lambda: [json.dumps(d, ensure_ascii=False, indent=2) for d in plain], repeat
            ),
        ),
        (
            "newsmodel read json",
            best_time(lambda: [newsmodel.read(t, format="json") for t in texts], repeat),
        ),
        ("json.loads (floor)", best_time(lambda: [json.loads(t) for t in texts], repeat)),
    ]
    print(f"{count} articles, {megabytes:.2f} MB of JSON, best of {repeat}")
    print(f"{'operation':<22} {'articles/s':>11} {'MB/s':>8} {'x floor':>8}")
    for index, (name, seconds) in enumerate(rows):
        floor = rows[index | 1][1]
        print(
            f"{name:<22} {count / seconds:>11.0f} {megabytes / seconds:>8.2f} "
            f"{seconds / floor:>8.1f}"
        )

    tracemalloc.start()
    kept = [newsmodel.read(text, format="json") for text in texts]
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    words = sum(article.word_count for article in kept) / count
    print(f"memory per Article: {held / count / 1024:.1f} KiB (mean {words:.0f} words)")


if __name__ == "__main__":
    main()

"""Speed of the Hypothesis strategies: examples per second of a ``@given`` test.

Run by hand: ``python benchmarks/strategies.py`` (CI runs ``--smoke``). Each row runs one
test that only receives its examples, with ``max_examples`` examples, no database and no
deadline, the way a downstream property test spends its time in Hypothesis; examples/s
is the best of ``--repeat`` runs, wall clock. Issue 17 asks for at least 100 articles/s
and 30 pages/s on the project's machine: on a shared machine, read figures taken in the
same run together.

Page strategies join the table without changes here: a module
``newsmodel._page_strategies`` that defines ``BENCHMARKED``, a mapping of row names to
functions returning a strategy, adds its rows after the model's.
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable, Mapping
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import strategies

#: Row name -> a function returning the strategy the row measures.
MODEL_STRATEGIES: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "articles()": strategies.articles,
    "articles(printable, no extra)": lambda: strategies.articles(printable=True, extra=False),
    "articles(google_valid)": lambda: strategies.articles(google_valid=True),
    "from_type(Article)": lambda: st.from_type(newsmodel.Article),
    "listings()": strategies.listings,
    "fronts()": strategies.fronts,
    "comments()": strategies.comments,
    "people()": strategies.people,
}


def page_strategies() -> Mapping[str, Callable[[], st.SearchStrategy[Any]]]:
    """The page strategies' rows, once a page strategies module offers them."""
    try:
        module = importlib.import_module("newsmodel._page_strategies")
    except ModuleNotFoundError as missing:
        if missing.name != "newsmodel._page_strategies":
            raise
        return {}
    benchmarked: Mapping[str, Callable[[], st.SearchStrategy[Any]]]
    benchmarked = getattr(module, "BENCHMARKED", {})
    return benchmarked


def examples_per_second(strategy: st.SearchStrategy[Any], examples: int) -> tuple[int, float]:
    """How many examples one ``@given`` test ran, and in how many seconds."""
    ran = 0

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def receive(value: object) -> None:
        nonlocal ran
        ran += 1

    start = time.perf_counter()
    receive()
    return ran, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="10 examples a row, one run")
    parser.add_argument("--examples", type=int, default=300, help="examples a run (300)")
    parser.add_argument("--repeat", type=int, default=3, help="runs a row, best kept (3)")
    parser.add_argument("--only", help="rows whose name contains this text")
    args = parser.parse_args()
    examples, repeat = (10, 1) if args.smoke else (args.examples, args.repeat)

    rows = {**MODEL_STRATEGIES, **page_strategies()}
    print(f"{'strategy':<32} {'examples':>8} {'seconds':>8} {'examples/s':>11}")
    for name, make in rows.items():
        if args.only and args.only not in name:
            continue
        strategy = make()
        ran, seconds = min(
            (examples_per_second(strategy, examples) for _ in range(repeat)),
            key=lambda run: run[1] / max(run[0], 1),
        )
        print(f"{name:<32} {ran:>8} {seconds:>8.2f} {ran / seconds:>11.1f}", flush=True)


if __name__ == "__main__":
    main()

"""Speed of the page strategies: examples a second of a ``@given`` test, per strategy.

Run by hand: ``python benchmarks/portal_page_strategies.py`` (``--examples 50`` for a
quick check; ``--read`` also reads every page back with newsmodel's readers, as
``tests/test_synthetic_portal_pages.py`` does). Each strategy runs a test of
``max_examples`` examples with no database and no deadline, so the figure is what a
downstream test suite pays per page, generation and shrinking bookkeeping included;
issue 17 asks for 30 pages a second. Wall clock, one run; read the order of magnitude.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis.strategies import SearchStrategy

import newsmodel
from newsmodel._portal_page_strategies import feed_pages, front_pages, text_pages

STRATEGIES: dict[str, tuple[SearchStrategy[Any], Callable[[Any], object]]] = {
    "text_pages": (text_pages(), lambda s: newsmodel.read(s.page.content, url=s.page.url)),
    "feed_pages": (
        feed_pages(),
        lambda s: newsmodel.read_listing(s.page.content, url=s.page.url),
    ),
    "front_pages": (
        front_pages(),
        lambda s: newsmodel.read_front(s.page.content, url=s.page.url),
    ),
}


def rate(strategy: SearchStrategy[Any], examples: int, check: Callable[[Any], object]) -> float:
    """Examples a second of a test of ``examples`` examples that calls ``check``."""
    count = 0

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def test(sample: Any) -> None:
        nonlocal count
        count += 1
        check(sample)

    start = time.perf_counter()
    test()
    return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--examples", type=int, default=200)
    parser.add_argument("--read", action="store_true", help="read each page back too")
    args = parser.parse_args()
    for name, (strategy, reader) in STRATEGIES.items():
        check = reader if args.read else (lambda sample: None)
        print(f"{name:12} {rate(strategy, args.examples, check):7.1f} pages/s")


if __name__ == "__main__":
    main()

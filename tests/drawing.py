"""Drawing a fixed sample from a strategy, for tests that judge what it generates."""

from __future__ import annotations

from typing import TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

T = TypeVar("T")


def draw_many(strategy: st.SearchStrategy[T], count: int = 100) -> list[T]:
    """A sample of what a strategy generates (collected, not searched: nothing to shrink),
    the same sample every run: a share that holds only on average must not fail a run."""
    drawn: list[T] = []

    @settings(
        max_examples=count,
        database=None,
        derandomize=True,
        deadline=None,  # whole pages take their time; this times nothing
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: T) -> None:
        drawn.append(value)

    collect()
    return drawn

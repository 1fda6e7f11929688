"""A progress bar (``tqdm``, from the ``batch`` extra) on a terminal; nothing otherwise.

With a total the bar shows how many are left and the time that should take; without one,
the count and the rate.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import TextIO, TypeVar, cast

__all__ = ["progress"]

T = TypeVar("T")


def progress(
    items: Iterator[T],
    *,
    enabled: bool | None = None,
    stream: TextIO | None = None,
    total: Callable[[], int | None] | None = None,
) -> Iterator[T]:
    """``items``, counted on a bar on ``stream`` (default standard error).

    Args:
        items: The iterator to count.
        enabled: Show the bar; ``None`` shows it when ``stream`` is a terminal. Without
            ``tqdm`` installed there is never a bar.
        stream: Where the bar goes.
        total: How many ``items`` there will be (``None``: not known), asked only when
            the bar is shown, as counting may take a walk through the inputs.
    """
    stream = sys.stderr if stream is None else stream
    if enabled is None:
        enabled = stream.isatty()
    if not enabled:
        return items
    try:
        from tqdm import tqdm  # type: ignore[import-untyped]
    except ImportError:
        return items
    bar = tqdm(
        items,
        file=stream,
        unit=" pages",
        dynamic_ncols=True,
        total=None if total is None else total(),
    )
    return cast(Iterator[T], iter(bar))

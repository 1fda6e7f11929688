"""A progress bar (``tqdm``, from the ``batch`` extra) on a terminal; nothing otherwise."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TextIO, TypeVar, cast

__all__ = ["progress"]

T = TypeVar("T")


def progress(
    items: Iterator[T], *, enabled: bool | None = None, stream: TextIO | None = None
) -> Iterator[T]:
    """``items``, counted on a bar on ``stream`` (default standard error).

    Args:
        items: The iterator to count.
        enabled: Show the bar; ``None`` shows it when ``stream`` is a terminal. Without
            ``tqdm`` installed there is never a bar.
        stream: Where the bar goes.
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
    return cast(Iterator[T], iter(tqdm(items, file=stream, unit=" pages", dynamic_ncols=True)))

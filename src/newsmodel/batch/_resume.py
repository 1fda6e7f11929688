"""Resuming a run: the sources an earlier output already has a line for."""

from __future__ import annotations

import json
import os

__all__ = ["read_sources", "trim_partial_line"]

_BLOCK = 64 * 1024


def read_sources(path: str | os.PathLike[str]) -> frozenset[str]:
    """The ``source`` of every whole line in the JSON Lines file at ``path``.

    Successes and errors alike count as done; a missing file has none. A last line
    without its newline (a run killed mid-write) and lines that are not JSON objects with
    a ``source`` are ignored, so their inputs are read again.

    .. versionadded:: 0.1.0
    """
    sources: set[str] = set()
    try:
        with open(path, "rb") as lines:
            for line in lines:
                if not line.endswith(b"\n"):
                    break
                try:
                    value = json.loads(line)
                except ValueError:
                    continue
                if isinstance(value, dict) and isinstance(value.get("source"), str):
                    sources.add(value["source"])
    except FileNotFoundError:
        pass
    return frozenset(sources)


def trim_partial_line(path: str | os.PathLike[str]) -> None:
    """Cut an unfinished last line off the file at ``path``, so appended lines start whole."""
    if not os.path.exists(path):
        return
    with open(path, "r+b") as handle:
        size = end = handle.seek(0, os.SEEK_END)
        while end > 0:
            start = max(0, end - _BLOCK)
            handle.seek(start)
            newline = handle.read(end - start).rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        if end < size:
            handle.truncate(end)

"""Glob patterns whose ``**`` searches each directory once.

:func:`glob.iglob` follows symbolic links under ``**`` without remembering where it has
been: a directory linked into itself is searched again at every level until the path is
too long, and two such links make the search exponential, so the run never starts. Here
``**`` walks the directories below it once each (by device and inode), and the rest of
the pattern is left to :mod:`glob`, which cannot loop without ``**``.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator

__all__ = ["MAGIC", "matches"]

#: The characters that make a ``str`` input a pattern.
MAGIC = frozenset("*?[")


def matches(pattern: str) -> list[str]:
    """The paths ``pattern`` matches, in name order, as ``glob.glob(pattern,
    recursive=True)`` finds them, but for loops; a pattern ending in ``**`` matches the
    directory before it (which is then read whole, as a directory is)."""
    return sorted(_matches(pattern))


def _matches(pattern: str) -> Iterator[str]:
    parts = pattern.split(os.sep)
    if "**" not in parts:
        yield from glob.iglob(pattern)
        return
    at = parts.index("**")
    head = os.sep.join(parts[:at]) or (os.sep if pattern.startswith(os.sep) else "")
    tail = os.sep.join(parts[at + 1 :])
    for top in glob.iglob(head) if MAGIC & set(head) else [head]:
        if not tail:
            if os.path.isdir(top or os.curdir):
                yield top or os.curdir
            continue
        for directory in _directories(top):
            yield from _matches(os.path.join(glob.escape(directory), tail))


def _directories(top: str) -> Iterator[str]:
    """``top`` (``""`` for the current directory) and the directories below it, following
    symbolic links but each directory once, skipping hidden names as ``**`` does."""
    seen: set[tuple[int, int]] = set()
    pending = [top]
    while pending:
        path = pending.pop()
        try:
            status = os.stat(path or os.curdir)
            if not stat.S_ISDIR(status.st_mode) or (status.st_dev, status.st_ino) in seen:
                continue
            seen.add((status.st_dev, status.st_ino))
            with os.scandir(path or os.curdir) as entries:
                names = [entry.name for entry in entries if not entry.name.startswith(".")]
        except OSError:  # gone, unreadable or a link loop: glob passes over them too
            continue
        yield path
        pending.extend(os.path.join(path, name) for name in names)

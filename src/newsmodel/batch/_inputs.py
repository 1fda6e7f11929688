"""Turn a batch's inputs (paths, directories, globs, WARC and JSON Lines files, pages)
into a lazy stream of things to read.

Nothing is read here but the containers' framing: a plain file travels as its path (the
worker reads it), a WARC record or JSONL line as its content (see :mod:`._warc`,
:mod:`._jsonl`). Memory is bounded by the directory listings on the path being walked,
one glob's file names and the directories one input has walked.

Every input gives at least one task, and nothing here can loop or block: each directory
is walked once per input (a link back up is an error for that link), anything that is
not a directory or a regular file (a broken link, a FIFO, a socket, a device) is an
error without being opened, and the walk keeps its own stack, however deep the tree.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeAlias

import attrs

from ..errors import ReadError
from . import _glob, _jsonl, _warc
from ._result import BatchResult, Failure, Page

__all__ = ["FileRef", "Input", "Task", "count", "expand"]

Input: TypeAlias = "str | os.PathLike[str] | Page"
"""What :func:`~newsmodel.batch.read_many` takes: a path or glob (``str``), a path, a page."""

WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")

_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


@attrs.frozen
class FileRef:
    """A plain file, read by whoever reads the page (a worker, for ``jobs > 1``)."""

    source: str
    path: str
    format: str | None = None


Task: TypeAlias = "FileRef | Page | BatchResult"
"""One unit of work: a file or page to read, or an input that already failed."""


def expand(inputs: Iterable[Input], format: str | None) -> Iterator[Task]:
    """Yield the tasks ``inputs`` describe, lazily and in order, at least one per input.

    Directories are walked recursively in name order, skipping hidden entries; a ``str``
    with ``*``, ``?`` or ``[`` that names no existing file is a glob (``**`` recurses).
    Files named ``*.warc``, ``*.warc.gz``, ``*.jsonl`` or ``*.ndjson`` are containers of
    HTML pages; any other file is one document, read with ``format`` (or recognised).
    """
    return _expanded(inputs, format, counting=False)


def count(inputs: Iterable[Input], skip: frozenset[str] = frozenset()) -> int | None:
    """How many results ``inputs`` give, but for those whose source is in ``skip``,
    counted by walking directories and globs without opening a file; ``None`` when an
    input is a WARC or JSON Lines file, whose pages are known only by reading it."""
    try:
        return sum(1 for task in _expanded(inputs, None, counting=True) if task.source not in skip)
    except _ContainerError:
        return None


class _ContainerError(Exception):
    """Counting met a container, whose pages cannot be counted without reading it."""


def _expanded(inputs: Iterable[Input], format: str | None, *, counting: bool) -> Iterator[Task]:
    for item in inputs:
        if isinstance(item, Page):
            yield item
        elif isinstance(item, str) and _glob.MAGIC & set(item) and not os.path.lexists(item):
            yield from _or_failed(_matched(item, format, counting), item, "no file matches")
        else:
            path = os.fspath(item)
            tasks = _walked(path, format, set(), counting)
            yield from _or_failed(tasks, path, "no file in it to read")


def _matched(pattern: str, format: str | None, counting: bool) -> Iterator[Task]:
    walked: set[tuple[int, int]] = set()  # shared: a directory two matches reach is read once
    for match in _glob.matches(pattern):
        yield from _walked(match, format, walked, counting)


def _walked(
    top: str, format: str | None, walked: set[tuple[int, int]], counting: bool
) -> Iterator[Task]:
    """The tasks of the file or directory ``top``; ``walked`` holds the (device, inode) of
    the directories this input has walked, which are not walked again. ``counting``: a
    container is a :class:`_ContainerError` instead of its pages."""
    pending = [iter([top])]  # the names still to visit in each directory being walked
    while pending:
        path = next(pending[-1], None)
        if path is None:
            pending.pop()
            continue
        try:
            status = os.stat(path)
        except OSError as error:
            broken = error.errno == errno.ENOENT and os.path.islink(path)
            yield _failed(path, "broken symbolic link" if broken else _reason(error))
            continue
        if stat.S_ISDIR(status.st_mode):
            if (status.st_dev, status.st_ino) in walked:
                yield _failed(path, "directory already read (a link loop, or a second link to it)")
                continue
            walked.add((status.st_dev, status.st_ino))
            try:
                with os.scandir(path) as entries:
                    names = sorted(entry.name for entry in entries)
            except OSError as error:
                yield _failed(path, _reason(error))
                continue
            children = [str(Path(path, name)) for name in names if not name.startswith(".")]
            pending.append(iter(children))
        elif not stat.S_ISREG(status.st_mode):
            yield _failed(path, f"not a regular file ({_kind(status.st_mode)})")
        else:
            yield from _file(path, format, counting)


def _file(path: str, format: str | None, counting: bool) -> Iterator[Task]:
    if counting and path.lower().endswith(WARC_SUFFIXES + JSONL_SUFFIXES):
        raise _ContainerError(path)
    if path.lower().endswith(WARC_SUFFIXES):
        yield from _warc.pages(path)
    elif path.lower().endswith(JSONL_SUFFIXES):
        yield from _jsonl.pages(path)
    else:
        yield FileRef(path, path, format)


def _or_failed(tasks: Iterator[Task], source: str, reason: str) -> Iterator[Task]:
    """``tasks``, or a failed result for ``source`` if there are none."""
    empty = True
    for task in tasks:
        empty = False
        yield task
    if empty:
        yield BatchResult(source, error=Failure("ReadError", reason))


def _failed(path: str, reason: str) -> BatchResult:
    error = ReadError(reason, format="input", source=path)  # as reading the file would say
    return BatchResult(path, error=Failure.of(error))


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _kind(mode: int) -> str:
    return next((kind for test, kind in _SPECIAL_FILES if test(mode)), "an unknown kind")

"""Turn a batch's inputs (paths, directories, globs, WARC and JSON Lines files, pages)
into a lazy stream of things to read.

Nothing is read here but the containers' framing: a plain file travels as its path (the
worker reads it), a WARC record or JSONL line as its content (see :mod:`._warc`,
:mod:`._jsonl`). Memory is bounded by one directory listing or one glob's file names.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeAlias

import attrs

from . import _jsonl, _warc
from ._result import BatchResult, Failure, Page

__all__ = ["FileRef", "Input", "Task", "expand"]

Input: TypeAlias = "str | os.PathLike[str] | Page"
"""What :func:`~newsmodel.batch.read_many` takes: a path or glob (``str``), a path, a page."""

WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_GLOB_MAGIC = frozenset("*?[")


@attrs.frozen
class FileRef:
    """A plain file, read by whoever reads the page (a worker, for ``jobs > 1``)."""

    source: str
    path: str
    format: str | None = None


Task: TypeAlias = "FileRef | Page | BatchResult"
"""One unit of work: a file or page to read, or an input that already failed."""


def expand(inputs: Iterable[Input], format: str | None) -> Iterator[Task]:
    """Yield the tasks ``inputs`` describe, lazily and in order.

    Directories are walked recursively in name order, skipping hidden entries; a ``str``
    with ``*``, ``?`` or ``[`` that names no existing file is a glob (``**`` recurses).
    Files named ``*.warc``, ``*.warc.gz``, ``*.jsonl`` or ``*.ndjson`` are containers of
    HTML pages; any other file is one document, read with ``format`` (or recognised).
    """
    for item in inputs:
        if isinstance(item, Page):
            yield item
        elif isinstance(item, str) and _GLOB_MAGIC & set(item) and not os.path.lexists(item):
            matches = sorted(glob.iglob(item, recursive=True))
            if not matches:
                yield BatchResult(item, error=Failure("ReadError", "no file matches"))
            for match in matches:
                yield from _path(match, format)
        else:
            yield from _path(os.fspath(item), format)


def _path(path: str, format: str | None) -> Iterator[Task]:
    if os.path.isdir(path):
        yield from _directory(path, format)
    elif path.lower().endswith(WARC_SUFFIXES):
        yield from _warc.pages(path)
    elif path.lower().endswith(JSONL_SUFFIXES):
        yield from _jsonl.pages(path)
    else:
        yield FileRef(path, path, format)


def _directory(path: str, format: str | None) -> Iterator[Task]:
    try:
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except OSError as error:
        yield BatchResult(path, error=Failure("ReadError", error.strerror or str(error)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = str(Path(path, entry.name))
        if entry.is_dir():
            yield from _directory(child, format)
        elif entry.is_file():
            yield from _path(child, format)

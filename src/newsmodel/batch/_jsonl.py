"""The pages in a JSON Lines file: one object per line, ``{"html": ...}``, or
``{"document": {...}}`` (a newsmodel JSON or JSON-LD document: a line of ``newsmodel batch``
or ``newsmodel portal --format jsonl`` output), with an optional ``"url"`` and ``"id"``.

A page's source is ``"<path>:<line>"`` (lines count from 1; blank lines are skipped). A
line that is not such an object (not UTF-8, not JSON, neither), or that is longer
than the input cap, gives a failed result for that line alone; a file with no line at all
one for the file. A line is read only up to the cap, so one endless line costs no more.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from .. import limits
from ..source import oversized
from ._result import BatchResult, Failure, Page

__all__ = ["pages"]

_BLOCK = 64 * 1024
_NOT_A_PAGE = 'not an object with "html" text or a "document" object'


def pages(path: str) -> Iterator[Page | BatchResult]:
    """Yield the pages of the JSON Lines file at ``path``, one line at a time."""
    found = False
    try:
        with open(path, "rb") as stream:
            for number, line in enumerate(_lines(stream), start=1):
                source = f"{path}:{number}"
                if line is None:
                    found = True
                    error = oversized(source)
                    yield BatchResult(source, error=Failure.of(error))
                elif line.strip():
                    found = True
                    yield _page(source, line)
    except OSError as error:
        yield BatchResult(path, error=Failure.of(error))
    else:
        if not found:
            yield BatchResult(path, error=Failure("ReadError", "no line in this JSON Lines file"))


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``stream``; ``None`` for one longer than the input cap, which is
    passed over a block at a time."""
    while line := stream.readline(limits.MAX_INPUT_BYTES + 1):
        if line.endswith(b"\n") or len(line) <= limits.MAX_INPUT_BYTES:  # the whole line
            yield line
            continue
        while not line.endswith(b"\n") and (line := stream.readline(_BLOCK)):
            pass
        yield None


def _page(source: str, line: bytes) -> Page | BatchResult:
    try:
        value = json.loads(line)
    except ValueError as error:
        return BatchResult(source, error=Failure("ReadError", f"not JSON: {error}"))
    if not isinstance(value, dict):
        return BatchResult(source, error=Failure("ReadError", _NOT_A_PAGE))
    if isinstance(value.get("html"), str):
        content, format = value["html"], "html"
    elif isinstance(value.get("document"), dict):  # newsmodel JSON or JSON-LD, recognised
        content, format = json.dumps(value["document"], ensure_ascii=False), None
    else:
        return BatchResult(source, error=Failure("ReadError", _NOT_A_PAGE))
    url, id = value.get("url"), value.get("id")
    return Page(
        source,
        content,
        url=url if isinstance(url, str) else None,
        id=None if id is None else str(id),
        format=format,
    )

"""The HTML pages in a JSON Lines file: one object per line, ``{"html": ...}`` with an
optional ``"url"`` and ``"id"``.

A page's source is ``"<path>:<line>"`` (lines count from 1; blank lines are skipped). A
line that is not such an object gives a failed result for that line alone, and a file
with no line at all one for the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ._result import BatchResult, Failure, Page

__all__ = ["pages"]


def pages(path: str) -> Iterator[Page | BatchResult]:
    """Yield the pages of the JSON Lines file at ``path``, one line at a time."""
    found = False
    try:
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    found = True
                    yield _page(f"{path}:{number}", line)
    except (OSError, UnicodeDecodeError) as error:
        yield BatchResult(path, error=Failure.of(error))
    else:
        if not found:
            yield BatchResult(path, error=Failure("ReadError", "no line in this JSON Lines file"))


def _page(source: str, line: str) -> Page | BatchResult:
    try:
        value = json.loads(line)
    except ValueError as error:
        return BatchResult(source, error=Failure("ReadError", f"not JSON: {error}"))
    if not isinstance(value, dict) or not isinstance(value.get("html"), str):
        return BatchResult(source, error=Failure("ReadError", 'not an object with "html" text'))
    url, id = value.get("url"), value.get("id")
    return Page(
        source,
        value["html"],
        url=url if isinstance(url, str) else None,
        id=None if id is None else str(id),
        format="html",
    )

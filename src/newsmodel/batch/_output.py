"""Batch results as JSON Lines: one line per result, each written whole and flushed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from .._api import write
from ..errors import WriteError
from ._result import BatchResult, Failure

__all__ = ["FORMATS", "to_line", "write_jsonl"]

#: The formats a result's article can be written in (JSON ones, to nest in a line).
FORMATS = ("json", "jsonld")


def to_line(result: BatchResult, format: str = "json") -> str:
    """One JSON Lines line (without its newline) for ``result``.

    The line is an object: ``source``, then ``url``, ``id`` and ``warnings`` when there
    are any, then either
    ``document`` (the article as the ``format`` writer writes it) or ``error`` (an object
    with the exception's ``type`` and ``message``).

    Raises:
        WriteError: ``format`` is not one of :data:`FORMATS`.
    """
    if format not in FORMATS:
        raise WriteError(f"batch output is json or jsonld, not {format!r}")
    head: dict[str, Any] = {"source": result.source}
    if result.url is not None:
        head["url"] = result.url
    if result.id is not None:
        head["id"] = result.id
    if result.warnings:
        head["warnings"] = list(result.warnings)
    error = result.error
    if result.article is not None:
        try:
            document = write(result.article, format, indent=None)
        except Exception as failure:  # a writer's bug is this page's error, not the run's
            error = Failure.of(failure)
        else:
            return f'{json.dumps(head, ensure_ascii=False)[:-1]}, "document": {document}}}'
    assert error is not None
    head["error"] = {"type": error.type, "message": error.message}
    return json.dumps(head, ensure_ascii=False)


def write_jsonl(results: Iterable[BatchResult], stream: TextIO, *, format: str = "json") -> int:
    """Write ``results`` to ``stream`` as JSON Lines; return how many lines were written.

    Each line goes out in one ``write`` call and is flushed, so a run that is interrupted
    leaves whole lines (but for, at worst, the very last one; see
    :func:`~newsmodel.batch.read_sources`).

    Args:
        results: What :func:`~newsmodel.batch.read_many` yields.
        stream: A text stream, e.g. ``open(path, "a", encoding="utf-8")``.
        format: ``"json"`` (newsmodel JSON, the default) or ``"jsonld"``.

    Raises:
        WriteError: ``format`` is not ``json`` or ``jsonld``.

    .. versionadded:: 0.1.0
    """
    if format not in FORMATS:
        raise WriteError(f"batch output is json or jsonld, not {format!r}")
    count = 0
    for result in results:
        stream.write(to_line(result, format) + "\n")
        stream.flush()
        count += 1
    return count

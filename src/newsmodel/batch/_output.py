"""Batch results as JSON Lines: one line per result, each written whole and flushed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from .. import registry
from .._api import write
from ._result import BatchResult, Failure

__all__ = ["JSON_FORMATS", "to_line", "write_jsonl"]

#: The writers whose documents are JSON, nested in a line as JSON; any other writer's
#: document is a JSON string holding its text.
JSON_FORMATS = ("json", "jsonld")


def to_line(
    result: BatchResult, format: str = "json", options: Mapping[str, Any] | None = None
) -> str:
    """One JSON Lines line (without its newline) for ``result``.

    The line is an object: ``source``, then ``url``, ``id`` and ``warnings`` when there
    are any, then either ``document`` (the article as the ``format`` writer writes it,
    with ``options``: for ``json`` and ``jsonld`` the JSON itself, written compact; for
    any other writer a string holding its text) or ``error`` (an object with the
    exception's ``type`` and ``message``).

    Raises:
        UnknownFormatError: ``format`` names no writer.

    .. versionchanged:: 0.1.0
       Any registered writer, and its ``options``.
    """
    registry.get("writers", format)  # an unknown name is the caller's error, not the page's
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
            document = _document(result, format, options or {})
        except Exception as failure:  # a writer's bug is this page's error, not the run's
            error = Failure.of(failure)
        else:
            return f'{json.dumps(head, ensure_ascii=False)[:-1]}, "document": {document}}}'
    assert error is not None
    head["error"] = {"type": error.type, "message": error.message}
    return json.dumps(head, ensure_ascii=False)


def _document(result: BatchResult, format: str, options: Mapping[str, Any]) -> str:
    """The article of ``result`` as JSON text to nest in its line."""
    assert result.article is not None
    if format in JSON_FORMATS:
        return write(result.article, format, **{**options, "indent": None})  # one line
    return json.dumps(write(result.article, format, **options), ensure_ascii=False)


def write_jsonl(
    results: Iterable[BatchResult],
    stream: TextIO,
    *,
    format: str = "json",
    options: Mapping[str, Any] | None = None,
) -> int:
    """Write ``results`` to ``stream`` as JSON Lines; return how many lines were written.

    Each line goes out in one ``write`` call and is flushed, so a run that is interrupted
    leaves whole lines (but for, at worst, the very last one; see
    :func:`~newsmodel.batch.read_sources`).

    Args:
        results: What :func:`~newsmodel.batch.read_many` yields.
        stream: A text stream, e.g. ``open(path, "a", encoding="utf-8")``.
        format: The writer of each article: ``"json"`` (newsmodel JSON, the default),
            ``"jsonld"``, or any other registered writer, whose text is then a JSON
            string in the line (see :func:`to_line`).
        options: The writer's options (``indent`` is always ``None`` for ``json`` and
            ``jsonld``, to keep a document on its line).

    Raises:
        UnknownFormatError: ``format`` names no writer (before anything is written).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       Any registered writer, and its ``options``.
    """
    registry.get("writers", format)
    count = 0
    for result in results:
        stream.write(to_line(result, format, options) + "\n")
        stream.flush()
        count += 1
    return count

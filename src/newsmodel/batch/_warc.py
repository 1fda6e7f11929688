"""The HTML pages in a WARC file, through ``warcio`` (the ``batch`` extra).

A page is a ``response`` record with a 2xx HTTP status and an HTML content type
(``text/html``, ``application/xhtml+xml``); its source is ``"<path>#<offset>"`` (the
record's byte offset in the file, compressed or not), its URL the record's
``WARC-Target-URI``. Its payload is decoded from any transfer or content encoding and
travels to the reader as bytes, so nobody re-opens the WARC.

A WARC file is hostile input like any other: a payload is decoded only up to the input
cap (:mod:`._payload`), a record's headers are read only up to
:data:`~newsmodel.limits.WARC_MAX_HEADER_BYTES`, and damage (a cut, garbage, a file
that is no WARC) ends the file with one failed result that says where, after the pages
before it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any, BinaryIO

from .. import limits
from ..source import oversized
from ._payload import payload
from ._result import BatchResult, Failure, Page

__all__ = ["HTML_TYPES", "pages"]

HTML_TYPES = ("text/html", "application/xhtml+xml")

#: Compressed bytes warcio inflates at a time. Inflated, they can be a thousand times as
#: many, so this bounds what one step costs: about 4 MB (a record's own gzip member is
#: usually smaller than this, so reading is no slower than with warcio's 16 KB).
READ_BLOCK = 4 * 1024


class _DamageError(Exception):
    """The WARC file is damaged at ``offset``: ``problem`` says how."""

    def __init__(self, problem: str, offset: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.offset = offset


def pages(path: str) -> Iterator[Page | BatchResult]:
    """Yield the HTML pages of the WARC (or gzipped WARC) at ``path``.

    A page longer than :data:`~newsmodel.limits.MAX_INPUT_BYTES` is a failed result of
    its own. A file that cannot be opened, is no WARC file or is damaged gives one failed
    result for ``path`` (after the pages read before the damage); so does a file with no
    HTML page, so that every WARC file has a line.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError:
        message = (
            "reading WARC files needs warcio: pip install warcio "
            "(or, in a checkout of newsmodel, pip install '.[batch]')"
        )
        yield BatchResult(path, error=Failure("ImportError", message))
        return
    try:
        with open(path, "rb") as stream:
            yield from _pages_in(path, stream, ArchiveIterator(stream, block_size=READ_BLOCK))
    except OSError as error:
        yield BatchResult(path, error=Failure.of(error))


class _HeaderBudget:
    """Holds warcio to :data:`~newsmodel.limits.WARC_MAX_HEADER_BYTES` of lines per record.

    warcio reads a header line whole however long it is, and a header block to its end
    however many lines it has, so a small gzip member can unfold into gigabytes of
    headers. The budget wraps the reader's ``readline``, which all of warcio's header
    parsing goes through, and is lifted while a payload is read (whose own bound is the
    input cap).
    """

    def __init__(self, records: Any) -> None:
        self._records = records
        self._readline = records.reader.readline
        records.reader.readline = self.readline
        self._left = limits.WARC_MAX_HEADER_BYTES
        self._lifted = False

    def reset(self) -> None:
        self._left = limits.WARC_MAX_HEADER_BYTES

    @contextlib.contextmanager
    def lifted(self) -> Iterator[None]:
        self._lifted = True
        try:
            yield
        finally:
            self._lifted = False
            self.reset()

    def readline(self, length: int | None = None) -> bytes:
        if self._lifted:
            return bytes(self._readline(length))
        most = self._left + 1 if length is None else min(length, self._left + 1)
        line = bytes(self._readline(most))
        self._left -= len(line)
        if self._left < 0:
            problem = f"headers longer than {limits.WARC_MAX_HEADER_BYTES} bytes"
            raise _DamageError(problem, self._records.offset)
        return line


def _pages_in(path: str, stream: BinaryIO, records: Any) -> Iterator[Page | BatchResult]:
    count = found = 0
    budget = _HeaderBudget(records)
    try:
        for record in records:
            budget.reset()  # for the blank lines after it and the next record's headers
            page = _page(path, record, records, budget)
            count += 1
            if page is not None:
                found += 1
                yield page
        if records.offset < os.fstat(stream.fileno()).st_size:  # a gzip member cut short
            raise _DamageError("a record cut short", records.offset)
    except _DamageError as damage:
        yield _damaged(path, damage.problem, damage.offset, count)
    except Exception:  # warcio raises many unrelated types for a record it cannot parse
        yield _damaged(path, "no WARC record", records.offset, count)
    else:
        if not found:
            message = f"no HTML page in this WARC file ({count} {_records(count)})"
            yield BatchResult(path, error=Failure("ReadError", message))


def _page(
    path: str, record: Any, records: Any, budget: _HeaderBudget
) -> Page | BatchResult | None:
    """The page ``record`` holds, a failed result if it is too long, or ``None``.

    Raises:
        _DamageError: The record has no length, or the file ends inside it.
    """
    if record.format != "warc":  # warcio takes a line of five words for an ARC record
        raise _DamageError("no WARC record", records.offset)
    if record.length is None:
        raise _DamageError("a record without a Content-Length", records.offset)
    is_page = _is_page(record)
    with budget.lifted():
        content = payload(record, limits.MAX_INPUT_BYTES) if is_page else b""
    offset = records.get_record_offset()  # read to the end of the record
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise _DamageError("a record cut short", offset)
    if not is_page:
        return None
    source = f"{path}#{offset}"
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or None
    if content is None:
        error = oversized(source)
        return BatchResult(source, url=uri, id=record_id, error=Failure.of(error))
    return Page(source, content, url=uri, id=record_id, format="html")


def _damaged(path: str, problem: str, offset: int, count: int) -> BatchResult:
    if count == 0 and offset == 0 and problem == "no WARC record":
        return BatchResult(path, error=Failure("ReadError", "not a WARC file"))
    message = f"damaged WARC file: {problem} at byte {offset}, after {count} {_records(count)}"
    return BatchResult(path, error=Failure("ReadError", message))


def _records(count: int) -> str:
    return "record" if count == 1 else "records"


def _is_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = str(record.http_headers.get_statuscode() or "")
    kind = str(record.http_headers.get_header("Content-Type") or "").split(";")[0]
    return status.startswith("2") and kind.strip().lower() in HTML_TYPES

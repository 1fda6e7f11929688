"""The HTML pages in a WARC file, through ``warcio`` (the ``batch`` extra).

A page is a ``response`` record with a 2xx HTTP status and an HTML content type
(``text/html``, ``application/xhtml+xml``); its source is ``"<path>#<offset>"`` (the
record's byte offset in the file, compressed or not), its URL the record's
``WARC-Target-URI``. Its payload is decoded from any transfer or content encoding and
travels to the reader as bytes, so nobody re-opens the WARC.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._result import BatchResult, Failure, Page

__all__ = ["HTML_TYPES", "pages"]

HTML_TYPES = ("text/html", "application/xhtml+xml")


def pages(path: str) -> Iterator[Page | BatchResult]:
    """Yield the HTML pages of the WARC (or gzipped WARC) at ``path``.

    A file that cannot be opened or parsed gives one failed result for ``path`` (after
    any pages read before the damage).
    """
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError:
        message = "reading WARC files needs warcio: pip install 'newsmodel[batch]'"
        yield BatchResult(path, error=Failure("ImportError", message))
        return
    try:
        with open(path, "rb") as stream:
            records: Any = ArchiveIterator(stream)
            for record in records:
                if _is_page(record):
                    content: bytes = record.content_stream().read()
                    source = f"{path}#{records.get_record_offset()}"  # once the record is read
                    headers = record.rec_headers
                    uri = headers.get_header("WARC-Target-URI") or None
                    record_id = headers.get_header("WARC-Record-ID") or None
                    yield Page(source, content, url=uri, id=record_id, format="html")
    except Exception as error:  # warcio raises several unrelated types for a bad file
        yield BatchResult(path, error=Failure.of(error))


def _is_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = str(record.http_headers.get_statuscode() or "")
    kind = str(record.http_headers.get_header("Content-Type") or "").split(";")[0]
    return status.startswith("2") and kind.strip().lower() in HTML_TYPES

"""newsmodel.batch and `newsmodel batch`: many inputs in, one JSON line per page out."""

from __future__ import annotations

import errno
import gzip
import io
import json
import multiprocessing
import os
import signal
import sys
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsmodel
from newsmodel import Article, Paragraph, UnknownEnricherError, UnknownFormatError, limits
from newsmodel.batch import (
    BatchResult,
    Failure,
    Page,
    _command,
    _inputs,
    _progress,
    _warc,
    _worker,
    max_in_flight,
    read_many,
    read_sources,
    to_line,
    write_jsonl,
)
from newsmodel.cli import main


def page(headline: str) -> str:
    """A small HTML news page the html reader reads into an article."""
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        f"<p>{headline}: the full story, told in one short paragraph.</p>"
        "</article></body></html>"
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A directory: two HTML pages, our JSON in a subdirectory, a hidden and a bad file."""
    root = tmp_path / "pages"
    (root / "world").mkdir(parents=True)
    (root / "a.html").write_text(page("Harbour reopens"), encoding="utf-8")
    (root / "c.html").write_text(page("Bridge closes"), encoding="utf-8")
    (root / "b-broken.html").write_text("<html><body></body></html>", encoding="utf-8")
    (root / ".hidden.html").write_text(page("Hidden"), encoding="utf-8")
    article = Article(headline="Ferry resumes")
    (root / "world" / "ferry.json").write_text(newsmodel.write(article), encoding="utf-8")
    return root


def html_response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    status: str = "200 OK",
    kind: str = "text/html; charset=utf-8",
    *,
    headers: tuple[tuple[str, str], ...] = (),
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", kind), *headers], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
    )
    writer.write_record(record)


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    """A gzipped WARC: two article pages, an image, a redirect and a request record."""
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        html_response(writer, "https://example.org/harbour", page("Harbour reopens").encode())
        html_response(writer, "https://example.org/logo.png", b"\x89PNG", kind="image/png")
        html_response(writer, "https://example.org/old", b"<html></html>", "301 Moved")
        request = writer.create_warc_record(
            "https://example.org/bridge",
            "request",
            payload=io.BytesIO(REQUEST),
            length=len(REQUEST),
        )
        writer.write_record(request)
        html_response(writer, "https://example.org/bridge", page("Bridge closes").encode())
    return path


REQUEST = b"GET /bridge HTTP/1.1\r\nHost: example.org\r\n\r\n"


def lines_of(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


class TestFiles:
    """Directories are read recursively in name order, hidden entries skipped; globs expand;
    each result names its file, and the format is recognised unless forced."""

    def test_directory(self, pages: Path) -> None:
        results = list(read_many([pages], jobs=1))
        assert [r.source for r in results] == [
            str(pages / "a.html"),
            str(pages / "b-broken.html"),
            str(pages / "c.html"),
            str(pages / "world" / "ferry.json"),
        ]
        assert [r.article.headline for r in results if r.article] == [
            "Harbour reopens",
            "Bridge closes",
            "Ferry resumes",
        ]

    def test_glob_and_path(self, pages: Path) -> None:
        results = list(read_many([f"{pages}/**/*.json", pages / "c.html"], jobs=1))
        assert [r.source for r in results] == [
            str(pages / "world" / "ferry.json"),
            str(pages / "c.html"),
        ]
        assert all(r.ok for r in results)

    def test_glob_matching_nothing_is_an_error(self, tmp_path: Path) -> None:
        [result] = read_many([f"{tmp_path}/*.html"], jobs=1)
        assert result.error == Failure("ReadError", "no file matches")

    def test_forced_format(self, pages: Path) -> None:
        results = {r.source: r for r in read_many([pages], format="json", jobs=1)}
        assert results[str(pages / "world" / "ferry.json")].ok
        assert results[str(pages / "a.html")].error is not None

    def test_unknown_format_fails_before_reading(self, pages: Path) -> None:
        with pytest.raises(UnknownFormatError):
            read_many([pages], format="nonesuch")

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_enrichers(self, jobs: int) -> None:
        story = Page("p", page("Minister of Transport Nour Aziz said so"), format="html")
        [result] = read_many([story], jobs=jobs, enrich=["people"])
        assert result.article is not None
        assert [person.name for person in result.article.mentions] == ["Nour Aziz"]

    def test_unknown_enricher_fails_before_reading(self, pages: Path) -> None:
        with pytest.raises(UnknownEnricherError):
            read_many([pages], enrich=["nobody"])

    def test_pages_in_memory(self) -> None:
        [result] = read_many(
            [Page("db:7", page("Harbour reopens"), url="https://example.org/7", id="7")], jobs=1
        )
        assert result.article is not None
        assert result.article.url == "https://example.org/7"
        assert (result.source, result.id) == ("db:7", "7")


def input_error(path: Path | str, reason: str) -> BatchResult:
    """The line for an input that cannot be read at all."""
    return BatchResult(
        str(path), error=Failure("ReadError", f"cannot read input in {path}: {reason}")
    )


@pytest.fixture
def looped(tmp_path: Path) -> Path:
    """A directory with a page and two links back into itself (``self``, ``up``)."""
    root = tmp_path / "looped"
    root.mkdir()
    (root / "a.html").write_text(page("Harbour reopens"), encoding="utf-8")
    (root / "self").symlink_to(".")
    (root / "up").symlink_to(f"../{root.name}")
    return root


@pytest.fixture
def odd(tmp_path: Path) -> Path:
    """A directory of things that are no regular files: a broken link, a FIFO, a device."""
    root = tmp_path / "odd"
    root.mkdir()
    (root / "broken.html").symlink_to(root / "gone.html")
    os.mkfifo(root / "fifo.html")
    (root / "null.html").symlink_to(os.devnull)
    return root


class TestHostileFiles:
    """Every input has a line and none loops or blocks: each directory is walked once per
    input (a link back to one is an error line of its own), and a broken link, a FIFO or a
    device is an error line, never opened, whether named, in a directory or matched."""

    ODD = (
        ("broken.html", "broken symbolic link"),
        ("fifo.html", "not a regular file (a FIFO)"),
        ("null.html", "not a regular file (a character device)"),
    )

    def test_a_directory_linked_into_itself_is_read_once(
        self, looped: Path, pages: Path, tmp_path: Path
    ) -> None:
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(looped), str(pages / "c.html"), "-j", "1", "-o", str(out)]) == 0
        lines = lines_of(out)
        assert [line["source"] for line in lines] == [
            str(looped / "a.html"),
            str(looped / "self"),
            str(looped / "up"),
            str(pages / "c.html"),
        ]
        reason = "directory already read (a link loop, or a second link to it)"
        assert lines[1]["error"] == {
            "type": "ReadError",
            "message": f"cannot read input in {looped / 'self'}: {reason}",
        }
        assert "document" in lines[0]
        assert "document" in lines[3]

    def test_a_glob_searches_each_directory_once(self, looped: Path) -> None:
        results = list(read_many([f"{looped}/**/*.html", f"{looped}/**"], jobs=1))
        assert [r.source for r in results] == [
            str(looped / "a.html"),  # the first pattern: once, not once per level of links
            str(looped / "a.html"),  # the second: the directory, read whole
            str(looped / "self"),
            str(looped / "up"),
        ]

    def test_a_directory_two_matches_reach_is_read_once(self, looped: Path) -> None:
        results = list(read_many([f"{looped}/[su]*"], jobs=1))
        assert [(r.source, r.ok) for r in results] == [
            (str(looped / "self" / "a.html"), True),
            (str(looped / "self" / "self"), False),
            (str(looped / "self" / "up"), False),
            (str(looped / "up"), False),  # already read, as self
        ]

    @pytest.mark.parametrize(("name", "reason"), ODD)
    def test_odd_files_by_name(self, odd: Path, name: str, reason: str) -> None:
        assert list(read_many([odd / name], jobs=1)) == [input_error(odd / name, reason)]

    def test_odd_files_in_a_directory_and_a_glob(self, odd: Path) -> None:
        expected = [input_error(odd / name, reason) for name, reason in self.ODD]
        assert list(read_many([odd], jobs=1)) == expected
        assert list(read_many([f"{odd}/*.html"], jobs=1)) == expected

    def test_odd_files_with_workers(self, odd: Path) -> None:
        expected = [input_error(odd / name, reason) for name, reason in self.ODD]
        assert list(read_many([odd], jobs=2)) == expected

    def test_a_missing_file(self, tmp_path: Path) -> None:
        [result] = read_many([tmp_path / "gone.html"], jobs=1)
        assert result == input_error(tmp_path / "gone.html", "No such file or directory")

    def test_an_unreadable_directory(self, pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        real = os.scandir
        locked = str(pages / "world")

        def scandir(path: str) -> Any:  # chmod 0 does not stop root, who runs CI
            if os.fspath(path) == locked:
                raise PermissionError(errno.EACCES, "Permission denied", path)
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
        results = list(read_many([pages], jobs=1))
        assert results[-1] == input_error(pages / "world", "Permission denied")

    def test_an_empty_directory_and_an_empty_jsonl_file(self, tmp_path: Path) -> None:
        (tmp_path / "empty").mkdir()
        (tmp_path / "empty" / ".hidden.html").write_text(page("Hidden"), encoding="utf-8")
        (tmp_path / "blank.jsonl").write_text("\n\n", encoding="utf-8")
        assert list(read_many([tmp_path / "empty", tmp_path / "blank.jsonl"], jobs=1)) == [
            BatchResult(
                str(tmp_path / "empty"), error=Failure("ReadError", "no file in it to read")
            ),
            BatchResult(
                str(tmp_path / "blank.jsonl"),
                error=Failure("ReadError", "no line in this JSON Lines file"),
            ),
        ]

    def test_a_deep_tree(self, tmp_path: Path) -> None:
        deep = tmp_path
        for _ in range(1500):  # deeper than Python's recursion limit
            deep = deep / "d"
            deep.mkdir()
        (deep / "a.html").write_text(page("Harbour reopens"), encoding="utf-8")
        try:
            [result] = read_many([tmp_path / "d"], jobs=1)
            assert result.source == str(deep / "a.html")
            [result] = read_many([f"{tmp_path}/**/*.html"], jobs=1)
            assert result.source == str(deep / "a.html")
        finally:  # shutil.rmtree, which pytest cleans up with, recurses
            (deep / "a.html").unlink()
            while deep != tmp_path:
                deep.rmdir()
                deep = deep.parent


class TestWarc:
    """A WARC's HTML responses with a 2xx status are pages, named by file and record offset,
    with the target URI as their URL and the record id as their id."""

    def test_html_responses(self, warc: Path) -> None:
        results = list(read_many([warc], jobs=1))
        assert [r.url for r in results] == [
            "https://example.org/harbour",
            "https://example.org/bridge",
        ]
        assert [r.article.headline for r in results if r.article] == [
            "Harbour reopens",
            "Bridge closes",
        ]
        assert results[0].article is not None
        assert results[0].article.url == "https://example.org/harbour"
        assert all(r.id and r.id.startswith("<urn:uuid:") for r in results)

    def test_source_is_the_record_offset(self, warc: Path) -> None:
        for result in read_many([warc], jobs=1):
            path, _, offset = result.source.rpartition("#")
            assert path == str(warc)
            with warc.open("rb") as stream:
                stream.seek(int(offset))
                record = next(iter(ArchiveIterator(stream)))
                assert record.rec_headers.get_header("WARC-Target-URI") == result.url

    def test_damaged_warc_is_an_error_for_the_file(self, warc: Path, tmp_path: Path) -> None:
        damaged = tmp_path / "damaged.warc"
        damaged.write_bytes(b"not a WARC record\r\n" * 3)
        results = list(read_many([damaged, warc], jobs=1))
        assert results[0].source == str(damaged)
        assert results[0].error == Failure("ReadError", "not a WARC file")
        assert [r.ok for r in results[1:]] == [True, True]


def chunked(body: bytes) -> bytes:
    """``body`` in HTTP chunked transfer encoding, as one chunk."""
    return b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)


def gzipped(*parts: bytes | tuple[bytes, int]) -> bytes:
    """``parts`` gzipped, a ``(block, count)`` part standing for ``block`` repeated
    ``count`` times: many megabytes into a few kilobytes, never held whole."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    packed = []
    for part in parts:
        block, count = part if isinstance(part, tuple) else (part, 1)
        packed += [packer.compress(block) for _ in range(count)]
    return b"".join([*packed, packer.flush()])


def zeros_gzipped(size: int) -> bytes:
    """``size`` zero bytes (a multiple of a megabyte), gzipped."""
    return gzipped((bytes(MEGABYTE), size // MEGABYTE))


MEGABYTE = 1024 * 1024


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


class TestHostileWarc:
    """A WARC payload is decoded at most up to the input cap, so a decompression bomb is an
    error line for its record and the next records are read; damage (a cut, garbage, a
    file that is no WARC) ends the file with one error line that says where, after the
    pages before it; a WARC file with no page has a line saying so."""

    STORY = page("Harbour reopens").encode()

    @pytest.mark.parametrize(
        ("headers", "body"),
        [
            ((("Content-Encoding", "gzip"),), gzip.compress(STORY)),
            ((("Content-Encoding", "deflate"),), zlib.compress(STORY)),
            ((("Content-Encoding", "deflate"),), raw_deflate(STORY)),
            ((("Transfer-Encoding", "chunked"),), chunked(STORY)),
            (
                (("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")),
                chunked(gzip.compress(STORY)),
            ),
            ((("Content-Encoding", "gzip"),), STORY),  # mislabelled: taken as it is
            ((("Content-Encoding", "x-unknown"),), STORY),
        ],
        ids=["gzip", "deflate", "raw-deflate", "chunked", "chunked-gzip", "mislabelled", "other"],
    )
    def test_encoded_payloads_are_decoded(
        self, tmp_path: Path, headers: tuple[tuple[str, str], ...], body: bytes
    ) -> None:
        path = tmp_path / "encoded.warc.gz"
        with path.open("wb") as out:
            html_response(
                WARCWriter(out, gzip=True), "https://example.org/h", body, headers=headers
            )
        [result] = read_many([path], jobs=1)
        assert result.article is not None
        assert result.article.headline == "Harbour reopens"

    def test_brotli_payload_is_decoded(self, tmp_path: Path) -> None:
        brotli = pytest.importorskip("brotli")
        path = tmp_path / "encoded.warc"
        with path.open("wb") as out:
            body = brotli.compress(self.STORY)
            headers = (("Content-Encoding", "br"),)
            html_response(
                WARCWriter(out, gzip=False), "https://example.org/h", body, headers=headers
            )
        [result] = read_many([path], jobs=1)
        assert result.ok

    @pytest.mark.parametrize("transfer", ["plain", "chunked"])
    def test_a_decompression_bomb_is_one_error_line(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, transfer: str
    ) -> None:
        monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 100_000)  # a 100 MB bomb is slow to build
        bomb = zeros_gzipped(32 * 1024 * 1024)
        headers = [("Content-Encoding", "gzip")]
        if transfer == "chunked":
            bomb, headers = chunked(bomb), [*headers, ("Transfer-Encoding", "chunked")]
        path = tmp_path / "bomb.warc.gz"
        with path.open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            html_response(writer, "https://example.org/bomb", bomb, headers=tuple(headers))
            html_response(writer, "https://example.org/h", self.STORY)
        assert path.stat().st_size < 100_000
        tracemalloc.start()
        try:
            bomb_page, story = _warc.pages(str(path))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 4 * 1024 * 1024  # bounded by the cap and a block, not the 32 MB
        assert isinstance(bomb_page, BatchResult)
        assert bomb_page.source == f"{path}#0"
        assert bomb_page.url == "https://example.org/bomb"
        assert bomb_page.error == Failure(
            "ReadError",
            f"cannot read input in {path}#0: input is larger than 100000 bytes"
            " (newsmodel.limits.MAX_INPUT_BYTES)",
        )
        assert isinstance(story, Page)
        assert story.content == self.STORY

    @pytest.mark.parametrize(
        ("warc_headers", "http_headers"),
        [
            ((b"X-Big: ", (b"a" * MEGABYTE, 64), b"\r\n"), ()),
            (((b"X-Many: a\r\n" * (MEGABYTE // 11), 64),), ()),
            ((b"X-Folded: a\r\n", (b" a\r\n" * (MEGABYTE // 4), 64)), ()),
            ((), (b"X-Big: ", (b"a" * MEGABYTE, 64), b"\r\n")),
        ],
        ids=["long-line", "many-lines", "folded-lines", "long-http-line"],
    )
    def test_a_header_bomb_is_damage(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        warc_headers: tuple[bytes | tuple[bytes, int], ...],
        http_headers: tuple[bytes | tuple[bytes, int], ...],
    ) -> None:
        monkeypatch.setattr(limits, "WARC_MAX_HEADER_BYTES", 10_000)
        status = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        block = (status, *http_headers, b"\r\n")
        length = sum(len(p) if isinstance(p, bytes) else len(p[0]) * p[1] for p in block)
        path = tmp_path / "headers.warc.gz"
        path.write_bytes(
            gzipped(
                b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/\r\n",
                *warc_headers,
                b"Content-Length: %d\r\n\r\n" % length,
                *block,
                b"\r\n\r\n",
            )
        )
        assert path.stat().st_size < 256 * 1024
        tracemalloc.start()
        try:
            results = list(_warc.pages(str(path)))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 20 * MEGABYTE  # inflated 4 KB at a time (READ_BLOCK), not all 64 MB
        message = "damaged WARC file: headers longer than 10000 bytes at byte 0, after 0 records"
        assert results == [BatchResult(str(path), error=Failure("ReadError", message))]

    def test_headers_within_the_budget(self, warc: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "WARC_MAX_HEADER_BYTES", 600)  # the largest record's take 498
        assert [r.ok for r in read_many([warc], jobs=1)] == [True, True]

    def test_a_payload_of_exactly_the_cap_is_read(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(limits, "MAX_INPUT_BYTES", len(self.STORY))
        path = tmp_path / "exact.warc.gz"
        with path.open("wb") as out:
            headers = (("Content-Encoding", "gzip"),)
            body = gzip.compress(self.STORY)
            html_response(
                WARCWriter(out, gzip=True), "https://example.org/h", body, headers=headers
            )
            html_response(WARCWriter(out, gzip=True), "https://example.org/i", self.STORY + b" ")
        exact, over = _warc.pages(str(path))
        assert isinstance(exact, Page)
        assert exact.content == self.STORY
        assert isinstance(over, BatchResult)
        assert over.error is not None

    def test_a_truncated_file_is_an_error_after_its_pages(
        self, warc: Path, tmp_path: Path
    ) -> None:
        bridge_at = int(list(read_many([warc], jobs=1))[1].source.rpartition("#")[2])
        data = warc.read_bytes()
        for cut in (len(data) - 100, len(data) - 30, bridge_at + 20):
            truncated = tmp_path / "truncated.warc.gz"
            truncated.write_bytes(data[:cut])
            harbour, damage = read_many([truncated], jobs=1)
            assert harbour.ok
            assert damage == BatchResult(
                str(truncated),
                error=Failure(
                    "ReadError",
                    f"damaged WARC file: a record cut short at byte {bridge_at}, after 4 records",
                ),
            )

    def test_garbage_after_the_records(self, warc: Path, tmp_path: Path) -> None:
        data = warc.read_bytes()
        for suffix in (b"garbage\r\n\r\n", bytes(100), gzip.compress(b"junk\r\n" * 10)):
            damaged = tmp_path / "damaged.warc.gz"
            damaged.write_bytes(data + suffix)
            *pages, damage = read_many([damaged], jobs=1)
            assert [p.ok for p in pages] == [True, True]
            assert damage.error == Failure(
                "ReadError",
                f"damaged WARC file: no WARC record at byte {len(data)}, after 5 records",
            )

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            (b"", "no HTML page in this WARC file (0 records)"),
            (page("Harbour reopens").encode(), "not a WARC file"),
            (gzip.compress(page("Harbour reopens").encode()), "not a WARC file"),
            (bytes(range(256)), "not a WARC file"),
        ],
        ids=["empty", "html", "gzipped-html", "binary"],
    )
    def test_a_file_that_is_no_warc_has_one_line(
        self, tmp_path: Path, content: bytes, message: str
    ) -> None:
        path = tmp_path / "named.warc"
        path.write_bytes(content)
        assert list(read_many([path], jobs=1)) == [
            BatchResult(str(path), error=Failure("ReadError", message))
        ]

    def test_a_warc_without_pages_has_one_line(self, tmp_path: Path) -> None:
        path = tmp_path / "images.warc.gz"
        with path.open("wb") as out:
            html_response(
                WARCWriter(out), "https://example.org/a.png", b"\x89PNG", kind="image/png"
            )
        [result] = read_many([path], jobs=1)
        assert result.error == Failure("ReadError", "no HTML page in this WARC file (1 record)")


class TestJsonLines:
    """Each JSONL line with "html" (or a "document") is a page named by file and line
    number; a bad line (not UTF-8, not JSON, neither, longer than the input cap) is an
    error for that line alone."""

    def test_lines(self, tmp_path: Path) -> None:
        path = tmp_path / "pages.jsonl"
        rows = [
            json.dumps({"html": page("Harbour reopens"), "url": "https://example.org/h", "id": 1}),
            "",
            "{not json",
            json.dumps({"url": "https://example.org/no-html"}),
            json.dumps({"html": page("Bridge closes")}),
        ]
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        results = list(read_many([str(path)], jobs=1))
        assert [(r.source, r.ok) for r in results] == [
            (f"{path}:1", True),
            (f"{path}:3", False),
            (f"{path}:4", False),
            (f"{path}:5", True),
        ]
        assert (results[0].url, results[0].id) == ("https://example.org/h", "1")
        assert results[1].error is not None
        assert results[1].error.type == "ReadError"

    def test_documents(self, tmp_path: Path) -> None:
        """A line's "document" (batch's and the portal walk's output) is read as a page."""
        article = Article("Harbour reopens", url="https://example.org/h")
        written = to_line(BatchResult("walk", url=article.url, article=article))
        as_jsonld = to_line(BatchResult("walk", article=article), "jsonld")
        path = tmp_path / "found.jsonl"
        path.write_text(f"{written}\n{as_jsonld}\n" + '{"document": "text"}\n', encoding="utf-8")
        results = list(read_many([path], jobs=1))
        assert results[0].article == article
        assert results[1].article is not None
        assert (results[1].article.headline, results[1].article.url) == (
            article.headline,
            article.url,
        )
        assert results[0].url == "https://example.org/h"
        assert results[2].error == Failure(
            "ReadError", 'not an object with "html" text or a "document" object'
        )

    def test_bad_and_endless_lines(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 1000)
        good = json.dumps({"html": page("Harbour reopens")}).encode()
        assert len(good) <= 1000
        path = tmp_path / "pages.jsonl"
        path.write_bytes(
            b"\n".join([good, b'{"html": "' + b"a" * 5000 + b'"}', b"\xff\xfe not UTF-8", good])
        )
        results = list(read_many([path], jobs=1))
        assert [(r.source, r.ok) for r in results] == [
            (f"{path}:1", True),
            (f"{path}:2", False),
            (f"{path}:3", False),
            (f"{path}:4", True),
        ]
        assert results[1].error == Failure(
            "ReadError",
            f"cannot read input in {path}:2: input is larger than 1000 bytes"
            " (newsmodel.limits.MAX_INPUT_BYTES)",
        )
        assert results[2].error is not None
        assert results[2].error.message.startswith("not JSON: ")


class TestErrors:
    """A failure on one input, a NewsmodelError or any other exception, is a result with
    its source, type and message, and the run goes on."""

    def test_any_exception_is_recorded(self, pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        real = _worker.read

        def flaky(source: newsmodel.Source, **options: Any) -> Article:
            if source.name.endswith("c.html"):
                raise RuntimeError("reader bug")
            return real(source, **options)

        monkeypatch.setattr(_worker, "read", flaky)
        results = list(read_many([pages], jobs=1))
        assert [r.error for r in results] == [
            None,
            Failure(
                "ReadError", f"cannot read html in {pages / 'b-broken.html'}: no article found"
            ),
            Failure("RuntimeError", "reader bug"),
            None,
        ]

    def test_error_lines(self, pages: Path, tmp_path: Path) -> None:
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(pages), "-j", "1", "-o", str(out)]) == 0
        lines = lines_of(out)
        assert len(lines) == 4
        assert lines[1] == {
            "source": str(pages / "b-broken.html"),
            "error": {
                "type": "ReadError",
                "message": f"cannot read html in {pages / 'b-broken.html'}: no article found",
            },
        }

    def test_warnings_are_kept_with_their_page(self) -> None:
        cyrillic = page("Гавань снова открылась").encode("cp1251")  # no charset declared
        [result] = read_many([Page("p", cyrillic, format="html")], jobs=1)
        assert result.ok
        assert result.warnings == (
            "ReadWarning: p: no charset declared and the bytes are not UTF-8; detected cp1251",
        )
        assert json.loads(to_line(result))["warnings"] == list(result.warnings)

    def test_result_has_article_or_error(self) -> None:
        with pytest.raises(ValueError, match="exactly one"):
            BatchResult("x")
        with pytest.raises(ValueError, match="exactly one"):
            BatchResult("x", article=Article(headline="X"), error=Failure("E", "e"))


class TestOutput:
    """Each line is the source (url and id when known) and the article as our JSON or
    JSON-LD, or the error."""

    def test_json_line(self) -> None:
        result = BatchResult("a.html", url="https://example.org/a", article=Article(headline="X"))
        line = json.loads(to_line(result))
        assert list(line) == ["source", "url", "document"]
        assert newsmodel.read(json.dumps(line["document"])) == Article(headline="X")

    def test_jsonld_line(self) -> None:
        line = json.loads(to_line(BatchResult("a", article=Article(headline="X")), "jsonld"))
        assert line["document"]["@type"] == "NewsArticle"

    def test_one_line_per_result(self) -> None:
        stream = io.StringIO()
        results = [BatchResult(f"p{i}", error=Failure("E", "line\nbreak")) for i in range(3)]
        assert write_jsonl(results, stream) == 3
        assert stream.getvalue().count("\n") == 3

    def test_other_writers_give_a_string(self) -> None:
        result = BatchResult("a", article=Article(headline="X", body=[Paragraph("Y.")]))
        line = json.loads(to_line(result, "text", {"width": 40}))
        assert line["document"] == newsmodel.write(result.article, "text", width=40)
        assert newsmodel.read(line["document"], format="text").headline == "X"

    def test_json_writers_stay_on_their_line(self) -> None:
        line = to_line(BatchResult("a", article=Article(headline="X")), "json", {"indent": 2})
        assert "\n" not in line
        assert json.loads(line)["document"]["article"]["headline"] == "X"

    def test_an_unknown_writer_fails_before_writing(self) -> None:
        stream = io.StringIO()
        with pytest.raises(UnknownFormatError):
            write_jsonl([BatchResult("a", article=Article(headline="X"))], stream, format="nope")
        assert stream.getvalue() == ""


FORK_ONLY = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the reader is patched in by fork"
)

#: How long a slow page sleeps: far beyond the time limits the tests set.
FOREVER = 30


def patch_reader(monkeypatch: pytest.MonkeyPatch, **behaviours: Callable[[], object]) -> None:
    """Make the batch reader call ``behaviours[name]`` before reading the page whose
    source ends in ``name`` (workers forked afterwards inherit the patch)."""
    real = _worker.read

    def patched(source: newsmodel.Source, **options: Any) -> Article:
        for name, behaviour in behaviours.items():
            if source.name.endswith(name):
                behaviour()
        return real(source, **options)

    monkeypatch.setattr(_worker, "read", patched)


def pid_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that fails every page with the id of the process reading it."""

    def pid(source: newsmodel.Source, **options: Any) -> Article:
        raise RuntimeError(str(os.getpid()))

    monkeypatch.setattr(_worker, "read", pid)


def stories(count: int) -> list[Page]:
    return [Page(f"page-{i}", page(f"Story {i}"), format="html") for i in range(count)]


class TestJobs:
    """Worker processes give the same lines, in the same (input) order, as one process; a
    worker that dies fails the page it was reading, and only that one."""

    def test_jobs_2_equals_jobs_1(self, pages: Path, warc: Path, tmp_path: Path) -> None:
        one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
        assert main(["batch", str(pages), str(warc), "-j", "1", "-o", str(one)]) == 0
        assert main(["batch", str(pages), str(warc), "-j", "2", "-o", str(two)]) == 0
        assert one.read_bytes() == two.read_bytes()
        assert len(lines_of(one)) == 6

    def test_without_a_time_limit(self, pages: Path) -> None:
        results = list(read_many([pages], jobs=2, time_limit=None))
        assert [r.ok for r in results] == [True, False, True, True]

    @FORK_ONLY
    @pytest.mark.parametrize(
        ("death", "how"),
        [
            (lambda: os._exit(3), "exit status 3"),
            (lambda: os.kill(os.getpid(), signal.SIGKILL), "killed by SIGKILL"),
        ],
        ids=["exit", "kill"],
    )
    def test_a_dead_worker_fails_its_page_only(
        self, monkeypatch: pytest.MonkeyPatch, death: Callable[[], object], how: str
    ) -> None:
        patch_reader(monkeypatch, **{"page-10": death, "page-11": death})
        inputs = stories(40)
        results = list(read_many(inputs, jobs=2))
        assert [r.source for r in results] == [p.source for p in inputs]
        failure = Failure("WorkerError", f"the worker reading it died ({how})")
        assert [r.error for r in results if not r.ok] == [failure, failure]
        assert [i for i, r in enumerate(results) if not r.ok] == [10, 11]


class TestTimeLimit:
    """A page that takes longer than the time limit is an error line: its worker is killed
    and replaced, and the other pages are read, in order, with no more in flight than
    without it. Reading in this process (jobs=1) has no limit; the command line always
    reads in a worker unless the limit is turned off."""

    @FORK_ONLY
    def test_a_slow_page_fails_alone(self, monkeypatch: pytest.MonkeyPatch) -> None:
        patch_reader(monkeypatch, **{"page-3": lambda: time.sleep(FOREVER)})
        pulled = outstanding = 0

        def inputs() -> Iterator[Page]:
            nonlocal pulled
            for story in stories(60):
                pulled += 1
                yield story

        results = []
        for result in read_many(inputs(), jobs=2, time_limit=1):
            outstanding = max(outstanding, pulled - len(results))
            results.append(result)
        assert [r.source for r in results] == [f"page-{i}" for i in range(60)]
        assert results[3].error == Failure("TimeoutError", "reading took longer than 1 s")
        assert [i for i, r in enumerate(results) if not r.ok] == [3]
        assert outstanding <= max_in_flight(2)

    @FORK_ONLY
    def test_the_command_line_limits_one_job_too(
        self, monkeypatch: pytest.MonkeyPatch, pages: Path, tmp_path: Path
    ) -> None:
        patch_reader(monkeypatch, **{"a.html": lambda: time.sleep(FOREVER)})
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(pages), "-j", "1", "--time-limit", "1", "-o", str(out)]) == 0
        lines = lines_of(out)
        assert lines[0]["error"] == {
            "type": "TimeoutError",
            "message": "reading took longer than 1 s",
        }
        assert ["document" in line for line in lines] == [False, False, True, True]

    @FORK_ONLY
    @pytest.mark.parametrize(
        ("args", "here"),
        [
            (["-j", "1"], False),
            (["-j", "1", "--time-limit", "2.5"], False),
            (["-j", "1", "--time-limit", "0"], True),
            (["-j", "2", "--time-limit", "0"], False),
        ],
    )
    def test_where_the_command_line_reads(
        self,
        monkeypatch: pytest.MonkeyPatch,
        pages: Path,
        tmp_path: Path,
        args: list[str],
        here: bool,
    ) -> None:
        pid_reader(monkeypatch)
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(pages / "a.html"), *args, "-o", str(out)]) == 0
        [line] = lines_of(out)
        assert (line["error"]["message"] == str(os.getpid())) == here

    @FORK_ONLY
    def test_the_api_reads_one_job_here(self, monkeypatch: pytest.MonkeyPatch) -> None:
        pid_reader(monkeypatch)
        [result] = read_many(stories(1), jobs=1)  # what examples/dask_read.py relies on
        assert result.error == Failure("RuntimeError", str(os.getpid()))

    @pytest.mark.parametrize("limit", [0, -1, float("nan")])
    def test_a_limit_must_be_positive(self, limit: float) -> None:
        with pytest.raises(ValueError, match="time_limit"):
            read_many(stories(1), jobs=2, time_limit=limit)

    @pytest.mark.parametrize("limit", ["-1", "soon", "inf", "nan"])
    def test_a_bad_limit_is_a_usage_error(self, limit: str) -> None:
        with pytest.raises(SystemExit) as caught:
            main(["batch", "x", "--time-limit", limit])
        assert caught.value.code == 2


class TestHostileRun:
    """Whatever the inputs, each has its lines and the run completes: loops, broken links,
    FIFOs, damaged and booby-trapped WARC files, a page that never ends and a page that
    kills its worker, all in one run."""

    @FORK_ONLY
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_one_run_of_everything(
        self,
        jobs: str,
        *,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        looped: Path,
        odd: Path,
        warc: Path,
        pages: Path,
    ) -> None:
        patch_reader(
            monkeypatch,
            **{"slow.html": lambda: time.sleep(FOREVER), "killer.html": lambda: os._exit(1)},
        )
        monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 100_000)
        truncated = tmp_path / "truncated.warc.gz"
        truncated.write_bytes(warc.read_bytes()[:-100])
        bomb = tmp_path / "bomb.warc.gz"
        with bomb.open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            headers = (("Content-Encoding", "gzip"),)
            html_response(writer, "https://example.org/b", zeros_gzipped(8 << 20), headers=headers)
            html_response(writer, "https://example.org/h", page("Harbour reopens").encode())
        for name in ("slow.html", "killer.html"):
            (tmp_path / name).write_text(page(name), encoding="utf-8")
        inputs = [
            looped,
            odd / "broken.html",
            odd / "fifo.html",
            truncated,
            bomb,
            tmp_path / "slow.html",
            tmp_path / "killer.html",
            pages / "c.html",
        ]
        out = tmp_path / "out.jsonl"
        args = ["-j", jobs, "--time-limit", "1", "-o", str(out)]
        assert main(["batch", *map(str, inputs), *args]) == 0
        lines = [(line["source"], line.get("error", {}).get("type")) for line in lines_of(out)]
        [story] = [p.source for p in _warc.pages(str(bomb)) if isinstance(p, Page)]
        assert lines == [
            (str(looped / "a.html"), None),
            (str(looped / "self"), "ReadError"),
            (str(looped / "up"), "ReadError"),
            (str(odd / "broken.html"), "ReadError"),
            (str(odd / "fifo.html"), "ReadError"),
            (f"{truncated}#0", None),
            (str(truncated), "ReadError"),
            (f"{bomb}#0", "ReadError"),
            (story, None),
            (str(tmp_path / "slow.html"), "TimeoutError"),
            (str(tmp_path / "killer.html"), "WorkerError"),
            (str(pages / "c.html"), None),
        ]
        assert capsys.readouterr().err == "newsmodel: batch: 4 read, 8 failed\n"


class TestResume:
    """--resume skips inputs whose source has a whole line in the output, and appends."""

    def test_skips_finished_inputs(self, pages: Path, tmp_path: Path) -> None:
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(pages / "a.html"), "-j", "1", "-o", str(out)]) == 0
        assert main(["batch", str(pages), "--resume", "-j", "1", "-o", str(out)]) == 0
        sources = [line["source"] for line in lines_of(out)]
        assert sources == [
            str(pages / "a.html"),
            str(pages / "b-broken.html"),
            str(pages / "c.html"),
            str(pages / "world" / "ferry.json"),
        ]
        assert main(["batch", str(pages), "--resume", "-j", "1", "-o", str(out)]) == 0
        assert len(lines_of(out)) == 4

    def test_unfinished_line_is_cut_and_read_again(self, pages: Path, tmp_path: Path) -> None:
        out = tmp_path / "out.jsonl"
        assert main(["batch", str(pages), "-j", "1", "-o", str(out)]) == 0
        whole = out.read_bytes()
        killed = whole[: whole.rindex(b"\n", 0, -1) + 1] + whole.splitlines()[-1][:20]
        out.write_bytes(killed)
        assert str(pages / "world" / "ferry.json") not in read_sources(out)
        assert main(["batch", str(pages), "--resume", "-j", "1", "-o", str(out)]) == 0
        assert out.read_bytes() == whole

    def test_skip_in_the_api(self, pages: Path) -> None:
        done = {str(pages / "a.html"), str(pages / "c.html")}
        assert len(list(read_many([pages], jobs=1, skip=done))) == 2

    def test_missing_output_has_no_sources(self, tmp_path: Path) -> None:
        assert read_sources(tmp_path / "none.jsonl") == frozenset()


class TestFlatMemory:
    """Inputs are pulled lazily: at no point are more than max_in_flight(jobs) of them
    taken but not yet yielded, however many there are."""

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_bounded_in_flight(self, jobs: int) -> None:
        pulled = 0

        def inputs() -> Iterator[Page]:
            nonlocal pulled
            for i in range(5000):
                pulled += 1
                yield Page(f"page-{i}", page(f"Story {i}"), format="html")

        done = outstanding = 0
        for result in read_many(inputs(), jobs=jobs):
            outstanding = max(outstanding, pulled - done)
            assert result.source == f"page-{done}"
            done += 1
        assert done == 5000
        assert 1 <= outstanding <= max_in_flight(jobs)


class TestCommand:
    """`newsmodel batch` exits 0 when the run completes, even with error lines; 2 for a
    usage mistake; 1 when the run cannot start."""

    def test_stdout_and_summary(self, pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["batch", str(pages), "--to", "jsonld", "-j", "1"]) == 0
        captured = capsys.readouterr()
        lines = [json.loads(line) for line in captured.out.splitlines()]
        assert [line["document"]["@type"] for line in lines if "document" in line] == [
            "NewsArticle"
        ] * 3
        assert captured.err == "newsmodel: batch: 3 read, 1 failed\n"  # no bar: not a TTY

    @pytest.mark.parametrize(
        "args",
        [
            ["batch"],
            ["batch", "x", "--resume"],
            ["batch", "x", "--jobs", "0"],
            ["batch", "x", "--to", "nope"],
            ["batch", "x", "--from", "nonesuch"],
            ["batch", "x", "--enrich", "nobody"],
            ["batch", "x", "-O", "colour=red"],
        ],
    )
    def test_usage_errors_exit_2(
        self, args: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        with pytest.raises(SystemExit) as caught:
            main(args)
        assert caught.value.code == 2
        assert capsys.readouterr().err.splitlines()[-1].startswith("newsmodel batch: error: ")

    def test_any_writer_with_its_options(
        self, pages: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["batch", str(pages), "--to", "TEXT", "-O", "width=30", "-j", "1"]) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        texts = [line["document"] for line in lines if "document" in line]
        assert texts[0] == newsmodel.write(newsmodel.read(pages / "a.html"), "text", width=30)
        assert all(isinstance(text, str) for text in texts)

    def test_enrich(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        (tmp_path / "a.html").write_text(page("Minister of Transport Nour Aziz said so"))
        assert main(["batch", str(tmp_path), "-e", "people", "--to", "jsonld"]) == 0
        [line] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert "Nour Aziz" in json.dumps(line["document"]["mentions"])

    def test_errors_speak_cli(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        (tmp_path / "words.txt").write_text("just words", encoding="utf-8")
        assert main(["batch", str(tmp_path), "-j", "1"]) == 0
        [line] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert "; name it with --from FORMAT (known: " in line["error"]["message"]

    def test_an_output_that_cannot_be_opened_exits_1(
        self, pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["batch", str(pages), "-o", str(tmp_path / "no" / "out.jsonl")]) == 1
        assert capsys.readouterr().err.startswith("newsmodel: error: ")


class TestProgress:
    """A bar on a terminal, through tqdm; none otherwise."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def test_bar_on_a_terminal(self) -> None:
        stream = self.Terminal()
        assert list(_progress.progress(iter(range(3)), stream=stream)) == [0, 1, 2]
        assert "3" in stream.getvalue()

    def test_no_bar_elsewhere(self) -> None:
        stream = io.StringIO()
        assert list(_progress.progress(iter(range(3)), stream=stream)) == [0, 1, 2]
        assert stream.getvalue() == ""

    def test_a_total_and_the_time_left(self) -> None:
        stream = self.Terminal()
        assert list(_progress.progress(iter(range(3)), stream=stream, total=lambda: 3)) == [
            0,
            1,
            2,
        ]
        assert "3/3" in stream.getvalue()
        assert "<00:00" in stream.getvalue()  # elapsed<left

    def test_the_total_is_not_counted_without_a_bar(self) -> None:
        def count() -> int:
            raise AssertionError("counted")

        assert list(_progress.progress(iter(range(3)), stream=io.StringIO(), total=count))

    def test_files_and_directories_are_counted(self, pages: Path) -> None:
        assert _inputs.count([pages]) == 4
        done = frozenset({str(pages / "a.html")})  # skipped in both inputs: 4 + 3 - 2
        assert _inputs.count([pages, str(pages / "*.html")], done) == 5
        assert _inputs.count([str(pages / "nothing*")]) == 1  # the line saying so

    def test_containers_are_not(self, pages: Path, warc: Path) -> None:
        assert _inputs.count([pages, warc]) is None

    def test_the_command_counts(
        self, pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        seen: list[int | None] = []

        def bar(items: Iterator[BatchResult], **options: Any) -> Iterator[BatchResult]:
            seen.append(options["total"]())
            return items

        monkeypatch.setattr(_command, "progress", bar)
        assert main(["batch", str(pages), "-j", "1"]) == 0
        assert seen == [4]

    def test_no_bar_without_tqdm(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "tqdm", None)
        stream = self.Terminal()
        assert list(_progress.progress(iter(range(3)), stream=stream)) == [0, 1, 2]
        assert stream.getvalue() == ""

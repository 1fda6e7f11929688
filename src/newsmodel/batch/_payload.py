"""A WARC record's HTTP payload, de-chunked and decoded, but never more than a limit.

warcio decodes a payload a whole block or a whole chunk at a time, so a few kilobytes of
gzip can become gigabytes in one call. Here every step is bounded: at most ``limit + 1``
bytes are taken from the record, and a decoder is never asked for more than what is left
of ``limit + 1``, whatever the record claims.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

__all__ = ["payload"]

#: Bytes taken from the record at a time.
BLOCK_SIZE = 64 * 1024

#: zlib's window bits for each content encoding it decodes, in the order to try them:
#: "deflate" is meant to be zlib-wrapped, but many servers send it raw.
_ZLIB_WBITS = {"gzip": (31,), "x-gzip": (31,), "deflate": (15, -15)}


def payload(record: Any, limit: int) -> bytes | None:
    """The HTTP payload of the warcio ``record``, or ``None`` if it is longer than ``limit``
    bytes, as stored or decoded.

    Chunked transfer encoding is undone, and a gzip, deflate or (with the ``brotli``
    package) br content encoding decoded. As warcio does, a payload that does not decode
    from its first bytes on is taken as it is (servers mislabel), and an unknown encoding
    is left alone.
    """
    from warcio.bufferedreaders import ChunkedDataReader  # type: ignore[import-untyped]
    from warcio.limitreader import LimitReader  # type: ignore[import-untyped]

    stored: Any = LimitReader(record.raw_stream, limit + 1)
    stream = stored
    if "chunked" in str(record.http_headers.get_header("Transfer-Encoding") or "").lower():
        stream = ChunkedDataReader(stored)  # a chunk at a time, of at most limit + 1
    encoding = str(record.http_headers.get_header("Content-Encoding") or "").strip().lower()
    content = _decoded(stream, _decoders(encoding), limit + 1)
    too_long = len(content) > limit or stored.limit == 0  # limit + 1 taken: more than limit
    return None if too_long else content


class _Decoder(Protocol):
    def decode(self, data: bytes, most: int) -> bytes:
        """At most ``most`` bytes decoded from ``data`` and the input held back before."""

    def holds_input(self) -> bool:
        """Input is held back, to decode before taking more."""

    def finished(self) -> bool:
        """The encoded stream has ended."""


def _decoded(stream: Any, decoders: list[Callable[[], _Decoder]], most: int) -> bytes:
    """Up to ``most`` bytes of ``stream``, decoded by the first of ``decoders`` that can
    decode its start, or as they are if none can."""
    first: bytes = stream.read(BLOCK_SIZE)
    for make in decoders:
        decoder = make()
        try:
            start = decoder.decode(first, most)
        except Exception:  # zlib.error, brotli.error: not in this encoding
            continue
        return start + _rest(stream, decoder, most - len(start))
    return first[:most] + _rest(stream, _Identity(), most - len(first))


def _rest(stream: Any, decoder: _Decoder, most: int) -> bytes:
    parts = []
    while most > 0 and not decoder.finished():
        data = b"" if decoder.holds_input() else stream.read(BLOCK_SIZE)
        if not data and not decoder.holds_input():
            break
        try:
            part = decoder.decode(data, most)
        except Exception:  # damaged further on: keep what decoded, as warcio does
            break
        parts.append(part)
        most -= len(part)
    return b"".join(parts)


def _decoders(encoding: str) -> list[Callable[[], _Decoder]]:
    if encoding in _ZLIB_WBITS:
        return [partial(_Zlib, wbits) for wbits in _ZLIB_WBITS[encoding]]
    if encoding == "br" and _Brotli.available():
        return [_Brotli]
    return []


class _Identity:
    def decode(self, data: bytes, most: int) -> bytes:
        return data[:most]

    def holds_input(self) -> bool:
        return False

    def finished(self) -> bool:
        return False


class _Zlib:
    def __init__(self, wbits: int) -> None:
        self._zlib = zlib.decompressobj(wbits)

    def decode(self, data: bytes, most: int) -> bytes:
        return self._zlib.decompress(self._zlib.unconsumed_tail + data, most)

    def holds_input(self) -> bool:
        return bool(self._zlib.unconsumed_tail)

    def finished(self) -> bool:
        return self._zlib.eof


class _Brotli:
    def __init__(self) -> None:
        import brotli  # type: ignore[import-not-found, import-untyped, unused-ignore]

        self._brotli = brotli.Decompressor()

    @staticmethod
    def available() -> bool:
        """brotli 1.2 or later is installed (earlier ones cannot bound their output)."""
        try:
            import brotli  # type: ignore[import-not-found, import-untyped, unused-ignore]
        except ImportError:
            return False
        return hasattr(brotli.Decompressor, "can_accept_more_data")

    def decode(self, data: bytes, most: int) -> bytes:
        return bytes(self._brotli.process(data, output_buffer_limit=most))

    def holds_input(self) -> bool:
        return not self._brotli.can_accept_more_data()

    def finished(self) -> bool:
        return bool(self._brotli.is_finished())

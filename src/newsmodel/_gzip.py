"""Gzip-compressed input, decompressed within a bound: a few kilobytes of gzip can unfold
into gigabytes, so the output is capped at :data:`newsmodel.limits.MAX_DECOMPRESSED_BYTES`
and zlib is never asked for more than what is left of it."""

from __future__ import annotations

import zlib

from . import limits
from .errors import ReadError

__all__ = ["GZIP_MAGIC", "gunzip"]

#: The first bytes of every gzip member.
GZIP_MAGIC = b"\x1f\x8b"
_GZIP_WBITS = 31
_BLOCK = 64 * 1024


def gunzip(data: bytes, *, format: str, name: str) -> bytes:
    """``data`` decompressed (every member of it, in order).

    Raises:
        ReadError: ``data`` is not gzip, is cut short, or decompresses to more than
            :data:`newsmodel.limits.MAX_DECOMPRESSED_BYTES`.
    """
    cap = limits.MAX_DECOMPRESSED_BYTES
    parts: list[bytes] = []
    size = 0
    rest = data
    while rest:
        decompressor = zlib.decompressobj(_GZIP_WBITS)
        pending = rest
        try:
            while pending and not decompressor.eof:
                part = decompressor.decompress(pending, cap + 1 - size)
                size += len(part)
                if size > cap:
                    raise ReadError(
                        f"decompresses to more than {cap} bytes "
                        "(newsmodel.limits.MAX_DECOMPRESSED_BYTES)",
                        format=format,
                        source=name,
                    )
                parts.append(part)
                pending = decompressor.unconsumed_tail
        except zlib.error as error:
            raise ReadError(f"not valid gzip: {error}", format=format, source=name) from None
        if not decompressor.eof:
            raise ReadError("the gzip data is cut short", format=format, source=name)
        rest = decompressor.unused_data
        if rest and not rest.startswith(GZIP_MAGIC):
            break  # trailing bytes after the last member, as gzip(1) ignores them
    return b"".join(parts)

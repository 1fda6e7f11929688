"""Decode the bytes of an HTML page: BOM, then the charset its transport declared (HTTP's
``Content-Type``), then ``<meta charset>``, then an XHTML page's ``<?xml … encoding=…?>``,
then detection.

The order follows what browsers do (the XML declaration is what they read for XHTML).
A declaration of UTF-16 or UTF-32 found by reading the bytes as ASCII is wrong by that
very fact, and is ignored, as browsers ignore it. A declared charset that does not decode the bytes
(pages lie) falls back to UTF-8 and then to charset-normalizer's detection, and the caller
is told which encoding was used and why.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

__all__ = ["decode_html", "text_encoding"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 in HTML.
_XML_DECLARATION = re.compile(
    rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE
)
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}
_PRESCAN_BYTES = 4096


def decode_html(data: bytes, transport: str | None = None) -> tuple[str, str, str | None]:
    """Decode an HTML page.

    Args:
        data: The page's bytes.
        transport: The encoding its transport declared (see :func:`text_encoding`).

    Returns:
        The text, the encoding used, and a note when the page's own declaration was wrong
        or missing and the encoding had to be detected, or bad bytes were replaced (None
        when the bytes decoded cleanly as the page says).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, "replace"), encoding, None
    notes: list[str] = []
    for declared, where in ((transport, "the HTTP header"), (_declared(data), "the page")):
        if declared:
            try:
                return data.decode(declared), declared, "; ".join(notes) or None
            except UnicodeError:  # UnicodeDecodeError, or a codec such as "undefined"
                notes.append(f"charset {declared} declared in {where} does not fit the bytes")
    note = "; ".join(notes) or None
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    if replaced == 0:
        return text, "utf-8", note
    if replaced <= max(3, len(text) // 1000):  # UTF-8 with a few stray bytes
        return text, "utf-8", f"{note or 'UTF-8'}: replaced {replaced} invalid bytes"
    best = from_bytes(data[: 1 << 20]).best()
    encoding = best.encoding if best is not None else "cp1252"
    reason = note or "no charset declared and the bytes are not UTF-8"
    return data.decode(encoding, "replace"), encoding, f"{reason}; detected {encoding}"


def _declared(data: bytes) -> str | None:
    head = data[:_PRESCAN_BYTES]
    match = _META.search(head) or _XML_DECLARATION.match(head)
    if not match:
        return None
    encoding = text_encoding(match.group(1).decode("ascii", "replace"))
    # a declaration of UTF-16 or UTF-32 read as ASCII disproves itself
    if encoding is None or encoding.startswith(("utf-16", "utf-32")):
        return None
    return encoding


def text_encoding(label: str) -> str | None:
    """Python's name for the text encoding ``label`` names (``"latin1"`` is windows-1252,
    as browsers take it), or None for a label that names none."""
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None
    # "hex", "zlib", "rot13"... are codecs, but not of bytes to text: bytes.decode() refuses
    # them by this flag (CPython's own, set on every codec since 3.4)
    return codec.name if getattr(codec, "_is_text_encoding", True) else None

"""Decode the bytes of an HTML page: BOM, then the charset its transport declared (HTTP's
``Content-Type``), then ``<meta charset>``, then an XHTML page's ``<?xml … encoding=…?>``,
then, for bytes that are not UTF-8, windows-1252 when they read as Latin text in it, then
detection.

The order follows what browsers do (the XML declaration is what they read for XHTML).
A declaration of UTF-16 or UTF-32 found by reading the bytes as ASCII is wrong by that
very fact, and is ignored, as browsers ignore it. A declared charset that does not decode the bytes
(pages lie) falls back to UTF-8 and then to charset-normalizer's detection, and the caller
is told which encoding was used and why.

windows-1252 comes before detection because it is the web's de-facto encoding for
undeclared bytes that are not UTF-8 (WHATWG's default for Western locales), and because
detectors, given a few accented letters in a short text, guess among a dozen Latin code
pages (cp1257, cp775, cp1250) and often wrongly. It is taken only when the text reads as
Latin script in it: words mixing ASCII and accented letters (``déjà``, ``Straße``). Text
in another script (Cyrillic in cp1251, Greek, Hebrew) reads in windows-1252 as words of
accented letters alone (``Ðîññèÿ``), and is left to detection. Central European text
(cp1250, ISO-8859-2) with no declaration may read as windows-1252, with a few letters
wrong: a limit of guessing.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["UNDECLARED", "decode_html", "decode_undeclared", "text_encoding", "wide_encoding"]

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
UNDECLARED = "no charset declared and the bytes are not UTF-8"
# A multibyte UTF-8 sequence: text in UTF-8 with a few stray bytes has many of these, text
# in a single-byte encoding few or none.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# UTF-16 and UTF-32 without a byte-order mark, known by their first character ("<", or
# white space), whose zero bytes no other encoding of XML or HTML starts with
_WIDE_STARTS = (
    (re.compile(rb"^[^\x00]\x00\x00\x00"), "utf-32-le"),
    (re.compile(rb"^\x00\x00\x00[^\x00]"), "utf-32-be"),
    (re.compile(rb"^[^\x00]\x00[^\x00]\x00"), "utf-16-le"),
    (re.compile(rb"^\x00[^\x00]\x00[^\x00]"), "utf-16-be"),
)
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", "replace"), "utf-8-sig", None
    wide = wide_encoding(data)
    if wide is not None:
        return data.decode(wide, "replace"), wide, None
    notes: list[str] = []
    for declared, where in ((transport, "the HTTP header"), (_declared(data), "the page")):
        if declared:
            try:
                return data.decode(declared), declared, "; ".join(notes) or None
            except UnicodeError:  # UnicodeDecodeError, or a codec such as "undefined"
                notes.append(f"charset {declared} declared in {where} does not fit the bytes")
    text, encoding, found = decode_undeclared(data)
    note = "; ".join(notes) or None
    if found is None:
        return text, encoding, note
    return text, encoding, f"{note or UNDECLARED}; {found}"


def decode_undeclared(data: bytes) -> tuple[str, str, str | None]:
    """Decode bytes no usable declaration names the encoding of: as UTF-8 when they are
    (or are with a few stray bytes), else as windows-1252 when they read as Latin text in
    it, else as detected.

    Returns:
        The text, the encoding used, and how it was chosen unless the bytes are valid
        UTF-8.
    """
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    if replaced == 0:
        return text, "utf-8", None
    sequences = len(_UTF8_SEQUENCE.findall(data[: 1 << 20]))
    if sequences >= replaced or (sequences and replaced <= max(3, len(text) // 1000)):
        return text, "utf-8", f"read as UTF-8, {replaced} invalid bytes replaced"
    latin = _as_latin(data)
    if latin is not None:
        return (
            latin,
            "cp1252",
            "read as Latin text in windows-1252",
        )
    # imported when detection is needed: most pages say their charset or are UTF-8
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    encoding = best.encoding if best is not None else "cp1252"
    return data.decode(encoding, "replace"), encoding, f"detected {encoding}"


def _as_latin(data: bytes) -> str | None:
    """``data`` in windows-1252 if it reads as Latin script there: most of its words with
    accented letters have plain ASCII letters too."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: unassigned
        return None
    mixed = alone = 0
    for word in _WORD.findall(text[: 1 << 20]):
        if word.isascii():
            continue
        if any(char.isascii() for char in word):
            mixed += 1
        else:
            alone += 1
    return text if mixed >= alone else None


def wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32, when ``data`` starts with its byte-order mark or, without one,
    with a character the zero bytes show to be in it; else None."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return encoding
    for start, encoding in _WIDE_STARTS:
        if start.match(data[:4]):
            return encoding
    return None


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

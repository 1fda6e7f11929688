"""Parse the broken JSON that real pages put in ``<script type="application/ld+json">``.

Strict JSON is tried first. Only when that fails are the repairs seen in the wild applied,
each one recorded so the caller can say what was done: CDATA and HTML comment wrappers,
JavaScript comments, HTML entities, trailing commas, raw line breaks inside strings, and
several JSON values written one after another.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from ._jsonvalue import whole_number

__all__ = ["LenientJSONError", "loads"]

_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_ENTITY = re.compile(r"&(?:quot|amp|lt|gt|apos|#\d+|#x[0-9a-fA-F]+);")


class LenientJSONError(ValueError):
    """The text is not JSON, even after every repair."""


def loads(text: str) -> tuple[list[Any], list[str]]:
    """Parse ``text`` as one or more JSON values.

    Returns:
        The values in order, and the repairs that were needed (empty for valid JSON).

    Raises:
        LenientJSONError: No repair made it parse (the message is strict JSON's), or a
            number is longer than :data:`newsmodel.limits.MAX_NUMBER_DIGITS`.
        RecursionError: The value is nested too deeply for Python's parser.
    """
    try:
        return _loads(text)
    except LenientJSONError:
        raise
    except ValueError as error:  # a number too long to convert
        raise LenientJSONError(str(error)) from None


def _loads(text: str) -> tuple[list[Any], list[str]]:
    try:
        return [json.loads(text, parse_int=whole_number)], []
    except json.JSONDecodeError as first:
        # the message only: the error itself would hold this frame, and the caller's,
        # in a reference cycle (the page's whole tree freed only by the collector)
        strict_error = f"{first.msg} (line {first.lineno}, column {first.colno})"
    repairs: list[str] = []
    repaired = text
    for name, repair in ((None, None), *_REPAIRS):
        if repair is not None:
            changed = repair(repaired)
            if changed == repaired:
                continue
            repaired = changed
            repairs.append(str(name))
        values = _several(repaired)
        if values is not None:
            if len(values) > 1:
                repairs.append("several values in one script")
            return values, repairs
    raise LenientJSONError(strict_error)


def _several(text: str) -> list[Any] | None:
    """Parse JSON values written one after another, or None if any part is not JSON."""
    decoder = json.JSONDecoder(strict=False, parse_int=whole_number)
    values: list[Any] = []
    index, end = 0, len(text)
    while True:
        while index < end and text[index] in " \t\r\n;,":
            index += 1
        if index >= end:
            return values or None
        try:
            value, index = decoder.raw_decode(text, index)
        except json.JSONDecodeError:
            return None
        values.append(value)


def _strip_wrappers(text: str) -> str:
    return _WRAPPERS.sub("", text.strip())


def _strip_comments(text: str) -> str:
    """Remove ``//`` and ``/* */`` comments outside strings."""
    out: list[str] = []
    index, end = 0, len(text)
    while index < end:
        char = text[index]
        if char == '"':
            close = _string_end(text, index)
            out.append(text[index:close])
            index = close
        elif text.startswith("//", index):
            newline = text.find("\n", index)
            index = end if newline < 0 else newline
        elif text.startswith("/*", index):
            close = text.find("*/", index + 2)
            index = end if close < 0 else close + 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _string_end(text: str, start: int) -> int:
    index = start + 1
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text[index] == '"':
            return index + 1
        else:
            index += 1
    return len(text)


def _unescape_entities(text: str) -> str:
    """Undo HTML escaping of the whole script (``{&quot;headline&quot;: ...}``)."""
    if not _ENTITY.search(text):
        return text
    return html.unescape(text)


def _drop_trailing_commas(text: str) -> str:
    """Remove commas before ``}`` or ``]``, outside strings."""
    out: list[str] = []
    index = 0
    while index < len(text):
        quote = text.find('"', index)
        if quote < 0:
            out.append(_TRAILING_COMMA.sub(r"\1", text[index:]))
            break
        out.append(_TRAILING_COMMA.sub(r"\1", text[index:quote]))
        close = _string_end(text, quote)
        out.append(text[quote:close])
        index = close
    return "".join(out)


_REPAIRS = (
    ("CDATA or comment wrapper", _strip_wrappers),
    ("JavaScript comments", _strip_comments),
    ("HTML entities", _unescape_entities),
    ("trailing commas", _drop_trailing_commas),
)

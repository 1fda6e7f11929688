"""The one place untrusted XML (feeds, sitemaps) is parsed: safe by construction, and
forgiving of broken documents.

libxml2 is told to expand no entity (``resolve_entities=False``: a reference stays a
reference, so "billion laughs" costs nothing), load no DTD and fetch nothing
(``no_network``); without ``huge_tree`` it keeps its limits (at most 256 levels of
nesting, 10 MB in one text). The elements are counted before parsing
(:data:`newsmodel.limits.XML_MAX_ELEMENTS`), so memory stays linear in the input. A parser
is made per call: lxml parsers must not be shared between threads.

A document that is not well-formed is repaired step by step, each repair said in a
:class:`~newsmodel.ReadWarning`:

1. bytes that are not in the declared encoding (or UTF-8, when none is declared) are
   decoded as :func:`~newsmodel._charset.decode_html` finds they are written;
2. HTML's named entities (``&nbsp;``, ``&eacute;``), which XML does not declare, are read
   as their characters;
3. bare ampersands (``AT&T``, ``?a=1&b=2``) are read as ampersands;
4. what is still broken is left to libxml2's recovering parser, which keeps what it can.

A reference to an entity the document declares (or one nobody declares, kept by the
recovering parser) is never expanded: it is read as written, with a warning.
"""

from __future__ import annotations

import html.entities
import re
import warnings

from lxml import etree

from . import limits
from ._charset import decode_html
from .errors import ReadError, ReadWarning
from .source import Source

__all__ = ["parse_xml"]

_HTML_NAMED = {name[:-1]: text for name, text in html.entities.html5.items() if name.endswith(";")}
# a named reference other than XML's own five: HTML's, or undeclared
_NAMED_REFERENCE = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{1,31});")
# An ampersand that starts no reference, named (an XML name, ASCII) or numeric.
_BARE_AMPERSAND = re.compile(rb"&(?!(?:[A-Za-z_][\w.-]{0,63}|#[0-9]{1,8}|#x[0-9A-Fa-f]{1,8});)")
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")
_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([a-zA-Z0-9_:.+-]+)""")
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 and UTF-32 byte-order marks start so
_UTF8_BOM = b"\xef\xbb\xbf"
_MAX_NAMED = 5  # entity names quoted in a warning


def parse_xml(source: Source, data: bytes | None = None, *, format: str) -> etree._Element:
    """The root element of the XML document ``source`` holds (or ``data``, its bytes
    decompressed), repaired where it had to be, with a warning for each repair.

    Raises:
        ReadError: The document has more elements than
            :data:`newsmodel.limits.XML_MAX_ELEMENTS`, or no root element even when
            recovered.
    """
    _check_elements(source, data, format)
    document = _as_utf8(source, data, format)
    document, named = _named_references(document)
    if named:
        _warn(source, format, f"read the HTML entities {named} as their characters")
    root = _parsed(document, source, format)
    _warn_about_entities(root, source, format)
    return root


def _check_elements(source: Source, data: bytes | None, format: str) -> None:
    if data is None and source.decoded:
        elements = source.text.count("<") - source.text.count("</")
    else:
        document = source.data if data is None else data
        elements = document.count(b"<") - document.count(b"</")
    if elements > limits.XML_MAX_ELEMENTS:
        raise ReadError(
            f"holds more than {limits.XML_MAX_ELEMENTS} elements "
            "(newsmodel.limits.XML_MAX_ELEMENTS)",
            format=format,
            source=source.name,
        )


def _parser(*, recover: bool = False) -> etree.XMLParser:
    """A new parser, told the document is UTF-8 (:func:`_as_utf8` made it so)."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
        encoding="utf-8",
    )


def _parsed(document: bytes, source: Source, format: str) -> etree._Element:
    """The document parsed strictly; else with its bare ampersands escaped; else what the
    recovering parser keeps of it."""
    try:
        return _parse(document, _parser())
    except etree.XMLSyntaxError as error:
        first = error
    repaired, count = _BARE_AMPERSAND.subn(b"&amp;", document)
    if count:
        try:
            root = _parse(repaired, _parser())
        except etree.XMLSyntaxError:
            document = repaired  # libxml2's recovery would drop the name after each
        else:
            _warn(source, format, f"read {count} bare '&' as ampersands (XML writes '&amp;')")
            return root
    try:
        recovered: etree._Element | None = _parse(document, _parser(recover=True))
    except etree.XMLSyntaxError:
        recovered = None
    if recovered is None:
        raise ReadError(f"not XML: {_message(first)}", format=format, source=source.name)
    _warn(
        source,
        format,
        f"not well-formed XML ({_message(first)}); read what could be recovered",
    )
    return recovered


def _parse(document: bytes, parser: etree.XMLParser) -> etree._Element:
    return etree.fromstring(document, parser)


def _as_utf8(source: Source, data: bytes | None, format: str) -> bytes:
    """The document as UTF-8 bytes, without its XML declaration (the parser is told
    UTF-8): decoded as it declares, else as it is found to be written, with a warning."""
    if data is None and source.decoded:
        text = source.text
    else:
        data = source.data if data is None else data
        if not data.startswith(_WIDE_BOMS):
            declared = _declared_encoding(data)
            if declared in (None, "utf-8", "utf8") and _is_utf8(data):
                return _DECLARATION.sub(b"", data.removeprefix(_UTF8_BOM), count=1)
        text, encoding, note = decode_html(data)
        if note:
            _warn(source, format, f"{note}; read as {encoding}")
    encoded = text.removeprefix("\ufeff").encode("utf-8", "surrogatepass")
    return _DECLARATION.sub(b"", encoded, count=1)


def _declared_encoding(data: bytes) -> str | None:
    found = _ENCODING.match(data[:512].removeprefix(_UTF8_BOM))
    return found.group(1).decode("ascii").lower() if found else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _named_references(document: bytes) -> tuple[bytes, str]:
    """``document`` with HTML's named references written as numeric ones, and the names."""
    if _NAMED_REFERENCE.search(document) is None:
        return document, ""
    seen: dict[str, None] = {}

    def numeric(found: re.Match[bytes]) -> bytes:
        name = found.group(1).decode("ascii")
        text = _HTML_NAMED.get(name)
        if text is None:
            return found.group()  # not HTML's: left to the parser (an internal DTD's)
        seen[f"&{name};"] = None
        return "".join(f"&#{ord(c)};" for c in text).encode("ascii")

    repaired = _NAMED_REFERENCE.sub(numeric, document)
    names = list(seen)
    shown = ", ".join(names[:_MAX_NAMED]) + (" ..." if len(names) > _MAX_NAMED else "")
    return repaired, shown


def _warn_about_entities(root: etree._Element, source: Source, format: str) -> None:
    """References to entities are never expanded: say so, since they are read as
    written."""
    names = sorted({str(node.text) for node in root.iter(etree.Entity)})
    if names:
        shown = ", ".join(names[:_MAX_NAMED]) + (" ..." if len(names) > _MAX_NAMED else "")
        _warn(source, format, f"refers to entities ({shown}), never expanded; read as written")


def _message(error: etree.XMLSyntaxError) -> str:
    return " ".join(str(error.msg or error).split())


def _warn(source: Source, format: str, message: str) -> None:
    warnings.warn(f"{source.name}: {format}: {message}", ReadWarning, stacklevel=4)

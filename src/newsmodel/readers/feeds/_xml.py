"""The one place feed XML is parsed: safe by construction, and forgiving of broken feeds.

The parser expands no entities, loads no DTD, fetches nothing and keeps libxml2's limits
(``huge_tree`` off: at most 256 levels of nesting, 10 MB in one text). A feed that is not
well-formed is repaired step by step, each repair said in a :class:`~newsmodel.ReadWarning`:

1. HTML's named entities (``&nbsp;``, ``&eacute;``), which XML does not declare, are read
   as their characters;
2. bytes that are not in the declared encoding (or UTF-8, when none is declared) are
   decoded as :func:`~newsmodel._charset.decode_html` finds they are written;
3. bare ampersands (``AT&T``) are read as ampersands;
4. what is still broken is left to libxml2's recovering parser, which keeps what it can.
"""

from __future__ import annotations

import copy
import html.entities
import re
import warnings
from urllib.parse import urljoin

from lxml import etree

from ..._charset import decode_html
from ...errors import ReadError, ReadWarning
from ...source import Source
from ._address import absolute

__all__ = ["based", "markup_in", "parse_feed", "text_in"]

_HTML_NAMED = {name[:-1]: text for name, text in html.entities.html5.items() if name.endswith(";")}
# a named reference other than XML's own five: HTML's, or undeclared
_NAMED_REFERENCE = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{1,31});")
_BARE_AMPERSAND = re.compile(
    rb"&(?!(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,8}|#x[0-9A-Fa-f]{1,8});)"
)
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 and UTF-32 byte-order marks start so
_MAX_NAMED = 5  # entity names quoted in a warning


def _parser(*, recover: bool = False) -> etree.XMLParser:
    """A new parser (lxml parsers must not be shared between threads)."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
        encoding="utf-8",
    )


def parse_feed(source: Source, format: str) -> etree._Element:
    """The feed's root element, repaired where it had to be (with a warning each time).

    Raises:
        ReadError: Nothing could be read: the input holds no element at all.
    """
    data = _as_utf8(source, format)
    data, named = _named_references(data)
    if named:
        _warn(source, format, f"read the HTML entities {named} as their characters")
    try:
        return _parse(data, _parser())
    except etree.XMLSyntaxError as error:
        first = error
    repaired, count = _BARE_AMPERSAND.subn(b"&amp;", data)
    if count:
        try:
            root = _parse(repaired, _parser())
        except etree.XMLSyntaxError:
            data = repaired
        else:
            _warn(source, format, f"read {count} bare '&' as ampersands (XML writes '&amp;')")
            return root
    try:
        recovered: etree._Element | None = _parse(data, _parser(recover=True))
    except etree.XMLSyntaxError:
        recovered = None
    if recovered is None:
        raise ReadError(f"not XML: {_message(first)}", format=format, source=source.name)
    _warn(
        source,
        format,
        f"the feed is not well-formed XML ({_message(first)}); read what could be recovered",
    )
    return recovered


def _parse(data: bytes, parser: etree.XMLParser) -> etree._Element:
    return etree.fromstring(data, parser)


def _as_utf8(source: Source, format: str) -> bytes:
    """The feed as UTF-8 bytes, without its XML declaration (the parser is told UTF-8):
    decoded as the feed declares, else as it is found to be written, with a warning."""
    if source.decoded:
        text = source.text
    else:
        data = source.data
        if not data.startswith(_WIDE_BOMS):
            declared = _declared_encoding(data)
            if declared in (None, "utf-8", "utf8") and _is_utf8(data):
                return _DECLARATION.sub(b"", data.removeprefix(b"\xef\xbb\xbf"), count=1)
        text, encoding, note = decode_html(data)
        if note:
            _warn(source, format, f"{note}; read as {encoding}")
    text = text.removeprefix("\ufeff")
    encoded = text.encode("utf-8", "surrogatepass")
    return _DECLARATION.sub(b"", encoded, count=1)


_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([a-zA-Z0-9_:.+-]+)""")


def _declared_encoding(data: bytes) -> str | None:
    found = _ENCODING.match(data[:512].removeprefix(b"\xef\xbb\xbf"))
    return found.group(1).decode("ascii").lower() if found else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _named_references(data: bytes) -> tuple[bytes, str]:
    """``data`` with HTML's named references written as numeric ones, and the names."""
    if _NAMED_REFERENCE.search(data) is None:
        return data, ""
    seen: dict[str, None] = {}

    def numeric(found: re.Match[bytes]) -> bytes:
        name = found.group(1).decode("ascii")
        text = _HTML_NAMED.get(name)
        if text is None:
            return found.group()  # not HTML's: left to the parser (an internal DTD's)
        seen[f"&{name};"] = None
        return "".join(f"&#{ord(c)};" for c in text).encode("ascii")

    repaired = _NAMED_REFERENCE.sub(numeric, data)
    names = list(seen)
    shown = ", ".join(names[:_MAX_NAMED]) + (" ..." if len(names) > _MAX_NAMED else "")
    return repaired, shown


def _message(error: etree.XMLSyntaxError) -> str:
    return " ".join(str(error.msg or error).split())


def _warn(source: Source, format: str, message: str) -> None:
    warnings.warn(f"{source.name}: {format}: {message}", ReadWarning, stacklevel=4)


def text_in(element: etree._Element) -> str:
    """An element's text, that of the elements inside it included (a title written with
    unescaped markup in it)."""
    if not len(element):
        return element.text or ""
    return "".join(str(text) for text in element.itertext())


def markup_in(element: etree._Element) -> str:
    """What an element holds, as markup: its text, or the elements a feed wrote unescaped
    inside it (``<description><p>...</p></description>``), serialised, namespaces off."""
    if not len(element):
        return element.text or ""
    inner = [_escaped(element.text or "")]
    for child in element:
        if isinstance(child.tag, str):
            copy = _without_namespaces(child)
            inner.append(etree.tostring(copy, encoding="unicode", with_tail=False))
        inner.append(_escaped(child.tail or ""))
    return "".join(inner)


_NAME = re.compile(r"[A-Za-z_][\w.-]*")


def _plain_name(name: str) -> str | None:
    """A tag or attribute name without its namespace or prefix, if that is a name (a
    recovered parse keeps names such as ``a:b:c``)."""
    plain = name.rpartition("}")[2].rpartition(":")[2]
    return plain if _NAME.fullmatch(plain) else None


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _without_namespaces(element: etree._Element) -> etree._Element:
    """A copy of ``element`` with every tag and attribute in no namespace (XHTML content
    read by the HTML parser, which knows no namespaces)."""
    holder = etree.Element("_")
    holder.append(copy.deepcopy(element))
    found = holder[0]
    for node in found.iter():
        if isinstance(node.tag, str):
            node.tag = _plain_name(node.tag) or "span"
            for name in [str(n) for n in node.attrib if "}" in str(n) or ":" in str(n)]:
                value = node.attrib.pop(name)
                plain = _plain_name(name)
                if plain:
                    node.attrib[plain] = value
    etree.cleanup_namespaces(found)
    return found


_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def based(base: str | None, *elements: etree._Element | None) -> str | None:
    """``base`` as each of ``elements`` in turn (outermost first) changes it with its
    ``xml:base``; None while no absolute address is known."""
    for element in elements:
        given = element.get(_BASE) if element is not None else None
        if given and given.strip():
            try:
                base = urljoin(base, given.strip()) if base else given.strip()
            except ValueError:  # a malformed IPv6 host
                continue
    return absolute(base, None)

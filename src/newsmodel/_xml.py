"""The one place untrusted XML (feeds, sitemaps) is parsed: safe by construction, and
forgiving of broken documents.

libxml2 is told to expand no entity (``resolve_entities=False``: a reference stays a
reference, so "billion laughs" costs nothing), load no DTD and fetch nothing
(``no_network``); without ``huge_tree`` it keeps its limits (at most 256 levels of
nesting, 10 MB in one text). The elements are counted before parsing
(:data:`newsmodel.limits.XML_MAX_ELEMENTS`), so memory stays linear in the input. A parser
is made per call: lxml parsers must not be shared between threads.

The encoding is found as RFC 7303 says for XML media types: a byte-order mark first (or,
without one, UTF-16 or UTF-32 as the first character shows), then the charset the
transport declared (:attr:`newsmodel.Source.encoding`, from HTTP's ``Content-Type``), then
the XML declaration, then UTF-8; a warning says where two of them disagree.

A document that is not well-formed is repaired step by step, each repair said in a
:class:`~newsmodel.ReadWarning`:

1. bytes that are in no encoding declared for them are decoded as
   :func:`~newsmodel._charset.decode_undeclared` finds they are written (windows-1252
   for Latin text, else as detected);
2. text before the document (a PHP notice, a stray byte-order mark) is dropped, up to
   the XML declaration or else the first tag;
3. prefixes the document uses but never declares are declared: the well-known ones of
   feeds and sitemaps (``dc:``, ``content:``, ``media:``, ``news:``...) in their usual
   namespaces, so their elements are read, any other in a namespace of its own;
4. HTML's named entities (``&nbsp;``, ``&eacute;``), which XML does not declare, are read
   as their characters;
5. bare ampersands (``AT&T``, ``?a=1&b=2``) are read as ampersands;
6. what is still broken is left to libxml2's recovering parser, which keeps what it can.

A reference to an entity the document declares (or one nobody declares, kept by the
recovering parser) is never expanded, not even a bounded internal one: it is read as
written (``&pub;``), with a warning.
"""

from __future__ import annotations

import html.entities
import re
import warnings

from lxml import etree

from . import limits
from ._charset import UNDECLARED, decode_undeclared, text_encoding, wide_encoding
from .errors import ReadError, ReadWarning
from .source import Source

__all__ = ["parse_xml", "xml_head"]

_HTML_NAMED = {name[:-1]: text for name, text in html.entities.html5.items() if name.endswith(";")}
# a named reference other than XML's own five: HTML's, or undeclared
_NAMED_REFERENCE = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{1,31});")
# An ampersand that starts no reference, named (an XML name, ASCII) or numeric.
_BARE_AMPERSAND = re.compile(rb"&(?!(?:[A-Za-z_][\w.-]{0,63}|#[0-9]{1,8}|#x[0-9A-Fa-f]{1,8});)")
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")
_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([a-zA-Z0-9_:.+-]+)""")
_UTF8_BOM = b"\xef\xbb\xbf"
_MAX_NAMED = 5  # entity names quoted in a warning
_XML_DECLARATION_START = re.compile(rb"<\?xml[\s?]")
_TAG_START = re.compile(rb"<[A-Za-z_!?]")
_JUNK_MAX = 8192  # bytes searched for a declaration that text before the document hides
_USED_PREFIX = re.compile(rb"</?([A-Za-z_][\w.-]*):[A-Za-z_]")
_DECLARED_PREFIX = re.compile(rb"\bxmlns:([A-Za-z_][\w.-]*)\s*=")
_ROOT_NAME = re.compile(
    rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*<[A-Za-z_][\w.:-]*",
    re.DOTALL,
)
# The prefixes feeds and sitemaps use, and the namespaces they stand for.
WELL_KNOWN_PREFIXES = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "georss": "http://www.georss.org/georss",
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "media": "http://search.yahoo.com/mrss/",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "slash": "http://purl.org/rss/1.0/modules/slash/",
    "sy": "http://purl.org/rss/1.0/modules/syndication/",
    "video": "http://www.google.com/schemas/sitemap-video/1.1",
    "wfw": "http://wellformedweb.org/CommentAPI/",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
_MAX_UNKNOWN_PREFIXES = 32  # undeclared prefixes declared; the rest are left to recovery
_UNDECLARED = "urn:newsmodel:undeclared-prefix:"  # + the prefix: a namespace of its own


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
    document, junk = _without_junk(document)
    if junk:
        _warn(source, format, f"dropped {len(junk)} bytes before the XML ({_quoted(junk)})")
    document = _declare_prefixes(document, source, format)
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


def xml_head(source: Source) -> str:
    """The start of the document as :func:`parse_xml` reads it (without any text before
    the XML), for readers to recognise their format by."""
    head = source.head()
    if head.lstrip().startswith("<?xml"):
        return head
    return _without_junk(head.encode("utf-8", "surrogatepass"))[0].decode("utf-8", "replace")


def _as_utf8(source: Source, data: bytes | None, format: str) -> bytes:
    """The document as UTF-8 bytes, without its XML declaration (the parser is told
    UTF-8): decoded in the encoding RFC 7303 finds, else as it is found to be written,
    with a warning."""
    if data is None and source.decoded:
        text = source.text
    else:
        transport = source.encoding if data is None else None  # not a gzip file's
        raw = source.data if data is None else data
        declared = _declared_encoding(raw)
        if (
            transport in (None, "utf-8")
            and declared in (None, "utf-8")
            and wide_encoding(raw) is None
            and _is_utf8(raw)
        ):
            return _DECLARATION.sub(b"", raw.removeprefix(_UTF8_BOM), count=1)
        text = _decoded(raw, transport, declared, source, format)
    encoded = text.removeprefix("\ufeff").encode("utf-8", "surrogatepass")
    return _DECLARATION.sub(b"", encoded, count=1)


def _decoded(
    raw: bytes, transport: str | None, declared: str | None, source: Source, format: str
) -> str:
    """``raw`` decoded by its byte-order mark, else the transport's charset, else its
    declaration, else as found (RFC 7303, section 3), saying where they disagree."""
    marked = "utf-8-sig" if raw.startswith(_UTF8_BOM) else wide_encoding(raw)
    if marked is not None:
        for said, where in ((transport, "the HTTP charset"), (declared, "the XML declaration")):
            if said is not None and _family(said) != _family(marked):
                _warn(
                    source,
                    format,
                    f"{where} says {said}, the bytes are {_family(marked)}; "
                    f"read as {_family(marked)}",
                )
                break
        return raw.decode(marked, "replace")
    notes = []
    if transport is not None:
        try:
            text = raw.decode(transport)
        except UnicodeError:
            notes.append(f"the HTTP charset {transport} does not fit the bytes")
        else:
            if declared is not None and declared != transport:
                _warn(
                    source,
                    format,
                    f"the HTTP charset {transport} and the XML declaration's "
                    f"{declared} disagree; read as {transport}, as RFC 7303 says",
                )
            return text
    if declared is not None:
        try:
            text = raw.decode(declared)
        except UnicodeError:
            notes.append(f"the declared encoding {declared} does not fit the bytes")
        else:
            if notes:
                _warn(source, format, f"{notes[0]}; read as {declared}, as declared")
            return text
    text, _, note = decode_undeclared(raw)
    if note or notes:
        reason = "; ".join(notes) if notes else UNDECLARED
        _warn(source, format, f"{reason}; {note or 'read as UTF-8'}")
    return text


def _family(encoding: str) -> str:
    """``utf-16`` for ``utf-16-le``, ``utf-8`` for ``utf-8-sig``: the encoding, whatever
    its byte order or mark."""
    return encoding.removesuffix("-sig").removesuffix("-le").removesuffix("-be")


def _declared_encoding(data: bytes) -> str | None:
    """The encoding the XML declaration names, as Python names it; None when it names
    none, or UTF-16 or UTF-32 (bytes read as ASCII disprove that)."""
    found = _ENCODING.match(data[:512].removeprefix(_UTF8_BOM))
    if found is None:
        return None
    encoding = text_encoding(found.group(1).decode("ascii"))
    if encoding is None or encoding.startswith(("utf-16", "utf-32")):
        return None
    return encoding


def _without_junk(document: bytes) -> tuple[bytes, bytes]:
    """``document`` without the text before its XML declaration (or else its first tag),
    and that text: PHP notices, stray byte-order marks."""
    start = document.lstrip()
    if start.startswith(b"<?xml"):
        return document, b""
    found = _XML_DECLARATION_START.search(document, 0, _JUNK_MAX)
    if found is None:
        if start.startswith(b"<"):
            return document, b""
        found = _TAG_START.search(document, 0, _JUNK_MAX)
        if found is None:
            return document, b""
    return document[found.start() :], document[: found.start()]


def _quoted(junk: bytes) -> str:
    text = " ".join(junk.decode("utf-8", "replace").replace("\ufeff", " ").split())
    return repr(text[:60] + "...") if len(text) > 60 else repr(text) if text else "white space"


def _declare_prefixes(document: bytes, source: Source, format: str) -> bytes:
    """``document`` with the prefixes it uses but never declares declared on its root."""
    used = _prefixes_used(document)
    if not used:
        return document
    declared = {found.group(1) for found in _DECLARED_PREFIX.finditer(document)}
    missing = sorted(prefix.decode("ascii") for prefix in used - declared - {b"xml", b"xmlns"})
    root = _ROOT_NAME.match(document)
    if not missing or root is None:
        return document
    known = [prefix for prefix in missing if prefix in WELL_KNOWN_PREFIXES]
    # a few at most: libxml2 checks a start tag's declarations against each other
    unknown = [prefix for prefix in missing if prefix not in WELL_KNOWN_PREFIXES]
    unknown = unknown[:_MAX_UNKNOWN_PREFIXES]
    missing = known + unknown
    namespaces = "".join(
        f' xmlns:{prefix}="{WELL_KNOWN_PREFIXES.get(prefix, _UNDECLARED + prefix)}"'
        for prefix in missing
    )
    said = []
    if known:
        said.append(f"{_prefixes(known)} (read in their usual namespaces)")
    if unknown:
        said.append(f"{_prefixes(unknown)} (read in none known)")
    _warn(source, format, f"uses prefixes it never declares: {' and '.join(said)}")
    end = root.end()
    return document[:end] + namespaces.encode("ascii") + document[end:]


def _prefixes_used(document: bytes) -> set[bytes]:
    """The prefixes of the document's tags, outside CDATA sections (HTML pasted from a word
    processor is full of ``<o:p>``): found in one pass, whatever is left unclosed."""
    used: set[bytes] = set()
    position = 0
    while True:
        cdata = document.find(b"<![CDATA[", position)
        end = len(document) if cdata < 0 else cdata
        used.update(found.group(1) for found in _USED_PREFIX.finditer(document, position, end))
        closed = -1 if cdata < 0 else document.find(b"]]>", cdata)
        if closed < 0:
            return used
        position = closed + 3


def _prefixes(names: list[str]) -> str:
    shown = ", ".join(f"{name}:" for name in names[:_MAX_NAMED])
    return shown + (" ..." if len(names) > _MAX_NAMED else "")


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

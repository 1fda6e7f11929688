"""The one place XML parsers are built (sitemaps), with options that make untrusted input
safe.

libxml2 is told to expand no entity (``resolve_entities=False``: a reference stays a
reference, so "billion laughs" costs nothing), load no DTD and fetch nothing
(``no_network``); without ``huge_tree`` it keeps its limits on text size and nests at
most 256 elements deep. The element count is bounded before parsing
(:data:`newsmodel.limits.XML_MAX_ELEMENTS`), so memory stays linear in a small factor of
the input. Broken XML is parsed again in libxml2's recovering mode, with a
:class:`~newsmodel.ReadWarning`. A parser is made per call: lxml parsers must not be
shared between threads.
"""

from __future__ import annotations

import contextlib
import re
import warnings

from lxml import etree

from . import limits
from .errors import ReadError, ReadWarning
from .source import Source

__all__ = ["parse_xml"]

# An ampersand that starts no reference ("?a=1&b=2"), the commonest way XML is broken;
# libxml2's recovery drops the name after it, so it is escaped before recovering.
_BARE_AMPERSAND = r"&(?!(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z_][\w.-]*);)"
_BARE_AMPERSAND_TEXT = re.compile(_BARE_AMPERSAND)
_BARE_AMPERSAND_BYTES = re.compile(_BARE_AMPERSAND.encode("ascii"))
# lxml refuses str input that declares an encoding; text given as str is decoded already.
_XML_DECLARATION = re.compile(r"^[\s\ufeff]*<\?xml[^>]*>", re.IGNORECASE)


def parse_xml(source: Source, data: bytes | None = None, *, format: str) -> etree._Element:
    """The root element of the XML document ``source`` holds (or ``data``, its bytes
    decompressed), read strictly if it can be, else recovering what libxml2 can.

    Raises:
        ReadError: The document has more elements than the cap, or no root element even
            when recovered.
    """
    document: bytes | str
    if data is None and source.decoded:
        document = _XML_DECLARATION.sub("", source.text, count=1)
        elements = document.count("<") - document.count("</")
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
    try:
        root = etree.fromstring(document, _parser(recover=False))
    except (etree.XMLSyntaxError, ValueError) as error:
        root = _recovered(document, source, format, error)
    _warn_about_entities(root, source, format)
    return root


def _parser(*, recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


def _recovered(
    document: bytes | str, source: Source, format: str, error: Exception
) -> etree._Element:
    parser = _parser(recover=True)
    if isinstance(document, str):
        document = _BARE_AMPERSAND_TEXT.sub("&amp;", document)
    else:
        document = _BARE_AMPERSAND_BYTES.sub(b"&amp;", document)
    root = None
    with contextlib.suppress(etree.XMLSyntaxError, ValueError):
        root = etree.fromstring(document, parser)
    if root is None:
        raise ReadError(f"not XML: {_first_line(error)}", format=format, source=source.name)
    warnings.warn(
        f"{source.name} is not well-formed XML ({_first_line(error)}); "
        "read what the parser could recover",
        ReadWarning,
        stacklevel=4,
    )
    return root


def _warn_about_entities(root: etree._Element, source: Source, format: str) -> None:
    """References to entities the document declares are never expanded: say so, since
    they are read as written."""
    names = sorted({str(node.text) for node in root.iter(etree.Entity)})
    if names:
        warnings.warn(
            f"{format}: {source.name} refers to entities ({', '.join(names[:5])}), which are "
            "never expanded; read as written",
            ReadWarning,
            stacklevel=3,
        )


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__

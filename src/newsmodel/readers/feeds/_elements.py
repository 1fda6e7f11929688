"""What a feed's XML elements hold: their text, their markup, the address their
``xml:base`` makes (the document is parsed by :func:`newsmodel._xml.parse_xml`)."""

from __future__ import annotations

import copy
import re
from urllib.parse import urljoin

from lxml import etree

from ._address import absolute

__all__ = ["based", "markup_in", "text_in"]


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

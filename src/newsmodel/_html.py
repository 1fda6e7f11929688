"""The one place HTML parsers are built, with options that make untrusted input safe.

Control characters (but tab, line feed, carriage return and form feed, which is read as a
space) and the non-characters U+FFFE and U+FFFF are removed before parsing, written as
themselves or as numeric references (``&#17;``): HTML gives them no meaning, the model
accepts none in its texts, and lxml raises on them.

libxml2's HTML parser expands no entities, loads no DTD and, with ``no_network``, fetches
nothing; without ``huge_tree`` it keeps its limits on text size and nests at most 255
elements deep; markup past those limits is dropped, not a crash, and a
:class:`~newsmodel.ReadWarning` says so. Inputs are already bounded by
:data:`newsmodel.limits.MAX_INPUT_BYTES`. A parser is made per call: lxml parsers must not
be shared between threads.
"""

from __future__ import annotations

import re
import warnings

import lxml.html
from lxml import etree

from . import limits
from .errors import ReadWarning

__all__ = ["parse_html"]

_SLICE = 4096  # characters of the page searched one tag at a time for the tag budget's end
# lxml refuses text that opens with one, closed or not ("<?xml encoding=''" and no more)
_XML_DECLARATION = re.compile(r"^(?:[\s\ufeff]*<\?xml[^>]*>?)+", re.IGNORECASE)
# Characters libxml2 keeps in the tree but lxml refuses to write back into it, and the model
# refuses in text: C0 controls but tab and line breaks, and the non-characters U+FFFE/FFFF.
# A form feed is white space in HTML, and stays so.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")
# The same, one at a time: ``in`` finds a character in C, a character class is matched in
# Python's regex loop, which costs a quarter of the parse on ordinary pages.
_NOT_XML_CHARACTERS = tuple(chr(c) for c in (*range(9), 11, *range(14, 32), 0xFFFE, 0xFFFF))
_FORM_FEED = re.compile("\x0c")
# The same characters written as numeric references, which libxml2 decodes into the tree:
# decimal or hexadecimal, leading zeros allowed, the semicolon optional.
_NOT_XML_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9])"
    r"|[xX]0*(?:[0-8bcefBCEF]|1[0-9a-fA-F]|[fF]{3}[efEF])(?![0-9a-fA-F]));?"
)
_UNFINISHED_REFERENCE = re.compile(r"&(?:#[xX]?[0-9a-fA-F]*)?$")
# Every element an HtmlElement, chosen in C: lxml.html's own lookup runs Python code for
# each element the reader touches, to give form controls classes of their own that the
# reader never uses.
_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _instead_of(reference: re.Match[str]) -> str:
    """What replaces a reference to a control character: nothing, as for the character
    itself; but a space where the text before it starts a reference of its own
    (``&#&#1;1;``), which removing it would complete, and for a form feed."""
    digits = reference.group().strip("&#;xX").lstrip("0")
    form_feed = digits == "12" if reference.group()[2] not in "xX" else digits.lower() == "c"
    before = reference.string[max(0, reference.start() - 16) : reference.start()]
    return " " if form_feed or _UNFINISHED_REFERENCE.search(before) else ""


def _within_tag_budget(text: str) -> str:
    """``text``, or its start up to the tag past :data:`newsmodel.limits.HTML_MAX_TAGS`,
    with a warning: libxml2's tree takes about 460 bytes an element, so the cap bounds the
    memory a page can take, whatever its size."""
    budget = limits.HTML_MAX_TAGS
    if len(text) <= budget or text.count("<") <= budget:
        return text
    start, end, left = 0, len(text), budget  # the cut lies in text[start:end]
    while end - start > _SLICE:  # halve the span, by counting (in C) the tags in its first half
        middle = (start + end) // 2
        tags = text.count("<", start, middle)
        if tags > left:
            end = middle
        else:
            start, left = middle, left - tags
    cut = start
    for _ in range(left + 1):
        cut = text.index("<", cut) + 1
    warnings.warn(
        f"the page holds more than {budget} tags (newsmodel.limits.HTML_MAX_TAGS); "
        f"the {len(text) - cut + 1} characters past that were not read",
        ReadWarning,
        stacklevel=3,
    )
    return text[: cut - 1]


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse an HTML document (any quality) into an lxml tree rooted at ``<html>``."""
    parser = lxml.html.HTMLParser(
        no_network=True, huge_tree=False, remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(_LOOKUP)
    if any(character in text for character in _NOT_XML_CHARACTERS):
        text = _NOT_XML.sub("", text)
    if "\x0c" in text:
        text = _FORM_FEED.sub(" ", text)
    if "&#" in text and _NOT_XML_REFERENCE.search(text):
        text = _NOT_XML_REFERENCE.sub(_instead_of, text)
    # lxml refuses str input that declares an encoding; the text is decoded already. Taken
    # off last: what was removed above may have stood before a declaration ("&#0;<?xml").
    text = _XML_DECLARATION.sub("", text, count=1)
    text = _within_tag_budget(text)
    if not text.strip():
        text = "<html></html>"
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except etree.ParserError:  # a document with no elements at all, e.g. only a comment
        return lxml.html.document_fromstring("<html></html>", parser=parser)
    passed = {e.message.strip() for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"}
    if passed:
        warnings.warn(
            f"the page goes past the HTML parser's safety limits ({'; '.join(sorted(passed))}); "
            "the markup past that point was not read",
            ReadWarning,
            stacklevel=2,
        )
    return tree

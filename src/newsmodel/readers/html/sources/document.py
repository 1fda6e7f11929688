"""The document itself: ``<html lang>`` and ``<title>``, the last resort for both."""

from __future__ import annotations

from ...._whitespace import collapse
from ..page import Page
from . import Proposals

__all__ = ["html_lang", "title"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def html_lang(page: Page) -> Proposals:
    """The language ``<html lang>`` (or ``xml:lang``) declares."""
    language = page.tree.get("lang") or page.tree.get(_XML_LANG)
    return Proposals("html", {"language": lambda: [language.strip() if language else None]})


def title(page: Page) -> Proposals:
    """The ``<title>``, which usually carries the site's name too (the resolver settles it)."""
    text = page.tree.findtext(".//title")
    return Proposals("title", {"headline": lambda: [collapse(text) if text else None]})

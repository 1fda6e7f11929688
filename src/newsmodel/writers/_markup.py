"""The pieces of markup both HTML writers (an article's page, a portal's front) are made of.

Everything the model holds is written here escaped: text and attribute values with
:func:`html.escape` (quotes too), carriage returns in attribute values as ``&#13;`` (an
HTML parser would read a raw one as a line feed), links only where their scheme is
``http``, ``https`` or ``mailto``, and JSON in a script with ``<``, ``>``, ``&``, U+2028
and U+2029 as ``\\u`` escapes.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from .._model import Organization, Person, Portal, Section
from ._locale import Furniture

__all__ = [
    "attributes",
    "breadcrumbs",
    "escape",
    "iso",
    "link",
    "meta",
    "moment",
    "names",
    "safe_url",
    "script_json",
    "site_header",
]

_CR = "\r"
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_json(document: Any) -> str:
    """JSON to embed in a ``<script>``: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped.

    Those characters appear in JSON only inside strings, where ``\\u`` escapes mean the
    same; so no text can close the script or open a comment in it, and the JSON parses
    back to ``document``.
    """
    text = json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.translate(_SCRIPT_ESCAPES)


def escape(value: str) -> str:
    """Text as HTML, ``&<>"'`` escaped."""
    return html.escape(value, quote=True)


def safe_url(value: str | None) -> str | None:
    """The address, or None where its scheme is not http, https or mailto."""
    if not value:
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value if scheme in _SAFE_SCHEMES else None


def attributes(**values: str | int | None) -> str:
    """Attributes, escaped, in the order given; None values are left out.

    A trailing underscore in a name is dropped (``class_``); ``href`` and ``src`` values
    must have passed :func:`safe_url`. A carriage return is a character reference, which a
    parser keeps as it is (a raw one it reads as a line feed): a value reads back exactly.
    """
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{escape(str(value)).replace(_CR, "&#13;")}"'
        for name, value in values.items()
        if value is not None
    )


def moment(value: dt.datetime | dt.date) -> str:
    """A ``<time>`` element: ISO 8601 in ``datetime``, the same moment shown plainly."""
    if isinstance(value, dt.datetime):
        offset = value.strftime("%z")
        shown = f"{value:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:]}"
    else:
        shown = value.isoformat()
    return f"<time{attributes(datetime=value.isoformat())}>{shown}</time>"


def meta(kind: str, key: str, value: str | int) -> str:
    """A ``<meta>`` tag: ``kind`` is ``name`` (HTML, Twitter) or ``property`` (OpenGraph)."""
    return f"<meta{attributes(**{kind: key, 'content': value})}>"


def iso(value: dt.datetime | dt.date | None) -> str | None:
    """ISO 8601, or None for no value."""
    return value.isoformat() if value is not None else None


def site_header(portal: Portal | None) -> list[str]:
    """The page's ``<header>``: the portal's name (linked home), logo and tagline."""
    if portal is None:
        return []
    lines = ['<header class="site-header">']
    home = safe_url(portal.url)
    name = escape(portal.name)
    lines.append(
        f'<p class="site-title"><a{attributes(href=home)} rel="home">{name}</a></p>'
        if home
        else f'<p class="site-title">{name}</p>'
    )
    logo = safe_url(portal.logo.url) if portal.logo else None
    if portal.logo and logo:
        lines.append(
            f'<img class="site-logo"{attributes(src=logo, alt=portal.name)}'
            f"{attributes(width=portal.logo.width, height=portal.logo.height)}>"
        )
    if portal.tagline:
        lines.append(f'<p class="site-description">{escape(portal.tagline)}</p>')
    lines.append("</header>")
    return lines


def breadcrumbs(section: Section, words: Furniture) -> Iterator[str]:
    """The section's path, top first, as a breadcrumb ``<nav>``."""
    yield f'<nav{attributes(aria_label=words.breadcrumb)} class="breadcrumb">'
    yield "<ol>"
    for crumb in section.path:
        yield f"<li>{link(crumb.name, crumb.url)}</li>"
    yield "</ol>"
    yield "</nav>"


def link(text: str, url: str | None, **extra: str | None) -> str:
    """A link where the address is safe, else the text in a ``<span>``; ``extra`` are
    more attributes of either."""
    address = safe_url(url)
    if address is None:
        return f"<span{attributes(**extra)}>{escape(text)}</span>"
    return f"<a{attributes(href=address, **extra)}>{escape(text)}</a>"


def names(parties: Iterable[Person | Organization], *, rel: str | None = None) -> str:
    """People and organisations, comma-separated, each linked to its page where it has one."""
    shown = []
    for party in parties:
        kind = "person" if isinstance(party, Person) else "organization"
        if safe_url(party.url):
            shown.append(link(party.name, party.url, rel=rel, class_=kind))
        else:
            shown.append(f"<span{attributes(class_=kind)}>{escape(party.name)}</span>")
    return ", ".join(shown)

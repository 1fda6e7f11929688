"""When an RSS title or description is HTML: the one rule the ``rss`` reader reads by and
the ``rss`` writer writes for.

RSS never says whether a title is text or HTML, and feeds send both: ``AT&amp;amp;T``
and ``Line<br>line`` are HTML, ``Using <canvas> in HTML5`` is text. A text is taken as
HTML only when it looks like it, as feedparser decides too: it holds a closing tag
(``</b>``), a line break, rule or image tag (``<br>``, ``<hr/>``, ``<img src=...>``), or
a character reference HTML knows (``&amp;``, ``&#233;``). Anything else is kept as written.

A writer of plain text that would look like HTML (``Write </b> to close``) escapes it once
more as HTML, so that a reader following the rule gives the text back as it was.
"""

from __future__ import annotations

import html
import html.entities
import re

__all__ = ["as_rss_text", "looks_like_html"]

_TAG = re.compile(r"</[A-Za-z][\w:.-]*\s*>|<(?:br|hr|img)(?:\s[^<>]*)?/?>", re.IGNORECASE)
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|([A-Za-z][A-Za-z0-9]*));")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds a closing tag, a ``<br>``, ``<hr>`` or ``<img>`` tag, or a
    character reference HTML defines."""
    if "<" in text and _TAG.search(text):
        return True
    if "&" not in text:
        return False
    return any(
        name is None or f"{name};" in html.entities.html5
        for name in (found.group(1) for found in _REFERENCE.finditer(text))
    )


def as_rss_text(text: str) -> str:
    """``text`` as an RSS title or description holds it (before XML escaping): as it is,
    or HTML-escaped when a reader would otherwise take it for HTML."""
    return html.escape(text, quote=False) if looks_like_html(text) else text

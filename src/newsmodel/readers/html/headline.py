"""The headline without what pages append to it in their markup: the site's name, a
section, a date ("Ferry back - Harbour Herald", "Ferry back | World | 04.09.2025").

Two rules, both needing the page's own words: a part of the title equal to the site's
name is dropped, and where the page's ``<h1>`` is the start of the headline and the rest
begins with a separator, the ``<h1>`` is the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["settle_headline"]

_SEPARATORS = re.compile(r"\s+[|–—:·•-]\s+")
_TRAILER = re.compile(r"^\s*[|–—:·•ㅣ-]")


def settle_headline(headline: str, site: str | None, h1s: Iterable[str]) -> str:
    """``headline`` without the site's name or a trailer the page's ``<h1>`` leaves out."""
    for h1 in h1s:
        if (
            h1
            and h1 != headline
            and headline.startswith(h1)
            and _TRAILER.match(headline[len(h1) :])
        ):
            return h1
    if site:
        parts = _SEPARATORS.split(headline)
        kept = [part for part in parts if part.strip().casefold() != site.strip().casefold()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    return headline

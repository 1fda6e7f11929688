"""Story addresses as news CMSes make them: the host, the section, the day of
publication and a slug of the headline (``https://news.example/world/2024/03/05/
harbour-reopens``), so that pages are served where real stories are, not at a site's
root or at an address made of random path segments."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from .._model import Section

__all__ = ["slug", "story_url"]

_SLUG_CHARACTERS = 60  # CMSes cut long slugs; this keeps an address readable
_WORD = re.compile(r"[^\W_]+")


def slug(text: str) -> str:
    """``text`` as an address segment: its words in lower case joined by hyphens, cut to
    a readable length, percent-encoded outside ASCII (an Arabic slug stays Arabic)."""
    words = _WORD.findall(text.lower())
    joined = "-".join(words)[:_SLUG_CHARACTERS].strip("-")
    return quote(joined, safe="-")


def story_url(
    host: str,
    headline: str,
    *,
    section: Section | None = None,
    published: dt.datetime | dt.date | None = None,
) -> str:
    """The address of a story on ``host``: section, date path where dated, headline."""
    parts = [slug(section.name) if section is not None else ""]
    if published is not None:
        parts.append(f"{published:%Y/%m/%d}")
    parts.append(slug(headline) or "story")
    return f"https://{host}/" + "/".join(part for part in parts if part)

"""Reads HTML news pages: structured metadata first, then the visible page.

See :mod:`newsmodel.readers.html.metadata` for the sources and their precedence, and
:mod:`newsmodel.readers.html.body` for how the body is found.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any

from ..._charset import decode_html
from ..._checks import earlier
from ..._html import parse_html
from ..._model import Article, Section
from ...errors import ReadError, ReadWarning
from ...source import Source
from .body import extract_body
from .comments import comments_in
from .metadata import jsonld_values, page_metadata
from .portal import breadcrumb_section, comments_open, portal_of, related_links

__all__ = ["HtmlReader", "reader"]

_SIGNATURE = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_TITLE_SEPARATORS = re.compile(r"\s+[|–—:-]\s+")


class HtmlReader:
    """The ``html`` reader: one page, one article."""

    def recognizes(self, source: Source) -> bool:
        """True when the input opens like an HTML document."""
        return bool(_SIGNATURE.match(source.head().lstrip("\ufeff")))

    def read_all(self, source: Source) -> Iterator[Article]:
        """Yield the page's article; a page with no headline yields nothing."""
        text, _, note = decode_html(source.data)
        if note:
            warnings.warn(f"{source.name}: {note}", ReadWarning, stacklevel=3)
        tree = parse_html(text)
        values = jsonld_values(tree)
        meta = page_metadata(tree, source.url, values)
        fields: dict[str, Any] = dict(meta.fields)
        # portal structure first: extracting the body removes navigation and comments
        crumbs = breadcrumb_section(tree, values, fields.get("headline"), source.url)
        fields["comments_open"] = comments_open(tree)
        fields["related"] = related_links(tree, source.url)
        if "comments" not in fields:  # JSON-LD comments come first
            fields["comments"] = comments_in(tree)
        fields["portal"] = portal_of(fields.get("site_name"), fields.get("publisher"), source.url)
        body = extract_body(tree, source.url)
        if not body and meta.jsonld is not None:
            body = meta.jsonld.body
        headline = fields.pop("headline", None)
        site = fields.pop("site_name", None)
        if headline and site and meta.provenance.get("headline") == "title":
            headline = _strip_site_name(headline, site)
        if not headline:
            return
        section = fields.pop("section", None)
        if crumbs is not None:
            section = crumbs
        elif isinstance(section, str):
            section = Section(section)
        fields.pop("amp_url", None)
        extra = dict(meta.jsonld.extra) if meta.jsonld is not None else {}
        published, modified = fields.get("date_published"), fields.get("date_modified")
        if published and modified and earlier(modified, published):
            warnings.warn(
                f"{source.name}: date modified ({meta.provenance['date_modified']}) is before "
                f"date published ({meta.provenance['date_published']}); kept in extra",
                ReadWarning,
                stacklevel=3,
            )
            extra["dateModified"] = fields.pop("date_modified").isoformat()
        fields.update(headline=headline, body=body, section=section, url=source.url)
        try:
            yield _build(fields, extra)
        except ValueError as error:
            raise ReadError(str(error), format="html", source=source.name) from error


def _build(fields: dict[str, Any], extra: dict[str, Any]) -> Article:
    """The Article; a language tag the page gets wrong is kept in ``extra`` instead."""
    try:
        return Article(**fields, extra=extra)
    except ValueError:
        if fields.get("language") is None:
            raise
        extra["inLanguage"] = fields.pop("language")
        return Article(**fields, extra=extra)


def _strip_site_name(title: str, site: str) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    kept = [part for part in parts if part.strip().lower() != site.strip().lower()]
    return " - ".join(kept) if kept and len(kept) < len(parts) else title


reader = HtmlReader()

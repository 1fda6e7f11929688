"""``<link rel>``: the canonical address, the AMP version and the author's page."""

from __future__ import annotations

from typing import Any

from ...._checks import absolute_url
from ..page import Page

__all__ = ["Links"]

_RELATIONS = {"canonical": "canonical_url", "amphtml": "amp_url", "author": "author_url"}


class Links:
    """The link relations source: each relation's addresses, in page order."""

    name = "link"

    def __init__(self, page: Page) -> None:
        self._found: dict[str, list[str | None]] = {}
        for link in page.tree.iter("link"):
            for rel in (link.get("rel") or "").lower().split():
                field = _RELATIONS.get(rel)
                if field is not None:
                    self._found.setdefault(field, []).append(
                        absolute_url(link.get("href"), page.url)
                    )

    def propose(self, field: str) -> list[Any]:
        """The addresses linked with the relation for ``field``."""
        return list(self._found.get(field, ()))

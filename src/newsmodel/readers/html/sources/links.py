"""``<link rel>``: the canonical address, the AMP version and the author's page."""

from __future__ import annotations

from ...._checks import absolute_url
from ..page import Page

__all__ = ["Links"]

_RELATIONS = {"canonical_url": "canonical", "amp_url": "amphtml", "author_url": "author"}


class Links:
    """The link relations source: each relation's addresses, in page order."""

    name = "link"

    def __init__(self, page: Page) -> None:
        self._page = page

    def propose(self, field: str) -> list[str | None]:
        """The addresses linked with the relation for ``field``."""
        relation = _RELATIONS.get(field)
        found = self._page.links.get(relation, ()) if relation else ()
        return [absolute_url(href, self._page.url) for href in found]

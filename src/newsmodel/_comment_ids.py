"""A comment's ``@id`` in JSON-LD: its identifier on the portal, placed on the article's page.

A bare identifier (``"c1"``) is a relative IRI: against the page it names another resource
(``…/news/c1``), and two articles' comment ``c1`` become one node. So the JSON-LD writer
names a comment ``<page>#comment-<id>`` (the anchor the HTML writer gives it), or the blank
node ``_:comment-<id>`` when the article has no address; the identifier is percent-encoded
there, so that any identifier makes one valid fragment. The JSON-LD reader takes the
identifier back out of either form.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, unquote

__all__ = ["comment_id", "comment_node_id"]

_ANCHOR = "#comment-"
_BLANK = "_:comment-"


def comment_node_id(identifier: str, page: str | None) -> str:
    """The ``@id`` of the comment ``identifier`` on the article at ``page``."""
    encoded = quote(identifier, safe="")
    return f"{page.split('#', 1)[0]}{_ANCHOR}{encoded}" if page else f"{_BLANK}{encoded}"


def comment_id(node_id: str, pages: Iterable[str | None]) -> str:
    """The comment's identifier in ``node_id``, the ``@id`` of a comment on the article
    whose addresses are ``pages``; any other ``@id`` as it is."""
    prefixes = [_BLANK, *(f"{page.split('#', 1)[0]}{_ANCHOR}" for page in pages if page)]
    for prefix in prefixes:
        if node_id.startswith(prefix) and len(node_id) > len(prefix):
            return unquote(node_id[len(prefix) :])
    return node_id

"""JSON Pointers (RFC 6901), the paths every finding carries."""

from __future__ import annotations

__all__ = ["child"]


def child(path: str, *keys: str | int) -> str:
    """Return the pointer to ``keys`` below ``path``, escaping ``~`` and ``/`` in keys.

    >>> child("/author", 0, "a/b")
    '/author/0/a~1b'
    """
    escaped = (str(key).replace("~", "~0").replace("/", "~1") for key in keys)
    return path + "".join("/" + key for key in escaped)

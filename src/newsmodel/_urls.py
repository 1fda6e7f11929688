"""Addresses as the readers compare and derive them: one page's several spellings of one
address, the site a link belongs to, the site's home page.

Every reader that asks "is this the same page?" or "the same site?" must get one answer,
so the rules live here once (:func:`newsmodel._checks.absolute_url` resolves and checks
an address; these take what it gives).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ._checks import absolute_url

__all__ = ["bare_address", "home_page", "host_name", "linked", "linked_url"]


def linked(value: Any) -> Any:
    """The address a JSON-LD value links to: a node's ``@id``, else its ``url``; any other
    value as it is (a plain address, or something the caller refuses)."""
    if isinstance(value, dict):
        return value.get("@id") or value.get("url")
    return value


def linked_url(value: Any, base: str | None) -> str | None:
    """The absolute http(s) address a JSON-LD value or a plain address links to."""
    return absolute_url(linked(value), base)


def bare_address(url: str) -> str:
    """The address without fragment, query or trailing slash: pages link to themselves
    with tracking parameters and anchors, and canonical links add or drop the slash."""
    return url.split("#", 1)[0].split("?", 1)[0].rstrip("/")


def host_name(url: str) -> str:
    """The address's host, lower-case and without ``www.`` (the same site either way);
    empty when it has none or is malformed."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed IPv6 host
        return ""
    return host.lower().removeprefix("www.")


def home_page(url: str) -> str:
    """The home page of the site an absolute address is on."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"

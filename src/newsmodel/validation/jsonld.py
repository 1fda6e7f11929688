"""Walking JSON-LD as written: nodes, their types and values, each with its JSON Pointer.

No JSON-LD processing (expansion, remote contexts) happens: the profiles check the
document a consumer such as a search engine reads, with schema.org's context assumed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .pointers import child
from .vocabulary import schema_name

__all__ = ["id_index", "is_reference", "nodes", "resolve", "type_names", "values"]


def values(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    """The items of a property value with their paths: an array's items, a ``@list`` or
    ``@set``'s items, or the value itself; ``null`` items are left out."""
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        here, item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed([(child(here, i), entry) for i, entry in enumerate(item)]))
        elif isinstance(item, dict) and ("@list" in item or "@set" in item):
            key = "@list" if "@list" in item else "@set"
            stack.append((child(here, key), item[key]))
        elif item is not None:
            yield here, item


def is_reference(node: Mapping[str, Any]) -> bool:
    """Whether ``node`` only points at a node described elsewhere (``{"@id": ...}``)."""
    return "@id" in node and set(node) <= {"@id", "@context"}


def type_names(node: Mapping[str, Any]) -> list[str]:
    """The schema.org names of the node's ``@type`` values (other vocabularies left out)."""
    kinds = node.get("@type")
    listed = kinds if isinstance(kinds, list) else [kinds]
    names = (schema_name(kind) for kind in listed if isinstance(kind, str))
    return [name for name in names if name]


def nodes(document: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every node object in ``document`` with its path, depth first in document order.

    Value objects (``{"@value": ...}``) are not nodes; ``@context`` is not looked into.
    """
    stack: list[tuple[str, Any]] = [(path, document)]
    while stack:
        here, item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed([(child(here, i), entry) for i, entry in enumerate(item)]))
        elif isinstance(item, dict) and "@value" not in item:
            if "@list" not in item and "@set" not in item:
                yield here, item
            stack.extend(
                reversed(
                    [
                        (child(here, key), entry)
                        for key, entry in item.items()
                        if key != "@context" and isinstance(entry, (dict, list))
                    ]
                )
            )


def id_index(document: Any) -> dict[str, dict[str, Any]]:
    """The described nodes by ``@id`` (the fullest description when one is split)."""
    index: dict[str, dict[str, Any]] = {}
    for _, node in nodes(document):
        key = node.get("@id")
        if not isinstance(key, str) or is_reference(node):
            continue
        if len(node) > len(index.get(key, {})):
            index[key] = node
    return index


def resolve(item: Any, index: Mapping[str, dict[str, Any]]) -> Any:
    """The node a reference points at, when the document describes it; else ``item``."""
    if isinstance(item, dict) and is_reference(item):
        key = item.get("@id")
        if isinstance(key, str) and key in index:
            return index[key]
    return item

"""Build the compact schema.org vocabulary newsmodel ships, from the full vocabulary file.

Run it to regenerate ``src/newsmodel/data/schemaorg.json`` after a schema.org release::

    python tests/schemaorg_vocabulary.py path/to/schemaorg-current-https.jsonld

``tests/test_validation_vocabulary.py`` checks that the shipped file is what this script
builds. The compact file holds:

- ``types``: every schema.org type with its direct superclasses, so that any ``@type`` is
  recognised and a value's type can be matched against a property's range;
- ``properties``: the domains and ranges of every property whose domain includes a type
  in the covered family (the :data:`ROOTS`, their subtypes and their supertypes);
- ``other_properties``: the names of the remaining properties, so that they are known;
- ``superseded``: what replaces each superseded type or property;
- ``members``: the members of the enumerations the covered properties range over.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

#: The types whose family (with subtypes and supertypes) gets full property information.
ROOTS = (
    "Article",
    "BreadcrumbList",
    "Comment",
    "ItemList",
    "ListItem",
    "MediaObject",
    "Organization",
    "Person",
    "Role",
    "SpeakableSpecification",
    "WebPage",
    "WebPageElement",
    "WebSite",
)

SHIPPED = Path(__file__).resolve().parent.parent / "src" / "newsmodel" / "data" / "schemaorg.json"
PREFIX = "schema:"


def _ids(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [item["@id"] for item in items]


def _names(value: Any) -> list[str]:
    return sorted(name.removeprefix(PREFIX) for name in _ids(value) if name.startswith(PREFIX))


def _kinds(node: Mapping[str, Any]) -> list[str]:
    kind = node["@type"]
    return kind if isinstance(kind, list) else [kind]


def build(full: Mapping[str, Any]) -> dict[str, Any]:
    """Return the compact vocabulary for the full vocabulary's JSON-LD document."""
    nodes = [n for n in full["@graph"] if n["@id"].startswith(PREFIX)]
    types = {
        n["@id"].removeprefix(PREFIX): _names(n.get("rdfs:subClassOf"))
        for n in nodes
        if "rdfs:Class" in _kinds(n)
    }
    properties = {
        n["@id"].removeprefix(PREFIX): (
            _names(n.get("schema:domainIncludes")),
            _names(n.get("schema:rangeIncludes")),
        )
        for n in nodes
        if "rdf:Property" in _kinds(n)
    }
    children: dict[str, set[str]] = {}
    for name, parents in types.items():
        for parent in parents:
            children.setdefault(parent, set()).add(name)

    def closure(start: Iterable[str], edges: Mapping[str, Iterable[str]]) -> set[str]:
        seen: set[str] = set()
        stack = list(start)
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(edges.get(name, ()))
        return seen

    family = closure(ROOTS, children)
    covered = closure(family, types)
    described = {
        name: {"domain": domain, "range": ranges}
        for name, (domain, ranges) in properties.items()
        if set(domain) & covered
    }
    enumerations = closure(["Enumeration"], children)
    ranged = {kind for prop in described.values() for kind in prop["range"]}
    needed = closure(ranged & enumerations, children)
    members = {
        n["@id"].removeprefix(PREFIX): sorted(
            k.removeprefix(PREFIX) for k in _kinds(n) if k.removeprefix(PREFIX) in needed
        )
        for n in nodes
        if any(k.removeprefix(PREFIX) in needed for k in _kinds(n))
    }
    superseded = {
        n["@id"].removeprefix(PREFIX): _names(n["schema:supersededBy"])
        for n in nodes
        if "schema:supersededBy" in n
    }
    return {
        "roots": list(ROOTS),
        "types": dict(sorted(types.items())),
        "properties": dict(sorted(described.items())),
        "other_properties": sorted(set(properties) - set(described)),
        "superseded": dict(sorted(superseded.items())),
        "members": dict(sorted(members.items())),
    }


def dumps(vocabulary: Mapping[str, Any]) -> str:
    """Write the vocabulary as JSON with one entry a line, for readable diffs."""
    sections = []
    for key, value in vocabulary.items():
        if isinstance(value, dict):
            entries = ",\n".join(
                f"  {json.dumps(name)}: {json.dumps(item)}" for name, item in value.items()
            )
            sections.append(f"{json.dumps(key)}: {{\n{entries}\n}}")
        else:
            sections.append(f"{json.dumps(key)}: {json.dumps(value)}")
    return "{\n" + ",\n".join(sections) + "\n}\n"


def main(argv: list[str]) -> int:
    """Regenerate the shipped file from the full vocabulary named in ``argv``."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    full = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    SHIPPED.write_text(dumps(build(full)), encoding="utf-8")
    print(f"wrote {SHIPPED}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

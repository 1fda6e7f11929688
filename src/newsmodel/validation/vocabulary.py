"""The compact schema.org vocabulary shipped in ``newsmodel/data/schemaorg.json``.

Every schema.org type is listed with its superclasses, so any ``@type`` is recognised and
matched against a property's range. Domains and ranges are kept for the properties of the
types news markup uses (the Article family, Person, Organization, MediaObject, Comment,
Role, WebPage, WebSite, BreadcrumbList, ItemList... with their subtypes and supertypes);
other properties are known by name only. ``tests/schemaorg_vocabulary.py`` builds the file
from the full vocabulary.
"""

from __future__ import annotations

import difflib
import functools
import json
from collections.abc import Iterable, Mapping
from importlib.resources import files
from typing import Any

import attrs

__all__ = ["SCHEMA_PREFIXES", "Property", "Vocabulary", "schema_name", "vocabulary"]

#: How schema.org terms may be written in a document besides their bare names.
SCHEMA_PREFIXES = ("https://schema.org/", "http://schema.org/", "schema:")


def schema_name(term: str) -> str | None:
    """The schema.org name ``term`` stands for, or None for a term of another vocabulary.

    ``"headline"``, ``"schema:headline"`` and ``"https://schema.org/headline"`` all name
    ``headline``; ``"og:title"`` and ``"http://purl.org/dc/terms/title"`` name nothing in
    schema.org.
    """
    for prefix in SCHEMA_PREFIXES:
        if term.startswith(prefix):
            return term[len(prefix) :] or None
    if ":" in term or "/" in term or not term:
        return None
    return term


@attrs.frozen
class Property:
    """A property's domain (the types it is expected on) and range (its value types)."""

    domain: tuple[str, ...]
    range: tuple[str, ...]


class Vocabulary:
    """Lookups over the compact vocabulary: types, supertypes, properties, enumerations."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.types: dict[str, tuple[str, ...]] = {
            name: tuple(parents) for name, parents in data["types"].items()
        }
        self.properties: dict[str, Property] = {
            name: Property(tuple(item["domain"]), tuple(item["range"]))
            for name, item in data["properties"].items()
        }
        self.property_names = frozenset(self.properties) | frozenset(data["other_properties"])
        self.superseded: dict[str, tuple[str, ...]] = {
            name: tuple(by) for name, by in data["superseded"].items()
        }
        self.members: dict[str, tuple[str, ...]] = {
            name: tuple(kinds) for name, kinds in data["members"].items()
        }
        self._ancestors: dict[str, frozenset[str]] = {}

    def ancestors(self, kind: str) -> frozenset[str]:
        """``kind`` and every type above it (all of ``Thing``'s descendants reach it)."""
        found = self._ancestors.get(kind)
        if found is None:
            seen: set[str] = set()
            stack = [kind]
            while stack:
                name = stack.pop()
                if name not in seen:
                    seen.add(name)
                    stack.extend(self.types.get(name, ()))
            found = self._ancestors[kind] = frozenset(seen)
        return found

    def is_a(self, kind: str, ancestor: str) -> bool:
        """Whether ``kind`` is ``ancestor`` or one of its subtypes."""
        return ancestor in self.ancestors(kind)

    def is_any(self, kinds: Iterable[str], ancestors: Iterable[str]) -> bool:
        """Whether any of ``kinds`` is any of ``ancestors`` or one of their subtypes."""
        wanted = set(ancestors)
        return any(self.ancestors(kind) & wanted for kind in kinds)

    def member_of(self, name: str, enumeration: str) -> bool:
        """Whether ``name`` is a member of ``enumeration`` (``InStock``, ``ItemAvailability``)."""
        return any(self.is_a(kind, enumeration) for kind in self.members.get(name, ()))

    def suggest_type(self, name: str) -> str | None:
        """The known type ``name`` was most likely meant to be."""
        return _closest(name, self.types)

    def suggest_property(self, name: str) -> str | None:
        """The known property ``name`` was most likely meant to be."""
        return _closest(name, self.property_names)


def _closest(name: str, known: Iterable[str]) -> str | None:
    names = list(known)
    folded = {item.casefold(): item for item in names}
    if name.casefold() in folded:
        return folded[name.casefold()]
    matches = difflib.get_close_matches(name, names, n=1, cutoff=0.8)
    return matches[0] if matches else None


@functools.cache
def vocabulary() -> Vocabulary:
    """The shipped vocabulary, loaded once."""
    text = (files("newsmodel") / "data" / "schemaorg.json").read_text(encoding="utf-8")
    return Vocabulary(json.loads(text))

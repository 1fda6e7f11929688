"""The ``schema.org`` profile: types, properties and value types against the vocabulary.

Every ``@type`` and property must exist in schema.org (terms of other vocabularies, and
terms a local ``@context`` defines, are left alone); a property should be used on a type
in its domain, and each value should be of a type in its range: a node of a matching
type, or a literal that is a valid ``Text``, ``URL``, ``Date``, ``DateTime``, ``Time``,
``Number``, ``Integer``, ``Boolean`` or ``Duration``. A schema.org ``Role`` node may stand
between a property and its value, and holds the same property inside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from .document import Document
from .jsonld import id_index, is_reference, resolve, type_names, values
from .literals import LITERAL_TYPES, fits
from .pointers import child
from .report import Finding, Severity
from .vocabulary import SCHEMA_PREFIXES, Property, Vocabulary, schema_name, vocabulary

__all__ = ["SchemaOrgProfile", "profile"]

_P = "schema.org/"
_SCHEMA_CONTEXTS = frozenset({"https://schema.org", "http://schema.org"})
_LITERALS = (str, int, float, bool)


class SchemaOrgProfile:
    """The ``schema.org`` profile (see the module documentation).

    .. versionadded:: 0.1
    """

    name = "schema.org"

    def check(self, document: Document) -> Iterator[Finding]:
        """Yield what is not schema.org in the document's JSON-LD, in document order."""
        return _Checker(vocabulary(), document.to_jsonld()).run()


profile = SchemaOrgProfile()


@attrs.frozen
class _Task:
    node: dict[str, Any]
    path: str
    terms: frozenset[str]
    via: str | None


class _Checker:
    def __init__(self, vocab: Vocabulary, data: Any) -> None:
        self.vocab = vocab
        self.data = data
        self.ids = id_index(data)

    def run(self) -> Iterator[Finding]:
        tops = list(values(self.data, "")) if isinstance(self.data, list) else [("", self.data)]
        for path, item in tops:
            if not isinstance(item, dict):
                yield _finding(
                    Severity.ERROR, path, "not-a-node", f"expected a node object, got {item!r}"
                )
                continue
            if "@context" not in item:
                yield _finding(
                    Severity.ERROR,
                    path,
                    "missing-context",
                    'no "@context": "https://schema.org", so the terms name nothing',
                )
            yield from self.walk(_Task(item, path, frozenset(), None))

    def walk(self, first: _Task) -> Iterator[Finding]:
        stack = [first]
        while stack:
            task = stack.pop()
            node, path = task.node, task.path
            terms = task.terms
            if "@context" in node:
                known, defined = _context(node["@context"])
                if not known:
                    yield _finding(
                        Severity.WARNING,
                        child(path, "@context"),
                        "unknown-context",
                        "the @context does not use schema.org; this node is not checked",
                    )
                    continue
                terms |= defined
            kinds, found = self.types(node, path)
            yield from found
            if "@type" not in node and not is_reference(node) and _properties(node):
                yield _finding(
                    Severity.INFO,
                    path,
                    "untyped-node",
                    "the node has no @type, so its properties are not checked against one",
                )
            later: list[_Task] = []
            for key in ("@graph", "@included"):
                for item_path, item in values(node.get(key), child(path, key)):
                    if isinstance(item, dict):
                        later.append(_Task(item, item_path, terms, None))
            for key, value in node.items():
                name = None if key.startswith("@") or key in terms else schema_name(key)
                if name is None:
                    continue
                key_path = child(path, key)
                yield from self.property(name, kinds, task, key_path)
                spec = self.vocab.properties.get(name)
                for item_path, item in values(value, key_path):
                    if spec is not None:
                        yield from self.value(name, spec, item, item_path)
                    if isinstance(item, dict) and "@value" not in item and not is_reference(item):
                        later.append(_Task(item, item_path, terms, name))
            stack.extend(reversed(later))

    def types(self, node: dict[str, Any], path: str) -> tuple[list[str], list[Finding]]:
        """The node's known schema.org types, and what is wrong with its ``@type``."""
        raw = node.get("@type")
        if raw is None:
            return [], []
        listed = raw if isinstance(raw, list) else [raw]
        known: list[str] = []
        found: list[Finding] = []
        for index, kind in enumerate(listed):
            here = child(path, "@type", index) if isinstance(raw, list) else child(path, "@type")
            if not isinstance(kind, str):
                found.append(
                    _finding(
                        Severity.ERROR, here, "bad-type", f"@type must be a string, not {kind!r}"
                    )
                )
                continue
            name = schema_name(kind)
            if name is None:
                continue
            if name not in self.vocab.types:
                hint = (
                    "it is a property, not a type"
                    if name in self.vocab.property_names
                    else _did_you_mean(self.vocab.suggest_type(name))
                )
                found.append(
                    _finding(
                        Severity.ERROR,
                        here,
                        "unknown-type",
                        f"{name!r} is not a schema.org type{hint}",
                    )
                )
                continue
            known.append(name)
            replacements = self.vocab.superseded.get(name)
            if replacements:
                found.append(
                    _finding(
                        Severity.WARNING,
                        here,
                        "superseded-type",
                        f"{name!r} is superseded by {_either(map(repr, replacements))}",
                    )
                )
        return known, found

    def property(self, name: str, kinds: list[str], task: _Task, path: str) -> Iterator[Finding]:
        """What is wrong with using property ``name`` on a node of ``kinds``."""
        vocab = self.vocab
        if name not in vocab.property_names:
            hint = (
                "it is a type, not a property"
                if name in vocab.types
                else _did_you_mean(vocab.suggest_property(name))
            )
            yield _finding(
                Severity.ERROR,
                path,
                "unknown-property",
                f"{name!r} is not a schema.org property{hint}",
            )
            return
        if name in vocab.superseded:
            yield _finding(
                Severity.WARNING,
                path,
                "superseded-property",
                f"{name!r} is superseded by {_either(map(repr, vocab.superseded[name]))}",
            )
        spec = vocab.properties.get(name)
        if spec is None or not kinds or vocab.is_any(kinds, spec.domain):
            return
        if task.via == name and vocab.is_any(kinds, ("Role",)):
            return
        yield _finding(
            Severity.WARNING,
            path,
            "property-not-for-type",
            f"{name!r} is not a property of {_either(kinds)} "
            f"(schema.org expects it on {_either(spec.domain)})",
        )

    def value(self, name: str, spec: Property, item: Any, path: str) -> Iterator[Finding]:
        """What is wrong with ``item`` as a value of property ``name``."""
        vocab = self.vocab
        expected = _either(spec.range)
        target = resolve(item, self.ids)
        literal: Any = target
        if isinstance(target, dict):
            if "@value" not in target:
                kinds = [kind for kind in type_names(target) if kind in vocab.types]
                if is_reference(target) or not kinds:
                    return
                if vocab.is_any(kinds, spec.range) or vocab.is_any(kinds, ("Role",)):
                    return
                yield _finding(
                    Severity.ERROR,
                    path,
                    "wrong-value-type",
                    f"{name!r} expects {expected}, not {_either(kinds)}",
                )
                return
            literal = target["@value"]
        if not isinstance(literal, _LITERALS):
            return
        if any(fits(literal, kind) for kind in spec.range):
            return
        nodes = [kind for kind in spec.range if kind not in LITERAL_TYPES]
        if isinstance(literal, str):
            if literal.startswith(SCHEMA_PREFIXES) and any(
                vocab.member_of(schema_name(literal) or "", kind) for kind in nodes
            ):
                return
            if nodes:
                yield _finding(
                    Severity.INFO,
                    path,
                    "text-for-node",
                    f"{name!r} expects {expected}; schema.org accepts text in place of a "
                    f"node, but a {_either(nodes)} node says more",
                )
                return
        yield _finding(
            Severity.ERROR,
            path,
            "wrong-value-type",
            f"{name!r} expects {expected}, not {_shorten(literal)}",
        )


def _context(value: Any) -> tuple[bool, frozenset[str]]:
    """Whether a ``@context`` uses schema.org, and the terms it defines itself."""
    known = False
    terms: set[str] = set()
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            known = known or _is_schema(item)
        elif isinstance(item, dict):
            vocab = item.get("@vocab")
            known = known or (isinstance(vocab, str) and _is_schema(vocab))
            for key, definition in item.items():
                if key.startswith("@"):
                    continue
                if isinstance(definition, str) and _is_schema(definition):
                    known = True  # a prefix for schema.org ("schema": "https://schema.org/")
                else:
                    terms.add(key)
    return known, frozenset(terms)


def _is_schema(iri: str) -> bool:
    return iri.rstrip("/") in _SCHEMA_CONTEXTS or iri.rstrip("/").endswith(
        ("://schema.org/docs/jsonldcontext.json", "://schema.org/docs/jsonldcontext.jsonld")
    )


def _properties(node: dict[str, Any]) -> bool:
    return any(not key.startswith("@") for key in node)


def _either(names: Iterable[str]) -> str:
    listed = list(names)
    if len(listed) <= 1:
        return "".join(listed)
    return ", ".join(listed[:-1]) + " or " + listed[-1]


def _did_you_mean(name: str | None) -> str:
    return f"; did you mean {name!r}?" if name else ""


def _shorten(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _finding(severity: Severity, path: str, rule: str, message: str) -> Finding:
    return Finding(severity, path, _P + rule, message)

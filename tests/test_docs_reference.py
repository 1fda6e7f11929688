"""The API reference documents every public name exactly once, under its public name.

Read from the pages' directives, without building the docs: a name added to an
``__all__`` and forgotten in the reference fails here in a second, not in a reader's
browser. The build itself (``sphinx-build -n -W`` in CI) checks that every reference
resolves.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import attrs

import newsmodel

DOCS = Path(__file__).resolve().parent.parent / "docs"

#: The public modules: newsmodel itself, those it exports, and the packages the docs
#: present as public. Names they re-export from newsmodel count under ``newsmodel.X``.
PUBLIC_MODULES = (
    "newsmodel",
    "newsmodel.batch",
    "newsmodel.enrichers",
    "newsmodel.errors",
    "newsmodel.limits",
    "newsmodel.protocols",
    "newsmodel.registry",
    "newsmodel.sitemaps",
    "newsmodel.sites",
    "newsmodel.strategies",
    "newsmodel.validation",
)

_DIRECTIVE = re.compile(r"^(?P<indent> *)\.\. (?P<kind>[a-z:]+):: *(?P<target>\S+)?")
_OPTION = re.compile(r"^ +:(?P<name>[a-z-]+):(?: *(?P<value>.*))?$")
_DOCUMENTING = re.compile(r"(auto(module|class|exception|function|data|method|attribute))$")
_DECLARING = re.compile(r"(py:)?(module|class|exception|function|data|type|method|attribute)$")


@attrs.frozen
class Entry:
    """One object the docs document: its dotted name, the page, and whether it is indexed."""

    name: str
    page: str
    indexed: bool


def _entries(page: Path) -> list[Entry]:
    found: list[Entry] = []
    module = ""
    lines = page.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        match = _DIRECTIVE.match(line)
        if not match or not match["target"]:
            continue
        kind, target = match["kind"], match["target"].split("(")[0]
        options: dict[str, str] = {}
        for following in lines[number + 1 :]:
            option = _OPTION.match(following)
            if not option:
                break
            options[option["name"]] = (option["value"] or "").strip()
        indexed = not {"no-index", "noindex"} & options.keys()
        if kind in {"module", "py:module", "currentmodule", "py:currentmodule"}:
            module = target
            if kind.endswith("currentmodule"):
                continue
        if _DOCUMENTING.fullmatch(kind):
            names = [target]
            if kind == "automodule" and "members" in options:
                listed = [m.strip() for m in options["members"].split(",") if m.strip()]
                members = listed or list(importlib.import_module(target).__all__)
                names += [f"{target}.{member}" for member in members]
        elif _DECLARING.fullmatch(kind):
            dotted = "." in target or kind.endswith("module")
            names = [target if dotted else f"{module}.{target}"]
        else:
            continue
        found += [Entry(name, page.name, indexed) for name in names]
    return found


def _all_entries() -> list[Entry]:
    return [entry for page in sorted(DOCS.rglob("*.rst")) for entry in _entries(page)]


def _public_name(module: ModuleType, name: str) -> str:
    """``newsmodel.X`` for an object newsmodel exports, else ``module.X``."""
    value = getattr(module, name)
    if module.__name__ != "newsmodel" and getattr(newsmodel, name, None) is value:
        return f"newsmodel.{name}"
    return f"{module.__name__}.{name}"


def _public_names() -> set[str]:
    names: set[str] = set()
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        names.update(_public_name(module, name) for name in module.__all__)
    return names


def _object(dotted: str) -> object | None:
    """The object a dotted name in the docs stands for, if it can be imported."""
    if dotted in sys.modules:
        return sys.modules[dotted]
    module_name, _, attribute = dotted.rpartition(".")
    try:
        return getattr(importlib.import_module(module_name), attribute, None)
    except (ImportError, ValueError):  # a method's class path, or no module at all
        return None


def _is_named(value: object) -> bool:
    """Whether ``value`` is one object with one identity (not an int that many names share)."""
    return isinstance(value, (type, ModuleType)) or callable(value)


class TestReference:
    """Each public name has one indexed entry to link to, under its public name."""

    def test_every_public_name_is_documented_once(self) -> None:
        counts = Counter(entry.name for entry in _all_entries() if entry.indexed)
        missing = sorted(name for name in _public_names() if counts[name] == 0)
        twice = sorted(name for name in _public_names() if counts[name] > 1)
        assert not missing, f"public names with no entry in docs/: {missing}"
        assert not twice, f"public names documented more than once: {twice}"

    def test_no_public_name_is_hidden_from_the_index(self) -> None:
        public = _public_names()
        hidden = [e.name for e in _all_entries() if not e.indexed and e.name in public]
        assert not hidden, "link to the indexed entry instead of a :no-index: copy"

    def test_nothing_public_is_documented_under_another_path(self) -> None:
        public = {id(_object(name)): name for name in _public_names() if _is_named(_object(name))}
        wrong = [
            f"{entry.name} ({entry.page}) is {public[id(value)]}"
            for entry in _all_entries()
            if entry.name not in public.values()
            and (value := _object(entry.name)) is not None
            and _is_named(value)
            and id(value) in public
        ]
        assert not wrong

    def test_the_parser_sees_the_pages_kinds_of_entry(self) -> None:
        names = {entry.name for entry in _all_entries()}
        assert {"newsmodel.Block", "newsmodel.registry.get", "newsmodel.batch"} <= names
        assert "newsmodel.strategies.articles" in names  # from automodule :members:


def test_inventories_are_what_the_script_writes() -> None:
    """docs/_inventories holds exactly what make_inventories.py makes from its list."""
    folder = DOCS / "_inventories"
    script_path = folder / "make_inventories.py"
    spec = importlib.util.spec_from_file_location("make_inventories", script_path)
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for key, (project, entries) in script.INVENTORIES.items():
        written = (folder / f"{key}.inv").read_bytes()
        assert written == script.inventory(project, entries), f"rerun the script for {key}"
    assert {path.stem for path in folder.glob("*.inv")} == set(script.INVENTORIES)

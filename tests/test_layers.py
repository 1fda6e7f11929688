"""The package's layers, read from the modules' imports (with ``ast``) so they cannot rot.

Every import counts: at module level, inside functions and under ``TYPE_CHECKING``, and a
module's parent packages count as imported with it (Python runs their ``__init__``).
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

import newsmodel

ROOT = Path(newsmodel.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in ROOT.rglob("*.py")}


def _resolve(name: str) -> str | None:
    """The newsmodel module ``name`` stands for, or None for other packages."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imported(module: str) -> set[str]:
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {m for m in map(_resolve, found) if m}


def _parents(module: str) -> set[str]:
    """The packages Python imports first; not ``newsmodel`` itself, the public facade."""
    parts = module.split(".")
    return {".".join(parts[:i]) for i in range(2, len(parts))} - {module}


@cache
def imports(module: str) -> frozenset[str]:
    """Every newsmodel module ``module`` imports, directly or not."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        current = todo.pop()
        for found in _imported(current) | _parents(current):
            if found not in seen and found != "newsmodel":
                seen.add(found)
                todo.append(found)
    return frozenset(seen - {module})


def _under(package: str) -> list[str]:
    return sorted(m for m in MODULES if m == package or m.startswith(package + "."))


class TestLayers:
    """The lower layers never reach up to the registry or the top-level functions."""

    @pytest.mark.parametrize("module", _under("newsmodel.readers.html"))
    def test_html_reader_is_handed_its_site_adapters(self, module: str) -> None:
        assert not {"newsmodel.registry", "newsmodel._api"} & imports(module)

    @pytest.mark.parametrize("module", _under("newsmodel.validation"))
    def test_validation_is_below_the_registry(self, module: str) -> None:
        assert not {"newsmodel.registry", "newsmodel._api"} & imports(module)

    def test_protocols_import_only_validations_leaf_types(self) -> None:
        used = imports("newsmodel.protocols")
        assert not {"newsmodel.registry", "newsmodel._api", "newsmodel.cli"} & used
        assert {m for m in used if m.startswith("newsmodel.validation.")} == {
            "newsmodel.validation.document",
            "newsmodel.validation.report",
        }

    @pytest.mark.parametrize("module", ["newsmodel.readers.text", "newsmodel.writers.text"])
    def test_text_reader_and_writer_share_a_grammar_not_each_other(self, module: str) -> None:
        other = {"newsmodel.readers.text", "newsmodel.writers.text"} - {module}
        assert not other & imports(module)
        assert "newsmodel._textformat" in imports(module)

    @pytest.mark.parametrize("module", sorted(set(MODULES) - {"newsmodel"}))
    def test_no_cycles(self, module: str) -> None:
        assert module not in imports(module)

    def test_the_rules_see_imports(self) -> None:
        assert "newsmodel.registry" in imports("newsmodel._api")
        assert "newsmodel.protocols" in imports("newsmodel.registry")
        assert "newsmodel.validation" in imports("newsmodel.validation.google")  # its parent


def test_importing_newsmodel_loads_no_reader_or_heavy_library() -> None:
    """``import newsmodel`` stays light: the readers, cattrs and charset detection load
    when first used (the registry loads plugins on demand)."""
    import subprocess
    import sys

    code = (
        "import sys, newsmodel; "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith("
        "('newsmodel.readers.', 'cattrs', 'charset_normalizer', 'urllib3')))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == [], loaded

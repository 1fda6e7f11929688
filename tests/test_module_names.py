"""No module of the library binds one top-level name twice: a rule added under a name
already taken silently replaces the first (two ``_COUNTER`` patterns in the text grammar
made every text read take the second)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "newsmodel"
MODULES = sorted(SOURCE.rglob("*.py"))


def _bound_names(tree: ast.Module) -> list[str]:
    """The names a module binds at its top level, but a function's ``@overload`` forms."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            overload = any(
                isinstance(d, ast.Name | ast.Attribute) and ast.unparse(d).endswith("overload")
                for d in getattr(node, "decorator_list", [])
            )
            if not overload:
                names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(SOURCE)) for p in MODULES])
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = [name for name, count in Counter(_bound_names(tree)).items() if count > 1]
    assert twice == [], f"{path.name} binds {twice} more than once"

"""Sphinx directives that print the HTML reader's resolver tables from the code itself,
so that the documentation of which source wins cannot drift from what the reader does.

``.. precedence-table::`` prints :data:`~newsmodel.readers.html.resolve.PRECEDENCE`
(``:structure:`` for :data:`~newsmodel.readers.html.resolve.STRUCTURE`);
``.. overrides-list::`` prints the named corrections with the first paragraph of each
one's docstring.
"""

from __future__ import annotations

import inspect
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from newsmodel.readers.html import resolve


class _Generated(SphinxDirective):
    """A directive whose body is reStructuredText made from the resolver's tables."""

    def lines(self) -> list[str]:
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        container = nodes.container()
        self.state.nested_parse(StringList(self.lines(), source="resolver"), 0, container)
        return container.children


class PrecedenceTable(_Generated):
    option_spec: ClassVar[dict[str, Any]] = {"structure": directives.flag}

    def lines(self) -> list[str]:
        table = resolve.STRUCTURE if "structure" in self.options else resolve.PRECEDENCE
        rows = [".. list-table::", "   :header-rows: 1", "   :widths: 25 75", ""]
        rows += ["   * - Field", "     - Sources, the first with a value winning"]
        for field, order in table.items():
            names = ", ".join(
                f"``{name}``" + (" (only when empty)" if name in resolve.ONLY_WHEN_MISSING else "")
                for name in order
            )
            rows += [f"   * - ``{field}``", f"     - {names}"]
        return rows


def _summary(function: Any) -> str:
    doc = inspect.getdoc(function) or ""
    return " ".join(doc.split("\n\n", 1)[0].split())


class OverridesList(_Generated):
    def lines(self) -> list[str]:
        rows: list[str] = []
        for number, override in enumerate(resolve.OVERRIDES, 1):
            rows += [f"{number}. ``{override.__name__}``: {_summary(override)}", ""]
        rows += [
            f"{len(resolve.OVERRIDES) + 1}. ``the_portal`` (after the structure): "
            f"{_summary(resolve.the_portal)}",
            "",
        ]
        start = len(resolve.OVERRIDES) + 2
        for number, (name, why) in enumerate(resolve.ARTICLE_OVERRIDES, start):
            rows += [f"{number}. {name}: {' '.join(why.split())}", ""]
        return rows


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("precedence-table", PrecedenceTable)
    app.add_directive("overrides-list", OverridesList)
    return {"parallel_read_safe": True}

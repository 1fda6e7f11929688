"""Sphinx extension: the performance page's tables and charts, drawn from the benchmarks' data.

The data and the drawing are :mod:`performance_figures`'s; these directives put them on the
page, so nothing on it is typed in twice.

- ``.. peers-run::`` the run's date, machine, load and versions;
- ``.. peers-table:: CORPUS`` one corpus's quality and speed table;
- ``.. peers-leads::`` for each corpus and half, newsmodel's body F1 next to the best
  peer's; ``.. peers-summary::`` and ``.. peers-speed-summary::`` say it in words;
- ``.. peers-chart:: f1`` and ``.. peers-chart:: speed``: body F1 per corpus, half and
  extractor; newsmodel's pages per second as a multiple of each peer's;
- ``.. peers-speed::``, ``.. peers-memory::``, ``.. peers-writers::``,
  ``.. peers-scaling::`` the other tables of the run;
- ``.. readers-run::`` and ``.. readers-table:: CORPUS``: a ``benchmarks/readers.py`` run
  (``docs/_data/readers.json``), metadata included;
- ``.. unseen-table::`` and ``.. unseen-chart::`` the unseen corpora's figures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from figure_directive import SvgFigure
from performance_figures import (
    PEERS,
    READERS,
    UNSEEN,
    corpus_lines,
    f1_chart,
    leads_lines,
    load,
    memory_lines,
    readers_lines,
    run_lines,
    scaling_lines,
    speed_chart,
    speed_lines,
    speed_summary_lines,
    summary_lines,
    unseen_chart,
    unseen_lines,
    writers_lines,
)
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

# -- directives ----------------------------------------------------------------------------------


class _Lines(SphinxDirective):
    """A directive whose body is reStructuredText made from a data file."""

    optional_arguments = 1
    source = PEERS

    def lines(self, data: dict[str, Any]) -> list[str]:
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        self.env.note_dependency(str(self.source))
        try:
            lines = self.lines(load(self.source))
        except (LookupError, ValueError, TypeError) as error:
            raise self.error(f"{self.name}: {error}") from error
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source=self.source.name), 0, container)
        return container.children


def _lines_directive(
    make: Callable[..., list[str]], source: Path = PEERS, argument: bool = False
) -> type[_Lines]:
    class Generated(_Lines):
        def lines(self, data: dict[str, Any]) -> list[str]:
            return list(make(data, self.arguments[0]) if argument else make(data))

    Generated.source = source
    return Generated


class PeersChart(SvgFigure):
    required_arguments = 1
    optional_arguments = 0

    def drawing(self) -> str:
        run = load(self.depends_on(PEERS))
        charts = {"f1": f1_chart, "speed": speed_chart}
        if self.arguments[0] not in charts:
            raise LookupError(f"the charts are {', '.join(charts)}")
        return charts[self.arguments[0]](run)


class UnseenChart(SvgFigure):
    def drawing(self) -> str:
        return unseen_chart(load(self.depends_on(UNSEEN)))


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("peers-run", _lines_directive(run_lines))
    app.add_directive("peers-table", _lines_directive(corpus_lines, argument=True))
    app.add_directive("peers-leads", _lines_directive(leads_lines))
    app.add_directive("peers-summary", _lines_directive(summary_lines))
    app.add_directive("peers-speed-summary", _lines_directive(speed_summary_lines))
    app.add_directive("peers-speed", _lines_directive(speed_lines))
    app.add_directive("peers-memory", _lines_directive(memory_lines))
    app.add_directive("peers-writers", _lines_directive(writers_lines))
    app.add_directive("peers-scaling", _lines_directive(scaling_lines))
    app.add_directive(
        "readers-run", _lines_directive(lambda run: run_lines(run, "readers"), READERS)
    )
    app.add_directive("readers-table", _lines_directive(readers_lines, READERS, argument=True))
    app.add_directive("unseen-table", _lines_directive(unseen_lines, UNSEEN))
    app.add_directive("peers-chart", PeersChart)
    app.add_directive("unseen-chart", UnseenChart)
    return {"parallel_read_safe": True}

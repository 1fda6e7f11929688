"""Sphinx extension: ``.. diagram:: NAME`` draws one of the documentation's diagrams.

- ``architecture``: ``docs/_diagrams/architecture.txt``, the plugin lists filled in from the
  installed entry points;
- ``model``: the attrs classes of :mod:`newsmodel` themselves (:mod:`model_diagram`);
- ``html-reader``: ``docs/_diagrams/html-reader.txt``, filled in from the HTML reader's
  resolver; ``precedence``: the resolver's tables as a grid (:mod:`reader_diagrams`).

The directive's content is the figure's caption. Each figure is drawn at build time, so it
follows the code and the text it is drawn from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import diagram_text
import layered
import model_diagram
import reader_diagrams
from figure_directive import SvgFigure
from sphinx.application import Sphinx

SPECS = Path(__file__).resolve().parent.parent / "_diagrams"


def from_text(name: str, names: Any = diagram_text.plugin_names) -> str:
    """The diagram written in ``docs/_diagrams/NAME.txt``, drawn."""
    spec = diagram_text.read(SPECS / f"{name}.txt", names)
    arrows = "; ".join(f"{a.tail} to {a.head}" for a in spec.arrows)
    description = (
        f"{spec.title}. Boxes: "
        + "; ".join(
            f"{box.title}" + (f" ({' '.join(box.lines)})" if box.lines else "")
            for box in spec.boxes
        )
        + f". Arrows: {arrows}."
    )
    return layered.draw(
        spec.boxes,
        spec.arrows,
        title=spec.title,
        description=description,
        direction=spec.direction,
        name=name,
    )


def drawn(name: str) -> str:
    """The SVG of the diagram called ``name``."""
    if name == "architecture":
        return from_text(name)
    if name == "html-reader":
        return from_text(name, reader_diagrams.names)
    if name == "model":
        return model_diagram.figure()[0]
    if name == "precedence":
        return reader_diagrams.precedence()[0]
    raise LookupError(
        f"no diagram is called {name!r}: architecture, model, html-reader, precedence"
    )


class Diagram(SvgFigure):
    required_arguments = 1
    optional_arguments = 0

    def drawing(self) -> str:
        name = self.arguments[0]
        if (SPECS / f"{name}.txt").exists():
            self.depends_on(SPECS / f"{name}.txt")
        return drawn(name)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("diagram", Diagram)
    return {"parallel_read_safe": True}

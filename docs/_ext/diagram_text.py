"""Diagrams written as text in ``docs/_diagrams``: a small format read into boxes and arrows.

::

    title: The figure's title
    direction: TB
    [id:kind] A box's title
      a line of text under it, where {group} names the plugins of an entry-point group
    a -> b

Lines starting with ``#`` are comments. A mistake names the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from textwrap import wrap

from layered import PALETTE, Arrow, Box

_BOX = re.compile(r"\[(?P<id>[\w-]+):(?P<kind>\w+)\]\s+(?P<title>\S.*)")
_ARROW = re.compile(r"(?P<tail>[\w-]+)\s*->\s*(?P<head>[\w-]+)")
_GROUP = re.compile(r"\{([\w.]+)\}")
WIDTH = 64  # characters of a line in a box; a longer one (a list of names) wraps


class Spec:
    """A diagram read from its text: title, direction, boxes and arrows."""

    def __init__(self, title: str, direction: str, boxes: list[Box], arrows: list[Arrow]):
        self.title, self.direction, self.boxes, self.arrows = title, direction, boxes, arrows


def plugin_names(group: str) -> str:
    """The names registered in an entry-point group, sorted and joined."""
    names = sorted({point.name for point in entry_points(group=group)})
    if not names:
        raise LookupError(f"no plugin is installed in the entry-point group {group!r}")
    return ", ".join(names)


def read(path: Path, names: Callable[[str], str] = plugin_names) -> Spec:
    """Read a diagram's text; a line that is none of the forms above is an error."""
    settings = {"title": path.stem, "direction": "TB"}
    boxes: list[tuple[str, str, str, list[str]]] = []
    arrows: list[Arrow] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}, line {number}"
        if not line or line.startswith("#"):
            continue
        if raw[0].isspace():
            if not boxes:
                raise ValueError(f"{where}: an indented line belongs under a box")
            filled = _GROUP.sub(lambda m: names(m[1]), line)
            boxes[-1][3].extend(wrap(filled, WIDTH, break_on_hyphens=False))
        elif (box := _BOX.fullmatch(line)) is not None:
            if box["kind"] not in PALETTE:
                raise ValueError(f"{where}: the kinds of box are {', '.join(PALETTE)}")
            boxes.append((box["id"], box["kind"], box["title"], []))
        elif (arrow := _ARROW.fullmatch(line)) is not None:
            arrows.append(Arrow(arrow["tail"], arrow["head"]))
        elif (setting := re.fullmatch(r"(title|direction):\s*(\S.*)", line)) is not None:
            settings[setting[1]] = setting[2]
        else:
            raise ValueError(f"{where}: not a box, an arrow or a setting: {line!r}")
    found = [Box(i, title, tuple(lines), kind) for i, kind, title, lines in boxes]
    return Spec(settings["title"], settings["direction"], found, arrows)

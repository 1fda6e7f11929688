"""The figure of the model, made by looking at the attrs classes themselves.

Starting from :class:`newsmodel.Article`, every attrs class a field's type names is a box,
listing its fields and their types, with an arrow to each class a field refers to; a class
referring to itself (a section's parent, a comment's replies) is a tree, drawn as a loop.
The body blocks (the members of :data:`newsmodel.Block`) share one box, and a class
that many refer to (:data:`SHARED`) lists them instead of drawing their arrows. A field, class or
block added to the model is in the next build's figure.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterator, Mapping
from textwrap import wrap

import attrs
from layered import Arrow, Box, draw

import newsmodel

BLOCKS = "Block"
# A class that this many others refer to (an image) gets no arrows, which would cross the
# whole figure; its box names the classes instead, and their fields name it.
SHARED = 4


def _members(hint: object) -> tuple[object, ...]:
    """The types a union is made of (a non-union is its own one member)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _referred(hint: object) -> Iterator[type]:
    """The attrs classes a field's type names, in the order it names them."""
    for member in _members(hint):
        if isinstance(member, type) and attrs.has(member):
            yield member
        elif typing.get_origin(member) is tuple:
            for argument in typing.get_args(member):
                if argument is not Ellipsis:
                    yield from _referred(argument)


def spelled(hint: object) -> str:
    """A field's type as the figure writes it: ``[X]`` is a tuple of X, ``X?`` X or None."""
    members = _members(hint)
    kept = [_spelled_one(member) for member in members if member is not type(None)]
    if len(kept) == len(members):
        return " | ".join(kept)
    return f"{kept[0]}?" if len(kept) == 1 else " | ".join([*kept, "None"])


def _spelled_one(hint: object) -> str:
    if typing.get_origin(hint) is tuple:
        inner = [a for a in typing.get_args(hint) if a is not Ellipsis]
        if len(inner) == 1 and set(_members(inner[0])) == set(_members(newsmodel.Block)):
            return f"[{BLOCKS}]"
        return "[" + " | ".join(spelled(a) for a in inner) + "]"
    origin = typing.get_origin(hint)
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        return "{str: JSON}"
    if hint is dt.datetime:
        return "datetime"
    if hint is dt.date:
        return "date"
    if isinstance(hint, type):
        return hint.__name__
    return str(hint)


def _fields(cls: type) -> list[tuple[str, object]]:
    hints = typing.get_type_hints(cls)
    return [(field.name, hints[field.name]) for field in attrs.fields(cls)]


def classes(root: type = newsmodel.Article) -> list[type]:
    """Every attrs class reachable from ``root`` through its fields' types, root first."""
    found: list[type] = [root]
    for cls in found:  # grows as it goes: a breadth-first walk
        for _, hint in _fields(cls):
            found += [ref for ref in _referred(hint) if ref not in found]
    return found


def graph(root: type = newsmodel.Article) -> tuple[list[Box], list[Arrow]]:
    """The boxes and arrows of the model's figure."""
    blocks = set(typing.get_args(newsmodel.Block))
    reached = classes(root)

    def box_of(cls: type) -> str:
        return BLOCKS if cls in blocks else cls.__name__

    boxes: list[Box] = []
    arrows: list[Arrow] = []
    block_lines: list[str] = []
    for cls in reached:
        lines = [f"{name}: {spelled(hint)}" for name, hint in _fields(cls)]
        if cls in blocks:
            block_lines += [f"{cls.__name__}({', '.join(lines)})"]
            if len(block_lines) == 1:
                boxes.append(Box(BLOCKS, "", (), "model", mono=True))  # its place in the order
        else:
            boxes.append(Box(cls.__name__, cls.__name__, tuple(lines), "model", mono=True))
        for _, hint in _fields(cls):
            for ref in _referred(hint):
                arrow = Arrow(box_of(cls), box_of(ref))
                if arrow not in arrows:
                    arrows.append(arrow)
    referrers: dict[str, list[str]] = {}
    for arrow in arrows:
        if arrow.tail != arrow.head:
            referrers.setdefault(arrow.head, []).append(arrow.tail)
    shared = {head for head, tails in referrers.items() if len(tails) >= SHARED}
    arrows = [arrow for arrow in arrows if arrow.head not in shared]
    title = "Block: the body's blocks"
    drawn = []
    for box in boxes:
        if box.id == BLOCKS:
            drawn.append(Box(BLOCKS, title, tuple(block_lines), "model", mono=True))
        elif box.id in shared:
            named = wrap(f"used by {', '.join(referrers[box.id])}", 32)
            drawn.append(Box(box.id, box.title, (*box.lines, *named), "model", mono=True))
        else:
            drawn.append(box)
    return drawn, arrows


def enums(root: type = newsmodel.Article) -> list[type[enum.Enum]]:
    """The enumerations the model's fields name (drawn as types, listed in the caption)."""
    found: list[type[enum.Enum]] = []
    for cls in classes(root):
        for _, hint in _fields(cls):
            for member in _members(hint):
                if isinstance(member, type) and issubclass(member, enum.Enum):
                    found.append(member)
    return found


def figure() -> tuple[str, str]:
    """The model's figure as SVG, and a sentence saying what it shows."""
    boxes, arrows = graph()
    refers = "; ".join(
        f"{arrow.tail} refers to {arrow.head}"
        if arrow.tail != arrow.head
        else f"{arrow.tail} refers to itself (a tree)"
        for arrow in arrows
    )
    description = (
        "The model's classes with their fields and types, from newsmodel.Article: "
        f"{', '.join(box.id for box in boxes)}. {refers}."
    )
    title = "The model: the classes an Article is made of"
    svg = draw(boxes, arrows, title=title, description=description, direction="TB", name="model")
    return svg, description

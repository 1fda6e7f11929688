"""A tiny layered layout of boxes and arrows, drawn as SVG: enough for the docs' diagrams.

The figures are small directed graphs, so the classic layered method is kept to its bones:

1. every box goes to a layer one past the deepest box pointing at it (self-arrows aside),
   and a box no arrow touches to the last layer;
2. an arrow that skips layers gets a waypoint in each layer it crosses, a slot of its own,
   so that it runs between boxes and never across one;
3. the boxes of each layer are ordered by the mean place of their neighbours (a few sweeps
   down and up), which undoes most crossings, and then moved towards those neighbours as far
   as the gaps allow;
4. arrows leave and enter boxes at ports spread along the facing sides and bend only in the
   gaps between layers.

Everything is decided by the input's order and arithmetic, so the same graph gives the same
bytes. ``direction`` is ``"TB"`` (layers from top to bottom) or ``"LR"`` (left to right).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import svg

TITLE_SIZE = 14.0
LINE_SIZE = 12.0
LINE_HEIGHT = 16.0
HEADER = 26.0
PAD = 10.0
LAYER_GAP = 52.0
BOX_GAP = 26.0
WAYPOINT = 12.0
LOOP = 26.0

# fill, border, header band per kind of box
PALETTE = {
    "step": ("#f5f7fa", "#52606d", "#d9e2ec"),
    "data": ("#fffbea", "#8d6b00", "#fce588"),
    "plugin": ("#effcf6", "#147d64", "#c6f7e2"),
    "model": ("#f0f4ff", "#35469c", "#d6e0ff"),
}


@dataclass(frozen=True)
class Box:
    """A box: a bold title and lines of text under it."""

    id: str
    title: str
    lines: tuple[str, ...] = ()
    kind: str = "step"
    mono: bool = False

    def width(self) -> float:
        widths = [svg.text_width(self.title, TITLE_SIZE, bold=True)]
        widths += [svg.text_width(line, LINE_SIZE, mono=self.mono) for line in self.lines]
        return max(widths) + 2 * PAD

    def height(self) -> float:
        return HEADER + (len(self.lines) * LINE_HEIGHT + PAD if self.lines else 0.0)


@dataclass(frozen=True)
class Arrow:
    tail: str
    head: str

    def __iter__(self) -> Iterator[str]:
        return iter((self.tail, self.head))


@dataclass
class _Slot:
    """A box or a waypoint in a layer; ``cross`` is its start along the layer."""

    id: str
    size: float  # along the layer
    depth: float  # across the layer
    box: Box | None
    cross: float = 0.0
    reserve: float = 0.0  # room kept after it (a self-arrow's loop)

    @property
    def middle(self) -> float:
        return self.cross + self.size / 2


@dataclass
class Layout:
    """Where everything went: the boxes' rectangles and the arrows' routes."""

    width: float
    height: float
    rects: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    routes: list[list[tuple[float, float]]] = field(default_factory=list)
    loops: list[str] = field(default_factory=list)


def _layers(boxes: Sequence[Box], arrows: Sequence[Arrow]) -> dict[str, int]:
    known = {box.id for box in boxes}
    for arrow in arrows:
        for end in (arrow.tail, arrow.head):
            if end not in known:
                raise ValueError(f"an arrow names {end!r}, which is no box")
    rank = dict.fromkeys(known, 0)
    for _ in range(len(boxes) + 1):
        changed = False
        for arrow in arrows:
            if arrow.tail != arrow.head and rank[arrow.head] <= rank[arrow.tail]:
                rank[arrow.head] = rank[arrow.tail] + 1
                changed = True
        if not changed:
            # a box no arrow touches is set in the last layer, out of the others' way
            joined = {end for arrow in arrows if arrow.tail != arrow.head for end in arrow}
            last = max(rank.values(), default=0)
            return {box: rank[box] if box in joined else last for box in rank}
    raise ValueError("the arrows go round in a cycle; a layered figure needs none")


def layout(boxes: Sequence[Box], arrows: Sequence[Arrow], direction: str = "TB") -> Layout:
    """Place the boxes and route the arrows (see the module's docstring)."""
    if direction not in ("TB", "LR"):
        raise ValueError(f"direction is TB or LR, not {direction!r}")
    across = direction == "TB"  # layers run across the page (a layer is a row)
    rank = _layers(boxes, arrows)
    by_id = {box.id: box for box in boxes}
    loops = [arrow.tail for arrow in arrows if arrow.tail == arrow.head]
    layers: list[list[_Slot]] = [[] for _ in range(max(rank.values(), default=0) + 1)]
    for box in boxes:
        size, depth = (box.width(), box.height()) if across else (box.height(), box.width())
        reserve = LOOP if box.id in loops else 0.0
        layers[rank[box.id]].append(_Slot(box.id, size, depth, box, reserve=reserve))

    chains: list[list[str]] = []  # each arrow's slots, tail to head
    for number, arrow in enumerate(arrows):
        if arrow.tail == arrow.head:
            continue
        chain = [arrow.tail]
        for layer in range(rank[arrow.tail] + 1, rank[arrow.head]):
            waypoint = f"~{number}~{layer}"
            layers[layer].append(_Slot(waypoint, WAYPOINT, 0.0, None))
            chain.append(waypoint)
        chains.append([*chain, arrow.head])
    below: dict[str, list[str]] = {}
    above: dict[str, list[str]] = {}
    for chain in chains:
        for upper, lower in pairwise(chain):
            below.setdefault(upper, []).append(lower)
            above.setdefault(lower, []).append(upper)

    _order(layers, above, below)
    _place(layers, above, below)

    depths = [max((slot.depth for slot in layer), default=0.0) for layer in layers]
    starts = [PAD + sum(depths[:i]) + LAYER_GAP * i for i in range(len(layers))]
    slots = {slot.id: (slot, i) for i, layer in enumerate(layers) for slot in layer}
    extent = max(
        (slot.cross + slot.size + slot.reserve for layer in layers for slot in layer),
        default=0.0,
    )
    main_total = starts[-1] + depths[-1] + PAD if layers else 2 * PAD
    found = Layout(*((extent + PAD, main_total) if across else (main_total, extent + PAD)))

    def point(cross: float, main: float) -> tuple[float, float]:
        return (cross, main) if across else (main, cross)

    for box in boxes:
        slot, i = slots[box.id]
        x, y = point(slot.cross, starts[i])
        found.rects[box.id] = (x, y, by_id[box.id].width(), by_id[box.id].height())
    found.loops = loops

    found.routes = _routes(chains, slots, starts, depths, point)
    return found


def _routes(
    chains: list[list[str]],
    slots: dict[str, tuple[_Slot, int]],
    starts: list[float],
    depths: list[float],
    point: Callable[[float, float], tuple[float, float]],
) -> list[list[tuple[float, float]]]:
    """Each arrow's points: straight across the layers, from a port to a port."""
    routes: list[list[tuple[float, float]]] = []
    # ports: spread along the side, in the order of what is at the other end
    leaving: dict[str, list[tuple[float, int]]] = {}
    entering: dict[str, list[tuple[float, int]]] = {}
    for n, chain in enumerate(chains):
        leaving.setdefault(chain[0], []).append((slots[chain[1]][0].middle, n))
        entering.setdefault(chain[-1], []).append((slots[chain[-2]][0].middle, n))

    def ports(ends: dict[str, list[tuple[float, int]]]) -> dict[int, float]:
        placed = {}
        for slot_id, items in ends.items():
            slot = slots[slot_id][0]
            for k, (_, n) in enumerate(sorted(items)):
                placed[n] = slot.cross + slot.size * (k + 1) / (len(items) + 1)
        return placed

    out_ports, in_ports = ports(leaving), ports(entering)
    for n, chain in enumerate(chains):
        tail, i = slots[chain[0]]
        route = [
            point(out_ports[n], starts[i] + tail.depth),
            point(out_ports[n], starts[i] + depths[i]),
        ]
        for waypoint in chain[1:-1]:
            slot, j = slots[waypoint]
            route += [point(slot.middle, starts[j]), point(slot.middle, starts[j] + depths[j])]
        j = slots[chain[-1]][1]
        route.append(point(in_ports[n], starts[j]))
        routes.append(route)
    return routes


def _order(
    layers: list[list[_Slot]], above: dict[str, list[str]], below: dict[str, list[str]]
) -> None:
    """Order each layer by its neighbours' mean place, sweeping down and up a few times."""
    for sweep in range(8):
        downwards = sweep % 2 == 0
        indices = range(1, len(layers)) if downwards else range(len(layers) - 2, -1, -1)
        for i in indices:
            reference = layers[i - 1] if downwards else layers[i + 1]
            place = {slot.id: k for k, slot in enumerate(reference)}
            neighbours = above if downwards else below

            keys = []
            for k, slot in enumerate(layers[i]):
                seen = [place[n] for n in neighbours.get(slot.id, []) if n in place]
                keys.append((sum(seen) / len(seen) if seen else float(k), k))
            layers[i][:] = [slot for _, slot in sorted(zip(keys, layers[i], strict=True))]


def _place(
    layers: list[list[_Slot]], above: dict[str, list[str]], below: dict[str, list[str]]
) -> None:
    """Pack each layer, then move boxes towards their neighbours as far as the gaps allow."""
    for layer in layers:
        cross = 0.0
        for slot in layer:
            slot.cross = cross
            cross += slot.size + slot.reserve + _gap(slot)
    widest = max((_span(layer) for layer in layers), default=0.0)
    for layer in layers:
        shift = (widest - _span(layer)) / 2
        for slot in layer:
            slot.cross += shift
    middles = {slot.id: slot for layer in layers for slot in layer}
    for sweep in range(4):
        downwards = sweep % 2 == 0
        order = layers[1:] if downwards else layers[-2::-1]
        for layer in order:
            wanted: list[float | None] = []
            for slot in layer:
                near = (above if downwards else below).get(slot.id, [])
                if near:
                    mean = sum(middles[n].middle for n in near) / len(near)
                    wanted.append(mean - slot.size / 2)
                else:
                    wanted.append(None)
            _fit(layer, wanted)
    low = min((slot.cross for layer in layers for slot in layer), default=0.0)
    for layer in layers:
        for slot in layer:
            slot.cross += PAD - low


def _gap(slot: _Slot) -> float:
    return BOX_GAP if slot.box is not None else BOX_GAP / 2


def _span(layer: list[_Slot]) -> float:
    return sum(slot.size + slot.reserve + _gap(slot) for slot in layer) - (
        _gap(layer[-1]) if layer else 0.0
    )


def _fit(layer: list[_Slot], wanted: list[float | None]) -> None:
    """Put each slot as near its wanted place as the order and the gaps allow; a slot that
    wants no place (nothing joins it to that side) keeps close to its neighbours."""
    tied = [k for k, place in enumerate(wanted) if place is not None]
    if not tied:
        return
    first = tied[0]
    places = [0.0] * len(layer)
    places[first] = wanted[first] or 0.0
    for k in range(first + 1, len(layer)):
        previous = layer[k - 1]
        after = places[k - 1] + previous.size + previous.reserve + _gap(previous)
        place = wanted[k]
        places[k] = after if place is None else max(place, after)
    # the pushing drove the later slots right: move the layer back by the mean overshoot
    overshoot = sum(places[k] - (wanted[k] or 0.0) for k in tied) / len(tied)
    places = [place - overshoot for place in places]
    for k in range(first - 1, -1, -1):  # the free slots before the first tied one
        slot = layer[k]
        places[k] = places[k + 1] - slot.size - slot.reserve - _gap(slot)
    for slot, place in zip(layer, places, strict=True):
        slot.cross = place


def draw(
    boxes: Sequence[Box],
    arrows: Sequence[Arrow],
    *,
    title: str,
    description: str,
    direction: str = "TB",
    name: str = "figure",
) -> str:
    """The figure as a standalone SVG document (see :func:`layout`).

    ``name`` keeps the figure's ids apart from another's on the same page.
    """
    found = layout(boxes, arrows, direction)
    marker = f"{name}-arrow"
    body = [
        "<defs>",
        f'<marker id="{marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
        'markerHeight="8" orient="auto-start-reverse">',
        f'<path d="M0 0 L10 5 L0 10 z" fill="{svg.LINE}"/>',
        "</marker>",
        "</defs>",
    ]
    for route in found.routes:
        body.append(
            f'<path d="{_curve(route, direction)}" fill="none" stroke="{svg.LINE}" '
            f'stroke-width="1.4" marker-end="url(#{marker})"/>'
        )
    for box in boxes:
        x, y, w, h = found.rects[box.id]
        body += _box(box, x, y, w, h)
        if box.id in found.loops:
            body.append(_loop(x + w, y, h, marker))
    return svg.document(found.width, found.height, title, description, body)


def _curve(route: list[tuple[float, float]], direction: str) -> str:
    """Straight runs across layers, S-bends across the gaps between them."""
    n = svg.number
    parts = [f"M{n(route[0][0])} {n(route[0][1])}"]
    for k, (start, end) in enumerate(pairwise(route)):
        if k % 2 == 0:  # within a layer: straight
            parts.append(f"L{n(end[0])} {n(end[1])}")
        elif direction == "TB":
            middle = (start[1] + end[1]) / 2
            parts.append(
                f"C{n(start[0])} {n(middle)} {n(end[0])} {n(middle)} {n(end[0])} {n(end[1])}"
            )
        else:
            middle = (start[0] + end[0]) / 2
            parts.append(
                f"C{n(middle)} {n(start[1])} {n(middle)} {n(end[1])} {n(end[0])} {n(end[1])}"
            )
    return " ".join(parts)


def _box(box: Box, x: float, y: float, w: float, h: float) -> list[str]:
    fill, border, band = PALETTE[box.kind]
    n = svg.number
    parts = [
        f'<rect x="{n(x)}" y="{n(y)}" width="{n(w)}" height="{n(h)}" rx="5" fill="{fill}" '
        f'stroke="{border}" stroke-width="1.2"/>',
        f'<rect x="{n(x + 0.6)}" y="{n(y + 0.6)}" width="{n(w - 1.2)}" height="{n(HEADER - 1.2)}" '
        f'rx="4.5" fill="{band}"/>',
        f'<path d="M{n(x + 0.6)} {n(y + HEADER)} L{n(x + w - 0.6)} {n(y + HEADER)}" '
        f'stroke="{border}" stroke-width="0.8"/>'
        if box.lines
        else "",
        svg.text(x + w / 2, y + 18, box.title, size=TITLE_SIZE, weight="bold", anchor="middle"),
    ]
    for k, line in enumerate(box.lines):
        parts.append(
            svg.text(
                x + PAD,
                y + HEADER + 14 + k * LINE_HEIGHT,
                line,
                size=LINE_SIZE,
                mono=box.mono,
                fill=svg.MUTED if not box.mono else svg.INK,
            )
        )
    return [part for part in parts if part]


def _loop(right: float, y: float, h: float, marker: str) -> str:
    """An arrow from a box to itself (a tree: a section's parent, a comment's replies)."""
    n = svg.number
    top, bottom = y + min(16.0, h / 3), y + min(30.0, 2 * h / 3)
    reach = right + LOOP - 6
    return (
        f'<path d="M{n(right)} {n(top)} C{n(reach)} {n(top - 6)} {n(reach)} {n(bottom + 6)} '
        f'{n(right + 1)} {n(bottom)}" fill="none" stroke="{svg.LINE}" stroke-width="1.4" '
        f'marker-end="url(#{marker})"/>'
    )

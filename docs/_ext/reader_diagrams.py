"""The HTML reader's figures, drawn from :mod:`newsmodel.readers.html.resolve` itself.

:func:`names` fills the braces of ``docs/_diagrams/html-reader.txt`` (the walk) with the
resolver's sources, fields and corrections; :func:`precedence` draws its tables as a grid,
a field per row and a source per column, so the picture and the reader cannot disagree.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import svg
from diagram_text import plugin_names

from newsmodel.readers.html import resolve

TABLES: tuple[tuple[str, Mapping[str, tuple[str, ...]]], ...] = (
    ("metadata (resolve_metadata)", resolve.PRECEDENCE),
    ("structure (resolve_structure)", resolve.STRUCTURE),
)


def sources() -> list[str]:
    """Every source the tables name, in the order they first name them."""
    found: list[str] = []
    for _, table in TABLES:
        for order in table.values():
            found += [name for name in order if name not in found]
    return found


def names(key: str) -> str:
    """What a ``{key}`` in a diagram's text stands for: the resolver's, or a plugin group."""
    known = {
        "resolve.sources": ", ".join(sources()),
        "resolve.metadata": ", ".join(resolve.PRECEDENCE),
        "resolve.structure": ", ".join(resolve.STRUCTURE),
        "resolve.corrections": ", ".join(o.__name__ for o in resolve.OVERRIDES),
    }
    return known[key] if key in known else plugin_names(key)


ROW = 22.0
COLUMN = 30.0
LABEL = 13.0
SLANT = math.radians(50)


def precedence() -> tuple[str, str]:
    """The resolver's tables as a grid (SVG), and a sentence saying what it shows."""
    columns = sources()
    rows: list[tuple[str, tuple[str, ...] | None]] = []
    for heading, table in TABLES:
        rows.append((heading, None))
        rows += list(table.items())
    field_width = max(svg.text_width(name, LABEL, mono=True) for name, _ in rows) + 24
    longest = max(svg.text_width(name, LABEL) for name in columns)
    top = 16 + longest * math.sin(SLANT)
    grid_width = COLUMN * len(columns)
    right = longest * math.cos(SLANT) + 12
    fallback = "headline when no source gives one: " + ", then ".join(
        resolve.HEADLINE_FALLBACK.values()
    )
    legend = [
        ("1", "the order the sources are asked in; the first with a value wins", False),
        ("2", "dashed: asked only while nothing before it gave the field", True),
    ]
    notes_width = max(
        svg.text_width(fallback, 12), *(svg.text_width(t, 12) + 30 for _, t, _ in legend)
    )
    width = max(16 + field_width + grid_width + right, 16 + notes_width + 16)
    height = top + ROW * len(rows) + 16 + 3 * 20 + 10
    n = svg.number
    body: list[str] = []
    for k, name in enumerate(columns):
        x = 16 + field_width + COLUMN * k + COLUMN / 2
        body.append(
            svg.text(x - 4, top - 6, name, size=LABEL, fill=svg.INK).replace(
                "<text ",
                f'<text transform="rotate(-{n(math.degrees(SLANT))} {n(x - 4)} {n(top - 6)})" ',
            )
        )
        body.append(
            f'<path d="M{n(x)} {n(top)} L{n(x)} {n(top + ROW * len(rows))}" stroke="#e4e7eb"/>'
        )
    for r, (name, order) in enumerate(rows):
        y = top + ROW * r
        if order is None:
            body.append(
                f'<rect x="16" y="{n(y + 1)}" width="{n(field_width + grid_width)}" '
                f'height="{n(ROW - 2)}" fill="#d9e2ec"/>'
            )
            body.append(svg.text(22, y + 15, name, size=LABEL, weight="bold"))
            continue
        body.append(svg.text(22, y + 15, name, size=LABEL, mono=True))
        for rank, source in enumerate(order, 1):
            x = 16 + field_width + COLUMN * columns.index(source) + COLUMN / 2
            body += _mark(x, y + ROW / 2, rank, source in resolve.ONLY_WHEN_MISSING)
    y = top + ROW * len(rows) + 20
    for k, (mark, words, dashed) in enumerate(legend):
        body += _mark(26, y + 20 * k - 4, int(mark), dashed)
        body.append(svg.text(42, y + 20 * k, words, size=12, fill=svg.MUTED))
    body.append(svg.text(16, y + 40, fallback, size=12, fill=svg.MUTED))
    description = (
        "Which source gives each field of an HTML page's article, in order: "
        + "; ".join(
            f"{field}: {', '.join(order)}" for _, table in TABLES for field, order in table.items()
        )
        + f". The {fallback}."
    )
    title = "The HTML reader's precedence, field by field"
    return svg.document(width, height, title, description, body), description


def _mark(x: float, y: float, rank: int, dashed: bool) -> list[str]:
    n = svg.number
    style = (
        'fill="#ffffff" stroke="#35469c" stroke-dasharray="3 2"' if dashed else 'fill="#35469c"'
    )
    ink = "#35469c" if dashed else "#ffffff"
    return [
        f'<circle cx="{n(x)}" cy="{n(y)}" r="8.5" {style} stroke-width="1.3"/>',
        svg.text(x, y + 4, str(rank), size=11, weight="bold", anchor="middle", fill=ink),
    ]

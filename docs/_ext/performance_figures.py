"""The performance page's tables (as reStructuredText) and charts (as SVG), from its data.

``docs/_data/peers.json`` and ``docs/_data/readers.json`` are runs of
``python benchmarks/peers.py --json PATH`` and ``benchmarks/readers.py --json PATH``, kept as
they were written; ``docs/_data/unseen-issue13.json`` holds, by hand, the only figures there
are on pages the project never saw (issue 13's), with where they come from. Nothing here
needs Sphinx: :mod:`performance_data` puts these on the page.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import svg

DATA = Path(__file__).resolve().parent.parent / "_data"
PEERS = DATA / "peers.json"
READERS = DATA / "readers.json"
UNSEEN = DATA / "unseen-issue13.json"
OURS = "newsmodel"
FLOOR = "lxml parse"
# a colour per extractor, the same in every chart
COLOURS = {
    "newsmodel": "#35469c",
    "trafilatura": "#c65d21",
    "trafilatura body": "#e8a87c",
    "newspaper4k": "#7b8794",
    "goose3": "#9aa5b1",
    "readability": "#147d64",
    "readability-lxml": "#147d64",
    "trafilatura 2.3": "#c65d21",
}


def load(path: Path) -> dict[str, Any]:
    """A data file, read; a missing or broken one is an error naming it."""
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"cannot read {path.name}: {error}") from error
    if not isinstance(found, dict):
        raise ValueError(f"{path.name} holds no JSON object")
    return found


def corpus(run: dict[str, Any], name: str) -> dict[str, Any]:
    for item in run["corpora"]:
        if item["corpus"] == name:
            return dict(item)
    raise LookupError(f"{PEERS.name} has no corpus {name!r}")


def _cell(value: Any, places: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{places}f}"
    return str(value)


def _table(header: list[str], rows: list[list[str]], widths: list[int] | None = None) -> list[str]:
    lines = [".. list-table::", "   :header-rows: 1"]
    if widths:
        lines.append(f"   :widths: {' '.join(map(str, widths))}")
    lines.append("")
    for row in [header, *rows]:
        lines += [f"   * - {row[0]}", *(f"     - {cell}" for cell in row[1:])]
    return lines


def run_lines(run: dict[str, Any], script: str = "peers") -> list[str]:
    """The run's date, machine, load and versions, as reStructuredText."""
    machine = run["machine"]
    load = run["load_average"]
    at_corpora = ", ".join(f"{c['corpus']} {c['load_before']:.1f}" for c in run["corpora"])
    versions = ", ".join(f"{name} {version}" for name, version in run["versions"].items())
    return [
        f"One run of ``python benchmarks/{script}.py --json docs/_data/{script}.json``, started "
        f"{run['date'].replace('T', ' at ').replace('+00:00', ' UTC')} at commit "
        f"``{run['commit']}``, taking {run['seconds'] / 60:.0f} minutes, on "
        f"{machine['cores']} cores of an {machine['cpu']} ({machine['system']}), "
        f"{machine['python']}. The cores were shared with other work: the load average "
        f"(one minute) was {load['before'][0]:.1f} at the start, {at_corpora} as each corpus "
        f"began, and {load['after'][0]:.1f} at the end, where the run alone would keep it "
        "near 1. Pages per second are therefore lower than on an idle machine; compare them "
        "within the run only. Versions: " + versions + ".",
    ]


def corpus_lines(run: dict[str, Any], name: str) -> list[str]:
    """One corpus's table: quality on each half and whole, speed, failures."""
    found = corpus(run, name)
    halves = found["scored_by_half"]
    rows = []
    for row in found["extractors"]:
        label = f"**{row['extractor']}**" if row["extractor"] == OURS else row["extractor"]
        rows.append(
            [
                label,
                *(_cell(row.get(key)) for key in ("precision", "recall", "f1", "f1_A", "f1_B")),
                _cell(row["pages_per_second"], 1),
                _cell(row["x_floor"], 1),
                _cell(row["newsmodel_x"], 2),
                str(row["failed"]),
            ]
        )
    unscored = found["pages"] - found["scored"]
    heading = (
        f"**{name}**: {found['pages']} pages, body by {found['rules']}; half A "
        f"{halves['A']} pages, half B {halves['B']}"
        + (f" ({unscored} not readerable: timed, not scored)" if unscored else "")
        + "."
    )
    header = ["extractor", "P", "R", "F1", "F1 A", "F1 B", "pages/s", "× floor", "newsmodel ×"]
    return [heading, "", *_table([*header, "failed"], rows)]


def peers_of(run: dict[str, Any]) -> list[str]:
    """The extractors compared with newsmodel, in the run's order."""
    names = [row["extractor"] for row in run["corpora"][0]["extractors"]]
    return [name for name in names if name not in (OURS, FLOOR)]


def _halves(found: dict[str, Any], key: str) -> tuple[float | None, str, float | None]:
    """newsmodel's figure ``key`` on a corpus, the best peer's name and figure."""
    by_name = {row["extractor"]: row for row in found["extractors"]}
    peers = [name for name in by_name if name not in (OURS, FLOOR)]
    best = max(peers, key=lambda name: by_name[name][key] or 0.0)
    return by_name[OURS][key], best, by_name[best][key]


HALVES = (("f1", "on the whole corpus"), ("f1_A", "on half A"), ("f1_B", "on half B"))


def summary_lines(run: dict[str, Any]) -> list[str]:
    """In words: where newsmodel's body F1 leads the peers' and where it does not, and how
    its speed compares; every figure from the run."""
    leading, mixed = [], []
    for found in run["corpora"]:
        ahead, behind = [], []
        for key, where in HALVES:
            ours, best, theirs = _halves(found, key)
            if ours is None or theirs is None:
                continue
            if round(ours, 3) > round(theirs, 3):
                ahead.append(f"{where} ({ours:.3f} to {best}'s {theirs:.3f})")
            else:
                behind.append(f"{where} ({best} {theirs:.3f} to {ours:.3f})")
        if not behind:
            leading.append(found["corpus"])
        else:
            text = f"on {found['corpus']} newsmodel is behind or level {_joined(behind)}"
            mixed.append(text + (f", ahead {_joined(ahead)}" if ahead else ""))
    lines = []
    if leading:
        lines.append(
            f"On the dev corpora, in the run of {run['date'][:10]}, newsmodel has the highest "
            f"body F1 on {_joined(leading)}, whole and on each half."
        )
    if mixed:
        lines.append("It does not everywhere: " + "; ".join(mixed) + ".")
    return [" ".join(lines)]


def speed_summary_lines(run: dict[str, Any]) -> list[str]:
    """In words: newsmodel's pages per second as a multiple of each peer's, least to most."""
    parts = []
    for peer in peers_of(run):
        ratios = [
            row["newsmodel_x"]
            for found in run["corpora"]
            for row in found["extractors"]
            if row["extractor"] == peer
        ]
        parts.append(f"{min(ratios):.1f} to {max(ratios):.1f} times {peer}'s")
    slower = any(
        row["newsmodel_x"] < 1
        for found in run["corpora"]
        for row in found["extractors"]
        if row["extractor"] not in (OURS, FLOOR)
    )
    verdict = "is slower than a peer on some corpus" if slower else "is faster than every peer"
    return [
        f"On every dev corpus of the run newsmodel {verdict}: its pages per second are "
        + "; ".join(parts)
        + "."
    ]


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def leads_lines(run: dict[str, Any]) -> list[str]:
    """For every corpus and half, newsmodel's body F1 against the best peer's."""
    rows = []
    for found in run["corpora"]:
        by_name = {row["extractor"]: row for row in found["extractors"]}
        for key, label in (("f1_A", "A"), ("f1_B", "B"), ("f1", "whole")):
            ours = by_name[OURS][key]
            best = max(peers_of(run), key=lambda name: by_name[name][key] or 0.0)
            theirs = by_name[best][key]
            if ours is None or theirs is None:
                continue
            verdict = "newsmodel leads" if ours > theirs else "newsmodel behind"
            if round(ours, 3) == round(theirs, 3):
                verdict = "level"
            rows.append(
                [
                    found["corpus"],
                    label,
                    _cell(ours),
                    f"{best} {_cell(theirs)}",
                    f"{ours - theirs:+.3f}",
                    verdict,
                ]
            )
    header = ["corpus", "half", "newsmodel", "best peer", "difference", ""]
    return _table(header, rows, [22, 8, 12, 26, 12, 20])


def speed_lines(run: dict[str, Any]) -> list[str]:
    """newsmodel's pages per second as a multiple of each peer's, corpus by corpus."""
    names = [c["corpus"] for c in run["corpora"]]
    rows = []
    for peer in peers_of(run):
        cells = []
        for found in run["corpora"]:
            row = next(r for r in found["extractors"] if r["extractor"] == peer)
            cells.append(f"{row['newsmodel_x']:.2f}×")
        rows.append([peer, *cells])
    return _table(["peer", *names], rows)


def memory_lines(run: dict[str, Any]) -> list[str]:
    rows = [
        [row["extractor"], _cell(row["rss_growth_mib"], 1), _cell(row["traced_peak_mib"], 2)]
        for row in run["memory"]
    ]
    heading = (
        f"Peak memory, one fresh process per extractor, over the first {run['memory_pages']} "
        "pages of each corpus:"
    )
    header = ["extractor", "RSS growth MiB", "tracemalloc peak per page MiB"]
    return [heading, "", *_table(header, rows)]


def writers_lines(run: dict[str, Any]) -> list[str]:
    written = run["writers"]
    rows = [
        [f"``{r['format']}``", f"{r['articles_per_second']:.0f}", _cell(r["mb_per_second"], 1)]
        for r in written["formats"]
    ]
    return [
        f"The writers, on {written['articles']} articles drawn with a fixed seed from "
        f":mod:`newsmodel.strategies`, best of {written['repeat']}:",
        "",
        *_table(["format", "articles/s", "MB/s"], rows),
        "",
        f"One ``Article`` read from an aeb-dev page holds {written['article_kib']:.1f} KiB "
        f"(tracemalloc, after reading {written['article_pages']} pages of a mean of "
        f"{written['article_words']:.0f} words, the reader's caches filled beforehand so "
        "that they are not counted).",
    ]


def scaling_lines(run: dict[str, Any]) -> list[str]:
    rows = [
        [r["how"], _cell(r["one"], 1), _cell(r["two"], 1), f"{r['two'] / r['one']:.2f}×"]
        for r in run["scaling"]
    ]
    pages = run["scaling"][0]["pages"] if run["scaling"] else 0
    return [
        f"Reading the {pages} wcxb-dev-articles pages with 1 and with 2 worker processes "
        "(pages per second, pool start-up inside the time):",
        "",
        *_table(["how", "1 process", "2 processes", "2 vs 1"], rows),
    ]


def readers_lines(run: dict[str, Any], name: str) -> list[str]:
    """One corpus of a ``readers.py`` run: every figure, half by half, both extractors."""
    found = corpus(run, name)
    columns: list[str] = []
    for row in found["rows"]:
        columns += [column for column in row["figures"] if column not in columns]
    rows = []
    for row in found["rows"]:
        label = f"**{row['extractor']}**" if row["extractor"] == OURS else row["extractor"]
        cells = [_cell(row["figures"].get(column), 3) for column in columns]
        rate = row["pages_per_second"]
        rows.append([row["half"], label, *cells, _cell(rate, 1) if rate else ""])
    unscored = f" ({found['not_scored']} not readerable: left out of the body score)"
    heading = (
        f"**{name}**: {found['pages']} pages (half A {found['by_half']['A']}, half B "
        f"{found['by_half']['B']}); {found['what']}"
        + (unscored if found["not_scored"] else "")
        + f". newsmodel reads {found['newsmodel_x_trafilatura']:.2f}× trafilatura's pages/s."
    )
    return [heading, "", *_table(["half", "extractor", *columns, "pages/s"], rows)]


def unseen_lines(unseen: dict[str, Any]) -> list[str]:
    rows = [
        [item["corpus"], str(item["pages"]), *(_cell(v) for v in item["f1"])]
        for item in unseen["corpora"]
    ]
    return _table(["corpus (unseen)", "pages", *unseen["tools"]], rows, [40, 10, 15, 15, 15])


# -- charts ------------------------------------------------------------------------------------


def _axis_floor(values: list[float], step: float = 0.05) -> float:
    """A round start for an F1 axis a little below the lowest value."""
    return math.floor((min(values) - 0.02) / step) * step


def bars(
    groups: list[tuple[str, list[tuple[str, list[float | None]]]]],
    series: list[str],
    *,
    low: float,
    high: float,
    unit: str,
    places: int,
    title: str,
    description: str,
    marks: tuple[float, ...] = (),
) -> str:
    """Horizontal bars: for each group (a corpus) a row per name, a bar per series.

    The axis runs from ``low`` to ``high``, written under every group; ``marks`` are values
    drawn as dashed lines (a target).
    """
    label_width = 16 + max(svg.text_width(name, 12) for _, rows in groups for name, _ in rows)
    plot = 420.0
    bar, gap, row_gap = 9.0, 2.0, 9.0
    width = label_width + plot + 64
    y = 40.0 if series else 12.0
    n = svg.number

    def x_of(value: float) -> float:
        return label_width + plot * (value - low) / (high - low)

    body: list[str] = []
    for k, name in enumerate(series):
        x = label_width + 150 * k
        shade = _shade(k)
        body.append(
            f'<rect x="{n(x)}" y="14" width="14" height="10" fill="#35469c" opacity="{shade}"/>'
        )
        body.append(svg.text(x + 20, 23, name, size=12, fill=svg.MUTED))
    ticks = _ticks(low, high)
    for group, rows in groups:
        body.append(svg.text(8, y + 14, group, size=13, weight="bold"))
        y += 24
        top = y
        under = len(body)  # the grid goes here, under the bars
        for name, values in rows:
            body.append(svg.text(label_width - 8, y + 12, name, size=12, anchor="end"))
            colour = COLOURS.get(name, "#52606d")
            for k, value in enumerate(values):
                if value is None:
                    continue
                end = x_of(max(low, min(value, high)))
                body.append(
                    f'<rect x="{n(label_width)}" y="{n(y)}" width="{n(end - label_width)}" '
                    f'height="{n(bar)}" fill="{colour}" opacity="{_shade(k)}"/>'
                )
                label = f"{value:.{places}f}"
                body.append(  # a white ground keeps the figure legible over a dashed mark
                    f'<rect x="{n(end + 2)}" y="{n(y - 1)}" height="{n(bar + 2)}" '
                    f'width="{n(svg.text_width(label, 10) + 4)}" fill="#ffffff"/>'
                )
                body.append(svg.text(end + 4, y + 8, label, size=10, fill=svg.MUTED))
                y += bar + gap
            y += row_gap - gap
        bottom = y
        grid = []
        for tick in ticks:
            x = x_of(tick)
            grid.append(
                f'<path d="M{n(x)} {n(top - 4)} L{n(x)} {n(bottom)}" stroke="#cbd2d9" '
                'stroke-width="0.8"/>'
            )
            body.append(svg.text(x, bottom + 13, f"{tick:g}{unit}", size=10, anchor="middle"))
        for mark in marks:
            x = x_of(mark)
            grid.append(
                f'<path d="M{n(x)} {n(top - 4)} L{n(x)} {n(bottom)}" stroke="#c65d21" '
                'stroke-width="1.2" stroke-dasharray="4 3"/>'
            )
        body[under:under] = grid
        y = bottom + 28
    return svg.document(width, y, title, description, body)


def _shade(k: int) -> str:
    return ("1", "0.55", "0.3")[k % 3]


def _ticks(low: float, high: float) -> list[float]:
    span = high - low
    step = next(s for s in (0.05, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0) if span / s <= 8)
    first = math.ceil(low / step - 1e-9) * step
    return [round(first + k * step, 6) for k in range(int((high - first) / step + 1e-9) + 1)]


def f1_chart(run: dict[str, Any]) -> str:
    groups = []
    values: list[float] = []
    for found in run["corpora"]:
        rows = []
        for row in found["extractors"]:
            if row["extractor"] == FLOOR:
                continue
            rows.append((row["extractor"], [row["f1_A"], row["f1_B"]]))
            values += [v for v in (row["f1_A"], row["f1_B"]) if v is not None]
        groups.append((found["corpus"], rows))
    low = _axis_floor(values)
    description = "Body F1 on each fixed half of each dev corpus, per extractor: " + "; ".join(
        f"{group}: " + ", ".join(f"{name} A {_cell(a)} B {_cell(b)}" for name, (a, b) in rows)
        for group, rows in groups
    )
    return bars(
        groups,
        ["half A", "half B"],
        low=low,
        high=1.0,
        unit="",
        places=3,
        title=f"Body F1 per corpus and half (the axis starts at {low:g})",
        description=description,
    )


def speed_chart(run: dict[str, Any]) -> str:
    groups: list[tuple[str, list[tuple[str, list[float | None]]]]] = []
    for found in run["corpora"]:
        by_name = {row["extractor"]: row for row in found["extractors"]}
        groups.append(
            (found["corpus"], [(peer, [by_name[peer]["newsmodel_x"]]) for peer in peers_of(run)])
        )
    top = max(value or 0.0 for _, rows in groups for _, values in rows for value in values)
    description = "newsmodel's pages per second as a multiple of each peer's: " + "; ".join(
        f"{group}: " + ", ".join(f"{peer} {values[0]:.2f}" for peer, values in rows)
        for group, rows in groups
    )
    return bars(
        groups,
        [],
        low=0.0,
        high=float(math.ceil(top)),
        unit="×",
        places=2,
        title="newsmodel's pages per second as a multiple of each peer's",
        description=description,
        marks=(2.0,),
    )


def unseen_chart(unseen: dict[str, Any]) -> str:
    groups = [
        (
            item["corpus"],
            [(tool, [value]) for tool, value in zip(unseen["tools"], item["f1"], strict=True)],
        )
        for item in unseen["corpora"]
    ]
    values = [v for item in unseen["corpora"] for v in item["f1"]]
    low = _axis_floor(values)
    description = "Body F1 on unseen corpora (issue 13): " + "; ".join(
        f"{group}: " + ", ".join(f"{tool} {v[0]:.3f}" for tool, v in rows)
        for group, rows in groups
    )
    return bars(
        groups,
        [],
        low=low,
        high=1.0,
        unit="",
        places=3,
        title=f"Body F1 on unseen corpora, issue 13 (the axis starts at {low:g})",
        description=description,
    )

"""Replays saved inputs through the same reads as the fuzz targets, without atheris, and
prints what each one does: the traceback of an exception other than ``NewsmodelError``,
and the CPU time (an instrumented fuzz run is several times slower, so time a slow
finding here before reporting it).

Run ``python fuzz/replay.py fuzz/work/findings/html/crash-0123abcd.bin`` (or a folder); the
reader is the ``reader:`` line of the finding's ``.txt``, else the name of the folder
(``fuzz/regressions/jsonld/``), else ``--reader``. Exits with 1 when anything was found.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from harness import READERS, check


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="input files or folders of them")
    parser.add_argument("--reader", choices=READERS, help="when the path does not tell")
    args = parser.parse_args()
    failed = False
    for path in _inputs(args.paths):
        reader = args.reader or reader_of(path)
        if reader is None:
            parser.error(f"{path}: which reader? pass --reader")
        data = path.read_bytes()
        started = time.process_time()
        findings = check(reader, data, timed=False)
        cpu = time.process_time() - started
        print(f"{path} ({reader}, {len(data)} bytes): {cpu:.3f} s CPU")
        for finding in findings:
            failed = True
            print(f"  {finding.kind} in {finding.call}: {finding.where}\n{finding.report}")
    return 1 if failed else 0


def reader_of(path: Path) -> str | None:
    """The reader a saved input belongs to, from its report or its folder's name."""
    report = path.with_suffix(".txt")
    if report.is_file() and report != path:
        for line in report.read_text(encoding="utf-8").splitlines():
            if line.startswith("reader: "):
                return line.removeprefix("reader: ").strip()
    return path.parent.name if path.parent.name in READERS else None


def _inputs(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix != ".txt")
        else:
            found.append(path)
    return found


if __name__ == "__main__":
    sys.exit(main())

"""``newsmodel batch``: read many inputs into JSON Lines (see docs/batch.rst).

The names ``--from``, ``--to`` and ``--enrich`` give, and the ``-O`` options, are checked
by the command line (:mod:`newsmodel._usage`) before this runs.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import attrs

from .._usage import cli_wording, writer_options
from ._inputs import count
from ._output import write_jsonl
from ._pool import TIME_LIMIT, read_inputs
from ._progress import progress
from ._result import BatchResult, Failure
from ._resume import read_sources, trim_partial_line

__all__ = ["add_to"]


def add_to(commands: Any) -> None:
    """Add the ``batch`` command to the CLI's subparsers (``commands``)."""
    batch: argparse.ArgumentParser = commands.add_parser(
        "batch",
        help="read many files, directories, WARC or JSON Lines files into JSON Lines",
        description="Read every page the inputs hold and write one JSON line per page: "
        "its source and its article, or the error that stopped it. A failed page does "
        "not stop the run; the exit status is 0 when the run completes.",
    )
    batch.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a file, a directory (read recursively), a glob ('pages/**/*.html'), a WARC "
        "file (.warc, .warc.gz) or JSON Lines (.jsonl, .ndjson) of HTML or documents",
    )
    batch.add_argument(
        "-f",
        "--from",
        dest="source_format",
        metavar="FORMAT",
        help="input format of plain files (default: recognised from each file)",
    )
    batch.add_argument(
        "-t",
        "--to",
        dest="target_format",
        metavar="FORMAT",
        default="json",
        help="how each article is written in its line: json (default), jsonld, or any "
        "other registered writer (its text is then a JSON string)",
    )
    batch.add_argument(
        "-O",
        "--option",
        dest="options",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a writer option, as for 'newsmodel read'; may be repeated",
    )
    batch.add_argument(
        "-e",
        "--enrich",
        dest="enrichers",
        action="append",
        default=[],
        metavar="NAME",
        help="an enricher to apply to every article (e.g. people); may be repeated",
    )
    batch.add_argument(
        "-o", "--output", metavar="FILE", help="file to write; default standard output"
    )
    batch.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs whose source already has a line in the -o FILE, and append",
    )
    batch.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help="worker processes (default: one per core)",
    )
    batch.add_argument(
        "--time-limit",
        type=_seconds,
        default=TIME_LIMIT,
        metavar="SECONDS",
        help="the longest one page may take; a page that takes longer is an error line and "
        f"its worker is replaced (default {TIME_LIMIT:g}; 0 for no limit, and with -j 1 "
        "the pages are then read in this process)",
    )
    batch.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress bar (there is one only when standard error is a terminal; it "
        "shows the pages left and the time they should take when the inputs are files "
        "and directories, which are counted first)",
    )
    batch.set_defaults(run=_run, usage_error=batch.error)


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return number


def _seconds(text: str) -> float | None:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < math.inf:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds")
    return seconds or None


def _run(args: argparse.Namespace) -> int:
    if args.resume and not args.output:
        args.usage_error("--resume needs -o FILE")
    options = writer_options(args.target_format, args.options)
    done: frozenset[str] = frozenset()
    if args.resume:
        trim_partial_line(args.output)
        done = read_sources(args.output)
    results = read_inputs(
        args.inputs,
        format=args.source_format,
        jobs=args.jobs,
        skip=done,
        time_limit=args.time_limit,
        here=args.jobs == 1 and args.time_limit is None,  # else a page could stall the run
        enrich=args.enrichers,
    )
    tally = _Tally()
    with _open(args.output, append=args.resume) as stream:
        shown = progress(
            results,
            enabled=None if args.progress else False,
            total=lambda: count(args.inputs, done),
        )
        lines = (_worded(result) for result in tally.count(shown))
        write_jsonl(lines, stream, format=args.target_format, options=options)
    skipped = f", {len(done)} skipped as done" if args.resume else ""
    print(f"newsmodel: batch: {tally.read} read, {tally.failed} failed{skipped}", file=sys.stderr)
    return 0


def _worded(result: BatchResult) -> BatchResult:
    """``result``, its error worded for the command line (``--from``, not ``format=``)."""
    if result.error is None:
        return result
    message = cli_wording(result.error.type, result.error.message)
    return attrs.evolve(result, error=Failure(result.error.type, message))


def _open(path: str | None, *, append: bool) -> contextlib.AbstractContextManager[TextIO]:
    if path is None:
        return contextlib.nullcontext(sys.stdout)
    return open(path, "a" if append else "w", encoding="utf-8")


class _Tally:
    """Counts results as they pass by."""

    def __init__(self) -> None:
        self.read = self.failed = 0

    def count(self, results: Iterator[BatchResult]) -> Iterator[BatchResult]:
        for result in results:
            if result.ok:
                self.read += 1
            else:
                self.failed += 1
            yield result

"""Read many pages at once: files, directories, globs, WARC files and JSON Lines of HTML,
in worker processes, into JSON Lines (``newsmodel batch`` on the command line).

:func:`read_many` yields a :class:`BatchResult` per page, in input order, keeping a
bounded number of pages in flight; :func:`write_jsonl` writes results one line each;
:func:`read_sources` lists the sources an earlier output has, to resume a run. WARC input
and the progress bar need the ``batch`` extra (``warcio``, ``tqdm``).

This is a subpackage of its own, not re-exported from :mod:`newsmodel`: it brings
processes, containers and files into play, which reading one document does not need.
"""

from __future__ import annotations

from ._output import to_line, write_jsonl
from ._pool import TIME_LIMIT, max_in_flight, read_many
from ._result import BatchResult, Failure, Page
from ._resume import read_sources

__all__ = [
    "TIME_LIMIT",
    "BatchResult",
    "Failure",
    "Page",
    "max_in_flight",
    "read_many",
    "read_sources",
    "to_line",
    "write_jsonl",
]

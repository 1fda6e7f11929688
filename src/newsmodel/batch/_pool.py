"""``read_many``: read a stream of inputs, in this process or in worker processes, with a
bounded amount of work in flight and the results in input order."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator

from .. import registry
from ._inputs import FileRef, Input, Task, expand
from ._result import BatchResult, Page
from ._worker import read_task
from ._workers import Workers

__all__ = ["TIME_LIMIT", "max_in_flight", "read_inputs", "read_many"]

#: Seconds one page may take in a worker before the worker is killed and the page fails.
TIME_LIMIT = 60.0

#: Pages taken ahead for each worker, so that the others keep reading while the next page
#: to yield is slow.
AHEAD_PER_WORKER = 16


def max_in_flight(jobs: int) -> int:
    """The most tasks taken from the inputs but not yet yielded, with ``jobs`` workers."""
    return 1 if jobs == 1 else AHEAD_PER_WORKER * jobs


def read_many(
    inputs: Iterable[Input],
    *,
    format: str | None = None,
    jobs: int | None = None,
    skip: Iterable[str] = (),
    time_limit: float | None = TIME_LIMIT,
    enrich: Iterable[str] = (),
) -> Iterator[BatchResult]:
    """Read many pages, yielding one :class:`BatchResult` per page in input order.

    ``inputs`` is consumed lazily and only a bounded number of pages is in flight
    (:func:`max_in_flight`), so memory stays flat however many inputs there are. A page
    that fails to read, for any reason, gives a result with an ``error``; the rest go on.

    Args:
        inputs: Paths and glob patterns (``str``), path-likes and :class:`Page` objects.
            A directory is read recursively; ``.warc``/``.warc.gz`` and
            ``.jsonl``/``.ndjson`` files are containers of HTML pages. A ``str`` is never
            a document's text here: wrap text in a :class:`Page`.
        format: The reader for plain files and pages without one; ``None`` recognises
            each as :func:`newsmodel.read` does. Container pages are always ``html``.
        jobs: Worker processes; ``None`` for one per core this process may use, ``1``
            to read in this process. Workers read plain files from their paths; other
            pages travel to them as content.
        skip: Sources not to read (those of a previous run, for resuming).
        time_limit: Seconds one page may take in a worker; a page that takes longer
            gives a ``TimeoutError`` result, and its worker is killed and replaced.
            ``None`` for no limit. Reading in this process (``jobs=1``) cannot be
            stopped, so there the limit does not apply: use ``jobs=2`` or more, or
            ``newsmodel batch``, which reads in a worker even with ``-j 1``.
        enrich: Names of enrichers (``"people"``) to apply to every article, in order.

    Raises:
        UnknownFormatError: ``format`` names no reader (before anything is read).
        UnknownEnricherError: A name in ``enrich`` names no enricher (likewise).
        ValueError: ``jobs`` is less than 1, or ``time_limit`` is not positive.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       The ``enrich`` argument.
    """
    return read_inputs(
        inputs,
        format=format,
        jobs=jobs,
        skip=skip,
        time_limit=time_limit,
        here=jobs == 1,
        enrich=enrich,
    )


def read_inputs(
    inputs: Iterable[Input],
    *,
    format: str | None,
    jobs: int | None,
    skip: Iterable[str],
    time_limit: float | None,
    here: bool,
    enrich: Iterable[str] = (),
) -> Iterator[BatchResult]:
    """:func:`read_many`, in this process if ``here``, else in ``jobs`` workers (one per
    core for ``None``), even just one."""
    if format is not None:
        registry.get("readers", format)
    enrichers = (enrich,) if isinstance(enrich, str) else tuple(enrich)
    for name in enrichers:
        registry.get("enrichers", name)
    jobs = _cores() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if time_limit is not None and not time_limit > 0:
        raise ValueError(f"time_limit must be a positive number of seconds, not {time_limit}")
    done = skip if isinstance(skip, (set, frozenset)) else frozenset(skip)
    tasks = (task for task in expand(inputs, format) if task.source not in done)
    if here:
        return (read_task(task, enrichers) for task in tasks)
    return _in_workers(tasks, jobs, time_limit, enrichers)


def _in_workers(
    tasks: Iterator[Task], jobs: int, time_limit: float | None, enrich: tuple[str, ...]
) -> Iterator[BatchResult]:
    window = max_in_flight(jobs)
    waiting: deque[tuple[int, FileRef | Page]] = deque()  # taken, for the next idle worker
    finished: dict[int, BatchResult] = {}  # read, for their turn to be yielded
    taken = yielded = 0
    with Workers(jobs, time_limit, enrich) as workers:
        while True:
            while taken - yielded < window and (task := next(tasks, None)) is not None:
                if isinstance(task, BatchResult):
                    finished[taken] = task  # failed already: nothing to read
                else:
                    waiting.append((taken, task))
                taken += 1
            while waiting and workers.idle:
                workers.give(*waiting.popleft())
            if yielded in finished:
                yield finished.pop(yielded)
                yielded += 1
            elif workers.busy:
                finished.update(workers.results())
            else:
                return  # nothing waiting, read or being read: all yielded


def _cores() -> int:
    """The cores this process may run on (its CPU affinity, where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1

"""``read_many``: read a stream of inputs, in this process or a pool of workers, with a
bounded amount of work in flight and the results in input order."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from .. import registry
from ._inputs import Input, Task, expand
from ._result import BatchResult, Failure
from ._worker import read_chunk, read_task, start_worker

__all__ = ["CHUNK_SIZE", "max_in_flight", "read_many"]

#: Tasks sent to a worker in one round trip.
CHUNK_SIZE = 8


def max_in_flight(jobs: int) -> int:
    """The most tasks taken from the inputs but not yet yielded, with ``jobs`` workers."""
    return 1 if jobs == 1 else 2 * jobs * CHUNK_SIZE


def read_many(
    inputs: Iterable[Input],
    *,
    format: str | None = None,
    jobs: int | None = None,
    skip: Iterable[str] = (),
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

    Raises:
        UnknownFormatError: ``format`` names no reader (before anything is read).
        ValueError: ``jobs`` is less than 1.

    .. versionadded:: 0.1.0
    """
    if format is not None:
        registry.get("readers", format)
    jobs = _cores() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    done = skip if isinstance(skip, (set, frozenset)) else frozenset(skip)
    tasks = (task for task in expand(inputs, format) if task.source not in done)
    if jobs == 1:
        return (read_task(task) for task in tasks)
    return _pooled(tasks, jobs)


def _pooled(tasks: Iterator[Task], jobs: int) -> Iterator[BatchResult]:
    chunks = iter(lambda: list(islice(tasks, CHUNK_SIZE)), [])
    window = max_in_flight(jobs) // CHUNK_SIZE
    pending: deque[tuple[list[Task], Future[list[BatchResult]]]] = deque()
    pool = _pool_of(jobs)
    try:
        while True:
            while len(pending) < window and (chunk := next(chunks, None)) is not None:
                pending.append((chunk, pool.submit(read_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool as error:
                # A worker died (killed, out of memory, crashed in C): fail the chunk we
                # were waiting on, start a new pool and give it the rest again.
                results = [_failed(task, error) for task in chunk]
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool_of(jobs)
                pending = deque((c, pool.submit(read_chunk, c)) for c, _ in pending)
            except Exception as error:  # e.g. a result that does not pickle
                results = [_failed(task, error) for task in chunk]
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pool_of(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(jobs, initializer=start_worker, initargs=(os.getpid(),))


def _cores() -> int:
    """The cores this process may run on (its CPU affinity, where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _failed(task: Task, error: BaseException) -> BatchResult:
    if isinstance(task, BatchResult):
        return task
    return BatchResult(task.source, error=Failure.of(error))

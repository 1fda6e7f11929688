"""Worker processes that read one task at a time, each under a time limit.

The parent knows which task each worker is reading and since when, so a worker that dies
(killed, out of memory, a crash in C) or runs past the time limit costs that one task: it
is killed if need be and replaced, and the other workers go on undisturbed.
:class:`concurrent.futures.ProcessPoolExecutor` can do neither: it cannot stop a task,
and one dead worker breaks the whole pool and every task in it.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import signal
import time
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType

from ._inputs import FileRef
from ._result import BatchResult, Failure, Page
from ._worker import failed, serve

__all__ = ["Workers"]

#: Seconds a worker asked to stop is given to exit before it is killed.
STOP_GRACE = 5.0


class _Worker:
    """One worker process, our end of the pipe to it, and the task it is reading."""

    def __init__(self, enrich: tuple[str, ...]) -> None:
        context = multiprocessing.get_context()
        ours, theirs = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=serve, args=(theirs, os.getpid(), enrich), daemon=True
        )
        self.process.start()
        theirs.close()  # so that ours reads the end of the pipe when the process is gone
        self.connection: Connection = ours
        self.task: tuple[int, FileRef | Page] | None = None
        self.deadline = math.inf

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.process.close()
        self.connection.close()

    def death(self) -> str:
        """How the process ended, once it has."""
        self.process.join()
        code = self.process.exitcode
        if code is not None and code < 0:
            return f"killed by {signal.Signals(-code).name}"
        return f"exit status {code}"


class Workers:
    """Up to ``count`` worker processes, started as tasks come, each applying the
    enrichers named in ``enrich``; a task taking longer than ``time_limit`` seconds
    (``None``: no limit) fails, and its worker is killed.

    Use it as a context manager: leaving it stops the workers, killing busy ones.
    """

    def __init__(self, count: int, time_limit: float | None, enrich: tuple[str, ...] = ()) -> None:
        self._count = count
        self._time_limit = time_limit
        self._enrich = enrich
        self._workers: list[_Worker] = []

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        idle = [worker for worker in self._workers if worker.task is None]
        for worker in idle:
            with contextlib.suppress(OSError):  # gone already
                worker.connection.send(None)  # please exit
        for worker in idle:
            worker.process.join(STOP_GRACE)
        for worker in self._workers:
            worker.kill()  # the busy ones, and any idle one that did not exit

    @property
    def idle(self) -> bool:
        """Some worker has no task (or could be started)."""
        return len(self._workers) < self._count or any(w.task is None for w in self._workers)

    @property
    def busy(self) -> bool:
        """Some worker is reading a task."""
        return any(worker.task is not None for worker in self._workers)

    def give(self, key: int, task: FileRef | Page) -> None:
        """Give ``task`` to an idle worker; its result will come back under ``key``."""
        worker = next((worker for worker in self._workers if worker.task is None), None)
        if worker is not None and not worker.process.is_alive():  # died idle: nothing lost
            self._drop(worker)
            worker = None
        if worker is None:
            worker = _Worker(self._enrich)
            self._workers.append(worker)
        worker.task = (key, task)
        if self._time_limit is not None:
            worker.deadline = time.monotonic() + self._time_limit
        with contextlib.suppress(OSError):  # died this instant: results() will tell
            worker.connection.send(task)

    def results(self) -> list[tuple[int, BatchResult]]:
        """Wait until some busy worker is done, has died or is out of time; the results
        of their tasks, each with its key."""
        while True:
            busy = [worker for worker in self._workers if worker.task is not None]
            deadline = min(worker.deadline for worker in busy)
            timeout = None if deadline == math.inf else max(0.0, deadline - time.monotonic())
            wait(
                [worker.connection for worker in busy] + [w.process.sentinel for w in busy],
                timeout,
            )
            results = [self._result(worker) for worker in busy]
            if any(results):
                return [result for result in results if result is not None]

    def _result(self, worker: _Worker) -> tuple[int, BatchResult] | None:
        """The result of ``worker``'s task, if there is one by now: what it read, or a
        failure if it died or ran out of time (it is then let go: the next task that
        finds no idle worker starts a new one)."""
        assert worker.task is not None
        key, task = worker.task
        if worker.connection.poll():
            try:
                result: BatchResult = worker.connection.recv()
            except (EOFError, OSError):  # the pipe closed: the process is gone
                failure = Failure("WorkerError", f"the worker reading it died ({worker.death()})")
            else:
                worker.task, worker.deadline = None, math.inf
                return key, result
        elif not worker.process.is_alive():
            failure = Failure("WorkerError", f"the worker reading it died ({worker.death()})")
        elif time.monotonic() >= worker.deadline:
            failure = Failure("TimeoutError", f"reading took longer than {self._time_limit:g} s")
        else:
            return None
        self._drop(worker)
        return key, failed(task, failure)

    def _drop(self, worker: _Worker) -> None:
        worker.kill()
        self._workers.remove(worker)

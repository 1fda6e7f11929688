"""Read one task into a :class:`BatchResult`, in this process or a worker's."""

from __future__ import annotations

import os
import pickle
import signal
import threading
import time
import warnings
from multiprocessing.connection import Connection
from pathlib import Path

from .._api import read
from ..source import Source
from ._inputs import FileRef, Task
from ._result import BatchResult, Failure, Page

__all__ = ["failed", "read_task", "serve", "start_worker"]


def read_task(task: Task, enrich: tuple[str, ...] = ()) -> BatchResult:
    """Read ``task``'s page, applying the enrichers named in ``enrich``; any exception
    becomes the result's :class:`Failure`, and the warnings reading it raised become its
    ``warnings``."""
    if isinstance(task, BatchResult):
        return task
    url = None if isinstance(task, FileRef) else task.url
    id = None if isinstance(task, FileRef) else task.id
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # each page's own, not once per process
        try:
            if isinstance(task, FileRef):
                source = Source.of(Path(task.path))
            else:
                source = Source(task.content, url=task.url, name=task.source)
            article = read(source, format=task.format, enrich=enrich)
        except Exception as error:  # one bad page must not stop the batch
            return BatchResult(
                task.source, url=url, id=id, error=Failure.of(error), warnings=_texts(caught)
            )
    return BatchResult(task.source, url=url, id=id, article=article, warnings=_texts(caught))


def failed(task: FileRef | Page, failure: Failure) -> BatchResult:
    """The result for ``task`` when ``failure`` stopped it outside :func:`read_task`."""
    if isinstance(task, FileRef):
        return BatchResult(task.source, error=failure)
    return BatchResult(task.source, url=task.url, id=task.id, error=failure)


def _texts(caught: list[warnings.WarningMessage]) -> tuple[str, ...]:
    return tuple(f"{w.category.__name__}: {w.message}" for w in caught)


def serve(connection: Connection, parent: int, enrich: tuple[str, ...] = ()) -> None:
    """A worker process's life: read each task that comes through ``connection`` (with
    the enrichers named in ``enrich``) and send back its result, until the task is
    ``None`` (or the process ``parent`` is gone)."""
    start_worker(parent)
    while (task := connection.recv()) is not None:
        connection.send_bytes(_pickled(read_task(task, enrich)))


def _pickled(result: BatchResult) -> bytes:
    try:
        return pickle.dumps(result)
    except Exception as error:  # e.g. an article holding something that does not pickle
        unsent = BatchResult(result.source, url=result.url, id=result.id, error=Failure.of(error))
        return pickle.dumps(unsent)


def start_worker(parent: int) -> None:
    """Set up a worker process whose parent is the process ``parent``.

    Ctrl-C reaches only the parent, which stops the workers; and a worker whose parent is
    gone (killed, so it never stopped them) exits within a second instead of waiting for
    work forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)

"""What a reader and a writer plugin must provide.

A plugin is any object with these methods; it need not inherit from anything. Register it
through an entry point (see :doc:`/plugins`) or with :func:`newsmodel.registry.register`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from ._model import Article
from .source import Source

__all__ = ["Reader", "Writer"]


@runtime_checkable
class Reader(Protocol):
    """Turns one kind of input into articles."""

    def recognizes(self, source: Source) -> bool:
        """Say, cheaply, whether ``source`` looks like this reader's format.

        Used by :func:`newsmodel.read` when no format is given; look at
        :meth:`Source.head` rather than parsing the whole document.
        """
        ...

    def read_all(self, source: Source) -> Iterable[Article]:
        """Yield every article ``source`` describes, in document order.

        Raises:
            ReadError: The input is malformed; the error gives the path of the bad value.
        """
        ...


@runtime_checkable
class Writer(Protocol):
    """Turns an article into text in one format.

    ``write(article, **options)`` returns the text; the options are the writer's own
    keyword arguments (the JSON writer takes ``indent``), and :func:`newsmodel.write`
    rejects any the writer does not declare.
    """

    write: Callable[..., str]

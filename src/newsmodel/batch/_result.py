"""What a batch reads (:class:`Page`) and what it gives back (:class:`BatchResult`)."""

from __future__ import annotations

import attrs

from .._model import Article

__all__ = ["BatchResult", "Failure", "Page"]


@attrs.frozen
class Page:
    """One document already in memory, to read in a batch like a file.

    Args:
        source: What to call the page in results; it is also the resume key, so make it
            unique and stable (a database key, ``"crawl-7.jsonl:12"``).
        content: The document's bytes or text.
        url: The address it came from, for relative links.
        id: An identifier to carry into the result (a WARC record id, a JSONL ``id``).
        format: The reader to use; ``None`` recognises it as :func:`newsmodel.read` does.

    .. versionadded:: 0.1.0
    """

    source: str
    content: str | bytes = attrs.field(repr=False)
    url: str | None = None
    id: str | None = None
    format: str | None = None


@attrs.frozen
class Failure:
    """Why one input could not be read: its exception's class name and message.

    Two failures have no exception behind them: ``TimeoutError`` for a page that took
    longer than the time limit, and ``WorkerError`` for one whose worker process died.

    .. versionadded:: 0.1.0
    """

    type: str
    message: str

    @classmethod
    def of(cls, error: BaseException) -> Failure:
        """The failure an exception describes."""
        return cls(type(error).__name__, str(error) or repr(error))


@attrs.frozen
class BatchResult:
    """The outcome of reading one input of a batch: an article, or why there is none.

    Exactly one of ``article`` and ``error`` is set.

    Args:
        source: The input: a path; ``"crawl.warc.gz#1234"`` for the WARC record at byte
            offset 1234; ``"pages.jsonl:7"`` for line 7 of a JSON Lines file; or a
            :class:`Page`'s own ``source``.
        url: The address the page came from, when known (a WARC record's target URI).
        id: The WARC record id, or the JSONL object's ``id``, when there is one.
        article: The article read.
        error: Why no article could be read.
        warnings: The warnings reading it raised (e.g. a :class:`~newsmodel.ReadWarning`
            for a repaired page), as ``"ReadWarning: message"``.

    .. versionadded:: 0.1.0
    """

    source: str
    url: str | None = None
    id: str | None = None
    article: Article | None = None
    error: Failure | None = None
    warnings: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if (self.article is None) == (self.error is None):
            raise ValueError("a BatchResult has exactly one of article and error")

    @property
    def ok(self) -> bool:
        """Whether an article was read."""
        return self.article is not None

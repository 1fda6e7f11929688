"""The input a reader is given: bytes or text, where it came from, and its URL."""

from __future__ import annotations

import codecs
import os
import re
from typing import BinaryIO, Union
from urllib.parse import urlsplit

from . import limits
from ._charset import text_encoding, wide_encoding
from .errors import InputTypeError, ReadError

__all__ = ["Source", "SourceLike", "looks_like_url"]

_CHUNK = 1 << 20  # bytes read from a file at a time

SourceLike = Union[str, bytes, os.PathLike[str], BinaryIO, "Source"]
"""What :func:`newsmodel.read` accepts: text, bytes, a path, a binary file or a Source."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Source:
    """One input document, as a reader receives it.

    A ``str`` is taken as the document's text (never as a file name: pass a
    :class:`pathlib.Path` for that). Bytes are kept as given and decoded on demand.

    Args:
        content: The document's text or bytes.
        url: The address the document was fetched from; readers resolve relative links
            against it.
        name: Where the input came from, for error messages (a path, ``"<stdin>"``).
        encoding: The character encoding declared for the bytes outside them (the
            ``charset`` of an HTTP ``Content-Type``): it comes before what the document
            declares itself, after a byte-order mark, as in browsers.

    Raises:
        ReadError: The content is larger than :data:`newsmodel.limits.MAX_INPUT_BYTES`,
            the URL cannot be parsed (``"http://[::1"``), or the encoding is not one
            Python knows.

    .. versionchanged:: 0.1
       The ``encoding`` argument.
    """

    __slots__ = ("_data", "_text", "decoded", "encoding", "name", "url")

    def __init__(
        self,
        content: str | bytes,
        *,
        url: str | None = None,
        name: str = "<string>",
        encoding: str | None = None,
    ):
        if not isinstance(content, (str, bytes)):
            raise InputTypeError(
                f"Source content must be str or bytes, not {type(content).__name__}"
            )
        if len(content) > limits.MAX_INPUT_BYTES:
            raise oversized(name)
        if url is not None:
            _check_url(url, name)
        self.encoding = None if encoding is None else _known_encoding(encoding, name)
        """Python's name for the encoding declared outside the document, if one was."""
        self._text = content if isinstance(content, str) else None
        self._data = content if isinstance(content, bytes) else None
        self.decoded = isinstance(content, str)
        """Whether the document was given as text (decoded already, whatever encoding it
        declares)."""
        self.url = url
        self.name = name

    @classmethod
    def of(cls, source: SourceLike, *, url: str | None = None, name: str | None = None) -> Source:
        """Make a Source from anything :func:`newsmodel.read` accepts.

        Args:
            source: Text, bytes, a path, a binary file or a Source.
            url: The address the document came from.
            name: What to call the input in messages (default: its path or file name).

        Raises:
            ReadError: ``source`` is a ``str`` that is one URL or one file path, not a
                document (to read such text as a document, pass ``Source(text)``); or
                a file cannot be read, or is too big.
            InputTypeError: ``source`` is none of these (``None``, a number), or a
                file open in text mode.
        """
        if isinstance(source, Source):
            if url is None:
                return source
            _check_url(url, source.name)
            return cls._with_url(source, url)
        if isinstance(source, str):
            _refuse_address(source, name)
        if isinstance(source, (str, bytes)):
            return cls(source, url=url, name=name or "<string>")
        if isinstance(source, os.PathLike):
            path = os.fspath(source)
            try:
                with open(path, "rb") as handle:
                    data = _read_bounded(handle, path)
            except OSError as error:
                raise ReadError(
                    error.strerror or str(error), format="input", source=path
                ) from error
            return cls(data, url=url, name=name or path)
        if hasattr(source, "read"):
            name = name or str(getattr(source, "name", "<file>"))
            return cls(_read_bounded(source, name), url=url, name=name)
        raise InputTypeError(
            f"source must be str, bytes, a path or a binary file, not {type(source).__name__}"
        )

    @classmethod
    def _with_url(cls, source: Source, url: str) -> Source:
        copy = cls.__new__(cls)
        copy._data, copy._text, copy.name, copy.url = source._data, source._text, source.name, url
        copy.decoded, copy.encoding = source.decoded, source.encoding
        return copy

    @property
    def data(self) -> bytes:
        """The document as bytes (text given as ``str`` is encoded as UTF-8)."""
        if self._data is None:
            assert self._text is not None
            self._data = self._text.encode("utf-8", "surrogatepass")
        return self._data

    @property
    def text(self) -> str:
        """The document as text, decoded as its byte-order mark says, else as UTF-16 or
        UTF-32 when its first character shows it is, else in :attr:`encoding`, else as
        UTF-8.

        Raises:
            ReadError: The bytes are not valid in that encoding.
        """
        if self._text is None:
            data = self.data
            encoding = self._encoding_of(data)
            try:
                self._text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise ReadError(
                    f"not valid {error.encoding}: byte {error.start} "
                    f"({data[error.start : error.start + 1]!r}) {error.reason}",
                    format="input",
                    source=self.name,
                ) from None
        return self._text

    def head(self, size: int = 2048) -> str:
        """The first ``size`` characters of the document, for cheap format sniffing.

        Undecodable bytes are replaced rather than raising, since a sniffer only looks.
        """
        if self._text is not None:
            return self._text[:size]
        data = self.data[: size * 4]
        return data.decode(self._encoding_of(data), "replace")[:size].lstrip("\ufeff")

    def _encoding_of(self, data: bytes) -> str:
        """The byte-order mark's encoding, else UTF-16 or UTF-32 as the first character
        shows, else the transport's, else UTF-8."""
        marked = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
        return marked or wide_encoding(data) or self.encoding or "utf-8"

    def __repr__(self) -> str:
        return f"Source(name={self.name!r}, url={self.url!r})"


def _read_bounded(handle: BinaryIO, name: str) -> bytes:
    """The file's bytes, read a megabyte at a time: ``read(MAX_INPUT_BYTES + 1)`` would
    reserve 100 MB for every file, however small."""
    chunks: list[bytes] = []
    size = 0
    while chunk := handle.read(_CHUNK):
        if not isinstance(chunk, bytes):
            raise InputTypeError(f"{name} is opened in text mode; open it in binary mode ('rb')")
        size += len(chunk)
        if size > limits.MAX_INPUT_BYTES:
            raise oversized(name)
        chunks.append(chunk)
    if chunk is None:  # a non-blocking stream with nothing to read yet
        raise ReadError(
            "no data is ready on the stream (it does not block)", format="input", source=name
        )
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _check_url(url: str, name: str) -> None:
    """Raise ReadError for a URL that cannot be parsed, so that no reader meets one."""
    if not isinstance(url, str):
        raise InputTypeError(f"url must be a str, not {type(url).__name__}")
    try:
        urlsplit(url)
    except ValueError as error:  # a malformed IPv6 host, a host that NFKC alters
        raise ReadError(
            f"its URL {url!r} is not well formed: {error}", format="input", source=name
        ) from None


def _known_encoding(label: str, name: str) -> str:
    encoding = text_encoding(label)
    if encoding is None:
        raise ReadError(
            f"{label!r} is not a text encoding Python knows", format="input", source=name
        )
    return encoding


# One line and no more: a URL, a path starting where paths start, or a name with an
# extension. No document newsmodel reads is only that (each needs markup, JSON or two
# blocks of text).
_URL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://\S+")
_PATH = re.compile(
    r"(?:[a-zA-Z]:[\\/]|~?[\\/]|\.\.?[\\/])[^\n<>{}]*"  # /a, ~/a, ./a, C:\a
    r"|[^\s<>{}]*\.[a-zA-Z][a-zA-Z0-9]{0,7}"  # page.html, news/story.json
)
_ADDRESS_MAX = 4096  # longer than any path or URL a caller would mean


def _refuse_address(text: str, name: str | None) -> None:
    """Raise ReadError for a ``str`` that is a URL or a file path: a caller who passes one
    meant the document it names, which a ``str`` never is. The error names the ``str``
    itself, not ``<string>``, unless the caller gave it a name."""
    candidate = text.strip()
    if len(candidate) > _ADDRESS_MAX or "\n" in candidate:
        return
    if looks_like_url(candidate):
        advice = "looks like a URL; fetch it with newsmodel.fetch() or pass the bytes"
    elif _PATH.fullmatch(candidate):
        advice = "looks like a file path; pass a pathlib.Path (a str is the document itself)"
    else:
        return
    raise ReadError(f"the str {_shorten(candidate)} {advice}", format="input", source=name)


def looks_like_url(text: str) -> bool:
    """Whether ``text`` is one URL (``scheme://...``), whatever its scheme."""
    return bool(_URL.fullmatch(text.strip()))


def _shorten(text: str, limit: int = 80) -> str:
    shown = repr(text)
    return shown if len(shown) <= limit else shown[: limit - 4] + "...'"


def oversized(name: str) -> ReadError:
    """The error for an input larger than :data:`newsmodel.limits.MAX_INPUT_BYTES`."""
    return ReadError(
        f"input is larger than {limits.MAX_INPUT_BYTES} bytes (newsmodel.limits.MAX_INPUT_BYTES)",
        format="input",
        source=name,
    )

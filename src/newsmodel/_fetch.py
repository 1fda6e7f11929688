"""Fetching the one document a user names by URL: the only code in newsmodel that goes to
the network, and only when called (the ``fetch`` extra, on urllib3).

Redirects are followed here, not by urllib3, so that each hop is checked (its scheme, a
loop) and no redirect's body is read. Every failure becomes a :class:`FetchError` naming
the URL and what happened.
"""

from __future__ import annotations

import re
import time
import warnings
from collections.abc import Callable
from http import HTTPStatus
from types import ModuleType
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from . import limits
from ._charset import text_encoding
from .errors import FetchError, ReadWarning
from .source import Source

if TYPE_CHECKING:
    import urllib3

__all__ = ["default_user_agent", "fetch", "fetch_within", "urllib3_or_error"]

_SCHEMES = ("http", "https")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 1 << 16  # bytes asked of the connection at a time
_INSTALL = "pip install '.[fetch]'"

# What newsmodel reads: markup, JSON and text (and gzip, which a sitemap may be). A
# response that says nothing of its type, or only that it is bytes, is let through for
# the readers to recognise.
_DOCUMENT_TYPE = re.compile(
    r"text/[\w.+-]+|application/(?:xhtml\+xml|xml|json|gzip|x-gzip|[\w.-]+\+(?:xml|json))"
)
_UNLABELLED = ("", "application/octet-stream")
# JSON is UTF-8 by its RFC (8259); a charset a server adds to it is noise, often wrong.
_JSON_TYPE = re.compile(r"application/(?:[\w.-]+\+)?json")
_CHARSET = re.compile(r""";\s*charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)


def fetch(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
    user_agent: str | None = None,
) -> Source:
    """Fetch a document over HTTP(S), to read it with :func:`newsmodel.read`.

    Needs the ``fetch`` extra (urllib3): from a checkout of newsmodel,
    ``pip install '.[fetch]'``. Nothing else in newsmodel goes to the network.

    Args:
        url: An ``http`` or ``https`` URL.
        timeout: Seconds to wait to connect, for each read, and (checked between reads)
            for the whole response (default :data:`newsmodel.limits.FETCH_TIMEOUT`).
        max_bytes: The most bytes read of the response, after undoing a gzip or deflate
            content encoding (default :data:`newsmodel.limits.FETCH_MAX_BYTES`).
        max_redirects: The most redirects followed (default
            :data:`newsmodel.limits.FETCH_MAX_REDIRECTS`).
        user_agent: The ``User-Agent`` header (default ``newsmodel/VERSION`` and the
            project's address).

    Returns:
        The response's body as a :class:`~newsmodel.Source` whose ``url`` (and ``name``)
        is the URL after redirects and whose ``encoding`` is the ``charset`` of its
        ``Content-Type``, if it gives a known one (not for JSON, which is UTF-8).

    Raises:
        FetchError: The extra is not installed; the URL is not http(s); the host cannot
            be found or refuses the connection; the server is too slow; the response's
            status is not a success (``error.status`` holds it); the redirects loop or are
            too many; the body is larger than ``max_bytes``; or its content type is not
            a document (an image, a PDF...).

    .. versionadded:: 0.1
    """
    return fetch_within(
        url,
        timeout=timeout,
        max_bytes=max_bytes,
        max_redirects=max_redirects,
        user_agent=user_agent,
    )


def fetch_within(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
    user_agent: str | None = None,
    refusal: Callable[[str], str | None] | None = None,
) -> Source:
    """:func:`fetch`, following a redirect only to a URL ``refusal`` has nothing against:
    a walk must not be led to another host, or to a path robots.txt disallows.
    ``refusal(url)`` says why a hop is refused, or returns None."""
    urllib3 = urllib3_or_error(url)
    timeout = limits.FETCH_TIMEOUT if timeout is None else timeout
    max_bytes = limits.FETCH_MAX_BYTES if max_bytes is None else max_bytes
    max_redirects = limits.FETCH_MAX_REDIRECTS if max_redirects is None else max_redirects
    headers = {
        "User-Agent": user_agent or default_user_agent(),
        "Accept-Encoding": "gzip, deflate",
    }
    deadline = time.monotonic() + timeout
    with urllib3.PoolManager(
        headers=headers, timeout=urllib3.Timeout(connect=timeout, read=timeout), retries=False
    ) as pool:
        hops = [url]
        for _ in range(max_redirects + 1):
            response = _get(pool, hops[-1], url)
            target = _redirect(response, hops[-1], url)
            if target is None:
                return _document(
                    response,
                    hops[-1],
                    url,
                    max_bytes=max_bytes,
                    deadline=deadline,
                    timeout=timeout,
                )
            if target in hops:
                raise FetchError(url, "redirect loop: " + " -> ".join([*hops, target]))
            refused = refusal(target) if refusal is not None else None
            if refused:
                raise FetchError(url, f"redirected to {target}, not followed: {refused}")
            hops.append(target)
    raise FetchError(url, f"more than {max_redirects} redirects (the last to {hops[-1]})")


def urllib3_or_error(url: str) -> ModuleType:
    """urllib3, or the error that says fetching ``url`` needs the fetch extra."""
    try:
        import urllib3
    except ImportError as error:
        raise FetchError(
            url, f"fetching needs the fetch extra (urllib3): from newsmodel's checkout, {_INSTALL}"
        ) from error
    return urllib3


def default_user_agent() -> str:
    """``newsmodel/VERSION`` and the project's address."""
    from importlib.metadata import version

    return f"newsmodel/{version('newsmodel')} (+https://newsmodel.readthedocs.io/)"


def _get(pool: urllib3.PoolManager, url: str, asked: str) -> urllib3.BaseHTTPResponse:
    """The response's status and headers; its body is left to read."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in _SCHEMES:
        reason = f"unsupported scheme {scheme!r}" if scheme else "not an absolute URL: no scheme"
        raise _failure(url, asked, f"{reason} (only http and https URLs are fetched)")
    try:
        return pool.request("GET", url, redirect=False, preload_content=False)
    except Exception as error:  # urllib3's errors, and ValueError for a malformed URL
        raise _failure(url, asked, _network_reason(error)) from error


def _redirect(response: urllib3.BaseHTTPResponse, url: str, asked: str) -> str | None:
    """The absolute URL a redirect points to (its response closed), or None."""
    if response.status not in _REDIRECTS:
        return None
    response.close()  # a redirect's body is not read, however big
    location = response.headers.get("Location")
    if not location:
        raise _failure(url, asked, f"{_status(response.status)} without a Location header")
    return urljoin(url, location.strip())


def _document(
    response: urllib3.BaseHTTPResponse,
    url: str,
    asked: str,
    *,
    max_bytes: int,
    deadline: float,
    timeout: float,
) -> Source:
    with response:
        if not 200 <= response.status < 300:
            raise _failure(url, asked, _status(response.status), status=response.status)
        header = response.headers.get("Content-Type", "")
        kind = header.partition(";")[0].strip().lower()
        if kind not in _UNLABELLED and not _DOCUMENT_TYPE.fullmatch(kind):
            raise _failure(url, asked, f"its content type is {kind}, not HTML, XML, JSON or text")
        chunks: list[bytes] = []
        size = 0
        try:
            while chunk := response.read1(min(_CHUNK, max_bytes + 1 - size)):
                size += len(chunk)
                if size > max_bytes:
                    raise _failure(
                        url, asked, f"the response is larger than max_bytes ({max_bytes} bytes)"
                    )
                if time.monotonic() > deadline:
                    raise _failure(url, asked, f"the response took over {timeout} seconds")
                chunks.append(chunk)
        except FetchError:
            raise
        except Exception as error:  # urllib3's errors while reading
            raise _failure(url, asked, _network_reason(error)) from error
    return Source(b"".join(chunks), url=url, name=url, encoding=_charset(header, kind, url))


def _charset(header: str, kind: str, url: str) -> str | None:
    match = _CHARSET.search(header)
    if match is None or _JSON_TYPE.fullmatch(kind):
        return None
    encoding = text_encoding(match.group(1))
    if encoding is None:
        warnings.warn(
            f"{url}: ignored the charset {match.group(1)!r} of its Content-Type, "
            "not an encoding Python knows",
            ReadWarning,
            stacklevel=4,
        )
    return encoding


def _status(status: int) -> str:
    try:
        return f"HTTP status {status} ({HTTPStatus(status).phrase})"
    except ValueError:
        return f"HTTP status {status}"


def _network_reason(error: Exception) -> str:
    """What went wrong, in words, for urllib3's exceptions (whose own text repeats the
    pool and the object)."""
    import urllib3.exceptions as failed

    if isinstance(error, failed.NameResolutionError):
        return "the host name cannot be resolved"
    if isinstance(error, failed.ConnectTimeoutError) and not isinstance(
        error, failed.NewConnectionError
    ):
        return "connecting timed out"
    if isinstance(error, failed.NewConnectionError):
        cause = error.__cause__ or error.__context__
        detail = getattr(cause, "strerror", None) or str(cause or error)
        return f"cannot connect: {detail}"
    if isinstance(error, failed.ReadTimeoutError):
        return "the server did not answer in time (a read timed out)"
    if isinstance(error, failed.SSLError):
        return f"TLS failed: {error}"
    return f"{type(error).__name__}: {error}"


def _failure(url: str, asked: str, reason: str, *, status: int | None = None) -> FetchError:
    if url != asked:
        reason += f" (redirected from {asked})"
    return FetchError(url, reason, status=status)

"""newsmodel.fetch() and ``newsmodel read URL``, against an HTTP server the tests start on
127.0.0.1; and what reading a ``str`` that names a document says.

Nothing here goes anywhere else: every name lookup other than 127.0.0.1's fails.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import newsmodel
from newsmodel import FetchError, NewsmodelError, ReadError, ReadWarning, Source
from newsmodel.cli import main

# An HTML page in windows-1251 that does not declare its encoding: only the header does.
HEADLINE = "Порт снова открыт после шторма"
PAGE = (
    f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
    "<p>Суда вернулись в гавань во вторник утром, когда ветер стих.</p></article></body></html>"
).encode("cp1251")
ARTICLE_JSON = newsmodel.write(newsmodel.Article("Harbour reopens", url="https://example.org/a"))


class _Handler(BaseHTTPRequestHandler):
    """The test server's pages, by path."""

    seen_agents: list[str] = []  # noqa: RUF012 (the server's one record, read by tests)

    def log_message(self, *args: object) -> None:
        """Quiet: pytest shows stderr of failing tests, not the server's access log."""

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        route = _ROUTES.get(self.path.split("?")[0])
        if route is None:
            self._send(404, "text/html", b"<h1>Not found</h1>")
        else:
            route(self)

    def _send(self, status: int, kind: str | None, body: bytes, **headers: str) -> None:
        self.send_response(status)
        if kind is not None:
            self.send_header("Content-Type", kind)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # fetch() hangs up on what it does not read
            self.wfile.write(body)

    def _redirect(self, status: int, location: str) -> None:
        self._send(status, "text/html", b"moved " * 1000, Location=location)

    def _slow(self) -> None:
        time.sleep(1)
        self._send(200, "text/html", PAGE)

    def _trickle(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(40):
                self.wfile.write(b"<p>")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:  # the client gave up, as it should
            return

    def _endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(200):  # 12.8 MB at most, if the client never stopped
                self.wfile.write(b"<p>" * 21_845 + b"x")
        except OSError:
            return


def _chain(hops: int) -> Callable[[_Handler], None]:
    return lambda handler: handler._redirect(302, f"/chain/{hops - 1}" if hops else "/page")


_ROUTES: dict[str, Callable[[_Handler], None]] = {
    "/page": lambda h: h._send(200, "text/html; charset=windows-1251", PAGE),
    "/bogus-charset": lambda h: h._send(200, "text/html; charset=no-such-thing", PAGE),
    "/article.json": lambda h: h._send(
        200, "application/json; charset=iso-8859-1", ARTICLE_JSON.encode()
    ),
    "/unlabelled": lambda h: h._send(200, None, ARTICLE_JSON.encode()),
    "/feed": lambda h: h._send(200, "application/rss+xml", b"<rss version='2.0'/>"),
    "/redirect": lambda h: h._redirect(302, "/hop"),
    "/hop": lambda h: h._redirect(301, "page"),
    "/loop": lambda h: h._redirect(302, "/loop-back"),
    "/loop-back": lambda h: h._redirect(307, "/loop"),
    "/nowhere": lambda h: h._send(302, "text/html", b""),
    "/to-ftp": lambda h: h._redirect(302, "ftp://127.0.0.1/page"),
    "/to-gone": lambda h: h._redirect(303, "/gone"),
    "/gone": lambda h: h._send(410, "text/html", b"<h1>Gone</h1>"),
    "/image": lambda h: h._send(200, "image/png", b"\x89PNG\r\n\x1a\n"),
    "/bomb": lambda h: h._send(
        200, "text/html", gzip.compress(b"<p>" * 2_000_000), Content_Encoding="gzip"
    ),
    "/slow": _Handler._slow,
    "/trickle": _Handler._trickle,
    "/endless": _Handler._endless,
    **{f"/chain/{n}": _chain(n) for n in range(20)},
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The base URL of a server on 127.0.0.1, on a port the system chose."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any name but 127.0.0.1 fails to resolve: these tests cannot reach another host."""
    resolve = socket.getaddrinfo

    def loopback_only(host: object, *args: object, **kwargs: object) -> object:
        if host not in ("127.0.0.1", b"127.0.0.1"):
            raise socket.gaierror(socket.EAI_NONAME, f"tests resolve only 127.0.0.1, not {host}")
        return resolve(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)


class TestFetched:
    """A document fetched is a Source: its final URL, its bytes, its declared charset."""

    def test_the_charset_of_the_header_decodes_the_page(self, server: str) -> None:
        source = newsmodel.fetch(f"{server}/page")
        assert (source.url, source.name, source.encoding) == (
            f"{server}/page",
            f"{server}/page",
            "cp1251",
        )
        assert source.data == PAGE
        article = newsmodel.read(source)  # no ReadWarning: the encoding was not guessed
        assert article.headline == HEADLINE

    def test_json_is_utf8_whatever_charset_is_declared(self, server: str) -> None:
        source = newsmodel.fetch(f"{server}/article.json")
        assert source.encoding is None
        assert newsmodel.read(source).headline == "Harbour reopens"

    def test_an_unknown_charset_is_ignored_with_a_warning(self, server: str) -> None:
        with pytest.warns(ReadWarning, match="no-such-thing"):
            source = newsmodel.fetch(f"{server}/bogus-charset")
        assert source.encoding is None

    def test_a_response_without_a_content_type_is_left_to_the_readers(self, server: str) -> None:
        assert newsmodel.read(newsmodel.fetch(f"{server}/unlabelled")).headline == (
            "Harbour reopens"
        )

    def test_feeds_are_documents(self, server: str) -> None:
        assert newsmodel.fetch(f"{server}/feed").data == b"<rss version='2.0'/>"

    def test_the_user_agent_names_newsmodel_and_its_version(self, server: str) -> None:
        newsmodel.fetch(f"{server}/page")
        assert _Handler.seen_agents[-1].startswith(f"newsmodel/{newsmodel.__version__} ")
        newsmodel.fetch(f"{server}/page", user_agent="portal-archiver/2")
        assert _Handler.seen_agents[-1] == "portal-archiver/2"


class TestRedirects:
    """Redirects are followed hop by hop, up to a cap; the last URL is the Source's."""

    def test_the_final_url_is_the_source_url(self, server: str) -> None:
        source = newsmodel.fetch(f"{server}/redirect")
        assert source.url == f"{server}/page"
        assert newsmodel.read(source).headline == HEADLINE

    def test_a_loop_is_named(self, server: str) -> None:
        with pytest.raises(
            FetchError, match=r"redirect loop: .*/loop -> .*/loop-back -> .*/loop$"
        ):
            newsmodel.fetch(f"{server}/loop")

    def test_more_redirects_than_the_cap(self, server: str) -> None:
        assert newsmodel.fetch(f"{server}/chain/3", max_redirects=4).url == f"{server}/page"
        with pytest.raises(FetchError, match="more than 3 redirects") as caught:
            newsmodel.fetch(f"{server}/chain/5", max_redirects=3)
        assert caught.value.url == f"{server}/chain/5"

    def test_the_default_cap_is_the_limit(
        self, server: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(newsmodel.limits, "FETCH_MAX_REDIRECTS", 1)
        with pytest.raises(FetchError, match="more than 1 redirects"):
            newsmodel.fetch(f"{server}/redirect")

    def test_a_redirect_without_a_location(self, server: str) -> None:
        with pytest.raises(FetchError, match=r"302 \(Found\) without a Location"):
            newsmodel.fetch(f"{server}/nowhere")

    def test_a_redirect_to_another_scheme_is_refused(self, server: str) -> None:
        with pytest.raises(
            FetchError,
            match=rf"ftp://127.0.0.1/page: unsupported scheme 'ftp' .*redirected from {server}",
        ):
            newsmodel.fetch(f"{server}/to-ftp")


class TestFailures:
    """Every failure is a FetchError (a NewsmodelError and an OSError) naming the URL."""

    def test_an_error_status(self, server: str) -> None:
        with pytest.raises(FetchError) as caught:
            newsmodel.fetch(f"{server}/missing")
        assert str(caught.value) == f"cannot fetch {server}/missing: HTTP status 404 (Not Found)"
        assert caught.value.status == 404
        assert isinstance(caught.value, NewsmodelError)
        assert isinstance(caught.value, OSError)

    def test_an_error_status_after_a_redirect(self, server: str) -> None:
        with pytest.raises(FetchError, match=r"410 .*redirected from") as caught:
            newsmodel.fetch(f"{server}/to-gone")
        assert caught.value.status == 410

    def test_a_server_that_does_not_answer_in_time(self, server: str) -> None:
        with pytest.raises(FetchError, match="did not answer in time"):
            newsmodel.fetch(f"{server}/slow", timeout=0.3)

    def test_a_server_that_trickles_is_cut_off(self, server: str) -> None:
        with pytest.raises(FetchError, match=r"took over 0.4 seconds"):
            newsmodel.fetch(f"{server}/trickle", timeout=0.4)

    def test_a_response_over_the_size_cap(self, server: str) -> None:
        with pytest.raises(FetchError, match=r"larger than max_bytes \(100000 bytes\)"):
            newsmodel.fetch(f"{server}/endless", max_bytes=100_000)

    def test_the_size_cap_counts_decompressed_bytes(self, server: str) -> None:
        with pytest.raises(FetchError, match="larger than max_bytes"):
            newsmodel.fetch(f"{server}/bomb", max_bytes=1_000_000)
        assert len(newsmodel.fetch(f"{server}/bomb").data) == 6_000_000

    def test_a_content_type_that_is_no_document(self, server: str) -> None:
        with pytest.raises(FetchError, match="content type is image/png, not HTML"):
            newsmodel.fetch(f"{server}/image")

    def test_a_closed_port(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        with pytest.raises(FetchError, match=f"127.0.0.1:{port}/: cannot connect: "):
            newsmodel.fetch(f"http://127.0.0.1:{port}/")

    def test_a_host_that_cannot_be_resolved(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """No real DNS query: the name is asked of :func:`only_loopback`'s stub, which
        answers as a resolver does for a name that does not exist."""
        asked: list[object] = []
        stub = socket.getaddrinfo

        def recording(host: object, *args: object, **kwargs: object) -> object:
            asked.append(host)
            return stub(host, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(socket, "getaddrinfo", recording)
        with pytest.raises(
            FetchError, match=r"example.invalid/: the host name cannot be resolved"
        ):
            newsmodel.fetch("http://example.invalid/")
        assert asked
        assert set(asked) == {"example.invalid"}

    @pytest.mark.parametrize(
        ("url", "said"),
        [
            ("ftp://127.0.0.1/a", "unsupported scheme 'ftp'"),
            ("file:///etc/hostname", "unsupported scheme 'file'"),
            ("page.html", "not an absolute URL: no scheme"),
        ],
    )
    def test_only_http_and_https(self, url: str, said: str) -> None:
        with pytest.raises(FetchError, match=rf"{said} \(only http and https URLs are fetched\)"):
            newsmodel.fetch(url)

    def test_without_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "urllib3", None)  # import urllib3 raises ImportError
        with pytest.raises(FetchError) as caught:
            newsmodel.fetch("https://example.org/a")
        message = str(caught.value)
        assert "\n" not in message
        assert "fetch extra" in message
        assert "pip install '.[fetch]'" in message


class TestCommandLine:
    """``newsmodel read URL`` and ``newsmodel validate URL`` fetch it."""

    def test_read_a_url(self, server: str, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["read", f"{server}/redirect"]) == 0
        assert json.loads(capsys.readouterr().out)["article"]["headline"] == HEADLINE

    def test_url_overrides_the_fetched_address(
        self, server: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["read", f"{server}/page", "--url", "https://example.org/b"]) == 0
        assert json.loads(capsys.readouterr().out)["article"]["url"] == "https://example.org/b"

    def test_validate_a_url(self, server: str, capsys: pytest.CaptureFixture[str]) -> None:
        main(["validate", f"{server}/article.json"])
        assert "cannot" not in capsys.readouterr().err

    def test_a_failure_is_one_line(self, server: str, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["read", f"{server}/missing"]) == 1
        assert capsys.readouterr().err == (
            f"newsmodel: error: cannot fetch {server}/missing: HTTP status 404 (Not Found)\n"
        )

    def test_without_the_extra(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setitem(sys.modules, "urllib3", None)
        assert main(["read", "https://example.org/a"]) == 1
        error = capsys.readouterr().err
        assert error.startswith("newsmodel: error: cannot fetch https://example.org/a: ")
        assert error.count("\n") == 1
        assert "pip install '.[fetch]'" in error


class TestTextThatNamesADocument:
    """A ``str`` is the document itself; one that is only a URL or a path says so."""

    @pytest.mark.parametrize(
        "text", ["https://example.org/news/a", " http://example.org \n", "ftp://x/y"]
    )
    def test_a_url(self, text: str) -> None:
        with pytest.raises(ReadError, match=r"looks like a URL; fetch it with newsmodel.fetch"):
            newsmodel.read(text)

    @pytest.mark.parametrize(
        "text", ["page.html", "news/2024/story.json", "/tmp/pages/a story", "./a", r"C:\a.htm"]
    )
    def test_a_path(self, text: str) -> None:
        with pytest.raises(ReadError, match=r"looks like a file path; pass a pathlib.Path"):
            newsmodel.read(text)

    def test_every_function_that_reads_says_so(self) -> None:
        for function in (newsmodel.read_all, newsmodel.read_with_sources):
            with pytest.raises(ReadError, match="looks like a URL"):
                function("https://example.org/a")
        with pytest.raises(ReadError, match="looks like a file path"):
            newsmodel.validate_markup("page.html")

    def test_documents_in_a_str_still_read(self) -> None:
        assert newsmodel.read(ARTICLE_JSON).headline == "Harbour reopens"
        text = "Harbour reopens\n\nShips returned to the harbour on Tuesday morning."
        assert newsmodel.read(text, format="text").headline == "Harbour reopens"

    def test_a_source_made_on_purpose_is_the_text(self) -> None:
        assert Source("page.html").text == "page.html"

    def test_a_path_object_is_read(self, tmp_path: Path) -> None:
        (tmp_path / "a.json").write_text(ARTICLE_JSON, encoding="utf-8")
        assert newsmodel.read(tmp_path / "a.json").headline == "Harbour reopens"


class TestSourceEncoding:
    """An encoding declared outside the document comes after a BOM and before its own."""

    def test_it_decodes_text(self) -> None:
        assert Source("été".encode("cp1252"), encoding="latin-1").text == "été"

    def test_a_bom_wins(self) -> None:
        data = "\ufeffété".encode("utf-8")
        assert Source(data, encoding="cp1252").text == "été"

    def test_an_unknown_encoding(self) -> None:
        with pytest.raises(ReadError, match="'rot13' is not a text encoding"):
            Source(b"x", encoding="rot13")

    def test_it_wins_over_the_pages_own_declaration(self) -> None:
        page = '<meta charset="utf-8"><title>été</title><p>x</p>'.encode("cp1252")
        article = newsmodel.read(Source(page, encoding="windows-1252"), format="html")
        assert article.headline == "été"

    def test_when_it_does_not_fit_the_page_decides(self) -> None:
        page = "<meta charset='utf-8'><title>Ελλάδα</title><p>x</p>".encode()
        with pytest.warns(ReadWarning, match="charset utf-32-le declared in the HTTP header"):
            article = newsmodel.read(Source(page, encoding="utf-32-le"), format="html")
        assert article.headline == "Ελλάδα"

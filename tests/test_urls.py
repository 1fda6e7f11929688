"""Addresses compared and derived one way by every reader."""

from __future__ import annotations

import pytest

from newsmodel._urls import bare_address, home_page, host_name, linked, linked_url


class TestBareAddress:
    """One page's spellings of its address compare equal."""

    @pytest.mark.parametrize(
        "url",
        [
            "https://example.org/a/b",
            "https://example.org/a/b/",
            "https://example.org/a/b?utm_source=x",
            "https://example.org/a/b/#comments",
        ],
    )
    def test_spellings(self, url: str) -> None:
        assert bare_address(url) == "https://example.org/a/b"


class TestHostName:
    """``www.`` and case do not make another site; no host is an empty one."""

    @pytest.mark.parametrize(
        ("url", "host"),
        [
            ("https://WWW.Example.org/a", "example.org"),
            ("https://news.example.org/", "news.example.org"),
            ("/relative/path", ""),
            ("http://[::1/", ""),
        ],
    )
    def test_host(self, url: str, host: str) -> None:
        assert host_name(url) == host


def test_home_page() -> None:
    assert home_page("https://example.org:8080/a/b?q#f") == "https://example.org:8080/"


class TestLinked:
    """A JSON-LD node links by its ``@id``, else its ``url``; a string is the address."""

    def test_node(self) -> None:
        assert linked({"@id": "/a", "url": "/b"}) == "/a"
        assert linked({"url": "/b"}) == "/b"
        assert linked("/c") == "/c"

    def test_resolved(self) -> None:
        assert linked_url({"url": "/b"}, "https://example.org/x") == "https://example.org/b"
        assert linked_url({"name": "no address"}, "https://example.org/x") is None
        assert linked_url("mailto:a@example.org", None) is None

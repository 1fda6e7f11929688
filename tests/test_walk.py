"""walk_portal(): a synthetic portal served on 127.0.0.1 (tests/portal_server.py), walked
within limits, politely, without leaving its host or entering what robots.txt disallows.

Nothing here goes anywhere else: every name lookup other than 127.0.0.1's fails.
"""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from portal_server import SLOW_SECONDS, PortalServer, fake_clock

import newsmodel as nm
from newsmodel import (
    FetchError,
    InvalidValueError,
    PortalFailure,
    PortalPage,
    ReadError,
    ReadWarning,
    _walk,
)
from newsmodel.cli import main


@pytest.fixture
def portal() -> Iterator[PortalServer]:
    """A fresh server per test, so that its record of requests is the test's alone."""
    with PortalServer().running() as server:
        yield server


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any name but 127.0.0.1 fails to resolve: these tests cannot reach another host."""
    resolve = socket.getaddrinfo

    def loopback_only(host: object, *args: object, **kwargs: object) -> object:
        if host not in ("127.0.0.1", b"127.0.0.1"):
            raise socket.gaierror(socket.EAI_NONAME, f"tests resolve only 127.0.0.1, not {host}")
        return resolve(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)


def walk(server: PortalServer, **limits: Any) -> tuple[nm.PortalWalk, list[Any]]:
    clock, sleep, _ = fake_clock()
    options: dict[str, Any] = {"delay": 0, "timeout": SLOW_SECONDS / 2, "sleep": sleep}
    options["clock"] = clock
    walked = nm.walk_portal(f"{server.base}/", **{**options, **limits})
    return walked, list(walked)


def urls_of(steps: list[Any]) -> list[str]:
    return [step.url for step in steps]


class TestWholeWalk:
    """Following everything finds the sections tree, the feeds, the sitemaps and the
    articles; a 404, a timeout and a broken feed are failures, and the walk goes on."""

    def test_everything_is_found(self, portal: PortalServer) -> None:
        walked, steps = walk(portal, depth=2, max_listings=20)
        base = portal.base
        summary = walked.summary
        assert summary.stopped is None
        assert summary.portal is not None
        assert summary.portal.name == "Harbour Times"
        assert [(s.name, s.parent and s.parent.name) for s in summary.sections] == [
            ("World", None),
            ("Sport", None),
            ("Members", None),
            ("Gone", None),
            ("Slow", None),
            ("Partner", None),  # on another host: a section, never fetched
            ("Europe", "World"),
        ]
        assert [(f.url, f.kind and f.kind.value) for f in summary.feeds] == [
            (f"{base}/feed.rss", "rss"),
            (f"{base}/atom.xml", "atom"),
            (f"{base}/broken.rss", "rss"),
            ("http://partner.invalid/feed", "rss"),
        ]
        assert [(s.url, s.kind and s.kind.value) for s in summary.sitemaps] == [
            (f"{base}/sitemap_index.xml", "sitemap-index"),
            (f"{base}/news-sitemap.xml", "sitemap"),
        ]
        pages = [step for step in steps if isinstance(step, PortalPage)]
        assert [(p.url.removeprefix(base), p.kind, p.depth) for p in pages] == [
            ("/robots.txt", "robots.txt", 0),
            ("/", "front", 0),  # the home page first, then feeds and sitemaps
            ("/sitemap_index.xml", "sitemap-index", 0),
            ("/feed.rss", "rss", 0),
            ("/atom.xml", "atom", 0),
            ("/news-sitemap.xml", "sitemap", 1),  # the index's (before any guess)
            ("/world/", "front", 1),
            ("/sport-front/", "front", 1),  # redirected from /sport/
            ("/world/europe/", "front", 2),  # World's menu shows it
        ]
        found = [article.headline for page in pages for article in page.articles]
        assert found == [
            "Story home-1",
            "Story home-2",
            "Story shared",
            "Story rss-3",
            "Story rss-1",
            "Story atom-1",
            "Story news-1",
            "Story world-1",
            "Story sport-1",
            "Story sport-2",
            "Story europe-1",
        ]
        assert summary.articles == len(found)
        assert [a.headline for a in summary.newest[:4]] == [
            "Story news-1",
            "Story atom-1",
            "Story rss-3",
            "Story rss-1",
        ]

    def test_failures_are_values_naming_the_url(self, portal: PortalServer) -> None:
        walked, steps = walk(portal, depth=1, max_listings=20)
        failures = {
            step.url.removeprefix(portal.base): step
            for step in steps
            if isinstance(step, PortalFailure)
        }
        assert sorted(failures) == ["/broken.rss", "/missing/", "/slow/"]
        assert isinstance(failures["/missing/"].error, FetchError)
        assert failures["/missing/"].error.status == 404
        assert "did not answer in time" in failures["/slow/"].message
        assert isinstance(failures["/broken.rss"].error, ReadError)
        assert walked.summary.failures == list(failures.values())

    def test_guessed_locations_that_are_not_there_are_no_failures(
        self, portal: PortalServer
    ) -> None:
        _, steps = walk(portal, max_listings=20)
        asked = portal.paths()
        assert {"/sitemap.xml", "/feed", "/rss", "/news-sitemap.xml"} <= set(asked)
        failed = [step.url for step in steps if isinstance(step, PortalFailure)]
        assert failed == [f"{portal.base}/broken.rss"]


class TestStaysInBounds:
    """Only the portal's host, never a disallowed path, never past a limit."""

    def test_no_other_host_and_no_disallowed_path(self, portal: PortalServer) -> None:
        walked, _ = walk(portal, depth=3, max_listings=50)
        assert {request.host for request in portal.requests} == {portal.base.split("//")[1]}
        assert not [path for path in portal.paths() if path.startswith("/private/")]
        assert walked.summary.disallowed == 1
        assert walked.summary.offsite == 2  # the partner's section and feed

    def test_a_redirect_to_another_host_is_not_followed(self, portal: PortalServer) -> None:
        portal.routes["/sport/"] = (302, "text/html", "http://partner.invalid/sport/")
        _, steps = walk(portal, depth=1)
        (refused,) = [s for s in steps if isinstance(s, PortalFailure) and "sport" in s.url]
        assert "redirected to http://partner.invalid/sport/, not followed: another host" in (
            refused.message
        )

    def test_rules_for_the_user_agent_apply(self, portal: PortalServer) -> None:
        walk(portal, depth=1, user_agent="PickyBot/1.0")
        assert "/world/" not in portal.paths()
        assert "/private/" in portal.paths()  # pickybot's group replaces the * group
        assert {request.user_agent for request in portal.requests} == {"PickyBot/1.0"}

    def test_robots_can_be_ignored_when_asked(self, portal: PortalServer) -> None:
        walk(portal, depth=1, obey_robots=False)
        assert "/private/" in portal.paths()

    def test_a_home_page_robots_disallows_is_not_fetched(self, portal: PortalServer) -> None:
        portal.routes["/robots.txt"] = (200, "text/plain", "User-agent: *\nDisallow: /\n")
        _, steps = walk(portal, depth=2)
        assert portal.paths() == ["/robots.txt"]
        assert "robots.txt disallows it" in steps[-1].message

    def test_robots_txt_is_a_step_where_it_is_there(self, portal: PortalServer) -> None:
        """docs/portals.rst: a step for robots.txt, none where it answers 4xx."""
        _, steps = walk(portal)
        assert [step.kind for step in steps] == ["robots.txt", "front"]
        portal.routes["/robots.txt"] = (404, "text/plain", "not here")
        _, steps = walk(portal)
        assert [step.kind for step in steps] == ["front"]

    def test_a_robots_txt_that_cannot_be_fetched_forbids_all(self, portal: PortalServer) -> None:
        portal.routes["/robots.txt"] = (503, "text/plain", "busy")
        _, steps = walk(portal, depth=2, max_listings=5)
        assert portal.paths() == ["/robots.txt"]
        assert "HTTP status 503" in steps[0].message
        assert "robots.txt could not be fetched, which forbids all; not fetched" in (
            steps[1].message
        )

    def test_rules_past_the_cap_are_not_obeyed_and_it_is_said(
        self, portal: PortalServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        robots = (
            "User-agent: *\nDisallow: /sport/\n" + "# padding\n" * 100 + ("Disallow: /world/\n")
        )
        portal.routes["/robots.txt"] = (200, "text/plain", robots)
        monkeypatch.setattr(nm.limits, "ROBOTS_RULES_MAX_BYTES", 100)
        with pytest.warns(ReadWarning, match="the rules past them are not obeyed"):
            walk(portal, depth=1)
        assert "/sport/" not in portal.paths()
        assert "/world/" in portal.paths()

    def test_a_walk_runs_once(self, portal: PortalServer) -> None:
        walked, steps = walk(portal)
        assert len(steps) == 2
        assert list(walked) == []
        assert walked.summary.pages == 2

    @pytest.mark.parametrize("depth", [0, 1, 2])
    def test_depth(self, portal: PortalServer, depth: int) -> None:
        _, steps = walk(portal, depth=depth)
        fronts = [s for s in steps if isinstance(s, PortalPage) and s.front is not None]
        assert max(front.depth for front in fronts) == depth
        assert ("/world/" in portal.paths()) == (depth >= 1)
        assert ("/world/europe/" in portal.paths()) == (depth >= 2)

    @pytest.mark.parametrize("max_pages", [0, 1, 2, 5, 9])
    def test_max_pages_is_every_document_asked_for(
        self, portal: PortalServer, max_pages: int
    ) -> None:
        walked, _ = walk(portal, depth=3, max_listings=20, max_pages=max_pages)
        assert len(portal.requests) == walked.summary.pages == max_pages
        assert walked.summary.stopped == f"max_pages ({max_pages}) reached"

    @pytest.mark.parametrize("max_articles", [1, 2, 4, 7])
    def test_max_articles(self, portal: PortalServer, max_articles: int) -> None:
        walked, steps = walk(portal, depth=3, max_listings=20, max_articles=max_articles)
        found = [a for s in steps if isinstance(s, PortalPage) for a in s.articles]
        assert len(found) == walked.summary.articles == max_articles
        assert walked.summary.stopped == f"max_articles ({max_articles}) reached"

    @pytest.mark.parametrize("max_listings", [0, 1, 3])
    def test_max_listings(self, portal: PortalServer, max_listings: int) -> None:
        walk(portal, max_listings=max_listings)
        assert len(portal.requests) == 2 + max_listings  # robots.txt, home, the listings

    @pytest.mark.parametrize("sitemap_depth", [0, 1])
    def test_sitemap_depth(self, portal: PortalServer, sitemap_depth: int) -> None:
        walk(portal, max_listings=5, sitemap_depth=sitemap_depth)
        assert "/sitemap_index.xml" in portal.paths()
        assert ("/news-sitemap.xml" in portal.paths()) == (sitemap_depth == 1)

    def test_a_sitemap_index_listing_itself_and_fronts_in_a_loop_are_read_once(
        self, portal: PortalServer
    ) -> None:
        index = (
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{portal.base}/sitemap_index.xml</loc></sitemap>"
            f"<sitemap><loc>{portal.base}/sitemap_index.xml?again</loc></sitemap>"
            "</sitemapindex>"
        )
        portal.routes["/sitemap_index.xml"] = (200, "application/xml", index)
        portal.routes["/sitemap_index.xml?again"] = (200, "application/xml", index)
        walk(portal, depth=10, max_listings=50, sitemap_depth=10)
        paths = portal.paths()
        assert paths.count("/sitemap_index.xml") == 1
        assert paths.count("/sitemap_index.xml?again") <= 1
        assert len(paths) == len(set(paths))  # nothing, fronts linking each other included

    def test_negative_limits_are_refused(self) -> None:
        with pytest.raises(InvalidValueError, match="max_pages"):
            nm.walk_portal("http://127.0.0.1/", max_pages=-1)


class TestPoliteness:
    def test_the_delay_comes_between_every_two_requests(self, portal: PortalServer) -> None:
        clock, sleep, waits = fake_clock()
        walked = nm.walk_portal(
            f"{portal.base}/", depth=1, max_listings=3, delay=2.5, sleep=sleep, clock=clock
        )
        list(walked)
        assert walked.summary.pages > 3
        assert waits == [2.5] * (walked.summary.pages - 1)

    def test_an_interrupted_walk_keeps_what_it_found(self, portal: PortalServer) -> None:
        clock, sleep, _ = fake_clock()

        def interrupt_the_fourth(seconds: float) -> None:
            if len(portal.requests) == 3:
                raise KeyboardInterrupt
            sleep(seconds)

        walked = nm.walk_portal(
            f"{portal.base}/", depth=1, max_listings=3, sleep=interrupt_the_fourth, clock=clock
        )
        with pytest.raises(KeyboardInterrupt):
            list(walked)
        assert walked.summary.stopped == "interrupted"
        assert walked.summary.pages == 3
        assert walked.summary.articles == 3  # the home page's
        assert walked.summary.portal is not None


class TestGivenFront:
    """A front given as a file, bytes or text is read alone: nothing is fetched."""

    def test_a_file(self, tmp_path: Path, portal: PortalServer) -> None:
        home = tmp_path / "home.json"
        home.write_text(str(portal.routes["/"][2]), encoding="utf-8")
        walked = nm.walk_portal(home, depth=5, max_listings=5)
        (page,) = list(walked)
        assert page.front is not None
        assert walked.summary.articles == 3
        assert walked.summary.pages == 0
        assert portal.requests == []

    def test_a_file_that_is_no_front_is_a_failure(self, tmp_path: Path) -> None:
        home = tmp_path / "home.json"
        home.write_text("{", encoding="utf-8")
        (failure,) = list(nm.walk_portal(home))
        assert isinstance(failure, PortalFailure)
        assert str(home) in failure.message

    @pytest.mark.parametrize(
        ("data", "said"),
        [(b"", "it is empty"), (bytes(range(256)) * 4, "a walk reads an HTML page")],
    )
    def test_a_file_no_reader_recognises_says_what_a_walk_reads(
        self, tmp_path: Path, data: bytes, said: str
    ) -> None:
        home = tmp_path / "home.bin"
        home.write_bytes(data)
        (failure,) = list(nm.walk_portal(home))
        assert isinstance(failure, PortalFailure)
        assert isinstance(failure.error, ReadError)
        assert str(home) in failure.message
        assert said in failure.message
        assert "format=" not in failure.message  # walk_portal takes none


class TestCommand:
    """``newsmodel portal``: a tree, the portal as a JSON front, or articles as lines."""

    def run(self, portal: PortalServer, *more: str) -> int:
        base = ["portal", f"{portal.base}/", "--delay", "0", "--timeout", str(SLOW_SECONDS / 2)]
        return main([*base, *more])

    def test_the_tree(self, portal: PortalServer, capsys: pytest.CaptureFixture[str]) -> None:
        assert self.run(portal, "--depth", "2", "--max-listings", "20") == 0
        out, err = capsys.readouterr()
        base = portal.base
        assert out.startswith(f"Harbour Times  {base}/\n  News of the harbour\nSections\n")
        assert f"  World  {base}/world/\n    Europe  {base}/world/europe/\n" in out
        assert f'  rss           {base}/feed.rss  "All news"\n' in out
        assert f"  sitemap-index {base}/sitemap_index.xml\n" in out
        newest = (
            f"Newest articles (times in UTC)\n  2026-11-25 09:00  Story news-1  {base}/a/news-1\n"
        )
        assert newest in out
        assert f"newsmodel: warning: cannot fetch {base}/missing/: HTTP status 404" in err
        assert err.endswith(
            "newsmodel: portal: 18 fetched, 4 fronts, 4 feeds and sitemaps, 11 articles, "
            "3 failed, 1 disallowed by robots.txt, 2 on other hosts\n"
        )

    def test_json_is_a_front_read_back_whole(
        self, portal: PortalServer, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert self.run(portal, "--depth", "1", "--format", "json", "--newest", "3") == 0
        front = nm.read_front(capsys.readouterr().out)
        assert front.url == f"{portal.base}/"
        assert front.portal is not None
        assert [s.name for s in front.portal.sections][-1] == "Europe"
        assert [a.headline for a in front.articles] == [
            "Story home-1",
            "Story home-2",
            "Story shared",
        ]

    def test_jsonl_streams_articles_as_batch_lines(
        self, portal: PortalServer, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert self.run(portal, "--max-listings", "3", "--format", "jsonl") == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [line["url"].removeprefix(portal.base) for line in lines] == [
            "/a/home-1",
            "/a/home-2",
            "/a/shared",
            "/a/rss-3",
            "/a/rss-1",
            "/a/atom-1",
        ]
        assert all(line["source"] == line["url"] for line in lines)
        assert nm.read(json.dumps(lines[3]["document"])).date_published is not None

    def test_limits_and_why_the_walk_stopped(
        self, portal: PortalServer, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert self.run(portal, "--depth", "1", "--max-pages", "3") == 0
        assert capsys.readouterr().err.endswith(", stopped: max_pages (3) reached\n")

    def test_a_file_is_read_alone(
        self, tmp_path: Path, portal: PortalServer, capsys: pytest.CaptureFixture[str]
    ) -> None:
        home = tmp_path / "home.json"
        home.write_text(str(portal.routes["/"][2]), encoding="utf-8")
        assert main(["portal", str(home), "--depth", "3", "--max-listings", "9"]) == 0
        assert capsys.readouterr().out.startswith("Harbour Times")
        assert portal.requests == []

    def test_a_section_front_file_pairs_the_portal_with_its_own_address(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        page = Path(__file__).parent / "pages" / "fronts" / "section-front.html"
        front = nm.read_front(page, url="https://quotidien.example/monde/?page=2")
        assert front.portal is not None
        assert front.portal.url is not None
        assert not front.is_home
        assert main(["portal", str(page), "--url", front.url or ""]) == 0
        out, err = capsys.readouterr()
        assert out.startswith(f"{front.portal.name}  {front.portal.url}\n")
        assert err == "newsmodel: portal: 0 fetched, 1 front, 0 feeds and sitemaps, " + (
            f"{len(front.articles)} articles, 0 failed\n"
        )

    def test_walk_options_with_a_file_are_said_to_do_nothing(
        self, tmp_path: Path, portal: PortalServer, capsys: pytest.CaptureFixture[str]
    ) -> None:
        home = tmp_path / "home.json"
        home.write_text(str(portal.routes["/"][2]), encoding="utf-8")
        assert main(["portal", str(home), "--newest", "2"]) == 0
        assert "warning" not in capsys.readouterr().err  # --newest applies to a file too
        assert main(["portal", str(home), "--depth", "2", "--max-listings", "3"]) == 0
        err = capsys.readouterr().err
        assert err.startswith(
            "newsmodel: warning: --depth, --max-listings: only a walk from an http(s) URL "
            f"uses them; {home} is read alone\n"
        )
        assert err.count("warning") == 1

    def test_a_file_that_is_no_front(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        page = tmp_path / "article.json"
        page.write_text(nm.write(nm.Article("Harbour reopens")), encoding="utf-8")
        assert main(["portal", str(page)]) == 1
        error = capsys.readouterr().err
        assert error.startswith("newsmodel: error: ")
        assert error.count("\n") == 1

    def test_no_option_the_command_lacks_is_suggested(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        empty = tmp_path / "empty.html"
        empty.write_bytes(b"")
        assert main(["portal", str(empty)]) == 1
        assert capsys.readouterr().err == (
            f"newsmodel: error: cannot read input in {empty}: it is empty\n"
        )
        binary = tmp_path / "garbage.bin"
        binary.write_bytes(bytes(range(256)) * 4)
        assert main(["portal", str(binary)]) == 1
        error = capsys.readouterr().err
        assert "--from" not in error
        assert "a walk reads an HTML page" in error

    def test_a_home_page_that_cannot_be_read(
        self, portal: PortalServer, capsys: pytest.CaptureFixture[str]
    ) -> None:
        portal.routes["/"] = (500, "text/html", "oops")
        assert self.run(portal) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert "HTTP status 500" in err
        assert err.endswith(
            f"error: {portal.base}/: the home page could not be read (see the warnings)\n"
        )

    def test_only_http_is_walked(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["portal", "ftp://127.0.0.1/"]) == 1
        assert capsys.readouterr().err == (
            "newsmodel: error: cannot fetch ftp://127.0.0.1/: unsupported scheme 'ftp' "
            "(only http(s) is walked)\n"
        )

    def test_a_url_without_the_fetch_extra(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setitem(sys.modules, "urllib3", None)
        assert main(["portal", "https://example.org/"]) == 1
        error = capsys.readouterr().err
        assert error.startswith("newsmodel: error: cannot fetch https://example.org/: ")
        assert error.count("\n") == 1
        assert "pip install '.[fetch]'" in error

    def test_ctrl_c_prints_what_was_found(
        self,
        portal: PortalServer,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        real_fetch = _walk.fetch_within

        def interrupt_the_third(url: str, **options: Any) -> nm.Source:
            if len(portal.requests) == 2:
                raise KeyboardInterrupt
            return real_fetch(url, **options)

        monkeypatch.setattr(_walk, "fetch_within", interrupt_the_third)
        assert self.run(portal, "--depth", "1") == 130
        out, err = capsys.readouterr()
        assert out.startswith("Harbour Times")
        assert ", 3 articles, " in err
        assert err.endswith(", stopped: interrupted\n")

"""The newsmodel command: read, plugins, and one-line errors with non-zero status; usage
mistakes as argparse reports them; warnings as one line each."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article, registry
from newsmodel.cli import main

PAGE = Path(__file__).resolve().parent.parent / "examples" / "pages" / "harbour-reopens.json"


def feed(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


class TestRead:
    """`newsmodel read` converts from any registered format to any other."""

    def test_file_to_stdout(self, capsys: pytest.CaptureFixture[str], sample: Article) -> None:
        assert main(["read", str(PAGE)]) == 0
        assert newsmodel.read(capsys.readouterr().out) == sample

    def test_stdin_to_file_with_options(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sample_json: str, sample: Article
    ) -> None:
        feed(monkeypatch, sample_json)
        out = tmp_path / "out.json"
        assert main(["read", "-", "--from", "json", "-o", str(out), "-O", "indent=null"]) == 0
        text = out.read_text(encoding="utf-8")
        assert text.count("\n") == 1
        assert newsmodel.read(text) == sample

    def test_python_dash_m(self) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "newsmodel", "read", str(PAGE)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert json.loads(done.stdout)["article"]["dateline"] == "Tripoli"


class TestErrors:
    """Errors print one line naming the problem and exit with status 1."""

    @pytest.mark.parametrize(
        ("args", "stdin", "expected"),
        [
            (["read", "missing.json"], None, "missing.json: No such file or directory"),
            (
                ["read"],
                '{"format": "newsmodel", "version": 1, "article": {"headline": ""}}',
                "at /article/headline: must not be blank",
            ),
            (["read", "--from", "json"], "{not json", "not JSON"),
            (
                ["read"],
                "just words",
                "no reader recognises <stdin>; name it with --from FORMAT (known: atom, html, ",
            ),
            (["read", str(PAGE.parent)], None, "is a directory; use 'newsmodel batch "),
        ],
    )
    def test_one_line(
        self,
        args: list[str],
        stdin: str | None,
        expected: str,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        if stdin is not None:
            feed(monkeypatch, stdin)
        assert main(args) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        lines = captured.err.splitlines()
        assert len(lines) == 1
        assert lines[0].startswith("newsmodel: error: ")
        assert expected in lines[0]

    def test_usage_errors_exit_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as caught:
            main(["frobnicate"])
        assert caught.value.code == 2

    def test_python_wording_is_kept_for_python(self) -> None:
        with pytest.raises(newsmodel.UnknownFormatError, match="pass format="):
            newsmodel.read("just words")

    def test_a_directory_points_to_batch(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["read", str(PAGE.parent)]) == 1
        message = capsys.readouterr().err.strip()
        assert message == (
            f"newsmodel: error: {PAGE.parent} is a directory; use 'newsmodel batch "
            f"{PAGE.parent}' to read many pages"
        )


class TestUsageMistakes:
    """An unknown plugin name or a bad writer option is reported as argparse reports its
    own mistakes: the command's usage, 'newsmodel <command>: error: ...', status 2;
    nothing is written."""

    @pytest.mark.parametrize(
        ("args", "expected"),
        [
            (
                ["read", str(PAGE), "--to", "nope"],
                "newsmodel read: error: argument --to: no writer named 'nope' (known: ",
            ),
            (
                ["read", str(PAGE), "--from", "yaml"],
                "newsmodel read: error: argument --from: no reader named 'yaml' (known: ",
            ),
            (
                ["read", str(PAGE), "--enrich", "places"],
                "newsmodel read: error: argument --enrich: no enricher named 'places' (known: ",
            ),
            (
                ["validate", str(PAGE), "-p", "nope"],
                "newsmodel validate: error: argument --profile: no profile named 'nope' (known: ",
            ),
            (
                ["read", str(PAGE), "-O", "indent"],
                "newsmodel read: error: argument -O: 'indent' is not KEY=VALUE",
            ),
            (
                ["read", str(PAGE), "-O", "colour=red"],
                "newsmodel read: error: argument -O colour=red: the json writer has no "
                "option 'colour' (its options: indent)",
            ),
            (
                ["read", str(PAGE), "--to", "text", "-O", "indent=2"],
                "newsmodel read: error: argument -O indent=2: the text writer has no "
                "option 'indent' (its options: width, strict)",
            ),
            (
                ["read", str(PAGE), "-O", "indent=[1]"],
                "newsmodel read: error: the json writer cannot take -O indent=[1]: ",
            ),
        ],
    )
    def test_exit_2(
        self, args: list[str], expected: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        with pytest.raises(SystemExit) as caught:
            main(args)
        assert caught.value.code == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith("usage: newsmodel ")
        assert captured.err.splitlines()[-1].startswith(expected)

    @pytest.mark.parametrize(
        "args",
        [
            ["read", str(PAGE), "--from", "JSON", "--to", "JsonLD"],
            ["read", str(PAGE), "-f", "Json", "-t", "JSONLD", "--enrich", "People"],
        ],
    )
    def test_names_ignore_case(self, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
        assert main(args) == 0
        assert json.loads(capsys.readouterr().out)["@type"] == "NewsArticle"

    def test_a_writer_without_options(self, capsys: pytest.CaptureFixture[str]) -> None:
        class Plain:
            def write(self, article: Article) -> str:
                return article.headline

        registry.register("writers", "plain", Plain())
        try:
            with pytest.raises(SystemExit):
                main(["read", str(PAGE), "--to", "PLAIN", "-O", "a=1"])
        finally:
            registry.unregister("writers", "plain")
        assert capsys.readouterr().err.splitlines()[-1] == (
            "newsmodel read: error: argument -O a=1: the plain writer has no option 'a' "
            "(it takes none)"
        )

    def test_profile_names_ignore_case(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["validate", str(PAGE), "-p", "Google-Article", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["profile"] == "google-article"


class TestWarnings:
    """A warning is one line on standard error, 'newsmodel: warning: ...', not Python's
    two lines quoting our source; the output on standard output is unchanged."""

    @pytest.mark.filterwarnings("default")
    def test_one_line_each(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        page = (
            "<html><head><title>Гавань снова открылась</title></head><body><article>"
            "<h1>Гавань снова открылась</h1><p>Гавань снова открылась для грузовых судов "
            "после ремонта причала, сообщили в порту.</p></article></body></html>"
        )
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode("cp1251"))))
        assert main(["read", "--to", "text"]) == 0
        captured = capsys.readouterr()
        assert captured.out.startswith("Гавань снова открылась\n")
        assert captured.err.splitlines() == [
            "newsmodel: warning: <stdin>: no charset declared and the bytes are not UTF-8; "
            "detected cp1251"
        ]

    @pytest.mark.filterwarnings("default")
    def test_other_warnings_name_their_kind(self, capsys: pytest.CaptureFixture[str]) -> None:
        from newsmodel import cli

        cli._show_warning(DeprecationWarning("old\nway"), DeprecationWarning, "x.py", 1)
        assert capsys.readouterr().err == "newsmodel: warning: DeprecationWarning: old way\n"


class TestPlugins:
    """`newsmodel plugins` lists what is registered and where it comes from."""

    def test_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["plugins"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].split() == ["GROUP", "NAME", "STATUS", "DISTRIBUTION", "TARGET"]
        assert any(line.split()[:3] == ["readers", "json", "ok"] for line in lines)

    def test_help_names_every_group(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit):
            main(["plugins", "--help"])
        text = " ".join(capsys.readouterr().out.split())
        for kind in ("reader", "writer", "validation profile", "site adapter", "enricher"):
            assert kind in text

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["plugins", "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        writer = next(row for row in rows if (row["group"], row["name"]) == ("writers", "json"))
        assert writer["status"] == "ok"

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as caught:
            main(["--version"])
        assert caught.value.code == 0
        assert capsys.readouterr().out.strip() == f"newsmodel {newsmodel.__version__}"


class TestValidate:
    """`newsmodel validate` prints one line per finding and exits 1 when any is an error."""

    def test_clean_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["validate", str(PAGE)]) == 0
        assert capsys.readouterr().out == ""

    def test_lines_for_jsonld_point_into_the_text(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        feed(
            monkeypatch,
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",'
            ' "datePublished": "2026-03-02", "dateModified": "2026-03-01T10:00:00+00:00"}',
        )
        assert main(["validate", "-", "--profile", "google-article"]) == 1
        lines = capsys.readouterr().out.splitlines()
        assert "error /dateModified google-article/modified-before-published" in "\n".join(lines)
        assert all(line.split()[0] in ("error", "warning", "info") for line in lines)
        assert any(
            line.startswith("warning (root) google-article/missing-author ") for line in lines
        )

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["validate", str(PAGE), "-p", "google-article", "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["profile"] == "google-article"
        assert report["ok"] is True
        assert [f["code"] for f in report["findings"]] == ["google-article/one-image"]

    def test_errors_exit_1(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        feed(monkeypatch, '{"@context": "https://schema.org", "@type": "NewsArtcle"}')
        assert main(["validate", "-p", "schema.org"]) == 1
        assert capsys.readouterr().out.startswith("error /@type schema.org/unknown-type ")

    @pytest.mark.parametrize(
        ("args", "expected"),
        [(["validate", "missing.json"], "missing.json: No such file or directory")],
    )
    def test_one_line_errors(
        self, args: list[str], expected: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(args) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith("newsmodel: error: ")
        assert expected in captured.err

    def test_usage_error_exits_2(self) -> None:
        with pytest.raises(SystemExit) as caught:
            main(["validate", str(PAGE), "--profile"])
        assert caught.value.code == 2


_NEWS = (
    "<url><loc>https://news.example/1</loc><news:news><news:publication>"
    "<news:name>News</news:name><news:language>en</news:language></news:publication>"
    "<news:publication_date>2026-05-02</news:publication_date>"
    "<news:title>One</news:title></news:news></url>"
)


def _sitemap(urls: str) -> str:
    return (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
    )


class TestReadSaysWhatItLeavesOut:
    """Without --listing, what the article lines do not carry, or that there are none, is
    said in a warning; nothing is left out silently (review of issue 15, finding 11)."""

    def run(
        self, capsys: pytest.CaptureFixture[str], path: Path, text: str
    ) -> tuple[int, str, str]:
        path.write_text(text, encoding="utf-8")
        status = main(["read", str(path)])
        out, err = capsys.readouterr()
        return status, out, err

    def test_a_mixed_sitemaps_plain_addresses(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        plain = "<url><loc>https://news.example/about</loc></url>"
        status, out, err = self.run(capsys, tmp_path / "news.xml", _sitemap(_NEWS + plain))
        assert status == 0
        assert [newsmodel.read(line).headline for line in out.splitlines()] == ["One"]
        assert err == (
            "newsmodel: warning: also lists 1 address without a headline; pass --listing to "
            "write them\n"
        )

    def test_a_plain_sitemap(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        plain = "".join(f"<url><loc>https://news.example/{n}</loc></url>" for n in range(3))
        status, out, err = self.run(capsys, tmp_path / "sitemap.xml", _sitemap(plain))
        assert (status, out) == (0, "")
        assert err == (
            "newsmodel: warning: 3 addresses and no articles; pass --listing to write them\n"
        )

    def test_a_feed_with_no_items(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        feed = (
            '<rss version="2.0"><channel><title>News</title>'
            "<link>https://news.example/</link></channel></rss>"
        )
        status, out, err = self.run(capsys, tmp_path / "feed.xml", feed)
        assert (status, out) == (0, "")
        assert err == "newsmodel: warning: the feed has no items\n"

    def test_an_empty_sitemap(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        status, out, err = self.run(capsys, tmp_path / "sitemap.xml", _sitemap(""))
        assert (status, out) == (0, "")
        assert err == "newsmodel: warning: the sitemap lists no address\n"

"""The newsmodel command: read, plugins, and one-line errors with non-zero status."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article
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
            (["read"], "just words", "no reader recognises <stdin>"),
            (["read", str(PAGE), "--to", "nope"], None, "no writer named 'nope'"),
            (["read", str(PAGE), "-O", "indent"], None, "option 'indent' is not KEY=VALUE"),
            (
                ["read", str(PAGE), "-O", "colour=red"],
                None,
                "unexpected keyword argument 'colour'",
            ),
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


class TestPlugins:
    """`newsmodel plugins` lists what is registered and where it comes from."""

    def test_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["plugins"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].split() == ["GROUP", "NAME", "STATUS", "DISTRIBUTION", "TARGET"]
        assert any(line.split()[:3] == ["readers", "json", "ok"] for line in lines)

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

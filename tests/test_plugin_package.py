"""A real, separately packaged plugin is discovered through its entry point.

examples/plugin-markdown is built and installed with pip into a folder of its own, then
used from a fresh interpreter that has that folder on its path: nothing in newsmodel
names it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pip_target import install

PLUGIN = Path(__file__).resolve().parent.parent / "examples" / "plugin-markdown"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Install the example plugin with pip; return an environment that can import it."""
    target = tmp_path_factory.mktemp("site")
    install(PLUGIN, target)
    return {**os.environ, "PYTHONPATH": str(target)}


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, *args], env=env, input=stdin, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_listed_with_its_distribution(installed: dict[str, str]) -> None:
    rows = json.loads(run(installed, "-m", "newsmodel", "plugins", "--json"))
    markdown = next(row for row in rows if (row["group"], row["name"]) == ("writers", "markdown"))
    assert markdown["distribution"] == "newsmodel-markdown 0.1.0"
    assert markdown["status"] == "ok"


def test_used_from_the_api(installed: dict[str, str]) -> None:
    code = (
        "import newsmodel as n; "
        "print(n.write(n.Article('Hello', body=[n.Paragraph('Hi.')]), 'markdown'))"
    )
    assert run(installed, "-c", code) == "# Hello\n\nHi.\n\n"


def test_used_from_the_cli(installed: dict[str, str], sample_json: str) -> None:
    out = run(
        installed,
        "-m",
        "newsmodel",
        "read",
        "--to",
        "markdown",
        "-O",
        "heading_level=2",
        stdin=sample_json,
    )
    assert out.startswith("## Northern Harbour Reopens")
    assert "*By Karim Nassar*" in out


def test_absent_without_the_package() -> None:
    rows = json.loads(run(dict(os.environ), "-m", "newsmodel", "plugins", "--json"))
    assert "markdown" not in {row["name"] for row in rows}

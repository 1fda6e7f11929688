"""The examples run, and the shipped example page is what the example script prints."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_build_article_prints_the_example_page() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "build_article.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    page = (ROOT / "examples" / "pages" / "harbour-reopens.json").read_text(encoding="utf-8")
    assert done.stdout == page


def test_readme_quick_start_has_two_command_lines() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^```console\n\$ (.+)\n```", quick_start, re.MULTILINE)
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci, "CI must run the README's test command as written"


def test_the_example_portal_is_walked_as_the_docs_show() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "portal" / "walk_example.py"), "--port", "0"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    out = re.sub(r"http://127\.0\.0\.1:\d+", "http://127.0.0.1:8716", done.stdout)
    docs = (ROOT / "docs" / "portals.rst").read_text(encoding="utf-8")
    shown = docs.split("$ python examples/portal/walk_example.py\n", 1)[1].split("\n\n", 1)[0]
    assert out.splitlines() == [line.removeprefix("   ") for line in shown.splitlines()][:-1]
    assert done.stderr == shown.splitlines()[-1].removeprefix("   ") + "\n"

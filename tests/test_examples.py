"""The examples run, and the shipped example page is what the example script prints."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest

import newsmodel

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


def _python_blocks(text: str) -> list[str]:
    """The ``.. code-block:: python`` blocks of an RST text, unindented."""
    blocks = re.findall(r"^\.\. code-block:: python\n\n((?:   .*\n|\n)+)", text, re.MULTILINE)
    return [textwrap.dedent(block) for block in blocks]


def test_the_portal_docs_write_and_read_back_as_they_say() -> None:
    """docs/portals.rst's model front, written: its news sitemap is written, it reads
    back the same, and the recipe for a front with undated teasers writes the dated."""
    docs = (ROOT / "docs" / "portals.rst").read_text(encoding="utf-8")
    model = _python_blocks(docs.split("\nThe model\n", 1)[1])[0]
    writing, dated_only = _python_blocks(docs.split("\nWriting a portal\n", 1)[1])[:2]
    names: dict[str, object] = {}
    exec(model + writing, names)
    assert names["back"] == names["front"]
    assert "<news:publication_date>2026-12-01T08:00:00Z<" in str(names["news"])
    front = names["front"]
    assert isinstance(front, newsmodel.Front)
    undated = newsmodel.Article("Ferry timetable", url="https://news.example/ferry")
    block = attrs.evolve(front.blocks[0], teasers=[*front.blocks[0].teasers, undated])
    names["front"] = attrs.evolve(front, blocks=[block])
    with pytest.raises(newsmodel.WriteError, match=r"item 1 \(https://news.example/ferry, "):
        exec(writing, dict(names))
    exec(dated_only, names)
    assert "https://news.example/harbour" in str(names["news"])
    assert "https://news.example/ferry" not in str(names["news"])

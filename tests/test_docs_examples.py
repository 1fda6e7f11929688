"""Every code example of the documentation runs as printed (issue 18).

A page's Python and pycon blocks run in order in one namespace, as a reader would type
them into one session, in a fresh folder that holds the repository's files (so
``examples/pages/...`` is there) and takes whatever the examples write. A pycon block is
a doctest: what it shows is what it must print, exceptions included. A console block's
``newsmodel`` commands run in a shell in that folder (``pip install`` and ``python3 -m
venv`` lines stand for the environment the tests already run in); where the page shows
what a command prints, it must print that (``...`` stands for any text), and where it
shows nothing, the command must succeed. Blocks marked ``skip-ci`` do not run; each must
give its reason. See tests/docs_examples.py for the marks.
"""

from __future__ import annotations

import doctest
import os
import re
import stat
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from docs_examples import Example, examples

from newsmodel import registry

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.rst"))
ALL = [example for page in PAGES for example in examples(page)]
MARKED = [example for example in ALL if example.skip]
RUN_PAGES = sorted({example.page for example in ALL if not example.skip})

DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
_INSTALL = re.compile(r"\bpip install\b|-m venv\b")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder that looks like the repository's root to the examples: its
    entries are links to the repository's, and ``newsmodel`` (also as
    ``.venv/bin/newsmodel``) and ``python`` run this test's interpreter."""
    for entry in ROOT.iterdir():
        if not entry.name.startswith("."):
            (tmp_path / entry.name).symlink_to(entry)
    shims = tmp_path / ".venv" / "bin"
    shims.mkdir(parents=True)
    for name, command in [("newsmodel", "-m newsmodel"), ("python", ""), ("python3", "")]:
        shim = shims / name
        shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" {command} "$@"\n')
        shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{shims}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("page", RUN_PAGES)
def test_the_page_examples_run_as_printed(page: str, folder: Path) -> None:
    names: dict[str, Any] = {"__name__": "__docs__"}
    before = {group: set(registry.names(group)) for group in registry.GROUPS}
    try:
        with warnings.catch_warnings():
            for example in ALL:
                if example.page == page and not example.skip:
                    _run(example, names)
    finally:  # what a page registers is the page's alone
        for group, names_before in before.items():
            for name in set(registry.names(group)) - names_before:
                registry.unregister(group, name)


def test_marked_examples_say_why_they_do_not_run() -> None:
    """A marked block is not a skipped test (nothing skips in CI): it is listed here, and
    each says why it cannot run, in words a reader of the page would take."""
    for example in MARKED:
        assert example.skip is not None, example.name
        assert len(example.skip.split()) >= 3, example.name


def test_the_docs_have_examples_and_marks_are_few() -> None:
    """The collector finds the examples (a broken pattern would pass every page), and
    most of them run."""
    assert len(ALL) >= 40
    assert len(MARKED) * 4 < len(ALL)


def _run(example: Example, names: dict[str, Any]) -> None:
    if example.setup:
        exec(_compiled(example.setup, example.page, example.setup_line), names)
    if example.language == "python":
        exec(_compiled(example.code, example.page, example.line), names)
    elif example.language == "pycon":
        _doctest(example, names)
    else:
        _console(example)


def _compiled(code: str, page: str, line: int) -> Any:
    """``code``, which starts at ``line`` of ``page``, compiled so that a traceback names
    the page and the line."""
    return compile("\n" * (line - 1) + code, f"docs/{page}", "exec")


def _doctest(example: Example, names: dict[str, Any]) -> None:
    test = doctest.DocTestParser().get_doctest(
        example.code, names, example.name, f"docs/{example.page}", example.line - 1
    )
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
    result = runner.run(test, out=report.append, clear_globs=False)
    names.update(test.globs)  # the test ran in a copy; what it defined is the page's
    assert not result.failed, "".join(report)


def _console(example: Example) -> None:
    for command, shown in _commands(example.code):
        if _INSTALL.search(command):
            continue  # the environment these tests run in is that install
        done = subprocess.run(
            ["bash", "-c", command],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=60,
            check=False,
        )
        where = f"docs/{example.name}: $ {command}"
        if shown:
            checker = doctest.OutputChecker()
            assert checker.check_output(shown, done.stdout, DOCTEST_FLAGS), (
                f"{where}\nshown:\n{shown}printed:\n{done.stdout}"
            )
        else:
            assert done.returncode == 0, f"{where}\n{done.stdout}"


def _commands(session: str) -> list[tuple[str, str]]:
    """A console session's commands (``$ ...``), each with the output shown after it."""
    commands: list[tuple[str, str]] = []
    for line in session.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], ""))
        elif commands:
            command, shown = commands[-1]
            commands[-1] = (command, shown + line + "\n")
    return commands


class TestCollector:
    """The collector finds blocks as a reader sees them, with the marks right above."""

    PAGE = """Title
=====

.. skip-ci: it needs
   the network

.. code-block:: python

   fetch()

.. ci-setup:

   page = "<html></html>"

.. code-block:: pycon

   >>> len(page)
   13

.. code-block:: console

   $ pip install '.[fetch]'

.. code-block:: console

   $ .venv/bin/newsmodel plugins
"""

    def test_blocks_and_their_marks(self, tmp_path: Path) -> None:
        page = tmp_path / "page.rst"
        page.write_text(self.PAGE, encoding="utf-8")
        found = examples(page)
        assert [(e.line, e.language, e.skip) for e in found] == [
            (9, "python", "it needs the network"),
            (17, "pycon", None),
            (26, "console", None),
        ]
        assert (found[1].setup, found[1].setup_line) == ('page = "<html></html>"\n', 13)

    def test_a_mark_away_from_its_block_is_an_error(self, tmp_path: Path) -> None:
        page = tmp_path / "page.rst"
        page.write_text(self.PAGE.replace("   the network\n", "   the network\n\nText.\n"))
        with pytest.raises(ValueError, match=r"page.rst:7: a mark must stand right above"):
            examples(page)

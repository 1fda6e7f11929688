"""The code examples of the documentation's pages, found the way a reader sees them.

An example is a ``.. code-block::`` in ``python`` or ``pycon`` (doctest style, ``>>>``),
or in ``console`` when one of its commands runs ``newsmodel``. Two reStructuredText
comments, which the built pages never show, tell the tests more about the block right
below them::

    .. skip-ci: it fetches a page from the network

    .. ci-setup:

       page = Path("examples/pages/harbour-reopens.html").read_bytes()

``skip-ci`` marks a block that cannot run in CI, with the reason; ``ci-setup`` is Python
run just before the block, to give it what a reader has at hand (a file it names, a
variable the text speaks of), as Sphinx's ``testsetup`` would.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("python", "pycon", "console")
SKIP = "skip-ci:"
SETUP = "ci-setup:"

_DIRECTIVE = re.compile(r"^(?P<indent> *)\.\. code-block:: *(?P<language>\S+) *$")
_COMMENT = re.compile(r"^(?P<indent> *)\.\. (?P<text>(?:skip-ci|ci-setup):.*)$")
# a command that runs newsmodel, as installed or from the clone's own virtual environment
_NEWSMODEL = re.compile(r"^\$ (?:\S*/)?newsmodel\b", re.MULTILINE)


@dataclass(frozen=True)
class Example:
    """One code block of a page: where it is, what it holds, and its marks."""

    page: str
    line: int  # of the first line of code, counting from 1
    language: str
    code: str
    skip: str | None = None  # why it does not run in CI
    setup: str = ""  # Python to run first
    setup_line: int = 0  # where it starts

    @property
    def name(self) -> str:
        return f"{self.page}:{self.line}"


def examples(page: Path) -> list[Example]:
    """The examples of ``page`` in reading order: its Python and pycon blocks, and its
    console blocks that run ``newsmodel``."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Example] = []
    skip: str | None = None
    setup, setup_line = "", 0
    index = 0
    while index < len(lines):
        comment = _COMMENT.match(lines[index])
        directive = _DIRECTIVE.match(lines[index])
        if comment:
            start = index + 1
            body, index = _indented(lines, start, len(comment["indent"]))
            text = comment["text"]
            if text.startswith(SKIP):
                skip = " ".join([text.removeprefix(SKIP), *body.split()]).strip()
                if not skip:
                    raise ValueError(f"{page.name}:{index}: skip-ci needs a reason")
            else:
                setup, setup_line = body, _first_text(lines, start) + 1
            continue
        if directive:
            first = index + 1
            while first < len(lines) and lines[first].strip().startswith(":"):
                first += 1  # the directive's options (:caption: ...)
            code, index = _indented(lines, first, len(directive["indent"]))
            language = directive["language"]
            if language in LANGUAGES and (language != "console" or _NEWSMODEL.search(code)):
                line = _first_text(lines, first) + 1
                found.append(Example(page.name, line, language, code, skip, setup, setup_line))
            elif skip or setup:
                raise ValueError(f"{page.name}:{index}: a mark above a block that is no example")
            skip, setup, setup_line = None, "", 0
            continue
        if lines[index].strip() and (skip or setup):
            raise ValueError(f"{page.name}:{index + 1}: a mark must stand right above its block")
        index += 1
    return found


def _indented(lines: list[str], start: int, indent: int) -> tuple[str, int]:
    """The block of lines from ``start`` indented deeper than ``indent``, dedented, and
    the index of the line after it."""
    end = start
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    return textwrap.dedent("\n".join(lines[start:end])).strip("\n") + "\n", end


def _first_text(lines: list[str], start: int) -> int:
    """The index of the first line from ``start`` on that is not blank."""
    return next(index for index in range(start, len(lines)) if lines[index].strip())

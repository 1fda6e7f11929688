"""A page's structured data as written, for the profiles to check as a consumer reads it.

The HTML reader cleans up what it reads ("By Nour Aziz" becomes Nour Aziz, a date with no
time zone keeps its day), so checking the article it reads hides what a search engine
sees. :class:`Markup` keeps each ``application/ld+json`` script and each top-level
microdata item as the page gives it, and hands them to a profile as one JSON-LD array; the
profile's paths are then mapped back into the page:

- ``script[2]/author/name``: the second JSON-LD script of the page (counting those
  scripts only, from 1), then the JSON Pointer into its JSON (``script[2]/0/author`` when
  the script holds an array);
- ``microdata[1]/author/name``: the first top-level microdata item, then its property
  path (an item's properties are shaped as JSON-LD, see
  :mod:`newsmodel.readers.html.microdata`);
- ``""``: the page as a whole.

What is wrong with the markup itself, whatever the profile, has ``markup/`` codes: a
script that is not JSON (the others are still checked), a script that holds no object or
array, an empty script, a page with no structured data at all, and what the page's reader
warned about (a guessed character set, a microdata cap reached).

The page is parsed by :class:`~newsmodel.readers.html.page.Page`, within the caps of
:mod:`newsmodel.limits`; a script's JSON is parsed strictly, as a consumer would.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .._jsonvalue import whole_number
from ..errors import ReadWarning
from ..source import Source
from .document import Document
from .report import Finding, Severity

__all__ = ["Markup"]

_P = "markup/"
# Microdata's itemtype names schema.org by IRI; as JSON-LD, an item says so by a context.
_SCHEMA_CONTEXT = "https://schema.org"
_BLOCK = re.compile(r"(?P<kind>script|microdata)\[(?P<number>\d+)\]")


@attrs.frozen
class Markup:
    """The structured data of one HTML page as written, and what is wrong with it as markup.

    Args:
        nodes: Each top-level JSON-LD value (a script's object, or each item of a
            script's array) and microdata item, in page order (scripts first), with the
            path that names it in the page (``"script[2]"``, ``"script[2]/0"``,
            ``"microdata[1]"``).
        findings: What is wrong with the markup itself (``markup/`` codes).

    .. versionadded:: 0.1
    """

    nodes: tuple[tuple[str, Any], ...]
    findings: tuple[Finding, ...]

    @classmethod
    def read(cls, source: Source) -> Markup:
        """Parse a page and collect its structured data; nothing in it raises."""
        # the html reader is imported when a page is checked, not by `import newsmodel`
        from ..readers.html.page import Page

        nodes: list[tuple[str, Any]] = []
        findings: list[Finding] = []
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ReadWarning)
            page = Page.read(source)
            scripts = page.jsonld_scripts
            for number, text in enumerate(scripts, start=1):
                _script(f"script[{number}]", text, nodes, findings)
            items = page.microdata
            for number, item in enumerate(items, start=1):
                nodes.append((f"microdata[{number}]", {"@context": _SCHEMA_CONTEXT, **item}))
        for warning in caught:
            if issubclass(warning.category, ReadWarning):
                findings.append(
                    _finding(Severity.WARNING, "", "read-warning", str(warning.message))
                )
        if not scripts and not items:
            findings.append(
                _finding(
                    Severity.ERROR,
                    "",
                    "no-structured-data",
                    "the page has no structured data: no JSON-LD script and no microdata item",
                )
            )
        return cls(tuple(nodes), tuple(findings))

    def document(self) -> Document:
        """The nodes as one JSON-LD array, for a profile: ``@id`` references between
        scripts resolve, and a page-wide rule (an article somewhere) is judged once."""
        return Document.of([value for _, value in self.nodes])

    def locate(self, finding: Finding) -> Finding:
        """The finding with its path into :meth:`document` turned into a path in the page."""
        index, sep, rest = finding.path[1:].partition("/")
        if not finding.path.startswith("/") or not (index.isascii() and index.isdigit()):
            return finding
        if int(index) >= len(self.nodes):
            return finding
        return attrs.evolve(finding, path=self.nodes[int(index)][0] + sep + rest)

    def check(self, profile: Callable[[Document], Iterable[object]]) -> list[object]:
        """What is wrong with the markup and what ``profile`` (a profile's ``check``) finds
        in its nodes, located in the page, in page order (the page as a whole first, then
        script by script and item by item); anything else a profile yields is passed on
        as it is, for the caller to refuse."""
        found: list[object] = list(self.findings)
        if self.nodes:
            found.extend(
                self.locate(item) if isinstance(item, Finding) else item
                for item in profile(self.document())
            )
        return sorted(found, key=_place)


def _place(found: object) -> tuple[int, int]:
    """Where a finding's path is in the page: the page itself, a script or a microdata
    item by number; a path into something else (the ``model`` profile's article) last."""
    path = found.path if isinstance(found, Finding) else ""
    if not path:
        return (0, 0)
    match = _BLOCK.match(path)
    if match is None:
        return (3, 0)
    return (1 if match["kind"] == "script" else 2, int(match["number"]))


def _script(where: str, text: str, nodes: list[tuple[str, Any]], findings: list[Finding]) -> None:
    """Add a script's top-level JSON-LD values to ``nodes``, or say why it has none."""
    if not text.strip():
        findings.append(_finding(Severity.WARNING, where, "empty-script", "the script is empty"))
        return
    try:
        value = json.loads(text, parse_int=whole_number)
    except json.JSONDecodeError as error:
        message = f"not JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        findings.append(_finding(Severity.ERROR, where, "invalid-json", message))
        return
    except ValueError as error:  # a number too long to convert
        findings.append(_finding(Severity.ERROR, where, "invalid-json", f"not JSON: {error}"))
        return
    except RecursionError:
        findings.append(_finding(Severity.ERROR, where, "invalid-json", "nested too deeply"))
        return
    if isinstance(value, dict):
        nodes.append((where, value))
    elif isinstance(value, list):
        nodes.extend((f"{where}/{index}", item) for index, item in enumerate(value))
    else:
        kind = "a string" if isinstance(value, str) else "a scalar"
        message = f"expected a JSON-LD object or array, got {kind}"
        findings.append(_finding(Severity.ERROR, where, "not-jsonld", message))


def _finding(severity: Severity, path: str, rule: str, message: str) -> Finding:
    return Finding(severity, path, _P + rule, message)

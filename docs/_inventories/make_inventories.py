"""Write the intersphinx inventories the docs link other projects' objects through.

Why local files: the docs build (here and in CI) has no network, so intersphinx cannot
fetch ``objects.inv`` from docs.python.org and the other sites; a fetch attempt would only
warn, and ``-n -W`` turns that warning into a failed build. Each inventory here lists just
the outside names our pages and docstrings refer to, each with its address on that
project's own documentation site, so the built links go where a reader expects.

How the addresses were checked (no network to check them live):

- Python: against the ``objects.inv`` of Debian's ``python3.11-doc`` package (same page and
  anchor scheme as docs.python.org/3).
- attrs: its ``docs/api.rst`` documents ``.. module:: attrs`` with ``autofunction``, so
  ``api.html#attrs.evolve``.
- Hypothesis: its ``docs/reference/strategies.rst`` documents ``SearchStrategy`` and
  ``from_type`` (``reference/strategies.html#hypothesis.strategies...``).
- lxml: its Sphinx API docs live under ``/apidoc/`` (``apidoc/lxml.html.html`` for the
  ``lxml.html`` module).
- Dask: ``dask.bag`` links its overview page (``bag.html``), ``dask.distributed`` the page
  on starting a local cluster with it (``deploying-python.html``); both pages exist in
  its ``docs/source``.

Run ``python docs/_inventories/make_inventories.py`` after adding a name; the output is
deterministic (sorted, fixed zlib level), so an unchanged list rewrites identical files.
"""

from __future__ import annotations

import zlib
from pathlib import Path

#: project key -> (project name, {(name, domain:role): uri relative to the site's root})
INVENTORIES: dict[str, tuple[str, dict[tuple[str, str], str]]] = {
    "python": (
        "Python",
        {
            ("None", "py:data"): "library/constants.html#None",
            ("bool", "py:class"): "library/functions.html#bool",
            ("bytes", "py:class"): "library/stdtypes.html#bytes",
            ("dict", "py:class"): "library/stdtypes.html#dict",
            ("float", "py:class"): "library/functions.html#float",
            ("frozenset", "py:class"): "library/stdtypes.html#frozenset",
            ("int", "py:class"): "library/functions.html#int",
            ("list", "py:class"): "library/stdtypes.html#list",
            ("object", "py:class"): "library/functions.html#object",
            ("str", "py:class"): "library/stdtypes.html#str",
            ("tuple", "py:class"): "library/stdtypes.html#tuple",
            ("type", "py:class"): "library/functions.html#type",
            ("LookupError", "py:exception"): "library/exceptions.html#LookupError",
            ("OSError", "py:exception"): "library/exceptions.html#OSError",
            ("TypeError", "py:exception"): "library/exceptions.html#TypeError",
            ("ValueError", "py:exception"): "library/exceptions.html#ValueError",
            ("cProfile", "py:module"): "library/profile.html#module-cProfile",
            ("collections.abc.Callable", "py:class"): (
                "library/collections.abc.html#collections.abc.Callable"
            ),
            ("collections.abc.Iterable", "py:class"): (
                "library/collections.abc.html#collections.abc.Iterable"
            ),
            ("collections.abc.Iterator", "py:class"): (
                "library/collections.abc.html#collections.abc.Iterator"
            ),
            ("collections.abc.Mapping", "py:class"): (
                "library/collections.abc.html#collections.abc.Mapping"
            ),
            ("collections.abc.Sequence", "py:class"): (
                "library/collections.abc.html#collections.abc.Sequence"
            ),
            ("concurrent.futures.ProcessPoolExecutor", "py:class"): (
                "library/concurrent.futures.html#concurrent.futures.ProcessPoolExecutor"
            ),
            ("datetime.date", "py:class"): "library/datetime.html#datetime.date",
            ("datetime.datetime", "py:class"): "library/datetime.html#datetime.datetime",
            ("html.escape", "py:function"): "library/html.html#html.escape",
            ("importlib.metadata", "py:module"): (
                "library/importlib.metadata.html#module-importlib.metadata"
            ),
            ("json.dumps", "py:function"): "library/json.html#json.dumps",
            ("json.loads", "py:function"): "library/json.html#json.loads",
            ("os.PathLike", "py:class"): "library/os.html#os.PathLike",
            ("pathlib.Path", "py:class"): "library/pathlib.html#pathlib.Path",
            ("tracemalloc", "py:module"): "library/tracemalloc.html#module-tracemalloc",
            ("typing.Any", "py:data"): "library/typing.html#typing.Any",
            ("typing.BinaryIO", "py:class"): "library/typing.html#typing.BinaryIO",
            ("typing.Literal", "py:data"): "library/typing.html#typing.Literal",
            ("typing.TextIO", "py:class"): "library/typing.html#typing.TextIO",
        },
    ),
    "attrs": (
        "attrs",
        {
            ("attrs.evolve", "py:function"): "api.html#attrs.evolve",
        },
    ),
    "hypothesis": (
        "Hypothesis",
        {
            ("hypothesis.strategies.SearchStrategy", "py:class"): (
                "reference/strategies.html#hypothesis.strategies.SearchStrategy"
            ),
            ("hypothesis.strategies.from_type", "py:function"): (
                "reference/strategies.html#hypothesis.strategies.from_type"
            ),
        },
    ),
    "lxml": (
        "lxml",
        {
            ("lxml.html.HtmlElement", "py:class"): "apidoc/lxml.html.html#lxml.html.HtmlElement",
            ("lxml.html.document_fromstring", "py:function"): (
                "apidoc/lxml.html.html#lxml.html.document_fromstring"
            ),
        },
    ),
    "dask": (
        "Dask",
        {
            ("dask.bag", "py:module"): "bag.html",
            ("dask.distributed", "py:module"): "deploying-python.html",
        },
    ),
}


def inventory(project: str, entries: dict[tuple[str, str], str]) -> bytes:
    """One ``objects.inv`` (Sphinx inventory version 2) for ``entries``."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        "# Version: \n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    lines = "".join(f"{name} {role} 1 {uri} -\n" for (name, role), uri in sorted(entries.items()))
    return header.encode() + zlib.compress(lines.encode(), 9)


def main() -> None:
    here = Path(__file__).parent
    for key, (project, entries) in INVENTORIES.items():
        (here / f"{key}.inv").write_bytes(inventory(project, entries))


if __name__ == "__main__":
    main()

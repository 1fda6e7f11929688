"""Sphinx configuration for the newsmodel documentation."""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "newsmodel"
author = "The newsmodel developers"
copyright = "2026, The newsmodel developers"
release = _version("newsmodel")
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "resolver_tables",
    "diagrams",
    "performance_data",
]

html_theme = "furo"
html_title = f"newsmodel {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
exclude_patterns = ["_build"]

# --- The changelog: docs/changelog.rst includes CHANGELOG.md, parsed as Markdown by MyST.
# Only that include uses it: every page of the site stays reStructuredText.
extensions.append("myst_parser")
source_suffix = {".rst": "restructuredtext"}

# --- API reference: links to other projects, nitpicky references, attrs signatures --------
# Every cross-reference must resolve (the build runs with -n -W). Other projects' objects
# are linked through inventories kept in docs/_inventories (the build has no network; see
# make_inventories.py there), so intersphinx never tries to fetch one.
extensions += ["sphinx.ext.intersphinx", "attrs_defaults"]
nitpicky = True
intersphinx_mapping = {
    name: (url, str(Path(__file__).parent / "_inventories" / f"{name}.inv"))
    for name, url in {
        "python": "https://docs.python.org/3/",
        "attrs": "https://www.attrs.org/en/stable/",
        "hypothesis": "https://hypothesis.readthedocs.io/en/latest/",
        "lxml": "https://lxml.de/",
        "dask": "https://docs.dask.org/en/stable/",
    }.items()
}
# Only what cannot have a target, each with why.
nitpick_ignore = [
    # type variables of generic signatures (block_kinds, PageSample): no object to link
    ("py:class", "T"),
    ("py:class", "newsmodel.strategies.T"),
    ("py:class", "newsmodel._synthetic.page.T"),
    # Sphinx leaves a class's own __init__ annotations unevaluated, so PortalWalk shows
    # the alias's name where functions show what it stands for (str | bytes | ...)
    ("py:class", "SourceLike"),
    # a private index type in the signature of Page.jsonld_nodes (the HTML reader's
    # internals, shown on its page); it has no public entry to link to
    ("py:class", "newsmodel._from_schemaorg.Graph"),
]

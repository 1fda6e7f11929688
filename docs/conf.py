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
nitpicky = False
exclude_patterns = ["_build"]

"""Fuzzes the ``html`` reader: HTML news pages (see fuzz/README.md)."""

from harness import main
from mutators import html_mutator

if __name__ == "__main__":
    main("html", html_mutator)

"""Fuzzes the ``robots`` reader: the Sitemap: lines of a robots.txt (see fuzz/README.md)."""

from harness import main
from mutators import text_mutator

if __name__ == "__main__":
    main("robots", text_mutator)

"""Fuzzes the ``text`` reader: plain-text renderings of portal pages (see fuzz/README.md)."""

from harness import main
from mutators import text_mutator

if __name__ == "__main__":
    main("text", text_mutator)

"""Fuzzes the ``json`` reader: newsmodel JSON documents (see fuzz/README.md)."""

from harness import main
from mutators import json_mutator

if __name__ == "__main__":
    main("json", json_mutator)

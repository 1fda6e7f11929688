"""Fuzzes the ``jsonld`` reader: schema.org JSON-LD documents (see fuzz/README.md)."""

from harness import main
from mutators import json_mutator

if __name__ == "__main__":
    main("jsonld", json_mutator)

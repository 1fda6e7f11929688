"""Fuzzes the ``json-feed`` reader: feeds (see fuzz/README.md); seeds from fuzz/feeds.py."""

from harness import main
from mutators import json_mutator

if __name__ == "__main__":
    main("json-feed", json_mutator)

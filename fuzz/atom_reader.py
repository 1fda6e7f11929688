"""Fuzzes the ``atom`` reader: feeds (see fuzz/README.md); seeds from fuzz/feeds.py."""

from harness import main

if __name__ == "__main__":
    main("atom")

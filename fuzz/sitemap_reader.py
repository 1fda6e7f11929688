"""Fuzzes the ``sitemap`` reader: sitemaps, news and image sitemaps, indexes, gzip (see
fuzz/README.md)."""

from harness import main

if __name__ == "__main__":
    main("sitemap")

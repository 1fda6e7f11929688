"""Writing throughput of the feed writers (``rss``, ``atom``, ``json-feed``), next to the
``json`` writer on the same listings.

Run by hand: ``python benchmarks/feed_writers.py`` (``--smoke`` for a quick check). The
items come from ``newsmodel.strategies`` with a fixed seed (the same as
``json_roundtrip.py``'s), cut into feeds of 50 items, so every run measures the same
inputs. Timings are best-of-N wall clock; read the ratios, not the absolute numbers.
"""

from __future__ import annotations

import argparse

from json_roundtrip import best_time, sample_articles

import newsmodel
from newsmodel import Listing, Organization, registry
from newsmodel.writers import atom, jsonfeed, rss

FORMATS = {"rss": rss.writer, "atom": atom.writer, "json-feed": jsonfeed.writer}
PER_FEED = 50


def feeds(count: int) -> list[Listing]:
    """``count`` articles as feeds of :data:`PER_FEED` items, the same on every run."""
    items = sample_articles(count)
    return [
        Listing(
            title="News Example",
            url="https://news.example/",
            feed_url="https://news.example/feed",
            description="Benchmark feed",
            publisher=Organization("News Example Ltd"),
            items=items[start : start + PER_FEED],
        )
        for start in range(0, len(items), PER_FEED)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few items, one repeat")
    args = parser.parse_args()
    count, repeat = (20, 1) if args.smoke else (300, 5)
    for name, writer in FORMATS.items():  # an install older than the writers' entry points
        if name not in registry.names("writers"):
            registry.register("writers", name, writer)

    listings = feeds(count)
    print(f"{count} items in {len(listings)} feeds, best of {repeat}")
    print(f"{'format':<10} {'items/s':>9} {'MB/s':>7}")
    for format_ in (*FORMATS, "json"):
        size = sum(len(newsmodel.write(listing, format_).encode()) for listing in listings)
        seconds = best_time(
            lambda f=format_: [newsmodel.write(listing, f) for listing in listings], repeat
        )
        print(f"{format_:<10} {count / seconds:>9.0f} {size / 1e6 / seconds:>7.1f}")


if __name__ == "__main__":
    main()

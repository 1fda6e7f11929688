"""Writing throughput of the feed writers (``rss``, ``atom``, ``json-feed``), next to the
``json`` writer on the same listings; and of the ``html`` writer's portal fronts.

Run by hand: ``python benchmarks/feed_writers.py`` (``--smoke`` for a quick check). The
items come from ``newsmodel.strategies`` with a fixed seed (the same as
``json_roundtrip.py``'s), cut into feeds of 50 items, so every run measures the same
inputs. The same items, as teasers (what a front shows of them), make fronts of
:data:`PER_FRONT` teasers in blocks of :data:`PER_BLOCK`. Timings are best-of-N wall clock;
read the ratios, not the absolute numbers.
"""

from __future__ import annotations

import argparse

from json_roundtrip import best_time, sample_articles

import newsmodel
from newsmodel import Article, Front, FrontBlock, Listing, Organization, Portal, registry
from newsmodel.writers import atom, jsonfeed, rss

FORMATS = {"rss": rss.writer, "atom": atom.writer, "json-feed": jsonfeed.writer}
PER_FEED = 50
PER_FRONT = 30
PER_BLOCK = 6


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


def fronts(count: int) -> list[Front]:
    """``count`` articles as teasers on fronts of :data:`PER_FRONT`, the same on every run."""
    teasers = [
        Article(
            item.headline,
            url=item.url,
            description=item.description,
            images=item.images[:1],
            date_published=item.date_published,
            section=item.section,
            authors=item.authors,
        )
        for item in sample_articles(count)
    ]
    built = []
    for start in range(0, len(teasers), PER_FRONT):
        shown = teasers[start : start + PER_FRONT]
        sections = list(dict.fromkeys(s for t in shown if t.section for s in t.section.path))
        built.append(
            Front(
                url="https://news.example/",
                portal=Portal("News Example", url="https://news.example/", sections=sections),
                language="en",
                blocks=[
                    FrontBlock(shown[at : at + PER_BLOCK], heading=f"Block {at // PER_BLOCK}")
                    for at in range(0, len(shown), PER_BLOCK)
                ],
            )
        )
    return built


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

    pages = fronts(count)
    size = sum(len(newsmodel.write(front, "html").encode()) for front in pages)
    seconds = best_time(lambda: [newsmodel.write(front, "html") for front in pages], repeat)
    print(f"\n{len(pages)} fronts of up to {PER_FRONT} teasers, best of {repeat}")
    print(f"{'format':<10} {'fronts/s':>9} {'MB/s':>7}")
    print(f"{'html':<10} {len(pages) / seconds:>9.0f} {size / 1e6 / seconds:>7.1f}")


if __name__ == "__main__":
    main()

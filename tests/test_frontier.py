"""The portal walk's queues: the home page, then what the portal names, then the usual
places, then section fronts; each address once; never more than the limits allow."""

from __future__ import annotations

from newsmodel._frontier import Frontier, Next


def drain(frontier: Frontier) -> list[Next]:
    found = []
    while (next_one := frontier.pop()) is not None:
        found.append(next_one)
    return found


def test_the_order() -> None:
    frontier = Frontier("h/", depth=1, max_fronts=10, max_listings=10, accepts=lambda _: True)
    frontier.add_listing("robots-sitemap", 0)  # named before the home page is read
    assert frontier.pop() == Next("front", "h/", 0)
    frontier.add_front("h/world/", 1)
    frontier.add_guesses(["h/feed", "robots-sitemap"])
    frontier.add_listing("h/rss", 0)
    assert drain(frontier) == [
        Next("listing", "robots-sitemap", 0),
        Next("listing", "h/rss", 0),
        Next("listing", "h/feed", 0, guessed=True),  # the guess already named is not tried
        Next("front", "h/world/", 1),
    ]


def test_limits_and_refusals() -> None:
    refused: list[str] = []

    def accepts(url: str) -> bool:
        if url.startswith("other/"):
            refused.append(url)
            return False
        return True

    frontier = Frontier("h/", depth=1, max_fronts=2, max_listings=2, accepts=accepts)
    frontier.pop()
    for url in ("other/x", "h/a", "other/x", "h/b", "h/c", "h/a"):
        frontier.add_front(url, 1)
        frontier.add_front(url + "/deeper", 2)
        frontier.add_listing(url + ".xml", 0)
    frontier.add_guesses(["h/feed"])
    assert [(n.kind, n.url) for n in drain(frontier)] == [
        ("listing", "h/a.xml"),
        ("listing", "h/b.xml"),
        ("front", "h/a"),
        ("front", "h/b"),
    ]
    assert refused == ["other/x", "other/x.xml"]  # each met once, however often linked

"""Registers newsmodel's strategies with Hypothesis's ``from_type``.

Hypothesis calls :func:`setup` through the ``hypothesis`` entry point while it is being
imported, which may happen *during* ``import newsmodel.strategies``. So the hook registers
resolver functions and imports the strategies only when ``from_type`` first asks.
"""

from __future__ import annotations

from typing import Any


def setup() -> None:
    """Register a strategy resolver for every model class."""
    from hypothesis import strategies as st

    from . import _front as front
    from . import _listing as listing
    from . import _model as model

    builders = {
        model.Article: "articles",
        model.Comment: "comments",
        model.Image: "images",
        model.Organization: "organizations",
        model.Person: "people",
        model.Portal: "portals",
        model.Related: "related_links",
        model.Role: "roles",
        model.Section: "sections",
        listing.Listing: "listings",
        listing.SitemapEntry: "sitemap_entries",
        front.Front: "fronts",
        front.FrontBlock: "front_blocks",
        front.ListingLink: "listing_links",
        front.Teaser: "teasers",
    }
    for kind, builder in builders.items():
        st.register_type_strategy(kind, _resolver(builder))
    for block in (model.Paragraph, model.Heading, model.Quote, model.Figure, model.ListBlock):
        st.register_type_strategy(block, _resolver("block_kinds"))


def _resolver(builder: str) -> Any:
    def resolve(kind: type) -> Any:
        from . import strategies

        make = getattr(strategies, builder)
        return make(kind) if builder == "block_kinds" else make()

    return resolve

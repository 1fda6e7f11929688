"""OpenGraph (``og:*``) and its ``article:*`` properties."""

from __future__ import annotations

from ...._checks import absolute_url
from ...._dates import parse_moment
from ...._model import Image
from ..page import Page
from . import Proposals

__all__ = ["opengraph"]


def opengraph(page: Page) -> Proposals:
    """The OpenGraph source."""
    image = absolute_url(page.meta("og:image", "og:image:url"), page.url)
    return Proposals(
        "opengraph",
        {
            "headline": lambda: [page.meta("og:title")],
            "description": lambda: [page.meta("og:description")],
            "date_published": lambda: [parse_moment(page.meta("article:published_time"))],
            "date_modified": lambda: [
                parse_moment(page.meta("article:modified_time", "og:updated_time"))
            ],
            "section": lambda: [page.meta("article:section")],
            "keywords": lambda: [tuple(page.metas.get("article:tag", ()))],
            "images": lambda: [(Image(image),) if image else ()],
            "site_name": lambda: [page.meta("og:site_name")],
            "canonical_url": lambda: [absolute_url(page.meta("og:url"), page.url)],
        },
    )

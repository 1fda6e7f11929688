"""The sitemaps protocol's numbers and names, and :func:`split` for lists longer than one
sitemap may hold.

A sitemap holds at most :data:`MAX_URLS` addresses and :data:`MAX_BYTES` bytes
(sitemaps.org); Google News reads at most :data:`MAX_NEWS_URLS` news addresses from one
(Google Search Central, "Build and submit a news sitemap"). :func:`newsmodel.write`
returns one document, so it refuses a listing past these limits with a
:class:`~newsmodel.WriteError` rather than cut it short; :func:`split` writes it as
several documents, each within them, to be listed in a sitemap index.

.. versionadded:: 0.2
"""

from __future__ import annotations

from typing import Any

from ._listing import Listing

__all__ = [
    "IMAGE_NAMESPACE",
    "MAX_BYTES",
    "MAX_NEWS_URLS",
    "MAX_URLS",
    "NEWS_NAMESPACE",
    "SITEMAP_NAMESPACE",
    "split",
]

#: The namespace of ``<urlset>`` and ``<sitemapindex>`` (sitemaps.org).
SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
#: The namespace of Google News sitemaps' ``<news:news>``.
NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9"
#: The namespace of image sitemaps' ``<image:image>``.
IMAGE_NAMESPACE = "http://www.google.com/schemas/sitemap-image/1.1"

#: Addresses in one sitemap, or sitemaps in one sitemap index (sitemaps.org).
MAX_URLS = 50_000
#: Bytes of one sitemap or sitemap index, uncompressed (sitemaps.org allows 50 MB).
MAX_BYTES = 50 * 1024 * 1024
#: News addresses in one Google News sitemap (Google allows "up to 1,000 ``news:news`` tags").
MAX_NEWS_URLS = 1_000


def split(listing: Listing, format: str = "sitemap", **options: Any) -> list[str]:
    """Write ``listing`` as as many documents of ``format`` as its size needs, each within
    the protocol's limits, in the listing's order; one document when it fits in one.

    List the documents in a sitemap index, with the addresses you publish them at::

        parts = newsmodel.sitemaps.split(listing, "news-sitemap", publication="Example")
        index = Listing(sitemaps=[SitemapEntry(f"https://news.example/news-{n}.xml")
                                  for n in range(1, len(parts) + 1)])
        newsmodel.write(index, "sitemap-index")

    Args:
        listing: The listing to write.
        format: ``"sitemap"``, ``"news-sitemap"`` or ``"sitemap-index"``.
        **options: The writer's options (see :doc:`/sitemaps`).

    Raises:
        WriteError: ``format`` is none of those, an option is not the writer's, or the
            listing cannot be written (an item without an address...).
    """
    from .writers.sitemap import split_listing

    return split_listing(listing, format, **options)

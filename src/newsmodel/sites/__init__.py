"""Site adapters: selectors that teach the ``html`` reader one portal's or one CMS's markup.

An adapter is a :class:`~newsmodel.SiteAdapter` registered in the ``newsmodel.sites``
entry-point group; see :doc:`/sites`. newsmodel ships one, for WordPress
(:mod:`newsmodel.sites.wordpress`).
"""

from __future__ import annotations

from ..errors import SiteAdapterError
from ._selectors import Selectors

__all__ = ["Selectors", "SiteAdapterError"]

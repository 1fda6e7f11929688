"""newsmodel: read, validate and emit news content.

The public API is re-exported here; the modules behind it are private unless documented.
"""

from __future__ import annotations

from . import limits, registry, sitemaps
from ._api import (
    read,
    read_all,
    read_front,
    read_listing,
    read_with_sources,
    validate,
    validate_markup,
    write,
)
from ._fetch import fetch
from ._front import Front, FrontBlock, ListingLink, Teaser, TeaserFlag
from ._jsonvalue import FrozenMapping, JSONValue
from ._listing import ChangeFrequency, Listing, ListingKind, SitemapEntry
from ._model import (
    Article,
    Block,
    Comment,
    Figure,
    Heading,
    Image,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Portal,
    Quote,
    Related,
    RelatedKind,
    Role,
    Section,
)
from ._portal_steps import PortalFailure, PortalPage
from ._portal_summary import PortalSummary
from ._sourced import SourcedArticle
from ._walk import PortalWalk, walk_portal
from .errors import (
    FetchError,
    InputTypeError,
    InvalidValueError,
    NewsmodelError,
    NewsmodelWarning,
    PluginConflictError,
    PluginError,
    PluginInterfaceError,
    PluginLoadError,
    PluginWarning,
    ReadError,
    ReadWarning,
    SiteAdapterError,
    UnknownEnricherError,
    UnknownFormatError,
    UnknownPluginError,
    UnknownProfileError,
    UnknownSiteError,
    WriteError,
    WriteWarning,
)
from .protocols import (
    Enricher,
    FrontReader,
    FrontWriter,
    ListingReader,
    ListingWriter,
    Profile,
    Reader,
    SiteAdapter,
    SiteAwareReader,
    SourcedReader,
    Writer,
)
from .sites import Selectors
from .source import Source
from .validation import Finding, Report, Severity

__all__ = [
    "Article",
    "Block",
    "ChangeFrequency",
    "Comment",
    "Enricher",
    "FetchError",
    "Figure",
    "Finding",
    "Front",
    "FrontBlock",
    "FrontReader",
    "FrontWriter",
    "FrozenMapping",
    "Heading",
    "Image",
    "InputTypeError",
    "InvalidValueError",
    "JSONValue",
    "ListBlock",
    "Listing",
    "ListingKind",
    "ListingLink",
    "ListingReader",
    "ListingWriter",
    "NewsmodelError",
    "NewsmodelWarning",
    "Organization",
    "Paragraph",
    "Person",
    "PluginConflictError",
    "PluginError",
    "PluginInterfaceError",
    "PluginLoadError",
    "PluginWarning",
    "Portal",
    "PortalFailure",
    "PortalPage",
    "PortalSummary",
    "PortalWalk",
    "Profile",
    "Quote",
    "ReadError",
    "ReadWarning",
    "Reader",
    "Related",
    "RelatedKind",
    "Report",
    "Role",
    "Section",
    "Selectors",
    "Severity",
    "SiteAdapter",
    "SiteAdapterError",
    "SiteAwareReader",
    "SitemapEntry",
    "Source",
    "SourcedArticle",
    "SourcedReader",
    "Teaser",
    "TeaserFlag",
    "UnknownEnricherError",
    "UnknownFormatError",
    "UnknownPluginError",
    "UnknownProfileError",
    "UnknownSiteError",
    "WriteError",
    "WriteWarning",
    "Writer",
    "fetch",
    "limits",
    "read",
    "read_all",
    "read_front",
    "read_listing",
    "read_with_sources",
    "registry",
    "sitemaps",
    "validate",
    "validate_markup",
    "walk_portal",
    "write",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version

        return version("newsmodel")
    raise AttributeError(f"module 'newsmodel' has no attribute {name!r}")

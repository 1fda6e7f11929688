"""An article together with where each of its fields came from."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from ._model import Article

__all__ = ["SourcedArticle"]


def _read_only(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


@attrs.frozen
class SourcedArticle:
    """An article and, for each field a reader filled, the source that gave it.

    The HTML reader names its sources ``"json-ld"``, ``"microdata"``, ``"opengraph"``,
    ``"meta"``, ``"link"``, ``"time"``, ``"url"``, ``"visible"``, ``"html"``, ``"title"``
    and ``"site:<adapter>"``; other readers name their format.

    Attributes:
        article: The article read.
        sources: Field name (as on :class:`~newsmodel.Article`) to source name.

    .. versionadded:: 0.1.0
    """

    article: Article
    sources: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)


def sources_of(article: Article, format: str) -> dict[str, str]:
    """Every field ``article`` has a value for, credited to one whole-document format."""
    return {
        field.name: format
        for field in attrs.fields(Article)
        if getattr(article, field.name) not in (None, (), "", {}) and field.name != "extra"
    }

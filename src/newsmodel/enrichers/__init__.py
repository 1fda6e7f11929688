"""Enrichers: steps that add to an article what its text says (the people it names...).

An enricher is any object with ``enrich(article) -> Article`` (see
:class:`~newsmodel.Enricher`), registered in the ``newsmodel.enrichers`` entry-point group
and applied with ``newsmodel.read(..., enrich=["people"])``.
"""

from __future__ import annotations

from .people import PeopleEnricher, PersonMention, find_people

__all__ = ["PeopleEnricher", "PersonMention", "find_people"]

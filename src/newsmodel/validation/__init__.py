"""Validation: check an article, a listing or a JSON-LD document against a profile's rules.

:func:`~newsmodel.validate` returns a :class:`~newsmodel.Report` of
:class:`~newsmodel.Finding` objects, each with a :class:`~newsmodel.Severity`, a JSON
Pointer path, a stable code and a message. Profiles are plugins in the
``newsmodel.profiles`` entry-point group; the built-in ones are ``model``
(:mod:`.model`), ``schema.org`` (:mod:`.schemaorg`) and ``google-article``
(:mod:`.google`), and ``feed`` (:mod:`.feed`) for listings. A profile receives a :class:`Document`.
:func:`~newsmodel.validate_markup` hands profiles a page's structured data as written
(:mod:`.markup`).

This package sits below the registry: it imports neither :mod:`newsmodel.registry` nor
the top-level functions, and :func:`~newsmodel.validate` itself lives with those.
"""

from __future__ import annotations

from .document import Document
from .report import Finding, Report, Severity

__all__ = ["Document", "Finding", "Report", "Severity"]

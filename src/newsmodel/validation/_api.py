"""``validate()``: run one validation profile over an article or a JSON-LD document."""

from __future__ import annotations

from typing import Any, cast

from .. import registry
from .._model import Article
from ..errors import PluginError
from ..protocols import Profile
from .document import Document
from .report import Finding, Report

__all__ = ["validate"]


def validate(
    obj: Article | str | bytes | dict[str, Any] | list[Any], profile: str = "model"
) -> Report:
    """Check an article or a JSON-LD document against a validation profile.

    Args:
        obj: An :class:`~newsmodel.Article`, JSON-LD text (``str`` or UTF-8 ``bytes``), or
            a parsed JSON-LD object or array.
        profile: The profile's registered name: ``"model"`` (the model's invariants),
            ``"schema.org"`` (the vocabulary) or ``"google-article"`` (Google's Article
            guidelines), or a plugin's.

    Returns:
        Every finding, in document order; ``report.ok`` is true when none is an error.

    Raises:
        UnknownFormatError: No profile has that name; the error lists the known ones.
        ReadError: ``obj`` is text that is not JSON, JSON that is not an object or array,
            or of a type that cannot be validated.
        PluginError: The profile failed to load, or yielded something not a
            :class:`~newsmodel.Finding`.

    .. versionadded:: 0.1
    """
    checker = cast(Profile, registry.get("profiles", profile))
    document = Document.of(obj)
    findings = tuple(checker.check(document))
    for finding in findings:
        if not isinstance(finding, Finding):
            raise PluginError(
                f"profile {profile!r} yielded {type(finding).__name__}, not a Finding"
            )
    return Report(profile, findings)

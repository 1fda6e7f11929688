"""What validation finds: :class:`Finding` objects, gathered in a :class:`Report`."""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

__all__ = ["Finding", "Report", "Severity"]


class Severity(str, enum.Enum):
    """How much a finding matters.

    .. versionadded:: 0.1
    """

    #: The document breaks a rule of the profile: a consumer will reject or misread it.
    ERROR = "error"
    #: The document is valid but misses a recommendation, or looks like a mistake.
    WARNING = "warning"
    #: Worth knowing; nothing to fix.
    INFO = "info"


def _severity(value: Severity | str) -> Severity:
    return Severity(value)


@attrs.frozen
class Finding:
    """One thing a validation profile found in a document.

    Args:
        severity: A :class:`Severity` or its value (``"error"``...).
        path: JSON Pointer (RFC 6901) of the value at fault: into the JSON-LD for the
            JSON-LD profiles, into newsmodel's JSON form (``/article/...``) for ``model``;
            ``""`` is the whole document. In a page's markup
            (:func:`~newsmodel.validate_markup`) the pointer follows the block it is in:
            ``script[2]/author/name``, ``microdata[1]/author``.
        code: Stable identifier of the rule, ``"<profile>/<rule>"``, e.g.
            ``"google-article/headline-too-long"``; match on it, not on the message.
        message: What is wrong, for people.

    .. versionadded:: 0.1
    """

    severity: Severity = attrs.field(converter=_severity)
    path: str = attrs.field(validator=attrs.validators.instance_of(str))
    code: str = attrs.field(validator=attrs.validators.instance_of(str))
    message: str = attrs.field(validator=attrs.validators.instance_of(str))

    def to_dict(self) -> dict[str, str]:
        """The finding as a JSON object: ``severity``, ``path``, ``code``, ``message``."""
        return {
            "severity": self.severity.value,
            "path": self.path,
            "code": self.code,
            "message": self.message,
        }

    def __str__(self) -> str:
        """``severity path code message`` on one line; the whole document's path is ``(root)``."""
        return f"{self.severity.value} {self.path or '(root)'} {self.code} {self.message}"


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


def _only_findings(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    assert isinstance(value, tuple)
    for item in value:
        if not isinstance(item, Finding):
            raise TypeError(f"findings must be Finding objects, not {type(item).__name__}")


@attrs.frozen
class Report:
    """What one validation profile found in one document, in document order.

    A report is never just a verdict: iterate over it for the findings, or use
    :attr:`errors` and :attr:`warnings`; :attr:`ok` says whether there is no error.

    Args:
        profile: The name of the profile that checked the document.
        findings: What it found.

    .. versionadded:: 0.1
    """

    profile: str
    findings: tuple[Finding, ...] = attrs.field(
        default=(), converter=_findings, validator=_only_findings
    )

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity :attr:`Severity.ERROR`."""
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity :attr:`Severity.WARNING`."""
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The findings of severity :attr:`Severity.INFO`."""
        return self._of(Severity.INFO)

    @property
    def ok(self) -> bool:
        """True when nothing is an error (warnings and infos may remain)."""
        return not self.errors

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity is severity)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON object: ``profile``, ``ok``, ``counts`` and ``findings``."""
        return {
            "profile": self.profile,
            "ok": self.ok,
            "counts": {severity.value: len(self._of(severity)) for severity in Severity},
            "findings": [finding.to_dict() for finding in self.findings],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


for _public in (Finding, Report, Severity):
    _public.__module__ = "newsmodel"

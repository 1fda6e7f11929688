"""The plugin registry: readers, writers, validation profiles and site adapters.

Plugins are found through :mod:`importlib.metadata` entry points in five groups:

========================  =====================================================
``newsmodel.readers``     :class:`~newsmodel.Reader` objects, by format name
``newsmodel.writers``     :class:`~newsmodel.Writer` objects, by format name
``newsmodel.profiles``    :class:`~newsmodel.Profile` objects, by profile name
``newsmodel.sites``       :class:`~newsmodel.SiteAdapter` objects, by site name
``newsmodel.enrichers``   :class:`~newsmodel.Enricher` objects, by name
========================  =====================================================

Each plugin is checked against its group's protocol (:mod:`newsmodel.protocols`, the one
definition of the interface) when it is loaded or registered: one that lacks a method or
attribute is a :class:`~newsmodel.PluginInterfaceError` naming the plugin, its entry point
and what it lacks. :func:`get` and :func:`load_group` are typed per group, so
``registry.get("writers", "json")`` is a :class:`~newsmodel.Writer` to the type checker.

newsmodel's own JSON reader and writer are registered the same way. Entry points are only
*loaded* when their name is asked for (or when every reader is asked to recognise an
input), so a broken plugin never breaks ``import newsmodel``: asking for it by name raises
:class:`~newsmodel.PluginLoadError`, and looking through a whole group skips it with a
:class:`~newsmodel.PluginWarning`. Two plugins claiming one name is a
:class:`~newsmodel.PluginConflictError` that names both distributions.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Literal, get_origin, get_type_hints, overload

import attrs

from .errors import (
    PluginConflictError,
    PluginInterfaceError,
    PluginLoadError,
    PluginWarning,
    UnknownEnricherError,
    UnknownFormatError,
    UnknownPluginError,
    UnknownProfileError,
    UnknownSiteError,
)
from .protocols import Enricher, Profile, Reader, SiteAdapter, Writer

__all__ = [
    "GROUPS",
    "PluginInfo",
    "get",
    "load_group",
    "names",
    "plugins",
    "refresh",
    "register",
    "unregister",
]

Group = Literal["readers", "writers", "profiles", "sites", "enrichers"]

#: The registry's groups, by short name, with their entry-point group names.
GROUPS: dict[str, str] = {
    "readers": "newsmodel.readers",
    "writers": "newsmodel.writers",
    "profiles": "newsmodel.profiles",
    "sites": "newsmodel.sites",
    "enrichers": "newsmodel.enrichers",
}

CODE = "<registered in code>"

# What each group's plugins must satisfy, and what asking for an unknown name raises.
_PROTOCOLS: dict[str, type] = {
    "readers": Reader,
    "writers": Writer,
    "profiles": Profile,
    "sites": SiteAdapter,
    "enrichers": Enricher,
}
_UNKNOWN: dict[str, type[UnknownPluginError]] = {
    "readers": UnknownFormatError,
    "writers": UnknownFormatError,
    "profiles": UnknownProfileError,
    "sites": UnknownSiteError,
    "enrichers": UnknownEnricherError,
}

Status = Literal["ok", "broken", "conflict"]


@attrs.frozen
class PluginInfo:
    """One registered plugin, as :func:`plugins` reports it.

    Args:
        group: Short group name (``"readers"``...).
        name: The plugin's name in its group (the format, profile or site name).
        distribution: The distribution that declares it, with its version, or
            ``"<registered in code>"``.
        target: The entry point's ``module:attribute``, or the registered object's repr.
        status: ``"ok"``, ``"broken"`` (it failed to load) or ``"conflict"`` (another
            plugin claims the same name).
        error: Why it is broken or in conflict.
    """

    group: str
    name: str
    distribution: str
    target: str
    status: Status
    error: str | None = None


@attrs.define
class _Claim:
    """One claim on a name: an entry point not yet loaded, or an object registered in code."""

    distribution: str
    target: str
    entry_point: EntryPoint | None = None
    loaded: object = None
    error: str | None = None


class _Registry:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._discovered: dict[str, dict[str, list[_Claim]]] | None = None
        self._in_code: dict[str, dict[str, _Claim]] = {group: {} for group in GROUPS}

    def _entry_points(self) -> dict[str, dict[str, list[_Claim]]]:
        if self._discovered is None:
            found: dict[str, dict[str, list[_Claim]]] = {group: {} for group in GROUPS}
            for group, full_name in GROUPS.items():
                for point in entry_points(group=full_name):
                    dist = point.dist
                    label = f"{dist.name} {dist.version}" if dist else "<unknown distribution>"
                    claims = found[group].setdefault(point.name, [])
                    if not any(
                        c.distribution == label and c.target == point.value for c in claims
                    ):
                        claims.append(_Claim(label, point.value, point))
            self._discovered = found
        return self._discovered

    def claims(self, group: str, name: str) -> list[_Claim]:
        in_code = self._in_code[group].get(name)
        if in_code is not None:
            return [in_code]
        return self._entry_points()[group].get(name, [])

    def names(self, group: str) -> list[str]:
        with self._lock:
            return sorted(set(self._entry_points()[group]) | set(self._in_code[group]))

    def get(self, group: str, name: str) -> object:
        with self._lock:
            claims = self.claims(group, name)
            if not claims:
                kind = group.rstrip("s")
                raise _UNKNOWN[group](f"no {kind} named {name!r}", self.names(group))
            if len(claims) > 1:
                raise PluginConflictError(GROUPS[group], name, [c.distribution for c in claims])
            return self._load(group, name, claims[0])

    def _load(self, group: str, name: str, claim: _Claim) -> object:
        if claim.loaded is not None:
            return claim.loaded
        assert claim.entry_point is not None
        if claim.error is None:
            try:
                loaded = claim.entry_point.load()
                _check_interface(group, name, claim.target, loaded)
            except Exception as error:  # a plugin's import may fail in any way
                claim.error = _reason(error)
                raise PluginLoadError(
                    GROUPS[group], name, claim.distribution, claim.error
                ) from error
            claim.loaded = loaded
            return loaded
        raise PluginLoadError(GROUPS[group], name, claim.distribution, claim.error)

    def register(self, group: str, name: str, plugin: object, *, replace: bool) -> None:
        _check_interface(group, name, repr(plugin), plugin)
        with self._lock:
            existing = self.claims(group, name)
            if existing and not replace:
                raise PluginConflictError(
                    GROUPS[group], name, [*(c.distribution for c in existing), CODE]
                )
            self._in_code[group][name] = _Claim(CODE, repr(plugin), loaded=plugin)

    def unregister(self, group: str, name: str) -> None:
        with self._lock:
            if self._in_code[group].pop(name, None) is None:
                raise _UNKNOWN[group](
                    f"no {group.rstrip('s')} named {name!r} was registered in code"
                )

    def refresh(self) -> None:
        with self._lock:
            self._discovered = None


def _check_interface(group: str, name: str, target: str, plugin: object) -> None:
    """Raise unless ``plugin`` has every member of its group's protocol."""
    protocol = _PROTOCOLS[group]
    missing = [
        f"{member}()" if method else member
        for member, method in _members(protocol)
        if not (callable(getattr(plugin, member, None)) if method else hasattr(plugin, member))
    ]
    if missing:
        raise PluginInterfaceError(GROUPS[group], name, target, protocol.__name__, missing)


def _reason(error: Exception) -> str:
    """Why a plugin is broken, for :class:`~newsmodel.PluginLoadError`."""
    if isinstance(error, PluginInterfaceError):
        return f"{error.target} is not a {error.protocol}: it lacks {', '.join(error.missing)}"
    return f"{type(error).__name__}: {error}"


def _members(protocol: type) -> list[tuple[str, bool]]:
    """The public members a protocol declares, each with whether it must be callable."""
    found: dict[str, bool] = {}
    for cls in reversed(protocol.__mro__):
        if not getattr(cls, "_is_protocol", False) or cls.__module__ == "typing":
            continue
        for member, value in vars(cls).items():
            if not member.startswith("_"):
                found[member] = callable(value) and not isinstance(value, property)
        for member, hint in get_type_hints(cls).items():
            if not member.startswith("_"):
                found[member] = get_origin(hint) is Callable
    return list(found.items())


_registry = _Registry()


def _group(group: str) -> str:
    short = group.removeprefix("newsmodel.")
    if short not in GROUPS:
        raise UnknownPluginError(f"no plugin group named {group!r}", sorted(GROUPS))
    return short


ReaderGroup = Literal["readers", "newsmodel.readers"]
WriterGroup = Literal["writers", "newsmodel.writers"]
ProfileGroup = Literal["profiles", "newsmodel.profiles"]
SiteGroup = Literal["sites", "newsmodel.sites"]
EnricherGroup = Literal["enrichers", "newsmodel.enrichers"]


@overload
def get(group: ReaderGroup, name: str) -> Reader: ...
@overload
def get(group: WriterGroup, name: str) -> Writer: ...
@overload
def get(group: ProfileGroup, name: str) -> Profile: ...
@overload
def get(group: SiteGroup, name: str) -> SiteAdapter: ...
@overload
def get(group: EnricherGroup, name: str) -> Enricher: ...
@overload
def get(group: str, name: str) -> object: ...
def get(group: str, name: str) -> object:
    """Return the plugin registered as ``name`` in ``group``, loading it if needed.

    Args:
        group: ``"readers"``, ``"writers"``, ``"profiles"``, ``"sites"`` or
            ``"enrichers"`` (the full entry-point group name works too).
        name: The plugin's name.

    Returns:
        The plugin, which has every member of its group's protocol (a
        :class:`~newsmodel.Reader` for ``"readers"``...).

    Raises:
        UnknownPluginError: Nothing is registered under that name: an
            :class:`~newsmodel.UnknownFormatError` for readers and writers,
            :class:`~newsmodel.UnknownProfileError`,
            :class:`~newsmodel.UnknownSiteError` or
            :class:`~newsmodel.UnknownEnricherError` for the other groups.
        PluginConflictError: More than one distribution claims the name.
        PluginLoadError: The plugin failed to load, or lacks part of its protocol.

    .. versionchanged:: 0.1
       Typed per group; precise errors for unknown profiles, sites and enrichers.
    """
    return _registry.get(_group(group), name)


def names(group: str) -> list[str]:
    """Return the names registered in ``group``, sorted, without loading any plugin."""
    return _registry.names(_group(group))


@overload
def load_group(group: ReaderGroup) -> dict[str, Reader]: ...
@overload
def load_group(group: WriterGroup) -> dict[str, Writer]: ...
@overload
def load_group(group: ProfileGroup) -> dict[str, Profile]: ...
@overload
def load_group(group: SiteGroup) -> dict[str, SiteAdapter]: ...
@overload
def load_group(group: EnricherGroup) -> dict[str, Enricher]: ...
@overload
def load_group(group: str) -> dict[str, object]: ...
def load_group(group: str) -> dict[str, Any]:
    """Load every plugin in ``group``; skip broken or conflicting ones with a warning.

    Returns:
        The loaded plugins by name, in name order.
    """
    short = _group(group)
    loaded: dict[str, Any] = {}
    for name in _registry.names(short):
        try:
            loaded[name] = _registry.get(short, name)
        except (PluginLoadError, PluginConflictError) as error:
            warnings.warn(f"skipped: {error}", PluginWarning, stacklevel=2)
    return loaded


def register(group: str, name: str, plugin: object, *, replace: bool = False) -> None:
    """Register ``plugin`` as ``name`` in ``group`` from code (for tests and scripts).

    Args:
        group: The group's short or full name.
        name: The name to register under.
        plugin: The reader, writer, profile or site adapter.
        replace: Shadow a plugin of the same name instead of raising.

    Raises:
        PluginConflictError: The name is taken and ``replace`` is false.
        PluginInterfaceError: ``plugin`` lacks a member of its group's protocol (it is
            also a :class:`TypeError`).
    """
    _registry.register(_group(group), name, plugin, replace=replace)


def unregister(group: str, name: str) -> None:
    """Remove a plugin registered with :func:`register` (entry points stay)."""
    _registry.unregister(_group(group), name)


def refresh() -> None:
    """Forget what was discovered, so that newly installed distributions are found."""
    _registry.refresh()


def plugins() -> list[PluginInfo]:
    """Load every registered plugin and describe it, in group and name order.

    A plugin that fails to load is reported as ``"broken"`` rather than raising.
    """
    report: list[PluginInfo] = []
    with _registry._lock:
        for group in GROUPS:
            for name in _registry.names(group):
                claims = _registry.claims(group, name)
                report.extend(_describe(group, name, claim, len(claims)) for claim in claims)
    return report


def _describe(group: str, name: str, claim: _Claim, claimants: int) -> PluginInfo:
    if claimants > 1:
        reason = f"{claimants} plugins claim this name"
        return PluginInfo(group, name, claim.distribution, claim.target, "conflict", reason)
    try:
        _registry._load(group, name, claim)
    except PluginLoadError as error:
        return PluginInfo(group, name, claim.distribution, claim.target, "broken", error.reason)
    return PluginInfo(group, name, claim.distribution, claim.target, "ok")

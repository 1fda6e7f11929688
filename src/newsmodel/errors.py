"""Every error newsmodel raises, under one base class.

The tree::

    NewsmodelError
    ├── InvalidValueError (also ValueError)   a model field was given a bad value
    ├── ReadError (also ValueError)           an input could not be read into the model
    ├── WriteError (also ValueError)          an object could not be written in a format
    ├── InputTypeError (also TypeError)       what was given to read is no input (None, 42)
    ├── FetchError (also OSError)             a URL could not be fetched
    ├── UnknownPluginError (also LookupError) nothing registered by that name
    │   ├── UnknownFormatError                no reader or writer by that name, or none
    │   │                                     recognised the input
    │   ├── UnknownProfileError               no validation profile by that name
    │   ├── UnknownEnricherError              no enricher by that name
    │   └── UnknownSiteError                  no site adapter by that name
    └── PluginError                           a plugin is broken or clashes with another
        ├── PluginLoadError                   loading its entry point failed
        ├── PluginConflictError               two plugins claim one name in one group
        ├── PluginInterfaceError (TypeError)  a plugin lacks what its protocol requires
        └── SiteAdapterError                  a site adapter's selectors or matches() failed

Warnings: :class:`~newsmodel.NewsmodelWarning` (a ``UserWarning``), with
:class:`~newsmodel.PluginWarning` for a plugin that could not be loaded while newsmodel
looked through all plugins of a group, :class:`~newsmodel.ReadWarning` for input a reader
had to repair or could not map without guessing, and :class:`~newsmodel.WriteWarning` for
values a writer left out because its format cannot hold them.

Catch :class:`~newsmodel.NewsmodelError` to handle anything the library raises on bad input.
Paths into documents are JSON Pointers (RFC 6901), e.g. ``/article/authors/0/name``.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "FetchError",
    "InputTypeError",
    "InvalidValueError",
    "NewsmodelError",
    "NewsmodelWarning",
    "PluginConflictError",
    "PluginError",
    "PluginInterfaceError",
    "PluginLoadError",
    "PluginWarning",
    "ReadError",
    "ReadWarning",
    "SiteAdapterError",
    "UnknownEnricherError",
    "UnknownFormatError",
    "UnknownPluginError",
    "UnknownProfileError",
    "UnknownSiteError",
    "WriteError",
    "WriteWarning",
]


class NewsmodelError(Exception):
    """Base class of every error newsmodel raises."""


class InvalidValueError(NewsmodelError, ValueError):
    """A model object was given a value its field does not accept.

    Args:
        owner: The class being built, e.g. ``"Article"``.
        field: The field's name, e.g. ``"headline"``.
        value: The rejected value, kept as given.
        reason: Why it was rejected, e.g. ``"must not be blank"``.
        index: For a sequence field, the position of the bad item.
    """

    def __init__(
        self, owner: str, field: str, value: object, reason: str, index: int | None = None
    ) -> None:
        self.owner = owner
        self.field = field
        self.value = value
        self.reason = reason
        self.index = index
        where = f"{owner}.{field}" if index is None else f"{owner}.{field}[{index}]"
        super().__init__(f"{where} {reason} (got {_shorten(value)})")


class ReadError(NewsmodelError, ValueError):
    """An input could not be read into the model.

    Args:
        message: What was wrong.
        format: The reader's format name, e.g. ``"json"``.
        path: JSON Pointer (or other locator) of the bad value inside the input;
            ``""`` means the document as a whole.
        source: Where the input came from (a file path, ``"<string>"``...).
    """

    def __init__(
        self, message: str, *, format: str, path: str = "", source: str | None = None
    ) -> None:
        self.message = message
        self.format = format
        self.path = path
        self.source = source
        where = f" at {path}" if path else ""
        origin = f" in {source}" if source else ""
        super().__init__(f"cannot read {format}{origin}{where}: {message}")


class WriteError(NewsmodelError, ValueError):
    """An object could not be written in the requested format."""


class InputTypeError(NewsmodelError, TypeError):
    """What was given to read is of no type a reader takes (``None``, a number, a file
    open in text mode): a :class:`TypeError` too, as Python's own are, and a
    :class:`NewsmodelError`, so that catching that catches every bad input.

    .. versionadded:: 0.2
    """


class FetchError(NewsmodelError, OSError):
    """A URL could not be fetched (:func:`newsmodel.fetch`); an :class:`OSError` too, as
    Python's own network errors are.

    Args:
        url: The URL asked for, or the redirect target that failed.
        reason: What happened, e.g. ``"HTTP status 404 (Not Found)"``.
        status: The HTTP status of the response, when one came and was refused.

    .. versionadded:: 0.1
    """

    def __init__(self, url: str, reason: str, *, status: int | None = None) -> None:
        self.url = url
        self.reason = reason
        self.status = status
        super().__init__(f"cannot fetch {url}: {reason}")


class UnknownPluginError(NewsmodelError, LookupError):
    """Nothing is registered under the name asked for; the subclass says in which group.

    Catch this (or :class:`LookupError`) for any unknown name.

    Args:
        message: What was asked for and what exists.
        known: The names that are registered, to help the caller choose.

    .. versionadded:: 0.1
    """

    def __init__(self, message: str, known: Sequence[str] = ()) -> None:
        self.known = tuple(known)
        suffix = f" (known: {', '.join(self.known)})" if self.known else ""
        super().__init__(message + suffix)


class UnknownFormatError(UnknownPluginError):
    """No reader or writer has that name, or no reader recognised the input.

    .. versionchanged:: 0.1
       Only for readers and writers: unknown profiles, enrichers and site adapters have
       their own subclasses of :class:`UnknownPluginError`.
    """


class UnknownProfileError(UnknownPluginError):
    """No validation profile has that name.

    .. versionadded:: 0.1
    """


class UnknownEnricherError(UnknownPluginError):
    """No enricher has that name.

    .. versionadded:: 0.1
    """


class UnknownSiteError(UnknownPluginError):
    """No site adapter has that name.

    .. versionadded:: 0.1
    """


class PluginError(NewsmodelError):
    """A plugin could not be used."""


class PluginLoadError(PluginError):
    """Loading a plugin's entry point failed; the original error is the ``__cause__``.

    Args:
        group: The entry-point group, e.g. ``"newsmodel.readers"``.
        name: The plugin's name in that group.
        distribution: The installed distribution that declares it.
        reason: What went wrong.
    """

    def __init__(self, group: str, name: str, distribution: str, reason: str) -> None:
        self.group = group
        self.name = name
        self.distribution = distribution
        self.reason = reason
        super().__init__(f"plugin {name!r} in {group} (from {distribution}) is broken: {reason}")


class PluginConflictError(PluginError):
    """Two plugins claim the same name in one group.

    Args:
        group: The entry-point group.
        name: The contested name.
        distributions: Every distribution (or ``"<registered in code>"``) claiming it.
    """

    def __init__(self, group: str, name: str, distributions: Sequence[str]) -> None:
        self.group = group
        self.name = name
        self.distributions = tuple(distributions)
        super().__init__(
            f"{len(self.distributions)} plugins claim the name {name!r} in {group}: "
            + " and ".join(self.distributions)
        )


class PluginInterfaceError(PluginError, TypeError):
    """A plugin lacks a method or attribute its group's protocol (:mod:`newsmodel.protocols`)
    requires.

    Raised by :func:`newsmodel.registry.register`; for an entry point, it is the
    ``__cause__`` of the :class:`PluginLoadError`.

    Args:
        group: The entry-point group, e.g. ``"newsmodel.readers"``.
        name: The plugin's name in that group.
        target: The entry point's ``module:attribute``, or the object's repr.
        protocol: The protocol's name, e.g. ``"Reader"``.
        missing: What the plugin lacks; methods end in ``()``.

    .. versionadded:: 0.1
    """

    def __init__(
        self, group: str, name: str, target: str, protocol: str, missing: Sequence[str]
    ) -> None:
        self.group = group
        self.name = name
        self.target = target
        self.protocol = protocol
        self.missing = tuple(missing)
        super().__init__(
            f"plugin {name!r} in {group} ({target}) is not a {protocol}: "
            f"it lacks {', '.join(self.missing)}"
        )


class SiteAdapterError(PluginError):
    """A site adapter could not be applied: a selector is not usable XPath 1.0, selects
    the wrong kind of thing, or ``matches()`` failed.

    The original error, if any, is the ``__cause__``.

    Args:
        adapter: The adapter's registered name.
        reason: What went wrong.
        selector: The :class:`~newsmodel.Selectors` field at fault, if one is.

    .. versionadded:: 0.1
    """

    def __init__(self, adapter: str, reason: str, *, selector: str | None = None) -> None:
        self.adapter = adapter
        self.reason = reason
        self.selector = selector
        where = f" selector {selector!r}" if selector else ""
        super().__init__(f"site adapter {adapter!r}{where}: {reason}")


class NewsmodelWarning(UserWarning):
    """Base class of the warnings newsmodel emits."""


class PluginWarning(NewsmodelWarning):
    """A plugin was skipped because it is broken or clashes with another."""


class ReadWarning(NewsmodelWarning):
    """A reader repaired its input, or kept a value in ``extra`` instead of guessing."""


class WriteWarning(NewsmodelWarning):
    """A writer left values out because its format cannot hold them as they are.

    Args:
        message: What was left out and why.
        fields: The fields left out, as the writer names them (``section``,
            ``related[2]``...), so that a caller can act on them.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, fields: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.fields = tuple(fields)


def _shorten(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


for _name in __all__:
    globals()[_name].__module__ = "newsmodel"

"""newsmodel's own JSON format: one cattrs converter that owns the rules.

A document is ``{"format": "newsmodel", "version": 1, "article": {...}}``, or
``{"format": "newsmodel", "version": 2, "listing": {...}}`` for a list of articles (a
feed, a sitemap), or ``{"format": "newsmodel", "version": 3, "front": {...}}`` for a
portal's front page: a document carries the lowest version that can hold it, so an article
written today still reads in a newsmodel that knows only version 1. Keys follow the
model's field order, fields holding their default are left out, and the members of a
union (body blocks; people and organisations as authors) carry a ``"type"`` tag.
Structuring is strict: no value is coerced (``123`` is not a headline, ``"abc"`` is not a
list of keywords) and unknown keys are errors, so that reading never guesses and never
drops data. Every error carries the JSON Pointer of the bad value.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
from collections.abc import Callable, Mapping
from typing import Any, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, BaseValidationError, ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn

from . import limits
from ._front import Front, TeaserFlag
from ._jsonvalue import (
    FrozenMapping,
    JSONValue,
    NotJSONError,
    freeze_json,
    thaw_json,
    whole_number,
)
from ._listing import ChangeFrequency, Listing, ListingKind
from ._model import (
    Article,
    Figure,
    Heading,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
    RelatedKind,
)
from .errors import InvalidValueError, ReadError, WriteError

FORMAT = "newsmodel"
VERSION = 3  # the newest version this newsmodel reads and writes
_FIRST_VERSION = {"article": 1, "listing": 2, "front": 3}  # where each kind of document came in

_TAGS: dict[type, str] = {
    Paragraph: "paragraph",
    Heading: "heading",
    Quote: "quote",
    Figure: "figure",
    ListBlock: "list",
    Person: "person",
    Organization: "organization",
}


class _PathError(Exception):
    """An error met while structuring, with the path to where it happened."""

    def __init__(self, path: list[str | int], error: BaseException) -> None:
        super().__init__(str(error))
        self.path = path
        self.error = error

    def pointer(self, root: str) -> str:
        parts = [root, *(str(p).replace("~", "~0").replace("/", "~1") for p in self.path)]
        return "/".join(parts) if root else "/" + "/".join(parts[1:])


def _kind(value: object) -> str:
    names = {
        type(None): "null",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
    }
    return names.get(type(value), type(value).__name__)


def _expect(value: object, kinds: tuple[type, ...], name: str) -> None:
    if type(value) not in kinds:
        raise TypeError(f"expected {name}, got {_kind(value)}")


def _structure_datetime(value: object, _: object) -> dt.datetime:
    _expect(value, (str,), "an ISO 8601 date-time string")
    assert isinstance(value, str)
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"expected an ISO 8601 date-time, got {value!r}") from None


def _is_moment(kind: Any) -> bool:
    """The ``datetime | date | None`` of article dates."""
    return get_origin(kind) in (Union, types.UnionType) and dt.date in get_args(kind)


def _structure_moment(value: object, _: object) -> dt.datetime | dt.date | None:
    """A date-time when the string has a time (``T``), else a calendar day."""
    if value is None:
        return None
    _expect(value, (str,), "an ISO 8601 date or date-time string")
    assert isinstance(value, str)
    return _structure_datetime(value, _) if "T" in value else _structure_date(value, _)


def _structure_member(kind: type[enum.Enum]) -> Callable[[object, object], Any]:
    """Structure one of the string values of ``kind``, naming them all when it is not."""

    def hook(value: object, _: object) -> Any:
        _expect(value, (str,), "a string")
        try:
            return kind(value)
        except ValueError:
            known = ", ".join(repr(member.value) for member in kind)
            raise ValueError(f"expected one of {known}, got {value!r}") from None

    return hook


def _structure_number(value: object, _: object) -> float:
    _expect(value, (int, float), "a number")
    assert isinstance(value, int | float)
    return float(value)


def _structure_date(value: object, _: object) -> dt.date:
    _expect(value, (str,), "an ISO 8601 date string")
    assert isinstance(value, str)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected an ISO 8601 date, got {value!r}") from None


def _structure_extra(value: object, _: object) -> Mapping[str, JSONValue]:
    _expect(value, (dict,), "an object")
    try:
        frozen = freeze_json(value)
    except NotJSONError as error:
        raise _PathError(list(error.path), ValueError(error.reason)) from None
    assert isinstance(frozen, FrozenMapping)
    return frozen


def _is_mapping(kind: Any) -> bool:
    return get_origin(kind) is Mapping


def _is_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tagged_members(kind: Any) -> tuple[type, ...] | None:
    if get_origin(kind) in (Union, types.UnionType):
        members = get_args(kind)
        if all(member in _TAGS for member in members):
            return members
    return None


def _first_field_error(error: BaseValidationError) -> tuple[str | None, BaseException]:
    """The first error of a cattrs class error, with the attribute it happened in.

    cattrs adds a note to the same exception object at every level it passes through, so
    the last note is this level's attribute.
    """
    sub = error.exceptions[0]
    notes = [n for n in getattr(sub, "__notes__", ()) if isinstance(n, AttributeValidationNote)]
    return (notes[-1].name if notes else None), sub


def _located(error: BaseException) -> _PathError:
    """The error as a :class:`_PathError`, pointing at the field a model error names."""
    if isinstance(error, _PathError):
        return error
    if isinstance(error, ForbiddenExtraKeysError) and len(error.extra_fields) == 1:
        key = next(iter(error.extra_fields))
        return _PathError([key], ValueError(f"unknown key {key!r}"))
    if isinstance(error, InvalidValueError):
        path: list[str | int] = [error.field]
        if error.index is not None:
            path.append(error.index)
        return _PathError(path, error)
    return _PathError([], error)


def make_converter() -> cattrs.Converter:
    """Build the converter for newsmodel's JSON format."""
    converter = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)

    for kind, name in ((str, "a string"), (bool, "a boolean"), (int, "an integer")):
        converter.register_structure_hook(kind, _strict(kind, name))
    for kind in (RelatedKind, ListingKind, ChangeFrequency, TeaserFlag):
        converter.register_structure_hook(kind, _structure_member(kind))
    converter.register_structure_hook(float, _structure_number)
    converter.register_structure_hook(dt.datetime, _structure_datetime)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook_func(_is_moment, _structure_moment)
    converter.register_structure_hook_func(_is_mapping, _structure_extra)
    converter.register_unstructure_hook_func(_is_mapping, thaw_json)
    converter.register_structure_hook_factory(_is_tuple, lambda k: _tuple_hook(converter, k))
    converter.register_structure_hook_factory(attrs.has, lambda k: _class_hook(converter, k))
    converter.register_structure_hook_factory(
        lambda k: _tagged_members(k) is not None, lambda k: _union_hook(converter, k)
    )
    converter.register_unstructure_hook_factory(
        lambda k: _tagged_members(k) is not None, lambda k: _tagging_hook(converter)
    )
    return converter


def _tuple_hook(converter: cattrs.Converter, kind: Any) -> Callable[[object, object], Any]:
    """Structure a JSON array (and only an array) into a tuple, with indexes in errors."""
    item = get_args(kind)[0]

    def hook(value: object, _: object) -> tuple[Any, ...]:
        _expect(value, (list,), "an array")
        assert isinstance(value, list)
        result = []
        for index, element in enumerate(value):
            try:
                result.append(converter.structure(element, item))
            except _PathError as error:
                error.path.insert(0, index)
                raise
            except Exception as error:
                raise _PathError([index], error) from error
        return tuple(result)

    return hook


def _class_hook(converter: cattrs.Converter, cls: type) -> Callable[[object, object], Any]:
    """Structure a JSON object into a model class, with field names in errors."""
    generated: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )

    def hook(value: object, _: object) -> Any:
        try:
            _expect(value, (dict,), "an object")
        except TypeError as error:  # also at the top, where no parent adds a path
            raise _PathError([], error) from None
        try:
            return generated(value, cls)
        except BaseValidationError as error:
            name, sub = _first_field_error(error)
            located = _located(sub)
            if name is not None:
                located.path.insert(0, name)
            raise located from None
        except InvalidValueError as error:
            raise _located(error) from None

    return hook


def _union_hook(converter: cattrs.Converter, kind: Any) -> Callable[[object, object], Any]:
    """Structure a tagged union member, chosen by its ``"type"``."""
    members = {_TAGS[member]: member for member in get_args(kind)}
    expected = ", ".join(repr(tag) for tag in members)

    def hook(value: object, _: object) -> Any:
        _expect(value, (dict,), "an object")
        assert isinstance(value, dict)
        if "type" not in value:
            raise _PathError(["type"], ValueError(f"is required (one of {expected})"))
        tag = value["type"]
        if tag not in members:
            raise _PathError(["type"], ValueError(f"expected one of {expected}, got {tag!r}"))
        body = {key: item for key, item in value.items() if key != "type"}
        return converter.structure(body, members[tag])

    return hook


def _tagging_hook(converter: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    """Unstructure a union member with its ``"type"`` tag first."""

    def hook(value: Any) -> dict[str, Any]:
        return {"type": _TAGS[type(value)], **converter.unstructure(value, type(value))}

    return hook


def _strict(kind: type, name: str) -> Callable[[object, object], Any]:
    def hook(value: object, _: object) -> Any:
        _expect(value, (kind,), name)
        return value

    return hook


_converter = make_converter()


_KINDS: dict[str, type[Article | Listing | Front]] = {
    "article": Article,
    "listing": Listing,
    "front": Front,
}


def dumps(value: Article | Listing | Front, *, indent: int | None = 2) -> str:
    """Write an article, a listing or a front as a newsmodel JSON document.

    Args:
        value: The article, listing or front to write.
        indent: Spaces per level; ``None`` writes one compact line.

    Raises:
        WriteError: ``value`` is not an :class:`~newsmodel.Article`, a
            :class:`~newsmodel.Listing` or a :class:`~newsmodel.Front`, or its comment
            threads are nested too deeply.
    """
    key = next((name for name, kind in _KINDS.items() if isinstance(value, kind)), None)
    if key is None:
        raise WriteError(
            f"can only write an Article, a Listing or a Front as json, not {type(value).__name__}"
        )
    try:
        document = {
            "format": FORMAT,
            "version": _FIRST_VERSION[key],
            key: _converter.unstructure(value),
        }
    except RecursionError:
        raise WriteError(f"the {key} is nested too deeply to write as json") from None
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(document, ensure_ascii=False, indent=indent, separators=separators)


def loads(text: str, *, source: str | None = None) -> Article | Listing | Front:
    """Read a newsmodel JSON document: an article, a listing or a front.

    Raises:
        ReadError: The text is not JSON, not a newsmodel document, from a newer format
            version, or holds a value the model does not accept; ``path`` points at it.
    """

    def error(message: str, path: str = "") -> ReadError:
        return ReadError(message, format="json", path=path, source=source)

    try:
        document = json.loads(text, parse_int=whole_number)
    except json.JSONDecodeError as bad:
        raise error(f"not JSON: {bad.msg} (line {bad.lineno}, column {bad.colno})") from None
    except ValueError as bad:  # a number longer than limits.MAX_NUMBER_DIGITS
        raise error(f"not JSON: {bad}") from None
    except RecursionError:
        raise error(f"nested deeper than {limits.MAX_JSON_DEPTH} levels") from None
    _check_depth(document, error)
    if not isinstance(document, dict):
        raise error(f"expected an object, got {_kind(document)}")
    if document.get("format") != FORMAT:
        raise error(f'expected "format": "{FORMAT}", got {document.get("format")!r}', "/format")
    version = document.get("version")
    if type(version) is not int:
        raise error(f"expected an integer version, got {_kind(version)}", "/version")
    if version > VERSION:
        raise error(
            f"version {version} is newer than this newsmodel reads ({VERSION}); upgrade",
            "/version",
        )
    kinds = [key for key in _FIRST_VERSION if key in document]
    unknown = sorted(set(document) - {"format", "version", *_FIRST_VERSION})
    if unknown:
        raise error(f"unknown key {unknown[0]!r}", "/" + unknown[0])
    if len(kinds) != 1:
        raise error(
            'expected one of "article", "listing" or "front"' if kinds else 'missing "article"'
        )
    key = kinds[0]
    if version < _FIRST_VERSION[key]:
        raise error(f'"{key}" needs version {_FIRST_VERSION[key]} or later', "/version")
    try:
        return _converter.structure(document[key], _KINDS[key])
    except _PathError as bad:
        raise error(_describe(bad.error), bad.pointer("/" + key)) from bad.error
    except RecursionError:
        raise error(f"nested deeper than {limits.MAX_JSON_DEPTH} levels") from None


def _describe(error: BaseException) -> str:
    if isinstance(error, ForbiddenExtraKeysError):
        return f"unknown key(s) {', '.join(repr(k) for k in sorted(error.extra_fields))}"
    if isinstance(error, KeyError):
        return "is required"
    if isinstance(error, InvalidValueError):
        return f"{error.reason} (got {error.value!r})"
    return str(error)


def _check_depth(document: object, error: Callable[[str, str], ReadError]) -> None:
    stack: list[tuple[object, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limits.MAX_JSON_DEPTH:
            raise error(f"nested deeper than {limits.MAX_JSON_DEPTH} levels", "")
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)

"""Field validators and converters shared by the model classes.

Validators raise :class:`~newsmodel.InvalidValueError` naming the class, the field and the
value. Converters only turn lists into tuples and mappings into frozen mappings; anything
they cannot convert is passed through untouched so that the validator reports it with the
field's name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NoReturn, TypeVar, cast
from urllib.parse import urljoin, urlsplit

import attrs

from ._jsonvalue import FrozenMapping, freeze_json
from .errors import InvalidValueError

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

# C0 controls other than tab, line feed and carriage return cannot be written to XML or
# HTML; lone surrogates cannot be encoded at all.
_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f]")  # \s is exactly str.isspace()
# A count written in ASCII digits: str.isdigit() also takes "²", which int() refuses.
_COUNT = re.compile(r"\s*([0-9]{1,9})\s*")

# RFC 5646 well-formed language tags, with the primary language subtag limited to the
# 2-3 letters every registered language has: "english" is well-formed in the RFC's
# grammar but is no language, and is far more likely a mistake. Irregular grandfathered
# tags ("i-klingon", "sgn-BE-FR") are not accepted.
_LANGUAGE_TAG = re.compile(
    r"""^(?:
        [a-z]{2,3}(?:-[a-z]{3}){0,3}                  # language, extlang
        (?:-[a-z]{4})?                                # script
        (?:-(?:[a-z]{2}|[0-9]{3}))?                   # region
        (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*      # variants
        (?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*          # extensions
        (?:-x(?:-[a-z0-9]{1,8})+)?                    # private use
      | x(?:-[a-z0-9]{1,8})+                          # private use only
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def fail(
    instance: object, attribute: attrs.Attribute[Any], value: object, reason: str
) -> NoReturn:
    """Raise the error every validator raises."""
    raise InvalidValueError(type(instance).__name__, attribute.name, value, reason)


def text_problem(value: object, *, blank_ok: bool) -> str | None:
    """Say what is wrong with a text value, or return None when it is acceptable."""
    if not isinstance(value, str):
        return f"must be a string, not {type(value).__name__}"
    if not blank_ok and not value.strip():
        return "must not be blank"
    match = _FORBIDDEN_CHARS.search(value)
    if match:
        return f"holds the control or surrogate character U+{ord(match.group()):04X}"
    return None


def url_problem(value: object) -> str | None:
    """Say what is wrong with an absolute http(s) URL, or return None."""
    if not isinstance(value, str):
        return f"must be a URL string, not {type(value).__name__}"
    if _SPACE_OR_CONTROL.search(value):
        return "must be an absolute URL without spaces or control characters"
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return "must be a well-formed absolute URL"
    if parts.scheme.lower() not in ("http", "https") or not host:
        return "must be an absolute http(s) URL"
    port = _port(parts.netloc)
    if port is not None and not _possible_port(port):
        return f"has an impossible port {port!r} (a port is a number from 0 to 65535)"
    return None


def _port(netloc: str) -> str | None:
    """The port a URL's authority gives, as written (``urlsplit`` checks it only when
    asked, and Python 3.10 takes ``+80`` for 80); None when it gives none."""
    hostport = netloc.rpartition("@")[2]
    _, bracket, after = hostport.rpartition("]")  # an IPv6 address holds colons
    _, colon, port = (after if bracket else hostport).partition(":")
    return port if colon and port else None


def _possible_port(port: str) -> bool:
    digits = port.lstrip("0")
    return port.isascii() and port.isdigit() and len(digits) <= 5 and int(digits or 0) <= 65535


def absolute_url(value: object, base: str | None) -> str | None:
    """``value`` resolved against ``base``, if that gives an absolute http(s) URL."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        resolved = urljoin(base, value) if base else value
    except ValueError:  # a malformed IPv6 host
        return None
    return None if url_problem(resolved) else resolved


def count_in(value: object) -> int | None:
    """The whole number a text or integer gives (``"640"``, ``640``), if it is one of at
    most nine ASCII digits; else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 <= value < 10**9 else None
    match = _COUNT.fullmatch(value) if isinstance(value, str) else None
    return int(match.group(1)) if match else None


def text(*, optional: bool = False, blank_ok: bool = False) -> Validator:
    """Validate a string free of control characters; required text must not be blank."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        problem = text_problem(value, blank_ok=blank_ok)
        if problem:
            fail(instance, attribute, value, problem)

    return check


def url(*, optional: bool = False) -> Validator:
    """Validate an absolute http(s) URL."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        problem = url_problem(value)
        if problem:
            fail(instance, attribute, value, problem)

    return check


def aware_datetime(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate an optional datetime that carries a UTC offset."""
    if value is None:
        return
    if not isinstance(value, dt.datetime):
        fail(instance, attribute, value, f"must be a datetime, not {type(value).__name__}")
    elif value.utcoffset() is None:
        fail(instance, attribute, value, "must be timezone-aware (naive datetimes are ambiguous)")


def aware_datetime_or_day(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Validate an optional timezone-aware datetime, or a calendar date (a day, no time)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return
    if value is not None and not isinstance(value, dt.datetime):
        fail(
            instance, attribute, value, f"must be a datetime or a date, not {type(value).__name__}"
        )
    aware_datetime(instance, attribute, value)


def earlier(first: dt.date, second: dt.date) -> bool:
    """Whether ``first`` comes before ``second``; by the day when either is only a day."""
    if isinstance(first, dt.datetime) and isinstance(second, dt.datetime):
        return first < second
    return _day(first) < _day(second)


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def plain_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate an optional calendar date (not a datetime)."""
    if value is None:
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        fail(instance, attribute, value, f"must be a date, not {type(value).__name__}")


def is_language_tag(value: str) -> bool:
    """Whether ``value`` is a BCP 47 language tag (as :func:`language_tag` accepts)."""
    return bool(_LANGUAGE_TAG.match(value))


def language_tag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate an optional BCP 47 language tag such as ``en``, ``ar-SY`` or ``zh-Hant-TW``."""
    if value is None:
        return
    if not isinstance(value, str) or not _LANGUAGE_TAG.match(value):
        fail(instance, attribute, value, "must be a BCP 47 language tag such as 'en' or 'ar-SY'")


def positive_int(*, zero_ok: bool = False) -> Validator:
    """Validate an optional integer above zero (or at least zero)."""
    least = 0 if zero_ok else 1

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            fail(instance, attribute, value, f"must be an integer of at least {least}")

    return check


def instance(kinds: type | tuple[type, ...], *, optional: bool = False) -> Validator:
    """Validate an instance of one of the model classes."""
    names = " or ".join(k.__name__ for k in (kinds if isinstance(kinds, tuple) else (kinds,)))

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kinds):
            fail(instance, attribute, value, f"must be {names}, not {type(value).__name__}")

    return check


def items(
    kinds: type | tuple[type, ...], *, item_problem: Callable[[object], str | None] | None = None
) -> Validator:
    """Validate a tuple whose items are instances of ``kinds`` (and pass ``item_problem``)."""
    names = " or ".join(k.__name__ for k in (kinds if isinstance(kinds, tuple) else (kinds,)))

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            fail(instance, attribute, value, f"must be a sequence of {names}")
        for index, item in enumerate(value):
            problem = (
                f"must hold only {names}, not {type(item).__name__}"
                if not isinstance(item, kinds)
                else item_problem(item)
                if item_problem
                else None
            )
            if problem:
                raise InvalidValueError(
                    type(instance).__name__, attribute.name, item, problem, index
                )

    return check


def json_object(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate ``extra``: a mapping of strings to JSON values."""
    if isinstance(value, FrozenMapping):
        return
    if not isinstance(value, Mapping):
        fail(instance, attribute, value, "must be a mapping of JSON values")
    try:
        freeze_json(value)
    except TypeError as error:
        fail(instance, attribute, value, f"must hold only JSON values: {error}")


def frozen_json(value: Mapping[str, object]) -> FrozenMapping:
    """Convert a mapping to a :class:`FrozenMapping` (left as is when it cannot be)."""
    if isinstance(value, FrozenMapping):
        return value
    if not isinstance(value, Mapping):
        return cast(FrozenMapping, value)
    try:
        return cast(FrozenMapping, freeze_json(value))
    except TypeError:
        return cast(FrozenMapping, value)


def as_tuple(value: Iterable[T]) -> tuple[T, ...]:
    """Turn a list or other iterable into a tuple; leave strings and mappings for the validator.

    A string is iterable but is never a sequence of items; turning ``"news"`` into
    ``("n", "e", "w", "s")`` would be a silent guess.
    """
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        return cast(tuple[T, ...], value)
    return tuple(value)

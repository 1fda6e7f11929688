"""What a user typed on the command line, checked and turned into what the API takes.

Shared by ``newsmodel read``, ``validate`` and ``batch``. A mistake here is a
:class:`UsageError`, which the command line reports as argparse reports its own (the
command's usage, ``newsmodel <command>: error: ...``, status 2), so that an unknown
``--to`` fails the same way as a missing argument. Plugin names are matched without
regard to case (``--to JSONLD``).
"""

from __future__ import annotations

import argparse
import inspect
import json
from collections.abc import Sequence
from typing import Any

from . import registry
from .errors import UnknownFormatError

__all__ = ["UsageError", "canonical_names", "cli_message", "cli_wording", "writer_options"]

#: The options that name plugins: the attribute argparse stores each in, its group, the
#: option as typed, and what one plugin of the group is called.
_NAMED = (
    ("source_format", "readers", "--from", "reader"),
    ("target_format", "writers", "--to", "writer"),
    ("profiles", "profiles", "--profile", "profile"),
    ("enrichers", "enrichers", "--enrich", "enricher"),
)

#: How :func:`newsmodel.read` tells a Python caller to name the format (``_api``'s
#: ``_reader_for``), and how the command line tells its user.
_PYTHON_HINT = "pass format="
_CLI_HINT = "name it with --from FORMAT"


class UsageError(Exception):
    """A command line asked for something that does not exist or cannot be."""


def canonical_names(args: argparse.Namespace) -> None:
    """Replace each plugin name in ``args`` by the registered name it matches, whatever
    its case.

    Raises:
        UsageError: A name matches no plugin of its group.
    """
    for attribute, group, option, kind in _NAMED:
        given = getattr(args, attribute, None)
        if isinstance(given, str):
            setattr(args, attribute, _canonical(given, group, option, kind))
        elif isinstance(given, list):
            setattr(args, attribute, [_canonical(n, group, option, kind) for n in given])


def _canonical(name: str, group: str, option: str, kind: str) -> str:
    known = registry.names(group)
    if name in known:
        return name
    folded = [candidate for candidate in known if candidate.casefold() == name.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise UsageError(f"argument {option}: no {kind} named {name!r} (known: {', '.join(known)})")


def writer_options(writer: str, texts: Sequence[str]) -> dict[str, Any]:
    """The options ``-O KEY=VALUE`` gives the writer named ``writer``, each VALUE read as
    JSON when it parses, else as text.

    Raises:
        UsageError: A text is not KEY=VALUE, or the writer has no option by that KEY.
    """
    options = [_option(text) for text in texts]
    signature = inspect.signature(registry.get("writers", writer).write)
    parameters = list(signature.parameters.values())[1:]  # after the article
    if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
        takes = [p.name for p in parameters if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)]
        for text, (key, _) in zip(texts, options, strict=True):
            if key not in takes:
                offer = f"its options: {', '.join(takes)}" if takes else "it takes none"
                raise UsageError(
                    f"argument -O {text}: the {writer} writer has no option {key!r} ({offer})"
                )
    return dict(options)


def _option(text: str) -> tuple[str, Any]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise UsageError(f"argument -O: {text!r} is not KEY=VALUE")
    try:
        return key, json.loads(value)
    except ValueError:
        return key, value


def cli_message(error: Exception) -> str:
    """``error``'s message, worded for the command line where the API's names a Python
    argument."""
    return cli_wording(type(error).__name__, str(error))


def cli_wording(kind: str, message: str) -> str:
    """The ``message`` of an error of class ``kind`` (its name: a batch line keeps only
    that), worded for the command line."""
    if kind == UnknownFormatError.__name__:
        return message.replace(_PYTHON_HINT, _CLI_HINT)
    return message

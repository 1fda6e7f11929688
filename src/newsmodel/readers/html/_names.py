"""Class, id and other attribute names tested against word patterns, many per page."""

from __future__ import annotations

import re

__all__ = ["AnyCase"]


class AnyCase:
    """A case-insensitive regular expression, quick on ASCII text.

    ``re`` cannot scan ahead for the first letters of a case-insensitive pattern, and is
    several times slower on one; on ASCII text, the case-sensitive pattern finds the same
    in the lower-cased text (``re.IGNORECASE`` folds more than :meth:`str.lower` only
    outside ASCII, where the case-insensitive pattern is used).

    Args:
        pattern: A regular expression whose letters are all lower-case.
    """

    def __init__(self, pattern: str) -> None:
        self._any_case = re.compile(pattern, re.IGNORECASE)
        self._lower = re.compile(pattern)

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches somewhere in ``text``, in any case."""
        if text.isascii():
            return self._lower.search(text.lower()) is not None
        return self._any_case.search(text) is not None

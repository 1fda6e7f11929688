"""The ``Allow`` and ``Disallow`` rules of a robots.txt for one crawler (RFC 9309), so that
a portal walk leaves alone what a site asks crawlers not to fetch.

The rules of the groups naming the crawler's product token apply (all of them, merged);
with none, those of the ``*`` groups; with none either, everything is allowed. Of the
rules whose pattern matches a path, the longest wins, and ``Allow`` wins a tie. A pattern
may hold ``*`` (any characters) and end in ``$`` (the end of the path). Matching splits a
pattern at its ``*`` and finds each piece with :meth:`str.find`, so its time is bounded
by the lengths of the path and of the pattern, whatever they hold (no backtracking).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import attrs

__all__ = ["RobotsRules", "product_token"]

_LINE = re.compile(r"^\s*(?P<field>[A-Za-z][A-Za-z-]*)\s*:\s*(?P<value>.*?)\s*$")
_PATTERN_MAX = 2048  # characters of a rule's pattern read; RFC 9309 asks for 500 KiB files
_TOKEN = re.compile(r"[A-Za-z_-]+")


def product_token(user_agent: str) -> str:
    """The name a robots.txt calls a crawler by: the start of its user agent, up to the
    first character that is not a letter, ``_`` or ``-`` (``newsmodel`` for
    ``newsmodel/0.2 (+https://...)``), lower-case."""
    match = _TOKEN.match(user_agent.strip())
    return match.group(0).lower() if match else ""


@attrs.frozen
class _Rule:
    allow: bool
    pattern: str

    def matches(self, path: str) -> bool:
        anchored = self.pattern.endswith("$")
        pieces = (self.pattern[:-1] if anchored else self.pattern).split("*")
        if not path.startswith(pieces[0]):
            return False
        position = len(pieces[0])
        if len(pieces) == 1:
            return not anchored or position == len(path)
        for piece in pieces[1:-1]:
            found = path.find(piece, position)
            if found < 0:
                return False
            position = found + len(piece)
        last = pieces[-1]
        if anchored:
            return path.endswith(last) and len(path) - len(last) >= position
        return path.find(last, position) >= 0


@attrs.frozen
class RobotsRules:
    """The rules of one robots.txt that apply to one crawler."""

    rules: tuple[_Rule, ...] = ()

    @classmethod
    def parse(cls, text: str, user_agent: str) -> RobotsRules:
        """The rules ``text`` (a robots.txt) gives the crawler whose user agent is
        ``user_agent``."""
        token = product_token(user_agent)
        own: list[_Rule] = []
        anyone: list[_Rule] = []
        agents: list[str] = []
        in_rules = False  # a user-agent line after rules starts a new group
        for line in text.splitlines():
            match = _LINE.match(line.partition("#")[0])
            if match is None:
                continue
            field, value = match["field"].lower(), match["value"]
            if field == "user-agent":
                if in_rules:
                    agents, in_rules = [], False
                agents.append(product_token(value) or value.strip().lower())
            elif field in ("allow", "disallow") and agents:
                in_rules = True
                if not value:  # "Disallow:" with no path: no rule
                    continue
                rule = _Rule(field == "allow", value[:_PATTERN_MAX])
                if token and token in agents:
                    own.append(rule)
                if "*" in agents:
                    anyone.append(rule)
        return cls(tuple(own or anyone))

    @classmethod
    def allowing_all(cls) -> RobotsRules:
        """No rules: what a site without a robots.txt (a 4xx answer) asks."""
        return cls()

    def allows(self, url: str) -> bool:
        """Whether the crawler may fetch ``url``: its path and query against the rules."""
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if path == "/robots.txt":
            return True
        best: _Rule | None = None
        for rule in self.rules:
            if rule.matches(path) and (best is None or _outranks(rule, best)):
                best = rule
        return best is None or best.allow


def _outranks(rule: _Rule, other: _Rule) -> bool:
    """The longer pattern wins; of two as long, ``Allow``."""
    if len(rule.pattern) != len(other.pattern):
        return len(rule.pattern) > len(other.pattern)
    return rule.allow and not other.allow

"""Plain-text captures of portal pages, read by the ``text`` reader and scored against
their truth, field by field.

A capture is ``<lang>-<nn>-<style>.txt`` (what "select all, copy" gives on an article
page) beside ``<lang>-<nn>-<style>.json`` (what a faithful reader knows from it: see
docs/readers.rst, "Plain-text portal pages"). Each field scores 1 when the reader's value
equals the truth's exactly, else 0:

- ``section``, ``headline``, ``dateline`` (the place as written), ``day`` (the publication
  day, ISO);
- ``authors``: the names, in order;
- ``paragraphs``: the story's paragraphs, the exact list, no furniture (its headings,
  "Como funciona" between two paragraphs, and its lists, are no paragraphs);
- ``portal``: name and tagline both; ``comments``: whether comments are open (None when the
  page says nothing);
- ``standfirst``, ``keywords``, ``comment count`` and ``related`` (the titles of the
  listed items and the more-from lines, in order; not the "Read also" lines inside the
  story) are reported beside the structure. The truth sets disagree on the more-from
  lines ("More Politics articles on Sahel Monitor"): the first counts them as related,
  the second blind set does not; either reading scores. They disagree on a breadcrumb
  trail's section too ("Home › World › Asia-Pacific"): the earlier sets take its last
  item, the blind9 set the first under Home; the reader gives the whole path (the
  section, in its parent), and a truth naming a section on it scores. The blind11 set
  writes the whole trail as the section ("Technik › Traktoren", "Newsroom / Press
  releases"): such a truth scores when its items are on the path, in order.
- Paragraphs are compared without the white space at their ends: the blind11 set keeps a
  Chinese paragraph's full-width indent ("\u3000\u3000本网讯…"), which is layout, not copy.

Usage: ``python benchmarks/text_captures.py FOLDER [FOLDER ...] [--show]``; ``--show``
prints each miss. The tests run it on ``tests/text_captures``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import newsmodel
from newsmodel import Article, Heading, ListBlock, Paragraph, RelatedKind

# The structure the lead scores, then the fields reported beside it.
STRUCTURE = (
    "section",
    "headline",
    "dateline",
    "authors",
    "day",
    "paragraphs",
    "portal",
    "comments",
)
REPORTED = ("standfirst", "keywords", "comment count", "related")


def _day(value: dt.datetime | dt.date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


_FIELDS: dict[str, tuple[Callable[[Article], Any], Callable[[dict[str, Any]], Any]]] = {
    "section": (lambda a: a.section.name if a.section else None, lambda t: t["section"]),
    "headline": (lambda a: a.headline, lambda t: t["headline"]),
    "dateline": (lambda a: a.dateline, lambda t: t["dateline"]),
    "authors": (lambda a: [p.name for p in a.authors], lambda t: t["authors"]),
    "day": (lambda a: _day(a.date_published), lambda t: t["date_published"]),
    "paragraphs": (
        lambda a: (
            [b.text for b in a.body if isinstance(b, Paragraph)]
            if all(isinstance(b, Paragraph | Heading | ListBlock) for b in a.body)
            else None
        ),
        lambda t: [p.strip() for p in t["paragraphs"]],
    ),
    "portal": (
        lambda a: [a.portal.name, a.portal.tagline] if a.portal else [None, None],
        lambda t: [t["portal"]["name"], t["portal"]["tagline"]],
    ),
    "comments": (lambda a: a.comments_open, lambda t: t["comments_open"]),
    "standfirst": (lambda a: a.description, lambda t: t["standfirst"]),
    "keywords": (lambda a: list(a.keywords), lambda t: t["keywords"]),
    "comment count": (lambda a: a.extra.get("comment_count"), lambda t: t["comment_count"]),
    "related": (
        lambda a: [r.title for r in a.related if r.kind is not RelatedKind.SEE_ALSO],
        lambda t: t["related"],
    ),
}


def _without_more_lines(article: Article) -> list[str]:
    """The related titles but the more-from lines, as the second blind set counts them."""
    return [
        r.title
        for r in article.related
        if r.kind not in (RelatedKind.SEE_ALSO, RelatedKind.MORE_FROM_SECTION)
    ]


def _section_path(article: Article) -> list[str]:
    """The names of the sections from the top down to the article's, as a trail gives them."""
    return [section.name for section in article.section.path] if article.section else []


_TRAIL = re.compile(r"\s+[›>/»|]\s+")


def _on_path(want: str, path: list[str]) -> bool:
    """Whether a truth's section (one name, or a whole trail) names sections on ``path``."""
    items = iter(path)
    return all(item in items for item in _TRAIL.split(want))


def captures(folder: Path) -> list[Path]:
    """The captures in ``folder``: each ``.txt`` with its ``.json`` beside it."""
    return sorted(p for p in folder.glob("*.txt") if p.with_suffix(".json").exists())


def score_capture(path: Path) -> dict[str, tuple[bool, Any, Any]]:
    """Each field of one capture: (right, what was read, the truth)."""
    truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = newsmodel.read(path.read_text(encoding="utf-8"), format="text")
    scores = {}
    for name, (got, expected) in _FIELDS.items():
        read, want = got(article), expected(truth)
        right = (
            read == want
            or (name == "related" and _without_more_lines(article) == want)
            or (name == "section" and want is not None and _on_path(want, _section_path(article)))
        )
        scores[name] = (right, read, want)
    return scores


def score(paths: Iterable[Path]) -> dict[str, dict[str, tuple[bool, Any, Any]]]:
    """Every capture's fields, by the capture's file name."""
    return {path.name: score_capture(path) for path in paths}


def summary(scores: dict[str, dict[str, tuple[bool, Any, Any]]]) -> str:
    """A table: per field, how many captures are right; and the captures read whole."""
    total = len(scores)
    lines = [f"{total} captures"]
    for name in (*STRUCTURE, *REPORTED):
        right = sum(fields[name][0] for fields in scores.values())
        lines.append(f"  {name:<14} {right:>3}/{total}")
    whole = sum(all(fields[n][0] for n in STRUCTURE) for fields in scores.values())
    lines.append(f"  {'all structure':<14} {whole:>3}/{total}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="print every miss")
    options = parser.parse_args(argv)
    paths = [path for folder in options.folders for path in captures(folder)]
    scores = score(paths)
    if options.show:
        for name, fields in scores.items():
            for field, (right, read, want) in fields.items():
                if not right:
                    print(f"{name} {field}:\n    read  {read!r}\n    truth {want!r}")
    print(summary(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())

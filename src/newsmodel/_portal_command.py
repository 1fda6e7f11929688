"""``newsmodel portal``: walk a portal from its home page and print what it found (see
docs/portals.rst).

``--format tree`` (the default) prints an indented outline; ``json`` the portal as one
newsmodel JSON front (its merged sections tree, feeds, sitemaps and a block of the
newest articles), which :func:`newsmodel.read_front` reads back; ``jsonl`` streams each
article as it is found, one line in the shape ``newsmodel batch`` writes. Failures are
warnings on standard error as they happen; a last line there counts what was done and
says why the walk stopped early, also after Ctrl-C.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings
from pathlib import Path
from typing import Any, TextIO

from ._api import write
from ._model import Article, Section
from ._portal_steps import PortalFailure, PortalPage
from ._portal_summary import PortalSummary
from ._usage import cli_message
from ._walk import PortalWalk, walk_portal
from .errors import NewsmodelError, NewsmodelWarning
from .source import looks_like_url

__all__ = ["add_to"]

_FORMATS = ("tree", "json", "jsonl")
#: The options that only a walk from a URL uses (their attributes and as typed): a file
#: is read alone.
_WALK_ONLY = (
    ("depth", "--depth"),
    ("max_listings", "--max-listings"),
    ("sitemap_depth", "--sitemap-depth"),
    ("max_pages", "--max-pages"),
    ("delay", "--delay"),
    ("timeout", "--timeout"),
    ("user_agent", "--user-agent"),
    ("ignore_robots", "--ignore-robots"),
)


def add_to(commands: Any) -> None:
    """Add the ``portal`` command to the CLI's subparsers (``commands``)."""
    portal: argparse.ArgumentParser = commands.add_parser(
        "portal",
        help="walk a portal from its home page: sections, feeds, sitemaps, newest articles",
        description="Read a portal's home page (a file, read alone; or an http(s) URL, "
        "which needs the fetch extra) and print its sections tree, feeds, sitemaps and "
        "newest articles. From a URL, robots.txt is read too, and feeds, sitemaps and "
        "section fronts are followed as far as the limits allow: one request at a time, "
        "on the home page's host only, leaving out what robots.txt disallows.",
    )
    portal.add_argument("home", metavar="HOME", help="the home page: a file or http(s) URL")
    portal.add_argument(
        "--format",
        choices=_FORMATS,
        default="tree",
        help="tree: an indented outline (default); json: the portal as a newsmodel JSON "
        "front; jsonl: each article as found, one JSON line like newsmodel batch's",
    )
    portal.add_argument(
        "--depth",
        type=_count,
        default=0,
        metavar="N",
        help="section fronts to follow, in links from the home page (default 0: none)",
    )
    portal.add_argument(
        "--max-listings",
        type=_count,
        default=0,
        metavar="N",
        help="feeds and sitemaps to fetch: linked, in robots.txt, then at the usual "
        "places (default 0: none)",
    )
    portal.add_argument(
        "--sitemap-depth",
        type=_count,
        default=2,
        metavar="N",
        help="levels of sitemap indexes to follow (default 2)",
    )
    portal.add_argument(
        "--max-pages",
        type=_count,
        default=100,
        metavar="N",
        help="documents fetched in all, robots.txt included (default 100)",
    )
    portal.add_argument(
        "--max-articles",
        type=_count,
        default=1000,
        metavar="N",
        help="distinct articles found before the walk stops (default 1000)",
    )
    portal.add_argument(
        "--newest",
        type=_count,
        default=20,
        metavar="N",
        help="newest articles printed (tree, json; default 20)",
    )
    portal.add_argument(
        "--delay",
        type=_seconds,
        default=1.0,
        metavar="SECONDS",
        help="pause between two requests (default 1)",
    )
    portal.add_argument(
        "--timeout", type=_seconds, metavar="SECONDS", help="each request's time limit"
    )
    portal.add_argument(
        "--user-agent",
        metavar="UA",
        help="User-Agent header, and the name robots.txt rules are matched against",
    )
    portal.add_argument(
        "--ignore-robots",
        action="store_true",
        help="fetch what robots.txt disallows too (its Sitemap lines are read either way)",
    )
    portal.add_argument("--url", help="the address of a home page given as a file")
    walk_defaults = {name: portal.get_default(name) for name, _ in _WALK_ONLY}
    portal.set_defaults(run=_run, usage_error=portal.error, walk_defaults=walk_defaults)


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number >= 0")
    return number


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds")
    return seconds


def _run(args: argparse.Namespace) -> int:
    home: str | Path = args.home if looks_like_url(args.home) else Path(args.home)
    if isinstance(home, Path):
        _warn_of_walk_options(args)
    walk = walk_portal(
        home,
        url=args.url,
        depth=args.depth,
        max_pages=args.max_pages,
        max_articles=args.max_articles,
        max_listings=args.max_listings,
        sitemap_depth=args.sitemap_depth,
        delay=args.delay,
        user_agent=args.user_agent,
        obey_robots=not args.ignore_robots,
        timeout=args.timeout,
        newest=args.newest,
    )
    status = _walked(walk, args.format, sys.stdout, alone=isinstance(home, Path))
    summary = walk.summary
    if summary.fronts == 0 and summary.stopped is None:  # nothing to print: it failed
        print(f"newsmodel: portal: {_tally(summary)}", file=sys.stderr)
        raise NewsmodelError(f"{args.home}: the home page could not be read (see the warnings)")
    if args.format == "tree":
        sys.stdout.write(tree(summary))
    elif args.format == "json":
        sys.stdout.write(write(summary.to_front(), "json") + "\n")
    print(f"newsmodel: portal: {_tally(summary)}", file=sys.stderr)
    return status


def _warn_of_walk_options(args: argparse.Namespace) -> None:
    """Say, in one line, that the walk's options given with a file do nothing: a file is
    read alone, so they would otherwise be ignored in silence."""
    given = [
        option for name, option in _WALK_ONLY if getattr(args, name) != args.walk_defaults[name]
    ]
    if given:
        warnings.warn(
            f"{', '.join(given)}: only a walk from an http(s) URL uses "
            f"{'it' if len(given) == 1 else 'them'}; {args.home} is read alone",
            NewsmodelWarning,
            stacklevel=2,
        )


def _walked(walk: PortalWalk, format: str, out: TextIO, *, alone: bool) -> int:
    """Run the walk, streaming articles (``jsonl``) and warning of failures; 130 when
    interrupted (the summary so far is printed all the same). A front read ``alone``
    (from a file) that cannot be read is the command's error."""
    try:
        for step in walk:
            if isinstance(step, PortalFailure) and alone:
                raise step.error
            if isinstance(step, PortalFailure):
                warnings.warn(cli_message(step.error), NewsmodelWarning, stacklevel=2)
            elif format == "jsonl":
                _write_lines(step, out)
    except KeyboardInterrupt:
        walk.summary.stopped = "interrupted"
        return 130
    return 0


def _write_lines(page: PortalPage, out: TextIO) -> None:
    from .batch._output import to_line
    from .batch._result import BatchResult

    for number, article in enumerate(page.articles, start=1):
        source = article.url or f"{page.url}#{number}"
        out.write(to_line(BatchResult(source, url=article.url, article=article)) + "\n")
    out.flush()


def _tally(summary: PortalSummary) -> str:
    parts = [
        f"{summary.pages} fetched",
        _counted(summary.fronts, "front", "fronts"),
        _counted(summary.listings, "feed or sitemap", "feeds and sitemaps"),
        _counted(summary.articles, "article", "articles"),
        f"{len(summary.failures)} failed",
    ]
    if summary.disallowed:
        parts.append(f"{summary.disallowed} disallowed by robots.txt")
    if summary.offsite:
        parts.append(_counted(summary.offsite, "on another host", "on other hosts"))
    if summary.stopped:
        parts.append(f"stopped: {summary.stopped}")
    return ", ".join(parts)


def _counted(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def tree(summary: PortalSummary) -> str:
    """The summary as an indented outline: the portal (its name and address), its
    sections tree, its feeds and sitemaps, its newest articles (times in UTC, so that
    the order newest first reads true across offsets; the heading says so)."""
    lines: list[str] = []
    portal = summary.portal
    name = portal.name if portal is not None else "(no portal named)"
    address = (portal.url if portal is not None else None) or summary.home
    lines.append(f"{name}  {address or ''}".rstrip())
    if portal is not None and portal.tagline:
        lines.append(f"  {portal.tagline}")
    lines.append("Sections")
    lines.extend(_sections(summary.sections) or ["  (none found)"])
    lines.append("Feeds")
    feeds = [_link_line(link.url, link.kind, link.title) for link in summary.feeds]
    lines.extend(feeds or ["  (none found)"])
    lines.append("Sitemaps")
    sitemaps = [_link_line(link.url, link.kind, link.title) for link in summary.sitemaps]
    lines.extend(sitemaps or ["  (none found)"])
    lines.append("Newest articles (times in UTC)")
    lines.extend([_article_line(a) for a in summary.newest] or ["  (none found)"])
    return "\n".join(lines) + "\n"


def _sections(sections: tuple[Section, ...]) -> list[str]:
    children: dict[Section | None, list[Section]] = {}
    for section in sections:
        children.setdefault(section.parent, []).append(section)
    lines: list[str] = []
    pending = [(section, 1) for section in reversed(children.get(None, []))]
    while pending:
        section, level = pending.pop()
        where = f"  {section.url}" if section.url else ""
        lines.append(f"{'  ' * level}{section.name}{where}")
        pending.extend((child, level + 1) for child in reversed(children.get(section, [])))
    return lines


def _link_line(url: str, kind: Any, title: str | None) -> str:
    label = kind.value if kind is not None else "?"
    return f"  {label:<13} {url}" + (f"  {json.dumps(title, ensure_ascii=False)}" if title else "")


def _article_line(article: Article) -> str:
    date = article.date_published or article.date_modified
    when = _when(date) if date is not None else "-"
    return f"  {when:<16}  {article.headline}" + (f"  {article.url}" if article.url else "")


def _when(value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()

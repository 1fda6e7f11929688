"""The ``newsmodel`` command line: ``read`` converts between formats, ``validate`` checks a
document against a validation profile, ``plugins`` lists them, ``batch`` reads many inputs
into JSON Lines (:mod:`newsmodel.batch`), ``portal`` walks a portal from its home page.

Errors print one line, ``newsmodel: error: ...``, and exit with status 1; a usage mistake
(among them an unknown plugin name or writer option) is reported as argparse reports its
own, with status 2. Warnings print one line each, ``newsmodel: warning: ...``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from . import registry
from ._api import read, read_listing, validate, validate_markup, write
from ._fetch import fetch
from ._gzip import GZIP_MAGIC, gunzip
from ._listing import Listing, ListingKind
from ._model import Article
from ._portal_command import add_to as add_portal_command
from ._usage import UsageError, canonical_names, cli_message, writer_options
from .batch._command import add_to as add_batch_command
from .errors import NewsmodelError, NewsmodelWarning, PluginError
from .protocols import ListingWriter
from .source import Source, looks_like_url
from .validation import Document

__all__ = ["main"]

_MODES = ("markup", "article")
_MARKUP_PROFILES = ["schema.org", "google-article"]
_FEED_KINDS = (ListingKind.RSS, ListingKind.ATOM, ListingKind.JSON_FEED)
#: The writers whose articles can be written one per line (JSON Lines), given indent=None.
_LINE_WRITERS = ("json", "jsonld")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        # what is said about the input is the user's to see, every time, whatever the
        # filters of the process that runs the command
        warnings.simplefilter("always", NewsmodelWarning)
        return _execute(args)


def _execute(args: argparse.Namespace) -> int:
    try:
        canonical_names(args)
        status: int = args.run(args)
    except UsageError as error:
        usage_error: Callable[[str], NoReturn] = args.usage_error  # argparse's: exits 2
        usage_error(str(error))
    except NewsmodelError as error:
        return _fail(cli_message(error))
    except OSError as error:
        return _fail(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "))
    except KeyboardInterrupt:
        return 130
    return status


def _fail(message: str) -> int:
    print(f"newsmodel: error: {message}", file=sys.stderr)
    return 1


def _show_warning(  # noqa: PLR0917 (the signature warnings.showwarning calls)
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """Print a warning as one line of the command's, not as Python's (which quotes the
    line of our source that raised it)."""
    text = " ".join(str(message).split())
    if not issubclass(category, NewsmodelWarning):
        text = f"{category.__name__}: {text}"
    print(f"newsmodel: warning: {text}", file=sys.stderr if file is None else file)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmodel", description="Read, validate and emit news content."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    reading = commands.add_parser(
        "read",
        help="read a document and write it in another format",
        description="Read a document (any registered format) and write its article "
        "(any registered format). A document of several articles (a feed, a sitemap, a "
        "listing page) is written one article per line (JSON Lines, with --to json or "
        "jsonld), or as one list with --listing.",
    )
    reading.add_argument(
        "input",
        nargs="?",
        default="-",
        help="file or http(s) URL to read (a URL needs the fetch extra); "
        "'-' or nothing for standard input",
    )
    reading.add_argument(
        "-f",
        "--from",
        dest="source_format",
        metavar="FORMAT",
        help="input format (default: recognised from the input)",
    )
    reading.add_argument(
        "-t",
        "--to",
        dest="target_format",
        metavar="FORMAT",
        default="json",
        help="output format (default: json)",
    )
    reading.add_argument(
        "-o", "--output", metavar="FILE", help="file to write; default standard output"
    )
    reading.add_argument("--url", help="the address the input came from, for relative links")
    reading.add_argument(
        "-l",
        "--listing",
        action="store_true",
        help="write the whole list the input holds (a feed with its title and link, a "
        "sitemap's entries) with a writer of lists (json: newsmodel's listing document), "
        "instead of its articles one per line",
    )
    reading.add_argument(
        "-e",
        "--enrich",
        dest="enrichers",
        action="append",
        default=[],
        metavar="NAME",
        help="an enricher to apply to the article (e.g. people: the people it names, "
        "with their roles); may be repeated",
    )
    reading.add_argument(
        "-O",
        "--option",
        dest="options",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a writer option; VALUE is read as JSON when it parses "
        "(e.g. -O indent=null), else as text; may be repeated",
    )
    reading.set_defaults(run=_read)

    checking = commands.add_parser(
        "validate",
        help="check a document against validation profiles",
        description="Check a document against validation profiles. An HTML page's "
        "structured data (each JSON-LD script and microdata item) and JSON-LD are checked "
        "as written (--mode markup); a feed or a sitemap as the whole list newsmodel reads "
        "from it, with paths into it (/items/3/url); any other format, or any input with "
        "--mode article, as the article newsmodel reads from it. Prints one line per finding, "
        "'severity path code message'; exits with status 1 when any is an error.",
    )
    checking.add_argument(
        "input",
        nargs="?",
        default="-",
        help="file or http(s) URL to check (a URL needs the fetch extra); "
        "'-' or nothing for standard input",
    )
    checking.add_argument(
        "-p",
        "--profile",
        dest="profiles",
        metavar="NAME",
        action="append",
        help="a profile: schema.org, google-article, model, feed, google-news-sitemap, or a "
        "plugin's; may be repeated (default: schema.org and google-article for a page's "
        "markup, feed for a feed, google-news-sitemap for a sitemap of news articles, "
        "else model)",
    )
    checking.add_argument(
        "-m",
        "--mode",
        choices=_MODES,
        help="markup: the structured data as written, with paths into the page "
        "(script[2]/author/name); article: the article newsmodel reads from the input, "
        "written as JSON-LD for the JSON-LD profiles (default: markup for HTML and "
        "JSON-LD, article for other formats)",
    )
    checking.add_argument(
        "-f",
        "--from",
        dest="source_format",
        metavar="FORMAT",
        help="input format (default: recognised from the input)",
    )
    checking.add_argument("--url", help="the address the input came from, for relative links")
    checking.add_argument(
        "--json",
        action="store_true",
        help="print the report as JSON (an array of reports for several profiles)",
    )
    checking.set_defaults(run=_validate)

    listing = commands.add_parser(
        "plugins",
        help="list readers, writers, profiles, site adapters and enrichers",
        description="List every registered plugin (reader, writer, validation profile, "
        "site adapter and enricher), the distribution it comes from, and whether it loads.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(run=_plugins)

    add_batch_command(commands)
    add_portal_command(commands)
    for command in commands.choices.values():
        command.set_defaults(usage_error=command.error)
    return parser


def _version() -> str:
    from importlib.metadata import version

    return version("newsmodel")


def _read(args: argparse.Namespace) -> int:
    options = writer_options(args.target_format, args.options)
    if not looks_like_url(args.input) and Path(args.input).is_dir():
        where = shlex.quote(args.input)
        return _fail(
            f"{args.input} is a directory; use 'newsmodel batch {where}' to read many pages"
        )
    source = _input(args)
    if args.listing and not isinstance(registry.get("writers", args.target_format), ListingWriter):
        raise UsageError(
            f"argument --listing: the {args.target_format} writer writes one article, not a "
            f"list; choose a writer of lists ({', '.join(_listing_writers())})"
        )
    listing = read_listing(source, format=args.source_format, enrich=args.enrichers)
    if args.listing:
        output = _written(listing, args, options)
    elif _one_article(listing):
        output = _written(listing.items[0], args, options)
    elif not listing.items and listing.kind is None:  # the reader's own "no article" error
        read(source, format=args.source_format)
        return _fail(f"{source.name}: no article found")
    else:
        output = _json_lines(listing, args, options)
    if args.output:
        Path(args.output).write_text(output + "\n" if output else "", encoding="utf-8")
    else:
        sys.stdout.write(output + "\n" if output else "")
    return 0


def _one_article(listing: Listing) -> bool:
    """Whether the input is one article (an article page, an article's document), not a
    list that happens to hold one (a feed of one item)."""
    return listing.kind is None and len(listing.items) == 1 and not listing.entries


def _json_lines(listing: Listing, args: argparse.Namespace, options: dict[str, Any]) -> str:
    """Every article of ``listing``, one per line; the lines written by a writer of JSON
    (``json``, ``jsonld``), compact."""
    if args.target_format not in _LINE_WRITERS:
        raise UsageError(
            f"the input holds {len(listing.items)} articles, written one per line as JSON "
            f"Lines: use --to {' or --to '.join(_LINE_WRITERS)}, or --listing to write the "
            "whole list"
        )
    _warn_of_what_is_not_written(listing)
    options = {"indent": None, **options}
    return "\n".join(_written(item, args, options) for item in listing.items)


def _warn_of_what_is_not_written(listing: Listing) -> None:
    """Say so when the articles' lines leave something out (a sitemap's plain addresses,
    an index's sitemaps) or are none at all, since no output would say it."""
    count = len(listing.entries) + len(listing.sitemaps)
    addresses = f"{count} {'address' if count == 1 else 'addresses'}"
    if listing.items and count:
        message = f"also lists {addresses} without a headline; pass --listing to write them"
    elif count:
        message = f"{addresses} and no articles; pass --listing to write them"
    elif listing.items:
        return
    elif listing.kind in _FEED_KINDS:
        message = "the feed has no items"
    else:
        kind = listing.kind.value if listing.kind else "input"
        message = f"the {kind} lists no address"
    warnings.warn(message, NewsmodelWarning, stacklevel=3)


def _written(value: Article | Listing, args: argparse.Namespace, options: dict[str, Any]) -> str:
    try:
        return write(value, args.target_format, **options)
    except PluginError as error:  # a writer choking on a value: the options' fault
        cause = error.__cause__
        if not options or not isinstance(cause, TypeError | ValueError):
            raise
        given = " ".join(f"-O {text}" for text in args.options)
        raise UsageError(f"the {args.target_format} writer cannot take {given}: {cause}") from None


def _listing_writers() -> list[str]:
    return [
        name
        for name, writer in registry.load_group("writers").items()
        if isinstance(writer, ListingWriter)
    ]


def _input(args: argparse.Namespace) -> Source:
    """The input the command names: standard input, a URL (fetched) or a file. ``--url``
    overrides a fetched document's own address."""
    if args.input == "-":
        return Source.of(sys.stdin.buffer, url=args.url, name="<stdin>")
    if looks_like_url(args.input):  # not a Path: it would make "https://" "https:/"
        return Source.of(fetch(args.input), url=args.url)
    return Source.of(Path(args.input), url=args.url)


def _validate(args: argparse.Namespace) -> int:
    source = _input(args)
    kind = _markup_kind(source, args.source_format)
    mode = args.mode or ("article" if kind is None else "markup")
    if mode == "markup" and kind is None:
        raise NewsmodelError(
            f"{source.name}: --mode markup checks HTML pages and JSON-LD; "
            "check other formats with --mode article"
        )
    page = mode == "markup" and kind == "html"
    if page:
        profiles = args.profiles or _MARKUP_PROFILES
        reports = [validate_markup(source, name) for name in profiles]
    elif mode == "markup":  # JSON-LD: paths point into the text itself
        profiles = args.profiles or ["model"]
        reports = [validate(source.text, name) for name in profiles]
    else:
        document = _checked_document(source, args.source_format)
        profiles = args.profiles or [_listing_profile(document, source)]
        reports = [validate(document, name) for name in profiles]
    if args.json:
        print(
            reports[0].to_json()
            if len(reports) == 1
            else json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2)
        )
    else:
        for line in dict.fromkeys(str(f) for report in reports for f in report):
            print(line)  # a markup/ finding that every profile reports, printed once
    return 0 if all(report.ok for report in reports) else 1


def _checked_document(source: Source, source_format: str | None) -> Document:
    """What ``validate --mode article`` checks: a feed's or a sitemap's whole listing (a
    sitemap's with its XML, for the rules on dates as written), else the article read."""
    listing = read_listing(source, format=source_format)
    if listing.kind is None:  # an article's document: its (first) article, as read() gives
        if not listing.items:  # read() raises the reader's own "no article" error
            return Document(article=read(source, format=source_format))
        return Document(article=listing.items[0])
    if listing.kind is ListingKind.SITEMAP:
        return Document(listing=listing, text=_sitemap_xml(source))
    return Document(listing=listing)


def _sitemap_xml(source: Source) -> str:
    """A sitemap's XML text, decompressed if it came gzip-compressed."""
    if not source.decoded and source.data.startswith(GZIP_MAGIC):
        return Source.of(gunzip(source.data, format="sitemap", name=source.name)).text
    return source.text


def _listing_profile(document: Document, source: Source) -> str:
    """The profile a document is checked against by default: ``feed`` for a feed,
    ``google-news-sitemap`` for a sitemap of news articles, ``model`` for an article."""
    listing = document.listing
    kind = None if listing is None else listing.kind
    if listing is None or kind is None:
        return "model"
    if kind in _FEED_KINDS:
        return "feed"
    if kind is ListingKind.SITEMAP and listing.items:
        return "google-news-sitemap"
    hint = (
        " (google-news-sitemap checks its dates as written)" if kind is ListingKind.SITEMAP else ""
    )
    what = kind.value.replace("-", " ")
    raise NewsmodelError(
        f"{source.name} is a {what} with no articles, which no profile checks by default; "
        f"name one with --profile{hint}"
    )


def _markup_kind(source: Source, source_format: str | None) -> str | None:
    """``"jsonld"`` or ``"html"`` when the input is structured data or a page that may
    carry it, else None."""
    if source_format is not None:
        kind = source_format.lower()
        return kind if kind in ("jsonld", "html") else None
    for kind in ("jsonld", "html"):
        if registry.get("readers", kind).recognizes(source):
            return kind
    return None


def _plugins(args: argparse.Namespace) -> int:
    found = registry.plugins()
    if args.json:
        rows = [
            {
                "group": p.group,
                "name": p.name,
                "distribution": p.distribution,
                "target": p.target,
                "status": p.status,
                "error": p.error,
            }
            for p in found
        ]
        print(json.dumps(rows, indent=2))
        return 0
    header = ("GROUP", "NAME", "STATUS", "DISTRIBUTION", "TARGET")
    table = [header, *((p.group, p.name, p.status, p.distribution, p.target) for p in found)]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    for plugin in found:
        if plugin.error:
            print(f"{plugin.group}/{plugin.name} ({plugin.distribution}): {plugin.error}")
    return 0

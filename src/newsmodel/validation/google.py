"""The ``google-article`` profile: Google Search's Article structured-data guidelines.

Based on Google Search Central's "Article (Article, NewsArticle, BlogPosting) structured
data" page (developers.google.com/search/docs/appearance/structured-data/article). Google
requires no property; it recommends ``author`` (each a ``Person`` or ``Organization``
with a ``name`` and a ``url``), ``datePublished`` and ``dateModified`` (ISO 8601, with a
time zone), ``headline`` (concise) and ``image`` (crawlable URLs, several high-resolution
images). Markup Google cannot use is an error; a missed recommendation is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from .document import Document
from .jsonld import id_index, nodes, resolve, type_names, values
from .literals import Moment, is_absolute_http_url, number, parse_moment
from .pointers import child
from .report import Finding, Severity
from .vocabulary import Vocabulary, vocabulary

__all__ = ["HEADLINE_LIMIT", "MIN_IMAGE_PIXELS", "GoogleArticleProfile", "profile"]

_P = "google-article/"

#: Headlines longer than this many characters get a warning: Google asks for a concise
#: title, as long ones may be truncated (its former AMP rule set the limit at 110).
HEADLINE_LIMIT = 110
#: Google's minimum for a high-resolution image: width times height in pixels.
MIN_IMAGE_PIXELS = 50_000

# Words around a name that are not the name: "Posted by", dates, separators.
_NOT_A_NAME = re.compile(
    r"""^\s*(?:posted|written|published|reported|story|words)?\s*by\b
      | \b\d{4}\b | \b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b | [|@]""",
    re.IGNORECASE | re.VERBOSE,
)
# Job titles, which a person's name should not carry (an organisation's may: "News Desk").
_JOB_TITLE = re.compile(
    r"""\b(?:staff\s+writer|correspondent|reporter|editor|columnist|contributor|journalist
         |photographer|analyst|producer|senior|chief)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Two names joined into one (not applied to organisations: "Johnson & Johnson").
_SEVERAL = re.compile(r"\s(?:and|&|und|et)\s|;", re.IGNORECASE)


class GoogleArticleProfile:
    """The ``google-article`` profile (see the module documentation).

    .. versionadded:: 0.1
    """

    name = "google-article"

    def check(self, document: Document) -> Iterator[Finding]:
        """Yield what Google would reject or miss in each article node, in document order."""
        data = document.to_jsonld()
        vocab = vocabulary()
        ids = id_index(data)
        articles = [
            (path, node)
            for path, node in nodes(data)
            if vocab.is_any(type_names(node), ("Article",))
        ]
        if not articles:
            yield _finding(
                Severity.ERROR,
                "",
                "no-article",
                "no node of an Article type (Article, NewsArticle, BlogPosting or a subtype)",
            )
        for path, node in articles:
            yield from _Article(vocab, ids, node, path).check()


profile = GoogleArticleProfile()


class _Article:
    def __init__(
        self, vocab: Vocabulary, ids: Mapping[str, Any], node: dict[str, Any], path: str
    ) -> None:
        self.vocab = vocab
        self.ids = ids
        self.node = node
        self.path = path

    def items(self, key: str) -> list[tuple[str, Any]]:
        return [
            (path, resolve(item, self.ids))
            for path, item in values(self.node.get(key), child(self.path, key))
        ]

    def check(self) -> Iterator[Finding]:
        yield from self.headline()
        yield from self.authors()
        yield from self.dates()
        yield from self.images()

    def headline(self) -> Iterator[Finding]:
        items = self.items("headline")
        if not items:
            yield _finding(
                Severity.WARNING, self.path, "missing-headline", "no headline (recommended)"
            )
        for path, item in items:
            text = _text(item)
            if text is not None and len(text) > HEADLINE_LIMIT:
                yield _finding(
                    Severity.WARNING,
                    path,
                    "headline-too-long",
                    f"the headline has {len(text)} characters; Google asks for a concise "
                    f"title (at most {HEADLINE_LIMIT} here), as long ones may be truncated",
                )

    def authors(self) -> Iterator[Finding]:
        items = self.items("author")
        if not items:
            yield _finding(
                Severity.WARNING,
                self.path,
                "missing-author",
                "no author (recommended: each author a Person or Organization)",
            )
        for path, item in items:
            if not isinstance(item, dict) or "@value" in item:
                yield _finding(
                    Severity.WARNING,
                    path,
                    "author-not-object",
                    "the author is text; give a Person or Organization object with a name",
                )
                name = _text(item)
                if name is not None:
                    yield from _name(name, path, person=True)
                continue
            kinds = type_names(item)
            if not self.vocab.is_any(kinds, ("Person", "Organization")):
                got = ", ".join(kinds) if kinds else "no @type"
                yield _finding(
                    Severity.ERROR,
                    child(path, "@type") if "@type" in item else path,
                    "author-type",
                    f"an author must be a Person or an Organization, not {got}",
                )
            names = [
                (p, _text(value)) for p, value in values(item.get("name"), child(path, "name"))
            ]
            if not names:
                yield _finding(
                    Severity.WARNING, path, "author-missing-name", "the author has no name"
                )
            person = not self.vocab.is_any(kinds, ("Organization",))
            for name_path, name in names:
                if name is not None:
                    yield from _name(name, name_path, person=person)
            if item.get("url") is None and item.get("sameAs") is None:
                yield _finding(
                    Severity.WARNING,
                    path,
                    "author-missing-url",
                    "the author has no url (or sameAs) identifying them (recommended)",
                )

    def dates(self) -> Iterator[Finding]:
        moments: dict[str, Moment] = {}
        for key in ("datePublished", "dateModified"):
            items = self.items(key)
            if not items:
                severity = Severity.WARNING if key == "datePublished" else Severity.INFO
                yield _finding(
                    severity,
                    self.path,
                    f"missing-{'date-published' if key == 'datePublished' else 'date-modified'}",
                    f"no {key} (recommended)",
                )
            for path, item in items:
                text = _text(item)
                moment = parse_moment(text) if text is not None else None
                if moment is None:
                    yield _finding(
                        Severity.ERROR,
                        path,
                        "date-not-iso",
                        f"{key} {_shorten(item)} is not an ISO 8601 date or date-time",
                    )
                    continue
                moments.setdefault(key, moment)
                if moment.time is None:
                    yield _finding(
                        Severity.WARNING,
                        path,
                        "date-without-time",
                        f"{key} is a date without a time; give the time and its time zone",
                    )
                elif not moment.has_offset:
                    yield _finding(
                        Severity.WARNING,
                        path,
                        "date-without-timezone",
                        f"{key} has no time zone offset; Google would assume Googlebot's",
                    )
        published, modified = moments.get("datePublished"), moments.get("dateModified")
        if published and modified and modified.before(published):
            yield _finding(
                Severity.ERROR,
                child(self.path, "dateModified"),
                "modified-before-published",
                "dateModified is before datePublished",
            )

    def images(self) -> Iterator[Finding]:
        items = self.items("image")
        if not items:
            yield _finding(
                Severity.WARNING,
                self.path,
                "missing-image",
                "no image (recommended: several high-resolution images)",
            )
            return
        for path, item in items:
            yield from self.image(path, item)
        if len(items) == 1:
            yield _finding(
                Severity.INFO,
                child(self.path, "image"),
                "one-image",
                "one image; Google recommends several, in 16x9, 4x3 and 1x1 aspect ratios",
            )

    def image(self, path: str, item: Any) -> Iterator[Finding]:
        url_path, url = path, _text(item)
        if isinstance(item, dict) and "@value" not in item:
            for key in ("contentUrl", "url"):
                found = list(values(item.get(key), child(path, key)))
                if found:
                    url_path, url = found[0][0], _text(found[0][1])
                    break
            else:
                yield _finding(
                    Severity.ERROR, path, "image-missing-url", "the image has no url or contentUrl"
                )
                return
            width, height = _size(item.get("width")), _size(item.get("height"))
            if width and height and width * height < MIN_IMAGE_PIXELS:
                yield _finding(
                    Severity.WARNING,
                    path,
                    "image-too-small",
                    f"the image is {width:g}x{height:g} pixels; Google asks for at least "
                    f"{MIN_IMAGE_PIXELS:,} pixels (width times height)",
                )
        if url is None or not is_absolute_http_url(url):
            yield _finding(
                Severity.ERROR,
                url_path,
                "image-not-crawlable",
                f"image URL {_shorten(url)} is not an absolute http(s) URL Google can crawl",
            )


def _name(name: str, path: str, *, person: bool) -> Iterator[Finding]:
    if _NOT_A_NAME.search(name) or (person and _JOB_TITLE.search(name)):
        yield _finding(
            Severity.WARNING,
            path,
            "author-name-not-a-name",
            f"author name {name!r} holds more than a name (a job title, 'posted by', a "
            "date...); give only the name",
        )
    elif person and _SEVERAL.search(name):
        yield _finding(
            Severity.WARNING,
            path,
            "several-authors-in-one",
            f"author name {name!r} seems to name several people; give each its own author",
        )


def _text(item: Any) -> str | None:
    if isinstance(item, dict):
        item = item.get("@value")
    return item if isinstance(item, str) else None


def _size(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("value", value.get("@value"))
    if isinstance(value, str):
        value = value.strip().removesuffix("px").strip()
    return number(value)


def _shorten(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _finding(severity: Severity, path: str, rule: str, message: str) -> Finding:
    return Finding(severity, path, _P + rule, message)

"""The ``model`` profile: what an :class:`~newsmodel.Article` cannot check when it is built.

Construction already rejects bad field values (a blank headline, a naive datetime, a
``date_modified`` before ``date_published``, a portal section whose parent is not listed).
This profile checks what spans several objects: comment ids, comment and reply dates,
links to the article itself, repeated authors, images, links and keywords, an article
with no content, and a section the portal does not list. Paths point into the article's
newsmodel JSON form (``/article/comments/0/replies/1/id``); a listing's items are each
checked, with paths into the listing's (``/items/3/authors/1``); a front's teasers too,
with paths into the front's (``/blocks/0/teasers/2/article/headline``), and its sections
and its blocks' against its portal's.

JSON-LD input is first read with the ``jsonld`` reader: a :class:`~newsmodel.ReadError`
becomes an error finding at its path in the JSON-LD, and each value the reader kept in
``extra`` instead of guessing becomes a warning.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

import attrs

from .._checks import earlier
from .._front import Front
from .._model import Article, Comment, Portal, Section
from ..errors import ReadError, ReadWarning
from .document import Document
from .pointers import child
from .report import Finding, Severity

__all__ = ["ModelProfile", "check_article", "check_front", "profile"]

_P = "model/"
_ROOT = "/article"


class ModelProfile:
    """The ``model`` profile (see the module documentation).

    .. versionadded:: 0.1
    """

    name = "model"

    def check(self, document: Document) -> Iterator[Finding]:
        """Yield what is inconsistent in the document's article, in each of its
        listing's items, or in its front."""
        if document.article is not None:
            return check_article(document.article)
        if document.front is not None:
            return check_front(document.front)
        if document.listing is not None and document.listing.items:
            return _check_items(document.listing.items)
        return self._read_and_check(document)

    def _read_and_check(self, document: Document) -> Iterator[Finding]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ReadWarning)
            try:
                article: Article | None = document.to_article()
            except ReadError as error:
                article, failure = None, error
        for warning in caught:
            if issubclass(warning.category, ReadWarning):
                yield _finding(Severity.WARNING, "", "read-warning", str(warning.message))
        if article is None:
            yield _finding(Severity.ERROR, failure.path, "unreadable", failure.message)
            return
        yield from check_article(article)


profile = ModelProfile()


def _check_items(items: Iterable[Article]) -> Iterator[Finding]:
    for index, item in enumerate(items):
        root = child("/items", index)
        for finding in check_article(item):
            yield attrs.evolve(finding, path=root + finding.path.removeprefix(_ROOT))


def check_front(front: Front) -> Iterator[Finding]:
    """Yield the ``model`` profile's findings for ``front``: the sections it and its
    blocks lead to that its portal does not list, and each teaser's article's findings
    but ``no-content`` (a teaser is a headline and a link; it needs no body).

    .. versionadded:: 0.2
    """
    if front.section is not None:
        yield from _unlisted(front.portal, front.section, "/section")
    for number, block in enumerate(front.blocks):
        root = child("/blocks", number)
        if block.section is not None:
            yield from _unlisted(front.portal, block.section, child(root, "section"))
        for index, teaser in enumerate(block.teasers):
            path = child(root, "teasers", index, "article")
            for finding in check_article(teaser.article):
                if finding.code != f"{_P}no-content":
                    yield attrs.evolve(finding, path=path + finding.path.removeprefix(_ROOT))


def check_article(article: Article) -> Iterator[Finding]:
    """Yield the ``model`` profile's findings for ``article``, in field order."""
    yield from _content(article)
    yield from _repeats(
        article.authors, child(_ROOT, "authors"), "duplicate-author", "the author is listed twice"
    )
    yield from _section(article)
    yield from _repeats(
        (image.url for image in article.images),
        child(_ROOT, "images"),
        "duplicate-image",
        "the image is listed twice",
        suffix="url",
    )
    yield from _publisher(article)
    yield from _related(article)
    yield from _comments(article)
    yield from _repeats(
        (keyword.casefold() for keyword in article.keywords),
        child(_ROOT, "keywords"),
        "duplicate-keyword",
        "the keyword is listed twice",
        severity=Severity.INFO,
    )


def _content(article: Article) -> Iterator[Finding]:
    if article.alternative_headline is not None and (
        article.alternative_headline.strip().casefold() == article.headline.strip().casefold()
    ):
        yield _finding(
            Severity.INFO,
            child(_ROOT, "alternative_headline"),
            "alternative-headline-repeats",
            "the alternative headline repeats the headline",
        )
    if not article.body and article.description is None:
        yield _finding(
            Severity.WARNING,
            _ROOT,
            "no-content",
            "the article has neither a body nor a description",
        )


def _repeats(
    values: Iterable[object],
    path: str,
    rule: str,
    message: str,
    *,
    suffix: str | None = None,
    severity: Severity = Severity.WARNING,
) -> Iterator[Finding]:
    seen: dict[object, int] = {}
    for index, value in enumerate(values):
        if value in seen:
            where = child(path, index) if suffix is None else child(path, index, suffix)
            yield _finding(severity, where, rule, f"{message} (first at index {seen[value]})")
        else:
            seen[value] = index


def _section(article: Article) -> Iterator[Finding]:
    if article.section is not None:
        yield from _unlisted(article.portal, article.section, child(_ROOT, "section"))


def _unlisted(portal: Portal | None, section: Section, path: str) -> Iterator[Finding]:
    """A warning where a portal that lists its sections does not list ``section``."""
    if portal is None or not portal.sections:
        return
    listed = set(portal.sections)
    missing = [step.name for step in section.path if step not in listed]
    if missing:
        yield _finding(
            Severity.WARNING,
            path,
            "section-not-in-portal",
            f"the portal {portal.name!r} does not list the section(s) "
            + ", ".join(repr(name) for name in missing),
        )


def _publisher(article: Article) -> Iterator[Finding]:
    portal = article.portal
    if article.publisher and portal and portal.publisher and article.publisher != portal.publisher:
        yield _finding(
            Severity.INFO,
            child(_ROOT, "publisher"),
            "publisher-differs-from-portal",
            f"the publisher {article.publisher.name!r} is not the portal's "
            f"({portal.publisher.name!r})",
        )


def _same_page(url: str) -> str:
    """A URL without its fragment and trailing slash, with scheme and host lowercased."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def _related(article: Article) -> Iterator[Finding]:
    own = {_same_page(url) for url in (article.url, article.canonical_url) if url}
    seen: dict[str, int] = {}
    for index, link in enumerate(article.related):
        if link.url is None:
            continue
        page = _same_page(link.url)
        path = child(_ROOT, "related", index, "url")
        if page in own:
            yield _finding(
                Severity.WARNING,
                path,
                "related-to-self",
                f"the related link {link.title!r} points at the article itself",
            )
        elif page in seen:
            yield _finding(
                Severity.WARNING,
                path,
                "duplicate-related",
                f"the related link {link.title!r} repeats the link at index {seen[page]}",
            )
        else:
            seen[page] = index


def _comments(article: Article) -> Iterator[Finding]:
    published = article.date_published
    ids: dict[str, str] = {}
    stack: list[tuple[Comment, str, Comment | None]] = [
        (comment, child(_ROOT, "comments", index), None)
        for index, comment in reversed(list(enumerate(article.comments)))
    ]
    while stack:
        comment, path, parent = stack.pop()
        if comment.id is not None:
            if comment.id in ids:
                yield _finding(
                    Severity.ERROR,
                    child(path, "id"),
                    "duplicate-comment-id",
                    f"the comment id {comment.id!r} is already used at {ids[comment.id]}",
                )
            else:
                ids[comment.id] = path
        if comment.date is not None:
            if published is not None and earlier(comment.date, published):
                yield _finding(
                    Severity.WARNING,
                    child(path, "date"),
                    "comment-before-publication",
                    f"the comment is dated {comment.date.isoformat()}, before the article "
                    f"was published ({published.isoformat()})",
                )
            elif parent is not None and parent.date is not None and comment.date < parent.date:
                yield _finding(
                    Severity.WARNING,
                    child(path, "date"),
                    "reply-before-comment",
                    f"the reply is dated {comment.date.isoformat()}, before the comment it "
                    f"answers ({parent.date.isoformat()})",
                )
        stack.extend(
            (reply, child(path, "replies", index), comment)
            for index, reply in reversed(list(enumerate(comment.replies)))
        )


def _finding(severity: Severity, path: str, rule: str, message: str) -> Finding:
    return Finding(severity, path, _P + rule, message)

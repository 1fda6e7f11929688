"""What a site adapter tells the ``html`` reader: XPath 1.0 selectors, one per field.

Selectors are plain strings until a page is read; they are evaluated with lxml's XPath,
and an expression lxml rejects becomes a :class:`SiteAdapterError` that names the adapter
and the selector instead of an lxml exception.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeAlias

import attrs
import lxml.html
from lxml import etree

from .. import _checks as check
from ..errors import SiteAdapterError

__all__ = ["Selectors", "SiteAdapterError", "select"]


def _expressions(value: Iterable[str]) -> tuple[str, ...]:
    return check.as_tuple(value)


def _non_blank(value: object) -> str | None:
    return check.text_problem(value, blank_ok=False)


_optional_text = check.text(optional=True)


@attrs.frozen(kw_only=True)
class Selectors:
    """XPath 1.0 expressions that find one site's parts; each is optional.

    Where a selector finds something, the ``html`` reader uses it instead of what it would
    have found by itself; where a selector is ``None`` or finds nothing, the reader's own
    rules apply. Every selector but ``remove`` is evaluated on the whole, untouched page.

    Args:
        body: The element(s) holding the article body; their paragraphs, headings, quotes,
            lists and figures become the body, in page order, with boilerplate inside
            them still left out.
        headline: The element whose text is the headline (the first one found).
        authors: One element per author (its text is the name; a link's ``href`` is
            the author's page). A leading "By" is dropped; repeated names are kept once.
        date_published: The element giving the publication date: its ``datetime`` or
            ``content`` attribute, else its text (ISO 8601 or an unambiguous written day).
        breadcrumbs: The breadcrumb trail; its links become the section path.
        related: The block(s) of links to related articles.
        comments: The comment list (WordPress-style markup inside it is read).
        site_name: The element whose text is the portal's name.
        tagline: The element whose text is the portal's slogan.
        logo: The portal's logo: an ``img`` (or an element holding one).
        remove: Elements to drop before the body is extracted: share bars, author boxes,
            post navigation, anything the reader's own rules keep by mistake.

    Expressions may select attributes or text (``//meta[@name='x']/@content``) for the
    fields read as text; ``body``, ``breadcrumbs``, ``related``, ``comments`` and ``remove``
    must select elements.

    .. versionadded:: 0.1
    """

    body: str | None = attrs.field(default=None, validator=_optional_text)
    headline: str | None = attrs.field(default=None, validator=_optional_text)
    authors: str | None = attrs.field(default=None, validator=_optional_text)
    date_published: str | None = attrs.field(default=None, validator=_optional_text)
    breadcrumbs: str | None = attrs.field(default=None, validator=_optional_text)
    related: str | None = attrs.field(default=None, validator=_optional_text)
    comments: str | None = attrs.field(default=None, validator=_optional_text)
    site_name: str | None = attrs.field(default=None, validator=_optional_text)
    tagline: str | None = attrs.field(default=None, validator=_optional_text)
    logo: str | None = attrs.field(default=None, validator=_optional_text)
    remove: tuple[str, ...] = attrs.field(
        default=(), converter=_expressions, validator=check.items(str, item_problem=_non_blank)
    )


Selectors.__module__ = "newsmodel"

Found: TypeAlias = "lxml.html.HtmlElement | str"


class _Compiled(threading.local):
    """Expressions compiled once per thread (lxml runs one compiled expression on one thread
    at a time): compiling an adapter's long expressions costs a tenth of evaluating them."""

    def __init__(self) -> None:
        self.xpath: Callable[[str], etree.XPath] = functools.lru_cache(maxsize=256)(etree.XPath)


_COMPILED = _Compiled()


def select(
    tree: lxml.html.HtmlElement,
    selectors: Selectors,
    field: str,
    *,
    adapter: str,
    elements_only: bool = False,
) -> list[Found]:
    """Evaluate one selector (or, for ``remove``, each of them) on ``tree``.

    Args:
        tree: The page.
        selectors: The adapter's selectors.
        field: The :class:`Selectors` field to evaluate.
        adapter: The adapter's name, for errors.
        elements_only: Everything selected must be an element.

    Returns:
        The elements and strings found, in document order; empty when the selector is
        unset or finds nothing.

    Raises:
        SiteAdapterError: lxml rejects the expression, or it selects something else than
            elements and strings.
    """
    value: str | tuple[str, ...] | None = getattr(selectors, field)
    expressions = (value,) if isinstance(value, str) else value or ()
    found: list[Found] = []
    for expression in expressions:
        try:
            result: Any = _COMPILED.xpath(expression)(tree)
        except etree.XPathError as error:
            raise SiteAdapterError(
                adapter, f"{expression!r} is not usable XPath 1.0: {error}", selector=field
            ) from error
        for item in result if isinstance(result, list) else [result]:
            if isinstance(item, lxml.html.HtmlElement):
                found.append(item)
            elif isinstance(item, str) and not elements_only:
                found.append(str(item))
            elif not isinstance(item, etree._Element):  # comments are skipped
                kind = "text" if isinstance(item, str) else f"a {type(item).__name__}"
                raise SiteAdapterError(
                    adapter, f"{expression!r} selects {kind}, not elements", selector=field
                )
    return found

"""A portal's front page (its home page or a section front) read into a :class:`Front`.

In order:

1. **Not an article page**: a page the listing rules never take for a listing (see
   :mod:`~newsmodel.readers.html.listing`: ``og:type`` other than ``website``, an
   ``article:published_time``, an ``articleBody``, JSON-LD describing an article at the
   page's address, or a dominant story container; but ``og:type`` where the JSON-LD
   calls the page itself a collection, as SEO plugins' category archives do) is
   refused with a :class:`~newsmodel.ReadError`; so is a page whose text outside its
   teasers (and its navigation, header, footer, asides and forms) is more than 300
   characters longer than theirs, and one showing no teaser that its JSON-LD does not
   call a ``WebSite``, ``CollectionPage`` or ``ItemList``. An input holding no HTML
   element is "not a front" (empty, or no markup); where the links are relative and no
   address was given, the error names that cause instead of calling the page an article
   page; an address that is no absolute http(s) URL is refused as such. A
   ``CollectionPage`` about the page (:mod:`~newsmodel.readers.html.front_jsonld`)
   lists its teasers: their article nodes and its blocks do not count against it.
2. **The portal**: the ``CollectionPage``'s ``WebSite`` with its sections, else a
   ``WebSite`` node, else as an article page's (the site's name and publisher, the
   banner's tagline and logo), else the masthead's link home (its logo's alt text); with
   the section tree of the page's menus (:mod:`~newsmodel.readers.html.navigation`)
   where the markup lists no sections.
3. **The section it fronts**: the ``CollectionPage``'s breadcrumb where it has one; else
   none on the home page (its path is ``/`` or an index file, or it is the portal's
   address); else the last step of its breadcrumbs, else the section at its address,
   else the menu entry marked current (``aria-current``, class ``current`` or
   ``active``). A section the tree holds is that section; where the tree is the menus'
   and the breadcrumb's last step has no link, the tree's section of that name at the
   page's address, else the tree's only one of that name and path.
4. **Blocks** and their teasers' flags: :mod:`~newsmodel.readers.html.front_blocks` and
   :mod:`~newsmodel.readers.html.teaser_labels`.
5. **Title**: the ``CollectionPage``'s ``name``; else ``og:title`` or ``<title>`` without
   the parts naming the portal or its tagline. **Language**: the ``CollectionPage``'s
   ``inLanguage``, else the page's.
6. **Links**: next and previous pages, feeds and sitemaps
   (:mod:`~newsmodel.readers.html.front_links`).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs
import lxml.html
import lxml.html.defs

from ..._checks import text_problem, url_problem
from ..._from_schemaorg import json_objects, node_types, site_of
from ..._front import Front
from ..._model import Portal, Section
from ..._urls import home_page, linked_url
from ..._whitespace import collapse
from ...errors import InvalidValueError, ReadError, ReadWarning
from .front_blocks import (
    HEADING_CHARS_MAX,
    described_blocks,
    listed_count,
    page_blocks,
    shown_count,
    shown_flags,
    teaser_cards,
)
from .front_jsonld import DescribedFront, described_front
from .front_links import feed_links, pagination, sitemap_links
from .listing import (
    DOMINANT_STORY,
    TeaserCard,
    article_evidence,
    calls_itself,
    find_teasers,
    jsonld_articles,
    longest_story,
)
from .navigation import SectionTree, is_home, may_be_home, section_tree
from .page import Page
from .portal import breadcrumb_trail, image_at, portal_described, site_tagline
from .vocabulary import UTILITY_LINK_TEXT

__all__ = ["front_of"]

_WEBSITE = frozenset({"WebSite"})
_FRONT_TYPES = frozenset({"WebSite", "CollectionPage", "ItemList", "SearchResultsPage"})
_COLLECTIONS = frozenset({"CollectionPage", "SearchResultsPage"})
_LISTING_PAGES = _COLLECTIONS | {"WebPage"}
_NOT_STORY = frozenset(
    {"nav", "footer", "aside", "form", "menu", "script", "style", "noscript", "template", "svg"}
)
# Text a front may show besides its teasers, past as much as they hold: an introduction,
# block headings, a "load more" button.
_TEXT_BESIDE_TEASERS = 300
# the elements of HTML but those the parser puts around any text
_HTML_TAGS = frozenset(lxml.html.defs.tags) - {"html", "head", "body"}
_TITLE_PARTS = re.compile(r"\s+[|–—:-]\s+")
_CURRENT = re.compile(r"(?:^|\s)(?:current|active|is-active|current-menu-item)(?:$|\s)")


def front_of(page: Page, metadata: Mapping[str, Any], name: str) -> Front:
    """The front a page shows, by the rules in the module docstring.

    Args:
        page: The parsed page.
        metadata: The page's resolved metadata (``portal``, ``site_name``, ``language``).
        name: The input's name, for the error.

    Raises:
        ReadError: The page is an article page, or not a front; or the address it was
            given is not an absolute http(s) URL.
    """
    problem = url_problem(page.url) if page.url is not None else None
    if problem is not None:
        raise ReadError(
            f"the address given for it (url=, or --url), {page.url!r}, {problem}",
            format="html",
            source=name,
        )
    base = page.url or next(iter(page.addresses), None)
    body = page.tree.find("body")
    _refuse_no_markup(page, name)
    described = described_front(page, base)
    _refuse_article(page, body, base, name, described)
    base = base or (described.url if described is not None else None)
    portal = described.portal if described is not None else None
    read_menus = portal is None or not portal.sections
    if portal is not None and portal.sections:
        sections = SectionTree.of(portal.sections)
    else:
        if portal is None:
            portal = _portal(page, metadata, base, described_only=described is not None)
        home = portal.url if portal and portal.url else (home_page(base) if base else None)
        sections = section_tree(page.tree, page.jsonld, base, home)
        if portal is not None:
            portal = attrs.evolve(portal, sections=_with_known(portal.sections, sections))
    home = portal.url if portal and portal.url else (home_page(base) if base else None)
    cards = teaser_cards(page, body, base, sections)
    if described is None or not described.blocks:
        _refuse_story(page, body, cards, name, has_base=base is not None)
    blocks = page_blocks(page, body, cards, base=base, sections=sections, portal=portal)
    if (
        described
        and described.blocks
        and listed_count(described) >= shown_count(blocks, described)
    ):
        flags = shown_flags(page, body, cards, base)
        blocks = described_blocks(described.blocks, flags, portal)
    following, preceding = pagination(page, base)
    section = described.section if described else _fronted(page, base, home, sections)
    if read_menus:  # the described tree and section are taken as written
        section = _in_tree(section, sections, page)
    language = metadata.get("language")
    if described is not None and described.language is not None:
        language = described.language
    fields: dict[str, Any] = {
        "url": base,
        "portal": portal,
        "section": section,
        "title": described.title if described is not None else _title(page, portal),
        "language": language if isinstance(language, str) else None,
        "blocks": blocks,
        "next_page": following,
        "previous_page": preceding,
        "feeds": feed_links(page, base),
        "sitemaps": sitemap_links(page, base),
    }
    try:
        return Front(**fields)
    except InvalidValueError as error:
        if error.field != "language":
            raise
        return Front(**{**fields, "language": None})  # a tag BCP 47 does not allow


def _refuse_no_markup(page: Page, name: str) -> None:
    """Raise for an input holding no HTML element (empty, plain text, random bytes):
    whatever it is, it is no page, and calling it an article page would mislead."""
    if any(
        isinstance(element.tag, str) and element.tag in _HTML_TAGS for element in page.tree.iter()
    ):
        return
    what = "holds no HTML markup" if page.tree.text_content().strip() else "is empty"
    raise ReadError(f"{name} is not a front: it {what}", format="html")


def _refuse_article(
    page: Page,
    body: lxml.html.HtmlElement | None,
    base: str | None,
    name: str,
    described: DescribedFront | None,
) -> None:
    """Raise where the listing rules say the page is never a listing (rule 1); the
    articles a ``CollectionPage`` about the page lists are its teasers, not the page."""
    reason = article_evidence(page, jsonld=described is None, og_type=not _a_listing_page(page))
    if reason is None and body is not None:
        listed = list(find_teasers(body, base, set(page.own)))
        story, _ = longest_story(body, {id(part) for card in listed for part in card.parts})
        if story >= DOMINANT_STORY:
            reason = f"one container holds {story} characters of story"
    if reason is not None:
        raise ReadError(f"{name} is an article page, not a front: {reason}", format="html")


def _a_listing_page(page: Page) -> bool:
    """Whether the page's JSON-LD says the page itself, at its address, is a collection
    (a ``CollectionPage``, or a ``WebPage`` whose main entity is an ``ItemList``): a
    word that outweighs its ``og:type``, which SEO plugins set to ``article`` on
    category and tag archives."""
    if not page.own:
        return False
    _, graph = page.jsonld_nodes()
    for node in json_objects(page.jsonld):
        kinds = node_types(node)
        if not kinds & _LISTING_PAGES or not page.describes(node):
            continue
        if kinds & _COLLECTIONS:
            return True
        entity = node.get("mainEntity")
        if isinstance(entity, dict) and isinstance(entity.get("@id"), str):
            entity = graph.get(entity["@id"], entity)
        if isinstance(entity, dict) and "ItemList" in node_types(entity):
            return True
    return False


def _refuse_story(
    page: Page,
    body: lxml.html.HtmlElement | None,
    cards: list[TeaserCard],
    name: str,
    *,
    has_base: bool,
) -> None:
    """Raise where the page's text outside its teasers outweighs them, or where it shows
    no teaser and does not call itself a front (rule 1)."""
    in_cards = {part for card in cards for part in card.parts}
    story = _story_text(body, in_cards) if body is not None else 0
    shown = sum(card.length for card in cards)
    # without an address, relative links make no teasers: the likely cause, not the page
    hint = "" if has_base or not _relative_links(body) else _RELATIVE_HINT
    if story > shown + _TEXT_BESIDE_TEASERS:
        what = "not a front" if hint else "an article page, not a front"
        raise ReadError(
            f"{name} is {what}: it shows {story} characters of text outside its teasers, "
            f"which hold {shown}{hint}",
            format="html",
        )
    if not cards and not calls_itself(page, _FRONT_TYPES):
        _, by_id = page.jsonld_nodes()
        if not any(a is not None for a in jsonld_articles(page, by_id, None, shown=True)):
            raise ReadError(f"{name} is not a front: it shows no teasers{hint}", format="html")


_RELATIVE_HINT = (
    "; its links are relative and no address was given to resolve them against "
    "(pass url=, or --url on the command line)"
)


def _relative_links(body: lxml.html.HtmlElement | None) -> bool:
    """Whether the page links by relative addresses (which no teaser can hold without
    the page's own address)."""
    if body is None:
        return False
    return any(
        not href.startswith(("http://", "https://", "//", "#", "mailto:", "javascript:"))
        for href in body.xpath("/descendant::a/@href[string-length(.) > 0]")
    )


def _story_text(body: lxml.html.HtmlElement, in_cards: set[lxml.html.HtmlElement]) -> int:
    """Characters of visible text outside teasers, navigation, the page's header, footers,
    asides and forms, whatever the page names its boxes."""
    total = 0
    stack = [body]
    while stack:
        element = stack.pop()
        if element is not body:
            total += len((element.tail or "").strip())
        if not isinstance(element.tag, str) or element.tag in _NOT_STORY or element in in_cards:
            continue
        if element.tag == "header" and not any(
            a.tag in ("main", "article") for a in element.iterancestors()
        ):
            continue
        total += len((element.text or "").strip())
        stack.extend(element)
    return total


def _portal(
    page: Page, metadata: Mapping[str, Any], base: str | None, *, described_only: bool = False
) -> Portal | None:
    """The portal a JSON-LD ``WebSite`` describes (the one at the site's home page
    first), else (but with ``described_only``) the one the page's metadata gives, else
    the masthead's."""
    nodes, graph = page.jsonld_nodes(_WEBSITE)
    home = home_page(base) if base else None
    for node in sorted(nodes, key=lambda node: linked_url(node.get("url"), base) != home):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ReadWarning)
                described = site_of({"isPartOf": node}, graph, base)
        except ValueError:
            continue
        if described is not None:
            site_name = metadata.get("site_name")
            return portal_described(
                described, site_name if isinstance(site_name, str) else None, base, page.tree
            )
    if described_only:
        return None
    portal = metadata.get("portal")
    if isinstance(portal, Portal):
        return portal
    return _masthead(page.tree, base, home)


def _masthead(tree: lxml.html.HtmlElement, base: str | None, home: str | None) -> Portal | None:
    """The portal a page names only in its masthead: the first link to the home page
    that shows a name (its logo's alt text, or its own text but "Home"), with the tagline
    the page marks up (a WordPress theme's ``.site-description``)."""
    if home is None:
        return None
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        if not may_be_home(href, home):
            continue  # told at a glance: pages hold many links, each costly to resolve
        address = linked_url(href, base)
        if address is None or not is_home(address, home):
            continue
        logo = next(link.iter("img"), None)
        name = collapse(logo.get("alt") or "") if logo is not None else ""
        name = name or collapse(link.text_content())
        if (
            name
            and len(name) <= HEADING_CHARS_MAX
            and not UTILITY_LINK_TEXT.match(name)
            and not text_problem(name, blank_ok=False)
        ):
            image = image_at(logo, base) if logo is not None else None
            return Portal(name, url=home, tagline=site_tagline(tree, name, base), logo=image)
    return None


def _with_known(described: tuple[Section, ...], read: SectionTree) -> tuple[Section, ...]:
    """The sections the markup describes, then those the menus show."""
    known = set(described)
    return described + tuple(s for s in read.sections if s not in known)


def _title(page: Page, portal: Portal | None) -> str | None:
    """The page's title (``og:title``, else ``<title>``) without the parts naming the
    portal or giving its tagline; None when nothing else is left. Not the JSON-LD's: its
    article nodes are the teasers'."""
    headline = page.meta("og:title") or collapse(page.tree.findtext(".//title") or "")
    if not headline or text_problem(headline, blank_ok=False):
        return None
    known = {portal.name.casefold(), (portal.tagline or "").casefold()} if portal else set()
    pieces = _TITLE_PARTS.split(headline)
    kept = [index for index, part in enumerate(pieces) if part.casefold() not in known]
    if len(kept) == len(pieces):
        return headline  # a title naming neither, whatever its dashes
    if not kept:
        return None
    if kept == list(range(kept[0], kept[-1] + 1)):  # one run: as written, separators too
        starts = [0] + [match.end() for match in _TITLE_PARTS.finditer(headline)]
        return headline[starts[kept[0]] : starts[kept[-1]] + len(pieces[kept[-1]])]
    return " – ".join(pieces[index] for index in kept)


def _in_tree(section: Section | None, sections: SectionTree, page: Page) -> Section | None:
    """The tree's section for one a breadcrumb names without a link (SEO plugins leave
    the current step unlinked): the section of that name (and path) at the page's
    address, else the only one of that name and path in the tree."""
    if section is None or section.url is not None:
        return section
    names = [step.name.casefold() for step in section.path]

    def named(candidate: Section) -> bool:
        return [step.name.casefold() for step in candidate.path][-len(names) :] == names

    for address in page.addresses:
        found = sections.find(address)
        if found is not None and named(found):
            return found
    matches = [candidate for candidate in sections.sections if named(candidate)]
    return matches[0] if len(matches) == 1 else section


def _fronted(
    page: Page, base: str | None, home: str | None, sections: SectionTree
) -> Section | None:
    """The section the front is the front of (rule 3 of the module docstring)."""
    if base is None or not urlsplit(base).path.strip("/"):
        return None
    if home is not None and is_home(base, home):
        return None
    trail = breadcrumb_trail(page)
    found = trail.section(None) if trail is not None else None
    if found is not None:
        return sections.find(found.url) or found
    for address in page.addresses:
        found = sections.find(address)
        if found is not None:
            return found
    for link in page.tree.iter("a"):
        item = link.getparent()
        marked = link.get("aria-current") in ("page", "true") or _CURRENT.search(
            f"{link.get('class') or ''} {(item.get('class') or '') if item is not None else ''}"
        )
        if marked:
            found = sections.find(linked_url(link.get("href"), base))
            if found is not None:
                return found
    return None

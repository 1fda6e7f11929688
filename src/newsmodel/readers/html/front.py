"""A portal's front page (its home page or a section front) read into a :class:`Front`.

In order:

1. **Not an article page**: a page the listing rules never take for a listing (see
   :mod:`~newsmodel.readers.html.listing`: ``og:type`` other than ``website``, an
   ``article:published_time``, an ``articleBody``, JSON-LD describing an article at the
   page's address, or a dominant story container) is refused with a
   :class:`~newsmodel.ReadError`.
2. **The portal**: as an article page's (a JSON-LD ``WebSite``, else the site's name and
   publisher, the banner's tagline and logo), with the section tree of its menus
   (:mod:`~newsmodel.readers.html.navigation`).
3. **The section it fronts**: none on the home page (its path is ``/`` or it is the
   portal's address); else the last step of its breadcrumbs, else the section at its
   address, else the menu entry marked current (``aria-current``, class ``current`` or
   ``active``). A section the tree holds is that section.
4. **Blocks**: the page's teasers by the listing rules, but also in rails and asides
   ("Most read"; advertising, recommendation engines, sign-up boxes and navigation stay
   out), and not the links of the section tree. A teaser belongs to the nearest heading
   (``h2``-``h6``, not a teaser's) whose container holds it: its block's heading, and the
   section the heading links to. Teasers under no heading make blocks without one.
   Where the page shows no teaser, the articles of its JSON-LD (``ItemList``,
   ``CollectionPage``) make one block.
5. **Flags**: a teaser holding a label (an element classed ``live`` or ``breaking``, or
   whose whole text is such a label in one of several languages, or a headline opening
   with one before a colon) is flagged :attr:`~newsmodel.TeaserFlag.LIVE` or
   :attr:`~newsmodel.TeaserFlag.BREAKING`; the label is taken off the headline.
6. **Links**: next and previous pages, feeds and sitemaps
   (:mod:`~newsmodel.readers.html.front_links`).

Each teaser's article carries the portal. Past :data:`~newsmodel.limits.FRONT_MAX_TEASERS`
teasers the rest are left out with a :class:`~newsmodel.ReadWarning`.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs
import lxml.html
from lxml import etree

from ... import limits
from ..._checks import text_problem
from ..._from_schemaorg import json_objects, node_types, site_of
from ..._front import Front, FrontBlock, Teaser, TeaserFlag
from ..._model import Portal, Section
from ..._urls import bare_address, home_page, linked_url
from ..._whitespace import collapse
from ...errors import ReadError, ReadWarning
from ._names import AnyCase
from .front_jsonld import DescribedBlock, DescribedFront, described_front
from .front_links import feed_links, pagination, sitemap_links
from .listing import (
    DOMINANT_STORY,
    Furniture,
    TeaserCard,
    article_evidence,
    card_article,
    find_teasers,
    jsonld_articles,
    longest_story,
)
from .navigation import SectionTree, section_tree
from .page import Page
from .portal import breadcrumb_trail, image_at, portal_described
from .vocabulary import (
    BREAKING_LABEL,
    COMMENT_SECTION,
    FRONT_FURNITURE,
    LIVE_LABEL,
    UTILITY_LINK_TEXT,
    class_words,
)

__all__ = ["front_of"]

_WEBSITE = frozenset({"WebSite"})
_FRONT_TYPES = frozenset({"WebSite", "CollectionPage", "ItemList", "SearchResultsPage"})
_NOT_STORY = frozenset(
    {"nav", "footer", "aside", "form", "menu", "script", "style", "noscript", "template", "svg"}
)
# Text a front may show besides its teasers, past as much as they hold: an introduction,
# block headings, a "load more" button.
_TEXT_BESIDE_TEASERS = 300
_FRONT_FURNITURE = Furniture(frozenset({"nav", "menu", "form", "footer"}), FRONT_FURNITURE)
_BLOCK_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "b", "strong"})
_HEADING_CHARS_MAX = 100
_REGIONS = frozenset({"section", "aside", "div", "ul", "ol"})
# a heading's container may hold this much text besides the heading ("More »") and
# still be only its wrapper
_WRAPPER_EXTRA = 40
_LIVE_CLASS = AnyCase(class_words(("live", "live-?blog", "liveticker", "live-?now")))
_BREAKING_CLASS = AnyCase(class_words(("breaking", "breaking-?news", "eilmeldung")))
_LABEL_TAGS = frozenset({"span", "strong", "em", "b", "i", "mark", "small", "div", "p", "abbr"})
_OPENING_LABEL = re.compile(r"^([^:|–—]{2,30}?)\s*[:|–—]\s+(?=\S)")
_INDEX_FILE = re.compile(r"/(?:index|default|home)\.(?:html?|php|aspx?|jsp|shtml)$", re.I)
_TITLE_PARTS = re.compile(r"\s+[|–—:-]\s+")
_CURRENT = re.compile(r"(?:^|\s)(?:current|active|is-active|current-menu-item)(?:$|\s)")


def front_of(page: Page, metadata: Mapping[str, Any], name: str) -> Front:
    """The front a page shows, by the rules in the module docstring.

    Args:
        page: The parsed page.
        metadata: The page's resolved metadata (``portal``, ``language``, ``headline``).
        name: The input's name, for the error.

    Raises:
        ReadError: The page is an article page.
    """
    base = page.url or next(iter(page.addresses), None)
    body = page.tree.find("body")
    described = described_front(page, base)
    _refuse_article(page, body, base, name, described)
    base = base or (described.url if described is not None else None)
    portal = described.portal if described is not None else None
    if portal is not None and portal.sections:
        sections = SectionTree.of(portal.sections)
    else:
        portal = portal or _portal(page, metadata, base)
        home = portal.url if portal and portal.url else (home_page(base) if base else None)
        sections = section_tree(page.tree, page.jsonld, base, home)
        if portal is not None:
            portal = attrs.evolve(portal, sections=_with_known(portal.sections, sections))
    home = portal.url if portal and portal.url else (home_page(base) if base else None)
    cards = _cards(page, body, base, sections)
    if described is None or not described.blocks:
        _refuse_story(page, body, cards, name)
    blocks = _blocks(page, body, cards, base=base, sections=sections, portal=portal)
    if described is not None and described.blocks and _listed(described) >= _shown(blocks):
        flags = _shown_flags(page, body, cards, base)
        blocks = _described_blocks(described.blocks, flags, portal)
    following, preceding = pagination(page, base)
    language = metadata.get("language")
    if described is not None and described.language is not None:
        language = described.language
    section = described.section if described is not None else None
    return Front(
        url=base,
        portal=portal,
        section=section or _fronted(page, base, home, sections),
        title=described.title if described is not None else _title(page, portal),
        language=language if isinstance(language, str) else None,
        blocks=blocks,
        next_page=following,
        previous_page=preceding,
        feeds=feed_links(page, base),
        sitemaps=sitemap_links(page, base),
    )


def _listed(described: DescribedFront) -> int:
    return sum(len(block.articles) for block in described.blocks or ())


def _shown(blocks: list[FrontBlock]) -> int:
    return sum(len(block.teasers) for block in blocks)


def _described_blocks(
    described: tuple[DescribedBlock, ...],
    shown: dict[str, list[tuple[TeaserFlag, ...]]],
    portal: Portal | None,
) -> list[FrontBlock]:
    """The blocks of the page's JSON-LD, each teaser flagged as the page shows it (the
    flags of the teasers linking its address, in page order), with the front's portal
    where it names none of its own."""
    blocks = []
    for block in described:
        teasers = []
        for listed, named in zip(block.articles, block.has_portal, strict=True):
            flags = shown.get(listed.url or "", [])
            article = listed if named else attrs.evolve(listed, portal=portal)
            teasers.append(Teaser(article, flags=flags.pop(0) if flags else ()))
        blocks.append(FrontBlock(teasers, heading=block.heading, section=block.section))
    return blocks


def _shown_flags(
    page: Page, body: lxml.html.HtmlElement | None, cards: list[TeaserCard], base: str | None
) -> dict[str, list[tuple[TeaserFlag, ...]]]:
    """The flags the page shows, by the address they are shown with, in page order: of
    the elements giving them in ``data-flags`` where it has any, else of its teasers'
    labels."""
    found: dict[str, list[tuple[TeaserFlag, ...]]] = {}
    if body is None:
        return found
    marked = body.xpath("/descendant::*[@data-flags]")
    for element in marked:
        link = next((a for a in element.iter("a") if a.get("href")), None)
        url = linked_url(link.get("href"), base) if link is not None else None
        flags = []
        for word in (element.get("data-flags") or "").split():
            with contextlib.suppress(ValueError):
                flags.append(TeaserFlag(word))
        if url is not None:
            found.setdefault(url, []).append(tuple(dict.fromkeys(flags)))
    if marked:
        return found
    for card in cards:
        held = card_article(card, base)
        if held is not None and held.url is not None:
            found.setdefault(held.url, []).append(tuple(_flags_of(card, held.headline)[0]))
    return found


def _refuse_article(
    page: Page,
    body: lxml.html.HtmlElement | None,
    base: str | None,
    name: str,
    described: DescribedFront | None,
) -> None:
    """Raise where the listing rules say the page is never a listing (rule 1); the
    articles a ``CollectionPage`` about the page lists are its teasers, not the page."""
    reason = article_evidence(page, jsonld=described is None)
    if reason is None and body is not None:
        listed = list(find_teasers(body, base, set(page.own)))
        story, _ = longest_story(body, {id(part) for card in listed for part in card.parts})
        if story >= DOMINANT_STORY:
            reason = f"one container holds {story} characters of story"
    if reason is not None:
        raise ReadError(f"{name} is an article page, not a front: {reason}", format="html")


def _refuse_story(
    page: Page, body: lxml.html.HtmlElement | None, cards: list[TeaserCard], name: str
) -> None:
    """Raise where the page's text outside its teasers outweighs them, or where it shows
    no teaser and does not call itself a front (rule 1)."""
    in_cards = {part for card in cards for part in card.parts}
    story = _story_text(body, in_cards) if body is not None else 0
    shown = sum(card.length for card in cards)
    if story > shown + _TEXT_BESIDE_TEASERS:
        raise ReadError(
            f"{name} is an article page, not a front: it shows {story} characters of text "
            f"outside its teasers, which hold {shown}",
            format="html",
        )
    if not cards and not _calls_itself_a_front(page):
        _, by_id = page.jsonld_nodes()
        if not any(a is not None for a in jsonld_articles(page, by_id, None)):
            raise ReadError(
                f"{name} is an article page, not a front: it shows no teasers", format="html"
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


def _calls_itself_a_front(page: Page) -> bool:
    """Whether the page's JSON-LD calls the page (or a page at no address) a web site, a
    collection or a list."""
    for node in json_objects(page.jsonld):
        if node_types(node) & _FRONT_TYPES and (
            not page.own or not page.addresses_of(node) or page.describes(node)
        ):
            return True
    return False


def _portal(page: Page, metadata: Mapping[str, Any], base: str | None) -> Portal | None:
    """The portal a JSON-LD ``WebSite`` describes (the one at the site's home page
    first), else the one the page's metadata gives."""
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
    portal = metadata.get("portal")
    if isinstance(portal, Portal):
        return portal
    return _masthead(page.tree, base, home)


def _masthead(tree: lxml.html.HtmlElement, base: str | None, home: str | None) -> Portal | None:
    """The portal a page names only in its masthead: the first link to the home page
    that shows a name (its logo's alt text, or its own text but "Home")."""
    if home is None:
        return None
    for link in tree.iter("a"):
        address = linked_url(link.get("href"), base)
        if address is None or not _is_home(address, home):
            continue
        logo = next(link.iter("img"), None)
        name = collapse(logo.get("alt") or "") if logo is not None else ""
        name = name or collapse(link.text_content())
        if (
            name
            and len(name) <= _HEADING_CHARS_MAX
            and not UTILITY_LINK_TEXT.match(name)
            and not text_problem(name, blank_ok=False)
        ):
            image = image_at(logo, base) if logo is not None else None
            return Portal(name, url=home, logo=image)
    return None


def _is_home(address: str, home: str) -> bool:
    """Whether an address is the home page, or its index file ("/index.html")."""
    bare = _INDEX_FILE.sub("", bare_address(address))
    return bare == bare_address(home)


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
    parts = [part for part in _TITLE_PARTS.split(headline) if part.casefold() not in known]
    if len(parts) == len(_TITLE_PARTS.split(headline)):
        return headline  # a title naming neither, whatever its dashes
    return " – ".join(parts) or None


def _fronted(
    page: Page, base: str | None, home: str | None, sections: SectionTree
) -> Section | None:
    """The section the front is the front of (rule 3 of the module docstring)."""
    if base is None or not urlsplit(base).path.strip("/"):
        return None
    if home is not None and _is_home(base, home):
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


def _cards(
    page: Page, body: lxml.html.HtmlElement | None, base: str | None, sections: SectionTree
) -> list[TeaserCard]:
    """The front's teasers (rule 4), at most :data:`~newsmodel.limits.FRONT_MAX_TEASERS`."""
    if body is None:
        return []
    not_teasers = frozenset(sections.by_address)
    cards = list(
        find_teasers(
            body,
            base,
            set(page.own),
            furniture=_FRONT_FURNITURE,
            not_teasers=not_teasers,
            bold_headlines=True,
            headed_regions=True,
        )
    )
    if len(cards) > limits.FRONT_MAX_TEASERS:
        warnings.warn(
            f"left out the front's teasers past {limits.FRONT_MAX_TEASERS} "
            "(newsmodel.limits.FRONT_MAX_TEASERS)",
            ReadWarning,
            stacklevel=5,
        )
        cards = cards[: limits.FRONT_MAX_TEASERS]
    return cards


def _blocks(
    page: Page,
    body: lxml.html.HtmlElement | None,
    cards: list[TeaserCard],
    *,
    base: str | None,
    sections: SectionTree,
    portal: Portal | None,
) -> list[FrontBlock]:
    blocks: list[FrontBlock] = []
    for heading, group in _grouped(body, cards) if body is not None else ():
        teasers = _unique(
            t for t in (_teaser(card, base, portal, sections) for card in group) if t
        )
        if not teasers:
            continue
        title, section = _heading(heading, base, sections)
        blocks.append(FrontBlock(teasers, heading=title, section=section))
    if not blocks:
        _, by_id = page.jsonld_nodes()
        articles = [a for a in jsonld_articles(page, by_id, base) if a is not None]
        teasers = _unique(Teaser(attrs.evolve(a, portal=portal)) for a in articles)
        if teasers:
            blocks.append(FrontBlock(teasers))
    return blocks


def _unique(teasers: Iterable[Teaser]) -> list[Teaser]:
    seen: set[str] = set()
    kept = []
    for teaser in teasers:
        url = teaser.article.url
        if url is not None:
            if bare_address(url) in seen:
                continue
            seen.add(bare_address(url))
        kept.append(teaser)
    return kept


def _grouped(
    body: lxml.html.HtmlElement, cards: list[TeaserCard]
) -> Iterator[tuple[lxml.html.HtmlElement | None, list[TeaserCard]]]:
    """The teasers in runs under one heading each (or none), in page order: one walk of
    the page, with the headings whose containers are open on a stack."""
    starts = {card.parts[0]: card for card in cards}
    in_cards = {part for card in cards for part in card.parts}
    holding = _holding(cards)
    open_headings: list[tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]] = []
    heading: lxml.html.HtmlElement | None = None
    group: list[TeaserCard] = []
    inside_card = 0
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "end":
            if element in in_cards:
                inside_card -= 1
            while open_headings and open_headings[-1][1] is element:
                open_headings.pop()
            continue
        card = starts.get(element)
        if card is not None:
            current = open_headings[-1][0] if open_headings else None
            if group and current is not heading:
                yield heading, group
                group = []
            heading = current
            group.append(card)
        if element in in_cards:
            inside_card += 1
        elif not inside_card and element.tag in _BLOCK_HEADINGS:
            scope = _scope(element, holding)
            if scope is not None:
                open_headings.append((element, scope))
        elif not inside_card and element in holding and _region_label(element):
            open_headings.append((element, element))  # a region named by its aria-label
    if group:
        yield heading, group


def _region_label(element: lxml.html.HtmlElement) -> str | None:
    """The name a region holding teasers gives itself (``<section aria-label>``)."""
    if element.tag not in _REGIONS:
        return None
    label = collapse(element.get("aria-label") or "")
    if not label or len(label) > _HEADING_CHARS_MAX or text_problem(label, blank_ok=False):
        return None
    return label


def _holding(cards: list[TeaserCard]) -> set[lxml.html.HtmlElement]:
    """The elements that hold a teaser (each element's ancestors looked at once)."""
    found: set[lxml.html.HtmlElement] = set()
    for card in cards:
        for ancestor in card.parts[0].iterancestors():
            if ancestor in found:
                break
            found.add(ancestor)
    return found


def _scope(
    heading: lxml.html.HtmlElement, holding: set[lxml.html.HtmlElement]
) -> lxml.html.HtmlElement | None:
    """The container a block heading heads: the nearest element around it that holds a
    teaser, through wrappers that hold little but the heading; None for a heading of
    something else (a text box, a form) or one in the page's furniture."""
    text = collapse(heading.text_content())
    if not text or len(text) > _HEADING_CHARS_MAX:
        return None
    for ancestor in heading.iterancestors():
        if ancestor.tag in _FRONT_FURNITURE.tags or _furniture(ancestor):
            return None
        if ancestor in holding:
            return ancestor
        if ancestor.tag in ("body", "main") or (
            len(collapse(ancestor.text_content())) > len(text) + _WRAPPER_EXTRA
        ):
            return None
    return None


def _furniture(element: lxml.html.HtmlElement) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and (
        FRONT_FURNITURE.found_in(names) or COMMENT_SECTION.found_in(names)
    )


def _heading(
    heading: lxml.html.HtmlElement | None, base: str | None, sections: SectionTree
) -> tuple[str | None, Section | None]:
    """A block heading's text, and the section it links to; a region's label."""
    if heading is None:
        return None, None
    if heading.tag not in _BLOCK_HEADINGS:
        return _region_label(heading), None
    text = collapse(heading.text_content())
    title = text if text and not text_problem(text, blank_ok=False) else None
    link = next((a for a in heading.iter("a") if a.get("href")), None)
    if link is None:
        link = next((a for a in heading.iterancestors("a") if a.get("href")), None)
    url = linked_url(link.get("href"), base) if link is not None else None
    section = sections.find(url)
    if section is None and url is not None and title is not None:
        section = Section(title, url=url)
    return title, section


def _teaser(
    card: TeaserCard, base: str | None, portal: Portal | None, sections: SectionTree
) -> Teaser | None:
    """A teaser card's article and flags, its label taken off its headline; its section
    the tree's where the tree has it."""
    article = card_article(card, base)
    if article is None:
        return None
    flags, headline = _flags_of(card, article.headline)
    fields: dict[str, Any] = {"portal": portal}
    if article.section is not None:
        fields["section"] = sections.find(article.section.url) or article.section
    if headline != article.headline and headline and not text_problem(headline, blank_ok=False):
        fields["headline"] = headline
    return Teaser(attrs.evolve(article, **fields), flags=flags)


def _flags_of(card: TeaserCard, headline: str) -> tuple[list[TeaserFlag], str]:
    """A teaser's flags, and its headline without their labels."""
    flags: list[TeaserFlag] = []
    for element in _labels(card):
        label = collapse(element.text_content())
        flag = _flag(element, label)
        if flag is not None and flag not in flags:
            flags.append(flag)
            headline = _without(headline, label)
    opening = _OPENING_LABEL.match(headline)
    if opening is not None:
        flag = _label_flag(opening.group(1))
        if flag is not None:
            if flag not in flags:
                flags.append(flag)
            headline = headline[opening.end() :]
    return flags, headline


def _labels(card: TeaserCard) -> Iterator[lxml.html.HtmlElement]:
    for element in card.iter():
        if isinstance(element.tag, str) and (
            element.tag in _LABEL_TAGS or (element.tag == "a" and element is not card.link)
        ):
            yield element
        elif element in card.parts and isinstance(element.tag, str):
            yield element  # the card itself may be classed live


def _flag(element: lxml.html.HtmlElement, label: str) -> TeaserFlag | None:
    names = element.get("class") or ""
    if len(label) <= 30:
        by_text = _label_flag(label)
        if by_text is not None:
            return by_text
    if names and _LIVE_CLASS.found_in(names):
        return TeaserFlag.LIVE
    if names and _BREAKING_CLASS.found_in(names):
        return TeaserFlag.BREAKING
    return None


def _label_flag(text: str) -> TeaserFlag | None:
    if LIVE_LABEL.match(text):
        return TeaserFlag.LIVE
    if BREAKING_LABEL.match(text):
        return TeaserFlag.BREAKING
    return None


def _without(headline: str, label: str) -> str:
    """The headline without a label at its start or end (and the punctuation beside it)."""
    if label and label != headline and len(label) <= 30:
        if headline.startswith(label):
            return headline[len(label) :].lstrip(" :|–—-")
        if headline.endswith(label):
            return headline[: -len(label)].rstrip(" :|–—-")
    return headline

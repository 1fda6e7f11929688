"""The ``text-capture`` template: an article page as "select all, copy" gives it.

Blocks of text separated by blank lines, like the seed capture of a WordPress news theme:
a section label, the headline, the paragraphs (the first opening with a dateline,
"Damascus – ..."), then the portal's furniture: "More News articles on DZWatch",
"DZWatch – Your News Portal", "Related Articles" with their titles, "Leave a Reply",
"Back to top button". Which furniture lines appear, and in which of the wordings other
portals use, follows the layout and the article.

A capture keeps text only, so the truth is the article less what text cannot carry:
no addresses but the page's own, no structured data, no dates or authors (the themes
copied here print them as icons and links the copy drops), no comment threads (only
whether the reply form is there). Every body block becomes the paragraph a reader sees.
"""

from __future__ import annotations

import zlib

from .._model import (
    Article,
    Block,
    Figure,
    ListBlock,
    Paragraph,
    Portal,
    Related,
    RelatedKind,
    Section,
)
from .._textformat import (
    closes_a_list,
    furniture_kind,
    is_label,
    is_page_footer,
    is_rank,
    is_stamp,
    is_title,
    reads_as_copy,
)
from .._whitespace import collapse
from ..writers._locale import furniture as furniture_words
from .chrome import chrome
from .page import Furniture, Layout, PageSample, RenderedPage

__all__ = ["FURNITURE", "TEMPLATE", "render"]

TEMPLATE = "text-capture"
FURNITURE = frozenset(
    {
        Furniture.NAVIGATION,
        Furniture.SHARE_BAR,
        Furniture.RELATED,
        Furniture.NEWSLETTER,
        Furniture.COMMENTS,
        Furniture.FOOTER,
    }
)
"""The furniture a capture can show: lines of text. A copy keeps no breadcrumb trail,
rail or cookie banner a reader could tell from the story's lines."""

# How a name and tagline line is set; the wordings of the other furniture lines are the
# language's (chrome.py), in the variants different portals use; the text reader reads
# each.
_NAME_AND_TAGLINE = ("{portal} – {tagline}", "{portal} | {tagline}")
# Share buttons whose label is the network's name in every language.
_NETWORKS = ("Facebook", "WhatsApp", "Telegram")


def render(article: Article, layout: Layout) -> PageSample[Article]:
    """The capture of ``article``'s page at ``layout.url``, and what a reader can know.

    The wordings are chosen from the headline, so one article always renders the same.
    ``page.furniture`` is the furniture the capture shows: what the layout asks for and
    the article has (a related title, a portal's tagline, open or closed comments...).
    """
    pick = zlib.crc32(article.headline.encode("utf-8", "surrogatepass"))
    words = chrome(article.language or layout.language)
    body = _visible_body(article.body)
    headline = collapse(article.headline)
    dateline = None
    # A dateline opens copy only: over a line of no sentence ("0") it would read as
    # the portal's "Name – Tagline".
    if body and article.dateline and _fits_dateline(article.dateline) and reads_as_copy(body[0]):
        dateline = collapse(article.dateline)
        body[0] = f"{dateline} – {body[0]}"
    story: list[str] = [headline, *body]
    section = _shown_section(article.section)
    labelled = section is not None and _label_stands_out(section.name, headline, body)
    if section is not None and labelled:
        story.insert(0, section.name)

    furniture = layout.furniture
    shown = set(furniture & {Furniture.NEWSLETTER, Furniture.SHARE_BAR})  # on any page
    after: list[str] = []
    related: list[Related] = []
    portal_name = article.portal.name if article.portal is not None else None
    shows_portal = more_from = False
    if section is not None and portal_name and Furniture.NAVIGATION in furniture:
        line = _more_from_line(words.more_from, section.name, portal_name, pick)
        if line is not None:
            after.append(line)
            related.append(Related(line, kind=RelatedKind.MORE_FROM_SECTION))
            shows_portal = more_from = True
            shown.add(Furniture.NAVIGATION)
    tagline = article.portal.tagline if article.portal is not None else None
    if portal_name and tagline and Furniture.FOOTER in furniture:
        after.append(_NAME_AND_TAGLINE[pick % 2].format(portal=portal_name, tagline=tagline))
        shows_portal = True
        shown.add(Furniture.FOOTER)
    # A heading over no titles shows nothing a reader could take for related links.
    titles = list(
        dict.fromkeys(collapse(link.title) for link in article.related if _fits_title(link.title))
    )
    if Furniture.RELATED in furniture and titles:
        after.append(words.related_headings[pick % len(words.related_headings)])
        after.extend(titles)
        related.extend(Related(title) for title in titles)
        shown.add(Furniture.RELATED)
    comments_open = None
    if Furniture.COMMENTS in furniture and article.comments_open is not None:
        comments_open = article.comments_open
        shown.add(Furniture.COMMENTS)
    after.extend(
        _closing_lines(article.language or layout.language, furniture, comments_open, pick)
    )

    if not (labelled or more_from):
        section = None  # shown nowhere
    portal = None
    if shows_portal and portal_name:
        portal = Portal(
            portal_name,
            tagline=tagline if Furniture.FOOTER in furniture else None,
            sections=[section] if section else [],
        )
    truth = Article(
        headline,
        dateline=dateline,
        body=[Paragraph(text) for text in body],
        url=layout.url,
        section=section,
        portal=portal,
        related=related,
        comments_open=comments_open,
    )
    page = RenderedPage(
        "\n\n".join([*story, *after]) + "\n",
        layout.url,
        "text/plain",
        TEMPLATE,
        furniture=frozenset(shown),
        notes=("no dates, authors or comment threads: a capture drops them",),
    )
    return PageSample(page, truth)


def _closing_lines(
    language: str | None, furniture: frozenset[Furniture], comments_open: bool | None, pick: int
) -> list[str]:
    """The lines closing a capture: the reply form or "comments are closed", a newsletter
    prompt, a share button, and the theme's "Back to top button", which closes every
    capture."""
    words = chrome(language)
    lines = []
    if comments_open is not None:
        closed = furniture_words(language).comments_closed
        lines.append(words.reply_forms[pick % len(words.reply_forms)] if comments_open else closed)
    if Furniture.NEWSLETTER in furniture:
        prompts = (words.newsletter, f"{words.newsletter}: {words.newsletter_pitch}")
        lines.append(prompts[pick % len(prompts)])
    if Furniture.SHARE_BAR in furniture:
        buttons = (words.share, *_NETWORKS)
        lines.append(buttons[pick % len(buttons)])
    lines.append(words.back_to_top)
    return lines


def _more_from_line(wordings: tuple[str, ...], section: str, portal: str, pick: int) -> str | None:
    """The first wording, from the picked one on, whose line reads as a more-from line:
    some section names make some wordings read as copy."""
    for turn in range(len(wordings)):
        wording = wordings[(pick + turn) % len(wordings)]
        line = wording.format(section=section, portal=portal)
        if furniture_kind(line) == "more":
            return line
    return None


def _visible_body(blocks: tuple[Block, ...]) -> list[str]:
    """Each block as the paragraph a capture shows: a list's items on one line, a
    figure's caption; blocks a capture reads as furniture ("Share") are left out, as a
    copy of the page would show them among the furniture."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            text = " ".join(block.items)
        elif isinstance(block, Figure):
            text = block.image.caption or ""
        else:
            text = block.text
        text = collapse(text)
        if text and furniture_kind(text) is None:
            texts.append(text)
    # Two or more short lines closing the story read as a heading over titles of the
    # furniture after it: a capture shows the story up to its last sentence.
    trailing = 0
    while trailing < len(texts) - 1 and not reads_as_copy(texts[-1 - trailing]):
        trailing += 1
    return texts[: len(texts) - trailing] if trailing >= 2 else texts


def _shown_section(section: Section | None) -> Section | None:
    """The section as a label shows it: its name only, if it reads as a label."""
    if section is None or not is_label(collapse(section.name)):
        return None
    return Section(collapse(section.name))


def _label_stands_out(label: str, headline: str, body: list[str]) -> bool:
    """Whether a section label above the headline can be told from it: the headline is a
    title no shorter than the label, and copy that is no label follows. Otherwise a
    capture shows no label (a reader could only guess which line is the headline)."""
    return (
        bool(body) and is_title(headline) and len(headline) >= len(label) and not is_label(body[0])
    )


def _fits_dateline(place: str) -> bool:
    return len(place.split()) <= 4 and not any(mark in place for mark in "–—-()")


def _fits_title(title: str) -> bool:
    """A title a related list can show: no furniture, no number alone (a most-read
    list's rank), no heading's colon at its end, no footer's shape (a copyright sign,
    links between bars), nothing that closes a list ("Show more", "16+") and no stamp
    alone ("07:40")."""
    text = collapse(title)
    return (
        bool(text)
        and is_title(text)
        and furniture_kind(text) is None
        and not is_rank(text)
        and not text.endswith((":", "："))
        and not is_page_footer(text)
        and not closes_a_list(text)
        and not is_stamp(text)
    )

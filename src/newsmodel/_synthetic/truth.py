"""What a faithful reader of a rendered page can know of the article it was made from.

A template shows some fields of an article and not others; the truth is the article cut
down to what its page shows, with text as a reader of HTML sees it (white space collapsed)
and times to the minute where the page shows minutes.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import attrs

from .._model import (
    Article,
    Block,
    Comment,
    Figure,
    Heading,
    Image,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Portal,
    Quote,
    Related,
    Role,
    Section,
)
from .._whitespace import collapse
from .page import Furniture, Layout

__all__ = ["Shown", "shown_article", "shown_blocks", "shown_comments", "shown_moment"]


@attrs.frozen
class Shown:
    """What a template shows besides the headline, bylines, date and body.

    Args:
        author_links: The byline links each author to their page.
        author_roles: The byline shows the first role a person holds beside their name.
        time_of_day: The page shows times of day (of publication, of comments), not only
            the day of publication.
        standfirst: The description is shown under the headline.
        dateline: The dateline is shown beside the byline.
        tagline: The portal's tagline is shown in the header.
        body_as_text: The body is only the JSON-LD ``articleBody``: paragraphs of text,
            no headings, quotes, lists or figures a reader could tell apart.
        structure: Breadcrumbs, related links and comments are shown where the layout's
            furniture has them.
        comments: The comment thread itself is shown (an AMP page links to it instead).
    """

    author_links: bool = True
    author_roles: bool = False
    time_of_day: bool = True
    standfirst: bool = False
    dateline: bool = False
    tagline: bool = True
    body_as_text: bool = False
    structure: bool = True
    comments: bool = True


def shown_moment(value: dt.datetime | dt.date | None) -> dt.datetime | dt.date | None:
    """A time as a page shows it: to the minute; a day stays a day."""
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0)
    return value


def shown_article(
    article: Article, layout: Layout, shown: Shown, *, url: str | None = None
) -> Article:
    """The article as its page shows it (see :class:`Shown`), served from ``url`` (the
    layout's by default) and declaring the layout's address canonical where they differ."""
    furniture = layout.furniture if shown.structure else frozenset()
    comments_shown = (
        shown.comments
        and Furniture.COMMENTS in furniture
        and (bool(article.comments) or article.comments_open is not None)
    )
    return Article(
        collapse(article.headline),
        description=_text(article.description) if shown.standfirst else None,
        dateline=_text(article.dateline) if shown.dateline else None,
        body=shown_blocks(article.body, as_text=shown.body_as_text),
        url=url or layout.url,
        canonical_url=layout.url if url not in (None, layout.url) else None,
        date_published=_published(article, shown),
        authors=tuple(dict.fromkeys(_party(a, shown) for a in article.authors)),
        section=_section(article.section) if Furniture.BREADCRUMBS in furniture else None,
        language=article.language,
        portal=_portal(article.portal, tagline=shown.tagline),
        related=shown_related(article) if Furniture.RELATED in furniture else (),
        comments=shown_comments(article.comments, dated=shown.time_of_day)
        if comments_shown
        else (),
        comments_open=bool(article.comments_open) if comments_shown else None,
    )


def _published(article: Article, shown: Shown) -> dt.datetime | dt.date | None:
    published = article.date_published
    if isinstance(published, dt.datetime) and not shown.time_of_day:
        return published.date()
    return shown_moment(published)


def _text(value: str | None) -> str | None:
    return collapse(value) if value is not None and value.strip() else None


def _party(party: Person | Organization, shown: Shown) -> Person | Organization:
    """The author as the byline shows them; one the article lists twice is shown once."""
    url = party.url if shown.author_links else None
    if isinstance(party, Organization):
        return Organization(collapse(party.name), url=url)
    roles = [Role(collapse(party.roles[0].name))] if shown.author_roles and party.roles else []
    return Person(collapse(party.name), url=url, roles=roles)


def _section(section: Section | None) -> Section | None:
    shown = None
    for step in section.path if section is not None else ():
        shown = Section(collapse(step.name), url=step.url, parent=shown)
    return shown


def _portal(portal: Portal | None, *, tagline: bool) -> Portal | None:
    if portal is None:
        return None
    return Portal(
        collapse(portal.name),
        url=portal.url,
        tagline=_text(portal.tagline) if tagline else None,
    )


def shown_related(article: Article) -> tuple[Related, ...]:
    """The related links a page shows, by title and address: those to an article, not to
    a portal's home page (a related block lists stories)."""
    return tuple(
        Related(collapse(r.title), r.url)
        for r in article.related
        if r.url and urlsplit(r.url).path.strip("/")
    )


def shown_comments(comments: tuple[Comment, ...], *, dated: bool = True) -> tuple[Comment, ...]:
    """Comments as a thread shows them: text, author's name, id, and where ``dated`` the
    time to the minute."""
    return tuple(
        Comment(
            collapse(c.text),
            id=c.id,
            author=Person(collapse(c.author.name)) if c.author is not None else None,
            date=shown_moment(c.date) if dated else None,  # type: ignore[arg-type]
            replies=shown_comments(c.replies, dated=dated),
        )
        for c in comments
    )


def shown_blocks(blocks: tuple[Block, ...], *, as_text: bool = False) -> tuple[Block, ...]:
    """Body blocks with their text as a reader sees it; ``as_text`` keeps only the text,
    as paragraphs (what ``articleBody`` carries)."""
    if as_text:
        texts = (_block_words(b) for b in blocks if not isinstance(b, Figure))
        return tuple(Paragraph(text) for text in texts if text)
    return tuple(_block(b) for b in blocks)


def _block_words(block: Block) -> str:
    if isinstance(block, ListBlock):
        return collapse(" ".join(block.items))
    return collapse(block.text) if not isinstance(block, Figure) else ""


def _block(block: Block) -> Block:
    if isinstance(block, Paragraph):
        return Paragraph(collapse(block.text))
    if isinstance(block, Heading):
        return Heading(collapse(block.text), level=block.level)
    if isinstance(block, Quote):
        return Quote(collapse(block.text), citation=_text(block.citation))
    if isinstance(block, ListBlock):
        return ListBlock([collapse(item) for item in block.items], ordered=block.ordered)
    image = block.image
    return Figure(
        Image(
            image.url,
            caption=_text(image.caption),
            credit=_text(image.credit),
            width=image.width,
            height=image.height,
        )
    )

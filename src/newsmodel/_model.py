"""The typed news model: articles, their body blocks, people, organisations and portals.

Every class is an immutable, slotted attrs class validated on construction: a bad value
raises :class:`~newsmodel.InvalidValueError` naming the class, the field and the value.
Sequence fields accept any iterable and store a tuple; ``extra`` accepts any mapping of
JSON values and stores a :class:`~newsmodel.FrozenMapping`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Mapping

import attrs

from . import _checks as check
from ._jsonvalue import FrozenMapping, JSONValue
from .errors import InvalidValueError

__all__ = [
    "Article",
    "Block",
    "Comment",
    "Figure",
    "Heading",
    "Image",
    "ListBlock",
    "Organization",
    "Paragraph",
    "Person",
    "Portal",
    "Quote",
    "Related",
    "RelatedKind",
    "Role",
    "Section",
]


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return check.as_tuple(value)


def _non_blank(value: object) -> str | None:
    return check.text_problem(value, blank_ok=False)


def _urls(value: Iterable[str]) -> tuple[str, ...]:
    return check.as_tuple(value)


@attrs.frozen
class Image:
    """A picture: the article's lead image, a figure in the body, a logo or a portrait.

    Args:
        url: Absolute http(s) URL of the image file.
        caption: The caption shown with it.
        credit: Who made or owns it ("Photo: Reuters").
        width: Width in pixels.
        height: Height in pixels.
    """

    url: str = attrs.field(validator=check.url())
    caption: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    credit: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    width: int | None = attrs.field(default=None, kw_only=True, validator=check.positive_int())
    height: int | None = attrs.field(default=None, kw_only=True, validator=check.positive_int())


@attrs.frozen
class Organization:
    """A publisher, news agency, government body or any other organisation.

    Args:
        name: The organisation's name.
        url: Its home page.
        logo: Its logo.
        same_as: URLs of the same organisation elsewhere (Wikipedia, Wikidata...).
    """

    name: str = attrs.field(validator=check.text())
    url: str | None = attrs.field(default=None, kw_only=True, validator=check.url(optional=True))
    logo: Image | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Image, optional=True)
    )
    same_as: tuple[str, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=_urls,
        validator=check.items(str, item_problem=check.url_problem),
    )


@attrs.frozen
class Role:
    """An office or function a person holds: the schema.org ``Role`` pattern.

    "Syrian Minister of Defense" is ``Role("Minister of Defense", country="Syria")``.

    Args:
        name: The role's name, e.g. ``"Deputy Minister of Defense"``.
        organization: The organisation the role is held in.
        country: The country the role is held in, by its English name.
        start_date: When the person took the role.
        end_date: When the person left it; not before ``start_date``.
    """

    name: str = attrs.field(validator=check.text())
    organization: Organization | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Organization, optional=True)
    )
    country: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    start_date: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=check.plain_date
    )
    end_date: dt.date | None = attrs.field(default=None, kw_only=True, validator=check.plain_date)

    def __attrs_post_init__(self) -> None:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise InvalidValueError(
                "Role",
                "end_date",
                self.end_date,
                f"must not be before start_date {self.start_date}",
            )


def _roles(value: Iterable[Role]) -> tuple[Role, ...]:
    return check.as_tuple(value)


@attrs.frozen
class Person:
    """A person: an author, a commenter, or someone an article names.

    Args:
        name: The person's name as written.
        url: A page about the person (an author page, a profile).
        same_as: URLs of the same person elsewhere.
        image: A portrait.
        description: A short description ("Middle East correspondent").
        roles: The offices and functions the person holds.
    """

    name: str = attrs.field(validator=check.text())
    url: str | None = attrs.field(default=None, kw_only=True, validator=check.url(optional=True))
    same_as: tuple[str, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=_urls,
        validator=check.items(str, item_problem=check.url_problem),
    )
    image: Image | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Image, optional=True)
    )
    description: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    roles: tuple[Role, ...] = attrs.field(
        default=(), kw_only=True, converter=_roles, validator=check.items(Role)
    )


@attrs.frozen
class Section:
    """A section of a portal ("News", "World › Middle East").

    Args:
        name: The section's name as the portal shows it.
        url: The section's front page.
        parent: The section this one belongs to, or None at the top of the portal.
    """

    name: str = attrs.field(validator=check.text())
    url: str | None = attrs.field(default=None, kw_only=True, validator=check.url(optional=True))
    parent: Section | None = attrs.field(default=None, kw_only=True)

    @parent.validator
    def _check_parent(self, attribute: attrs.Attribute[Section | None], value: object) -> None:
        check.instance(Section, optional=True)(self, attribute, value)

    @property
    def path(self) -> tuple[Section, ...]:
        """The sections from the portal's top level down to this one."""
        chain: list[Section] = []
        node: Section | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return tuple(reversed(chain))


def _sections(value: Iterable[Section]) -> tuple[Section, ...]:
    return check.as_tuple(value)


@attrs.frozen
class Portal:
    """The site an article appears on, with its tree of sections.

    Args:
        name: The portal's name ("DZWatch").
        url: Its home page.
        tagline: Its slogan ("Your News Portal").
        logo: Its logo.
        publisher: The organisation that publishes it.
        sections: Every section of the portal; a section's parent must be listed too.
    """

    name: str = attrs.field(validator=check.text())
    url: str | None = attrs.field(default=None, kw_only=True, validator=check.url(optional=True))
    tagline: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    logo: Image | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Image, optional=True)
    )
    publisher: Organization | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Organization, optional=True)
    )
    sections: tuple[Section, ...] = attrs.field(
        default=(), kw_only=True, converter=_sections, validator=check.items(Section)
    )

    def __attrs_post_init__(self) -> None:
        listed = set(self.sections)
        for index, section in enumerate(self.sections):
            if section.parent is not None and section.parent not in listed:
                raise InvalidValueError(
                    "Portal",
                    "sections",
                    section,
                    f"has a parent {section.parent.name!r} that is not listed",
                    index,
                )

    @property
    def top_sections(self) -> tuple[Section, ...]:
        """The sections at the top of the tree, in the order listed."""
        return tuple(section for section in self.sections if section.parent is None)

    def subsections(self, section: Section) -> tuple[Section, ...]:
        """The sections directly under ``section``, in the order listed."""
        return tuple(child for child in self.sections if child.parent == section)


class RelatedKind(str, enum.Enum):
    """How a linked article relates to the one that links to it."""

    RELATED = "related"
    MORE_FROM_SECTION = "more-from-section"
    NEXT = "next"
    PREVIOUS = "previous"
    SEE_ALSO = "see-also"


def _related_kind(value: RelatedKind | str) -> RelatedKind:
    try:
        return RelatedKind(value)
    except ValueError:
        return value  # type: ignore[return-value]  # the validator names the field


@attrs.frozen
class Related:
    """A link from an article to another article.

    Args:
        title: The link's text as shown: the linked article's headline, or a label such
            as "More News articles on DZWatch".
        url: The link's absolute URL; None where the input does not carry it (a plain-text
            rendering of a page).
        kind: Why it is linked: a :class:`RelatedKind` or its value (``"next"``).
        image: The thumbnail shown with the link.
        date: The linked article's publication time, when shown.
    """

    title: str = attrs.field(validator=check.text())
    url: str | None = attrs.field(default=None, validator=check.url(optional=True))
    kind: RelatedKind = attrs.field(
        default=RelatedKind.RELATED,
        kw_only=True,
        converter=_related_kind,
        validator=check.instance(RelatedKind),
    )
    image: Image | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Image, optional=True)
    )
    date: dt.datetime | None = attrs.field(
        default=None, kw_only=True, validator=check.aware_datetime
    )


def _comments(value: Iterable[Comment]) -> tuple[Comment, ...]:
    return check.as_tuple(value)


@attrs.frozen
class Comment:
    """A reader's comment, with the replies to it as a tree.

    Args:
        text: What the comment says.
        id: The comment's identifier on the portal.
        author: Who wrote it.
        date: When it was posted.
        replies: The comments that answer it, oldest first as the page lists them.
        upvotes: How many readers approved of it.
    """

    text: str = attrs.field(validator=check.text())
    id: str | None = attrs.field(default=None, kw_only=True, validator=check.text(optional=True))
    author: Person | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Person, optional=True)
    )
    date: dt.datetime | None = attrs.field(
        default=None, kw_only=True, validator=check.aware_datetime
    )
    replies: tuple[Comment, ...] = attrs.field(default=(), kw_only=True, converter=_comments)
    upvotes: int | None = attrs.field(
        default=None, kw_only=True, validator=check.positive_int(zero_ok=True)
    )

    @replies.validator
    def _check_replies(
        self, attribute: attrs.Attribute[tuple[Comment, ...]], value: object
    ) -> None:
        check.items(Comment)(self, attribute, value)

    def walk(self) -> Iterator[Comment]:
        """Yield this comment and every reply below it, depth first, in page order."""
        stack: list[Comment] = [self]
        while stack:
            comment = stack.pop()
            yield comment
            stack.extend(reversed(comment.replies))


@attrs.frozen
class Paragraph:
    """A paragraph of body text."""

    text: str = attrs.field(validator=check.text())


@attrs.frozen
class Heading:
    """A subheading inside the body; ``level`` 1 to 6 as in HTML (2 by default)."""

    text: str = attrs.field(validator=check.text())
    level: int = attrs.field(default=2, kw_only=True)

    @level.validator
    def _check_level(self, attribute: attrs.Attribute[int], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 6:
            check.fail(self, attribute, value, "must be an integer from 1 to 6")


@attrs.frozen
class Quote:
    """A quotation set apart from the text (a block quote or pull quote)."""

    text: str = attrs.field(validator=check.text())
    citation: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )


@attrs.frozen
class Figure:
    """An image in the body, with its caption and credit on the :class:`Image`."""

    image: Image = attrs.field(validator=check.instance(Image))


@attrs.frozen
class ListBlock:
    """A bulleted or numbered list; each item is one line of text."""

    items: tuple[str, ...] = attrs.field(converter=_strings)
    ordered: bool = attrs.field(default=False, kw_only=True, validator=check.instance(bool))

    @items.validator
    def _check_items(self, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
        check.items(str, item_problem=_non_blank)(self, attribute, value)
        if not value:
            check.fail(self, attribute, value, "must hold at least one item")


Block = Paragraph | Heading | Quote | Figure | ListBlock
"""One block of an article's body."""

_BLOCK_TYPES = (Paragraph, Heading, Quote, Figure, ListBlock)


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return check.as_tuple(value)


def _authors(value: Iterable[Person | Organization]) -> tuple[Person | Organization, ...]:
    return check.as_tuple(value)


def _images(value: Iterable[Image]) -> tuple[Image, ...]:
    return check.as_tuple(value)


def _people(value: Iterable[Person]) -> tuple[Person, ...]:
    return check.as_tuple(value)


def _related(value: Iterable[Related]) -> tuple[Related, ...]:
    return check.as_tuple(value)


@attrs.frozen
class Article:
    """A news article: its text, its metadata, and its place on a portal.

    Args:
        headline: The title; must not be blank.
        alternative_headline: A second title (a kicker, a shorter or SEO title).
        description: The standfirst or summary.
        dateline: Where (and sometimes when) the report was filed: ``"Damascus"``.
        body: The article's content as ordered blocks.
        url: The address the article was read from.
        canonical_url: The address the publisher declares canonical.
        date_published: When it was first published: a timezone-aware datetime, or a
            :class:`datetime.date` where only the day is known (a byline's "4 September
            2025"); never a naive datetime.
        date_modified: When it was last changed, likewise; not before publication.
        authors: Who wrote it: people or organisations (a news agency).
        section: The portal section it is filed in; its ``path`` leads from the top.
        keywords: Topics and tags.
        language: BCP 47 tag of the language it is written in.
        images: Images that represent the article (the lead image first).
        publisher: The organisation that publishes it.
        portal: The site it appears on.
        mentions: People the article names, each with the roles it gives them.
        related: Links to other articles.
        comments: Readers' comments, as trees of replies.
        comments_open: Whether readers can comment (None: not known).
        extra: Properties a reader met that the model does not name, as JSON values.
    """

    headline: str = attrs.field(validator=check.text())
    alternative_headline: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    description: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    dateline: str | None = attrs.field(
        default=None, kw_only=True, validator=check.text(optional=True)
    )
    body: tuple[Block, ...] = attrs.field(
        default=(), kw_only=True, converter=_blocks, validator=check.items(_BLOCK_TYPES)
    )
    url: str | None = attrs.field(default=None, kw_only=True, validator=check.url(optional=True))
    canonical_url: str | None = attrs.field(
        default=None, kw_only=True, validator=check.url(optional=True)
    )
    date_published: dt.datetime | dt.date | None = attrs.field(
        default=None, kw_only=True, validator=check.aware_datetime_or_day
    )
    date_modified: dt.datetime | dt.date | None = attrs.field(
        default=None, kw_only=True, validator=check.aware_datetime_or_day
    )
    authors: tuple[Person | Organization, ...] = attrs.field(
        default=(), kw_only=True, converter=_authors, validator=check.items((Person, Organization))
    )
    section: Section | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Section, optional=True)
    )
    keywords: tuple[str, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=_strings,
        validator=check.items(str, item_problem=_non_blank),
    )
    language: str | None = attrs.field(default=None, kw_only=True, validator=check.language_tag)
    images: tuple[Image, ...] = attrs.field(
        default=(), kw_only=True, converter=_images, validator=check.items(Image)
    )
    publisher: Organization | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Organization, optional=True)
    )
    portal: Portal | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(Portal, optional=True)
    )
    mentions: tuple[Person, ...] = attrs.field(
        default=(), kw_only=True, converter=_people, validator=check.items(Person)
    )
    related: tuple[Related, ...] = attrs.field(
        default=(), kw_only=True, converter=_related, validator=check.items(Related)
    )
    comments: tuple[Comment, ...] = attrs.field(
        default=(), kw_only=True, converter=_comments, validator=check.items(Comment)
    )
    comments_open: bool | None = attrs.field(
        default=None, kw_only=True, validator=check.instance(bool, optional=True)
    )
    extra: Mapping[str, JSONValue] = attrs.field(
        factory=FrozenMapping,
        kw_only=True,
        converter=check.frozen_json,
        validator=check.json_object,
    )

    def __attrs_post_init__(self) -> None:
        published, modified = self.date_published, self.date_modified
        if published and modified and check.earlier(modified, published):
            raise InvalidValueError(
                "Article",
                "date_modified",
                modified,
                f"must not be before date_published {published.isoformat()}",
            )

    @property
    def text(self) -> str:
        """The body as plain text, made of its headings, paragraphs, quotes and list items.

        Blocks are separated by a blank line and list items by a line break; figures are
        left out (their captions describe pictures, not the story).
        """
        return "\n\n".join(
            _block_text(block) for block in self.body if not isinstance(block, Figure)
        )

    @property
    def word_count(self) -> int:
        """The number of whitespace-separated words in :attr:`text`."""
        return len(self.text.split())

    @property
    def all_comments(self) -> tuple[Comment, ...]:
        """Every comment and reply, depth first in page order."""
        return tuple(reply for comment in self.comments for reply in comment.walk())


def _block_text(block: Paragraph | Heading | Quote | ListBlock) -> str:
    if isinstance(block, ListBlock):
        return "\n".join(block.items)
    return block.text

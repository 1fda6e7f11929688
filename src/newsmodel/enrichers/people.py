"""The built-in ``people`` enricher: the people an English article names, with their roles.

It works on the text alone, with word lists and patterns, and no model: see
:doc:`/enrichers` for what it finds and what it leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from .._model import Article, Figure, ListBlock, Person, Role
from ._evidence import a_person
from ._guess import Guess
from ._merge import Sighting, add_people, group, merge_roles
from ._names import Name, names
from ._roles import roles
from ._tokens import Token, sentences

__all__ = ["PeopleEnricher", "PersonMention", "enricher", "find_people"]

_LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")


@attrs.frozen
class PersonMention:
    """One place an article names a person.

    Args:
        person: The person, with every role the article gives them (the same object for
            every mention of them).
        block: The index of the body block the name is in.
        start: Where the name starts in that block's text (for a list, its items joined
            by line breaks).
        end: Where it ends (exclusive).

    .. versionadded:: 0.1
    """

    person: Person
    block: int
    start: int
    end: int


@attrs.frozen
class _Found:
    block: int
    name: Name
    tokens: list[Token]
    guess: Guess
    counterpart: int | None  # the position, in the found list, of whose counterpart


def find_people(article: Article) -> list[PersonMention]:
    """Find every mention of a person in ``article``'s body, in text order.

    .. versionadded:: 0.1
    """
    common = frozenset(_LOWER_WORD.findall(article.text))
    found = list(_sightings(article, common))
    ids = group([Sighting(f.name.words, f.name.full, f.name.honorific) for f in found])
    roles_of: dict[int, list[Role]] = {}
    for item, person_id in zip(found, ids, strict=True):
        if person_id is not None and item.guess.roles:
            roles_of.setdefault(person_id, []).extend(item.guess.roles)
    for item, person_id in zip(found, ids, strict=True):
        other = ids[item.counterpart] if item.counterpart is not None else None
        if person_id is None or other is None or other == person_id or other not in roles_of:
            continue
        role = Role(roles_of[other][0].name, country=item.guess.country)
        roles_of.setdefault(person_id, []).append(role)
    people: dict[int, Person] = {}
    mentions = []
    for item, person_id in zip(found, ids, strict=True):
        if person_id is None:
            continue
        if person_id not in people:
            text = " ".join(item.name.words)
            people[person_id] = Person(text, roles=merge_roles(roles_of.get(person_id, ())))
        first, last = item.tokens[item.name.start], item.tokens[item.name.end - 1]
        mentions.append(PersonMention(people[person_id], item.block, first.start, last.end))
    return mentions


def _sightings(article: Article, common: frozenset[str]) -> Iterator[_Found]:
    offset = 0
    for index, block in enumerate(article.body):
        if isinstance(block, Figure):
            continue
        text = "\n".join(block.items) if isinstance(block, ListBlock) else block.text
        known_only = _title_case(text)
        for sentence in sentences(text):
            found = names(sentence, common)
            guesses = roles(sentence, found)
            people = [
                name
                for index, (name, guess) in enumerate(zip(found, guesses, strict=True))
                if a_person(sentence, found, index, guess)
            ]
            if len(people) < len(found):  # the roles again, without the things
                found, guesses = people, roles(sentence, people)
            for name, guess in zip(found, guesses, strict=True):
                # in a heading, a known person's surname at most
                kept = attrs.evolve(name, words=name.words[-1:]) if known_only else name
                other = guess.counterpart_of
                counterpart = None if other is None else offset + other
                yield _Found(index, kept, sentence, guess, counterpart)
            offset += len(found)


def _title_case(text: str) -> bool:
    """Whether a block is a heading or page furniture rather than prose: it does not end
    a sentence."""
    return not _SENTENCE_END.search(text)


class PeopleEnricher:
    """Fills :class:`~newsmodel.Article`'s ``mentions`` with the people the body names
    (see :func:`find_people`).

    People already in ``mentions`` are kept; one found again gains the roles it lacked.

    .. versionadded:: 0.1
    """

    name = "people"

    def enrich(self, article: Article) -> Article:
        """Return a copy of ``article`` with the people its body names in ``mentions``."""
        found: dict[int, Person] = {}
        for mention in find_people(article):
            found.setdefault(id(mention.person), mention.person)
        mentions = add_people(article.mentions, list(found.values()))
        return attrs.evolve(article, mentions=mentions)

    def __repr__(self) -> str:
        return "<newsmodel people enricher>"


#: The enricher the ``people`` entry point names.
enricher = PeopleEnricher()

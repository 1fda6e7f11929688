"""The merger: one person from every mention of them ("Mareh Abu Qasra" ... "Abu Qasra"),
and found people merged into the ones an article already names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from .._model import Person, Role
from ._words import PARTICLE_PREFIX, PARTICLES

__all__ = ["Sighting", "add_people", "group", "merge_roles"]


@attrs.frozen
class Sighting:
    """One place a name was found: its words, whether it is a full name, and its role."""

    words: tuple[str, ...]
    full: bool
    honorific: bool = False


def group(sightings: Sequence[Sighting]) -> list[int | None]:
    """Number the people ``sightings`` name: the same number for the same person.

    A full name is its own person unless it ends a longer name already met ("Sameh
    Hamed" after "Mohammed Sameh Hamed"). A surname alone ("Abu Qasra", "Sharaa") joins
    the nearest full name before it that ends with it, else the first after it; with no
    such name, after "Mr", "Dr"... it joins one it opens ("Mr Zhang" of "Zhang Liqun")
    or is a person of its own; otherwise it is None.
    """
    keys: list[tuple[str, ...]] = []
    firsts: list[int] = []
    ids: list[int | None] = [None] * len(sightings)
    for position, sighting in enumerate(sightings):
        if sighting.full:
            key = _key(sighting.words)
            found = _match(keys, key)
            if found is None:
                keys.append(key)
                firsts.append(position)
                found = len(keys) - 1
            ids[position] = found
    for position, sighting in enumerate(sightings):
        if sighting.full:
            continue
        key = _key(sighting.words)
        matches = [index for index, full in enumerate(keys) if _ends(full, key)]
        if not matches and sighting.honorific:  # "Mr Zhang" of "Zhang Liqun"
            matches = [index for index, full in enumerate(keys) if _family_first(full, key)]
        before = [index for index in matches if firsts[index] < position]
        if before or matches:
            ids[position] = max(before, key=firsts.__getitem__) if before else matches[0]
        elif sighting.honorific:
            keys.append(key)
            firsts.append(position)
            ids[position] = len(keys) - 1
    return ids


def _key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(PARTICLE_PREFIX.sub("", word).casefold() for word in words)


def _ends(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    part = tuple(word for word in part if word not in PARTICLES) or part
    return len(part) < len(full) and full[-len(part) :] == part


def _family_first(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether a surname after "Mr" opens a full name, as a Chinese, Korean or Vietnamese
    family name does."""
    return len(part) == 1 and len(full) > 1 and full[0] == part[0]


def _match(keys: list[tuple[str, ...]], key: tuple[str, ...]) -> int | None:
    for index, known in enumerate(keys):
        if known == key or _ends(known, key):
            return index
    return None


def merge_roles(roles: Iterable[Role]) -> tuple[Role, ...]:
    """The roles without repeats; of two with one name, the details of both are kept."""
    merged: dict[str, Role] = {}
    for role in roles:
        key = role.name.casefold()
        known = merged.get(key)
        if known is None:
            merged[key] = role
        else:
            merged[key] = attrs.evolve(
                known,
                country=known.country or role.country,
                organization=known.organization or role.organization,
            )
    return tuple(merged.values())


def add_people(known: Sequence[Person], found: Sequence[Person]) -> tuple[Person, ...]:
    """``known`` with ``found`` merged in: a found person whose name (or surname) is a
    known one's adds any role that one lacks; the others come after, in order."""
    people = list(known)
    for person in found:
        key = _key(person.name.split())
        for index, other in enumerate(people):
            other_key = _key(other.name.split())
            if other_key == key or _ends(other_key, key) or _ends(key, other_key):
                people[index] = attrs.evolve(
                    other, roles=merge_roles([*other.roles, *person.roles])
                )
                break
        else:
            people.append(person)
    return tuple(people)

"""Structure-aware mutators: edit a page's elements, a JSON document's values or a text
page's blocks, where byte flips would mostly break the syntax the reader needs.

Each mutator is an atheris ``custom_mutator`` (``data, max_size, seed -> bytes``): half of
its mutations are libFuzzer's own (``atheris.Mutate``, which also uses ``-dict=``), half
structural, built from :mod:`vocabulary`. Anything it cannot parse gets libFuzzer's.
"""

from __future__ import annotations

import copy
import json
import math
import random
import re
from collections.abc import Callable
from typing import Any

import atheris
import lxml.etree
import lxml.html
from vocabulary import (
    CLASS_WORDS,
    DATES,
    HTML_SNIPPETS,
    JSONLD_KEYS,
    JSONLD_TYPES,
    ODD_TEXT,
    TEXT_LINES,
)

__all__ = ["html_mutator", "json_mutator", "text_mutator"]

# Written as an integer of 4301 digits, which json.dumps refuses to write (and loads to read).
_HUGE = "fuzz:huge-number"
_JSON_SCRIPT = re.compile(rb"(<script[^>]*ld\+json[^>]*>)(.*?)(</script>)", re.S | re.I)


def json_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    """A JSON document with one value, key or reference changed."""
    rng = random.Random(seed)
    if rng.random() < 0.5:
        return atheris.Mutate(data, max_size)
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return atheris.Mutate(data, max_size)
    return _fitting(_dumped(_mutated_json(document, rng), rng), data, max_size)


def html_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    """A page with one element added, copied, moved, renamed, re-classed or dropped, or
    one of its JSON-LD scripts mutated as JSON."""
    rng = random.Random(seed)
    if rng.random() < 0.5:
        return atheris.Mutate(data, max_size)
    scripts = list(_JSON_SCRIPT.finditer(data))
    if scripts and rng.random() < 0.3:
        match = rng.choice(scripts)
        script = json_mutator(match.group(2), max_size, rng.getrandbits(32))
        mutated = data[: match.start(2)] + script + data[match.end(2) :]
        return _fitting(mutated, data, max_size)
    try:
        root = lxml.html.document_fromstring(data)
    except (lxml.etree.ParserError, ValueError):
        return atheris.Mutate(data, max_size)
    elements = [element for element in root.iter() if isinstance(element.tag, str)]
    try:
        rng.choice(_ELEMENT_EDITS)(root, elements, rng)
    except ValueError:  # lxml refuses control characters and surrogates that a text joins
        return atheris.Mutate(data, max_size)
    page = lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    return _fitting(_encoded(page), data, max_size)


def text_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    """A text page with one block (paragraph) added, copied, moved, prefixed or dropped."""
    rng = random.Random(seed)
    if rng.random() < 0.5:
        return atheris.Mutate(data, max_size)
    blocks = data.split(b"\n\n")
    at = rng.randrange(len(blocks) + 1)
    edit = rng.randrange(5)
    if edit == 0:
        blocks.insert(at, _encoded(rng.choice(TEXT_LINES)))
    elif edit == 1:
        blocks.insert(at, rng.choice(blocks))
    elif edit == 2 and len(blocks) > 1:
        blocks.insert(at, blocks.pop(rng.randrange(len(blocks))))
    elif edit == 3:
        index = rng.randrange(len(blocks))
        blocks[index] = _encoded(rng.choice((*TEXT_LINES, *ODD_TEXT, *DATES))) + blocks[index]
    elif len(blocks) > 1:
        del blocks[rng.randrange(len(blocks))]
    return _fitting(b"\n\n".join(blocks), data, max_size)


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _fitting(mutated: bytes, original: bytes, max_size: int) -> bytes:
    """``mutated``, or a byte-level mutation of the original when it is too long."""
    return mutated if len(mutated) <= max_size else atheris.Mutate(original, max_size)


def _dumped(document: Any, rng: random.Random) -> bytes:
    text = json.dumps(document, ensure_ascii=rng.random() < 0.3, indent=rng.choice((None, 1)))
    return _encoded(text.replace(f'"{_HUGE}"', "9" * 4301))


def _mutated_json(document: Any, rng: random.Random) -> Any:
    """``document`` with one change at a random place in it."""
    holders = _containers(document)
    ids = [value["@id"] for value in holders if isinstance(value, dict) and "@id" in value]
    ids = [value for value in ids if isinstance(value, str)] or ["#a"]
    if not holders or rng.random() < 0.05:
        return rng.choice(({"@graph": [document]}, [document, document], _json_value(rng, ids)))
    holder = rng.choice(holders)
    keys = list(holder) if isinstance(holder, dict) else list(range(len(holder)))
    edit = rng.randrange(6)
    if edit == 0 and keys:  # drop a key or an item
        del holder[rng.choice(keys)]
    elif edit == 1 and keys:  # a copy of another part of the document (a reference by value)
        holder[rng.choice(keys)] = json.loads(json.dumps(rng.choice(holders)))
    elif edit == 2:  # a reference by @id, perhaps to itself or an ancestor
        _put(holder, rng, JSONLD_KEYS, {"@id": rng.choice(ids)})
    elif edit == 3 and isinstance(holder, dict):  # an id for this node
        holder["@id"] = rng.choice((*ids, f"#n{rng.randrange(9)}", "", None, []))
    elif edit == 4 and isinstance(holder, dict):
        holder["@type"] = rng.choice((*JSONLD_TYPES, [rng.choice(JSONLD_TYPES)], 7, None))
    else:
        _put(holder, rng, (*JSONLD_KEYS, *_keys_in(holders)), _json_value(rng, ids))
    return document


def _put(holder: Any, rng: random.Random, keys: Any, value: Any) -> None:
    if isinstance(holder, dict):
        holder[rng.choice(keys)] = value
    else:
        holder.insert(rng.randrange(len(holder) + 1), value)


def _containers(document: Any) -> list[Any]:
    found, stack = [], [document]
    while stack and len(found) < 500:
        value = stack.pop()
        if isinstance(value, dict):
            found.append(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            found.append(value)
            stack.extend(value)
    return found


def _keys_in(holders: list[Any]) -> list[str]:
    return [key for holder in holders if isinstance(holder, dict) for key in holder][:200]


def _json_value(rng: random.Random, ids: list[str]) -> Any:
    """A value of a kind readers meet: text, a date, a number, a node, a list of them."""
    choices: list[Callable[[], Any]] = [
        lambda: rng.choice(DATES),
        lambda: rng.choice(ODD_TEXT) * rng.choice((1, 2, 300)),
        lambda: "Amina Rahman" + rng.choice(ODD_TEXT),
        lambda: rng.choice(("", " ", "https://news.example/a", "/relative", "http://[", "#a")),
        lambda: rng.choice((0, -1, 1.5, 2**63, 10**30, -(10**18), math.inf, math.nan, True)),
        lambda: _HUGE,
        lambda: None,
        list,
        dict,
        lambda: {"@type": rng.choice(JSONLD_TYPES), "name": rng.choice(("X", "", " "))},
        lambda: {"@id": rng.choice(ids)},
        lambda: [{"@id": rng.choice(ids)}, {"@id": rng.choice(ids)}],
        lambda: {"@value": rng.choice(DATES), "@language": rng.choice(("en", "", "x-"))},
        lambda: [rng.choice(DATES), None, 3],
    ]
    return rng.choice(choices)()


def _add_snippet(root: Any, elements: list[Any], rng: random.Random) -> None:
    try:
        fragment = lxml.html.fragment_fromstring(rng.choice(HTML_SNIPPETS))
    except lxml.etree.ParserError:
        return
    parent = rng.choice(elements)
    parent.insert(rng.randrange(len(parent) + 1), fragment)


def _copy(root: Any, elements: list[Any], rng: random.Random) -> None:
    element = rng.choice(elements[1:] or elements)
    parent = element.getparent()
    if parent is not None:
        for _ in range(rng.choice((1, 1, 2, 20))):
            parent.insert(parent.index(element), copy.deepcopy(element))


def _move(root: Any, elements: list[Any], rng: random.Random) -> None:
    element, target = rng.choice(elements[1:] or elements), rng.choice(elements)
    if element is not root and element not in target.iterancestors() and element is not target:
        target.insert(rng.randrange(len(target) + 1), element)


def _rename(root: Any, elements: list[Any], rng: random.Random) -> None:
    rng.choice(elements[1:] or elements).tag = rng.choice(
        ("article", "main", "nav", "aside", "footer", "section", "div", "p", "h1", "h2",
         "time", "li", "ol", "ul", "span", "a", "script", "template", "figure")
    )  # fmt: skip


def _set_attribute(root: Any, elements: list[Any], rng: random.Random) -> None:
    element = rng.choice(elements)
    name = rng.choice(("class", "class", "id", "itemprop", "rel", "datetime", "content"))
    value = rng.choice((*CLASS_WORDS, *DATES)) if name != "itemprop" else rng.choice(JSONLD_KEYS)
    element.set(name, value)
    if rng.random() < 0.2:
        element.set("itemscope", "")
        element.set("itemtype", f"https://schema.org/{rng.choice(JSONLD_TYPES)}")


def _drop(root: Any, elements: list[Any], rng: random.Random) -> None:
    element = rng.choice(elements[1:] or elements)
    if element is not root:
        element.drop_tree()


def _odd_text(root: Any, elements: list[Any], rng: random.Random) -> None:
    element = rng.choice(elements)
    element.text = (element.text or "") + rng.choice((*ODD_TEXT, *DATES))


_ELEMENT_EDITS = (_add_snippet, _add_snippet, _copy, _move, _rename, _set_attribute, _drop,
                  _odd_text)  # fmt: skip

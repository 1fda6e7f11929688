"""A ReadWarning raised deep in a reader names the caller's line, whichever path of the
reader raised it (newsmodel._stacklevel)."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable

import pytest

import newsmodel
from newsmodel import ReadWarning, limits

_TEASERS = "".join(
    f'<article><h3><a href="/news/story-{n}/">Story number {n} of the day here</a></h3></article>'
    for n in range(4)
)


def _menu_page(count: int) -> str:
    items = "".join(f'<li><a href="/s{n}/">Part {n}</a></li>' for n in range(count))
    return f"<html><body><nav><ul>{items}</ul></nav><main>{_TEASERS}</main></body></html>"


def _jsonld_page(count: int) -> str:
    parts = [
        {"@type": "SiteNavigationElement", "name": f"Part {n}", "url": f"/s{n}/"}
        for n in range(count)
    ]
    script = json.dumps({"@context": "https://schema.org", "@graph": parts})
    return (
        f'<html><head><script type="application/ld+json">{script}</script></head>'
        f"<body><main>{_TEASERS}</main></body></html>"
    )


@pytest.mark.parametrize("page", [_menu_page, _jsonld_page], ids=["menu", "jsonld"])
def test_the_menu_cap_warning_names_the_callers_line(page: Callable[[int], str]) -> None:
    html = page(limits.FRONT_MAX_SECTIONS + 5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        newsmodel.read_front(html, format="html", url="https://x.example/")
    (cap,) = [w for w in caught if "FRONT_MAX_SECTIONS" in str(w.message)]
    assert cap.category is ReadWarning
    assert cap.filename == __file__

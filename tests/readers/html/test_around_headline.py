"""The elements around a page's headline: a window after it, then one before it."""

from __future__ import annotations

import lxml.html

from newsmodel._html import parse_html
from newsmodel.readers.html._around_headline import around_headline

HIDDEN = frozenset({"script", "head", "title", "noscript"})


def _tags(found: list[lxml.html.HtmlElement]) -> list[str]:
    return [f"{element.tag}{element.text or ''}" for element in found]


class TestAroundHeadline:
    """The shown elements after the first ``<h1>``, then those before it, nearest first."""

    def test_after_then_before_from_the_nearest(self) -> None:
        body = "".join(f"<p>{n}</p>" for n in range(5)) + "<h1>T</h1><h1>U</h1>"
        body += "".join(f"<i>{n}</i>" for n in range(5))
        tree = parse_html(f"<html><body>{body}</body></html>")
        found = around_headline(tree, HIDDEN, before=3, after=4)
        assert _tags(found) == ["h1U", "i0", "i1", "i2", "p4", "p3", "p2"]

    def test_hidden_elements_are_passed_over_but_not_what_they_hold(self) -> None:
        body = "<h1>T</h1><script>x</script><noscript><p>1</p></noscript><p>2</p>"
        tree = parse_html(f"<html><head><title>T</title></head><body>{body}</body></html>")
        found = around_headline(tree, HIDDEN, before=5, after=5)
        assert _tags(found) == ["p1", "p2", "body", "html"]

    def test_none_without_a_headline(self) -> None:
        tree = parse_html("<html><body><h2>T</h2><p>1</p></body></html>")
        assert around_headline(tree, HIDDEN, before=5, after=5) == []

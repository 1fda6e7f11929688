"""The elements around a page's headline: a window after it, then one before it."""

from __future__ import annotations

import lxml.html

from newsmodel._html import parse_html
from newsmodel.readers.html._around_headline import around_headline, headline_element

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


class TestWithoutAnH1:
    """On a page without an ``<h1>`` (an old table layout), the element whose own text
    shows the headline stands for it: the best form of the headline shown, first in page
    order."""

    HEADLINES = ("Harbour votes to mend the pier", "Daily Ledger")

    @staticmethod
    def tree(body: str) -> lxml.html.HtmlElement:
        head = "<title>Harbour votes to mend the pier</title>"
        return parse_html(f"<html><head>{head}</head><body>{body}</body></html>")

    def test_the_best_form_shown_beats_an_earlier_worse_one(self) -> None:
        tree = self.tree(
            "<font><b>Daily Ledger</b></font><p>Home</p><font size=5><b>Harbour votes to "
            "mend  the PIER</b></font><br><font>By Ann Lee</font>"
        )
        found = headline_element(tree, HIDDEN, self.HEADLINES)
        assert found is not None
        assert found.text == "Harbour votes to mend  the PIER"
        near = around_headline(tree, HIDDEN, before=1, after=2, headlines=self.HEADLINES)
        assert _tags(near) == ["br", "fontBy Ann Lee", "font"]

    def test_a_worse_form_where_the_best_is_not_shown(self) -> None:
        tree = self.tree("<p>Home</p><b>Daily Ledger</b><i>By Ann Lee</i>")
        assert _tags(around_headline(tree, HIDDEN, 1, 1, self.HEADLINES)) == [
            "iBy Ann Lee",
            "pHome",
        ]

    def test_only_an_elements_own_text_and_never_the_title(self) -> None:
        tree = self.tree("<td>Harbour votes <b>to mend the pier</b></td>")
        assert headline_element(tree, HIDDEN, self.HEADLINES) is None
        assert around_headline(tree, HIDDEN, 5, 5, self.HEADLINES) == []

    def test_an_h1_wins_over_the_headlines(self) -> None:
        tree = self.tree("<b>Harbour votes to mend the pier</b><h1>Pier</h1><i>By Ann Lee</i>")
        assert _tags(around_headline(tree, HIDDEN, 0, 1, self.HEADLINES)) == ["iBy Ann Lee"]

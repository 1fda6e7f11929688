"""Dropping elements as lxml's ``drop_tree()`` does: the text after each stays in place."""

from __future__ import annotations

from typing import Any

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.readers.html._dropping import Dropper


def _dropped(markup: str, *paths: str) -> str:
    """The markup with the elements at ``paths`` (XPath, from the root) dropped."""
    root = lxml.html.fragment_fromstring(markup)
    dropper = Dropper()
    for element in [root.xpath(path)[0] for path in paths]:
        dropper.drop(element)
    dropper.flush()
    return lxml.html.tostring(root, encoding="unicode")


class TestTails:
    """The dropped element's tail joins the text before it."""

    def test_to_the_previous_siblings_tail(self) -> None:
        assert _dropped("<p>a<b>b</b> c<i>i</i> d</p>", "i") == "<p>a<b>b</b> c d</p>"

    def test_to_the_parents_text_when_first(self) -> None:
        assert _dropped("<p>a<i>i</i> d<b>b</b></p>", "i") == "<p>a d<b>b</b></p>"

    def test_what_it_holds_goes_with_it(self) -> None:
        assert _dropped("<div>a<p>x<b>y</b>z</p>w</div>", "p") == "<div>aw</div>"

    def test_neighbours_dropped_one_after_another(self) -> None:
        html = "<p>a<i>1</i>b<i>2</i>c<i>3</i>d</p>"
        assert _dropped(html, "i[1]", "i[2]", "i[3]") == "<p>abcd</p>"
        assert _dropped(html, "i[3]", "i[1]", "i[2]") == "<p>abcd</p>"

    def test_a_receiver_dropped_passes_on_what_it_received(self) -> None:
        html = "<p>a<b>b</b>c<i>i</i>d</p>"
        assert _dropped(html, "i", "b") == "<p>acd</p>"

    def test_the_root_is_never_dropped(self) -> None:
        root = lxml.html.fragment_fromstring("<p>a</p>")
        Dropper().drop(root)
        assert lxml.html.tostring(root, encoding="unicode") == "<p>a</p>"


class TestFlush:
    """Kept tails reach the tree only on :meth:`Dropper.flush`, once."""

    def test_the_text_waits_for_flush(self) -> None:
        root = lxml.html.fragment_fromstring("<p>a<i>i</i>b</p>")
        dropper = Dropper()
        dropper.drop(root[0])
        assert root.text == "a"
        dropper.flush()
        assert root.text == "ab"
        dropper.flush()
        assert root.text == "ab"


class TestDropper:
    """Dropping elements keeps the text after them exactly as lxml's drop_tree() does,
    whatever order they are dropped in, writing each receiving text once."""

    @given(
        st.lists(
            st.sampled_from(["<b>x</b>", "<i>y</i>", "tail ", "<p>z<s>w</s>v</p>"]), max_size=12
        ),
        st.randoms(use_true_random=False),
    )
    def test_same_text_as_drop_tree(self, parts: list[str], random: Any) -> None:
        markup = f"<div>lead {''.join(parts)}end</div>"
        expected, actual = lxml.html.fromstring(markup), lxml.html.fromstring(markup)
        paths = [expected.getroottree().getpath(e) for e in expected.iter() if e is not expected]
        chosen = random.sample(paths, k=random.randint(0, len(paths)))
        tree = expected.getroottree()
        for element in [tree.xpath(path)[0] for path in chosen]:
            if element.getparent() is not None:
                element.drop_tree()
        dropper = Dropper()
        tree = actual.getroottree()
        for element in [tree.xpath(path)[0] for path in chosen]:
            dropper.drop(element)
        dropper.flush()
        assert lxml.html.tostring(actual) == lxml.html.tostring(expected)

    def test_many_dropped_siblings(self) -> None:
        markup = "<div><p>Start.</p>" + "".join(f"<script>s</script>w{n} " for n in range(3000))
        body = lxml.html.fromstring(markup + "</div>")
        dropper = Dropper()
        for script in list(body.iter("script")):
            dropper.drop(script)
        dropper.flush()
        assert body[0].tail == "".join(f"w{n} " for n in range(3000))

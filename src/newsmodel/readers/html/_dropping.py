"""Drop elements from a page as lxml's ``drop_tree()`` does, in time linear in the page.

``drop_tree()`` keeps the text after a dropped element (its tail) by appending it to the
previous sibling's tail, or to the parent's text: dropping a thousand scripts between the
words of one paragraph rewrites that paragraph's growing text a thousand times. Here the
kept tails wait in a list per receiving element and are written once, by :meth:`flush`,
in the same order, for the same text.
"""

from __future__ import annotations

import lxml.html

__all__ = ["Dropper"]


class Dropper:
    """Drops elements, keeping their tails; call :meth:`flush` before the page's text is
    read again."""

    def __init__(self) -> None:
        # (receiving element, whether it is its tail rather than its text) -> tails kept
        self._kept: dict[tuple[lxml.html.HtmlElement, bool], list[str]] = {}

    def drop(self, element: lxml.html.HtmlElement) -> None:
        """Remove ``element`` and what it holds; the text after it stays in place."""
        parent = element.getparent()
        if parent is None:
            return
        tail = element.tail or ""
        waiting = self._kept.pop((element, True), None)  # tails it received itself
        if waiting:
            tail += "".join(waiting)
        if tail:
            previous = element.getprevious()
            receiver = (parent, False) if previous is None else (previous, True)
            self._kept.setdefault(receiver, []).append(tail)
        parent.remove(element)

    def flush(self) -> None:
        """Write the kept tails into the tree."""
        for (receiver, as_tail), tails in self._kept.items():
            if as_tail:
                receiver.tail = (receiver.tail or "") + "".join(tails)
            else:
                receiver.text = (receiver.text or "") + "".join(tails)
        self._kept.clear()

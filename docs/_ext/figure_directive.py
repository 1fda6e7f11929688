"""The directive every generated figure uses: SVG set in the page, its caption below.

The SVG is written into the HTML itself (its text stays text: it can be searched, copied
and read aloud), with its ``<title>`` and ``<desc>`` as the text alternative; the
directive's content is the caption every reader sees.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.util.docutils import SphinxDirective


class SvgFigure(SphinxDirective):
    """A figure drawn at build time; subclasses say how (:meth:`drawing`)."""

    has_content = True
    required_arguments = 0
    optional_arguments = 1

    def drawing(self) -> str:
        raise NotImplementedError

    def depends_on(self, path: Path) -> Path:
        """Rebuild the page when ``path`` (a text the figure is drawn from) changes."""
        self.env.note_dependency(str(path))
        return path

    def run(self) -> list[nodes.Node]:
        try:
            drawn = self.drawing()
        except (LookupError, OSError, ValueError) as error:
            raise self.error(f"{self.name}: {error}") from error
        figure = nodes.figure(classes=["generated-figure"])
        # in the page the figure shrinks to the column, keeping its proportions
        inline = drawn.replace("<svg ", '<svg style="max-width: 100%; height: auto" ', 1)
        figure += nodes.raw("", inline, format="html")
        if self.content:
            parsed = nodes.container()
            self.state.nested_parse(self.content, self.content_offset, parsed)
            first = parsed.children[0] if parsed.children else None
            if not isinstance(first, nodes.paragraph) or len(parsed.children) > 1:
                raise self.error(f"{self.name}: the caption is one paragraph")
            figure += nodes.caption(first.rawsource, "", *first.children)
        return [figure]

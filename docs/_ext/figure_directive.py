"""The directive every generated figure uses: SVG set in the page, its caption below.

The SVG is written into the HTML itself (its text stays text: it can be searched, copied
and read aloud), with its ``<title>`` and ``<desc>`` as the text alternative; the
directive's content is the caption every reader sees. In the page the figure shrinks to the
column; the same SVG is also written to ``_images/figure-NAME.svg`` in the output, and the
caption ends with a link to it at full size.
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

    def file_name(self) -> str:
        """The name of the figure's file: the directive's and its argument's."""
        return "-".join(["figure", self.name, *self.arguments])

    def run(self) -> list[nodes.Node]:
        try:
            drawn = self.drawing()
        except (LookupError, OSError, ValueError) as error:
            raise self.error(f"{self.name}: {error}") from error
        images = Path(self.env.app.outdir) / "_images"
        images.mkdir(parents=True, exist_ok=True)
        (images / f"{self.file_name()}.svg").write_text(drawn, encoding="utf-8")
        up = "../" * self.env.docname.count("/")
        full_size = nodes.reference(
            "", "full size", refuri=f"{up}_images/{self.file_name()}.svg", internal=False
        )
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
            children = [*first.children, nodes.Text(" ("), full_size, nodes.Text(")")]
            figure += nodes.caption(first.rawsource, "", *children)
        return [figure]

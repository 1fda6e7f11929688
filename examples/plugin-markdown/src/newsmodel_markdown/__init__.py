"""An example newsmodel writer plugin: articles as Markdown."""

from __future__ import annotations

from newsmodel import Article, Figure, Heading, ListBlock, Paragraph, Quote


class MarkdownWriter:
    """Writes the headline, byline and body blocks as CommonMark."""

    def write(self, article: Article, *, heading_level: int = 1) -> str:
        lines = [f"{'#' * heading_level} {article.headline}", ""]
        names = [author.name for author in article.authors]
        if names:
            lines += [f"*By {', '.join(names)}*", ""]
        for block in article.body:
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Heading):
                lines.append(f"{'#' * min(6, block.level + heading_level - 1)} {block.text}")
            elif isinstance(block, Quote):
                lines.append(f"> {block.text}")
            elif isinstance(block, ListBlock):
                marks = (f"{i}." if block.ordered else "-" for i in range(1, len(block.items) + 1))
                lines += [f"{mark} {item}" for mark, item in zip(marks, block.items, strict=True)]
            elif isinstance(block, Figure):
                lines.append(f"![{block.image.caption or ''}]({block.image.url})")
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"


writer = MarkdownWriter()

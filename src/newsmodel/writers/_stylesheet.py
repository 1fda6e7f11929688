"""The small stylesheet the HTML writer embeds with ``style=True``, in articles and fronts.

It makes the page a readable preview of what was read, not a design: the system's fonts, a
measure of about 70 characters, images that fit, and the furniture set apart from the
story. Sides are logical (``inline-start``), so a right-to-left page mirrors it.
"""

from __future__ import annotations

__all__ = ["STYLESHEET"]

STYLESHEET = """\
:root { color-scheme: light dark; }
body { margin: 0; padding: 1rem; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI",
  Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans SC", "Helvetica Neue", Arial,
  sans-serif; }
.site-header, main { max-width: 42rem; margin-inline: auto; }
.site-header { display: flex; flex-wrap: wrap; align-items: center; gap: 0 1rem;
  border-block-end: 1px solid #8886; }
.site-title { font-weight: 700; font-size: 1.25rem; }
.site-logo { max-height: 2.5rem; width: auto; }
.site-description { flex-basis: 100%; margin-block-start: 0; opacity: .75; }
h1 { font-size: 2rem; line-height: 1.2; margin-block: .5rem; }
h2, h3, h4, h5, h6 { line-height: 1.3; }
:lang(zh) h1 { line-height: 1.4; }
.breadcrumb ol { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; padding: 0;
  list-style: none; font-size: .875rem; }
.breadcrumb li:not(:last-child)::after { content: "›"; margin-inline-start: .5rem; }
[dir="rtl"] .breadcrumb li:not(:last-child)::after { content: "‹"; }
.alternative-headline, .description { font-size: 1.2rem; opacity: .85; }
.byline, .dateline-and-dates, .comment-meta, .credit, figcaption { font-size: .875rem;
  opacity: .75; }
.dateline { font-weight: 700; }
img { max-width: 100%; height: auto; }
figure { margin-inline: 0; }
blockquote { margin-inline: 0; padding-inline-start: 1rem;
  border-inline-start: 4px solid #8888; font-style: italic; }
.article-links, .comments { margin-block-start: 2rem; padding-block-start: 1rem;
  border-block-start: 1px solid #8886; }
.article-links img { max-height: 3rem; vertical-align: middle; }
.comment-list, .comment-list ol { list-style: none; padding-inline-start: 0; }
.comment-list ol { padding-inline-start: 1.5rem; border-inline-start: 2px solid #8884; }
.comment { margin-block: 1rem; }
.comment-form textarea { display: block; width: 100%; min-height: 6rem;
  box-sizing: border-box; margin-block: .5rem; font: inherit; }
.site-navigation { max-width: 42rem; margin-inline: auto; font-size: .875rem; }
.site-navigation ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0;
  padding: 0; list-style: none; }
.site-navigation ul ul { opacity: .75; }
.site-navigation [aria-current] { font-weight: 700; }
.front-block { margin-block: 1.5rem; border-block-start: 1px solid #8886; }
.teaser { margin-block: 1rem; }
.teaser h3 { margin-block: .25rem; }
.teaser-image { max-height: 12rem; width: auto; }
.standfirst { margin-block: .25rem; }
.teaser-meta, .pagination, .site-footer { font-size: .875rem; opacity: .75; }
.flag { padding-inline: .375rem; border-radius: .25rem; font-size: .75rem;
  font-weight: 700; text-transform: uppercase; color: #fff; background: #b00; }
.flag.live { background: #c50; }
.site-footer { max-width: 42rem; margin-inline: auto; }
"""

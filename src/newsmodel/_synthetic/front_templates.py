"""Front pages (home pages and section fronts) as two kinds of portal software write them.

- ``wordpress``: a WordPress news theme's home page or category archive: the site title
  and description in the masthead, the primary menu with its sub-menus, one ``article``
  per post (title link, date, byline, excerpt), "Older posts" / "Newer posts" links, a
  "Recent Posts"-style widget in the sidebar, the feed links WordPress puts in the head.
- ``newspaper``: a newspaper CMS's home page or section front: a logo and tagline, a
  mega-menu with columns of sub-sections, breadcrumbs on a section front, a lead story
  and a block per section under a heading linking to it, "Live" and "Breaking" labels, a
  "Most read" rail, a pager, RSS and Atom links.

Pages are built as strings with every text and address escaped. The truth is the
:class:`~newsmodel.Front` a faithful reader gets: the portal with the section tree its
menu shows, the section fronted, the blocks in page order with each teaser's headline,
address, standfirst and flags as shown (a WordPress theme shows no flags, so its truth
has none), the next and previous pages, and the feeds linked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from html import escape

import attrs

from .._front import Front, FrontBlock, ListingLink, Teaser, TeaserFlag
from .._listing import ListingKind
from .._model import Article, Section
from ..writers._locale import Furniture
from ..writers._locale import furniture as furniture_words
from .chrome import Chrome, chrome, shown_day
from .page import PageSample, RenderedPage

__all__ = ["TEMPLATES", "render"]


def render(front: Front, template: str) -> PageSample[Front]:
    """``front`` as the template named ``template`` writes it, and its truth.

    The front needs a ``url`` and a ``portal`` with a ``url``; its blocks' teasers need
    addresses, each once on the page.

    Raises:
        KeyError: No template by that name (see :data:`TEMPLATES`).
    """
    write = TEMPLATES[template]
    content, truth = write(front)
    return PageSample(RenderedPage(content, front.url or "", "text/html", template), truth)


def _a(text: str) -> str:
    return escape(text, quote=False)


def _q(value: str) -> str:
    return '"' + escape(value, quote=True) + '"'


def _children(tree: Iterable[Section], parent: Section | None) -> list[Section]:
    return [section for section in tree if section.parent == parent]


def _head(front: Front, title: str, feeds: Iterable[ListingLink], extra: str = "") -> str:
    language = f" lang={_q(front.language)}" if front.language else ""
    links = "".join(
        f'<link rel="alternate" type="{_FEED_TYPES[link.kind]}" '
        f"title={_q(link.title or '')} href={_q(link.url)}>\n"
        for link in feeds
        if link.kind is not None
    )
    return (
        f'<!DOCTYPE html>\n<html{language}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_a(title)}</title>\n{links}{extra}</head>\n"
    )


_FEED_TYPES = {
    ListingKind.RSS: "application/rss+xml",
    ListingKind.ATOM: "application/atom+xml",
    ListingKind.JSON_FEED: "application/feed+json",
}


def _wordpress(front: Front) -> tuple[str, Front]:
    portal = front.portal
    assert portal is not None
    assert portal.url is not None
    home = portal.url
    section = front.section
    title = (
        portal.name
        if section is None and portal.tagline is None
        else (
            f"{section.name} – {portal.name}" if section else f"{portal.name} – {portal.tagline}"
        )
    )
    words = chrome(front.language)
    feeds = [ListingLink(f"{home}feed/", kind="rss", title=words.feed.format(portal=portal.name))]
    feeds.append(
        ListingLink(
            f"{home}comments/feed/",
            kind="rss",
            title=words.comments_feed.format(portal=portal.name),
        )
    )
    if section is not None and section.url:
        feeds.append(
            ListingLink(
                f"{section.url}feed/",
                kind="rss",
                title=words.category_feed.format(portal=portal.name, section=section.name),
            )
        )
    pagination = ""
    if front.next_page:
        pagination += f'<link rel="next" href={_q(front.next_page)}>\n'
    if front.previous_page:
        pagination += f'<link rel="prev" href={_q(front.previous_page)}>\n'
    body_class = f"archive category category-{_slug(section.name)}" if section else "home blog"
    parts = [
        _head(front, title, feeds, pagination),
        f'<body class={_q(body_class)}>\n<div id="page" class="site">\n'
        '<a class="skip-link screen-reader-text" href="#primary">'
        f"{_a(words.skip_to_content)}</a>\n"
        '<header id="masthead" class="site-header">\n<div class="site-branding">\n'
        f'<p class="site-title"><a href={_q(home)} rel="home">{_a(portal.name)}</a></p>\n',
    ]
    if portal.tagline:
        parts.append(f'<p class="site-description">{_a(portal.tagline)}</p>\n')
    parts.append(
        '</div>\n<nav id="site-navigation" class="main-navigation">\n'
        '<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">'
        f"{_a(words.menu)}</button>\n"
        '<ul id="primary-menu" class="menu">\n'
    )
    parts.extend(_wordpress_menu(portal.sections, section))
    parts.append('</ul>\n</nav>\n</header>\n<div id="content" class="site-content">\n')
    parts.append('<main id="primary" class="site-main">\n')
    if section is not None:
        parts.append(
            '<header class="page-header">\n'
            '<h1 class="page-title">'
            + _a(words.category).format(f"<span>{_a(section.name)}</span>")
            + "</h1>\n</header>\n"
        )
    blocks = list(front.blocks)
    loop = blocks[:1]
    sidebar = [block for block in blocks[1:] if block.section is None]
    categories = [block for block in blocks[1:] if block.section is not None]
    for block in loop:
        for teaser in block.teasers:
            parts.append(_wordpress_post(teaser.article, front.language))
    parts.extend(_wordpress_category_block(block) for block in categories)
    parts.append(_wordpress_pagination(front, words))
    parts.append('</main>\n<aside id="secondary" class="widget-area">\n')
    parts.extend(_wordpress_widget(number, block) for number, block in enumerate(sidebar, 2))
    parts.append(
        '</aside>\n</div>\n<footer id="colophon" class="site-footer">\n<div class="site-info">'
        f"© {_a(portal.name)} · "
        + _a(words.powered_by_wordpress).format('<a href="https://wordpress.org/">WordPress</a>')
        + "</div>\n</footer>\n</div>\n</body>\n</html>\n"
    )
    truth_blocks = [
        FrontBlock([_shown(t, standfirst=True, flags=False) for t in b.teasers]) for b in loop
    ]
    truth_blocks += [
        FrontBlock(
            [_shown(t, standfirst=False, flags=False) for t in b.teasers],
            heading=b.heading,
            section=b.section,
        )
        for b in categories
    ]
    truth_blocks += [
        FrontBlock(
            [_shown(t, standfirst=False, flags=False) for t in b.teasers], heading=b.heading
        )
        for b in sidebar
    ]
    truth = attrs.evolve(front, blocks=truth_blocks, feeds=feeds, sitemaps=())
    return "".join(parts), truth


def _wordpress_menu(tree: tuple[Section, ...], section: Section | None) -> list[str]:
    parts = []
    for top in _children(tree, None):
        parts.append(f"<li class={_q(_menu_item(top, section))}>{_link(top.url, top.name)}")
        below = _children(tree, top)
        if below:
            parts.append('\n<ul class="sub-menu">\n')
            parts.extend(
                f"<li class={_q(_menu_item(child, section))}>{_link(child.url, child.name)}</li>\n"
                for child in below
            )
            parts.append("</ul>\n")
        parts.append("</li>\n")
    return parts


def _menu_item(entry: Section, current: Section | None) -> str:
    return "menu-item current-menu-item" if entry == current else "menu-item"


def _wordpress_category_block(block: FrontBlock) -> str:
    """A news theme's block of one category's latest posts, under its linked name."""
    url = block.section.url if block.section else None
    posts = "".join(
        '<article class="small-post"><h5 class="title">'
        f"{_link(t.article.url, t.article.headline)}</h5></article>\n"
        for t in block.teasers
    )
    return (
        '<div class="mg-posts-sec mg-posts-modul-1">\n<div class="mg-sec-title">'
        f"<h4>{_link(url, block.heading or '')}</h4></div>\n"
        f'<div class="mg-posts-sec-inner">\n{posts}</div>\n</div>\n'
    )


def _wordpress_pagination(front: Front, words: Chrome) -> str:
    if not (front.next_page or front.previous_page):
        return ""
    older = newer = ""
    if front.next_page:
        older = f'<div class="nav-previous">{_link(front.next_page, words.older_posts)}</div>'
    if front.previous_page:
        newer = f'<div class="nav-next">{_link(front.previous_page, words.newer_posts)}</div>'
    return (
        f'<nav class="navigation posts-navigation" aria-label={_q(words.posts_navigation)}>\n'
        f'<h2 class="screen-reader-text">{_a(words.posts_navigation)}</h2>\n'
        f'<div class="nav-links">{older}{newer}</div>\n</nav>\n'
    )


def _wordpress_widget(number: int, block: FrontBlock) -> str:
    """WordPress's Recent Posts widget: a heading over a list of bare links."""
    links = "".join(
        f"<li>{_link(t.article.url, t.article.headline)}</li>\n" for t in block.teasers
    )
    return (
        f'<section id="recent-posts-{number}" class="widget widget_recent_entries">\n'
        f'<h2 class="widget-title">{_a(block.heading or "")}</h2>\n<ul>\n{links}</ul>\n'
        "</section>\n"
    )


def _link(url: str | None, text: str) -> str:
    return f"<a href={_q(url or '')}>{_a(text)}</a>"


def _wordpress_post(article: Article, language: str | None) -> str:
    words = chrome(language)
    parts = [
        f'<article class="post type-post status-publish format-standard hentry">\n'
        '<header class="entry-header">\n'
        f'<h2 class="entry-title"><a href={_q(article.url or "")} rel="bookmark">'
        f"{_a(article.headline)}</a></h2>\n"
    ]
    meta = []
    if isinstance(article.date_published, dt.datetime):
        meta.append(
            f'<span class="posted-on">{_a(words.posted_on)} <time class="entry-date published" '
            f"datetime={_q(article.date_published.isoformat())}>"
            f"{_a(shown_day(article.date_published, language))}</time></span>"
        )
    if article.authors:
        name = article.authors[0].name
        author = (
            '<span class="author vcard"><a class="url fn n" '
            f'href="/author/{_slug(name)}/">{_a(name)}</a></span>'
        )
        by = _a(furniture_words(language).by).format(author)
        meta.append(f'<span class="byline"> {by}</span>')
    if meta:
        parts.append(f'<div class="entry-meta">{"".join(meta)}</div>\n')
    parts.append("</header>\n")
    if article.description:
        parts.append(f'<div class="entry-summary">\n<p>{_a(article.description)}</p>\n</div>\n')
    parts.append("</article>\n")
    return "".join(parts)


def _newspaper(front: Front) -> tuple[str, Front]:
    portal = front.portal
    assert portal is not None
    assert portal.url is not None
    home = portal.url
    section = front.section
    title = f"{section.name} | {portal.name}" if section else portal.name
    if section is None and portal.tagline:
        title += f" | {portal.tagline}"
    words = chrome(front.language)
    said = furniture_words(front.language)
    feeds = [ListingLink(f"{home}rss/top.xml", kind="rss", title=words.top_stories)]
    if section is not None and section.url:
        feeds.append(ListingLink(f"{section.url}atom.xml", kind="atom", title=section.name))
    extra = '<meta property="og:type" content="website">\n'
    extra += f'<meta property="og:site_name" content={_q(portal.name)}>\n'
    extra += f'<link rel="canonical" href={_q(front.url or home)}>\n'
    parts = [
        _head(front, title, feeds, extra),
        f'<body class="{"page-section" if section else "page-home"}">\n'
        '<header class="masthead" role="banner">\n<div class="masthead__tools">'
        f'<a class="btn" href={_q(home + "subscribe")}>{_a(words.subscribe)}</a> '
        f'<a class="btn" href={_q(home + "signin")}>{_a(words.sign_in)}</a></div>\n'
        f'<a class="masthead__logo" href={_q(home)}><img src={_q(home + "static/logo.svg")} '
        f"alt={_q(portal.name)}></a>\n",
    ]
    if portal.tagline:
        parts.append(f'<p class="masthead__tagline">{_a(portal.tagline)}</p>\n')
    parts.append(
        f'<nav class="nav-primary" aria-label={_q(said.sections)}>\n'
        '<ul class="nav-primary__list">\n'
    )
    parts.extend(_newspaper_menu(portal.sections, section))
    parts.append("</ul>\n</nav>\n</header>\n")
    if section is not None:
        steps = [(home, said.home), *((s.url or "", s.name) for s in section.path)]
        parts.append(f'<nav class="breadcrumbs" aria-label={_q(said.breadcrumb)}>\n<ol>\n')
        parts.extend(f"<li><a href={_q(url)}>{_a(name)}</a></li>\n" for url, name in steps)
        parts.append("</ol>\n</nav>\n")
    parts.append('<main id="main" class="front">\n')
    if section is not None:
        parts.append(f'<h1 class="front__title">{_a(section.name)}</h1>\n')
    blocks = list(front.blocks)
    rail = [block for block in blocks if block.section is None and block.heading]
    main = [block for block in blocks if block not in rail]
    for index, block in enumerate(main):
        lead = index == 0 and block.heading is None
        parts.append(f'<section class="block{" block--lead" if lead else ""}">\n')
        if block.heading:
            link = block.section.url if block.section else None
            heading = f"<a href={_q(link)}>{_a(block.heading)}</a>" if link else _a(block.heading)
            parts.append(f'<h2 class="block__heading">{heading}</h2>\n')
        parts.append('<ul class="block__teasers">\n')
        for teaser in block.teasers:
            parts.append(_newspaper_teaser(teaser, said))
        parts.append("</ul>\n</section>\n")
    parts.append("</main>\n")
    parts.append(_newspaper_rail(rail))
    parts.append(_newspaper_pager(front, said))
    parts.append(
        '<footer class="site-footer">\n<ul>'
        f"<li><a href={_q(home + 'about')}>{_a(words.about_us)}</a></li>"
        f"<li><a href={_q(home + 'privacy')}>{_a(words.privacy_policy)}</a></li></ul>\n"
        f"<p>© {_a(portal.name)}</p>\n</footer>\n</body>\n</html>\n"
    )
    truth_blocks = [
        FrontBlock(
            [_shown(t, standfirst=True, flags=True) for t in b.teasers],
            heading=b.heading,
            section=b.section,
        )
        for b in main
    ]
    truth_blocks += [
        FrontBlock(
            [_shown(t, standfirst=False, flags=False) for t in b.teasers], heading=b.heading
        )
        for b in rail
    ]
    truth = attrs.evolve(front, blocks=truth_blocks, feeds=feeds, sitemaps=())
    return "".join(parts), truth


def _newspaper_menu(tree: tuple[Section, ...], section: Section | None) -> list[str]:
    parts = []
    for top in _children(tree, None):
        parts.append(f'<li class="nav-primary__item">{_current_link(top, section)}')
        below = _children(tree, top)
        if below:
            parts.append('\n<div class="mega-menu">\n<div class="mega-menu__column">\n<ul>\n')
            parts.extend(f"<li>{_current_link(child, section)}</li>\n" for child in below)
            parts.append("</ul>\n</div>\n</div>\n")
        parts.append("</li>\n")
    return parts


def _current_link(entry: Section, current: Section | None) -> str:
    marked = ' aria-current="page"' if entry == current else ""
    return f"<a href={_q(entry.url or '')}{marked}>{_a(entry.name)}</a>"


def _newspaper_rail(rail: list[FrontBlock]) -> str:
    """The "Most read" rail: numbered headlines beside the main column."""
    if not rail:
        return ""
    parts = ['<aside class="rail">\n']
    for block in rail:
        items = "".join(
            f"<li><h4>{_link(t.article.url, t.article.headline)}</h4></li>\n"
            for t in block.teasers
        )
        parts.append(
            '<section class="most-read">\n'
            f'<h2 class="rail__heading">{_a(block.heading or "")}</h2>\n<ol>\n{items}</ol>\n'
            "</section>\n"
        )
    parts.append("</aside>\n")
    return "".join(parts)


def _newspaper_pager(front: Front, said: Furniture) -> str:
    if not (front.next_page or front.previous_page):
        return ""
    links = ""
    if front.previous_page:
        previous = _a(said.previous_page)
        links += f'<a class="prev" rel="prev" href={_q(front.previous_page)}>‹ {previous}</a>\n'
    if front.next_page:
        following = _a(said.next_page)
        links += f'<a class="next" rel="next" href={_q(front.next_page)}>{following} ›</a>\n'
    return f'<nav class="pagination">\n{links}</nav>\n'


def _newspaper_teaser(teaser: Teaser, said: Furniture) -> str:
    article = teaser.article
    names = {TeaserFlag.LIVE: said.live, TeaserFlag.BREAKING: said.breaking}
    labels = "".join(
        f'<span class="teaser__flag {flag.value}">{_a(names[flag])}</span>'
        for flag in teaser.flags
    )
    parts = [
        f'<li class="teaser">{labels}<h3 class="teaser__headline">'
        f"<a href={_q(article.url or '')}>{_a(article.headline)}</a></h3>"
    ]
    if article.description:
        parts.append(f'<p class="teaser__standfirst">{_a(article.description)}</p>')
    parts.append("</li>\n")
    return "".join(parts)


def _shown(teaser: Teaser, *, standfirst: bool, flags: bool) -> Teaser:
    article = teaser.article
    shown = Article(
        article.headline,
        url=article.url,
        description=article.description if standfirst else None,
    )
    return Teaser(shown, flags=teaser.flags if flags else ())


def _slug(name: str) -> str:
    return "-".join(name.lower().split())


TEMPLATES: dict[str, Callable[[Front], tuple[str, Front]]] = {
    "wordpress": _wordpress,
    "newspaper": _newspaper,
}
"""Each front template's name, with the function writing it."""

"""The built-in site adapter for WordPress portals: core and common theme markup.

It matches a page that says it is WordPress (``<meta name="generator">``, the REST API
link), loads files from ``/wp-content/`` or ``/wp-includes/``, or has WordPress's body
classes (``postid-N``, ``single-post``, ``wp-singular``). It is CMS-wide, so its priority
is 0: an adapter for one WordPress portal, with a higher priority, replaces it.

Its selectors follow the markup of the default themes and of the themes that copy them:
``.entry-content`` (else ``.post-content``, ``.wp-block-post-content``) for the body,
``h1.entry-title`` for the headline, ``.byline .author`` and ``rel="author"`` links for the
authors, ``time.entry-date`` for the publication date, ``.site-title``,
``.site-description`` and ``.custom-logo`` for the portal, ``.comment-list`` for the
comments, Jetpack's and YARPP's related posts and the previous/next links. Share bars
(Jetpack's ``sharedaddy`` and others), related-post boxes, post navigation and author boxes
are removed before the body is read.

Registered through newsmodel's own ``newsmodel.sites`` entry point as ``wordpress``.
"""

from __future__ import annotations

import lxml.html

from ._selectors import Selectors

__all__ = ["WordPressAdapter", "adapter"]


def _has(name: str) -> str:
    """An XPath 1.0 test on a class attribute, the context node: it holds the word ``name``.

    The plain ``contains`` first is cheap and rules out almost every element before the
    exact test builds strings.
    """
    return (
        f"(contains(., '{name}') and contains(concat(' ', normalize-space(.), ' '), ' {name} '))"
    )


def _any(*names: str) -> str:
    """An XPath 1.0 test: the element's class attribute holds one of the words ``names``.

    The words are tested on the attribute, found once, rather than each on the element:
    such tests run on every element of the page.
    """
    return f"@class[{' or '.join(_has(name) for name in names)}]"


def _first_of(*expressions: str) -> str:
    """The first element the first expression that finds anything finds.

    The expressions are absolute paths, so "an earlier one finds nothing" is the same test
    wherever it is asked: it is asked of one element, the first found, not of every one
    (which made a page of many candidates cost its size squared).
    """
    found = []
    for index, expression in enumerate(expressions):
        unless = "".join(f"[not({earlier})]" for earlier in expressions[:index])
        found.append(f"({expression})[1]{unless}")
    return " | ".join(found)


# Paths start with ``/descendant::``, not ``//``: libxml2 walks the page once for it, where
# for ``//x[...]`` it collects the children of every node (it spares that only for an ``//x``
# without predicates).
# Boxes are block elements. A union of paths (``/descendant::div[...] | ...``) is never
# used: libxml2 merges the paths' node sets in time quadratic in their size (150,000 share
# boxes took 27 s). One path tests the tag last, after the class tests that rule most
# elements out; what is removed, in any order, is found by a path per tag.
_BOX_TAGS = ("div", "section", "aside", "nav", "ul", "p")
_IS_BOX = " or ".join(f"self::{tag}" for tag in _BOX_TAGS)


def _boxes(predicates: str) -> str:
    """The boxes that pass ``predicates``, in page order."""
    return f"/descendant::*{predicates}[{_IS_BOX}]"


_NOT_IN_COMMENTS = f"[not(ancestor::*[{_any('comment-list', 'commentlist', 'comments-area')}])]"
# The post the page shows: WordPress writes its id in the body's classes (``postid-42``) and
# in the class and id of the post's element (``post-42``); posts listed in related-post
# grids carry their own ids.
_POST_ID = "substring-before(concat(substring-after(/html/body/@class, 'postid-'), ' '), ' ')"
_IS_POST = (
    "contains(concat(' ', normalize-space(@class), ' '), "
    f"concat(' post-', {_POST_ID}, ' ')) or @id = concat('post-', {_POST_ID})"
)
_IN_POST = f"[ancestor::*[contains(@class, 'post-') or starts-with(@id, 'post-')][{_IS_POST}]]"
_NOT_IN_OTHER_POST = f"[not(ancestor::*[{_any('type-post', 'hentry')}][not({_IS_POST})])]"
# Theme markup is used only where the page's metadata has no value of its own: theme
# dates are often the last update, and theme bylines often list every contributor. The
# test is on the page's root element, so a page with metadata is not searched at all.
_NO_DATE_METADATA = (
    "[not(/descendant::meta[@property='article:published_time'])]"
    "[not(/descendant::script[@type='application/ld+json'][contains(., 'datePublished')])]"
)
_NO_AUTHOR_METADATA = (
    "[not(/descendant::meta[@name='author' or @property='article:author'])]"
    "[not(/descendant::script[@type='application/ld+json'][contains(., '\"author\"')])]"
)

_MAX_BODY_CLASS = 4096  # characters of <body> classes; WordPress writes a few hundred

# What the body loses before it is read.
_REMOVED = "@id='jp-relatedposts' or " + _any(
    # share bars: Jetpack, AddToAny, Shared Counts, Social Warfare, Sassy Social Share
    *("sharedaddy", "sd-sharing-enabled", "addtoany_share_save_container"),
    *("shared-counts-wrap", "swp_social_panel", "heateor_sss_sharing_container"),
    # related posts
    *("jp-relatedposts", "yarpp-related", "crp_related"),
    # previous/next navigation
    *("post-navigation", "posts-navigation", "wp-block-post-navigation-link"),
    # author boxes (theme boxes, Simple Author Box)
    *("author-box", "author-bio", "about-author", "saboxplugin-wrap"),
    # tag and category lines under the post
    *("entry-footer", "post-tags", "wp-block-post-terms"),
)

SELECTORS = Selectors(
    body=_first_of(
        _boxes(f"[{_any('entry-content')}]{_IN_POST}{_NOT_IN_OTHER_POST}"),
        _boxes(
            f"[{_any('post-content', 'wp-block-post-content')}]"
            f"[{_IN_POST[1:-1]} or ({_any('wp-block-post-content')}"
            f" and not(ancestor::*[{_any('wp-block-post-template')}]))]{_NOT_IN_OTHER_POST}"
        ),
    ),
    headline=f"/descendant::h1[{_any('entry-title', 'post-title', 'wp-block-post-title')}]",
    authors=(
        f"/*{_NO_AUTHOR_METADATA}"
        f"/descendant::*[{_any('byline', 'entry-author', 'post-author', 'posted-by')}]"
        f"/descendant::a[@rel='author' or {_any('url', 'fn', 'author')}"
        f" or contains(@href, '/author/')]{_NOT_IN_COMMENTS}"
    ),
    date_published=_first_of(
        f"/*{_NO_DATE_METADATA}/descendant::time"
        f"[@class[{_has('entry-date')} and {_has('published')} and not({_has('updated')})]]"
        f"{_NOT_IN_COMMENTS}",
    ),
    site_name=f"/descendant::*[{_any('site-title')}][not(ancestor::article)]",
    tagline=f"/descendant::*[{_any('site-description')}][not(ancestor::article)]",
    logo=(
        f"/descendant::img[{_any('custom-logo')}] | /descendant::*[{_any('wp-block-site-logo')}]"
        "/descendant::img[not(ancestor::article)]"
    ),
    comments=f"/descendant::ol[{_any('comment-list', 'commentlist')}]",
    related=_boxes(
        f"[@id='jp-relatedposts'"
        f" or {_any('yarpp-related', 'crp_related', 'nav-previous', 'nav-next')}]"
    ),
    remove=tuple(f"/descendant::{tag}[{_REMOVED}]" for tag in _BOX_TAGS),
)


class WordPressAdapter:
    """Selectors for WordPress's core and common theme markup (see the module)."""

    name = "wordpress"
    priority = 0
    selectors = SELECTORS

    def matches(self, tree: lxml.html.HtmlElement, url: str | None) -> bool:
        """True for a page WordPress made: its ``<head>`` or ``<body>`` classes say so.

        Not for a page whose ``<body>`` classes run past ``_MAX_BODY_CLASS`` characters:
        the selectors read the post's id from them at every candidate they test, so a
        hostile page with a huge class and many candidates would cost its size squared.
        WordPress writes a few hundred characters.
        """
        body = tree.find("body")
        body_class = (body.get("class") or "") if body is not None else ""
        if len(body_class) > _MAX_BODY_CLASS:
            return False
        head = tree.find("head")
        for element in head if head is not None else ():
            if element.tag == "meta":
                if (element.get("name") or "").lower() == "generator" and (
                    element.get("content") or ""
                ).lower().startswith("wordpress"):
                    return True
            elif element.tag in ("link", "script"):
                address = element.get("href") or element.get("src") or ""
                if "/wp-content/" in address or "/wp-includes/" in address:
                    return True
                if element.get("rel") == "https://api.w.org/":
                    return True
        classes = body_class.split()
        return any(
            name in ("single-post", "wp-singular") or name.startswith("postid-")
            for name in classes
        )

    def __repr__(self) -> str:
        return "<WordPressAdapter 'wordpress'>"


adapter = WordPressAdapter()
"""The adapter registered as ``wordpress``."""

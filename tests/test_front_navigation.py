"""A front's section tree leaves out what a menu holds besides sections: utility links,
language switches and the pages of a listing."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import Front

_STORIES = (
    "<main><h2>Top stories</h2>"
    '<article><h3><a href="/news/2026/12/01/a/">First story about the harbour works</a></h3>'
    "</article>"
    '<article><h3><a href="/news/2026/12/01/b/">Second story about the harbour works</a></h3>'
    "</article></main>"
)


def _front(menu: str, *, lang: str = "en", url: str = "https://daily.example/") -> Front:
    page = (
        f'<html lang="{lang}"><head><title>Daily</title></head><body><header>'
        f'<a href="/" rel="home">The Daily Example</a><nav><ul>{menu}</ul></nav></header>'
        f"{_STORIES}</body></html>"
    )
    return newsmodel.read_front(page.encode(), format="html", url=url)


def _sections(front: Front) -> list[str]:
    assert front.portal is not None
    return [section.name for section in front.portal.sections]


def _items(*links: tuple[str, str]) -> str:
    return "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)


class TestUtilityLinks:
    """Donations, subscriptions, sitemaps, accessibility, tips, contact, careers and
    advertising are no sections, in several languages, by their path or their text."""

    @pytest.mark.parametrize(
        ("href", "text"),
        [
            ("/donate/", "Donate"),
            ("/p/12", "Support us"),
            ("/p/13", "Spenden"),
            ("/p/14", "Faire un don"),
            ("/manage-subscription/", "Manage subscription"),
            ("/p/15", "Manage my subscription"),
            ("/gift/", "Give a gift subscription"),
            ("/p/16", "Abo verschenken"),
            ("/p/17", "Offrir un abonnement"),
            ("/p/18", "Gestionar suscripción"),
            ("/sitemap/", "Sitemap"),
            ("/p/19", "Plan du site"),
            ("/accessibility/", "Accessibility"),
            ("/p/20", "Barrierefreiheit"),
            ("/tips/", "Send us a tip"),
            ("/p/21", "Contact us"),
            ("/p/22", "Careers"),
            ("/p/23", "Advertise with us"),
            ("/p/24", "Mediadaten"),
        ],
    )
    def test_left_out(self, href: str, text: str) -> None:
        front = _front(_items(("/news/", "News"), (href, text), ("/sport/", "Sport")))
        assert _sections(front) == ["News", "Sport"]

    def test_sections_with_near_names_are_kept(self) -> None:
        links = [
            ("/us/", "US"),
            ("/tv/", "TV"),
            ("/world/", "World"),
            ("/tips-and-tricks/", "Tips"),
            ("/news/", "More news"),
            ("/archive/2025/", "2025"),
        ]
        assert _sections(_front(_items(*links))) == [text for _, text in links]


class TestLanguageSwitches:
    """Links to the site in another language are no sections: by their language's name,
    ``hreflang``, a ``lang`` other than the page's, or a language tag to "/en/"."""

    @pytest.mark.parametrize(
        "link",
        [
            '<a href="/en/">English</a>',
            '<a href="/de/">Deutsch</a>',
            '<a href="/fr/">Français</a>',
            '<a href="/de/" hreflang="de">Auf Deutsch lesen</a>',
            '<a href="/edicion/" lang="es">Edición</a>',
            '<a href="/en/">EN</a>',
            '<a href="/pt-br/">PT</a>',
        ],
    )
    def test_left_out(self, link: str) -> None:
        front = _front(f'<li><a href="/news/">News</a></li><li>{link}</li>')
        assert _sections(front) == ["News"]

    @pytest.mark.parametrize("lang", ["en", "en-GB"])
    def test_a_link_in_the_page_s_own_language_is_kept(self, lang: str) -> None:
        front = _front(f'<li><a href="/news/" lang="{lang}">News</a></li>', lang="en")
        assert _sections(front) == ["News"]


class TestPagination:
    """Links to a listing's other pages are its next and previous pages, not sections,
    even in a ``<nav>``: WordPress's posts navigation, ``rel``, their words and numbers."""

    WORDPRESS = (
        '<nav class="navigation posts-navigation" aria-label="Posts">'
        '<h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links">'
        '<div class="nav-previous"><a href="/category/politics/page/3/">Older posts</a></div>'
        '<div class="nav-next"><a href="/category/politics/">Newer posts</a></div>'
        "</div></nav>"
    )

    def _front(self, pages: str) -> Front:
        page = (
            '<html lang="en"><head><title>Politics</title></head><body><header>'
            '<a href="/" rel="home">Valley Voice</a><nav class="main-navigation"><ul>'
            '<li><a href="/category/news/">News</a></li>'
            '<li><a href="/category/politics/">Politics</a></li></ul></nav></header>'
            f"{_STORIES}{pages}</body></html>"
        )
        url = "https://valleyvoice.example/category/politics/page/2/"
        return newsmodel.read_front(page.encode(), format="html", url=url)

    def test_wordpress_posts_navigation(self) -> None:
        front = self._front(self.WORDPRESS)
        assert _sections(front) == ["News", "Politics"]
        assert front.next_page == "https://valleyvoice.example/category/politics/page/3/"

    def test_named_posts_navigation(self) -> None:
        pages = self.WORDPRESS.replace('aria-label="Posts"', 'aria-label="Posts navigation"')
        assert _sections(self._front(pages.replace("posts-navigation", "navigation"))) == [
            "News",
            "Politics",
        ]

    @pytest.mark.parametrize(
        "pages",
        [
            '<nav><a href="/category/politics/page/3/" rel="next">Continue</a></nav>',
            '<nav><ul><li><a href="/category/politics/page/3/">Next page »</a></li></ul></nav>',
            '<nav><ul><li><a href="/category/politics/page/1/">Neuere Beiträge</a></li>'
            "</ul></nav>",
            '<nav><a href="/category/politics/page/1/">1</a> <span>2</span>'
            ' <a href="/category/politics/page/3/">3</a></nav>',
        ],
    )
    def test_page_links_in_a_nav(self, pages: str) -> None:
        assert _sections(self._front(pages)) == ["News", "Politics"]

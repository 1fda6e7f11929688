"""The portal around an article: breadcrumbs in microdata give the section path."""

from __future__ import annotations

import newsmodel

SCHEMA = "https://schema.org/"
STORY = "The harbour office put its tide tables on the web this week. " * 8


def _page(trail: str) -> str:
    return (
        "<!doctype html><html><head><title>Tide tables move online</title></head><body>"
        f"{trail}<article><h1>Tide tables move online</h1><p>{STORY}</p></article>"
        "</body></html>"
    )


def _crumb(position: int, name: str, href: str | None = None) -> str:
    label = f'<span itemprop="name">{name}</span>'
    inner = f'<a itemprop="item" href="{href}">{label}</a>' if href else label
    return (
        f'<li itemprop="itemListElement" itemscope itemtype="{SCHEMA}ListItem">{inner}'
        f'<meta itemprop="position" content="{position}"></li>'
    )


class TestMicrodataBreadcrumbs:
    """A microdata BreadcrumbList gives the section path, without Home or the article."""

    def test_unnamed_list(self) -> None:
        trail = (
            f'<ol itemscope itemtype="{SCHEMA}BreadcrumbList">'
            + _crumb(1, "Home", "/")
            + _crumb(2, "Coast", "/coast/")
            + _crumb(3, "Tides", "/coast/tides/")
            + _crumb(4, "Tide tables move online")
            + "</ol>"
        )
        article = newsmodel.read(_page(trail), format="html", url="https://news.example/a")
        assert article.section is not None
        assert [(s.name, s.url) for s in article.section.path] == [
            ("Coast", "https://news.example/coast/"),
            ("Tides", "https://news.example/coast/tides/"),
        ]

    def test_positions_order_the_trail(self) -> None:
        trail = (
            f'<div itemscope itemtype="{SCHEMA}WebPage"><ul itemprop="breadcrumb" itemscope '
            f'itemtype="{SCHEMA}BreadcrumbList">'
            + _crumb(2, "Tides", "/coast/tides/")
            + _crumb(1, "Coast", "/coast/")
            + "</ul></div>"
        )
        article = newsmodel.read(_page(trail), format="html")
        assert article.section is not None
        assert [s.name for s in article.section.path] == ["Coast", "Tides"]

    def test_jsonld_comes_first(self) -> None:
        jsonld = (
            '<script type="application/ld+json">{"@context": "https://schema.org",'
            ' "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem",'
            ' "position": 1, "name": "Weather"}]}</script>'
        )
        trail = f'<ol itemscope itemtype="{SCHEMA}BreadcrumbList">' + _crumb(1, "Coast") + "</ol>"
        article = newsmodel.read(_page(jsonld + trail), format="html")
        assert article.section is not None
        assert [s.name for s in article.section.path] == ["Weather"]

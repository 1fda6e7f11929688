"""Bylines the visible page shows, read when the markup names no author."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel._html import parse_html
from newsmodel.readers.html.bylines import authors_in_page, names_in, tidy_name


def _authors(body: str, head: str = "") -> list[str]:
    html = f"<html><head><title>T</title>{head}</head><body><h1>T</h1>{body}</body></html>"
    return [author.name for author in newsmodel.read(html).authors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Roe", ("Jane Roe",)),
        ("Written by Jane Roe | 4 Sept 2025", ("Jane Roe",)),
        ("Posted by Jane Roe on September 4, 2025", ("Jane Roe",)),
        ("Author: Jane Roe", ("Jane Roe",)),
        ("By Jane Roe and Omar Haddad", ("Jane Roe", "Omar Haddad")),
        ("Jane Roe, Omar Haddad & Lin Wei", ("Jane Roe", "Omar Haddad", "Lin Wei")),
        ("Genevieve Moss, Ph.D.", ("Genevieve Moss, Ph.D.",)),
        ("Jane Roe Tuesday 4 Sept", ("Jane Roe",)),
        ("Jillian Kubala, MS, RD", ("Jillian Kubala, MS, RD",)),
        ("Linny and Peter", ("Linny and Peter",)),
        ("Jane and Omar Haddad", ("Jane and Omar Haddad",)),
        ("DZWatch and 新华社", ("DZWatch", "新华社")),  # no family name to share
        ("Von DZWatch und Reuters", ("DZWatch", "Reuters")),  # a wire is a party
        ("DZWatch et Agence France-Presse", ("DZWatch", "Agence France-Presse")),
        ("王伟、DZWatch", ("王伟", "DZWatch")),
        ("DZWatch und Ministry of Defense", ("DZWatch", "Ministry of Defense")),  # a brand
        ("Lucía García y DZWatch", ("Lucía García", "DZWatch")),  # no surname is "DZWatch"
        ("Center for Drug Evaluation and Research", ("Center for Drug Evaluation and Research",)),
        ("By Sarah Mitchell and DZWatch", ("Sarah Mitchell", "DZWatch")),
        ("DZWatch, Jane Roe and Omar Haddad", ("DZWatch", "Jane Roe", "Omar Haddad")),
        ("Ministry of Defense and Reuters", ("Ministry of Defense", "Reuters")),
        ("Jane Roe, AFP", ("Jane Roe", "AFP")),
        ("Jane Roe, 新华社 and الخبر", ("Jane Roe", "新华社", "الخبر")),
        ("Por Lucía García y Lucía Martínez", ("Lucía García", "Lucía Martínez")),
        ("José Ortega y Gasset", ("José Ortega y Gasset",)),  # one man's two surnames
        ("DZWatch y Lucía García", ("DZWatch", "Lucía García")),
        ("Lucía García y EFE", ("Lucía García", "EFE")),  # a wire agency, no surname
        ("Ana y Pedro López", ("Ana y Pedro López",)),  # a couple of one family name
        ("أحمد الحسن، أحمد العلي وDZWatch", ("أحمد الحسن", "أحمد العلي", "DZWatch")),
        ("Автор: Михаил Дегтярев и Михаил Евкуров", ("Михаил Дегтярев", "Михаил Евкуров")),
        ("作者：王伟、李伟", ("王伟", "李伟")),
        ("بقلم أحمد الحسن وأحمد العلي", ("أحمد الحسن", "أحمد العلي")),
        ("أحمد الحسن ووليد العلي", ("أحمد الحسن", "وليد العلي")),
        ("أحمد الحسن وتامر العلي", ("أحمد الحسن", "تامر العلي")),  # two full names
        # a job after a comma is the author's, not another author
        ("By Jane Roe, Daily Planet Staff Writer", ("Jane Roe",)),
        ("By Jane Roe, Staff Writer, and Omar Haddad", ("Jane Roe", "Omar Haddad")),
        ("By Jane Roe and Omar Haddad, Correspondents", ("Jane Roe", "Omar Haddad")),
        ("Par Jean Roux, envoyé spécial", ("Jean Roux",)),
        ("Share this article", ()),
        ("5 min read", ()),
        ("jane@example.org", ()),
        ("A sentence that is far too long to be anybody's name in a byline at all", ()),
    ],
)
def test_names_in(text: str, expected: tuple[str, ...]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "name", ["أحمد وليد الحسن", "وائل السيد", "محمد أحمد وسام السيد", "سارة وفاء العلي"]
)
def test_an_arabic_name_with_a_word_opening_with_wa_is_one_name(name: str) -> None:
    """A word opening with "و" that is a given name of its own does not start a name."""
    assert names_in(name) == (name,)


def test_a_byline_joined_by_the_pages_and_gives_each_author() -> None:
    html = (
        '<html lang="es"><head><title>T</title></head><body><article><header><h1>T</h1>'
        '<span class="byline"> Por '
        '<span class="author vcard">Lucía García y Lucía Martínez</span></span></header>'
        '<div class="entry-content"><p>Texto.</p></div></article></body></html>'
    )
    authors = newsmodel.read(html, url="https://news.example/a").authors
    assert [author.name for author in authors] == ["Lucía García", "Lucía Martínez"]


def test_a_job_after_the_name_in_a_byline_is_not_an_author() -> None:
    body = '<p class="byline">By Jane Roe, Daily Planet Staff Writer</p><p>The harbour.</p>'
    assert _authors(body) == ["Jane Roe"]


def test_names_in_with_names_shown_apart() -> None:
    """A one-word name the markup shows on its own (a link of its own) is a party."""
    assert names_in("Jane Roe, Herald", frozenset({"Herald"})) == ("Jane Roe", "Herald")
    assert names_in("Jane Roe, Herald") == ("Jane Roe, Herald",)


class TestVisibleBylines:
    """The page's own byline gives the authors when no markup does."""

    def test_rel_author_link(self) -> None:
        assert _authors('<p>By <a rel="author" href="/u/jr">Jane Roe</a></p>') == ["Jane Roe"]

    def test_itemprop_author(self) -> None:
        assert _authors('<span itemprop="author">Jane Roe</span>') == ["Jane Roe"]

    def test_every_author_of_the_item_and_no_other_items(self) -> None:
        """An item gives each author an element of its own; a comment's author is the
        comment's."""
        body = (
            '<div itemscope><span itemprop="author">Jane Roe</span> and '
            '<span itemprop="author" itemscope><meta itemprop="name" content="Omar Haddad">'
            '</span><div itemprop="comment" itemscope><b itemprop="author">Ann Lee</b></div></div>'
        )
        assert authors_in_page(parse_html(f"<html><body>{body}</body></html>")) == (
            "Jane Roe",
            "Omar Haddad",
        )

    def test_the_items_people_beat_the_site_named_as_the_author(self) -> None:
        """The site as the JSON-LD author gives way to every person the item names."""
        ledger = '{"@type": "Organization", "name": "Ledger"}'
        head = (
            '<meta property="og:site_name" content="Ledger"><script type="application/ld+json">'
            f'{{"@context": "https://schema.org", "@type": "NewsArticle", "author": {ledger}, '
            f'"publisher": {ledger}}}</script>'
        )
        people = "".join(
            f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<meta itemprop="name" content="{name}"></span>'
            for name in ("Laura Clarke", "Omar Mitchell")
        )
        body = f'<div itemscope itemtype="https://schema.org/NewsArticle" hidden>{people}</div>'
        assert _authors(body, head) == ["Laura Clarke", "Omar Mitchell"]

    def test_author_page_link_in_a_byline(self) -> None:
        body = '<div class="post-byline">By <a href="/author/jane-roe/">Jane Roe</a> · 4 min</div>'
        assert _authors(body) == ["Jane Roe"]

    def test_labelled_text_split_over_elements(self) -> None:
        body = '<div class="author-wrap"><div>By</div><div>Jane Roe</div><div>-</div></div>'
        assert _authors(body) == ["Jane Roe"]

    def test_a_job_title_beside_the_name_is_left_out(self) -> None:
        body = (
            '<div class="author-info"><div class="author-name">Jane Roe</div>'
            "<div>Harbour Editor</div></div>"
        )
        assert _authors(body) == ["Jane Roe"]

    def test_names_in_separate_links(self) -> None:
        body = '<p class="byline">By <a>Jane Roe</a> and <a>Omar Haddad</a></p>'
        assert _authors(body) == ["Jane Roe", "Omar Haddad"]

    def test_a_byline_linking_only_some_of_its_authors(self) -> None:
        body = (
            '<p class="byline">By Jane Roe, <a href="/authors/omar" rel="author">Omar Haddad'
            "</a> and Lin Wei</p>"
        )
        assert _authors(body) == ["Jane Roe", "Omar Haddad", "Lin Wei"]

    def test_each_author_in_an_element_with_a_role_beside_the_name(self) -> None:
        body = (
            '<div class="byline">By <span class="byline__author"><span class="byline__name">'
            '<a rel="author" href="/u/lo">Laura Okafor</a></span> '
            '<span class="byline__role">Head Coach</span></span>, '
            '<span class="byline__author"><span class="byline__name">Reuters</span></span>, '
            '<span class="byline__author"><span class="byline__name">Amina Novak</span> '
            '<span class="byline__role">Minister of Sports</span></span></div>'
        )
        assert _authors(body) == ["Laura Okafor", "Reuters", "Amina Novak"]
        unlinked = body.replace('<a rel="author" href="/u/lo">Laura Okafor</a>', "Laura Okafor")
        assert _authors(unlinked.replace("Reuters", "DZWatch")) == [
            "Laura Okafor",
            "DZWatch",
            "Amina Novak",
        ]

    def test_one_word_parties_beside_linked_authors(self) -> None:
        body = (
            '<p class="byline">By <a rel="author">Omar Rahman</a> and <a rel="author">SANA</a></p>'
        )
        assert _authors(body) == ["Omar Rahman", "SANA"]
        body = '<p class="byline">By Ministry of Defense and <a rel="author">DZWatch</a></p>'
        assert _authors(body) == ["Ministry of Defense", "DZWatch"]
        body = '<p class="byline">By <a rel="author">Jillian Kubala</a>, MS, RD</p>'
        assert _authors(body) == ["Jillian Kubala"]

    def test_names_in_arabic_and_chinese_beside_latin_ones(self) -> None:
        body = '<p class="byline">By ليلى القاسم, <a rel="author">Peter Hughes</a> and 新华社</p>'
        assert _authors(body) == ["ليلى القاسم", "Peter Hughes", "新华社"]
        body = (
            '<p class="byline">By <a rel="author">Omar Rahman</a> and '
            '<a rel="author">الخبر</a></p>'
        )
        assert _authors(body) == ["Omar Rahman", "الخبر"]

    def test_a_byline_naming_its_linked_author_twice_gives_the_link(self) -> None:
        body = '<p class="byline">By <a rel="author">Jane Roe</a> and Jane Roe</p>'
        assert _authors(body) == ["Jane Roe"]

    def test_a_by_line_under_the_headline(self) -> None:
        assert _authors("<p>by: Jane Roe</p><p>The ferry is back.</p>") == ["Jane Roe"]

    def test_a_written_by_label_and_the_name_after_it(self) -> None:
        body = "<div><p>Written by</p><p>Jane Roe</p></div><p>The ferry is back.</p>"
        assert _authors(body) == ["Jane Roe"]

    def test_a_link_to_an_author_page_under_the_headline(self) -> None:
        assert _authors('<p><a href="/contributors/jane-roe">Jane Roe</a></p>') == ["Jane Roe"]

    def test_a_lower_case_word_under_the_headline_is_not_a_byline(self) -> None:
        assert _authors("<p>by bluesky</p>") == []

    def test_comment_authors_are_not_bylines(self) -> None:
        body = '<ol><li><div class="comment-author">Omar Haddad says</div></li></ol>'
        assert _authors(body) == []

    def test_markup_wins(self) -> None:
        head = '<meta name="author" content="Lin Wei">'
        assert _authors('<p class="byline">By Jane Roe</p>', head) == ["Lin Wei"]

    def test_an_author_address_in_meta_gives_way_to_a_name(self) -> None:
        head = (
            '<meta property="article:author" content="https://social.example/herald">'
            '<meta name="sailthru.author" content="Lin Wei">'
        )
        assert _authors("", head) == ["Lin Wei"]

    def test_the_site_as_author_gives_way_to_the_shown_writer(self) -> None:
        head = (
            '<meta property="og:site_name" content="Harbour Herald">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", '
            '"author": {"@type": "Organization", "name": "Harbour Herald"}}</script>'
        )
        assert _authors('<p class="byline">By Jane Roe</p>', head) == ["Jane Roe"]
        assert _authors('<p class="byline">By jr</p>', head) == ["Harbour Herald"]

    @pytest.mark.parametrize("writer", ["Éric Faure", "ليلى القاسم", "王芳"])
    def test_the_site_as_author_gives_way_to_a_writer_in_any_script(self, writer: str) -> None:
        head = (
            '<meta property="og:site_name" content="Harbour Herald">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", '
            '"author": {"@type": "Organization", "name": "Harbour Herald"}}</script>'
        )
        assert _authors(f'<p class="byline">By {writer}</p>', head) == [writer]


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ('"Jane Roe"', "Jane Roe"),
        ("By Jane Roe", "Jane Roe"),
        ("Jane Roe (jr)", "Jane Roe"),
        ("Jane Roe", "Jane Roe"),
        ("By", "By"),
    ],
)
def test_tidy_name(name: str, tidy: str) -> None:
    assert tidy_name(name) == tidy


class TestWhereBylinesAreLookedFor:
    """Marks and labels are looked for on every shown element (wherever it stands), bare
    bylines only in a window around the headline."""

    @staticmethod
    def authors(body: str, head: str = "") -> tuple[str, ...]:
        return authors_in_page(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"))

    def test_a_mark_in_the_head(self) -> None:
        assert self.authors("", '<meta itemprop="author" content="Jane Roe">') == ("Jane Roe",)

    def test_no_mark_on_a_hidden_element(self) -> None:
        assert self.authors("", '<title itemprop="author">Jane Roe</title>') == ()

    def test_a_bare_byline_at_most_sixty_elements_after_the_headline(self) -> None:
        filler = "".join(f"<span>{n}</span>" for n in range(59))
        assert self.authors(f"<h1>T</h1>{filler}<p>By Jane Roe</p>") == ("Jane Roe",)
        assert self.authors(f"<h1>T</h1>{filler}<i></i><p>By Jane Roe</p>") == ()

    def test_a_bare_byline_just_before_the_headline(self) -> None:
        assert self.authors("<p>By Jane Roe</p><h1>T</h1>") == ("Jane Roe",)

    def test_a_bare_byline_under_a_headline_in_bold_on_a_page_without_an_h1(self) -> None:
        """An old table layout sets its headline in ``<b>`` and its byline in ``<font>``."""
        body = (
            '<table><tr><td><font size="5"><b>Harbour votes to mend the pier</b></font><br>'
            '<font size="2">By SANA, Peter Rahman and Agence France-Presse<br>'
            "4 October 2000</font><br><br><font>The board met.</font></td></tr></table>"
        )
        tree = parse_html(f"<html><body>{body}</body></html>")
        wanted = ("SANA", "Peter Rahman", "Agence France-Presse")
        assert authors_in_page(tree, ("Harbour votes to mend the pier",)) == wanted
        assert authors_in_page(tree, ("Ferry back",)) == ()  # no headline shown: no anchor


@pytest.mark.parametrize(
    ("prefix", "names"),
    [
        ("Von", ["Anna Müller", "Anna Schäfer"]),
        ("Par", ["Camille Dubois"]),
        ("Автор:", ["Елена Евкурова", "Анна Попова"]),
        ("作者：", ["王伟"]),
        ("بقلم", ["أحمد الحسن"]),
    ],
)
def test_a_byline_opening_with_by_in_another_language(prefix: str, names: list[str]) -> None:
    """ "By" written in German, French, Russian, Chinese or Arabic, alone before the element
    holding the names, is not taken for a name."""
    page = (
        "<html><head><title>Hafen</title></head><body><article><h1>Hafen</h1>"
        f'<span class="byline">{prefix} <span class="author vcard">{" and ".join(names)}'
        "</span></span><p>Der Hafen ist nach zwei Wintern wieder offen, sagte der Rat am "
        "Dienstag.</p></article></body></html>"
    )
    assert [author.name for author in newsmodel.read(page).authors] == names

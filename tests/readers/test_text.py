"""The plain-text portal page reader: story blocks in, portal furniture out of the body."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_data import SEED, require

import newsmodel
from newsmodel import Article, Heading, ListBlock, Paragraph, Portal, RelatedKind, Section, Source
from newsmodel._textformat import labelled_items
from newsmodel.readers.text import reader

PAGES = Path(__file__).resolve().parents[1] / "pages"


def read(name: str) -> Article:
    return newsmodel.read(PAGES / name)


@pytest.fixture(scope="module")
def seed() -> Article:
    return newsmodel.read(require(SEED))


class TestSeed:
    """The page the project was founded on gives a faithful Article."""

    def test_story(self, seed: Article) -> None:
        assert seed.headline == "Syria and Russia Hold Extensive Military Talks in Damascus"
        assert seed.dateline == "Damascus"
        assert seed.section is not None
        assert seed.section.name == "News"
        assert len(seed.body) == 6
        assert all(isinstance(block, Paragraph) for block in seed.body)
        first = seed.body[0]
        assert isinstance(first, Paragraph)
        assert first.text.startswith("Damascus – Syrian Minister of Defense, Mareh Abu Qasra,")
        assert seed.text.endswith(
            "Throughout his quarter-century rule, Moscow was a key supporter."
        )

    def test_portal_furniture_is_not_body_text(self, seed: Article) -> None:
        assert seed.portal is not None
        assert (seed.portal.name, seed.portal.tagline) == ("DZWatch", "Your News Portal")
        assert seed.portal.sections == (seed.section,)
        assert [(r.title, r.kind, r.url) for r in seed.related] == [
            ("More News articles on DZWatch", RelatedKind.MORE_FROM_SECTION, None)
        ]
        assert seed.comments_open is True
        for furniture in (
            "More News",
            "Your News Portal",
            "Related Articles",
            "Leave a Reply",
            "Back to top",
        ):
            assert furniture not in seed.text


class TestOwnPages:
    """Pages the project wrote exercise every furniture rule."""

    def test_wordpress_style_page(self) -> None:
        article = read("harbour-herald.txt")
        assert article.headline == "Northern Harbour Reopens to Cargo After Two-Year Rebuild"
        assert article.section is not None
        assert article.section.name == "Region"
        assert article.dateline == "Tripoli"
        assert len(article.body) == 3
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "Harbour Herald",
            "Coastal news, every morning",
        )
        assert [(r.kind, r.title) for r in article.related] == [
            (RelatedKind.MORE_FROM_SECTION, "More Region articles on Harbour Herald"),
            (RelatedKind.RELATED, "Fishing fleet returns to the old port"),
            (RelatedKind.RELATED, "New ferry line links the two bays"),
            (RelatedKind.PREVIOUS, "Storm damage closes the coast road"),
        ]
        assert article.comments_open is True

    def test_hard_wrapped_lines_join_into_paragraphs(self) -> None:
        first = read("harbour-herald.txt").body[0]
        assert isinstance(first, Paragraph)
        assert "two-year rebuild, the transport ministry said" in first.text

    def test_agency_dateline_and_closed_comments(self) -> None:
        article = read("wire-closed.txt")
        assert article.section is None
        assert article.dateline == "GENEVA"
        assert article.comments_open is False
        assert len(article.body) == 2

    def test_no_furniture(self) -> None:
        article = read("no-furniture.txt")
        assert article.headline == "A Quiet Season for the Mountain Pass"
        assert (article.portal, article.section, article.dateline) == (None, None, None)
        assert article.comments_open is None
        assert len(article.body) == 2

    def test_url_is_kept(self) -> None:
        url = "https://herald.example/region/harbour"
        assert newsmodel.read(PAGES / "no-furniture.txt", url=url).url == url


class TestRecognition:
    """The text reader claims plain text only, never markup or JSON."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Headline\n\nA paragraph.", True),
            ("\ufeffHeadline\r\n\r\nA paragraph.", True),
            ("One line only", False),
            ("<html><body>x</body></html>\n\nmore", False),
            ('{"format": "newsmodel"}\n\n', False),
            ("[1, 2]\n\n", False),
            ("<!DOCTYPE html>\n\n<p>x</p>", False),
            ('[{"@type": "NewsArticle"}]\n\n', False),
            # a headline opening with the character a tag or JSON opens with
            ("<3 for the harbour\n\nA paragraph.", True),
            ("[Update] Minister resigns\n\nA paragraph.", True),
            ("{sic} Headline\n\nA paragraph.", True),
            ("bin\x00ary\n\ndata", False),
            ("", False),
        ],
    )
    def test_recognizes(self, text: str, expected: bool) -> None:
        assert reader.recognizes(Source(text)) is expected

    def test_blank_page_has_no_article(self) -> None:
        with pytest.raises(newsmodel.ReadError, match="no article found"):
            newsmodel.read("   \n\n  \n", format="text")


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Damascus – Syrian Minister of Defense held talks.", "Damascus"),
        ("GENEVA (Wire Desk) – The council voted.", "GENEVA"),
        ("Port Louis, Mauritius — Ships waited offshore.", "Port Louis, Mauritius"),
        ("NEW YORK -- Markets rose.", "NEW YORK"),
        ("The minister – who spoke briefly – left.", None),
        ("According to sources – none named – talks went on.", None),
    ],
)
def test_datelines(opening: str, dateline: str | None) -> None:
    page = f"Headline of the story\n\n{opening}\n\nA second paragraph."
    assert newsmodel.read(page).dateline == dateline


class TestHeads:
    """The head of a page: masthead, menu, section, headline, standfirst, byline lines."""

    def test_broadcaster_head_with_menu_newsroom_and_ambiguous_day(self) -> None:
        page = (
            "Skip to content\n\nRadio Costa Norte\n\nMenu\n\nGalicia\n\n"
            "Un pesquero gallego rescata a 12 migrantes a la deriva frente a Canarias\n\n"
            "La embarcación navegaba desde hacía cinco días sin combustible\n\n"
            "Redacción\n\n04/09/2025 10:32h.\n\nEscuchar\n\n"
            "Un pesquero con base en Marín rescató este jueves a doce migrantes.\n\n"
            "Salvamento Marítimo coordinó el traslado de los rescatados.\n\n"
            "Te puede interesar\n\nLa flota gallega reclama más cuotas de merluza\n\n"
            "Comentarios cerrados"
        )
        article = newsmodel.read(page)
        assert article.headline.startswith("Un pesquero gallego")
        assert article.description == (
            "La embarcación navegaba desde hacía cinco días sin combustible"
        )
        assert (article.portal.name, article.portal.tagline) == ("Radio Costa Norte", None)  # type: ignore[union-attr]
        assert article.section == Section("Galicia")
        assert (article.authors, article.date_published) == ((), None)  # 4 Sept or 9 April
        assert len(article.body) == 2
        assert [r.title for r in article.related] == [
            "La flota gallega reclama más cuotas de merluza"
        ]
        assert article.comments_open is False

    def test_blog_with_date_then_author_tags_and_thoughts(self) -> None:
        page = (
            "The Quiet Commute — Notes on cycling in small cities\n\nHome\n\nAbout\n\n"
            "Why our town finally got a protected bike lane\n\n"
            "Posted on September 4, 2025 by Jane Roe\n\n"
            "After six years of meetings, the council voted to build a bike lane.\n\n"
            "It will run from the station to the river.\n\n"
            "Posted in Local\n\nTagged bike lanes, council\n\nShare this:\n\nTwitter\n\n"
            "Save\n\nRelated\n\nThe long road to the station lane\n\n"
            "3 thoughts on “Why our town finally got a protected bike lane”\n\n"
            "Leave a Reply"
        )
        article = newsmodel.read(page)
        assert (article.portal.name, article.portal.tagline) == (  # type: ignore[union-attr]
            "The Quiet Commute",
            "Notes on cycling in small cities",
        )
        assert article.section is None
        assert [a.name for a in article.authors] == ["Jane Roe"]
        assert str(article.date_published) == "2025-09-04"
        assert article.keywords == ("bike lanes", "council")
        assert article.extra["comment_count"] == 3
        assert article.comments_open is True
        assert len(article.body) == 2

    def test_a_label_the_footer_names_as_the_portal_is_no_section(self) -> None:
        page = (
            "Sahel Monitor\n\nNiger Junta Extends Transition Talks as Bloc Weighs Relief\n\n"
            "Niamey – The authorities agreed on Thursday to extend talks.\n\n"
            "More text follows here.\n\nSahel Monitor – Independent News\n\nLeave a Reply"
        )
        article = newsmodel.read(page)
        assert article.section is None
        assert article.portal == Portal("Sahel Monitor", tagline="Independent News")


def test_a_lone_name_and_its_tagline_over_the_headline_are_the_masthead() -> None:
    """Name, tagline, headline, byline: not a headline and its standfirst."""
    page = (
        "Marsh Ledger\n\nNotes from the estuary towns and their councils\n\n"
        "Estuary towns agree to share one flood warden after years of talks\n\n"
        "By Ruth Abbey · March 3, 2024\n\n"
        "Three estuary towns agreed on Monday to share a flood warden, the first joint post.\n\n"
        "The warden will start in May and report to all three councils each quarter."
    )
    article = newsmodel.read(page, format="text")
    assert article.headline == "Estuary towns agree to share one flood warden after years of talks"
    assert article.description is None
    assert article.portal is not None
    assert (article.portal.name, article.portal.tagline) == (
        "Marsh Ledger",
        "Notes from the estuary towns and their councils",
    )
    assert article.section is None


class TestTheHead:
    """The head over the story: the masthead's own lines are not the article's."""

    STORY = (
        "The harbour reopened on Monday after weeks of repairs to the storm-damaged quays,"
        " the port authority said."
    )

    def page(self, *blocks: str) -> Article:
        return newsmodel.read("\n\n".join((*blocks, self.STORY)), format="text")

    def test_the_mastheads_day_over_the_menu_is_no_date_line(self) -> None:
        article = self.page(
            "Harbour Times\nNews from the estuary towns",
            "Wednesday, 3 April 2024",
            "Home\nLocal\nSport\nOpinion",
            "Local",
            "Harbour reopens after storm damage",
            "By Jane Roe",
            "Published 5 May 2024",
        )
        assert article.headline == "Harbour reopens after storm damage"
        assert article.section is not None
        assert article.section.name == "Local"
        assert article.portal is not None
        assert article.portal.tagline == "News from the estuary towns"
        assert [person.name for person in article.authors] == ["Jane Roe"]
        assert str(article.date_published) == "2024-05-05"

    @pytest.mark.parametrize(
        "strip",
        [
            "Wed 12 Mar 2025 | Lisbon 17°C",  # today's date and the weather
            "USD 89,40  EUR 97,15  +2°",  # exchange rates and the weather
            "Wednesday, 12 March 2025",  # today's date
            "Sign in  Subscribe  Today's paper",  # account buttons
            "Se connecter | S'abonner",
            "Entrar | Assine",
        ],
    )
    def test_a_strip_above_the_masthead_is_not_the_portal(self, strip: str) -> None:
        article = self.page(
            strip,
            "Harbour Times | News from the estuary towns",
            "Home\nLocal\nSport\nOpinion",
            "Local",
            "Harbour reopens after storm damage",
            "By Jane Roe",
            "Published 5 May 2024",
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "Harbour Times",
            "News from the estuary towns",
        )
        assert article.headline == "Harbour reopens after storm damage"

    def test_a_name_with_two_numbers_is_no_strip(self) -> None:
        article = self.page(
            "24/7 Harbour",
            "Home\nLocal\nSport\nOpinion",
            "Local",
            "Harbour reopens after storm damage",
            "By Jane Roe",
        )
        assert article.portal is not None
        assert article.portal.name == "24/7 Harbour"

    def test_a_motto_masthead_under_a_ticker_is_no_copy(self) -> None:
        article = self.page(
            "DAX 22.614 −0,8 %   MDAX 27.310 −1,2 %   Gold 2.918 $",
            "Harbour Times | Ships. Quays. Money.",
            "Harbour reopens after storm damage",
            "The port authority expects the first ferries on Tuesday. Repairs cost more.",
            "5 May 2024 | 08:41 By Jane Roe",
        )
        assert article.headline == "Harbour reopens after storm damage"
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "Harbour Times",
            "Ships. Quays. Money.",
        )
        assert [person.name for person in article.authors] == ["Jane Roe"]

    @pytest.mark.parametrize(
        ("date_line", "day"),
        [
            ("vor 5 Std. · 07.03.2025, 11:32 Uhr", "2025-03-07"),
            ("il y a 3 heures – 12/03/2025 à 14:20", "2025-03-12"),  # French: day first
            ("hace 2 horas | 05/04/2025", "2025-04-05"),
            ("4 March 2025 · 3 hours ago", "2025-03-04"),
            ("2025-03-12 · 3小时前", "2025-03-12"),
        ],
    )
    def test_a_relative_time_beside_the_day_is_left_aside(self, date_line: str, day: str) -> None:
        article = self.page("Local", "Harbour reopens after storm damage", date_line)
        assert article.headline == "Harbour reopens after storm damage"
        assert str(article.date_published) == day

    def test_a_name_over_its_desk_over_the_date_line_is_the_byline(self) -> None:
        article = self.page(
            "LOCAL",
            "Harbour reopens after storm damage",
            "The port authority expects the first ferries on Tuesday.",
            "Jane Roe",
            "Rédaction locale",
            "5 May 2024",
        )
        assert article.headline == "Harbour reopens after storm damage"
        assert article.description == "The port authority expects the first ferries on Tuesday."
        assert [person.name for person in article.authors] == ["Jane Roe"]

    @pytest.mark.parametrize(
        ("menu", "footer", "portal", "tagline"),
        [
            (
                "新聞快遞網 | 即時新聞一次看 · 即時 · 政治 · 國際",
                "關於我們",
                "新聞快遞網",
                "即時新聞一次看",
            ),
            ("财经观察网 - 专业 · 独立 · 深度", "关于我们", "财经观察网", "专业 · 独立 · 深度"),
            (
                "Harbour.net\nNews from the estuary\nLocal\nSport\nOpinion\nWeather",
                "© 2025 Harbour.net. All rights reserved.",
                "Harbour.net",
                "News from the estuary",
            ),
            ("Local · Sport · Opinion · Weather", "© 2025 Harbour Times", None, None),
        ],
    )
    def test_a_masthead_written_as_the_menus_first_items(
        self, menu: str, footer: str, portal: str | None, tagline: str | None
    ) -> None:
        page = "\n\n".join(
            (
                "Sign in | Subscribe",
                menu,
                "Harbour reopens after storm damage",
                "By Jane Roe",
                self.STORY,
                footer,
            )
        )
        article = newsmodel.read(page, format="text")
        assert article.headline == "Harbour reopens after storm damage"
        name = article.portal.name if article.portal else None
        assert (name, article.portal.tagline if article.portal else None) == (portal, tagline)

    def test_the_mastheads_day_under_the_name_is_no_date_line(self) -> None:
        article = self.page(
            "Harbour Times",
            "Wednesday, 3 April 2024",
            "News Local Sport Opinion Weather",
            "Local",
            "Harbour reopens after storm damage",
            "Ferries are expected back on Tuesday",
            "Jane Roe",
            "5 May 2024 - 13:47",
        )
        assert article.headline == "Harbour reopens after storm damage"
        assert article.description == "Ferries are expected back on Tuesday"
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == ("Harbour Times", None)
        assert str(article.date_published) == "2024-05-05"

    def test_the_heads_tagline_stands_over_the_footers_second_part(self) -> None:
        page = "\n\n".join(
            (
                "Harbour Trust",
                "Clean water, open quays, fair wages",
                "About Projects News Donate",
                "Harbour reopens after storm damage",
                "5 May 2024",
                self.STORY,
                "Harbour Trust · Charity no. 123456 · Privacy",
            )
        )
        article = newsmodel.read(page, format="text")
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "Harbour Trust",
            "Clean water, open quays, fair wages",
        )

    def test_a_date_line_over_a_text_size_control_is_the_articles(self) -> None:
        article = self.page(
            "Local", "Harbour reopens after storm damage", "5 May 2024", "Text size: A A A"
        )
        assert article.headline == "Harbour reopens after storm damage"
        assert str(article.date_published) == "2024-05-05"

    def test_a_trail_over_a_label_gives_the_section_and_the_label_is_the_kicker(self) -> None:
        article = self.page(
            "Harbour Times",
            "News > Local",
            "STORM WATCH",
            "Harbour reopens after storm damage",
            "By Jane Roe",
        )
        assert article.section is not None
        assert article.section.name == "Local"
        assert article.alternative_headline == "STORM WATCH"

    @pytest.mark.parametrize(
        ("trail", "label", "path"),
        [
            ("Opinion › Columns", "Column", ["Opinion", "Columns", "Column"]),
            ("Presse > Mitteilungen", "Mitteilung", ["Presse", "Mitteilungen", "Mitteilung"]),
            (
                "Sport › Lokalsport",
                "Tennis-Kreisliga",
                ["Sport", "Lokalsport", "Tennis-Kreisliga"],
            ),
        ],
    )
    def test_a_label_under_a_trail_is_the_section_the_trail_leads_to(
        self, trail: str, label: str, path: list[str]
    ) -> None:
        article = self.page(
            "Harbour Times", trail, label, "Harbour reopens after storm damage", "By Jane Roe"
        )
        assert article.section is not None
        assert [section.name for section in article.section.path] == path
        assert article.alternative_headline is None

    @pytest.mark.parametrize(
        ("trail", "path"),
        [
            ("Home › World › Asia-Pacific", ["World", "Asia-Pacific"]),
            ("Accueil > International > Afrique", ["International", "Afrique"]),
            ("首页 > 公司 > 新能源", ["公司", "新能源"]),
            ("News > Local News", ["News", "Local News"]),
        ],
    )
    def test_a_trail_gives_the_sections_path_without_the_home_page(
        self, trail: str, path: list[str]
    ) -> None:
        article = self.page(
            "Harbour Times", trail, "Harbour reopens after storm damage", "By Jane Roe"
        )
        assert article.section is not None
        assert [section.name for section in article.section.path] == path
        assert article.portal is not None
        assert article.portal.sections == article.section.path

    def test_a_source_line_in_the_head_and_the_byline_among_its_parts(self) -> None:
        story = "今年将在老旧小区新建公共充电桩三千个，由供电部门同步实施电力扩容改造。"
        text = "\n\n".join(
            (
                "民生",
                "江城新建公共充电桩",
                "来源：江城日报\u3000作者：记者 李晓",
                "2025-03-05 08:30",
                story,
            )
        )
        article = newsmodel.read(text, format="text")
        assert [person.name for person in article.authors] == ["李晓"]
        assert str(article.date_published) == "2025-03-05"
        assert article.body == (Paragraph(story),)

    def test_with_no_byline_the_headline_stands_over_the_datelines_paragraph(self) -> None:
        first = (
            "Berlin, 5 June 2024 – Twelve groups called on the government on Wednesday to"
            " pass a law on rewetting the peat bogs before the end of the year."
        )
        text = "\n\n".join(
            (
                "Peatland Trust\nTogether for bogs and meadows",
                "About us\nTopics\nProjects\nPress",
                "Press › Press releases",
                "Press release",
                "Bogs in danger: groups call for a rewetting law",
                "Most of the country's bogs are drained. Twelve groups present their own bill.",
                first,
                self.STORY,
            )
        )
        article = newsmodel.read(text, format="text")
        assert article.headline == "Bogs in danger: groups call for a rewetting law"
        assert article.description is not None
        assert article.description.startswith("Most of the country's bogs")
        assert article.section is not None
        path = [section.name for section in article.section.path]
        assert path == ["Press", "Press releases", "Press release"]
        assert article.portal == Portal(
            "Peatland Trust",
            tagline="Together for bogs and meadows",
            sections=article.section.path,
        )
        assert (article.dateline, str(article.date_published)) == ("Berlin", "2024-06-05")
        assert article.body[0] == Paragraph(first)

    def test_a_chinese_reporters_credit_names_the_author_and_the_dateline(self) -> None:
        first = (
            "〔記者陳怡君／台北報導〕受惠於AI伺服器晶片需求強勁，"
            "國內封測大廠昨日宣布新廠將提前完工。"
        )
        text = "\n\n".join(
            (
                "半導體",
                "先進封裝需求爆發 新廠提前完工",
                "記者陳怡君／台北報導",
                "2024/10/08 14:35",
                first,
            )
        )
        article = newsmodel.read(text, format="text")
        assert article.headline == "先進封裝需求爆發 新廠提前完工"
        assert [person.name for person in article.authors] == ["陳怡君"]
        assert article.dateline == "台北"
        assert article.body == (Paragraph(first),)

    @pytest.mark.parametrize(
        ("second", "tagline"),
        [
            ("掌握產業脈動的第一手新聞", "掌握產業脈動的第一手新聞"),
            ("Harbourton −17° USD 89,60 EUR 97,12", None),
            ("Office of Communications", None),
        ],
    )
    def test_the_line_under_the_name_over_the_menu(self, second: str, tagline: str | None) -> None:
        article = self.page(
            "Harbour Times",
            second,
            "Home\nLocal\nSport\nOpinion",
            "Local",
            "Harbour reopens after storm damage",
            "By Jane Roe",
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == ("Harbour Times", tagline)

    def test_a_button_that_speaks_of_the_page_is_no_standfirst(self) -> None:
        first = "PORTLAND, Maine (AP) — Lobster dealers say they are bracing for a thin season."
        text = "\n\n".join(
            (
                "Business",
                "Lobster dealers brace for a thin season",
                "By Kendra Whitlock",
                "Share on Facebook",
                "Email this story",
                first,
            )
        )
        article = newsmodel.read(text, format="text")
        assert article.description is None
        assert article.body == (Paragraph(first),)

    def test_a_byline_in_a_day_first_language_reads_the_numeric_day(self) -> None:
        article = self.page(
            "Saúde",
            "Estado amplia horário de vacinação",
            "Texto: Ana Lima | Edição: Rui Sá",
            "05/08/2025 - 15h40",
        )
        assert str(article.date_published) == "2025-08-05"

    def test_a_sections_name_of_five_words_under_the_menu(self) -> None:
        article = self.page(
            "Portal Vale",
            "Início\nTaubaté\nJacareí\nEsporte",
            "Vale do Paraíba e Região",
            "Vazamento de gás interdita escola estadual em Jacareí",
            "Por Ana Lúcia Prado",
        )
        assert article.section is not None
        assert article.section.name == "Vale do Paraíba e Região"

    def test_a_bar_over_the_skip_links_is_not_the_portals_name(self) -> None:
        article = self.page(
            "STATE GOVERNMENT\nSkip to content\nHigh contrast\nAccessibility",
            "State News Agency",
            "Home\nNews\nPhotos\nVideos",
            "Health",
            "State extends vaccination hours at 42 clinics",
            "By Marcos Teixeira",
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == ("State News Agency", None)

    def test_a_number_alone_over_the_furniture_is_the_story(self) -> None:
        text = "Harbour reopens after storm damage\n\n0\n\nRelated Articles\n\nFerry resumes"
        article = newsmodel.read(text, format="text")
        assert article.body == (Paragraph("0"),)


class TestFurnitureInsideTheStory:
    """Furniture that would end the story but has story copy after it stands inside the
    story: it is left out and the story goes on; titles or a comment after it still end
    the story."""

    HEAD = ("News", "Harbour reopens after storm damage", "By Jane Roe", "Published May 5, 2024")
    FIRST = "The harbour reopened on Monday after weeks of repairs to the storm-damaged quays."
    SECOND = (
        "Fishermen returned to the quays at dawn, and the harbour master said the"
        " breakwater would be rebuilt by the end of the summer."
    )
    THIRD = "The ferry to the islands will run again from Friday."

    def page(self, *blocks: str) -> Article:
        return newsmodel.read("\n\n".join((*self.HEAD, *blocks)), format="text")

    @pytest.mark.parametrize(
        "furniture",
        [("Share",), ("Share", "Facebook", "X"), ("Most Read",), ("Comments",)],
    )
    def test_story_goes_on_after_inline_furniture(self, furniture: tuple[str, ...]) -> None:
        article = self.page(self.FIRST, *furniture, self.SECOND, self.THIRD, "Leave a Reply")
        assert article.body == tuple(map(Paragraph, (self.FIRST, self.SECOND, self.THIRD)))
        assert article.comments_open is True

    def test_related_heading_over_one_title_inside_the_story(self) -> None:
        title = "Storm season begins early this year"
        article = self.page(self.FIRST, "Related Articles", title, self.SECOND, self.THIRD)
        assert [p.text for p in article.body] == [self.FIRST, self.SECOND, self.THIRD]
        assert [(r.title, r.kind) for r in article.related] == [(title, RelatedKind.SEE_ALSO)]

    def test_related_heading_over_titles_ends_the_story(self) -> None:
        titles = ("Storm season begins early", "Ferry service resumes", "Harbour master retires")
        article = self.page(self.FIRST, self.SECOND, "Related Articles", *titles)
        assert [p.text for p in article.body] == [self.FIRST, self.SECOND]
        assert [r.title for r in article.related] == list(titles)

    def test_a_comment_after_its_prompt_ends_the_story(self) -> None:
        comment = "What a lovely story about the harbour and its people, thank you for it."
        article = self.page(self.FIRST, "Comments", "Jane Doe", comment)
        assert [p.text for p in article.body] == [self.FIRST]

    def test_the_footers_blurb_after_back_to_top_is_no_story(self) -> None:
        blurb = "The Daily Planet is an independent newspaper founded in 1990 by its readers."
        article = self.page(self.FIRST, "Back to top", blurb)
        assert [p.text for p in article.body] == [self.FIRST]

    def test_the_comment_forms_notice_closing_the_page_is_no_story(self) -> None:
        notice = "Your email address will not be published. Required fields are marked *"
        article = self.page(self.FIRST, "Leave a Reply", notice)
        assert [p.text for p in article.body] == [self.FIRST]
        assert article.comments_open is True


class TestFurnitureAmongTheStorysParagraphs:
    """Round 8: blocks inside the story that are no copy by where they stand: a pull
    quote repeating a paragraph's words, a subscription prompt over its button, a heading
    over one link title, a broadcast note at the end; a heading of several words is the
    story's heading."""

    HEAD = ("News", "Harbour reopens after storm damage", "By Jane Roe", "Published May 5, 2024")
    FIRST = (
        '"The quays are stronger than before," said the harbour master, Ana Lopes. "We'
        ' rebuilt them with stone from the old breakwater."'
    )
    SECOND = (
        "Fishermen returned to the quays at dawn, and the harbour master said the"
        " breakwater would be rebuilt by the end of the summer."
    )
    THIRD = "The ferry to the islands will run again from Friday, the operator said."

    def page(self, *blocks: str) -> Article:
        return newsmodel.read("\n\n".join((*self.HEAD, *blocks)), format="text")

    def paragraphs(self, *blocks: str) -> list[str]:
        return [b.text for b in self.page(*blocks).body if isinstance(b, Paragraph)]

    def test_a_pull_quote_repeating_a_paragraph_is_left_out(self) -> None:
        quote = '"The quays are stronger than before."'
        assert self.paragraphs(self.FIRST, quote, self.SECOND) == [self.FIRST, self.SECOND]

    def test_a_quote_said_once_stays(self) -> None:
        # the paragraph before quotes a speaker: these are more of their words
        quote = '"We will open the market hall next spring."'
        paragraphs = self.paragraphs(self.FIRST, quote, self.SECOND)
        assert paragraphs == [self.FIRST, quote, self.SECOND]

    @pytest.mark.parametrize(
        "quote", ["« Une graine qu'on ne sème pas est une graine qui meurt. »", "“Pode ser leve.”"]
    )
    def test_a_quote_alone_under_copy_quoting_nobody_is_left_out(self, quote: str) -> None:
        before = 'The "parrains" of the network will sow the seeds again this spring.'
        paragraphs = self.paragraphs(before, quote, self.SECOND)
        assert paragraphs == [before, self.SECOND]

    def test_a_subscription_prompt_over_its_button_is_left_out(self) -> None:
        prompt = ("Sign up for The Harbour Morning Brief", "The day's news in your inbox.")
        paragraphs = self.paragraphs(self.FIRST, *prompt, "Sign Up", self.SECOND, self.THIRD)
        assert paragraphs == [self.FIRST, self.SECOND, self.THIRD]

    def test_a_heading_over_one_link_title_is_left_out(self) -> None:
        title = "Storm season begins early this year on the coast"
        article = self.page(self.FIRST, "READ MORE ON HARBOURS", title, self.SECOND)
        assert [b.text for b in article.body] == [self.FIRST, self.SECOND]
        assert [(r.title, r.kind) for r in article.related] == [(title, RelatedKind.SEE_ALSO)]

    def test_a_list_under_a_heading_is_no_link_title(self) -> None:
        items = "- Team A on three points\n- Team B on one point"
        body = self.page(self.FIRST, "Results", items, self.SECOND).body
        assert body[2:] == (
            ListBlock(["Team A on three points", "Team B on one point"]),
            Paragraph(self.SECOND),
        )

    def test_a_heading_of_several_words_is_the_storys_heading(self) -> None:
        heading = "A clientele more and more seasonal"
        article = self.page(self.FIRST, heading, self.SECOND)
        assert article.body == (Paragraph(self.FIRST), Heading(heading), Paragraph(self.SECOND))

    def test_a_fact_box_under_the_copy_is_left_out(self) -> None:
        box = ("Síntesis", "Goles: PT 12' Rivero.", "Árbitro: Facundo Tello.", "Público: 38.000")
        paragraphs = self.paragraphs(self.FIRST, *box, self.SECOND)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_heading_over_short_paragraphs_without_figures_is_no_box(self) -> None:
        lines = ("What comes next", "The ferry returns.", "The market reopens.")
        paragraphs = self.paragraphs(self.FIRST, *lines, self.SECOND)
        assert paragraphs == [self.FIRST, *lines, self.SECOND]

    def test_a_broadcast_note_at_the_end_is_left_out(self) -> None:
        note = "Über dieses Thema berichtet Radio Süd am 14.03.2025 um 18:00 Uhr."
        assert self.paragraphs(self.FIRST, self.SECOND, note) == [self.FIRST, self.SECOND]


class TestStoryFurnitureByShape:
    """Round 9: a bullet list's items, a press contact on one line, a wire's credit in
    brackets and a note sending the reader to a broadcast are no paragraphs; the lead-in
    over a list is."""

    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND

    def paragraphs(self, *blocks: str) -> list[str]:
        return TestFurnitureAmongTheStorysParagraphs().paragraphs(*blocks)

    def test_bulleted_items_are_left_out_and_their_lead_in_stays(self) -> None:
        lead_in = "The operator, which runs the crossings, lists three changes:"
        items = "• A ferry every hour\n• A new quay for the islands\n• Night crossings"
        paragraphs = self.paragraphs(self.FIRST, lead_in, items, self.SECOND)
        assert paragraphs == [self.FIRST, lead_in, self.SECOND]

    @pytest.mark.parametrize(
        "lead_in",
        [
            "If you are heading out this weekend:",
            "Reparto acordado por la asamblea:",
            "Parmi les lots à multiplier d'urgence :",
            "得獎名單：",
        ],
    )
    def test_a_lead_in_of_a_few_words_goes_out_with_its_items(self, lead_in: str) -> None:
        items = ("- A ferry every hour", "- A new quay for the islands", "- Night crossings")
        paragraphs = self.paragraphs(self.FIRST, lead_in, *items, self.SECOND)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_lead_in_after_a_sentence_of_its_own_stays(self) -> None:
        lead_in = "在新入库的资源中，粮食作物占比最大。其中："
        items = ("（一）水稻1124份；", "（二）豆类513份；", "（三）蔬菜399份。")
        paragraphs = self.paragraphs(self.FIRST, lead_in, *items, self.SECOND)
        assert lead_in in paragraphs

    @pytest.mark.parametrize(
        "closing",
        [
            "(Reporting by Jane Roe; Editing by John Smith)",
            "Media contact: Ana Lopes, press@harbour.example, +44 1632 960 412",
            "Contato para imprensa: Ana Lopes — imprensa@porto.example",
            "Kontakt: Pressestelle, Telefon 05555 12-3400, presse@hafen.example",
            "(dpa/afp)",
            "Con información de agencias",
            "Additional reporting by Tom Ellery in London",
            "综合外电报道",
            "Écoutez le reportage de Jérôme Lambert dans le journal de 13 heures sur Radio 1.",
            "تابعوا التفاصيل في نشرة الثامنة مساءً على القناة الأولى.",
        ],
    )
    def test_closing_furniture_is_no_paragraph(self, closing: str) -> None:
        assert self.paragraphs(self.FIRST, self.SECOND, closing) == [self.FIRST, self.SECOND]

    def test_a_fact_box_by_its_word_holds_short_sentences(self) -> None:
        box = ("Справка", "Порт основан в 1934 году. В нём работают 800 человек.")
        paragraphs = self.paragraphs(self.FIRST, *box, self.SECOND)
        assert paragraphs == [self.FIRST, self.SECOND]

    @pytest.mark.parametrize(
        "closing",
        [
            "Watchdogs said the harbour would be inspected again next year.",
            "Avec ce nouveau quai, le port attend deux fois plus de ferries l'été prochain.",
        ],
    )
    def test_a_sentence_of_the_story_stays(self, closing: str) -> None:
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, closing)
        assert paragraphs == [self.FIRST, self.SECOND, closing]


def test_a_number_alone_under_the_headline_with_no_byline_is_the_storys() -> None:
    """A number alone beside a byline or date line is a views counter; with none, it is
    the story's first paragraph."""
    page = "Harbour reopens after storm damage\n\n0\n\nThe ferry runs again from Friday."
    article = newsmodel.read(page, format="text")
    assert [b.text for b in article.body] == ["0", "The ferry runs again from Friday."]


def test_a_papers_own_report_names_its_reporters() -> None:
    """A paper's own report opens with its reporters in brackets ("本报讯（记者 李晓 通讯员
    张明）"): they are the authors; the source and date lines over it are the head's."""
    story = "本报讯（记者 李晓 通讯员 张明）记者3月4日获悉，今年我市计划新增公共充电桩3000个。"
    after = "据介绍，目前全市新能源汽车保有量已超过12万辆，居民充电难问题较为突出。"
    head = ("民生", "江城今年将新增公共充电桩3000个", "来源：江城日报", "2025-03-05 08:30")
    page = "\n\n".join((*head, "字号：大 中 小", story, after))
    article = newsmodel.read(page, format="text")
    assert [p.name for p in article.authors] == ["李晓", "张明"]
    assert article.date_published is not None
    assert article.date_published.isoformat().startswith("2025-03-05")
    assert [b.text for b in article.body] == [story, after]


@pytest.mark.parametrize("line", ["A A", "J. R."])
def test_initials_alone_over_the_story_are_no_byline(line: str) -> None:
    # found by Hypothesis: a paragraph "A A" under the headline was read as names alone
    story = "The harbour reopened on Monday after weeks of repairs to the quays, the port said."
    article = newsmodel.read(f"Harbour reopens\n\n{line}\n\n{story}\n", format="text")
    assert article.headline == "Harbour reopens"
    assert article.authors == ()
    assert [block.text for block in article.body] == [line, story]  # type: ignore[attr-defined]


def test_the_menus_item_written_again_under_it_is_the_section() -> None:
    """A site writes the section the page is in again under its menu, one item a line:
    the menu's last item repeating one of its items is the section."""
    menu = "\n".join(("Home", "Club", "First team", "Academy", "Fans", "Contact", "First team"))
    story = "The captain signed a new contract on Tuesday evening, the club said."
    page = f"Harbour FC\n{menu}\n\nCaptain extends his contract to 2028\n\n{story}\n"
    article = newsmodel.read(page, format="text")
    assert article.headline == "Captain extends his contract to 2028"
    assert article.section is not None
    assert article.section.name == "First team"


@pytest.mark.parametrize("strip", ["Search | Sign in to your account", "EN | FR | DE Subscribe"])
def test_a_row_of_buttons_under_the_name_is_no_tagline(strip: str) -> None:
    """Buttons between bars under the portal's name (search, sign in, languages) are a
    strip of buttons, not the portal's tagline."""
    menu = "Home · News · Sport · Culture · Contact"
    story = "The council approved the new bike lanes on Tuesday evening, the mayor said."
    head = (
        "Harbour Times",
        strip,
        menu,
        "Council approves bike lanes",
        "By Jane Roe",
        "4 June 2025",
    )
    page = "\n\n".join((*head, story))
    article = newsmodel.read(page, format="text")
    assert article.portal is not None
    assert article.portal.name == "Harbour Times"
    assert article.portal.tagline is None


def test_a_players_button_and_a_name_with_a_lower_case_job_are_the_heads() -> None:
    """A player's button over its clip's length ("Watch video 02:14") is no standfirst,
    and a name beside a job in lower case ("Анна Лукконен, корреспондент") is the byline."""
    story = (
        "ПЕТРОЗАВОДСК, 12 марта — Набережную закроют на ремонт с понедельника, сообщили в мэрии."
    )
    head = (
        "Набережную закроют на ремонт",
        "Смотреть видео 02:14",
        "Опубликовано 12 марта 2025, 14:05",
        "Анна Лукконен, корреспондент",
    )
    article = newsmodel.read("\n\n".join((*head, story)), format="text")
    assert article.description is None
    assert [p.name for p in article.authors] == ["Анна Лукконен"]


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        (
            "Cusco, Perú. Después de seis años, la asociación recibió el certificado.",
            "Cusco, Perú",
        ),
        ("Lüneburg/Bardowick. Zwei Männer haben sich Zutritt verschafft.", "Lüneburg/Bardowick"),
        ("Yesterday. It rained all day on the harbour, the port said.", None),
    ],
)
def test_a_place_and_its_region_before_a_full_stop_is_the_dateline(
    opening: str, dateline: str | None
) -> None:
    """A place and its region (or a second place) closed by a full stop opens the story
    as its dateline; a word alone and a full stop may be a sentence."""
    page = f"Harbour reopens after storm\n\nBy Jane Roe\n\n4 June 2025\n\n{opening}\n"
    assert newsmodel.read(page, format="text").dateline == dateline


class TestBoxesInsideTheStory:
    """Round 10: a fact box, a bulleted list under its heading and a link line before
    them sit inside the story, whose copy goes on after them; none is a paragraph."""

    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND
    THIRD = TestFurnitureAmongTheStorysParagraphs.THIRD

    def paragraphs(self, *blocks: str) -> list[str]:
        return TestFurnitureAmongTheStorysParagraphs().paragraphs(*blocks)

    def test_a_box_of_labels_and_values_with_dashes_is_no_footer(self) -> None:
        box = ("Match card", "Venue: Adrar – Agadir", "Referee: Samir Alaoui", "Crowd: 1,200")
        paragraphs = self.paragraphs(self.FIRST, *box, self.SECOND, self.THIRD)
        assert paragraphs == [self.FIRST, self.SECOND, self.THIRD]

    @pytest.mark.parametrize(
        "heading", ["Key figures", "How do you turn it on?", "كيف تفعّل الميزة؟"]
    )
    def test_the_heading_over_a_bulleted_list_is_left_out(self, heading: str) -> None:
        items = "• 140 workers evacuated\n• 11 treated at the scene\n• 4 hours road closure"
        paragraphs = self.paragraphs(self.FIRST, heading, items, self.SECOND, self.THIRD)
        assert paragraphs == [self.FIRST, self.SECOND, self.THIRD]

    def test_a_link_line_over_a_box_and_an_intertitle_is_related(self) -> None:
        link = "Related reading: Natural refrigerants — the skills gap nobody planned for"
        items = "• 140 workers evacuated\n• 11 treated at the scene"
        page = TestFurnitureAmongTheStorysParagraphs().page(
            self.FIRST, link, "Key figures", items, "The checklist", self.SECOND, self.THIRD
        )
        paragraphs = [b.text for b in page.body if isinstance(b, Paragraph)]
        assert paragraphs == [self.FIRST, self.SECOND, self.THIRD]
        assert [r.title for r in page.related] == [
            "Natural refrigerants — the skills gap nobody planned for"
        ]

    def test_a_table_of_cells_split_by_bars_is_left_out(self) -> None:
        table = (
            "Warning level | Region | Until",
            "Orange | North coast | 30/11, 23:59",
            "Yellow | Hills and valley | 30/11, 12:00",
        )
        paragraphs = self.paragraphs(self.FIRST, *table, self.SECOND, self.THIRD)
        assert paragraphs == [self.FIRST, self.SECOND, self.THIRD]

    def test_a_media_players_line_and_its_button_are_left_out(self) -> None:
        paragraphs = self.paragraphs("Audio: 1:42 Min.", "Abspielen", self.FIRST, self.SECOND)
        assert paragraphs == [self.FIRST, self.SECOND]


class TestHeadsOfRound11:
    """Round 11, the head: bylines in more shapes, buttons and strips over the masthead,
    trails written into the menu, and datelines with a region's code or a named day."""

    HEADLINE = "Council approves the new bike lanes along the quay after a long debate"
    STORY = "The council approved the new bike lanes on Tuesday evening, the mayor said."
    SECOND = "Work on the first lane starts in May and should take about six weeks to finish."

    def read(self, *head: str, story: str | None = None) -> Article:
        page = "\n\n".join((*head, story or self.STORY, self.SECOND))
        return newsmodel.read(page, format="text")

    @pytest.mark.parametrize(
        ("byline", "names"),
        [
            ("Ein Beitrag von Lena Vogt", ["Lena Vogt"]),
            ("Propos recueillis par Anne Soulié", ["Anne Soulié"]),
            ("Par Anne Soulié, avec Marc Roux", ["Anne Soulié", "Marc Roux"]),
            ("By Jane Roe, John Doe, and Ann Lee", ["Jane Roe", "John Doe", "Ann Lee"]),
            ("Text: Lena Vogt / Fotos: Jan Beck", ["Lena Vogt"]),
            ("Por Ana Lima | Fotografia: Rui Sá", ["Ana Lima"]),
            ("Ana Lima, jornalista", ["Ana Lima"]),
        ],
    )
    def test_bylines(self, byline: str, names: list[str]) -> None:
        article = self.read(self.HEADLINE, byline, "4 June 2025")
        assert article.headline == self.HEADLINE
        assert [person.name for person in article.authors] == names
        assert article.description is None

    def test_a_headline_opening_with_a_place_and_a_comma_is_no_name(self) -> None:
        head = ("Harbour Times", "Politics", "A Bruxelles, les ministres se disputent le budget")
        article = self.read(*head, "Par Anne Soulié", "4 juin 2025")
        assert article.headline == "A Bruxelles, les ministres se disputent le budget"
        assert [person.name for person in article.authors] == ["Anne Soulié"]

    def test_a_chinese_source_line_names_a_reporter_and_a_correspondent(self) -> None:
        story = "本报讯\u3000县里新修的水渠昨日通水，沿线三个村的农田都能灌溉了。"
        head = (
            "新修水渠昨日通水",
            "来源：江城日报\u3000记者 王小明\u3000通讯员 李华",
            "2025-11-20",
        )
        article = self.read(*head, story=story)
        assert [person.name for person in article.authors] == ["王小明", "李华"]

    def test_a_short_question_over_the_head_is_a_button(self) -> None:
        head = (
            "Harbour TV\nLive\nNews\nWeather",
            "Missed a show?",
            "Harbour",
            self.HEADLINE,
            "The lanes run along the quay. Cyclists had asked for them for years.",
            "By Jane Roe",
        )
        article = self.read(*head, story=f"{self.STORY}\n\n© Harbour TV 2025")
        assert article.headline == self.HEADLINE
        assert article.portal is not None
        assert article.portal.name == "Harbour TV"
        assert [person.name for person in article.authors] == ["Jane Roe"]

    def test_todays_day_under_the_name_and_tagline_is_the_mastheads(self) -> None:
        head = (
            "Harbour Times",
            "The paper of the harbour towns",
            "Monday 6 April 2026 – Saint Marcellin",
            self.HEADLINE,
            "By Jane Roe",
            "6 April 2026",
        )
        article = self.read(*head)
        assert article.headline == self.HEADLINE
        assert article.portal == Portal("Harbour Times", tagline="The paper of the harbour towns")

    @pytest.mark.parametrize(
        ("opening", "dateline"),
        [
            ("SORRISO (MT) – As chuvas chegaram mais cedo ao norte do estado.", "SORRISO (MT)"),
            ("Lannion (22). Le tribunal a rendu son jugement jeudi soir.", "Lannion (22)"),
            ("Logroño, 17 de junio. Los agentes detuvieron a tres personas.", "Logroño"),
            ("Berlin, 2024 war ein Jahr. Dann kam der Winter.", None),
            (
                "WASHINGTON (AP) — The president said on Monday that talks would go on.",
                "WASHINGTON",
            ),
        ],
    )
    def test_datelines_with_a_region_or_a_named_day(self, opening: str, dateline: str) -> None:
        article = self.read("Headline of the story", "By Jane Roe", story=opening)
        assert article.dateline == dateline

    @pytest.mark.parametrize(
        ("headline", "dateline"),
        [("À Rodez, la cathédrale rouvre sa tour", "Rodez"), ("La cathédrale rouvre", None)],
    )
    def test_a_place_alone_the_headline_names_is_the_dateline(
        self, headline: str, dateline: str | None
    ) -> None:
        story = "Rodez. Les échafaudages ont disparu pour Pâques, après sept ans de travaux."
        article = self.read(headline, "Par Anne Soulié", "6 avril 2026", story=story)
        assert article.dateline == dateline

    def test_a_longer_tagline_beside_the_name_over_the_menu(self) -> None:
        head = (
            "Latinos Hoy | La voz de nuestra gente al otro lado del gran charco",
            "Inicio\nComunidad\nEmpleo\nDeportes\nContacto",
            "El consulado amplía su horario",
            "Por Ana Ruiz",
        )
        article = self.read(*head)
        assert article.portal == Portal(
            "Latinos Hoy", tagline="La voz de nuestra gente al otro lado del gran charco"
        )

    def test_a_chinese_name_and_tagline_joined_by_a_double_dash(self) -> None:
        story = "县里新修的水渠昨日通水，沿线三个村的农田都能灌溉了，村民们很高兴。"
        article = self.read("江城融媒体中心——江城发布", "新修水渠昨日通水", story=story)
        assert article.portal == Portal("江城融媒体中心", tagline="江城发布")

    def test_a_strip_of_weather_and_account_buttons_is_no_masthead(self) -> None:
        head = (
            "Harbour 8°C showers | Sign in | Subscribe",
            "Harbour Times | All the news of the harbour towns",
            self.HEADLINE,
            "By Jane Roe",
        )
        article = self.read(*head)
        assert article.portal == Portal(
            "Harbour Times", tagline="All the news of the harbour towns"
        )

    def test_a_trail_written_as_the_menus_last_item_is_the_section(self) -> None:
        menu = "Home\nNews\nSport\nJobs\nContact\nNews › Transport"
        article = self.read("Harbour Times", menu, self.HEADLINE, "By Jane Roe")
        assert article.section == Section("Transport", parent=Section("News"))

    def test_a_label_repeating_the_trails_last_item_is_that_section(self) -> None:
        head = ("Home › News › Live", "LIVE", "Storm live: bridge shut", "By Jane Roe")
        article = self.read(*head)
        assert article.section == Section("Live", parent=Section("News"))

    @pytest.mark.parametrize(
        ("footer", "tagline"),
        [
            ("Harbour Town Hall – Quay Street, 12 – Centre", None),
            (
                "Harbour Town Hall – Serving the harbour since 1890",
                "Serving the harbour since 1890",
            ),
        ],
    )
    def test_an_address_after_the_footers_name_is_no_tagline(
        self, footer: str, tagline: str | None
    ) -> None:
        page = "\n\n".join((self.HEADLINE, "By Jane Roe", self.STORY, self.SECOND, footer))
        article = newsmodel.read(page, format="text")
        assert article.portal == Portal("Harbour Town Hall", tagline=tagline)

    def test_a_relative_time_alone_under_the_date_line_is_no_standfirst(self) -> None:
        article = self.read(self.HEADLINE, "By Jane Roe", "4 June 2025", "Updated 2 hours ago")
        assert article.description is None
        assert article.body[0].text == self.STORY  # type: ignore[attr-defined]

    def test_a_live_entrys_badge_and_time_over_its_byline(self) -> None:
        head = (
            "Storm live: bridge shut",
            "Follow the latest on the flooding as crews work through the night",
            "Last updated 14 February 2026, 06:12",
            "PINNED",
            "05:47",
            "Posted by Jane Roe",
        )
        article = self.read(*head)
        assert [person.name for person in article.authors] == ["Jane Roe"]
        assert article.body[0].text == self.STORY  # type: ignore[attr-defined]

    def test_an_offices_name_over_the_datelines_paragraph_is_no_standfirst(self) -> None:
        story = "EXETER — Provisional figures show February was the driest on record, it said."
        head = ("Driest February on record", "Issued: 2026-03-09 10:30", "Press team")
        article = self.read(*head, story=story)
        assert article.description is None
        assert article.dateline == "EXETER"
        assert article.body[0].text == story  # type: ignore[attr-defined]


class TestListsInsideTheStory:
    """Round 11: a list's items one a line, written "- item" or "1. item", are no
    paragraphs; a lead-in that is a label ("What to bring:") goes with them, one that is a
    sentence of the story stays, as does a lead-in whose items go on with its sentence."""

    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND
    THIRD = TestFurnitureAmongTheStorysParagraphs.THIRD

    def paragraphs(self, *blocks: str) -> list[str]:
        return TestFurnitureAmongTheStorysParagraphs().paragraphs(*blocks)

    @pytest.mark.parametrize(
        "items",
        [
            ("- Ana Lopes", "- Tom Ellery, Rui Sá", "- Jane Roe"),
            ("1. Ana Lopes", "2. Tom Ellery, Rui Sá", "3. Jane Roe"),
            ("• A valid passport", "• Two photographs"),
        ],
    )
    def test_a_labels_list_is_left_out_with_its_label(self, items: tuple[str, ...]) -> None:
        paragraphs = self.paragraphs(self.FIRST, "The crew:", *items, self.SECOND, self.THIRD)
        assert paragraphs == [self.FIRST, self.SECOND, self.THIRD]

    def test_a_sentence_over_a_list_stays(self) -> None:
        lead_in = "The harbour office lists the quays that open first:"
        items = ("- North quay, from Monday", "- Fish quay, from Friday")
        paragraphs = self.paragraphs(self.FIRST, lead_in, *items, self.SECOND)
        assert paragraphs == [self.FIRST, lead_in, self.SECOND]

    def test_a_lead_in_whose_items_go_on_with_it_stays(self) -> None:
        lead_in = "The plan was simple:"
        items = ("1. close the old quay;", "2. move the boats;", "3. rebuild the wall.")
        paragraphs = self.paragraphs(self.FIRST, lead_in, *items, self.SECOND)
        assert paragraphs == [self.FIRST, lead_in, self.SECOND]

    def test_a_sentence_over_a_box_stays(self) -> None:
        lead_in = "The quays that will take the new boats are:"
        box = ("North quay – 320 places", "Fish quay – 280 places")
        paragraphs = self.paragraphs(self.FIRST, lead_in, *box, self.SECOND)
        assert paragraphs == [self.FIRST, lead_in, self.SECOND]

    @pytest.mark.parametrize(
        ("items", "ordered"),
        [
            ("- Team A on three points\n- Team B on one point", False),
            ("1. Team A on three points\n2. Team B on one point", True),
        ],
    )
    def test_the_writers_list_of_several_items_is_a_list(self, items: str, ordered: bool) -> None:
        """Round 14: a list written in one block, as the writer writes one and a copy of a
        page's list lines gives it, is a list, the story's."""
        body = TestFurnitureAmongTheStorysParagraphs().page(self.FIRST, items, self.SECOND).body
        listed = ListBlock(["Team A on three points", "Team B on one point"], ordered=ordered)
        assert body == (Paragraph(self.FIRST), listed, Paragraph(self.SECOND))

    def test_numbers_that_do_not_count_up_are_no_list(self) -> None:
        blocks = ("1. Ana Lopes", "1. Jane Roe")
        paragraphs = self.paragraphs(self.FIRST, *blocks, self.SECOND)
        assert paragraphs == [self.FIRST, *blocks, self.SECOND]

    def test_a_numbered_list_right_after_the_last_sentence_is_the_furniture(self) -> None:
        titles = ("1. Ferries return to the islands", "2. Market hall opens in spring")
        page = TestFurnitureAmongTheStorysParagraphs().page(
            self.FIRST, self.SECOND, *titles, "© 2025 Harbour Herald"
        )
        assert [block.text for block in page.body] == [self.FIRST, self.SECOND]
        assert any("Market hall opens in spring" in link.title for link in page.related)

    def test_a_heading_after_a_lead_in_and_its_list_is_the_storys(self) -> None:
        lead_in = "The plan was simple:"
        items = ("1. close the old quay;", "2. rebuild the wall.")
        page = TestFurnitureAmongTheStorysParagraphs().page(
            self.FIRST, lead_in, *items, "What went wrong", self.SECOND
        )
        assert page.body[2] == Heading("What went wrong")

    def test_a_chinese_heading_over_two_short_sentences(self) -> None:
        first = "交通局今日召开发布会，宣布轻轨东线将于五月开始试运行，试运行期间免费乘搭。"
        after = "试运行期间，市民需领取乘车卡。当局预计日均客量约一万人次。"
        page = TestFurnitureAmongTheStorysParagraphs().page(first, "试运行安排", after)
        assert page.body == (Paragraph(first), Heading("试运行安排"), Paragraph(after))

    def test_a_quote_closed_by_corner_brackets_ends_the_story(self) -> None:
        last = "局长指出：「试运行的目的是让市民熟悉路线。」"
        first = "交通局今日召开发布会，宣布轻轨东线将于五月开始试运行，试运行期间免费乘搭。"
        assert self.paragraphs(first, last, "返回顶部") == [first, last]


class TestFurnitureAtTheStorysEnd:
    """Round 11: a file to download, a prompt to follow an account, a gallery's link with
    its count, a pitch ending in its button, a telephone line, and a heading over a press
    contact are no paragraphs; a "Read also" label closed by a full stop and a caption
    credited after "©" are furniture inside the story."""

    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND
    THIRD = TestFurnitureAmongTheStorysParagraphs.THIRD
    FOOTER = "© 2025 Harbour Herald"

    def paragraphs(self, *blocks: str) -> list[str]:
        return TestFurnitureAmongTheStorysParagraphs().paragraphs(*blocks)

    @pytest.mark.parametrize(
        "closing",
        [
            "Download the report (PDF)",
            "Descargar nota en PDF",
            "تحميل التقرير (PDF، 2.4 ميغابايت)",
            "附件：码头位置图（PDF）",
            "Follow us on Instagram: @harbour_herald",
            "Photo gallery (12)",
            "Get the harbour news in your inbox. Sign up",
            "Receba as notícias do porto no seu e-mail. Cadastre-se",
            "Con 10 euros al mes ayudas al puerto. Hazte socio/a",
            "Enquiries: +44 1632 960 412",
            "Views: 3 412",
        ],
    )
    def test_closing_furniture_is_no_paragraph(self, closing: str) -> None:
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, closing, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_file_to_download_inside_the_story(self) -> None:
        paragraphs = self.paragraphs(self.FIRST, "Descargar nota en PDF", self.SECOND)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_sentence_naming_a_file_type_is_copy(self) -> None:
        last = "The harbour office published its plans as a PDF on Monday."
        assert self.paragraphs(self.FIRST, last) == [self.FIRST, last]

    @pytest.mark.parametrize(
        "contact",
        [
            ("Notes to editors", "Media enquiries: press office, 01632 960 412"),
            ("Press questions to:", "Harbour Office", "Press desk", "Ana Lopes"),
        ],
    )
    def test_a_heading_over_a_press_contact(self, contact: tuple[str, ...]) -> None:
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, *contact, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_read_also_label_closed_by_a_full_stop(self) -> None:
        link = "À LIRE AUSSI. Erquy : le port s'équipe de caméras"
        page = TestFurnitureAmongTheStorysParagraphs().page(self.FIRST, link, self.SECOND)
        assert [block.text for block in page.body] == [self.FIRST, self.SECOND]
        assert [r.title for r in page.related] == ["Erquy : le port s'équipe de caméras"]

    def test_a_caption_credited_after_a_copyright_sign(self) -> None:
        caption = "The north quay, seen from the breakwater. © Harbour Office / J. Roe"
        paragraphs = self.paragraphs(self.FIRST, caption, self.SECOND)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_practical_facts_and_their_heading_close_no_story(self) -> None:
        facts = "Visits Tuesday to Saturday, 10 am – 5 pm. Price: £6, free for under-12s."
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, "Practical", facts)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_an_offer_naming_the_portal_that_asks_the_reader(self) -> None:
        article = newsmodel.read(
            "\n\n".join(
                (
                    "Harbour Herald – News from the coast",
                    *TestFurnitureAmongTheStorysParagraphs.HEAD[1:],
                    self.FIRST,
                    self.SECOND,
                    "Want to read the whole test? Try Harbour Herald Digital now.",
                )
            ),
            format="text",
        )
        assert [block.text for block in article.body] == [self.FIRST, self.SECOND]


class TestHeadingsOfTheStory:
    """Round 11: a story may open with one of its headings; a live page's "Pinned" label
    over its entry is no paragraph."""

    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND
    THIRD = TestFurnitureAmongTheStorysParagraphs.THIRD

    def page(self, *blocks: str) -> Article:
        return TestFurnitureAmongTheStorysParagraphs().page(*blocks)

    def test_a_story_opening_with_one_of_its_headings(self) -> None:
        article = self.page("What is shared", self.FIRST, "What the facts say", self.SECOND)
        assert article.body == (
            Heading("What is shared"),
            Paragraph(self.FIRST),
            Heading("What the facts say"),
            Paragraph(self.SECOND),
        )

    def test_a_line_over_the_first_paragraph_of_a_story_without_headings(self) -> None:
        article = self.page("What is shared", self.FIRST, self.SECOND)
        assert article.body[0] == Paragraph("What is shared")

    @pytest.mark.parametrize("label", ["PINNED", "Épinglé", "置顶"])
    def test_a_pinned_label_is_no_paragraph(self, label: str) -> None:
        article = self.page(label, self.FIRST, self.SECOND)
        assert [block.text for block in article.body] == [self.FIRST, self.SECOND]


class TestListsAfterTheStory:
    """Round 11: the lists after the story, their titles without the stamps written
    before them, and the lines that end them."""

    HEAD = ("News", "Harbour reopens after storm damage", "By Jane Roe", "Published May 5, 2024")
    FIRST = TestFurnitureInsideTheStory.FIRST
    SECOND = TestFurnitureInsideTheStory.SECOND
    TITLES = (
        "Ferry timetable changes for the winter",
        "Lifeboat crew called out twice in one night",
        "New harbour master takes up her post",
    )

    def related(self, *blocks: str) -> list[str]:
        article = newsmodel.read(
            "\n\n".join((*self.HEAD, self.FIRST, self.SECOND, *blocks)), format="text"
        )
        return [r.title for r in article.related]

    @pytest.mark.parametrize(
        "stamps",
        [
            ("18:20", "17:05", "Yesterday"),
            ("1", "2", "3"),
            ("04-05-2024", "03-05-2024", "29-04-2024 -"),
            ("04/05/2024 –", "03/05/2024 –", "29/04/2024 –"),
            ("4 May 2024 –", "3 May 2024 –", "29 April 2024 –"),
            ("04.05.2024 | 18:20 Uhr –", "03.05.2024 | 09:45 Uhr –", "Vorgestern"),
            ("2 hours ago", "5 hours ago", "Yesterday"),
        ],
    )
    def test_a_stamp_before_each_title_is_no_part_of_it(self, stamps: tuple[str, ...]) -> None:
        lines = [f"{stamp} {title}" for stamp, title in zip(stamps, self.TITLES, strict=True)]
        assert self.related("Latest news", *lines) == list(self.TITLES)

    def test_a_stamp_in_words_alone_stays_in_the_title(self) -> None:
        titles = ("Today the ferry runs again", "Yesterday once more on the quays")
        assert self.related("Latest news", *titles) == list(titles)

    def test_one_title_opening_with_a_clock_time_keeps_it(self) -> None:
        titles = ("24:00 The longest night on the quays", *self.TITLES[1:])
        assert self.related("Latest news", *titles) == list(titles)

    @pytest.mark.parametrize(
        "closing",
        [
            "Show more updates",
            "Official Partners",
            "Partner",
            "16+",
            "Download the Harbour News app on the App Store",
            "Hafenblatt App jetzt kostenlos laden",
            "Join our WhatsApp channel for the latest news",
            "We use cookies to improve the site. Accept | Settings",
            "Was this page useful? Yes No",
            "The Harbour News lives from its readers. Support us!",
            "Your email will not be shown. Required fields are marked *",
            "Harbour News Ltd – 3 Quay Street, Porthcove – All rights reserved",
            "Harbour News · Legal notice · Cookie settings · Contact",
            "主办：港城新闻中心\u3000备案号：00000000号",
            "Press office: +44 1234 567 890",
        ],
    )
    def test_what_closes_a_list_is_no_title(self, closing: str) -> None:
        assert self.related("Latest news", *self.TITLES, closing) == list(self.TITLES)

    @pytest.mark.parametrize(
        "title",
        [
            "Live: Storm Edrin: the bridge stays shut",
            "The ferry is late again. Is the timetable to blame?",
            "Council to vote on harbour app next week",
        ],
    )
    def test_a_title_of_such_words_stays_a_title(self, title: str) -> None:
        titles = [*self.TITLES, title]
        assert self.related("Latest news", *titles) == titles

    def test_a_heading_under_a_share_rows_buttons_heads_its_titles(self) -> None:
        blocks = ("Share this update", "Copy link", "Earlier updates", *self.TITLES)
        assert self.related(*blocks) == list(self.TITLES)

    @pytest.mark.parametrize(
        "stamps",
        [("18:20", "17:05", "Yesterday, 09:10"), ("4 May 2024", "3 May 2024", "2 May 2024")],
    )
    def test_a_stamp_on_a_line_of_its_own_is_no_title(self, stamps: tuple[str, ...]) -> None:
        lines = [line for pair in zip(stamps, self.TITLES, strict=True) for line in pair]
        assert self.related("Latest news", *lines) == list(self.TITLES)

    def test_a_source_and_comment_count_under_each_title_are_no_titles(self) -> None:
        sources = ("Daily Post · 12 comments", "Harbour Radio · 3 comments", "Tide FM · 1 comment")
        lines = [line for pair in zip(self.TITLES, sources, strict=True) for line in pair]
        assert self.related("Latest news", *lines) == list(self.TITLES)

    def test_two_page_tools_alike_are_no_heading_and_title(self) -> None:
        blocks = ("Print article", "Email article", "Related Articles", *self.TITLES)
        assert self.related(*blocks) == list(self.TITLES)

    def test_a_file_to_download_by_its_type_alone_is_no_title(self) -> None:
        blocks = ("Latest news", "Timetable for the winter (PDF)", *self.TITLES)
        assert self.related(*blocks) == list(self.TITLES)


@pytest.mark.parametrize(
    ("line", "keywords"),
    [
        ("关键词：高标准农田\u3000石桥镇\u3000乡村振兴", ["高标准农田", "石桥镇", "乡村振兴"]),
        ("关键词：港口、渡轮、天气", ["港口", "渡轮", "天气"]),
        ("Tags: Harbour · Ferries · Weather", ["Harbour", "Ferries", "Weather"]),
    ],
)
def test_a_tag_lines_items_are_the_keywords(line: str, keywords: list[str]) -> None:
    lists = TestListsAfterTheStory()
    article = newsmodel.read(
        "\n\n".join((*lists.HEAD, lists.FIRST, lists.SECOND, line)), format="text"
    )
    assert list(article.keywords) == keywords


def test_a_tag_line_the_story_goes_on_after_gives_the_keywords() -> None:
    lists = TestListsAfterTheStory()
    article = newsmodel.read(
        "\n\n".join((*lists.HEAD, lists.FIRST, "Tags: Harbour · Ferries", lists.SECOND)),
        format="text",
    )
    assert list(article.keywords) == ["Harbour", "Ferries"]


@pytest.mark.parametrize(
    ("line", "keywords"),
    [
        ("Schlagwörter: Hafen | Fähren | Wetter", ["Hafen", "Fähren", "Wetter"]),
        ("Etiquetas: #Puerto #Ferris", ["Puerto", "Ferris"]),
        ("关键词：港口 渡轮 天气", ["港口", "渡轮", "天气"]),
        ("关键词：港口 5G 网络", ["港口 5G 网络"]),
    ],
)
def test_a_tag_lines_items_parted_by_bars_hashes_or_spaces(line: str, keywords: list[str]) -> None:
    assert labelled_items(line) == keywords


def test_a_row_of_topics_under_the_share_row_gives_the_keywords() -> None:
    lists = TestListsAfterTheStory()
    blocks = (
        *lists.HEAD,
        lists.FIRST,
        lists.SECOND,
        "Share: Facebook · WhatsApp · Copy link",
        "Harbour   Ferries   Weather",
        "Most read",
        *lists.TITLES,
    )
    article = newsmodel.read("\n\n".join(blocks), format="text")
    assert list(article.keywords) == ["Harbour", "Ferries", "Weather"]
    assert [r.title for r in article.related] == list(lists.TITLES)


class TestListsAndTalliesByShape:
    """Round 12: the items of a list written without dashes under a lead-in sentence
    ending in a colon (lines that are no sentence, or that go on from it in a small
    letter) are no paragraphs, and the lead-in stays; a heading may stand over such a
    lead-in; a tally at the story's end (a label, then short items between commas: a
    line-up, the goals) is no paragraph."""

    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND
    THIRD = TestFurnitureAmongTheStorysParagraphs.THIRD
    LEAD_IN = "The ferries will run again on the following days of the spring:"

    def page(self, *blocks: str) -> Article:
        return TestFurnitureAmongTheStorysParagraphs().page(*blocks)

    def paragraphs(self, *blocks: str) -> list[str]:
        return TestFurnitureAmongTheStorysParagraphs().paragraphs(*blocks)

    def test_lines_that_are_no_sentence_under_a_lead_in(self) -> None:
        items = ("Saturday 5 and Sunday 6 April", "Saturday 10 and Sunday 11 May")
        paragraphs = self.paragraphs(self.FIRST, self.LEAD_IN, *items, self.SECOND)
        assert paragraphs == [self.FIRST, self.LEAD_IN, self.SECOND]

    def test_items_going_on_in_a_small_letter_under_a_lead_in(self) -> None:
        items = "the North quay from Monday, the Fish quay from Friday, and the rest in May."
        paragraphs = self.paragraphs(self.FIRST, self.LEAD_IN, items, self.SECOND)
        assert paragraphs == [self.FIRST, self.LEAD_IN, self.SECOND]

    def test_a_heading_over_a_lead_in(self) -> None:
        items = ("Saturday 5 and Sunday 6 April", "Saturday 10 and Sunday 11 May")
        page = self.page(self.FIRST, "What travellers need to know", self.LEAD_IN, *items)
        assert page.body == (
            Paragraph(self.FIRST),
            Heading("What travellers need to know"),
            Paragraph(self.LEAD_IN),
        )

    def test_a_short_line_over_copy_after_a_lead_in_stays_a_heading(self) -> None:
        page = self.page(self.FIRST, self.LEAD_IN, "What went wrong", self.SECOND)
        assert page.body[2] == Heading("What went wrong")

    def test_a_sentence_after_a_lead_in_stays(self) -> None:
        paragraphs = self.paragraphs(self.FIRST, self.LEAD_IN, self.SECOND, self.THIRD)
        assert paragraphs == [self.FIRST, self.LEAD_IN, self.SECOND, self.THIRD]

    @pytest.mark.parametrize(
        "tally",
        [
            "Harbour FC: Lopes, Roe – Ellery (2), Sá (1), Okafor, Novak.",
            "Goals: 0:1 Roe (12:40), 1:1 Lopes (27:15), 2:1 Sá (55:21), 3:1 Roe (88:02).",
            "Голы: 0:1 Кравец (12:40), 1:1 Ломакин (27:15), 2:1 Осипов (41:02), 3:1 Кравец.",
        ],
    )
    def test_a_tally_closing_the_story(self, tally: str) -> None:
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, tally, "© 2025 Harbour Herald")
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_labelled_sentence_closing_the_story_stays(self) -> None:
        last = "Our verdict: the new quay saves time, and the boats are safer in a storm."
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, last, "© 2025 Harbour Herald")
        assert paragraphs == [self.FIRST, self.SECOND, last]


class TestPressReleaseNotesAndBoxesAtTheEnd:
    """Round 12: a press release's notes ("Notes to editors" and what stands under it, a
    note on its sender "About X: ...") and a fact box's heading over the story's last
    block close the story."""

    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND
    FOOTER = "© 2025 Harbour Herald"

    def paragraphs(self, *blocks: str) -> list[str]:
        return TestFurnitureAmongTheStorysParagraphs().paragraphs(*blocks)

    @pytest.mark.parametrize("heading", ["Notes to editors", "Hinweise für Redaktionen"])
    def test_notes_to_editors_and_what_they_hold(self, heading: str) -> None:
        note = "The quay works are paid for by the Coastal Renewal Fund."
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, heading, note, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]

    @pytest.mark.parametrize(
        "note",
        [
            "About Harbour Board: The board runs the port's six quays since 1921.",
            "Über den Hafenverband: Der Verband vertritt rund 40 Häfen an der Küste.",
            "À propos du port : le port accueille 2 000 bateaux chaque année.",
        ],
    )
    def test_a_note_on_the_sender(self, note: str) -> None:
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, note, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_sentence_opening_with_the_word_stays(self) -> None:
        last = "About 200 boats came back to the harbour on Sunday: most were trawlers."
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, last, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND, last]

    def test_a_fact_box_over_the_last_block(self) -> None:
        box = "The harbour lies at the mouth of the river and takes boats of up to 40 metres."
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, "Key facts", box, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]


class TestTheWriterAndTheGallery:
    """Round 12: a line presenting the byline's writer at the story's end ("Jane Roe is
    ...") and a gallery's counters over its pictures ("Photo 2 of 8") are no
    paragraphs."""

    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND
    FOOTER = "© 2025 Harbour Herald"

    def paragraphs(self, *blocks: str) -> list[str]:
        return TestFurnitureAmongTheStorysParagraphs().paragraphs(*blocks)

    def test_the_writer_presented_at_the_end(self) -> None:
        bio = "Jane Roe is a historian of ports and the author of two books on the coast."
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, bio, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_paragraph_naming_someone_else_stays(self) -> None:
        last = "Ana Lopes is the harbour master and has run the port for ten years now."
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, last, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND, last]

    @pytest.mark.parametrize("counter", ["Photo 2 of 8", "Foto 2 de 8", "Фото 2 из 8"])
    def test_a_gallerys_counter(self, counter: str) -> None:
        paragraphs = self.paragraphs(self.FIRST, counter, self.SECOND, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]


class TestCaptionsAndNoticesByShape:
    """Round 12: a photo's caption with no credit (a line that is no sentence, longer than
    a heading, between two paragraphs), a notice set apart at the story's end ("Notice:
    ..."), an embedded post (the account's line, its text, its time) and a box closing
    the story (a heading, a name, a short note) are no paragraphs."""

    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND
    FOOTER = "© 2025 Harbour Herald"

    def paragraphs(self, *blocks: str) -> list[str]:
        return TestFurnitureAmongTheStorysParagraphs().paragraphs(*blocks)

    def test_a_caption_without_credit_between_paragraphs(self) -> None:
        caption = "The harbour master walks along the rebuilt north quay with two of the divers"
        paragraphs = self.paragraphs(self.FIRST, caption, self.SECOND, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_short_line_between_paragraphs_stays_a_heading(self) -> None:
        page = TestFurnitureAmongTheStorysParagraphs().page(
            self.FIRST, "The quays rebuilt", self.SECOND
        )
        assert page.body[1] == Heading("The quays rebuilt")

    @pytest.mark.parametrize(
        "notice",
        [
            "Notice: the harbour office is closed on Thursday for the public holiday.",
            "Hinweis: Das Hafenbüro bleibt am Donnerstag geschlossen.",
            "تنويه: يظل مكتب الميناء مغلقاً يوم الخميس بمناسبة العطلة الرسمية.",
        ],
    )
    def test_a_notice_closing_the_story(self, notice: str) -> None:
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, notice, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]

    @pytest.mark.parametrize(
        "post",
        [
            ("Post by @harbour_herald on X:", '"Boats are back!"', "9:41 PM · Apr 13, 2025"),
            ("Publicación de @puerto_sur en X:", '"¡Volvemos!"', "10:41 p. m. · 13 abr. 2025"),
        ],
    )
    def test_an_embedded_post_inside_the_story(self, post: tuple[str, ...]) -> None:
        paragraphs = self.paragraphs(self.FIRST, *post, self.SECOND, self.FOOTER)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_lead_in_naming_an_account_over_copy_stays(self) -> None:
        lead_in = "The harbour office wrote on its account @harbour_office:"
        paragraphs = self.paragraphs(self.FIRST, lead_in, self.SECOND, self.FOOTER)
        assert paragraphs == [self.FIRST, lead_in, self.SECOND]

    def test_a_box_closing_the_story(self) -> None:
        note = "Deep red, with ripe plum and a hint of smoke on the nose. 90 points."
        box = ("Tasting note", "Harbour Red 2022 – Merlot", note)
        paragraphs = self.paragraphs(self.FIRST, self.SECOND, *box, "Tags: wine, harbour")
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_heading_over_one_title_inside_the_story_stays_the_furniture(self) -> None:
        title = "Storm season begins early this year on the coast"
        paragraphs = self.paragraphs(
            self.FIRST, "READ MORE ON HARBOURS", title, self.SECOND, "Tags: wine, harbour"
        )
        assert paragraphs == [self.FIRST, self.SECOND]


class TestAStoryPastItsPlayer:
    """Round 12: where the story holds no paragraph yet when furniture comes (a player's
    buttons, a line naming the hosts), it starts at the copy right past the player's and
    a menu's lines; a recording's chapters ("00:00 Introduction") and the heading over
    them close it."""

    HEAD = ("Episodes", "Episode 12: The harbour at night", "April 22, 2025")
    FIRST = TestFurnitureAmongTheStorysParagraphs.FIRST
    SECOND = TestFurnitureAmongTheStorysParagraphs.SECOND

    def paragraphs(self, *blocks: str) -> list[str]:
        article = newsmodel.read("\n\n".join((*self.HEAD, *blocks)), format="text")
        return [b.text for b in article.body if isinstance(b, Paragraph)]

    def test_the_copy_past_a_player_and_its_chapters(self) -> None:
        player = ("Play episode", "Subscribe: Apple Podcasts · Spotify · RSS")
        chapters = ("Chapters", "00:00 Introduction", "04:10 The night shift", "12:30 Dawn")
        paragraphs = self.paragraphs(*player, self.FIRST, self.SECOND, *chapters)
        assert paragraphs == [self.FIRST, self.SECOND]

    def test_a_latest_list_counting_its_times_down_is_no_chapters(self) -> None:
        latest = ("07:40 Ferry fares rise in May", "06:55 Quay works start", "06:10 Fog delays")
        article = newsmodel.read(
            "\n\n".join((*self.HEAD, self.FIRST, self.SECOND, "Latest news", *latest)),
            format="text",
        )
        assert [r.title for r in article.related] == [line[6:] for line in latest]

    def test_two_times_are_no_chapters(self) -> None:
        times = ("05:47 Boats leave the quay", "06:10 The first catch is in")
        paragraphs = self.paragraphs(self.FIRST, *times, self.SECOND)
        assert paragraphs == [self.FIRST, *times, self.SECOND]


def test_a_title_right_under_a_breadcrumb_trail_is_the_headline() -> None:
    """With no byline, a title right under a trail ("当前位置：首页 > 新闻动态 > 工作动态")
    is the headline, even where a source line and a font control, not copy, follow it: a
    trail is no title."""
    story = "本报讯 江城大桥年度检修工作于5月5日完成，大桥将于本周六起恢复双向通行。"
    head = (
        "江城市交通运输局",
        "首页 · 机构概况 · 新闻动态 · 公共服务 · 互动交流",
        "当前位置：首页 > 新闻动态 > 工作动态",
        "江城大桥完成年度检修 周末起恢复通行",
        "来源：江城日报　发布时间：2025-05-06 09:00",
        "【字号：大 中 小】",
    )
    article = newsmodel.read("\n\n".join((*head, story)), format="text")
    assert article.headline == "江城大桥完成年度检修 周末起恢复通行"
    assert article.section is not None
    assert article.section.name == "工作动态"


def test_a_short_menu_from_the_home_page_over_the_headline_is_a_trail() -> None:
    """A trail written one item a line under the site's menu ("Home", "News", "Local")
    reads as a second, short menu opening with the home page: the section's trail."""
    menu = "\n".join(("Home", "Visit", "News", "Events", "Contact"))
    story = "The harbour reopened on Monday after weeks of repairs to the quays, the port said."
    page = (
        f"Harbour Board\n{menu}\n\nHome\nNews\nLocal\n"
        f"Harbour reopens after storm damage\nPublished: 5 May 2025\n\n{story}\n"
    )
    article = newsmodel.read(page, format="text")
    assert article.headline == "Harbour reopens after storm damage"
    assert article.section is not None
    assert [section.name for section in article.section.path] == ["News", "Local"]


@pytest.mark.parametrize(
    ("day", "published"), [("04.06.2025", "2025-06-04"), ("4 June 2025", "2025-06-04")]
)
def test_a_date_line_right_over_the_headline_is_the_day_not_the_section(
    day: str, published: str
) -> None:
    """A press office writes the day over the headline, under its trail: the day the
    page was published, not a section's label; the trail gives the section."""
    story = "The harbour reopened on Monday after weeks of repairs to the quays, the port said."
    head = (
        "Harbour Board",
        "About us · Services · Press · Contact",
        "Press › Press releases",
        day,
        "Harbour reopens after storm damage",
    )
    article = newsmodel.read("\n\n".join((*head, story)), format="text")
    assert article.headline == "Harbour reopens after storm damage"
    assert str(article.date_published) == published
    assert article.section is not None
    assert article.section.name == "Press releases"


def test_a_name_written_with_its_first_capital_only_over_the_menu_is_the_portals() -> None:
    """A masthead "Name — Tagline" over the site's menu whose name is written as a phrase,
    its first word capitalised only, as French names are."""
    story = "Le port a rouvert lundi après deux ans de travaux, a indiqué la mairie ce matin."
    head = (
        "Office de tourisme de la vallée — Toute la vallée en un clic",
        "Visiter · Agenda · Hébergements · Espace presse · Contact",
        "Le port rouvre après deux ans de travaux",
        "Par Jeanne Roux",
    )
    article = newsmodel.read("\n\n".join((*head, story)), format="text")
    assert article.portal is not None
    assert (article.portal.name, article.portal.tagline) == (
        "Office de tourisme de la vallée",
        "Toute la vallée en un clic",
    )


def test_a_motto_of_three_word_fragments_under_the_name_over_the_menu_is_the_tagline() -> None:
    """Under the portal's name and over its menu, fragments of up to three words each
    closed by a full stop ("Open every day. Free for all.") are its tagline."""
    story = "The harbour reopened on Monday after a rebuild that took two years, the board said."
    head = (
        "Harbour Workers Union\nStrong at work. Strong for you.",
        "Topics · Wages · Service · Press · Join us",
        "Union calls for higher wages at the harbour",
        "By Jane Roe",
    )
    article = newsmodel.read("\n\n".join((*head, story)), format="text")
    assert article.portal is not None
    assert article.portal.tagline == "Strong at work. Strong for you."


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Hosted by Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("Présenté par Jeanne Roux", ["Jeanne Roux"]),
        ("Ведущие: Анна Петрова и Олег Смирнов", ["Анна Петрова", "Олег Смирнов"]),
    ],
)
def test_a_programmes_hosts_under_its_title_are_the_authors(line: str, names: list[str]) -> None:
    """A podcast's or broadcast's page names its hosts where an article names its
    writers: "Hosted by A and B" is the byline."""
    story = "The harbour reopened on Monday after a rebuild that took two years, the board said."
    head = ("Harbour Radio", "Harbour reopens after two years of works", line, "5.5.2025")
    article = newsmodel.read("\n\n".join((*head, story)), format="text")
    assert [person.name for person in article.authors] == names


def test_a_tagline_in_a_script_without_capitals_before_the_menus_links() -> None:
    """The portal's name and tagline written as a menu's first lines, in Arabic: the
    second line is the tagline where the menu's own links (home first) only begin after
    it and a language switch."""
    top = "\n".join(
        (
            "بلدية الوادي",
            "المركز الإعلامي",
            "English",
            "الرئيسية",
            "عن البلدية",
            "الخدمات",
            "اتصل بنا",
        )
    )
    story = "أعلنت البلدية اليوم الاثنين افتتاح الميناء بعد عامين من أعمال الترميم والتوسعة."
    head = f"{top}\n\nالبلدية تفتتح الميناء بعد الترميم\n\nبقلم سامي الحداد"
    page = f"{head}\n\n{story}\n\n© 2025 بلدية الوادي. جميع الحقوق محفوظة.\n"
    article = newsmodel.read(page, format="text")
    assert article.portal is not None
    assert (article.portal.name, article.portal.tagline) == ("بلدية الوادي", "المركز الإعلامي")


@pytest.mark.parametrize(
    ("credit", "agency"), [("Harbour Sport - Reuters", "Reuters"), ("Harbour Sport / AFP", "AFP")]
)
def test_a_source_and_a_wire_under_the_headline_are_a_byline_not_a_standfirst(
    credit: str, agency: str
) -> None:
    """The site (or desk) that ran a wire's story and the wire, after a dash: a credit
    line naming no one, not the standfirst."""
    story = "The harbour reopened on Monday after a rebuild that took two years, the board said."
    head = (
        "Harbour Sport",
        "Home · Football · Tennis · Sailing · Contact",
        "Harbour wins the cup",
    )
    text = "\n\n".join((*head, credit, "Published: 5 May 2025", story))
    article = newsmodel.read(text, format="text")
    assert article.headline == "Harbour wins the cup"
    assert article.description is None
    assert article.authors == ()
    assert article.extra["agency"] == agency


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Fecha: 04-06-2025", "2025-06-04"),
        ("Datum: 04.06.2025", "2025-06-04"),
        ("Data: 04/06/2025", "2025-06-04"),
        ("Дата: 04.06.2025", "2025-06-04"),
    ],
)
def test_a_date_label_of_a_language_that_writes_the_day_first(line: str, published: str) -> None:
    """ "Fecha:", "Datum:", "Data:", "Дата:" open a date line, and only languages that
    write a numeric day first use them: "04-06-2025" is the 4th of June."""
    story = "The harbour reopened on Monday after a rebuild that took two years, the board said."
    head = ("Harbour Board", "Harbour reopens after two years of works", line)
    article = newsmodel.read("\n\n".join((*head, story)), format="text")
    assert str(article.date_published) == published


class TestListsAfterTheStoryRound12:
    """Round 12: where a list after the story ends, by its shape."""

    HEAD = TestListsAfterTheStory.HEAD
    FIRST = TestFurnitureInsideTheStory.FIRST
    SECOND = TestFurnitureInsideTheStory.SECOND
    TITLES = TestListsAfterTheStory.TITLES
    STAMPS = ("4 May 2024", "3 May 2024", "29 April 2024")

    def related(self, *blocks: str) -> list[str]:
        article = newsmodel.read(
            "\n\n".join((*self.HEAD, self.FIRST, self.SECOND, *blocks)), format="text"
        )
        return [r.title for r in article.related]

    @pytest.mark.parametrize(
        "closing",
        [
            "Harbour Media Group, company number 0123456",
            "All the harbour's news",
            "Harbour Office: 3 Quay Street, Porthcove",
        ],
    )
    @pytest.mark.parametrize("place", ["over", "under", "before"])
    def test_a_line_without_the_stamp_every_title_has_ends_the_list(
        self, place: str, closing: str
    ) -> None:
        pairs = zip(self.STAMPS, self.TITLES, strict=True)
        if place == "over":
            lines = [line for pair in pairs for line in pair]
        elif place == "under":
            lines = [line for stamp, title in pairs for line in (title, stamp)]
        else:
            lines = [f"{stamp} – {title}" for stamp, title in pairs]
        assert self.related("Latest news", *lines, closing) == list(self.TITLES)

    def test_one_stamped_title_sets_no_rhythm(self) -> None:
        lines = ("4 May 2024", *self.TITLES)
        assert self.related("Latest news", *lines) == list(self.TITLES)

    def test_no_line_after_the_rights_line_under_a_list_heads_another(self) -> None:
        footer = ("© 1990–2024 Harbour News Group", "Policy on personal data", "Map of the site")
        assert self.related("Latest news", *self.TITLES, *footer) == list(self.TITLES)

    @pytest.mark.parametrize(
        "prompt",
        [
            "To leave a comment, please sign in or register.",
            "Pour laisser un commentaire, connectez-vous.",
            "Um zu kommentieren, melden Sie sich bitte an.",
            "Para dejar un comentario, inicia sesión.",
            "Para deixar um comentário, faça login.",
            "للتعليق يرجى تسجيل الدخول",
            "Чтобы оставить комментарий, войдите или зарегистрируйтесь.",
            "请登录后发表评论",
        ],
    )
    def test_a_sign_in_prompt_under_the_comment_count_opens_comments(self, prompt: str) -> None:
        text = "\n\n".join((*self.HEAD, self.FIRST, self.SECOND, "Comments (14)", prompt))
        article = newsmodel.read(text, format="text")
        assert article.comments_open is True
        assert article.extra["comment_count"] == 14

    @pytest.mark.parametrize(
        "form",
        [
            ("Get our harbour letter every Thursday", "Your email address", "Sign me up"),
            ("Recevez chaque jeudi notre sélection", "Votre adresse e-mail S'inscrire"),
            ("每周四收到我们的精选", "电子邮箱", "订阅"),
        ],
    )
    def test_a_sign_up_forms_pitch_and_field_are_no_titles(self, form: tuple[str, ...]) -> None:
        assert self.related("Latest news", *self.TITLES, *form) == list(self.TITLES)

    def test_a_sign_up_form_heads_no_list_but_the_heading_under_it_does(self) -> None:
        form = ("Share", "Facebook", "Newsletter", "Your email address Subscribe")
        blocks = (*form, "More harbour news", *self.TITLES)
        assert self.related(*blocks) == list(self.TITLES)

    def test_a_postal_address_after_the_titles_is_no_title(self) -> None:
        address = "Harbour Museum – 3, place des Ursulines – 19400 Castelroux"
        assert self.related("Latest news", *self.TITLES, address) == list(self.TITLES)

    def test_a_title_that_asks_and_answers_after_a_read_also_heading_is_a_title(self) -> None:
        """Two titles under "Read next", then a third with a question inside it: the
        third is no copy of a story going on, and the three are the list's."""
        titles = (*self.TITLES[:2], "Cork or screw cap? What the harbour's cellars say")
        assert self.related("Share", "Facebook", "Read next", *titles) == list(titles)

    @pytest.mark.parametrize(
        ("row", "keywords"),
        [
            ("ferries, winter timetable, harbour", ["ferries", "winter timetable", "harbour"]),
            ("港口、渡轮、天气", ["港口", "渡轮", "天气"]),
        ],
    )
    def test_the_tags_on_one_line_under_a_tags_heading(
        self, row: str, keywords: list[str]
    ) -> None:
        text = "\n\n".join((*self.HEAD, self.FIRST, self.SECOND, "Tags", row, "Latest news"))
        assert list(newsmodel.read(text, format="text").keywords) == keywords

    @pytest.mark.parametrize(
        ("masthead", "publisher"),
        [
            ("Harbour Post – Your port in the storm", "Harbour Post Media Ltd."),
            ("Harbour Post – Your port in the storm", "Harbour Post Verlag GmbH"),
            ("港城日报 – 港城新闻第一站", "港城日报社"),
        ],
    )
    def test_the_portals_name_and_a_short_ending_is_the_publisher(
        self, masthead: str, publisher: str
    ) -> None:
        blocks = (masthead, *self.HEAD, self.FIRST, self.SECOND, "Latest news", *self.TITLES)
        text = "\n\n".join((*blocks, publisher, "Privacy policy"))
        article = newsmodel.read(text, format="text")
        assert [r.title for r in article.related] == list(self.TITLES)

    def test_a_length_under_each_title_is_no_title_and_ends_no_list(self) -> None:
        lines = [line for title in self.TITLES for line in (title, "44 min")]
        assert self.related("Latest news", *lines) == list(self.TITLES)

    def test_a_link_to_an_audio_file_is_no_title(self) -> None:
        blocks = ("Play episode", "Download MP3", "Latest news")
        assert self.related(*blocks, *self.TITLES) == list(self.TITLES)


def test_a_chinese_read_also_label_and_tags_parted_by_full_width_commas() -> None:
    """A "Read also" title after a full-width colon loses its label, as after a colon; a
    tags row under its heading is parted at full-width commas too."""
    from newsmodel._textpage import _after_label, _tag_row

    assert _after_label("延伸阅读：港口新码头下月启用") == "港口新码头下月启用"
    assert _tag_row("储能，锂电池，新能源") == ["储能", "锂电池", "新能源"]


class TestHeadsOfRound13:
    """Round 13's head rules, each on a hand-written page."""

    STORY = (
        "The harbour board approved the new ferry timetable on Monday after a year of talks.",
        "Crossings will run every forty minutes from June, the board said in a statement.",
    )

    def read(self, *head: str) -> newsmodel.Article:
        return newsmodel.read("\n\n".join((*head, *self.STORY)), format="text")

    def test_a_byline_that_credits_the_photos_is_no_caption(self) -> None:
        article = self.read(
            "News",
            "Ferry timetable approved",
            "By Jane Roe | 12 October 2024 | Photos: Tom Lake",
        )
        assert article.headline == "Ferry timetable approved"
        assert [a.name for a in article.authors] == ["Jane Roe"]
        assert str(article.date_published) == "2024-10-12"

    def test_a_headline_that_holds_a_cry_is_no_copy(self) -> None:
        article = self.read(
            "Harbour News",
            "It's official! New ferry timetable from June",
            "Crossings every forty minutes, and a night boat at weekends.",
            "Posted by Jane Roe · 18 April 2025 · 3 min read",
        )
        assert article.headline == "It's official! New ferry timetable from June"
        assert [a.name for a in article.authors] == ["Jane Roe"]

    @pytest.mark.parametrize(
        "byline", ["By Jane Roe, Ferry Team Leader", "Par Jeanne Roux, directrice du port"]
    )
    def test_a_job_after_the_name_is_no_author(self, byline: str) -> None:
        article = self.read("Ferry timetable approved", byline, "18 April 2025")
        assert len(article.authors) == 1

    @pytest.mark.parametrize(
        "office",
        [
            "Pressestelle Stadtwerke Hellenbrück",
            "Assessoria de Comunicação Social",
            "المكتب الإعلامي",
        ],
    )
    def test_an_offices_credit_under_the_date_line_is_neither_author_nor_copy(
        self, office: str
    ) -> None:
        article = self.read("Ferry timetable approved", "Published 7 January 2025", office)
        assert article.authors == ()
        assert [b.text for b in article.body] == list(self.STORY)

    @pytest.mark.parametrize("counter", ["Views: 1 248", "Просмотров: 1 248"])
    def test_a_labelled_counter_under_the_date_line_is_no_copy(self, counter: str) -> None:
        article = self.read("Ferry timetable approved", "14 February 2025, 11:40", counter)
        assert [b.text for b in article.body] == list(self.STORY)

    def test_a_portals_name_with_its_legal_form_and_its_tagline(self) -> None:
        article = self.read(
            "Heimatverein Ostermoor e.V. – Geschichte bewahren, Zukunft gestalten",
            "Start · Über uns · Termine · Kontakt",
            "Ferry timetable approved",
            "By Jane Roe | 12 October 2024",
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "Heimatverein Ostermoor e.V.",
            "Geschichte bewahren, Zukunft gestalten",
        )

    @pytest.mark.parametrize(
        ("opening", "place"),
        [
            ("Valdecarro, 4 de marzo de 2025. El aeropuerto abre una ruta.", "Valdecarro"),
            (
                "Saint-Paul-sur-Vésonne, samedi 8 février. L'alerte est arrivée.",
                "Saint-Paul-sur-Vésonne",
            ),
            (
                "Villalón de Campos Altos (Valladolid), 16 may (EFE).- El neerlandés ganó.",
                "Villalón de Campos Altos (Valladolid)",
            ),
        ],
    )
    def test_datelines_with_a_weekday_a_year_or_a_province(self, opening: str, place: str) -> None:
        from newsmodel._textpage import dateline_opening

        match = dateline_opening(opening)
        assert match is not None
        assert match["place"] == place

    def test_an_offices_credit_over_the_datelines_paragraph_is_no_headline(self) -> None:
        text = "\n\n".join(
            (
                "Nota de prensa",
                "Valdecarro tendrá vuelo directo a Ras Tafilt",
                "La aerolínea operará tres frecuencias semanales durante el verano.",
                "Comunicación Aeropuerto de Valdecarro",
                "Valdecarro, 4 de marzo de 2025. El aeropuerto contará con una conexión directa.",
                "Los vuelos saldrán los lunes, miércoles y viernes a las 10.25 horas.",
            )
        )
        article = newsmodel.read(text, format="text")
        assert article.headline == "Valdecarro tendrá vuelo directo a Ras Tafilt"
        assert article.dateline == "Valdecarro"

    def test_a_day_of_the_republic_of_chinas_calendar(self) -> None:
        from newsmodel._dates import parse_day

        assert str(parse_day("發布日期：114-03-05")) == "2025-03-05"
        assert str(parse_day("114年3月5日")) == "2025-03-05"
        assert parse_day("Tel 114-03-05") is None  # only beside Chinese

    def test_a_mark_with_no_word_and_a_labelled_fact_head_nothing(self) -> None:
        text = "\n\n".join(
            (
                ":::",
                "山嵐國家公園管理處",
                "首頁 > 最新消息 > 新聞稿",
                "紅外線自動相機記錄臺灣黑熊母子",
                "發布日期：114-03-05",
                "發布單位：保育研究課",
                "山嵐國家公園管理處今日公布，自動相機首度拍攝到臺灣黑熊母熊帶著兩隻幼熊覓食的畫面。",
                "管理處表示，影像拍攝於去年12月中旬，兩隻幼熊體型約為母熊的三分之一。",
            )
        )
        article = newsmodel.read(text, format="text")
        assert article.headline == "紅外線自動相機記錄臺灣黑熊母子"
        assert str(article.date_published) == "2025-03-05"
        assert len(article.body) == 2

    def test_a_reading_time_beside_the_day_keeps_a_date_line(self) -> None:
        article = self.read(
            "Ferry timetable approved",
            "Text: Jane Roe",
            "Veröffentlicht: 19. September 2024 | Lesezeit: 4 Min.",
        )
        assert str(article.date_published) == "2024-09-19"

    def test_a_chinese_bylines_fields_parted_by_wide_spaces(self) -> None:
        from newsmodel._textbylines import read_byline

        byline = read_byline("作者：林一舟\u3000来源：盒子游戏网\u30002025-03-08 14:22")
        assert byline is not None
        assert byline.names == ("林一舟",)

    def test_a_chinese_menu_parted_by_wide_spaces(self) -> None:
        from newsmodel._textformat import is_menu_row

        assert is_menu_row("首页\u3000新闻\u3000评测\u3000攻略\u3000视频")


class TestStoryOfRound13:
    """Round 13's story rules, each on a hand-written page."""

    HEAD = ("Ferry timetable approved", "By Jane Roe | 12 October 2024")
    FIRST = "The harbour board approved the new ferry timetable on Monday after a year of talks."
    LAST = "Crossings will run every forty minutes from June, the board said in a statement."

    def paragraphs(self, *middle: str) -> list[str]:
        text = "\n\n".join((*self.HEAD, self.FIRST, *middle, self.LAST))
        body = newsmodel.read(text, format="text").body
        return [block.text for block in body if isinstance(block, Paragraph)]

    def test_items_marked_with_en_dashes_are_a_list(self) -> None:
        items = "\n".join(("– check the forecast the day before;", "– tell someone where you go."))
        lead = "The board gives two pieces of advice before any crossing:"
        assert self.paragraphs(lead, items) == [self.FIRST, lead, self.LAST]

    @pytest.mark.parametrize(
        "pitch",
        [
            "Our crews are all volunteers. A gift of 50 euros pays for a day of training. I give",
            "Name the ferry! Members vote for one of three names until 30 April. Log in to vote →",
        ],
    )
    def test_a_pitch_ending_in_its_button_is_no_copy(self, pitch: str) -> None:
        assert self.paragraphs(pitch) == [self.FIRST, self.LAST]

    def test_a_caption_ending_in_its_credit_is_no_pitch(self) -> None:
        from newsmodel._textformat import furniture_kind

        assert furniture_kind("Moss mats in a roadside drain in Dunedin. Photo / Supplied") == (
            "caption"
        )

    def test_a_row_of_facts_and_a_score_are_no_copy(self) -> None:
        row = "«The Quiet Move» · Drama · 2025 · 104 min. · Director: Vera Lis"
        assert self.paragraphs(row, "Our rating: 7/10") == [self.FIRST, self.LAST]


class TestListsOfRound13:
    """Round 13's rules for the lists after the story, each on a hand-written page."""

    HEAD = ("Ferry timetable approved", "By Jane Roe | 12 October 2024")
    STORY = (
        "The harbour board approved the new ferry timetable on Monday after a year of talks.",
        "Crossings will run every forty minutes from June, the board said in a statement.",
    )
    TITLES = ("New fares from January", "Night boat trial ends", "Pier closed for repairs")

    def read(self, *after: str) -> newsmodel.Article:
        return newsmodel.read("\n\n".join((*self.HEAD, *self.STORY, *after)), format="text")

    @pytest.mark.parametrize(
        ("line", "title"),
        [
            ("Rencontre avec Anna Kovács — 28 mai 2025", "Rencontre avec Anna Kovács"),
            ("園區步道冬季安全宣導（114-01-16）", "園區步道冬季安全宣導"),
            ("02.01.2025 | Neue Wasserpreise ab 1. Januar", "Neue Wasserpreise ab 1. Januar"),
        ],
    )
    def test_a_titles_day_before_or_after_it_is_its_stamp(self, line: str, title: str) -> None:
        from newsmodel._textformat import stamped_title

        stamped = stamped_title(line)
        assert stamped is not None
        assert stamped.title == title

    def test_an_amount_and_a_day_is_no_stamped_title(self) -> None:
        from newsmodel._textformat import stamped_title

        assert stamped_title("1 000 000 € – 11/02/2025") is None

    def test_a_heading_in_words_no_list_knows_over_titles_with_their_days(self) -> None:
        days = ("02.01.2025", "18.12.2024", "09.12.2024")
        lines = "\n".join(f"{day} | {title}" for day, title in zip(days, self.TITLES, strict=True))
        text = "\n\n".join((*self.HEAD, "\n".join((*self.STORY, "Further press releases", lines))))
        article = newsmodel.read(text, format="text")
        assert [r.title for r in article.related] == list(self.TITLES)
        assert [b.text for b in article.body] == list(self.STORY)

    def test_a_list_and_footer_links_at_the_pages_end_are_no_story(self) -> None:
        titles = [f"{title} - 6 February 2025" for title in self.TITLES]
        article = self.read("Earlier reports", *titles, "Privacy policy", "Terms of use")
        assert [r.title for r in article.related] == list(self.TITLES)
        assert [b.text for b in article.body] == list(self.STORY)

    @pytest.mark.parametrize(
        "notice",
        [
            "Disclaimer: this report is for information only and is no advice to buy or sell.",
            "إخلاء مسؤولية: أُعدّ هذا التقرير لأغراض المعلومات فقط.",
        ],
    )
    def test_a_disclaimer_closing_the_story_is_no_copy(self, notice: str) -> None:
        assert [b.text for b in self.read(notice, "Related", *self.TITLES).body] == list(
            self.STORY
        )

    def test_about_the_sender_over_the_storys_last_blocks_closes_it(self) -> None:
        article = self.read(
            "About Harbour Board",
            "The Harbour Board runs the ferries and piers of the bay since 1921.",
            "Related",
            *self.TITLES,
        )
        assert [b.text for b in article.body] == list(self.STORY)

    def test_a_question_box_inside_the_story_is_no_copy(self) -> None:
        story = newsmodel.read(
            "\n\n".join(
                (
                    *self.HEAD,
                    self.STORY[0],
                    "Did you know?",
                    "It is the third timetable change in ten years. The last one, in 2019, "
                    "added a night boat that ran on weekends only and carried some 40,000 people.",
                    self.STORY[1],
                    "Related",
                    *self.TITLES,
                )
            ),
            format="text",
        )
        assert [b.text for b in story.body if isinstance(b, Paragraph)] == list(self.STORY)

    @pytest.mark.parametrize(
        "line",
        [
            "This summary is provided to help in understanding the decision.",
            "This press release contains forward-looking statements.",
        ],
    )
    def test_a_line_on_the_page_itself_closing_the_story_is_no_copy(self, line: str) -> None:
        body = self.read(line, "Related", *self.TITLES).body
        assert [b.text for b in body] == list(self.STORY)

    def test_the_name_opening_the_pages_first_menu_is_the_portals(self) -> None:
        text = "\n\n".join(
            (
                "Brackwater Instruments · Products · About · Careers · Investors",
                "Investor Relations",
                "Overview · Press Releases · Events · Governance",
                *self.HEAD,
                *self.STORY,
                "© 2025 Brackwater Instruments, Inc. All rights reserved.",
            )
        )
        portal = newsmodel.read(text, format="text").portal
        assert portal is not None
        assert portal.name == "Brackwater Instruments"


class TestLayoutsOfRound13:
    """Round 13: the same page copied with blank lines between all its lines, or with
    none, reads as it does with blank lines between its blocks."""

    STORY = (
        "The harbour board approved the new ferry timetable on Monday after a year of talks.",
        "Crossings will run every forty minutes from June, the board said in a statement.",
    )

    def test_menu_links_each_set_apart_are_one_menu(self) -> None:
        lines = (
            "Harbour Post – Your port in the storm",
            *("News", "Sport", "Culture", "Business", "Weather"),
            "Local",
            "Ferry timetable approved as crossings rise",
            "By Jane Roe | 12 October 2024",
            *self.STORY,
        )
        article = newsmodel.read("\n\n".join(lines), format="text")
        assert article.headline == "Ferry timetable approved as crossings rise"
        assert article.portal is not None
        assert article.portal.name == "Harbour Post"

    def test_tags_each_set_apart_under_their_heading_stay_tags(self) -> None:
        from newsmodel._textblocks import page_blocks

        blocks = page_blocks(
            "\n\n".join((*self.STORY, "Tags", "Ferries", "Harbour", "Fares", "Bay"))
        )
        assert blocks[-4:] == ["Ferries", "Harbour", "Fares", "Bay"]

    @pytest.mark.parametrize(
        ("menu", "section"),
        [
            ("World\nBusiness\nMarkets\nSearch\nSign In\nRegister\nAfrica", "Africa"),
            (
                "Plan a journey\nTickets & fares\nSearch\nHome\nNewsroom\nNetwork upgrades",
                "Network upgrades",
            ),
        ],
    )
    def test_labels_after_the_sites_own_links_over_the_headline(
        self, menu: str, section: str
    ) -> None:
        headline = "Ferry timetable approved as crossings rise again"
        head = ("Harbour Post", menu, headline, "By Jane Roe | 12 October 2024")
        article = newsmodel.read("\n".join((*head, *self.STORY)), format="text")
        assert article.section is not None
        assert article.section.name == section

    def test_a_wrapped_first_paragraph_under_a_more_from_headline_is_one(self) -> None:
        text = "More News articles on DZWatch\n\nДамаск – Syria – Russia\nTalks\n"
        article = newsmodel.read(text, format="text")
        assert [b.text for b in article.body] == ["Дамаск – Syria – Russia Talks"]

    def test_a_mark_with_no_word_over_a_byline_is_the_headline(self) -> None:
        article = newsmodel.read(":\n\nBy Sarah Mitchell\n\n" + self.STORY[0], format="text")
        assert article.headline == ":"
        assert [a.name for a in article.authors] == ["Sarah Mitchell"]


class TestRound14:
    """Round 14's rules (tuned on blind14), each on a hand-written page."""

    STORY = (
        "The harbour board approved the new ferry timetable on Monday after a year of talks.",
        "Crossings will run every forty minutes from June, the board said in a statement.",
    )
    HEAD = ("Ferry timetable approved as crossings rise", "12 October 2024")

    def read(self, *blocks: str) -> newsmodel.Article:
        return newsmodel.read("\n\n".join(blocks), format="text")

    @pytest.mark.parametrize(
        "strip", ["Free delivery in the bay from $80", "Open today from 8 am to 6 pm"]
    )
    def test_the_name_and_tagline_right_over_the_menu_under_a_strip(self, strip: str) -> None:
        article = self.read(
            strip,
            "Harbour Post",
            "Independent news from the bay",
            "News · Sport · Culture · Contact",
            *self.HEAD,
            *self.STORY,
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "Harbour Post",
            "Independent news from the bay",
        )

    def test_a_row_of_buttons_under_the_name_is_no_tagline(self) -> None:
        article = self.read(
            "Harbour Post",
            "Members area    Search",
            "News · Sport · Culture",
            *self.HEAD,
            *self.STORY,
        )
        assert article.portal is not None
        assert article.portal.tagline is None

    def test_a_counter_closing_the_story_is_no_copy(self) -> None:
        article = self.read(*self.HEAD, *self.STORY, "1 284 views", "Comments (2)")
        assert [b.text for b in article.body] == list(self.STORY)

    def test_a_byline_closing_the_story_names_its_authors(self) -> None:
        article = self.read(*self.HEAD, *self.STORY, "Text: Jane Roe", "Tags: ferries, harbour")
        assert [a.name for a in article.authors] == ["Jane Roe"]
        assert [b.text for b in article.body] == list(self.STORY)

    def test_a_lawyers_title_is_no_part_of_the_name(self) -> None:
        headline = "Permanences juridiques du samedi"
        article = self.read(headline, "Par Me Anne Delvaux", *self.STORY)
        assert article.headline == headline
        assert [a.name for a in article.authors] == ["Anne Delvaux"]

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("《潮間帶》首演劇照。攝影／陳柏翰", "caption"),
            ("“青禾”系列首批产品在发布会现场展出。（集团品牌部供图）", "caption"),
            ("全部评论（86）", "count"),
            ("写评论...", "reply"),
        ],
    )
    def test_chinese_captions_counts_and_prompts(self, line: str, kind: str) -> None:
        from newsmodel._textformat import furniture_kind

        assert furniture_kind(line) == kind

    def test_a_chinese_masthead_parted_by_a_full_width_bar(self) -> None:
        from newsmodel._textformat import NAME_AND_TAGLINE

        match = NAME_AND_TAGLINE.match("雲岫舞團｜身體裡的山與海")
        assert match is not None
        assert (match["name"], match["tagline"]) == ("雲岫舞團", "身體裡的山與海")

    def test_an_arabic_comma_in_a_date_line(self) -> None:
        from newsmodel._textbylines import read_date_line

        dates = read_date_line("15 نوفمبر، 2024")
        assert dates is not None
        assert str(dates.published) == "2024-11-15"

    def test_a_releases_title_under_its_date_and_contact_lines(self) -> None:
        article = self.read(
            "News Releases",
            "NEWS RELEASE",
            "Northern District | Jan. 14, 2025",
            "Contact: Northern District Public Affairs",
            "Office: 555-0147, After hours: 555-0199",
            "Coast Guard rescues 3 from disabled fishing vessel",
            "PORT ELSAND, Kerrow — The Coast Guard rescued three fishermen Monday night.",
            self.STORY[1],
            "-KCG-",
            "Recent releases",
            "Coast Guard responds to diesel sheen in Harwick Channel",
            "Ice-breaking season begins on the upper Elsand River",
        )
        assert article.headline == "Coast Guard rescues 3 from disabled fishing vessel"
        assert article.dateline == "PORT ELSAND, Kerrow"
        assert str(article.date_published) == "2025-01-14"
        assert len(article.body) == 2
        assert [r.title for r in article.related] == [
            "Coast Guard responds to diesel sheen in Harwick Channel",
            "Ice-breaking season begins on the upper Elsand River",
        ]

    @pytest.mark.parametrize("mark", ["###", "-30-", "- 30 -", "-KCG-"])
    def test_a_releases_end_mark(self, mark: str) -> None:
        from newsmodel._textformat import furniture_kind

        assert furniture_kind(mark) == "end"

    def test_a_photo_credit_in_a_rights_line_over_the_copy_is_no_footer(self) -> None:
        article = self.read(
            *self.HEAD,
            "The new ferry on its first crossing in March.",
            "© Harbour Board / Tom Lake",
            *self.STORY,
            "Related",
            "Night boat trial ends",
            "Pier closed for repairs",
        )
        assert [b.text for b in article.body] == list(self.STORY)

    def test_dates_with_copy_after_them_are_the_storys_box(self) -> None:
        dates = (
            "14.02.2025 – Fifth symphony concert, City Hall",
            "16.02.2025 – Family concert",
            "09.05.2025 – Special concert",
        )
        last = "The outgoing conductor says goodbye in July with Mahler's third symphony."
        article = self.read(*self.HEAD, *self.STORY, "Concert dates", *dates, last, "Share")
        assert [b.text for b in article.body if isinstance(b, Paragraph)][-1] == last
        assert article.related == ()

    def test_a_caption_over_its_credit_line_inside_the_story(self) -> None:
        article = self.read(
            *self.HEAD,
            self.STORY[0],
            "The new ferry on its first crossing.",
            "Illustration: Tom Lake / Harbour Board",
            self.STORY[1],
        )
        assert [b.text for b in article.body] == list(self.STORY)

    def test_a_box_of_labels_and_figures(self) -> None:
        box = (
            "Tasting notes",
            "ABV 6.8 % · IBU 55",
            "Aroma: grapefruit, mango",
            "Pairs with: fish",
        )
        last = "The first batch of 1,200 litres is on tap from Friday in our taproom by the bay."
        article = self.read(*self.HEAD, *self.STORY, *box, last, "#craftbeer #IPA")
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == [*self.STORY, last]

    @pytest.mark.parametrize("share", [(), ("Share", "Facebook", "X", "Email")])
    def test_a_row_of_topics_in_small_letters_after_the_story(
        self, share: tuple[str, ...]
    ) -> None:
        row = "ferries · harbour board · night boat"
        article = self.read(*self.HEAD, *self.STORY, *share, row, "2 comments")
        assert list(article.keywords) == ["ferries", "harbour board", "night boat"]

    @pytest.mark.parametrize(
        ("line", "title"),
        [
            (
                "10/02 Abierto el plazo para la carrera infantil",
                "Abierto el plazo para la carrera infantil",
            ),
            ("28 января 2025 Итоги года: 11 маяков", "Итоги года: 11 маяков"),
        ],
    )
    def test_a_day_without_year_or_in_words_before_a_title(self, line: str, title: str) -> None:
        from newsmodel._textformat import stamped_title

        stamped = stamped_title(line)
        assert stamped is not None
        assert stamped.title == title

    def test_a_photo_credit_heads_no_list(self) -> None:
        titles = ("Coast Guard responds to diesel sheen", "Ice-breaking season begins upriver")
        article = self.read(
            *self.HEAD, *self.STORY, "Photos: Coast Guard Air Station", "Recent releases", *titles
        )
        assert [r.title for r in article.related] == list(titles)


class TestRound15:
    """Round 15's rules (tuned on blind15), each on a hand-written page."""

    STORY = TestRound14.STORY
    HEAD = TestRound14.HEAD
    MENU = "News · Sport · Culture · Contact"

    def read(self, *blocks: str) -> newsmodel.Article:
        return newsmodel.read("\n\n".join(blocks), format="text")

    @pytest.mark.parametrize(
        "tagline",
        [
            "Glacier observations at 2,960 metres since 1952",
            "Pub quizzes every Tuesday since 1987. Teams of up to six.",
        ],
    )
    def test_the_line_between_the_name_and_the_menu_is_the_tagline(self, tagline: str) -> None:
        article = self.read("Harbour Post", tagline, self.MENU, *self.HEAD, *self.STORY)
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == ("Harbour Post", tagline)

    def test_todays_date_under_the_name_is_no_tagline(self) -> None:
        article = self.read(
            "Harbour Post", "Wednesday, 12 March 2025", self.MENU, *self.HEAD, *self.STORY
        )
        assert article.portal is not None
        assert article.portal.tagline is None

    def test_a_long_name_alone_over_the_menu_is_the_portal(self) -> None:
        name = "Cofradía de Pescadores San Telmo de Portuzarra"
        article = self.read(name, self.MENU, *self.HEAD, *self.STORY)
        assert article.portal is not None
        assert article.portal.name == name

    @pytest.mark.parametrize(
        "hours",
        [
            "Музей открыт со среды по воскресенье с 10:00 до 18:00. Вход бесплатный.",
            "Serviço: Selos da Lagoa – de 9 a 30 de março. Entrada gratuita.",
            "The hall is open from 10 am to 6 pm, Tuesday to Sunday.",
        ],
    )
    def test_opening_hours_closing_the_story_are_no_paragraph(self, hours: str) -> None:
        article = self.read(*self.HEAD, *self.STORY, hours)
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_hours_inside_a_long_paragraph_stay(self) -> None:
        long = (
            "The consulate will also open on Saturdays, from 9:00 to 13:00, so that the"
            " families who work during the week can renew their passports without losing a"
            " day's pay, the consul said."
        )
        article = self.read(*self.HEAD, *self.STORY, long)
        assert [b.text for b in article.body if isinstance(b, Paragraph)][-1] == long

    def test_a_photo_credit_after_a_full_stop_ends_the_byline(self) -> None:
        article = self.read(
            "Вагон 1936 года вернулся на рельсы",
            "Текст: Ольга Сметанина. Фото: Павел Ложкин",
            "14 августа 2024, 12:40",
            "Во вторник вечером моторный вагон впервые за 62 года проехал по двору депо.",
            "Вагон был построен в 1936 году и до 1962 года работал на линиях города.",
        )
        assert [a.name for a in article.authors] == ["Ольга Сметанина"]

    @pytest.mark.parametrize("office", ["المكتب الإعلامي", "Press office"])
    def test_an_office_under_the_date_names_no_author(self, office: str) -> None:
        article = self.read(*self.HEAD, office, *self.STORY)
        assert article.authors == ()

    def test_a_next_links_arrow_is_no_part_of_its_title(self) -> None:
        article = self.read(*self.HEAD, *self.STORY, "Next post: Spring fixtures published →")
        assert [(r.title, r.kind) for r in article.related] == [
            ("Spring fixtures published", RelatedKind.NEXT)
        ]

    def test_titles_under_their_weekday_and_day_are_a_list(self) -> None:
        article = self.read(
            *self.HEAD,
            *self.STORY,
            "Latest bulletins",
            "Wed 8 Jan 2025 Heavy snowfall expected from Wednesday night",
            "Mon 6 Jan 2025 Cornices: why this winter's are unusually large",
            "Fri 3 Jan 2025 Two walkers rescued after slide in the corrie",
            "Funded by the Highland Mountain Safety Trust",
        )
        assert [r.title for r in article.related][:3] == [
            "Heavy snowfall expected from Wednesday night",
            "Cornices: why this winter's are unusually large",
            "Two walkers rescued after slide in the corrie",
        ]

    def test_chinese_previous_and_next_lines_and_titles_with_days_after_wide_spaces(
        self,
    ) -> None:
        article = self.read(
            *self.HEAD,
            *self.STORY,
            "上一篇：我库与三所高校签署种质资源共享协议",
            "相关新闻",
            "秋季种子活力检测工作全面启动\u30002024-09-05",
            "“种子开放日”吸引千余名市民参观\u30002024-08-22",
        )
        assert [(r.title, r.kind) for r in article.related] == [
            ("我库与三所高校签署种质资源共享协议", RelatedKind.PREVIOUS),
            ("秋季种子活力检测工作全面启动", RelatedKind.RELATED),
            ("“种子开放日”吸引千余名市民参观", RelatedKind.RELATED),
        ]

    @pytest.mark.parametrize(
        "caption",
        [
            "特等獎得主陳明德（中）與父親、女兒在頒獎典禮上合影。",
            "Aoife Larkin (left) catches her sister during a rehearsal.",
        ],
    )
    def test_a_caption_placing_its_people_is_no_paragraph(self, caption: str) -> None:
        article = self.read(*self.HEAD, caption, *self.STORY)
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_a_chinese_head_line_of_parts_gives_the_day_and_the_author(self) -> None:
        article = self.read(
            "西岭种质资源库新入库地方品种突破两千份",
            "发布时间：2024-09-18 10:25\u3000来源：西岭农作物种质资源库\u3000作者：韩晓峰",
            "本网讯 截至9月中旬，西岭农作物种质资源库今年新入库的地方农家品种已达2036份。",
            "所有入库种子都要经过清选、发芽率检测和干燥处理，再密封保存于零下18摄氏度的长期库中。",
        )
        assert [a.name for a in article.authors] == ["韩晓峰"]
        assert article.date_published is not None
        assert article.date_published.isoformat().startswith("2024-09-18")

    def test_items_numbered_in_chinese_are_a_list(self) -> None:
        article = self.read(
            *self.HEAD,
            self.STORY[0],
            "在新入库的资源中，粮食作物占比最大。其中：",
            "（一）水稻、玉米、小麦等粮食作物1124份；",
            "（二）豆类及油料作物513份；",
            "（三）蔬菜及其他作物399份。",
            self.STORY[1],
        )
        paragraphs = [b.text for b in article.body if isinstance(b, Paragraph)]
        lead_in = "在新入库的资源中，粮食作物占比最大。其中："
        assert paragraphs == [self.STORY[0], lead_in, self.STORY[1]]

    def test_an_office_over_the_date_is_no_standfirst(self) -> None:
        article = self.read(self.HEAD[0], "Communications Team", self.HEAD[1], *self.STORY)
        assert article.description is None
        assert article.authors == ()
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_a_longer_skip_link_is_not_the_portals_name(self) -> None:
        article = self.read(
            "Ir al contenido principal",
            "Consejo Regulador del Queso",
            self.MENU,
            *self.HEAD,
            *self.STORY,
        )
        assert article.portal is not None
        assert article.portal.name == "Consejo Regulador del Queso"

    def test_items_marked_with_em_dashes_are_a_list_and_lines_of_dialogue_are_not(
        self,
    ) -> None:
        items = ("— спартакиада и День Нептуна", "— туристический слёт с ночёвкой")
        article = self.read(*self.HEAD, self.STORY[0], "В программе смены:", *items, self.STORY[1])
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)
        dialogue = (
            "— Когда мы его нашли, внутри стояли кровать и буфет, — вспоминает Кулагин.",
            "— А на крыше росла берёзка, — добавляет его помощница Анна Петрова.",
        )
        article = self.read(*self.HEAD, self.STORY[0], *dialogue, self.STORY[1])
        paragraphs = [b.text for b in article.body if isinstance(b, Paragraph)]
        assert paragraphs == [self.STORY[0], *dialogue, self.STORY[1]]

    def test_arabic_opening_hours_closing_the_story_are_no_paragraph(self) -> None:
        hours = "مواعيد المعرض: يومياً من 10 صباحاً حتى 10 مساءً، والجمعة من 2 ظهراً"
        article = self.read(*self.HEAD, *self.STORY, hours)
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_the_long_block_under_a_fact_boxs_word_is_the_box(self) -> None:
        fact = (
            "Клуб «Прорубь» основан в 1979 году. Сегодня в нём занимаются 143 человека,"
            " самому старшему участнику — 84 года. Тренировки проходят круглый год."
        )
        article = self.read(*self.HEAD, self.STORY[0], "Справка", fact, self.STORY[1])
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    @pytest.mark.parametrize(
        "byline", ["Par la Chambre des notaires du Haut-Verdon", "By the Press Office"]
    )
    def test_a_byline_naming_a_body_with_its_article_names_no_author(self, byline: str) -> None:
        article = self.read(*self.HEAD, byline, *self.STORY)
        assert article.authors == ()
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_the_publication_day_after_the_update_day(self) -> None:
        article = self.read(
            self.HEAD[0], "Mis à jour le 14/10/2024 – Publié le 10/10/2024", *self.STORY
        )
        assert article.date_published is not None
        assert article.date_published.isoformat().startswith("2024-10-10")

    def test_a_long_name_and_its_tagline_opening_the_page(self) -> None:
        article = self.read(
            "Hollinsdale & District Guild of Change Ringers — Ringing since 1889",
            "Home · About the Guild · Towers · News",
            *self.HEAD,
            *self.STORY,
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "Hollinsdale & District Guild of Change Ringers",
            "Ringing since 1889",
        )

    def test_a_category_label_of_two_words_without_a_colon(self) -> None:
        assert labelled_items("Posted in Tower news") == ["Tower news"]
        assert labelled_items("Publicado em Notícias") == ["Notícias"]

    def test_a_place_and_a_full_stop_the_portals_name_names_is_the_dateline(self) -> None:
        article = self.read(
            "Schützengesellschaft 1862 Oberwiesbach e.V.",
            self.MENU,
            *self.HEAD,
            "Oberwiesbach. Als der letzte Rest des hölzernen Adlers am Sonntag fiel, jubelten"
            " die Schützen auf dem Festplatz.",
            self.STORY[1],
        )
        assert article.dateline == "Oberwiesbach"

    def test_an_address_after_the_name_in_the_footer_is_no_tagline(self) -> None:
        article = self.read(
            *self.HEAD,
            *self.STORY,
            "SG Oberwiesbach e.V. · Am Schießstand 4 · 35999 Oberwiesbach",
        )
        assert article.portal is not None
        assert article.portal.tagline is None

    def test_a_chinese_name_and_motto_opening_the_menu(self) -> None:
        article = self.read(
            "北斗星夜市 · 嘉南人的宵夜廚房 · 首頁 · 關於夜市 · 最新消息 · 聯絡我們",
            "夜市搬家倒數\u3000186攤位新場地配置出爐",
            "發布日期：114年7月3日（星期四）",
            "營運近三十年的北斗星夜市，將於8月1日起正式遷往嘉南市港墘路新場地，共規劃186個攤位。",
            "自治會會長林文雄表示，現址土地租約今年到期，地主決定收回開發，自治會花了兩年時間尋找新場地。",
            "Copyright © 北斗星夜市自治會 版權所有",
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == ("北斗星夜市", "嘉南人的宵夜廚房")

    @pytest.mark.parametrize("gap", ["\n", "\n\n"])
    def test_a_trail_under_menu_links_one_a_line_is_no_menu_link(self, gap: str) -> None:
        lines = [
            "Nordhessen Kurier | Nachrichten aus Kassel und der Region",
            *("Anmelden", "Abo", "Lokales", "Hessen", "Politik", "Sport"),
            "Startseite > Hessen",
            *self.HEAD,
            *self.STORY,
        ]
        article = newsmodel.read(gap.join(lines), format="text")
        assert article.section is not None
        assert article.section.name == "Hessen"

    @pytest.mark.parametrize("gap", ["\n", "\n\n"])
    def test_a_trail_one_item_a_line_with_its_separators(self, gap: str) -> None:
        lines = [
            "Courts of the Eastern Circuit",
            *("Search", "Menu", "Home", "About the courts", "Find a court", "Contact us"),
            *("Home", "›", "News and judgments", "›", "Press summaries"),
            *self.HEAD,
            *self.STORY,
        ]
        article = newsmodel.read(gap.join(lines), format="text")
        assert article.headline == self.HEAD[0]
        assert article.section is not None
        assert [s.name for s in article.section.path][-1] == "Press summaries"

    def test_a_label_run_into_the_menu_right_over_the_headline(self) -> None:
        article = self.read(
            "Radio Mittelhessen | Nachrichten aus der Region",
            "Nachrichten\nSport\nKultur\nWetter\nLive\nNachrichten Nordhessen\n" + self.HEAD[0],
            self.HEAD[1],
            *self.STORY,
        )
        assert article.section is not None
        assert article.section.name == "Nachrichten Nordhessen"

    def test_a_site_link_closing_the_menu_is_no_label(self) -> None:
        article = self.read(
            "Le Carré Québec",
            "Accueil • Actualités • Culture • Sports • Nous joindre",
            *self.HEAD,
            *self.STORY,
        )
        assert article.section is None

    @pytest.mark.parametrize("gap", ["\n", "\n\n"])
    def test_the_name_and_tagline_over_menu_links_one_a_line(self, gap: str) -> None:
        lines = [
            "صحيفة الساحل",
            "يومية سياسية مستقلة",
            *("الرئيسية", "محليات", "اقتصاد", "رياضة", "منوعات"),
            "الرئيسية / محليات",
            "بلدية الساحل تطلق مشروعاً لزراعة 50 ألف شجرة على الطرق الرئيسية",
            "12 مارس 2025",
            "أعلنت بلدية الساحل اليوم إطلاق مشروع لزراعة خمسين ألف شجرة على الطرق الرئيسية.",
            "ويمتد المشروع على ثلاث مراحل ويعتمد على مياه الصرف المعالجة للري.",
        ]
        article = newsmodel.read(gap.join(lines), format="text")
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "صحيفة الساحل",
            "يومية سياسية مستقلة",
        )

    def test_links_after_the_story_in_a_copy_with_no_blank_lines(self) -> None:
        lines = [
            *self.HEAD,
            "Partager",
            "Facebook",
            "Twitter",
            *self.STORY,
            "Algues vertes",
            "Environnement",
            "Justice",
            "Saint-Brieuc",
            "Les plus lus",
            "Rennes : un incendie ravage un entrepôt de la zone de Chantepie",
            "Tour de Bretagne cycliste : le parcours 2024 dévoilé",
        ]
        article = newsmodel.read("\n".join(lines), format="text")
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)
        assert [r.title for r in article.related] == [
            "Rennes : un incendie ravage un entrepôt de la zone de Chantepie",
            "Tour de Bretagne cycliste : le parcours 2024 dévoilé",
        ]

    def test_items_closing_their_lead_ins_sentence_with_a_full_stop(self) -> None:
        lines = [
            *self.HEAD,
            self.STORY[0],
            "Neben der Lohnerhöhung fordert die Gewerkschaft unter anderem:",
            "eine Entschädigung für Fahrzeiten zu wechselnden Baustellen,",
            "eine Erhöhung der Ausbildungsvergütungen um 150 Euro im Monat,",
            "einen tariflichen Hitzeschutz mit bezahlten Pausen ab 30 Grad.",
            self.STORY[1],
        ]
        article = newsmodel.read("\n".join(lines), format="text")
        paragraphs = [b.text for b in article.body if isinstance(b, Paragraph)]
        assert paragraphs == [self.STORY[0], lines[3], self.STORY[1]]

    def test_the_name_and_two_labels_over_the_headline_in_a_copy_with_no_blank_lines(
        self,
    ) -> None:
        top = ["Der Blickpunkt", "Wirtschaft", "Förderung für Wallboxen"]
        lines = [*top, *self.HEAD, *self.STORY]
        article = newsmodel.read("\n".join(lines), format="text")
        assert article.portal is not None
        assert article.portal.name == "Der Blickpunkt"
        assert article.section is not None
        assert article.section.name == "Wirtschaft"

    def test_a_share_label_and_its_buttons_on_one_line(self) -> None:
        row = "شارك الخبر: فيسبوك - واتساب - إكس - نسخ الرابط"
        article = self.read(*self.HEAD, *self.STORY, row)
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_a_players_button_and_facts_over_the_story(self) -> None:
        article = self.read(
            *self.HEAD,
            "شاهد الخبر بلغة الإشارة",
            "مدة الفيديو 02:14 | الترجمة: عماد الشيخ | ترجمة نصية مرافقة",
            *self.STORY,
        )
        assert article.description is None
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_a_long_name_opening_the_page_over_its_tagline_and_trail(self) -> None:
        article = self.read(
            "Associação de Criadores do Cavalo da Lezíria",
            "Livro Genealógico da raça desde 1979",
            "Início › Notícias › Livro Genealógico",
            *self.HEAD,
            *self.STORY,
            "Política de privacidade · Termos de utilização",
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "Associação de Criadores do Cavalo da Lezíria",
            "Livro Genealógico da raça desde 1979",
        )

    def test_a_byline_after_the_story_and_its_practical_lines(self) -> None:
        article = newsmodel.read(
            "\n\n".join(
                [
                    *self.HEAD,
                    *self.STORY,
                    "Spendenkonto: Sparkasse Ellenau, IBAN DE00 0000 0000 0000 0000 00",
                    "Autorin: Petra Lindqvist",
                    "Themen: Armut, Ehrenamt",
                ]
            ),
            format="text",
        )
        assert [a.name for a in article.authors] == ["Petra Lindqvist"]

    def test_an_editors_line_closing_a_chinese_story_names_no_author(self) -> None:
        article = self.read(*self.HEAD, *self.STORY, "责任编辑：方晓")
        assert article.authors == ()

    def test_a_call_sign_after_the_name_and_a_register_number_in_the_footer(self) -> None:
        article = self.read(
            self.HEAD[0],
            "Texte : Jean-Marc Lefloch (F4HZT) · Photos : Sylvie Andrieu (F4JQB)",
            self.HEAD[1],
            *self.STORY,
            "Protectora Huellas de Almarza · Registro de Asociaciones n.º 4517",
        )
        assert [a.name for a in article.authors] == ["Jean-Marc Lefloch"]
        assert article.portal is not None
        assert article.portal.tagline is None

    def test_items_under_a_lead_in_of_a_few_words_and_a_telephone_line_with_a_note(
        self,
    ) -> None:
        article = self.read(
            *self.HEAD,
            self.STORY[0],
            "Requisitos para adoptar:",
            "Ser mayor de edad",
            "Firmar el contrato de adopción",
            self.STORY[1],
            "Teléfono de urgencias: 600 000 412 (solo animales heridos o en peligro)",
        )
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_a_source_alone_and_a_day_with_its_month_first_under_the_standfirst(self) -> None:
        article = self.read(
            "Metro de Medellín amplía su horario durante la Feria de las Flores",
            "La empresa anunció que los trenes circularán hasta la medianoche durante la feria.",
            "Colprensa",
            "agosto 03 de 2016 - 11:42 a. m.",
            "MEDELLÍN, 3 ago. (Colprensa) – El Metro de Medellín ampliará su horario.",
            self.STORY[1],
        )
        assert article.headline.startswith("Metro de Medellín")
        assert article.dateline == "MEDELLÍN"
        assert article.date_published is not None
        assert article.date_published.isoformat().startswith("2016-08-03")

    @pytest.mark.parametrize(
        "byline", ["Autoren: Jana Oster, Felix Brandt", "Autores: Jana Oster y Felix Brandt"]
    )
    def test_a_plural_authors_label(self, byline: str) -> None:
        article = self.read(self.HEAD[0], byline, self.HEAD[1], *self.STORY)
        assert [a.name for a in article.authors] == ["Jana Oster", "Felix Brandt"]

    def test_a_name_over_the_reporters_service_over_the_day(self) -> None:
        article = self.read(
            "Tayside Today",
            "Plans for 300 homes on former jute mill site thrown out by councillors",
            "Euan Baird",
            "Local Democracy Reporting Service",
            "Thursday 12 October 2023, 7:00pm",
            *self.STORY,
        )
        assert article.headline.startswith("Plans for 300 homes")
        assert [a.name for a in article.authors] == ["Euan Baird"]
        assert [b.text for b in article.body if isinstance(b, Paragraph)] == list(self.STORY)

    def test_names_in_capitals_parted_by_a_slash_over_the_day(self) -> None:
        article = self.read(self.HEAD[0], "MARTA VÁZQUEZ / XOSÉ PAZ", self.HEAD[1], *self.STORY)
        assert [a.name for a in article.authors] == ["MARTA VÁZQUEZ", "XOSÉ PAZ"]

    @pytest.mark.parametrize(
        ("opening", "place"),
        [
            ("Hannover (epd). Die Landeskirche will 40 Häuser verkaufen.", "Hannover"),
            ("الخرطوم 7 مارس (سونا) - افتتحت هيئة المياه اليوم محطة جديدة.", "الخرطوم"),
        ],
    )
    def test_wire_datelines_with_a_full_stop_or_a_day_without_a_comma(
        self, opening: str, place: str
    ) -> None:
        article = self.read(*self.HEAD, opening, self.STORY[1])
        assert article.dateline == place

    def test_a_comment_count_after_a_word_or_two(self) -> None:
        article = self.read(*self.HEAD, *self.STORY, "Hay 6 comentarios", "Deja tu comentario")
        assert article.extra.get("comment_count") == 6
        assert article.comments_open is True

    def test_titles_under_their_days_in_brackets_and_a_chinese_ranking(self) -> None:
        article = self.read(
            *self.HEAD,
            *self.STORY,
            "相关新闻",
            "[04-18] 风筝会开幕倒计时：白鹭湖放飞场完成改造",
            "[04-10] 协会举办风筝制作技艺培训班",
            "熱門排行",
            "1\u3000蚵仔煎阿婆退休\u3000孫子接手老攤",
            "2\u3000夜市美食投票結果出爐",
        )
        assert [r.title for r in article.related] == [
            "风筝会开幕倒计时：白鹭湖放飞场完成改造",
            "协会举办风筝制作技艺培训班",
            "蚵仔煎阿婆退休\u3000孫子接手老攤",
            "夜市美食投票結果出爐",
        ]

    def test_a_page_a_text_browser_wrapped_at_its_width(self) -> None:
        page = "\n".join(
            [
                "Polizeidirektion Nordheide – Sicherheit in Ihrer Region",
                "",
                "Trickbetrug an der Haustür: Falsche Wasserwerker erbeuten Schmuck –",
                "Polizei sucht Zeugen",
                "Veröffentlicht am 08.04.2025, 11:20 Uhr",
                "",
                "Lüneburg. Zwei bislang unbekannte Männer haben sich am Montagvormittag",
                "als Mitarbeiter der Wasserwerke ausgegeben und sind so in die Wohnung",
                "einer 84-jährigen Frau gelangt.",
                "",
                "Die Polizei bittet Zeugen, die verdächtige Personen beobachtet haben,",
                "sich unter der Telefonnummer der Dienststelle zu melden.",
            ]
        )
        article = newsmodel.read(page, format="text")
        assert article.headline == (
            "Trickbetrug an der Haustür: Falsche Wasserwerker erbeuten Schmuck – Polizei"
            " sucht Zeugen"
        )
        assert article.date_published is not None
        assert len([b for b in article.body if isinstance(b, Paragraph)]) == 2

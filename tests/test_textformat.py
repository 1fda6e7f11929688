"""The plain-text page grammar: furniture lines, bylines, date lines and datelines in the
six languages, by their words and by their shape."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import RelatedKind, Section
from newsmodel._textbylines import Byline, names_alone, read_byline, read_date_line, read_day
from newsmodel._textformat import (
    _plain,
    closes_a_list,
    comment_count,
    furniture_kind,
    is_email_field,
    is_name_and_tagline,
    is_postal_address,
    is_site_link,
    is_telephone_line,
    labelled_items,
    more_from,
)
from newsmodel._textpage import Page, _read_furniture


class TestFurnitureLines:
    """Each kind of furniture line is known in every language, in any case and accent."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Related Articles", "related"),
            ("À lire aussi", "read-also-heading"),
            ("A LIRE AUSSI", "read-also-heading"),
            ("Noticias relacionadas", "related"),
            ("Das könnte Sie auch interessieren", "related"),
            ("Veja também", "read-also-heading"),
            ("مقالات ذات صلة", "related"),
            ("Most read", "popular"),
            ("Lo más leído", "popular"),
            ("Meistgelesen", "popular"),
            ("الأكثر قراءة", "popular"),
            ("Partager :", "share"),
            ("Compartilhar no WhatsApp", "share"),
            ("Facebook Twitter LinkedIn Email", "share"),
            ("WhatsApp", "network"),
            ("واتساب", "network"),
            ("Mots-clés", "tags"),
            ("Tags: Doñana, agua", "tag-line"),
            ("Tagged bike lanes, council", "tag-line"),
            ("Catégories : Littoral, Pollution", "category-line"),
            ("Read more: How a warming Atlantic is changing rainfall", "read-also"),
            ("اقرأ أيضاً: الحكومة تدرس تشغيل الخط الرابع", "read-also"),
            ("86 comments", "count"),
            ("12 تعليقاً", "count"),
            ("3 thoughts on “Why our town got a bike lane”", "count"),
            ("Leave a Reply", "reply"),
            ("Deixe uma resposta", "reply"),
            ("Add your comment", "reply"),
            ("Kommentare sind geschlossen.", "closed"),
            ("Les commentaires sont fermés.", "closed"),
            ("Back to top button", "top"),
            ("Botón volver arriba", "top"),
            ("Bouton retour en haut de la page", "top"),
            ("زر الذهاب إلى الأعلى", "top"),
            ("More Politics articles on Sahel Monitor", "more"),
            ("Weitere Meldungen auf Harzer Bote", "more"),
            ("2 minutes read", "reading"),
            ("3 minutos de lectura", "reading"),
            ("Écouter cet article", "listen"),
            ("Sign up to First Edition, our free daily newsletter – every weekday", "newsletter"),
            ("Residents wade through a street. Photograph: Carla Mendes/The Courier", "caption"),
            ("Image source, Reuters", "caption"),
            ("© 2025 Sahel Monitor. All rights reserved.", "rights"),
            ("Accueil", "menu"),
            ("Temps de lecture : 6 min.", "reading"),
            ("Tempo de leitura: 3 min", "reading"),
            ("Lire aussi | Le port de Brest agrandit son quai", "read-also"),
            ("Ler mais: Câmara aprova novo plano de mobilidade", "read-also"),
            ("Más información: Qué cambia con la nueva ley de vivienda", "read-also"),
            ("Partilhe esta notícia", "share"),
            ("Comparte esta nota", "share"),
            ("Escuchar nota", "listen"),
            ("Comenta esta noticia", "reply"),
            ("التعليقات (7)", "count"),
            ("Os comentários a este artigo estão encerrados.", "closed"),
            ("Die Kommentare zu diesem Beitrag sind geschlossen.", "closed"),
            ("Vecinos frente al ayuntamiento de Écija. EFE/Archivo", "caption"),
            ("Le maire lors du conseil, le 3 mars. PIERRE-YVES DURAND / AFP", "caption"),
            (
                "Copyright 2019 Lake Courier. All rights reserved. This material may not be "
                "published, broadcast, rewritten, or redistributed.",
                "rights",
            ),
            (
                "© 2021 Lake Courier. Todos los derechos reservados. Prohibida su reproducción "
                "total o parcial sin autorización escrita.",
                "rights",
            ),
        ],
    )
    def test_kind(self, line: str, kind: str) -> None:
        assert furniture_kind(line) == kind

    def test_hashtags_of_several_words_are_the_tags(self) -> None:
        line = "#Movilidad #Línea 5 #Calzada Independencia"
        assert labelled_items(line) == ["Movilidad", "Línea 5", "Calzada Independencia"]

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Share or comment on this article:", "share"),
            ("شارك عبر:", "share"),
            ("Share what you think", "reply"),
            ("Diskutieren Sie mit", "reply"),
            ("Deixe o seu comentário", "reply"),
            ("Vous devez être abonné pour commenter.", "reply"),
            ("Sujets associés", "tags"),
            ("MOST READ NEWS", "popular"),
            ("أخبار متعلقة", "related"),
            ("Zur Startseite", "menu"),
        ],
    )
    def test_round_three_wordings(self, line: str, kind: str) -> None:
        """Wordings of the second blind set, each in the languages it applies to."""
        assert furniture_kind(line) == kind

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Partager la page", "share"),
            ("Share this page", "share"),
            ("Diese Seite teilen", "share"),
            ("Sign up", "menu"),
            ("Inscreva-se", "menu"),
            ("Ein Kommentar", "count"),
            ("One comment", "count"),
            ("تعليق واحد", "count"),
            ("Previous story: School board delays vote on boundary changes", "navigation"),
            ("Article suivant › Le port agrandit son quai", "navigation"),
            ("Jetzt abonnieren", "menu"),
            ("Abonnez-vous", "menu"),
            ("À lire également", "read-also-heading"),
            ("Up next", "related"),
            ("Story continues below advertisement", "ad"),
            ("La suite après la publicité", "ad"),
            ("Continua depois da publicidade", "ad"),
            ("Weiterlesen nach der Anzeige", "ad"),
            ("Comparte en redes", "share"),
        ],
    )
    def test_round_four_wordings(self, line: str, kind: str) -> None:
        """Wordings of the third blind set, each in the languages it applies to."""
        assert furniture_kind(line) == kind

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Notas relacionadas", "related"),
            ("Dépêches similaires", "related"),
            ("أخبار ذات علاقة", "related"),
            ("شاهد أيضاً", "related"),
            ("Похожие новости", "related"),
            ("Nos dernières vidéos", "popular"),
            ("Последние видео", "popular"),
            ("Follow us on", "share"),
            ("Suivez-nous sur", "share"),
            ("تابعونا على", "share"),
            ("Envoyer", "network"),
            ("Related Topics", "tags"),
            ("Marcadores: Obras públicas, Estradas", "tag-line"),
            ("Filed in: Council, Cycling", "category-line"),
            ("Kommentare sind für diesen Artikel deaktiviert.", "closed"),
            ("Комментарии отключены", "closed"),
            ("评论已关闭", "closed"),
            # shapes with the words of each language
            ("3 Min.", "reading"),
            ("5 minutos", "reading"),
            ("Источник: ТАСС", "source"),
            ("Fuente: EFE", "source"),
            ("图为市民在新开放的滨河步道上骑行。", "caption"),
            ("Pictured: the new footbridge over the river", "caption"),
            ("Partager l'article sur", "share"),
            ("Compartir en", "share"),
            ("À LIRE AUSSI >> Huîtres : pourquoi les contaminations se multiplient", "read-also"),
            ("评论（23）", "count"),
        ],
    )
    def test_round_five_wordings(self, line: str, kind: str) -> None:
        """Wordings of the fourth blind set, each in the languages it applies to."""
        assert furniture_kind(line) == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Share prices fell 3% on Monday",
            "Source: officials said the plan would go ahead.",
            "3 Minuten später kam der Zug.",
        ],
    )
    def test_round_five_shapes_leave_copy_alone(self, line: str) -> None:
        assert furniture_kind(line) is None

    @pytest.mark.parametrize(
        "line",
        [
            "Un commentaire",
            "Un comentario",
            "Ein Kommentar",
            "Um comentário",
            "One comment",
            "تعليق واحد",
            "Один комментарий",
        ],
    )
    def test_a_count_of_one_in_words(self, line: str) -> None:
        assert comment_count(line) == 1

    @pytest.mark.parametrize(
        "line",
        ["Next: the council votes on the plan in March.", "Next, the mayor spoke"],
    )
    def test_a_sentence_after_next_is_no_link(self, line: str) -> None:
        assert furniture_kind(line) is None

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Artikel zum Hören • 3 Min", "listen"),
            ("Listen · 4 min", "listen"),
            ("Abonnez-vous à partir de 1 €", "ad"),
            ("Subscribe for $1 a week", "ad"),
        ],
    )
    def test_a_button_with_its_length_or_price(self, line: str, kind: str) -> None:
        assert furniture_kind(line) == kind

    @pytest.mark.parametrize(
        "line",
        ["Listen to the minister speak for 3 minutes.", "Home prices rose 3% to $400,000"],
    )
    def test_copy_with_a_number_is_no_button(self, line: str) -> None:
        assert furniture_kind(line) is None

    @pytest.mark.parametrize(
        "line",
        [
            "The minister said the photo was taken in 2019.",
            "More than 80,000 people remain in shelters.",
            "Mais de 300 pessoas em Santos",
            "Minister declines to comment",
            "The court ruled the copyright claim was invalid, the lawyers said on Monday.",
            "Syria and Russia Hold Extensive Military Talks in Damascus",
            "The talks between Paris and Berlin stalled. Officials/Diplomats said so",
            "The comments he made about the plan were closed to debate, she wrote.",
        ],
    )
    def test_story_text_is_no_furniture(self, line: str) -> None:
        assert furniture_kind(line) is None

    def test_items_and_counts(self) -> None:
        assert labelled_items("Étiquettes : algues vertes, Côtes-d'Armor") == [
            "algues vertes",
            "Côtes-d'Armor",
        ]
        assert labelled_items("الوسوم: الحافلات الكهربائية، النقل العام") == [
            "الحافلات الكهربائية",
            "النقل العام",
        ]
        assert (comment_count("Comments (3)"), comment_count("No comments")) == (3, 0)
        assert more_from("Más artículos de Economía en Portal Andino") == (
            "Economía",
            "Portal Andino",
        )


class TestBylines:
    """Names as written, an agency apart, and the day where the line gives one."""

    @pytest.mark.parametrize(
        ("line", "names", "agency"),
        [
            ("By Helen Marsh and Tomás Ribeiro", ("Helen Marsh", "Tomás Ribeiro"), None),
            (
                "Par Nadia Benali et Thomas Girard avec AFP",
                ("Nadia Benali", "Thomas Girard"),
                "AFP",
            ),
            ("Por Ana Paula Moreira e Ricardo Lins", ("Ana Paula Moreira", "Ricardo Lins"), None),
            ("Von Katrin Weber und Jonas Albrecht", ("Katrin Weber", "Jonas Albrecht"), None),
            ("كتب: أحمد سمير ومحمد عبد الله", ("أحمد سمير", "محمد عبد الله"), None),
            ("Por Lucía García y Lucía Martínez", ("Lucía García", "Lucía Martínez"), None),
            ("Por José Ortega y Gasset", ("José Ortega y Gasset",), None),
            ("Por Lucía García y EFE", ("Lucía García",), "EFE"),
            (
                "Автор: Михаил Дегтярев и Михаил Евкуров",
                ("Михаил Дегтярев", "Михаил Евкуров"),
                None,
            ),
            ("بقلم أحمد وليد الحسن", ("أحمد وليد الحسن",), None),
            ("作者：王伟、李伟", ("王伟", "李伟"), None),  # the name written onto the colon
            ("بقلم محمد أحمد ووائل السيد", ("محمد أحمد", "وائل السيد"), None),
            ("By Jane Roe, Staff Writer", ("Jane Roe",), None),
            ("By Jane Roe in Nairobi", ("Jane Roe",), None),
            ("EFE", (), "EFE"),
            (
                "Ein Artikel von Jonas Behrendt und Svenja Albers",
                ("Jonas Behrendt", "Svenja Albers"),
                None,
            ),
            ("Texto de Rita Meireles", ("Rita Meireles",), None),
            # round 5: an organisation after the names, names without a listed colon,
            # names parted by spaces in Chinese, "Words:", an agency as the writer
            (
                "Por Renata Albuquerque e Felipe Matos, do Estadão Conteúdo",
                ("Renata Albuquerque", "Felipe Matos"),
                "Estadão Conteúdo",
            ),
            ("By Jane Roe, of The Valley Ledger", ("Jane Roe",), "The Valley Ledger"),
            ("By Jane Roe for The Valley Ledger", ("Jane Roe",), "The Valley Ledger"),
            ("Por Ana Ruiz para El Diario", ("Ana Ruiz",), "El Diario"),
            ("كتب رامي الحاج و نادين عبود", ("رامي الحاج", "نادين عبود"), None),
            ("作者：陈晓 刘洋", ("陈晓", "刘洋"), None),
            ("Words: Aroha Tane and Mike Whitcombe", ("Aroha Tane", "Mike Whitcombe"), None),
            ("Written by PTI", (), "PTI"),
            ("Postado por Domingos Kiala", ("Domingos Kiala",), None),
        ],
    )
    def test_names(self, line: str, names: tuple[str, ...], agency: str | None) -> None:
        byline = read_byline(line)
        assert byline is not None
        assert (byline.names, byline.agency) == (names, agency)

    @pytest.mark.parametrize(
        "line",
        [
            "Por Lucía Fernández | 3 de septiembre de 2024",
            "Publié par Camille Renaud le 3 septembre 2024",
            "Posted on September 3, 2024 by Jane Roe",
            "بقلم سلمى الحسن | ٣ أيلول ٢٠٢٤",
        ],
    )
    def test_names_with_the_day(self, line: str) -> None:
        byline = read_byline(line)
        assert byline is not None
        assert byline.names
        assert byline.published == dt.date(2024, 9, 3)

    def test_a_byline_and_a_date_line_in_one_block(self) -> None:
        byline = read_byline("Von Anna Müller Aktualisiert am 5. Mai 2024")
        assert byline == Byline(("Anna Müller",), updated=dt.date(2024, 5, 5))

    @pytest.mark.parametrize(
        "line",
        [
            "By the way, this is a sentence",
            "Von der Leyen said so.",
            "Por qué no",
            "كتب التاريخ",  # "history books": one name after an opening listed with ":"
        ],
    )
    def test_sentences_are_no_bylines(self, line: str) -> None:
        assert read_byline(line) is None


class TestDays:
    """Days only where they cannot be misread."""

    @pytest.mark.parametrize(
        ("line", "published", "updated"),
        [
            ("Published 12 June 2023", dt.date(2023, 6, 12), None),
            ("Le 17/02/2016 à 18h42", dt.date(2016, 2, 17), None),
            ("Stand: 14.11.2025 16:20 Uhr", dt.date(2025, 11, 14), None),
            ("Mis à jour le 17/02/2016 à 20h05", None, dt.date(2016, 2, 17)),
            (
                "17/01/2017 10h42 Atualizado 18/01/2017 12h05",
                dt.date(2017, 1, 17),
                dt.date(2017, 1, 18),
            ),
            ("الخميس 4 أيلول 2014", dt.date(2014, 9, 4), None),
            ("12/05/2018 - 14:32", None, None),
            ("Опубликовано 5 мая 2024", dt.date(2024, 5, 5), None),
            ("发布于 2024年5月5日", dt.date(2024, 5, 5), None),
            ("Обновлено 7 июня 2024", None, dt.date(2024, 6, 7)),
            ("Обновлено: 7 июня 2024", None, dt.date(2024, 6, 7)),
            ("更新于 2024年6月7日", None, dt.date(2024, 6, 7)),
        ],
    )
    def test_date_lines(self, line: str, published: dt.date, updated: dt.date) -> None:
        dates = read_date_line(line)
        assert dates is not None
        assert (dates.published, dates.updated) == (published, updated)

    @pytest.mark.parametrize(
        "line",
        [
            "Publicado em 05/07/2023 às 07h30",
            "Publié le 05/07/2023 à 6 h 12",
            "Stand: 05/07/2023 15:32 Uhr",
            "Por Ana Ruiz | 05/07/2023",
        ],
    )
    def test_a_numeric_day_reads_day_first_after_such_a_languages_words(self, line: str) -> None:
        dates = read_date_line(line)
        assert dates is not None
        assert dates.published == dt.date(2023, 7, 5)

    @pytest.mark.parametrize("line", ["Published 05/07/2023", "05/07/2023 - 14:32"])
    def test_a_numeric_day_that_reads_two_ways_elsewhere_gives_none(self, line: str) -> None:
        dates = read_date_line(line)
        assert dates is not None
        assert dates.published is None

    def test_a_numeric_day_reads_by_the_pages_other_mention(self) -> None:
        assert read_day("12/05/2018") is None
        assert read_day("12/05/2018", hint=(5, 12)) == dt.date(2018, 5, 12)
        assert read_day("4.set.2025") == dt.date(2025, 9, 4)


@pytest.mark.parametrize(
    ("opening", "dateline", "agency"),
    [
        ("NAIROBI, Oct 3 (Reuters) - Kenya's central bank left its rate.", "NAIROBI", "Reuters"),
        ("BOGOTÁ, 12 may (EFE).- Los gobiernos acordaron.", "BOGOTÁ", "EFE"),
        ("PARIS, 4 sept (AFP) – Le gouvernement a annoncé.", "PARIS", "AFP"),
        ("بيروت، 4 أيلول (أ ف ب) - بدأ موظفو القطاع العام إضراباً.", "بيروت", "أ ف ب"),
        ("CLERMONT-FERRAND — Un important incendie s'est déclaré.", "CLERMONT-FERRAND", None),
        ("Stuttgart (dpa) - Ein Autobauer senkt die Prognose.", "Stuttgart", "dpa"),
        ("NAIROBI, March 3, 2017 (Reuters) – Kenya's bank held its rate.", "NAIROBI", "Reuters"),
        ("عمّان، 12 تشرين الثاني (بترا) – أعلنت وزارة المياه بدء التشغيل.", "عمّان", "بترا"),
        ("Hamburg/Berlin (dpa) - Die Bahn erhöht die Preise.", "Hamburg/Berlin", "dpa"),
        ("غزة - (الأناضول) - قال مسؤولون إن المعبر أغلق.", "غزة", "الأناضول"),
        ("بيروت - أ ف ب - بدأ موظفو القطاع العام إضراباً.", "بيروت", "أ ف ب"),
        ("بيروت - بدأ موظفو القطاع العام إضراباً.", "بيروت", None),
        # round 5: no dash where the shape marks the place
        ("LINZ. Eigentlich hätten die Bagger auffahren sollen.", "LINZ", None),
        ("SAINT-DENIS. Le conseil a voté.", "SAINT-DENIS", None),
        ("صفاقس: قررت بلدية صفاقس غلق السوق.", "صفاقس", None),
        ("VALLADOLID, 19 (SERVIMEDIA) La Junta aprobó el decreto.", "VALLADOLID", "SERVIMEDIA"),
        (
            "НОВОСИБИРСК, 12 марта. /ТАСС/. Около 60 домов остались без тепла.",
            "НОВОСИБИРСК",
            "ТАСС",
        ),
        (
            "الرياض 15 ذو الحجة 1439 هـ الموافق 26 أغسطس 2018 م واس أطلقت الأمانة مشروعاً.",
            "الرياض",
            "واس",
        ),
        ("新华社北京5月5日电（记者 王静、刘晓峰）记者5日获悉，试点将启动。", "北京", "新华社"),
    ],
)
def test_wire_datelines(opening: str, dateline: str, agency: str | None) -> None:
    article = newsmodel.read(f"A headline of the story\n\n{opening}\n\nMore copy follows.")
    assert article.dateline == dateline
    assert article.extra.get("agency") == agency


@pytest.mark.parametrize(
    "opening",
    [
        "Bamberg. Die Sanierung beginnt.",  # a word alone and a full stop: a sentence
        "US. The talks resumed.",
        "وقال: إن المشروع سيكتمل.",  # "and he said:"
        "Apple (AAPL) shares rose on Monday.",
        "One. Two. Three.",
    ],
)
def test_openings_without_a_dash_that_are_no_datelines(opening: str) -> None:
    article = newsmodel.read(f"A headline of the story\n\n{opening}\n\nMore copy follows.")
    assert article.dateline is None


def test_a_chinese_wires_reporters_are_the_authors() -> None:
    article = newsmodel.read(
        "我国将开展老旧小区加装电梯试点\n\n"
        "新华社北京5月5日电（记者 王静、刘晓峰）记者5日从住房和城乡建设部获悉，试点将启动。"
        "\n\n试点为期两年。"
    )
    assert [author.name for author in article.authors] == ["王静", "刘晓峰"]


@pytest.mark.parametrize(
    ("opening", "authors", "dateline"),
    [
        ("（中央社記者林怡君台北12日電）台北市政府今天宣布，補助上限將提高。", ["林怡君"], "台北"),
        (
            "（新华社记者王静、刘晓峰北京5月5日电）记者5日获悉，试点将启动。",
            ["王静", "刘晓峰"],
            "北京",
        ),
    ],
)
def test_a_wires_credit_in_brackets_names_the_reporters_under_an_agency_byline(
    opening: str, authors: list[str], dateline: str
) -> None:
    article = newsmodel.read(
        f"北市老舊公寓加裝電梯補助上限提高\n\n中央社\n\n2025/03/12 14:05\n\n{opening}\n\n"
        "市府表示，申請案將於下月起受理。"
    )
    assert [author.name for author in article.authors] == authors
    assert article.dateline == dateline


def test_a_short_block_over_the_dateline_paragraph_is_the_standfirst() -> None:
    article = newsmodel.read(
        "Mecklenburg-Vorpommern\n\nStipendium soll junge Ärzte aufs Land locken\n\n"
        "Stand: 14.09.2021 15:32 Uhr\n\n"
        "Wer nach dem Studium aufs Land geht, soll Geld bekommen. Der Bedarf ist groß.\n\n"
        "Schwerin (dpa) - Das Land will die Zahl der Landärzte mit einem Stipendium "
        "erhöhen, teilte das Ministerium mit.\n\nIm ersten Jahr sind 40 Stipendien vorgesehen."
    )
    assert article.description == (
        "Wer nach dem Studium aufs Land geht, soll Geld bekommen. Der Bedarf ist groß."
    )
    assert (article.dateline, len(article.body)) == ("Schwerin", 2)


def test_a_paragraph_over_one_opening_with_a_word_and_a_dash_stays_copy() -> None:
    """Only a block short enough for a standfirst goes to the head."""
    first = " ".join(["Der Gemeinderat hat am Abend lange beraten."] * 8)
    article = newsmodel.read(
        f"Lokales\n\nRat beschließt neuen Haushalt\n\n{first}\n\n"
        "Schwerin (dpa) - Das Land will die Zahl der Landärzte erhöhen."
    )
    assert (article.description, len(article.body)) == (None, 2)


class TestRoundFourFurniture:
    """Round 4: numbered most-read titles, a sign-up button, previous and next links with
    their titles on the line, a count in words, a more-from line naming a portal with a
    number, a tagline of short fragments."""

    STORY = (
        "Environment\n\nThe summer the reservoir ran low\n\nBy Hannah Oduya\n\n"
        "The reservoir dropped below a third of its capacity in late August, engineers "
        "said.\n\nThe decision means that water is now being pumped over the ridge."
    )

    def test_a_numbered_list_loses_its_numbers(self) -> None:
        article = newsmodel.read(
            f"{self.STORY}\n\nGet our weekly briefing in your inbox every Sunday\n\n"
            "Sign up\n\nMost popular\n\n1. The quiet return of the night train\n\n"
            "2. Inside the town that banned cars\n\n24 comments"
        )
        assert [r.title for r in article.related] == [
            "The quiet return of the night train",
            "Inside the town that banned cars",
        ]
        assert article.extra["comment_count"] == 24

    def test_a_title_opening_with_a_number_alone_keeps_it(self) -> None:
        article = newsmodel.read(
            f"{self.STORY}\n\nRelated\n\n1. FC Köln gewinnt in Bremen\n\nNeue Fähre startet"
        )
        assert [r.title for r in article.related] == [
            "1. FC Köln gewinnt in Bremen",
            "Neue Fähre startet",
        ]

    def test_a_heading_ending_with_a_colon_ends_a_list(self) -> None:
        article = newsmodel.read(
            f"{self.STORY}\n\nRelated\n\nNeue Fähre startet im Oktober\n\n"
            "Dieses Thema im Programm:\n\nOstseewelle Radio | Nachrichten | 16:00 Uhr"
        )
        assert [r.title for r in article.related] == ["Neue Fähre startet im Oktober"]

    def test_previous_and_next_titles_on_their_lines(self) -> None:
        article = newsmodel.read(
            f"{self.STORY}\n\nFiled under: Traffic, Bridges\n\n"
            "Previous story: School board delays vote on boundary changes\n\n"
            "Next story: Riverfront Park ice ribbon extends season\n\nComments are closed."
        )
        assert [(r.title, r.kind.value) for r in article.related] == [
            ("School board delays vote on boundary changes", "previous"),
            ("Riverfront Park ice ribbon extends season", "next"),
        ]

    def test_a_count_in_words_is_no_related_title(self) -> None:
        article = newsmodel.read(
            f"{self.STORY}\n\nVerwandte Beiträge\n\nNeue Radroute eröffnet\n\n"
            "Streit um Kurzparkzonen\n\nEin Kommentar\n\nKommentar schreiben"
        )
        assert [r.title for r in article.related] == [
            "Neue Radroute eröffnet",
            "Streit um Kurzparkzonen",
        ]
        assert (article.extra["comment_count"], article.comments_open) == (1, True)

    def test_a_more_from_line_naming_a_portal_with_a_number(self) -> None:
        assert more_from("المزيد من أخبار محليات على الشارقة 24 ساعة") == (
            "محليات",
            "الشارقة 24 ساعة",
        )
        assert more_from("More World articles on France 24") == ("World", "France 24")
        assert more_from("More on 300 homes") is None

    def test_a_tagline_of_short_fragments_under_the_name(self) -> None:
        article = newsmodel.read(
            "Murblick\n\nUnabhängig. Grazerisch. Online.\n\n"
            "5.000 neue Bäume gegen die Sommerhitze\n\nVon Katharina Pölzl | 26. Mai 2022\n\n"
            "Die Stadt Graz will bis 2030 rund 5.000 neue Bäume pflanzen.\n\n"
            "Besonders dicht bepflanzt werden sollen Straßenzüge in Gries."
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "Murblick",
            "Unabhängig. Grazerisch. Online.",
        )
        assert article.headline == "5.000 neue Bäume gegen die Sommerhitze"


class TestTheEndOfTheStory:
    """A comment count or prompt followed by sentences up to the page's end, or to its
    footer, ends the story; "Comments" alone is a button or a heading, and story copy
    after it, up to the page's end, is the story's."""

    STORY = (
        "News\n\nCouncil approves new bus depot\n\nBy Jane Roe\n\n"
        "The council approved plans for a new bus depot on Tuesday, ending a long dispute "
        "over the site.\n\nThe depot will open in 2027, officials said."
    )
    MORE = (
        "Residents had asked for the depot to be built further from the school, and the "
        "council said it would plant a row of trees along the fence.\n\n"
        "Work starts in the spring."
    )

    @pytest.mark.parametrize(
        ("closing", "footer"),
        [
            ("3 Comments", "© 2025 Town Times. All rights reserved."),
            ("Leave a Reply", "Back to top"),
            ("Back to top", "About us"),
        ],
    )
    def test_sentences_up_to_the_footer_close_the_page(self, closing: str, footer: str) -> None:
        article = newsmodel.read(f"{self.STORY}\n\n{closing}\n\n{self.MORE}\n\n{footer}")
        assert len(article.body) == 2

    @pytest.mark.parametrize("label", ["Comments", "Kommentare", "التعليقات", "Комментарии"])
    def test_story_copy_after_comments_alone_is_the_storys(self, label: str) -> None:
        article = newsmodel.read(f"{self.STORY}\n\n{label}\n\n{self.MORE}")
        assert len(article.body) == 4

    def test_a_comments_button_over_the_story_stays_inside(self) -> None:
        page = self.STORY.replace("By Jane Roe", "By Jane Roe\n\n3 Comments")
        article = newsmodel.read(f"{page}\n\nBack to top")
        assert len(article.body) == 2


class TestAWordAlone:
    """A word alone over the headline is the portal's name when the footer's rights line
    names it; else it stays a section ("Société")."""

    PAGE = (
        "Murblick\n\n5.000 neue Bäume gegen die Sommerhitze\n\n"
        "Die Stadt Graz will bis 2030 rund 5.000 neue Bäume pflanzen.\n\n"
        "Besonders dicht bepflanzt werden sollen Straßenzüge in Gries.\n\n"
    )

    def test_named_by_the_rights_line_it_is_the_portal(self) -> None:
        article = newsmodel.read(f"{self.PAGE}© 2022 Murblick. Alle Rechte vorbehalten.")
        assert article.portal is not None
        assert (article.portal.name, article.section) == ("Murblick", None)

    def test_part_of_a_word_in_the_rights_line_is_not_named(self) -> None:
        article = newsmodel.read(f"{self.PAGE}© 2022 Murblicker Verlag. Alle Rechte vorbehalten.")
        assert article.section is not None
        assert (article.section.name, article.portal) == ("Murblick", None)


class TestTags:
    """Tags under a heading that opens with a tag label, and on one line split at dots."""

    STORY = (
        "Lokales\n\nStipendium soll junge Ärzte aufs Land locken\n\n"
        "Das Land will die Zahl der Landärzte mit einem neuen Stipendienprogramm erhöhen, "
        "teilte das Gesundheitsministerium am Dienstag mit.\n\n"
        "Im ersten Jahr sind 40 Stipendien vorgesehen, das Programm kostet 1,5 Millionen Euro."
    )

    def test_a_heading_opening_with_a_tag_label_is_over_tags(self) -> None:
        article = newsmodel.read(
            f"{self.STORY}\n\nSchlagwörter zu diesem Artikel\n\nGesundheit\n\nÄrzte\n\n"
            "Ländlicher Raum\n\nDieses Thema im Programm:\n\n"
            "Ostseewelle Radio | Nachrichten | 14.09.2021 | 16:00 Uhr\n\n"
            "Mehr Nachrichten aus Vorpommern\n\nGreifswald bekommt zweites Forschungsschiff"
        )
        assert list(article.keywords) == ["Gesundheit", "Ärzte", "Ländlicher Raum"]
        assert [r.title for r in article.related] == [
            "Greifswald bekommt zweites Forschungsschiff"
        ]

    def test_tags_on_one_line_part_at_a_middle_dot(self) -> None:
        assert labelled_items("Etiquetas: Uruguay · energía solar · renovables") == [
            "Uruguay",
            "energía solar",
            "renovables",
        ]
        assert labelled_items("Etiquetes: Col·legi, Lleida") == ["Col·legi", "Lleida"]


def test_read_also_inside_the_story_keeps_the_story_going() -> None:
    page = (
        "Incendie dans une usine de pneumatiques\n\n"
        "Un important incendie s'est déclaré mardi dans un atelier de stockage.\n\n"
        "Lire aussi\n\nZone du Brézet : les riverains réclament un plan\n\n"
        "La direction a indiqué qu'une cellule de soutien serait mise en place dès mercredi.\n\n"
        "Articles similaires\n\nLe col de la Croix-Morand fermé\n\nLaisser un commentaire"
    )
    article = newsmodel.read(page)
    assert len(article.body) == 2
    assert [(r.title, r.kind.value) for r in article.related] == [
        ("Zone du Brézet : les riverains réclament un plan", "see-also"),
        ("Le col de la Croix-Morand fermé", "related"),
    ]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Tom Hughes\nBBC News, Plymouth", ["Tom Hughes"]),
        ("Par Léa Morel\nCorrespondante, Lyon", ["Léa Morel"]),
        ("By Jane Roe and\nJohn Smith", ["Jane Roe", "John Smith"]),
        ("By Jane Roe, Staff\nWriter", ["Jane Roe"]),
    ],
)
def test_a_job_under_the_byline_in_its_block_is_no_name(byline: str, names: list[str]) -> None:
    page = (
        f"News\n\nFloods close the coast road\n\n{byline}\n\n"
        "The coast road was closed on Monday after heavy rain flooded it in three places.\n\n"
        "Crews expect to reopen it by Friday, the council said."
    )
    assert [author.name for author in newsmodel.read(page).authors] == names


def test_a_names_only_byline_gives_each_name() -> None:
    page = (
        "Radio Meseta\n\nRegiones\n\nLa nieve corta tres carreteras en la sierra\n\n"
        "Ana Ruiz y Pablo Ortega Gil\n\nMartes 3 de enero de 2023 | 09:10\n\n"
        "Segovia – La nieve obligó a cerrar tres carreteras de la sierra durante la mañana.\n\n"
        "Las máquinas quitanieves trabajan desde la madrugada en los puertos de montaña."
    )
    article = newsmodel.read(page)
    assert [author.name for author in article.authors] == ["Ana Ruiz", "Pablo Ortega Gil"]
    assert article.description is None
    assert article.headline == "La nieve corta tres carreteras en la sierra"


def test_a_more_from_line_over_titles_is_a_heading_not_a_link() -> None:
    page = (
        "Wirtschaft\n\nHafen meldet Rekordumschlag\n\n"
        "Der Hafen hat im ersten Quartal so viele Container umgeschlagen wie nie zuvor.\n\n"
        "Mehr aus Wirtschaft\n\nWerft stellt neue Fähre vor\n\nBahn baut Güterstrecke aus"
    )
    article = newsmodel.read(page)
    assert [(r.title, r.kind.value) for r in article.related] == [
        ("Werft stellt neue Fähre vor", "related"),
        ("Bahn baut Güterstrecke aus", "related"),
    ]


def test_a_read_also_line_after_the_story_is_a_related_link() -> None:
    page = (
        "Local\n\nCouncil approves new bus depot\n\n"
        "The council approved plans for a new bus depot on Tuesday, ending a long dispute.\n\n"
        "Read also: Depot plan divides residents\n\nTags: buses, council"
    )
    article = newsmodel.read(page)
    assert [(r.title, r.kind.value) for r in article.related] == [
        ("Depot plan divides residents", "related")
    ]
    assert len(article.body) == 1


@pytest.mark.parametrize(
    "line",
    [
        *("Por Redacción", "Par la rédaction", "Agencias", "By Staff"),
        # a newsroom's desk
        *("Rédaction sport", "Redaktion Politik", "Redacción Deportes", "Редакция"),
    ],
)
def test_a_newsroom_credit_names_no_one(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.names, byline.agency) == ((), None)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Article rédigé par Camille Ferrand - Radio Littoral", ("Camille Ferrand",)),
        ("Verfasst von Lena Hartmann - Radio Mittelhessen", ("Lena Hartmann",)),
        ("Von Lena Hartmann, Frankenfunk Studio Coburg", ("Lena Hartmann",)),
        ("By Priya Raman, Office of Communications", ("Priya Raman",)),
        # a job in brackets after the name
        ("Par Martine Roussel (correspondante)", ("Martine Roussel",)),
        ("By Jane Roe (staff writer)", ("Jane Roe",)),
        ("Por Ana Lima (enviada especial)", ("Ana Lima",)),
    ],
)
def test_an_organisation_or_a_job_after_the_names_is_no_name(
    line: str, names: tuple[str, ...]
) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.names == names


def test_a_job_between_names_alone_is_no_name() -> None:
    assert names_alone("Tom Baxter, Chief Football Writer and Liam Ortiz") == (
        "Tom Baxter",
        "Liam Ortiz",
    )
    assert names_alone("Chief Football Writer") == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("本报记者 刘畅", ("刘畅",)),  # this paper's reporter: a job, not a name
        ("特约记者 王伟 李娜", ("王伟", "李娜")),
        ("Priya Nandakumar, Research Communications", ("Priya Nandakumar",)),
    ],
)
def test_a_job_or_office_beside_names_alone_is_no_name(line: str, names: tuple[str, ...]) -> None:
    assert names_alone(line) == names


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Los comentarios están cerrados para esta noticia.", "closed"),
        ("Comments are closed on this story", "closed"),
        ("登入後即可留言", "reply"),
        ("Войдите, чтобы комментировать", "reply"),
    ],
)
def test_comment_notices_in_words_not_listed_and_sign_in_prompts(line: str, kind: str) -> None:
    assert furniture_kind(line) == kind


class TestTheHead:
    """Round 3: the portal's name alone, a kicker, a standfirst under a lone name, a page
    that shows only the day it was updated."""

    STORY = (
        "LIÈGE – Le chantier du nouveau pont connaîtra un retard d'au moins six mois, a "
        "confirmé lundi l'échevin.\n\nLe coût supplémentaire n'a pas encore été chiffré."
    )

    def test_a_name_alone_over_the_headline_is_the_portal_when_nothing_else_names_it(
        self,
    ) -> None:
        article = newsmodel.read(
            f"Liège Info\n\nLe pont prendra six mois de retard\n\n{self.STORY}"
        )
        assert article.portal is not None
        assert (article.portal.name, article.section) == ("Liège Info", None)

    def test_a_label_over_the_headline_stays_the_section_when_the_footer_names_the_portal(
        self,
    ) -> None:
        article = newsmodel.read(
            f"Société Locale\n\nLe pont prendra six mois de retard\n\n{self.STORY}\n\n"
            "Liège Info – L'actualité de Liège"
        )
        assert article.section is not None
        assert article.portal is not None
        assert (article.section.name, article.portal.name) == ("Société Locale", "Liège Info")

    @pytest.mark.parametrize("label", ["Faits divers", "كرة القدم"])
    def test_a_phrase_or_a_label_without_capitals_stays_the_section(self, label: str) -> None:
        """A section's label of several words is no name: lower-case words, or a script
        without capitals where nothing tells a name from a phrase."""
        article = newsmodel.read(f"{label}\n\nLe pont prendra six mois de retard\n\n{self.STORY}")
        assert article.section is not None
        assert (article.section.name, article.portal) == (label, None)

    def test_one_word_over_the_headline_stays_the_section(self) -> None:
        article = newsmodel.read(f"Société\n\nLe pont prendra six mois de retard\n\n{self.STORY}")
        assert article.section is not None
        assert (article.section.name, article.portal) == ("Société", None)

    def test_a_kicker_under_the_section_is_the_alternative_headline(self) -> None:
        article = newsmodel.read(
            "Der Blickpunkt\n\nWirtschaft\n\nFörderung für Wallboxen\n\n"
            "Regierung plant neuen Zuschuss für Geringverdiener\n\n"
            "Private Ladestationen sollen wieder gefördert werden.\n\n"
            "Von Jonas Behrendt\n\n12.06.2022, 17.45 Uhr\n\n"
            "Die Bundesregierung will die Förderung neu auflegen, allerdings in deutlich "
            "kleinerem Umfang als bisher."
        )
        assert article.section is not None
        assert (article.section.name, article.alternative_headline, article.headline) == (
            "Wirtschaft",
            "Förderung für Wallboxen",
            "Regierung plant neuen Zuschuss für Geringverdiener",
        )
        assert article.description == "Private Ladestationen sollen wieder gefördert werden."

    def test_two_single_labels_under_the_portal_are_menu_and_section(self) -> None:
        article = newsmodel.read(
            "Radio Sur\n\nNoticias\n\nEconomía\n\nEl Gobierno destina 120 millones a "
            "caminos\n\nPor Ana Ruiz\n\nEl Gobierno aprobó este viernes un plan de 120 "
            "millones de euros para los caminos rurales."
        )
        assert article.section is not None
        assert (article.section.name, article.alternative_headline) == ("Economía", None)

    def test_a_sentence_under_a_lone_name_is_the_standfirst(self) -> None:
        article = newsmodel.read(
            "Revista Horizonte\n\nVindima antecipada: o calor muda o calendário do Douro\n\n"
            "Os produtores apanham as uvas cada vez mais cedo.\n\n"
            "Texto de Rita Meireles\n\nChegam de madrugada, "
            "com as botas ainda molhadas do orvalho, e só saem quando o sol aperta."
        )
        assert article.headline == "Vindima antecipada: o calor muda o calendário do Douro"
        assert article.description == "Os produtores apanham as uvas cada vez mais cedo."
        assert [author.name for author in article.authors] == ["Rita Meireles"]

    def test_the_only_day_shown_is_the_publication_day_though_it_says_updated(self) -> None:
        article = newsmodel.read(
            "Economía\n\nEl Gobierno destina 120 millones a caminos\n\n"
            "Actualizado 13.05.2016 - 10:22 h.\n\nEl Gobierno aprobó este viernes un plan "
            "de 120 millones de euros para los caminos rurales."
        )
        assert article.date_published == dt.date(2016, 5, 13)

    def test_a_portal_name_of_five_words_with_small_ones_is_read(self) -> None:
        article = newsmodel.read(
            f"Sociedad\n\nLas escuelas rurales seguirán abiertas\n\n{self.STORY}\n\n"
            "Más noticias de Sociedad en La Voz de la Serranía\n\n"
            "La Voz de la Serranía – Noticias de Cuenca y su provincia"
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "La Voz de la Serranía",
            "Noticias de Cuenca y su provincia",
        )


@pytest.mark.parametrize(
    ("line", "section", "portal"),
    [
        ("Mehr aus Politik bei DZWatch", "Politik", "DZWatch"),
        ("Toute l’actualité Économie de DZWatch", "Économie", "DZWatch"),
        ("Más Economía en DZWatch", "Economía", "DZWatch"),
        ("المزيد من أخبار في DZWatch", "أخبار", "DZWatch"),
        ("Mehr aus Wirtschaft", "Wirtschaft", None),
    ],
)
def test_a_more_from_line_naming_the_portal_reads_it_before_a_shorter_wording(
    line: str, section: str, portal: str | None
) -> None:
    assert more_from(line) == (section, portal)


def assert_linear(near_misses: list[str], portal: str) -> None:
    """Pages of ten times the near-miss blocks take about ten times as long to read (a
    bounded cost per block), under a portal's name and a headline."""

    def seconds(count: int) -> float:
        blocks = [near_misses[n % len(near_misses)] for n in range(count)]
        page = "\n\n".join([portal, "Le pont prendra six mois de retard", *blocks])
        start = time.perf_counter()
        newsmodel.read(page, format="text")
        return time.perf_counter() - start

    small, large = seconds(2_000), seconds(20_000)
    assert large < 25 * max(small, 0.05)


def test_head_rules_and_button_shapes_read_in_linear_time() -> None:
    """Near-misses of the round-3 shapes (offers, listen buttons, labels over labels)
    cost each block a bounded amount, so ten times the blocks take about ten times as
    long."""
    near_misses = [
        "Subscribe " + "from " * 30 + "1",
        "Artikel zum Hören " + "• " * 40 + "3",
        "Der Blickpunkt Wirtschaft",
        "Förderung für Wallboxen heute",
    ]
    assert_linear(near_misses, portal="Liège Info")


def test_round_four_rules_read_in_linear_time() -> None:
    """Near-misses of the round-4 shapes (numbered titles, previous/next lines, tag
    headings, comments before a footer, rights lines) cost each block a bounded amount."""
    near_misses = [
        "1. " + "Title " * 20,
        "Next story: " + "word " * 30,
        "Schlagwörter zu " + "diesem " * 10,
        "Comments",
        "A comment that reads as a sentence of story copy, a long one. " * 2,
        "© 2025 " + "Murblick " * 12,
        "NAIROBI, March 3, " + "2017 " * 10,
    ]
    assert_linear(near_misses, portal="Murblick")


class TestNamesAloneBesideTheDateLine:
    """A name alone beside a byline or date line is an author's, but only where it can be
    one: a short name opening with a letter, no byline naming the authors already, and
    story after it. Otherwise it is the story's first block."""

    COPY = "The harbour reopened on Monday after weeks of repairs to the quay."

    def test_a_name_alone_is_the_author(self) -> None:
        article = newsmodel.read(f"港口重新开放\n\n发布于 2024年5月5日\n\n王伟\n\n{self.COPY}")
        assert [author.name for author in article.authors] == ["王伟"]

    @pytest.mark.parametrize(
        "block", ["球员价格安全居民重大球员", "- أمس رقم", "Nairobi – Ports Reopen"]
    )
    def test_chinese_longer_than_a_name_a_list_item_or_a_dateline_is_story(
        self, block: str
    ) -> None:
        article = newsmodel.read(
            f"Ports reopen\n\nPublished May 5, 2024\n\n{block}\n\n{self.COPY}"
        )
        assert article.authors == ()
        assert article.body[0].text == block  # type: ignore[union-attr]

    def test_after_a_byline_naming_the_authors_it_is_a_heading(self) -> None:
        page = (
            f"Ports reopen\n\nBy Jane Roe\n\nPublished May 5, 2024\n\nHarbour Works\n\n{self.COPY}"
        )
        article = newsmodel.read(page)
        assert [author.name for author in article.authors] == ["Jane Roe"]
        assert article.body[0].text == "Harbour Works"  # type: ignore[union-attr]

    def test_with_nothing_after_it_it_is_the_story(self) -> None:
        article = newsmodel.read("昨天纪录居民\n\n发布于 1995年1月1日\n\n昨天纪录")
        assert article.authors == ()
        assert article.body[0].text == "昨天纪录"  # type: ignore[union-attr]


class TestDatelineOnItsOwnLine:
    """A dateline set apart above the first paragraph ("WASHINGTON (AP) —") opens it;
    alone at the story's end it is the dateline of a story with no text."""

    def test_it_opens_the_paragraph_after_it(self) -> None:
        page = "Talks Held in the Capital\n\nDAMASCUS (AP) —\n\nTalks were held on Monday."
        article = newsmodel.read(page)
        assert article.dateline == "DAMASCUS"
        assert [block.text for block in article.body] == [  # type: ignore[union-attr]
            "DAMASCUS (AP) — Talks were held on Monday."
        ]

    def test_alone_it_is_the_dateline_of_a_story_with_no_text(self) -> None:
        article = newsmodel.read("Talks Held in the Capital\n\nBy Jane Roe\n\nDamascus –")
        assert (article.dateline, article.body) == ("Damascus", ())

    def test_it_is_no_label(self) -> None:
        page = (
            "News\n\nStorm hits the coast\n\nLondon –\n\n[Image: The quay]\n\n"
            "The storm reached the coast on Monday night, officials said."
        )
        article = newsmodel.read(page)
        assert (article.section, article.headline) == (Section("News"), "Storm hits the coast")
        assert article.dateline == "London"


class TestQuotesAndTheirCitations:
    """A quote and its citation after an em dash ("We Will Rebuild — Jane Roe") is story:
    no dateline opens it, and inside the story it is no portal footer."""

    COPY = "The harbour reopened on Monday after weeks of repairs to the quay."
    HEADLINE = "Ports reopen along the coast after the storm"

    def test_first_it_opens_no_dateline(self) -> None:
        article = newsmodel.read(f"{self.HEADLINE}\n\nWe Will Rebuild — Jane Roe\n\n{self.COPY}")
        assert article.dateline is None
        assert article.body[0].text == "We Will Rebuild — Jane Roe"  # type: ignore[union-attr]

    def test_a_dateline_before_it_still_opens_it(self) -> None:
        page = f"{self.HEADLINE}\n\nDamascus – We Will Rebuild — Jane Roe\n\n{self.COPY}"
        assert newsmodel.read(page).dateline == "Damascus"

    def test_inside_the_story_it_is_no_footer(self) -> None:
        page = (
            f"{self.HEADLINE}\n\n{self.COPY}\n\nМы восстановим порт — Анна Попова\n\n{self.COPY}"
        )
        article = newsmodel.read(page)
        assert len(article.body) == 3
        assert article.portal is None


class TestRoundFiveHead:
    """Round 5: a site menu on one line, categories as keywords where no tags show."""

    STORY = (
        "The district council has voted seven to four to keep the disused rail bridge, "
        "ending two years of argument.\n\nWork is not expected to start before next summer."
    )

    @pytest.mark.parametrize(
        "line",
        [
            "Home / News / Sport / Events / Contact",
            "Start · Lokales · Kultur · Termine · Impressum",
            "Accueil • Actualités • Culture • Sports • Nous joindre",
        ],
    )
    def test_a_menu_on_one_line(self, line: str) -> None:
        assert furniture_kind(line) == "menu"

    @pytest.mark.parametrize(
        "line", ["Uruguay · energía solar · renovables", "1 / 2 / 3", "A · B"]
    )
    def test_lowercase_items_numbers_or_two_items_are_no_menu(self, line: str) -> None:
        assert furniture_kind(line) != "menu"

    def test_a_menu_line_under_the_name_is_no_tagline(self) -> None:
        article = newsmodel.read(
            "Riverbend Bulletin\n\nHome / News / Sport / Events / Contact\n\n"
            f"Council votes to keep the old rail bridge\n\nBy Aroha Tane\n\n{self.STORY}"
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == ("Riverbend Bulletin", None)

    def test_categories_are_the_keywords_where_no_tags_show(self) -> None:
        page = f"Council votes to keep the old rail bridge\n\nBy Aroha Tane\n\n{self.STORY}"
        alone = newsmodel.read(f"{page}\n\nFiled in: Council, Cycling")
        with_tags = newsmodel.read(f"{page}\n\nFiled in: Council\n\nTags: Heritage, Rail")
        assert list(alone.keywords) == ["Council", "Cycling"]
        assert list(with_tags.keywords) == ["Heritage", "Rail"]


class TestNamesAloneOverTheStory:
    """Round 5: names alone right over the story's copy are its byline, with no date line
    beside them."""

    COPY = (
        "Um incêndio de grandes proporções destruiu na madrugada desta quinta-feira um "
        "armazém de pneus usados em Loures.\n\nAs causas estão a ser investigadas."
    )

    @pytest.mark.parametrize("names", ["RUI PAIXÃO", "Lucía Ferraro"])
    def test_under_the_headline_and_standfirst(self, names: str) -> None:
        article = newsmodel.read(
            "PORTUGAL\n\nIncêndio destrói armazém de pneus em Loures\n\n"
            "Coluna de fumo negro foi vista a vários quilómetros.\n\n"
            f"{names}\n\n{self.COPY}"
        )
        assert [author.name for author in article.authors] == [names]
        assert article.headline == "Incêndio destrói armazém de pneus em Loures"
        assert article.description == "Coluna de fumo negro foi vista a vários quilómetros."
        assert len(article.body) == 2

    def test_an_intertitle_after_a_long_first_paragraph_is_no_byline(self) -> None:
        first = "O alerta foi dado pouco depois da uma da manhã por um segurança. " * 4
        article = newsmodel.read(
            f"Incêndio destrói armazém de pneus em Loures\n\n{first}\n\n"
            f"Bombeiros Respondem\n\n{self.COPY}"
        )
        assert list(article.authors) == []
        assert article.headline == "Incêndio destrói armazém de pneus em Loures"

    @pytest.mark.parametrize("word", ["ࡀ", "Paixão"])
    def test_one_word_alone_is_no_byline_without_a_date_line(self, word: str) -> None:
        article = newsmodel.read(f"Incêndio destrói armazém\n\n{word}\n\n{self.COPY}")
        assert list(article.authors) == []

    def test_a_mark_alone_is_no_name(self) -> None:
        article = newsmodel.read(f"Incêndio destrói armazém\n\n\\\n\n{self.COPY}")
        assert (list(article.authors), article.body[0].text) == ([], "\\")  # type: ignore[attr-defined]

    def test_a_heading_over_a_short_line_stays_copy(self) -> None:
        article = newsmodel.read(
            "Incêndio destrói armazém de pneus em Loures\n\n"
            f"{self.COPY}\n\nRui Paixão\n\nObrigado."
        )
        assert list(article.authors) == []


class TestListsAfterTheStory:
    """Round 5: tags one a line end at the next list's heading; a related title's day
    under it is no title."""

    STORY = (
        "Ferry firm scraps winter sailings\n\nBy Gwen Pritchard\n\n"
        "A ferry operator has cancelled all sailings from its west Wales terminal until the "
        "end of April.\n\nThe company said lorries would be diverted."
    )

    def test_tags_end_at_a_heading_over_titles(self) -> None:
        article = newsmodel.read(
            f"{self.STORY}\n\nRelated Topics\n\nTransport\n\nPorts\n\nMore on this story\n\n"
            "Storm damage bill for coastal councils passes £40m\n\nPublished 2 March\n\n"
            "What are the options for the port's future?\n\nPublished 10 February"
        )
        assert list(article.keywords) == ["Transport", "Ports"]
        assert [link.title for link in article.related] == [
            "Storm damage bill for coastal councils passes £40m",
            "What are the options for the port's future?",
        ]


class TestSectionsNamedAfterTheStory:
    """Round 5: the more-from line tells which label over the headline is the section,
    and a more-from wording whose section holds "auf <portal>" names the portal only."""

    STORY = (
        "Hochwasserschutz: Baustart verschoben\n\n17. Jänner 2025, 06:00 Uhr\n\n"
        "Eigentlich hätten die Bagger im Februar auffahren sollen, doch der Bau der mobilen "
        "Wände verzögert sich.\n\nDas Land rechnet mit einer Entscheidung im Sommer."
    )

    def test_the_label_the_more_from_line_names_is_the_section(self) -> None:
        article = newsmodel.read(
            f"Oberösterreich\n\nLinz\n\n{self.STORY}\n\nMehr aus Oberösterreich\n\n"
            "Welser Messe: Besucherrekord bei der Energiesparmesse\n\n"
            "Mühlviertel: Bahnstrecke nach Summerau ab März gesperrt"
        )
        assert article.section is not None
        assert (article.section.name, article.alternative_headline) == ("Oberösterreich", "Linz")

    def test_a_section_holding_the_portal_is_no_section(self) -> None:
        assert more_from("Mehr Lokalnachrichten auf Kassel Lokal") == (None, "Kassel Lokal")
        assert more_from("Mehr aus Oberösterreich") == ("Oberösterreich", None)


class TestTheTopOfABlog:
    """Round 5: the line under the portal's name is its tagline over a menu or when
    written as a phrase, a region's label when written as a name over the section; a
    word that names a site makes a label in a script without capitals the portal's."""

    STORY = (
        "Postado por Domingos Kiala em 2 de Dezembro de 2009\n\n"
        "LUANDA – A nova ponte sobre o rio Cuanza será aberta ao trânsito no próximo dia 18, "
        "anunciou ontem o Ministério das Obras Públicas.\n\nAs obras terminam em Janeiro."
    )

    def test_a_phrase_under_the_name_is_the_tagline_not_the_section(self) -> None:
        article = newsmodel.read(
            f"Kianda Notícias\n\nO dia-a-dia de Angola\n\nNova ponte abre ao trânsito\n\n"
            f"{self.STORY}"
        )
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline, article.section) == (
            "Kianda Notícias",
            "O dia-a-dia de Angola",
            None,
        )

    def test_a_name_over_the_section_is_no_tagline(self) -> None:
        article = newsmodel.read(
            f"Télé Régions\n\nPays de la Loire\n\nEnvironnement\n\n"
            f"Nova ponte abre ao trânsito\n\n{self.STORY}"
        )
        assert article.portal is not None
        assert article.section is not None
        assert (article.portal.tagline, article.section.name) == (None, "Environnement")

    @pytest.mark.parametrize("label", ["مدونة صفاقس الآن", "江淮新闻网"])
    def test_a_site_word_names_the_portal(self, label: str) -> None:
        article = newsmodel.read(f"{label}\n\nNova ponte abre ao trânsito\n\n{self.STORY}")
        assert article.portal is not None
        assert (article.portal.name, article.section) == (label, None)

    @pytest.mark.parametrize("label", ["天气预报", "互联网", "أخبار محلية"])
    def test_a_label_without_a_site_word_stays_the_section(self, label: str) -> None:
        article = newsmodel.read(f"{label}\n\nNova ponte abre ao trânsito\n\n{self.STORY}")
        assert article.section is not None
        assert (article.section.name, article.portal) == (label, None)

    def test_the_arabic_dual_counts_two(self) -> None:
        assert comment_count("تعليقان") == 2
        assert furniture_kind("تعليقان") == "count"


class TestTheSiteSpeakingAtTheStorysEdge:
    """Round 6: lines at the story's end in which the site speaks of its own page, or
    that name the portal and are no sentence, are the site's furniture in any wording; a
    first block that credits the portal after a dash is a caption; a name and tagline
    over the headline is the masthead."""

    HEAD = "Prairie Ledger\n\nGroundwater district votes to cap pumping\n\nBy Dana Whitfield"
    COPY = (
        "Irrigators in three counties will have to pump less water, the district decided."
        "\n\nThe plan still needs the approval of the state's chief engineer."
    )

    @pytest.mark.parametrize(
        "line",
        [
            "Republish this story",
            "This story was written by a Local Democracy Reporter. It is funded by the BBC.",
            "Cet article vous a été utile ? Suivez-nous dans l'espace Mon Actu.",
            "Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn.",
            "Follow Prairie Ledger on Instagram for the news first",
            "More Agriculture stories on Prairie Ledger",
        ],
    )
    def test_the_sites_own_line_ends_no_story(self, line: str) -> None:
        article = newsmodel.read(f"{self.HEAD}\n\n{self.COPY}\n\n{line}")
        assert [p.text for p in article.body][-1].startswith("The plan still")

    @pytest.mark.parametrize(
        "line",
        [
            "Prairie Ledger will follow the district's decision next spring.",
            '"This story is about all of us," said the chair.',
        ],
    )
    def test_a_sentence_naming_the_portal_stays(self, line: str) -> None:
        article = newsmodel.read(f"{self.HEAD}\n\n{self.COPY}\n\n{line}")
        assert [p.text for p in article.body][-1] == line

    def test_a_first_block_crediting_the_portal_is_a_caption(self) -> None:
        article = newsmodel.read(
            f"{self.HEAD}\n\nA seedling is planted in the square - Prairie Ledger\n\n{self.COPY}"
        )
        assert article.body[0].text.startswith("Irrigators")

    def test_a_name_and_tagline_at_the_top_is_the_masthead(self) -> None:
        article = newsmodel.read(
            "Cuyo Hoy · El diario digital de Mendoza\n\nVendimia 2025: la Reina será "
            "elegida en el Cerro\n\nPor Martín Gil - 15 de agosto de 2025 - 09:47\n\n"
            "El Gobierno de Mendoza confirmó este jueves el traslado del acto central."
        )
        assert article.portal is not None
        assert (article.headline, article.portal.name, article.portal.tagline) == (
            "Vendimia 2025: la Reina será elegida en el Cerro",
            "Cuyo Hoy",
            "El diario digital de Mendoza",
        )


class TestLinksAndCreditsInsideTheStory:
    """Round 6: a short label, ":" or ">" and a title between two blocks of copy is a link
    to another story, whatever the label's words; a credit after "©" ends a caption."""

    PAGE = (
        "Panorama Hebdo\n\nSociété\n\nLa chasse aux remplaçants est ouverte\n\n"
        "Par Camille Roux\n\nIl est 8 h 10 et la salle 104 est vide depuis la rentrée.\n\n"
        "{line}\n\nLa situation n'a rien d'exceptionnel dans le département, disent-ils."
    )

    @pytest.mark.parametrize(
        "line",
        [
            "Lire aussi > Éducation : le nombre de candidats continue de baisser",
            "Zum Thema: Warum der deutsche Maschinenbau um sein Chinageschäft bangt",
            "Dossier » Les remplaçants introuvables de Seine-Saint-Denis",
        ],
    )
    def test_a_link_line_between_copy_is_no_paragraph(self, line: str) -> None:
        article = newsmodel.read(self.PAGE.format(line=line))
        assert len(article.body) == 2

    @pytest.mark.parametrize(
        "line",
        [
            "Le principal résume : « On fait ce qu'on peut. »",
            "En 2011: deux postes",
        ],
    )
    def test_a_sentence_or_short_line_after_a_colon_stays(self, line: str) -> None:
        article = newsmodel.read(self.PAGE.format(line=line))
        assert article.body[1].text == line

    @pytest.mark.parametrize(
        "line",
        [
            "Dans un collège de Bobigny, le 28 septembre. © Hugo Martin / Panorama Hebdo",
            "Riders at dawn on the coast road in 2019. © Reuters",
        ],
    )
    def test_a_credit_after_the_copyright_sign_ends_a_caption(self, line: str) -> None:
        assert furniture_kind(line) == "caption"


class TestShareRows:
    """Round 6: a share button that names its network in words ("Click to share on
    Facebook (Opens in new window)") is one, and so are the lines after it that open
    alike: none is a related title."""

    def test_the_buttons_siblings_are_buttons(self) -> None:
        article = newsmodel.read(
            "Prairie Ledger\n\nGroundwater district votes to cap pumping\n\nBy Dana "
            "Whitfield\n\nIrrigators will pump less water, the district decided on Tuesday."
            "\n\nShare this:\n\nClick to share on Facebook (Opens in new window)\n\n"
            "Click to email a link to a friend (Opens in new window)\n\nRelated\n\n"
            "Wheat farmers brace for another dry spring\n\n"
            "How one county cut its water use by a third"
        )
        assert [link.title for link in article.related] == [
            "Wheat farmers brace for another dry spring",
            "How one county cut its water use by a third",
        ]


class TestChineseWireMarks:
    """Round 6: an editor's note in 【】 is no copy; a wire opening may space its
    reporters' bracket from "电"; Chinese phrases set apart by a space under the portal's
    name are its tagline."""

    PAGE = (
        "华东在线\n\n立足上海 服务长三角\n\n财经\n\n上海自贸区新增外资企业数量同比增长两成\n\n"
        "2015年3月5日 09:12\n\n中新社上海3月5日电 (记者 陈晓 李明)上海市商务委员会5日发布数据。"
        "\n\n上海市商务委员会有关负责人表示，今年将进一步缩减负面清单。\n\n【编辑:王娜】"
    )

    def test_the_note_is_no_copy(self) -> None:
        assert furniture_kind("【编辑:王娜】") == "note"
        article = newsmodel.read(self.PAGE)
        assert len(article.body) == 2

    def test_the_spaced_bracket_names_the_reporters(self) -> None:
        article = newsmodel.read(self.PAGE)
        assert [author.name for author in article.authors] == ["陈晓", "李明"]

    def test_a_source_line_in_the_head_opens_no_furniture(self) -> None:
        article = newsmodel.read(
            "东岸新闻\n\n时事\n\n杭州试点地铁静音车厢\n\n记者 周雨桐 实习生 黄凯\n\n"
            "2019-03-07 11:20\n\n来源：东岸新闻\n\n3月6日起，杭州地铁试点设置静音车厢。\n\n"
            "不少乘客主动将手机调成静音。"
        )
        assert len(article.body) == 2
        assert [author.name for author in article.authors] == ["周雨桐", "黄凯"]

    def test_spaced_phrases_under_the_name_are_the_tagline(self) -> None:
        article = newsmodel.read(self.PAGE)
        assert article.portal is not None
        assert article.section is not None
        assert (article.portal.tagline, article.section.name) == ("立足上海 服务长三角", "财经")


def test_round_five_rules_read_in_linear_time() -> None:
    """Near-misses of the round-5 shapes (datelines without a dash, menus on one line,
    names alone, tags over titles, dated related titles) cost each block a bounded
    amount."""
    near_misses = [
        "الرياض 15 " + "ذو الحجة " * 30 + "واس",
        "НОВОСИБИРСК, 12 марта. /" + "ТАСС " * 20,
        "LINZ " * 30,
        "Start · " * 40 + "3",
        "RUI PAIXÃO",
        "新华社北京5月5日电（记者 " + "王静、" * 30,
        "Published 2 March",
        "Transport",
    ]
    assert_linear(near_misses, portal="Murblick")


def test_round_six_rules_read_in_linear_time() -> None:
    """Near-misses of the round-6 shapes (link lines, credits after "©", notes in 【】,
    the page speaking of itself, the portal named) cost each block a bounded amount."""
    near_misses = [
        "Zum Thema: " + "Warum " * 30 + ".",
        "Le 28 septembre. © " + "Hugo. " * 30,
        "【" + "编辑" * 40,
        "Murblick " * 30,
        "this " * 40 + "story",
        "Lire aussi > > > " * 20,
        "Un texte simple sur le pont qui ferme pour trois nuits.",
    ]
    assert_linear(near_misses, portal="Murblick")


class TestRoundSevenHead:
    """A browser's copy of the head: a menu one item a line, a breadcrumb trail over the
    headline, bylines with a title or a job in small letters."""

    @pytest.mark.parametrize(
        ("trail", "section"),
        [
            ("News > Local News", "Local News"),
            ("Startseite » Aktuelles » Blaulicht", "Blaulicht"),
            ("Новости / Город", "Город"),
            ("首页 > 国内新闻", "国内新闻"),
        ],
    )
    def test_a_trail_over_the_headline_names_the_section(self, trail: str, section: str) -> None:
        page = (
            "The Valley Courier\nServing the Vale since 1854\n\nNews\nSport\nJobs\nMotors\n\n"
            f"{trail}\n\nCouncil approves plans for 180 homes on the dairy site\n\n"
            "By Sarah Pottinger\n\n"
            "Councillors approved the plans on Tuesday after a meeting of almost four hours.\n"
            "Work is expected to begin next summer, the developer said."
        )
        article = newsmodel.read(page)
        assert article.section is not None
        assert article.section.name == section
        assert article.headline == "Council approves plans for 180 homes on the dairy site"
        assert article.portal is not None
        assert (article.portal.name, article.portal.tagline) == (
            "The Valley Courier",
            "Serving the Vale since 1854",
        )
        assert len(article.body) == 2

    @pytest.mark.parametrize(
        ("byline", "names"),
        [
            ("Story by Priya Raman, Science Writer", ["Priya Raman"]),
            ("Autor: Dr. Martin Feil, Redaktion", ["Martin Feil"]),
            ("Por: Mariana Quispe, coordinadora de proyectos", ["Mariana Quispe"]),
            ("文／陳怡君", ["陳怡君"]),
        ],
    )
    def test_bylines(self, byline: str, names: list[str]) -> None:
        read = read_byline(byline)
        assert read is not None
        assert list(read.names) == names


def test_a_chinese_page_in_traditional_characters() -> None:
    """Traditional characters' furniture ("延伸閱讀", "留言（6）", "發表留言"), hashtags as
    tags, a motto between middle dots, and a headline of two phrases a full-width space
    apart, kept as written and no label for its one space."""
    page = (
        "數位觀察誌\n科技・產業・觀點\n\n首頁\n新聞\n產業\n評測\n\n產業\n\n"
        "台灣半導體設備自主率提升\u3000在地供應商營收創新高\n\n文／陳怡君\n2026年1月15日\n\n"
        "隨著晶圓代工大廠持續擴充先進製程產能，台灣本土的設備供應商也跟著受惠。\n"
        "分析師認為，今年設備廠營收可望維持雙位數成長。\n\n#半導體 #設備 #供應鏈\n\n"
        "延伸閱讀\n\n解析：先進封裝為何成為新戰場\n\n電動車電池回收商機浮現\n\n留言（6）\n\n發表留言"
    )
    article = newsmodel.read(page)
    assert article.headline == "台灣半導體設備自主率提升\u3000在地供應商營收創新高"
    assert article.portal is not None
    assert article.portal.tagline == "科技・產業・觀點"
    assert [a.name for a in article.authors] == ["陳怡君"]
    assert len(article.body) == 2
    assert list(article.keywords) == ["半導體", "設備", "供應鏈"]
    assert [r.title for r in article.related] == [
        "解析：先進封裝為何成為新戰場",
        "電動車電池回收商機浮現",
    ]
    assert (article.extra["comment_count"], article.comments_open) == (6, True)


class TestRoundSevenStoryEdges:
    """The story's end: a wire's credits and the site's own link are no copy; a prompt
    says what it is about and stays a prompt."""

    STORY = (
        "NAIROBI, March 4 (Meridian) - Kenya's central bank left its lending rate unchanged.\n"
        "Analysts said the bank was likely to keep rates on hold until at least mid-year."
    )

    @pytest.mark.parametrize(
        "closing",
        [
            "Reporting by Grace Wanjiru and Tom Ellery; Editing by Peter Hale",
            "Our Standards: The Meridian Trust Principles.",
        ],
    )
    def test_credits_and_the_sites_own_link_are_no_copy(self, closing: str) -> None:
        page = f"Kenya holds rate steady\n\nBy Grace Wanjiru\n\n{self.STORY}\n\n{closing}"
        article = newsmodel.read(page)
        assert len(article.body) == 2

    def test_a_prompt_with_what_it_is_about_opens_comments(self) -> None:
        line = "Vous devez être abonné pour commenter cet article."
        assert furniture_kind(line) == "reply"

    def test_a_copy_link_button_is_in_the_share_row(self) -> None:
        page = (
            "Kenya holds rate steady\n\nBy Grace Wanjiru\n\nShare\nX\nFacebook\nEmail\nLink"
            f"\n\n{self.STORY}"
        )
        article = newsmodel.read(page)
        assert (article.description, article.dateline) == (None, "NAIROBI")

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("延伸閱讀：晶圓廠擴產潮下，人才荒如何解？", "read-also"),
            ("（责任编辑：张伟）", "note"),
            ("Straßenbahn nach Vellmar: Das sagen die Anwohner (01:48 Min.)", "listen"),
            ("Комментирование закрыто", "closed"),
            ("Sign in to comment", "reply"),
            ("Connectez-vous pour commenter", "reply"),
        ],
    )
    def test_lines_of_the_page(self, line: str, kind: str) -> None:
        assert furniture_kind(line) == kind

    def test_a_views_counter_in_the_head_is_no_copy(self) -> None:
        page = f"Kenya holds rate steady\n\nBy Grace Wanjiru\n\n👁 2 315\n\n{self.STORY}"
        assert newsmodel.read(page).dateline == "NAIROBI"

    def test_a_caption_with_a_note_in_brackets_between_copy(self) -> None:
        caption = "جانب من اجتماعات اللجنة الفنية المشتركة في القاهرة (أرشيفية)"
        page = f"Kenya holds rate steady\n\nBy Grace Wanjiru\n\n{self.STORY}\n\n{caption}\n\n"
        page += "The shilling has traded between 128 and 130 to the dollar since January."
        assert caption not in [getattr(block, "text", "") for block in newsmodel.read(page).body]


def test_round_seven_rules_read_in_linear_time() -> None:
    """Near-misses of the round-7 shapes (lines of their own inside a block, menus one
    item a line, trails, hashtags, credits, notes in brackets, media lengths) cost each
    block a bounded amount."""
    near_misses = [
        "News\nSport\nWhat's On\n" + "Jobs " * 30,
        "Home > " * 30 + "News",
        "#Kassel " * 40 + "Vellmar",
        "Reporting by " * 20 + "Jane Roe.",
        "Our Standards: " + "The " * 30,
        "A caption of words (" + "note " * 30 + ")",
        "Straßenbahn nach Vellmar (01:48 " + "Min " * 20,
        "Councillors approved the plans on Tuesday.\nWork begins next summer.",
        "（" + "编辑" * 40,
        "👁 2 315",
    ]
    assert_linear(near_misses, portal="Murblick")


def test_rounds_eight_to_ten_rules_read_in_linear_time() -> None:
    """Near-misses of the shapes of rounds 8 to 10 (a heading over one title inside the
    story, boxes and their lines, bulleted items, table rows, player lengths, captions
    with a credit in brackets, pull quotes) cost each block a bounded amount; a page of
    many "READ MORE" headings was once read in quadratic time."""
    copy = "The council approved the plans on Tuesday after a meeting of almost four hours."
    near_misses = [
        "READ MORE ON FOOTBALL",
        "Rangers agree fee for Belgian winger",
        copy,
        "Key figures",
        "Sales: 1.9 bn",
        "• A point of the list",
        "Level | Region | 30/11",
        "Справка",
        "Audio: 1:42 Min.",
        "Crowds at the market. (Photo/Jane Roe)",
        f'"{copy}"',
    ]
    assert_linear(near_misses, portal="Murblick")


class TestIntertitles:
    """Round 7: a short line that is no sentence between two paragraphs is a heading."""

    COPY = "The council approved the plans on Tuesday after a meeting of almost four hours."

    @pytest.mark.parametrize("line", ["Technik im Detail", "Como funciona", "國產化仍有瓶頸"])
    def test_between_paragraphs(self, line: str) -> None:
        page = f"Plans approved\n\nBy Jane Roe\n\n{self.COPY}\n\n{line}\n\n{self.COPY}"
        body = newsmodel.read(page).body
        assert [type(block).__name__ for block in body] == ["Paragraph", "Heading", "Paragraph"]

    def test_after_a_short_sentence_closing_a_part(self) -> None:
        page = f"Plans approved\n\nBy Jane Roe\n\n{self.COPY}\n\nNobody said no.\n\n"
        page += f"What remains\n\n{self.COPY}"
        body = newsmodel.read(page).body
        assert [type(block).__name__ for block in body] == [
            "Paragraph",
            "Paragraph",
            "Heading",
            "Paragraph",
        ]

    @pytest.mark.parametrize(
        "line", ["We will rebuild — Jane Roe", "A sentence of its own.", "lower case words"]
    )
    def test_no_heading(self, line: str) -> None:
        page = f"Plans approved\n\nBy Jane Roe\n\n{self.COPY}\n\n{line}\n\n{self.COPY}"
        assert all(type(block).__name__ == "Paragraph" for block in newsmodel.read(page).body)

    def test_the_writer_refuses_a_paragraph_that_reads_as_one(self) -> None:
        article = newsmodel.Article(
            "Plans approved",
            body=[
                newsmodel.Paragraph(self.COPY),
                newsmodel.Paragraph("Technik im Detail"),
                newsmodel.Paragraph(self.COPY),
            ],
        )
        with pytest.raises(newsmodel.WriteError, match=r"body\[1\]"):
            newsmodel.write(article, "text")


def test_a_date_line_with_its_update_may_be_twice_as_long() -> None:
    line = "Publié le 14 février 2025 à 17h20, mis à jour le 15 février 2025 à 18h05"
    dates = read_date_line(line)
    assert dates is not None
    assert (dates.published, dates.updated) == (dt.date(2025, 2, 14), dt.date(2025, 2, 15))
    assert read_date_line("Le conseil a voté le 14 février 2025 " + "et puis " * 6) is None


class TestFurnitureInsideTheStoryByShape:
    """Round 8: furniture lines inside a story, known by their shape and the words of
    each language (a caption's credit, a subscription prompt, a player, a text-size
    control); the story's own sentences with the same words stay copy."""

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Die gesperrte Brücke in Coburg. Bildrechte: Frankenfunk/Lena Hartmann", "caption"),
            ("市民在滨江路充电站为车辆充电。记者 王涛 摄", "caption"),
            ("竹南園區的封裝新廠工地。（圖／記者陳怡君攝）", "caption"),
            ("Sign up for The Harbour Morning Brief", "newsletter"),
            ("Подписывайтесь на наш Telegram-канал, чтобы узнавать новости", "newsletter"),
            ("Suscríbete a nuestro boletín de la mañana", "newsletter"),
            ("Écouter le reportage de Camille Ferrand", "listen"),
            ("Artikel anhören mit Sprecherin", "listen"),
            ("2 min 14 s", "listen"),
            ("3 Min. 5 Sek.", "listen"),
            ("字号：大 中 小", "menu"),
            ("Text size A A A", "menu"),
            ("#Movilidad #Línea 5 #Calzada Independencia #Obras", "tag-line"),
        ],
    )
    def test_kind(self, line: str, kind: str) -> None:
        assert furniture_kind(line) == kind

    def test_hashtags_of_several_words_are_the_tags(self) -> None:
        line = "#Movilidad #Línea 5 #Calzada Independencia"
        assert labelled_items(line) == ["Movilidad", "Línea 5", "Calzada Independencia"]

    @pytest.mark.parametrize(
        "line",
        [
            "Sign up for the program closed on Monday, the council said.",
            "Subscribe | Log In | e-Edition",
            "Écouter les habitants a pris trois mois au conseil municipal.",
            "12:30",
            "工作人员正在现场拍摄。",
            "We came #1 in sales and #2 in profit this year",
        ],
    )
    def test_copy_and_menus_stay_what_they_are(self, line: str) -> None:
        assert furniture_kind(line) not in ("caption", "newsletter", "listen", "tag-line")


class TestTheListEndsAtTheFooter:
    """Round 8: a related list ends where its lines stop looking like its titles: the
    footer's copyright, address, links between bars, masthead credits, the portal's name."""

    HEAD = (
        "Bridge to stay closed until October\n\nBy Jane Roe\n\n"
        "The council approved the plans on Tuesday after a meeting of almost four hours.\n\n"
    )
    FIRST, SECOND = "New tram line delayed by a year", "City pool to close early this summer"
    TITLES = f"Related stories\n\n{FIRST}\n\n{SECOND}"

    def related(self, text: str) -> list[str]:
        return [link.title for link in newsmodel.read(text).related]

    @pytest.mark.parametrize(
        "footer",
        [
            "Northfield Gazette © Copyright 2024",
            "1 University Drive, Northfield",
            "Rue du Vieux-Pressoir 4, 1950 Sion",
            "Imprint | Privacy | Cookie settings",
            "Editor-in-chief: Jane Roe",
        ],
    )
    def test_footer_lines_are_no_titles(self, footer: str) -> None:
        titles = self.related(f"{self.HEAD}{self.TITLES}\n\n{footer}\n")
        assert titles == [self.FIRST, self.SECOND]

    def test_no_list_after_the_footer(self) -> None:
        text = (
            f"{self.HEAD}{self.TITLES}\n\nNorthfield Gazette © 2024\n\n"
            "Online newspaper, registered in Northfield\n\nTerms of use of the whole site\n"
        )
        assert self.related(text) == [self.FIRST, self.SECOND]

    def test_files_to_download_are_no_titles(self) -> None:
        text = (
            f"{self.HEAD}Downloads\n\nDraft bill on peatlands (PDF, 420 KB)\n"
            "Press photo of the chair (JPG, 2,1 MB)\n\n"
            f"{self.TITLES}\n"
        )
        assert self.related(text) == [self.FIRST, self.SECOND]

    def test_a_masthead_credit_in_arabic(self) -> None:
        text = (
            f"{self.HEAD}أضف تعليقك\n\nموضوعات متعلقة\n\n"
            "تطوير 15 شارعاً بحي المنتزه ضمن خطة رفع كفاءة الطرق\n\n"
            "رئيس التحرير: منى الشاذلي\n\nجميع الحقوق محفوظة © 2024\n"
        )
        assert self.related(text) == ["تطوير 15 شارعاً بحي المنتزه ضمن خطة رفع كفاءة الطرق"]

    def test_the_portals_name_opening_a_line(self) -> None:
        text = (
            f"Radio Littoral | The radio of the coast\n\n{self.HEAD}{self.TITLES}\n\n"
            "Radio Littoral, the voice of the Atlantic coast and its towns\n"
        )
        assert self.related(text)[-1] == self.SECOND

    @pytest.mark.parametrize(
        "title",
        [
            "Pool closes early – staff shortage",  # a dash in a title, no name and tagline
            "Council: Row over parking zones",  # a title's words after a colon, no name
            "غزة: قصف متواصل",  # a place and two words: no role over a name
            "Robots im Praxistest",  # a short title after short ones
        ],
    )
    def test_titles_that_look_alike_stay(self, title: str) -> None:
        text = f"{self.HEAD}Related stories\n\nTram line delayed\n\n{title}\n"
        assert self.related(text) == ["Tram line delayed", title]

    def test_a_fact_box_is_no_list_of_titles(self) -> None:
        text = (
            f"{self.HEAD}Service\n\nFlu jabs in the evening\n"
            "When: Monday to Friday, 7am to 9pm\nWhere: all health centres\n\n"
            f"{self.TITLES}\n"
        )
        assert self.related(text) == [self.FIRST, self.SECOND]

    def test_a_cookie_banners_buttons_are_no_list(self) -> None:
        text = f"{self.HEAD}{self.TITLES}\n\nWe use cookies.\n\nAccept\n\nSettings\n"
        assert "Settings" not in self.related(text)

    def test_chinese_titles_one_a_line_are_no_menu(self) -> None:
        text = (
            "充电桩建设提速\n\n记者 李晓\n\n"
            "今年我市计划新增公共充电桩3000个，其中快充桩不少于1200个。\n\n"
            "相关新闻\n\n我市出台新能源汽车下乡实施方案\n江城至临河高速公路服务区实现充电全覆盖\n"
            "今年首批城市更新项目集中开工\n\n关于我们 | 联系我们 | 网站地图\n"
        )
        assert self.related(text) == [
            "我市出台新能源汽车下乡实施方案",
            "江城至临河高速公路服务区实现充电全覆盖",
            "今年首批城市更新项目集中开工",
        ]


def test_hashtags_of_several_words() -> None:
    line = "#Movilidad #Línea 5 #Calzada Independencia #Obras"
    assert furniture_kind(line) == "tag-line"
    assert labelled_items(line) == ["Movilidad", "Línea 5", "Calzada Independencia", "Obras"]
    assert furniture_kind("#1 in the charts for three weeks #2 the rest") is None


class TestTopicsRightAfterTheStory:
    """Round 8: topics one a line right after the story, with no heading, over more of the
    story's furniture (a list, the comments) are its keywords; a footer's menu is none."""

    STORY = (
        "Rail strike halves trains on the Sintra line\n\nBy Jane Roe\n\n"
        "More than half of the trains were cancelled on Monday as drivers walked out.\n\n"
    )

    def test_topics_over_the_comments(self) -> None:
        text = f"{self.STORY}CP\nStrike\nTransport\nSintra line\n\nComments (9)\n"
        assert newsmodel.read(text).keywords == ("CP", "Strike", "Transport", "Sintra line")

    def test_a_footer_menu_is_no_topics(self) -> None:
        text = f"{self.STORY}Imprint\nPrivacy\nTerms\n\n© 2024 Northfield Gazette\n"
        assert newsmodel.read(text).keywords == ()

    def test_site_links_are_no_topics(self) -> None:
        text = f"{self.STORY}Home\nAbout us\nContact\n\nComments (9)\n"
        assert newsmodel.read(text).keywords == ()

    def test_an_arabic_heading_over_tags(self) -> None:
        text = f"{self.STORY}الكلمات المتعلقة\nالإسكندرية\nمحطة الرمل\nالمرور\n\nأضف تعليقك\n"
        assert newsmodel.read(text).keywords == ("الإسكندرية", "محطة الرمل", "المرور")


def test_a_more_line_in_traditional_characters() -> None:
    assert furniture_kind("更多產業新聞") == "more"


def test_links_among_copy_left_in_the_furniture_are_the_storys() -> None:
    """Round 8: where the story is read short, its "Read also" links with copy after them
    are its own (see-also), not the page's related titles."""
    copy = "The council approved the plans on Tuesday after a meeting of almost four hours."
    blocks = [
        copy,
        "Read more: Tram line delayed by a year",
        copy,
        "See also",
        "Ferries return to the island",
        copy,
        "Most read",
        "City pool to close early this summer",
    ]
    page = Page("Bridge to stay closed")
    _read_furniture(blocks, [furniture_kind(block) for block in blocks], page)
    assert page.related == [
        ("Tram line delayed by a year", RelatedKind.SEE_ALSO),
        ("Ferries return to the island", RelatedKind.SEE_ALSO),
        ("City pool to close early this summer", RelatedKind.RELATED),
    ]


@pytest.mark.parametrize(
    "line", ["Смотреть видео 02:14", "Watch 2:35", "Audio: 1:42 Min.", "视频 02:14"]
)
def test_a_players_button_over_its_length_is_furniture(line: str) -> None:
    assert furniture_kind(line) == "listen"


@pytest.mark.parametrize("line", ["Video shows 12:30 raid", "Updated 14:05"])
def test_a_time_in_a_line_is_no_players_length(line: str) -> None:
    assert furniture_kind(line) != "listen"


@pytest.mark.parametrize("line", ["Venue: Adrar – Agadir", "Related reading: Title — Subtitle"])
def test_a_label_and_its_value_before_a_dash_is_no_name_and_tagline(line: str) -> None:
    assert not is_name_and_tagline(line)
    assert is_name_and_tagline("DZWatch – Your News Portal")


@pytest.mark.parametrize(
    "line",
    ["Fact-checked by Aroha Pirika", "Reported by Aroha Pirika", "Verificado por Aroha Pirika"],
)
def test_a_checkers_or_reporters_credit_is_a_byline(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.names == ("Aroha Pirika",)


@pytest.mark.parametrize(
    "line",
    [
        "Crowds at the night market on Saturday. (Photo/Jane Roe)",
        "Le marché de nuit samedi soir. (Photo : Jean Dupont)",
        "自強夜市週末人潮。（攝影／陳怡萱）",
    ],
)
def test_a_caption_ending_with_its_credit_in_brackets(line: str) -> None:
    assert furniture_kind(line) == "caption"


@given(st.text() | st.sampled_from(["Élysée", "Müller’s", "مُحَمَّد", "Ёлка", "𝅘𝅥𝅮 x\U0001d165"]))
def test_plain_drops_every_mark_as_one_character_at_a_time_would(text: str) -> None:
    """The translation table and the ASCII shortcut give what dropping each combining
    character of the decomposed text one by one gives."""
    decomposed = unicodedata.normalize("NFD", " ".join(text.casefold().split()))
    one_by_one = "".join(c for c in decomposed if not unicodedata.combining(c))
    assert _plain(text) == one_by_one.replace("’", "'")


def test_a_site_link_has_words_for_its_label() -> None:
    """Round 11: "00»0" and "0A>0" are no links to the site's page, a label or a name
    having no word."""
    assert is_site_link("Our Standards: The Meridian Trust Principles.")
    assert not is_site_link("00»0")
    assert not is_site_link("0A>0")


def test_a_telephone_line_is_a_label_and_a_number_that_is_no_day() -> None:
    """Round 11: "查詢電話：2800 0000" is a contact's line; "Fecha: 17-06-2026" a day."""
    assert is_telephone_line("查詢電話：2800 0000")
    assert is_telephone_line("Tel.: +351 21 000 0000")
    assert not is_telephone_line("Fecha: 17-06-2026")
    assert not is_telephone_line("Score: 2 - 1")


def test_round_eleven_list_rules_read_in_linear_time() -> None:
    """Near-misses of the round-11 shapes (stamps before titles and alone, what closes a
    list, a heading under a share row's buttons, tags parted by spaces) cost each block a
    bounded amount."""
    near_misses = [
        "Latest news",
        "07:40 " + "Title " * 15,
        "Gestern " + "vor " * 20 + "1",
        "06 March 2026 – " + "word " * 18,
        "07.04.2025 | 16:02 Uhr",
        "Show more " + "updates " * 10,
        "Download " + "the " * 12 + "app",
        "a: b　" * 20,
        "Share",
        "Copy link",
        "Tags: " + "港口 " * 30,
        "Name · " * 15,
    ]
    assert_linear(near_misses, portal="Murblick")


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("Musée de Castelroux – 3, place des Ursulines – 19400 Castelroux", True),
        ("GBHA Bundesvorstand · Lyoner Straße 99 · 60528 Frankfurt am Main", True),
        ("Autoridad Portuaria · Avenida del Puerto, s/n · 11570 Punta Brava", True),
        ("Umfrage – 1000 Befragte – Teil 2", False),
        ("Liga – Spieltag 12 – Dortmund gewinnt", False),
    ],
)
def test_a_postal_address_by_its_parts(line: str, address: bool) -> None:
    assert is_postal_address(line) is address


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Tu correo electrónico", True),
        ("Votre adresse e-mail S'inscrire", True),
        ("Ihre E-Mail-Adresse", True),
        ("بريدك الإلكتروني", True),
        ("电子邮箱", True),
        ("Email scam hits council", False),
        ("E-Mail-Affäre: Minister tritt zurück", False),
        ("Contact: press@harbour.example", False),
    ],
)
def test_a_sign_up_forms_email_field(line: str, field: bool) -> None:
    assert is_email_field(line) is field


def test_an_episodes_chapters_from_naught_are_no_titles() -> None:
    """Round 12: times rising from "00:00" before short lines are a player's chapters."""
    chapters = ["00:00 Introduction", "02:41 Who built the old quay", "09:15 The storm"]
    titles = ["Ferry timetable changes for the winter", "New harbour master takes up her post"]
    blocks = ["Show notes", *chapters, "Latest news", *titles]
    page = Page("Harbour reopens after storm damage")
    _read_furniture(blocks, [furniture_kind(block) for block in blocks], page)
    assert [title for title, _ in page.related] == titles


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        ("加载更多新闻", True),  # a Chinese load-more button, its word inside the line
        ("查詢電話：2800 0000", True),
        ("Datum: 07.04.2025", False),  # a day, no telephone number: a title's stamp
        ("Fecha: 17-06-2026", False),
    ],
)
def test_what_closes_a_list_by_one_rule_each(line: str, closes: bool) -> None:
    """The load-more words are matched whole as elsewhere, and a telephone line is the one
    the story's furniture knows (seven digits at least, no day)."""
    assert closes_a_list(line) is closes

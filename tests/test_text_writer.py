"""The plain-text writer: pages in the seed's shape that the text reader reads back."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, event, given
from hypothesis import strategies as st
from shared_data import SEED, require

import newsmodel
from newsmodel import (
    Article,
    Block,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Person,
    Portal,
    Quote,
    Related,
    RelatedKind,
    Section,
    WriteError,
    WriteWarning,
)
from newsmodel._dates import day_of
from newsmodel._textblocks import list_items
from newsmodel._textformat import DATELINE, MoreFrom, more_from, words_of
from newsmodel._textpage import story_headings
from newsmodel.strategies import LANGUAGE_TAGS, articles

PAGES = Path(__file__).resolve().parent / "pages"
FIELD = re.compile(
    r"cannot write (headline|section|dateline|body\[\d+\]|related\[\d+\]\.title"
    r"|portal\.name|portal\.tagline|portal|related|comments_open|authors"
    r"|date_published|date_modified) as text: "
)
PHOTO = "https://news.example/images/quay.jpg"
WIDTHS = st.none() | st.integers(20, 120)


def write(article: Article, **options: object) -> str:
    return newsmodel.write(article, "text", **options)


def read(text: str) -> Article:
    # bytes: a page as short as ".A" is a document, not a path to one
    return newsmodel.read(text.encode(), format="text")


def written_or_refused(article: Article, **options: object) -> str | WriteError:
    """The page, or the refusal; values left out are undone in ``holds``."""
    written = written_leaving_out(article, **options)
    return written if isinstance(written, WriteError) else written[0]


def written_leaving_out(
    article: Article, **options: object
) -> tuple[str, tuple[str, ...]] | WriteError:
    """The page and the fields the writer said it left out, or the refusal."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            page = write(article, **options)
        except WriteError as error:
            return error
    left = [w.message for w in caught if isinstance(w.message, WriteWarning)]
    assert len(left) == len(caught) <= 1, [str(w.message) for w in caught]
    return page, left[0].fields if left else ()


LEFT_OUT = re.compile(
    r"(section|dateline|portal|portal\.tagline|comments_open|date_modified|related\[(\d+)\])$"
)


def without(article: Article, fields: tuple[str, ...]) -> Article:
    """``article`` without the values the writer says it left out (the documented list)."""
    dropped = {int(m.group(2)) for f in fields if (m := LEFT_OUT.match(f)) and m.group(2)}
    changes: dict[str, object] = {
        "related": [link for i, link in enumerate(article.related) if i not in dropped]
    }
    for field in fields:
        assert LEFT_OUT.match(field), field
        if field == "portal.tagline" and article.portal is not None:
            changes["portal"] = attrs.evolve(article.portal, tagline=None)
        elif "[" not in field:
            changes[field] = None
    return attrs.evolve(article, **changes)  # type: ignore[arg-type]


def holds(article: Article, written: tuple[str, tuple[str, ...]]) -> Article:
    """What the page holds of ``article``: the text form of what was not left out."""
    return as_text_holds(without(article, written[1]))


def one_line(text: str) -> str:
    return " ".join(text.split())


def plain(block: Block) -> str:
    """A block's documented plain-text form, as the reader joins it into one paragraph."""
    if isinstance(block, Paragraph | Heading):
        return one_line(block.text)
    if isinstance(block, Quote):
        cited = f" — {one_line(block.citation)}" if block.citation else ""
        return one_line(block.text) + cited
    if isinstance(block, ListBlock):
        return " ".join(
            f"{f'{n}.' if block.ordered else '-'} {one_line(item)}"
            for n, item in enumerate(block.items, 1)
        )
    assert isinstance(block, Figure)
    caption, credit = block.image.caption, block.image.credit
    about = f": {one_line(caption)}" if caption else ""
    by = f" ({one_line(credit)})" if credit else ""
    return f"[Image{about}{by}]"


def more_line(link: Related) -> MoreFrom | None:
    if link.kind is not RelatedKind.MORE_FROM_SECTION:
        return None
    return more_from(one_line(link.title))


def as_text_holds(article: Article) -> Article:
    """The article as the text form holds it: the writer's documented rules, one by one."""
    body = [plain(block) for block in article.body]
    dateline = one_line(article.dateline) if article.dateline else None
    if dateline and body:
        opening = DATELINE.match(body[0])
        if not opening or opening.group("place") != dateline:
            body[0] = f"{dateline} – {body[0]}"
    section = Section(one_line(article.section.name)) if article.section else None
    portal = None
    named_by_more = any(
        (more_line(link) or MoreFrom(None, None)).portal for link in article.related
    )
    if article.portal and (article.portal.tagline or named_by_more or section):
        tagline = article.portal.tagline
        portal = Portal(
            one_line(article.portal.name),
            tagline=one_line(tagline) if tagline else None,
            sections=[section] if section else [],
        )
    related = [
        Related(
            one_line(link.title),
            kind=link.kind
            if link.kind in (RelatedKind.PREVIOUS, RelatedKind.NEXT) or more_line(link)
            else RelatedKind.RELATED,
        )
        for link in article.related
    ]
    people = [Person(one_line(a.name)) for a in article.authors if isinstance(a, Person)]
    published = day_of(article.date_published) if article.date_published else None
    modified = day_of(article.date_modified) if article.date_modified else None
    if published and modified and modified < published:
        modified = None  # the writer leaves out an update day before the publication day
    # A heading between two paragraphs that reads as one stays a heading, as does one
    # opening a story that has such another; any other is a paragraph (a paragraph that
    # would read as a heading is refused).
    headings = {
        index for index in story_headings(body) if isinstance(article.body[index], Heading)
    }
    return Article(
        one_line(article.headline),
        authors=people,
        date_published=published,
        date_modified=modified,
        dateline=dateline,
        body=[as_read(text, index in headings) for index, text in enumerate(body)],
        section=section,
        portal=portal,
        related=related,
        comments_open=article.comments_open,
    )


def as_read(text: str, heading: bool) -> Block:
    """A body block's text as the reader reads it back: a heading, a list of two items or
    more (``- A - B``, ``1. A 2. B``), or a paragraph."""
    if heading:
        return Heading(text)
    items = list_items(text)
    return ListBlock(items[0], ordered=items[1]) if items else Paragraph(text)


# Texts the reader has rules about: furniture, labels, titles, datelines, name and tagline.
TRICKY = st.sampled_from(
    [
        "News",
        "Damascus – Talks went on.",
        "Port Louis, Mauritius — Ships waited.",
        "Москва – Переговоры.",
        "Syria – Russia Talks",
        "More News articles on DZWatch",
        "More World stories from Elsewhere",
        "DZWatch – Your News Portal",
        "DZWatch | Daily",
        "Related Articles",
        "You may also like",
        "Previous article",
        "Next post",
        "Leave a Reply",
        "Comments are closed.",
        "Back to top button",
        "Share",
        "A short line",
        "A sentence of copy that ends.",
        "Line one\n\n\nline two.",
        "  Padded\ttext  ",
        "Questions?",
        "新闻",
        "双方讨论了合作。",
    ]
) | st.text(st.sampled_from("Ab –-.|\n "), min_size=1, max_size=12).filter(str.strip)


@st.composite
def tricky_articles(draw: st.DrawFn) -> Article:
    """Articles whose every carried text is one the reader has a rule about."""
    texts = st.lists(TRICKY, max_size=4)
    kinds = st.sampled_from(RelatedKind)
    section = draw(st.none() | TRICKY.map(Section))
    name, tagline = draw(TRICKY), draw(st.none() | TRICKY)
    return Article(
        draw(TRICKY),
        dateline=draw(
            st.none() | st.sampled_from(["Damascus", "Москва", "Port Louis, Mauritius"])
        ),
        body=[Paragraph(text) for text in draw(texts)],
        section=section,
        portal=draw(st.none() | st.just(Portal(name, tagline=tagline))),
        related=[Related(title, kind=draw(kinds)) for title in draw(texts)],
        comments_open=draw(st.none() | st.booleans()),
    )


@pytest.fixture(scope="module")
def seed() -> Article:
    return newsmodel.read(require(SEED))


class TestSeed:
    """The seed page survives read, write, read; the written page is the seed's shape."""

    def test_read_write_read_is_equal(self, seed: Article) -> None:
        assert newsmodel.read(write(seed)) == seed

    def test_written_page_is_the_seed_without_its_empty_related_heading(
        self, seed: Article
    ) -> None:
        expected = SEED.read_text(encoding="utf-8").replace("Related Articles\n\n", "")
        assert write(seed) == expected + "\n"

    @pytest.mark.parametrize("name", ["harbour-herald.txt", "wire-closed.txt", "no-furniture.txt"])
    @pytest.mark.parametrize("width", [None, 90])
    def test_own_pages(self, name: str, width: int | None) -> None:
        article = newsmodel.read(PAGES / name)
        assert newsmodel.read(write(article, width=width)) == article

    def test_wrapping_keeps_lines_short(self, seed: Article) -> None:
        lines = write(seed, width=72).splitlines()
        assert max(map(len, lines)) <= 72
        assert lines[4].startswith("Damascus – Syrian Minister of Defense, Mareh Abu Qasra,")


class TestRoundTrip:
    """What the reader reads back equals what was written, for every field text carries."""

    @given(articles(max_blocks=8), WIDTHS)
    def test_any_article_is_written_as_documented_or_refused(
        self, article: Article, width: int | None
    ) -> None:
        written = written_leaving_out(article, width=width)
        if isinstance(written, WriteError):
            match = FIELD.match(str(written))
            assert match, str(written)
            assert match.group(1).split("[")[0] in ("headline", "body", "authors"), str(written)
            event(f"refused: {match.group(1).split('[')[0]}")
        else:
            event("written" if not written[1] else "written, leaving out some")
            assert read(written[0]) == holds(article, written)

    @given(tricky_articles(), WIDTHS)
    def test_texts_made_to_be_misread_are_written_as_documented_or_refused(
        self, article: Article, width: int | None
    ) -> None:
        written = written_leaving_out(article, width=width)
        if isinstance(written, WriteError):
            assert FIELD.match(str(written)), str(written)
            event("refused")
        else:
            event("written" if not written[1] else "written, leaving out some")
            assert read(written[0]) == holds(article, written)

    @given(articles(max_blocks=8).map(as_text_holds), WIDTHS)
    def test_articles_in_text_form_read_back_equal(
        self, article: Article, width: int | None
    ) -> None:
        written = written_leaving_out(article, width=width)
        # out of scope when refused or cut: each reason is tested on its own in TestRefusals
        assume(not isinstance(written, WriteError) and not written[1])
        assert not isinstance(written, WriteError)
        assert read(written[0]) == article
        assert write(read(written[0]), width=width) == written[0]

    def test_dropped_fields(self, sample: Article) -> None:
        """Fields the text form does not carry come back empty; their loss is documented."""
        back = read(write(attrs.evolve(sample, related=[])))
        assert (back.images, back.keywords, back.comments) == ((), (), ())
        assert (back.description, back.language, back.publisher) == (None,) * 3


class TestLanguages:
    """The furniture, byline and date lines are written in the article's language, and
    the page reads back as the article the text form holds."""

    @given(
        st.sampled_from(LANGUAGE_TAGS).flatmap(lambda tag: articles(language=tag, max_blocks=6)),
        WIDTHS,
    )
    def test_articles_in_each_language_read_back(
        self, article: Article, width: int | None
    ) -> None:
        result = written_leaving_out(article, width=width)
        assume(not isinstance(result, WriteError))
        assert not isinstance(result, WriteError)
        written, kept = result[0], without(article, result[1])
        assert read(written) == as_text_holds(kept)
        words = words_of(article.language)
        lines = written.split("\n\n")
        if kept.comments_open is not None:
            prompt = words.reply if kept.comments_open else words.closed
            assert prompt[0] in lines
        if any(isinstance(author, Person) for author in kept.authors):
            assert any(line.startswith(words.byline[0] + " ") for line in lines)

    @pytest.mark.parametrize(
        ("language", "byline", "day", "prompt", "top"),
        [
            (
                "fr",
                "Par Claire Dubois et Karim Benali",
                "Publié le 4 septembre 2025",
                "Laisser un commentaire",
                "Retour en haut",
            ),
            (
                "es",
                "Por Claire Dubois y Karim Benali",
                "Publicado el 4 de septiembre de 2025",
                "Deja un comentario",
                "Volver arriba",
            ),
            (
                "de",
                "Von Claire Dubois und Karim Benali",
                "Veröffentlicht am 4. September 2025",
                "Kommentar schreiben",
                "Nach oben",
            ),
            (
                "pt",
                "Por Claire Dubois e Karim Benali",
                "Publicado em 4 de setembro de 2025",
                "Deixe um comentário",
                "Voltar ao topo",
            ),
            (
                "ar",
                "بقلم Claire Dubois وKarim Benali",
                "نشر في 4 سبتمبر 2025",
                "اترك تعليقاً",
                "العودة إلى الأعلى",
            ),
            (
                "ru",
                "Автор: Claire Dubois и Karim Benali",
                "Опубликовано 4 сентября 2025",
                "Добавить комментарий",
                "Наверх",
            ),
            (
                "zh",
                "作者： Claire Dubois、Karim Benali",
                "发布于 2025年9月4日",
                "发表回复",
                "返回顶部",
            ),
        ],
    )
    def test_a_page_in_each_language(
        self, language: str, byline: str, day: str, prompt: str, top: str
    ) -> None:
        article = Article(
            "Le Sénégal lance un vaste programme de reboisement",
            language=language,
            authors=[Person("Claire Dubois"), Person("Karim Benali")],
            date_published=dt.date(2025, 9, 4),
            section=Section("Monde"),
            portal=Portal("Sahel Info"),
            body=[Paragraph("Le programme doit s'étendre sur cinq ans.")],
            comments_open=True,
        )
        text = write(article)
        assert text.split("\n\n")[:5] == [
            "Sahel Info",
            "Monde",
            article.headline,
            byline,
            day,
        ]
        assert text.endswith(f"{prompt}\n\n{top}\n")
        back = read(text)
        assert back.portal == Portal("Sahel Info", sections=[Section("Monde")])
        assert attrs.evolve(back, language=language, portal=article.portal) == article

    @given(st.sampled_from(["ru", "zh"]).flatmap(lambda tag: articles(language=tag, max_blocks=6)))
    def test_russian_and_chinese_bylines_and_days_read_back(self, article: Article) -> None:
        """The byline ("и", "、" between names) and the days ("5 мая 2024", "2024年5月5日")
        read back; a refusal never blames them."""
        result = written_leaving_out(article)
        if isinstance(result, WriteError):
            assert not re.search(
                r"cannot write (authors|date_published|date_modified)", str(result)
            )
            event("refused for another field")
            return
        back = read(result[0])
        people = [author for author in article.authors if isinstance(author, Person)]
        assert [author.name for author in back.authors] == [one_line(p.name) for p in people]
        if article.date_published is not None:
            assert back.date_published == day_of(article.date_published)
        updated = day_of(article.date_modified) if article.date_modified else None
        if updated is not None and back.date_published is not None:
            assert back.date_modified == (None if updated < back.date_published else updated)
        if len(people) > 1:
            event("several authors written")
        if article.date_published is not None:
            event("dated and written")

    @pytest.mark.parametrize(
        ("article", "byline", "day"),
        [
            (
                Article(
                    "Гавань вновь открылась после ремонта",
                    body=[Paragraph("Рыбаки вернулись на рассвете.")],
                    authors=[Person("Иван Петров"), Person("Ольга Смирнова")],
                    date_published=dt.date(2024, 5, 5),
                    language="ru",
                ),
                "Автор: Иван Петров и Ольга Смирнова",
                "Опубликовано 5 мая 2024",
            ),
            (
                Article(
                    "港口在风暴后重新开放",
                    body=[Paragraph("港口在经过数周的修复后于周一重新开放。")],
                    authors=[Person("王伟"), Person("李娜"), Person("张静")],
                    date_published=dt.date(2024, 5, 5),
                    language="zh",
                ),
                "作者： 王伟、李娜、张静",
                "发布于 2024年5月5日",
            ),
        ],
        ids=["ru", "zh"],
    )
    def test_the_reviewers_articles(self, article: Article, byline: str, day: str) -> None:
        text = write(article)
        assert text.split("\n\n")[1:3] == [byline, day]
        assert attrs.evolve(read(text), language=article.language) == article


class TestBlocks:
    """Non-paragraph blocks have a plain-text form and read back as paragraphs."""

    def page(self, *blocks: Block) -> str:
        article = Article("Officials Describe the Plan in Some Detail", body=blocks)
        return write(article).split("\n\n", 1)[1].rstrip("\n")

    def test_heading_is_its_text(self) -> None:
        assert self.page(Heading("What comes next", level=3)) == "What comes next"

    def test_quote_is_indented_with_its_citation(self) -> None:
        quote = Quote("We will rebuild the port.", citation="The harbour master")
        assert self.page(quote) == "    We will rebuild the port.\n    — The harbour master"

    def test_lists_are_one_line_per_item(self) -> None:
        assert self.page(ListBlock(["Ports", "Roads"])) == "- Ports\n- Roads"
        assert self.page(ListBlock(["Ports", "Roads"], ordered=True)) == "1. Ports\n2. Roads"

    @pytest.mark.parametrize(
        ("image", "text"),
        [
            (Image(PHOTO, caption="The quay", credit="AFP"), "[Image: The quay (AFP)]"),
            (Image(PHOTO, caption="The quay"), "[Image: The quay]"),
            (Image(PHOTO, credit="AFP"), "[Image (AFP)]"),
            (Image(PHOTO), "[Image]"),
        ],
    )
    def test_figures_are_bracketed_captions(self, image: Image, text: str) -> None:
        assert self.page(Figure(image)) == text

    def test_wrapped_list_items_hang_under_their_text(self) -> None:
        items = ["one two three four five six seven eight nine ten eleven twelve"]
        article = Article("A headline long enough", body=[ListBlock(items, ordered=True)])
        assert write(article, width=30).split("\n\n")[1].splitlines()[1].startswith("   ")


class TestNormalisation:
    """Values the reader would join or reshape are written in the documented shape."""

    def test_blank_lines_inside_a_paragraph_join_it(self) -> None:
        article = Article("Paragraph with breaks", body=[Paragraph("One.\n\n\nTwo\tthree.\n")])
        assert read(write(article)).body == (Paragraph("One. Two three."),)

    def test_dateline_opens_the_first_paragraph(self) -> None:
        article = Article("Talks Held", dateline="Damascus", body=[Paragraph("Talks were held.")])
        text = write(article)
        assert "\n\nDamascus – Talks were held.\n" in text
        assert read(text).dateline == "Damascus"

    def test_dateline_already_there_is_not_repeated(self) -> None:
        body = [Paragraph("Damascus – Talks were held.")]
        article = Article("Talks Held", dateline="Damascus", body=body)
        assert read(write(article)) == article

    @pytest.mark.parametrize(
        ("body", "first"),
        [
            ([], None),
            ([Heading("Background")], "Damascus – Background"),
            ([Figure(Image(PHOTO, caption="The quay"))], "Damascus – [Image: The quay]"),
            ([Quote("We will rebuild.", citation="The mayor")], "Damascus – We will rebuild."),
        ],
        ids=["no body", "heading first", "photo first", "quote first"],
    )
    def test_dateline_on_its_own_line_over_a_body_that_opens_with_no_paragraph(
        self, body: list[Block], first: str | None
    ) -> None:
        article = Article("Talks resume in the capital", dateline="Damascus", body=body)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            text = write(article, strict=True)
        assert text.rstrip("\n").split("\n\n")[1] == "Damascus –"
        back = read(text)
        assert back == as_text_holds(article)
        assert back.dateline == "Damascus"
        if first is not None:
            assert back.body[0].text.startswith(first)  # type: ignore[union-attr]

    def test_a_story_ending_with_a_heading_and_a_photo_keeps_its_related_links(self) -> None:
        article = Article(
            "Ports reopen along the coast after the storm",
            body=[
                Paragraph("The harbour reopened on Monday."),
                Heading("What comes next"),
                Figure(Image(PHOTO, caption="The quay")),
            ],
            related=[Related("Ferries return to the islands")],
        )
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            text = write(article)
        assert read(text) == as_text_holds(article)

    def test_a_story_opening_with_one_of_its_headings_reads_back(self) -> None:
        first = "The harbour reopened on Monday after weeks of repairs to the quays."
        second = "Fishermen returned at dawn, and the ferry will run again from Friday."
        body = [Heading("What is shared"), Paragraph(first), Heading("What comes next")]
        article = Article("Ports reopen along the coast", body=[*body, Paragraph(second)])
        back = read(write(article))
        assert back == as_text_holds(article)
        assert back.body[0] == Heading("What is shared")

    def test_a_paragraph_that_is_a_dateline_alone_is_refused(self) -> None:
        article = Article("A headline", body=[Paragraph("Damascus –"), Paragraph("Text.")])
        with pytest.raises(WriteError, match=r"cannot write body\[0\] as text: .*'Damascus'"):
            write(article)

    def test_headline_with_a_dash(self) -> None:
        article = Article(
            "Syria – Russia Talks",
            section=Section("News"),
            body=[Paragraph("Damascus – talks went on."), Paragraph("More followed.")],
            dateline="Damascus",
        )
        assert read(write(article)) == article

    def test_see_also_and_headline_more_from_links_become_related(self) -> None:
        links = [
            Related("Ports reopen across the coast", kind=RelatedKind.SEE_ALSO),
            Related("Ferries return", kind=RelatedKind.MORE_FROM_SECTION),
        ]
        back = read(write(Article("A headline", related=links)))
        assert [link.kind for link in back.related] == [RelatedKind.RELATED] * 2

    def test_portal_without_tagline_or_more_line_is_left_out(self) -> None:
        article = Article("A headline", portal=Portal("DZWatch"), body=[Paragraph("Text.")])
        assert read(write(article)).portal is None

    def test_section_carried_by_the_more_line_alone(self) -> None:
        more = Related("More News articles on DZWatch", kind=RelatedKind.MORE_FROM_SECTION)
        article = Article(
            "Syria and Russia Hold Talks in Damascus",
            section=Section("News"),
            portal=Portal("DZWatch", sections=[Section("News")]),
            related=[more],
        )
        text = write(article)
        assert text.startswith("Syria and Russia")
        assert read(text) == article


class TestRefusals:
    """Values the reader would misread raise WriteError naming the field: the story's
    always, the rest with ``strict=True``."""

    def test_a_block_that_is_not_read_back_is_counted_as_blocks(self) -> None:
        article = Article(
            "港口重新开放",
            body=[Heading("王伟", level=2), Paragraph("港口在经过数周的修复后于周一重新开放。")],
            date_published=dt.date(1995, 1, 1),
            language="zh",
        )
        message = r"body\[0\] .*read back with 1 block, not 2: '王伟' reads as an author's"
        with pytest.raises(WriteError, match=message):
            write(article)

    @pytest.mark.parametrize("furniture", ["Related Articles", "Leave a reply", "Print", "X"])
    def test_paragraph_that_looks_like_furniture(self, furniture: str) -> None:
        article = Article("A headline", body=[Paragraph("Text."), Paragraph(furniture)])
        with pytest.raises(WriteError, match=r"cannot write body\[1\] as text"):
            write(article)
        naive = f"A headline\n\nText.\n\n{furniture}"
        assert len(read(naive).body) == 1  # what writing it anyway would lose

    def test_last_paragraph_that_reads_as_the_portal_line(self) -> None:
        article = Article(
            "A headline",
            body=[Paragraph("Text."), Paragraph("Syria – Russia Talks")],
            comments_open=True,
        )
        with pytest.raises(WriteError, match=r"cannot write body\[1\] as text: .*tagline"):
            write(article)
        naive = "A headline\n\nText.\n\nSyria – Russia Talks\n\nLeave a Reply"
        assert read(naive).portal.name == "Syria"  # type: ignore[union-attr]

    def test_paragraph_that_opens_like_a_dateline(self) -> None:
        article = Article("A headline", body=[Paragraph("Officials – unnamed – agreed.")])
        with pytest.raises(WriteError, match=r"cannot write body\[0\] as text: .*'Officials'"):
            write(article)

    @pytest.mark.parametrize("dateline", ["Damascus, 4 May", "the capital"])
    def test_dateline_the_reader_would_not_see(self, dateline: str) -> None:
        article = Article("A headline", dateline=dateline, body=[Paragraph("Text.")])
        with pytest.raises(WriteError, match="cannot write dateline as text"):
            write(article, strict=True)

    @pytest.mark.parametrize("dateline", ["دمشق", "上海", "Ciudad de México"])
    def test_datelines_without_capitals_or_with_small_words(self, dateline: str) -> None:
        article = Article("A headline", dateline=dateline, body=[Paragraph("Text.")])
        assert read(write(article)).dateline == dateline

    def test_short_headline_over_short_blocks(self) -> None:
        body = [Paragraph("A short first line"), Paragraph("A full paragraph of copy.")]
        article = Article("Storm Hits Coast", body=body)
        with pytest.raises(WriteError, match="cannot write headline as text"):
            write(article)
        naive = "Storm Hits Coast\n\nA short first line\n\nA full paragraph of copy."
        assert read(naive).headline == "A short first line"

    @pytest.mark.parametrize(
        ("section", "body"),
        [
            ("World and Middle East Affairs", [Paragraph("Text.")]),
            ("News", []),
            ("News", [Paragraph("Live updates")]),
        ],
    )
    def test_section_that_would_not_read_as_a_label(self, section: str, body: list[Block]) -> None:
        article = Article("A headline", section=Section(section), body=body)
        with pytest.raises(WriteError, match="cannot write section as text"):
            write(article, strict=True)

    def test_related_title_ending_in_a_full_stop(self) -> None:
        article = Article("A headline", related=[Related("Ports reopen.")])
        with pytest.raises(WriteError, match=r"cannot write related\[0\]\.title as text"):
            write(article, strict=True)

    def test_more_line_naming_another_portal(self) -> None:
        more = Related("More News articles on Elsewhere", kind=RelatedKind.MORE_FROM_SECTION)
        article = Article(
            "A headline", section=Section("News"), portal=Portal("DZWatch"), related=[more]
        )
        with pytest.raises(WriteError, match=r"related\[0\]\.title .*portal 'Elsewhere'"):
            write(article, strict=True)

    @pytest.mark.parametrize(
        ("portal", "field"),
        [
            (Portal("Al - Khabar", tagline="News"), "portal.name"),
            (Portal("DZWatch", tagline="x"), "portal.tagline"),
        ],
    )
    def test_portal_line_read_another_way(self, portal: Portal, field: str) -> None:
        with pytest.raises(WriteError, match=f"cannot write {re.escape(field)} as text"):
            write(Article("A headline", portal=portal), strict=True)

    def test_strict_refusals_are_plain_write_errors(self) -> None:
        with pytest.raises(WriteError) as refused:
            write(Article("A headline", section=Section("News")), strict=True)
        assert type(refused.value) is WriteError

    def test_the_story_is_refused_even_when_not_strict(self) -> None:
        article = Article("A headline", body=[Paragraph("Text."), Paragraph("Related Articles")])
        with pytest.raises(WriteError, match=r"cannot write body\[1\] as text"):
            write(article)


class TestLeavingOut:
    """What the text form cannot hold beside the story (section, dateline, portal, a
    related link...) is left out, said in one WriteWarning naming the fields, and the
    page reads back as the article without them."""

    @pytest.mark.parametrize(
        ("article", "fields"),
        [
            (Article("A headline", section=Section("News")), ("section",)),
            (Article("A headline", dateline="Damascus, 4 May"), ("dateline",)),
            (
                Article("A headline", dateline="the capital", body=[Paragraph("Text.")]),
                ("dateline",),
            ),
            (Article("A headline", related=[Related("Ports reopen.")]), ("related[0]",)),
            (
                Article(
                    "A headline",
                    related=[Related("Ports reopen"), Related("Leave a Reply")],
                ),
                ("related[1]",),
            ),
            (Article("A headline", portal=Portal("DZWatch", tagline="x")), ("portal.tagline",)),
            (
                Article(
                    "Talks resume in the capital after a week",
                    section=Section("News"),
                    portal=Portal("DZWatch"),
                    related=[
                        Related(
                            "More News articles on Elsewhere", kind=RelatedKind.MORE_FROM_SECTION
                        )
                    ],
                    body=[Paragraph("Text of the story.")],
                ),
                ("related[0]",),
            ),
        ],
    )
    def test_left_out_and_said(self, article: Article, fields: tuple[str, ...]) -> None:
        with pytest.warns(WriteWarning) as caught:
            page = write(article)
        assert len(caught) == 1
        warning = caught[0].message
        assert isinstance(warning, WriteWarning)
        assert warning.fields == fields
        assert all(field in str(warning) for field in fields)
        assert read(page) == as_text_holds(without(article, fields))

    def test_strict_must_be_a_bool(self) -> None:
        with pytest.raises(WriteError, match="strict"):
            write(Article("A headline"), strict="yes")


class TestHeadMarkedByItsLines:
    """A byline or date line marks the block above it as the headline and the label
    above that as the section, whatever their shapes: what would be refused or left out
    without one is written."""

    def test_short_headline_over_short_blocks_under_a_date_line(self) -> None:
        body = [Paragraph("A short first line"), Paragraph("A full paragraph of copy.")]
        article = Article("Storm Hits Coast", body=body, date_published=dt.date(2024, 5, 5))
        text = write(article)
        assert text.split("\n\n")[:2] == ["Storm Hits Coast", "Published May 5, 2024"]
        assert read(text) == article

    @pytest.mark.parametrize(
        ("headline", "body"),
        [
            ("Storm Hits Coast", []),
            ("Ports", [Paragraph("Ports reopened on Monday.")]),
            ("Storm Hits Coast", [Paragraph("Live updates")]),
        ],
        ids=["no body", "headline shorter than the label", "label-like first block"],
    )
    def test_section_kept_over_a_headline_its_byline_marks(
        self, headline: str, body: list[Block]
    ) -> None:
        article = Article(
            headline, section=Section("Weather"), authors=[Person("Jane Roe")], body=body
        )
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            text = write(article)
        assert text.startswith(f"Weather\n\n{headline}\n\nBy Jane Roe\n")
        assert read(text) == article


class TestBlocksThatReadAsNames:
    """A first body block shaped like a name beside the byline or date line is written
    where the reader cannot take it for an author's."""

    @pytest.mark.parametrize(
        "article",
        [
            Article(
                "昨天纪录居民",
                body=[Heading("昨天纪录", level=2)],
                date_published=dt.date(1995, 1, 1),
                language="zh",
            ),
            Article(
                "医院议会首次",
                body=[Heading("本周首次"), Paragraph("昨天纪录居民价格医院城市增长报告。")],
                authors=[Person("杨磊")],
                language="zh",
            ),
            Article(
                "医院议会首次",
                body=[Heading("球员价格安全居民重大球员"), Paragraph("昨天纪录居民价格。")],
                date_published=dt.date(1995, 1, 1),
                language="zh",
            ),
            Article(
                "الموسم أمس البرلمان الوطني",
                body=[ListBlock(["أمس رقم"]), Paragraph("الغاز الصحة إنقاذ المستشفى.")],
                date_published=dt.date(1995, 1, 1),
                language="ar",
            ),
        ],
        ids=["only block", "after a byline", "longer than a name", "a list item"],
    )
    def test_written_and_read_back(self, article: Article) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            text = write(article)
        assert read(text) == as_text_holds(article)


class TestQuotesCitedWithoutAFullStop:
    """A quote with no closing full stop and its citation, ``Мы восстановим порт — Анна
    Попова``, is no dateline at the story's start and no portal footer inside it; just
    before the furniture it would read as the footer, and is refused."""

    COPY = Paragraph("The harbour reopened on Monday after weeks of repairs to the quay.")
    QUOTES = (
        Quote("We Will Rebuild", citation="Jane Roe"),
        Quote("Мы восстановим порт", citation="Анна Попова"),
        Quote("سنعيد بناء الميناء", citation="أحمد حامد"),
        Quote("我们将重建港口", citation="张静"),
    )

    @pytest.mark.parametrize("quote", QUOTES)
    @pytest.mark.parametrize("first", [True, False], ids=["first", "inside"])
    def test_written_and_read_back(self, quote: Quote, first: bool) -> None:
        body = [quote, self.COPY] if first else [self.COPY, quote, self.COPY]
        article = Article(
            "Ports reopen along the coast after the storm",
            body=body,
            related=[Related("Ferries return to the islands")],
            comments_open=True,
        )
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            text = write(article)
        assert read(text) == as_text_holds(article)

    def test_just_before_the_furniture_it_is_refused(self) -> None:
        article = Article(
            "Ports reopen along the coast after the storm",
            body=[self.COPY, self.QUOTES[1]],
            comments_open=True,
        )
        with pytest.raises(WriteError, match=r"body\[1\] .*portal's name and tagline"):
            write(article)


class TestReaderFixes:
    """Bugs in the text reader that the round trip revealed."""

    @pytest.mark.parametrize("place", ["Москва", "Санкт-Петербург", "Écija", "Αθήνα"])
    def test_datelines_with_capitals_beyond_a_to_z(self, place: str) -> None:
        article = Article("A headline", dateline=place, body=[Paragraph("Text.")])
        assert read(write(article)).dateline == place
        assert newsmodel.read(f"Headline of the story\n\n{place} – Text.").dateline == place

    def test_chinese_sentences_are_not_labels(self) -> None:
        page = "新闻\n\n两国举行会谈\n\n双方讨论了合作。\n\n会谈持续了两天。"
        article = newsmodel.read(page)
        assert article.section == Section("新闻")
        assert article.headline == "两国举行会谈"
        assert read(write(article)) == article


class TestRegistration:
    """The writer is the ``text`` entry point and checks its options."""

    def test_registered(self) -> None:
        from newsmodel.writers.text import writer

        assert newsmodel.registry.get("writers", "text") is writer

    @pytest.mark.parametrize("width", [0, 19, 20.5, True, "80"])
    def test_bad_width(self, width: object) -> None:
        with pytest.raises(WriteError, match="width"):
            write(Article("A headline"), width=width)

    def test_unknown_option(self) -> None:
        with pytest.raises(WriteError, match="indent"):
            write(Article("A headline"), indent=2)

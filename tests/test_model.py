"""The model: construction, validation, immutability and derived values."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Callable
from typing import ClassVar

import attrs
import pytest

from newsmodel import (
    Article,
    Comment,
    Figure,
    FrozenMapping,
    Heading,
    Image,
    InvalidValueError,
    ListBlock,
    NewsmodelError,
    Organization,
    Paragraph,
    Person,
    Portal,
    Quote,
    Related,
    RelatedKind,
    Role,
    Section,
)

UTC = dt.timezone.utc


class TestValidation:
    """Bad values raise InvalidValueError naming the class, the field and the value."""

    @pytest.mark.parametrize(
        ("build", "owner", "field", "reason"),
        [
            (lambda: Article(""), "Article", "headline", "must not be blank"),
            (lambda: Article("  \n"), "Article", "headline", "must not be blank"),
            (lambda: Article(42), "Article", "headline", "must be a string, not int"),  # type: ignore[arg-type]
            (
                lambda: Article("x\x00y"),
                "Article",
                "headline",
                "control or surrogate character U+0000",
            ),
            (lambda: Article("x\ud800"), "Article", "headline", "surrogate"),
            (lambda: Article("x", url="/news/a"), "Article", "url", "absolute http(s) URL"),
            (
                lambda: Article("x", url="ftp://a.example/x"),
                "Article",
                "url",
                "absolute http(s) URL",
            ),
            (
                lambda: Article("x", url="https://a.example/a b"),
                "Article",
                "url",
                "without spaces",
            ),
            (lambda: Article("x", url="https://[::1/"), "Article", "url", "well-formed"),
            (
                lambda: Article("x", date_published=dt.datetime(2024, 1, 1)),
                "Article",
                "date_published",
                "timezone-aware",
            ),
            (
                lambda: Article("x", date_published="2024-01-01"),
                "Article",  # type: ignore[arg-type]
                "date_published",
                "must be a datetime",
            ),
            (lambda: Article("x", language="english"), "Article", "language", "BCP 47"),
            (lambda: Article("x", language="en_US"), "Article", "language", "BCP 47"),
            (lambda: Article("x", keywords="news"), "Article", "keywords", "sequence of str"),
            (lambda: Article("x", keywords=["a", ""]), "Article", "keywords", "must not be blank"),
            (lambda: Article("x", body=["text"]), "Article", "body", "must hold only"),  # type: ignore[list-item]
            (lambda: Article("x", comments_open="yes"), "Article", "comments_open", "bool"),  # type: ignore[arg-type]
            (
                lambda: Article("x", extra={"a": {1, 2}}),
                "Article",
                "extra",
                "set is not a JSON type",
            ),
            (
                lambda: Article("x", extra={"a": float("nan")}),
                "Article",
                "extra",
                "not a JSON number",
            ),
            (lambda: Article("x", extra={1: "a"}), "Article", "extra", "not a string"),  # type: ignore[dict-item]
            (lambda: Article("x", extra=[1]), "Article", "extra", "mapping"),  # type: ignore[arg-type]
            (lambda: Image("photo.jpg"), "Image", "url", "absolute"),
            (lambda: Image("https://a.example/p.jpg", width=0), "Image", "width", "at least 1"),
            (lambda: Image("https://a.example/p.jpg", width=True), "Image", "width", "integer"),
            (lambda: Heading("x", level=7), "Heading", "level", "from 1 to 6"),
            (lambda: ListBlock([]), "ListBlock", "items", "at least one item"),
            (lambda: Comment("x", upvotes=-1), "Comment", "upvotes", "at least 0"),
            (lambda: Person("x", same_as=["wikipedia"]), "Person", "same_as", "absolute"),
            (
                lambda: Related("x", "https://a.example/", kind="sideways"),
                "Related",
                "kind",  # type: ignore[arg-type]
                "RelatedKind",
            ),
            (
                lambda: Role("Mayor", start_date=dt.datetime(2020, 1, 1, tzinfo=UTC)),
                "Role",
                "start_date",
                "must be a date",
            ),
            (lambda: Section("World", parent="News"), "Section", "parent", "must be Section"),  # type: ignore[arg-type]
        ],
    )
    def test_rejects(self, build: object, owner: str, field: str, reason: str) -> None:
        with pytest.raises(InvalidValueError) as caught:
            build()  # type: ignore[operator]
        error = caught.value
        assert (error.owner, error.field) == (owner, field)
        assert reason in str(error)
        assert isinstance(error, NewsmodelError)
        assert isinstance(error, ValueError)

    def test_error_keeps_the_value_and_the_index(self) -> None:
        with pytest.raises(InvalidValueError) as caught:
            Article("x", keywords=["ok", "fine", " "])
        assert caught.value.value == " "
        assert caught.value.index == 2
        assert "Article.keywords[2]" in str(caught.value)

    def test_modified_before_published_is_rejected(self) -> None:
        published = dt.datetime(2024, 5, 1, 12, tzinfo=UTC)
        with pytest.raises(InvalidValueError, match="date_modified must not be before"):
            Article(
                "x", date_published=published, date_modified=published - dt.timedelta(seconds=1)
            )

    def test_dates_may_be_days(self) -> None:
        day = dt.date(2025, 9, 4)
        later = dt.datetime(2025, 9, 4, 8, tzinfo=UTC)
        assert Article("x", date_published=day, date_modified=later).date_published == day
        with pytest.raises(InvalidValueError, match="date_modified must not be before"):
            Article("x", date_published=dt.date(2025, 9, 5), date_modified=later)

    def test_offsets_are_compared_as_instants(self) -> None:
        published = dt.datetime(2024, 5, 1, 12, tzinfo=UTC)
        modified = dt.datetime(2024, 5, 1, 14, tzinfo=dt.timezone(dt.timedelta(hours=2)))
        assert (
            Article("x", date_published=published, date_modified=modified).date_modified
            == modified
        )

    def test_role_end_before_start_is_rejected(self) -> None:
        with pytest.raises(InvalidValueError, match="end_date"):
            Role("Mayor", start_date=dt.date(2020, 1, 1), end_date=dt.date(2019, 1, 1))

    def test_portal_sections_must_list_their_parents(self) -> None:
        child = Section("Region", parent=Section("News"))
        with pytest.raises(InvalidValueError, match="parent 'News' that is not listed"):
            Portal("P", sections=[child])

    @pytest.mark.parametrize(
        "tag", ["en", "ar-SY", "zh-Hant-TW", "de-CH-1901", "x-klingon", "es-419", "en-US-x-twain"]
    )
    def test_accepts_language_tags(self, tag: str) -> None:
        assert Article("x", language=tag).language == tag


class TestPorts:
    """A URL with a port that cannot exist is refused, in every URL field of the model."""

    BUILDERS: ClassVar[dict[str, Callable[[str], object]]] = {
        "Article.url": lambda u: Article("x", url=u),
        "Article.canonical_url": lambda u: Article("x", canonical_url=u),
        "Image.url": Image,
        "Organization.url": lambda u: Organization("O", url=u),
        "Organization.same_as": lambda u: Organization("O", same_as=[u]),
        "Person.url": lambda u: Person("P", url=u),
        "Person.same_as": lambda u: Person("P", same_as=[u]),
        "Section.url": lambda u: Section("S", url=u),
        "Portal.url": lambda u: Portal("P", url=u),
        "Related.url": lambda u: Related("R", u),
    }

    @pytest.mark.parametrize("field", sorted(BUILDERS))
    @pytest.mark.parametrize(
        "url",
        [
            "https://example.com:99999/",
            "https://example.com:65536/a",
            "https://example.com:8o/",
            "https://example.com:+80/",
            "https://example.com:80:80/",
            "http://[2001:db8::1]:70000/",
            "https://example.com:\u0668\u0660/",  # Arabic-Indic digits
        ],
    )
    def test_impossible_port(self, field: str, url: str) -> None:
        with pytest.raises(InvalidValueError, match="impossible port") as caught:
            self.BUILDERS[field](url)
        assert f"{caught.value.owner}.{caught.value.field}" == field

    @pytest.mark.parametrize(
        "url",
        [
            "https://example.com:443/",
            "https://example.com:65535/",
            "http://example.com:/",
            "https://user:secret@example.com:8080/a",
            "http://[2001:db8::1]:8080/",
            "http://[2001:db8::1]/",
        ],
    )
    def test_possible_port(self, url: str) -> None:
        assert Article("x", url=url).url == url


class TestShape:
    """Objects are immutable, hashable, picklable; sequences are stored as tuples."""

    def test_lists_become_tuples(self) -> None:
        article = Article("x", keywords=["a", "b"], body=[Paragraph("p")])
        assert article.keywords == ("a", "b")
        assert article.body == (Paragraph("p"),)

    def test_frozen(self) -> None:
        article = Article("x")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.headline = "y"  # type: ignore[misc]

    def test_extra_is_frozen_and_equal_to_plain_dicts(self) -> None:
        article = Article("x", extra={"a": [1, {"b": None}]})
        assert isinstance(article.extra, FrozenMapping)
        assert article.extra == {"a": (1, {"b": None})}
        assert article.extra["a"] == (1, FrozenMapping({"b": None}))
        with pytest.raises(TypeError):
            article.extra["c"] = 1  # type: ignore[index]

    def test_hashable_and_picklable(self, sample: Article) -> None:
        assert hash(sample) == hash(pickle.loads(pickle.dumps(sample)))
        assert pickle.loads(pickle.dumps(sample)) == sample
        assert {sample, sample} == {sample}

    def test_related_url_may_be_unknown(self) -> None:
        link = Related("More News articles on DZWatch", kind=RelatedKind.MORE_FROM_SECTION)
        assert link.url is None

    def test_related_kind_accepts_its_value(self) -> None:
        assert Related("t", "https://a.example/", kind="next").kind is RelatedKind.NEXT  # type: ignore[arg-type]


class TestDerivedValues:
    """Plain text, word count, section paths and comment walks are computed, not stored."""

    def test_text_and_word_count(self) -> None:
        article = Article(
            "x",
            body=[
                Heading("Why"),
                Paragraph("One two three."),
                Figure(Image("https://a.example/p.jpg", caption="not counted")),
                Quote("Four five."),
                ListBlock(["six", "seven eight"]),
            ],
        )
        assert article.text == "Why\n\nOne two three.\n\nFour five.\n\nsix\nseven eight"
        assert article.word_count == 9

    def test_section_path_and_portal_tree(self) -> None:
        news = Section("News")
        region = Section("Region", parent=news)
        sport = Section("Sport")
        assert region.path == (news, region)
        portal = Portal("P", sections=[news, region, sport])
        assert portal.top_sections == (news, sport)
        assert portal.subsections(news) == (region,)

    def test_comment_walk_is_depth_first_in_page_order(self) -> None:
        thread = Comment("a", replies=[Comment("b", replies=[Comment("c")]), Comment("d")])
        article = Article("x", comments=[thread, Comment("e")])
        assert [c.text for c in article.all_comments] == ["a", "b", "c", "d", "e"]

    def test_authors_may_be_people_or_organisations(self) -> None:
        article = Article("x", authors=[Person("A"), Organization("AFP")])
        assert [type(a) for a in article.authors] == [Person, Organization]

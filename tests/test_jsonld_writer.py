"""The JSON-LD writer: schema.org for what the model holds, read back by the jsonld reader."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import warnings
from collections.abc import Iterable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyld import jsonld

import newsmodel
from newsmodel import (
    Article,
    Comment,
    Image,
    Organization,
    Paragraph,
    Person,
    Role,
    Section,
    WriteError,
)
from newsmodel.strategies import articles
from newsmodel.writers.jsonld import WRITABLE_TYPES, to_jsonld

_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Properties the writer sets that the reader has no field for: they come back in extra.
_UNMAPPED = {"@type", "@id", "commentCount", "potentialAction"}


def write(article: Article, **options: Any) -> str:
    return newsmodel.write(article, "jsonld", **options)


def read_back(text: str) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # what the writer writes, the reader takes as it is
        return newsmodel.read(text, format="jsonld")


class TestDocument:
    """One article node with the schema.org context, every field under its schema.org name."""

    def test_sample(self, sample: Article) -> None:
        doc = to_jsonld(sample)
        assert doc["@context"] == "https://schema.org"
        assert doc["@type"] == "NewsArticle"
        assert doc["headline"] == sample.headline
        assert doc["dateline"] == "Tripoli"
        assert doc["articleBody"] == sample.text
        assert doc["datePublished"] == "2026-03-02T09:30:00+02:00"
        assert doc["inLanguage"] == "en"
        assert doc["keywords"] == ["ports", "trade", "infrastructure"]
        assert doc["articleSection"] == "Region"
        assert doc["author"] == {
            "@type": "Person",
            "name": "Karim Nassar",
            "url": "https://portal.example/authors/karim-nassar",
        }
        assert doc["image"] == {
            "@type": "ImageObject",
            "url": "https://portal.example/media/quay.jpg",
            "caption": "The rebuilt quay",
            "creditText": "Harbour Herald",
            "width": 1200,
            "height": 800,
        }
        assert doc["commentCount"] == 2
        assert doc["comment"][0]["comment"][0]["text"] == "Let's see if the prices follow."

    def test_page_breadcrumbs_related_and_site(self, sample: Article) -> None:
        page = to_jsonld(sample)["mainEntityOfPage"]
        assert page["@type"] == "WebPage"
        assert page["@id"] == sample.url
        crumbs = page["breadcrumb"]["itemListElement"]
        assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
            (1, "News", {"@type": "WebPage", "@id": "https://portal.example/news/"}),
            (2, "Region", {"@type": "WebPage", "@id": "https://portal.example/news/region/"}),
        ]
        assert page["relatedLink"] == [link.url for link in sample.related]
        assert page["isPartOf"]["@type"] == "WebSite"
        assert page["isPartOf"]["description"] == "Coastal news, every morning"

    def test_mentions_wear_one_role_wrapper_per_role(self) -> None:
        minister = Person(
            "Leila Haddad",
            roles=[Role("Minister", start_date=dt.date(2025, 2, 1)), Role("Deputy")],
        )
        doc = to_jsonld(Article("x", mentions=[minister, Person("Rana")]))
        assert doc["mentions"] == [
            {
                "@type": "Role",
                "roleName": "Minister",
                "startDate": "2025-02-01",
                "mentions": {"@type": "Person", "name": "Leila Haddad"},
            },
            {
                "@type": "Role",
                "roleName": "Deputy",
                "mentions": {"@type": "Person", "name": "Leila Haddad"},
            },
            {"@type": "Person", "name": "Rana"},
        ]

    def test_several_authors_are_an_array(self) -> None:
        agency = Organization("AFP", logo=Image("https://afp.example/logo.png"))
        doc = to_jsonld(Article("x", authors=[Person("A"), agency]))
        assert doc["author"] == [
            {"@type": "Person", "name": "A"},
            {
                "@type": "Organization",
                "name": "AFP",
                "logo": {"@type": "ImageObject", "url": "https://afp.example/logo.png"},
            },
        ]

    def test_a_day_is_written_as_a_date(self) -> None:
        day = dt.date(2025, 9, 4)
        doc = to_jsonld(Article("x", date_published=day, date_modified=day))
        assert doc["datePublished"] == doc["dateModified"] == "2025-09-04"

    def test_offsets_are_kept(self) -> None:
        utc = dt.datetime(2025, 1, 28, 14, 0, tzinfo=dt.timezone.utc)
        assert to_jsonld(Article("x", date_published=utc))["datePublished"] == (
            "2025-01-28T14:00:00+00:00"
        )

    def test_extra_is_written_back_without_overriding_the_model(self) -> None:
        article = Article(
            "x",
            extra={"wordCount": 5, "headline": "not this", "@id": "#a", "speakable": {"b": 1}},
        )
        doc = to_jsonld(article)
        assert doc["headline"] == "x"
        assert doc["wordCount"] == 5
        assert doc["speakable"] == {"b": 1}
        assert "@id" not in doc  # JSON-LD keywords are the writer's to set

    def test_open_comments_are_a_comment_action(self) -> None:
        assert to_jsonld(Article("x", comments_open=True))["potentialAction"] == {
            "@type": "CommentAction",
            "name": "Comment",
        }
        assert "potentialAction" not in to_jsonld(Article("x", comments_open=False))

    @pytest.mark.parametrize("kind", sorted(WRITABLE_TYPES))
    def test_every_article_type(self, kind: str) -> None:
        text = write(Article("Talks"), type=kind)
        assert json.loads(text)["@type"] == kind
        assert read_back(text).headline == "Talks"

    @pytest.mark.parametrize("kind", ["Person", "Review", "WebPage", "newsarticle", ""])
    def test_other_types_are_refused(self, kind: str) -> None:
        with pytest.raises(WriteError, match=r"not a schema\.org Article type"):
            write(Article("x"), type=kind)

    def test_unknown_option(self) -> None:
        with pytest.raises(WriteError, match="jsonld"):
            write(Article("x"), pretty=True)

    def test_compact_by_default_pretty_with_indent(self, sample: Article) -> None:
        assert "\n" not in write(sample)
        pretty = write(sample, indent=2)
        assert pretty.startswith('{\n  "@context": "https://schema.org",')
        assert json.loads(pretty) == json.loads(write(sample))

    def test_deterministic(self, sample: Article) -> None:
        first = Article("x", extra={"b": {"y": 1, "x": 2}, "a": 1})
        second = Article("x", extra={"a": 1, "b": {"x": 2, "y": 1}})
        assert first == second
        assert write(first) == write(second)
        assert write(sample, graph=True) == write(sample, graph=True)


class TestGraph:
    """graph=True: the article, its WebPage, the WebSite and the publishers, linked by @id."""

    def test_nodes_and_links(self, sample: Article) -> None:
        doc = to_jsonld(sample, graph=True)
        assert set(doc) == {"@context", "@graph"}
        nodes = {node["@id"]: node for node in doc["@graph"]}
        assert len(nodes) == len(doc["@graph"])
        article = doc["@graph"][0]
        assert article["@id"] == f"{sample.url}#article"
        page = nodes[article["mainEntityOfPage"]["@id"]]
        assert page["@type"] == "WebPage"
        assert page["@id"] == page["url"] == sample.url
        assert page["mainEntity"] == {"@id": article["@id"]}
        site = nodes[page["isPartOf"]["@id"]]
        assert site["@type"] == "WebSite"
        assert nodes[site["publisher"]["@id"]]["name"] == "Harbour Herald Media"
        assert nodes[article["publisher"]["@id"]]["@type"] == "Organization"
        assert nodes[page["breadcrumb"]["@id"]]["@type"] == "BreadcrumbList"

    @settings(max_examples=60)
    @given(articles())
    def test_every_reference_names_a_node(self, article: Article) -> None:
        doc = to_jsonld(article, graph=True)
        ids = [node["@id"] for node in doc["@graph"]]
        assert len(ids) == len(set(ids))
        for node in doc["@graph"]:
            for value in node.values():
                if isinstance(value, dict) and set(value) == {"@id"}:
                    assert value["@id"] in ids

    def test_without_addresses_nodes_are_blank(self) -> None:
        doc = to_jsonld(Article("x", publisher=Organization("P")), graph=True)
        assert [node["@id"] for node in doc["@graph"]] == [
            "_:article",
            "_:webpage",
            "_:organization",
        ]


def _as_read(text: str | None) -> str | None:
    """What the reader makes of a text: entities decoded, runs of white space made one."""
    if text is None:
        return None
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return " ".join(text.split()) if "\n" not in text else text.strip()


def _image(image: Image | None) -> Image | None:
    if image is None:
        return None
    return attrs.evolve(image, caption=_as_read(image.caption), credit=_as_read(image.credit))


def _organization(org: Organization | None) -> Organization | None:
    if org is None:
        return None
    return attrs.evolve(org, name=_as_read(org.name), logo=_image(org.logo))


def _person(person: Person, roles: tuple[Role, ...] = ()) -> Person:
    return attrs.evolve(
        person,
        name=_as_read(person.name),
        description=_as_read(person.description),
        image=_image(person.image),
        roles=roles,
    )


def _one_per_person(people: Iterable[Person | Organization]) -> tuple[Person | Organization, ...]:
    """People as read from their Role wrappers: one person's wrappers one after another
    are one person (two people alike in all but roles, side by side, become one)."""
    read: list[Person | Organization] = []
    for person in people:
        last = read[-1] if read else None
        if not isinstance(person, Person):
            read.append(_organization(person))
            continue
        this = _person(person, tuple(_role(r) for r in person.roles))
        if (
            isinstance(last, Person)
            and last.roles
            and this.roles
            and attrs.evolve(last, roles=()) == _person(person)
        ):
            read[-1] = attrs.evolve(last, roles=(*last.roles, *this.roles))
        else:
            read.append(this)
    return tuple(read)


def _role(role: Role) -> Role:
    return attrs.evolve(
        role,
        name=_as_read(role.name),
        organization=_organization(role.organization),
        country=_as_read(role.country),
    )


def _comment(comment: Comment) -> Comment:
    return attrs.evolve(
        comment,
        text=_as_read(comment.text),
        author=_person(comment.author) if comment.author else None,
        replies=[_comment(reply) for reply in comment.replies],
    )


def carried(article: Article) -> dict[str, Any]:
    """The fields of ``article`` as the JSON-LD writer and reader carry them."""
    page = article.canonical_url or article.url
    url = article.url or page
    text = article.text  # paragraphs at blank lines; with none, one per line
    parts = _PARAGRAPH_BREAK.split(text) if _PARAGRAPH_BREAK.search(text) else text.split("\n")
    mentions = _one_per_person(article.mentions)
    authors = tuple(
        _person(a, tuple(_role(r) for r in a.roles)) if isinstance(a, Person) else _organization(a)
        for a in article.authors
    )
    if len(_one_per_person(article.authors)) != len(authors):  # creator's order is lost
        authors = tuple(attrs.evolve(a, roles=()) if isinstance(a, Person) else a for a in authors)
    return {
        "headline": _as_read(article.headline),
        "alternative_headline": _as_read(article.alternative_headline),
        "description": _as_read(article.description),
        "dateline": _as_read(article.dateline),
        "body": tuple(Paragraph(" ".join(part.split())) for part in parts if part.strip()),
        "url": url,
        "canonical_url": page if page != url else None,
        "date_published": article.date_published,
        "date_modified": article.date_modified,
        "authors": authors,
        "section": Section(_as_read(article.section.name)) if article.section else None,
        "keywords": tuple(_as_read(k) for k in article.keywords),
        "language": article.language,
        "images": tuple(_image(i) for i in article.images),
        "publisher": _organization(article.publisher),
        "mentions": tuple(mentions),
        "comments": tuple(_comment(c) for c in article.comments),
    }


class TestRoundTrip:
    """The jsonld reader gives back every field JSON-LD carries (see docs/writers.rst)."""

    @settings(max_examples=150)
    @given(articles(), st.booleans())
    def test_read_back(self, article: Article, graph: bool) -> None:
        back = read_back(write(article, graph=graph))
        expected = carried(article)
        got = {name: getattr(back, name) for name in expected}
        assert got == expected
        for name in ("date_published", "date_modified"):  # the same offset, not only instant
            if expected[name] is not None:
                assert got[name].isoformat() == expected[name].isoformat()
        assert back.related == ()
        assert back.portal is None
        assert back.comments_open is None
        kept = {k: v for k, v in article.extra.items() if not k.startswith("@")}
        assert {k: back.extra[k] for k in kept} == kept
        assert set(back.extra) - set(kept) <= _UNMAPPED

    def test_rewriting_what_was_read_changes_nothing(self, sample: Article) -> None:
        once = write(sample)
        assert write(read_back(once)) == write(read_back(write(read_back(once))))


def _local_loader(url: str, options: Any = None) -> dict[str, Any]:
    """Serves the schema.org context from here; any other document is refused."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/"}},
        }
    raise jsonld.JsonLdError(f"no network in tests: {url}", "jsonld.LoadDocumentError")


class TestConformance:
    """pyld, an independent JSON-LD 1.1 processor, expands what we write without error."""

    @settings(max_examples=40)
    @given(articles(), st.booleans())
    def test_pyld_expands(self, article: Article, graph: bool) -> None:
        doc = json.loads(write(article, graph=graph))
        expanded = jsonld.expand(
            doc, {"documentLoader": _local_loader, "processingMode": "json-ld-1.1"}
        )
        assert expanded
        kinds = {t for node in _nodes(expanded) for t in node.get("@type", [])}
        assert "https://schema.org/NewsArticle" in kinds
        headlines = [
            v["@value"]
            for node in _nodes(expanded)
            for v in node.get("https://schema.org/headline", [])
        ]
        assert article.headline in headlines

    def test_the_loader_refuses_other_documents(self) -> None:
        doc = {"@context": "https://elsewhere.example/context.jsonld", "name": "x"}
        with pytest.raises(jsonld.JsonLdError):
            jsonld.expand(doc, {"documentLoader": _local_loader})


def _nodes(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _read_quietly(text: str, format: str = "jsonld") -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsmodel.ReadWarning)  # "has no time zone"
        return newsmodel.read(text, format=format, url="https://ex.org/news/story")


def _published(datetime_text: str) -> str:
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Harbour reopens",
            "url": "https://ex.org/news/story",
            "datePublished": datetime_text,
            "dateModified": datetime_text,
        }
    )


class TestWhatWasReadIsWritten:
    """A value the model holds less of than was read is written as read, from ``extra``."""

    @pytest.mark.parametrize(
        "as_written",
        [
            "2026-03-02T09:30:00",  # no time zone: the model holds the day, extra the text
            "2026-03-02T09:30",
            "2026-03-02T09:30:00.250",
            "2026-03-02 09:30:00",
            "2026-03-02T09:30:00+02:00",
            "2026-03-02T09:30:00-05:30",
            "2026-03-02",
        ],
    )
    def test_every_date_time_is_written_as_read(self, as_written: str) -> None:
        """JSON-LD in, the model, JSON-LD out: the same date-time (zone-less ones to the
        letter; zoned ones the same moment with the same offset)."""
        article = _read_quietly(_published(as_written))
        doc = json.loads(write(article))
        for key in ("datePublished", "dateModified"):
            if article.date_published is not None and not isinstance(
                article.date_published, dt.datetime
            ):
                assert doc[key] == as_written
            else:
                assert dt.datetime.fromisoformat(doc[key]) == dt.datetime.fromisoformat(as_written)
                assert doc[key][-6:] == as_written[-6:]

    def test_a_zoneless_time_survives_every_writer(self) -> None:
        article = _read_quietly(_published("2026-03-02T09:30:00"))
        assert article.date_published == dt.date(2026, 3, 2)
        assert _read_quietly(write(article)) == article
        assert _read_quietly(newsmodel.write(article, "json"), "json") == article
        through_html = _read_quietly(newsmodel.write(article, "html"), "html")
        assert through_html.date_published == dt.date(2026, 3, 2)
        assert through_html.extra["datePublished"] == "2026-03-02T09:30:00"

    def test_the_google_profile_sees_the_missing_zone(self) -> None:
        article = _read_quietly(_published("2026-03-02T09:30:00"))
        report = newsmodel.validate(article, profile="google-article")
        codes = {(finding.path, finding.code) for finding in report.findings}
        assert ("/datePublished", "google-article/date-without-timezone") in codes

    def test_a_date_set_aside_does_not_replace_the_model_s(self) -> None:
        """A reader keeps in ``extra`` a date it judged wrong; the model's date is written."""
        article = Article(
            "x",
            date_published=dt.date(2023, 10, 3),
            extra={"datePublished": "2024-01-09T10:00:00+00:00", "dateModified": "2023-10-01"},
        )
        doc = to_jsonld(article)
        assert doc["datePublished"] == "2023-10-03"
        assert doc["dateModified"] == "2023-10-01"  # the model has none: written as kept

    def test_a_zoneless_time_of_another_day_does_not_replace_the_model_s(self) -> None:
        article = Article(
            "x", date_published=dt.date(2026, 3, 2), extra={"datePublished": "2026-03-05T09:30"}
        )
        assert to_jsonld(article)["datePublished"] == "2026-03-02"

    def test_every_section_read_is_written(self) -> None:
        doc = json.loads(_published("2026-03-02"))
        doc["articleSection"] = ["World", "Europe"]
        article = _read_quietly(json.dumps(doc))
        assert article.section == Section("World")
        assert to_jsonld(article)["articleSection"] == ["World", "Europe"]
        edited = attrs.evolve(article, section=Section("Sport"))
        assert to_jsonld(edited)["articleSection"] == "Sport"  # the model's edit wins

    @settings(max_examples=60)
    @given(
        st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
        st.sampled_from(["minutes", "seconds", "milliseconds", "microseconds"]),
        st.booleans(),
    )
    def test_read_write_read_loses_nothing(
        self, moment: dt.datetime, timespec: str, graph: bool
    ) -> None:
        as_written = moment.isoformat(timespec=timespec)
        article = _read_quietly(_published(as_written))
        again = _read_quietly(write(article, graph=graph))
        assert attrs.evolve(again, extra={}) == attrs.evolve(article, extra={})
        kept = {k: v for k, v in article.extra.items() if not k.startswith("@")}
        assert {k: again.extra[k] for k in kept} == kept
        assert json.loads(write(again))["datePublished"] == as_written


class TestCommentIds:
    """A comment's ``@id`` is absolute (the article's page and an anchor) or a blank node,
    and the reader takes the comment's identifier back out of it."""

    def _article(self, url: str | None = "https://ex.org/news/story") -> Article:
        reply = Comment("Agreed.", id="c2")
        return Article("x", url=url, comments=[Comment("First.", id="c1", replies=[reply])])

    def test_absolute_on_the_article_s_page(self) -> None:
        comment = to_jsonld(self._article())["comment"][0]
        assert comment["@id"] == "https://ex.org/news/story#comment-c1"
        assert comment["comment"][0]["@id"] == "https://ex.org/news/story#comment-c2"

    def test_on_the_canonical_page_when_there_is_one(self) -> None:
        article = attrs.evolve(
            self._article("https://ex.org/news/story?utm=x"),
            canonical_url="https://ex.org/news/story",
        )
        assert to_jsonld(article)["comment"][0]["@id"] == "https://ex.org/news/story#comment-c1"
        assert read_back(write(article)).comments == article.comments

    def test_blank_nodes_without_an_address(self) -> None:
        doc = to_jsonld(self._article(None), graph=True)
        comment = doc["@graph"][0]["comment"][0]
        assert comment["@id"] == "_:comment-c1"
        assert comment["comment"][0]["@id"] == "_:comment-c2"

    @pytest.mark.parametrize("url", ["https://ex.org/news/story", None])
    @pytest.mark.parametrize("graph", [False, True])
    def test_read_back_as_the_same_ids_and_threads(self, url: str | None, graph: bool) -> None:
        article = self._article(url)
        assert read_back(write(article, graph=graph)).comments == article.comments

    def test_two_articles_comments_stay_apart(self) -> None:
        one = to_jsonld(self._article("https://ex.org/news/one"))
        two = to_jsonld(self._article("https://ex.org/news/two"))
        assert one["comment"][0]["@id"] != two["comment"][0]["@id"]

    def test_through_html(self) -> None:
        article = self._article()
        page = newsmodel.write(article, "html")
        assert 'id="comment-c1"' in page  # the anchor the @id points at
        assert newsmodel.read(page, format="html", url=article.url).comments == article.comments

    def test_ids_written_by_others_are_read_as_before(self) -> None:
        doc = json.loads(_published("2026-03-02"))
        doc["comment"] = [
            {"@type": "Comment", "@id": "c9", "text": "a"},
            {"@type": "Comment", "@id": "https://elsewhere.example/x#comment-3", "text": "b"},
        ]
        comments = _read_quietly(json.dumps(doc)).comments
        assert [c.id for c in comments] == ["c9", "https://elsewhere.example/x#comment-3"]

    @settings(max_examples=80)
    @given(
        st.text(min_size=1, max_size=30).filter(lambda t: t.strip() and t.isprintable()),
        st.sampled_from(["https://ex.org/news/story", "https://ex.org/a#top", None]),
    )
    def test_any_id_comes_back(self, identifier: str, url: str | None) -> None:
        article = Article("x", url=url, comments=[Comment("First.", id=identifier)])
        doc = to_jsonld(article)
        assert doc["comment"][0]["@id"].startswith(f"{url.split('#')[0]}#" if url else "_:")
        assert " " not in doc["comment"][0]["@id"]
        assert read_back(write(article)).comments == article.comments

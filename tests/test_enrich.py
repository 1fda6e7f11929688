"""Enrichers: the ``newsmodel.enrichers`` group, ``read(..., enrich=...)``, the CLI option,
and the built-in ``people`` enricher measured on a sentence set and the seed article."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from people_sentences import CASES
from people_sentences_fresh import FRESH
from people_sentences_unseen import HELD_OUT, TUNING, Case
from shared_data import SEED, require

import newsmodel
from newsmodel import (
    Article,
    Organization,
    Paragraph,
    Person,
    Role,
    UnknownEnricherError,
    registry,
)
from newsmodel.cli import main
from newsmodel.enrichers import PersonMention, find_people
from newsmodel.enrichers.people import enricher

SEED_PEOPLE = {
    "Mareh Abu Qasra": Role("Minister of Defense", country="Syria"),
    "Yunus-Bek Yevkurov": Role("Deputy Minister of Defense", country="Russia"),
    "Mohammed Sameh Hamed": Role("Minister of Sports", country="Syria"),
    "Mikhail Degtyarev": Role("Minister of Sports", country="Russia"),
    "Ahmed Al-Sharaa": Role("President"),
}


@pytest.fixture(scope="module")
def seed() -> Path:
    return require(SEED)


STORY = "Headline\n\nPresident Lina Moravec spoke.\n"


def article(*paragraphs: str, mentions: tuple[Person, ...] = ()) -> Article:
    return Article("x", body=[Paragraph(p) for p in paragraphs], mentions=mentions)


class _Tagger:
    def enrich(self, article: Article) -> Article:
        return attrs.evolve(article, keywords=[*article.keywords, "tagged"])


class TestPlugins:
    """Enrichers are plugins by name, or objects, applied in order by every read function."""

    def test_people_is_registered_through_our_entry_point(self) -> None:
        assert "people" in registry.names("enrichers")
        assert registry.get("newsmodel.enrichers", "people") is enricher
        assert isinstance(enricher, newsmodel.Enricher)

    def test_read_with_names_and_objects(self) -> None:
        got = newsmodel.read(STORY, format="text", enrich=["people"])
        assert [p.name for p in got.mentions] == ["Lina Moravec"]
        both = newsmodel.read_all(STORY, format="text", enrich=["people", _Tagger()])
        assert both[0].keywords == ("tagged",)
        sourced = newsmodel.read_with_sources(STORY, format="text", enrich=["people"])
        assert sourced.article.mentions[0].roles == (Role("President"),)

    def test_unknown_name(self) -> None:
        with pytest.raises(UnknownEnricherError, match=r"no enricher named 'nope'"):
            newsmodel.read("text", format="text", enrich=["nope"])

    def test_an_object_without_enrich_is_refused_by_register(self) -> None:
        with pytest.raises(TypeError, match="lacks enrich"):
            registry.register("enrichers", "bad", object())

    def test_cli(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        source = tmp_path / "story.txt"
        source.write_text("Headline\n\nMayor Claire Dubois met residents.\n", encoding="utf-8")
        assert main(["read", str(source), "-f", "text", "--enrich", "people"]) == 0
        mentions = json.loads(capsys.readouterr().out)["article"]["mentions"]
        assert mentions[0]["name"] == "Claire Dubois"
        with pytest.raises(SystemExit) as caught:  # a usage mistake, as argparse's own
            main(["read", str(source), "-f", "text", "--enrich", "nope"])
        assert caught.value.code == 2
        assert "no enricher named 'nope'" in capsys.readouterr().err


class TestPeople:
    """The people enricher finds people and their roles, and keeps what was there."""

    def test_keeps_and_completes_existing_mentions(self) -> None:
        known = (Person("Karim Naguib"), Person("Someone Else"))
        got = enricher.enrich(
            article("Egyptian Minister of Trade, Karim Naguib, spoke.", mentions=known)
        )
        assert [p.name for p in got.mentions] == ["Karim Naguib", "Someone Else"]
        assert got.mentions[0].roles == (Role("Minister of Trade", country="Egypt"),)

    def test_returns_a_new_article(self) -> None:
        original = article("President Lina Moravec spoke.")
        assert enricher.enrich(original) is not original
        assert original.mentions == ()

    def test_mentions_keep_block_and_span(self) -> None:
        doc = article("Nothing here.", "Governor Paulo Ferreira signed. Ferreira left.")
        found = find_people(doc)
        assert [(m.block, m.start, m.end) for m in found] == [(1, 9, 23), (1, 32, 40)]
        assert found[0].person is found[1].person
        assert isinstance(found[0], PersonMention)

    @pytest.mark.parametrize(
        ("text", "person", "role"),
        [
            (
                "Egyptian Minister of Trade, Karim Naguib, flew in. "
                "Naguib's Jordanian counterpart, Rami Tal, met him.",
                "Rami Tal",
                Role("Minister of Trade", country="Jordan"),
            ),
            (
                "President of France Emmanuel Garnier spoke.",
                "Emmanuel Garnier",
                Role("President", country="France"),
            ),
            (
                "Director of the World Health Organization, Amina Diallo, said so.",
                "Amina Diallo",
                Role("Director", organization=Organization("World Health Organization")),
            ),
        ],
    )
    def test_roles(self, text: str, person: str, role: Role) -> None:
        found = {p.name: p.roles for p in enricher.enrich(article(text)).mentions}
        assert found[person] == (role,)

    @pytest.mark.parametrize(
        ("text", "people"),
        [
            ("Texas Governor Ann Blake spoke.", {"Ann Blake": ("Governor",)}),
            ("Treasury Secretary Paul Wren spoke.", {"Paul Wren": ("Treasury Secretary",)}),
            ("Vice-President Amina Yusuf spoke.", {"Amina Yusuf": ("Vice-President",)}),
            ("Their attorney, Ruth Gale, spoke.", {"Ruth Gale": ("attorney",)}),
            ("The bank's economist, Ivo Senn, spoke.", {"Ivo Senn": ("economist",)}),
            ("Ivo Senn, the team's captain, spoke.", {"Ivo Senn": ("captain",)}),
            ("The mayor of Beirut, Rami Saab, spoke.", {"Rami Saab": ("mayor",)}),
            ("George W. Bush spoke.", {"George W. Bush": ()}),
            ("The Eliza Hart Trust gave $5 to the Orla Finch Museum.", {}),
            ("Officials in Santa Rosa said so.", {}),
        ],
    )
    def test_offices_and_what_is_not_a_person(
        self, text: str, people: dict[str, tuple[str, ...]]
    ) -> None:
        got = enricher.enrich(article(text)).mentions
        assert {p.name: tuple(r.name for r in p.roles) for p in got} == people

    def test_a_surname_after_mr_is_a_person(self) -> None:
        got = enricher.enrich(article("The Foreign Ministry said Mr. Smith had left."))
        assert [p.name for p in got.mentions] == ["Smith"]

    def test_a_counterpart_of_someone_without_a_role_has_none(self) -> None:
        text = "In March, Lena Vogt met Mikhail Orlov, her Russian counterpart, in Geneva."
        got = enricher.enrich(article(text)).mentions
        assert [(p.name, p.roles) for p in got] == [("Lena Vogt", ()), ("Mikhail Orlov", ())]

    def test_headings_name_only_people_known_from_prose(self) -> None:
        doc = article("Syria And Russia Hold Talks", "The talks were long.")
        assert find_people(doc) == []


def _score(found: int, right: int) -> float:
    return right / found if found else 1.0


def test_sentence_set_precision_and_recall() -> None:
    persons = [0, 0, 0]  # true positives, found, expected
    pairs = [0, 0, 0]
    for text, people in CASES:
        got = enricher.enrich(article(text)).mentions
        got_names = {p.name for p in got}
        persons[0] += len(got_names & set(people))
        persons[1] += len(got_names)
        persons[2] += len(people)
        got_pairs = {(p.name, r.name.casefold(), r.country) for p in got for r in p.roles}
        want = {(n, r.casefold(), c) for n, roles in people.items() for r, c in roles}
        pairs[0] += len(got_pairs & want)
        pairs[1] += len(got_pairs)
        pairs[2] += len(want)
    scores = {
        "persons": (_score(persons[1], persons[0]), _score(persons[2], persons[0])),
        "(person, role)": (_score(pairs[1], pairs[0]), _score(pairs[2], pairs[0])),
    }
    for what, (precision, recall) in scores.items():
        print(f"{what}: precision {precision:.3f} recall {recall:.3f}")
    assert len(CASES) >= 30
    assert scores["persons"] >= (1.0, 1.0)
    assert scores["(person, role)"][0] >= 1.0
    assert scores["(person, role)"][1] >= 0.9


def _unseen_scores(cases: list[Case]) -> dict[str, tuple[float, float]]:
    """Precision and recall of persons (by name) and of (person, complete role name)."""
    persons = [0, 0, 0]  # true positives, found, expected
    pairs = [0, 0, 0]
    for text, people in cases:
        got = enricher.enrich(article(text)).mentions
        got_names = {p.name for p in got}
        got_pairs = {(p.name, r.name.casefold()) for p in got for r in p.roles}
        want = {(n, r.casefold()) for n, roles in people.items() for r in roles}
        for counts, found, expected in (
            (persons, got_names, set(people)),
            (pairs, got_pairs, want),
        ):
            counts[0] += len(found & expected)
            counts[1] += len(found)
            counts[2] += len(expected)
    return {
        what: (_score(counts[1], counts[0]), _score(counts[2], counts[0]))
        for what, counts in (("persons", persons), ("roles", pairs))
    }


@pytest.mark.parametrize(
    ("cases", "floors"),
    [
        # measured: persons 0.944 / 1.000, roles 1.000 / 0.966 (before the rules changed:
        # persons 0.941 / 0.941, roles 1.000 / 0.621)
        (HELD_OUT, {"persons": (0.94, 0.97), "roles": (0.97, 0.95)}),
        # measured: all 1.000 (before: persons 0.920 / 0.852, roles 0.867 / 0.565)
        (TUNING, {"persons": (0.97, 0.97), "roles": (0.97, 0.97)}),
    ],
    ids=["held-out", "tuning"],
)
def test_unseen_sentences_precision_and_recall(
    cases: list[Case], floors: dict[str, tuple[float, float]]
) -> None:
    """Sentences written before the rules were tuned keep their precision and recall."""
    scores = _unseen_scores(cases)
    for what, (precision, recall) in scores.items():
        print(f"{what}: precision {precision:.3f} recall {recall:.3f}")
    assert len(cases) >= 30
    for what, (precision, recall) in floors.items():
        assert scores[what][0] >= precision, what
        assert scores[what][1] >= recall, what


def test_fresh_sentences_precision_and_recall() -> None:
    """Sentences written blind, by someone who had not read the rules, keep their scores.

    Measured when they were added: persons 0.696 / 0.965 (55 of 79 found, 55 of 57
    expected), roles 0.919 / 0.680 (34 of 37, 34 of 50). Most false persons are
    companies, clubs, places, storms and ships of two capitalised words; most missed
    roles are jobs after "a" or "the" in an apposition ("a nurse", "the goalkeeper").
    """
    scores = _unseen_scores(FRESH)
    for what, (precision, recall) in scores.items():
        print(f"{what}: precision {precision:.3f} recall {recall:.3f}")
    assert len(FRESH) >= 50
    floors = {"persons": (0.68, 0.95), "roles": (0.90, 0.66)}
    for what, (precision, recall) in floors.items():
        assert scores[what][0] >= precision, what
        assert scores[what][1] >= recall, what


class TestSeed:
    """The seed article gives its five people, with roles and countries, and no one else."""

    def test_people(self, seed: Path) -> None:
        got = newsmodel.read(seed, format="text", enrich=["people"]).mentions
        assert {p.name: p.roles for p in got} == {
            name: (role,) for name, role in SEED_PEOPLE.items()
        }

    def test_jsonld_round_trip(self, seed: Path) -> None:
        enriched = newsmodel.read(seed, format="text", enrich=["people"])
        text = newsmodel.write(enriched, "jsonld")
        written = json.loads(text)["mentions"]
        assert [m["@type"] for m in written] == ["Role"] * 5
        assert written[0]["mentions"]["nationality"] == {"@type": "Country", "name": "Syria"}
        again = newsmodel.read(text, format="jsonld")
        assert again.mentions == enriched.mentions

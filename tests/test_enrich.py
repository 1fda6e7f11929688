"""Enrichers: the ``newsmodel.enrichers`` group, ``read(..., enrich=...)``, the CLI option,
and the built-in ``people`` enricher measured on a sentence set and the seed article."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import attrs
import pytest
from people_sentences import CASES
from people_sentences_blind2 import BLIND
from people_sentences_blind3 import BLIND3
from people_sentences_blind4 import BLIND4
from people_sentences_blind5 import BLIND5
from people_sentences_blind6 import BLIND6
from people_sentences_fresh import FRESH
from people_sentences_probe6 import PROBES
from people_sentences_round7 import ROUND7, ROUND7_HELD
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
from newsmodel.enrichers._given_names import _given_names, is_given_name
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

    @pytest.mark.parametrize(
        "text",
        [
            "Aston Villa beat Leeds United at home.",  # clubs
            "Inter Milan drew with Porto.",  # a club's city
            "Cyclone Idai killed hundreds in Mozambique.",  # a storm
            "The tanker Nordic Star was seized in the Gulf.",  # a ship
            "The yacht Lady Anne sank off Malta.",  # a ship, with a courtesy title
            "Hurricane Ian flooded Fort Myers.",  # a storm, a fort's town
            "Human Rights Watch and Thames Water were named.",  # a body's last word
            "Delegates from San Marino and Saint Kitts arrived.",  # saints' places
            "Shops closed for Boxing Day and Easter Sunday.",  # holidays
            "Apex Logistics and Oxfam International signed.",  # a body's last word
            "Acme Lowe's shares rose.",  # a company's possessions
            "Charles Schwab cut its fees.",  # its subject owns with "its"
            "Brown Harris and Ernst & Young declined to comment.",  # beside an "&"
            "Travellers at Charles de Gaulle airport waited.",  # a place named after someone
            "Wells Fargo branches closed early.",  # a company's branches
            "The carrier USS Abraham Lincoln arrived.",  # a ship's prefix
        ],
    )
    def test_things_named_like_people(self, text: str) -> None:
        assert enricher.enrich(article(text)).mentions == ()

    @pytest.mark.parametrize(
        ("text", "person", "role"),
        [
            ("Minnie Driver, the actress, arrived.", "Minnie Driver", "actress"),
            ("Jorge Mendes, 56, a football agent, spoke.", "Jorge Mendes", "football agent"),
            ("The singer Ana Moura sang.", "Ana Moura", "singer"),
            ("The doctor, Amir Haddad, said so.", "Amir Haddad", "doctor"),
            ("A spokesman for the ministry, Omar Saleh, said so.", "Omar Saleh", "spokesman"),
            ("Rear Admiral Lisa Franchetti spoke.", "Lisa Franchetti", "Rear Admiral"),
            ("Assemblyman Joe Lentol spoke.", "Joe Lentol", "Assemblyman"),
            ("Sarah Connor was named head coach of the team.", "Sarah Connor", "head coach"),
            (
                "It named Paul Chen its new chief financial officer.",
                "Paul Chen",
                "chief financial officer",
            ),
            ("The head of Nordvik Shipping, Ola Berg, left.", "Ola Berg", "head"),
        ],
    )
    def test_jobs_ranks_and_appointments(self, text: str, person: str, role: str) -> None:
        found = {
            p.name: [r.name for r in p.roles] for p in enricher.enrich(article(text)).mentions
        }
        assert found == {person: [role]}

    @pytest.mark.parametrize(
        ("text", "people"),
        [
            # courtesy titles are no part of the name; a religious title is a role too
            ("Sister Bernadette Rourke, a nun, died.", {"Bernadette Rourke": ("nun",)}),
            ("Rabbi Yosef Ben-Ami spoke.", {"Yosef Ben-Ami": ("Rabbi",)}),
            ("Professor Jane Doe led the study.", {"Jane Doe": ()}),
            # jobs outside the vocabulary, shaped like one, after "a" or "the"
            ("The ventriloquist Ada Brook sang.", {"Ada Brook": ("ventriloquist",)}),
            ("Ada Brook, a sommelier, left.", {"Ada Brook": ("sommelier",)}),
            ("Ana Silva, a 34-year-old teacher, left.", {"Ana Silva": ("teacher",)}),
            ("Mark Twain, the Oscar-winning director, left.", {"Mark Twain": ("director",)}),
            # when or how an office is held is no part of its name
            ("Tom Hale, the former chairman, left.", {"Tom Hale": ("chairman",)}),
            ("Acting Prime Minister Ola Dahl left.", {"Ola Dahl": ("Prime Minister",)}),
            ("Tim Cole, then chief executive of Acme, left.", {"Tim Cole": ("chief executive",)}),
            # the field a lower-case office is held in is
            (
                "The Greek migration minister, Nikos Pappas, left.",
                {"Nikos Pappas": ("migration minister",)},
            ),
            (
                "It was led by station commander Aoife Kane.",
                {"Aoife Kane": ("station commander",)},
            ),
            (
                "Ines Faro, the chief medical officer, left.",
                {"Ines Faro": ("chief medical officer",)},
            ),
            ("Her chief of staff, Dec Furlong, left.", {"Dec Furlong": ("chief of staff",)}),
            (
                "Jo Kim, chairman of the Kisumu fishing cooperative, left.",
                {"Jo Kim": ("chairman",)},
            ),
            # two offices of one person
            (
                "The company's founder and chief executive, Rui Costa, left.",
                {"Rui Costa": ("founder", "chief executive")},
            ),
            # an apposition ending the sentence, or after "a"
            ("They met the organiser, Delia Fontenot.", {"Delia Fontenot": ("organiser",)}),
            ("He thanked a teacher, Hui Min Tan.", {"Hui Min Tan": ("teacher",)}),
            # family and other descriptions are no job; nor is a name a verb follows
            ("Leila Amin, a witness, left.", {"Leila Amin": ()}),
            ("Maria Lopez, a mother of three, left.", {"Maria Lopez": ()}),
            ("Jo Kim, a volunteer, left.", {"Jo Kim": ()}),
            ("He met the minister, Ahmed Karimi said.", {"Ahmed Karimi": ()}),
            ("It was tipped over the bar by goalkeeper Ruud Vos.", {"Ruud Vos": ("goalkeeper",)}),
        ],
    )
    def test_titles_jobs_and_complete_offices(
        self, text: str, people: dict[str, tuple[str, ...]]
    ) -> None:
        got = enricher.enrich(article(text)).mentions
        assert {p.name: tuple(r.name for r in p.roles) for p in got} == people

    @pytest.mark.parametrize(
        ("text", "people"),
        [
            # a job with a capital before a name is the role, not the name's first word
            ("Striker Lucia Ferrante scored.", {"Lucia Ferrante": ("Striker",)}),
            ("Nurse practitioner Ada Kell left.", {"Ada Kell": ("Nurse practitioner",)}),
            ("Joe Baker left.", {"Joe Baker": ()}),
            # a lone given name after someone's family word, and one listed with it
            ("Ada Kell and her husband, Sipho, left.", {"Ada Kell": (), "Sipho": ()}),
            ("Her brother-in-law, Yusuf, left.", {"Yusuf": ()}),
            # a person joined by "and" to a club is still a person
            ("Barcelona and Lionel Messi parted ways.", {"Lionel Messi": ()}),
            (
                "His wife Grace and their sons, Tom and Sam, left.",
                dict.fromkeys(("Grace", "Tom", "Sam"), ()),
            ),
            # every role of one person: a title, an apposition before it or after the name
            (
                "Major General Ivo Senn, a spokesman for the army, left.",
                {"Ivo Senn": ("Major General", "spokesman")},
            ),
            ("The pilot, Captain Rui Lobo, left.", {"Rui Lobo": ("pilot", "Captain")}),
            ("The driver, Mr Okafor, left.", {"Okafor": ("driver",)}),
            ("Air Chief Marshal Sir Ian Roe left.", {"Ian Roe": ("Air Chief Marshal",)}),
            (
                "Lina Haddad, the former Lebanon captain, was appointed coach.",
                {"Lina Haddad": ("captain", "coach")},
            ),
            ("Pia Lund, twice a champion, now works as a pundit.", {"Pia Lund": ("pundit",)}),
            # a courtesy title yields to an office
            ("Sheikh Saad Al Ali, the chairman, left.", {"Saad Al Ali": ("chairman",)}),
            ("Sheikh Saad Al Ali left.", {"Saad Al Ali": ("Sheikh",)}),
        ],
    )
    def test_jobs_with_a_capital_families_and_second_roles(
        self, text: str, people: dict[str, tuple[str, ...]]
    ) -> None:
        got = enricher.enrich(article(text)).mentions
        assert {p.name: tuple(r.name for r in p.roles) for p in got} == people

    @pytest.mark.parametrize(
        "text",
        [
            "Glenavon Swifts beat Dungannon Rovers 2-0.",  # a club's opponent
            "Accra Hearts of Oak drew 1-1 with Asante Kotoko.",  # "of" in a club's name
            "She won the Ostrander Award in 2019.",  # a prize
            "Trains are run by Northern Rail and TransPennine Express.",  # a company's ending
        ],
    )
    def test_clubs_prizes_and_companies(self, text: str) -> None:
        assert enricher.enrich(article(text)).mentions == ()

    def test_an_office_holder_is_no_company(self) -> None:
        got = enricher.enrich(article("President Lina Moravec said its budget was late."))
        assert [p.name for p in got.mentions] == ["Lina Moravec"]

    def test_a_job_word_with_a_capital_is_a_surname(self) -> None:
        got = enricher.enrich(article("Gary Player and John Ford won.")).mentions
        assert [(p.name, p.roles) for p in got] == [("Gary Player", ()), ("John Ford", ())]

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


def _people(text: str) -> dict[str, tuple[str, ...]]:
    got = enricher.enrich(article(text)).mentions
    return {p.name: tuple(r.name for r in p.roles) for p in got}


class TestPlacesNamedLikePeople:
    """Streets, open spaces, buildings, institutions, honours and events are no one."""

    @pytest.mark.parametrize(
        "text",
        [
            "A van hit a wall on Juniper Avenue.",  # a street
            "The choir of Dunmore Abbey sang.",  # a building
            "Pupils from Castleford Academy won.",  # a school
            "Doctors at Hazelwood Infirmary left.",  # a hospital
            "She was honoured in the New Year Honours.",  # an honour
            "The Pemberton Festival was cancelled.",  # an event
            "Teachers at Ivybridge Primary left.",  # a school, by its last word
            "The fire started near Ashby Grove.",  # a surname too, after "near"
            "A bench on Rectory Green was broken.",  # a surname too, after "on"
        ],
    )
    def test_landmarks_are_no_one(self, text: str) -> None:
        assert _people(text) == {}

    def test_a_surname_that_names_places_is_a_person_elsewhere(self) -> None:
        assert _people("Jerry Hall and Vera Green left.") == {"Jerry Hall": (), "Vera Green": ()}


class TestPeopleNamedByOneWord:
    """A given name or a surname alone is a person where the sentence puts a person."""

    @pytest.mark.parametrize(
        ("text", "people"),
        [
            ("Marek, 41, a roofer, fell.", {"Marek": ("roofer",)}),
            ("Ines, a 9-year-old from Faro, sang.", {"Ines": ()}),
            ("The jury heard that Brannigan, a plumber, had left.", {"Brannigan": ("plumber",)}),
            ("Officers told Cathal he was free.", {"Cathal": ()}),
            ("Her family described Niamh as brave.", {"Niamh": ()}),
            ("Police charged Okonkwo with theft.", {"Okonkwo": ()}),
            ("Later Brannigan said he had left.", {"Brannigan": ()}),
        ],
    )
    def test_where_a_person_stands(self, text: str, people: dict[str, tuple[str, ...]]) -> None:
        assert _people(text) == people

    @pytest.mark.parametrize(
        "text",
        [
            "Tesco, the retailer, said its profits fell.",  # a firm's job
            "Earlier, a woman was hurt.",  # an adverb, then a clause
            "Judges told Microsoft to pay.",  # "told X to" is said of firms too
            "Kent, a county of farms, voted.",  # no person noun
        ],
    )
    def test_elsewhere_a_lone_word_is_no_one(self, text: str) -> None:
        assert _people(text) == {}


class TestTitlesBeforeNames:
    """A rank at a sentence's start and a particle after a courtesy title belong to it."""

    @pytest.mark.parametrize(
        ("text", "people"),
        [
            ("Private Owen Lusk was hurt.", {"Owen Lusk": ("Private",)}),
            ("Lance Corporal Ada Voss left.", {"Ada Voss": ("Lance Corporal",)}),
            ("Lance Armstrong left.", {"Lance Armstrong": ()}),
            ("Mr van den Broek left.", {"van den Broek": ()}),
            ("Dr de la Vega, a surgeon, left.", {"de la Vega": ("surgeon",)}),
        ],
    )
    def test_titles(self, text: str, people: dict[str, tuple[str, ...]]) -> None:
        assert _people(text) == people

    def test_a_private_citizen_holds_no_rank(self) -> None:
        assert _people("Ada Voss, a private citizen, left.") == {"Ada Voss": ()}


class TestRoleNames:
    """A role is the job as written, with the words that make it a different job, without
    the party of its holder or the body it is held in."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("Rally driver Ana Sousa left.", "Rally driver"),
            ("Ana Sousa, a nursery school teacher, left.", "nursery school teacher"),
            ("Ana Sousa, a dinner lady, left.", "dinner lady"),
            ("Ana Sousa, the singer-songwriter, left.", "singer-songwriter"),
            ("Conservative councillor Ana Sousa left.", "councillor"),
            ("Labour councillor Ana Sousa left.", "councillor"),
            ("Labour Minister Ana Sousa left.", "Labour Minister"),
            ("District council leader Ana Sousa left.", "leader"),
            ("Ana Sousa, a football club chairman, left.", "chairman"),
            ("Green Party MP Ana Sousa left.", "MP"),
            ("Ana Sousa, a GP in Leeds, left.", "GP"),
        ],
    )
    def test_role_names(self, text: str, role: str) -> None:
        assert _people(text) == {"Ana Sousa": (role,)}

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("The nurse who met him, Ana Sousa, left.", "nurse"),
            ("The envoy to the Sahel, Ana Sousa, left.", "envoy"),
            ("The MP for Ely, Ana Sousa, left.", "MP"),
            ("Ana Sousa, a diver missing since May, was found.", "diver"),
            ("Ana Sousa, the Chief of the Defence Staff, left.", "Chief of the Defence Staff"),
            (
                "Ana Sousa, the Secretary of State for Justice, left.",
                "Secretary of State for Justice",
            ),
        ],
    )
    def test_offices_in_relative_clauses_and_appositions(self, text: str, role: str) -> None:
        assert _people(text) == {"Ana Sousa": (role,)}

    def test_a_company_before_an_office_is_left_out(self) -> None:
        assert _people("Acme chief executive Ana Sousa left.") == {
            "Ana Sousa": ("chief executive",)
        }


class TestGivenNames:
    """A name of two words that opens with no given name is a person only where the
    sentence says so."""

    def test_the_list_ships_and_ignores_case_and_accents(self) -> None:
        assert (files("newsmodel") / "data" / "given_names.txt").is_file()
        assert len(_given_names()) > 5000
        assert all(map(is_given_name, ["Siobhán", "SIOBHAN", "Jean-Luc", "Łukasz", "Nguyen"]))
        assert not is_given_name("Lancashire")

    @pytest.mark.parametrize(
        "text",
        [
            "The bus from Novi Sad was late.",  # a city
            "Delays hit Brackwell Sidings on Monday.",  # a place no head word names
            "Shares in Hargreaves Lansdown fell.",  # a firm
            "Hargreaves Lansdown said it would pay.",  # a firm speaks of itself as "it"
            "Crews from Cheshire Fire were called.",  # a body
            "They met at Brackwell Sidings, his home town.",  # "his" in an apposition
        ],
    )
    def test_places_bodies_and_firms(self, text: str) -> None:
        assert _people(text) == {}

    @pytest.mark.parametrize(
        "text",
        [
            "Tuvshin Batbayar said he would stay.",
            "Tuvshin Batbayar, 34, was hurt.",
            "Her husband, Tuvshin Batbayar, left.",
            "The defendant, Tuvshin Batbayar, denied it.",
            "Tuvshin Batbayar died on Monday.",
            "Tuvshin Batbayar was arrested.",
            "Police told Tuvshin Batbayar he was free.",
            "Tuvshin Batbayar and his wife left.",
        ],
    )
    def test_an_unknown_given_name_where_a_person_stands(self, text: str) -> None:
        assert _people(text) == {"Tuvshin Batbayar": ()}

    def test_a_relative_vouches_for_a_surname(self) -> None:
        assert _people("Tuvshin Batbayar and Mirela Batbayar left.") == {
            "Tuvshin Batbayar": (),
            "Mirela Batbayar": (),
        }


class TestOfficesWhole:
    """An office of several words before a name is whole, with its rank, "Lord" or
    field; one held under someone ("her deputy") is the office."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("Second Lieutenant Ana Sousa left.", "Second Lieutenant"),
            ("First Minister Ana Sousa left.", "First Minister"),
            ("Ana Sousa, the city's Lord Mayor, left.", "Lord Mayor"),
            ("Lord Mayor Ana Sousa left.", "Lord Mayor"),
            ("The club's head of music, Ana Sousa, left.", "head of music"),
            ("Ana Sousa, director of sport at the club, left.", "director of sport"),
            ("Her deputy, Ana Sousa, left.", "deputy"),
            ("Able Seaman Ana Sousa left.", "Able Seaman"),
            ("Leading Seaman Ana Sousa left.", "Leading Seaman"),
            ("Colour Sergeant Ana Sousa left.", "Colour Sergeant"),
            ("Sub-Lieutenant Ana Sousa left.", "Sub-Lieutenant"),
            ("Team Principal Ana Sousa left.", "Team Principal"),
            ("Archdeacon Ana Sousa left.", "Archdeacon"),
            ("The club's kit man, Ana Sousa, left.", "kit man"),
            ("The company's new boss, Ana Sousa, left.", "boss"),
            ("Her understudy, Ana Sousa, left.", "understudy"),
            ("The club's Director of Football, Ana Sousa, left.", "Director of Football"),
            ("Research Fellow Ana Sousa left.", "Research Fellow"),
            ("His fellow officer, Ana Sousa, left.", "officer"),
        ],
    )
    def test_offices(self, text: str, role: str) -> None:
        assert _people(text) == {"Ana Sousa": (role,)}


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


# Each set of sentences the rules were not written on, with the least it holds and the
# floors it keeps (persons, then (person, complete role name): precision, recall). Sets
# written blind were measured once, unseen, before a round was tuned on them; the
# comments keep those figures, and docs/enrichers.rst the whole table.
UNSEEN_SETS = [
    # HELD_OUT, before the rules changed: persons 0.941 / 0.941, roles 1.000 / 0.621;
    # measured: persons 0.944 / 1.000, roles 1.000 / 1.000; after the seventh round (the
    # given names drop "Goldman Sachs"): persons 0.971 / 1.000
    pytest.param(HELD_OUT, 30, {"persons": (0.97, 0.97), "roles": (0.97, 0.97)}, id="held-out"),
    # TUNING, before: persons 0.920 / 0.852, roles 0.867 / 0.565; measured: all 1.000
    pytest.param(TUNING, 30, {"persons": (0.97, 0.97), "roles": (0.97, 0.97)}, id="tuning"),
    # FRESH, blind, after the first round: persons 0.696 / 0.965 (55 of 79 found, 55 of
    # 57 expected), roles 0.919 / 0.680 (34 of 37, 34 of 50): companies, clubs, places,
    # storms and ships of two capitalised words; jobs in an apposition ("a nurse"). Tuned
    # on in the second round: all 1.000.
    pytest.param(FRESH, 50, {"persons": (0.97, 0.97), "roles": (0.97, 0.97)}, id="fresh"),
    # BLIND2, blind, after the third round: persons 0.946 / 0.981 (105 of 111, 105 of
    # 107), roles 0.893 / 0.705 (67 of 75, 67 of 95): titles glued to names ("Sister …"),
    # jobs outside the words ("a cardiologist"), "former …". Tuned on in the fourth: 1.000.
    pytest.param(BLIND, 70, {"persons": (0.98, 0.98), "roles": (0.98, 0.98)}, id="blind2"),
    # BLIND3, blind, after the fourth round: persons 0.931 / 0.939 (108 of 116, 108 of
    # 115), roles 0.989 / 0.844 (92 of 93, 92 of 109): capitalised jobs before a name
    # ("Goalkeeper …"), clubs, a prize, lone first names after a family word, second
    # roles. Tuned on in the fifth: 1.000.
    pytest.param(BLIND3, 80, {"persons": (0.98, 0.98), "roles": (0.98, 0.98)}, id="blind3"),
    # BLIND4, blind, after the fifth round: persons 0.938 / 0.955 (150 of 160, 150 of
    # 157), roles 0.931 / 0.850 (108 of 116, 108 of 127): places and landmarks ("Mill
    # Lane"), lone names, party and body words before offices, two-word jobs. Tuned on in
    # the sixth: persons 1.000 / 1.000, roles 0.992 / 1.000 (a counterpart given the
    # other's office, which the seed article's reading needs).
    pytest.param(BLIND4, 110, {"persons": (0.98, 0.98), "roles": (0.98, 0.98)}, id="blind4"),
    # PROBES, written before the sixth round: persons 0.633 / 0.679, roles 0.545 / 0.286;
    # after it: persons 0.966 / 1.000 (a city, "Novi Sad"), roles 1.000 / 1.000; after
    # the seventh: all 1.000.
    pytest.param(PROBES, 40, {"persons": (0.98, 0.98), "roles": (0.98, 0.98)}, id="probes6"),
    # BLIND5 (236, a third with places, buildings, bodies and firms named like people),
    # blind, after the sixth round: persons 0.879 / 0.944 (204 of 232, 204 of 216), roles
    # 0.950 / 0.835 (152 of 160, 152 of 182): two-word places, bodies and firms no list
    # holds ("Selly Oak", "Merseyside Police"), titles kept on names ("Able Seaman …").
    # Not tuned on: measured again, once, after the seventh round (a given-name list as
    # evidence, offices of several words): persons 0.958 / 0.949 (205 of 214, 205 of
    # 216), roles 0.975 / 0.874 (159 of 163, 159 of 182).
    pytest.param(BLIND5, 150, {"persons": (0.95, 0.94), "roles": (0.97, 0.87)}, id="blind5"),
    # ROUND7, written before the seventh round (two-word places, bodies and firms, offices
    # of several words or through a possessive): persons 0.721 / 1.000, roles 0.923 / 0.889;
    # tuned on in it: persons 0.969 / 1.000 (a city, "Hai Phong", opens with a given
    # name), roles 1.000 / 1.000.
    pytest.param(ROUND7, 40, {"persons": (0.96, 0.98), "roles": (0.98, 0.98)}, id="round7"),
    # ROUND7_HELD, written with ROUND7 and only measured, once before the seventh round:
    # persons 0.725 / 0.967 (29 of 40, 29 of 30), roles 0.900 / 0.720 (18 of 20, 18 of
    # 25); and once after it: persons 0.935 / 0.967 (29 of 31, 29 of 30), roles 1.000 /
    # 0.880 (22 of 22, 22 of 25): a place opening with a given name ("Crystal Peaks"),
    # "Sgt" before a name, "postmistress", "the students' union president".
    pytest.param(
        ROUND7_HELD, 40, {"persons": (0.93, 0.96), "roles": (0.98, 0.87)}, id="round7-held"
    ),
    # BLIND6 (343, four in five naming places, buildings, bodies, firms, ships or prizes
    # named like people), written blind while the seventh round was made; measured once
    # before it: persons 0.779 / 0.948, roles 0.921 / 0.811; and once after it: persons
    # 0.898 / 0.951 (272 of 303, 272 of 286), roles 0.936 / 0.842: abbreviated ranks and
    # titles kept on names ("Cllr", "Det Insp", "Supt"), firms and brands opening with a
    # given name ("John Lewis", "Fred Perry"), two-word places ("Quang Ngai").
    pytest.param(BLIND6, 200, {"persons": (0.89, 0.945), "roles": (0.93, 0.835)}, id="blind6"),
]


@pytest.mark.parametrize(("cases", "least", "floors"), UNSEEN_SETS)
def test_unseen_sentences_precision_and_recall(
    cases: list[Case], least: int, floors: dict[str, tuple[float, float]]
) -> None:
    """Sentences the rules were not written on keep their precision and recall."""
    scores = _unseen_scores(cases)
    for what, (precision, recall) in scores.items():
        print(f"{what}: precision {precision:.3f} recall {recall:.3f}")
    assert len(cases) >= least
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

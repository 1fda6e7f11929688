"""The word lists the people enricher decides with: nationalities, titles, and words that
are never part of a person's name."""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATED_MODIFIERS",
    "ABBREVIATED_TITLES",
    "BODY_WORDS",
    "CAPITAL_TITLES",
    "COUNTRIES",
    "HONORIFICS",
    "KIN",
    "NATIONALITIES",
    "NOT_NAMES",
    "ORGANIZATION_WORDS",
    "PARTICLES",
    "PARTICLE_PREFIX",
    "PARTY_WORDS",
    "PLACES",
    "RANK_MODIFIERS",
    "REGNAL_TITLES",
    "TITLES",
    "TITLE_MODIFIERS",
    "UNSAID_WORDS",
    "is_particle",
    "is_title",
]

#: Nationality adjectives and the country each names, by its English short name.
NATIONALITIES: dict[str, str] = {
    "Afghan": "Afghanistan",
    "Algerian": "Algeria",
    "American": "United States",
    "Argentine": "Argentina",
    "Australian": "Australia",
    "Austrian": "Austria",
    "Belgian": "Belgium",
    "Brazilian": "Brazil",
    "British": "United Kingdom",
    "Canadian": "Canada",
    "Chinese": "China",
    "Dutch": "Netherlands",
    "Egyptian": "Egypt",
    "Emirati": "United Arab Emirates",
    "French": "France",
    "German": "Germany",
    "Greek": "Greece",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Irish": "Ireland",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Japanese": "Japan",
    "Jordanian": "Jordan",
    "Kenyan": "Kenya",
    "Kuwaiti": "Kuwait",
    "Lebanese": "Lebanon",
    "Libyan": "Libya",
    "Mexican": "Mexico",
    "Moroccan": "Morocco",
    "Nigerian": "Nigeria",
    "Norwegian": "Norway",
    "Pakistani": "Pakistan",
    "Palestinian": "Palestine",
    "Polish": "Poland",
    "Portuguese": "Portugal",
    "Qatari": "Qatar",
    "Russian": "Russia",
    "Saudi": "Saudi Arabia",
    "South African": "South Africa",
    "South Korean": "South Korea",
    "Spanish": "Spain",
    "Sudanese": "Sudan",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
    "Syrian": "Syria",
    "Tunisian": "Tunisia",
    "Turkish": "Turkey",
    "Ukrainian": "Ukraine",
    "US": "United States",
    "U.S.": "United States",
    "Yemeni": "Yemen",
}

#: Country names, including a few short forms news copy uses.
COUNTRIES: frozenset[str] = frozenset(
    {
        *NATIONALITIES.values(),
        *"""
        Britain UK U.S. US USA America Emirates England Scotland Wales Albania Angola
        Armenia Azerbaijan Bahrain Bangladesh Belarus Bolivia Bulgaria Cambodia Cameroon
        Chile Colombia Croatia Cuba Cyprus Denmark Ecuador Estonia Ethiopia Finland
        Georgia Ghana Guatemala Haiti Honduras Hungary Iceland Kazakhstan Latvia
        Lithuania Luxembourg Malaysia Mali Malta Moldova Mongolia Myanmar Nepal
        Nicaragua Niger Oman Panama Paraguay Peru Philippines Romania Rwanda Senegal
        Serbia Singapore Slovakia Slovenia Somalia Taiwan Tanzania Thailand Uganda
        Uruguay Uzbekistan Venezuela Vietnam Zambia Zimbabwe
        """.split(),
    }
)

#: Words that head a role phrase ("Minister", "spokesman"), compared in lower case.
TITLES: frozenset[str] = frozenset(
    """
    president minister premier chancellor secretary ambassador envoy spokesman spokeswoman
    spokesperson governor mayor senator congressman congresswoman lawmaker chairman
    chairwoman chair director commander general admiral colonel major captain lieutenant
    king queen prince princess emir sheikh sultan pope speaker chief ceo executive officer
    adviser advisor coach manager judge prosecutor mufti imam bishop archbishop cardinal
    patriarch ayatollah leader head diplomat negotiator attorney-general mediator
    deputy lawyer attorney solicitor barrister counsel aide official commissioner
    councillor councilor sheriff inspector superintendent treasurer consul ombudsman
    founder editor correspondent economist analyst justice representative marshal
    brigadier sergeant corporal commodore assemblyman rabbi pastor reverend rev revd
    editor-in-chief commander-in-chief
    assemblywoman councilman councilwoman alderman taoiseach tanaiste tánaiste
    mp mep msp mla gp provost principal archdeacon midshipman mayoress
    """.split()
)

#: Parties and sides a councillor or a member belongs to, left out of the office's name
#: ("Labour councillor" holds the office "councillor"); before a minister "Labour" is a
#: portfolio and stays.
PARTY_WORDS: frozenset[str] = frozenset(
    """
    labour conservative tory liberal democrat democratic republican green independent
    socialist communist nationalist unionist centrist opposition-party reform
    """.split()
)

#: Bodies an office is held in, left out of its name with the words before them:
#: "Parish council chairman" holds the office "chairman".
BODY_WORDS: frozenset[str] = frozenset(
    """
    council office agency party committee board ministry commission authority
    department federation association union trust foundation company corporation firm
    group club inquiry panel review
    """.split()
)

#: Words that may stand before a title inside a role phrase ("Deputy", "Foreign", "top").
TITLE_MODIFIERS: frozenset[str] = frozenset(
    """
    deputy vice assistant acting interim former prime foreign defense defence interior
    finance economy sports health justice trade energy oil education culture information
    transport agriculture labour labor tourism environment top senior chief lead head
    general supreme crown military army navy air force national security state special
    managing executive attorney opposition party central bank home police fire
    financial operating technology commerce industry science housing communications
    press public intelligence development planning water treasury homeland budget
    immigration climate youth digital affairs rear wing squadron field warrant staff
    detective retired cabinet shadow sub team football rugby cricket sport operations
    marketing nursing research high
    """.split()
)

#: Words before an office that say when or how it is held, or describe its holder, and
#: are left out of the role's name: "the former chairman" holds the office "chairman".
UNSAID_WORDS: frozenset[str] = frozenset(
    """
    former retired then new acting interim outgoing incoming late ex one-time onetime
    local veteran prominent leading renowned famous celebrated respected well-known
    award-winning longtime long-time long-serving young elderly experienced popular
    outspoken influential little-known star fellow
    """.split()
)

#: Courtesy titles: they mark a name but are not roles ("Sister" and "Father" are kin
#: words too; "Rabbi", "Imam" are offices, in ``TITLES``).
HONORIFICS: frozenset[str] = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady sister father brother fr".split()
)

#: Titles a given name alone follows, as the name its holder reigns or is known by: "King
#: Charles", "Prince Harry", "Pope Francis".
REGNAL_TITLES: frozenset[str] = frozenset(
    "king queen prince princess pope emperor empress sultan emir".split()
)

#: Family words: a lone given name after one is a person ("her husband, Sipho").
KIN: frozenset[str] = frozenset(
    """
    husband wife son daughter brother sister father mother partner widow widower
    grandson granddaughter grandfather grandmother uncle aunt nephew niece cousin
    fiance fiancee fiancé fiancée boyfriend girlfriend stepson stepdaughter stepfather
    stepmother twin sons daughters brothers sisters children child baby
    """.split()
)

#: Lower-case-able particles inside Arabic, Dutch, German, Welsh... names ("Abu", "bin",
#: "van", "ap").
PARTICLES: frozenset[str] = frozenset(
    "abu abou al el bin ben ibn bint de del della di da dos van von der den le la ap ab".split()
)

#: Particles written joined to the name by a hyphen: "al-Assad", "El-Sisi", "ash-Shami".
PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar)-", re.IGNORECASE)

#: Words that make a capitalised run an organisation, an event or a place, not a person.
ORGANIZATION_WORDS: frozenset[str] = frozenset(
    """
    ministry agency council party union nations committee court parliament assembly
    organization organisation institute university college school group league federation
    association office department embassy government army forces navy company corporation
    corp inc ltd bank fund authority commission times post news press reuters agence
    airlines airways club foundation front movement brigade brigades corps guard house
    senate congress cabinet presidency kremlin palace command centre center hospital
    program programme summit conference games cup championship olympics war accord
    agreement treaty festival portal articles reply motor motors museum gallery
    library stadium mosque cathedral station hotel market exchange prison network
    television radio channel broadcasting holdings partners industries systems
    technologies pharmaceuticals society academy board tribunal trust services media
    journal herald tribune gazette institution clinic mount police constabulary
    magistrates rescue
    street square road avenue river sea gulf ocean mountains mountain province region
    county city district island islands airport port bay valley desert lake east west
    north south middle
    """.split()
)

#: Cities and regions news copy names often, which are never people.
PLACES: frozenset[str] = frozenset(
    """
    damascus moscow aleppo homs latakia idlib beirut baghdad cairo amman riyadh doha
    tehran ankara istanbul jerusalem gaza washington london paris berlin brussels geneva
    kyiv kiev beijing tokyo delhi algiers tunis rabat tripoli khartoum nairobi
    new york europe asia africa
    """.split()
)

#: Capitalised words that are never part of a name: months, weekdays, pronouns and the
#: words a sentence or a heading often starts with.
NOT_NAMES: frozenset[str] = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    the a an this that these those he she it they we i you his her its their our my your
    in on at by for with from to of and but or as after before during since while when
    where why how what who which whose if then there here throughout according also
    however meanwhile despite although though because until under over about against
    more most many some all both each other another such no not yes mr mrs ms dr
    god islam muslim muslims christian arab arabs kurdish sunni shia western eastern
    later earlier afterwards elsewhere instead overall nonetheless nevertheless moreover
    furthermore likewise otherwise anyway still now once again soon
    """.split()
)


#: Ranks that are common words in lower case ("a private company"): titles only when
#: written with a capital, before a name ("Private Jamie Ferguson").
CAPITAL_TITLES: frozenset[str] = frozenset(
    """
    Private Trooper Gunner Sapper Rifleman Guardsman Fusilier Airman Aircraftman Bombardier
    Seaman Canon Matron Fellow Recorder
    """.split()
)

#: Ranks and offices written short before a name, as British copy writes them ("Cllr",
#: "Supt", "Sgt", "PC", "DC", "MS" for a member of the Senedd), compared as written: in
#: lower case or mixed otherwise, several are other words ("Ms", "col", "gen").
ABBREVIATED_TITLES: frozenset[str] = frozenset(
    """
    Cllr Insp Supt Sgt Lt Col Gen Maj Capt Cpl Bdr Pte Revd Cdr Cmdr Adm Ldr Gov Sen Rep
    Pres Brig Cst PC DC DS DI DCI DCS DSU PCSO WPC MS AM
    """.split()
)

#: Abbreviations that open such a rank and belong to it: "Det Insp", "Ch Supt", "Sqn
#: Ldr", "Flt Lt", "Wg Cdr".
ABBREVIATED_MODIFIERS: frozenset[str] = frozenset("Det Ch Sqn Flt Wg Dep Asst".split())

#: Words before a rank or an office that belong to it, and to no name, when written with
#: a capital ("Lance Corporal", "Able Seaman", "Group Captain", "Lord Mayor"), so
#: left out of ``TITLE_MODIFIERS``, which trim names ("Lance Armstrong").
RANK_MODIFIERS: frozenset[str] = frozenset(
    """
    lance petty flight flying master first second able leading group station watch colour
    color pipe drum lord lady company regimental battery
    """.split()
)


def is_particle(word: str) -> bool:
    """Whether ``word`` is a particle of a name, alone ("van", "bin") or hyphenated to it
    ("al-Assad")."""
    # The prefix's hyphen is its third or fourth letter: most words need no regex.
    return word.lower() in PARTICLES or ("-" in word[2:4] and bool(PARTICLE_PREFIX.match(word)))


def is_title(word: str) -> bool:
    """Whether ``word`` heads a role phrase, a hyphenated one included ("Secretary-General",
    "Vice-President")."""
    lower = word.lower()
    if lower in TITLES or word in CAPITAL_TITLES or word in ABBREVIATED_TITLES:
        return True
    *first, last = lower.split("-")
    return (
        bool(first) and last in TITLES and all(part in TITLE_MODIFIERS | TITLES for part in first)
    )

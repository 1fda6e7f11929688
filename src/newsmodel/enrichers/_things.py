"""Words that mark a capitalised run as a thing named like a person: a club, a storm, a
ship, a saint's place, a holiday, a company or a body.

Each group is a small closed vocabulary, compared in lower case; no particular person or
company is listed.
"""

from __future__ import annotations

__all__ = [
    "BODY_ENDINGS",
    "CITIES",
    "CLUB_WORDS",
    "COMPANY_NOUNS",
    "HOLIDAYS",
    "MATCH_WORDS",
    "NAMED_AFTER_NOUNS",
    "PLACE_STARTS",
    "SHIP_WORDS",
    "STORM_WORDS",
]

#: Words a football or sports club's name is made of ("Real", "United", "FC").
CLUB_WORDS: frozenset[str] = frozenset(
    """
    fc cf afc sc ac as real atletico athletic united city rovers wanderers hotspur
    borussia olympique olympiacos sporting dynamo dinamo racing inter lazio celtic rangers
    ajax bayern eintracht juventus villa albion town hearts stars eagles lions tigers
    bulls bears giants sharks raiders pirates panthers hawks falcons dolphins spurs
    chiefs swallows arrows
    """.split()
)

#: Large cities that name clubs, companies and places more often than people; cities that
#: are also common given names or surnames ("Florence", "Lincoln") are left out.
CITIES: frozenset[str] = frozenset(
    """
    madrid barcelona seville valencia bilbao lisbon porto munich dortmund frankfurt
    hamburg cologne leipzig stuttgart milan turin rome naples marseille lyon monaco
    amsterdam rotterdam eindhoven manchester liverpool glasgow dublin vienna prague
    warsaw budapest athens oslo stockholm copenhagen helsinki zurich basel
    """.split()
)

#: Words before a storm's given name ("Storm Agnes", "Hurricane Delphine").
STORM_WORDS: frozenset[str] = frozenset("storm hurricane typhoon cyclone tropical tornado".split())

#: Words after which a capitalised run is a vessel's name ("the ferry Santa Lucia").
SHIP_WORDS: frozenset[str] = frozenset(
    """
    ship ferry vessel tanker yacht freighter carrier frigate destroyer submarine
    cruiser liner trawler boat barge warship schooner uss hms hmas rms mv
    """.split()
)

#: A run starting with one of these is a place, a church or a ship ("San Marino",
#: "Fort Myers").
PLACE_STARTS: frozenset[str] = frozenset("saint san santa santo sao são st ste fort cape".split())

#: Feasts and holidays: "Christmas Day", "Easter Monday" are days, not people.
HOLIDAYS: frozenset[str] = frozenset(
    """
    christmas easter ramadan eid diwali hanukkah passover thanksgiving halloween
    pentecost advent lent boxing
    """.split()
)

#: Last words of a company's or a body's name ("Amnesty International", "Kano State",
#: "Capitol Hill"); a person's surname is almost never one of them.
BODY_ENDINGS: frozenset[str] = frozenset(
    """
    international shipping logistics state hill heights borders worldwide global
    capital airlines energy petroleum steel telecom mining foods brands holdings
    insurance securities investments motors pharma labs foundation trust watch water
    rail railways electric bridge express airways ferries buses lines prize prizes
    award awards medal trophy cup shield brothers
    """.split()
)

#: Words that set two sides against each other: when one side is a club, so is the
#: other ("Accra Hearts of Oak beat Asante Kotoko").
MATCH_WORDS: frozenset[str] = frozenset(
    """
    beat beats defeated defeat against versus vs v drew draws played plays face faces
    faced host hosts hosted edged thrashed overcame lost
    """.split()
)

#: Nouns that, after a name's possessive, say it is a company ("Acme Lowe's shares").
COMPANY_NOUNS: frozenset[str] = frozenset(
    """
    shares stock profit profits revenue revenues earnings sales stores customers
    shareholders forecast forecasts dividend subsidiary branches
    """.split()
)

#: Lower-case nouns that, right after a name, make it the name of a place, a building,
#: a prize or a company's parts: "Charles de Gaulle airport", "Wells Fargo branches".
NAMED_AFTER_NOUNS: frozenset[str] = frozenset(
    """
    airport station stadium arena hospital clinic school college university museum
    gallery library bridge street road avenue square park hall centre center prize
    award memorial institute branches stores shareholders subsidiary employees
    """.split()
)

"""Words that make a capitalised run a place, a building, an institution or an event named
like a person: "Mill Lane", "Westminster Abbey", "Tate Modern", "the Birthday Honours".

Two closed vocabularies, compared in lower case. A word of the first is almost never a
surname, so a run holding it names no one. A word of the second is a surname too ("Hall",
"Park", "Church"), so a run ending with it is a place only where the sentence says so:
after "at", "on", "near"...
"""

from __future__ import annotations

__all__ = ["LANDMARK_WORDS", "PLACE_PREPOSITIONS", "PLACE_SURNAMES"]

#: Head words of streets, open spaces, buildings, institutions, honours and events that
#: no one has for a name.
LANDMARK_WORDS: frozenset[str] = frozenset(
    """
    road avenue crescent terrace gardens boulevard parkway esplanade promenade quay
    wharf pier marina embankment bypass motorway roundabout junction interchange viaduct
    underpass flyover lido velodrome racecourse showground fairground playground
    abbey cathedral basilica minster priory convent monastery chapel synagogue
    gurdwara shrine crematorium cemetery mausoleum monument memorial observatory
    infirmary hospice surgery sanatorium theatre theater auditorium amphitheatre
    concourse pavilion arena stadium ballpark coliseum colosseum barracks garrison
    common courthouse townhall academy polytechnic seminary conservatoire conservatory primary
    comprehensive secondary grammar nursery kindergarten modern harbour harbor docks
    dockyard shipyard reservoir estuary canal aqueduct airfield aerodrome heliport
    terminal depot precinct plaza piazza arcade mall honours honors awards farm manor
    championships tournament festival carnival expo olympiad regatta marathon
    """.split()
)

#: Head words of places that are surnames too: a run ending with one is a place after
#: a preposition of place, a person elsewhere ("Charlotte Church said").
PLACE_SURNAMES: frozenset[str] = frozenset(
    """
    lane street close drive way row walk place mews grove rise vale crossing
    park green heath moor moors fields field meadow meadows wood woods forest
    marsh brook hall house church temple castle tower towers palace court gate gates
    cross mill mills lodge grange wells springs point beach sands cliffs
    corner circus
    fair show open
    """.split()
)

#: Words that say where something is: a run after one that ends with a place word is
#: that place ("on Mill Lane", "outside Lady Margaret Hall").
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    """
    at on in near along outside inside behind opposite into onto across past off
    towards toward through around beside beyond via within
    """.split()
)

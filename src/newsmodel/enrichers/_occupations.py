"""Occupations: the jobs a sentence may give a person in lower case ("a cellist", "the
shepherd"), the shapes of the ones not listed, and the descriptions that are no job."""

from __future__ import annotations

__all__ = ["JOB_COMPOUNDS", "JOB_MODIFIERS", "NOT_JOBS", "OCCUPATIONS", "job_shaped"]

#: Common jobs, compared in lower case. With a capital they may be a surname ("Minnie
#: Driver", "Joe Baker"), so they never trim a name.
OCCUPATIONS: frozenset[str] = frozenset(
    """
    accountant activist actor actress administrator agent analyst anchor anaesthetist
    anesthetist anthropologist archaeologist architect archivist artist astronaut
    astronomer athlete attendant auctioneer auditor author baker ballerina banker barber
    barman barmaid bartender bassist batsman biographer biologist blacksmith blogger
    bodyguard bookseller bowler boxer bricklayer broadcaster broker builder butcher butler
    cameraman campaigner captain cardiologist caretaker carpenter cartoonist cashier
    caterer cellist ceramicist chaplain chef chemist choreographer cleaner cleric clerk
    climber coach columnist comedian commentator composer conductor consultant
    contractor cook correspondent councillor courier critic curator cyclist dancer
    dealer defender dentist dermatologist designer detective developer dietitian
    diplomat director dispatcher diver dj doctor drummer driver ecologist economist
    editor electrician engineer entrepreneur epidemiologist executive explorer
    farmer filmmaker fisherman fishmonger firefighter fireman flautist florist footballer forward
    gamekeeper gardener geneticist geologist goalkeeper golfer greengrocer guard guide
    guitarist gynaecologist gynecologist hairdresser harpist headmaster headmistress
    headteacher herdsman historian hydrologist illustrator imam immunologist inspector
    instructor interpreter inventor investigator investor janitor jeweller jeweler
    jockey journalist judge landlord lawyer lecturer librarian lifeguard linguist
    locksmith machinist magistrate manager marine mathematician mechanic medic
    meteorologist midfielder midwife miner minister missionary model monk musician
    nanny navigator negotiator neurologist neuroscientist neurosurgeon novelist nun
    nurse nutritionist obstetrician oncologist operator optician organiser organizer
    organist paediatrician pediatrician painter paramedic pastor pathologist pharmacist philosopher
    photographer photojournalist physician physicist physiotherapist pianist pilot practitioner
    pitcher planner player playwright plumber poet policeman policewoman politician porter
    postman postwoman preacher presenter priest principal producer professor
    programmer prosecutor psychiatrist psychologist publican publisher quarterback
    rabbi radiologist rancher ranger rapper receptionist referee registrar reporter
    researcher rider rower runner sailor saxophonist scholar scientist screenwriter
    sculptor seaman secretary shepherd sheriff shopkeeper singer skier skipper smith sociologist
    soldier solicitor songwriter spokesman spokeswoman sprinter statistician steward
    stewardess striker student surgeon surveyor swimmer tailor teacher technician
    therapist trader trainer translator trumpeter tutor umpire undertaker vet
    veterinarian vicar violinist virologist waiter waitress warden welder winger
    woodcutter writer zoologist
    businessman businesswoman chairman chairwoman craftsman craftswoman fisherwoman
    sportsman sportswoman salesman saleswoman pundit constable coroner bailiff dean
    provost rector deacon forecaster singer-songwriter trucker
    roofer plasterer decorator glazier labourer laborer cabbie dockworker
    boss caddie caddy understudy intern trainee apprentice valet chauffeur maid barista
    concierge paralegal actuary emissary curate verger attaché coordinator assistant
    master
    promoter scout selector physio groundsman winemaker housekeeper carer childminder
    strategist pollster lobbyist beautician stylist tattooist magician busker influencer
    podcaster vlogger zookeeper farrier breeder valuer conveyancer usher toxicologist
    counsellor caseworker worker fundraiser optometrist hygienist radiographer sonographer
    brewer distiller vintner landlady innkeeper hotelier restaurateur grocer postmaster
    postmistress
    """.split()
)

#: Words before a job that make it a different job, and are kept in the role's name
#: whatever their case ("racing driver", "Emergency physician", "primary school
#: teacher"); the other words before a job are kept only in lower case, two at most.
JOB_MODIFIERS: frozenset[str] = frozenset(
    """
    racing rally stunt test taxi bus lorry truck van cab tram train delivery ambulance
    emergency intensive palliative clinical forensic consultant junior trainee staff
    charge specialist fashion graphic software web film stage session theatre
    primary secondary nursery school music art maths science history english
    geography drama supply lollipop dinner care support social youth prison
    probation debt tax family divorce criminal civil human structural mechanical
    dairy sheep cattle poultry fruit market street night shift warehouse factory farm
    construction site building rail bank shop hotel restaurant pastry mental
    dental veterinary classroom teaching opera ballet jazz folk rock pop goalkeeping
    batting bowling fielding coaching scouting fitness commanding presiding returning
    consulting
    """.split()
)

#: Jobs of two words whose second is no job by itself: "lollipop lady", "poet laureate".
JOB_COMPOUNDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("lollipop", "lady"),
        ("lollipop", "man"),
        ("dinner", "lady"),
        ("tea", "lady"),
        ("poet", "laureate"),
        ("town", "crier"),
        ("kit", "man"),
        ("au", "pair"),
        ("ward", "sister"),
        ("cabinet", "member"),
        ("managing", "partner"),
        ("senior", "partner"),
        ("equity", "partner"),
    }
)

#: What a person may be described as without it being a job: family, company, a part in
#: an event, where they live.
NOT_JOBS: frozenset[str] = frozenset(
    """
    father mother brother sister son daughter husband wife widow widower partner
    grandfather grandmother grandson granddaughter uncle aunt nephew niece cousin
    fiance fiancee boyfriend girlfriend parent stepfather stepmother
    friend neighbour neighbor member supporter fan follower lover admirer
    witness bystander passenger customer consumer user viewer listener reader voter
    resident survivor victim patient prisoner detainee hostage suspect defendant
    claimant plaintiff applicant winner loser finisher runner-up number other
    owner holder homeowner taxpayer worshipper shopper commuter traveller traveler
    tourist visitor pensioner teenager youngster newcomer stranger character
    mother-of-two father-of-two mother-of-three father-of-three
    volunteer woman person gentleman gunman gunmen attacker killer murderer robber burglar
    intruder hijacker bomber shooter smuggler trafficker offender protester protestor
    demonstrator rioter mourner spectator onlooker outsider insider villager islander
    foreigner believer latter matter order border water corner center centre quarter
    winter summer power paper letter answer chapter monster computer weather
    terrorist extremist nationalist racist motorist pacifist socialist communist
    feminist separatist islamist jihadist loyalist royalist civilian pedestrian
    vegetarian migrant immigrant emigrant refugee tenant client participant occupant
    inhabitant descendant entrant opponent adolescent government parliament incident
    agreement statement movement department apartment element moment restaurant
    """.split()
)

# The endings of job nouns: "cellist", "lifeguard" aside, "ventriloquist", "welder",
# "sommelier", "librarian", "attendant", "ferryman", "auctioneer", "goldsmith".
_JOB_ENDINGS = (
    "ist",
    "er",
    "or",
    "ian",
    "ant",
    "ent",
    "man",
    "woman",
    "person",
    "eer",
    "ier",
    "smith",
    "wright",
)


def job_shaped(word: str) -> bool:
    """Whether a lower-case noun ends like a job and is no family or other description."""
    return (
        word.isalpha()
        and len(word) > 4
        and word.endswith(_JOB_ENDINGS)
        and not word.endswith("ment")  # "replacement", "settlement": a thing or an act
        and word not in NOT_JOBS
    )

"""Probe sentences for the people enricher's sixth round, one or more per family of
mistakes the fourth blind set showed (places and buildings named like people, people
named by one word, particles after a title, a rank before a name, roles in relative
clauses and appositions, party and body words before an office).

Written for issue 14 before the sixth round's rules were changed, with none of their
words taken from the blind sets, under the fourth blind set's conventions (see
people_sentences_blind4.py). Every name, place and event is invented.
"""

Case = tuple[str, dict[str, tuple[str, ...]]]

PROBES: list[Case] = [
    # streets, open spaces and buildings named like people
    (
        "A cyclist was hurt in a collision on Harold Road on Sunday morning.",
        {},
    ),
    (
        "Residents of Ashcombe Crescent say the bins have not been emptied for a month.",
        {},
    ),
    (
        "The fair returns to Mabel Common next weekend after a two-year break.",
        {},
    ),
    (
        "Hundreds gathered on Kenwood Heath to watch the meteor shower.",
        {},
    ),
    (
        "The choir of St Ninian's Cathedral will sing at the service.",
        {},
    ),
    (
        "Firefighters were called to Oakley Manor House shortly after midnight.",
        {},
    ),
    (
        "Pupils at Greenfield Academy raised £3,000 for the hospice.",
        {},
    ),
    (
        "The match at Hollins Stadium was abandoned after a floodlight failure.",
        {},
    ),
    (
        "Delays are expected at Marston Junction while the signals are repaired.",
        {},
    ),
    (
        "A new exhibition opens at the Whitcombe Gallery on Friday, curated by Esther Lindqvist.",
        {"Esther Lindqvist": ()},
    ),
    (
        "Patients at Bramley Infirmary were moved after a burst pipe flooded a ward.",
        {},
    ),
    (
        "The ferry left Kingsley Harbour two hours late because of high winds.",
        {},
    ),
    (
        "Tickets for the Cavendish Festival sold out in under an hour.",
        {},
    ),
    (
        "She won gold at the Commonwealth Games and silver at the Harrington Open.",
        {},
    ),
    (
        "Children from Elmwood Primary planted 200 trees along Morley Terrace.",
        {},
    ),
    # people named by one word
    (
        "Neighbours described Siobhan as generous and quiet.",
        {"Siobhan": ()},
    ),
    (
        "Mbeki, a taxi driver, said he had waited six hours for fuel.",
        {"Mbeki": ("taxi driver",)},
    ),
    (
        "Police told Declan his car had been found burnt out.",
        {"Declan": ()},
    ),
    (
        "Thandiwe, 31, a nurse, has worked night shifts for a decade.",
        {"Thandiwe": ("nurse",)},
    ),
    (
        "Prosecutors charged Haddad with fraud on Wednesday.",
        {"Haddad": ()},
    ),
    (
        "Kemal, a 15-year-old from Izmir, scored twice in the final.",
        {"Kemal": ()},
    ),
    (
        "On Monday Ferreira said he would appeal.",
        {"Ferreira": ()},
    ),
    # particles after a title, ranks before a name
    (
        "Mr van der Berg, a retired surveyor, lives alone on the estate.",
        {"van der Berg": ("surveyor",)},
    ),
    (
        "Dr di Stefano said the results were encouraging.",
        {"di Stefano": ()},
    ),
    (
        "Corporal Aled Pryce, 24, was wounded in the ambush.",
        {"Aled Pryce": ("Corporal",)},
    ),
    (
        "Lance Corporal Niamh Doherty received the award from the King.",
        {"Niamh Doherty": ("Lance Corporal",)},
    ),
    # party, body and place words before an office; modifiers that belong to the job
    (
        "Conservative councillor Priya Mehta said the library would stay open.",
        {"Priya Mehta": ("councillor",)},
    ),
    (
        "Green Party MP Rowan Ellery voted against the bill.",
        {"Rowan Ellery": ("MP",)},
    ),
    (
        "Environment Agency spokesman Gareth Wynne said the river was still rising.",
        {"Gareth Wynne": ("spokesman",)},
    ),
    (
        "Town council leader Margaret Ibbotson apologised for the delay.",
        {"Margaret Ibbotson": ("leader",)},
    ),
    (
        "The French ambassador to Kenya, Juliette Marchand, was recalled for talks.",
        {"Juliette Marchand": ("ambassador",)},
    ),
    (
        "Fashion designer Orla Keenan unveiled her spring collection in Milan.",
        {"Orla Keenan": ("Fashion designer",)},
    ),
    (
        "Tributes were paid to Bernard Oakes, a school caretaker who retired in June.",
        {"Bernard Oakes": ("school caretaker",)},
    ),
    (
        "Yusuf Demir, a long-distance lorry driver, was stuck at the border for three days.",
        {"Yusuf Demir": ("long-distance lorry driver",)},
    ),
    (
        "Ilse Brandauer, the Secretary of State for Health, visited the ward.",
        {"Ilse Brandauer": ("Secretary of State for Health",)},
    ),
    (
        "Dr Kwame Asante, a GP in Leeds, said waiting lists were growing.",
        {"Kwame Asante": ("GP",)},
    ),
    # roles in relative clauses and appositions
    (
        "The firefighter who pulled her from the car, Liam Costello, was praised by the coroner.",
        {"Liam Costello": ("firefighter",)},
    ),
    (
        "The teacher who organised the trip, Hannah Voss, said every pupil was safe.",
        {"Hannah Voss": ("teacher",)},
    ),
    (
        "Volunteers are searching for Erik Lund, a climber missing since Saturday.",
        {"Erik Lund": ("climber",)},
    ),
    (
        "The MP for Stroud, Imogen Tait, called for an inquiry.",
        {"Imogen Tait": ("MP",)},
    ),
    (
        "Goran Petrovic, a bus driver from Novi Sad, was named employee of the year.",
        {"Goran Petrovic": ("bus driver",)},
    ),
    (
        "Astrid Holm, the singer-songwriter, cancelled her tour.",
        {"Astrid Holm": ("singer-songwriter",)},
    ),
]

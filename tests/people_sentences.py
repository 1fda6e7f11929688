"""Sentences in the style of news copy, written for these tests, with the people each
names and the roles it gives them.

Each case is ``(text, people)``; ``people`` maps a full name to its roles, each role
``(name, country)`` with either part None when the text does not say it. Names and
events are invented.
"""

from __future__ import annotations

Roles = tuple[tuple[str, str | None], ...]

CASES: list[tuple[str, dict[str, Roles]]] = [
    (
        "Egyptian Minister of Foreign Affairs, Karim Naguib, arrived in Amman on Monday.",
        {"Karim Naguib": (("Minister of Foreign Affairs", "Egypt"),)},
    ),
    (
        "President Lina Moravec opened the new bridge over the Vltava on Tuesday.",
        {"Lina Moravec": (("President", None),)},
    ),
    (
        "Tomas Berglund, Sweden's trade minister, said the deal would be signed in June.",
        {"Tomas Berglund": (("trade minister", "Sweden"),)},
    ),
    (
        "The delegation was led by Turkish Deputy Minister of Energy, Selim Aydin.",
        {"Selim Aydin": (("Deputy Minister of Energy", "Turkey"),)},
    ),
    (
        "Iraqi Minister of Oil, Hadi al-Rubaie, met his Kuwaiti counterpart, Faisal Al-Mutairi.",
        {
            "Hadi al-Rubaie": (("Minister of Oil", "Iraq"),),
            "Faisal Al-Mutairi": (("Minister of Oil", "Kuwait"),),
        },
    ),
    (
        "Farida Osmani said the talks had been useful. Osmani did not give details.",
        {"Farida Osmani": ()},
    ),
    (
        "The Ministry of Health said on Wednesday that the clinic in Aleppo would reopen.",
        {},
    ),
    (
        "Prime Minister Jonas Keller told reporters in Berlin that no decision had been made.",
        {"Jonas Keller": (("Prime Minister", None),)},
    ),
    (
        "Canadian Ambassador Helen Marsh visited the port of Beirut in September.",
        {"Helen Marsh": (("Ambassador", "Canada"),)},
    ),
    (
        "The World Bank and the International Monetary Fund will meet in Washington.",
        {},
    ),
    (
        "Governor Paulo Ferreira signed the order. Ferreira said it would take effect at once.",
        {"Paulo Ferreira": (("Governor", None),)},
    ),
    (
        "Anna Kowalska, a spokeswoman for the ministry, declined to comment.",
        {"Anna Kowalska": (("spokeswoman", None),)},
    ),
    (
        "Moroccan Minister of Tourism, Nadia Bennani, welcomed her Spanish counterpart, "
        "Luis Romero, to Rabat.",
        {
            "Nadia Bennani": (("Minister of Tourism", "Morocco"),),
            "Luis Romero": (("Minister of Tourism", "Spain"),),
        },
    ),
    (
        "Thousands marched through Tunis on Friday, the interior ministry said.",
        {},
    ),
    (
        "Japanese Minister of Defense, Kenji Mori, will travel to Canberra next week.",
        {"Kenji Mori": (("Minister of Defense", "Japan"),)},
    ),
    (
        "Villagers told Reuters that the road to Idlib was closed in December.",
        {},
    ),
    (
        "Chancellor Miriam Falk said Germany would send more aid. Falk spoke in Brussels.",
        {"Miriam Falk": (("Chancellor", None),)},
    ),
    (
        "Omar Haddad, who runs a bakery in Homs, said prices had doubled since March.",
        {"Omar Haddad": ()},
    ),
    (
        "The European Union imposed new sanctions on Thursday.",
        {},
    ),
    (
        "General Idris Kamara, commander of the northern forces, denied the report.",
        {"Idris Kamara": (("General", None), ("commander", None))},
    ),
    (
        "Lebanese President Michel Daou received Qatari envoy Saad Al-Kuwari in Beirut.",
        {
            "Michel Daou": (("President", "Lebanon"),),
            "Saad Al-Kuwari": (("envoy", "Qatar"),),
        },
    ),
    (
        "Jordan's foreign minister, Rami Tal, met Abu Zaid Salman in Amman. "
        "Abu Zaid later said the meeting went well.",
        {"Rami Tal": (("foreign minister", "Jordan"),), "Abu Zaid Salman": ()},
    ),
    (
        "Saturday's match in Cairo was postponed by the Egyptian Football Association.",
        {},
    ),
    (
        "Sofia Lindqvist, Norway's ambassador to Syria, presented her credentials in Damascus.",
        {"Sofia Lindqvist": (("ambassador", "Norway"),)},
    ),
    (
        "Deputy Minister of Finance Ahmad Rahimi said the budget would be ready in May.",
        {"Ahmad Rahimi": (("Deputy Minister of Finance", None),)},
    ),
    (
        "Relief workers reached the Red Sea coast late on Sunday, the agency said.",
        {},
    ),
    (
        "Mayor Claire Dubois met residents of the old city. Dubois promised new housing.",
        {"Claire Dubois": (("Mayor", None),)},
    ),
    (
        "Algerian Minister of Energy, Yacine Belaid, held talks with his Italian counterpart.",
        {"Yacine Belaid": (("Minister of Energy", "Algeria"),)},
    ),
    (
        "Nikolai Petrov, the Russian deputy foreign minister, arrived in Tehran on Wednesday.",
        {"Nikolai Petrov": (("deputy foreign minister", "Russia"),)},
    ),
    (
        "Khalid Mansour and Rania Aziz won the regional chess championship in Doha.",
        {"Khalid Mansour": (), "Rania Aziz": ()},
    ),
    (
        "Ukrainian Minister of Health, Olena Shevchuk, visited a hospital in Kyiv. "
        "Shevchuk said supplies were running short.",
        {"Olena Shevchuk": (("Minister of Health", "Ukraine"),)},
    ),
    (
        "The United Nations Security Council will vote on the resolution in October.",
        {},
    ),
    (
        "Sheikh Hamad Al-Thani opened the conference. Al-Thani called for calm.",
        {"Hamad Al-Thani": (("Sheikh", None),)},
    ),
    (
        "Peter Novak, the coach of the national team, resigned after Tuesday's defeat.",
        {"Peter Novak": (("coach", None),)},
    ),
    (
        "Libyan Prime Minister Salem Bushnaf met Tunisian President Hedi Gharbi in Tunis.",
        {
            "Salem Bushnaf": (("Prime Minister", "Libya"),),
            "Hedi Gharbi": (("President", "Tunisia"),),
        },
    ),
]

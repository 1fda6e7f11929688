"""Sentences the people enricher's rules were not written on, with the people each names
and the complete names of the roles it gives them.

Written for issue 14 before any rule was changed, in two halves: ``HELD_OUT`` is only
measured, never read while the rules change; ``TUNING`` may be studied. Each case is
``(text, people)``; ``people`` maps a full name to the names of its roles, as complete
offices without a nationality ("Foreign Minister", not "Minister"), compared ignoring case.
Names and events are invented.
"""

from __future__ import annotations

Case = tuple[str, dict[str, tuple[str, ...]]]

HELD_OUT: list[Case] = [
    (
        "Foreign Minister Anneli Korhonen arrived in Damascus on Sunday for two days of talks.",
        {"Anneli Korhonen": ("Foreign Minister",)},
    ),
    (
        "The Supreme Court in New York rejected the appeal on Thursday, the court's clerk said.",
        {},
    ),
    (
        '"We will not back down," said Prime Minister Rafael Quintero, speaking to reporters'
        " in Lima.",
        {"Rafael Quintero": ("Prime Minister",)},
    ),
    (
        "Her lawyer, Jane Roe, told Al Jazeera that the family would appeal.",
        {"Jane Roe": ("lawyer",)},
    ),
    (
        "The company's chief executive, Sam Lee, said profits would fall this year.",
        {"Sam Lee": ("chief executive",)},
    ),
    (
        "Bank of England Governor Martin Ashworth warned that inflation would stay high.",
        {"Martin Ashworth": ("Governor",)},
    ),
    (
        "Interior Minister Kwame Asante, Finance Minister Efua Mensah and Defence Minister"
        " Yaw Boateng attended the meeting in Accra.",
        {
            "Kwame Asante": ("Interior Minister",),
            "Efua Mensah": ("Finance Minister",),
            "Yaw Boateng": ("Defence Minister",),
        },
    ),
    (
        "Officials in Brussels said the European Commission would publish its proposal next week.",
        {},
    ),
    (
        "Chief Executive Ingrid Halvorsen told shareholders in Oslo that the merger was off.",
        {"Ingrid Halvorsen": ("Chief Executive",)},
    ),
    (
        "Ursula van der Berg, the Dutch trade minister, flew to Jakarta on Friday.",
        {"Ursula van der Berg": ("trade minister",)},
    ),
    (
        "Mohammed al-Hashimi, a spokesman for the ministry, declined to comment.",
        {"Mohammed al-Hashimi": ("spokesman",)},
    ),
    (
        "Police in Marseille arrested two men, the city's prosecutor, Claire Dubois-Martel, said.",
        {"Claire Dubois-Martel": ("prosecutor",)},
    ),
    (
        "The Henry Ashford Foundation donated $2 million to the hospital in Leeds.",
        {},
    ),
    (
        "J. R. Whitcombe, who farms near Ames, Iowa, said the drought had ruined his crop.",
        {"J. R. Whitcombe": ()},
    ),
    (
        "Seville's mayor, Luis de la Fuente, said the festival would go ahead.",
        {"Luis de la Fuente": ("mayor",)},
    ),
    (
        "Speaking in Geneva, Special Envoy Dario Piccolo said both sides had agreed to a"
        " ceasefire.",
        {"Dario Piccolo": ("Special Envoy",)},
    ),
    (
        "Many residents of Damascus said they had not had electricity for days.",
        {},
    ),
    (
        "Health Minister Nadia Haddad and her deputy, Omar Khoury, visited the hospital"
        " in Tripoli.",
        {"Nadia Haddad": ("Health Minister",), "Omar Khoury": ("deputy",)},
    ),
    (
        "Goldman Sachs and Morgan Stanley both raised their forecasts on Tuesday.",
        {},
    ),
    (
        "Attorney General Miriam Oduya said charges would be filed against three officials.",
        {"Miriam Oduya": ("Attorney General",)},
    ),
    (
        "The opposition leader, Tariq Rahman, called for new elections.",
        {"Tariq Rahman": ("opposition leader",)},
    ),
    (
        "Pierre-Yves Lambert, who chairs the committee, said the report would be published"
        " in May.",
        {"Pierre-Yves Lambert": ()},
    ),
    (
        "Residents told Reuters that shelling near Kharkiv continued overnight.",
        {},
    ),
    (
        "Defence Secretary Alan Pritchard met his French counterpart in Paris on Monday.",
        {"Alan Pritchard": ("Defence Secretary",)},
    ),
    (
        "The central bank's governor, Elena Marchetti, said rates would stay unchanged.",
        {"Elena Marchetti": ("governor",)},
    ),
    (
        "Sources at the Ministry of Finance said the budget would be delayed.",
        {},
    ),
    (
        "Abdullah bin Khalid, the kingdom's energy minister, said output would rise.",
        {"Abdullah bin Khalid": ("energy minister",)},
    ),
    (
        '"This is a dark day," Senator Grace Whitfield said outside the Capitol.',
        {"Grace Whitfield": ("Senator",)},
    ),
    (
        "Chancellor Friedrich Baumann and President Amelie Roux signed the treaty in Strasbourg.",
        {"Friedrich Baumann": ("Chancellor",), "Amelie Roux": ("President",)},
    ),
    (
        "His spokeswoman, Lena Strand, said he was recovering well.",
        {"Lena Strand": ("spokeswoman",)},
    ),
    (
        "According to the World Health Organization, cases in West Africa have doubled.",
        {},
    ),
    (
        "Deputy Prime Minister Hoang Van Minh will lead the delegation to Tokyo.",
        {"Hoang Van Minh": ("Deputy Prime Minister",)},
    ),
    (
        "Khalid Al-Amin, Yasmin Farouk and Peter O'Neill were among those released on Wednesday.",
        {"Khalid Al-Amin": (), "Yasmin Farouk": (), "Peter O'Neill": ()},
    ),
    (
        "Thursday's vote in the National Assembly was postponed, Speaker Josiane Mbeki announced.",
        {"Josiane Mbeki": ("Speaker",)},
    ),
    (
        "Margarethe Olsen, the museum's director, said the painting had been restored.",
        {"Margarethe Olsen": ("director",)},
    ),
    (
        "Mount Sinai Hospital said in a statement that the patient was in stable condition.",
        {},
    ),
    (
        "Foreign Secretary Dominic Hale told the BBC that talks with Tehran were continuing.",
        {"Dominic Hale": ("Foreign Secretary",)},
    ),
]

TUNING: list[Case] = [
    (
        "Egyptian Foreign Minister Samir Fahmy met reporters in Cairo on Tuesday.",
        {"Samir Fahmy": ("Foreign Minister",)},
    ),
    (
        "Her attorney, Rachel Stein, said the charges were baseless.",
        {"Rachel Stein": ("attorney",)},
    ),
    (
        "The firm's chief financial officer, Daniel Okafor, resigned on Friday.",
        {"Daniel Okafor": ("chief financial officer",)},
    ),
    (
        "The Supreme Court ruled against the government on Monday.",
        {},
    ),
    (
        "New York Governor Kathleen Doyle signed the bill into law.",
        {"Kathleen Doyle": ("Governor",)},
    ),
    (
        "Al Jazeera reported that several buildings in Gaza City had collapsed.",
        {},
    ),
    (
        "Damascus and Beirut agreed to reopen the border crossing.",
        {},
    ),
    (
        "The Bank of England kept interest rates unchanged on Thursday.",
        {},
    ),
    (
        "Prime Minister Aiko Tanaka and Foreign Minister Kenji Mori travelled to Seoul.",
        {"Aiko Tanaka": ("Prime Minister",), "Kenji Mori": ("Foreign Minister",)},
    ),
    (
        "Chief Executive Officer Marta Lindqvist said the company would cut 400 jobs.",
        {"Marta Lindqvist": ("Chief Executive Officer",)},
    ),
    (
        "Jean-Luc Marchand, the French finance minister, said growth would slow.",
        {"Jean-Luc Marchand": ("finance minister",)},
    ),
    (
        "Carlos de Souza, a spokesman for the ministry, denied the report.",
        {"Carlos de Souza": ("spokesman",)},
    ),
    (
        "Ahmed al-Sayed and Fatima Zahra were elected to the council.",
        {"Ahmed al-Sayed": (), "Fatima Zahra": ()},
    ),
    (
        "Johannes van Dijk, the club's manager, said the team had played well.",
        {"Johannes van Dijk": ("manager",)},
    ),
    (
        "The Walton Family Foundation announced new grants on Wednesday.",
        {},
    ),
    (
        "Police Chief Robert Hayes said three suspects had been detained.",
        {"Robert Hayes": ("Police Chief",)},
    ),
    (
        "Her husband, Michael Brennan, was not injured in the crash.",
        {"Michael Brennan": ()},
    ),
    (
        "U.S. Secretary of State Laura Benton arrived in Riyadh.",
        {"Laura Benton": ("Secretary of State",)},
    ),
    (
        "The European Central Bank said inflation was easing.",
        {},
    ),
    (
        '"We are ready to talk," said Interior Minister Yusuf Demir.',
        {"Yusuf Demir": ("Interior Minister",)},
    ),
    (
        "Main Street in Springfield was closed after the flood.",
        {},
    ),
    (
        "A. J. Forsythe, who taught at the school for 30 years, said it should stay open.",
        {"A. J. Forsythe": ()},
    ),
    (
        "The country's president, Ali Hassan, dissolved parliament on Sunday.",
        {"Ali Hassan": ("president",)},
    ),
    (
        "Saudi Crown Prince Faisal bin Salman met the delegation in Jeddah.",
        {"Faisal bin Salman": ("Crown Prince",)},
    ),
    (
        "Ford Motor and General Motors both reported higher sales.",
        {},
    ),
    (
        "Opposition leader Marek Novak called the result a fraud.",
        {"Marek Novak": ("Opposition leader",)},
    ),
    (
        "Secretary-General Antonio Ferreira urged restraint.",
        {"Antonio Ferreira": ("Secretary-General",)},
    ),
    (
        "In London, the Home Secretary, Priya Shah, announced new rules.",
        {"Priya Shah": ("Home Secretary",)},
    ),
    (
        "Sunday's talks in Vienna ended without agreement, diplomats said.",
        {},
    ),
    (
        "Economy Minister Lucia Romano said the Bank of Italy's forecast was too gloomy.",
        {"Lucia Romano": ("Economy Minister",)},
    ),
    (
        "The mayor of Kyiv, Vitali Bondar, said the city was prepared.",
        {"Vitali Bondar": ("mayor",)},
    ),
    (
        "Omar Mukhtar Street in Tripoli was closed to traffic.",
        {},
    ),
    (
        "Deputy Foreign Minister Olga Petrova told state media the talks were constructive.",
        {"Olga Petrova": ("Deputy Foreign Minister",)},
    ),
    (
        "Their lawyer, Henrik Dahl, said his clients would appeal, and Judge Maria Alonso"
        " set a date.",
        {"Henrik Dahl": ("lawyer",), "Maria Alonso": ("Judge",)},
    ),
]

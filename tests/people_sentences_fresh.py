"""Fresh sentences for measuring the people enricher (issue 14), written blind.

These sentences were written for issue 14 by someone who had not read the
enricher's rules, its tests or its documentation, to measure it on text it has
never seen.  Every name, company and event in them is invented (some places,
institutions and companies are real, as traps).

Each case is a sentence and the people it names, each mapped to the complete
names of the roles the sentence gives them (offices and jobs as written, with
nationality adjectives left out: "the French Foreign Minister X" gives
"Foreign Minister"); an empty tuple when the sentence gives the person no role,
an empty dict when the sentence names no person.  About a third of the
sentences hold traps that are not people: places, institutions, companies
(some named after people), sports clubs, ships, storms, brands, events, days,
months and capitalised words at the start of a sentence.
"""

Case = tuple[str, dict[str, tuple[str, ...]]]

FRESH: list[Case] = [
    (
        "Foreign Minister Amara Okonkwo arrived in New Delhi on Tuesday for two days of talks.",
        {"Amara Okonkwo": ("Foreign Minister",)},
    ),
    (
        "The French Foreign Minister, Claire Dubreuil, said the talks would resume in March.",
        {"Claire Dubreuil": ("Foreign Minister",)},
    ),
    (
        '"We will not back down," said Tomasz Wierzbicki, the union\'s spokesman.',
        {"Tomasz Wierzbicki": ("spokesman",)},
    ),
    (
        "Heinrich van der Berg, the club's coach, said his players had been exhausted "
        "after the flight from Port Moresby.",
        {"Heinrich van der Berg": ("coach",)},
    ),
    (
        "Shares of Johnson & Johnson fell 3 percent after the Federal Reserve signalled "
        "another rate rise.",
        {},
    ),
    (
        "Morgan Stanley and Ernst & Young both declined to comment on the report.",
        {},
    ),
    (
        "The chief executive of Halvorsen Shipping, Ingrid Halvorsen, resigned on Friday.",
        {"Ingrid Halvorsen": ("chief executive",)},
    ),
    (
        "Storm Agnes brought down power lines across Cork and Kerry overnight, "
        "the Met Office said.",
        {},
    ),
    (
        "Prime Minister Rania al-Khatib met Faisal bin Hamad, the Qatari energy minister, "
        "in Doha on Sunday.",
        {"Rania al-Khatib": ("Prime Minister",), "Faisal bin Hamad": ("energy minister",)},
    ),
    (
        "J. K. Adeyemi, a lawyer for the family, said the inquest had been postponed until June.",
        {"J. K. Adeyemi": ("lawyer",)},
    ),
    (
        "His spokesman, Rafael Ortega-Munoz, told reporters the president was resting.",
        {"Rafael Ortega-Munoz": ("spokesman",)},
    ),
    (
        "Louis Vuitton opened its largest store in Shanghai last week.",
        {},
    ),
    (
        "The Red Cross said it had lost contact with two of its staff in the region.",
        {},
    ),
    (
        "Judge Miriam Feldstein adjourned the case until Monday, saying the Supreme Court "
        "had yet to rule on the appeal.",
        {"Miriam Feldstein": ("Judge",)},
    ),
    (
        "Finance Minister Kwame Asante and central bank governor Lucia Ferraz will attend "
        "the meetings in Washington.",
        {
            "Kwame Asante": ("Finance Minister",),
            "Lucia Ferraz": ("central bank governor",),
        },
    ),
    (
        "Real Madrid beat Atletico Madrid 2-1 on Saturday with a late goal from Diego Sarmiento.",
        {"Diego Sarmiento": ()},
    ),
    (
        "The container ship Ever Fortune ran aground near the Port of Rotterdam, "
        "the harbour master said.",
        {},
    ),
    (
        "Anneke de Vries, 34, a nurse from Utrecht, was among the injured.",
        {"Anneke de Vries": ("nurse",)},
    ),
    (
        '"The figures speak for themselves," said Oleksandr Kovalenko.',
        {"Oleksandr Kovalenko": ()},
    ),
    (
        "Interior Minister Sofia Lindqvist, Defence Minister Erik Sandberg and Health Minister "
        "Maja Holm all voted against the bill.",
        {
            "Sofia Lindqvist": ("Interior Minister",),
            "Erik Sandberg": ("Defence Minister",),
            "Maja Holm": ("Health Minister",),
        },
    ),
    (
        "Yesterday Goldman Sachs cut its forecast for growth in the euro zone.",
        {},
    ),
    (
        "Fernando Alvarez de Toledo, the ambassador to London, was summoned to the ministry "
        "on Wednesday.",
        {"Fernando Alvarez de Toledo": ("ambassador",)},
    ),
    (
        "The company's chief financial officer, Priya Raghunathan, will step down at the end "
        "of April.",
        {"Priya Raghunathan": ("chief financial officer",)},
    ),
    (
        "Hurricane Delphine made landfall near Mobile, Alabama, on Thursday evening.",
        {},
    ),
    (
        "Police said the suspect, Marek Nowicki, 41, had been arrested at Heathrow Airport.",
        {"Marek Nowicki": ()},
    ),
    (
        "Mayor Hiroshi Tanaka of Osaka said the city would bid for the 2036 Olympic Games.",
        {"Hiroshi Tanaka": ("Mayor",)},
    ),
    (
        "Barclays and Lloyds Banking Group were fined by the Financial Conduct Authority.",
        {},
    ),
    (
        "Coach Sipho Dlamini named an unchanged side for the match against New Zealand.",
        {"Sipho Dlamini": ("Coach",)},
    ),
    (
        "According to Dr. Nadia Rahimi, a virologist at the university, the variant "
        "spreads faster.",
        {"Nadia Rahimi": ("virologist",)},
    ),
    (
        "Saint Lucia and San Marino sent delegations to the summit in Buenos Aires.",
        {},
    ),
    (
        "The actor Jean-Baptiste Moreau, who starred in the film, died on Tuesday at 82.",
        {"Jean-Baptiste Moreau": ("actor",)},
    ),
    (
        "Wells Fargo said on Monday that its chairman, Gregory Whitfield, would retire in May.",
        {"Gregory Whitfield": ("chairman",)},
    ),
    (
        "Ahmed bin Sulaiman al-Harthy, the oil minister, said output would stay unchanged "
        "through December.",
        {"Ahmed bin Sulaiman al-Harthy": ("oil minister",)},
    ),
    (
        "Lake Victoria and Mount Kenya draw thousands of tourists each year.",
        {},
    ),
    (
        "Representatives of Procter & Gamble met Trade Secretary Olivia Carmichael in London.",
        {"Olivia Carmichael": ("Trade Secretary",)},
    ),
    (
        '"It was a difficult night for us," the goalkeeper, Luca Bernardi, said after the game.',
        {"Luca Bernardi": ("goalkeeper",)},
    ),
    (
        "Senator Patricia Okafor and Representative Daniel Brennan introduced the bill "
        "on Capitol Hill.",
        {"Patricia Okafor": ("Senator",), "Daniel Brennan": ("Representative",)},
    ),
    (
        "Christmas Day fell on a Sunday, so the Stock Exchange closed on Monday.",
        {},
    ),
    (
        "The striker Kenji Watanabe signed a three-year contract with Borussia Dortmund.",
        {"Kenji Watanabe": ("striker",)},
    ),
    (
        "Chen Weiming, a professor at Peking University, said the data were unreliable.",
        {"Chen Weiming": ("professor",)},
    ),
    (
        "Deputy Prime Minister Vusi Mthembu will chair the committee, the presidency said.",
        {"Vusi Mthembu": ("Deputy Prime Minister",)},
    ),
    (
        "Marie-Louise Lefebvre, a journalist, and Pieter-Jan Claes, a photographer, "
        "were released on Saturday.",
        {"Marie-Louise Lefebvre": ("journalist",), "Pieter-Jan Claes": ("photographer",)},
    ),
    (
        "The New York Times reported that General Motors would cut 2,000 jobs.",
        {},
    ),
    (
        "Air Chief Marshal Somchai Rattanakul told parliament the jets would be delivered "
        "by 2027.",
        {"Somchai Rattanakul": ("Air Chief Marshal",)},
    ),
    (
        "Opposition leader Tsion Abebe rejected the offer on Friday.",
        {"Tsion Abebe": ("Opposition leader",)},
    ),
    (
        "Fatima Zahra El Mansouri, the Moroccan tourism minister, visited Marrakesh in October.",
        {"Fatima Zahra El Mansouri": ("tourism minister",)},
    ),
    (
        "Bayern Munich's Thomas Keller scored twice in the second half.",
        {"Thomas Keller": ()},
    ),
    (
        "The Salvation Army and Amnesty International called for an independent inquiry.",
        {},
    ),
    (
        "Rolls-Royce said Chief Executive Martin Ashworth had agreed to a pay cut.",
        {"Martin Ashworth": ("Chief Executive",)},
    ),
    (
        "In a statement, the White House said President Elena Vasquez would travel to Ottawa "
        "next week.",
        {"Elena Vasquez": ("President",)},
    ),
    (
        "The Queen Mary 2 and the Aurora Borealis were both moored in Southampton in July.",
        {},
    ),
    (
        "Svetlana Ivanova-Petrova, head coach of the national gymnastics team, said she "
        "was proud.",
        {"Svetlana Ivanova-Petrova": ("head coach",)},
    ),
    (
        "Her lawyer, Ben-Zion Katz, said she would appeal.",
        {"Ben-Zion Katz": ("lawyer",)},
    ),
    (
        "Dutch police arrested Johan van Dijk and Willem de Graaf on suspicion of fraud.",
        {"Johan van Dijk": (), "Willem de Graaf": ()},
    ),
    (
        "Easter Monday traffic was heavy on the M25 near Heathrow, Highways England said.",
        {},
    ),
    (
        "Archbishop Desmond Mokoena led the funeral service at St. Mary's Cathedral.",
        {"Desmond Mokoena": ("Archbishop",)},
    ),
    (
        "Nordvik chief executive Lars Eriksen said demand had recovered in the autumn.",
        {"Lars Eriksen": ("chief executive",)},
    ),
    (
        "Manchester United manager Roberto Salvi said the referee, Paul Hennessy, "
        "had made a mistake.",
        {"Roberto Salvi": ("manager",), "Paul Hennessy": ("referee",)},
    ),
    (
        "The ferry Santa Lucia sank off Lesbos in 2019, the coastguard said.",
        {},
    ),
    (
        "Mohammed Al-Rashid, a spokesman for the ministry, said Hamad International Airport "
        "would reopen.",
        {"Mohammed Al-Rashid": ("spokesman",)},
    ),
    (
        "Kofi Mensah-Bonsu was appointed ambassador to Brazil in January.",
        {"Kofi Mensah-Bonsu": ("ambassador",)},
    ),
    (
        "Abdullahi Yusuf Garba, the governor of Kano State, imposed a curfew on Saturday.",
        {"Abdullahi Yusuf Garba": ("governor",)},
    ),
    (
        "Brazil's Supreme Federal Court ordered the arrest of businessman "
        "Eduardo Pereira da Silva.",
        {"Eduardo Pereira da Silva": ("businessman",)},
    ),
    (
        "Doctors Without Borders said its clinic in Port-au-Prince had been looted.",
        {},
    ),
    (
        "Next Tuesday, Chancellor Friedrich Baumann will present the budget to the Bundestag.",
        {"Friedrich Baumann": ("Chancellor",)},
    ),
    (
        "Anna Kowalczyk-Zielinska won gold in the 200 metres at the European Championships "
        "in Berlin.",
        {"Anna Kowalczyk-Zielinska": ()},
    ),
    (
        "The Walt Disney Company named Sandra Oyelaran as its new chief operating officer.",
        {"Sandra Oyelaran": ("chief operating officer",)},
    ),
]

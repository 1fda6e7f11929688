"""Held-out people sentences for issue 14, written blind (second blind set).

These sentences were written for issue 14 by someone who had not read the people
enricher's rules, its code, its other test sentences or their history. They were
committed before the rules were changed and held out, so that the changed rules
can be measured on copy their author never saw. Every person, quote and event is
invented; places, institutions, companies, clubs, ships and holidays are used as a
newspaper would use them.

Each case is a sentence and the people it names: the full name as written, without
titles such as "Dr", "Mr", "Mrs", "Ms", "Sir" or "Sister" (a person named only as
"Mr Okonkwo-Bright" is "Okonkwo-Bright"), mapped to the complete names of the roles
the sentence gives them, in the letter case the sentence uses:

* roles are offices, ranks and jobs ("Foreign Minister", "chief executive",
  "spokeswoman", "head coach", "nurse", "Air Chief Marshal", "Representative"),
  whether they come before the name, after it in apposition ("X, the club's coach,
  said"), before it in apposition ("her lawyer, Y") or as "a shepherd";
* nationality adjectives are left out ("the French Foreign Minister X" gives
  "Foreign Minister"), as are the organisation ("chief executive of Acme, X" and
  "Acme's chief executive, X" give "chief executive") and "former" or "retired";
* family relations ("mother", "husband") and verbs ("led by", "scored") are not
  roles: such a person gets an empty tuple, as does anyone given no role;
* a sentence that names nobody maps to an empty dict.

About one case in four (marked "# not people:") weaves in capitalised things that
are not people: places, institutions, companies (some named after people), clubs,
storms, ships, holidays and events.
"""

Case = tuple[str, dict[str, tuple[str, ...]]]

BLIND: list[Case] = [
    (
        "Foreign Minister Halvard Rønning said on Tuesday that talks would resume within a month.",
        {"Halvard Rønning": ("Foreign Minister",)},
    ),
    (
        "The decision was announced late on Friday by Ingrid Solberg-Haugen, the "
        "ministry's chief spokeswoman.",
        {"Ingrid Solberg-Haugen": ("chief spokeswoman",)},
    ),
    (
        "“We are not going anywhere,” said Marcus Adeyemi, the club's head coach, after "
        "the 3-0 defeat.",
        {"Marcus Adeyemi": ("head coach",)},
    ),
    (
        "Prime Minister Yelena Dragomirova and her deputy, Pavel Ostrovsky, both declined "
        "to comment.",
        {"Yelena Dragomirova": ("Prime Minister",), "Pavel Ostrovsky": ("deputy",)},
    ),
    (
        "Senator Lorraine Whitcombe said she would vote against the bill unless the "
        "funding was restored.",
        {"Lorraine Whitcombe": ("Senator",)},
    ),
    (
        "The nurse, Abena Owusu-Mensah, had worked nights on the ward for eleven years.",
        {"Abena Owusu-Mensah": ("nurse",)},
    ),
    (
        "Police said the driver, a 34-year-old man, was arrested at the scene and later "
        "released on bail.",
        {},
    ),
    (
        "Dr Farid al-Hashimi, a cardiologist who led the study, said the results were "
        "encouraging but preliminary.",
        {"Farid al-Hashimi": ("cardiologist",)},
    ),
    (
        "Mr Okonkwo-Bright told reporters he had no plans to resign.",
        {"Okonkwo-Bright": ()},
    ),
    (
        "The company's founder and chief executive, Rafael Quintero Saldaña, owns about "
        "a third of its shares.",
        {"Rafael Quintero Saldaña": ("founder", "chief executive")},
    ),
    (
        "Air Chief Marshal Desmond Avery-Kent, who has led the air force since 2021, is "
        "expected to retire next year.",
        {"Desmond Avery-Kent": ("Air Chief Marshal",)},
    ),
    (
        "Sir Malcolm Pettigrew, the former chairman, said the board had been kept in the dark.",
        {"Malcolm Pettigrew": ("chairman",)},
    ),
    (
        "Ewa Kowalczyk-Nowak, 52, a teacher at the village school, was among those "
        "pulled from the water.",
        {"Ewa Kowalczyk-Nowak": ("teacher",)},
    ),
    (
        "Jean-Baptiste Mbeki-Lawal scored twice in the second half to settle the tie.",
        {"Jean-Baptiste Mbeki-Lawal": ()},
    ),
    (
        "The coach, Heinrich van der Merwe, said his players had been “outstanding” in the heat.",
        {"Heinrich van der Merwe": ("coach",)},
    ),
    (
        "Ludovica de Santis, the prosecutor in the case, asked for a 12-year sentence.",
        {"Ludovica de Santis": ("prosecutor",)},
    ),
    (
        "Khalid bin Saeed al-Nuaimi, the country's energy minister, said output would be "
        "cut by 200,000 barrels a day.",
        {"Khalid bin Saeed al-Nuaimi": ("energy minister",)},
    ),
    (
        "According to her lawyer, Simone Achterberg, the singer had been unaware of the clause.",
        {"Simone Achterberg": ("lawyer",)},
    ),
    (
        "J. R. Haverford, a retired judge, chaired the inquiry, which sat for 14 months.",
        {"J. R. Haverford": ("judge",)},
    ),
    (
        "Min-jun Park, a spokesman for the transport ministry, said the line would "
        "reopen on Friday.",
        {"Min-jun Park": ("spokesman",)},
    ),
    (
        "Nguyen Thi Lan, the head of the provincial health department, confirmed three new cases.",
        {"Nguyen Thi Lan": ("head",)},
    ),
    (
        "The bill was introduced by Representative Alicia Brandywine and co-sponsored by "
        "Representative Omar Fairbanks.",
        {
            "Alicia Brandywine": ("Representative",),
            "Omar Fairbanks": ("Representative",),
        },
    ),
    (
        "“It was a mistake,” the minister, Oyelaran Adebisi, admitted on Sunday.",
        {"Oyelaran Adebisi": ("minister",)},
    ),
    (
        "Both Katarzyna Wiśniewska and Dmitri Aleksandrovich Petrov denied the allegations.",
        {"Katarzyna Wiśniewska": (), "Dmitri Aleksandrovich Petrov": ()},
    ),
    (
        "Guests included the novelist Aurelio Montalbán, the cellist Mirela "
        "Constantinescu and the former Chancellor, Reinhard Oberholz.",
        {
            "Aurelio Montalbán": ("novelist",),
            "Mirela Constantinescu": ("cellist",),
            "Reinhard Oberholz": ("Chancellor",),
        },
    ),
    (
        "The board named Priya Raghunathan as its new chief financial officer on Wednesday.",
        {"Priya Raghunathan": ("chief financial officer",)},
    ),
    (
        "Eleanor Tisdale-Marsh, chair of the parliamentary finance committee, called the "
        "figures alarming.",
        {"Eleanor Tisdale-Marsh": ("chair",)},
    ),
    (
        "His spokesman, Benedikt Rauschenbach, said the minister would not attend the summit.",
        {"Benedikt Rauschenbach": ("spokesman",)},
    ),
    (
        "Governor Marisol Etxeberria's spokeswoman, Lucía Arrieta, said the governor had "
        "been briefed overnight.",
        {"Marisol Etxeberria": ("Governor",), "Lucía Arrieta": ("spokeswoman",)},
    ),
    (
        "Chief Inspector Gareth Pryce-Llewellyn appealed for witnesses to come forward.",
        {"Gareth Pryce-Llewellyn": ("Chief Inspector",)},
    ),
    (
        "A court sentenced Oleksandr Hryhorenko, a former customs officer, to nine years "
        "in prison.",
        {"Oleksandr Hryhorenko": ("customs officer",)},
    ),
    (
        "Sister Bernadette O'Rourke, a nun who ran the shelter for three decades, died "
        "on Sunday aged 91.",
        {"Bernadette O'Rourke": ("nun",)},
    ),
    (
        "The crews, led by station commander Aoife Ní Bhriain, worked through the night.",
        {"Aoife Ní Bhriain": ("station commander",)},
    ),
    (
        "“We knew the risks,” said Tariq Mahmood, 41, a paramedic.",
        {"Tariq Mahmood": ("paramedic",)},
    ),
    (
        "Archbishop Emmanuel Nwachukwu-Obi led the funeral service.",
        {"Emmanuel Nwachukwu-Obi": ("Archbishop",)},
    ),
    (
        "The effect was strongest in children under five, said Hannelore Vogt, an "
        "epidemiologist who led the study.",
        {"Hannelore Vogt": ("epidemiologist",)},
    ),
    (
        "General Abdirahman Yusuf Warsame said the offensive would continue until the "
        "town was retaken.",
        {"Abdirahman Yusuf Warsame": ("General",)},
    ),
    (
        "Chancellor Friederike Baumgartner met President Luis Alberto Ferreyra for just "
        "under an hour.",
        {
            "Friederike Baumgartner": ("Chancellor",),
            "Luis Alberto Ferreyra": ("President",),
        },
    ),
    (
        "Deputy Prime Minister Sipho Dlamini-Ndlovu will chair the new committee.",
        {"Sipho Dlamini-Ndlovu": ("Deputy Prime Minister",)},
    ),
    (
        "A spokeswoman for the hospital declined to name the patient.",
        {},
    ),
    (
        "The referee, Sander Hoogendijk, sent off two players before half-time.",
        {"Sander Hoogendijk": ("referee",)},
    ),
    (
        "Fatima Zahra El Idrissi, 23, won the women's 10,000 metres in a championship record.",
        {"Fatima Zahra El Idrissi": ()},
    ),
    (
        "Detectives want to speak to Kieran Ashby and Leanne Ashby, who were seen near "
        "the house that evening.",
        {"Kieran Ashby": (), "Leanne Ashby": ()},
    ),
    (
        "The mayor, Giancarlo Bellandi, and the opposition leader, Rosanna Ferrante, "
        "traded accusations on Monday.",
        {"Giancarlo Bellandi": ("mayor",), "Rosanna Ferrante": ("opposition leader",)},
    ),
    (
        "Ambassador Kwame Asante-Darko presented his credentials on Thursday.",
        {"Kwame Asante-Darko": ("Ambassador",)},
    ),
    (
        "“This is a dark day for every worker,” said the union's general secretary, "
        "Moira Fairclough.",
        {"Moira Fairclough": ("general secretary",)},
    ),
    (
        "Haruki Tanabe, the company's president, bowed deeply at the start of the news "
        "conference.",
        {"Haruki Tanabe": ("president",)},
    ),
    (
        "Lieutenant Colonel Anneliese Strömberg said no soldiers had been hurt in the attack.",
        {"Anneliese Strömberg": ("Lieutenant Colonel",)},
    ),
    (
        "Rabbi Yosef Ben-Ami and Imam Hassan Oubaid spoke side by side at the vigil.",
        {"Yosef Ben-Ami": ("Rabbi",), "Hassan Oubaid": ("Imam",)},
    ),
    (
        "The winner came from the 19-year-old striker Mateus da Silva Pinto in stoppage time.",
        {"Mateus da Silva Pinto": ("striker",)},
    ),
    (
        "Ms Achterberg said her client would appeal against the ruling.",
        {"Achterberg": ()},
    ),
    (
        "Speaker Conor MacGillivray suspended the sitting after shouting broke out.",
        {"Conor MacGillivray": ("Speaker",)},
    ),
    (
        "The victim's mother, Doreen Whitlock, said she had forgiven the driver.",
        {"Doreen Whitlock": ()},
    ),
    (
        "Seo-yeon Kim and her husband, Daniel Okereke, have run the bakery since 1998.",
        {"Seo-yeon Kim": (), "Daniel Okereke": ()},
    ),
    (
        "Justice Marguerite Delacroix-Fontaine wrote the dissenting opinion.",
        {"Marguerite Delacroix-Fontaine": ("Justice",)},
    ),
    (
        "The commissioner, Anders Lykke, told lawmakers the agency was badly understaffed.",
        {"Anders Lykke": ("commissioner",)},
    ),
    (
        "Interior Minister Zeynep Kaya Aydın and the Greek migration minister, Nikos "
        "Papadimitrakis, signed the agreement.",
        {
            "Zeynep Kaya Aydın": ("Interior Minister",),
            "Nikos Papadimitrakis": ("migration minister",),
        },
    ),
    (
        "Ahmed Ould Abdallah, a shepherd, found the wreckage two days later.",
        {"Ahmed Ould Abdallah": ("shepherd",)},
    ),
    (
        "Security was tight as the president arrived for the ceremony.",
        {},
    ),
    (
        "“I have never seen anything like it,” said Winifred Okoro-Baines, a lifeguard "
        "for 20 years.",
        {"Winifred Okoro-Baines": ("lifeguard",)},
    ),
    (
        "Vice-President Rutendo Mhlanga-Moyo will lead the delegation.",
        {"Rutendo Mhlanga-Moyo": ("Vice-President",)},
    ),
    (
        "Among the dead were a police sergeant, Delroy Mancini, and a teacher, Hui Min Tan.",
        {"Delroy Mancini": ("police sergeant",), "Hui Min Tan": ("teacher",)},
    ),
    (
        "Olumide Bakare-Thompson, the Nigerian-born architect, designed the stadium's roof.",
        {"Olumide Bakare-Thompson": ("architect",)},
    ),
    (
        "The French Foreign Minister, Clémence Aubriot, called the vote “a warning”.",
        {"Clémence Aubriot": ("Foreign Minister",)},
    ),
    (
        "Dr Ines Kovačević, the chief medical officer, urged people to stay at home.",
        {"Ines Kovačević": ("chief medical officer",)},
    ),
    (
        "The ruling was welcomed by Anwar bin Ismail, the opposition's legal adviser.",
        {"Anwar bin Ismail": ("legal adviser",)},
    ),
    (
        "A late header was tipped over the bar by goalkeeper Ruud van Nistelberg.",
        {"Ruud van Nistelberg": ("goalkeeper",)},
    ),
    (
        "Mrs Ashworth-Pike, a retired nurse, said the queue had started forming at dawn.",
        {"Ashworth-Pike": ("nurse",)},
    ),
    (
        "Gustavo Peñaranda, the coach of the national team, said: “We were unlucky.”",
        {"Gustavo Peñaranda": ("coach",)},
    ),
    (
        "Konstantin von Hallerstein, 78, an art dealer, was questioned and released.",
        {"Konstantin von Hallerstein": ("art dealer",)},
    ),
    (
        "Layla al-Mansouri said she had waited three years for her brother's release.",
        {"Layla al-Mansouri": ()},
    ),
    (
        "The economist Xu Weiming and the historian T. K. Oyelowo were named to the panel.",
        {"Xu Weiming": ("economist",), "T. K. Oyelowo": ("historian",)},
    ),
    (
        "Her chief of staff, Declan Furlong-Reyes, resigned hours later.",
        {"Declan Furlong-Reyes": ("chief of staff",)},
    ),
    (
        "Nobody was injured, a fire service spokesman said.",
        {},
    ),
    # not people: Storm Henrietta
    (
        "Storm Henrietta knocked out power to 40,000 homes, said Colin Baird, a spokesman "
        "for the network operator.",
        {"Colin Baird": ("spokesman",)},
    ),
    # not people: Hurricane Ignacio, Corpus Christi, National Hurricane Center
    (
        "Hurricane Ignacio is expected to make landfall near Corpus Christi on Friday, the "
        "National Hurricane Center said.",
        {},
    ),
    # not people: Aston Villa, Stamford Bridge
    (
        "Aston Villa's manager, Ruairi Costigan, said his side deserved at least a point "
        "at Stamford Bridge.",
        {"Ruairi Costigan": ("manager",)},
    ),
    # not people: Marks & Spencer, Boxing Day
    (
        "Marks & Spencer's chairman, Julian Peverell, said sales had risen sharply in the "
        "week before Boxing Day.",
        {"Julian Peverell": ("chairman",)},
    ),
    # not people: Morgan Stanley
    (
        "Shares in Morgan Stanley rose after the bank's chief economist, Adaeze Nwosu, "
        "raised her growth forecast.",
        {"Adaeze Nwosu": ("chief economist",)},
    ),
    # not people: Queen Mary 2, Southampton
    (
        "The Queen Mary 2 docked in Southampton on Sunday with Captain Elspeth Harrow on "
        "the bridge.",
        {"Elspeth Harrow": ("Captain",)},
    ),
    # not people: Charles de Gaulle airport
    (
        "Travellers at Charles de Gaulle airport faced delays of up to six hours, the "
        "operator said.",
        {},
    ),
    # not people: Martin Luther King Jr. Day
    (
        "Martin Luther King Jr. Day parades went ahead despite the cold, said the "
        "organiser, Delia Fontenot.",
        {"Delia Fontenot": ("organiser",)},
    ),
    # not people: Saint-Étienne, Tour de France
    (
        "The Belgian rider Wout Desmedt-Claes won the stage into Saint-Étienne, extending "
        "his lead in the Tour de France.",
        {"Wout Desmedt-Claes": ("rider",)},
    ),
    # not people: Lake Victoria, Kisumu
    (
        "Catches on Lake Victoria have halved, according to Joseph Wekesa, chairman of "
        "the Kisumu fishing cooperative.",
        {"Joseph Wekesa": ("chairman",)},
    ),
    # not people: Ferrari, Monaco Grand Prix
    (
        "Ferrari's team principal, Gianmarco Rovetta, blamed the tyres for a dismal "
        "Monaco Grand Prix.",
        {"Gianmarco Rovetta": ("team principal",)},
    ),
    # not people: St Patrick's Day, Boston
    (
        "The St Patrick's Day parade in Boston was led by the grand marshal, Siobhan Keohane.",
        {"Siobhan Keohane": ("grand marshal",)},
    ),
    # not people: Johns Hopkins University
    (
        "Researchers at Johns Hopkins University, led by Arjun Bhattacharjee-Rao, "
        "sequenced the virus in a week.",
        {"Arjun Bhattacharjee-Rao": ()},
    ),
    # not people: John Lewis Partnership
    (
        "The John Lewis Partnership said its chairman, Harriet Ellingham, would leave in "
        "the spring.",
        {"Harriet Ellingham": ("chairman",)},
    ),
    # not people: HMS Prince of Wales, Portsmouth
    (
        "HMS Prince of Wales sailed from Portsmouth on Monday under the command of "
        "Captain Rory Strathallan.",
        {"Rory Strathallan": ("Captain",)},
    ),
    # not people: Bayern Munich, Paris Saint-Germain
    (
        "Fans of Bayern Munich and Paris Saint-Germain clashed before the match, police said.",
        {},
    ),
    # not people: Eid al-Fitr, Kano
    (
        "Eid al-Fitr celebrations in Kano were muted this year, said Aminu Danjuma, a local imam.",
        {"Aminu Danjuma": ("imam",)},
    ),
    # not people: Ryder Cup
    (
        "The Ryder Cup captain, Lars Åkerlund, named his four wildcard picks on Wednesday.",
        {"Lars Åkerlund": ("captain",)},
    ),
    # not people: Johnson & Johnson, New Jersey
    (
        "Johnson & Johnson will pay $2bn, its general counsel, Patricia Oyenuga, told "
        "the court in New Jersey.",
        {"Patricia Oyenuga": ("general counsel",)},
    ),
    # not people: Jomo Kenyatta International Airport
    (
        "Hundreds of passengers were stranded at Jomo Kenyatta International Airport, "
        "said Esther Wanjiru, a spokeswoman for the airports authority.",
        {"Esther Wanjiru": ("spokeswoman",)},
    ),
    # not people: USS Abraham Lincoln, Gulf
    (
        "The aircraft carrier USS Abraham Lincoln arrived in the Gulf on Sunday, Rear "
        "Admiral Cheryl Dunmore said.",
        {"Cheryl Dunmore": ("Rear Admiral",)},
    ),
    # not people: Queen Elizabeth Hospital, Birmingham
    (
        "She was taken to the Queen Elizabeth Hospital in Birmingham, where the surgeon "
        "Nadeem Qureshi operated for six hours.",
        {"Nadeem Qureshi": ("surgeon",)},
    ),
    # not people: San José, Santa Cruz
    (
        "All flights between San José and Santa Cruz were cancelled because of the ash cloud.",
        {},
    ),
    # not people: Wells Fargo, Good Friday
    (
        "Wells Fargo branches will close early on Good Friday, a spokeswoman, Renata Szabó, said.",
        {"Renata Szabó": ("spokeswoman",)},
    ),
    # not people: Leicester City, King Power Stadium
    (
        "Leicester City's captain, Bartholomew Nkemdirim, missed training at the King "
        "Power Stadium with a knee injury.",
        {"Bartholomew Nkemdirim": ("captain",)},
    ),
    # not people: Victoria, Mount Kenya
    (
        "Grace Njeri Kamau, a guide from Victoria who has climbed Mount Kenya 60 times, "
        "led the rescue.",
        {"Grace Njeri Kamau": ("guide",)},
    ),
    # not people: Sydney Morning Herald, Parramatta
    (
        "The Sydney Morning Herald reported that Parramatta's mayor, Brendan Lucchesi, "
        "had repaid the money.",
        {"Brendan Lucchesi": ("mayor",)},
    ),
]

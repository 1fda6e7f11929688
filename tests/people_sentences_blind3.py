"""People sentences written blind for issue 14, held out to measure the enricher.

These sentences were written by someone who had not read the people enricher's
rules, its other test sentences or its documentation, and were committed before
the enricher's fourth round of rules, to be held out and used to measure it.
Measured once, unseen, after the fourth round; the fifth round was tuned on them,
so they are tuning data now, no longer blind. Every name, office and event in them
is invented.

Each case maps a sentence to the people it names and the complete names of
their roles as the sentence gives them, under these conventions:

- A person's name is given as written, without a courtesy title or honorific
  before it (Mr, Mrs, Ms, Dr, Prof, Sir, Dame, Lord, Sister, Father, Rabbi,
  Imam, Sheikh...): "Dr Jane Roe" -> "Jane Roe". A person named only by title
  and surname ("Mr Okafor") -> "Okafor".
- Roles are the offices, ranks and jobs the sentence gives the person, complete
  ("Foreign Minister", "chief executive", "Air Chief Marshal", "nurse"), in the
  letter case the sentence uses, without nationality or place adjectives ("the
  French Foreign Minister" -> "Foreign Minister"), without the organisation
  ("chief executive of Acme" -> "chief executive") and without temporal words
  ("former", "retired", "then", "new", "acting", "interim" are dropped).
  Religious titles used as a title before a name (Rabbi X, Imam X, Cardinal X,
  Bishop X) count as a role too. Family relations ("her husband") and
  descriptions that are not jobs ("a witness", "a neighbour", "a fan") are not
  roles. Two roles of one person are both listed.
- An empty tuple when the sentence gives the person no role; an empty dict when
  the sentence names nobody.
"""

Case = tuple[str, dict[str, tuple[str, ...]]]

BLIND3: list[Case] = [
    (
        "Foreign Minister Amara Nwosu arrived in Lisbon on Tuesday for two days of talks.",
        {"Amara Nwosu": ("Foreign Minister",)},
    ),
    (
        "The company's chief executive, Henrik Solberg, said the results were disappointing.",
        {"Henrik Solberg": ("chief executive",)},
    ),
    (
        '"We will not back down," said Marisol Etxeberria, a spokeswoman for the '
        "dockworkers' union.",
        {"Marisol Etxeberria": ("spokeswoman",)},
    ),
    (
        "Police Sergeant Dwayne Mabry was the first to reach the scene.",
        {"Dwayne Mabry": ("Police Sergeant",)},
    ),
    (
        "Dr Ingrid Falk-Hansen, a paediatrician at St Olav's Hospital, said the outbreak "
        "was under control.",
        {"Ingrid Falk-Hansen": ("paediatrician",)},
    ),
    (
        "Hurricane Delphine forced the cancellation of Saturday's match between Harbour City "
        "FC and Northgate Rovers.",
        {},
    ),
    (
        "Mr Okonkwo, who left the company last year, declined to comment.",
        {"Okonkwo": ()},
    ),
    (
        "The former chairman of Beltane Holdings, Rupert Ashcombe-Lyle, was charged with "
        "fraud on Monday.",
        {"Rupert Ashcombe-Lyle": ("chairman",)},
    ),
    (
        "Jean-Baptiste de la Roche, the cellist, will perform at the Salle Gaveau in March.",
        {"Jean-Baptiste de la Roche": ("cellist",)},
    ),
    (
        "Prime Minister Tomasz Wielgosz and his deputy, Agnieszka Brzozowska, met union "
        "leaders in Gdansk.",
        {"Tomasz Wielgosz": ("Prime Minister",), "Agnieszka Brzozowska": ("deputy",)},
    ),
    (
        "Ludwig van der Berg, 54, a retired firefighter, was pulled from the water by two "
        "fishermen.",
        {"Ludwig van der Berg": ("firefighter",)},
    ),
    (
        "Air Chief Marshal Sir Roderick Tamblyn will step down in April, the Ministry of "
        "Defence said.",
        {"Roderick Tamblyn": ("Air Chief Marshal",)},
    ),
    (
        "The judge, Fiona McAllister, said the defendant had shown no remorse.",
        {"Fiona McAllister": ("judge",)},
    ),
    (
        "Kenji Watanabe, head coach of the Osaka Blue Herons, was fined for criticising "
        "the referee.",
        {"Kenji Watanabe": ("head coach",)},
    ),
    (
        "Rabbi Shmuel Adler and Imam Tariq Haddad led a joint vigil outside the synagogue "
        "on Friday evening.",
        {"Shmuel Adler": ("Rabbi",), "Tariq Haddad": ("Imam",)},
    ),
    (
        "The mayor of Port Elspeth, Grace Adebayo-Turner, declared a state of emergency "
        "after the River Calder burst its banks.",
        {"Grace Adebayo-Turner": ("mayor",)},
    ),
    (
        "Britain's Defence Secretary, Alistair Brennock, said no decision had been taken.",
        {"Alistair Brennock": ("Defence Secretary",)},
    ),
    (
        '"It was chaos," said Priya Raghunathan, who was on the platform when the train derailed.',
        {"Priya Raghunathan": ()},
    ),
    (
        "Shares in Corvane Pharma rose 12 per cent in Frankfurt after the European "
        "Medicines Agency backed its asthma drug.",
        {},
    ),
    (
        "Detective Chief Inspector Laura Quigley, who led the inquiry, said the family had "
        "been told.",
        {"Laura Quigley": ("Detective Chief Inspector",)},
    ),
    (
        "The novelist Oluwaseun Bakare has won this year's Harrow Prize for fiction.",
        {"Oluwaseun Bakare": ("novelist",)},
    ),
    (
        "Conductor Elena Vasquez-Morales stepped in at short notice after the orchestra's "
        "music director, Pavel Hruby, fell ill.",
        {"Elena Vasquez-Morales": ("Conductor",), "Pavel Hruby": ("music director",)},
    ),
    (
        "Mrs Thandiwe Mokoena, a nurse, and her husband, Sipho, were among the injured.",
        {"Thandiwe Mokoena": ("nurse",), "Sipho": ()},
    ),
    (
        "General Aung Min Htet, the commander-in-chief, addressed troops in Naypyidaw on "
        "Armed Forces Day.",
        {"Aung Min Htet": ("General", "commander-in-chief")},
    ),
    (
        "J. R. Whitcombe, the club's treasurer, resigned on Friday.",
        {"J. R. Whitcombe": ("treasurer",)},
    ),
    (
        "The White House press secretary, Dana Kirkpatrick, told reporters the president "
        "would sign the bill.",
        {"Dana Kirkpatrick": ("press secretary",)},
    ),
    (
        "Dunmore Athletic have appointed Rúben Alves as their new manager.",
        {"Rúben Alves": ("manager",)},
    ),
    (
        "Sheikh Hamad bin Khalid Al Thani, the chairman of the investment authority, "
        "signed the agreement in Doha.",
        {"Hamad bin Khalid Al Thani": ("chairman",)},
    ),
    (
        "Cardinal Matteo Rinaldi celebrated Mass at St Peter's Basilica on Easter Sunday.",
        {"Matteo Rinaldi": ("Cardinal",)},
    ),
    (
        "Olena Kovalenko, a deputy health minister, said hospitals in Kharkiv had enough "
        "fuel for a week.",
        {"Olena Kovalenko": ("deputy health minister",)},
    ),
    (
        "Schools across Bavaria will close early for the Whitsun holidays, the education "
        "ministry announced.",
        {},
    ),
    (
        "The striker Kwame Asante-Boateng scored twice as Accra Hearts of Oak beat Asante "
        "Kotoko 3-1.",
        {"Kwame Asante-Boateng": ("striker",)},
    ),
    (
        "Dr Hiroko Tanaka, an epidemiologist at Kyoto University, co-authored the study.",
        {"Hiroko Tanaka": ("epidemiologist",)},
    ),
    (
        "Staff Sergeant Marcus Bell, 24, of Toledo, Ohio, died in the attack, the Pentagon said.",
        {"Marcus Bell": ("Staff Sergeant",)},
    ),
    (
        "Chancellor Friederike Lindqvist told the Bundestag that the budget would be "
        "balanced by 2027.",
        {"Friederike Lindqvist": ("Chancellor",)},
    ),
    (
        "The MV Northern Lark was carrying 1,200 tonnes of grain when it ran aground off "
        "Cape Wrath.",
        {},
    ),
    (
        "Sophie Marchetti, an architect, and the engineer Yusuf Demir designed the new library.",
        {"Sophie Marchetti": ("architect",), "Yusuf Demir": ("engineer",)},
    ),
    (
        "Ms Nakamura's lawyer, Bernard Okoye, said his client would appeal.",
        {"Nakamura": (), "Bernard Okoye": ("lawyer",)},
    ),
    (
        "Vice-President Carlos Ibáñez Ortega cancelled a visit to Montevideo because of "
        "Storm Bella.",
        {"Carlos Ibáñez Ortega": ("Vice-President",)},
    ),
    (
        "Interim chief executive Margit Havel will lead the airline until a permanent "
        "successor is found.",
        {"Margit Havel": ("chief executive",)},
    ),
    (
        "Ahmed Al-Mansouri, the UAE's energy minister, said Opec would meet in Vienna next month.",
        {"Ahmed Al-Mansouri": ("energy minister",)},
    ),
    (
        "Commissioner Rosa Delgado of the New Mexico State Police said the suspect was armed.",
        {"Rosa Delgado": ("Commissioner",)},
    ),
    (
        "Lieutenant Colonel Bjørn Aasland, a spokesman for the Norwegian armed forces, "
        "confirmed the helicopter had been recovered.",
        {"Bjørn Aasland": ("Lieutenant Colonel", "spokesman")},
    ),
    (
        "Ms Wanjiru, 32, a primary school teacher from Nakuru, was the only passenger to survive.",
        {"Wanjiru": ("primary school teacher",)},
    ),
    (
        "Local boats, led by skipper Eamon Doherty, spotted the wreckage at dawn.",
        {"Eamon Doherty": ("skipper",)},
    ),
    (
        "Finance Minister Rajesh Venkataraman presented the budget to the Lok Sabha on Thursday.",
        {"Rajesh Venkataraman": ("Finance Minister",)},
    ),
    (
        "Abebe Girma, a farmer in the Tigray region, said the rains had failed for a third year.",
        {"Abebe Girma": ("farmer",)},
    ),
    (
        "A spokesman for Scotland Yard said no arrests had been made.",
        {},
    ),
    (
        "Anna-Lena Björklund won the women's 10,000 metres at the European Championships in Rome.",
        {"Anna-Lena Björklund": ()},
    ),
    (
        "Dame Harriet Sowerby, the actress, has died aged 91, her family said.",
        {"Harriet Sowerby": ("actress",)},
    ),
    (
        "Lord Fenwick, a former Cabinet Secretary, chaired the inquiry.",
        {"Fenwick": ("Cabinet Secretary",)},
    ),
    (
        "The opposition leader, Mariam Touré, accused President Ibrahim Keïta-Sangaré of "
        "rigging the vote.",
        {"Mariam Touré": ("opposition leader",), "Ibrahim Keïta-Sangaré": ("President",)},
    ),
    (
        "Goalkeeper Tomás O'Rourke saved two penalties in the shoot-out.",
        {"Tomás O'Rourke": ("Goalkeeper",)},
    ),
    (
        "Chief Justice Evelyn Mbeki-Hart swore in the new cabinet at State House.",
        {"Evelyn Mbeki-Hart": ("Chief Justice",)},
    ),
    (
        "Nguyen Thi Lan, a garment worker in Ho Chi Minh City, earns about $250 a month.",
        {"Nguyen Thi Lan": ("garment worker",)},
    ),
    (
        "According to Sven Lindahl, a senior analyst at Nordbanken, the krona will weaken "
        "further.",
        {"Sven Lindahl": ("senior analyst",)},
    ),
    (
        "Ambassador Li Wenjun handed the letter to the Secretary-General on Wednesday.",
        {"Li Wenjun": ("Ambassador",)},
    ),
    (
        "Councillor Beatrice Oyelaran-Smith said the Tesco car park would be resurfaced "
        "before Christmas.",
        {"Beatrice Oyelaran-Smith": ("Councillor",)},
    ),
    (
        "Paramedic Jodie Kerrigan and firefighter Owen Pryce were commended for bravery at "
        "a ceremony in Cardiff.",
        {"Jodie Kerrigan": ("Paramedic",), "Owen Pryce": ("firefighter",)},
    ),
    (
        "Tesla and Siemens both reported strong sales in the third quarter.",
        {},
    ),
    (
        "Hélène Dupont-Aignan, chair of the Senate finance committee, called the proposal "
        "reckless.",
        {"Hélène Dupont-Aignan": ("chair",)},
    ),
    (
        "The pilot, Captain Rafael Moreno, told passengers to brace for impact.",
        {"Rafael Moreno": ("pilot", "Captain")},
    ),
    (
        "Yuki Sato-Hernandez, 19, became the youngest winner of the Lausanne piano competition.",
        {"Yuki Sato-Hernandez": ()},
    ),
    (
        "Her sister, Dr Amina Yusuf, a surgeon at the Royal London Hospital, flew in from London.",
        {"Amina Yusuf": ("surgeon",)},
    ),
    (
        "Prosecutors said Viktor Petrenko, 47, a former customs officer, had accepted bribes.",
        {"Viktor Petrenko": ("customs officer",)},
    ),
    (
        "The Supreme Court ruled against the government on Wednesday.",
        {},
    ),
    (
        "Senator Margaret Thornbury, a Republican from Wyoming, said she would vote against "
        "the bill.",
        {"Margaret Thornbury": ("Senator",)},
    ),
    (
        "The chef Massimo Bellandi, whose restaurant in Modena holds three Michelin stars, "
        "is opening a branch in Tokyo.",
        {"Massimo Bellandi": ("chef",)},
    ),
    (
        "Rear Admiral Kofi Mensah-Bonsu took command of the fleet at a ceremony in Takoradi.",
        {"Kofi Mensah-Bonsu": ("Rear Admiral",)},
    ),
    (
        "Speaking at Davos, IMF managing director Claudia Reyes-Whitfield warned of a "
        "global slowdown.",
        {"Claudia Reyes-Whitfield": ("managing director",)},
    ),
    (
        "Alexei Volkov, the goalkeeper's agent, denied the reports.",
        {"Alexei Volkov": ("agent",)},
    ),
    (
        "Police named the victim as Darren Hollis, 28, a delivery driver from Leeds.",
        {"Darren Hollis": ("delivery driver",)},
    ),
    (
        "Mr Van Acker, the headteacher, said pupils would return after the Easter break.",
        {"Van Acker": ("headteacher",)},
    ),
    (
        "Christmas Day trains will be run by Northern Rail and TransPennine Express.",
        {},
    ),
    (
        "Journalist Ahmad Zia Rahimi was released after 40 days in detention, Reporters "
        "Without Borders said.",
        {"Ahmad Zia Rahimi": ("Journalist",)},
    ),
    (
        "The referee, Anthony Taylor-Birch, was escorted off the pitch at Anfield.",
        {"Anthony Taylor-Birch": ("referee",)},
    ),
    (
        "Khalid bin Saeed Al Nuaimi, the emir's chief of staff, met Foreign Secretary "
        "Eleanor Crane in Doha.",
        {
            "Khalid bin Saeed Al Nuaimi": ("chief of staff",),
            "Eleanor Crane": ("Foreign Secretary",),
        },
    ),
    (
        "Isabel da Silva Costa, a nurse, and Miguel dos Santos, a bus driver, were named "
        "Lisbon's citizens of the year.",
        {"Isabel da Silva Costa": ("nurse",), "Miguel dos Santos": ("bus driver",)},
    ),
    (
        "Bishop Nathaniel Osei blessed the new ward at Korle Bu Teaching Hospital.",
        {"Nathaniel Osei": ("Bishop",)},
    ),
    (
        "Mayor Luisa Ferrante and Deputy Mayor Gianni Russo reopened the bridge, which had "
        "been closed since Storm Ciarán.",
        {"Luisa Ferrante": ("Mayor",), "Gianni Russo": ("Deputy Mayor",)},
    ),
    (
        "The accountant, Ms Patel, told the jury she had raised concerns in 2019.",
        {"Patel": ("accountant",)},
    ),
    (
        "The European Union's foreign policy chief, Matthias Krenn, flew to Kyiv on Sunday.",
        {"Matthias Krenn": ("foreign policy chief",)},
    ),
    (
        "A. K. Chatterjee, the bank's governor, left interest rates unchanged.",
        {"A. K. Chatterjee": ("governor",)},
    ),
    (
        "Thousands attended the Notting Hill Carnival despite heavy rain.",
        {},
    ),
    (
        "Brigadier General Sarah Holloway-Banks is the first woman to command the 4th "
        "Infantry Brigade.",
        {"Sarah Holloway-Banks": ("Brigadier General",)},
    ),
    (
        "The chairman and chief executive, Gerhard Vogel, will retire at the end of the year.",
        {"Gerhard Vogel": ("chairman", "chief executive")},
    ),
    (
        "Tatiana Ivanova, twice an Olympic champion, now works as a television commentator.",
        {"Tatiana Ivanova": ("television commentator",)},
    ),
    (
        "Witnesses told reporters that Omar Farouk, a taxi driver, had tried to stop the "
        "attacker.",
        {"Omar Farouk": ("taxi driver",)},
    ),
    (
        "Ireland's Taoiseach, Ciarán Ó Briain, will travel to Washington for St Patrick's Day.",
        {"Ciarán Ó Briain": ("Taoiseach",)},
    ),
    (
        "The physicist Xu Ming and the mathematician Wei-Ling Chang shared the prize.",
        {"Xu Ming": ("physicist",), "Wei-Ling Chang": ("mathematician",)},
    ),
    (
        '"We are heartbroken," the player\'s mother, Gloria Estévez, said.',
        {"Gloria Estévez": ()},
    ),
    (
        "Patients at Dr Fraser's surgery in Glenrothes have been offered other appointments.",
        {"Fraser": ()},
    ),
    (
        "Deputy Prime Minister Hana Novotná said Prague would not expel the diplomats.",
        {"Hana Novotná": ("Deputy Prime Minister",)},
    ),
    (
        "Nurse practitioner Kelly-Ann Brathwaite has run the clinic in Bridgetown since 2019.",
        {"Kelly-Ann Brathwaite": ("Nurse practitioner",)},
    ),
    (
        "Observers from the Carter Center said voting in Lusaka had been orderly.",
        {},
    ),
    (
        "She was questioned by Inspector Rahul Mehta of the Mumbai Police.",
        {"Rahul Mehta": ("Inspector",)},
    ),
    (
        "Kim Min-jun, a software engineer at Samsung, was arrested on suspicion of leaking "
        "chip designs.",
        {"Kim Min-jun": ("software engineer",)},
    ),
    (
        "The band's lead singer, Rory McFadden, cancelled the Glasgow show on doctors' advice.",
        {"Rory McFadden": ("lead singer",)},
    ),
    (
        "Acting Police Commissioner Darnell Wright said patrols would be stepped up over "
        "Labor Day weekend.",
        {"Darnell Wright": ("Police Commissioner",)},
    ),
    (
        "The deal was negotiated by the then finance minister, Ana Pires, in 2011.",
        {"Ana Pires": ("finance minister",)},
    ),
    (
        "Kenyan athlete Faith Chebet broke the course record at the Berlin Marathon.",
        {"Faith Chebet": ("athlete",)},
    ),
    (
        "Victor Mbah, a neighbour, said he heard two shots shortly after midnight.",
        {"Victor Mbah": ()},
    ),
    (
        "The plan was drawn up by Siobhán Nic Aodha, a town planner, and approved by the "
        "council's finance director, Graham Lowe.",
        {"Siobhán Nic Aodha": ("town planner",), "Graham Lowe": ("finance director",)},
    ),
    (
        "Among the dead were Hassan Jaber, a baker, his wife Leila and their son Karim.",
        {"Hassan Jaber": ("baker",), "Leila": (), "Karim": ()},
    ),
    (
        "Major General Pieter Vermeulen, who commands the NATO mission, visited the base at "
        "Rukla.",
        {"Pieter Vermeulen": ("Major General",)},
    ),
    (
        "Heidi Strand-Nilsen, a photographer, said through her lawyers that she would sue "
        "the magazine.",
        {"Heidi Strand-Nilsen": ("photographer",)},
    ),
    (
        "Mr Dlamini, a maths teacher, and Ms O'Sullivan, the deputy head, were suspended "
        "by Ridgeway Academy.",
        {"Dlamini": ("maths teacher",), "O'Sullivan": ("deputy head",)},
    ),
    (
        "Heavy snow closed the A66 across the Pennines and delayed flights at Newcastle Airport.",
        {},
    ),
    (
        "Interior Minister Jaroslav Dvořák blamed the Vltava flooding on poor maintenance.",
        {"Jaroslav Dvořák": ("Interior Minister",)},
    ),
    (
        "Gustavo Pereira, the former Brazil midfielder, was named coach of Sporting Aveiro.",
        {"Gustavo Pereira": ("midfielder", "coach")},
    ),
]

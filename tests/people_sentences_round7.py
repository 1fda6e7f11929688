"""Sentences for the people enricher's seventh round (issue 14, point 10): places, firms,
clubs and bodies of two capitalised words, offices of two or three words before a name,
offices given through a possessive ("her deputy, …"), and people from many cultures.

Written for issue 14 before the seventh round's rules were changed, in two halves, under
the fifth blind set's conventions (see people_sentences_blind5.py). ``ROUND7`` may be
studied while the rules change; ``ROUND7_HELD`` is only measured, never read while they
change. Every person and event is invented; a few real places, clubs and bodies appear
only as capitalised things that are not people.
"""

Case = tuple[str, dict[str, tuple[str, ...]]]

ROUND7: list[Case] = [
    # offices of more than one word before a name
    (
        "Deputy head teacher Marguerite Oyelaran said pupils at Fernhill Academy had been "
        "sent home early.",
        {"Marguerite Oyelaran": ("Deputy head teacher",)},
    ),
    (
        "Lance Corporal Tomasz Wierzbicki, 24, died after a training exercise on Salisbury Plain.",
        {"Tomasz Wierzbicki": ("Lance Corporal",)},
    ),
    (
        "Staff Sergeant Kwame Asante-Boateng led the patrol.",
        {"Kwame Asante-Boateng": ("Staff Sergeant",)},
    ),
    (
        "Chief Inspector Hamida Begum said the search of Clapham Common would continue.",
        {"Hamida Begum": ("Chief Inspector",)},
    ),
    (
        "Assistant chief constable Oluwaseun Bakare said Durham Constabulary had no record "
        "of the call.",
        {"Oluwaseun Bakare": ("Assistant chief constable",)},
    ),
    (
        "Second Lieutenant Aisha Mwangi was decorated at Sandhurst.",
        {"Aisha Mwangi": ("Second Lieutenant",)},
    ),
    (
        "Detective Constable Ravi Chandrasekhar gave evidence at Snaresbrook Crown Court.",
        {"Ravi Chandrasekhar": ("Detective Constable",)},
    ),
    (
        "Sales at Whitmore Foods rose, chief executive Anders Lindqvist said.",
        {"Anders Lindqvist": ("chief executive",)},
    ),
    # offices given through a possessive before a name
    (
        "Her deputy, Ngozi Eze, will chair the meeting at Harrow Civic Centre.",
        {"Ngozi Eze": ("deputy",)},
    ),
    (
        "The club's physiotherapist, Dafydd Pritchard, treated the striker on the touchline.",
        {"Dafydd Pritchard": ("physiotherapist",)},
    ),
    (
        "Her spokeswoman, Ingrid Solberg, declined to comment.",
        {"Ingrid Solberg": ("spokeswoman",)},
    ),
    (
        "The firm's finance director, Rashid Al-Mansouri, resigned on Tuesday.",
        {"Rashid Al-Mansouri": ("finance director",)},
    ),
    (
        "The school's head of music, Siobhán Ní Bhriain, wrote the anthem.",
        {"Siobhán Ní Bhriain": ("head of music",)},
    ),
    (
        "His agent, Ferenc Kovács, confirmed the transfer to Ajax.",
        {"Ferenc Kovács": ("agent",)},
    ),
    (
        "The charity's founder, Tendai Moyo, thanked Comic Relief.",
        {"Tendai Moyo": ("founder",)},
    ),
    (
        "Their lawyer, Sofía Valenzuela, said the families would appeal.",
        {"Sofía Valenzuela": ("lawyer",)},
    ),
    (
        "The hotel's general manager, Arjun Malhotra, blamed Storm Ciarán.",
        {"Arjun Malhotra": ("general manager",)},
    ),
    # places, buildings, bodies, clubs and firms named like people
    (
        "Traffic was diverted along Kingsbury Road after a lorry overturned near Hollins Bridge.",
        {},
    ),
    (
        "Officers from Lancashire Police were called to Ribble Valley just after midnight.",
        {},
    ),
    (
        "Wexford Rovers beat Cobh Ramblers in front of a crowd of 3,000.",
        {},
    ),
    (
        "Councillors on Tendring Council voted to close Walton Pier for repairs.",
        {},
    ),
    (
        "Residents of Abbey Wood and Thamesmead complained about the smell.",
        {},
    ),
    (
        "Shares in Hargreaves Lansdown fell after Ashworth Capital cut its forecast.",
        {},
    ),
    (
        "The bakery on Pudding Lane closed after Carter Brothers raised the rent.",
        {},
    ),
    (
        "A fire broke out at Carlton Mill, close to Bramley Park.",
        {},
    ),
    (
        "Visitors to Hampton Court and Kew Gardens were turned away.",
        {},
    ),
    (
        "Trains between Harrow Weald and Stanmore Junction were cancelled.",
        {},
    ),
    (
        "Emergency crews from Kent Fire and Rescue reached Dover Marina within minutes.",
        {},
    ),
    # people beside such places, with and without roles
    (
        "Patients at Marston Green Hospital were moved after a leak, said Priya "
        "Raghunathan, the hospital's chief nurse.",
        {"Priya Raghunathan": ("chief nurse",)},
    ),
    (
        "Mrs Adeyemi, a dinner lady at Oakfield Primary, retired after 30 years.",
        {"Adeyemi": ("dinner lady",)},
    ),
    (
        "Thiago Nascimento, 31, was arrested at Stansted Airport.",
        {"Thiago Nascimento": ()},
    ),
    (
        "The exhibition at Kelvingrove Gallery was opened by Fiona MacLeod, the city's Lord "
        "Provost.",
        {"Fiona MacLeod": ("Lord Provost",)},
    ),
    (
        "Mehmet Yıldız and his daughter, Elif, run a kebab shop near Finsbury Park.",
        {"Mehmet Yıldız": (), "Elif": ()},
    ),
    (
        "Nguyen Van Minh, a fisherman from Hai Phong, was rescued by the coastguard.",
        {"Nguyen Van Minh": ("fisherman",)},
    ),
    (
        "Police Scotland said the body of Callum Baird was found near Loch Ness.",
        {"Callum Baird": ()},
    ),
    (
        "Gwen Howells, the farm's manager, said Severn Trent had cut the supply.",
        {"Gwen Howells": ("manager",)},
    ),
    (
        "Bolton Wanderers appointed Jürgen Hoffmann as assistant manager.",
        {"Jürgen Hoffmann": ("assistant manager",)},
    ),
    (
        "Kofi Mensah, leader of Stockport Council, said the library on Grange Road would "
        "stay open.",
        {"Kofi Mensah": ("leader",)},
    ),
    (
        "Ms Papadopoulou, a pharmacist, told Lewes Magistrates she had been threatened.",
        {"Papadopoulou": ("pharmacist",)},
    ),
    (
        "Yusuf Haddad, the mosque's imam, and Rabbi Miriam Cohen spoke at Victoria Square.",
        {"Yusuf Haddad": ("imam",), "Miriam Cohen": ("Rabbi",)},
    ),
]

ROUND7_HELD: list[Case] = [
    (
        "Senior nurse Precious Dlamini said wards at Northwick Park were full.",
        {"Precious Dlamini": ("Senior nurse",)},
    ),
    (
        "Her campaign manager, Ilkka Virtanen, denied the claims.",
        {"Ilkka Virtanen": ("campaign manager",)},
    ),
    (
        "The museum's chief curator, Beatriz Almeida, said Tate Modern had lent two paintings.",
        {"Beatriz Almeida": ("chief curator",)},
    ),
    (
        "Flooding closed Waterside Lane and parts of Millbrook Way on Sunday.",
        {},
    ),
    (
        "Leyton Orient drew with Forest Green Rovers.",
        {},
    ),
    (
        "Petty Officer Dmitri Sokolov was praised for his bravery.",
        {"Dmitri Sokolov": ("Petty Officer",)},
    ),
    (
        "Officers from Avon and Somerset Police searched Ashton Court.",
        {},
    ),
    (
        "The council's planning officer, Hamza Qureshi, recommended refusal.",
        {"Hamza Qureshi": ("planning officer",)},
    ),
    (
        "Students at Riverside College staged a walkout over fees, said Chidi Okafor, the "
        "students' union president.",
        {"Chidi Okafor": ("president",)},
    ),
    (
        "Wing Commander Harriet Ashdown flew over Brize Norton.",
        {"Harriet Ashdown": ("Wing Commander",)},
    ),
    (
        "Funding for Highgate Cemetery was approved by Camden Council.",
        {},
    ),
    (
        "Astrid Nilsen, 52, a ferry captain, was named in the report.",
        {"Astrid Nilsen": ("ferry captain",)},
    ),
    (
        "His physiotherapist, Kenji Watanabe, said the injury would heal.",
        {"Kenji Watanabe": ("physiotherapist",)},
    ),
    (
        "Police were called to Elmwood Terrace after reports of a fight near Station Parade.",
        {},
    ),
    (
        "Lucía Fernández said she would sue Cardiff and Vale University Health Board.",
        {"Lucía Fernández": ()},
    ),
    (
        "The academy's director of sport, Ifeanyi Obi, left for Chelsea.",
        {"Ifeanyi Obi": ("director of sport",)},
    ),
    (
        "Acting Detective Sergeant Mairead Quinn told the court the car was stolen.",
        {"Mairead Quinn": ("Detective Sergeant",)},
    ),
    (
        "Builders at Kingfisher Quay uncovered a Roman wall.",
        {},
    ),
    (
        "Guests at Mandarin Oriental included the singer Zara Okonjo.",
        {"Zara Okonjo": ("singer",)},
    ),
    (
        "Pavel Novák, the club's kit man, has worked at Sparta Prague for 40 years.",
        {"Pavel Novák": ("kit man",)},
    ),
    (
        "Regular customers at the Red Lion pub include Mr Bhattacharya.",
        {"Bhattacharya": ()},
    ),
    (
        "Trading at Bellway Homes was suspended after its finance chief, Oona Gallagher, quit.",
        {"Oona Gallagher": ("finance chief",)},
    ),
    (
        "The patrol was led by Major Themba Nkosi.",
        {"Themba Nkosi": ("Major",)},
    ),
    (
        "Drivers on Crown Point Road faced delays as Network Rail repaired Leeds Bridge.",
        {},
    ),
    (
        "Giulia Romano, a midwife at St Thomas' Hospital, won the award.",
        {"Giulia Romano": ("midwife",)},
    ),
    (
        "Her understudy, Fatou Diop, took the lead role at the Lyceum Theatre.",
        {"Fatou Diop": ("understudy",)},
    ),
    (
        "Oldham Athletic and Grimsby Town both lost.",
        {},
    ),
    (
        "Farmers near Dartmoor National Park blamed Natural England.",
        {},
    ),
    (
        "Principal Jonah Whitfield said Greenacre School would reopen.",
        {"Jonah Whitfield": ("Principal",)},
    ),
    (
        "The bishop's chaplain, Father Tadeusz Nowak, led the service.",
        {"Tadeusz Nowak": ("chaplain",)},
    ),
    (
        "Dariush Karimi and Parisa Tehrani founded Saffron House in 2010.",
        {"Dariush Karimi": (), "Parisa Tehrani": ()},
    ),
    (
        "Mount Pleasant sorting office was shut after Royal Mail found a suspect package.",
        {},
    ),
    (
        "The ship's chief engineer, Rajesh Pillai, raised the alarm.",
        {"Rajesh Pillai": ("chief engineer",)},
    ),
    (
        "Deputy Chief Constable Yetunde Adebayo said Thames Valley Police would review the case.",
        {"Yetunde Adebayo": ("Deputy Chief Constable",)},
    ),
    (
        "Ayumi Tanaka, 19, and her coach, Lars Eriksen, flew home from Oslo.",
        {"Ayumi Tanaka": (), "Lars Eriksen": ("coach",)},
    ),
    (
        "Queens Park Rangers signed a defender from Bristol City.",
        {},
    ),
    (
        "The village's postmistress, Bronwen Jenkins, has run the shop since 1987.",
        {"Bronwen Jenkins": ("postmistress",)},
    ),
    (
        "Shoppers at Meadowhall Centre and Crystal Peaks were evacuated.",
        {},
    ),
    (
        "Professor Amara Nwosu, head of paediatrics at Alder Hey, led the study.",
        {"Amara Nwosu": ("head of paediatrics",)},
    ),
    (
        "Sgt Emeka Chukwu, of Brent Police, arrested the man on Harlesden High Street.",
        {"Emeka Chukwu": ("Sgt",)},
    ),
]

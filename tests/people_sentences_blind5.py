"""Blind sentences for the people enricher, fifth set (issue 14).

These sentences were written blind for issue 14 by someone who had not read the
enricher's rules, its other test sentences or its documentation. They were
committed before the enricher's sixth round of rules and are held out to measure
that round. All names and events are invented (a few real places, institutions,
prizes and brands appear only as capitalised things that are not people).

Each case maps a sentence to the people it names and the complete names of
their roles as the sentence gives them. Annotation conventions:

- A person is keyed by the name as written, without a courtesy title or
  honorific before it (Mr, Mrs, Ms, Dr, Prof, Professor, Sir, Dame, Lord, Lady,
  Sister, Father, Brother): "Dr Jane Roe" -> "Jane Roe", "Mr Okafor" ->
  "Okafor"; particles stay ("Ms de la Cruz" -> "de la Cruz"). Religious offices
  used as titles (Rabbi, Imam, Sheikh, Cardinal, Bishop, Pastor, Reverend) and
  military or police ranks before a name ("Lieutenant Colonel", "Sergeant",
  "Private", "Captain") are roles.
- Roles are the offices, ranks and jobs the sentence gives the person, complete
  as the sentence writes the office or job itself, in the sentence's letter
  case, without nationality or place adjectives ("the French Foreign Minister"
  -> "Foreign Minister", "the US ambassador to Japan" -> "ambassador"), party
  labels ("Labour councillor" -> "councillor"), the organisation or body
  ("chief executive of Acme" -> "chief executive", "Met Office forecaster" ->
  "forecaster", "parish council chairman" -> "chairman") and temporal words
  ("former", "retired", "then", "new", "acting", "interim"). "counterpart" is
  not a role; family relations and descriptions that are not jobs ("a
  witness", "a neighbour", "a 12-year-old", "a survivor", "a veteran") are not
  roles. Two roles of one person are both listed.
- People named by a first name or a surname alone count.
- A person the sentence gives no role maps to an empty tuple; a sentence that
  names nobody maps to an empty dict.
"""

Case = tuple[str, dict[str, tuple[str, ...]]]

BLIND5: list[Case] = [
    # politics
    (
        (
            "The Foreign Minister, Helga Sørensen, flew to Brussels on Tuesday for talks on "
            "fishing quotas."
        ),
        {"Helga Sørensen": ("Foreign Minister",)},
    ),
    (
        "Sørensen later met her Norwegian counterpart, Lars Eide, at the Berlaymont building.",
        {"Sørensen": (), "Lars Eide": ()},
    ),
    (
        (
            "Asked about the delays, Transport Secretary Gareth Pryce said passengers deserved "
            "better."
        ),
        {"Gareth Pryce": ("Transport Secretary",)},
    ),
    (
        "The shadow chancellor, Nadia Quereshi, accused ministers of 'cooking the books'.",
        {"Nadia Quereshi": ("shadow chancellor",)},
    ),
    (
        (
            "Labour MP and former teacher Joanna Simms has been appointed to the education "
            "select committee."
        ),
        {"Joanna Simms": ("MP", "teacher")},
    ),
    (
        "Prime Minister Aurelio Bastos survived a confidence vote in Lisbon by 11 votes.",
        {"Aurelio Bastos": ("Prime Minister",)},
    ),
    (
        (
            "Voters in Thornbury ward go to the polls on Thursday after the death of councillor "
            "Ken Abbott."
        ),
        {"Ken Abbott": ("councillor",)},
    ),
    (
        (
            "Liberal Democrat councillor Priti Vaghela, who chairs the planning committee, said "
            "the scheme would be reconsidered."
        ),
        {"Priti Vaghela": ("councillor",)},
    ),
    (
        "Ms Vaghela's spokesman, Colin Rudd, said she had no intention of resigning.",
        {"Vaghela": (), "Colin Rudd": ("spokesman",)},
    ),
    (
        "The White House press secretary, Dana Whitfield, declined to comment on the report.",
        {"Dana Whitfield": ("press secretary",)},
    ),
    (
        (
            "President Kwame Asante-Boateng will address the African Union summit in Addis Ababa "
            "next week."
        ),
        {"Kwame Asante-Boateng": ("President",)},
    ),
    (
        (
            "Downing Street said the Chancellor of the Exchequer, Rupert Lyle, would deliver his "
            "statement on 14 November."
        ),
        {"Rupert Lyle": ("Chancellor of the Exchequer",)},
    ),
    (
        "The then home secretary, Margaret Ellery, had signed the deportation order in 2016.",
        {"Margaret Ellery": ("home secretary",)},
    ),
    (
        (
            "Senator Ruth Oyelaran, a Democrat from Ohio, introduced the bill alongside Senator "
            "Dale Kemper."
        ),
        {"Ruth Oyelaran": ("Senator",), "Dale Kemper": ("Senator",)},
    ),
    ("The Conservative Party conference opens in Manchester on Sunday.", {}),
    (
        (
            "The junior health minister, Olusegun Bakare, told the Commons the figures were "
            "'unacceptable'."
        ),
        {"Olusegun Bakare": ("junior health minister",)},
    ),
    (
        (
            "A spokesperson for the European Commission, Lotte Verhoeven, said talks would "
            "resume in June."
        ),
        {"Lotte Verhoeven": ("spokesperson",)},
    ),
    (
        "Former deputy prime minister Hamish Grant is to stand down at the next election.",
        {"Hamish Grant": ("deputy prime minister",)},
    ),
    (
        (
            "The Speaker, Rhiannon Beddoe, suspended the sitting for 20 minutes after protesters "
            "disrupted the chamber."
        ),
        {"Rhiannon Beddoe": ("Speaker",)},
    ),
    (
        "Jun Takahashi, the Japanese ambassador to the UK, laid a wreath at the Cenotaph.",
        {"Jun Takahashi": ("ambassador",)},
    ),
    (
        "Olena Hrytsenko, Ukraine's deputy foreign minister, met officials in Warsaw on Monday.",
        {"Olena Hrytsenko": ("deputy foreign minister",)},
    ),
    (
        (
            "The Chilean president, Nicolás Ferrán Aguilera, arrived in Madrid for a three-day "
            "state visit."
        ),
        {"Nicolás Ferrán Aguilera": ("president",)},
    ),
    (
        (
            "'This is a dark day for the town,' said Bernard Ashe, the leader of Calder Valley "
            "Council."
        ),
        {"Bernard Ashe": ("leader",)},
    ),
    (
        "Asked whether he would stand again, Mr Hollins said: 'That is a matter for the members.'",
        {"Hollins": ()},
    ),
    (
        "Mayor Jacinta Oduya signed the emergency order shortly after midnight.",
        {"Jacinta Oduya": ("Mayor",)},
    ),
    (
        (
            "Defence Secretary Alistair Crane confirmed that two more frigates would be ordered "
            "from the Govan yard."
        ),
        {"Alistair Crane": ("Defence Secretary",)},
    ),
    (
        (
            "Health Secretary Bronwen Hale and her Scottish counterpart, Euan Laird, will meet "
            "in Carlisle."
        ),
        {"Bronwen Hale": ("Health Secretary",), "Euan Laird": ()},
    ),
    (
        "Ottilie Fairbanks, 7, wrote to the Prime Minister asking him to ban plastic straws.",
        {"Ottilie Fairbanks": ()},
    ),
    # courts
    (
        (
            "Judge Miriam Castellanos told the jury at Snaresbrook Crown Court to disregard the "
            "remark."
        ),
        {"Miriam Castellanos": ("Judge",)},
    ),
    (
        (
            "Mr Okonkwo, a 54-year-old taxi driver from Luton, denies causing death by dangerous "
            "driving."
        ),
        {"Okonkwo": ("taxi driver",)},
    ),
    (
        "The prosecutor, Harriet Blaine, said the defendant had 'lied repeatedly' to police.",
        {"Harriet Blaine": ("prosecutor",)},
    ),
    (
        "Chen's solicitor, Martin Abara, said his client would appeal against the verdict.",
        {"Chen": (), "Martin Abara": ("solicitor",)},
    ),
    ("The trial at the Old Bailey was adjourned until 3 March.", {}),
    (
        (
            "At Cardiff Magistrates' Court, deputy district judge Aled Morgan-Price sentenced "
            "Wainwright to 18 weeks, suspended for two years."
        ),
        {"Aled Morgan-Price": ("deputy district judge",), "Wainwright": ()},
    ),
    (
        "Giulia Ferraro, 29, of Bristol Road, Selly Oak, admitted theft and was fined £400.",
        {"Giulia Ferraro": ()},
    ),
    (
        "The coroner, Dr Ashok Pillai, recorded a conclusion of accidental death.",
        {"Ashok Pillai": ("coroner",)},
    ),
    (
        (
            "Defending, Sean McAllister told the court his client had been a model tenant at "
            "Hawthorn House."
        ),
        {"Sean McAllister": ()},
    ),
    (
        "Justice Elaine Fortescue, sitting at the High Court, granted the injunction on Friday.",
        {"Elaine Fortescue": ("Justice",)},
    ),
    (
        (
            "A jury at Leeds Crown Court heard that the victim, Callum Doyle, was stabbed twice "
            "outside the Black Horse pub."
        ),
        {"Callum Doyle": ()},
    ),
    (
        "The charges were read by the court clerk, Bethan Lloyd-Jones.",
        {"Bethan Lloyd-Jones": ("court clerk",)},
    ),
    (
        "In a statement, the family of Ellie Rhodes said she 'lit up every room'.",
        {"Ellie Rhodes": ()},
    ),
    (
        "Kasia Nowak, 31, a care worker, told the tribunal she had been dismissed unfairly.",
        {"Kasia Nowak": ("care worker",)},
    ),
    (
        (
            "The inquest heard that Dr Olu Balogun, a registrar at the hospital, had not been "
            "told of the allergy."
        ),
        {"Olu Balogun": ("registrar",)},
    ),
    (
        "A.J. Pemberton, the school's bursar, admitted taking £86,000 from the parents' fund.",
        {"A.J. Pemberton": ("bursar",)},
    ),
    (
        (
            "Thomas R. Halloway, a partner at the law firm Bryce Halloway LLP, was struck off by "
            "the tribunal."
        ),
        {"Thomas R. Halloway": ("partner",)},
    ),
    (
        (
            "The Crown Prosecution Service said charges against Gareth Finch and Lee Monaghan "
            "had been dropped."
        ),
        {"Gareth Finch": (), "Lee Monaghan": ()},
    ),
    (
        "Ndidi Okeke, representing the family, said they would seek a judicial review.",
        {"Ndidi Okeke": ()},
    ),
    # business
    (
        (
            "The chief executive of Pellham Foods, Amara Osei-Bonsu, will step down in March "
            "after nine years."
        ),
        {"Amara Osei-Bonsu": ("chief executive",)},
    ),
    (
        "Shares in Harrington & Vale fell 12% after the retailer issued its third profit warning.",
        {},
    ),
    (
        (
            "The company expects to return to profit by 2026, said Leo Tanaka-Reid, its finance "
            "director."
        ),
        {"Leo Tanaka-Reid": ("finance director",)},
    ),
    (
        (
            "Bank of England governor Felicity Ambrose warned that inflation would stay "
            "'stubbornly high'."
        ),
        {"Felicity Ambrose": ("governor",)},
    ),
    (
        "Ferguson Brothers, the Clydeside shipbuilder, has won a £90m contract for two ferries.",
        {},
    ),
    (
        (
            "Siobhán Ní Bhriain, founder of the Galway software company Corrib Labs, sold her "
            "stake for €40m."
        ),
        {"Siobhán Ní Bhriain": ("founder",)},
    ),
    (
        (
            "Dave Hollins, general secretary of the Transport Workers' Union, said members would "
            "strike from Monday."
        ),
        {"Dave Hollins": ("general secretary",)},
    ),
    ("The Marcus Webb Foundation has donated £2m to the hospice appeal.", {}),
    (
        (
            "'The results were better than feared,' said Priyanka Desai, an analyst at Cardew "
            "Securities."
        ),
        {"Priyanka Desai": ("analyst",)},
    ),
    (
        "Mr Brennan, the airline's chairman, said fares would rise by an average of 6%.",
        {"Brennan": ("chairman",)},
    ),
    (
        (
            "Zhang Wei, sales director at Lumeng Electronics, said demand in Europe had slowed "
            "sharply."
        ),
        {"Zhang Wei": ("sales director",)},
    ),
    (
        "Sales at Morrison & Daughters, the family-run bakery chain, rose 8% in the year to June.",
        {},
    ),
    (
        (
            "Inês Carvalho dos Santos, the chief operating officer, will become chief executive "
            "on 1 April."
        ),
        {"Inês Carvalho dos Santos": ("chief operating officer", "chief executive")},
    ),
    (
        (
            "Aziz Rahimi, a warehouse worker in Daventry, said staff had not had a pay rise in "
            "three years."
        ),
        {"Aziz Rahimi": ("warehouse worker",)},
    ),
    ("The Ford plant at Dagenham will cut 300 jobs by the end of the year.", {}),
    (
        (
            "Hamza Qureshi, chief economist at Lyle Baxter Bank, said interest rates would fall "
            "twice next year."
        ),
        {"Hamza Qureshi": ("chief economist",)},
    ),
    (
        "The entrepreneur Bethany Koh, who built the app at 19, is now worth an estimated £300m.",
        {"Bethany Koh": ("entrepreneur",)},
    ),
    ("Rolls-Royce will build the first of the small reactors at its Derby site.", {}),
    (
        (
            "Marguerite Delacroix-Hervé, the group's head of communications, said no decision "
            "had been taken."
        ),
        {"Marguerite Delacroix-Hervé": ("head of communications",)},
    ),
    # sport
    (
        (
            "Harbour City manager Teodor Lindqvist praised his players after the 3-1 win over "
            "Ashcombe Rovers at Kingsmead Stadium."
        ),
        {"Teodor Lindqvist": ("manager",)},
    ),
    (
        (
            "Mateo Giménez scored twice and goalkeeper Ryan O'Donoghue saved a penalty in "
            "stoppage time."
        ),
        {"Mateo Giménez": (), "Ryan O'Donoghue": ("goalkeeper",)},
    ),
    (
        (
            "Former England captain Sarah Whitlock has been named head coach of the Wales "
            "women's side."
        ),
        {"Sarah Whitlock": ("captain", "head coach")},
    ),
    (
        "The racing driver Luca Bernardi-Rossi crashed out on the opening lap at Silverstone.",
        {"Luca Bernardi-Rossi": ("racing driver",)},
    ),
    ("The Calloway Trophy was retained by Dunmore Golf Club for a fourth year.", {}),
    (
        "Two players were sent off by the referee, Anthony Mbeki-Lowe, before half-time.",
        {"Anthony Mbeki-Lowe": ("referee",)},
    ),
    (
        "The jockey Niamh Fitzgerald rode Copper Kettle to victory at Aintree.",
        {"Niamh Fitzgerald": ("jockey",)},
    ),
    (
        "Yuki Morimoto beat the world number three, Elena Vasquez, 6-4 6-2 in Melbourne.",
        {"Yuki Morimoto": (), "Elena Vasquez": ()},
    ),
    (
        (
            "Kabir Sethi, the club's physiotherapist, said the injury was not as serious as "
            "first feared."
        ),
        {"Kabir Sethi": ("physiotherapist",)},
    ),
    (
        (
            "The Wanderers chairman, Ray Gittings, confirmed that the interim manager, Phil "
            "Ashton, would stay until the summer."
        ),
        {"Ray Gittings": ("chairman",), "Phil Ashton": ("manager",)},
    ),
    (
        "Olympic champion Aiyana Redcloud won the 400m at the Diamond League meeting in Oslo.",
        {"Aiyana Redcloud": ()},
    ),
    ("The Boat Race will be held on the Thames on 30 March.", {}),
    (
        "Somerset's Jack Penhaligon made 143 at Taunton as the hosts piled up 512 for six.",
        {"Jack Penhaligon": ()},
    ),
    (
        "Wales head coach Ioan Griffiths has named three uncapped players for the Six Nations.",
        {"Ioan Griffiths": ("head coach",)},
    ),
    ("Rain delayed play at Wimbledon for more than two hours on Monday.", {}),
    (
        "The Scottish cyclist Eilidh Sutherland took the leader's jersey on the climb to Ventoux.",
        {"Eilidh Sutherland": ("cyclist",)},
    ),
    (
        "The promoter, Lenny Caldwell, said the fight at Wembley Arena would go ahead as planned.",
        {"Lenny Caldwell": ("promoter",)},
    ),
    (
        "Ferrari team principal Giancarlo Vezzoli admitted the car was 'simply not quick enough'.",
        {"Giancarlo Vezzoli": ("team principal",)},
    ),
    (
        "Midfielder Jonjo Keane has signed a two-year extension with Rochdale.",
        {"Jonjo Keane": ("Midfielder",)},
    ),
    (
        (
            "Ollie Brand, the captain, and wicketkeeper Sam de Villiers-Hart have both signed "
            "new contracts."
        ),
        {"Ollie Brand": ("captain",), "Sam de Villiers-Hart": ("wicketkeeper",)},
    ),
    # culture
    (
        (
            "The poet laureate, Celia Ashworth-Brown, read a new work at the Wyebridge Literary "
            "Festival."
        ),
        {"Celia Ashworth-Brown": ("poet laureate",)},
    ),
    (
        (
            "The shortlist for the Elsa Lindgren Prize for translation was announced at the "
            "British Library."
        ),
        {},
    ),
    (
        "The novelist Tobias Marchetti has won the Costa first novel award for The Salt Road.",
        {"Tobias Marchetti": ("novelist",)},
    ),
    (
        (
            "The exhibition at the Whitworth includes 40 works by the Ghanaian painter Kofi "
            "Mensah-Armah."
        ),
        {"Kofi Mensah-Armah": ("painter",)},
    ),
    (
        "Ilse Brandauer will conduct the Hallé in Mahler's Fifth at the Bridgewater Hall.",
        {"Ilse Brandauer": ()},
    ),
    (
        (
            "The actor Dominic Fairweather and the director Saoirse Kavanagh are to work "
            "together again."
        ),
        {"Dominic Fairweather": ("actor",), "Saoirse Kavanagh": ("director",)},
    ),
    ("Tickets for the Brockwell Summer Festival sold out in 20 minutes.", {}),
    (
        (
            "Jazz saxophonist Marlon Beckford, who has died aged 78, toured with the big bands "
            "of the 1960s."
        ),
        {"Marlon Beckford": ("Jazz saxophonist",)},
    ),
    (
        "The museum's curator, Dr Yasmin El-Amin, said the bronzes would be returned to Nigeria.",
        {"Yasmin El-Amin": ("curator",)},
    ),
    (
        (
            "Oksana Lytvyn, a principal dancer with the Royal Ballet, will dance Giselle at "
            "Covent Garden."
        ),
        {"Oksana Lytvyn": ("principal dancer",)},
    ),
    ("A new production of King Lear opens at the Lyric Theatre next month.", {}),
    (
        "The singer-songwriter Ffion Roberts won best newcomer at the Brit Awards.",
        {"Ffion Roberts": ("singer-songwriter",)},
    ),
    ("A Picasso on loan from the Louvre will hang in the Ashmolean until June.", {}),
    (
        "The new film by the director Agnès Morel-Laurent premieres at Cannes on Friday.",
        {"Agnès Morel-Laurent": ("director",)},
    ),
    (
        "A bronze by the sculptor Dumisani Khumalo was unveiled in Jubilee Square.",
        {"Dumisani Khumalo": ("sculptor",)},
    ),
    (
        "The BBC presenter Gwen Ashford will host the ceremony at the Royal Albert Hall.",
        {"Gwen Ashford": ("presenter",)},
    ),
    (
        "Rosalind Kerr, editor of the Ashby Gazette, has retired after 22 years.",
        {"Rosalind Kerr": ("editor",)},
    ),
    (
        (
            "Among the speakers were the economist Dr Farah Siddiqui, the historian Owen "
            "Tudor-Evans and the comedian Jess Alderton."
        ),
        {
            "Farah Siddiqui": ("economist",),
            "Owen Tudor-Evans": ("historian",),
            "Jess Alderton": ("comedian",),
        },
    ),
    # science
    (
        (
            "Prof Hiroshi Tanabe, a glaciologist at the University of Tromsø, warned that the "
            "ice shelf was thinning faster than expected."
        ),
        {"Hiroshi Tanabe": ("glaciologist",)},
    ),
    ("The Halley Research Station will be closed for the Antarctic winter.", {}),
    (
        "Researchers led by Dr Anneliese Vogt of the Max Planck Institute found the gene in 2019.",
        {"Anneliese Vogt": ()},
    ),
    (
        (
            "NASA astronaut Carmen Ruiz-Delgado will spend six months aboard the International "
            "Space Station."
        ),
        {"Carmen Ruiz-Delgado": ("astronaut",)},
    ),
    ("The James Webb Space Telescope captured the image in infrared light.", {}),
    (
        "Tevita Fifita, a marine biologist, said bleaching had affected a third of the reef.",
        {"Tevita Fifita": ("marine biologist",)},
    ),
    (
        "The study, published in Nature, was written by Dr. Alan Reyes and Dr. Mei-Ling Chou.",
        {"Alan Reyes": (), "Mei-Ling Chou": ()},
    ),
    (
        (
            "The government's chief scientific adviser, Prof Dame Hilary Wren, said the risk "
            "remained low."
        ),
        {"Hilary Wren": ("chief scientific adviser",)},
    ),
    (
        "The fire started in a laboratory on the third floor of the Darwin Building.",
        {},
    ),
    (
        (
            "Dr Kwabena Owusu, an epidemiologist at the London School of Hygiene and Tropical "
            "Medicine, said cases had peaked."
        ),
        {"Kwabena Owusu": ("epidemiologist",)},
    ),
    (
        "The structural engineer Wilhelmina Boers said the bridge was safe to reopen.",
        {"Wilhelmina Boers": ("structural engineer",)},
    ),
    (
        "Dr Sun-Hee Park, a geneticist in Seoul, said the findings needed to be replicated.",
        {"Sun-Hee Park": ("geneticist",)},
    ),
    ("Astronomers at Jodrell Bank detected the signal on New Year's Eve.", {}),
    # health
    (
        (
            "Dr Ingrid van der Berg, a consultant cardiologist at St Luke's Hospital, said "
            "waiting times had doubled."
        ),
        {"Ingrid van der Berg": ("consultant cardiologist",)},
    ),
    (
        "'We were lucky,' said Priya Raman, a nurse at St Columba's Hospice.",
        {"Priya Raman": ("nurse",)},
    ),
    (
        "Gemma Holt, a nurse practitioner, runs the walk-in clinic on Tuesdays and Thursdays.",
        {"Gemma Holt": ("nurse practitioner",)},
    ),
    ("The Royal Alexandra Hospital has declared a critical incident.", {}),
    (
        "A paramedic, Steve Darlington, was first on the scene.",
        {"Steve Darlington": ("paramedic",)},
    ),
    (
        (
            "NHS England's medical director, Prof Omar Haddad, said the winter would be 'very "
            "difficult'."
        ),
        {"Omar Haddad": ("medical director",)},
    ),
    (
        "Dr Fatima Begum, a GP in Oldham, said flu cases were rising among the over-65s.",
        {"Fatima Begum": ("GP",)},
    ),
    (
        "Deepak Joshi, who runs a pharmacy in Hove, said he had run out of the vaccine.",
        {"Deepak Joshi": ()},
    ),
    (
        "Rahul Bhose, a dentist in Leicester, said he could no longer take on NHS patients.",
        {"Rahul Bhose": ("dentist",)},
    ),
    (
        "Angela Whitcombe, manager of Ashgrove Care Home, said visiting would resume on Monday.",
        {"Angela Whitcombe": ("manager",)},
    ),
    (
        "The chief nursing officer, Ruth Mbatha, said recruitment from abroad would continue.",
        {"Ruth Mbatha": ("chief nursing officer",)},
    ),
    # crime
    (
        (
            "Detective Inspector Raj Malhotra said officers were keeping an open mind about the "
            "motive."
        ),
        {"Raj Malhotra": ("Detective Inspector",)},
    ),
    (
        "PC Dan Hughes, who was off duty, chased the suspect along Canal Street.",
        {"Dan Hughes": ("PC",)},
    ),
    (
        "Acting Chief Constable Lorraine Baptiste apologised to the family.",
        {"Lorraine Baptiste": ("Chief Constable",)},
    ),
    ("A 23-year-old man from Peckham has been charged with robbery.", {}),
    (
        "Police want to trace Jordan, 15, who was last seen near Brixton station.",
        {"Jordan": ()},
    ),
    (
        (
            "Detective Sergeant Kerry-Ann Walsh of Merseyside Police described the attack as "
            "'cowardly'."
        ),
        {"Kerry-Ann Walsh": ("Detective Sergeant",)},
    ),
    (
        (
            "The body of Martin Eckersley, a 61-year-old postman, was found in a flat on Gorse "
            "Hill Road."
        ),
        {"Martin Eckersley": ("postman",)},
    ),
    (
        "A Scotland Yard detective, Chief Inspector Ben Akande, led the inquiry.",
        {"Ben Akande": ("detective", "Chief Inspector")},
    ),
    (
        "Abdi Warsame, a security guard at the Arndale Centre, tackled the gunman.",
        {"Abdi Warsame": ("security guard",)},
    ),
    (
        "Superintendent Mark Hollier said extra patrols would be in place over the weekend.",
        {"Mark Hollier": ("Superintendent",)},
    ),
    (
        (
            "A teenager, named locally as Kai, was taken to the Queen Elizabeth Hospital with "
            "stab wounds."
        ),
        {"Kai": ()},
    ),
    (
        "A traffic warden, Moses Adebayo, was punched in Station Road on Saturday.",
        {"Moses Adebayo": ("traffic warden",)},
    ),
    # weather
    ("Storm Edwina is expected to bring gusts of 80mph to the west coast on Friday.", {}),
    (
        "Met Office forecaster Holly Brannigan said temperatures could reach 34C in London.",
        {"Holly Brannigan": ("forecaster",)},
    ),
    (
        (
            "Flooding closed Mill Lane and parts of Victoria Park overnight, the Environment "
            "Agency said."
        ),
        {},
    ),
    (
        (
            "'It will be a washout for most of us,' said Tomás Ortega, a meteorologist with "
            "WeatherPro."
        ),
        {"Tomás Ortega": ("meteorologist",)},
    ),
    ("Snow closed the A66 between Scotch Corner and Penrith.", {}),
    ("Hurricane Bertrand made landfall near Corpus Christi on Saturday.", {}),
    ("Storm Isolde left 30,000 homes in Cornwall without power.", {}),
    (
        (
            "Pete Carver, a flood duty manager at the Environment Agency, urged drivers not to "
            "enter floodwater."
        ),
        {"Pete Carver": ("flood duty manager",)},
    ),
    # transport
    ("The Queen Elizabeth II Bridge was closed for three hours after a lorry overturned.", {}),
    (
        "The driver of the 07:12 from Reading, Mick Farrelly, was treated for shock.",
        {"Mick Farrelly": ("driver",)},
    ),
    ("The Flying Scotsman will run between York and Scarborough over the Easter weekend.", {}),
    (
        "Network Rail's route director, Anjali Kapoor, said the line would reopen on Monday.",
        {"Anjali Kapoor": ("route director",)},
    ),
    (
        (
            "Captain Erik Halvorsen, the ship's master, said the MV Catherine Rowe had lost "
            "power in heavy seas."
        ),
        {"Erik Halvorsen": ("Captain", "master")},
    ),
    (
        "The pilot, First Officer Grace Adeyemi, landed the aircraft safely at Gatwick.",
        {"Grace Adeyemi": ("pilot", "First Officer")},
    ),
    (
        "Services on the Elizabeth line were suspended between Paddington and Abbey Wood.",
        {},
    ),
    (
        "Bristol Airport's operations director, Kemi Adeleke, said the queues were 'regrettable'.",
        {"Kemi Adeleke": ("operations director",)},
    ),
    (
        "Winston Clarke, a bus driver for 30 years, has been made an MBE.",
        {"Winston Clarke": ("bus driver",)},
    ),
    # religion
    (
        (
            "The Reverend Alun Pritchard will lead a service of remembrance at St David's Church "
            "on Sunday."
        ),
        {"Alun Pritchard": ("Reverend",)},
    ),
    (
        "Sheikh Yusuf al-Rashidi opened the new wing of the Al Noor Mosque on Friday.",
        {"Yusuf al-Rashidi": ("Sheikh",)},
    ),
    (
        "Rabbi Naomi Feldstein said the synagogue had received threatening letters.",
        {"Naomi Feldstein": ("Rabbi",)},
    ),
    (
        "Father Declan O'Rourke, the parish priest, said the bells would ring at noon.",
        {"Declan O'Rourke": ("parish priest",)},
    ),
    (
        "Cardinal Stefano Albertini celebrated Mass at Westminster Cathedral at Pentecost.",
        {"Stefano Albertini": ("Cardinal",)},
    ),
    (
        (
            "Sister Bernadette, who taught at St Bede's Primary School for 40 years, turns 100 "
            "on Tuesday."
        ),
        {"Bernadette": ()},
    ),
    (
        "Imam Abdullahi Sheriff led prayers for the Eid al-Adha gathering in Small Heath Park.",
        {"Abdullahi Sheriff": ("Imam",)},
    ),
    (
        "Bishop Grace Mwangi was consecrated at Canterbury Cathedral on St Andrew's Day.",
        {"Grace Mwangi": ("Bishop",)},
    ),
    (
        "Pastor Emmanuel Ofori, of the Living Waters church in Croydon, organised the food bank.",
        {"Emmanuel Ofori": ("Pastor",)},
    ),
    ("Christmas services at St Nicholas' Church will begin at 11pm.", {}),
    (
        "Brother Anselm, a Benedictine monk at Ampleforth Abbey, keeps bees in the abbey grounds.",
        {"Anselm": ("monk",)},
    ),
    (
        "Archbishop Thabo Ndlovu called for calm after the election results were delayed.",
        {"Thabo Ndlovu": ("Archbishop",)},
    ),
    (
        "Canon Philippa Ward, the cathedral's precentor, chose the music for the service.",
        {"Philippa Ward": ("Canon", "precentor")},
    ),
    ("Diwali celebrations on Belgrave Road drew 40,000 people.", {}),
    # military
    (
        (
            "Lieutenant Colonel Fiona MacLeod, commanding officer of the battalion, said the "
            "troops were ready."
        ),
        {"Fiona MacLeod": ("Lieutenant Colonel", "commanding officer")},
    ),
    (
        (
            "Private Jamie Lowther, 19, of the Royal Anglian Regiment, died in a training "
            "accident on Salisbury Plain."
        ),
        {"Jamie Lowther": ("Private",)},
    ),
    (
        (
            "The Chief of the Air Staff, Air Chief Marshal Sir Nigel Ambler, visited RAF "
            "Lossiemouth on Wednesday."
        ),
        {"Nigel Ambler": ("Chief of the Air Staff", "Air Chief Marshal")},
    ),
    (
        "Sergeant Kofi Boateng was awarded the Military Cross for his actions in Helmand.",
        {"Kofi Boateng": ("Sergeant",)},
    ),
    ("HMS Resolute returned to Portsmouth after seven months at sea.", {}),
    (
        "Rear Admiral Helen Tregarthen will take command of the carrier strike group in May.",
        {"Helen Tregarthen": ("Rear Admiral",)},
    ),
    ("Veterans gathered at the Cenotaph on Remembrance Sunday.", {}),
    (
        "Lance Corporal Tariq Hussain and Corporal Ellie Marsh were among those decorated.",
        {"Tariq Hussain": ("Lance Corporal",), "Ellie Marsh": ("Corporal",)},
    ),
    (
        "Captain Sunita Rao, an Army doctor, treated the wounded under fire.",
        {"Sunita Rao": ("Captain", "doctor")},
    ),
    (
        "Flight Lieutenant Amir Shah flew the Typhoon over the Wellington Barracks parade.",
        {"Amir Shah": ("Flight Lieutenant",)},
    ),
    (
        (
            "Major General Catriona Blair said recruitment had improved for the first time in a "
            "decade."
        ),
        {"Catriona Blair": ("Major General",)},
    ),
    (
        "Able Seaman Ryan Tolley was winched from the water by a coastguard helicopter.",
        {"Ryan Tolley": ("Able Seaman",)},
    ),
    (
        "Second World War veteran Arthur Penrose, 101, led the parade through Whitby.",
        {"Arthur Penrose": ()},
    ),
    (
        "The Victoria Cross won by Private Thomas Ashworth in 1917 sold at auction for £420,000.",
        {"Thomas Ashworth": ("Private",)},
    ),
    # local news
    ("Residents of Hollybush Close have complained about potholes for three years.", {}),
    (
        "Roger Pennington, the parish council chairman, said the bypass would 'ruin' the village.",
        {"Roger Pennington": ("chairman",)},
    ),
    (
        "Amelia Hart, head teacher at St Bede's Primary School, said pupils had raised £3,000.",
        {"Amelia Hart": ("head teacher",)},
    ),
    (
        (
            "Derek Sutcliffe, 82, is retiring after 30 years as a lollipop man outside Ferndale "
            "Infants."
        ),
        {"Derek Sutcliffe": ("lollipop man",)},
    ),
    (
        "The Red Lion in Market Street reopens on Saturday under its new landlord, Gary Pugh.",
        {"Gary Pugh": ("landlord",)},
    ),
    (
        "The town's mayor, Bridget Otley, cut the ribbon at the new Jubilee Library.",
        {"Bridget Otley": ("mayor",)},
    ),
    ("Volunteers from the Friends of Lister Park planted 500 bulbs.", {}),
    (
        (
            "Kath Rowlands, who has kept an allotment on Beech Road for 50 years, won best "
            "marrow at the show."
        ),
        {"Kath Rowlands": ()},
    ),
    ("Bin collections will change over the Easter bank holiday.", {}),
    (
        "Lisa Grainger, a postwoman in Frome, rescued a spaniel from the river.",
        {"Lisa Grainger": ("postwoman",)},
    ),
    (
        "The library's manager, Ifeoma Nwosu, said visits had risen by a fifth.",
        {"Ifeoma Nwosu": ("manager",)},
    ),
    ("Plans for 200 homes on the former Cadbury site in Bournville were approved.", {}),
    (
        (
            "Hannah Ellwood, a primary school teacher from Keswick, swam the length of "
            "Windermere in under five hours."
        ),
        {"Hannah Ellwood": ("primary school teacher",)},
    ),
    (
        (
            "Maria Konstantinou, who owns the Olive Tree café on Fore Street, is giving free "
            "meals to pensioners."
        ),
        {"Maria Konstantinou": ()},
    ),
    (
        "Dennis Aldridge, a butcher in Bakewell for 60 years, has closed his shop.",
        {"Dennis Aldridge": ("butcher",)},
    ),
    (
        "RNLI coxswain Jory Trewin said the crew launched at 3am in a force eight gale.",
        {"Jory Trewin": ("coxswain",)},
    ),
    (
        "The town crier, Bob Mather, read the proclamation on the steps of the Guildhall.",
        {"Bob Mather": ("town crier",)},
    ),
    (
        "Retired headmistress Joan Pettifer has written a history of Kingsley Academy.",
        {"Joan Pettifer": ("headmistress",)},
    ),
    (
        "The head gardener at Trelissick, Lucy Mayhew, said the camellias were a month early.",
        {"Lucy Mayhew": ("head gardener",)},
    ),
    ("Emergency crews were called to Nelson Street at 4am.", {}),
    ("Bonfire Night displays in Lewes drew 60,000 people.", {}),
    (
        (
            "The Ashworth Trust, founded by the mill owner Josiah Ashworth in 1872, still runs "
            "six almshouses."
        ),
        {"Josiah Ashworth": ("mill owner",)},
    ),
    (
        "A statue of the mill worker Hester Lumb was unveiled outside the town hall.",
        {"Hester Lumb": ("mill worker",)},
    ),
    # obituaries
    (
        "Eleanor Whitby, who has died aged 91, was a midwife in the Rhondda for four decades.",
        {"Eleanor Whitby": ("midwife",)},
    ),
    (
        (
            "Sir Geoffrey Palmer-Hollis, the architect who designed the Meridian Tower, has died "
            "aged 88."
        ),
        {"Geoffrey Palmer-Hollis": ("architect",)},
    ),
    ("He is survived by his wife, Maureen, and their three sons.", {"Maureen": ()}),
    (
        "Dame Olwen Price, former principal of Coleg Harlech, has died at her home in Bala.",
        {"Olwen Price": ("principal",)},
    ),
    (
        (
            "Born in Kraków in 1931, Zbigniew Kowalczyk worked as a coal miner and later as a "
            "lorry driver."
        ),
        {"Zbigniew Kowalczyk": ("coal miner", "lorry driver")},
    ),
    ("A funeral will be held at Golders Green Crematorium on 12 May.", {}),
    (
        (
            "The broadcaster and naturalist Percy Hammond-Tate, who presented Wild Britain for "
            "20 years, has died."
        ),
        {"Percy Hammond-Tate": ("broadcaster", "naturalist")},
    ),
    (
        "Dr. Amadou Diallo-Sy, the country's first neurosurgeon, died in Dakar on Sunday.",
        {"Amadou Diallo-Sy": ("neurosurgeon",)},
    ),
    # human interest
    (
        "Friends described Tomasz as a gentle man who loved fishing.",
        {"Tomasz": ()},
    ),
    (
        "Kowalski, an electrician, was working alone when the scaffold collapsed.",
        {"Kowalski": ("electrician",)},
    ),
    (
        "Ms de la Cruz said the council had ignored residents' complaints for years.",
        {"de la Cruz": ()},
    ),
    (
        "Great-grandmother Edna Baxter celebrated her 105th birthday at Ashgrove Care Home.",
        {"Edna Baxter": ()},
    ),
    (
        "Ravi Menon and his wife, Anita, met at a bus stop on Albert Road in 1962.",
        {"Ravi Menon": (), "Anita": ()},
    ),
    (
        (
            "'She was none the worse for it,' said Connor Blake, a watch manager at Eastleigh "
            "fire station."
        ),
        {"Connor Blake": ("watch manager",)},
    ),
    (
        (
            "Eight-year-old Maisie raised £1,200 for Great Ormond Street Hospital by selling "
            "lemonade."
        ),
        {"Maisie": ()},
    ),
    (
        "A neighbour, Doreen Platt, said the family had lived in the street for decades.",
        {"Doreen Platt": ()},
    ),
    (
        (
            "Marcus Bell, 34, a roofer, and his brother Liam, 29, a plasterer, were both hurt in "
            "the fall."
        ),
        {"Marcus Bell": ("roofer",), "Liam": ("plasterer",)},
    ),
    (
        "Jim, a retired plumber from Hull, has knitted 2,000 hats for premature babies.",
        {"Jim": ("plumber",)},
    ),
    ("Guinness World Records confirmed the pancake was the largest ever made.", {}),
    (
        (
            "The panel, made up of Dr Leah Cohen, Prof Mark Adebayo and Ms Rosa Lindqvist-Moore, "
            "will report in June."
        ),
        {"Leah Cohen": (), "Mark Adebayo": (), "Rosa Lindqvist-Moore": ()},
    ),
    (
        (
            "The report, written by the auditor J. R. Whitcombe, found the charity's accounts "
            "'chaotic'."
        ),
        {"J. R. Whitcombe": ("auditor",)},
    ),
    ("St Patrick's Day parades were held in Dublin, Boston and Sydney.", {}),
    ("Thousands lined the route of the Lord Mayor's Show in the City of London.", {}),
    (
        (
            "Nguyen Thi Lan, a seamstress who fled Saigon in 1979, has opened a tailoring school "
            "in Hackney."
        ),
        {"Nguyen Thi Lan": ("seamstress",)},
    ),
    (
        "Mrs O'Hara told the Gazette that Björn, her lodger, had vanished without paying.",
        {"O'Hara": (), "Björn": ()},
    ),
    (
        "Lady Macintyre and Lord Harrowby will judge the flower show at Castle Howard.",
        {"Macintyre": (), "Harrowby": ()},
    ),
    (
        (
            "Karl-Heinz Brenner, a bricklayer, and Jean-Baptiste Moreau, a chef, opened the "
            "bakery together."
        ),
        {"Karl-Heinz Brenner": ("bricklayer",), "Jean-Baptiste Moreau": ("chef",)},
    ),
    (
        "Firefighter Oluwaseun Adeyemi-Cole carried the woman down three flights of stairs.",
        {"Oluwaseun Adeyemi-Cole": ("Firefighter",)},
    ),
]

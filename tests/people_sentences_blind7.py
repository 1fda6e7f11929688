"""Blind sentences for the people enricher, seventh set (issue 14).

These sentences were written blind for issue 14 by someone who had not read the
enricher's rules, its other test sentences or its documentation. They were
written while the enricher's eighth round of rules was being made, by someone
who saw neither the other, and measured once before and once after that round. All
names and events are invented (a few real places, institutions, prizes and brands
appear only as capitalised things that are not people).

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

BLIND7: list[Case] = [
    (
        (
            "Turkish Foreign Minister Mehmet Yildirim met his Greek counterpart, Eleni Papadaki, "
            "in Athens on Tuesday for talks on maritime boundaries."
        ),
        {"Mehmet Yildirim": ("Foreign Minister",), "Eleni Papadaki": ()},
    ),
    (
        (
            "Kenya's finance minister, Wanjiru Kamau, told parliament that the shilling had "
            "stabilised."
        ),
        {"Wanjiru Kamau": ("finance minister",)},
    ),
    (
        (
            "The British ambassador to Seoul, Lisa Marchetti, met Park Ji-hoon, the president's "
            "chief of staff, on Monday."
        ),
        {"Lisa Marchetti": ("ambassador",), "Park Ji-hoon": ("chief of staff",)},
    ),
    (
        (
            "Prime Minister Nguyen Van Thanh announced a cabinet reshuffle on Friday, naming "
            "Tran Thi Mai as deputy prime minister."
        ),
        {"Nguyen Van Thanh": ("Prime Minister",), "Tran Thi Mai": ("deputy prime minister",)},
    ),
    (
        (
            "Sheikh Hamad bin Rashid al-Falasi, the emirate's energy minister, said output would "
            "rise by a fifth."
        ),
        {"Hamad bin Rashid al-Falasi": ("Sheikh", "energy minister")},
    ),
    (
        "Khalid al-Harbi, a spokesman for the coalition, denied that civilians had been hit.",
        {"Khalid al-Harbi": ("spokesman",)},
    ),
    (
        "Polish President Andrzej Kowalczyk vetoed the bill, his office said.",
        {"Andrzej Kowalczyk": ("President",)},
    ),
    (
        "Ms de la Fuente, the committee's chairwoman, said the vote would go ahead as planned.",
        {"de la Fuente": ("chairwoman",)},
    ),
    (
        (
            "Senator Rosalind Achebe-Grant and Governor Tomás Herrera signed the water compact "
            "in Santa Fe."
        ),
        {"Rosalind Achebe-Grant": ("Senator",), "Tomás Herrera": ("Governor",)},
    ),
    (
        "The Lisbon Accord, signed by 14 countries, comes into force next month.",
        {},
    ),
    (
        (
            "Lieutenant Colonel Oleksandr Shevchuk, who commands the brigade, said the village "
            "had been retaken."
        ),
        {"Oleksandr Shevchuk": ("Lieutenant Colonel",)},
    ),
    (
        "Lance Corporal Daniel Mwangi, 24, died of his wounds in hospital, the army said.",
        {"Daniel Mwangi": ("Lance Corporal",)},
    ),
    (
        "Major General Ingrid Solberg, the mission's commander, visited the troops on Thursday.",
        {"Ingrid Solberg": ("Major General", "commander")},
    ),
    (
        "Imam Abdullahi Yusuf led Friday prayers at the Central Mosque in Kano.",
        {"Abdullahi Yusuf": ("Imam",)},
    ),
    (
        (
            "Labour councillor Gareth Pryce-Jones said the closure of the library on Morfa Road "
            "was 'a disgrace'."
        ),
        {"Gareth Pryce-Jones": ("councillor",)},
    ),
    (
        "The mayor, Beatriz Moreno Salas, said the city would appeal against the ruling.",
        {"Beatriz Moreno Salas": ("mayor",)},
    ),
    (
        "Acting President Amadou Diallo Sow said elections would be held within a year.",
        {"Amadou Diallo Sow": ("President",)},
    ),
    (
        "Former Chancellor Heinrich Vogt-Lindemann has died at the age of 81.",
        {"Heinrich Vogt-Lindemann": ("Chancellor",)},
    ),
    (
        "Mr Okafor said the party would not join any coalition.",
        {"Okafor": ()},
    ),
    (
        (
            "Her deputy, Farah Siddiqui, will serve as interim leader until a contest is held in "
            "the autumn."
        ),
        {"Farah Siddiqui": ("deputy", "leader")},
    ),
    (
        (
            "Hiroshi Matsuda, a government spokesman, said Tokyo was monitoring the situation "
            "closely."
        ),
        {"Hiroshi Matsuda": ("spokesman",)},
    ),
    (
        "The Nigerian High Commissioner, Adaeze Obi-Nwosu, laid a wreath at the Cenotaph.",
        {"Adaeze Obi-Nwosu": ("High Commissioner",)},
    ),
    (
        "Opposition MP Rhiannon ap Iorwerth called the budget 'a con trick'.",
        {"Rhiannon ap Iorwerth": ("MP",)},
    ),
    (
        (
            "Deputy Foreign Minister Sergei Volkonsky and his aide, Yulia Petrenko, left the "
            "talks early."
        ),
        {"Sergei Volkonsky": ("Deputy Foreign Minister",), "Yulia Petrenko": ("aide",)},
    ),
    (
        (
            "Father Tomasz Nowak, the priest who raised the alarm, said the church roof had "
            "collapsed overnight."
        ),
        {"Tomasz Nowak": ("priest",)},
    ),
    (
        "Lord Pemberton, the former home secretary, said the bill would not survive the Lords.",
        {"Pemberton": ("home secretary",)},
    ),
    (
        "Vice-President Luz Marina Echeverría flew to Caracas to meet opposition leaders.",
        {"Luz Marina Echeverría": ("Vice-President",)},
    ),
    (
        (
            "Mongolia's environment minister, Batbayar Ganbold, said herders had lost half their "
            "animals."
        ),
        {"Batbayar Ganbold": ("environment minister",)},
    ),
    (
        "The UN special envoy, Joaquim Tavares Neto, arrived in Juba on Sunday.",
        {"Joaquim Tavares Neto": ("special envoy",)},
    ),
    (
        (
            "Dilnoza Karimova, the speaker of parliament, adjourned the session after protesters "
            "interrupted."
        ),
        {"Dilnoza Karimova": ("speaker",)},
    ),
    (
        (
            "Marieke van der Meulen, the Dutch agriculture minister, said farmers would be "
            "compensated."
        ),
        {"Marieke van der Meulen": ("agriculture minister",)},
    ),
    (
        "Siddiqui, who became an MP in 2015, has promised a review.",
        {"Siddiqui": ("MP",)},
    ),
    (
        "Judge Amara Nwosu jailed Lee Brannigan, 34, for six years at Snaresbrook Crown Court.",
        {"Amara Nwosu": ("Judge",), "Lee Brannigan": ()},
    ),
    (
        "District Judge Helen Carver-Mills said the defendant had shown no remorse.",
        {"Helen Carver-Mills": ("District Judge",)},
    ),
    (
        "The coroner, Dr Sushila Raman, recorded a narrative conclusion.",
        {"Sushila Raman": ("coroner",)},
    ),
    (
        "Kwabena Mensah, for the defence, said his client denied all the charges.",
        {"Kwabena Mensah": ()},
    ),
    (
        (
            "Detective Chief Inspector Morag Sinclair, who led the inquiry, said the sentence "
            "brought 'some closure' for the family."
        ),
        {"Morag Sinclair": ("Detective Chief Inspector",)},
    ),
    (
        "Ikechukwu Obi, 41, of Hollybush Lane, Stevenage, admitted three counts of fraud.",
        {"Ikechukwu Obi": ()},
    ),
    (
        "Her solicitor, Niamh O'Sullivan, said she would appeal against the conviction.",
        {"Niamh O'Sullivan": ("solicitor",)},
    ),
    (
        (
            "The magistrates heard that Kowalski, a delivery driver, had drunk six pints before "
            "the crash."
        ),
        {"Kowalski": ("delivery driver",)},
    ),
    (
        (
            "The jury at Cardiff Crown Court heard that PC Owain Roberts was kicked twice in the "
            "head."
        ),
        {"Owain Roberts": ("PC",)},
    ),
    (
        "Chief Constable Sarah Ng of Avon and Somerset Police apologised to the family in person.",
        {"Sarah Ng": ("Chief Constable",)},
    ),
    (
        "The defendant, Marek Zielinski, denied causing death by dangerous driving.",
        {"Marek Zielinski": ()},
    ),
    (
        (
            "Recorder Paul Ashworth told Dimitri Papas that he had abused his position as a care "
            "worker."
        ),
        {"Paul Ashworth": ("Recorder",), "Dimitri Papas": ("care worker",)},
    ),
    (
        "A spokeswoman for Thames Valley Police said no arrests had been made.",
        {},
    ),
    (
        "Ms Achterberg's lawyer, Rafael Domínguez, said the ruling was 'a travesty'.",
        {"Achterberg": (), "Rafael Domínguez": ("lawyer",)},
    ),
    (
        (
            "The inquest heard that Bronwen, a nursery assistant, had complained of headaches "
            "for weeks."
        ),
        {"Bronwen": ("nursery assistant",)},
    ),
    (
        "Attorney General Maximilian Oduya said his office would not seek a retrial.",
        {"Maximilian Oduya": ("Attorney General",)},
    ),
    (
        "Nwosu said the victims had been 'targeted for their trust'.",
        {"Nwosu": ()},
    ),
    (
        "Detective Sergeant Kemal Aydin told the court that the phone had been wiped.",
        {"Kemal Aydin": ("Detective Sergeant",)},
    ),
    (
        "The trial at the Old Bailey is expected to last six weeks.",
        {},
    ),
    (
        "The prosecutor, Ana Lucía Bermúdez, asked for a 20-year sentence.",
        {"Ana Lucía Bermúdez": ("prosecutor",)},
    ),
    (
        "Chief Justice Eunice Wambui-Otieno swore in the president at a ceremony in the capital.",
        {"Eunice Wambui-Otieno": ("Chief Justice",)},
    ),
    (
        "An usher, Brendan Keogh, was injured when the defendant lunged from the dock.",
        {"Brendan Keogh": ("usher",)},
    ),
    (
        (
            "Priya Raghunathan, the chief executive of Halden Foods, said profits would fall "
            "this year."
        ),
        {"Priya Raghunathan": ("chief executive",)},
    ),
    (
        "Harrow & Finch, the Birmingham jewellers, has been bought by a private equity firm.",
        {},
    ),
    (
        (
            "The company said its chief financial officer, Lars-Erik Lindqvist, would step down "
            "in March."
        ),
        {"Lars-Erik Lindqvist": ("chief financial officer",)},
    ),
    (
        "Tanvir Hossain, an analyst at Peel Hunt, said the deal undervalued the business.",
        {"Tanvir Hossain": ("analyst",)},
    ),
    (
        "Zhang Wei, a former trader, set up the firm in 2011 with £5,000 of savings.",
        {"Zhang Wei": ("trader",)},
    ),
    (
        "Sir Rupert Ashdown, the group's chairman, will retire next year.",
        {"Rupert Ashdown": ("chairman",)},
    ),
    (
        (
            "The bank's chief economist, Adebayo Olatunji, expects rates to be cut twice before "
            "Christmas."
        ),
        {"Adebayo Olatunji": ("chief economist",)},
    ),
    (
        (
            "Kenji Watanabe, president of the carmaker, bowed in apology at a news conference in "
            "Nagoya."
        ),
        {"Kenji Watanabe": ("president",)},
    ),
    (
        "Shares in Morgan Pryce fell 12% after the insurer warned on profits.",
        {},
    ),
    (
        "Elif Demir, managing director of a textile firm in Bursa, said orders had halved.",
        {"Elif Demir": ("managing director",)},
    ),
    (
        "One warehouse worker, Jamal Haddad, said staff had not been paid since May.",
        {"Jamal Haddad": ("warehouse worker",)},
    ),
    (
        "The union's lead negotiator, Bernadette Quigley, called the offer derisory.",
        {"Bernadette Quigley": ("lead negotiator",)},
    ),
    (
        "Nguyen Thi Lan has sold noodles outside Ben Thanh market for 30 years.",
        {"Nguyen Thi Lan": ()},
    ),
    (
        "The Hartley Vane 400, the firm's first electric van, goes on sale in June.",
        {},
    ),
    (
        (
            "Tomoko Saito, the company's chief operating officer since 2021, said the plant "
            "would close."
        ),
        {"Tomoko Saito": ("chief operating officer",)},
    ),
    (
        "Investors including the fund manager Viktor Orlov-Braun have backed the bid.",
        {"Viktor Orlov-Braun": ("fund manager",)},
    ),
    (
        "Anand Krishnamurthy, an economist at a Mumbai think tank, said inflation had peaked.",
        {"Anand Krishnamurthy": ("economist",)},
    ),
    (
        "Bellamy Hart, the estate agents, said prices in the town had risen 9% in a year.",
        {},
    ),
    (
        "The airline's chief pilot, Ragnhild Berg, said the crew had followed procedure.",
        {"Ragnhild Berg": ("chief pilot",)},
    ),
    (
        "Gwen Pardoe, a buyer for Fenwick & Lowe, said shoppers were spending less on clothes.",
        {"Gwen Pardoe": ("buyer",)},
    ),
    (
        "Ali Reza Tehrani, a carpet dealer, said sanctions had cut his trade by half.",
        {"Ali Reza Tehrani": ("carpet dealer",)},
    ),
    (
        "The finance director, Olumide Bakare, resigned after the audit.",
        {"Olumide Bakare": ("finance director",)},
    ),
    (
        "Ghana striker Kwame Asante-Boateng scored twice as Hartlepool beat Crewe.",
        {"Kwame Asante-Boateng": ("striker",)},
    ),
    (
        "Wexford manager Seán Ó Dálaigh praised his side's spirit after the draw.",
        {"Seán Ó Dálaigh": ("manager",)},
    ),
    (
        (
            "The club's physiotherapist, Ewa Nowicka, said Kim would miss six weeks with a "
            "hamstring injury."
        ),
        {"Ewa Nowicka": ("physiotherapist",), "Kim": ()},
    ),
    (
        "Uruguay's head coach, Mateo Gutiérrez Ruiz, named an unchanged side for the qualifier.",
        {"Mateo Gutiérrez Ruiz": ("head coach",)},
    ),
    (
        "Forest Green Rovers came from behind to beat Stevenage at the New Lawn.",
        {},
    ),
    (
        "Their goalkeeper, Tiago Mendes da Silva, saved two penalties in the shoot-out.",
        {"Tiago Mendes da Silva": ("goalkeeper",)},
    ),
    (
        (
            "The assistant manager, Dougie McAllister, takes charge for Saturday's game at "
            "Hampden Park."
        ),
        {"Dougie McAllister": ("assistant manager",)},
    ),
    (
        "Ireland captain Aoife Ní Bhriain kicked the winning penalty with a minute left.",
        {"Aoife Ní Bhriain": ("captain",)},
    ),
    (
        "Faith Chepkoech won the women's race in 2hr 19min, with Meseret Bekele Alemu second.",
        {"Faith Chepkoech": (), "Meseret Bekele Alemu": ()},
    ),
    (
        "Lee Da-eun, 19, became the youngest winner of the Sunningdale Classic.",
        {"Lee Da-eun": ()},
    ),
    (
        "England's bowling coach, Imran Qureshi-Hill, said the pitch had been 'a road'.",
        {"Imran Qureshi-Hill": ("bowling coach",)},
    ),
    (
        "Referee Iolo Thomas sent off two players in the first half.",
        {"Iolo Thomas": ("Referee",)},
    ),
    (
        "Rubén scored in the 89th minute after a pass from Gonzalo.",
        {"Rubén": (), "Gonzalo": ()},
    ),
    (
        "Pakistan leg-spinner Usman Tariq-Malik took five for 31 at Trent Bridge.",
        {"Usman Tariq-Malik": ("leg-spinner",)},
    ),
    (
        (
            "Søren Kjærgaard, the team's sports director, said the rider had been dropped for "
            "disciplinary reasons."
        ),
        {"Søren Kjærgaard": ("sports director",)},
    ),
    (
        "Celtic's chief executive, Fergus Dunleavy, confirmed that talks had taken place.",
        {"Fergus Dunleavy": ("chief executive",)},
    ),
    (
        "The jockey, Cian Mac Cárthaigh, was taken to hospital after a fall at Cheltenham.",
        {"Cian Mac Cárthaigh": ("jockey",)},
    ),
    (
        "Aston Villa have signed the Brazilian winger Thiago Nascimento from Flamengo.",
        {"Thiago Nascimento": ("winger",)},
    ),
    (
        "Kazuki Ito, the team's kit man for 22 years, was given a guard of honour.",
        {"Kazuki Ito": ("kit man",)},
    ),
    (
        "Europe's Ryder Cup captain, Henrik Lundgren, named his four wildcards on Monday.",
        {"Henrik Lundgren": ("captain",)},
    ),
    (
        "Petrova, who beat the top seed in the second round, faces Okonkwo in the quarter-finals.",
        {"Petrova": (), "Okonkwo": ()},
    ),
    (
        "St Helens beat Wigan Warriors 24-10 in front of a sell-out crowd.",
        {},
    ),
    (
        "The Jamaican sprinter Shenika Lawrence-Bailey anchored the relay team to gold.",
        {"Shenika Lawrence-Bailey": ("sprinter",)},
    ),
    (
        "Dai Llewellyn, the club's groundsman, said the pitch was waterlogged.",
        {"Dai Llewellyn": ("groundsman",)},
    ),
    (
        "Choi Min-jun, a former caddie, won his first title at the age of 38.",
        {"Choi Min-jun": ("caddie",)},
    ),
    (
        "Sheffield Wednesday have appointed Marius Haugland as their new manager.",
        {"Marius Haugland": ("manager",)},
    ),
    (
        "Ó Dálaigh admitted his side had been fortunate.",
        {"Ó Dálaigh": ()},
    ),
    (
        (
            "Dr Amaka Okoro, a virologist at Imperial College London, said the variant was no "
            "more severe than earlier strains."
        ),
        {"Amaka Okoro": ("virologist",)},
    ),
    (
        "Professor Li Wei and colleagues sequenced the genome of the extinct rhinoceros.",
        {"Li Wei": ()},
    ),
    (
        "Astrid Nyqvist, a marine biologist based in Bergen, said the cod had moved north.",
        {"Astrid Nyqvist": ("marine biologist",)},
    ),
    (
        "J. R. Okoro, a geologist, first mapped the fault in 1987.",
        {"J. R. Okoro": ("geologist",)},
    ),
    (
        "Images from the Margaret Keane Telescope show a disc of dust around the young star.",
        {},
    ),
    (
        "The flight engineer, Oksana Lysenko, will spend six months aboard the station.",
        {"Oksana Lysenko": ("flight engineer",)},
    ),
    (
        (
            "Wales's chief medical officer, Dr Gwenllian Hughes, urged parents to vaccinate "
            "their children."
        ),
        {"Gwenllian Hughes": ("chief medical officer",)},
    ),
    (
        "Sandeep Kulkarni, an epidemiologist, warned that cases would rise over the winter.",
        {"Sandeep Kulkarni": ("epidemiologist",)},
    ),
    (
        (
            "Kaveh Rostami, who has studied the glacier for 20 years, said it had retreated a "
            "kilometre."
        ),
        {"Kaveh Rostami": ()},
    ),
    (
        "Storm Isolde brought gusts of 90mph to Tiree on Sunday.",
        {},
    ),
    (
        "Met Éireann forecaster Ciarán Ó Murchú said the rain would clear by the evening.",
        {"Ciarán Ó Murchú": ("forecaster",)},
    ),
    (
        (
            "Dr Chidi Nwankwo-Ellis, consultant cardiologist at Royal Gwent Hospital, said "
            "waiting times had doubled."
        ),
        {"Chidi Nwankwo-Ellis": ("consultant cardiologist",)},
    ),
    (
        (
            "Aisha Bello, a research nurse on the trial, said volunteers had reported few side "
            "effects."
        ),
        {"Aisha Bello": ("research nurse",)},
    ),
    (
        "Mr Ferreira, a pharmacist in Porto, said supplies of the drug had run out.",
        {"Ferreira": ("pharmacist",)},
    ),
    (
        "The hospital's chief nurse, Mercy Adjei-Boateng, said staff were exhausted.",
        {"Mercy Adjei-Boateng": ("chief nurse",)},
    ),
    (
        "Dr Haddad said the boy was now breathing unaided.",
        {"Haddad": ()},
    ),
    (
        "The Rosalind Franklin Institute will lead the £40m project.",
        {},
    ),
    (
        "A paramedic, Joanne Whitlock, described the scene as 'carnage'.",
        {"Joanne Whitlock": ("paramedic",)},
    ),
    (
        "Vu Minh Chau, a veterinary surgeon, treated the stranded dolphin.",
        {"Vu Minh Chau": ("veterinary surgeon",)},
    ),
    (
        "Samples were sent to the Wellcome Sanger Institute for sequencing.",
        {},
    ),
    (
        "Professor Ama Serwaa Boakye, the university's vice-chancellor, said fees would not rise.",
        {"Ama Serwaa Boakye": ("vice-chancellor",)},
    ),
    (
        "The novelist Ifeoma Chukwu-Adeyemi won the Walter Harcourt Prize for her third book.",
        {"Ifeoma Chukwu-Adeyemi": ("novelist",)},
    ),
    (
        "Under its principal conductor, Aleksi Virtanen, the orchestra toured Japan twice.",
        {"Aleksi Virtanen": ("principal conductor",)},
    ),
    (
        "The band Velvet Morgan play Whelan's in Dublin on Friday.",
        {},
    ),
    (
        "The director Kim Seo-yeon's new film opens in Busan next week.",
        {"Kim Seo-yeon": ("director",)},
    ),
    (
        "The choreographer, Akosua Darko, said the piece was about migration.",
        {"Akosua Darko": ("choreographer",)},
    ),
    (
        "Rosa María Villanueva, the museum's chief curator, said the painting was a fake.",
        {"Rosa María Villanueva": ("chief curator",)},
    ),
    (
        "The poet Gwyneth ap Rhys reads from her new collection tonight.",
        {"Gwyneth ap Rhys": ("poet",)},
    ),
    (
        "The Ballad of Annie Price opens at the Lyric Theatre in March.",
        {},
    ),
    (
        "Dame Margaret Osei, the actor, has died aged 88.",
        {"Margaret Osei": ("actor",)},
    ),
    (
        "The pianist Tomasz Wróblewski cancelled the rest of his tour.",
        {"Tomasz Wróblewski": ("pianist",)},
    ),
    (
        "The actor Vikram Sethi-Malhotra and his wife, Anjali, attended the premiere.",
        {"Vikram Sethi-Malhotra": ("actor",), "Anjali": ()},
    ),
    (
        "The award for costume design went to Ilse Brandt.",
        {"Ilse Brandt": ()},
    ),
    (
        "Entries for the Dorothy Hale Award for young writers close on Friday.",
        {},
    ),
    (
        "The orchestra's leader, Yevgenia Sokolova, played the solo.",
        {"Yevgenia Sokolova": ("leader",)},
    ),
    (
        "Hamid Zarei, the film's editor, won a Bafta.",
        {"Hamid Zarei": ("editor",)},
    ),
    (
        "The exhibition at the Clara Vos Gallery runs until April.",
        {},
    ),
    (
        "The sculptor Halvard Eide, whose work stands outside the parliament in Oslo, has died.",
        {"Halvard Eide": ("sculptor",)},
    ),
    (
        (
            "Seamus Finnegan, the former miner and shop steward who led the 1984 strike in his "
            "village, has died aged 91."
        ),
        {"Seamus Finnegan": ("miner", "shop steward")},
    ),
    (
        "She is survived by her husband, Ravi, and two daughters, Meera and Kavya.",
        {"Ravi": (), "Meera": (), "Kavya": ()},
    ),
    (
        "Born in Lahore, Farzana Qureshi trained as a midwife before becoming a health visitor.",
        {"Farzana Qureshi": ("midwife", "health visitor")},
    ),
    (
        "Bishop Emmanuel Kariuki, who served the diocese for 30 years, died on Thursday.",
        {"Emmanuel Kariuki": ("Bishop",)},
    ),
    (
        "Rabbi Miriam Adler-Stein led the funeral service.",
        {"Miriam Adler-Stein": ("Rabbi",)},
    ),
    (
        (
            "Ólafur Sigurðsson, a trawlerman for 40 years and later harbour master in "
            "Ísafjörður, died at home."
        ),
        {"Ólafur Sigurðsson": ("trawlerman", "harbour master")},
    ),
    (
        "Her funeral will be held at St Aidan's Church, Hartlepool.",
        {},
    ),
    (
        (
            "Cardinal Giuseppe Lombardi, who was born in a village near Bergamo, died in Rome "
            "aged 93."
        ),
        {"Giuseppe Lombardi": ("Cardinal",)},
    ),
    (
        "Pastor Oluwaseun Adeyemi told mourners that she had 'lived for others'.",
        {"Oluwaseun Adeyemi": ("Pastor",)},
    ),
    (
        "The Reverend Catrin Morgan-Jones will conduct the service.",
        {"Catrin Morgan-Jones": ("Reverend",)},
    ),
    (
        "Sister Bernadette Kelly, who taught at the convent school for 50 years, has died.",
        {"Bernadette Kelly": ()},
    ),
    (
        "Brother Anselm Okeke, the school's bursar, kept the accounts for four decades.",
        {"Anselm Okeke": ("bursar",)},
    ),
    (
        "Residents of Kings Heath have complained about potholes on Vicarage Road.",
        {},
    ),
    (
        (
            "Port Talbot steelworker Rhodri Bevan, 52, said the closure would 'rip the heart out "
            "of the town'."
        ),
        {"Rhodri Bevan": ("steelworker",)},
    ),
    (
        "The school's deputy head teacher, Lorna McKechnie, said pupils had raised £4,000.",
        {"Lorna McKechnie": ("deputy head teacher",)},
    ),
    (
        "Ashby parish council chairman Derek Hollins said the bypass was long overdue.",
        {"Derek Hollins": ("chairman",)},
    ),
    (
        "The school's crossing patrol officer, Mavis Entwistle, retires this week after 31 years.",
        {"Mavis Entwistle": ("crossing patrol officer",)},
    ),
    (
        (
            "West Midlands Fire Service station commander Bilal Chaudhry said the blaze started "
            "in a kitchen."
        ),
        {"Bilal Chaudhry": ("station commander",)},
    ),
    (
        "Mrs O'Donnell, 78, said she had lived in the street for 50 years.",
        {"O'Donnell": ()},
    ),
    (
        "Villagers have raised £2,000 for postman Terry Baker, who retires on Friday.",
        {"Terry Baker": ("postman",)},
    ),
    (
        "The Queen Elizabeth Hospital in King's Lynn has declared a critical incident.",
        {},
    ),
    (
        "The landlord of the Red Lion, Gary Fenwick, said the pub would reopen in May.",
        {"Gary Fenwick": ("landlord",)},
    ),
    (
        "A nurse at Ysbyty Gwynedd, Elin Pritchard, was praised for saving a choking diner.",
        {"Elin Pritchard": ("nurse",)},
    ),
    (
        "Councillor Judith Okonkwo-Hale said the estate would be demolished next year.",
        {"Judith Okonkwo-Hale": ("Councillor",)},
    ),
    (
        "Bin collections in Bishop's Stortford will be delayed by a day next week.",
        {},
    ),
    (
        "The farmer, Huw Evans, lost 40 sheep in the snow.",
        {"Huw Evans": ("farmer",)},
    ),
    (
        "A taxi driver, Mohammed Iqbal, found the wallet and handed it in.",
        {"Mohammed Iqbal": ("taxi driver",)},
    ),
    (
        "Passengers at Clapham Junction faced delays of up to two hours.",
        {},
    ),
    (
        "Patients praised ward sister Grace Adjei, who has worked at the hospital for 35 years.",
        {"Grace Adjei": ("ward sister",)},
    ),
    (
        "The estate's head gamekeeper, Angus Mackay, said the birds had been poisoned.",
        {"Angus Mackay": ("head gamekeeper",)},
    ),
    (
        "Milton Keynes Council has approved plans for 600 homes.",
        {},
    ),
    (
        "The trawler Margaret Ann sank off Peterhead with the loss of two crew.",
        {},
    ),
    (
        "Lady Margaret Hall has appointed Sunita Venkatesan as its principal.",
        {"Sunita Venkatesan": ("principal",)},
    ),
    (
        "Pupils at Bishop Challoner School in Shortlands raised £800 for the appeal.",
        {},
    ),
    (
        "Amira, 9, wrote to the prime minister about the closure of her swimming pool.",
        {"Amira": ()},
    ),
    (
        "Officers from Gwent Police were called to Clarence Place at about 2am.",
        {},
    ),
    (
        "Ms Nakamura, the headteacher, said the school would reopen on Monday.",
        {"Nakamura": ("headteacher",)},
    ),
    (
        "De Groot, a former nurse, now runs a bed and breakfast.",
        {"De Groot": ("nurse",)},
    ),
    (
        "Jean-Baptiste N'Diaye, a bus driver, was hailed as a hero after the crash.",
        {"Jean-Baptiste N'Diaye": ("bus driver",)},
    ),
    (
        "Dr Bui Thi Hoa, the clinic's director, said no child had been turned away.",
        {"Bui Thi Hoa": ("director",)},
    ),
    (
        "Siobhán, a care assistant, said she worked 60 hours a week.",
        {"Siobhán": ("care assistant",)},
    ),
    (
        "Haruto Sato, 17, and his sister, Yui, were pulled from the rubble.",
        {"Haruto Sato": (), "Yui": ()},
    ),
    (
        "The Duke of Wellington pub in Marsh Lane was gutted by fire.",
        {},
    ),
    (
        "Emergency crews were called to Abbey Wood station after reports of smoke.",
        {},
    ),
    (
        "The Hamilton Mitchell Partnership, a firm of architects, designed the new library.",
        {},
    ),
    (
        "Dilip Mistry, a coach driver from Leicester, drove the team to the Stadium of Light.",
        {"Dilip Mistry": ("coach driver",)},
    ),
    (
        "Chloe Tan, a teacher at Raffles Girls' School, won the national award.",
        {"Chloe Tan": ("teacher",)},
    ),
    (
        "Sunderland Royal Hospital said visiting hours would be restricted.",
        {},
    ),
    (
        "Tomasz Kaczmarek, a porter at St Thomas' Hospital, was stabbed on his way home.",
        {"Tomasz Kaczmarek": ("porter",)},
    ),
    (
        (
            "Sergeant Bukola Adebayo-Smith, who has served in the force for 25 years, received "
            "the award."
        ),
        {"Bukola Adebayo-Smith": ("Sergeant",)},
    ),
    (
        "Staff Sergeant Tevita Fifita, of the Royal Logistic Corps, was awarded the George Medal.",
        {"Tevita Fifita": ("Staff Sergeant",)},
    ),
    (
        "Flight Lieutenant Kaito Yamamoto-Hughes flew the final sortie.",
        {"Kaito Yamamoto-Hughes": ("Flight Lieutenant",)},
    ),
    (
        "The Maria Kristina, a Norwegian cargo ship, ran aground off Stornoway.",
        {},
    ),
    (
        "Captain Isaac Boateng, the ship's master, said the crew were safe.",
        {"Isaac Boateng": ("Captain", "master")},
    ),
    (
        "Hurricane Delphine made landfall near Corpus Christi late on Tuesday.",
        {},
    ),
    (
        "Chief Petty Officer Eilidh MacLeod was among those rescued.",
        {"Eilidh MacLeod": ("Chief Petty Officer",)},
    ),
]

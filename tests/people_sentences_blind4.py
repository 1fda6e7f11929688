"""Fourth blind set of people sentences for issue 14.

These sentences were written blind for issue 14 by someone who had not read
the people enricher's rules (nor its tests, docs or their history), and were
committed before the enricher's fifth round of rules.  They were held out to
measure that round, and measured once after it; the sixth round was tuned on
them, so they are tuning data now, no longer blind.  All names, companies and
events are invented.

Each case maps a sentence to the people it names and the complete names of
the roles the sentence gives each of them.  Annotation conventions:

- A person's name is given as written, without a courtesy title or honorific
  before it (Mr, Mrs, Ms, Dr, Prof, Professor, Sir, Dame, Lord, Lady, Sister,
  Father, Brother): "Dr Jane Roe" -> "Jane Roe"; "Mr Okafor" -> "Okafor".
- Religious or noble titles that are offices (Rabbi, Imam, Sheikh, Cardinal,
  Bishop, Pastor, Reverend) count as roles ("Rabbi"); so do military and
  police ranks before a name ("Lieutenant Colonel", "Sergeant", "Captain").
- Roles are the offices, ranks and jobs the sentence gives the person,
  complete ("Foreign Minister", "chief executive", "police sergeant", "nurse
  practitioner"), in the letter case the sentence uses (a sentence-initial
  "Goalkeeper X" gives "Goalkeeper"), without nationality or place
  adjectives ("the French Foreign Minister" -> "Foreign Minister"), without
  the organisation ("chief executive of Acme" -> "chief executive") and
  without temporal words ("former", "retired", "then", "new", "acting",
  "interim").  Family relations ("her husband") and descriptions that are not
  jobs ("a witness", "a neighbour", "a survivor", "twice an Olympic
  champion") are not roles.  Two roles of one person are both listed.
- A person named by a first name alone counts ("her husband, Sipho" ->
  "Sipho" with no role).
- A person given no role maps to an empty tuple; a sentence naming nobody
  maps to an empty dict.
"""

Case = tuple[str, dict[str, tuple[str, ...]]]

BLIND4: list[Case] = [
    # politics
    (
        "Prime Minister Aurelia Fenwick arrived in Brussels on Tuesday for talks "
        "with European Commission officials.",
        {"Aurelia Fenwick": ("Prime Minister",)},
    ),
    (
        "The Kenyan Finance Minister, Wanjiru Odhiambo, said the budget would cut "
        "fuel subsidies by a third.",
        {"Wanjiru Odhiambo": ("Finance Minister",)},
    ),
    (
        '"We are not going anywhere," said Tomasz Wierzbicki, the mayor of Gdynia.',
        {"Tomasz Wierzbicki": ("mayor",)},
    ),
    (
        "Opposition leader Rafael Quintero-Mendes accused the government of hiding "
        "the true cost of the rail project.",
        {"Rafael Quintero-Mendes": ("Opposition leader",)},
    ),
    (
        "The former Interior Minister Klaus-Dieter Hollweg was acquitted of all "
        "charges on Thursday.",
        {"Klaus-Dieter Hollweg": ("Interior Minister",)},
    ),
    (
        "Governor Patricia Delacroix-Hume signed the bill into law on Friday, "
        "surrounded by nurses and teachers.",
        {"Patricia Delacroix-Hume": ("Governor",)},
    ),
    (
        "Deputy Mayor Chen Wei-ling and treasurer Robert Aldous presented the "
        "budget to residents at the Corn Exchange.",
        {"Chen Wei-ling": ("Deputy Mayor",), "Robert Aldous": ("treasurer",)},
    ),
    (
        "Health Secretary Miranda Ashcombe told MPs that waiting lists had fallen "
        "for the fourth month running.",
        {"Miranda Ashcombe": ("Health Secretary",)},
    ),
    (
        "Senator Abigail Thornbury introduced the bill with Senator Luis "
        "Echeverría, a longtime rival.",
        {"Abigail Thornbury": ("Senator",), "Luis Echeverría": ("Senator",)},
    ),
    (
        "The US ambassador to Japan, Caroline Whitfield, met Prime Minister Kenji "
        "Morimoto in Tokyo.",
        {"Caroline Whitfield": ("ambassador",), "Kenji Morimoto": ("Prime Minister",)},
    ),
    (
        "Mohammed bin Khalid Al-Rashidi, the kingdom's energy minister, said output "
        "would be cut from July.",
        {"Mohammed bin Khalid Al-Rashidi": ("energy minister",)},
    ),
    (
        "The United Nations special envoy for Syria, Astrid Kjellberg, said talks "
        "would resume in Geneva next month.",
        {"Astrid Kjellberg": ("special envoy",)},
    ),
    (
        "Vice-President Obiageli Nnamdi will visit flood-hit areas in the north on Thursday.",
        {"Obiageli Nnamdi": ("Vice-President",)},
    ),
    (
        'Shadow Chancellor Imogen Barraclough called the figures "a wake-up call".',
        {"Imogen Barraclough": ("Shadow Chancellor",)},
    ),
    (
        "Trade Minister Lars Østergaard and his Indian counterpart, Anil Deshpande, "
        "signed the agreement in New Delhi.",
        {"Lars Østergaard": ("Trade Minister",), "Anil Deshpande": ()},
    ),
    (
        "The MP for Bath, Jonathan Keble, said the parking scheme was "
        '"a shambles from start to finish".',
        {"Jonathan Keble": ("MP",)},
    ),
    (
        "President Ileana Marinescu met Chancellor Jörg Weidenfeld in Berlin to "
        "discuss gas supplies.",
        {"Ileana Marinescu": ("President",), "Jörg Weidenfeld": ("Chancellor",)},
    ),
    (
        "Jordan's foreign minister, Ayman Khatib, flew to Washington on Sunday.",
        {"Ayman Khatib": ("foreign minister",)},
    ),
    (
        "Oliver Grant, a spokesman for the prime minister, declined to comment.",
        {"Oliver Grant": ("spokesman",)},
    ),
    (
        "Labour councillor Devika Rao and independent councillor Martin Yeats "
        "voted against the plan.",
        {"Devika Rao": ("councillor",), "Martin Yeats": ("councillor",)},
    ),
    (
        "Lord Hadleigh, the former chancellor, has died aged 88.",
        {"Hadleigh": ("chancellor",)},
    ),
    (
        "Voters in Saxony go to the polls on Sunday in an election the governing "
        "coalition is expected to lose.",
        {},
    ),
    (
        "Ms Okafor, the school's head teacher, said pupils would return on Monday.",
        {"Okafor": ("head teacher",)},
    ),
    (
        "Parish council chairman Bill Nutley said the bench on Church Green would "
        "be replaced before Whitsun.",
        {"Bill Nutley": ("chairman",)},
    ),
    # courts and crime
    (
        "Judge Harriet Okonkwo-Blake adjourned the trial until March after a juror fell ill.",
        {"Harriet Okonkwo-Blake": ("Judge",)},
    ),
    (
        "Police have charged a 34-year-old man with burglary after a break-in at a "
        "pharmacy on Mill Lane.",
        {},
    ),
    (
        "Sergeant Dylan Price told the court he had seen the defendant, Marcus "
        "Leigh, leaving the building.",
        {"Dylan Price": ("Sergeant",), "Marcus Leigh": ()},
    ),
    (
        "Detective Inspector Fiona McTavish said officers were keeping an open mind "
        "about the motive.",
        {"Fiona McTavish": ("Detective Inspector",)},
    ),
    (
        "A witness, Grace Mbeki-Turner, told jurors she had heard two shots.",
        {"Grace Mbeki-Turner": ()},
    ),
    (
        "Defence lawyers for Dmitri Volkov argued that the evidence had been obtained unlawfully.",
        {"Dmitri Volkov": ()},
    ),
    (
        "Chief Constable Rachel Dunmore apologised to the family of Kieran Walsh, "
        "who died in custody in 2019.",
        {"Rachel Dunmore": ("Chief Constable",), "Kieran Walsh": ()},
    ),
    (
        "Police named the dead man as Carl Brennan, 41, of Hull.",
        {"Carl Brennan": ()},
    ),
    (
        "Inspector Ravi Chandrasekhar of the Metropolitan Police said three people "
        "had been arrested.",
        {"Ravi Chandrasekhar": ("Inspector",)},
    ),
    (
        "A jury at Leeds Crown Court found Stephen Hargreaves guilty of fraud.",
        {"Stephen Hargreaves": ()},
    ),
    (
        "Magistrates fined Tony Ruddock £500 for driving while using his phone.",
        {"Tony Ruddock": ()},
    ),
    (
        'Prosecutor Nadia Haddad told the jury that the defendant had "lied repeatedly".',
        {"Nadia Haddad": ("Prosecutor",)},
    ),
    (
        "Judge Rosa Albertini-Kahn told Nolan he would serve at least 18 years.",
        {"Rosa Albertini-Kahn": ("Judge",), "Nolan": ()},
    ),
    (
        "Vanessa Ortiz's lawyer, Gabriel Hoffmann, said his client would appeal.",
        {"Vanessa Ortiz": (), "Gabriel Hoffmann": ("lawyer",)},
    ),
    (
        "The court heard that Kowalski, an electrician, had debts of more than £40,000.",
        {"Kowalski": ("electrician",)},
    ),
    (
        "Manchester-based lawyer Omar Siddiqui represented the families at the inquest.",
        {"Omar Siddiqui": ("lawyer",)},
    ),
    (
        "Detective Chief Superintendent Karen Oduya said the attack appeared to "
        "have been planned.",
        {"Karen Oduya": ("Detective Chief Superintendent",)},
    ),
    (
        "A police sergeant, Mark Tilley, has been suspended pending an inquiry.",
        {"Mark Tilley": ("police sergeant",)},
    ),
    (
        "Police want to speak to a man seen near Victoria Park on Saturday night.",
        {},
    ),
    (
        "Acting Police Commissioner Duane Whitlock promised a full review of the "
        "force's stop-and-search policy.",
        {"Duane Whitlock": ("Police Commissioner",)},
    ),
    (
        'Police Sergeant Neil Cartwright said the crash on the A614 was "entirely avoidable".',
        {"Neil Cartwright": ("Police Sergeant",)},
    ),
    (
        "The trial of Jacques Benoît-Lafleur, the former chief executive of Lumio, "
        "opened in Paris on Monday.",
        {"Jacques Benoît-Lafleur": ("chief executive",)},
    ),
    (
        "Security guard Abdi Warsame was hailed a hero after disarming the attacker.",
        {"Abdi Warsame": ("Security guard",)},
    ),
    # business
    (
        "Shares in Halvorsen Marine fell 8 per cent after chief executive Ingrid "
        "Halvorsen announced her resignation.",
        {"Ingrid Halvorsen": ("chief executive",)},
    ),
    (
        "A spokesman for Bellweather Foods declined to comment.",
        {},
    ),
    (
        "Haruto Sakamoto, the company's chairman and chief executive, will step "
        "down at the end of the year.",
        {"Haruto Sakamoto": ("chairman", "chief executive")},
    ),
    (
        "Wall Street closed higher on Wednesday as investors shrugged off the "
        "Federal Reserve's warning.",
        {},
    ),
    (
        "Sales of the Corvan X9 phone have disappointed, according to analysts at "
        "Brightwater Capital.",
        {},
    ),
    (
        "J. R. Hollister, the firm's chief financial officer, resigned after the audit.",
        {"J. R. Hollister": ("chief financial officer",)},
    ),
    (
        "Ludwig van der Berg, an economist, warned that house prices could fall by a fifth.",
        {"Ludwig van der Berg": ("economist",)},
    ),
    (
        "The Bank of England's chief economist, Adrian Pollitt, said inflation "
        "would fall below 3 per cent by the summer.",
        {"Adrian Pollitt": ("chief economist",)},
    ),
    (
        "Wei Zhang, a software engineer at Quorra Systems, was among those laid off.",
        {"Wei Zhang": ("software engineer",)},
    ),
    (
        "Quorra CEO Dana Whitcombe said the cuts would save £200m a year.",
        {"Dana Whitcombe": ("CEO",)},
    ),
    (
        "Interim chief executive Margot Lindahl said the bank would not pay a dividend this year.",
        {"Margot Lindahl": ("chief executive",)},
    ),
    (
        "Lukas Brenner, chief economist at Helvetia Bank, expects rates to fall twice this year.",
        {"Lukas Brenner": ("chief economist",)},
    ),
    (
        "The company was founded by Edith Marlowe in 1921 and is still run by her "
        "grandson, Peter.",
        {"Edith Marlowe": (), "Peter": ()},
    ),
    (
        "Businessman Harold Finch-Gower, whose family founded the Finch-Gower "
        "hotel chain, has bought the club.",
        {"Harold Finch-Gower": ("Businessman",)},
    ),
    (
        "The board now includes Sara Lindholm, Tariq Hussain and Beatrice O'Neill.",
        {"Sara Lindholm": (), "Tariq Hussain": (), "Beatrice O'Neill": ()},
    ),
    (
        "Fire crews from Ashford and Canterbury spent six hours tackling the blaze "
        "at the Cobb & Lowe warehouse.",
        {},
    ),
    # sport
    (
        "The striker Mateus Carvalho scored twice as Riverside Athletic beat "
        "Harbour Vale 3-1 on Saturday.",
        {"Mateus Carvalho": ("striker",)},
    ),
    (
        'The coach, Andrzej Kowalczyk, said his players had "forgotten how to defend".',
        {"Andrzej Kowalczyk": ("coach",)},
    ),
    (
        "Goalkeeper Tomás Ó Briain saved two penalties in the shoot-out.",
        {"Tomás Ó Briain": ("Goalkeeper",)},
    ),
    (
        "Twice an Olympic champion, Maren Lindqvist announced her retirement from "
        "cross-country skiing at the age of 34.",
        {"Maren Lindqvist": ()},
    ),
    (
        "The striker's agent, Paolo Bernardi, confirmed that talks with Olympique "
        "Lyonnais had broken down.",
        {"Paolo Bernardi": ("agent",)},
    ),
    (
        "Referee Stuart Bannerman sent off two players in the first half.",
        {"Stuart Bannerman": ("Referee",)},
    ),
    (
        "Ekaterina Sorokina beat the top seed, Marta Villanueva, 6-4 7-5 in the final in Halle.",
        {"Ekaterina Sorokina": (), "Marta Villanueva": ()},
    ),
    (
        'Welsh Rugby Union chairman Gareth Pritchard said the decision had been "agonising".',
        {"Gareth Pritchard": ("chairman",)},
    ),
    (
        "The midfielder Kofi Mensah-Bonsu and defender Luka Barišić both signed new contracts.",
        {"Kofi Mensah-Bonsu": ("midfielder",), "Luka Barišić": ("defender",)},
    ),
    (
        'Ajax\'s head coach, Willem de Jong, said the result was "unacceptable".',
        {"Willem de Jong": ("head coach",)},
    ),
    (
        "Racing driver Niklas Brandt crashed on the opening lap of the Monaco Grand Prix.",
        {"Niklas Brandt": ("Racing driver",)},
    ),
    (
        "The race was won by Kenya's Faith Chepkoech in a course record.",
        {"Faith Chepkoech": ()},
    ),
    (
        "Former world champion Kerstin Albrecht will coach the German team at the Paris Games.",
        {"Kerstin Albrecht": ()},
    ),
    (
        "Captain Sione Taufa led the haka before kick-off at Eden Park.",
        {"Sione Taufa": ("Captain",)},
    ),
    # culture
    (
        "The album, produced by Lena Vogt, is due out in October on the Nightjar label.",
        {"Lena Vogt": ()},
    ),
    (
        "Jean-Luc Marchetti, the orchestra's music director since 2016, will "
        "conduct his final concert at the Royal Festival Hall in June.",
        {"Jean-Luc Marchetti": ("music director",)},
    ),
    (
        "Speaking at the Hay Festival, novelist Ottilie Brandreth said she had "
        "abandoned two drafts of the book.",
        {"Ottilie Brandreth": ("novelist",)},
    ),
    (
        "The award went to the Nigerian photographer Adaeze Nwosu for her series "
        "on Lagos street markets.",
        {"Adaeze Nwosu": ("photographer",)},
    ),
    (
        "The Mercer Prize for first novels was won this year by a debut about a "
        "lighthouse keeper.",
        {},
    ),
    (
        "The exhibition at Tate Modern features work by the sculptor Ifeoma Chukwu "
        "and the painter Rosalind Acheson.",
        {"Ifeoma Chukwu": ("sculptor",), "Rosalind Acheson": ("painter",)},
    ),
    (
        "Dame Helena Forsythe, the actress, was made a Companion of Honour in the "
        "King's Birthday Honours.",
        {"Helena Forsythe": ("actress",)},
    ),
    (
        "Broadcaster Clive Ormerod is to leave the Morning Programme after 22 years.",
        {"Clive Ormerod": ("Broadcaster",)},
    ),
    (
        "The violinist Sakura Nishimura and the pianist Felix Adeyemi-Hart will "
        "open the Lucerne Festival.",
        {"Sakura Nishimura": ("violinist",), "Felix Adeyemi-Hart": ("pianist",)},
    ),
    (
        "Oscar-winning director Beatriz Almeida-Santos will chair the jury in Venice this year.",
        {"Beatriz Almeida-Santos": ("director",)},
    ),
    (
        "Hana Te Rangi, a weaver from Rotorua, will represent New Zealand at the Venice Biennale.",
        {"Hana Te Rangi": ("weaver",)},
    ),
    (
        "Agnès Fontaine-Leroy, the museum's director, said the painting had been "
        "bought from a private collection in Geneva.",
        {"Agnès Fontaine-Leroy": ("director",)},
    ),
    (
        "The singer-songwriter Caitlin Rhys played two sold-out nights at the Roundhouse.",
        {"Caitlin Rhys": ("singer-songwriter",)},
    ),
    (
        "Drummer Kenji Ota has left the band after 14 years, citing exhaustion.",
        {"Kenji Ota": ("Drummer",)},
    ),
    (
        "Poet laureate Gwyneth Harries read a new poem at the opening of the Senedd.",
        {"Gwyneth Harries": ("Poet laureate",)},
    ),
    (
        "Organisers of the Harrowgate Folk Festival have cancelled Saturday's "
        "events because of the weather.",
        {},
    ),
    # science and health
    (
        "Dr Priya Raman, a cardiologist at St Columba's Hospital, led the study "
        "published in The Lancet.",
        {"Priya Raman": ("cardiologist",)},
    ),
    (
        "The nurse practitioner, Lucía Ferrándiz, had worked at the clinic for eleven years.",
        {"Lucía Ferrándiz": ("nurse practitioner",)},
    ),
    (
        "Professor Kwame Asante-Boateng, who chairs the committee, said the "
        'findings were "deeply worrying".',
        {"Kwame Asante-Boateng": ()},
    ),
    (
        "Climate scientist Dr Henrik Solberg said the glacier had lost a third of "
        "its mass since 2000.",
        {"Henrik Solberg": ("Climate scientist",)},
    ),
    (
        "The Nobel Prize in Chemistry was awarded to Yuki Tanabe and Samuel "
        "Oyelaran for their work on catalysts.",
        {"Yuki Tanabe": (), "Samuel Oyelaran": ()},
    ),
    (
        'Emergency physician Dr Tunde Bakare-Williams said the ward had been "overwhelmed".',
        {"Tunde Bakare-Williams": ("Emergency physician",)},
    ),
    (
        "According to Dr Isabel Moreau, a geneticist at the Pasteur Institute, the "
        "mutation is rare.",
        {"Isabel Moreau": ("geneticist",)},
    ),
    (
        "Astronomers at the Keck Observatory have spotted a comet that will be "
        "visible over Easter.",
        {},
    ),
    (
        "Lindiwe Dlamini-Zulu, the health department's chief medical officer, "
        "urged parents to vaccinate their children.",
        {"Lindiwe Dlamini-Zulu": ("chief medical officer",)},
    ),
    (
        "Ethan Krauss, 17, and Maya Lindgren, 16, won the young scientist award "
        "for a cheap water filter.",
        {"Ethan Krauss": (), "Maya Lindgren": ()},
    ),
    (
        "Archaeologists led by Professor Selin Aydın uncovered a Roman mosaic "
        "beneath a car park in Leicester.",
        {"Selin Aydın": ()},
    ),
    (
        "Dr Aiyana Redcloud, an epidemiologist, and nurse Bronwen Evans gave "
        "evidence to the inquiry.",
        {"Aiyana Redcloud": ("epidemiologist",), "Bronwen Evans": ("nurse",)},
    ),
    (
        "Dr Leon, a GP in Swansea, said demand had never been higher.",
        {"Leon": ("GP",)},
    ),
    (
        'The mission\'s lead scientist, Dr Amara Okeke, said the probe was "in excellent health".',
        {"Amara Okeke": ("lead scientist",)},
    ),
    (
        "Patients on the Mary Seacole ward were moved after a burst pipe flooded the corridor.",
        {},
    ),
    # weather and transport
    (
        "Heavy rain from Storm Ingrid flooded dozens of homes in the Calder Valley "
        "overnight, the Environment Agency said.",
        {},
    ),
    (
        "The ship, the MV Grace Holloway, ran aground off the coast of Cornwall early on Monday.",
        {},
    ),
    (
        "Wind speeds of up to 90mph were recorded on the Isle of Skye as Storm "
        "Bertrand moved north.",
        {},
    ),
    (
        "The heatwave is expected to break on Sunday, the Met Office said, with "
        "thunderstorms forecast for Wales.",
        {},
    ),
    (
        "Met Office forecaster Tom Ridley said temperatures could reach 34C in "
        "London on Thursday.",
        {"Tom Ridley": ("forecaster",)},
    ),
    (
        "Hurricane Delphine made landfall near Corpus Christi as a Category 3 storm.",
        {},
    ),
    (
        "Schools across Cumbria will close on Friday as Storm Eleanor brings snow and gales.",
        {},
    ),
    (
        "The Great Western Railway service from Paddington was cancelled after a "
        "signal failure near Reading.",
        {},
    ),
    (
        "The Flying Scotsman will haul a special service from York to Scarborough on Boxing Day.",
        {},
    ),
    (
        "Rescue teams searched through the night for Yaw Owusu, a fisherman "
        "missing since Tuesday.",
        {"Yaw Owusu": ("fisherman",)},
    ),
    (
        "Ali Reza Tehrani, a taxi driver, and his passenger, Olga Petrenko, were unhurt.",
        {"Ali Reza Tehrani": ("taxi driver",), "Olga Petrenko": ()},
    ),
    # religion
    (
        "Rabbi Eliezer Stern and Imam Yusuf Adeyemi led a joint vigil outside the "
        "town hall on Sunday evening.",
        {"Eliezer Stern": ("Rabbi",), "Yusuf Adeyemi": ("Imam",)},
    ),
    (
        "Bishop Gregory Nwankwo will lead Easter services at St Anne's Cathedral this year.",
        {"Gregory Nwankwo": ("Bishop",)},
    ),
    (
        "Sister Bernadette Kehoe, who ran the convent's soup kitchen for forty "
        "years, has died aged 91.",
        {"Bernadette Kehoe": ()},
    ),
    (
        "Father Michael Doyle, the parish priest, said the church would reopen at Easter.",
        {"Michael Doyle": ("parish priest",)},
    ),
    (
        "Pastor Daniel Osei-Bonsu said the congregation had raised £12,000 for the food bank.",
        {"Daniel Osei-Bonsu": ("Pastor",)},
    ),
    (
        "Cardinal Matteo Ricciardelli, the archbishop of Turin, celebrated Mass in the cathedral.",
        {"Matteo Ricciardelli": ("Cardinal", "archbishop")},
    ),
    (
        '"We have asked for calm," said Sheikh Hamad al-Mansouri, who leads Friday '
        "prayers at the mosque.",
        {"Hamad al-Mansouri": ("Sheikh",)},
    ),
    (
        "Reverend Alison Pike, the vicar of St Luke's, said the bells would ring "
        "for the first time since 1998.",
        {"Alison Pike": ("Reverend", "vicar")},
    ),
    (
        "Brother Anselm, a monk at the abbey, tends its beehives.",
        {"Anselm": ("monk",)},
    ),
    (
        "The Archbishop of Cardiff, Peter Mallory, led the funeral service.",
        {"Peter Mallory": ("Archbishop",)},
    ),
    (
        "Christmas Day services at Westminster Abbey will be broadcast live this year.",
        {},
    ),
    (
        "The St Patrick's Day parade in Dublin drew a crowd of half a million.",
        {},
    ),
    # military
    (
        "Lieutenant Colonel Ana Dragomir, who commands the battalion, said the "
        "exercise would last two weeks.",
        {"Ana Dragomir": ("Lieutenant Colonel",)},
    ),
    (
        "Captain Elif Demirci of the coast guard said 42 migrants had been rescued from the boat.",
        {"Elif Demirci": ("Captain",)},
    ),
    (
        "Air Chief Marshal Sir Nigel Ashworth-Pryce, the Chief of the Air Staff, "
        "will retire next spring.",
        {"Nigel Ashworth-Pryce": ("Air Chief Marshal", "Chief of the Air Staff")},
    ),
    (
        "General Olusegun Adebayo-Kuti, the army's chief of staff, denied that "
        "troops had fired on protesters.",
        {"Olusegun Adebayo-Kuti": ("General", "chief of staff")},
    ),
    (
        "Private Jamie Ferguson, 19, was killed when his patrol vehicle hit a roadside bomb.",
        {"Jamie Ferguson": ("Private",)},
    ),
    (
        "Corporal Sinéad Ní Bhriain was awarded the Military Medal for her actions in Mali.",
        {"Sinéad Ní Bhriain": ("Corporal",)},
    ),
    (
        "Vice Admiral Hiroshi Kanda, commander of the fleet, said the destroyer "
        "would sail next week.",
        {"Hiroshi Kanda": ("Vice Admiral", "commander")},
    ),
    (
        "Major General Yevhen Kravets said the brigade had been pulled back to rest.",
        {"Yevhen Kravets": ("Major General",)},
    ),
    # local news and people
    (
        "Her husband, Sipho, was treated in hospital for smoke inhalation, neighbours said.",
        {"Sipho": ()},
    ),
    (
        '"It\'s a great day for the town," said Mrs Eileen Gallagher, 78, who has '
        "lived on the estate since 1962.",
        {"Eileen Gallagher": ()},
    ),
    (
        "The chef Ramón Ibarra-Soto opened his third restaurant in Bilbao last month.",
        {"Ramón Ibarra-Soto": ("chef",)},
    ),
    (
        "Friends described Aoife as kind, funny and fiercely loyal.",
        {"Aoife": ()},
    ),
    (
        "The paramedic who treated him, Jodie Farrell, said he was conscious when she arrived.",
        {"Jodie Farrell": ("paramedic",)},
    ),
    (
        "Hans-Peter Müller, 52, a bus driver from Leipzig, was named as the victim.",
        {"Hans-Peter Müller": ("bus driver",)},
    ),
    (
        "Ms de la Cruz, a primary school teacher, was elected to the council in May.",
        {"de la Cruz": ("primary school teacher",)},
    ),
    (
        "Firefighter Zoe Ackroyd rescued a dog from the frozen canal.",
        {"Zoe Ackroyd": ("Firefighter",)},
    ),
    (
        "Marie-Claire Dubois and her sister, Hélène, run the bakery on the Rue des Martyrs.",
        {"Marie-Claire Dubois": (), "Hélène": ()},
    ),
    (
        "Vusi, a 12-year-old from Soweto, wants to be an engineer.",
        {"Vusi": ()},
    ),
    (
        "Mathilde Berger, a physiotherapist; Rui Tavares, a plumber; and Sunita "
        "Menon, a pharmacist, were shortlisted for the award.",
        {
            "Mathilde Berger": ("physiotherapist",),
            "Rui Tavares": ("plumber",),
            "Sunita Menon": ("pharmacist",),
        },
    ),
    (
        "Tributes have been paid to Doreen Ashby, a lollipop lady who helped "
        "children cross the road outside Fernhill Primary for 35 years.",
        {"Doreen Ashby": ("lollipop lady",)},
    ),
    (
        "Olumide, 23, a delivery rider, was stabbed on his way home from work.",
        {"Olumide": ("delivery rider",)},
    ),
    (
        "Students at Lady Margaret Hall staged a sit-in over rent rises.",
        {},
    ),
    (
        "Ibrahim Touré, who heads the Red Cross delegation in the country, said "
        "aid lorries were stuck at the border.",
        {"Ibrahim Touré": ()},
    ),
    (
        "A statement from Buckingham Palace said the King had been saddened by the news.",
        {},
    ),
]

"""Blind sentences for the people enricher, sixth set (issue 14).

These sentences were written blind for issue 14 by someone who had not read the
enricher's rules, its other test sentences or its documentation. They were
written while the enricher's seventh round of rules was being made, by someone
who saw neither the other, and are held out to measure
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

BLIND6: list[Case] = [
    (
        (
            "Foreign Minister Khalid bin Rashid al-Mansouri arrived in Muscat on Tuesday for "
            "talks on shipping in the Strait of Hormuz."
        ),
        {"Khalid bin Rashid al-Mansouri": ("Foreign Minister",)},
    ),
    (
        (
            "The Kenyan President, Wanjiru Kamau-Ndegwa, said the Nairobi Declaration would be "
            "signed by the end of the month."
        ),
        {"Wanjiru Kamau-Ndegwa": ("President",)},
    ),
    (
        (
            "Speaking in Ankara, Turkish Finance Minister Serkan Aydoğdu said inflation had "
            "peaked and would fall below 30 per cent by June."
        ),
        {"Serkan Aydoğdu": ("Finance Minister",)},
    ),
    (
        (
            "Vietnam's deputy prime minister, Nguyen Thi Thu Hang, met her Japanese counterpart, "
            "Kenji Morioka, in Hanoi on Friday."
        ),
        {"Nguyen Thi Thu Hang": ("deputy prime minister",), "Kenji Morioka": ()},
    ),
    (
        (
            "The US ambassador to South Korea, Deborah Feinstein-Cole, was summoned to the "
            "Foreign Ministry in Seoul after remarks by Senator Grant Whitaker."
        ),
        {"Deborah Feinstein-Cole": ("ambassador",), "Grant Whitaker": ("Senator",)},
    ),
    (
        (
            "Park Dong-wook, a spokesman for the Unification Ministry, said the talks at "
            "Panmunjom had been postponed indefinitely."
        ),
        {"Park Dong-wook": ("spokesman",)},
    ),
    (
        (
            "Protesters gathered outside Government House in Port Moresby before Prime Minister "
            "Kila Waranaki addressed the crowd."
        ),
        {"Kila Waranaki": ("Prime Minister",)},
    ),
    (
        (
            "The Lisbon Accord, signed by 31 countries in 2019, expires next year unless the "
            "Geneva Protocol talks produce a successor."
        ),
        {},
    ),
    (
        (
            "Sheikh Faisal bin Saeed al-Harthi, the governor of Dhofar, opened the new terminal "
            "at the Salalah Free Zone."
        ),
        {"Faisal bin Saeed al-Harthi": ("Sheikh", "governor")},
    ),
    (
        (
            "Russian opposition figure Dmitri Voloshenko was detained in Yekaterinburg on "
            "Saturday, his lawyer, Irina Sazykina, said."
        ),
        {"Dmitri Voloshenko": (), "Irina Sazykina": ("lawyer",)},
    ),
    (
        (
            "Chinese Vice-Premier Zhang Liqun told the Boao Forum for Asia that growth would "
            "recover, though Mr Zhang did not take questions."
        ),
        {"Zhang Liqun": ("Vice-Premier",)},
    ),
    (
        (
            "The Nigerian novelist Adaeze Okonkwo-Bello won the Harcourt Prize for Fiction at a "
            "ceremony in Lagos on Thursday night."
        ),
        {"Adaeze Okonkwo-Bello": ("novelist",)},
    ),
    (
        (
            "India's Defence Minister, Vikram Sethuraman, inspected the aircraft carrier INS "
            "Vikrant at Kochi."
        ),
        {"Vikram Sethuraman": ("Defence Minister",)},
    ),
    (
        (
            "Argentina's Economy Minister, Martín de la Fuente, resigned on Friday after the "
            "peso fell 12 per cent in a week."
        ),
        {"Martín de la Fuente": ("Economy Minister",)},
    ),
    (
        (
            "Mexican police said the body of the journalist Rosa Elena Quintero had been found "
            "in a ravine near Cuernavaca."
        ),
        {"Rosa Elena Quintero": ("journalist",)},
    ),
    (
        (
            "Storm Hendrik brought gusts of 90mph to the Western Isles, and CalMac cancelled "
            "every sailing from Stornoway."
        ),
        {},
    ),
    (
        (
            "UN envoy Ibrahim Ould Cheikh flew to Tripoli on Sunday in a fresh attempt to revive "
            "the ceasefire."
        ),
        {"Ibrahim Ould Cheikh": ("envoy",)},
    ),
    (
        (
            "Polish Prime Minister Katarzyna Wójcik-Nowak and Czech President Tomáš Hrubý signed "
            "the Ostrava Memorandum on cross-border rail."
        ),
        {"Katarzyna Wójcik-Nowak": ("Prime Minister",), "Tomáš Hrubý": ("President",)},
    ),
    (
        (
            "Rabbi Eliezer Gottlieb, who leads the Beth Shalom congregation in Golders Green, "
            "appealed for calm after the attack."
        ),
        {"Eliezer Gottlieb": ("Rabbi",)},
    ),
    (
        (
            "Imam Yusuf Abdi Warsame said the Al-Noor Centre on Mill Lane would stay open "
            "through the night during Ramadan."
        ),
        {"Yusuf Abdi Warsame": ("Imam",)},
    ),
    (
        (
            "Cardinal Tomasz Wierzbicki, the Archbishop of Kraków, celebrated Mass at Wawel "
            "Cathedral for the victims."
        ),
        {"Tomasz Wierzbicki": ("Cardinal", "Archbishop")},
    ),
    (
        (
            "Pastor Emeka Obiora-Nwankwo of the Living Waters Assembly in Peckham was among "
            "those arrested."
        ),
        {"Emeka Obiora-Nwankwo": ("Pastor",)},
    ),
    (
        (
            "The Japanese Prime Minister, Haruto Kobayashi, and South Korean President Lee "
            "Seo-yeon held a two-hour summit in Busan."
        ),
        {"Haruto Kobayashi": ("Prime Minister",), "Lee Seo-yeon": ("President",)},
    ),
    (
        (
            "South Africa's Health Minister, Thandiwe Mokoena-Dlamini, said Chris Hani "
            "Baragwanath Academic Hospital in Soweto had cleared its surgical backlog."
        ),
        {"Thandiwe Mokoena-Dlamini": ("Health Minister",)},
    ),
    (
        (
            "Ghana's Vice-President, Kwabena Asante-Darko, will attend the Accra Summit "
            "alongside Togo's Foreign Minister, Essowè Agbéyomé."
        ),
        {"Kwabena Asante-Darko": ("Vice-President",), "Essowè Agbéyomé": ("Foreign Minister",)},
    ),
    (
        (
            "The Egyptian archaeologist Dr Hala el-Sayed said the tomb near Saqqara had been "
            "sealed for 3,000 years."
        ),
        {"Hala el-Sayed": ("archaeologist",)},
    ),
    (
        (
            "Former Lebanese prime minister Nabil Haddad-Karam died on Monday at his home in "
            "Beirut, aged 91."
        ),
        {"Nabil Haddad-Karam": ("prime minister",)},
    ),
    (
        (
            "Brigadier General Azad Hawrami said his forces had retaken the village after two "
            "days of fighting."
        ),
        {"Azad Hawrami": ("Brigadier General",)},
    ),
    (
        (
            "Ukraine's Deputy Defence Minister, Oksana Kovalchuk-Ivanenko, visited the Antonov "
            "plant at Hostomel."
        ),
        {"Oksana Kovalchuk-Ivanenko": ("Deputy Defence Minister",)},
    ),
    (
        (
            "Nguyen Van Duc, a fisherman from Quang Ngai, was rescued after 11 days adrift in "
            "the South China Sea."
        ),
        {"Nguyen Van Duc": ("fisherman",)},
    ),
    (
        (
            "Gao Ruiming, the mayor of Shenzhen, said the city would build 40 new metro stations "
            "by 2030."
        ),
        {"Gao Ruiming": ("mayor",)},
    ),
    (
        (
            "Aisha Bello-Ibrahim, a midwife at Aminu Kano Teaching Hospital, said the ward had "
            "run out of oxygen twice."
        ),
        {"Aisha Bello-Ibrahim": ("midwife",)},
    ),
    (
        (
            "India's High Commissioner in London, A. K. Menon-Pillai, hosted the Diwali "
            "reception at Lancaster House."
        ),
        {"A. K. Menon-Pillai": ("High Commissioner",)},
    ),
    (
        (
            "Hurricane Delfina made landfall near Tulum on Tuesday, said Quintana Roo's "
            "governor, Laura Ibarra-Soto."
        ),
        {"Laura Ibarra-Soto": ("governor",)},
    ),
    (
        (
            "Major General Piotr Zieliński, the commander of the 16th Mechanised Division, said "
            "the exercise would continue."
        ),
        {"Piotr Zieliński": ("Major General", "commander")},
    ),
    (
        (
            "Rear Admiral Siddharth Bhatt said the frigate had intercepted the dhow off the "
            "coast of Socotra."
        ),
        {"Siddharth Bhatt": ("Rear Admiral",)},
    ),
    (
        "Governor Dolores Maldonado-Pierce signed the wildfire bill in Sacramento on Wednesday.",
        {"Dolores Maldonado-Pierce": ("Governor",)},
    ),
    (
        (
            "Congresswoman Tamika Ruffin-Hayes said the closure of Fort Benning Road would cut "
            "off 3,000 residents."
        ),
        {"Tamika Ruffin-Hayes": ("Congresswoman",)},
    ),
    (
        (
            "FBI Special Agent Carl Brennan told reporters in Albuquerque that the suspect had "
            "fled toward El Paso."
        ),
        {"Carl Brennan": ("Special Agent",)},
    ),
    (
        (
            "Sheriff Buck Tolliver of Harlan County said the bridge on Kentucky Route 38 had "
            "been swept away."
        ),
        {"Buck Tolliver": ("Sheriff",)},
    ),
    (
        (
            "White House press secretary Kayla Denton-Ruiz declined to say whether the President "
            "had been briefed."
        ),
        {"Kayla Denton-Ruiz": ("press secretary",)},
    ),
    (
        (
            "General Motors said its Orion Assembly plant in Michigan would begin building "
            "electric pickups in the spring."
        ),
        {},
    ),
    (
        (
            "Britain's ambassador to Ireland, Dame Philippa Colquhoun, presented her credentials "
            "at Áras an Uachtaráin."
        ),
        {"Philippa Colquhoun": ("ambassador",)},
    ),
    (
        "Taoiseach Cathal Ó Murchú said the Dublin Port tunnel extension would go ahead.",
        {"Cathal Ó Murchú": ("Taoiseach",)},
    ),
    (
        (
            "Norway's Minister of Fisheries was absent, so the deal was signed by state "
            "secretary Åsa Lindahl-Berg."
        ),
        {"Åsa Lindahl-Berg": ("state secretary",)},
    ),
    (
        (
            "The Hagia Sophia in Istanbul drew 6 million visitors last year, according to the "
            "culture ministry."
        ),
        {},
    ),
    (
        (
            "Wadi Rum and Petra were closed to tourists for three days after flash floods, "
            "Jordanian officials said."
        ),
        {},
    ),
    (
        (
            "Khin Myat Noe, a teacher from Mandalay, was sentenced to five years for posting "
            "about the protests."
        ),
        {"Khin Myat Noe": ("teacher",)},
    ),
    (
        "Health Secretary Rhiannon Pugh-Evans announced £40m for Morriston Hospital in Swansea.",
        {"Rhiannon Pugh-Evans": ("Health Secretary",)},
    ),
    (
        "Conservative MP Giles Hartington-Fane said the Kings Heath bypass should be scrapped.",
        {"Giles Hartington-Fane": ("MP",)},
    ),
    (
        (
            "Labour councillor Shazia Mahmood, who represents Sparkbrook, called the decision 'a "
            "betrayal'."
        ),
        {"Shazia Mahmood": ("councillor",)},
    ),
    (
        (
            "Plaid Cymru MS Elin Haf Prys told the Senedd that Port Talbot steelworkers had been "
            "abandoned."
        ),
        {"Elin Haf Prys": ("MS",)},
    ),
    (
        (
            "The leader of Calderdale Council, Cllr Tom Brierley, said the Piece Hall in Halifax "
            "would reopen in May."
        ),
        {"Tom Brierley": ("leader", "Cllr")},
    ),
    (
        (
            "Parish council chairman Derek Ollerenshaw said the speed camera on Station Road had "
            "caught 400 drivers in a month."
        ),
        {"Derek Ollerenshaw": ("chairman",)},
    ),
    (
        (
            "Met Office forecaster Aoife Brennan said Storm Imelda would reach Cork by Tuesday "
            "evening."
        ),
        {"Aoife Brennan": ("forecaster",)},
    ),
    (
        (
            "The Home Secretary, Sir Anthony Coldwell, has ordered an independent review of West "
            "Midlands Police."
        ),
        {"Anthony Coldwell": ("Home Secretary",)},
    ),
    (
        "The shadow chancellor, Priya Raghunathan, said the Treasury's figures did not add up.",
        {"Priya Raghunathan": ("shadow chancellor",)},
    ),
    (
        (
            "Liberal Democrat leader Fiona MacAulay campaigned in Inverness alongside local "
            "councillor Callum Mackintosh."
        ),
        {"Fiona MacAulay": ("leader",), "Callum Mackintosh": ("councillor",)},
    ),
    (
        (
            "The SNP MSP for Dundee West, Màiri NicLeòid, asked about waiting times at Ninewells "
            "Hospital."
        ),
        {"Màiri NicLeòid": ("MSP",)},
    ),
    (
        (
            "The Mayor of Bristol, Amara Osei-Bonsu, unveiled a plaque on Corn Street to mark "
            "the bus boycott."
        ),
        {"Amara Osei-Bonsu": ("Mayor",)},
    ),
    (
        (
            "A Department for Transport spokeswoman said the Ely North junction upgrade had been "
            "delayed again."
        ),
        {},
    ),
    (
        (
            "Downing Street said the Prime Minister would not comment on the findings of the "
            "Whitlock Review."
        ),
        {},
    ),
    (
        (
            "Education Secretary Gareth ap Dafydd visited Ysgol Gyfun Cwm Rhymni in Fleur-de-Lys "
            "on Monday."
        ),
        {"Gareth ap Dafydd": ("Education Secretary",)},
    ),
    (
        (
            "Aled Rhys Jones, a council highways engineer, said the A470 would close at Storey "
            "Arms for a fortnight."
        ),
        {"Aled Rhys Jones": ("highways engineer",)},
    ),
    (
        (
            "Councillor Siân Lloyd objected to the plans for Tŷ Newydd Farm, as did her ward "
            "colleague Peter Greaves."
        ),
        {"Siân Lloyd": ("Councillor",), "Peter Greaves": ()},
    ),
    (
        "Bishop Auckland Town Council has approved plans for a weekly market on Newgate Street.",
        {},
    ),
    (
        (
            "Traders on York Road in Kings Heath say parking charges are driving customers to "
            "Solihull."
        ),
        {},
    ),
    (
        (
            "Residents of Hollybush Close in Cwmbran say the drains have flooded five times "
            "since 2020."
        ),
        {},
    ),
    (
        (
            "Harlow Town Council leader Bernadette Okwu said the Water Gardens car park would be "
            "demolished."
        ),
        {"Bernadette Okwu": ("leader",)},
    ),
    (
        (
            "Welsh Government chief scientific adviser Prof Rhodri Bevan said the Dee estuary "
            "data was 'alarming'."
        ),
        {"Rhodri Bevan": ("chief scientific adviser",)},
    ),
    (
        (
            "The then foreign secretary, Alistair Pennington, signed the treaty in 2004, and his "
            "deputy, Marcus Oyelowo, negotiated the annex."
        ),
        {"Alistair Pennington": ("foreign secretary",), "Marcus Oyelowo": ("deputy",)},
    ),
    (
        (
            "Leicester's director of public health, Dr Sunita Varma, urged parents to get "
            "children vaccinated before the Diwali holidays."
        ),
        {"Sunita Varma": ("director of public health",)},
    ),
    (
        (
            "The Prime Minister's spokesman, Rupert Fane, said the Chequers meeting had been "
            "'constructive'."
        ),
        {"Rupert Fane": ("spokesman",)},
    ),
    (
        (
            "Storm Ffion forced the closure of the Prince of Wales Bridge, said National "
            "Highways spokesman Rob Jelf."
        ),
        {"Rob Jelf": ("spokesman",)},
    ),
    (
        (
            "Mudiad Meithrin chief executive Dr Gwenno Iorwerth said Welsh-medium nursery places "
            "had doubled."
        ),
        {"Gwenno Iorwerth": ("chief executive",)},
    ),
    (
        (
            "Cllr Mohammed Iqbal said Tower Hamlets would buy back 200 former council homes on "
            "the Isle of Dogs."
        ),
        {"Mohammed Iqbal": ("Cllr",)},
    ),
    (
        (
            "The Speaker, Sir Lindsay Mottram, suspended the sitting after shouting from the "
            "opposition benches."
        ),
        {"Lindsay Mottram": ("Speaker",)},
    ),
    (
        (
            "Deputy First Minister Eilidh Macrae and Finance Secretary Kenny Baillie will "
            "publish the Budget on Thursday."
        ),
        {"Eilidh Macrae": ("Deputy First Minister",), "Kenny Baillie": ("Finance Secretary",)},
    ),
    (
        (
            "Interim council chief executive Natalia Kovač said Croydon could not balance its "
            "books without help."
        ),
        {"Natalia Kovač": ("chief executive",)},
    ),
    (
        (
            "The Lord Mayor's Show will go ahead on Saturday despite the forecast, organisers in "
            "the City of London said."
        ),
        {},
    ),
    (
        "Kirkcaldy's provost, Janice Gourlay, laid a wreath at the War Memorial Gardens.",
        {"Janice Gourlay": ("provost",)},
    ),
    (
        (
            "Judge Miriam Ashworth-Lowe told Lewes Crown Court that the defendant, Connor "
            "Maguire, 27, posed a danger to the public."
        ),
        {"Miriam Ashworth-Lowe": ("Judge",), "Connor Maguire": ()},
    ),
    (
        (
            "Det Insp Kwabena Frimpong, the senior investigating officer, said Thames Valley "
            "Police were still searching for the weapon."
        ),
        {"Kwabena Frimpong": ("Det Insp", "senior investigating officer")},
    ),
    (
        (
            "Prosecutor Ana Lúcia Ferreira told the court in Porto that the accused had moved "
            "€2m to a shell company in Madeira."
        ),
        {"Ana Lúcia Ferreira": ("Prosecutor",)},
    ),
    (
        (
            "The coroner, Dr Hywel Price-Thomas, recorded a conclusion of misadventure at the "
            "inquest in Pontypridd."
        ),
        {"Hywel Price-Thomas": ("coroner",)},
    ),
    (
        (
            "Assistant coroner Nadia Rahman heard that Mr Whitfield had been cycling along "
            "Harrogate Road when he was struck."
        ),
        {"Nadia Rahman": ("Assistant coroner",), "Whitfield": ()},
    ),
    (
        (
            "Her barrister, Jonathan Ellery, said she had shown genuine remorse and had repaid "
            "the money."
        ),
        {"Jonathan Ellery": ("barrister",)},
    ),
    (
        (
            "Solicitor Bronagh McCann, who represents the family of Séamus Ó Riada, said they "
            "would take the case to the Court of Appeal in Belfast."
        ),
        {"Bronagh McCann": ("Solicitor",), "Séamus Ó Riada": ()},
    ),
    (
        (
            "PC Lauren Fitzgerald, of Kent Police, suffered a broken wrist during the arrest on "
            "Gravesend High Street."
        ),
        {"Lauren Fitzgerald": ("PC",)},
    ),
    (
        (
            "Detective Chief Inspector Mark Oyelaran said Operation Kestrel had led to 14 "
            "arrests across Merseyside."
        ),
        {"Mark Oyelaran": ("Detective Chief Inspector",)},
    ),
    (
        (
            "Chief Constable Dame Helen Rowbotham apologised to the family outside force "
            "headquarters."
        ),
        {"Helen Rowbotham": ("Chief Constable",)},
    ),
    (
        (
            "Aaliyah Khan, 19, of Bordesley Green, admitted causing death by dangerous driving "
            "at Birmingham Crown Court."
        ),
        {"Aaliyah Khan": ()},
    ),
    (
        (
            "The jury at the Old Bailey heard that Viktor Marinov, a forklift driver from "
            "Dagenham, met the victim, Tolu Adebayo, at a party on Romford Road."
        ),
        {"Viktor Marinov": ("forklift driver",), "Tolu Adebayo": ()},
    ),
    (
        (
            "Giving evidence, forensic scientist Dr Ruth Okoye said fibres found in the Vauxhall "
            "Astra matched the jumper."
        ),
        {"Ruth Okoye": ("forensic scientist",)},
    ),
    (
        (
            "The inquest at Avon Coroner's Court heard that Sgt Declan Furey had tried to "
            "resuscitate the boy for 20 minutes."
        ),
        {"Declan Furey": ("Sgt",)},
    ),
    (
        (
            "Magistrates fined the landlord of the Rose and Crown in Hadleigh, Terry Vosper, "
            "£2,400 for serving after hours."
        ),
        {"Terry Vosper": ("landlord",)},
    ),
    (
        (
            "J. R. Okoro, the firm's finance director, was cleared of fraud by a jury at "
            "Southwark Crown Court."
        ),
        {"J. R. Okoro": ("finance director",)},
    ),
    (
        (
            "A neighbour, Patrick Doyle, said he heard shouting from the flat on Albion Terrace "
            "shortly after midnight."
        ),
        {"Patrick Doyle": ()},
    ),
    (
        (
            "One witness, Sunita Patel-Shah, told the court she saw the Ford Transit mount the "
            "pavement."
        ),
        {"Sunita Patel-Shah": ()},
    ),
    (
        "Lawyers at Wilkins, Oduya & Marsh said they would appeal against the ruling.",
        {},
    ),
    (
        (
            "Acting Chief Constable Ifor Bowen said Dyfed-Powys Police had referred itself to "
            "the watchdog."
        ),
        {"Ifor Bowen": ("Chief Constable",)},
    ),
    (
        (
            "Detective Sergeant Agnieszka Nowicka and DC Jamie Rourke found the paintings stolen "
            "from Danson House in a lock-up in Erith."
        ),
        {"Agnieszka Nowicka": ("Detective Sergeant",), "Jamie Rourke": ("DC",)},
    ),
    (
        (
            "The trial of Oleksiy Bondar, a lorry driver, and Marek Dvořák, a mechanic, will "
            "begin at Chelmsford Crown Court in June."
        ),
        {"Oleksiy Bondar": ("lorry driver",), "Marek Dvořák": ("mechanic",)},
    ),
    (
        "The fraud case at the Royal Courts of Justice was adjourned until the autumn.",
        {},
    ),
    (
        (
            "Sentencing her, Recorder Ayesha Chaudhry said the attack on the Hope and Anchor's "
            "doorman had been unprovoked."
        ),
        {"Ayesha Chaudhry": ("Recorder",)},
    ),
    (
        (
            "Greater Manchester Police said a man had been arrested after a car was driven into "
            "the front of the Midland Hotel."
        ),
        {},
    ),
    (
        (
            "Police Scotland's Assistant Chief Constable, Neil Ure-Morton, said officers at "
            "Tulliallan would be retrained."
        ),
        {"Neil Ure-Morton": ("Assistant Chief Constable",)},
    ),
    (
        (
            "Supt Rebecca Oduya, who led Operation Harlequin, said the gang had imported cocaine "
            "through Felixstowe."
        ),
        {"Rebecca Oduya": ("Supt",)},
    ),
    (
        (
            "The Crown Prosecution Service said no charges would be brought against the driver "
            "of the Stagecoach bus."
        ),
        {},
    ),
    (
        (
            "Coroner Emma Halloran said staff at the Priory Hospital in Roehampton had missed "
            "chances to help Mr Adeyinka."
        ),
        {"Emma Halloran": ("Coroner",), "Adeyinka": ()},
    ),
    (
        (
            "Giving evidence for the defence, consultant psychiatrist Dr Faisal Qadri said Mr "
            "Lynch had been psychotic."
        ),
        {"Faisal Qadri": ("consultant psychiatrist",), "Lynch": ()},
    ),
    (
        (
            "Harrow & Finch, the Leeds-based law firm, has appointed Oluwaseun Adeyemi-Cole as "
            "managing partner."
        ),
        {"Oluwaseun Adeyemi-Cole": ("managing partner",)},
    ),
    (
        (
            "Shares in Pemberton Hale fell 8 per cent after chief executive Ingrid Solbakken "
            "warned on profits."
        ),
        {"Ingrid Solbakken": ("chief executive",)},
    ),
    (
        (
            "Marks & Spencer said its Marble Arch store would close in January for a two-year "
            "rebuild."
        ),
        {},
    ),
    (
        (
            "The Bank of England governor, Sir Malcolm Threlfall, said interest rates would stay "
            "at 4.5 per cent."
        ),
        {"Malcolm Threlfall": ("governor",)},
    ),
    (
        (
            "Ahmed bin Sulaiman Al Busaidi, chairman of Oman Air, said the Dreamliner order was "
            "on track."
        ),
        {"Ahmed bin Sulaiman Al Busaidi": ("chairman",)},
    ),
    (
        (
            "Lars-Erik Lindqvist, who founded the furniture maker Lindqvist & Berg in Jönköping "
            "in 1962, has died aged 84."
        ),
        {"Lars-Erik Lindqvist": ()},
    ),
    (
        "Morgan Stanley analyst Chen Yiwen raised her target price for Alibaba shares.",
        {"Chen Yiwen": ("analyst",)},
    ),
    (
        (
            "The company's chief financial officer, Ravi Subramaniam, will step down in March; "
            "his deputy, Clara Montserrat, will take over."
        ),
        {"Ravi Subramaniam": ("chief financial officer",), "Clara Montserrat": ("deputy",)},
    ),
    (
        "Aston Martin Lagonda confirmed that its factory at Gaydon would build the new Vanquish.",
        {},
    ),
    (
        "John Lewis will open a store at Cribbs Causeway next spring, creating 300 jobs.",
        {},
    ),
    (
        (
            "A spokesman for Sainsbury's said the depot at Kings Lynn had not been affected by "
            "the outage."
        ),
        {},
    ),
    (
        (
            "Tata Steel's UK chief executive, Anjali Deshmukh-Rao, met union leaders at Port "
            "Talbot on Wednesday."
        ),
        {"Anjali Deshmukh-Rao": ("chief executive",)},
    ),
    (
        (
            "Interim chief executive Bjørn Haugland said output from the Johan Sverdrup field "
            "had risen for a third quarter."
        ),
        {"Bjørn Haugland": ("chief executive",)},
    ),
    (
        (
            "Nissan will build the next Leaf at its Sunderland plant, said the plant's "
            "vice-president, Takeshi Omura."
        ),
        {"Takeshi Omura": ("vice-president",)},
    ),
    (
        (
            "Dame Nkechi Eze-Williams, the non-executive chairwoman of Halden Bank, will step "
            "down after the annual meeting."
        ),
        {"Nkechi Eze-Williams": ("non-executive chairwoman",)},
    ),
    (
        (
            "Workers at the Cadbury factory in Bournville walked out on Monday, said Unite "
            "official Sharon Tierney."
        ),
        {"Sharon Tierney": ("official",)},
    ),
    (
        (
            "Hyundai Heavy Industries has appointed Kim Hye-rin head of its shipbuilding "
            "division in Ulsan."
        ),
        {"Kim Hye-rin": ("head",)},
    ),
    (
        (
            "JD Wetherspoon said its pub on Lime Street, The Thomas Hendry, would reopen after a "
            "£1m refurbishment."
        ),
        {},
    ),
    (
        "IFS economist Farah Qureshi said the Budget left a £20bn hole in the public finances.",
        {"Farah Qureshi": ("economist",)},
    ),
    (
        (
            "Huw Bowen-Jenkins, president of NFU Cymru, said the Royal Welsh Show in Llanelwedd "
            "had been a success."
        ),
        {"Huw Bowen-Jenkins": ("president",)},
    ),
    (
        "Volvo Cars chief technology officer Anders Sjöberg unveiled the EX40 in Gothenburg.",
        {"Anders Sjöberg": ("chief technology officer",)},
    ),
    (
        (
            "Rolls-Royce said the Trent XWB engines on the grounded aircraft would be inspected "
            "at Derby."
        ),
        {},
    ),
    (
        (
            "Sophie Marchetti, a barista at Caffè Nero on Bold Street, won the regional "
            "latte-art title."
        ),
        {"Sophie Marchetti": ("barista",)},
    ),
    (
        "Halima Yusuf opened her bakery, Mama Halima's, on Stapleton Road in 2015.",
        {"Halima Yusuf": ()},
    ),
    (
        (
            "The Nuffield Trust's chief economist, Sally Gregson-Ames, said the NHS waiting list "
            "would not fall before 2027."
        ),
        {"Sally Gregson-Ames": ("chief economist",)},
    ),
    (
        (
            "Jack Daniel's is to open a whiskey bar on Deansgate, the brand's owner, "
            "Brown-Forman, said."
        ),
        {},
    ),
    (
        "Tommy Hilfiger is to close its store in the Trafford Centre at the end of the month.",
        {},
    ),
    (
        "Dr Martens said sales of its 1460 boot fell 9 per cent in the US over the summer.",
        {},
    ),
    (
        "Premier Foods said sales of Mr Kipling cakes rose 6 per cent over Christmas.",
        {},
    ),
    (
        (
            "Ms de la Cruz, the firm's general counsel, declined to comment on the Goldman Sachs "
            "report."
        ),
        {"de la Cruz": ("general counsel",)},
    ),
    (
        (
            "Ebere Nwachukwu-Smith, a partner at Clifford Chance, said the Lloyd's of London "
            "settlement was unusual."
        ),
        {"Ebere Nwachukwu-Smith": ("partner",)},
    ),
    (
        (
            "Tomasz Lewandowski-Reed, the founder's grandson, was named chairman of Reed & Sons "
            "Hauliers in Wigan."
        ),
        {"Tomasz Lewandowski-Reed": ("chairman",)},
    ),
    (
        (
            "The Co-op said Rachel Ng, its director of food, would leave in June; her "
            "replacement, Ifan Pritchard, joins from Waitrose."
        ),
        {"Rachel Ng": ("director of food",), "Ifan Pritchard": ()},
    ),
    (
        "Kwik Fit and Halfords both reported a rise in MOT bookings after the Easter weekend.",
        {},
    ),
    (
        (
            "Ola Hellström, the 36-year-old head of sustainability at IKEA, said the Wembley "
            "store would run on solar power."
        ),
        {"Ola Hellström": ("head of sustainability",)},
    ),
    (
        (
            "Stockport County manager Declan O'Rourke-Walsh said his side deserved more at "
            "Edgeley Park."
        ),
        {"Declan O'Rourke-Walsh": ("manager",)},
    ),
    (
        (
            "The club's physiotherapist, Ingrid Halvorsen, said the striker would miss at least "
            "six weeks."
        ),
        {"Ingrid Halvorsen": ("physiotherapist",)},
    ),
    (
        (
            "Wales head coach Gethin Llewellyn named Rhys ap Gwilym as captain for the Six "
            "Nations opener against Ireland."
        ),
        {"Gethin Llewellyn": ("head coach",), "Rhys ap Gwilym": ("captain",)},
    ),
    (
        "Referee Tomasz Kowalczyk showed three red cards in a bad-tempered derby at Fratton Park.",
        {"Tomasz Kowalczyk": ("Referee",)},
    ),
    (
        (
            "Tigist Bekele-Haile of Ethiopia won the London Marathon in 2hr 17min, breaking the "
            "course record."
        ),
        {"Tigist Bekele-Haile": ()},
    ),
    (
        (
            "Jockey Ciarán Mac Giolla Phádraig rode Sir Percival's Dream to victory in the Gold "
            "Cup at Cheltenham."
        ),
        {"Ciarán Mac Giolla Phádraig": ("Jockey",)},
    ),
    (
        (
            "Trainer Eamon Fitzharris said Ballyhoura Lad would be aimed at the Grand National "
            "at Aintree."
        ),
        {"Eamon Fitzharris": ("Trainer",)},
    ),
    (
        (
            "Yorkshire captain Shoaib Iqbal hit 142 at Headingley as Nottinghamshire wilted in "
            "the heat."
        ),
        {"Shoaib Iqbal": ("captain",)},
    ),
    (
        "Sibusiso Ngcobo scored twice as Kaizer Chiefs beat Orlando Pirates 3-1 at FNB Stadium.",
        {"Sibusiso Ngcobo": ()},
    ),
    (
        "Aston Villa's Jamal Okafor-Reid was booked by referee Simon Haddow in the 89th minute.",
        {"Jamal Okafor-Reid": (), "Simon Haddow": ("referee",)},
    ),
    (
        (
            "Celtic's assistant manager, Ruairí Ó Conaill, will take charge of the side at "
            "Tynecastle on Sunday."
        ),
        {"Ruairí Ó Conaill": ("assistant manager",)},
    ),
    (
        (
            "Caddie Murray Birchall said Haruki Nakagawa had played the round of his life at St "
            "Andrews."
        ),
        {"Murray Birchall": ("Caddie",), "Haruki Nakagawa": ()},
    ),
    (
        (
            "Norway's Øystein Brekke-Moen won the 15km classic at Holmenkollen, ahead of "
            "Finland's Jussi Pietikäinen."
        ),
        {"Øystein Brekke-Moen": (), "Jussi Pietikäinen": ()},
    ),
    (
        (
            "Team GB's chef de mission, Abena Owusu-Ansah, said the squad for Los Angeles was "
            "the strongest yet."
        ),
        {"Abena Owusu-Ansah": ("chef de mission",)},
    ),
    (
        (
            "Sale Sharks director of rugby Tane Whatuira said the Salford Community Stadium "
            "pitch was unplayable."
        ),
        {"Tane Whatuira": ("director of rugby",)},
    ),
    (
        "Seo Ji-woo became the first Korean to win the Halvorsen Medal for figure skating.",
        {"Seo Ji-woo": ()},
    ),
    (
        "Conor Ó Dálaigh has been appointed forwards coach at Munster on a three-year contract.",
        {"Conor Ó Dálaigh": ("forwards coach",)},
    ),
    (
        "Team principal Giulia Bertolazzi said the upgrade brought to Silverstone had worked.",
        {"Giulia Bertolazzi": ("Team principal",)},
    ),
    (
        (
            "Derby County's kitman, Stan Ollerton, retired after 41 years at the Baseball Ground "
            "and Pride Park."
        ),
        {"Stan Ollerton": ("kitman",)},
    ),
    (
        "Wigan Warriors beat St Helens 24-10 at the Brick Community Stadium on Friday night.",
        {},
    ),
    (
        "Phil Tuckett, clerk of the course at Chepstow, said the going was soft, heavy in places.",
        {"Phil Tuckett": ("clerk of the course",)},
    ),
    (
        (
            "Grimsby Town chairman Barry Humphreys-Clough said Blundell Park would be "
            "redeveloped rather than replaced."
        ),
        {"Barry Humphreys-Clough": ("chairman",)},
    ),
    (
        "New manager Rasmus Kjær said Brøndby would not sell their best players in January.",
        {"Rasmus Kjær": ("manager",)},
    ),
    (
        (
            "Kofi Annor-Mensah, who played 200 games for Bolton Wanderers, now coaches the "
            "under-14s at Horwich RMI."
        ),
        {"Kofi Annor-Mensah": ()},
    ),
    (
        "The Ryder Cup will be played at Adare Manor in County Limerick in 2027.",
        {},
    ),
    (
        (
            "Assistant referee Leah Mbeki-Owens flagged the goal offside, and the video "
            "assistant referee, Craig Dunmore, agreed."
        ),
        {
            "Leah Mbeki-Owens": ("Assistant referee",),
            "Craig Dunmore": ("video assistant referee",),
        },
    ),
    (
        (
            "Hamid Sultani, who fled Kabul in 2021, made his debut for Afghanistan in the Asia "
            "Cup at Colombo."
        ),
        {"Hamid Sultani": ()},
    ),
    (
        (
            "Lewis and Harris Shinty Club will play their first home match at Stornoway's "
            "Goathill Park."
        ),
        {},
    ),
    (
        "Mariana dos Santos, 17, won the 200m butterfly at the Ponds Forge pool in Sheffield.",
        {"Mariana dos Santos": ()},
    ),
    (
        (
            "Wrexham's goalkeeping coach, Andy Morrell-Ashby, has left the Racecourse Ground "
            "after eight years."
        ),
        {"Andy Morrell-Ashby": ("goalkeeping coach",)},
    ),
    (
        "The Melbourne Cup was won by Saint Elmo's Fire, trained in Ireland by Aidan Moriarty.",
        {"Aidan Moriarty": ()},
    ),
    (
        (
            "Coach Kaito Hashimoto said Japan's Brave Blossoms would rest their captain, Sione "
            "Tupou-Matsuda, against Tonga."
        ),
        {"Kaito Hashimoto": ("Coach",), "Sione Tupou-Matsuda": ("captain",)},
    ),
    (
        (
            "Maureen Pitchford, a dinner lady at St Aidan's Primary School for 32 years, has "
            "died aged 79."
        ),
        {"Maureen Pitchford": ("dinner lady",)},
    ),
    (
        (
            "Lance Corporal Dafydd Rowlands, of the Royal Welsh, was killed in a training "
            "accident on Salisbury Plain."
        ),
        {"Dafydd Rowlands": ("Lance Corporal",)},
    ),
    (
        "Flight Lieutenant Nia Okafor-Griffiths flew the lead Typhoon over Buckingham Palace.",
        {"Nia Okafor-Griffiths": ("Flight Lieutenant",)},
    ),
    (
        "Able Seaman Kieran Doherty served aboard HMS Ambrose during the Falklands campaign.",
        {"Kieran Doherty": ("Able Seaman",)},
    ),
    (
        (
            "The RNLI lifeboat Margaret Joan Lomax was launched from Tenby at 3am to rescue two "
            "kayakers."
        ),
        {},
    ),
    (
        (
            "A 12-year-old boy, named locally as Tyler, was taken to the Royal Gwent Hospital in "
            "Newport."
        ),
        {"Tyler": ()},
    ),
    (
        (
            "Sister Bernadette Mulcahy, who taught at Loreto College for 40 years, celebrated "
            "her 100th birthday on Sunday."
        ),
        {"Bernadette Mulcahy": ()},
    ),
    (
        "Father Tadhg Ó Súilleabháin, the curate at St Finbarr's, will retire in June.",
        {"Tadhg Ó Súilleabháin": ("curate",)},
    ),
    (
        "The Reverend Gareth Price-Morgan led the memorial service at Llandaff Cathedral.",
        {"Gareth Price-Morgan": ("Reverend",)},
    ),
    (
        (
            "Company Sergeant Major Tomás Ferreira-Lynch received the Conspicuous Gallantry "
            "Cross at Windsor Castle."
        ),
        {"Tomás Ferreira-Lynch": ("Company Sergeant Major",)},
    ),
    (
        (
            "The chief medical officer for Wales, Prof Sir Alasdair Whitcombe, said flu cases "
            "had doubled in a week."
        ),
        {"Alasdair Whitcombe": ("chief medical officer",)},
    ),
    (
        "Olwen Jarvis, the deputy head teacher, has been named acting head of Ysgol Bro Dinefwr.",
        {"Olwen Jarvis": ("deputy head teacher", "head")},
    ),
    (
        (
            "Nurse Grace Adjei-Mensah, who works at the Princess of Wales Hospital in Bridgend, "
            "was made an MBE."
        ),
        {"Grace Adjei-Mensah": ("Nurse",)},
    ),
    (
        (
            "Gwilym Morgan, 88, a retired coal miner from Tonypandy, said the Rhondda Heritage "
            "Park had kept the memory alive."
        ),
        {"Gwilym Morgan": ("coal miner",)},
    ),
    (
        (
            "Elsie Hardcastle, the oldest resident of Haworth, celebrated her 107th birthday at "
            "the Black Bull."
        ),
        {"Elsie Hardcastle": ()},
    ),
    (
        (
            "Firefighters from South Wales Fire and Rescue Service tackled the blaze at Maesteg "
            "Leisure Centre overnight."
        ),
        {},
    ),
    (
        (
            "Dean Pryce, the watch manager at Penarth fire station, said the crew had been "
            "called out 14 times."
        ),
        {"Dean Pryce": ("watch manager",)},
    ),
    (
        (
            "Headteacher Rajinder Kaur Sandhu said the Ofsted report on Moseley Park School was "
            "a fair reflection."
        ),
        {"Rajinder Kaur Sandhu": ("Headteacher",)},
    ),
    (
        (
            "School crossing patrol officer Brian Tetley has retired after 30 years outside "
            "Greenbank Primary."
        ),
        {"Brian Tetley": ("School crossing patrol officer",)},
    ),
    (
        "Royal Mail postman Delroy Campbell found the missing spaniel on Kingsway.",
        {"Delroy Campbell": ("postman",)},
    ),
    (
        "The Grace Darling Museum in Bamburgh will close for six months for repairs to its roof.",
        {},
    ),
    (
        (
            "Surgeons at St Thomas' Hospital in Lambeth have performed the first robotic "
            "transplant of its kind in Europe."
        ),
        {},
    ),
    (
        (
            "Dr Amara Nwosu, a consultant cardiologist at Guy's Hospital, warned that energy "
            "drinks were putting teenagers at risk."
        ),
        {"Amara Nwosu": ("consultant cardiologist",)},
    ),
    (
        (
            "Chief Fire Officer Ann-Marie Kelleher said the Grenfell recommendations had been "
            "implemented in full."
        ),
        {"Ann-Marie Kelleher": ("Chief Fire Officer",)},
    ),
    (
        (
            "Lieutenant Colonel Adaeze Nwachukwu commands the 1st Battalion, the Royal Irish "
            "Regiment."
        ),
        {"Adaeze Nwachukwu": ("Lieutenant Colonel",)},
    ),
    (
        "Private Kofi Asamoah-Baker, 19, died at Catterick Garrison in North Yorkshire.",
        {"Kofi Asamoah-Baker": ("Private",)},
    ),
    (
        "Staff Sergeant Liam Ó Ceallaigh led the Irish contingent's patrol out of Camp Shamrock.",
        {"Liam Ó Ceallaigh": ("Staff Sergeant",)},
    ),
    (
        (
            "Air Vice-Marshal Harpreet Gill-Sandhu said the Red Arrows would fly at the "
            "Bournemouth Air Festival."
        ),
        {"Harpreet Gill-Sandhu": ("Air Vice-Marshal",)},
    ),
    (
        (
            "Captain Ingrid Solheim, master of the Hurtigruten ship MS Richard With, diverted to "
            "pick up the crew."
        ),
        {"Ingrid Solheim": ("Captain", "master")},
    ),
    (
        (
            "Marie Curie nurse Bethan Howells said families in Ceredigion were waiting weeks for "
            "night care."
        ),
        {"Bethan Howells": ("nurse",)},
    ),
    (
        (
            "Two climbers were rescued from Ben Nevis overnight, said Lochaber Mountain Rescue "
            "Team leader Ewan MacLennan."
        ),
        {"Ewan MacLennan": ("leader",)},
    ),
    (
        (
            "Environment Agency officer Kate Rawnsley said the River Calder had peaked at "
            "Mytholmroyd."
        ),
        {"Kate Rawnsley": ("officer",)},
    ),
    (
        (
            "RSPB warden Ffion Rees counted 40 puffins on Skomer Island on the first day of the "
            "survey."
        ),
        {"Ffion Rees": ("warden",)},
    ),
    (
        (
            "Surgeon Mr Farid Haidari, of the Queen Elizabeth Hospital Birmingham, said the wait "
            "for hip operations had halved."
        ),
        {"Farid Haidari": ("Surgeon",)},
    ),
    (
        (
            "Dr S. N. Chaudhary, the chief pathologist at Leicester Royal Infirmary, said test "
            "results would take a week."
        ),
        {"S. N. Chaudhary": ("chief pathologist",)},
    ),
    (
        (
            "The inquiry chairman, Sir Robert Hollins-Ward, a retired judge, said the Blackwater "
            "Estate evictions had been unlawful."
        ),
        {"Robert Hollins-Ward": ("chairman", "judge")},
    ),
    (
        (
            "Falklands veteran Jim McAllister, 64, of Motherwell, marched at the Cenotaph for "
            "the first time."
        ),
        {"Jim McAllister": ()},
    ),
    (
        (
            "Jess, a 23-year-old care worker from Wrexham, said she had been waiting 14 months "
            "for a council flat."
        ),
        {"Jess": ("care worker",)},
    ),
    (
        (
            "Mohammed, who asked that his surname not be used, works as a delivery driver in "
            "Leicester."
        ),
        {"Mohammed": ("delivery driver",)},
    ),
    (
        "'We just want him home,' said his sister, Leila.",
        {"Leila": ()},
    ),
    (
        "Her daughter, Chiamaka, a pharmacist in Enugu, flew back for the funeral.",
        {"Chiamaka": ("pharmacist",)},
    ),
    (
        "Mr Okafor said he had not been told that the Springfield Road surgery would close.",
        {"Okafor": ()},
    ),
    (
        "Ó Briain said the decision to close the Bantry Bay ferry was a disgrace.",
        {"Ó Briain": ()},
    ),
    (
        "Survivor Rahel Tesfaye said the boat had left Zuwara with 70 people on board.",
        {"Rahel Tesfaye": ()},
    ),
    (
        (
            "Shopkeeper Kamala Ratnayake said takings on Hamilton Road had fallen by half since "
            "the bridge shut."
        ),
        {"Kamala Ratnayake": ("Shopkeeper",)},
    ),
    (
        (
            "Volunteer coordinator Siobhán O'Dowd said the Trussell Trust food bank in Ballymena "
            "had run out of nappies."
        ),
        {"Siobhán O'Dowd": ("Volunteer coordinator",)},
    ),
    (
        (
            "Paramedic Tariq Hussain-Jones and his colleague, emergency care assistant Holly "
            "Brannigan, were attacked on Dale Street."
        ),
        {"Tariq Hussain-Jones": ("Paramedic",), "Holly Brannigan": ("emergency care assistant",)},
    ),
    (
        "Lollipop lady Pat Ogunbiyi was hit by a car outside Our Lady of Lourdes Primary School.",
        {"Pat Ogunbiyi": ("Lollipop lady",)},
    ),
    (
        (
            "Dr Mei-Ling Tsao, an astrophysicist at Caltech, said data from the James Webb Space "
            "Telescope pointed to water vapour."
        ),
        {"Mei-Ling Tsao": ("astrophysicist",)},
    ),
    (
        (
            "The epidemiologist Prof Kofi Mensah-Bonsu, of the London School of Hygiene and "
            "Tropical Medicine, said the outbreak had peaked."
        ),
        {"Kofi Mensah-Bonsu": ("epidemiologist",)},
    ),
    (
        (
            "Nasa engineer Valentina Ruiz-Castellanos said the Perseverance rover had drilled "
            "its 30th sample."
        ),
        {"Valentina Ruiz-Castellanos": ("engineer",)},
    ),
    (
        "Halley's Comet will next be visible from Earth in the summer of 2061.",
        {},
    ),
    (
        (
            "Researchers at the Francis Crick Institute have grown a working model of the human "
            "placenta."
        ),
        {},
    ),
    (
        (
            "Conductor Sakari Virtanen led the Hallé in a sold-out symphony cycle at the "
            "Bridgewater Hall."
        ),
        {"Sakari Virtanen": ("Conductor",)},
    ),
    (
        (
            "The Velvet Lanterns, the Cardiff band fronted by singer Lowri Cadwaladr, headline "
            "the Green Man festival on Saturday."
        ),
        {"Lowri Cadwaladr": ("singer",)},
    ),
    (
        (
            "Artistic director Ngozi Okparaeke said the Sherman Theatre would stage six new "
            "Welsh plays next season."
        ),
        {"Ngozi Okparaeke": ("Artistic director",)},
    ),
    (
        (
            "The museum's curator, Hamid Rezaei-Farahani, said the Ashmolean had bought the "
            "astrolabe at auction."
        ),
        {"Hamid Rezaei-Farahani": ("curator",)},
    ),
    (
        "Playwright Bláithín Ní Chonaill's new work opens at the Abbey Theatre in March.",
        {"Bláithín Ní Chonaill": ("Playwright",)},
    ),
    (
        (
            "The Mercury Prize was won by the Brixton trio The Moss Walkers for their second "
            "album, Salt Road."
        ),
        {},
    ),
    (
        (
            "Principal dancer Yuki Tanabe-Hart will leave the Royal Ballet after this season's "
            "Swan Lake."
        ),
        {"Yuki Tanabe-Hart": ("Principal dancer",)},
    ),
    (
        "The poet Ifeoma Chukwu-Lewis read from her new collection at the Hay Festival on Sunday.",
        {"Ifeoma Chukwu-Lewis": ("poet",)},
    ),
    (
        (
            "Film director Vũ Minh Châu's debut, Rain on the Perfume River, won the New Currents "
            "award at Busan."
        ),
        {"Vũ Minh Châu": ("Film director",)},
    ),
    (
        (
            "The Dutch violinist Anneke van der Meulen gave the premiere of a new concerto at "
            "the Proms on Tuesday."
        ),
        {"Anneke van der Meulen": ("violinist",)},
    ),
    (
        (
            "Architect Kenzo Fujiwara designed the Harbourside Pavilion, which opens in Bristol "
            "next month."
        ),
        {"Kenzo Fujiwara": ("Architect",)},
    ),
    (
        (
            "The Turner Prize exhibition will be held at Tate Liverpool for the first time since "
            "2007."
        ),
        {},
    ),
    (
        (
            "Sculptor Oksana Melnyk's bronze, The Weeping Widow, was unveiled at Pier Head on "
            "Saturday."
        ),
        {"Oksana Melnyk": ("Sculptor",)},
    ),
    (
        (
            "Actor Owain Gruffydd-Hughes has joined the cast of Pobol y Cwm as a farmer from "
            "Tregaron."
        ),
        {"Owain Gruffydd-Hughes": ("Actor",)},
    ),
    (
        (
            "BBC Radio Cymru presenter Gwenllian Tudur will host the Eisteddfod coverage from "
            "Pontypridd."
        ),
        {"Gwenllian Tudur": ("presenter",)},
    ),
    (
        "Sir Emrys Vaughan-Lloyd, the former chief justice of Gibraltar, has died aged 92.",
        {"Emrys Vaughan-Lloyd": ("chief justice",)},
    ),
    (
        (
            "Tributes have been paid to Marjorie Entwistle, a retired midwife who delivered more "
            "than 3,000 babies in Blackburn."
        ),
        {"Marjorie Entwistle": ("midwife",)},
    ),
    (
        (
            "Hiroshi Tanaka-Bell, the Japanese-born architect of the Quayside Arch in Gateshead, "
            "has died in Kyoto."
        ),
        {"Hiroshi Tanaka-Bell": ("architect",)},
    ),
    (
        (
            "Chief Petty Officer Ronald Ashby, who survived the sinking of HMS Coventry in 1982, "
            "has died aged 86."
        ),
        {"Ronald Ashby": ("Chief Petty Officer",)},
    ),
    (
        (
            "Olufunmilayo Adebanjo-Hughes, who founded the Brixton Carnival Choir and later "
            "served as a magistrate, has died."
        ),
        {"Olufunmilayo Adebanjo-Hughes": ("magistrate",)},
    ),
    (
        (
            "Aleksandra Wiśniewska, a translator and the widow of the poet Jerzy Kamiński, died "
            "in Gdańsk aged 90."
        ),
        {"Aleksandra Wiśniewska": ("translator",), "Jerzy Kamiński": ("poet",)},
    ),
    (
        (
            "The Dorothea Quayle Prize for Poetry went to a debut collection about the Aberfan "
            "disaster."
        ),
        {},
    ),
    (
        (
            "Dr Tunde Bakare, a senior lecturer at King's College London, said the Lancet study "
            "was flawed."
        ),
        {"Tunde Bakare": ("senior lecturer",)},
    ),
    (
        (
            "The Master of Jesus College, Cambridge, Prof Helena Sørensen, said the Benin bronze "
            "would be returned."
        ),
        {"Helena Sørensen": ("Master",)},
    ),
    (
        (
            "A report by the Joseph Rowntree Foundation found that one in five children in Hull "
            "lives in poverty."
        ),
        {},
    ),
    (
        "The Cutty Sark in Greenwich will be lit up in blue for the King's birthday.",
        {},
    ),
    (
        "Students jumped from Magdalen Bridge into the Cherwell at dawn on May Morning.",
        {},
    ),
    (
        "The Doctor Who Experience in Cardiff Bay drew 80,000 visitors before it closed.",
        {},
    ),
    (
        (
            "The Captain Cook Memorial Museum in Whitby has bought a letter written aboard HMS "
            "Endeavour."
        ),
        {},
    ),
    (
        "Choreographer Sipho Ndlovu-Khumalo's new piece for Rambert premieres at Sadler's Wells.",
        {"Sipho Ndlovu-Khumalo": ("Choreographer",)},
    ),
    (
        (
            "The band's drummer, Kwesi Mensah, left in 2019 and now runs a recording studio in "
            "Deptford."
        ),
        {"Kwesi Mensah": ("drummer",)},
    ),
    (
        (
            "Her agent, Marisol Etxeberria, confirmed the Booker-longlisted novelist had signed "
            "with Faber & Faber."
        ),
        {"Marisol Etxeberria": ("agent",)},
    ),
    (
        (
            "The hotel's head chef, Aurelio Benedetti, won a Michelin star for the Lakeside "
            "Grill in Windermere."
        ),
        {"Aurelio Benedetti": ("head chef",)},
    ),
    (
        (
            "The Archbishop's chaplain, the Reverend Tendai Moyo, read the lesson at Canterbury "
            "Cathedral."
        ),
        {"Tendai Moyo": ("chaplain", "Reverend")},
    ),
    (
        (
            "Postdoctoral researcher Ayumi Sakamoto and the lab's director, Prof Olumide "
            "Bankole, published the findings in Nature."
        ),
        {"Ayumi Sakamoto": ("Postdoctoral researcher",), "Olumide Bankole": ("director",)},
    ),
    (
        (
            "Botanist Dr Eirlys Parry found the orchid growing beside the Monmouthshire and "
            "Brecon Canal."
        ),
        {"Eirlys Parry": ("Botanist",)},
    ),
    (
        (
            "Professor Takumi Hayashi, a seismologist at Tohoku University, said the Sendai "
            "fault had slipped."
        ),
        {"Takumi Hayashi": ("seismologist",)},
    ),
    (
        "Ahmad Shah Noorzai, a translator for British forces in Helmand, has been granted asylum.",
        {"Ahmad Shah Noorzai": ("translator",)},
    ),
    (
        (
            "Astronaut Lin Xiaohong and flight engineer Rustam Abdullayev returned from the "
            "Tiangong station."
        ),
        {"Lin Xiaohong": ("Astronaut",), "Rustam Abdullayev": ("flight engineer",)},
    ),
    (
        (
            "Novelist Hamza bin Tariq's debut, The Salt Merchants of Sur, is shortlisted for the "
            "Dylan Thomas Prize."
        ),
        {"Hamza bin Tariq": ("Novelist",)},
    ),
    (
        (
            "Port Talbot's last blast furnace was shut down on Monday after more than a century "
            "of steelmaking."
        ),
        {},
    ),
    (
        (
            "Drivers were warned of long delays on the M4 between Coryton and Pont-y-Clun after "
            "a lorry overturned."
        ),
        {},
    ),
    (
        (
            "The Harbour Master's House on Quay Street has been sold for £1.2m to a Cornish "
            "developer."
        ),
        {},
    ),
    (
        "Repairs to the Lady Chapel at Ely Cathedral are expected to cost £3m.",
        {},
    ),
    (
        "A burst water main closed Prince Albert Road beside Regent's Park for most of Tuesday.",
        {},
    ),
    (
        (
            "The Victoria Cross awarded for bravery at Rorke's Drift sold for £420,000 at Spink "
            "in Bloomsbury."
        ),
        {},
    ),
    (
        (
            "Visitors to Sherwood Forest can again see the Major Oak after the path through "
            "Edwinstowe reopened."
        ),
        {},
    ),
    (
        "Staff at the Mount Pleasant mail centre in Clerkenwell voted to strike over Christmas.",
        {},
    ),
    (
        "The Scott Monument on Princes Street will be shrouded in scaffolding until the spring.",
        {},
    ),
    (
        (
            "The memorial to those killed aboard RFA Sir Galahad was rededicated at Pembroke "
            "Dock on Sunday."
        ),
        {},
    ),
    (
        (
            "The Laxey Wheel, known as Lady Isabella, has been repainted in its original red and "
            "white."
        ),
        {},
    ),
    (
        "The Ronald McDonald House at Alder Hey has hosted 4,000 families since it opened.",
        {},
    ),
    (
        "The Duke of York pub in Belsize Park has won a community award for its quiz night.",
        {},
    ),
    (
        "Children's charity Barnardo's will close its shop on Castle Street in Shrewsbury.",
        {},
    ),
    (
        "Trains between Abergavenny and Hereford were cancelled after flooding at Pandy.",
        {},
    ),
    (
        (
            "The Elizabeth Line will run a reduced service between Paddington and Abbey Wood "
            "this weekend."
        ),
        {},
    ),
    (
        "The Billy Hartop Stand at Priestfield will be demolished in the summer.",
        {},
    ),
    (
        "Shoppers at the Bullring in Birmingham were evacuated after a fire alarm at Selfridges.",
        {},
    ),
    (
        "Thousands attended the Notting Hill Carnival on Monday, the Metropolitan Police said.",
        {},
    ),
    (
        (
            "The Tour de France will start in Barcelona next year, with a stage finishing on "
            "Montjuïc."
        ),
        {},
    ),
    (
        "The Anne of Cleves House in Lewes is to reopen with a new Tudor kitchen exhibition.",
        {},
    ),
    (
        (
            "St Davids, Britain's smallest city, will host the Pembrokeshire Coast Path festival "
            "in June."
        ),
        {},
    ),
    (
        (
            "Kingsley Heath Academy and Sir John Colfox School were both rated outstanding by "
            "inspectors."
        ),
        {},
    ),
    (
        (
            "The Lord Howard of Effingham, a square-rigged replica, will dock at Gloucester "
            "Quays on Friday."
        ),
        {},
    ),
    (
        "Yusuf al-Qadi, a shepherd from Hebron, said soldiers had taken his flock near Susya.",
        {"Yusuf al-Qadi": ("shepherd",)},
    ),
    (
        (
            "Anatoly Grishin-Petrov, the head of the Orthodox Church's external relations "
            "department, met the Pope at the Vatican."
        ),
        {"Anatoly Grishin-Petrov": ("head",)},
    ),
    (
        (
            "Mehmet Ali Çelik, a bus driver in Izmir, was hailed a hero after stopping his "
            "Mercedes-Benz Citaro on the edge of the Gediz bridge."
        ),
        {"Mehmet Ali Çelik": ("bus driver",)},
    ),
    (
        (
            "Choi Eun-ji, a nurse at Seoul National University Hospital, said staff had worked "
            "20-hour shifts."
        ),
        {"Choi Eun-ji": ("nurse",)},
    ),
    (
        (
            "Dragan Petrović, the coach of Red Star Belgrade, was sent to the stands at the "
            "Rajko Mitić Stadium."
        ),
        {"Dragan Petrović": ("coach",)},
    ),
    (
        (
            "Chief executive Olga Bezrukova-Lane and chairman Sir Desmond Otieno signed the "
            "Kestrel Energy takeover on Friday."
        ),
        {"Olga Bezrukova-Lane": ("Chief executive",), "Desmond Otieno": ("chairman",)},
    ),
    (
        (
            "Amadou Diallo-Traoré, a mechanic from Bamako, and his brother, Ousmane, drowned off "
            "Lampedusa."
        ),
        {"Amadou Diallo-Traoré": ("mechanic",), "Ousmane": ()},
    ),
    (
        (
            "Aroha Ngata, a ranger at the Tongariro National Park, said the Blue Lake track "
            "would stay closed."
        ),
        {"Aroha Ngata": ("ranger",)},
    ),
    (
        "Mr Pemberton-Ossei ran the Crown Inn at Llanfihangel Crucorney for 30 years.",
        {"Pemberton-Ossei": ()},
    ),
    (
        "Deputy Prime Minister Le Anh Tuan said the Hai Van Pass tunnel would be widened.",
        {"Le Anh Tuan": ("Deputy Prime Minister",)},
    ),
    (
        (
            "The Finnish Foreign Minister, Leena Mäkelä-Koski, flew to Tallinn for talks with "
            "Estonia's Prime Minister, Kristjan Tamm."
        ),
        {"Leena Mäkelä-Koski": ("Foreign Minister",), "Kristjan Tamm": ("Prime Minister",)},
    ),
    (
        "Storm Ffion cut power to 40,000 homes in Gwynedd and Anglesey, SP Energy Networks said.",
        {},
    ),
    (
        (
            "Sinéad Nic Giolla Easpaig, a Sinn Féin councillor in Derry, said the Guildhall "
            "should fly both flags."
        ),
        {"Sinéad Nic Giolla Easpaig": ("councillor",)},
    ),
    (
        (
            "The group's chairman, Tan Boon Huat, handed day-to-day control to his daughter, Tan "
            "Mei Ling, the new chief operating officer."
        ),
        {"Tan Boon Huat": ("chairman",), "Tan Mei Ling": ("chief operating officer",)},
    ),
    (
        "Hiền, a 31-year-old garment worker from Haiphong, said she earned £6 a day.",
        {"Hiền": ("garment worker",)},
    ),
    (
        (
            "Rangi Parata-Walker, a teacher at Otahuhu College, was recognised in the New Year "
            "Honours alongside the rugby league star Ofa Taufa."
        ),
        {"Rangi Parata-Walker": ("teacher",), "Ofa Taufa": ()},
    ),
    (
        "Passengers on the Mary Rose Express were stranded for three hours outside Havant.",
        {},
    ),
    (
        "Stella Artois is to close its brewery in Samlesbury, owner AB InBev said.",
        {},
    ),
    (
        (
            "The Florence Nightingale Hospital in Lisson Grove has been bought by a Saudi "
            "healthcare group."
        ),
        {},
    ),
    (
        (
            "Ward sister Precious Moyo-Banda, who worked at the Nightingale wing for 20 years, "
            "has retired."
        ),
        {"Precious Moyo-Banda": ("Ward sister",)},
    ),
    (
        "The Earl of Mar pub in Stonehaven has been saved by a community buy-out.",
        {},
    ),
    (
        (
            "Judge Street in Lurgan was sealed off after a suspicious object was found near the "
            "Orange hall."
        ),
        {},
    ),
    (
        "The Sir Thomas Picton School in Haverfordwest will be renamed after a consultation.",
        {},
    ),
    (
        (
            "Pupils at Bishop Vesey's Grammar School in Sutton Coldfield raised £12,000 for the "
            "Birmingham Children's Hospital."
        ),
        {},
    ),
    (
        "The Queen Mary 2 will call at Liverpool's cruise terminal in August, Cunard said.",
        {},
    ),
    (
        (
            "Storm Gideon caused landslides on the Rest and Be Thankful pass, Transport Scotland "
            "said."
        ),
        {},
    ),
    (
        "Ali Bin Hamad Stadium will host the final, organisers in Doha said.",
        {},
    ),
    (
        (
            "Carlos Eduardo Mendes, the architect who designed the Oscar Niemeyer Cultural "
            "Centre extension in Niterói, has died."
        ),
        {"Carlos Eduardo Mendes": ("architect",)},
    ),
    (
        (
            "Helen Sharpe-Oyewole, a guide at the Brontë Parsonage Museum, said visitor numbers "
            "had doubled since the film."
        ),
        {"Helen Sharpe-Oyewole": ("guide",)},
    ),
    (
        (
            "A fire at the Charles Rennie Mackintosh building in Glasgow was caused by a faulty "
            "projector, investigators said."
        ),
        {},
    ),
    (
        "Lewis Carroll Primary School in Daresbury will merge with Moore Lane Infants next year.",
        {},
    ),
    (
        "The Agatha Christie Mile in Torquay has been resurfaced ahead of the festival.",
        {},
    ),
    (
        (
            "Fraser Noble, the chairman of the Walter Scott Trust, said the Abbotsford library "
            "would reopen."
        ),
        {"Fraser Noble": ("chairman",)},
    ),
    (
        (
            "Farmers at the Great Yorkshire Show said the price of Aberdeen Angus calves had "
            "risen sharply."
        ),
        {},
    ),
    (
        (
            "Ffion Wyn-Davies, a ranger with the National Trust, found the nest near the "
            "lighthouse on Bardsey Island."
        ),
        {"Ffion Wyn-Davies": ("ranger",)},
    ),
    (
        (
            "Sergeant Pepper's bar on Mathew Street was closed by licensing officers, Cllr "
            "Nasreen Hussain said."
        ),
        {"Nasreen Hussain": ("Cllr",)},
    ),
    (
        "Major Pillai's curry house on Belgrave Road has been named the best in the Midlands.",
        {},
    ),
    (
        "The Father Hudson's Care charity in Coleshill will open a new hostel for care leavers.",
        {},
    ),
    (
        (
            "Hilton's hotel at Manchester's Beetham Tower will be refurbished next year, its "
            "area manager, Goran Ilić, said."
        ),
        {"Goran Ilić": ("area manager",)},
    ),
    (
        "Fred Perry is to open a flagship store on Carnaby Street in the spring.",
        {},
    ),
    (
        (
            "The Cardinal Newman Catholic School in Hove has appointed Francesca Rossi-Tate as "
            "head teacher."
        ),
        {"Francesca Rossi-Tate": ("head teacher",)},
    ),
    (
        "Emergency crews were called to Admiral Court on Nelson Road in Great Yarmouth.",
        {},
    ),
    (
        (
            "Bruce Grove station in Tottenham was closed after a signalling failure, London "
            "Overground said."
        ),
        {},
    ),
    (
        (
            "Fernando Alves Pinto, the president of Porto's traders' association, said the Ponte "
            "Luís I closure was hurting business."
        ),
        {"Fernando Alves Pinto": ("president",)},
    ),
    (
        (
            "The Mandela Centre in Chapeltown will host a gala for the 50th Leeds West Indian "
            "Carnival."
        ),
        {},
    ),
    (
        "The Pride of Bilbao, a former P&O ferry, has been sold for scrap in Aliağa.",
        {},
    ),
    (
        "Little Chef's last restaurant, on the A1 at Markham Moor, has closed after 50 years.",
        {},
    ),
    (
        "William Hill and Ladbrokes said betting on the Grand National had reached a record.",
        {},
    ),
]

"""Short wire reports of stop 32 (second set), written here, from conflicts outside Africa
(Ukraine and Russia's border regions, Gaza, the West Bank, Lebanon, Syria, Iraq, Yemen, Iran,
Afghanistan, Pakistan, India, Myanmar, the Philippines, Haiti, Mexico, Colombia, Ecuador,
Brazil, Georgia, Serbia, France) and two African gaps: each checks the record an ACLED coder
would make of it (type and sub-type, both actors, country, province, location as the
gazetteer spells it, precision, date and toll; None leaves a field unchecked where coders
differ or the wording leaves it open). The wordings fixed in this stop: armed men named with
the group they belong to ('gunmen from the BLA', 'fighters led by HTS'), FARC dissidents,
ground taken counted ('seized dozens of villages', 'a dozen villages west of Aleppo'), tear
gas fired at a party's supporters, a man who 'blew himself up' (and the bomber 'killing
himself' counted among the dead), a protester 'shot dead' where tear gas was fired too, and
a district of a city the gazetteer lacks ('Odesa's Prymorskyi district'). Known misses are strict
xfails naming what is still wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow

RU, UA = "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"
IL = "Military Forces of Israel (2022-)"
FARC = "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"
MX_POLICE_18 = "Police Forces of Mexico (2018-)"


REPORTS = [
    # ---------------------------------------------------------------- Ukraine and Russia
    pytest.param("2025-03-12", "KYIV, March 12 (Reuters) - A Russian ballistic missile hit a grain terminal in the port of Odesa overnight, killing four Syrian crew members of a docked ship, regional governor Oleh Kiper said on Wednesday. Eight more people were wounded.",
                 (REMOTE, SHELLING, RU, "Civilians (Ukraine)", "Ukraine", "Odesa", "Odesa", 1, None, 4), id="ukraine-odesa-port"),
    pytest.param("2025-03-08", "Russian drones struck a residential block in the city of Sumy late on Friday, killing a woman and her two children, the regional military administration said. Rescuers pulled four people alive from the rubble.",
                 (REMOTE, AIR, RU, "Civilians (Ukraine)", "Ukraine", "Sumy", "Sumy", 1, "2025-03-07", 3), id="ukraine-sumy-drones"),
    pytest.param("2025-02-20", "Russian forces have captured the village of Novoandriivka in Ukraine's Zaporizhzhia region, Russia's Defence Ministry said on Thursday. Ukraine's General Staff did not confirm the claim.",
                 (BATTLE, OVERTAKE, RU, UA, "Ukraine", "Zaporizhia", None, None, None, 0), id="ukraine-village-captured"),
    pytest.param("2025-01-18", "Ukrainian shelling of the border village of Shebekino in Russia's Belgorod region killed two civilians on Saturday, Governor Vyacheslav Gladkov said on Telegram.",
                 (REMOTE, SHELLING, UA, "Civilians (Russia)", "Russia", None, "Shebekino", 1, "2025-01-18", 2), id="russia-shebekino"),
    pytest.param("2025-01-05", "Two people were killed and five wounded when a Ukrainian drone hit a bus in the town of Lgov in the Kursk region on Sunday morning, acting governor Alexander Khinshtein said.",
                 (REMOTE, AIR, UA, "Civilians (Russia)", "Russia", None, "Lgov", 1, "2025-01-05", 2), id="russia-lgov"),
    pytest.param("2025-02-11", "Russian artillery shelled the town of Orikhiv in the Zaporizhzhia region on Tuesday, killing a 64-year-old man, Governor Ivan Fedorov said. Two days earlier a drone attack on the same town had killed a woman.",
                 (REMOTE, SHELLING, RU, "Civilians (Ukraine)", "Ukraine", "Zaporizhia", "Orikhiv", 1, "2025-02-11", 1), id="ukraine-orikhiv"),
    pytest.param("2024-11-20", "The death toll from Russian shelling of a market in Kherson on Monday has risen to five, the regional prosecutor's office said on Wednesday.",
                 (REMOTE, SHELLING, RU, None, "Ukraine", "Kherson", "Kherson", 1, "2024-11-18", 5), id="ukraine-kherson-toll"),
    pytest.param("2025-02-02", "A Russian glide bomb slammed into a five-storey building in Kharkiv's Kyivskyi district on Sunday, killing one man, Mayor Ihor Terekhov said.",
                 # a city's district the gazetteer lacks: the city, at precision 2 as every unknown part of a town
                 (REMOTE, AIR, RU, "Civilians (Ukraine)", "Ukraine", "Kharkiv", "Kharkiv", 2, "2025-02-02", 1), id="ukraine-kharkiv-city-district"),
    pytest.param("2025-02-02", "Two people were killed when a Russian drone hit an apartment block in Odesa's Prymorskyi district overnight, the regional governor said.",
                 (REMOTE, AIR, RU, None, "Ukraine", "Odesa", "Odesa", None, None, 2), id="ukraine-odesa-city-district"),
    pytest.param("2025-02-02", "A Russian missile damaged a school in the Prymorskyi district of Odesa on Sunday, officials said.",
                 (REMOTE, None, RU, None, "Ukraine", "Odesa", "Odesa", None, "2025-02-02", 0), id="ukraine-district-of-odesa"),
    pytest.param("2024-11-25", "Russian troops captured two villages east of Pokrovsk on Monday, the defence ministry in Moscow said.",
                 (BATTLE, OVERTAKE, RU, None, "Ukraine", "Donetsk", "Pokrovsk", 2, "2024-11-25", 0), id="ukraine-pokrovsk-namesake",
                 marks=xfail("'Russian troops' pull a bare 'Pokrovsk' to the Sakha namesake; an army's nationality says nothing of its theatre (actor_reach: abroad) and no row gives Russia's")),
    # ---------------------------------------------------------------- Israel, Palestine, Lebanon
    pytest.param("2025-03-20", "GAZA, March 20 (Reuters) - Israeli air strikes on tents housing displaced families in Khan Younis killed at least 17 Palestinians overnight, Palestinian health officials said.",
                 (REMOTE, AIR, IL, "Civilians (Palestine)", "Palestine", "Gaza Strip", "Khan Yunis", 1, None, 17), id="gaza-khan-younis"),
    pytest.param("2025-01-22", "Israeli troops killed 10 Palestinians and wounded dozens during a large-scale raid on the city of Jenin on Tuesday, the Palestinian Health Ministry said. The army said it had struck militants.",
                 (None, None, IL, None, "Palestine", "West Bank", "Janin", 1, "2025-01-21", 10), id="westbank-jenin-raid"),
    pytest.param("2025-02-14", "Dozens of Israeli settlers set fire to homes and cars in the village of Turmus Ayya, north of Ramallah, on Thursday night, wounding five Palestinians, the Palestinian Red Crescent said.",
                 (VAC, ATTACK, "Settlers (Israel)", "Civilians (Palestine)", "Palestine", "West Bank", "Turmusayya", 1, "2025-02-13", 0), id="westbank-turmus-ayya"),
    pytest.param("2024-10-02", "Hezbollah fired a barrage of about 40 rockets at the northern Israeli town of Kiryat Shmona on Wednesday, the Israeli military said. No injuries were reported.",
                 (REMOTE, SHELLING, "Hezbollah", None, "Israel", None, "Qiryat Shmona", 1, "2024-10-02", 0), id="israel-kiryat-shmona"),
    pytest.param("2024-11-10", "An Israeli drone strike on a car near the southern Lebanese city of Tyre killed two people on Sunday, Lebanon's state news agency NNA reported.",
                 (REMOTE, AIR, IL, None, "Lebanon", "South", "Tyre", 2, "2024-11-10", 2), id="lebanon-tyre"),
    pytest.param("2024-08-19", "A man blew himself up in a street in southern Tel Aviv on Sunday evening, lightly wounding a passer-by, Israeli police said.",
                 (REMOTE, SUICIDE, None, None, "Israel", None, "Tel Aviv", 1, "2024-08-18", None), id="israel-blew-himself-up"),
    # ---------------------------------------------------------------- Syria and Iraq
    pytest.param("2025-01-09", "A Turkish drone struck a vehicle belonging to the Kurdish-led Syrian Democratic Forces near the town of Kobani in Aleppo province on Thursday, killing three SDF fighters, a Britain-based war monitor said.",
                 (REMOTE, AIR, "Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces", "Syria", "Aleppo", "Ayn al Arab", 2, "2025-01-09", 3), id="syria-kobani-drone"),
    pytest.param("2024-09-14", "Islamic State militants ambushed a bus carrying soldiers in the Syrian desert east of Palmyra on Friday, killing nine troops, a war monitor said.",
                 (BATTLE, CLASH, "Islamic State (Syria)", None, "Syria", "Homs", None, None, "2024-09-13", 9), id="syria-badia-ambush"),
    pytest.param("2024-11-28", "Fighters led by Hayat Tahrir al-Sham seized more than a dozen villages west of Aleppo on Thursday in their biggest offensive against government forces in years, a war monitor said.",
                 (BATTLE, OVERTAKE, "HTS: Hayat Tahrir al Sham", "Military Forces of Syria (2000-)", "Syria", "Aleppo", "Aleppo", 2, "2024-11-28", 0), id="syria-hts-villages"),
    pytest.param("2024-11-28", "Rebels seized dozens of villages in the countryside of Idlib on Thursday, a war monitor said.",
                 (BATTLE, OVERTAKE, "Opposition Rebels (Syria)", None, "Syria", "Idleb", None, None, "2024-11-28", 0), id="syria-dozens-of-villages"),
    pytest.param("2024-12-03", "Two Iraqi soldiers were killed when Islamic State militants attacked an army post in the Daquq district of Kirkuk province late on Monday, security sources said.",
                 (BATTLE, CLASH, "Islamic State (Iraq)", None, "Iraq", "Kirkuk", "Daquq", 2, "2024-12-02", 2), id="iraq-daquq"),
    pytest.param("2024-08-06", "Two rockets struck the Ain al-Asad air base in western Iraq's Anbar province on Monday, wounding several U.S. personnel, U.S. officials said.",
                 (REMOTE, SHELLING, None, "Military Forces of the United States (2021-)", "Iraq", "Anbar", "Ain al-Asad Air Base", 1, "2024-08-05", 0), id="iraq-ain-al-asad"),
    # ---------------------------------------------------------------- Yemen, Iran
    pytest.param("2025-01-11", "U.S. and British warplanes struck targets in the port city of Hodeidah on Friday, the Houthi-run Al-Masirah TV said, without giving details of casualties.",
                 (REMOTE, AIR, None, None, "Yemen", "Al Hudaydah", "Al Hudaydah", 1, "2025-01-10", 0), id="yemen-hodeidah"),
    pytest.param("2024-06-13", "A merchant vessel was hit by a missile about 70 nautical miles southwest of Aden on Thursday, the British maritime agency UKMTO said, in an attack the Houthis later claimed. The crew were reported safe.",
                 (REMOTE, SHELLING, None, None, "Yemen", None, None, None, "2024-06-13", 0), id="yemen-ship-off-aden"),
    pytest.param("2024-09-16", "Protesters chanted anti-government slogans in the Kurdish city of Sanandaj on Monday, and security forces fired tear gas to disperse them, a rights group said.",
                 (PROTESTS, INTERVENTION, "Protesters (Iran)", None, "Iran", "Kordestan", "Sanandaj", 1, "2024-09-16", 0), id="iran-sanandaj"),
    pytest.param("2024-08-07", "Security forces shot dead two young protesters in the city of Zahedan on Tuesday, after demonstrators gathered outside a police station, rights groups said.",
                 (PROTESTS, FORCE, "Protesters (Iran)", None, "Iran", None, "Zahedan", 1, "2024-08-06", 2), id="iran-zahedan"),
    # ---------------------------------------------------------------- Afghanistan, Pakistan, India
    pytest.param("2024-09-03", "KABUL - A suicide bomber killed six people on the southwestern outskirts of Kabul on Monday, police said. Islamic State Khorasan claimed responsibility for the attack.",
                 (REMOTE, SUICIDE, None, None, "Afghanistan", "Kabul", "Kabul", None, "2024-09-02", 6), id="afghanistan-kabul-bomber"),
    pytest.param("2024-10-25", "PESHAWAR - Pakistani Taliban militants stormed a paramilitary post in the Dera Ismail Khan district of Khyber Pakhtunkhwa late on Thursday, killing 10 Frontier Constabulary personnel, officials said.",
                 (BATTLE, CLASH, "TTP: Tehreek-i-Taliban Pakistan", None, "Pakistan", "Khyber Pakhtunkhwa", "Dera Ismail Khan", None, "2024-10-24", 10), id="pakistan-dikhan-post"),
    pytest.param("2024-08-26", "QUETTA - Separatist gunmen from the Balochistan Liberation Army stopped vehicles on a highway in Musakhel district on Monday, checked identity cards and shot dead 23 passengers, officials said.",
                 (VAC, ATTACK, "BLA: Baloch Liberation Army", "Civilians (Pakistan)", "Pakistan", "Balochistan", "Musakhel", 2, "2024-08-26", 23), id="pakistan-gunmen-from-bla"),
    pytest.param("2024-11-21", "Gunmen opened fire on a long convoy of passenger vans in the Kurram district of Khyber Pakhtunkhwa on Thursday, killing at least 42 people, most of them Shi'ite Muslims, police said.",
                 (VAC, ATTACK, UAG.format("Pakistan"), "Civilians (Pakistan)", "Pakistan", "Khyber Pakhtunkhwa", "Kurram District", 2, "2024-11-21", 42), id="pakistan-kurram-convoy"),
    pytest.param("2024-09-07", "IMPHAL - Suspected militants fired rockets at a village in Manipur's Bishnupur district on Friday, killing an elderly man, police said.",
                 (REMOTE, SHELLING, None, None, "India", "Manipur", "Bishnupur", None, "2024-09-06", 1), id="india-bishnupur"),
    pytest.param("2024-10-21", "Suspected militants shot dead a doctor and six construction workers at a tunnel site in Ganderbal district of Jammu and Kashmir on Sunday evening, police said.",
                 (VAC, ATTACK, UAG.format("India"), "Civilians (India)", "India", "Jammu and Kashmir", "Ganderbal", 2, "2024-10-20", 7), id="india-ganderbal"),
    # ---------------------------------------------------------------- Myanmar, Philippines
    pytest.param("2025-01-08", "Myanmar military aircraft bombed Kyauk Ni Maw village on Ramree island in Rakhine state on Wednesday, killing at least 40 people, the Arakan Army said.",
                 (REMOTE, AIR, "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)", "Myanmar", "Rakhine", None, None, "2025-01-08", 40), id="myanmar-ramree"),
    pytest.param("2024-12-20", "The Arakan Army said on Friday it had captured the town of Ann in Rakhine state, home to the junta's western regional command, after weeks of fighting.",
                 (BATTLE, OVERTAKE, "ULA/AA: United League of Arakan/Arakan Army", None, "Myanmar", "Rakhine", "Ann", 1, None, 0), id="myanmar-ann"),
    pytest.param("2024-06-05", "People's Defence Force fighters attacked a junta outpost in Myingyan township of Mandalay region on Tuesday, killing six soldiers, a PDF spokesman said.",
                 (BATTLE, CLASH, None, "Military Forces of Myanmar (2021-)", "Myanmar", "Mandalay", "Myingyan", None, "2024-06-04", 6), id="myanmar-myingyan"),
    pytest.param("2024-07-15", "Soldiers clashed with New People's Army guerrillas in the hinterlands of Las Navas town, Northern Samar, on Sunday, leaving two rebels dead, the army said.",
                 (BATTLE, CLASH, None, "NPA: New People's Army", "Philippines", "Eastern Visayas", "Las Navas", None, "2024-07-14", 2), id="philippines-las-navas"),
    # ---------------------------------------------------------------- the Americas
    pytest.param("2024-10-04", "PORT-AU-PRINCE - Gang members armed with automatic weapons killed at least 70 people, including women and a baby, in an attack on the farming town of Pont-Sonde in Haiti's Artibonite department on Thursday, the United Nations said.",
                 (VAC, ATTACK, None, "Civilians (Haiti)", "Haiti", "Artibonite", None, None, "2024-10-03", 70), id="haiti-pont-sonde"),
    pytest.param("2024-07-09", "Armed men abducted a nurse and two patients from a hospital in the Carrefour commune of Port-au-Prince on Monday, the hospital's director said.",
                 (VAC, ABDUCTION, None, "Civilians (Haiti)", "Haiti", "Ouest", "Carrefour", None, "2024-07-08", 0), id="haiti-carrefour"),
    pytest.param("2024-09-21", "Authorities in the Mexican state of Sinaloa found the bodies of five men dumped on a highway on the outskirts of Culiacan on Saturday, amid fighting between rival factions of the Sinaloa Cartel.",
                 (VAC, ATTACK, None, "Civilians (Mexico)", "Mexico", "Sinaloa", "Culiacan", None, "2024-09-21", 5), id="mexico-culiacan-bodies"),
    pytest.param("2024-07-02", "Cartel gunmen ambushed a convoy of state police in the municipality of Coahuayana, Michoacan, on Monday, killing four officers, the state security ministry said.",
                 (BATTLE, CLASH, "Unidentified Gang (Mexico)", f"{MX_POLICE_18} State Police", "Mexico", "Michoacan", "Coahuayana de Hidalgo", 1, "2024-07-01", 4), id="mexico-coahuayana"),  # ACLED's unit (stop 40)
    pytest.param("2024-06-11", "Gunmen killed a mayoral candidate and his bodyguard in the municipality of Chilpancingo, Guerrero, on Monday, prosecutors said.",
                 (VAC, ATTACK, None, "Civilians (Mexico)", "Mexico", "Guerrero", "Chilpancingo", None, "2024-06-10", 2), id="mexico-candidate-killed"),
    pytest.param("2025-01-18", "ELN guerrillas clashed with FARC dissidents in the town of Tibu on Thursday, killing 20 people, the army said.",
                 (BATTLE, CLASH, "ELN: National Liberation Army", FARC, "Colombia", "Norte de Santander", "Tibu", 1, "2025-01-16", 20), id="colombia-eln-farc-dissidents"),
    pytest.param("2024-08-04", "FARC dissidents detonated an explosive device outside a police station in the small town of Jamundi, in Colombia's Valle del Cauca department, on Saturday, injuring three officers.",
                 (REMOTE, IED, FARC, None, "Colombia", "Valle del Cauca", "Jamundi", 1, "2024-08-03", 0), id="colombia-jamundi"),
    pytest.param("2024-08-04", "FARC dissidents detonated an explosive device outside a police station in the small town of Jamundi, in Colombia's Valle del Cauca department, on Saturday, injuring three officers.",
                 (REMOTE, IED, FARC, "Police Forces of Colombia (2022-)", "Colombia", "Valle del Cauca", "Jamundi", 1, "2024-08-03", 0), id="colombia-jamundi-police"),
    pytest.param("2025-01-18", "Clashes between ELN guerrillas and FARC dissidents in Colombia's Catatumbo region have killed at least 80 people since Thursday, the government said on Saturday.",
                 (BATTLE, CLASH, "ELN: National Liberation Army", FARC, "Colombia", "Norte de Santander", None, None, None, None), id="colombia-catatumbo",
                 marks=xfail("'the Catatumbo region' (a region of Norte de Santander the gazetteer lacks) becomes a namesake hamlet in Magdalena")),
    pytest.param("2024-11-13", "Fifteen inmates were killed in a riot at the Litoral penitentiary in the Ecuadorean port city of Guayaquil on Tuesday, prison authorities said.",
                 (None, None, None, None, "Ecuador", "Guayas", "Guayaquil", None, "2024-11-12", 15), id="ecuador-guayaquil-prison"),
    pytest.param("2024-08-14", "A car bomb exploded outside a prison in the city of Esmeraldas on Tuesday night, damaging nearby buildings but causing no casualties, police said.",
                 (REMOTE, IED, None, None, "Ecuador", "Esmeraldas", "Esmeraldas", 1, "2024-08-13", 0), id="ecuador-esmeraldas"),
    pytest.param("2024-10-24", "RIO DE JANEIRO - Police raided the Complexo de Israel group of favelas in Rio de Janeiro's north zone on Thursday, sparking a shootout with drug traffickers that left three people dead, officials said.",
                 (BATTLE, CLASH, None, None, "Brazil", "Rio de Janeiro", "Rio de Janeiro", None, "2024-10-24", 3), id="brazil-rio-favelas"),
    # ---------------------------------------------------------------- protests and riots
    pytest.param("2024-12-02", "Georgian riot police used water cannon and pepper spray against thousands of pro-EU demonstrators outside parliament in Tbilisi for a fourth night on Sunday, detaining dozens.",
                 (PROTESTS, INTERVENTION, "Protesters (Georgia)", None, "Georgia", "Tbilisi", "Tbilisi", 1, "2024-12-01", 0), id="georgia-tbilisi"),
    pytest.param("2024-12-06", "Riot police fired tear gas at activists gathered outside parliament in Tbilisi on Thursday.",
                 (PROTESTS, INTERVENTION, "Protesters (Georgia)", "Police Forces of Georgia (2012-)", "Georgia", "Tbilisi", "Tbilisi", 1, "2024-12-05", 0), id="georgia-tear-gas-activists"),
    pytest.param("2025-03-15", "Tens of thousands of people rallied peacefully in central Belgrade on Saturday in one of the largest anti-government protests in Serbia in decades.",
                 (PROTESTS, "Peaceful protest", "Protesters (Serbia)", "", "Serbia", None, "Belgrade", 1, "2025-03-15", 0), id="serbia-belgrade"),
    pytest.param("2023-06-30", "Rioters set cars ablaze and looted shops in Marseille overnight, and police arrested 88 people, the interior ministry said.",
                 (RIOTS, "Violent demonstration", None, None, "France", None, "Marseille", 1, None, 0), id="france-marseille"),
    pytest.param("2025-02-05", "Thousands of Kenyans took to the streets of Nairobi on Tuesday to protest against a proposed finance bill; police fired tear gas and one protester was shot dead.",
                 (PROTESTS, FORCE, "Protesters (Kenya)", "Police Forces of Kenya (2022-)", "Kenya", None, "Nairobi", 1, "2025-02-04", 1), id="kenya-tear-gas-and-shot-dead"),
    pytest.param("2025-02-05", "Police fired volleys of tear gas and rubber bullets at protesters in Nairobi on Tuesday.",
                 (PROTESTS, INTERVENTION, "Protesters (Kenya)", "Police Forces of Kenya (2022-)", "Kenya", None, "Nairobi", 1, "2025-02-04", 0), id="kenya-tear-gas-stays-intervention"),
    # ---------------------------------------------------------------- the two known gaps
    pytest.param("2024-08-10", "Police fired tear gas at opposition supporters in the Mabvuku suburb of Harare on Friday and arrested 20 people.",
                 (PROTESTS, INTERVENTION, "Protesters (Zimbabwe)", "Police Forces of Zimbabwe (1987-)", "Zimbabwe", "Harare", "Harare", None, "2024-08-09", 0), id="zimbabwe-suburb-supporters"),
    pytest.param("2024-05-02", "Kenyan troops repelled an al-Shabaab assault on their camp at Qarqaarweyn on Wednesday, killing 12 militants, the army said.",
                 (BATTLE, CLASH, "Al Shabaab", None, "Somalia", None, None, None, "2024-05-01", 12), id="somalia-unknown-camp",
                 marks=xfail("a place the gazetteer lacks, in a report naming no country, gets no country: Al Shabaab's theatre (Somalia and Kenya) and 'Kenyan troops' (an army abroad) do not settle one")),
]


@pytest.mark.parametrize(("published", "text", "want"), REPORTS)
def test_the_report_makes_the_coders_record(pipeline, published, text, want):
    assert_record(event_records(pipeline, text, published), want, CODER_FIELDS)


# The wordings this stop fixed, each in a second form, so a rule for one sentence would fail.
FIXED = [
    pytest.param("2024-08-26", "Fighters loyal to the Balochistan Liberation Army killed four labourers at a construction site in Kech district on Monday.",
                 (VAC, ATTACK, "BLA: Baloch Liberation Army", "Civilians (Pakistan)", "Pakistan", "Balochistan", None, None, "2024-08-26", 4), id="fighters-loyal-to"),
    pytest.param("2024-06-12", "Militants belonging to Tehreek-e-Taliban Pakistan attacked a police checkpoint in Bannu on Tuesday, killing two policemen.",
                 (BATTLE, CLASH, "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan (2022-)", "Pakistan", "Khyber Pakhtunkhwa", "Bannu", 1, "2024-06-11", 2), id="militants-belonging-to"),
    pytest.param("2024-05-17", "Insurgents captured dozens of villages in Cabo Delgado on Friday.",
                 (BATTLE, OVERTAKE, None, None, "Mozambique", "Cabo Delgado", None, None, "2024-05-17", 0), id="captured-dozens-of-villages"),
    pytest.param("2024-03-18", "A militant blew himself up at an army checkpoint in Bannu on Monday, killing three soldiers.",
                 (REMOTE, SUICIDE, None, None, "Pakistan", "Khyber Pakhtunkhwa", "Bannu", 1, "2024-03-18", 3), id="militant-blew-himself-up"),
    pytest.param("2024-03-18", "A suicide attacker blew himself up at the gate of a police station in Bannu on Monday, killing himself and two policemen.",
                 (REMOTE, SUICIDE, None, None, "Pakistan", "Khyber Pakhtunkhwa", "Bannu", 1, "2024-03-18", 3), id="killing-himself-and-two"),
    pytest.param("2024-08-19", "A man blew himself up outside a synagogue in Haifa on Sunday evening, killing himself and lightly wounding a guard, police said.",
                 (REMOTE, SUICIDE, None, None, "Israel", None, "Haifa", 1, "2024-08-18", 1), id="killing-only-himself"),
    pytest.param("2024-05-20", "Police fired rubber bullets at opposition activists in Maputo on Monday.",
                 (PROTESTS, INTERVENTION, "Protesters (Mozambique)", None, "Mozambique", None, "Maputo", 1, "2024-05-20", 0), id="rubber-bullets-at-activists"),
    pytest.param("2024-10-12", "Riot police fired tear gas at marchers in Lahore on Friday, and shot dead two of them, organisers said.",
                 (PROTESTS, FORCE, "Protesters (Pakistan)", None, "Pakistan", "Punjab", "Lahore", 1, "2024-10-11", 2), id="tear-gas-and-shot-dead-them"),
    pytest.param("2024-05-20", "Police fired rubber bullets at fishermen on the beach in Maputo on Monday.",
                 (VAC, ATTACK, None, "Civilians (Mozambique)", "Mozambique", None, "Maputo", 1, "2024-05-20", 0), id="rubber-bullets-at-fishermen-stays"),
]


@pytest.mark.parametrize(("published", "text", "want"), FIXED)
def test_the_fixed_wordings_in_other_forms(pipeline, published, text, want):
    assert_record(event_records(pipeline, text, published), want, CODER_FIELDS)

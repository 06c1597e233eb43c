"""Real-length wire reports of stop 35, written here (tests/data/probe_reports_35w: the first
line the publication date; a dateline, a lead, the incident's village, district and
province, a toll, a claim or a denial, an official's word from a capital, a second incident
elsewhere, earlier incidents as background), for the conflicts and provinces the earlier
probe and wire-report files cover least: Sudan's South Darfur, North Kordofan and Blue Nile,
South Sudan's Upper Nile, Western and Central Equatoria, Amhara's Gondar and Oromia's West
Shewa, Niassa and Macomia, Cameroon's Bamenda and Buea, N'Djamena and Logone Occidental,
Niger's Tahoua, Burkina Faso's Est and Seno, Benin's far north, Haiti's Centre and
Artibonite, Arauca and Antioquia, Guanajuato and Chiapas, Kurram, North Waziristan and Kech,
Badakhshan and Kunduz, Jiribam, Kayin, Kayah and Chin, Yala, Sulu and Marawi, the Bekaa and
Tyre, Marib and Shabwa, Tripoli and Zintan, Nablus and Rafah, Odesa, Nikopol and Shostka,
Bryansk, Syunik, Djugu, Komanda and Uvira.

Each check is a record an ACLED coder would make of the report: type and sub-event type,
both actors, country, province, location as the gazetteer spells it, precision, date
resolved against the publication date, toll and whether it is news or background, and,
where given, its point within 25 km of the real place. A second kind of check says what a
coder would NOT make (a record in another country, a war's total as an event, the same
incident twice).

The wordings that failed before this stop: 'killing at least six people, residents and a
medical source said' (the sources read as more victims, or the victims as the subject of
'said': no toll), 'shot dead two labourers from Punjab in Panjgur district' (the victims'
home as the place, and as a launch site), 'attacked an army post in Tahoua region ... The
attack took place near the town of Tassara' and 'The fighting broke out in the Argo
district' (the next sentence's finer place not read), 'attacked Macomia town' (the town
tagged an adjective: no place) and 'outside a bank in the northern Afghan city of Kunduz'
(the nationality read as a place of its own: the city at precision 2). Known misses are strict xfails naming what is still
wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow
run = probe_module("probe_reports_35w")

YE_GOV = "Military Forces of Yemen (2022-)"


_r, _n, _s = report_param, count_param, wording_param


# (event_type, sub_event_type, actor1, actor2, country, admin1, location, precision, date,
#  fatalities, status); None leaves a field unchecked. ``near``: the real place's point.
RECORDS = [
    # Sudan
    _r("01-sudan-nyala", (REMOTE, AIR, SAF, None, "Sudan", "South Darfur", "Nyala", 1, "2025-03-11", 6, "new"),
       (12.05, 24.88)),
    _r("01-sudan-nyala", (REMOTE, AIR, None, None, "Sudan", "South Darfur", "Nyala", 1, "2025-01-01", 4, "background"),
       rid="01-sudan-nyala-january"),
    _r("02-sudan-bara", (VAC, ATTACK, RSF, "Civilians (Sudan)", "Sudan", "North Kordofan", None, 2, "2025-07-12", 200, "new"),
       (13.70, 30.37),
       "the lawyers' account of Saturday's burning of villages near Bara is marked background; "
       "the news record is a battle at El Obeid read from 'stormed' and the RSF's claim of positions"),
    _r("03-sudan-kurmuk", (BATTLE, CLASH, "SPLM-N: Sudan People's Liberation Movement-North", SAF, "Sudan",
                           "Blue Nile", "Kurmuk", 2, "2025-02-04", None, "new"), (10.55, 34.28)),
    # South Sudan
    _r("04-southsudan-nasir", (BATTLE, CLASH, None, SS_ARMY, "South Sudan", "Upper Nile", "Nasir", None, "2025-03-04", 27, "new"),
       (8.60, 33.07),
       "the overrunning of the garrison 'with heavy weapons' is typed shelling, and its toll is the "
       "general alone (1), not the county official's 27 soldiers"),
    _r("05-southsudan-tambura", (VAC, ATTACK, None, "Civilians (South Sudan)", "South Sudan", "Western Equatoria",
                                 "Tambura", 2, "2025-06-16", 14, "new"), (5.60, 27.47)),
    _r("06-southsudan-yei", (VAC, ATTACK, None, "Civilians (South Sudan)", "South Sudan", "Central Equatoria", "Yei",
                             None, "2025-04-08", 5, "new"), (4.09, 30.68)),
    _r("06-southsudan-yei", (BATTLE, CLASH, SS_ARMY, "NAS: National Salvation Front", "South Sudan", "Central Equatoria",
                             None, 2, "2025-04-09", 4, "new"), rid="06-southsudan-lainya"),
    # Ethiopia
    _r("07-ethiopia-gondar", (BATTLE, CLASH, "Fano Militia", "Military Forces of Ethiopia (2018-)", "Ethiopia", "Amara",
                              "Gonder", 1, "2025-05-20", 9, "new"), (12.60, 37.47),
       "'attacked the city of Gondar ..., fighting federal troops' is an attack on civilians (the troops "
       "of the participle clause no second side), with 12 dead, not the hospital's nine"),
    _r("07-ethiopia-gondar", (REMOTE, AIR, None, "Civilians (Ethiopia)", "Ethiopia", "Amara", "Dabat", 2, "2025-05-21",
                              11, "new"), (12.98, 37.77), rid="07-ethiopia-dabat"),
    _r("08-ethiopia-westshewa", (VAC, ABDUCTION, None, "Civilians (Ethiopia)", "Ethiopia", "Oromia", None, 2,
                                 "2025-09-15", 0, "new"), (8.98, 37.85)),
    # Mozambique
    _r("09-mozambique-niassa", (VAC, ATTACK, ISM, "Civilians (Mozambique)", "Mozambique", "Niassa", "Mecula", 2,
                                "2025-04-29", 2, "new"), (-12.08, 37.65)),
    _r("10-mozambique-macomia", (BATTLE, CLASH, ISM, None, "Mozambique", "Cabo Delgado", "Macomia", 1, "2025-01-21",
                                 None, "new"), (-12.25, 40.12)),
    _r("10-mozambique-macomia", (BATTLE, CLASH, ISM, None, "Mozambique", "Cabo Delgado", "Macomia", 1, "2025-01-21",
                                 11, "new"), rid="10-mozambique-macomia-toll",
       miss="'four soldiers and at least seven insurgents were killed' after 'A local official said': 7, "
            "the 'at least' of the second count cutting the coordination"),
    _r("10-mozambique-macomia", (VAC, ATTACK, ISM, "Civilians (Mozambique)", "Mozambique", "Cabo Delgado", "Mucojo",
                                 2, "2025-01-22", 3, "new"), rid="10-mozambique-mucojo"),
    # Cameroon
    _r("11-cameroon-bamenda", (REMOTE, IED, None, "Military Forces of Cameroon (1982-)", "Cameroon", "North-West",
                               "Bamenda", 1, "2025-02-10", 3, "new"), (5.96, 10.15)),
    _r("11-cameroon-bamenda", (BATTLE, CLASH, "Military Forces of Cameroon (1982-)", "Ambazonian Separatists (Cameroon)",
                               "Cameroon", "North-West", "Bali", 2, "2025-02-11", 5, "new"), rid="11-cameroon-bali"),
    _r("12-cameroon-buea", (VAC, ABDUCTION, None, "Civilians (Cameroon)", "Cameroon", "South-West", None, None,
                            "2025-10-07", 0, "new"), (4.15, 9.24),
       "the students' abduction makes no record: the guard's wounding is a battle with the police and "
       "the storming of the residence looting"),
    # Chad, Niger, Burkina Faso, Benin
    _r("13-chad-ndjamena", (BATTLE, CLASH, "Military Forces of Chad (2021-)", None, "Chad", "Ville de Ndjamena",
                            "NDjamena", 1, "2025-01-08", 19, "new"), (12.11, 15.04)),
    _r("14-chad-mandakao", (BATTLE, CLASH, None, None, "Chad", "Logone-Occidental", "Manndakao", 1, "2025-05-14", 42,
                            "new")),
    _r("15-niger-tahoua", (BATTLE, CLASH, "Islamic State (Sahel)", "Military Forces of Niger (2023-)", "Niger", "Tahoua",
                           "Tassara", 2, "2025-03-23", 12, "new"), (16.80, 5.64)),
    _r("15-niger-tahoua", (VAC, ATTACK, None, "Civilians (Niger)", "Niger", "Tillaberi", "Fambita", 1, "2025-03-21", 44,
                           "new"), rid="15-niger-fambita"),
    _r("16-burkina-fada", (BATTLE, CLASH, None, BF_ARMY, "Burkina Faso", "Est", "Fada Ngourma", 2, "2025-08-18", 17,
                           "new"), (12.06, 0.36)),
    _r("16-burkina-fada", (REMOTE, AIR, BF_ARMY, "Civilians (Burkina Faso)", "Burkina Faso", "Est", "Diapaga", 1,
                           "2025-08-19", 20, "new"), (12.07, 1.79), rid="16-burkina-diapaga"),
    _r("17-burkina-dori", (VAC, ATTACK, None, "Civilians (Burkina Faso)", "Burkina Faso", "Sahel", "Sitenga", 1,
                           "2025-11-09", 25, "new")),
    _r("17-burkina-dori", (BATTLE, CLASH, BF_ARMY, None, "Burkina Faso", "Sahel", "Gorom-Gorom", 2, "2025-11-10", 30,
                           "new"), (14.44, -0.23), rid="17-burkina-gorom"),
    _r("18-benin-tanguieta", (BATTLE, CLASH, "JNIM: Group for Support of Islam and Muslims", "Military Forces of Benin (2016-)",
                              "Benin", "Alibori", None, None, "2025-04-17", 54, "new"), None,
       "the attacks 'near the so-called Point Triple' and 'in the W National Park' name no place the "
       "gazetteer holds: the record falls back to the Cotonou dateline at precision 3"),
    _r("18-benin-tanguieta", (BATTLE, CLASH, None, "Military Forces of Benin (2016-)", "Benin", "Atacora", "Tanguieta",
                              2, "2025-01-01", 28, "background"), rid="18-benin-january"),
    # Haiti
    _r("19-haiti-mirebalais", (None, None, None, None, "Haiti", "Centre", "Mirebalais", 1, "2025-03-31", 5, "new"),
       (18.83, -72.10)),
    _r("20-haiti-petiteriviere", (VAC, ATTACK, None, "Civilians (Haiti)", "Haiti", "Artibonite",
                                  "Petite-Riviere-de-lArtibonite", 1, "2025-06-24", 12, "new"), (19.13, -72.48),
       "the gang's killing of 12 residents and the police's exchange of fire are one record: a battle "
       "with no first side"),
    # Colombia, Mexico
    _r("21-colombia-arauca", (BATTLE, CLASH, "ELN: National Liberation Army", None, "Colombia", "Arauca", None, None,
                              None, 11, "new"), None,
       "the fighting between the ELN and the FARC dissidents is marked background, with the government "
       "as its second side"),
    _r("21-colombia-arauca", (VAC, ATTACK, None, "Civilians (Colombia)", "Colombia", "Arauca", "Tame", 1, "2025-01-21",
                              2, "new"), (6.46, -71.74), rid="21-colombia-tame"),
    _r("22-colombia-antioquia", (REMOTE, AIR, None, "Police Forces of Colombia (2022-)", "Colombia", "Antioquia",
                                 "Amalfi", 1, "2025-08-21", 13, "new"), (6.91, -75.08)),
    _r("22-colombia-antioquia", (REMOTE, IED, None, "Civilians (Colombia)", "Colombia", "Valle del Cauca", "Cali", 1,
                                 "2025-08-21", 6, "new"), (3.43, -76.52), rid="22-colombia-cali",
       miss="the truck bomb in Cali takes the sub-event type of the drone attack told before it"),
    _r("23-mexico-celaya", (VAC, ATTACK, None, "Civilians (Mexico)", "Mexico", "Guanajuato", "Irapuato", 1,
                            "2025-06-24", 12, "new"), (20.67, -101.36)),
    _r("24-mexico-chiapas", (BATTLE, CLASH, "Military Forces of Mexico (2024-)", None, "Mexico", "Chiapas", None, 2,
                             "2025-02-11", 8, "new"), (15.66, -92.14)),
    # Pakistan, Afghanistan, India
    _r("25-pakistan-kurram", (BATTLE, CLASH, None, PK_ARMY, "Pakistan", KP, None, None, "2025-01-07", 8, "new"), None,
       "the convoy attack is placed at Parachinar, where the convoy was going, and the soldiers' return "
       "fire (six attackers dead) is a second record at a Bagan of Abbottabad district"),
    _r("25-pakistan-kurram", (REMOTE, IED, None, "Police Forces of Pakistan (2022-)", "Pakistan", KP, "Tank", None,
                              "2025-01-08", 3, "new"), (32.22, 70.38), rid="25-pakistan-tank"),
    _r("26-pakistan-northwaziristan", (REMOTE, SUICIDE, None, PK_ARMY, "Pakistan", KP, "Mir Ali", None, "2025-06-28",
                                       13, "new"), (33.02, 70.29),
       "'in the Mir Ali area of the district' is not read: the district at precision 2, 35 km from Mir Ali"),
    # ACLED codes the Frontier Corps as a unit of Pakistan's police forces (stop 40)
    _r("27-pakistan-turbat", (BATTLE, CLASH, "BLF: Baloch Liberation Front",
                              "Police Forces of Pakistan (2022-) Frontier Corps", "Pakistan", "Balochistan",
                              "Buleda", 1, "2025-08-12", None, "new")),
    _r("27-pakistan-turbat", (VAC, ATTACK, None, "Civilians (Pakistan)", "Pakistan", "Balochistan", None, 2,
                              "2025-08-13", 2, "new"), (26.97, 64.09), rid="27-pakistan-panjgur"),
    _r("28-afghanistan-badakhshan", (None, None, None, None, "Afghanistan", "Badakhshan", "Argo", 2, "2025-06-30", 4,
                                     "new"), (37.06, 70.40)),
    _r("29-afghanistan-kunduz", (REMOTE, SUICIDE, "Islamic State (Afghanistan)", "Civilians (Afghanistan)",
                                 "Afghanistan", "Kunduz", "Kunduz", 1, "2025-02-11", 5, "new"), (36.73, 68.86)),
    _r("30-india-jiribam", (VAC, ATTACK, None, "Civilians (India)", "India", "Manipur", "Jiribam", 2, "2025-11-11", 2,
                            "new"), (24.80, 93.12)),
    _r("30-india-jiribam", (RIOTS, VIOLENT, "Rioters (India)", None, "India", "Manipur", "Jiribam", 1, "2025-11-12", 0,
                            "new"), rid="30-india-jiribam-riot"),
    # Myanmar, Thailand, the Philippines
    _r("31-myanmar-myawaddy", (BATTLE, CLASH, "KNU/KNLA: Karen National Union/Karen National Liberation Army", MM_ARMY,
                               "Myanmar", "Kayin", "Thingannyinaung", 1, "2025-04-14", 3, "new"), (16.69, 98.39)),
    _r("31-myanmar-myawaddy", (REMOTE, AIR, MM_ARMY, "Civilians (Myanmar)", "Myanmar", "Kayin", None, None,
                               "2025-04-15", 2, "new"), rid="31-myanmar-airstrike"),
    _r("32-myanmar-loikaw", (REMOTE, AIR, MM_ARMY, "Civilians (Myanmar)", "Myanmar", "Kayah", "Dimawso", 2,
                             "2025-10-19", 9, "new"), (19.55, 97.16)),
    _r("33-myanmar-chin", (BATTLE, OVERTAKE, None, MM_ARMY, "Myanmar", "Chin", "Falam", 1, "2025-03-03", 0, "new"),
       (22.91, 93.68)),
    _r("33-myanmar-chin", (REMOTE, AIR, MM_ARMY, "Civilians (Myanmar)", "Myanmar", "Chin", "Tedim", 1, "2025-03-02", 4,
                           "new"), (23.38, 93.65), rid="33-myanmar-tedim"),
    _r("34-thailand-yala", (REMOTE, IED, None, None, "Thailand", "Yala", None, 2, "2025-05-06", 2, "new"),
       (6.27, 101.26)),
    _r("34-thailand-yala", (VAC, ATTACK, None, "Civilians (Thailand)", "Thailand", "Pattani", None, 2, "2025-05-07", 1,
                            "new"), rid="34-thailand-nongchik"),
    _r("35-philippines-sulu", (BATTLE, CLASH, "Military Forces of the Philippines (2022-)", "Abu Sayyaf Group",
                               "Philippines", ARMM, "Patikul", 1, "2025-09-09", 3, "new"), (6.07, 121.10)),
    _r("35-philippines-sulu", (REMOTE, "Grenade", None, None, "Philippines", ARMM, "Jolo", 1, "2025-09-10", 0, "new"),
       (6.05, 121.00), rid="35-philippines-jolo"),
    _r("36-philippines-marawi", (REMOTE, IED, "Islamic State", "Civilians (Philippines)", "Philippines", ARMM,
                                 "Marawi City", 1, "2025-11-30", 4, "new"), (8.00, 124.29)),
    # Lebanon, Yemen, Libya, Palestine
    _r("37-lebanon-baalbek", (REMOTE, AIR, IL_ARMY, None, "Lebanon", "Baalbek-Hermel", None, None, "2025-07-15", 12,
                              "new")),
    _r("37-lebanon-baalbek", (REMOTE, AIR, IL_ARMY, None, "Lebanon", "Nabatiye", "Kfar Roummane", 1, "2025-07-16", 1,
                              "new"), (33.39, 35.50), rid="37-lebanon-kfarroummane"),
    _r("38-lebanon-tyre", (REMOTE, AIR, IL_ARMY, None, "Lebanon", "South", "Tyre", 1, "2025-05-27", 1, "new"),
       (33.27, 35.20)),
    _r("38-lebanon-tyre", (REMOTE, SHELLING, IL_ARMY, None, "Lebanon", "Nabatiye", "Kfar Shouba", 2, "2025-05-27", 0,
                           "new"), rid="38-lebanon-kfarshouba"),
    _r("39-yemen-marib", (BATTLE, CLASH, HOUTHI, YE_GOV, "Yemen", "Marib", "Raghwan", 2, "2025-04-01", 14, "new")),
    _r("39-yemen-marib", (REMOTE, AIR, HOUTHI, YE_GOV, "Yemen", "Marib", "Harib", 2, "2025-04-02", 0, "new"),
       (14.93, 45.50), rid="39-yemen-harib"),
    _r("40-yemen-shabwa", (None, None, "AQAP: Al Qaeda in the Arabian Peninsula", None, "Yemen", "Abyan", None, None,
                           "2025-09-01", 5, "new"), (13.93, 46.08),
       "'near the town of Mudiyah in Abyan province' details the lead's checkpoint 'in Shabwa province' "
       "from outside that province: Shabwa at precision 3"),
    _r("41-libya-tripoli", (BATTLE, CLASH, None, None, "Libya", "Tripoli", None, None, "2025-05-12", 6, "new"), None,
       "the night's clashes take the sub-event type of Tuesday's 'taken control of Abu Salim' "
       "(a non-state actor overtaking territory)"),
    _r("41-libya-tripoli", (BATTLE, CLASH, None, None, "Libya", "Tripoli", None, 2, "2025-05-13", 0, "new"),
       rid="41-libya-souqaljuma"),
    _r("42-libya-zawiya", (BATTLE, CLASH, None, None, "Libya", "Al Jabal al Gharbi", "Zintan", 1, "2025-02-18", 3,
                           "new"), (31.93, 12.25)),
    _r("42-libya-zawiya", (BATTLE, CLASH, None, "Unidentified Armed Group (Libya)", "Libya", "Al Jabal al Gharbi",
                           "Zintan", 1, "2025-02-18", 3, "new"), rid="42-libya-zintan-sides"),
    _r("43-westbank-nablus", (BATTLE, CLASH, IL_ARMY, None, "Palestine", "West Bank", "Balata camp", 1, "2025-02-25", 2,
                              "new"), (32.21, 35.28)),
    _r("43-westbank-nablus", (VAC, ATTACK, "Settlers (Israel)", "Civilians (Palestine)", "Palestine", "West Bank", "Duma",
                              1, "2025-02-26", 0, "new"), rid="43-westbank-duma",
       miss="the settlers' arson in Duma that hurt three residents is property destruction, and the "
            "injuries a second record at the West Bank"),
    _r("44-gaza-rafah", (VAC, ATTACK, IL_ARMY, "Civilians (Palestine)", "Palestine", "Gaza Strip", "Rafah", 1,
                         "2025-06-03", 27, "new"), (31.30, 34.24),
       "crowds walking to an aid site read as protesters: excessive force against protesters"),
    _r("44-gaza-rafah", (REMOTE, AIR, IL_ARMY, None, "Palestine", "Gaza Strip", "Dayr al Balah", 1, "2025-06-03", 8,
                         "new"), (31.42, 34.35), rid="44-gaza-deiralbalah"),
    # Ukraine, Russia, Armenia and Azerbaijan
    _r("45-ukraine-odesa", (REMOTE, SHELLING, RU_ARMY, None, "Ukraine", "Odesa", "Odesa", 1, "2025-03-11", 4, "new"),
       (46.48, 30.72)),
    _r("45-ukraine-odesa", (REMOTE, AIR, RU_ARMY, None, "Ukraine", "Odesa", "Chornomorsk", 1, None, 0, "new"),
       (46.30, 30.66), rid="45-ukraine-chornomorsk"),
    _r("46-ukraine-nikopol", (REMOTE, SHELLING, RU_ARMY, "Civilians (Ukraine)", "Ukraine", "Dnipropetrovsk", "Nikopol",
                              1, "2025-08-06", 2, "new"), (47.57, 34.39)),
    _r("46-ukraine-nikopol", (REMOTE, AIR, RU_ARMY, None, "Ukraine", "Dnipropetrovsk", "Pokrovske", None, "2025-08-06", 0,
                              "new"), (47.98, 36.23), rid="46-ukraine-pokrovske",
       miss="'the Pokrovske community in the region's Synelnykove district': 'community' is no unit "
            "word (34a's ua-community): the raion"),
    _r("46-ukraine-nikopol", (REMOTE, AIR, RU_ARMY, None, "Ukraine", "Zaporizhia", "Hulyaypole", 2, "2025-08-06", 1,
                              "new"), (47.66, 36.26), rid="46-ukraine-huliaipole"),
    _r("47-ukraine-sumy", (REMOTE, AIR, RU_ARMY, None, "Ukraine", "Sumy", "Shostka", 1, "2025-10-13", 1, "new"),
       (51.86, 33.47)),
    _r("47-ukraine-sumy", (REMOTE, AIR, RU_ARMY, None, "Ukraine", "Sumy", "Yunakivka", 1, "2025-10-14", 2, "new"),
       rid="47-ukraine-yunakivka"),
    _r("48-russia-bryansk", (REMOTE, AIR, "Military Forces of Ukraine (2019-)", None, "Russia", "Bryanskaya oblast",
                             "Klimovo", 2, "2025-06-10", 1, "new"), (52.38, 32.19)),
    _r("48-russia-bryansk", (REMOTE, AIR, "Military Forces of Ukraine (2019-)", None, "Russia", "Tulskaya oblast",
                             "Novomoskovsk", 1, "2025-06-11", 0, "new"), (54.01, 38.29), rid="48-russia-novomoskovsk"),
    _r("49-armenia-tavush", (VAC, ATTACK, "Military Forces of Azerbaijan (2003-)", "Civilians (Armenia)", "Armenia",
                             "Syunik", "Khnatsakh", 1, "2025-03-25", 0, "new")),
    _r("49-armenia-tavush", (BATTLE, CLASH, None, None, "Azerbaijan", None, "Zangilan", None, "2025-03-25", 0, None),
       (39.08, 46.66), rid="49-azerbaijan-claim"),
    # DR Congo
    _r("50-drc-djugu", (VAC, ATTACK, "CODECO: Cooperative for Development of Congo", f"Civilians ({DRC})", DRC, "Ituri",
                        None, None, "2025-02-10", 51, "new"), (1.98, 30.60),
       "'Militiamen from the CODECO group' leave the attackers unidentified"),
    _r("51-drc-lubero", (VAC, ATTACK, "ADF: Allied Democratic Forces", f"Civilians ({DRC})", DRC, "Ituri", "Komanda", 1,
                         "2025-07-27", 43, "new"), (1.37, 29.76)),
    _r("51-drc-lubero", (VAC, ATTACK, "ADF: Allied Democratic Forces", f"Civilians ({DRC})", DRC, "Nord-Kivu",
                         "Manguredjipa", 2, "2025-07-29", 9, "new"), rid="51-drc-manguredjipa"),
    _r("52-drc-uvira", (BATTLE, CLASH, "M23: March 23 Movement", None, DRC, "Sud-Kivu", None, 2, "2025-09-22", 7, "new"),
       (-3.40, 29.14)),
    _r("52-drc-uvira", (BATTLE, CLASH, "Military Forces of Burundi (2020-)", "M23: March 23 Movement", DRC, "Sud-Kivu",
                        "Kamanyola", 2, "2025-09-23", 0, "new"), (-2.76, 29.00), rid="52-drc-kamanyola"),
]


test_the_report_makes_the_coders_record = coders_record_test(RECORDS)


# What a coder would not record: (report, the fields of such records, how many at most).
NOT_RECORDS = [
    _n("01-sudan-nyala", (None,) * 9 + (None, "new"), 1),
    _n("03-sudan-kurmuk", (BATTLE, None, None, None, "Sudan", "Blue Nile", None, None, None, None, "new"), 1),
    _n("04-southsudan-nasir", (None,) * 9 + (400000, None), 0,
       "the civil war's 400,000 dead between 2013 and 2018 are a background attack at Nasir"),
    _n("06-southsudan-yei", (None, None, None, None, "Burkina Faso", None, None, None, None, None, None), 0,
       "'carrying goods to Kaya on the Ugandan border' places the ambush's 'opened fire' at Burkina Faso's Kaya"),
    _n("24-mexico-chiapas", (None, None, None, None, "Mexico", "Jalisco", None, None, None, None, None), 0,
       "'The Sinaloa and Jalisco cartels have fought for control of smuggling routes' is a new battle in Jalisco"),
    _n("31-myanmar-myawaddy", (BATTLE, None, None, None, "Myanmar", None, None, None, "2025-04-14", None, "new"), 1),
    _n("35-philippines-sulu", (BATTLE, None, None, None, "Philippines", None, None, None, "2025-09-09", None, "new"), 1),
    _n("50-drc-djugu", (VAC, None, "Military Forces of the Democratic Republic of Congo (2019-)", None) + (None,) * 7, 0,
       "'its troops had killed eight militiamen in clashes' is the army's attack on civilians at Bunia"),
    _n("51-drc-lubero", (RIOTS,) + (None,) * 10, 0,
       "'burned homes and shops nearby' of the ADF's attack is a riot of its own"),
    _n("27-pakistan-turbat", (None, None, None, None, "Pakistan", "Punjab", None, None, None, None, None), 0),
]


test_the_report_makes_no_record_a_coder_would_not = no_such_record_test(NOT_RECORDS)


# The same wordings in one sentence (published 2025-03-12, a Wednesday).
SHORT = [
    # the sources after the toll are no more victims ('residents and a hospital worker said')
    _s("Army drones struck a fuel depot in Kosti on Monday, killing at least four people, residents and a hospital worker said.",
       (REMOTE, AIR, None, None, "Sudan", "White Nile", "Kosti", 1, "2025-03-10", 4, "new"), "sd-sources-after-toll"),
    _s("RSF shelling hit a market in Kadugli on Sunday, killing five people, witnesses and a local chief said.",
       (REMOTE, SHELLING, RSF, None, "Sudan", "South Kordofan", "Kadugli", 1, "2025-03-09", 5, "new"), "sd-sources-kadugli"),
    # the victims' home is not where they were killed
    _s("Gunmen shot dead two labourers from Sindh in Kalat district on Friday, police said.",
       (VAC, ATTACK, None, None, "Pakistan", "Balochistan", "Kalat", 2, "2025-03-07", 2, "new"), "pk-victims-home"),
    _s("Gunmen shot dead four workers from Punjab in Kech district on Friday, police said.",
       (VAC, ATTACK, None, None, "Pakistan", "Balochistan", None, 2, "2025-03-07", 4, "new"), "pk-victims-home-verb"),
    # a nationality between 'the' and the settlement word is the town's region, no place of its own
    _s("A bomb exploded in the eastern Ukrainian city of Kramatorsk on Tuesday, killing five people.",
       (REMOTE, IED, None, None, "Ukraine", "Donetsk", "Kramatorsk", 1, "2025-03-11", 5, "new"), "ua-direction-nationality-city"),
    _s("Russian drones hit the northeastern Ukrainian city of Sumy on Monday night, wounding three people.",
       (REMOTE, AIR, RU_ARMY, None, "Ukraine", "Sumy", "Sumy", 1, None, 0, "new"), "ua-northeastern-city"),
    # 'near' before 'the <direction> <region> town of X', or 'the <direction> town of X', is near X
    _s("Gunmen attacked a market near the Darfur town of Mellit on Sunday, killing four traders.",
       (VAC, ATTACK, None, "Civilians (Sudan)", "Sudan", "North Darfur", "Mellit", 2, "2025-03-09", 4, "new"), "sd-near-region-town"),
    _s("Shelling hit a school near the northern Syrian town of Azaz on Friday, wounding six children.",
       (REMOTE, SHELLING, None, None, "Syria", "Aleppo", "Izaz", 2, "2025-03-07", 0, "new"), "sy-near-direction-nationality-town"),
    _s("Fighters clashed with soldiers near the northern town of Kidal on Monday, leaving three dead.",
       (BATTLE, CLASH, None, None, "Mali", "Kidal", "Kidal", 2, "2025-03-10", 3, "new"), "ml-near-direction-town"),
    # the city, not a village of its name further south: 'southern' describes the city
    _s("Russian glide bombs struck the southeastern Ukrainian city of Zaporizhzhia on Sunday, killing three people.",
       (REMOTE, AIR, None, None, "Ukraine", "Zaporizhia", "Zaporizhzhya", 1, "2025-03-09", 3, "new"), "ua-direction-nationality-big-city"),
    # 'the Tula region' is Tulskaya oblast (the adjective drops the town's last vowel), so a
    # town named inside it is placed there, not at the city of Tula
    _s("A drone set fire to a fuel depot in Aleksin in the Tula region on Monday, the governor said.",
       (REMOTE, AIR, None, None, "Russia", "Tulskaya oblast", "Aleksin", 1, "2025-03-10", 0, "new"), "ru-town-in-region-adjective"),
    _s("Drones damaged a power substation in Yefremov, Tula region, overnight into Sunday.",
       (REMOTE, AIR, None, None, "Russia", "Tulskaya oblast", "Yefremov", 1, None, 0, "new"), "ru-town-comma-region-adjective"),
    # the next sentence places the deed inside the unit its lead names
    _s("Militants attacked a police post in Diffa region on Sunday, killing four officers. The attack took place near the town of Maine-Soroa, the ministry said.",
       (BATTLE, CLASH, None, None, "Niger", "Diffa", "Maine Soroa", 2, "2025-03-09", 4, "new"), "ne-took-place-near"),
]


@pytest.mark.parametrize(("text", "want"), SHORT)
def test_the_wording_makes_the_coders_record(pipeline, text, want):
    assert_row(event_records(pipeline, text, "2025-03-12"), want)

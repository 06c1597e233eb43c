"""Real-length wire reports of stop 36, written here (tests/data/probe_reports_36w: the first
line the publication date; a dateline, a lead, the incident's village, district and
province, a toll, a claim or a denial, an official's word from a capital, a second incident
elsewhere, earlier incidents as background), for the conflicts and wordings the earlier
probe and wire-report files cover least: Sinaloa, Michoacan and Zacatecas, Cauca and
Catatumbo, Duran, the VRAEM, Kenscoff and Carrefour, Zamfara, Katsina and Plateau,
Tillaberi, Gao and Menaka, Lower Shabelle and Galmudug, Lamu and Mandera, Muidumbe and
Mocimboa da Praia, Masisi, Rutshuru and Beni, South Wollo and East Gojjam, El Fasher and
Gezira, Taiz, the Red Sea off Hodeidah, Kirkuk and Salahuddin, Deir ez-Zor and Sweida, Bint
Jbeil, Jenin and Nur Shams, Khyber, Bannu and Kalat, Kabul and Nangarhar, Bishnupur and
Narayanpur, Sagaing, Rakhine and northern Shan, Basilan and Maguindanao, Kharkiv,
Zaporizhzhia and Kherson oblast villages, Belgorod and Kursk, the Armenia-Azerbaijan border,
and protests in Tbilisi, Nairobi, Gopalganj and Belgrade.

Each check is a record an ACLED coder would make of the report: type and sub-event type,
both actors, country, province, location as the gazetteer spells it, precision, date
resolved against the publication date, toll and whether it is news or background, and,
where given, its point within 25 km of the real place (None leaves a field unchecked, where
coders differ or the dictionary lacks the group). A second kind of check says what a coder
would NOT make (a record where the ministry spoke, a celebration as a protest, the same
incident twice).

The wordings that failed before this stop: 'killed five people, among them a 14-year-old
boy' (the boy parsed a second object: 6), 'shot dead a 10-year-old girl' after a dateline
('dead' parsed a preposition and the girl an apposition of 'shot': no toll), 'forced off
seven men and shot them dead' (the pronoun uncounted: no toll), 'killing at least 31
people, including patients, a rescue worker and a local official said' (the sources ending
the 'including' list: no toll), 'more than 80 shell casings' after gunfire (shelling), 'the
Bannu cantonment in northwestern Pakistan' (the country at precision 3), 'In the regional
capital, a Russian drone attack ...' (the village told before) and 'Fighters from the armed
group M23' (the group in apposition to its kind unread: unidentified). Known misses are
strict xfails naming what is still wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow
run = probe_module("probe_reports_36w")

IQ_ARMY, IS_IQ = "Military Forces of Iraq (2022-)", "Islamic State (Iraq)"


_r, _n, _s = report_param, count_param, wording_param


_civ = CIV.format


# (event_type, sub_event_type, actor1, actor2, country, admin1, location, precision, date,
#  fatalities, status); None leaves a field unchecked. ``near``: the real place's point.
RECORDS = [
    # Mexico, Colombia, Ecuador, Peru, Haiti
    _r("01-mexico-culiacan", (VAC, ATTACK, None, _civ("Mexico"), "Mexico", "Sinaloa", "Culiacan", 1, "2025-02-03", 7,
                              "new"), (24.80, -107.39)),
    _r("01-mexico-culiacan", (BATTLE, CLASH, MX_ARMY, None, "Mexico", "Zacatecas", "Tepetongo", None, "2025-02-04", 4,
                              "new"), rid="01-mexico-tepetongo"),
    _r("02-mexico-apatzingan", (REMOTE, IED, None, MX_ARMY, "Mexico", "Michoacan", "Aguililla", 2, "2025-04-08", 2,
                                "new"), (18.73, -102.79)),
    _r("02-mexico-apatzingan", (REMOTE, IED, "CJNG: Jalisco New Generation Cartel", MX_ARMY, "Mexico", "Michoacan",
                                "Aguililla", 2, "2025-04-08", 2, "new"), rid="02-mexico-aguililla-blamed",
       miss="'It blamed the Jalisco New Generation Cartel' after the army's statement is not read: no first side"),
    _r("02-mexico-apatzingan", (REMOTE, AIR, None, _civ("Mexico"), "Mexico", "Michoacan", "Tepalcatepec", 1,
                                "2025-04-08", 0, "new"), rid="02-mexico-tepalcatepec"),
    _r("02-mexico-apatzingan", (REMOTE, IED, None, None, "Mexico", "Michoacan", "Apatzingan", None, "2024-05-01", 4,
                                "background"), rid="02-mexico-may"),
    _r("03-colombia-cauca", (None, None, None, "Police Forces of Colombia (2022-)", "Colombia", "Cauca", "Suarez", 1,
                             "2025-05-19", 3, "new"), (2.95, -76.70)),
    _r("03-colombia-cauca", (BATTLE, CLASH, FARC_D, "Police Forces of Colombia (2022-)", "Colombia", "Cauca", "Suarez",
                             1, "2025-05-19", 3, "new"), rid="03-colombia-suarez-coded",
       miss="a three-hour assault on a police station 'with explosives and rifle fire' is typed a remote "
            "explosive, and 'Dissidents of the former FARC rebel group' names no side"),
    _r("03-colombia-cauca", (REMOTE, IED, None, _civ("Colombia"), "Colombia", "Valle del Cauca", "Jamundi", 1,
                             "2025-05-20", 0, "new"), (3.26, -76.54), rid="03-colombia-jamundi"),
    _r("03-colombia-cauca", (REMOTE, AIR, None, None, "Colombia", "Cauca", "Argelia", None, None, 1, "background"),
       rid="03-colombia-argelia",
       miss="'in the municipality of Argelia' after a sentence on Cauca is placed at Valle del Cauca's Argelia"),
    _r("04-colombia-catatumbo", (VAC, ATTACK, ELN, _civ("Colombia"), "Colombia", "Norte de Santander", "Tibu", 1, None,
                                 None, "new"), (8.64, -72.74)),
    _r("04-colombia-catatumbo", (BATTLE, CLASH, ELN, None, "Colombia", "Norte de Santander", None, None, None, 32,
                                 "new"), rid="04-colombia-catatumbo-fighting",
       miss="'At least 32 people have been killed since Thursday in fighting' is marked background and placed "
            "at a Catatumbo of Santander, not Norte de Santander whose governor speaks"),
    _r("05-ecuador-duran", (VAC, ATTACK, None, _civ("Ecuador"), "Ecuador", "Guayas", None, 1, "2025-03-16", 5, "new"),
       (-2.17, -79.84)),
    _r("05-ecuador-duran", (STRATEGIC, ARRESTS, "Military Forces of Ecuador (2023-)", None, "Ecuador", "Guayas",
                            "Guayaquil", 1, "2025-03-17", 0, "new"), rid="05-ecuador-arrests"),
    _r("06-peru-vraem", (BATTLE, CLASH, None, "Military Forces of Peru (2022-)", "Peru", "Junin", "Vizcatan del Ene", 2,
                         "2025-09-15", 2, "new"), (-12.19, -74.03)),
    _r("06-peru-vraem", (BATTLE, CLASH, None, None, "Peru", "Junin", "Santo Domingo de Acobamba", None, "2016-01-01", 10,
                         "background"), rid="06-peru-2016"),
    _r("07-haiti-kenscoff", (None, None, None, None, "Haiti", "Ouest", "Kenscoff", 1, "2025-02-17", 9, "new"),
       (18.45, -72.29)),
    _r("07-haiti-kenscoff", (VAC, ATTACK, None, _civ("Haiti"), "Haiti", "Ouest", "Kenscoff", 1, "2025-02-17", 9, "new"),
       rid="07-haiti-kenscoff-type",
       miss="the gang's killing of nine residents and the police's fight with the attackers make one battle, "
            "the police its second side"),
    _r("07-haiti-kenscoff", (BATTLE, CLASH, None, "Police Forces of Haiti (2024-)", "Haiti", "Ouest", "Carrefour", None,
                             "2025-02-17", 2, "new"), rid="07-haiti-carrefour"),
    # Nigeria, Niger, Mali
    _r("08-nigeria-zamfara", (VAC, ATTACK, None, _civ("Nigeria"), "Nigeria", "Zamfara", "Maru", 2, "2025-06-16", 23,
                              "new")),
    _r("08-nigeria-zamfara", (REMOTE, AIR, "Military Forces of Nigeria (2023-)", None, "Nigeria", "Sokoto", "Tangaza", 2,
                              "2025-06-17", None, "new"), rid="08-nigeria-tangaza"),
    _r("08-nigeria-zamfara", (VAC, ATTACK, None, None, "Nigeria", "Zamfara", "Bukkuyum", 2, None, 16, "background"),
       rid="08-nigeria-january"),
    _r("09-nigeria-katsina", (VAC, ATTACK, None, _civ("Nigeria"), "Nigeria", "Katsina", "Malumfashi", None, "2025-08-19",
                              27, "new"), (11.79, 7.62)),
    _r("09-nigeria-katsina", (None, None, None, None, "Nigeria", "Katsina", "Faskari", None, "2025-08-18", 4, "new"),
       rid="09-nigeria-faskari",
       miss="'ambushed a patrol of the Katsina Community Watch Corps near Faskari': the corps' name places "
            "it at Katsina city"),
    _r("10-nigeria-plateau", (VAC, ATTACK, None, _civ("Nigeria"), "Nigeria", "Plateau", "Bassa", 2, None, 51, "new")),
    _r("10-nigeria-plateau", (VAC, ATTACK, None, _civ("Nigeria"), "Nigeria", "Plateau", "Bassa", 2, "2025-04-13", 51,
                              "new"), rid="10-nigeria-plateau-day",
       miss="'in an overnight attack ..., officials said on Tuesday' dates the attack by the statement; the "
            "next paragraph's 'struck on Sunday night' is not taken"),
    _r("10-nigeria-plateau", (VAC, ATTACK, None, None, "Nigeria", "Plateau", "Bokkos", 2, None, 52, "background"),
       rid="10-nigeria-bokkos"),
    _r("11-niger-tillaberi", (VAC, ATTACK, ISS, _civ("Niger"), "Niger", "Tillaberi", None, None, "2025-03-21", 18,
                              "new")),
    _r("11-niger-tillaberi", (VAC, ATTACK, ISS, _civ("Niger"), "Niger", "Tillaberi", "Dargol", None, "2025-03-21", 18,
                              "new"), (13.92, 1.24), rid="11-niger-dargol"),
    _r("11-niger-tillaberi", (BATTLE, CLASH, None, "Military Forces of Niger (2023-)", "Niger", "Tillaberi",
                              "Bani Bangou", None, "2025-03-23", 6, "new"), rid="11-niger-banibangou"),
    _r("11-niger-tillaberi", (VAC, ATTACK, None, None, "Niger", "Tillaberi", None, 2, "2024-12-01", 21, "background"),
       rid="11-niger-tera"),
    _r("12-mali-menaka", (None, None, ISS, None, "Mali", "Gao", None, None, "2025-02-07", 25, "new")),
    _r("12-mali-menaka", (None, None, ISS, None, "Mali", "Gao", None, None, "2025-02-07", 25, "new"), (16.27, -0.04),
       rid="12-mali-kobe"),
    _r("12-mali-menaka", (VAC, ATTACK, ISS, _civ("Mali"), "Mali", "Menaka", None, 2, "2025-02-10", 4, "new"),
       rid="12-mali-anderamboukane"),
    # Somalia, Kenya, Mozambique, DR Congo, Ethiopia, Sudan
    _r("13-somalia-lowershabelle", (BATTLE, CLASH, SHABAAB, SO_ARMY, "Somalia", "Lower Shabelle", "Aw Dheegle", 1,
                                    "2025-03-03", 11, "new"), (1.98, 44.83)),
    _r("13-somalia-lowershabelle", (REMOTE, IED, None, None, "Somalia", None, None, None, "2025-03-03", 3, "new"),
       rid="13-somalia-minibus"),
    _r("13-somalia-lowershabelle", (REMOTE, IED, None, _civ("Somalia"), "Somalia", None, None, None, "2025-03-03", 3,
                                    "new"), rid="13-somalia-minibus-victims",
       miss="the minibus's passengers are no side: actor2 is al Shabaab, the lead's attackers"),
    _r("14-somalia-galmudug", (STRATEGIC, None, None, None, "Somalia", None, None, None, "2025-07-15", 0, "new")),
    _r("14-somalia-galmudug", (None, None, SHABAAB, None, "Somalia", "Galgaduud", None, None, "2025-07-15", 0, "new"),
       rid="14-somalia-elbur",
       miss="'Fighters of the Islamic militant group al Shabaab seized the town of Elbur' names no side"),
    _r("14-somalia-galmudug", (REMOTE, SUICIDE, None, None, "Somalia", None, None, None, "2025-07-14", 5, "new"),
       rid="14-somalia-dhusamareb"),
    _r("14-somalia-galmudug", (REMOTE, SUICIDE, None, None, "Somalia", "Galgaduud", None, None, "2025-07-14", 5, "new"),
       rid="14-somalia-dhusamareb-place"),
    _r("15-kenya-lamu", (VAC, ATTACK, SHABAAB, _civ("Kenya"), "Kenya", "Lamu", "Mpeketoni", 2, None, 4, "new")),
    _r("15-kenya-lamu", (REMOTE, IED, None, "Police Forces of Kenya (2022-)", "Kenya", "Mandera", None, None,
                         "2025-06-02", 0, "new"), rid="15-kenya-mandera"),
    _r("15-kenya-lamu", (REMOTE, IED, None, "Police Forces of Kenya (2022-)", "Kenya", "Mandera", None, None,
                         "2025-06-02", 0, "new"), (2.98, 40.86), rid="15-kenya-elwak"),
    _r("15-kenya-lamu", (VAC, ATTACK, SHABAAB, None, "Kenya", "Lamu", "Mpeketoni", None, "2014-01-01", 60,
                         "background"), rid="15-kenya-2014"),
    _r("16-mozambique-mocimboa", (VAC, ATTACK, ISM, _civ("Mozambique"), "Mozambique", "Cabo Delgado", "Chitolo", 1,
                                  "2025-09-27", 3, "new")),
    _r("16-mozambique-mocimboa", (BATTLE, CLASH, "Military Forces of Mozambique (2025-)", ISM, "Mozambique",
                                  "Cabo Delgado", "Mocimboa da Praia", 1, "2025-09-29", None, "new"), (-11.35, 40.35),
       rid="16-mozambique-mocimboa-clash"),
    _r("17-drc-masisi", (BATTLE, CLASH, None, M23, DRC, "Nord-Kivu", None, None, "2025-05-05", 12, "new")),
    _r("17-drc-masisi", (REMOTE, IED, None, None, DRC, "Nord-Kivu", "Rutshuru", 1, "2025-05-06", 0, "new"),
       (-1.19, 29.45), rid="17-drc-rutshuru"),
    _r("18-drc-beni", (VAC, ATTACK, ADF, _civ(DRC), DRC, "Nord-Kivu", "Ntoyo", 1, None, 18, "new")),
    _r("18-drc-beni", (VAC, ATTACK, ADF, _civ(DRC), DRC, "Nord-Kivu", "Ntoyo", 1, "2025-09-01", 18, "new"),
       rid="18-drc-ntoyo-day",
       miss="'in an overnight attack ..., local officials said on Tuesday' dates the attack by the statement; "
            "the next paragraph's 'struck late on Monday' is not taken"),
    _r("18-drc-beni", (VAC, ATTACK, ADF, _civ(DRC), DRC, "Nord-Kivu", None, 2, "2025-08-31", 5, "new"), (0.70, 29.52),
       rid="18-drc-oicha"),
    _r("19-ethiopia-amhara", (REMOTE, AIR, None, _civ("Ethiopia"), "Ethiopia", "Amara", "Jama", 1, "2025-11-17", 14,
                              "new")),
    _r("19-ethiopia-amhara", (BATTLE, CLASH, "Fano Militia", "Police Forces of Ethiopia (2018-)", "Ethiopia", "Amara",
                              "Debre Markos", 1, "2025-11-18", 3, "new"), (10.35, 37.73), rid="19-ethiopia-debremarkos"),
    _r("20-sudan-elfasher", (REMOTE, SHELLING, RSF, _civ("Sudan"), "Sudan", "North Darfur", None, 1, "2025-06-02", 9,
                             "new"), (13.63, 25.35)),
    _r("20-sudan-elfasher", (REMOTE, AIR, SAF, RSF, "Sudan", "North Kordofan", "Umm Sumeima", None, "2025-06-03", None,
                             "new"), rid="20-sudan-umsumeima"),
    _r("21-sudan-gezira", (BATTLE, "Government regains territory", SAF, RSF, "Sudan", "Gezira", "Wad Medani", 1,
                           "2025-01-11", 0, "new"), (14.40, 33.52)),
    _r("21-sudan-gezira", (VAC, ATTACK, RSF, _civ("Sudan"), "Sudan", "Gezira", None, None, "2025-01-13", 13, "new"),
       rid="21-sudan-umalqura",
       miss="'RSF fighters killed at least 13 people in the village of Um Alqura, east of Wad Madani' is a "
            "clash at Wad Madani with no toll"),
    # Yemen, Iraq, Syria, Lebanon, Palestine
    _r("22-yemen-taiz", (VAC, ATTACK, HOUTHI, _civ("Yemen"), "Yemen", "Taizz", "Taiz", 1, "2025-07-01", 1, "new"),
       (13.58, 44.02)),
    _r("22-yemen-taiz", (REMOTE, SHELLING, HOUTHI, _civ("Yemen"), "Yemen", "Taizz", None, 2, "2025-06-30", 0, "new"),
       rid="22-yemen-maqbana"),
    _r("23-yemen-redsea", (REMOTE, None, HOUTHI, None, "Yemen", None, None, None, "2025-07-07", 3, "new")),
    _r("23-yemen-redsea", (REMOTE, None, HOUTHI, None, "Yemen", None, None, None, "2025-07-07", 3, "new"),
       (14.21, 42.35), rid="23-yemen-redsea-point",
       miss="'The ship was hit about 50 nautical miles to the southwest of Hodeidah' is a second record "
            "(an attack on civilians) at that point; the attack stays at the Red Sea"),
    _r("23-yemen-redsea", (REMOTE, AIR, IL_ARMY, None, "Yemen", "Al Hudaydah", None, None, "2025-07-08", 0, "new"),
       rid="23-yemen-israel"),
    _r("24-iraq-kirkuk", (BATTLE, CLASH, IS_IQ, IQ_ARMY, "Iraq", "Kirkuk", None, 2, "2025-02-17", 2, "new")),
    _r("24-iraq-kirkuk", (REMOTE, AIR, None, None, "Iraq", "Sala al-Din", None, None, None, 4, "new"),
       rid="24-iraq-hamrin"),
    _r("24-iraq-kirkuk", (REMOTE, AIR, IQ_ARMY, IS_IQ, "Iraq", "Sala al-Din", None, None, None, 4, "new"),
       rid="24-iraq-hamrin-sides",
       miss="'Iraq's Joint Operations Command said ... aircraft later struck hideouts of the group' leaves "
            "both sides unidentified"),
    _r("24-iraq-kirkuk", (REMOTE, IED, None, "Military Forces of Iraq (2022-) Popular Mobilization Forces", "Iraq",
                          "Sala al-Din", "Tuz Khurmatu", None, "2025-02-18", 0, "new"), rid="24-iraq-tuz"),
    _r("25-syria-deirezzor", (BATTLE, CLASH, None, "QSD: Syrian Democratic Forces", "Syria", "Deir-ez-Zor", "Dhiban", 1,
                              "2025-04-21", 8, "new"), (35.02, 40.51)),
    _r("25-syria-deirezzor", (None, None, None, None, "Syria", "Deir-ez-Zor", "Al Busayrah", 1, "2025-04-22", 1, "new"),
       rid="25-syria-busayrah"),
    _r("25-syria-deirezzor", (VAC, ATTACK, None, _civ("Syria"), "Syria", "Deir-ez-Zor", "Al Busayrah", 1, "2025-04-22",
                              1, "new"), rid="25-syria-busayrah-victim",
       miss="'shot dead a local council member' is a battle with no second side: a council member no civilian"),
    _r("26-syria-sweida", (BATTLE, CLASH, None, "Military Forces of Syria (2024-)", "Syria", "As-Sweida", None, None,
                           "2025-05-05", 11, "new")),
    _r("26-syria-sweida", (REMOTE, AIR, IL_ARMY, None, "Syria", "Rural Damascus", "Sahnaya", 1, "2025-05-06", 0, "new"),
       rid="26-syria-sahnaya"),
    _r("27-lebanon-south", (REMOTE, AIR, IL_ARMY, None, "Lebanon", "Nabatiye", "Bent Jbail", 1, "2025-10-14", 2, "new"),
       (33.12, 35.43)),
    _r("27-lebanon-south", (None, None, IL_ARMY, None, "Lebanon", "Nabatiye", "Kfar Kila", None, "2025-10-14", 0, "new"),
       rid="27-lebanon-kfarkila"),
    _r("28-westbank-jenin", (None, None, IL_ARMY, None, "Palestine", "West Bank", "Janin", 1, "2025-01-21", 10, "new"),
       (32.46, 35.30)),
    _r("28-westbank-jenin", (STRATEGIC, None, "Settlers (Israel)", None, "Palestine", "West Bank", "Al Funduq", 1,
                             "2025-01-21", 0, "new"), rid="28-westbank-funduq"),
    _r("29-westbank-tulkarm", (VAC, ATTACK, IL_ARMY, _civ("Palestine"), "Palestine", "West Bank", "Nur Shams camp", 1,
                               "2025-02-09", 1, "new"), (32.31, 35.06)),
    _r("29-westbank-tulkarm", (STRATEGIC, ARRESTS, IL_ARMY, None, "Palestine", "West Bank", "Tammun", 1, "2025-02-09",
                               0, "new"), rid="29-westbank-tammun"),
    # Pakistan, Afghanistan, India
    _r("30-pakistan-khyber", (BATTLE, CLASH, None, PK_ARMY, "Pakistan", KP, None, 2, "2025-08-04", None, "new"),
       (34.05, 71.16)),
    _r("30-pakistan-khyber", (BATTLE, CLASH, None, PK_ARMY, "Pakistan", KP, None, 2, "2025-08-04", 9, "new"),
       rid="30-pakistan-khyber-toll",
       miss="the five 'khwarij' the military says troops killed in the exchange of fire are not added to "
            "the four soldiers"),
    _r("30-pakistan-khyber", (REMOTE, IED, None, None, "Pakistan", KP, None, 2, "2025-08-05", None, "new"),
       rid="30-pakistan-bajaur"),
    _r("30-pakistan-khyber", (REMOTE, IED, None, "Police Forces of Pakistan (2022-)", "Pakistan", KP, None, 2,
                              "2025-08-05", 1, "new"), rid="30-pakistan-bajaur-victim",
       miss="the Bajaur bomb that killed a constable takes the army's five 'khwarij' as its toll and the "
            "army as its planter"),
    _r("31-pakistan-bannu", (REMOTE, SUICIDE, None, None, "Pakistan", KP, "Bannu", 1, "2025-03-04", 18, "new"),
       (32.99, 70.60)),
    _r("31-pakistan-bannu", (BATTLE, CLASH, None, "Police Forces of Pakistan (2022-)", "Pakistan", KP, None, 2,
                             "2025-03-03", 2, None), rid="31-pakistan-lakkimarwat"),
    _r("32-pakistan-balochistan", (VAC, ATTACK, "BLA: Baloch Liberation Army", _civ("Pakistan"), "Pakistan",
                                   "Balochistan", "Kalat", 2, "2025-11-04", 7, "new")),
    _r("32-pakistan-balochistan", (REMOTE, IED, None, None, "Pakistan", "Balochistan", None, 2, "2025-11-03", 3, "new"),
       rid="32-pakistan-mastung"),
    _r("33-afghanistan-kabul", (REMOTE, SUICIDE, "Islamic State (Afghanistan)", None, "Afghanistan", "Kabul", "Kabul", 1,
                                "2025-02-18", 5, "new"), (34.53, 69.17)),
    _r("33-afghanistan-kabul", (VAC, ATTACK, None, _civ("Afghanistan"), "Afghanistan", "Nangarhar", "Surkh Rod", 2,
                                "2025-02-17", 1, "new"), rid="33-afghanistan-surkhrod"),
    _r("34-india-manipur", (BATTLE, CLASH, None, "Military Forces of India (2014-)", "India", "Manipur", "Nambol", None,
                            "2025-09-15", 2, "new"), (24.71, 93.82)),
    _r("34-india-manipur", (RIOTS, VIOLENT, "Rioters (India)", "Police Forces of India (2014-)", "India", "Manipur",
                            None, None, "2025-09-16", 0, "new"), rid="34-india-churachandpur"),
    _r("35-india-chhattisgarh", (BATTLE, CLASH, None, None, "India", "Chhattisgarh", None, 2, "2025-05-21", None,
                                 "new")),
    _r("35-india-chhattisgarh", (BATTLE, CLASH, None, None, "India", "Chhattisgarh", None, 2, "2025-05-21", 28, "new"),
       rid="35-india-narayanpur-toll"),
    _r("35-india-chhattisgarh", (REMOTE, IED, None, "Police Forces of India (2014-)", "India", "Chhattisgarh",
                                 "Bijapur", 2, "2025-05-20", 0, "new"), rid="35-india-bijapur",
       miss="'a pressure bomb planted by the rebels wounded two policemen' is a clash: 'pressure bomb' is no weapon"),
    # Myanmar, the Philippines
    _r("36-myanmar-sagaing", (REMOTE, AIR, MM_ARMY, _civ("Myanmar"), "Myanmar", "Sagaing", "Tabayin", 2, "2025-05-12",
                              22, "new")),
    _r("36-myanmar-sagaing", (BATTLE, CLASH, None, "Police Forces of Myanmar (2021-)", "Myanmar", "Sagaing", "Kani", 1,
                              "2025-05-13", 4, "new"), rid="36-myanmar-kani"),
    _r("37-myanmar-rakhine", (REMOTE, AIR, MM_ARMY, None, "Myanmar", "Rakhine", "Mrauk U", 1, "2025-12-09", 31, "new"),
       (20.59, 93.19)),
    _r("37-myanmar-rakhine", (BATTLE, OVERTAKE, "ULA/AA: United League of Arakan/Arakan Army", MM_ARMY, "Myanmar",
                              "Rakhine", "Kyaukphyu", None, "2025-12-08", 0, "new"), rid="37-myanmar-kyaukphyu"),
    _r("38-myanmar-shan", (BATTLE, "Government regains territory", MM_ARMY, None, "Myanmar", "Shan", "Kyaukme", 1, None,
                           0, "new"), (22.54, 97.03)),
    _r("38-myanmar-shan", (BATTLE, "Government regains territory", MM_ARMY, "TNLA: Ta'ang National Liberation Army",
                           "Myanmar", "Shan", "Kyaukme", 1, "2025-08-18", 0, "new"), rid="38-myanmar-kyaukme-day",
       miss="'on Monday after weeks of fighting' (the tagger's date runs on into 'after weeks'): dated "
            "Tuesday, and the TNLA the fighting was with is no second side"),
    _r("38-myanmar-shan", (REMOTE, AIR, MM_ARMY, _civ("Myanmar"), "Myanmar", "Shan", "Namhsan", 1, "2025-08-19", 5,
                           "new"), rid="38-myanmar-namhsan"),
    _r("39-philippines-maguindanao", (None, None, None, "Military Forces of the Philippines (2022-)", "Philippines",
                                      ARMM, "Sumisip", 1, "2025-01-28", 2, "new")),
    _r("39-philippines-maguindanao", (BATTLE, CLASH, None, "Military Forces of the Philippines (2022-)", "Philippines",
                                      ARMM, "Sumisip", 1, "2025-01-28", 2, "new"), rid="39-philippines-sumisip-type",
       miss="an ambush 'with rifles and rocket-propelled grenades' is typed shelling: the rifles make it a clash"),
    _r("39-philippines-maguindanao", (VAC, ATTACK, None, _civ("Philippines"), "Philippines", ARMM, "Datu Piang", 1,
                                      "2025-01-27", 1, "new"), rid="39-philippines-datupiang"),
    # Ukraine, Russia, Armenia and Azerbaijan
    _r("40-ukraine-kharkiv", (REMOTE, AIR, RU_ARMY, _civ("Ukraine"), "Ukraine", "Kharkiv", "Zolochiv", 1, "2025-06-17",
                              3, "new"), (50.28, 35.98)),
    _r("40-ukraine-kharkiv", (REMOTE, AIR, RU_ARMY, None, "Ukraine", "Kharkiv", "Kharkiv", 1, None, 0, "new"),
       rid="40-ukraine-kharkiv-city"),
    _r("41-ukraine-zaporizhzhia", (REMOTE, SHELLING, RU_ARMY, _civ("Ukraine"), "Ukraine", "Zaporizhia", "Stepnohirsk",
                                   1, "2025-04-08", 1, "new"), (47.59, 35.36)),
    _r("41-ukraine-zaporizhzhia", (REMOTE, AIR, RU_ARMY, None, "Ukraine", "Zaporizhia", "Zaporizhzhya", 1, None, 0,
                                   "new"), (47.84, 35.14), rid="41-ukraine-zaporizhzhia-city"),
    _r("41-ukraine-zaporizhzhia", (BATTLE, None, RU_ARMY, None, "Ukraine", "Zaporizhia", "Shcherbaky", 1, None, 0,
                                   "new"), rid="41-ukraine-shcherbaky"),
    _r("42-ukraine-kherson", (REMOTE, AIR, RU_ARMY, _civ("Ukraine"), "Ukraine", "Kherson", "Kherson", None,
                              "2025-03-10", 1, "new"), (46.64, 32.61)),
    # a city district the gazetteer lacks: the city, at precision 2 as every unknown part of a town
    _r("42-ukraine-kherson", (REMOTE, AIR, RU_ARMY, _civ("Ukraine"), "Ukraine", "Kherson", "Kherson", 2, "2025-03-10",
                              1, "new"), rid="42-ukraine-kherson-city"),
    _r("42-ukraine-kherson", (REMOTE, SHELLING, RU_ARMY, None, "Ukraine", "Kherson", "Bilozerka", 1, "2025-03-09", 1,
                              "new"), rid="42-ukraine-bilozerka"),
    _r("43-russia-belgorod", (REMOTE, AIR, UA_ARMY, _civ("Russia"), "Russia", "Belgorodskaya oblast", None, 1,
                              "2025-10-14", 2, "new")),
    _r("43-russia-belgorod", (REMOTE, SHELLING, UA_ARMY, None, "Russia", "Kurskaya oblast", "Lgov", 1, "2025-10-13", 0,
                              "new"), (51.69, 35.27), rid="43-russia-lgov"),
    _r("44-armenia-azerbaijan", (BATTLE, CLASH, "Military Forces of Azerbaijan (2003-)",
                                 "Military Forces of Armenia (2018-)", "Armenia", "Gegarkunik", "Sotk", None,
                                 "2025-03-31", 0, "new")),
    _r("44-armenia-azerbaijan", (BATTLE, CLASH, "Military Forces of Armenia (2018-)",
                                 "Military Forces of Azerbaijan (2003-)", "Azerbaijan", None, "Kalbajar", None,
                                 "2025-03-31", 0, "new"), rid="44-azerbaijan-claim"),
    # Protests
    _r("45-georgia-protest", (PROTESTS, INTERVENTION, "Protesters (Georgia)", "Police Forces of Georgia (2012-)",
                              "Georgia", "Tbilisi", "Tbilisi", 1, "2025-02-04", 0, "new")),
    _r("45-georgia-protest", (PROTESTS, PEACEFUL, "Protesters (Georgia)", None, "Georgia",
                              "Autonomous Republic of Adjara", "Batumi", 1, "2025-02-04", 0, "new"),
       rid="45-georgia-batumi"),
    _r("46-kenya-protest", (PROTESTS, FORCE, "Protesters (Kenya)", "Police Forces of Kenya (2022-)", "Kenya",
                            "Nairobi City", "Nairobi", 1, "2025-07-07", None, "new")),
    _r("46-kenya-protest", (RIOTS, VIOLENT, "Rioters (Kenya)", None, "Kenya", "Nyandarua", "Ol Kalou", 1, "2025-07-07",
                            0, "new"), rid="46-kenya-olkalou"),
    _r("47-bangladesh-protest", (None, None, None, None, "Bangladesh", "Dhaka", "Gopalganj", 1, "2025-07-16", 4, "new")),
    _r("47-bangladesh-protest", (None, None, None, None, "Bangladesh", "Dhaka", "Gopalganj", 1, "2025-07-16", 4, "new"),
       (23.01, 89.82), rid="47-bangladesh-gopalganj-point"),
    _r("47-bangladesh-protest", (RIOTS, None, None, None, "Bangladesh", "Dhaka", "Gopalganj", 1, "2025-07-16", 4, "new"),
       rid="47-bangladesh-gopalganj-type",
       miss="the Awami League supporters' attack on a rally with sticks and crude bombs is excessive force "
            "against protesters by civilians"),
    _r("47-bangladesh-protest", (PROTESTS, PEACEFUL, "Protesters (Bangladesh)", None, "Bangladesh", "Dhaka", "Dhaka", 1,
                                 "2025-07-16", 0, "new"), rid="47-bangladesh-dhaka",
       miss="the students' demonstration at the University of Dhaka makes no record"),
    _r("48-serbia-protest", (PROTESTS, None, "Protesters (Serbia)", "Police Forces of Serbia (2012-)", "Serbia",
                             "Central Serbia", "Belgrade", 1, "2025-03-15", 0, "new")),
    _r("48-serbia-protest", (PROTESTS, INTERVENTION, "Protesters (Serbia)", "Police Forces of Serbia (2012-)", "Serbia",
                             "Central Serbia", "Belgrade", 1, "2025-03-15", 0, "new"), rid="48-serbia-belgrade-sub",
       miss="a largely peaceful rally where police clashed with one group, injuring several, is excessive force"),
    _r("48-serbia-protest", (PROTESTS, PEACEFUL, "Protesters (Serbia)", None, "Serbia", "Vojvodina", "Novi Sad", 1,
                             "2025-03-17", 0, "new"), rid="48-serbia-novisad"),
]


test_the_report_makes_the_coders_record = coders_record_test(RECORDS)


# What a coder would not record: (report, the fields of such records, how many at most).
NOT_RECORDS = [
    _n("01-mexico-culiacan", (REMOTE, SHELLING) + (None,) * 9, 0),
    _n("03-colombia-cauca", (REMOTE, SHELLING, None, None, "Colombia", "Cauca") + (None,) * 5, 0,
       "the 'homemade mortar rounds' that damaged houses around the besieged station are a second record"),
    _n("06-peru-vraem", (None, None, None, None, "Peru", "Municipalidad Metropolitana de Lima") + (None,) * 5, 0),
    _n("07-haiti-kenscoff", (None, None, "Government of Haiti (2024-)") + (None,) * 8, 0,
       "the gang (Viv Ansanm, named only in the next paragraph) is read as the government the prime "
       "minister speaks for"),
    _n("07-haiti-kenscoff", (BATTLE, None, None, None, "Haiti", "Ouest", "Kenscoff") + (None,) * 3 + ("new",), 1),
    _n("10-nigeria-plateau", (None, None, None, None, "Nigeria", "Plateau", "Plateau", 3, None, None, "new"), 0,
       "the second paragraph's retelling ('struck on Sunday night and Monday morning') is a second record"),
    _n("16-mozambique-mocimboa", (STRATEGIC,) + (None,) * 10, 0,
       "the houses burned in the same raid are a second record (looting) at Namacande, where residents fled"),
    _n("18-drc-beni", (STRATEGIC,) + (None,) * 10, 0,
       "'also set fire to homes and motorcycles' in the same attack is a second record at Beni territory"),
    _n("19-ethiopia-amhara", (None, None, "UN: United Nations") + (None,) * 8, 0,
       "'The United Nations has recorded dozens of drone strikes' makes the UN a striker"),
    _n("21-sudan-gezira", (PROTESTS,) + (None,) * 10, 0,
       "residents who 'poured into the streets to celebrate' the recapture are a peaceful protest"),
    _n("23-yemen-redsea", (None, None, None, None, "Yemen", "Amanat al Asimah") + (None,) * 5, 0),
    _n("31-pakistan-bannu", (None, None, None, None, "Pakistan", "Islamabad") + (None,) * 5, 0),
    _n("33-afghanistan-kabul", (None, None, None, None, "Afghanistan", "Helmand") + (None,) * 5, 0),
    _n("41-ukraine-zaporizhzhia", (REMOTE, AIR, None, None, "Ukraine", "Zaporizhia", "Shcherbaky") + (None,) * 4, 0),
    _n("43-russia-belgorod", (REMOTE, AIR, RU_ARMY) + (None,) * 8, 0,
       "the drones the air defences destroyed over Kursk are an air strike by Russia, not a disrupted weapon"),
    _n("48-serbia-protest", (RIOTS,) + (None,) * 10, 0,
       "'The collapse of the canopy in November killed 16 people and sparked months of protests' is a "
       "background riot with 16 dead"),
]


test_the_report_makes_no_record_a_coder_would_not = no_such_record_test(NOT_RECORDS)


# The same wordings in one sentence or two (published 2025-03-12, a Wednesday).
SHORT = [
    # an object after 'among them' is one of those counted before it
    _s("Gunmen killed five people, among them a 14-year-old boy, in an attack on a shop in the city of Duran on "
       "Sunday night, police said.",
       (VAC, ATTACK, None, None, "Ecuador", "Guayas", None, 1, "2025-03-09", 5, "new"), "ec-among-them"),
    # 'shot dead' with 'dead' parsed a preposition and the victim an apposition, after a dateline
    _s("ADEN, Yemen, March 12 - A Houthi sniper shot dead a 10-year-old girl in the besieged city of Taiz in "
       "southwestern Yemen on Tuesday, a local official said.",
       (VAC, ATTACK, None, None, "Yemen", "Taizz", "Taiz", 1, "2025-03-11", 1, "new"), "ye-shot-dead-appos"),
    # a plural pronoun counts the numbered object of the verb before it
    _s("Gunmen stopped a bus in Mastung district on Tuesday, forced off five passengers and shot them dead, police said.",
       (VAC, ATTACK, None, None, "Pakistan", "Balochistan", None, 2, "2025-03-11", 5, "new"), "pk-shot-them-dead"),
    # the sources that end an 'including' list are no victims
    _s("A drone strike hit a market in Kyauktaw on Monday, killing at least 12 people, including children, a "
       "resident and a rescue worker said.",
       (REMOTE, AIR, None, None, "Myanmar", "Rakhine", "Kyauktaw", None, "2025-03-10", 12, "new"), "mm-including-sources"),
    # spent small-arms cases are no artillery
    _s("Gunmen opened fire on a family in Fresnillo on Sunday, killing three people. Police collected more than 50 "
       "shell casings at the scene.",
       (VAC, ATTACK, None, None, "Mexico", "Zacatecas", "Fresnillo", 1, "2025-03-09", 3, "new"), "mx-shell-casings"),
    # a town's cantonment is in the town
    _s("A suicide bomber struck the Bannu cantonment in northwestern Pakistan on Tuesday, killing nine people, the army said.",
       (REMOTE, SUICIDE, None, None, "Pakistan", KP, "Bannu", 1, "2025-03-11", 9, "new"), "pk-cantonment"),
    # the regional capital is the seat of the province told before
    _s("Russian shelling killed a man in the village of Bilozerka in the Kherson region on Monday. In the regional "
       "capital, a drone hit a bus on Tuesday, wounding four people, the governor said.",
       (REMOTE, AIR, None, None, "Ukraine", "Kherson", "Kherson", 1, "2025-03-11", 0, "new"), "ua-regional-capital"),
    _s("Gunmen killed five farmers in Bokkos in Plateau state on Sunday, police said. In the state capital, "
       "hundreds of people protested against the killings on Monday.",
       (PROTESTS, PEACEFUL, None, None, "Nigeria", "Plateau", "Jos", 1, "2025-03-10", 0, "new"), "ng-state-capital"),
    # the group named in apposition to its kind
    _s("Fighters from the armed group M23 attacked the village of Kibati on Tuesday, killing four civilians, "
       "residents said.",
       (VAC, ATTACK, M23, None, DRC, "Nord-Kivu", "Kibati", 1, "2025-03-11", 4, "new"), "cd-group-appos"),
]


@pytest.mark.parametrize(("text", "want"), SHORT)
def test_the_wording_makes_the_coders_record(pipeline, text, want):
    assert_row(event_records(pipeline, text, "2025-03-12"), want)

"""Short wire reports of stop 39, written here (tests/data/probe_reports_39p: the first line
the publication date; 40-200 words each), for conflicts and forms the earlier probe files
cover least: Moqokori and a clan fight in Mudug, a bomb on peacekeepers on the Afgoye road,
Mucojo and a dhow off Quirimba, Djibo, an ambush on the Tera-Gotheye road, Nyabiondo, a raid
north of Oicha, a camp at Plaine Savo, Abu Shouk, villages near Bara, Merawi, a bus on the
Nekemte-Gimbi road, a strike in Depayin township, Kyaukphyu, a refinery in Syzran, Shebekino
and Krasnopillia, missiles from the Black Sea on Odesa, al-Mawasi and Rafah, the Tyre-Naqoura
road, a tanker east of Aden and Ras Isa, Suarez, the Uruapan-Apatzingan highway, Frontera
Comalapa, Mir Ali, Turbat, Jiribam, Kutru in Bijapur, Mirebalais, Himamaylan, Jableh and Maru.
The forms: datelines far from the event ('NAIROBI' of an Ethiopian road, 'DUBAI' of the Gulf
of Aden), 'X km north/south of Y', 'the X district of Y province', 'X township of Y region',
'on the X-Y road', a place at sea given by a distance from a port, a speaker in a capital,
camps, background attacks of earlier months.

Each check is the record an ACLED coder would make (type and sub-event type, both actors,
country, province, location as the gazetteer spells it, precision, date, toll, news or
background; None leaves a field unchecked; ``near``: the real place's point, within 25 km),
or a record a coder would NOT make. Known misses are strict xfails naming what is wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow
run = probe_module("probe_reports_39p")


_r, _n, _at, _civ = report_param, count_param, coder_row, CIV.format
ATMIS_UG = "ATMIS: African Union Transition Mission in Somalia (2022-) (Uganda)"
AA = "ULA/AA: United League of Arakan/Arakan Army"


# (event_type, sub_event_type, actor1, actor2, country, admin1, location, precision, date,
#  fatalities, status); None leaves a field unchecked. ``near``: the real place's point.
RECORDS = [
    # Somalia: a base stormed in Moqokori; clan militias in Mudug; a bomb on the Afgoye road
    _r("01-somalia-moqokori", (None, None, SHABAAB, SO_ARMY, "Somalia", "Hiraan", "Muqakoori", 1, "2025-03-04", 11,
                               "new"), (4.06, 46.13)),
    _r("01-somalia-moqokori", (BATTLE, CLASH, SHABAAB, SO_ARMY, "Somalia", "Hiraan", "Muqakoori", 1, "2025-03-04",
                               11, "new"), rid="01-somalia-moqokori-type"),
    _r("01-somalia-moqokori", _at(None, None, None, None, "Somalia", "Banadir", "Mogadishu", None, "2025-01-01", 7,
                                  status="background"), (2.04, 45.34), rid="01-somalia-capital-hotel"),
    _r("02-somalia-clans", _at(None, None, None, None, "Somalia", "Mudug", "Bacadweyne", 1, "2025-06-09", 9),
       (5.32, 47.91)),
    _r("02-somalia-clans", _at(BATTLE, CLASH, None, None, "Somalia", "Mudug", "Bacadweyne", 1, "2025-06-09", 9),
       rid="02-somalia-clans-type"),
    _r("03-somalia-atmis", _at(REMOTE, IED, None, None, "Somalia", "Lower Shabelle", None, None, "2025-10-14", 2),
       (2.09, 45.25)),
    _r("03-somalia-atmis", _at(REMOTE, IED, None, ATMIS_UG, "Somalia", "Lower Shabelle"), rid="03-somalia-atmis-actor"),
    # Mozambique: a raid from the sea on Mucojo; a dhow seized off Quirimba the next day
    _r("04-mozambique-mucojo", (VAC, ATTACK, ISM, _civ("Mozambique"), "Mozambique", "Cabo Delgado", "Mucojo", 1,
                                "2025-08-18", 3, "new"), (-12.07, 40.48)),
    _r("04-mozambique-mucojo", _at(VAC, ABDUCTION, None, _civ("Mozambique"), "Mozambique", "Cabo Delgado", None,
                                   None, "2025-08-19", 0), (-12.42, 40.60), rid="04-mozambique-dhow"),
    # Burkina Faso and Niger: JNIM at Djibo; the Islamic State on the Tera-Gotheye road
    _r("05-burkina-djibo", _at(BATTLE, None, JNIM, BF_ARMY, "Burkina Faso", "Sahel", "Djibo", 1, "2025-05-18"),
       (14.10, -1.63)),
    _r("06-niger-tera", _at(BATTLE, CLASH, ISS, NE_ARMY, "Niger", "Tillaberi", None, None, "2025-02-10")),
    _r("06-niger-tera", _at(BATTLE, CLASH, ISS, NE_ARMY, "Niger", "Tillaberi", None, None, "2025-02-10"),
       (13.93, 1.16), rid="06-niger-tera-road"),
    _r("06-niger-tera", _at(BATTLE, CLASH, ISS, NE_ARMY, "Niger", "Tillaberi", None, None, "2025-02-10", 32),
       rid="06-niger-tera-toll"),
    # DRC: M23 takes Nyabiondo; the ADF north of Oicha; CODECO at the Plaine Savo camp
    _r("07-drc-nyabiondo", _at(BATTLE, OVERTAKE, "M23: March 23 Movement", None, DRC, "Nord-Kivu", "Nyabiondo", 1,
                               "2025-03-03", 8), (-1.31, 28.73)),
    _r("07-drc-nyabiondo", _at(BATTLE, OVERTAKE, "M23: March 23 Movement", "Wazalendo", DRC, "Nord-Kivu"),
       rid="07-drc-nyabiondo-actor"),
    _r("08-drc-oicha", (VAC, ATTACK, "ADF: Allied Democratic Forces", _civ(DRC), DRC, "Nord-Kivu", None, None,
                        "2025-06-10", 18, "new"), (0.83, 29.52)),
    _r("09-drc-plainesavo", (VAC, ATTACK, "CODECO: Cooperative for Development of Congo", _civ(DRC), DRC, "Ituri",
                             None, None, "2025-02-10", 51, "new"), (1.93, 30.27)),
    # Sudan: RSF shells Abu Shouk; villages near Bara
    _r("10-sudan-abushouk", (REMOTE, SHELLING, RSF, _civ("Sudan"), "Sudan", "North Darfur", "Abu Shouk camp", 1,
                             "2025-05-20", 14, "new"), (13.66, 25.34)),
    _r("11-sudan-bara", _at(VAC, ATTACK, RSF, _civ("Sudan"), "Sudan", "North Kordofan", "Barah", None, None, 27),
       (13.70, 30.37)),
    # Ethiopia: Fano at Merawi; the OLA on the Nekemte-Gimbi road (datelined in Nairobi)
    _r("12-ethiopia-merawi", (BATTLE, CLASH, "Fano Militia", ET_ARMY, "Ethiopia", "Amara", "Merawi", 1, "2025-10-13",
                              8, "new"), (11.41, 37.16)),
    _r("13-ethiopia-nekemte", _at(VAC, ABDUCTION, None, _civ("Ethiopia"), "Ethiopia", "Oromia", None, 2, "2025-06-09",
                                  0), (9.13, 36.19)),
    _r("13-ethiopia-nekemte", _at(VAC, ABDUCTION, "OLA: Oromo Liberation Army", _civ("Ethiopia"), "Ethiopia"),
       rid="13-ethiopia-nekemte-actor"),
    # Myanmar: a junta air strike in Depayin township; the Arakan Army in Kyaukphyu
    _r("14-myanmar-depayin", _at(REMOTE, AIR, MM_ARMY, None, "Myanmar", "Sagaing", None, None,
                                 "2025-02-10", 16)),
    _r("14-myanmar-depayin", _at(REMOTE, AIR, MM_ARMY, None, "Myanmar", "Sagaing", None, 2,
                                 "2025-02-10", 16), (22.69, 95.32), rid="14-myanmar-depayin-place"),
    _r("15-myanmar-kyaukphyu", _at(BATTLE, OVERTAKE, AA, MM_ARMY, "Myanmar", "Rakhine", "Kyaukphyu", None, None, 20),
       (19.43, 93.55)),
    _r("15-myanmar-kyaukphyu", _at(BATTLE, OVERTAKE, AA, MM_ARMY, "Myanmar", "Rakhine", "Kyaukphyu", None,
                                   "2025-11-25"), rid="15-myanmar-kyaukphyu-date"),
    # Russia and Ukraine: a refinery in Syzran (datelined Kyiv); both sides of the Belgorod border; Odesa
    _r("16-russia-syzran", _at(REMOTE, AIR, UA_ARMY, None, "Russia", "Samarskaya oblast", "Syzran", 1, None, 0),
       (53.16, 48.47)),
    _r("17-ukraine-belgorod", (REMOTE, AIR, UA_ARMY, _civ("Russia"), "Russia", "Belgorodskaya oblast", "Shebekino", 1,
                               "2025-05-20", 1, "new"), (50.41, 36.90)),
    _r("17-ukraine-belgorod", (REMOTE, SHELLING, RU_ARMY, _civ("Ukraine"), "Ukraine", "Sumy", "Krasnopillya", 1,
                               "2025-05-20", 1, "new"), (50.77, 35.26), rid="17-ukraine-krasnopillia"),
    _r("18-ukraine-odesa", _at(REMOTE, SHELLING, RU_ARMY, _civ("Ukraine"), "Ukraine", "Odesa", "Odesa", 1, None, 3),
       (46.48, 30.73)),
    # Gaza and Lebanon: tents in al-Mawasi and fire near Rafah; a car on the Tyre-Naqoura road
    _r("19-gaza-almawasi", (REMOTE, AIR, IL_ARMY, _civ("Palestine"), "Palestine", "Gaza Strip", "Al-Mawasi", None,
                            "2025-06-10", 12, "new"), (31.35, 34.26)),
    _r("19-gaza-almawasi", (VAC, ATTACK, IL_ARMY, _civ("Palestine"), "Palestine", "Gaza Strip", "Rafah", 1,
                            "2025-06-10", 5, "new"), (31.29, 34.25), rid="19-gaza-rafah"),
    _r("20-lebanon-tyre", _at(REMOTE, AIR, IL_ARMY, None, "Lebanon", "South", None, None, "2025-10-14", 2),
       (33.18, 35.18)),
    # The Gulf of Aden: a tanker 70 nautical miles east of Aden; US strikes on Ras Isa
    _r("21-yemen-aden", _at(REMOTE, SHELLING, HOUTHI, None, "Yemen", None, None, None, "2025-02-11", 0),
       (12.78, 46.23)),
    _r("21-yemen-aden", _at(REMOTE, AIR, "Military Forces of the United States (2025-)", None, "Yemen", "Al Hudaydah",
                            "Ras Isa port", 1, "2025-02-11", 6), (15.12, 42.62), rid="21-yemen-rasisa"),
    # Colombia and Mexico: a motorcycle bomb in Suarez; a highway ambush in Michoacan; cartels in Chiapas
    _r("22-colombia-suarez", (REMOTE, IED, FARC_D, "Police Forces of Colombia (2022-)", "Colombia", "Cauca", "Suarez",
                              1, "2025-05-20", 2, "new"), (2.95, -76.70)),
    # ACLED names Mexico's state police a unit of its police forces (stop 40)
    _r("23-mexico-apatzingan", _at(BATTLE, CLASH, None, "Police Forces of Mexico (2024-) State Police", "Mexico",
                                   "Michoacan", None,
                                   None, "2025-08-19", 4), (19.25, -102.20)),
    _r("24-mexico-comalapa", _at(BATTLE, CLASH, None, None, "Mexico", "Chiapas", "Frontera Comalapa", None,
                                 "2025-03-03", 7), (15.66, -92.14)),
    # Pakistan: a suicide bomber in Mir Ali; a camp near Turbat
    _r("25-pakistan-mirali", _at(REMOTE, SUICIDE, None, PK_ARMY, "Pakistan", KP, "Mir Ali", None, "2025-10-14"),
       (33.02, 70.27)),
    _r("25-pakistan-mirali", _at(REMOTE, SUICIDE, None, PK_ARMY, "Pakistan", KP, "Mir Ali", None, "2025-10-14", 6),
       rid="25-pakistan-mirali-toll"),
    _r("26-pakistan-turbat", _at(BATTLE, CLASH, None, None, "Pakistan", "Balochistan", "Turbat", None, "2025-11-24",
                                 9), (26.00, 63.05)),
    # ACLED codes the Frontier Corps as a unit of Pakistan's police forces (stop 40)
    _r("26-pakistan-turbat", _at(BATTLE, CLASH, "BLF: Baloch Liberation Front",
                                 "Police Forces of Pakistan (2022-) Frontier Corps", "Pakistan"),
       rid="26-pakistan-turbat-actors"),
    # India: gunfire on a village in Jiribam; Maoists' IED near Kutru
    _r("27-india-jiribam", _at(VAC, ATTACK, None, _civ("India"), "India", "Manipur", "Jiribam", None, "2025-02-10", 2),
       (24.80, 93.12)),
    _r("28-india-bijapur", _at(REMOTE, IED, None, None, "India", "Chhattisgarh", None, None, "2025-05-20", 8)),
    _r("28-india-bijapur", _at(REMOTE, IED, "CPI (Maoist): Communist Party of India (Maoist)", None, "India"),
       rid="28-india-bijapur-actor"),
    # Haiti, the Philippines, Syria, Nigeria
    _r("29-haiti-mirebalais", _at(None, None, "Viv Ansanm", None, "Haiti", "Centre", "Mirebalais", 1, "2025-05-19",
                                  10), (18.83, -72.10)),
    _r("30-philippines-himamaylan", (BATTLE, CLASH, "Military Forces of the Philippines (2022-)",
                                     "NPA: New People's Army", "Philippines", None, "Himamaylan", None, "2025-06-09", 3,
                                     "new"), (10.10, 122.87)),
    _r("31-syria-jableh", _at(BATTLE, CLASH, None, None, "Syria", "Lattakia", "Jablah", 1, "2025-03-04", 4),
       (35.36, 35.93)),
    _r("32-nigeria-zamfara", (VAC, ATTACK, None, _civ("Nigeria"), "Nigeria", "Zamfara", "Maru", None, "2025-08-18", 14,
                              "new"), (11.78, 6.45)),
]


test_the_report_makes_the_coders_record = coders_record_test(RECORDS)


# What a coder would not record: (report, the fields of such records, how many at most).
NOT_RECORDS = [
    _n("05-burkina-djibo", _at(PROTESTS, status=None), 0),
    _n("01-somalia-moqokori", _at(None, None, None, None, "Somalia", "Hiraan", "Bulo Burto", status=None), 0,
       rid="01-somalia-not-bulobarde"),
    _n("09-drc-plainesavo", _at(None, None, None, None, DRC, "Kinshasa", status=None), 0, rid="09-drc-not-kinshasa"),
    _n("18-ukraine-odesa", _at(None, None, None, None, None, None, "Black Sea", status=None), 0,
       rid="18-ukraine-not-black-sea"),
    _n("16-russia-syzran", _at(None, None, None, None, "Ukraine", status=None), 0, rid="16-russia-not-kyiv"),
    _n("21-yemen-aden", _at(None, None, None, None, None, None, "Persian Gulf", status=None), 0,
       rid="21-yemen-not-persian-gulf"),
    _n("13-ethiopia-nekemte", _at(None, None, None, None, "Kenya", status=None), 0, rid="13-ethiopia-not-nairobi"),
    _n("24-mexico-comalapa", _at(None, None, None, "Military Forces of Mexico (2024-)"), 0),
    _n("02-somalia-clans", _at(RIOTS, status=None), 0, rid="02-somalia-no-riot"),
]


test_the_report_makes_no_record_a_coder_would_not = no_such_record_test(NOT_RECORDS)


_s = wording_param
_sea = _at(None, None, None, None, None, None, None, 2, "2025-04-07")

# The wordings a fix of this stop reads right, in one sentence (published 2025-04-09, a
# Wednesday): (text, the record's fields, the real point or None, and the place no record
# may have). A sea after a point measured from a coast town ('80 nautical miles east of Aden
# in the Gulf of Aden') holds the point, not the town: it was the town's container, and
# 'Aden in the Gulf' read the Persian Gulf, 'Bosaso in the Gulf' Papua New Guinea's Gulf
# province, 'Hodeidah in the Red Sea' Sudan's Red Sea state.
SEAS = [
    _s("A drone boat hit a tanker about 80 nautical miles east of Aden in the Gulf of Aden on Monday, the agency "
       "said.", (_sea[:4] + ("Yemen",) + _sea[5:], (12.78, 46.40)), "ye-gulf-of-aden"),
    _s("Pirates fired on a cargo ship 50 nautical miles north of Bosaso in the Gulf of Aden on Monday, the navy said.",
       (_sea[:4] + ("Somalia",) + _sea[5:], (12.11, 49.18)), "so-gulf-of-aden"),
    _s("A missile struck a freighter 40 nautical miles west of Hodeidah in the Red Sea on Monday, the agency said.",
       (_sea[:4] + ("Yemen",) + _sea[5:], (14.80, 42.27)), "ye-red-sea"),
]


@pytest.mark.parametrize(("text", "want"), SEAS)
def test_a_point_off_a_coast_town_lies_in_the_sea_named_after_it(pipeline, text, want):
    row, near = want
    assert_row(event_records(pipeline, text, "2025-04-09"), row, near)


# A place the speaker's statement came from ('in a statement from X', 'in a communique issued
# in X') after the verb's own object ('confirmed the attack in a statement from X'): no
# second record there (the verb right before it was needed: 'said in a statement from X').
STATEMENTS = [
    _s("Gunmen killed five traders near Gao on Monday. The ministry described the attack in a communique issued in "
       "Bamako.", ("Mali", "Bamako"), "ml-communique-issued-in"),
    _s("Rebels killed 12 villagers near Beni on Monday. The UN mission confirmed the attack in a statement from "
       "Kinshasa.", (DRC, "Kinshasa"), "cd-statement-from"),
    _s("Militants ambushed a police patrol near Bannu on Monday, killing three officers. The army gave details of the "
       "attack in a press conference in Rawalpindi.", ("Pakistan", "Rawalpindi"), "pk-press-conference-in"),
]


@pytest.mark.parametrize(("text", "where"), STATEMENTS)
def test_where_a_statement_came_from_holds_no_event(pipeline, text, where):
    assert_none_in(event_records(pipeline, text, "2025-04-09"), where[0], location=where[1])


# A place after the speaker's name and role ('..., said Jean Kabila, an official in the town of
# X'): where the speaker is, not a second deed there.
ROLES = [
    _s("Gunmen killed six miners near Kalemie on Monday. They opened fire on the workers as they left the pit, said "
       "Jean Kabila, an official in the town of Nyunzu.", (DRC, "Nyunzu"), "cd-official-in-the-town-of"),
    _s("Militants attacked a checkpoint near Bannu on Monday, killing two policemen. They fired rockets at the post "
       "from the hills, said Akbar Khan, a police officer in the city of Lakki Marwat.", ("Pakistan", "Lakki"),
       "pk-officer-in-the-city-of"),
]


@pytest.mark.parametrize(("text", "where"), ROLES)
def test_where_a_named_speaker_serves_holds_no_event(pipeline, text, where):
    assert_none_in(event_records(pipeline, text, "2025-04-09"), where[0], location=where[1])

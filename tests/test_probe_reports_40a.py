"""Short wire reports of stop 40, written here (tests/data/probe_reports_40a: the first line the
publication date; 50-80 words each), on who did it to whom in hard actor forms: a group
named only in its claim ('Jihadists attacked ... JNIM said its fighters had overrun'), a
suspected one ('suspected Islamic State fighters'), the passive ('hit by a roadside bomb
planted by al Shabaab militants', 'was attacked by gunmen of the BLA'), 'a group linked to'
another with the doer named in an accusation, an acronym defined after the name or never
('the Pakistani Taliban, known as the TTP'), a claim and a faction's denial, the doer named
only in a quote, the side hit named by its unit ('state police officers'), a gang's members.
Conflicts: Mali and Burkina Faso, Somalia, the Kivus, Sudan, Myanmar, Pakistan, Colombia,
Mexico, Haiti, the Red Sea, Lebanon, Gaza, Ukraine and Russia.

Each check is the coder's actor1/actor2 with type, country and date (None leaves a field
unchecked), or a record a coder would NOT make. Known misses are strict xfails naming what is
wrong."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow
run = probe_module("probe_reports_40a")


_r, _n, _at, _civ = report_param, count_param, coder_row, CIV.format
PDF = "PDF: People's Defense Force"
MM_POLICE = "Police Forces of Myanmar (2021-)"
TTP = "TTP: Tehreek-i-Taliban Pakistan"
BLA = "BLA: Baloch Liberation Army"
CJNG = "CJNG: Jalisco New Generation Cartel"
MX_STATE_POLICE = "Police Forces of Mexico (2024-) State Police"


# (event_type, sub_event_type, actor1, actor2, country, admin1, location, precision, date,
#  fatalities, status); None leaves a field unchecked.
RECORDS = [
    _r("01-mali-boulkessi", _at(BATTLE, OVERTAKE, JNIM, ML_ARMY, "Mali", "Mopti", "Boulkessi", 1, "2025-07-07", 15)),
    _r("02-burkina-tinakoff", _at(VAC, ATTACK, ISS, _civ("Burkina Faso"), "Burkina Faso", None, "Tin-Akoff", 1,
                                  "2025-04-13", 20)),
    _r("03-somalia-balad", _at(REMOTE, IED, None, SO_ARMY, "Somalia", "Middle Shabelle", "Balcad", None,
                               "2025-09-02", 4)),
    _r("03-somalia-balad", _at(REMOTE, IED, SHABAAB, SO_ARMY, "Somalia"), rid="03-somalia-balad-actor",
       miss="'their truck was ripped apart by a mine planted by al Shabaab militants' gives an unidentified "
            "armed group: the particle 'apart' between the verb and 'by' hides the mine's planter ('was struck "
            "by a mine planted by' is read)"),
    _r("04-drc-mayimoya", _at(VAC, ATTACK, "ADF: Allied Democratic Forces", _civ(DRC), DRC, "Nord-Kivu", None, None,
                              "2025-08-12", 30)),
    _r("05-drc-kalehe", _at(REMOTE, SHELLING, M23, CD_ARMY, DRC, "Sud-Kivu", "Kalehe", 1, "2025-02-18")),
    _r("06-sudan-portsudan", _at(REMOTE, AIR, RSF, None, "Sudan", "Red Sea", "Port Sudan", None, "2025-05-13")),
    _r("07-myanmar-myaing", _at(BATTLE, CLASH, PDF, MM_POLICE, "Myanmar", "Magway", "Myaing", None, "2025-03-10", 3)),
    _r("08-pakistan-dikhan", _at(BATTLE, CLASH, TTP, PK_POLICE, "Pakistan", "Khyber Pakhtunkhwa", None, None,
                                 "2025-10-06", 4)),
    _r("09-pakistan-bolan", _at(None, None, BLA, _civ("Pakistan"), "Pakistan", "Balochistan", None, None,
                                "2025-03-11")),
    _r("10-colombia-jamundi", _at(REMOTE, AIR, None, CO_ARMY, "Colombia", "Valle del Cauca", "Jamundi", 1,
                                  "2025-06-24", 2)),
    # the army blames a front no dictionary knows, told as 'a faction of' a group it does
    _r("10-colombia-jamundi", _at(REMOTE, AIR, FARC_D, CO_ARMY, "Colombia"), rid="10-colombia-jamundi-actor"),
    _r("11-mexico-teocaltiche", _at(BATTLE, CLASH, CJNG, MX_STATE_POLICE, "Mexico", "Jalisco", "Teocaltiche", 1,
                                    "2025-04-22", 5)),
    _r("12-haiti-pontsonde", _at(VAC, ATTACK, "Gran Grif Gang", _civ("Haiti"), "Haiti", "Artibonite",
                                 "Pont-Sonde", 1, "2025-10-06", 15)),
    _r("13-yemen-redsea", _at(REMOTE, None, HOUTHI, None, None, None, None, None, "2025-07-08")),
    _r("13-yemen-redsea", _at(REMOTE, None, HOUTHI, None, "Yemen", None, None, 2, "2025-07-08"), (14.80, 42.10),
       rid="13-yemen-redsea-place"),
    _r("14-lebanon-nabatieh", _at(REMOTE, AIR, IL_ARMY, None, "Lebanon", "Nabatiye", None, None, "2025-11-11", 2)),
    _r("15-gaza-beitlahiya", _at(REMOTE, AIR, IL_ARMY, _civ("Palestine"), "Palestine", "Gaza Strip", "Bayt Lahya", 1,
                                 "2025-03-18", 17)),
    _r("16-ukraine-kharkiv", _at(REMOTE, AIR, RU_ARMY, _civ("Ukraine"), "Ukraine", "Kharkiv", "Kharkiv", 1,
                                 "2025-05-27", 3)),
    _r("17-russia-proletarsk", _at(REMOTE, AIR, UA_ARMY, None, "Russia", None, "Proletarsk", 1, "2025-08-05", 0)),
]


test_the_report_makes_the_coders_record = coders_record_test(RECORDS)


# What a coder would not record: (report, the fields of such records, how many at most).
NOT_RECORDS = [
    _n("04-drc-mayimoya", _at(None, None, "Islamic State (Central Africa)", status=None), 0,
       rid="04-drc-not-the-patron"),
    _n("01-mali-boulkessi", _at(None, None, "Islamist Militia (Mali)", status=None), 0, rid="01-mali-named-by-claim"),
    _n("11-mexico-teocaltiche", _at(RIOTS, status=None), 0,
       "'The attackers blocked the road with burning trucks' is a violent demonstration"),
    _n("15-gaza-beitlahiya", _at(None, None, None, "Hamas", status=None), 0, rid="15-gaza-no-hamas-target"),
    _n("05-drc-kalehe", _at(None, None, CD_ARMY, status=None), 0, rid="05-drc-held-their-ground"),
]


test_the_report_makes_no_record_a_coder_would_not = no_such_record_test(NOT_RECORDS)

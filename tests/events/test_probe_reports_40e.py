"""Short wire reports of stop 40, written here (tests/data/probe_reports_40e: the first line
the publication date; 40-200 words each), each with several incidents: a massacre whose toll
rose and a bomb 'in a separate incident'; a kidnapping and the gunfight of the rescue; a toll
that 'rose to' N told before the raid itself; missiles on one city and a drone on another; a
claim and the army's denial; a convoy and its escorts; a bomb and a shooting claimed apart;
a drone and shelling in two cities; a raid repelled, its attackers' dead; an air strike whose
toll rose and a capture; a gang raid fought back; strikes and the answer at sea; a beheading
and an ambush two days later; a bomb and the arrests of the next day; a gunbattle and a
killing 'on the same day'.

Each check is a record an ACLED coder would make (None leaves a field unchecked) or a record
a coder would NOT make. The wordings below them are the general patterns this stop fixed."""

from __future__ import annotations

import pytest

from tests.wire_reports import *  # ACLED's names and the probe checks

pytestmark = pytest.mark.slow
run = probe_module("probe_reports_40e")

GANG_HT = "Unidentified Gang (Haiti)"


_r, _n, _s, _at, _civ = report_param, count_param, wording_param, coder_row, CIV.format


# (event_type, sub_event_type, actor1, actor2, country, admin1, location, precision, date,
#  fatalities, status); None leaves a field unchecked.
RECORDS = [
    _r("01-mali-two-attacks", _at(VAC, ATTACK, None, _civ("Mali"), "Mali", None, "Diafarabe", 1, "2025-04-14", 11)),
    _r("01-mali-two-attacks", _at(REMOTE, IED, None, "Military Forces of Mali (2021-)", "Mali", None, None, None,
                                  "2025-04-15", 4), rid="01-mali-bomb"),
    _r("02-nigeria-kidnap-and-clash", _at(VAC, ABDUCTION, None, _civ("Nigeria"), "Nigeria", "Kaduna", None, None,
                                          "2025-07-07", 0)),
    # the toll that rose, told before the raid's own day: one record, dated by the raid
    _r("03-drc-adf-toll-rises", _at(VAC, ATTACK, ADF, _civ(DRC), DRC, "Nord-Kivu", "Ntoyo", 1, "2025-09-07", 61)),
    _r("04-ukraine-strikes-two-cities", _at(REMOTE, SHELLING, RU_ARMY, _civ("Ukraine"), "Ukraine", None, "Kryvyy Rih",
                                            1, "2025-03-11", 9)),
    _r("04-ukraine-strikes-two-cities", _at(REMOTE, AIR, RU_ARMY, _civ("Ukraine"), "Ukraine", None, "Nikopol", 1,
                                            "2025-03-12", 1), rid="04-ukraine-nikopol-driver"),
    _r("05-somalia-claim-and-denial", _at(BATTLE, CLASH, "Al Shabaab", "Military Forces of Somalia (2022-)",
                                          "Somalia", "Middle Shabelle", None, None, "2025-10-21", 10)),
    # the escorts killed are the soldiers who guarded the convoy: a battle, not civilians
    _r("06-burkina-convoy", _at(BATTLE, CLASH, None, BF_ARMY, "Burkina Faso", "Sahel", "Gorom-Gorom", None,
                                "2025-06-15", 27)),
    _r("07-pakistan-two-blasts", _at(REMOTE, IED, None, "Police Forces of Pakistan (2022-)", "Pakistan",
                                     "Balochistan", "Quetta", 1, "2025-08-12", 2)),
    _r("08-sudan-drone-and-shelling", _at(REMOTE, SHELLING, "RSF: Rapid Support Forces", _civ("Sudan"), "Sudan",
                                          "North Kordofan", "El Obeid", 1, "2025-05-12", 6)),
    # the rebel the troops killed in repelling the raid is the raid's dead too
    _r("09-colombia-eln", _at(BATTLE, CLASH, ELN, CO_ARMY, "Colombia", "Arauca", "Tame", 1, "2025-02-18", 3)),
    _r("10-myanmar-air-and-capture", _at(REMOTE, AIR, "Military Forces of Myanmar (2021-)", None, "Myanmar",
                                         "Sagaing", None, None, "2025-04-21", 18)),
    _r("10-myanmar-air-and-capture", _at(BATTLE, OVERTAKE, "KIA: Kachin Independence Army", None, "Myanmar",
                                         "Kachin"), rid="10-myanmar-capture"),
    # the police who fought back are not the raid's doers
    _r("11-haiti-gangs", _at(VAC, ATTACK, GANG_HT, _civ("Haiti"), "Haiti", "Ouest", "Arcahaie", 1, "2025-11-02", 9)),
    _r("12-yemen-strikes", _at(REMOTE, AIR, "Military Forces of the United States (2025-)", None, "Yemen", None, None,
                               None, "2025-04-01", 4)),
    _r("13-mozambique-raid-and-beheading", _at(VAC, ATTACK, "Islamic State (Mozambique)", _civ("Mozambique"),
                                               "Mozambique", "Cabo Delgado", None, 1, "2025-09-20", 2)),
    _r("13-mozambique-raid-and-beheading", _at(BATTLE, CLASH, "Islamic State (Mozambique)",
                                               "Police Forces of Mozambique (2025-)", "Mozambique", "Cabo Delgado",
                                               "Miangalewa", None, "2025-09-22", 3), rid="13-mozambique-ambush"),
    _r("14-iraq-ied", _at(REMOTE, IED, None, None, "Iraq", "Baghdad", None, None, "2025-01-14", 3)),
    _r("14-iraq-ied", _at(STRATEGIC, ARRESTS, "Military Forces of Iraq (2022-)", None, "Iraq", None, None, None,
                          "2025-01-15", 0), rid="14-iraq-arrests"),
    _r("15-india-maoists", _at(BATTLE, CLASH, "Military Forces of India (2014-)", None, "India", "Chhattisgarh",
                               "Sukma", None, "2025-03-25", 16)),
    _r("15-india-maoists", _at(VAC, ATTACK, None, _civ("India"), "India", "Chhattisgarh", "Bijapur", None,
                               "2025-03-25", 1), rid="15-india-headman"),
]


test_the_report_makes_the_coders_record = coders_record_test(RECORDS)


NOT_RECORDS = [
    _n("03-drc-adf-toll-rises", _at(None, None, None, None, DRC, status=None), 1, rid="03-drc-one-record"),
    _n("04-ukraine-strikes-two-cities", _at(None, None, None, _civ("Russia"), status=None), 0,
       rid="04-ukraine-no-russian-civilians"),
    _n("06-burkina-convoy", _at(VAC, status=None), 0, rid="06-burkina-no-civilians"),
    _n("11-haiti-gangs", _at(None, None, "Police Forces of Haiti (2024-)", _civ("Haiti"), status=None), 0,
       rid="11-haiti-police-no-attackers"),
    _n("14-iraq-ied", _at(BATTLE, status=None), 0, rid="14-iraq-search-no-battle"),
]


test_the_report_makes_no_record_a_coder_would_not = no_such_record_test(NOT_RECORDS)


# The general patterns of this stop, in one report each (published 2025-04-09, a Wednesday):
# (text, the record's fields or None for no record at all of that kind).
WORDINGS = [
    # the speaker of 'X said' is no doer of a fight the parser hung on 'said'
    _s("Fighting between two clan militias over grazing rights killed six herders near Galkayo on Sunday, a local "
       "chief said.", _at(BATTLE, CLASH, "Unidentified Clan Militia (Somalia)", "Unidentified Clan Militia (Somalia)",
                          "Somalia", None, None, None, "2025-04-06", 6), "so-clans-speaker"),
    # 'between two X' names the kind of both sides, a fight that kills told as the doer
    _s("Clashes between two rival gangs killed five people in the Delmas district of Port-au-Prince on Sunday.",
       _at(BATTLE, CLASH, GANG_HT, GANG_HT, "Haiti", None, None, None, "2025-04-06", 5), "ht-two-gangs"),
    # 'fighting erupted between A and B, killing N': the sides hang on the onset verb
    _s("Heavy fighting erupted between M23 rebels and Wazalendo militias near Rubaya on Monday, killing 11 people.",
       _at(BATTLE, CLASH, "M23: March 23 Movement", "Wazalendo", DRC, None, None, None, "2025-04-07", 11),
       "cd-fighting-erupted-between"),
    # a vessel taken with its crew is an abduction; its cargo alone is looting
    _s("Pirates hijacked a fishing trawler off Eyl on Monday and took its crew hostage.",
       _at(VAC, ABDUCTION, None, _civ("Somalia"), "Somalia", None, None, None, "2025-04-07", 0), "so-trawler-crew"),
    _s("Militants seized a cargo dhow off Mocimboa da Praia on Monday and forced its crew to steer it north.",
       _at(VAC, ABDUCTION, None, _civ("Mozambique"), "Mozambique", None, None, None, "2025-04-07"), "mz-dhow-crew"),
    _s("Gunmen seized a boat carrying charcoal near Pemba on Monday.",
       _at(STRATEGIC, "Looting/property destruction", None, None, "Mozambique"), "mz-boat-cargo"),
    # a count opening the lead after the dateline's dash, tagged a name
    _s("NIAMEY, April 9 (AFP) - Eleven Nigerien soldiers were killed when jihadists ambushed their convoy near "
       "Ayorou on Monday, the army said.",
       _at(BATTLE, CLASH, None, "Military Forces of Niger (2023-)", "Niger", None, None, None, "2025-04-07", 11),
       "ne-dateline-count"),
    # a 'follow-up operation' is an incident of its own, its dead not the bomb's
    _s("A roadside bomb killed four soldiers near Bannu on Monday. Troops later killed two militants in a follow-up "
       "operation, the army said.", _at(REMOTE, IED, None, None, "Pakistan", None, None, None, "2025-04-07", 4),
       "pk-follow-up-operation"),
    # the toll from an indefinite attack tells the attack; 'rose ... on Wednesday' is the toll's day
    _s("The death toll from a rebel attack on a market in Beni rose to 19 on Tuesday, officials said. The rebels "
       "raided the market early on Sunday, hacking traders with machetes.",
       _at(VAC, ATTACK, None, _civ(DRC), DRC, "Nord-Kivu", "Beni", None, "2025-04-06", 19), "cd-toll-from-an-attack"),
    # 'its driver' after 'a bus' is the bus's, not the Russian missile's
    _s("A Russian missile hit a bus in the city of Sumy on Monday evening, killing its driver, officials said.",
       _at(REMOTE, SHELLING, RU_ARMY, _civ("Ukraine"), "Ukraine", None, None, None, "2025-04-07", 1), "ua-its-driver"),
    # the escorts of a convoy are the side it belonged to
    _s("Jihadists ambushed a fuel convoy escorted by gendarmes near Fada N'Gourma on Monday, killing six of the "
       "escorts.", _at(BATTLE, CLASH, None, "Police Forces of Burkina Faso (2022-)", "Burkina Faso", None, None, None,
                       "2025-04-07", 6), "bf-convoy-escorts"),
    # a search operation that only arrested is arrests
    _s("Soldiers launched a search operation in the district on Monday and arrested six suspects, police said.",
       _at(STRATEGIC, ARRESTS, status=None), "xx-search-operation-arrests"),
    # the police who fought back do not replace the unnamed gang that raided
    _s("Gang members burned houses and killed six people in the town of Cabaret on Monday. Police fought back and two "
       "of the attackers were killed, an official said.",
       _at(VAC, ATTACK, GANG_HT, _civ("Haiti"), "Haiti", None, None, None, "2025-04-07", 8), "ht-police-fought-back"),
    # a lead that sums the villages it names after ('attacked two villages, killing 40'): each
    # village its own toll, the lead's sum on none (the whole report folded into the first one)
    _s("Jihadists attacked two villages in the Tillaberi region on Sunday, killing 40 people, officials said. In "
       "Ayorou, gunmen on motorbikes shot dead 15 men. In Bankilare, they killed 25 people and burned granaries.",
       _at(VAC, ATTACK, None, _civ("Niger"), "Niger", "Tillaberi", "Ayorou", None, "2025-04-06", 15),
       "ne-two-villages-first"),
    _s("Jihadists attacked two villages in the Tillaberi region on Sunday, killing 40 people, officials said. In "
       "Ayorou, gunmen on motorbikes shot dead 15 men. In Bankilare, they killed 25 people and burned granaries.",
       _at(VAC, ATTACK, None, _civ("Niger"), "Niger", "Tillaberi", "Bankilare", None, "2025-04-06", 25),
       "ne-two-villages-second"),
    _s("Gunmen attacked several villages near Bankass on Sunday, killing 30 people. Among the dead were ten children.",
       _at(VAC, ATTACK, None, _civ("Mali"), "Mali", None, None, None, "2025-04-06", 30), "ml-several-villages-toll"),
    # the police who shot back are the other side of the men who shot at them
    _s("Police officers were patrolling a coffee estate near Ahuachapan on Monday when unidentified armed men walked "
       "up and began shooting at them. The police shot back and two of the armed men were killed.",
       _at(BATTLE, CLASH, "Unidentified Armed Group (El Salvador)", "Police Forces of El Salvador (2019-)",
           "El Salvador", None, None, None, "2025-04-07", 2), "sv-police-shot-back"),
    # 'shot dead N ... and abducted M': an attack whose dead are its toll, not an abduction
    _s("Gunmen shot dead nine farmers and abducted 20 women in Tsafe on Monday.",
       _at(VAC, ATTACK, None, _civ("Nigeria"), "Nigeria", None, None, None, "2025-04-07", 9), "ng-shot-dead-and-abducted"),
    # 'killed two of the rebels' counts the raid's attackers: their dead add up
    _s("Rebels attacked an army post near Tame on Monday, killing three soldiers. The army said troops repelled the "
       "attack and killed two of the rebels.",
       _at(BATTLE, CLASH, None, CO_ARMY, "Colombia", None, None, None, "2025-04-07", 5), "co-rebels-dead-add"),
]


@pytest.mark.parametrize(("text", "want"), WORDINGS)
def test_the_wording_makes_the_coders_record(pipeline, text, want):
    assert_row(event_records(pipeline, text, "2025-04-09"), want)


# Wordings that make no record of a kind: (text, fields of such records).
NO_RECORDS = [
    # a place under a blockade is besieged, no crowd's protest
    _s("Jihadists killed four traders near Arbinda on Monday. The town has been under a blockade by the group since "
       "2023.", _at(PROTESTS, status=None), "bf-under-blockade"),
    # a car bomb at the gate of a post overrun is part of the assault, not a blast of its own
    _s("Jihadists stormed an army post near Arbinda on Monday, and nine soldiers were killed in the fighting. The "
       "attackers first blew up a car packed with explosives at the gate, a source said.", _at(REMOTE, status=None),
       "bf-car-bomb-then-storming"),
]


@pytest.mark.parametrize(("text", "want"), NO_RECORDS)
def test_the_wording_makes_no_such_record(pipeline, text, want):
    assert_at_most(event_records(pipeline, text, "2025-04-09"), want, 0)

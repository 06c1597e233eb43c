"""Short reports of stop 37 (x), written here, for the geography the strict xfails of
earlier stops named: a town written with its article run into a short name ("Elwak",
"Elbur": the gazetteer's El Wak and Ceel Buur), a town named in apposition to a seat
("the regional capital X" with X tagged an organisation), a nationality after a comma
("In the X region, Russian shelling of ...": no container of the region), a commune
described in apposition ("X, a rural commune in the Y department": X, not Y); and a
branch's region read as a place ("Islamic State Khorasan Province": no Khorasan in Helmand),
the end of a journey ("The bus was travelling from X to Y when ... opened fire": no record
at Y). Each report is checked for the place a coder would give its record (country,
province, location), or for a province or town none of its records may have. Last, armed
groups the actor dictionary lacked (Shining Path, Wazalendo, Viv Ansanm) are a side of the
record."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

PLACE = ("country", "admin1", "location")

REPORTS = [
    pytest.param(
        "Gunmen opened fire on a police patrol near Elwak in Kenya's Mandera county on Sunday, "
        "killing two officers, a county police commander said.",
        ("Kenya", "Mandera", "El Wak"), id="glued-elwak",
    ),
    pytest.param(
        "Militants stormed an army outpost in Elbur, in central Somalia, on Thursday and "
        "killed four soldiers before withdrawing, a local elder said.",
        ("Somalia", "Galgaduud", "Ceelbuur"), id="glued-elbur",
    ),
    pytest.param(
        "Somali police said on Saturday that in the regional capital Dhusamareb, a grenade "
        "thrown into a tea shop on Friday evening wounded six customers.",
        ("Somalia", "Galgaduud", "Dhuusamarreeb"), id="regional-capital-appositive",
    ),
    pytest.param(
        "In the Zaporizhzhia region, Russian shelling of the village of Stepnohirsk wounded two "
        "women on Friday, the regional governor said.",
        ("Ukraine", "Zaporizhia", "Stepnohirsk"), id="nationality-after-comma",
    ),
    pytest.param(
        "Suspected jihadists killed seven villagers in an attack on Kokorou, a rural commune in "
        "the Tera department of Niger, on Saturday, a local official said.",
        ("Niger", "Tillaberi", "Kokoro"), id="commune-in-department",
    ),
]


@pytest.mark.parametrize(("text", "want"), REPORTS)
def test_the_record_is_placed_where_a_coder_would(pipeline, text, want):
    records = event_records(pipeline, text, "2025-05-12")
    rows = [tuple(getattr(e, f) for f in PLACE) for e in records]
    assert want in rows, rows


# A report and a province (or a town) its records must not be placed in.
NOT_THERE = [
    pytest.param(
        "KABUL, May 12 - Fighters of Islamic State Khorasan Province ambushed a Taliban patrol on "
        "Sunday, killing four, the group said in a statement.",
        ("Afghanistan", "Helmand"), id="branch-name-province",
    ),
    pytest.param(
        "Bandits killed nine passengers when they attacked a bus near Gusau in Zamfara state on "
        "Sunday, police said. The bus was travelling from Gusau to Tsafe when the attackers "
        "opened fire, a survivor said.",
        ("Nigeria", "Zamfara", "Tsafe"), id="journey-destination",
    ),
]


@pytest.mark.parametrize(("text", "unit"), NOT_THERE)
def test_no_record_is_placed_in_a_name_of_a_party(pipeline, text, unit):
    records = event_records(pipeline, text, "2025-05-12")
    assert records and all(tuple(getattr(e, f) for f in PLACE[: len(unit)]) != unit for e in records), [
        (e.country, e.admin1, e.location) for e in records
    ]


# A report and the side a coder would name: groups the actor dictionary lacked.
SIDES = [
    pytest.param(
        "Shining Path remnants ambushed an army patrol near Pichari in Peru's Cusco region on "
        "Tuesday, killing one soldier, the armed forces command said.",
        "Shining Path", id="actor-shining-path",
    ),
    pytest.param(
        "Wazalendo fighters attacked M23 positions around Sake in North Kivu on Friday, and the "
        "fighting killed five combatants, local sources said.",
        "Wazalendo", id="actor-wazalendo",
    ),
    pytest.param(
        "Members of the Viv Ansanm gang coalition torched a police station in Mirebalais, Haiti, "
        "on Monday and freed dozens of inmates, the police said.",
        "Viv Ansanm", id="actor-viv-ansanm",
    ),
]


@pytest.mark.parametrize(("text", "side"), SIDES)
def test_the_group_is_a_side_of_the_record(pipeline, text, side):
    records = event_records(pipeline, text, "2025-05-12")
    assert any(side in (e.actor1, e.actor2) for e in records), [(e.actor1, e.actor2) for e in records]

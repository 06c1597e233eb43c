"""Reports of stop 36 (dup36), written here: one real incident makes one record. A report
tells its incident over several sentences (the lead with its day and place, the defenders'
account, the toll); each of those sentences is the same incident, not another record.

Wordings that made a second record before: 'drove the attackers back after five hours of
fighting' (the length of the fight read as a day counted back from publication: a second
battle, a day after the lead's, at the province, with the whole toll; with that fixed, 'clashes
that killed 11 fighters on both sides' read as the attackers' own dead, added to the next
sentence's 'seven rebels and four soldiers', and a car bomb among civilians turned into a
battle by the gunmen's fight with the police that followed it); 'Fighting broke out
near X on Wednesday. Rebels attacked army positions at the village of Y, a few kilometres
east of X' and 'Troops clashed with rebels in X on Tuesday. The fighting began when ... in Y'
(the next sentence, with no day of its own, that places the lead's incident a few km away:
a second record at Y; now the one record, at the finer place, with the sides the detail
names)."""

from __future__ import annotations

import pytest

from tests.wire_reports import BATTLE, CLASH, IED, REMOTE, event_records, record_row, row_fits

SOMALIA, SHABAAB = "Military Forces of Somalia (2022-)", "Al Shabaab"

pytestmark = pytest.mark.slow

FIELDS = (
    "event_type", "sub_event_type", "country", "admin1", "location", "geo_precision", "event_date",
    "fatalities", "status",
)


def _rows(pipeline, text: str, published: str) -> list[tuple]:
    return [record_row(e, FIELDS) for e in event_records(pipeline, text, published) if e.status == "new"]


# (published, report, the one news record)
ONE_RECORD = [
    # a count of hours after 'after', 'for', 'during': how long the fight lasted, not when
    pytest.param(
        "2025-03-11",
        "Militants attacked a police station in Bama, in Nigeria's Borno state, on Sunday, a police "
        "spokesman said. The officers drove the attackers back after five hours of fighting around the "
        "station, and four policemen were killed, he said.",
        (BATTLE, CLASH, "Nigeria", "Borno", "Bama", 1, "2025-03-09", 4, "new"),
        id="hours-after",
    ),
    pytest.param(
        "2025-03-14",
        "Gunmen stormed an army post in Mali's Segou region on Wednesday, the army said. Troops "
        "repelled the assailants after several hours of heavy clashes, killing 15 of them, it said.",
        (BATTLE, CLASH, "Mali", "Segou", None, None, "2025-03-12", 15, "new"),
        id="several-hours",
    ),
    pytest.param(
        "2025-03-14",
        "Rebels attacked the town of Kalehe in South Kivu on Tuesday, local officials said. Soldiers "
        "fought them for six hours before the rebels withdrew, and nine fighters were killed, the officials said.",
        (BATTLE, CLASH, "Democratic Republic of Congo", "Sud-Kivu", None, None, "2025-03-11", 9, "new"),
        id="for-hours",
    ),
    # the fighters 'on both sides' are every side's dead, which the next sentence splits
    pytest.param(
        "2025-03-14",
        "Rebels attacked army positions near Kalehe in South Kivu on Tuesday, sparking clashes that "
        "killed 11 fighters on both sides, local officials said. Soldiers drove the rebels back after "
        "several hours of fighting, an army officer said, adding that seven rebels and four soldiers "
        "were killed.",
        (BATTLE, CLASH, "Democratic Republic of Congo", "Sud-Kivu", "Kalehe", 2, "2025-03-11", 11, "new"),
        id="both-sides-toll",
    ),
    # a bomb among civilians, then the gunmen fight the police: the bombing, one record
    pytest.param(
        "2025-03-14",
        "Militants detonated a car bomb outside a restaurant in Mogadishu on Wednesday evening, killing "
        "12 people, police said. Gunmen then fought the police inside the building for several hours "
        "before they were shot dead, a police officer said.",
        (REMOTE, IED, "Somalia", "Banadir", "Mogadishu", 1, "2025-03-12", 12, "new"),
        id="bomb-then-fight",
    ),
    # the next sentence tells where, a few km from the lead's place, the incident happened
    pytest.param(
        "2025-03-14",
        "Heavy fighting broke out between Somali troops and Al Shabaab militants near Afgooye in the "
        "Lower Shabelle region on Wednesday, officials said. Al Shabaab fighters attacked army "
        "positions at the village of Lafoole, a few kilometres east of Afgooye, a local commander "
        "said. Five soldiers were killed, he said.",
        (BATTLE, CLASH, "Somalia", "Lower Shabelle", "Lafoole", 1, "2025-03-12", 5, "new"),
        id="near-then-village",
    ),
    pytest.param(
        "2025-03-14",
        "Ukrainian forces fought Russian troops near Pokrovsk in the Donetsk region on Wednesday, the "
        "general staff said. Russian assault units attacked Ukrainian positions at Myrnohrad, east of "
        "Pokrovsk, it said. Seven soldiers were killed.",
        (BATTLE, CLASH, "Ukraine", "Donetsk", "Myrnohrad", 1, "2025-03-12", 7, "new"),
        id="near-then-town",
    ),
    pytest.param(
        "2025-03-14",
        "Ukrainian troops clashed with Russian forces in Kupiansk in the Kharkiv region on Tuesday, "
        "leaving four soldiers dead, the regional governor said. The fighting began when Russian assault "
        "groups stormed positions in Kupiansk-Vuzlovyi, a military spokesman said.",
        (BATTLE, CLASH, "Ukraine", "Kharkiv", "Kupyansk", 1, "2025-03-11", 4, "new"),
        id="the-fighting-began",
    ),
]


def test_the_detail_names_the_side_the_lead_left_unnamed(pipeline):
    text = (
        "Fighting broke out between Somali troops and militants near Afgooye in the Lower Shabelle "
        "region on Wednesday, officials said. Al Shabaab fighters attacked army positions at the "
        "village of Lafoole, a few kilometres east of Afgooye, a local commander said."
    )
    records = [e for e in event_records(pipeline, text, "2025-03-14") if e.status == "new"]
    assert [(e.actor1, e.actor2, e.location) for e in records] == [(SHABAAB, SOMALIA, "Lafoole")]


# A place nearby told with a day of its own is another incident.
TWO_RECORDS = [
    pytest.param(
        "2025-03-14",
        "Heavy fighting broke out between Somali troops and Al Shabaab militants near Afgooye in the "
        "Lower Shabelle region on Tuesday, officials said. On Thursday, Al Shabaab fighters attacked "
        "army positions at the village of Lafoole, a few kilometres east of Afgooye.",
        ["Afgooye", "Lafoole"],
        id="nearby-another-day",
    ),
]


@pytest.mark.parametrize(("published", "text", "places"), TWO_RECORDS)
def test_a_nearby_place_on_another_day_is_another_record(pipeline, published, text, places):
    records = [e for e in event_records(pipeline, text, published) if e.status == "new"]
    assert [e.location for e in records] == places


@pytest.mark.parametrize(("published", "text", "want"), ONE_RECORD)
def test_one_incident_makes_one_news_record(pipeline, published, text, want):
    rows = _rows(pipeline, text, published)
    assert len(rows) == 1 and row_fits(rows[0], want), (want, rows)

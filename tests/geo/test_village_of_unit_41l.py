"""A province's name before a word for a small settlement ("a Kano village", "kills 15 in
Bago village") names the province the village lies in, not the province's seat city: a city
of hundreds of thousands is no village. The record is the province's (precision 3), and a
headline so worded joins the body's record of the same raid instead of standing beside it
at the city. The city itself ("in Kano", "Kano town") stays the city."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records, record_row

pytestmark = pytest.mark.slow
FIELDS = ("country", "admin1", "location", "geo_precision", "fatalities")


def _rows(pipeline, text: str) -> list[tuple]:
    return [record_row(e, FIELDS) for e in event_records(pipeline, text, "2025-05-12") if e.status == "new"]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Gunmen raided a Kano village on Sunday and killed six farmers, police said.", "Kano"),
        ("Bandits killed nine herders in Sokoto village overnight, residents said on Monday.", "Sokoto"),
        ("An army air strike on a Bago village killed seven civilians on Saturday, a local group said.", "Bago"),
    ],
    ids=["a-kano-village", "in-sokoto-village", "a-bago-village"],
)
def test_a_province_named_before_village_is_the_province(pipeline, text, admin1):
    rows = _rows(pipeline, text)
    assert rows and all(r[1] == admin1 and r[3] == 3 for r in rows), rows


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Gunmen killed six traders in Kano on Sunday, police said.", "Kano"),
        ("Gunmen killed six traders in Kano town on Sunday, police said.", "Kano"),
    ],
    ids=["in-kano", "kano-town"],
)
def test_the_city_itself_stays_the_city(pipeline, text, admin1):
    rows = _rows(pipeline, text)
    assert rows and all(r[1] == admin1 and r[3] == 1 for r in rows), rows


HEADLINED = (
    "Bandits kill 11 in Katsina village\n\n"
    "Armed bandits on motorcycles killed 11 people in a night raid on Yantumaki village in "
    "Danmusa local government area of Katsina State, police said on Monday.\n"
)


def test_a_headline_so_worded_joins_the_bodys_record(pipeline):
    rows = _rows(pipeline, HEADLINED)
    assert len(rows) == 1, rows
    assert rows[0][1] == "Katsina" and rows[0][4] == 11, rows

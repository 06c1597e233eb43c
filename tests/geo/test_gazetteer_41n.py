"""Places of stop 41 the gazetteer lacked (issue 12, Must 5), each a sourced row of
supplement.csv or other_names.csv, read in wordings written here: a Bajaur tehsil, the Zap
area of Duhok, a Maguindanao municipality, and a Middle Shabelle town spelled as in Arabic."""

from __future__ import annotations

import pytest

from tests.wire_reports import assert_row, event_records, wording_param

pytestmark = pytest.mark.slow

_s = wording_param


def _at(country: str, location: str, precision: int | None) -> tuple:
    return (None, None, None, None, country, None, location, precision, None, None, None)


WORDINGS = [
    _s("A drone strike hit a house in the Mamund tehsil of Bajaur on Tuesday, killing two men.",
       (_at("Pakistan", "Mamund", 2), (34.79, 71.41)), "pk-mamund-tehsil"),
    _s("Turkish jets bombed suspected PKK hideouts in the Zap region of Duhok on Tuesday.",
       (_at("Iraq", "Zap", None), (37.31, 43.55)), "iq-zap-region"),
    _s("Soldiers clashed with gunmen in Datu Hoffer Ampatuan, Maguindanao, on Tuesday, leaving three dead.",
       (_at("Philippines", "Datu Hoffer Ampatuan", 2), (6.88, 124.46)), "ph-datu-hoffer"),
    _s("Al-Shabaab fighters attacked a police post in Bal'ad, north of Mogadishu, on Tuesday, killing four.",
       (_at("Somalia", "Balcad", 1), (2.36, 45.39)), "so-balad"),
]


@pytest.mark.parametrize(("text", "want"), WORDINGS)
def test_the_new_row_places_the_record(pipeline, text, want):
    row, near = want
    assert_row(event_records(pipeline, text, "2025-04-09"), row, near)

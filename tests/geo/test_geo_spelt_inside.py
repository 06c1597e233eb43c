"""A name no gazetteer row holds as written, put by the report in a province or district
the gazetteer knows, is that unit's own town spelt another way (`sitroom.geo.spelt_inside`):
the record is at the town (precision 1, or 2 "near" it), not at the province's seat. A name
no town of the unit resembles still falls back to the unit."""

from __future__ import annotations

import pytest

from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Hit
from sitroom.geo.spelt_inside import folded, spelt_inside
from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

REPORTS = [
    # exact namesakes of "Bara" lie in Congo, Chad and Ethiopia; Idleb's town is Barah
    ("On Friday artillery fire hit Bara, Idleb, wounding two farmers.", ("Barah", "Idleb", 1)),
    # no row spells "Ftireh": Idleb's Fatirah, near it
    ("Two shepherds were wounded when a shell landed near Ftireh (Idleb) on Monday.", ("Fatirah", "Idleb", 2)),
    # Gadabay district's Geyalli, not the district's point
    ("Armenian troops fired on Azerbaijani army posts at Goyali, Gadabay, on Sunday night.",
     ("Geyalli", "Gadabay", 1)),
    # one Kamenka of the many an oblast has, among a whole province's towns: too weak a likeness
    ("Separatist gunners shelled army trenches near Kamyanka, Donetsk, on Tuesday.", ("Donetsk", "Donetsk", 3)),
    # a village no town of Idleb resembles stays at the province's seat
    ("Gunmen burned several houses in Zorblattiye village in Idleb on Saturday.", ("Idleb", "Idleb", 3)),
]


@pytest.mark.parametrize(("text", "want"), REPORTS, ids=[w[0] for _, w in REPORTS])
def test_town_spelt_another_way_inside_its_unit(pipeline, text, want):
    records = event_records(pipeline, text + "\n", "2024-05-14")
    got = [(e.location, e.admin1, e.geo_precision) for e in records]
    assert want in got, got


def test_folded_spellings():
    assert folded("Gal Hareeri") == folded("Galhareeri")
    assert folded("Troyits'ke") == folded("Troyitske")


def test_no_reading_outside_a_unit():
    """A country holds no towns to read a spelling among; a unit the text names ("X
    district") is no town; a short name is never read by a near spelling."""
    country = Hit(0, "Syria", "A", "PCLI", "SY", "", "", "", 35.0, 38.0, 0, 3, "t")
    province = Hit(0, "Idleb", "A", "ADM1", "SY", "Idleb", "", "", 35.8, 36.7, 0, 3, "t")
    village, district = Mention("Ftireh", 0, 6), Mention("Ftireh", 0, 6, kind="district")
    assert spelt_inside(village, "Ftireh", country, None) == []  # (the gazetteer is never asked)
    assert spelt_inside(district, "Ftireh", province, None) == []
    assert spelt_inside(village, "Bar", province, None) == []

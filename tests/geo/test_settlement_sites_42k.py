"""A name written as a village, town or city is read as no site (an airport, a base) by a
loose spelling: an unknown village falls back to the unit the text names. Our own
sentences; the village names are invented."""

from __future__ import annotations

import pytest

from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import open_gazetteer
from sitroom.geo.named import no_sites_for_settlements
from tests.wire_reports import event_records

pytestmark = pytest.mark.slow


def test_an_unknown_village_is_not_an_airport_of_a_like_name(pipeline):
    text = "Gunmen raided Lawantu village in Gombe State on Sunday and killed three herders, police said."
    records = event_records(pipeline, text, "2025-05-12")
    assert records and all(e.location == "Gombe" and e.geo_precision == 3 for e in records), [
        (e.location, e.geo_precision) for e in records
    ]


def test_only_a_settlement_word_refuses_sites():
    gaz = open_gazetteer()
    airport = list(gaz.lookup("Gombe Lawanti International Airport"))
    town = [h for h in gaz.lookup("Gombe") if h.fclass == "P"]
    assert airport and town
    village = Mention("Lawantu", 0, 7, kind="village")
    assert no_sites_for_settlements(village, airport + town) == town
    assert no_sites_for_settlements(Mention("Lawanti", 0, 7, kind="base"), airport) == airport

"""A name written as a village, town or city is read as no site (an airport, a base) by a
loose spelling: an unknown village falls back to the district the text names. Our own
sentences; the village names are invented."""

from __future__ import annotations

import pytest

from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import open_gazetteer
from sitroom.geo.named import no_sites_for_settlements
from tests.wire_reports import event_records

pytestmark = pytest.mark.slow


def test_an_unknown_village_is_not_an_airport_of_a_like_name(pipeline):
    text = (
        "Armed herders attacked Kagowon village in Jos South on Saturday night, burning homes "
        "and killing four farmers, residents said."
    )
    records = event_records(pipeline, text, "2025-05-12")
    assert records and all(e.location == "Jos South" and e.geo_precision == 2 for e in records), [
        (e.location, e.geo_precision) for e in records
    ]


def test_only_a_settlement_word_refuses_sites():
    gaz = open_gazetteer()
    airport = list(gaz.lookup("Yakubu Gowon Airport"))
    town = [h for h in gaz.lookup("Jos") if h.fclass == "P"]
    assert airport and town
    village = Mention("Kagowon", 0, 7, kind="village")
    assert no_sites_for_settlements(village, airport + town) == town
    assert no_sites_for_settlements(Mention("Gowon", 0, 5, kind="base"), airport) == airport

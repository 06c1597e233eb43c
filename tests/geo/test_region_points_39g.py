"""An event known only to lie in a composite region (`composite_regions.csv`) stays at the
region's own point, not at the seat of the province it is filed under (`choice.at_seat`): such
a region is a few of the province's districts, and the province's seat may lie outside them.
Reports written here; they need a gazetteer built from this checkout (skipped on an older one)."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.geodesy import haversine_km

pytestmark = pytest.mark.slow

# text, (country, location), the region's point, the province seat it must not be moved to
REPORTS = [
    pytest.param("Militants attacked a checkpoint in Waziristan on Monday, killing three soldiers.", ("Pakistan", "Waziristan"), (32.62, 69.74), (34.01, 71.58), id="pakistan-waziristan-not-peshawar"),
]


@pytest.mark.parametrize(("text", "names", "own", "seat"), REPORTS)
def test_a_region_event_stays_at_the_region(gaz, pipeline, text, names, own, seat):
    from sitroom.model import Article

    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")
    found = [e for e in pipeline.extract(Article(text=text, source="probe", published=date(2024, 5, 1))) if e.record_kind == "event"]
    assert found, text
    event = found[0]
    assert (event.country, event.location, event.geo_precision) == (*names, 3)
    assert haversine_km(event.latitude, event.longitude, *own) < 10
    assert haversine_km(event.latitude, event.longitude, *seat) > 20


def test_the_build_writes_the_source_at_seat_reads():
    from sitroom.geo.build_db import Row
    from sitroom.geo.build_regions import region_rows
    from sitroom.geo.hit import COMPOSITE_SOURCE

    units = [Row(1, n, "A", "ADM2", "XX", 1.0, 1.0, 0, "P", "", "", 2, "t", [n]) for n in ("A", "B")]
    rec = {"name": "AB", "aliases": "", "country": "XX", "members": "A|B", "source": "s"}
    assert region_rows([rec], units)[0].source.startswith(COMPOSITE_SOURCE)

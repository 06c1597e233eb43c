"""Admin units and places the gazetteer lacked (stop 38): zones and districts no town is
linked to, placed at their seat (`build_wof.seat_rows`; the seat `unit_names.csv` names:
Horo Guduru at Shambu, Kesrouane at Jounieh), and curated rows of ``supplement.csv``
(Msayleh, Mboki, Pauk, the seat of Gopalganj). Each short report, written here, is placed at
the place it names: country, province, location as the gazetteer spells it, and ACLED's
precision code. They need a gazetteer built from this checkout (skipped on an older one)."""

from __future__ import annotations

import pytest

from sitroom.geodesy import haversine_km
from tests.geo.helpers import assert_placed

pytestmark = pytest.mark.slow

REPORTS = [
    pytest.param("2024-03-10", "Gunmen killed four farmers near a village in Horo Guduru Wollega zone on Sunday.", ("Ethiopia", "Oromia", "Horo Guduru", 2), id="ethiopia-horo-guduru"),
    pytest.param("2024-03-08", "Armed men abducted two traders in Kellem Wellega zone on Friday.", ("Ethiopia", "Oromia", "Kellem Wellega", 2), id="ethiopia-kellem-wellega"),
    pytest.param("2024-02-13", "An Israeli drone struck a car in Msayleh on Tuesday, killing two men.", ("Lebanon", "South", "Msayleh", 1), id="lebanon-msayleh"),
    pytest.param("2024-08-15", "Protesters clashed with police in Kesrouane district on Thursday; ten people were hurt.", ("Lebanon", "Mount Lebanon", "Keserwan District", 2), id="lebanon-kesrouane"),
    pytest.param("2024-04-03", "Rebels attacked the gendarmerie post in Mboki on Wednesday, killing a gendarme.", ("Central African Republic", "Haut-Mbomou", "Mboki", 1), id="car-mboki"),
    pytest.param("2024-06-15", "Junta jets bombed a market in Pauk on Saturday, killing five civilians.", ("Myanmar", "Magway", "Pauk", 1), id="myanmar-pauk"),
]


@pytest.mark.parametrize(("published", "text", "place"), REPORTS)
def test_report_is_placed_at_the_place_it_names(gaz, pipeline, published, text, place):
    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")
    assert_placed(pipeline, published, text, place)


def test_the_seat_of_gopalganj_is_the_district_town_not_its_namesake_in_madaripur(gaz, pipeline):
    """GeoNames' only Gopalganj of Bangladesh lies 35 km north-east of the district's seat."""
    if gaz.stale():
        pytest.skip("the built gazetteer predates these data files: run `sitroom gazetteer build`")
    from datetime import date

    from sitroom.model import Article

    text = "Police fired on protesters in Gopalganj, Bangladesh, on Wednesday, killing four people."
    article = Article(text=text, source="probe", published=date(2025, 7, 16))
    (event, *_) = [e for e in pipeline.extract(article) if e.record_kind == "event"]
    assert (event.country, event.location, event.geo_precision) == ("Bangladesh", "Gopalganj", 1)
    assert haversine_km(event.latitude, event.longitude, 23.005, 89.827) < 5

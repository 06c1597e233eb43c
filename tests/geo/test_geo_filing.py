"""A place the gazetteer files under a neighbouring province is reported in the province
whose outline holds its point: the one the text names, else (for a Who's On First row) the
one the outlines give. The coordinates stay where they were. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def place(pipeline):
    from sitroom.model import Article

    def run(text: str):
        events = [
            e
            for e in pipeline.extract(Article(text, published=date(2024, 5, 6)))
            if e.record_kind == "event"
        ]
        assert events, text
        return events[0]

    return run


def test_the_province_the_text_names_holds_a_county_filed_under_its_neighbour(place):
    # the gazetteer's county row carries Lakes; its point lies in Jonglei, as the text says
    event = place("Armed youths raided cattle camps in Duk county, Jonglei state, on Sunday.")
    assert (event.country, event.admin1, event.location) == ("South Sudan", "Jonglei", "Duk")


def test_a_town_filed_under_a_neighbour_takes_the_province_its_point_lies_in(place):
    # no province in the text: the row says Rakhine, the outlines say Chin
    event = place("Fighter jets bombed a market in Paletwa on Friday, killing five traders.")
    assert (event.admin1, event.location, event.geo_precision) == ("Chin", "Paletwa", 1)


def test_a_town_filed_under_the_capital_district_is_put_in_its_own_region(place):
    event = place("Militants fired mortars at an army camp in Balcad on Thursday.")
    assert (event.country, event.admin1, event.location) == ("Somalia", "Middle Shabelle", "Balcad")


def test_the_point_stays_where_the_row_puts_it(place):
    event = place("Fighter jets bombed a market in Paletwa on Friday, killing five traders.")
    assert (round(event.latitude, 1), round(event.longitude, 1)) == (21.3, 92.9)

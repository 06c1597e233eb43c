"""Provinces that conflict reports name in a form the gazetteer does not hold (a former
name, another romanisation, the French name): `sitroom/geo/data/other_names.csv` points
each at today's unit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.geo.helpers import resolve_names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Traders blocked a highway in the Chui region over unpaid wages.", "Chui region", ("Chuy", "KG")),
        ("Gunmen burned a market in the Extreme North region.", "Extreme North region", ("Far North", "CM")),
        ("Army jets bombed two villages in Karen State on Tuesday.", "Karen State", ("Kayin", "MM")),
        ("Troops torched houses in Irrawaddy region.", "Irrawaddy region", ("Ayeyarwady", "MM")),
        ("Tribal fighters seized an oil field in Shabwa.", "Shabwa", ("Shabwah", "YE")),
        ("Floodwater cut the coastal road in Hadramout.", "Hadramout", ("Hadramawt", "YE")),
        ("Two guards died in an ambush in Sistan-Baluchestan province.", "Sistan-Baluchestan province", ("Sistan and Baluchestan", "IR")),
        ("A militia shelled a farm in Salahuddin.", "Salahuddin", ("Sala al-Din", "IQ")),
    ],
)
def test_a_province_written_in_another_form_is_that_province(gaz, text, name, expected):
    mentions, _ = resolve_names(gaz, text, name)
    place = mentions[0].resolved
    assert place is not None and (place.name, place.cc) == expected


def test_a_region_named_by_its_countrys_direction_follows_the_article(gaz):
    """An Ohio village shares the name; the article's Lebanese officials choose (the
    South governorate, or the region of South and Nabatieh, `composite_regions.csv`)."""
    from sitroom.geo.mentions import mentions_from_spans
    from sitroom.geo.resolve import resolve_all
    from sitroom.geo.theatres import focused_context

    text = "An Israeli drone hit a car in South Lebanon, Lebanese officials said."
    start = text.index("South Lebanon")
    mentions = mentions_from_spans(text, [(start, start + len("South Lebanon"))])
    resolve_all(mentions, gaz, focused_context(mentions, gaz, text))
    place = mentions[0].resolved
    assert place is not None and place.cc == "LB" and place.fcode in ("ADM1", "REGION")

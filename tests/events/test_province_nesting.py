"""A province, then a town inside it: one incident, even where the gazetteer files the town
under the neighbouring province (the admin-1 outline decides). Sentences of my own."""

from datetime import date

from sitroom.events.incident import province_holds
from sitroom.model import Article, Event
from sitroom.outlines import country_units, one_province

PUB = date(2024, 5, 10)  # a Friday
IRAQ, NOWHERE = 368, 999
DIYALA_POINT = (33.75, 44.61)  # inside Diyala's outline
BORDER_TOWN = (34.28, 44.54)  # inside Diyala's outline, near the line with Salah al-Din
BAGHDAD_TOWN = (33.31, 44.36)  # inside Baghdad's outline


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
    assert one_province(IRAQ, DIYALA_POINT, BORDER_TOWN)
    assert not one_province(IRAQ, DIYALA_POINT, BAGHDAD_TOWN)
    assert not one_province(NOWHERE, DIYALA_POINT, BORDER_TOWN)  # no outline: no claim


def test_a_province_holds_a_town_filed_under_its_neighbour():
    province = event("Diyala", "Diyala", DIYALA_POINT)
    town = event("Salah al-Din", "Border Town", BORDER_TOWN, admin2="Some District")
    assert province_holds(province, town) and province_holds(town, province)
    far = event("Baghdad", "City Town", BAGHDAD_TOWN, admin2="Other District")
    assert not province_holds(province, far)


def test_two_specific_places_never_nest_by_outline():
    """A note's villages of one province on one day stay apart: neither is the province."""
    one = event("Diyala", "First Village", DIYALA_POINT, admin2="A District")
    two = event("Diyala", "Second Village", BORDER_TOWN, admin2="B District")
    assert not province_holds(one, two)
    district = event("Diyala", "A District", DIYALA_POINT, admin2="A District")
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

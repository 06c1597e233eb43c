"""Another name in brackets before a settlement word, and a town named after its township,
in containment chains (issue 12, Must 2), on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitroom.geo.chains import find_links
from tests.geo.helpers import events

pytestmark = pytest.mark.slow

TOWNSHIP = "Near Kanni Bridge, Ponnagyun Township, Sittwe District, in Rakhine State, troops and rebels clashed."
ALT_NAME = "Gunmen burned houses in the Kolwa (Qaziyan) village of Obe district, Herat on Monday."


def _links(gaz, text, spans=()):
    found = find_links(text, lambda n: bool(gaz.lookup(n)), list(spans))
    return {
        (text[lk.start : lk.end], lk.start): text[lk.container.start : lk.container.end]
        for lk in found
        if lk.container is not None
    }


def test_a_bracketed_other_name_before_village_of_is_not_the_container(gaz):
    links = _links(gaz, ALT_NAME)
    assert links[("Kolwa", ALT_NAME.index("Kolwa"))] == "Obe"
    assert ("Qaziyan", ALT_NAME.index("Qaziyan")) not in links
    assert links[("Obe", ALT_NAME.index("Obe"))] == "Herat"


def test_a_bracketed_container_still_holds_its_head(gaz):
    text = "Troops shelled Kolwa (Obe district, Herat) on Monday."
    assert _links(gaz, text)[("Kolwa", text.index("Kolwa"))] == "Obe"
    # a bracket before an admin word ("X (Y) district of Z") still chains X to Y
    text = "Jets struck hideouts in Kolwa (Obe) region of Herat overnight."
    assert _links(gaz, text)[("Kolwa", text.index("Kolwa"))] == "Obe"


def test_the_word_town_of_a_town_named_after_its_township_is_no_place(gaz):
    text = "A shell hit a house in Ponnagyun Town, Ponnagyun Township, Sittwe District, in Rakhine State."
    links = _links(gaz, text)
    assert ("Town", text.index("Town")) not in links
    assert links[("Ponnagyun", text.index("Ponnagyun"))] == "Ponnagyun"


def test_a_district_named_with_its_capitalized_word_is_read_once(gaz):
    start = TOWNSHIP.index("Ponnagyun")
    found = find_links(TOWNSHIP, lambda n: bool(gaz.lookup(n)), [(start, TOWNSHIP.index(",", start))])
    at = TOWNSHIP.index("Sittwe")
    assert {TOWNSHIP[lk.start : lk.end] for lk in found if lk.start == at} == {"Sittwe District"}
    # the tagger's "Ponnagyun Township" (no gazetteer row as a whole) is read as Ponnagyun
    assert {TOWNSHIP[lk.start : lk.end] for lk in found if lk.start == start} == {"Ponnagyun"}


@pytest.mark.parametrize(
    "text", [TOWNSHIP, "Troops and rebels clashed on Monday in Ponnagyun Township, Sittwe District, in Rakhine State."]
)
def test_a_township_named_after_its_town_places_the_event_there(run_geo, text):
    # the township itself is no gazetteer row; its seat town of the same name is
    (event,) = events(run_geo(text))
    assert (event.location, event.admin1) == ("Ponnagyun", "Rakhine")


def test_a_village_with_another_name_in_brackets_falls_in_its_district(run_geo):
    (event,) = events(run_geo(ALT_NAME))
    assert (event.location, event.admin1) == ("Obeh", "Herat")

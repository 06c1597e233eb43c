"""Place names spaCy tags as something else (a date, a title, a nationality, an
organisation): read as places when the words around them say so (`sitroom.geo.spans`).
Sentences written here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _places(ctx) -> list[str]:
    return [c.event.location for c in ctx.candidates]


def test_a_town_tagged_as_a_date_after_in_is_a_place(run_geo):
    ctx = run_geo("Traders in Aweday shut their shops in protest on Monday.")
    assert _places(ctx) == ["Aweday"]


def test_a_feast_tagged_as_a_date_is_no_place_whatever_village_bears_its_name(run_geo):
    ctx = run_geo("Two bombs went off in Jeddah in Ramadan.")
    (event,) = [c.event for c in ctx.candidates]
    assert event.location == "Jeddah"


def test_a_town_that_names_a_highway_places_the_blockade(run_geo):
    ctx = run_geo("Residents blocked the Babile highway for hours.")
    (event,) = [c.event for c in ctx.candidates]
    assert (event.country, event.location) == ("Ethiopia", "Babile")


def test_names_listed_after_a_shelled_town_are_places_too(run_geo, nlp):
    from sitroom.geo.spans import place_spans

    text = "Artillery shelled Pokrovsk, Samar and Vatutine overnight."
    found = {span.text for span, _ in place_spans(nlp(text), lambda name: True)}
    assert {"Pokrovsk", "Samar", "Vatutine"} <= found


def test_a_name_retaken_is_a_place_whatever_spacy_tagged_it(run_geo):
    ctx = run_geo("Soldiers retook Goof Guduud at dawn after the insurgents fled.")
    (event,) = [c.event for c in ctx.candidates]
    assert (event.country, event.location) == ("Somalia", "Goof Guduud")


def test_a_name_whose_first_word_spacy_cut_off_is_read_whole(nlp):
    from sitroom.geo.spans import place_spans

    text = "Two men were shot dead in southern Ras al Ain city on Friday."
    found = {span.text for span, _ in place_spans(nlp(text), lambda name: name == "Ras al Ain")}
    assert "Ras al Ain" in found


def _found(nlp, text: str) -> set[str]:
    from sitroom.geo.spans import place_spans

    return {span.text for span, _ in place_spans(nlp(text), lambda name: True)}


def test_a_list_a_shelling_takes_as_its_object_is_a_list_of_places(nlp):
    assert {"Arbinda", "Gorom-Gorom"} <= _found(nlp, "Artillery shelled Djibo, Arbinda and Gorom-Gorom.")


def test_names_listed_after_attacked_may_be_people(nlp):
    assert not {"Smith", "Jones", "Brown"} & _found(nlp, "Gunmen attacked Smith, Jones and Brown.")


def test_a_name_after_a_neighbourhood_of_is_a_place(nlp):
    from sitroom.geo.spans import place_spans

    text = "A car bomb went off in the northern neighbourhood of Quamishli at dusk."
    found = {span.text: weak for span, weak in place_spans(nlp(text), lambda name: name == "Quamishli")}
    assert found == {"Quamishli": False}


def test_a_province_named_with_its_kind_word_before_a_building_is_a_place(nlp):
    from sitroom.geo.spans import place_spans

    text = "Protesters gathered outside the Baalbek Governorate building at noon."
    found = {span.text for span, _ in place_spans(nlp(text), lambda name: name == "Baalbek")}
    assert "Baalbek Governorate" in found

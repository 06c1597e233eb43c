"""Which mention places the event when the text's own words settle it: a province read
by the actors' country, a province spelled another way, a chain of three links, a
country that is part of a firm's name. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def place(pipeline):
    """The first event of a one-line report, through the whole pipeline (the actors'
    countries come from the actor stage)."""
    from sitroom.model import Article

    def run(text: str):
        events = pipeline.extract(Article(text, published=date(2024, 5, 6)))
        assert events, text
        return events[0]

    return run


def test_province_named_alone_is_read_in_the_armys_country(place):
    # a hamlet abroad also goes by the province's name; the soldiers' country settles it
    event = place("Iraqi troops killed nine gunmen in Anbar on Sunday.")
    assert (event.country, event.admin1) == ("Iraq", "Anbar")


def test_second_province_named_alone_is_read_in_the_armys_country(place):
    event = place("Iraqi jets bombed a hideout in Nineveh overnight.")
    assert event.country == "Iraq"


def test_armies_abroad_still_place_a_town_outside_their_country(place):
    # "Turkish drones": the army acts abroad, the town keeps its own country
    event = place("Turkish drones struck a car near Sinjar on Monday.")
    assert event.country == "Iraq"


def test_province_spelled_another_way_beats_a_town_of_that_spelling(place):
    event = place("Gunmen killed two drivers in Arghandab district of Zabol province.")
    assert (event.country, event.admin1) == ("Afghanistan", "Zabul")


def test_town_of_that_spelling_stays_when_no_province_is_said(place):
    event = place("Gunmen killed two traders in Zabol, Iranian police said.")
    assert event.country == "Iran"


def test_three_link_chain_keeps_the_village_in_the_named_state(place):
    # the village and its district are unknown; its namesakes abroad are not it
    event = place("Raiders burned huts in Gama village in Kwalam LGA of Borno state.")
    assert (event.country, event.admin1) == ("Nigeria", "Borno")


def test_country_in_a_firms_name_does_not_place_the_event(place):
    event = place("A grenade damaged the branch of Bank Saderat Iran in Baalbek at night.")
    assert (event.country, event.location) == ("Lebanon", "Baalbek")


def test_country_ending_a_firms_name_frames_nothing(place):
    # no "in Y" chain here: the country still only ends the bank's or the station's name
    event = place("A rocket hit the road outside a branch of Bank Melli Iran on Tuesday night.")
    assert event.country != "Iran"
    event = place("Gunmen fired on the offices of Radio Free Iraq in the city centre.")
    assert event.country != "Iraq"


def test_compass_word_before_a_country_keeps_it_a_place(place):
    event = place("Gunmen killed four soldiers in Northern Iraq on Friday.")
    assert event.country == "Iraq"


def test_country_naming_people_is_no_place_however_parsed(place):
    # headline style: the small parser reads "pilgrims" as a verb; the country still only
    # says whose pilgrims they were
    event = place("Nine dead in Iraq bus bombing on Iran pilgrims: police.")
    assert event.country != "Iran"

"""Wordings of wire copy from conflicts the gold sets never show, each read as the place it
names: a descriptive word between a district's name and its kind word, Indonesia's
regencies, a militia's shelling across a border, a province named by an adjective of its
seat, the city a speaker talked from, a town that owns its outskirts, a distance from a
town with or without a bearing. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def place(pipeline):
    from sitroom.model import Article

    def run(text: str):
        found = pipeline.extract(Article(text, published=date(2024, 5, 6)))
        events = [e for e in found if e.record_kind == "event"]
        assert events, text
        return events[0]

    return run


def test_a_lower_case_word_the_tagger_took_into_a_district_name_is_left_out(place):
    event = place("Gunmen shot dead two farmers in Bandarban hill district on Sunday.")
    assert (event.country, event.location, event.geo_precision) == ("Bangladesh", "Bandarban", 2)


def test_a_descriptive_word_may_stand_between_a_district_and_its_kind_word(place):
    event = place("A roadside bomb hit a police van in the Kurram tribal district on Monday.")
    assert (event.admin1, event.location, event.geo_precision) == (
        "Khyber Pakhtunkhwa",
        "Kurram District",
        2,
    )


def test_a_regency_is_the_unit_not_a_village_of_its_name(place):
    # a Javanese village shares the regency's bare name
    event = place("Separatists attacked a police post in Puncak regency on Monday.")
    assert (event.admin1, event.geo_precision) == ("Papua Tengah", 2)


def test_a_lebanese_militia_fires_on_an_israeli_town(place):
    event = place("Hezbollah drones hit a house in Metula on Monday, the army said.")
    assert (event.country, event.location) == ("Israel", "Metula")


def test_a_yemeni_group_strikes_a_town_in_israel(place):
    event = place("A Houthi drone struck a hotel in Eilat on Friday.")
    assert (event.country, event.location) == ("Israel", "Eilat")


def test_a_province_named_by_its_seats_adjective_is_placed_at_that_town(place):
    # the gazetteer marks no capital for Russian oblasts: not the middle of the outline
    event = place("Drones attacked the Belgorod region overnight, the governor said.")
    assert (event.admin1, event.geo_precision) == ("Belgorodskaya oblast", 3)
    assert (round(event.latitude, 1), round(event.longitude, 1)) == (50.6, 36.6)


def test_the_city_a_speaker_talked_from_is_not_where_the_fighting_was(place):
    event = place(
        "Heavy fighting was reported on the western outskirts of Bakhmut on Sunday, "
        "the army said in Kyiv."
    )
    assert (event.location, event.admin1) == ("Bakhmut", "Donetsk")


def test_a_report_naming_only_the_speakers_city_claims_no_town(place):
    event = place("Militants ambushed a police patrol in a forest, officers said in Dantewada.")
    assert (event.admin1, event.geo_precision) == ("Chhattisgarh", 3)


def test_a_town_that_owns_its_outskirts_is_the_place(place):
    event = place("Shelling hit Bakhmut's eastern outskirts on Sunday, officials said in Kyiv.")
    assert (event.location, event.admin1) == ("Bakhmut", "Donetsk")


def test_a_distance_from_a_town_without_a_bearing_is_near_it(place):
    event = place("A drone hit a minibus about 15 km from Kramatorsk on Monday, killing two.")
    assert (event.location, event.geo_precision) == ("Kramatorsk", 2)


def test_a_town_some_distance_from_the_deed_is_no_launch_site(place):
    # "from" after a distance is where the target lies, not where the shells were fired from
    event = place("Shells fired from Horlivka struck a market 20 km from Kramatorsk.")
    assert (event.location, event.geo_precision) == ("Kramatorsk", 2)


def test_an_unknown_village_some_distance_from_a_town_is_near_that_town(place):
    event = place("Soldiers killed six militants in Dhamaal, a village 20 km from Baidoa, on Sunday.")
    assert (event.location, event.geo_precision) == ("Baidoa", 2)


def test_a_town_said_to_lie_some_distance_from_another_is_read_near_it(place):
    # a namesake in the next state is not the town 60 km west of El Fasher
    event = place("Militants attacked Tawila, a town 60 km west of El Fasher, on Monday.")
    assert (event.country, event.admin1) == ("Sudan", "North Darfur")


def test_a_town_near_the_border_with_a_country_is_not_its_namesake_in_that_country(place):
    event = place("Gunmen shot dead two police officers in Nogales, near the border with the "
                  "United States, on Friday.")
    assert (event.country, event.admin1) == ("Mexico", "Sonora")
    event = place("Tanks pushed into eastern Rafah on Friday, near the border with Egypt, "
                  "killing three people.")
    assert event.country == "Palestine"


def test_the_country_across_the_border_is_not_where_the_event_is(place):
    event = place("Fighting broke out in Kurmuk, near the border with Ethiopia, on Friday.")
    assert (event.country, event.location) == ("Sudan", "Kurmuk")


def test_a_known_town_some_distance_from_another_stays_where_it_is(place):
    event = place("A car bomb went off in Kismayo, 400 km from Mogadishu, on Friday, killing two.")
    assert (event.location, event.geo_precision) == ("Kismayo", 1)
    event = place("Rebels shelled Kadugli, some 250 miles from Khartoum, on Friday.")
    assert (event.location, event.geo_precision) == ("Kadugli", 1)

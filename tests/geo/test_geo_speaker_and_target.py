"""Issue 12, Must 6: the incident's place, not where the one reporting it is nor where the
fire came from. Sentences written here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def place(events):
    """The first event of a one-sentence report."""
    return lambda text: events(text)[0]


def test_speakers_city_is_not_the_place_of_what_they_report(place):
    event = place("Officials in Baghdad said Turkish jets bombed villages near Zakho on Sunday.")
    assert (event.admin1, event.geo_precision) == ("Dahuk", 2)


def test_speakers_city_stays_when_the_report_names_it_too(place):
    event = place("Police in Kano said gunmen killed three traders in Kano on Sunday.")
    assert event.admin1 == "Kano"


def test_town_hit_by_rockets_beats_where_they_were_fired_from(place):
    # spaCy leaves the town unlabelled; "hit" makes it the place attacked
    event = place("Rockets fired from Gaza hit Sderot on Monday, wounding three people.")
    assert event.country == "Israel"


def test_person_attacked_is_no_place(place):
    event = place("Gunmen attacked Ahmed and his brother in Kano on Friday.")
    assert event.admin1 == "Kano"


def test_what_missiles_strike_is_a_place_whatever_the_tagger_says(place):
    # the tagger takes the capital for a person after "struck", which also takes people
    event = place("Russian missiles struck Kiev on Tuesday, killing four people, officials said.")
    assert (event.location, event.country) == ("Kyiv", "Ukraine")


def test_a_name_set_beside_a_persons_noun_is_that_person(place):
    text = "Police fired tear gas at marchers on Friday, according to Madison, a local activist."
    event = place(text)
    assert event.location == "" and event.country == ""
    # ... and a place set beside a place's noun stays a place
    town = place("The strike hit Jackson, a farming town in Mississippi, on Friday.")
    assert town.admin1 == "Mississippi"


def test_a_name_written_with_its_article_is_the_town_that_bears_it(place):
    event = place("Protesters gathered outside a former minister's house in el Mina on Saturday.")
    assert (event.location, event.country) == ("El Mina", "Lebanon")


def test_police_named_by_nationality_act_in_their_own_country(place):
    event = place("Lebanese police arrested two men suspected of smuggling arms in Tripoli on Sunday.")
    assert event.country == "Lebanon"
    # a far bigger namesake abroad is still the place: "US officials" speak of the world
    other = place("US officials said a car bomb exploded in Tripoli on Sunday, killing two.")
    assert other.country == "Libya"

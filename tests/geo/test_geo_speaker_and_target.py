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

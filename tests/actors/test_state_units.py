"""Units of a state's forces that reports name by their own name: "NDS agents" are the
Afghan republic's intelligence service, "ALP" its village police. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date


def test_the_intelligence_service_of_the_old_afghan_state_is_its_unit(dictionary):
    found = dictionary.mentions("three NDS agents", "Afghanistan", date(2020, 3, 9))
    assert [m.actor.name for m in found] == [
        "Police Forces of Afghanistan (2014-2021) National Directorate of Security"]


def test_the_village_police_of_the_old_afghan_state_is_its_unit(dictionary):
    found = dictionary.mentions("two ALP members", "Afghanistan", date(2019, 6, 2))
    assert [m.actor.name for m in found] == [
        "Police Forces of Afghanistan (2014-2021) Afghan Local Police"]

"""Armed men a report names by their ethnic group are that group's militia, named for the
event's country: "Tiv militiamen" in Nigeria are "Tiv Ethnic Militia (Nigeria)"
(`sitroom/actors/data/identity.yaml`). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.model import Article


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Tiv militiamen raided two farming settlements in Wukari, Taraba state, on Sunday, "
         "killing six people.", "Tiv Ethnic Militia (Nigeria)"),
        ("Suspected Fulani militiamen killed four villagers near Bankass in central Mali on "
         "Sunday.", "Fulani Ethnic Militia (Mali)"),
        ("Armed Murle youths raided a cattle camp in Twic East, Jonglei state, on Sunday, "
         "killing three herders.", "Murle Ethnic Militia (South Sudan)"),
        ("Armed Pokot herders killed two police reservists in Tiaty, Baringo county, on "
         "Sunday.", "Pokot Ethnic Militia (Kenya)"),
    ],
)
def test_the_groups_armed_men_are_its_ethnic_militia(pipeline, text, actor1):
    events = pipeline.extract(Article(text, published=date(2024, 5, 7)))
    assert [e.actor1 for e in events if e.record_kind == "event"] == [actor1]


def test_the_groups_farmers_are_civilians_not_its_militia(dictionary):
    found = dictionary.mentions("Tiv farmers", "Nigeria", date(2024, 5, 7))
    assert [m.actor.name for m in found] == ["Civilians (Nigeria)"]

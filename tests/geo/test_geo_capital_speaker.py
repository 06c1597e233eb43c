"""A capital its government or its sources speak from ("police in Mogadishu said") is no
place of the event when the report names another place, even one the gazetteer lacks;
when it is the only place named, the event is placed there, not in the bare country.
Sentences written here."""

from __future__ import annotations

import pytest


def placed(events, text: str) -> tuple:
    """The first event record's (country, admin1, location)."""
    found = [e for e in events(text) if e.record_kind == "event"]
    assert found, text
    e = found[0]
    return e.country, e.admin1, e.location


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A car bomb exploded outside a hotel on Saturday, killing nine people, police in "
         "Mogadishu said.", ("Somalia", "Banadir", "Mogadishu")),
        ("A grenade blast at a bus stop wounded six people on Monday, officials in Nairobi "
         "said.", ("Kenya", "Nairobi City", "Nairobi")),
        ("Gunmen shot dead a judge outside his home on Tuesday, security sources in Baghdad "
         "said.", ("Iraq", "Baghdad", "Baghdad")),
    ],
)
def test_the_only_place_named_is_kept_though_a_speaker_is_there(events, text, place):
    assert placed(events, text) == place


@pytest.mark.slow
def test_a_village_the_gazetteer_lacks_still_drops_the_speakers_capital(events):
    text = "Bandits killed seven farmers in Kwarangoro on Sunday, police in Abuja said."
    assert placed(events, text) == ("Nigeria", "", "Nigeria")

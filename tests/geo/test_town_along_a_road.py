"""'on the X-Y road near Z': a town named beside a road that its two end towns name is where
on the road the event was, when it lies along the way from one end to the other; a town
far off that way leaves the road's end as before. Sentences written here."""

from __future__ import annotations

import pytest


def location(events, text: str) -> str:
    found = [e for e in events(text) if e.record_kind == "event"]
    assert found, text
    return found[0].location


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A landmine killed four soldiers on the Bamako-Segou road near Fana.", "Fana"),
        ("An IED exploded on the Mosul-Kirkuk road near Qayyarah, wounding three soldiers.", "Al Qayyarah"),
    ],
)
def test_a_town_along_the_road_places_the_event(events, text, town):
    assert location(events, text) == town


def test_a_town_off_the_way_between_the_ends_does_not(events):
    text = "Militants ambushed an army convoy on the Gao-Ansongo road near Bourem."
    assert location(events, text) == "Gao"

"""A town matched only by another of its names is not read on another continent than
everything the article is about: 'Boni' (a forest and a village of Lamu county) is also an
alternate name of Bonn, and a report on al-Shabaab or Kenyan troops is not in Germany
(`sitroom.geo.loose.aliases_at_home`). A name spelled another way next door stays ('Tell
Abiad' beside Turkish drones is Syria's Tall Abyad). Sentences written here."""

from __future__ import annotations

import pytest


def placed(events, text: str) -> tuple:
    found = [e for e in events(text) if e.record_kind == "event"]
    assert found, text
    return found[0].country, found[0].location


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab militants raided a police post in Boni on Monday, killing two officers.",
        "Kenyan troops fought al-Shabaab fighters in Boni forest on Tuesday.",
    ],
)
def test_an_alternate_name_does_not_jump_to_another_continent(events, text):
    country, location = placed(events, text)
    assert (country, location) != ("Germany", "Bonn")


def test_an_alternate_name_next_door_stays(events):
    text = "Turkish drones struck a Kurdish position near Tell Abiad on Monday."
    assert placed(events, text) == ("Syria", "Tall Abyad")

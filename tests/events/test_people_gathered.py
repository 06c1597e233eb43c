"""People gathered somewhere and fired on are a crowd of civilians, not a protest, unless
they gathered to protest; live rounds fired at protesters are excessive force. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import event_records

PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen on motorbikes opened fire on villagers gathered at a cattle market near Dori on Sunday, killing nine.",
        "Militants fired on worshippers assembled for evening prayers at a mosque near Maiduguri on Sunday.",
    ],
)
def test_a_crowd_gathered_at_a_market_or_mosque_is_attacked_civilians(pipeline, text):
    found = event_records(pipeline, text, PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Violence against civilians", "Attack")]


def test_people_gathered_to_demand_something_are_protesters(pipeline):
    text = "Police fired live rounds at people gathered to demand the release of a cleric in Kano on Sunday."
    found = event_records(pipeline, text, PUBLISHED)
    assert [e.event_type for e in found] == ["Protests"]


@pytest.mark.parametrize("weapon", ["live rounds", "live bullets"])
def test_live_rounds_fired_at_protesters_are_excessive_force(pipeline, weapon):
    text = f"Soldiers fired {weapon} at protesters outside the state assembly in Kano on Sunday."
    found = event_records(pipeline, text, PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Protests", "Excessive force against protesters")]

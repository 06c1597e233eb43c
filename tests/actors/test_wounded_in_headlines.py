"""A headline's participle on a noun ("Four soldiers wounded in drone attack") tells who
suffered the attack; their force is actor2, never actor1 as well. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import event_records


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Four US Soldiers Wounded in Drone Attack on US Outpost in Syria", "Military Forces of the United States"),
        ("Three Nigerien soldiers killed in ambush near Tillaberi", "Military Forces of Niger"),
        ("Two Kenyan Police Officers Killed in Roadside Blast in Mandera", "Police Forces of Kenya"),
    ],
)
def test_the_wounded_are_the_victims_not_the_attackers(pipeline, text, victims):
    (event,) = event_records(pipeline, text, date(2025, 5, 2))
    assert event.actor2.startswith(victims)
    assert not event.actor1.startswith(victims)

"""An event noun whose doer is told through a participle and "by" ("strikes carried out by X",
"a raid led by Y"): X or Y is the attacker. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import event_records


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "Seven militants were killed in air strikes carried out by Turkish jets near Zakho "
            "on Monday.",
            "Military Forces of Turkey",
        ),
        (
            "Five fighters died during drone strikes conducted by Turkish forces in Sidakan on "
            "Monday night.",
            "Military Forces of Turkey",
        ),
        (
            "A night raid led by Somali commandos killed four militants near Jilib on Sunday.",
            "Military Forces of Somalia",
        ),
    ],
)
def test_an_attack_done_by_a_force_is_that_force(pipeline, text, attacker):
    events = event_records(pipeline, text, date(2025, 3, 11))
    assert len(events) == 1
    assert events[0].actor1.startswith(attacker)

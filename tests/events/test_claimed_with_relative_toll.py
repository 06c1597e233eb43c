"""'X claimed the bombing of a church in Y that killed four': the relative clause that
tells the toll hangs on the target, not on the event noun; it still tells the bombing (a
bombing, not a bare attack), and the target did nothing (no doer read from it). Sentences of
my own, from several conflicts."""

from datetime import date

import pytest

from tests.events.helpers import event_records

TUESDAY = date(2024, 5, 7)
REMOTE = "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Islamic State claimed the bombing of a church in Jolo on Sunday that killed five "
         "worshippers.", 5),
        ("The Baloch Liberation Army claimed the bombing of a passenger train in Mach on Monday "
         "that killed nine people.", 9),
    ],
)
def test_the_claimed_bombing_keeps_its_type_and_toll(pipeline, text, dead):
    (record,) = event_records(pipeline, text, TUESDAY)
    assert (record.event_type, record.fatalities) == (REMOTE, dead)


def test_the_target_of_the_bombing_is_not_its_doer(pipeline):
    text = "Islamic State claimed the bombing of a mosque in Kunduz on Friday that killed 11 worshippers."
    (record,) = event_records(pipeline, text, TUESDAY)
    assert "mosque" not in (record.actor1 or "").lower()
    assert record.actor1.startswith("Islamic State")

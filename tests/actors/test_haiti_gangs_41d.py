"""Haiti's named gangs are actors of their own, not 'Unidentified Gang (Haiti)': the Artibonite's
Gran Grif is written several ways in reports (with or without 'gang', 'Grand' for 'Gran')."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

REPORTS = {
    "members-of": "Members of the Gran Grif gang shot dead 14 farmers in Liancourt on Sunday, a rights group said.\n",
    "bare-name": "Gran Grif fighters torched dozens of houses in Verrettes on Friday, residents said.\n",
    "french-spelling": "Gunmen of the Grand Grif gang killed six people in Saint-Marc on Monday, police said.\n",
}


@pytest.mark.parametrize("name", list(REPORTS))
def test_gran_grif_is_named(pipeline, name):
    events = [e for e in event_records(pipeline, REPORTS[name], "2025-04-09") if e.status == "new"]
    assert events, name
    assert events[0].actor1 == "Gran Grif Gang", (name, events[0].actor1)


def test_gran_grif_as_target(pipeline):
    text = "Haitian police clashed with the Gran Grif gang in Petite-Riviere-de-l'Artibonite on Tuesday.\n"
    events = [e for e in event_records(pipeline, text, "2025-04-09") if e.status == "new"]
    assert events and "Gran Grif Gang" in (events[0].actor1, events[0].actor2), events

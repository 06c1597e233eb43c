"""A report's dateline says where it was filed, never who acted: the parser may hang a
hyphenated capital ("PORT-AU-PRINCE (Agency) -") on the subject after it, and a name's piece
between hyphens ("AU") is no actor of its own. Under a headline that names no one, the body's
unidentified doers fill the record's empty side."""

from __future__ import annotations

import pytest

from sitroom.actors import load_dictionary
from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

REPORTS = {
    "under-a-headline": (
        "Gang raid kills 12 in Haitian town\n\n"
        "PORT-AU-PRINCE (Wire) - Members of the Black Heron gang shot dead a dozen residents during a raid "
        "on Mirebalais on Tuesday, police said on Wednesday.\n"
    ),
    "alone": (
        "PORT-AU-PRINCE (Wire) - Members of the Black Heron gang shot dead a dozen residents during a raid "
        "on Mirebalais on Tuesday, police said on Wednesday.\n"
    ),
    "other-hyphenated-dateline": (
        "Gunmen kill 9 in raid on market\n\n"
        "DAR-ES-SALAAM (Wire) - Gunmen killed nine traders in a raid on a market in the town of "
        "Kibiti on Sunday, police said on Monday.\n"
    ),
}


@pytest.mark.parametrize("name", list(REPORTS))
def test_the_dateline_is_no_doer(pipeline, name):
    events = [e for e in event_records(pipeline, REPORTS[name], "2025-04-09") if e.status == "new"]
    assert events, name
    for e in events:
        assert e.actor1.startswith("Unidentified"), (name, e.actor1)
        cited = e.evidence.get("actor1")
        assert cited is None or "-" not in cited.text, (name, cited.text)


def test_a_piece_between_hyphens_is_no_name():
    found = load_dictionary().mentions("PORT-AU-PRINCE (Wire) - Members of a gang")
    assert all(m.actor is None or "African Union" not in m.actor.name for m in found), found


def test_the_name_standing_alone_still_is():
    found = load_dictionary().mentions("an AU force")
    assert any(m.actor is not None and "African Union" in m.actor.name for m in found), found

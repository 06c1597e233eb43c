"""A headline tells the news of its day: it is the lead's incident even when the lead is
dated only to a night or a few days ("in a night raid", "earlier this week"), so the report
makes one record, not a second one at the publication day. An undated line of the body
("Gunmen also burned a granary") is not stretched so: it joins a lead dated to the day only."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

REPORTS = {
    "night-raid": (
        "Gunmen kill 14 in Zamfara village\n\n"
        "Gunmen on motorbikes killed 14 people in a night raid on a village in Zamfara State, "
        "police said on Monday.\n"
    ),
    "overnight-attack": (
        "Militants kill six soldiers in Mandera\n\n"
        "Militants killed six soldiers in an attack on an army post near the town of Mandera "
        "earlier this week, the army said on Monday.\n"
    ),
}


@pytest.mark.parametrize("name", list(REPORTS))
def test_a_headline_joins_a_lead_dated_to_the_night(pipeline, name):
    news = [e for e in event_records(pipeline, REPORTS[name], "2025-06-16") if e.status == "new"]
    assert len(news) == 1, [(e.sub_event_type, e.location, str(e.event_date), e.fatalities) for e in news]

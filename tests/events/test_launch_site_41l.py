"""A sentence that tells only where an incident's weapons were fired from ("The rockets were
launched from the village of Y") gives the lead's record its launch site (``origin``, with
its words and a "launched from" tag) instead of making a second record at Y: ACLED codes one
event at the target. Rockets told afresh ("Two more rockets ...") or aimed at a target of
their own stay their own record."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

ONE_INCIDENT = {
    "same-country": (
        "Two rockets struck a military base near the town of Tal Abyad on Monday, causing no "
        "casualties, a monitor said. The rockets were launched from the village of Ain Issa.\n",
        "Ain Issa",
    ),
    "across-a-border": (
        "Four rockets hit a base hosting foreign troops at Rumeilan in northeast Syria on Sunday, "
        "officials said. The rockets were fired from the town of Zummar in Iraq's Nineveh province.\n",
        "Zummar",
    ),
}


@pytest.mark.parametrize("name", list(ONE_INCIDENT))
def test_the_launch_site_is_the_leads_origin(pipeline, name):
    text, site = ONE_INCIDENT[name]
    news = [e for e in event_records(pipeline, text, "2025-03-18") if e.status == "new"]
    assert len(news) == 1, [(e.location, e.origin) for e in news]
    record = news[0]
    assert record.origin and record.evidence["origin"].text == site, (record.location, record.origin)
    assert record.evidence["location"].text != site and "launched from " in record.tags, record.tags


def test_rockets_with_a_target_of_their_own_stay_apart(pipeline):
    text = (
        "Two rockets struck a military base near the town of Tal Abyad on Monday, a monitor said. "
        "Later, rockets launched from the village of Ain Issa hit a police station in Raqqa.\n"
    )
    news = [e for e in event_records(pipeline, text, "2025-03-18") if e.status == "new"]
    assert len(news) == 2, [(e.location, e.origin) for e in news]

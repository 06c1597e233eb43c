""""The group said on Tuesday it had seized the base": the day belongs to the saying, even
where the parser hangs it on the deed said (no "that" between them). The deed happened by
then, on a day the report may tell elsewhere ("... took the base on Saturday"), which wins;
told nowhere, the record is dated to the week up to the saying day, not to that day."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow


def _news(pipeline, text: str) -> list:
    return [e for e in event_records(pipeline, text, "2025-06-11") if e.status == "new"]


@pytest.mark.parametrize(
    "told",
    ["Its fighters took control of the base on Saturday.", "The alliance said its fighters captured the base on Saturday."],
    ids=["its-fighters", "the-alliance-said"],
)
def test_the_day_told_for_the_deed_wins_and_the_report_is_one_record(pipeline, told):
    text = f"A rebel alliance said on Tuesday it had seized an army base in the town of Hpakant in Kachin state. {told}\n"
    news = _news(pipeline, text)
    assert [str(e.event_date) for e in news] == ["2025-06-07"], [(str(e.event_date), e.location) for e in news]


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Monday it had retaken the town of Mayo in a week of fighting with rebels.\n",
        "Rebels said on Monday they had captured the town of Mayo from government forces.\n",
    ],
    ids=["army-retook", "rebels-captured"],
)
def test_the_saying_day_alone_dates_the_deed_to_its_week(pipeline, text):
    news = _news(pipeline, text)
    assert news and all(e.time_precision == 2 for e in news), [(str(e.event_date), e.time_precision) for e in news]

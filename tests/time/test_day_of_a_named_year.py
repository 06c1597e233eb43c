"""A day and month of a year told relative to publication ('on Oct. 1 last year', 'on 3 March
this year') is that day, not the year's first (wire reports 29). Expressions of my own."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.time.expressions import resolve

MID_MAY = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on Oct. 1 last year", date(2023, 10, 1)),
        ("on November 1 last year", date(2023, 11, 1)),
        ("on 3 March this year", date(2024, 3, 3)),
        ("on the 12th of July last year", date(2023, 7, 12)),
        ("on Jan. 20 of last year", date(2023, 1, 20)),
    ],
)
def test_a_day_of_last_or_this_year_is_that_day(text, day):
    ref = resolve(text, MID_MAY)
    assert (ref.date, ref.precision) == (day, 1)


def test_a_bombing_on_a_day_of_last_year_is_dated_that_day(pipeline):
    text = ("ANKARA, May 15 (Reuters) - Gunmen killed two guards at a depot near Izmir on Tuesday. "
            "On Oct. 1 last year, militants set off a bomb outside a ministry in Ankara, wounding two officers.\n")
    from sitroom.model import Article

    events = [e for e in pipeline.extract(Article(text=text, published=MID_MAY)) if e.record_kind == "event"]
    assert date(2023, 10, 1) in {e.event_date for e in events}

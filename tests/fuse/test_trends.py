"""Counts, lulls and escalation on hand-built event histories."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sitroom.fuse.trends import (
    counts,
    escalations,
    gaps,
    kind_key,
    lulls,
    spikes,
    week_start,
)
from tests.fuse.conftest import make_event

D = date(2024, 1, 1)  # a Monday


def _attack(
    day: int,
    actor1="Islamic Resistance in Iraq",
    actor2="Military Forces of the United States",
    place="Baghdad",
    i=0,
    **kw,
):
    return make_event(
        place,
        D + timedelta(days=day),
        actor1=actor1,
        actor2=actor2,
        event_id_cnty=f"E{day}-{i}",
        **kw,
    )


def test_counts_by_week_type_actor_admin1():
    events = [
        _attack(0),
        _attack(2, i=1),
        _attack(8),
        _attack(
            9, place="Gao", actor1="JNIM", actor2="Military Forces of Mali", event_type="Battles"
        ),
    ]
    assert counts(events, "week") == [("2024-01-01", 2), ("2024-01-08", 2)]
    assert counts(events, "type") == [("Explosions/Remote violence", 3), ("Battles", 1)]
    by_actor = dict(counts(events, "actor"))
    assert by_actor["Military Forces of the United States"] == 3 and by_actor["JNIM"] == 1
    assert counts(events, "admin1")[0] == ("Baghdad, Iraq", 3)
    assert week_start(date(2024, 1, 7)) == D
    with pytest.raises(ValueError):
        counts(events, "colour")


def test_lull_and_resumption_per_actor_pair():
    history = [
        _attack(0),
        _attack(3),
        _attack(90),  # 87 quiet days, then an attack
        _attack(40, actor1="Ansar Allah", place="Hodeidah"),
    ]
    found = lulls(history, "pair", min_days=30)
    assert [(g.event_id, g.days) for g in found] == [("E90-0", 87)]
    assert "in 87 days" in found[0].describe("attack on US forces")
    # by target and region the Yemen event does not break the Iraq lull either
    assert [g.days for g in lulls(history, "target+country", 30)] == [87]
    assert [g.days for g in gaps(history, "target")] == [3, 37, 50]


def test_kind_key_needs_every_part():
    e = _attack(0, actor2="")
    assert kind_key(e, "pair") is None and kind_key(e, "actor+country") is not None
    with pytest.raises(ValueError):
        kind_key(e, "colour")


def test_spikes_need_history_and_a_real_rise():
    assert spikes([1, 2, 1, 2, 1, 2, 1, 2, 9]) == [(8, 1.5, 0.5, 2.5)]
    assert spikes([1, 2, 9]) == []  # too little history
    assert spikes([0, 0, 0, 0, 0, 2]) == []  # below min_count


def test_weekly_escalation_against_the_previous_eight_weeks():
    events = []
    for week in range(10):
        for n in range(2 if week < 9 else 8):  # two a week, then eight
            events.append(
                _attack(week * 7 + n % 7, i=n, place="Kharkiv", actor1="Russia", actor2="Ukraine")
            )
    events.append(_attack(3, place="Gao", actor1="JNIM", actor2="Mali"))
    found = escalations(events)
    assert [(e.week, e.count) for e in found] == [(D + timedelta(weeks=9), 8)]
    per_region = escalations(events, by="admin1")
    assert {e.key for e in per_region} == {"Kharkivska, Ukraine"}
    assert "8 events" in found[0].describe()


def test_quiet_periods_include_the_one_still_running():
    from sitroom.fuse.trends import kind_quiet_periods, latest_date

    events = [
        make_event("Baghdad", date(2024, 1, 1), actor1="A", actor2="B"),
        make_event("Baghdad", date(2024, 1, 10), actor1="A", actor2="B"),
        make_event("Gao", date(2024, 3, 1), actor1="A", actor2="B"),
        make_event("Gao", date(2024, 4, 20), actor1="C", actor2="D"),
    ]
    for i, e in enumerate(events):
        e.event_id_cnty = f"E{i}"
    periods = kind_quiet_periods(events, "pair", 30, latest_date(events))
    assert [(q.key, q.start, q.end, q.days, q.resumed_by) for q in periods] == [
        ("A → B", date(2024, 1, 10), date(2024, 3, 1), 51, "E2"),
        ("A → B", date(2024, 3, 1), None, 50, ""),
    ]
    assert periods[1].describe().startswith("A → B: quiet for 50 days so far")

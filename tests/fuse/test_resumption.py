"""Resumption alerts: lulls on event dates over a rule's whole scope, any arrival order."""

from __future__ import annotations

import io
import random
from datetime import date

import pytest

from sitroom.fuse.alerts import WatchHook, parse_rules, run_rules
from sitroom.fuse.save import save
from tests.fuse.conftest import make_article, make_event

US = "Military Forces of the United States (2021-)"
RULE = {
    "name": "US forces attacked again",
    "what": "attack on US forces in Iraq or Syria",
    "actor": "United States",
    "country": ["Iraq", "Syria"],
    "lull_days": 30,
}
# (day, place, country, actor1, actor2): attacks on US forces, then unrelated events,
# then two attacks on one day after a long lull.
FEED = [
    (date(2023, 10, 18), "Baghdad", "Iraq", "Islamic Resistance in Iraq", US),
    (date(2023, 11, 2), "Tarmiyah", "Syria", "Islamic Resistance in Iraq", US),
    (date(2023, 11, 28), "Baghdad", "Iraq", "Kataib Hezbollah", US),
    (date(2023, 12, 25), "Baghdad", "Iraq", "Kataib Hezbollah", US),
    (date(2024, 1, 20), "Tarmiyah", "Iraq", "Islamic Resistance in Iraq", US),
    (date(2024, 2, 4), "Hodeidah", "Syria", "Unidentified Armed Group (Syria)", US),
    (date(2024, 3, 10), "Gao", "Iraq", "Military Forces of Turkey (2016-)", "PKK"),
    (date(2024, 3, 22), "Kharkiv", "Iraq", "Protesters (Iraq)", ""),
    (date(2024, 4, 21), "Rafah", "Syria", "Unidentified Armed Group (Syria)", US),
    (date(2024, 4, 21), "El Fasher", "Iraq", "Unidentified Armed Group (Iraq)", US),
]


def _event(row, **extra):
    day, place, country, actor1, actor2 = row
    return make_event(place, day, actor1=actor1, actor2=actor2, country=country, **extra)


def _store_all(store, rows):
    ids = []
    for i, row in enumerate(rows):
        text = f"Report {row[0]} {row[1]} {i}: something happened there."
        ids += save(store, make_article(text, source=f"Outlet {i}"), [_event(row)]).event_ids
    return ids


def test_one_resumption_whatever_the_order(tmp_path):
    from sitroom.store import open_store

    for seed in range(4):
        rows = list(FEED)
        random.Random(seed).shuffle(rows)
        store = open_store(str(tmp_path / f"feed{seed}.db"))
        hook = WatchHook(parse_rules({"rules": [RULE], "deliver": []}), defer=True)
        for i, row in enumerate(rows):  # one report at a time, then the run is evaluated
            saved = save(store, make_article(f"Report {i} {row}", f"Outlet {i}"), [_event(row)])
            hook(store, None, saved.event_ids)
        fired = hook.flush(store)
        assert len(fired) == 1, (seed, [a["text"] for a in fired])
        alert = fired[0]
        assert alert["event"]["event_date"] == "2024-04-21" and alert["quiet_days"] == 77
        assert alert["previous"]["event_date"] == "2024-02-04"
        assert alert["previous"]["location"] == "Hodeidah" and alert["historical"] is False
        assert alert["text"].startswith(
            "first attack on US forces in Iraq or Syria in 77 days (last: 4 Feb 2024, Hodeidah)"
        )
        store.close()


def test_report_by_report_in_time_order_fires_once(store):
    rules = parse_rules({"rules": [RULE], "deliver": []})
    fired = []
    for i, row in enumerate(FEED):
        saved = save(store, make_article(f"Report {i} {row}", f"Outlet {i}"), [_event(row)])
        fired += run_rules(store, rules, saved.event_ids)
    assert [a["event"]["event_date"] for a in fired] == ["2024-04-21"]


def test_first_on_record_is_never_a_resumption(store):
    rules = parse_rules({"rules": [RULE], "deliver": []})
    ids = _store_all(store, FEED[-2:])
    assert run_rules(store, rules, ids) == []


def test_backfill_reveals_a_resumption_and_marks_old_ones_historical(store):
    rules = parse_rules({"rules": [RULE], "deliver": []})
    late = _store_all(store, FEED[-2:] + [(date(2024, 4, 28), "Baghdad", "Iraq", "X", US)])
    assert run_rules(store, rules, late) == []  # nothing before them yet
    early = _store_all(store, FEED[:5])
    fired = run_rules(store, rules, early)
    # the older reports reveal that 21 April ended 77 quiet days; it is the latest lull, and
    # a later attack (28 April) was already stored before this backfill: historical
    assert [(a["event"]["event_date"], a["historical"]) for a in fired] == [("2024-04-21", True)]
    assert fired[0]["text"].startswith("[historical] first attack on US forces")


def test_backfill_resumptions_can_be_left_unsent(store):
    rule = {**RULE, "historical": "skip"}
    rules = parse_rules({"rules": [rule], "deliver": []})
    _store_all(store, FEED[-2:] + [(date(2024, 4, 28), "Baghdad", "Iraq", "X", US)])
    assert run_rules(store, rules, _store_all(store, FEED[:5])) == []


def test_a_report_inside_an_announced_lull_sends_a_correction(store):
    rules = parse_rules({"rules": [RULE], "deliver": []})
    out = io.StringIO()
    fired = run_rules(store, rules, _store_all(store, FEED), out)
    assert len(fired) == 1
    missed = (date(2024, 4, 1), "Baghdad", "Iraq", "Kataib Hezbollah", US)
    corrections = run_rules(store, rules, _store_all(store, [missed]), out)
    # 1 April itself ended 57 quiet days (found late: historical); 21 April no longer did
    assert [(c.get("historical"), c.get("retracts")) for c in corrections] == [
        (True, None), (None, True)]
    assert corrections[1]["event_id"] == fired[0]["event_id"]
    assert "did not end a quiet period" in corrections[1]["text"]
    assert run_rules(store, rules, [fired[0]["event_id"]], out) == []  # sent once


def test_rules_without_a_lull_fire_per_event_and_lists_match_any(store):
    rules = parse_rules(
        {"rules": [{"name": "US in Syria or Iraq", "country": ["syria", "IRAQ"],
                    "target": ["United States"]}], "deliver": []}
    )
    ids = _store_all(store, FEED)
    assert len(run_rules(store, rules, ids)) == 8  # every attack on US forces, either country


@pytest.mark.parametrize(
    ("needle", "matches"),
    [("United States", True), ("united states", True), ("US", False), ("Kataib", True),
     ("Hezbollah Brigades", False)],
)
def test_actor_matches_whole_words_on_either_side_and_associates(needle, matches):
    rule = parse_rules({"rules": [{"name": "r", "actor": needle}]})[0]
    event = make_event(actor1="Unidentified Armed Group (Iraq)", assoc_actor_1="Kataib Hezbollah",
                       actor2=US)
    assert rule.matches(event) is matches


def test_statements_match_only_when_a_rule_asks_for_their_type():
    statement = make_event(event_type="", sub_event_type="", plover_type="ACCUSE",
                           actor1="Government of the United States (2021-)")
    assert not parse_rules({"rules": [{"name": "r", "actor": "United States"}]})[0].matches(
        statement)
    assert parse_rules({"rules": [{"name": "r", "type": "accuse"}]})[0].matches(statement)


def test_the_latest_report_first_then_the_older_ones_in_another_run(store):
    rules = parse_rules({"rules": [RULE], "deliver": []})
    assert run_rules(store, rules, _store_all(store, FEED[-2:])) == []  # nothing before it yet
    fired = run_rules(store, rules, _store_all(store, FEED[:-2]))
    assert [(a["event"]["event_date"], a["quiet_days"], a["historical"]) for a in fired] == [
        ("2024-04-21", 77, False)]

"""Trends and alerts through the API (the analyses themselves belong to sitroom.fuse)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from fastapi import HTTPException

from sitroom.api.aggregate import SummaryCache
from sitroom.api.analysis import _fuse_function
from sitroom.fuse.save import save
from sitroom.model import Article, Event
from sitroom.store import open_store
from tests.api.conftest import make_client
from tests.api.sample import COUNTS, samples


def test_weekly_counts_by_type_cover_every_week(client):
    body = client.get("/api/trends").json()
    assert body["by"] == "type"
    weeks = [date.fromisoformat(w) for w in body["weeks"]]
    assert all(w.weekday() == 0 for w in weeks)
    assert all(b - a == timedelta(days=7) for a, b in zip(weeks, weeks[1:], strict=False))
    dates = [e.event_date for s in samples() for e in s.events]
    assert weeks[0] <= min(dates) < weeks[0] + timedelta(days=7)
    assert weeks[-1] <= max(dates) < weeks[-1] + timedelta(days=7)
    series = body["series"]
    assert all(len(v) == len(weeks) for v in series.values())
    assert sum(series["Explosions/Remote violence"]) == 4
    assert body["totals"]["Battles"] == 1
    assert list(body["totals"]) == sorted(body["totals"], key=lambda k: -body["totals"][k])
    assert isinstance(body["escalations"], list)


def test_trends_take_the_event_filters_and_a_grouping(client):
    body = client.get("/api/trends", params={"by": "country", "country": "Iraq"}).json()
    assert set(body["series"]) == {"Iraq"} and body["totals"]["Iraq"] == COUNTS["Iraq"]
    bad = client.get("/api/trends", params={"by": "weather"})
    assert bad.status_code == 422


def test_trends_give_the_quiet_periods_of_the_selection(client):
    body = client.get("/api/trends", params={"country": "Iraq", "lull_days": 30}).json()
    periods = [(q["start"], q["end"], q["days"]) for q in body["quiet_periods"]]
    assert periods == [("2024-01-15", "2024-03-10", 55)] and body["lull_days"] == 30
    assert "quiet_periods" not in client.get("/api/trends").json()
    assert client.get("/api/trends", params={"lull_days": 0}).status_code == 422


def test_fired_alerts_are_listed_newest_first(sample_db, tmp_path):
    db = tmp_path / "alerts.db"
    shutil.copy(sample_db, db)
    store = open_store(str(db))
    if not hasattr(store, "record_alert"):
        pytest.skip("this store has no alerts table yet (sitroom.fuse)")
    store.record_alert("rsf-in-darfur", "SDN1", {"rule": "rsf-in-darfur", "event_id": "SDN1"})
    store.record_alert("mali-massacres", "MLI1", {"rule": "mali-massacres", "event_id": "MLI1"})
    store.close()
    with make_client(str(db)) as c:
        alerts = c.get("/api/alerts").json()["alerts"]
        assert [a["event_id"] for a in alerts] == ["MLI1", "SDN1"]
        assert [a["event_id"] for a in c.get("/api/alerts?limit=1").json()["alerts"]] == ["MLI1"]


def test_a_missing_analysis_is_a_clear_501():
    with pytest.raises(HTTPException) as err:
        _fuse_function("trends", "no_such_function")
    assert err.value.status_code == 501
    assert "sitroom.fuse.trends.no_such_function" in err.value.detail


def test_summaries_follow_new_reports(sample_db, tmp_path):
    """Actors and trends are cached, but a new report shows up on the next request."""
    db = tmp_path / "grow.db"
    shutil.copy(sample_db, db)
    text = "Al-Shabaab fighters ambushed a convoy of AMISOM troops near Afgoye on Monday."
    with make_client(str(db)) as c:
        before = {a["name"] for a in c.get("/api/actors").json()["actors"]}
        weeks_before = c.get("/api/trends").json()["weeks"]
        assert "Al Shabaab" not in before
        store = open_store(str(db))
        save(store,
            Article(text, source="Horn Wire", published=date(2024, 9, 3)),
            [Event(event_id_cnty="SOM", event_date=date(2024, 9, 2), event_type="Battles",
                   sub_event_type="Armed clash", actor1="Al Shabaab", actor2="AMISOM",
                   country="Somalia", latitude=2.16, longitude=45.12, geo_precision=2)],
        )
        store.close()
        after = {a["name"] for a in c.get("/api/actors").json()["actors"]}
        assert after - before == {"Al Shabaab", "AMISOM"}
        weeks_after = c.get("/api/trends").json()["weeks"]
        assert weeks_after[-1] == "2024-09-02" and len(weeks_after) > len(weeks_before)


def test_summary_cache_expires_and_stays_bounded():
    calls = []
    cache = SummaryCache(ttl=60, size=2)
    for _ in range(3):
        assert cache.get("a", 5, lambda: calls.append(1) or "A") == "A"
    assert len(calls) == 1
    cache.get("a", 6, lambda: calls.append(1) or "A2")  # the count moved: recompute
    assert len(calls) == 2
    cache.get("b", 1, lambda: "B")
    cache.get("c", 1, lambda: "C")
    assert cache.get("a", 6, lambda: "fresh") == "fresh"  # "a" was evicted (size 2)
    stale = SummaryCache(ttl=0)
    stale.get("k", 1, lambda: "old")
    assert stale.get("k", 1, lambda: "new") == "new"

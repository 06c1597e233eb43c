"""`sitroom why`, `sitroom trends`, `sitroom alerts` against a store built by hand."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.fuse.alerts import parse_rules, run_rules
from sitroom.fuse.save import save
from sitroom.store import open_store
from tests.fuse.conftest import make_article, make_event

D = date(2024, 2, 5)


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "cli.db")
    store = open_store(path)
    ids = []
    for day in (0, 3, 40):
        for outlet in ("Outlet A", "Outlet B"):
            result = save(store,
                make_article(f"{outlet}: drones hit a base in Baghdad, report {day}.", outlet),
                [
                    make_event(
                        "Baghdad",
                        D + timedelta(days=day),
                        actor1="Islamic Resistance in Iraq",
                        actor2="Military Forces of the United States",
                        source=outlet,
                    )
                ],
            )
            ids += result.event_ids
    rules = parse_rules(
        {"rules": [{"name": "resumed", "actor": "United States", "lull_days": 20}], "deliver": []}
    )
    run_rules(store, rules, ids)
    store.close()
    return path, ids


def test_why_prints_sources_and_reasons(db):
    path, ids = db
    result = CliRunner().invoke(app, ["why", ids[0], "--db", path])
    assert result.exit_code == 0, result.output
    assert "sources (2):" in result.output and "merged into" in result.output
    as_json = CliRunner().invoke(app, ["why", ids[0], "--db", path, "--json"])
    assert json.loads(as_json.output)["source_count"] == 2
    missing = CliRunner().invoke(app, ["why", "XXX99", "--db", path])
    assert missing.exit_code == 1


def test_trends_counts_lulls_and_json(db):
    path, _ = db
    result = CliRunner().invoke(
        app, ["trends", "--db", path, "--by", "week", "--lull-days", "30", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["events"] == 3  # two outlets per day merge; days 0, 1 and 40 stay apart
    assert [g["days"] for g in out["lulls"]] == [37]
    text = CliRunner().invoke(app, ["trends", "--db", path, "--by", "actor", "--escalation"])
    assert text.exit_code == 0 and "Islamic Resistance in Iraq" in text.output
    bad = CliRunner().invoke(app, ["trends", "--db", path, "--by", "colour"])
    assert bad.exit_code == 2


def test_alerts_lists_fired(db):
    path, ids = db
    result = CliRunner().invoke(app, ["alerts", "--db", path])
    assert result.exit_code == 0
    assert "in 37 days (last: 8 Feb 2024, Baghdad)" in result.output
    assert len(result.output.strip().splitlines()) == 1  # the first on record is no resumption


def test_trends_lists_quiet_periods_per_rule_and_per_kind(db, tmp_path):
    path, _ = db
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - {name: US resumes, actor: United States, lull_days: 20}\n")
    result = CliRunner().invoke(
        app, ["trends", "--db", path, "--rules", str(rules), "--lull-days", "30", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    (period,) = out["rule_quiet_periods"]
    assert (period["key"], period["start"], period["end"], period["days"]) == (
        "US resumes", "2024-02-08", "2024-03-16", 37)
    assert period["resumed_by"] and period["last_place"] == "Baghdad"
    assert [q["days"] for q in out["quiet_periods"]] == [37]
    text = CliRunner().invoke(app, ["trends", "--db", path, "--rules", str(rules)])
    assert "US resumes: quiet 37 days until 2024-03-16" in text.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [{name: x, lull_days: soon}]")
    failed = CliRunner().invoke(app, ["trends", "--db", path, "--rules", str(bad)])
    assert failed.exit_code == 2 and "key 'lull_days'" in failed.output

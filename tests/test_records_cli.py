"""`events`, `show` and `export` as an analyst meets them: ISO country codes, hints when nothing
matches, a readable record, formats from the file name, ACLED CSV of new events only."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from sitroom.cli.app import app
from sitroom.fuse.save import save
from sitroom.model import Article, Event
from sitroom.store import open_store
from tests.api.sample import COUNTS, PLACED, build_store

runner = CliRunner()
TOTAL = sum(COUNTS.values())
STATEMENT = "The ministry condemned the shelling of the camp in a statement issued on Tuesday evening."


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("records") / "s.db")
    build_store(path)
    store = open_store(path)
    save(store, Article(text=STATEMENT, source="Desk", published=date(2024, 5, 7)), [Event(
        event_date=date(2024, 5, 7), year=2024, record_kind="statement", plover_type="ACCUSE",
        country="Sudan", status="new", source="Desk",
    )])
    store.close()
    return path


def run(*args: str):
    return runner.invoke(app, list(args))


def test_country_by_iso_code_or_name(db):
    by_name = run("events", "--db", db, "--country", "Iraq", "-f", "jsonl")
    for code in ("IRQ", "iq", "368"):
        result = run("events", "--db", db, "--country", code, "-f", "jsonl")
        assert result.exit_code == 0
        assert result.stdout == by_name.stdout and result.stdout.strip(), code


@pytest.mark.parametrize(("option", "typed", "meant"), [
    ("--type", "airstrike", "Air/drone strike"),
    ("--country", "Sudn", "Sudan"),
    ("--actor", "Rapid Suport", "Rapid Support Forces"),
])
def test_zero_matches_suggest_the_nearest_stored_value(db, option, typed, meant):
    result = run("events", "--db", db, option, typed)
    assert result.exit_code == 0
    assert "0 of 0 matching" in result.stdout
    assert f'did you mean {option} "{meant}"' in result.stderr


def test_show_is_readable_and_json_on_request(db):
    listed = [json.loads(line) for line in run("events", "--db", db, "-f", "jsonl").stdout.splitlines()]
    target = next(r for r in listed if r["country"] == "Mali")
    shown = run("show", target["event_id_cnty"], "--db", db)
    assert shown.exit_code == 0
    text = shown.stdout
    assert "Ogossagou" in text and "source(s)" in text and "evidence" in text
    assert "killing twelve villagers" in text  # the cited words, inside their sentence
    assert not text.lstrip().startswith("{")
    raw = json.loads(run("show", target["event_id_cnty"], "--db", db, "--json").stdout)
    assert raw["sources"] and raw["location"] == "Ogossagou"


def test_export_picks_the_format_from_the_extension(tmp_path, db):
    out = tmp_path / "events.geojson"
    result = run("export", str(out), "--db", db)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert len(doc["features"]) == TOTAL + 1  # every record, unplaced ones with null geometry
    unplaced = TOTAL + 1 - PLACED
    assert sum(f["geometry"] is None for f in doc["features"]) == unplaced
    assert f"{unplaced} without coordinates kept with null geometry" in result.stderr
    listed = run("export", str(out), "--db", db, "--unplaced", "list")
    assert f"{unplaced} without coordinates left out" in listed.stderr
    assert len(json.loads(out.read_text())["sitroom"]["left_out"]) == unplaced
    jl = tmp_path / "events.jsonl"
    run("export", str(jl), "--db", db)
    assert len(jl.read_text().splitlines()) == TOTAL + 1


def test_default_acled_csv_holds_new_acled_events_only(tmp_path, db):
    out = tmp_path / "events.csv"
    result = run("export", str(out), "--db", db)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and all(r["event_type"] for r in rows)
    listed = [json.loads(x) for x in run("events", "--db", db, "-f", "jsonl").stdout.splitlines()]
    new_events = [r for r in listed if r["status"] == "new" and r["record_kind"] == "event"]
    assert sorted(r["event_id_cnty"] for r in rows) == sorted(r["event_id_cnty"] for r in new_events)
    assert "left out, --all adds them" in result.stderr
    everything = run("export", str(out), "--db", db, "--all")
    assert everything.exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(out.read_text())))) == TOTAL + 1


def test_export_format_mismatch_warns_and_unknown_format_fails(tmp_path, db):
    out = tmp_path / "x.geojson"
    warned = run("export", str(out), "--db", db, "-f", "jsonl")
    assert warned.exit_code == 0 and "warning" in warned.stderr
    bad = run("export", str(tmp_path / "x.csv"), "--db", db, "-f", "xlsx")
    assert bad.exit_code == 2 and "unknown export format" in bad.stderr

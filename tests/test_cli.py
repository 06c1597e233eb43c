"""The command line as a user meets it: documented commands, one-line errors, real output."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli.app import app
from tests.conftest import EXAMPLES

runner = CliRunner()

REPORT = (
    "GAO, March 3 (Wire) - Suspected jihadists attacked a Malian army post near Ansongo on "
    "Sunday, killing six soldiers, the army said in a statement on Monday."
)


def run(*args: str):
    return runner.invoke(app, list(args))


def test_help_documents_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("extract", "ingest", "events", "export", "show"):
        assert command in result.output


@pytest.mark.parametrize(
    "setup, args, message",
    [
        (lambda d: None, ["extract", "{d}/missing.txt"], "missing.txt: no such file"),
        (lambda d: (d / "e.txt").write_text(""), ["extract", "{d}/e.txt"], "e.txt: empty file"),
        (lambda d: (d / "g.txt").write_bytes(b"\x00\xff" * 300), ["extract", "{d}/g.txt"], "binary"),
        (lambda d: (d / "r.txt").write_text(REPORT), ["extract", "{d}/r.txt", "--published", "03/03/2024"], "bad --published '03/03/2024'"),
        (lambda d: (d / "r.txt").write_text(REPORT), ["extract", "{d}/r.txt", "--format", "xml"], "unknown format 'xml'"),
        (lambda d: None, ["events", "--db", "{d}/none.db"], "no store at"),
        (lambda d: None, ["ingest", "{d}/x.txt", "--db", "{d}/no/such/dir/s.db"], "folder"),
    ],
)
def test_bad_input_gives_one_line_error_and_nonzero_exit(tmp_path, setup, args, message):
    setup(tmp_path)
    result = run(*[a.format(d=tmp_path) for a in args])
    assert result.exit_code != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert message in lines[0]


def test_extract_jsonl_has_the_record_columns(tmp_path, pipeline):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = run("extract", str(path), "--published", "2024-03-03", "--source", "Wire", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, "the report describes an attack"
    from sitroom.model import RECORD_COLUMNS

    assert list(records[0]) == list(RECORD_COLUMNS)
    assert records[0]["source"] == "Wire"


def test_ingest_events_export_round_trip(tmp_path, pipeline):
    db = str(tmp_path / "s.db")
    first = run("ingest", str(EXAMPLES), "--db", db, "-q")
    assert first.exit_code == 0, first.stderr
    assert "0 failed" in first.stderr
    again = run("ingest", str(EXAMPLES), "--db", db, "-q")
    assert "0 article(s) stored" in again.stderr and "0 new event(s)" in again.stderr
    listed = run("events", "--db", db, "-f", "jsonl")
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert records
    out = tmp_path / "out.csv"
    exported = run("export", str(out), "--db", db, "--format", "acled-csv", "--all")
    assert exported.exit_code == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(records)
    shown = run("show", records[0]["event_id_cnty"], "--db", db, "--json")
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)["sources"]


def test_batch_with_a_broken_file_stores_the_rest(tmp_path, pipeline):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    (folder / "c.jsonl").write_text('{"text": "' + REPORT.replace("six", "nine") + '"}\n{oops\n')
    db = str(tmp_path / "s.db")
    result = run("ingest", str(folder), "--db", db, "--published", "2024-03-03", "-q")
    assert result.exit_code == 1
    assert "2 article(s) stored" in result.stderr and "2 failed" in result.stderr
    assert "b.txt: binary file" in result.stderr and "c.jsonl:2: malformed JSON" in result.stderr


def test_installed_entry_point_runs():
    exe = Path(sys.executable).parent / "sitroom"
    result = subprocess.run([str(exe), "extract", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "--published" in result.stdout


def test_user_actor_file_reaches_the_whole_pipeline(tmp_path, pipeline):
    actors = tmp_path / "mine.yaml"
    actors.write_text(
        "actors:\n"
        "  - name: Sons of the Valley Brigade\n"
        "    inter: 3\n"
        "    country: Syria\n"
        "    kind: militia\n"
        "    aliases: [Valley Brigade, Liwa Abna al-Wadi]\n",
        encoding="utf-8",
    )
    report = tmp_path / "r.txt"
    report.write_text(
        "Fighters of the Valley Brigade attacked a Syrian army checkpoint near Deir ez-Zor on "
        "Monday, killing two soldiers, a war monitor said.",
        encoding="utf-8",
    )
    plain = run("extract", str(report), "--published", "2024-03-05", "-f", "jsonl")
    mine = run("extract", str(report), "--published", "2024-03-05", "-f", "jsonl", "--actors", str(actors))
    assert mine.exit_code == 0, mine.stderr
    actor1 = {json.loads(line)["actor1"] for line in mine.stdout.splitlines()}
    assert "Sons of the Valley Brigade" in actor1
    assert "Sons of the Valley Brigade" not in plain.stdout

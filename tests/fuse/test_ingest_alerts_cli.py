"""`sitroom ingest --alerts` end to end (slow: the real pipeline), then `why` and `alerts`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from tests.fuse.corpus import REPORTS

pytestmark = pytest.mark.slow


def test_ingest_fires_each_alert_once_and_why_explains(tmp_path, pipeline):
    folder = tmp_path / "reports"
    folder.mkdir()
    sumy = [r for r in REPORTS if r[0] == "ukraine-sumy"]
    for i, (_, _, _, text) in enumerate(sumy):
        (folder / f"sumy-{i}.txt").write_text(text, encoding="utf-8")
    jsonl = tmp_path / "alerts.jsonl"
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        f"deliver: [{{jsonl: {jsonl}}}]\n"
        "rules:\n  - {name: deadly strike in Ukraine, country: Ukraine, min_fatalities: 5}\n"
    )
    db = str(tmp_path / "s.db")
    args = [
        "ingest",
        str(folder),
        "--published",
        "2024-10-12",
        "--db",
        db,
        "--alerts",
        str(rules),
        "--quiet",
    ]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    alerts = [json.loads(line) for line in jsonl.read_text().splitlines()]
    fired = [a["event_id"] for a in alerts]
    assert fired and len(set(fired)) == len(fired)  # one alert per event
    assert all(a["event"]["fatalities"] >= 5 for a in alerts)
    event_id = fired[0]  # the first report's event: the copy below joins it
    (folder / "sumy-copy.txt").write_text(sumy[0][3] + " Updated.", encoding="utf-8")
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert len(jsonl.read_text().splitlines()) == len(fired)  # merged again, fired once
    why = CliRunner().invoke(app, ["why", event_id, "--db", db])
    assert why.exit_code == 0 and "near-duplicate of article" in why.output
    listed = CliRunner().invoke(app, ["alerts", "--db", db])
    assert "[deadly strike in Ukraine]" in listed.output

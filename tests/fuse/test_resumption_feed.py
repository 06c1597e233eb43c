"""End to end: a feed of our own writing through the real pipeline and `sitroom ingest
--alerts` gives exactly one resumption alert, on 21 April 2024, counted from 4 February.

The feed (feeds/us_forces_lull.jsonl): attacks on US forces in Iraq and Syria from October
2023 to 4 February 2024 told in different ways (hosted bases, claims, accusations), a
Turkish strike and a protest in March, then rockets and a drone on 21 April 2024.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app

pytestmark = pytest.mark.slow

FEED = Path(__file__).parent / "feeds" / "us_forces_lull.jsonl"
RULES = """
deliver: [{jsonl: %s}]
rules:
  - name: attacks on US forces resume
    actor: United States
    country: [Iraq, Syria]
    lull_days: 30
"""


def _ingest(tmp_path, lines, name):
    feed = tmp_path / f"{name}.jsonl"
    feed.write_text("".join(lines), encoding="utf-8")
    alerts = tmp_path / f"{name}-alerts.jsonl"
    rules = tmp_path / f"{name}-rules.yaml"
    rules.write_text(RULES % alerts)
    db = str(tmp_path / f"{name}.db")
    result = CliRunner().invoke(
        app, ["ingest", str(feed), "--db", db, "--alerts", str(rules), "--quiet"]
    )
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in alerts.read_text().splitlines()] if alerts.exists() else []


@pytest.mark.parametrize("order", ["as written", "reversed"])
def test_exactly_one_resumption_on_21_april(tmp_path, pipeline, order):
    lines = FEED.read_text(encoding="utf-8").splitlines(keepends=True)
    if order == "reversed":
        lines = lines[::-1]
    alerts = _ingest(tmp_path, lines, order.replace(" ", "-"))
    assert len(alerts) == 1, [a["text"] for a in alerts]
    alert = alerts[0]
    assert alert["event"]["event_date"] == "2024-04-21"
    assert alert["quiet_days"] == 77 and alert["previous"]["event_date"] == "2024-02-04"
    assert alert["historical"] is False and alert["resumption"] is True
    assert alert["text"].startswith(
        "first event involving United States in Iraq or Syria in 77 days (last: 4 Feb 2024, "
    )

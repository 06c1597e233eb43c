"""Watch rules: matching, lulls, once-only firing, and the three deliveries."""

from __future__ import annotations

import io
import json
import threading
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from sitroom.fuse.alerts import (
    list_alerts,
    load_rules,
    load_watch_hook,
    parse_rules,
    run_rules,
)
from sitroom.fuse.save import save
from tests.fuse.conftest import make_article, make_event

D = date(2024, 3, 1)

RULES = """
deliver: [stdout]
rules:
  - name: US forces attacked after a lull
    actor: United States
    country: Iraq
    lull_days: 30
  - name: deadly near Rafah
    point: [31.29, 34.25]
    within_km: 20
    min_fatalities: 3
"""


def _save(store, text, event):
    article = make_article(text, source=event.source)
    return article, save(store, article, [event])


def _us_attack(day, text):
    return make_event(
        "Baghdad",
        D + timedelta(days=day),
        actor1="Islamic Resistance in Iraq",
        actor2="Military Forces of the United States",
        source=f"Outlet {day}",
        article_id="",
    )


def test_rules_parse_and_reject_mistakes(tmp_path):
    rules = parse_rules(__import__("yaml").safe_load(RULES))
    assert [r.name for r in rules] == ["US forces attacked after a lull", "deadly near Rafah"]
    assert rules[1].point == (31.29, 34.25) and rules[0].status == "new"
    for bad in (
        "rules: [{type: Battles}]",
        "rules: [{name: a, colour: red}]",
        "rules: [{name: a, point: [1, 2]}]",
        "rules: [{name: a}, {name: a}]",
        "deliver: [{ftp: x}]\nrules: [{name: a}]",
        "rules: [{name: a, status: old}]",
    ):
        path = tmp_path / "bad.yaml"
        path.write_text(bad)
        with pytest.raises(ValueError):
            load_rules(path)


def test_lull_rule_fires_on_resumption_once(store, tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES)
    out = io.StringIO()
    rules = load_rules(path)
    _, first = _save(
        store, "Rockets hit a base hosting US forces in Baghdad on Friday.", _us_attack(0, "")
    )
    assert run_rules(store, rules, first.event_ids, out) == []  # first on record: no lull ended
    _, second = _save(
        store, "Another rocket attack targeted US troops near Baghdad airport.", _us_attack(10, "")
    )
    assert run_rules(store, rules, second.event_ids, out) == []  # 10 quiet days only
    _, third = _save(
        store,
        "Drones attacked US forces at Baghdad's Victory base on Thursday.",
        _us_attack(97, ""),
    )
    fired = run_rules(store, rules, third.event_ids, out)
    assert len(fired) == 1 and fired[0]["quiet_days"] == 87
    assert fired[0]["previous"]["event_id"] == second.event_ids[0]
    assert "in 87 days (last: 11 Mar 2024, Baghdad)" in fired[0]["text"]
    assert run_rules(store, rules, third.event_ids, out) == []  # once per (rule, event)
    assert out.getvalue().count("ALERT ") == 1
    listed = list_alerts(store, 10)
    assert [a["event_id"] for a in listed] == [third.event_ids[0]]


class _Receiver(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Receiver.received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver():
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    _Receiver.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", _Receiver.received
    server.shutdown()
    server.server_close()


def test_hook_delivers_to_webhook_and_jsonl_and_survives_a_dead_target(store, tmp_path, receiver):
    url, received = receiver
    jsonl = tmp_path / "alerts.jsonl"
    path = tmp_path / "rules.yaml"
    path.write_text(
        f"deliver:\n  - jsonl: {jsonl}\n  - webhook: {url}\n"
        "  - {webhook: 'http://127.0.0.1:9/nothing', timeout: 1}\n"
        "rules:\n  - name: deadly near Rafah\n    point: [31.29, 34.25]\n"
        "    within_km: 20\n    min_fatalities: 3\n"
    )
    hook = load_watch_hook(path)
    article, minor = _save(
        store,
        "A strike in Rafah wounded two people.",
        make_event("Rafah", D, fatalities=1, source="A"),
    )
    hook(store, article, minor.event_ids)
    article, deadly = _save(
        store,
        "An air strike on a house in Rafah killed five people on Friday.",
        make_event("Rafah", D + timedelta(days=5), fatalities=5, source="B"),
    )
    hook(store, article, deadly.event_ids)
    hook(store, article, deadly.event_ids)
    assert [r["event_id"] for r in received] == deadly.event_ids
    lines = jsonl.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["event"]["fatalities"] == 5
    assert any(f["origin"] == "alert:deadly near Rafah" for f in store.failures())


def test_background_events_do_not_alert_by_default(store):
    rules = parse_rules({"rules": [{"name": "any strike", "type": "Air/drone strike"}]})
    _, saved = _save(
        store, "Last year a drone strike hit Gao.", make_event("Gao", D, status="background")
    )
    assert run_rules(store, rules, saved.event_ids, io.StringIO()) == []
    rules = parse_rules(
        {"rules": [{"name": "any strike", "type": "air/drone strike", "status": "any"}]}
    )
    assert len(run_rules(store, rules, saved.event_ids, io.StringIO())) == 1


def test_the_shipped_example_rules_parse():
    from pathlib import Path

    import sitroom.fuse

    example = Path(sitroom.fuse.__file__).parent / "data" / "alerts.example.yaml"
    rules = load_rules(example)
    assert len(rules) == 3 and rules[0].lull_days == 30 and rules[2].within_km == 50

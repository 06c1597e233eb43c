"""POST /api/articles through the real pipeline, and `sitroom serve` as a user starts it."""

from __future__ import annotations

import time

import httpx
import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.pipeline import Pipeline, component
from sitroom.store import EventFilter, open_store
from tests.api.conftest import make_client
from tests.api.serving import Served
from tests.web.conftest import free_port

REPORT = {
    "text": "Gunmen attacked a police post in the town of Djibo in northern Burkina Faso on "
            "Friday, killing two officers, a security source said. Residents said the attackers "
            "fled on motorbikes.",
    "source": "Sahel Wire",
    "url": "https://example.org/djibo",
    "published": "2024-06-08T09:30:00Z",
}


@pytest.mark.slow
def test_ingest_stores_the_article_once_and_returns_its_events(pipeline, tmp_path):
    db = str(tmp_path / "ingest.db")
    with make_client(db, allow_ingest=True, pipeline_factory=lambda: pipeline) as c:
        first = c.post("/api/articles", json=REPORT, params={"wait": 60})
        assert first.status_code == 201, first.text
        body = first.json()
        assert body["stored"] and not body["already_stored"]
        assert body["warnings"] == []  # what a stage skipped would be listed here
        again = c.post("/api/articles", json=REPORT)
        assert again.status_code == 200
        assert again.json()["already_stored"] and again.json()["event_ids"] == body["event_ids"]
        for event_id in body["event_ids"]:
            detail = c.get(f"/api/events/{event_id}").json()
            assert detail["articles"][body["article_id"]]["text"] == REPORT["text"]
    store = open_store(db)
    try:
        article = store.get_article(body["article_id"])
        assert article.source == "Sahel Wire" and article.published.isoformat() == "2024-06-08"
        stored = [e.event_id_cnty for e in store.events(EventFilter(article_id=body["article_id"]))]
        assert stored == body["event_ids"]
        assert body["events_added"] + body["events_merged"] == len(stored)
    finally:
        store.close()


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no store at" in result.output and "--allow-ingest" in result.output


def test_serve_starts_uvicorn_over_the_store(sample_db, tmp_path):
    args = ["--db", sample_db, "--log-level", "warning"]
    with Served(args, free_port(), tmp_path / "serve.log", console_script=True) as server:
        r = server.wait_ready()
        assert r.json() == {"ok": True, "events": 7}
        ingest = httpx.post(f"{server.base}/api/articles", json=REPORT, timeout=30)
        assert ingest.status_code == 403
        server.stop()


@pytest.mark.slow
def test_watch_rules_fire_on_articles_ingested_through_the_api(pipeline, tmp_path):
    rules = tmp_path / "rules.yaml"
    sink = tmp_path / "alerts.jsonl"
    rules.write_text(
        f"deliver:\n  - jsonl: {sink}\nrules:\n  - name: anything new\n    status: any\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "alerts.db")
    with make_client(
        db, allow_ingest=True, alerts=str(rules), pipeline_factory=lambda: pipeline
    ) as c:
        body = c.post("/api/articles", json=REPORT, params={"wait": 60}).json()
        assert body["event_ids"], "the pipeline found no event in a plain attack report"
        alerts = c.get("/api/alerts").json()["alerts"]
    assert {a["event_id"] for a in alerts} == set(body["event_ids"])
    assert all(a["rule"] == "anything new" for a in alerts)
    assert len(sink.read_text(encoding="utf-8").splitlines()) == len(alerts)


@component("explode_in_api_test")
def _explode(settings):
    """A real registered component that fails on one article, as a broken extractor would."""

    def run(ctx):
        if "motorbikes" in ctx.article.text:
            raise RuntimeError("extractor crashed")

    return run


@pytest.mark.slow
def test_an_extractor_crash_is_a_json_422_and_stores_nothing(pipeline, tmp_path):
    broken = Pipeline(
        components=[*pipeline.component_names, "explode_in_api_test"], nlp=pipeline.nlp
    )
    db = str(tmp_path / "crash.db")
    with make_client(db, allow_ingest=True, pipeline_factory=lambda: broken) as c:
        r = c.post("/api/articles", json=REPORT, params={"wait": 60})
        assert r.status_code == 422
        assert "extractor crashed" in r.json()["error"]["message"]
        assert "Traceback" not in r.text
        assert c.get("/api/events").json()["total"] == 0


@pytest.mark.slow
def test_ingest_is_queued_with_a_status_url_and_a_full_queue_is_429(pipeline, tmp_path):
    import threading

    gate = threading.Event()

    def slow_factory():
        gate.wait(30)  # the writer holds its first job until the test lets it go
        return pipeline

    db = str(tmp_path / "queue.db")
    with make_client(db, allow_ingest=True, pipeline_factory=slow_factory, ingest_queue=2) as c:
        texts = [REPORT["text"].replace("two officers", f"{n} officers") for n in range(3, 8)]
        answers = [c.post("/api/articles", json={**REPORT, "text": t}) for t in texts]
        codes = [r.status_code for r in answers]
        assert codes[0] == 202 and 429 in codes, codes
        full = next(r for r in answers if r.status_code == 429)
        assert "queue is full" in full.json()["error"]["message"] and full.headers["retry-after"]
        assert c.get("/api/health").status_code == 200  # reads answer while ingest waits
        status_url = answers[0].json()["status_url"]
        assert answers[0].headers["location"] == status_url
        gate.set()
        deadline = time.monotonic() + 60
        while (state := c.get(status_url).json())["state"] in ("queued", "running"):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert state["state"] == "done" and state["result"]["stored"], state
        assert c.get("/api/articles/jobs/nope").status_code == 404

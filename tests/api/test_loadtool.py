"""The load generator and multi-worker settings: small runs that prove the tools work."""

from __future__ import annotations

import asyncio
import random
from concurrent.futures import ThreadPoolExecutor

from sitroom.api import ApiSettings, create_app
from sitroom.api.app import SETTINGS_ENV, app_from_env, settings_to_env
from sitroom.api.params import parse_bbox
from sitroom.bench.api_load import build_store, fire, random_query
from sitroom.store import open_store
from tests.web.conftest import LiveServer


def test_random_queries_are_valid_api_filters():
    rng = random.Random(1)
    for _ in range(200):
        q = random_query(rng, 100)
        min_lon, min_lat, max_lon, max_lat = parse_bbox(q["bbox"])
        assert max_lon - min_lon >= 2 and max_lat - min_lat >= 2
        assert q["since"] < q["until"]


def test_load_run_on_a_small_synthetic_store(tmp_path):
    db = str(tmp_path / "load.db")
    build_store(db, 600, per_article=150)
    store = open_store(db)
    assert store.count_events(None) >= 600
    store.close()
    with LiveServer(create_app(ApiSettings(db=db))) as server:
        run = fire(server.url, requests=40, concurrency=4, limit=50, seed=3)
        with ThreadPoolExecutor(1) as own_loop:  # Playwright's sync API may hold this thread's loop
            result = own_loop.submit(asyncio.run, run).result()
    summary = result.summary()
    assert summary["requests"] == 40 and summary["errors"] == 0
    assert 0 < summary["p50_ms"] <= summary["p95_ms"] <= summary["max_ms"]


def test_worker_processes_rebuild_the_same_settings(monkeypatch, sample_db):
    settings = ApiSettings(
        db=sample_db, allow_ingest=True, cors_origins=["https://analyst.example"],
        tiles_url="https://tiles.example/{z}/{x}/{y}.png", max_body_bytes=5000,
    )
    monkeypatch.setenv(SETTINGS_ENV, settings_to_env(settings))
    assert app_from_env().state.settings == settings

"""A real `sitroom serve --allow-ingest` on loopback under concurrent large POSTs: reads stay
fast, overload is 429 (never a hang or a 5xx), and SIGTERM stops it within seconds."""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]

#: Read latency allowed at the 95th percentile while ingest is queued (the benchmark,
#: scripts/bench_api_ingest.py, holds the 500 ms goal; a shared CI box gets slack).
P95_LIMIT = 1.5


def _large_report(i: int) -> str:
    sentence = (
        f"Armed men attacked a market in district {i} on Monday, residents said, and the "
        "police said the attackers fled toward the hills after an exchange of fire. "
    )
    return sentence * 300  # about 50k characters


async def _load(base: str, posts: int, reads: int) -> tuple[list[int], list[float], list[int]]:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        async def post(i: int) -> int:
            r = await client.post("/api/articles", json={"text": _large_report(i)})
            return r.status_code

        async def read() -> tuple[float, int]:
            began = time.perf_counter()
            r = await client.get("/api/events", params={"limit": 50})
            return time.perf_counter() - began, r.status_code

        post_tasks = [asyncio.create_task(post(i)) for i in range(posts)]
        timings = []
        for _ in range(reads):
            timings.append(await read())
            await asyncio.sleep(0.02)
        codes = await asyncio.gather(*post_tasks)
    return codes, [t for t, _ in timings], [c for _, c in timings]


@pytest.mark.slow
def test_reads_stay_fast_while_large_posts_queue_and_sigterm_stops_it(tmp_path):
    port = free_port()
    db = tmp_path / "load.db"
    # this checkout's sitroom, whichever one is installed
    cmd = [sys.executable, "-c", "from sitroom.cli import main; main()", "serve", "--db", str(db), "--port", str(port), "--allow-ingest",
           "--ingest-queue", "8", "--log-level", "warning"]
    log = (tmp_path / "serve.log").open("w")  # a file, not a pipe nobody drains
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, text=True,
                            cwd=ROOT, env={**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT)})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/api/health", timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"sitroom serve did not start: {_tail(tmp_path)}")
                time.sleep(0.2)
        codes, latencies, read_codes = asyncio.run(_load(base, posts=30, reads=60))
        assert set(read_codes) == {200}
        assert set(codes) <= {202, 429}, codes
        assert 429 in codes and 202 in codes
        p95 = statistics.quantiles(latencies, n=20)[-1]
        assert p95 < P95_LIMIT, f"read p95 {p95:.3f}s"
    finally:
        began = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail(f"sitroom serve did not stop within 15 s of SIGTERM: {_tail(tmp_path)}")
    assert time.monotonic() - began < 10


def _tail(tmp_path: Path) -> str:
    return (tmp_path / "serve.log").read_text(encoding="utf-8", errors="replace")[-3000:]

"""A real `sitroom serve --allow-ingest` on loopback under concurrent large POSTs: reads stay
fast, overload is 429 (never a hang or a 5xx), and SIGTERM stops it within seconds."""

from __future__ import annotations

import asyncio
import statistics
import time

import httpx
import pytest

from tests.api.serving import Served
from tests.web.conftest import free_port

#: Read latency allowed at the 95th percentile while ingest is queued (the benchmark,
#: `python -m sitroom.bench.api_ingest`, holds the 500 ms goal; a shared CI box gets slack).
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


async def _read_latencies(base: str, reads: int) -> list[float]:
    """Read latencies with nothing else going on: this machine's baseline right now."""
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        out = []
        for _ in range(reads):
            began = time.perf_counter()
            (await client.get("/api/events", params={"limit": 50})).raise_for_status()
            out.append(time.perf_counter() - began)
    return out


@pytest.mark.slow
def test_reads_stay_fast_while_large_posts_queue_and_sigterm_stops_it(tmp_path):
    args = ["--db", str(tmp_path / "load.db"), "--allow-ingest", "--ingest-queue", "8",
            "--log-level", "warning"]
    with Served(args, free_port(), tmp_path / "serve.log") as server:
        server.wait_ready()
        idle = statistics.quantiles(asyncio.run(_read_latencies(server.base, 20)), n=20)[-1]
        codes, latencies, read_codes = asyncio.run(_load(server.base, posts=30, reads=60))
        assert set(read_codes) == {200}
        assert set(codes) <= {202, 429}, codes
        assert 429 in codes and 202 in codes
        p95 = statistics.quantiles(latencies, n=20)[-1]
        # A read that waited for ingest would take an article's extraction time (seconds);
        # a busy machine slows every read alike, so the bound scales with its idle reads.
        limit = max(P95_LIMIT, 10 * idle)
        assert p95 < limit, f"read p95 {p95:.3f}s under load (idle p95 {idle:.3f}s)"
        stopped_in = server.stop()
    assert stopped_in < 10, f"sitroom serve took {stopped_in:.1f}s to stop after SIGTERM"

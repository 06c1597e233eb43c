"""Reads while ingest is queued: `sitroom serve --allow-ingest` under concurrent large POSTs.

    python -m sitroom.bench.api_ingest --posts 50 --chars 150000 --reads 300

starts the server on a free loopback port over a store of synthetic events (built with
`sitroom.bench.api_load.build_store`), fires ``--posts`` large POST /api/articles at once
while one client reads /api/events in a loop, and reports read latency (p50/p95/max),
the status codes of both, and how long the server takes to stop on SIGTERM. Loopback
only; not a test (tests/api/test_ingest_load.py runs a small version).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _report(i: int, chars: int) -> str:
    sentence = (
        f"Armed men attacked a market in district {i} on Monday, residents said, and police "
        "said the attackers fled toward the hills after an exchange of fire. "
    )
    return (sentence * (chars // len(sentence) + 1))[:chars]


async def _load(base: str, posts: int, chars: int, reads: int) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        async def post(i: int) -> int:
            r = await client.post("/api/articles", json={"text": _report(i, chars)})
            return r.status_code

        tasks = [asyncio.create_task(post(i)) for i in range(posts)]
        latencies, read_codes = [], Counter()
        for _ in range(reads):
            began = time.perf_counter()
            r = await client.get("/api/events", params={"limit": 100})
            latencies.append(time.perf_counter() - began)
            read_codes[r.status_code] += 1
            await asyncio.sleep(0.01)
        post_codes = Counter(await asyncio.gather(*tasks))
    q = statistics.quantiles(latencies, n=100)
    return {
        "read_p50_ms": round(q[49] * 1000, 1), "read_p95_ms": round(q[94] * 1000, 1),
        "read_max_ms": round(max(latencies) * 1000, 1), "read_codes": dict(read_codes),
        "post_codes": dict(post_codes),
    }


def main(argv: list[str] | None = None) -> None:
    from sitroom.bench.api_load import _free_port as free_port
    from sitroom.bench.api_load import build_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=50)
    parser.add_argument("--chars", type=int, default=150_000)
    parser.add_argument("--reads", type=int, default=300)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--out", default="bench-out/api_ingest.json")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "api.db")
        build_store(db, args.events)
        port = free_port()
        cmd = [sys.executable, "-c", "from sitroom.cli import main; main()", "serve", "--db", db,
               "--port", str(port), "--allow-ingest", "--log-level", "warning",
               "--max-body", str(args.chars * 2 + 10_000)]
        log = open(Path(tmp) / "serve.log", "w")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        base = f"http://127.0.0.1:{port}"
        _wait_up(base, proc)
        try:
            result = asyncio.run(_load(base, args.posts, args.chars, args.reads))
        finally:
            began = time.perf_counter()
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()
        result["sigterm_to_exit_s"] = round(time.perf_counter() - began, 2)
        result.update(posts=args.posts, chars=args.chars, events=args.events)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result, indent=2))


def _wait_up(base: str, proc: subprocess.Popen) -> None:
    import httpx

    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(f"{base}/api/health", timeout=2)
            return
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("sitroom serve did not start") from None
            time.sleep(0.3)


if __name__ == "__main__":
    main()

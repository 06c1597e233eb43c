"""Load generator for GET /api/events: p50/p95 latency of bbox + time queries on loopback.

    python -m sitroom.bench.api_load --events 100000 --db /tmp/load.db --requests 2000

builds a store of synthetic events (once; an existing store of that size is reused),
starts `sitroom serve` on a free loopback port (or targets --url), and fires random
bbox + date-window queries from `--concurrency` clients at once. Not a test: a
measurement to report.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sitroom.model import Article, Event

#: The synthetic theatre: a box over the Middle East, the Horn and the Sahel.
AREA = (-5.0, 5.0, 55.0, 40.0)  # min_lon, min_lat, max_lon, max_lat
FIRST_DAY = date(2021, 1, 1)
DAYS = 4 * 365
COUNTRIES = ("IRQ", "SYR", "YEM", "SDN", "MLI", "BFA", "NER", "SOM", "LBY", "ISR")
TYPES = (
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
)
ACTORS = ("Islamic State", "Rapid Support Forces", "JNIM", "Houthis (Ansar Allah)",
          "Military Forces of Iraq", "Unidentified Armed Group", "Al Shabaab", "Civilians")


def synthetic_events(rng: random.Random, n: int) -> list[Event]:
    """Events spread over AREA and four years, precise enough that fusion keeps them apart."""
    out = []
    for _ in range(n):
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        kind, sub = rng.choice(TYPES)
        iso3 = rng.choice(COUNTRIES)
        out.append(Event(
            event_id_cnty=iso3, event_date=day, year=day.year, time_precision=1,
            event_type=kind, sub_event_type=sub, actor1=rng.choice(ACTORS),
            actor2=rng.choice(ACTORS), country=iso3, admin1=f"{iso3}-{rng.randrange(12)}",
            location=f"Place {rng.randrange(10_000)}",
            latitude=round(rng.uniform(AREA[1], AREA[3]), 4),
            longitude=round(rng.uniform(AREA[0], AREA[2]), 4), geo_precision=1,
            fatalities=rng.choice((0, 0, 1, 2, 3, 5, 10)), status="new", claim="reported",
            source="Synthetic Wire", notes=f"Synthetic event on {day.isoformat()}.",
        ))
    return out


def synthetic_text(rng: random.Random, i: int) -> str:
    """Distinct word salad, so near-duplicate detection never links two synthetic reports."""
    words = [f"w{rng.randrange(50_000)}" for _ in range(80)]
    return f"Synthetic load-test report number {i}. " + " ".join(words) + "."


def build_store(db: str, n: int, per_article: int = 200, seed: int = 7) -> float:
    """Fill `db` with about `n` events through the store's own save(); returns seconds taken."""
    from sitroom.fuse.save import save
    from sitroom.store import open_store

    rng = random.Random(seed)
    store = open_store(db)
    start = time.perf_counter()
    try:
        have = store.count_events(None)
        i = 0
        while have < n:
            batch = min(per_article, n - have)
            article = Article(synthetic_text(rng, i), source="Synthetic Wire",
                              published=FIRST_DAY, origin="loadtest")
            result = save(store, article, synthetic_events(rng, batch))
            have += result.events_added
            i += 1
            if result.events_added == 0 and result.article_new is False:
                continue
            if i % 50 == 0:
                print(f"  {have} events stored", file=sys.stderr)
    finally:
        store.close()
    return time.perf_counter() - start


def random_query(rng: random.Random, limit: int) -> dict[str, str]:
    """A box 2–8 degrees wide inside AREA and a 30–120-day window inside the four years."""
    w, h = rng.uniform(2, 8), rng.uniform(2, 8)
    lon = rng.uniform(AREA[0], AREA[2] - w)
    lat = rng.uniform(AREA[1], AREA[3] - h)
    span = rng.randrange(30, 121)
    since = FIRST_DAY + timedelta(days=rng.randrange(DAYS - span))
    return {
        "bbox": f"{lon:.3f},{lat:.3f},{lon + w:.3f},{lat + h:.3f}",
        "since": since.isoformat(), "until": (since + timedelta(days=span)).isoformat(),
        "limit": str(limit),
    }


@dataclass
class Result:
    latencies_ms: list[float]
    errors: int
    seconds: float
    matched: list[int]

    def summary(self) -> dict[str, float]:
        lat = sorted(self.latencies_ms)
        q = statistics.quantiles(lat, n=100) if len(lat) > 1 else lat * 99

        return {
            "requests": len(lat), "errors": self.errors,
            "throughput_rps": round(len(lat) / self.seconds, 1),
            "p50_ms": round(q[49], 2), "p95_ms": round(q[94], 2), "p99_ms": round(q[98], 2),
            "max_ms": round(lat[-1], 2), "mean_ms": round(statistics.fmean(lat), 2),
            "mean_matched": round(statistics.fmean(self.matched), 1) if self.matched else 0,
        }


async def fire(url: str, requests: int, concurrency: int, limit: int, seed: int) -> Result:
    import httpx

    rng = random.Random(seed)
    queries = [random_query(rng, limit) for _ in range(requests)]
    latencies: list[float] = []
    matched: list[int] = []
    errors = 0
    pending = iter(queries)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        for params in pending:
            t0 = time.perf_counter()
            try:
                r = await client.get("/api/events", params=params)
                ok = r.status_code == 200
                body = r.json() if ok else None
            except httpx.HTTPError:
                ok, body = False, None
            latencies.append((time.perf_counter() - t0) * 1000)
            if ok:
                matched.append(body["total"])
            else:
                errors += 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        await client.get("/api/health")  # warm up: opens the store in a worker thread
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        seconds = time.perf_counter() - start
    return Result(latencies, errors, seconds, matched)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, workers: int = 1) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    exe = Path(sys.executable).with_name("sitroom")
    cmd = [str(exe), "serve", "--db", db, "--port", str(port), "--log-level", "warning",
           "--workers", str(workers)]
    proc = subprocess.Popen(cmd, env={**os.environ, "NO_COLOR": "1"})
    url = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "/api/health", timeout=2)
            return proc, url
        except httpx.TransportError:
            if proc.poll() is not None:
                break
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("sitroom serve did not start")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="/tmp/sitroom-load.db")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--url", help="Target a running server instead of starting one.")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--limit", type=int, default=100, help="Page size asked for.")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--workers", type=int, default=1, help="Server processes to start.")
    args = ap.parse_args(argv)

    report: dict[str, object] = {"db": args.db, "events_wanted": args.events}
    if not args.url:
        built = build_store(args.db, args.events)
        report["build_seconds"] = round(built, 1)
    proc, url = (None, args.url) if args.url else start_server(args.db, args.workers)
    try:
        result = asyncio.run(fire(url, args.requests, args.concurrency, args.limit, args.seed))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
    report.update(concurrency=args.concurrency, limit=args.limit, workers=args.workers,
                  **result.summary())
    print(json.dumps(report, indent=2))
    return 0 if result.errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

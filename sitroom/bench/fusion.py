"""Store-layer ingest throughput with fusion, against stores already holding N events.

No NLP: synthetic articles with synthetic events (hotspots in several conflicts, jittered
in time and space), a share of them re-reporting stored events as other outlets would, and
a share of syndicated copies. Shows that candidate lookup (R*Tree) and near-duplicate
lookup (LSH bands) keep ingest speed flat as the store grows.

    python -m sitroom.bench.fusion --sizes 0 100000 1000000 --articles 2000
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sitroom.fuse.index import event_box, near_queries
from sitroom.fuse.save import admissible, save
from sitroom.model import Article, Event
from sitroom.store.base import INDEXED_COLUMNS
from sitroom.store.sqlite import SQLiteStore

#: Conflict areas (south, west, north, east, country, iso3); hotspots are drawn inside them.
AREAS = (
    (29.0, 39.0, 37.0, 48.5, "Iraq", "IRQ"),
    (32.5, 35.7, 37.3, 42.0, "Syria", "SYR"),
    (12.6, 42.6, 19.0, 53.0, "Yemen", "YEM"),
    (10.0, -12.0, 25.0, 4.0, "Mali", "MLI"),
    (9.5, -5.5, 15.0, 2.4, "Burkina Faso", "BFA"),
    (11.7, 0.2, 23.0, 16.0, "Niger", "NER"),
    (44.4, 22.2, 52.3, 40.2, "Ukraine", "UKR"),
    (31.2, 34.2, 31.6, 34.6, "Palestine", "PSE"),
    (8.7, 21.8, 22.0, 38.6, "Sudan", "SDN"),
    (-1.7, 41.0, 11.9, 51.4, "Somalia", "SOM"),
    (4.3, 2.7, 13.9, 14.7, "Nigeria", "NGA"),
    (-11.0, 12.0, 5.0, 31.0, "DR Congo", "COD"),
)
N_HOTSPOTS = 600
END = date(2024, 6, 30)
#: A store grows with time at a steady rate (ACLED codes ~200k events a year worldwide), so
#: N stored events span N / EVENTS_PER_DAY days before END: 1M ≈ five years. New articles
#: report the last RECENT_DAYS, so each run meets the same density of nearby events.
EVENTS_PER_DAY = 550
RECENT_DAYS = 30


def hotspots(seed: int = 11) -> list[tuple[float, float, str, str]]:
    """Town-like places where events cluster, spread over the conflict areas."""
    rng = random.Random(seed)
    out = []
    for _ in range(N_HOTSPOTS):
        south, west, north, east, country, iso3 = rng.choice(AREAS)
        out.append((rng.uniform(south, north), rng.uniform(west, east), country, iso3))
    return out


HOTSPOTS = hotspots()
TYPES = (
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
)
ACTORS = tuple(f"Armed Group {c}" for c in "ABCDEFGHIJKLMNOP")
WORDS = tuple(f"w{i}" for i in range(5000))


def synthetic_event(rng: random.Random, span_days: int = RECENT_DAYS) -> Event:
    """An event in the ``span_days`` before END."""
    lat, lon, country, iso3 = rng.choice(HOTSPOTS)
    event_type, sub = rng.choice(TYPES)
    day = END - timedelta(days=rng.randrange(span_days))
    gp = rng.choices((1, 2, 3), weights=(70, 20, 10))[0]
    return Event(
        event_id_cnty=iso3,
        event_date=day,
        year=day.year,
        time_precision=rng.choices((1, 2, 3), weights=(85, 10, 5))[0],
        event_type=event_type,
        sub_event_type=sub,
        actor1=rng.choice(ACTORS),
        actor2=rng.choice(ACTORS),
        country=country,
        location=f"Place {rng.randrange(10**6)}",
        latitude=round(lat + rng.gauss(0, 0.1), 4),
        longitude=round(lon + rng.gauss(0, 0.1), 4),
        geo_precision=gp,
        fatalities=rng.choice((0, 0, 1, 2, 3, 5)),
        confidence=0.6,
        source="Bench Wire",
    )


def preload(store: SQLiteStore, n: int, rng: random.Random, chunk: int = 20000) -> float:
    """Fill the events table and its R*Tree with n events directly (seconds taken)."""
    start = time.perf_counter()
    cols = ", ".join(INDEXED_COLUMNS)
    marks = ", ".join("?" for _ in INDEXED_COLUMNS)
    conn = store.conn
    span = max(RECENT_DAYS, n // EVENTS_PER_DAY)
    for first in range(0, n, chunk):
        rows, boxes = [], []
        for i in range(first, min(n, first + chunk)):
            e = synthetic_event(rng, span)
            e.event_id_cnty = f"PRE{i}"
            record = e.to_record()
            rows.append(
                (
                    e.event_id_cnty,
                    *[record[c] for c in INDEXED_COLUMNS],
                    json.dumps(record),
                    0.0,
                    0.0,
                )
            )
            boxes.append((e.event_id_cnty, event_box(e)))
        conn.execute("BEGIN")
        conn.executemany(
            f"INSERT INTO events(event_id_cnty, {cols}, record, created_at, updated_at)"
            f" VALUES (?, {marks}, ?, ?, ?)",
            rows,
        )
        for event_id, box in boxes:
            store.index_event(event_id, box)
        conn.execute("COMMIT")
    return time.perf_counter() - start


@dataclass
class Run:
    stored_before: int
    articles: int
    events: int
    merged: int
    copies: int
    seconds: float
    mean_candidates: float
    lookup_ms: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def events_per_s(self) -> float:
        return self.events / self.seconds


def _text(rng: random.Random, n_words: int = 120) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n_words)) + "."


def measure(store: SQLiteStore, n_articles: int, rng: random.Random, stored_before: int) -> Run:
    """Save articles (1–3 events each): 30% re-report a recent event, 10% are copies."""
    recent: list[tuple[Article, Event]] = []
    events = merged = copies = candidates = lookups = 0
    seconds = lookup_s = 0.0
    for i in range(n_articles):
        roll = rng.random()
        if roll < 0.1 and recent:
            original, _ = rng.choice(recent)
            words = original.text.split()
            words[rng.randrange(len(words))] = "edited"
            article = Article(text=" ".join(words), source=f"Reprint {i}")
            batch: list[Event] = []
        elif roll < 0.4 and recent:
            _, seen = rng.choice(recent)
            again = seen.copy()
            again.source, again.article_id, again.event_id_cnty = f"Outlet {i}", "", ""
            article, batch = Article(text=_text(rng), source=again.source), [again]
        else:
            batch = [synthetic_event(rng) for _ in range(rng.randint(1, 3))]
            article = Article(text=_text(rng), source="Bench Wire")
        for e in batch:  # timed apart: the fusion lookup alone (index probe + screen + decode)
            lookups += 1
            queries = near_queries(e)
            candidates += len(
                {c.light.event_id_cnty for found in store.near(queries) for c in found}
            )
            t0 = time.perf_counter()
            admissible(store, [e])
            lookup_s += time.perf_counter() - t0
        start = time.perf_counter()
        result = save(store, article, batch)
        seconds += time.perf_counter() - start
        events += len(result.event_ids)
        merged += result.events_merged
        copies += bool(result.duplicate_of)
        if batch:
            recent = (recent + [(article, batch[0])])[-200:]
    return Run(
        stored_before,
        n_articles,
        events,
        merged,
        copies,
        seconds,
        candidates / max(1, lookups),
        1000 * lookup_s / max(1, lookups),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100_000, 1_000_000])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--dir", default=None, help="Folder for the temporary databases.")
    parser.add_argument("--cache-mb", type=int, default=0, help="PRAGMA cache_size, in MB.")
    parser.add_argument(
        "--synchronous",
        default=None,
        choices=["full", "normal", "off"],
        help="PRAGMA synchronous for the bench store (default: the store's own setting).",
    )
    args = parser.parse_args(argv)
    print(
        f"sqlite {sqlite3.sqlite_version}; {args.articles} articles per run;"
        f" synchronous={args.synchronous or 'store default'}"
    )
    print("stored_before  preload_s  articles/s  events/s  merged  copies  candidates  lookup_ms")
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        for size in args.sizes:
            rng = random.Random(size + 7)
            path = Path(tmp) / f"bench-{size}.db"
            store = SQLiteStore(path)
            if args.synchronous:
                store.conn.execute(f"PRAGMA synchronous={args.synchronous.upper()}")
            if args.cache_mb:
                store.conn.execute(f"PRAGMA cache_size=-{args.cache_mb * 1024}")
            load_s = preload(store, size, rng)
            measure(store, 20, rng, size)  # warm up: imports, caches
            run = measure(store, args.articles, rng, size)
            store.close()
            print(
                f"{size:>13,}  {load_s:>9.1f}  {run.articles_per_s:>10.1f}"
                f"  {run.events_per_s:>8.1f}  {run.merged:>6}  {run.copies:>6}"
                f"  {run.mean_candidates:>10.2f}  {run.lookup_ms:>9.3f}",
                flush=True,
            )
            path.unlink()


if __name__ == "__main__":
    main()

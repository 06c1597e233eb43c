"""Scale-out figures: Dask extraction throughput by worker count, and the store's write rate.

    python -m sitroom.bench.scale --pg postgresql://user@host/db --articles 300

Prints (and with --json writes) four things:

1. extraction throughput in one process (no Dask) and with 1, 2, ... Dask workers, in
   steady state (each worker's pipeline is built before timing starts), with the client
   or the workers saving (--writers), and the scaling efficiency rate(n) / (n × rate(1));
2. write rate into the store (PostgreSQL when --pg is given, else SQLite) of synthetic
   events: bulk (`save_many`), one article per transaction, and several writer processes
   at once (--concurrent-writers, PostgreSQL only);
3. an estimate, on paper, for a cluster of --project workers: min(workers × measured
   per-worker rate × measured efficiency, the measured write ceiling). It is a projection
   from the numbers above, not a measurement.

Every figure carries the load average when it was taken: on a shared machine it matters.

The corpus is ACLED coder notes from ../shared/eval (several notes per article, read at
run time, never copied) when present, else the bundled examples repeated with a distinct
reference line each; or any files given with --corpus.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitroom.model import Article, Event

ROOT = Path(__file__).resolve().parents[2]
ACLED_NOTES = ROOT.parent / "shared" / "eval" / "acled" / "acled_global_2020-04-28_2020-05-09.csv"
EXAMPLES = ROOT / "examples"
PUBLISHED = date(2020, 5, 10)


@dataclass
class Figures:
    cores: int = 0
    load_average: float = 0.0
    articles: int = 0
    words_per_article: float = 0.0
    single_process_rate: float = 0.0  # articles/s, Pipeline.extract_many, no Dask
    dask: list[dict[str, Any]] = field(default_factory=list)  # per worker count
    writes: dict[str, Any] = field(default_factory=dict)
    projection: dict[str, Any] = field(default_factory=dict)


# -- corpus ---------------------------------------------------------------------------------


def acled_texts(path: Path, notes_per_article: int = 4) -> list[str]:
    """Articles made of consecutive ACLED coder notes (real conflict prose, several events)."""
    with path.open(encoding="utf-8", newline="") as fh:
        notes = [row["notes"].strip() for row in csv.DictReader(fh) if row.get("notes", "").strip()]
    return [
        " ".join(notes[i:i + notes_per_article])
        for i in range(0, len(notes) - notes_per_article + 1, notes_per_article)
    ]


def example_texts() -> list[str]:
    from sitroom.ingest import read_paths

    return [a.text for a in read_paths([EXAMPLES], PUBLISHED) if isinstance(a, Article)]


def write_corpus(texts: list[str], n: int, folder: Path) -> Path:
    """A JSONL of ``n`` distinct articles (texts reused get a reference line of their own)."""
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)]
            if i >= len(texts):
                text += f"\nReference {i}."
            fh.write(json.dumps({"text": text, "source": "Bench", "published": PUBLISHED.isoformat()}))
            fh.write("\n")
    return path


def corpus_texts(paths: list[str]) -> list[str]:
    if paths:
        from sitroom.ingest import read_paths

        return [a.text for a in read_paths(paths, PUBLISHED) if isinstance(a, Article)]
    return acled_texts(ACLED_NOTES) if ACLED_NOTES.exists() else example_texts()


# -- extraction -----------------------------------------------------------------------------


def single_process_rate(texts: list[str]) -> float:
    """Articles per second through the pipeline in this process (after it is built)."""
    from sitroom.ingest.dask_ingest import worker_pipeline

    pipeline = worker_pipeline((), None)
    articles = [Article(text=t, source="Bench", published=PUBLISHED) for t in texts]
    start = time.perf_counter()
    for _ in pipeline.extract_many(articles):
        pass
    return len(articles) / (time.perf_counter() - start)


def _warm(actor_files: tuple[str, ...]) -> float:
    """Build this worker's pipeline; returns the seconds it took."""
    from sitroom.ingest.dask_ingest import worker_pipeline

    start = time.perf_counter()
    worker_pipeline(actor_files, None)
    return time.perf_counter() - start


def dask_rate(
    corpus: Path, db_url: str, workers: int, partition_size: int, writers: str = "auto"
) -> dict[str, Any]:
    """One timed ingest on a fresh LocalCluster of ``workers`` processes (pipelines pre-built)."""
    import logging

    from distributed import Client, LocalCluster

    from sitroom.ingest.dask_ingest import run_dask_ingest

    began = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        startup = time.perf_counter() - began
        build = client.run(_warm, ())
        report, stats = run_dask_ingest(
            [str(corpus)], db_url, scheduler=cluster.scheduler_address,
            partition_size=partition_size, writers=writers,
        )
    rate = report.articles_stored / stats.wall_seconds if stats.wall_seconds else 0.0
    return {
        "workers": workers, "writers": writers, "articles_stored": report.articles_stored,
        "errors": len(report.errors), "events_added": report.events_added,
        "events_merged": report.events_merged, "cluster_start_s": round(startup, 2),
        "pipeline_build_s": round(max(build.values()), 2), "wall_s": round(stats.wall_seconds, 2),
        "write_s": round(stats.write_seconds, 2), "articles_per_s": round(rate, 2),
        "per_worker": {str(k): v for k, v in stats.by_worker.items()},
        "load_average": round(os.getloadavg()[0], 2),
    }


# -- writes ---------------------------------------------------------------------------------


def synthetic_batch(n_articles: int, events_per_article: int, seed: int = 1) -> list[tuple[Article, list[Event]]]:
    """Articles with events scattered over conflict regions; about a third repeat a place and
    day already used, so fusion has real work to do (merges as well as inserts)."""
    rng = random.Random(seed)
    regions = [(33.3, 44.4, "Iraq", "IRQ"), (15.4, 44.2, "Yemen", "YEM"), (14.0, -1.5, "Burkina Faso", "BFA"),
               (48.5, 37.5, "Ukraine", "UKR"), (31.4, 34.4, "Palestine", "PSE"), (13.5, 25.0, "Sudan", "SDN")]
    seen: list[tuple[float, float, date, str, str]] = []
    items = []
    for i in range(n_articles):
        events = []
        for _ in range(events_per_article):
            if seen and rng.random() < 0.33:
                lat, lon, day, country, iso3 = rng.choice(seen)
            else:
                lat0, lon0, country, iso3 = rng.choice(regions)
                lat, lon = lat0 + rng.uniform(-3, 3), lon0 + rng.uniform(-3, 3)
                day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
                seen.append((lat, lon, day, country, iso3))
            events.append(Event(
                event_id_cnty=iso3, event_date=day, year=day.year, time_precision=1,
                event_type="Battles", sub_event_type="Armed clash", country=country,
                latitude=lat, longitude=lon, geo_precision=1, source=f"Outlet {i % 7}",
                confidence=0.6, notes=f"Synthetic event {i}.",
            ))
        words = " ".join(f"w{rng.randint(0, 50000)}" for _ in range(120))
        items.append((Article(text=f"Synthetic report {i}: {words}", source=f"Outlet {i % 7}",
                              published=PUBLISHED), events))
    return items


def write_rate(db_url: str, n_articles: int, events_per_article: int, bulk: bool) -> dict[str, Any]:
    from sitroom.fuse.save import save
    from sitroom.ingest.dask_ingest import save_all
    from sitroom.store import open_store

    items = synthetic_batch(n_articles, events_per_article, seed=2 if bulk else 3)
    with open_store(db_url) as store:
        start = time.perf_counter()
        if bulk:
            results = [r for i in range(0, len(items), 64) for r in save_all(store, items[i:i + 64])]
        else:
            results = [save(store, a, e) for a, e in items]
        seconds = time.perf_counter() - start
    added = sum(r.events_added for r in results)
    merged = sum(r.events_merged for r in results)
    return {
        "mode": "bulk (64 articles per transaction)" if bulk else "one article per transaction",
        "articles": n_articles, "events": n_articles * events_per_article,
        "events_added": added, "events_merged": merged, "seconds": round(seconds, 2),
        "articles_per_s": round(n_articles / seconds, 1),
        "events_per_s": round(n_articles * events_per_article / seconds, 1),
        "load_average": round(os.getloadavg()[0], 2),
    }


def _writer(db_url: str, seed: int, n_articles: int, events_per_article: int, barrier, out) -> None:
    from sitroom.ingest.dask_ingest import save_all
    from sitroom.store import open_store

    items = synthetic_batch(n_articles, events_per_article, seed=seed)
    with open_store(db_url) as store:
        barrier.wait()
        start = time.perf_counter()
        for i in range(0, len(items), 64):
            save_all(store, items[i:i + 64])
        out.put(time.perf_counter() - start)


def concurrent_write_rate(db_url: str, writers: int, n_articles: int, events_per_article: int) -> dict[str, Any]:
    """Aggregate rate of ``writers`` processes saving distinct batches into one store at once."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    barrier, out = ctx.Barrier(writers), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(db_url, 100 + w, n_articles, events_per_article, barrier, out))
             for w in range(writers)]
    for p in procs:
        p.start()
    seconds = max(out.get() for _ in procs)
    for p in procs:
        p.join()
    events = writers * n_articles * events_per_article
    return {
        "writers": writers, "articles": writers * n_articles, "seconds": round(seconds, 2),
        "articles_per_s": round(writers * n_articles / seconds, 1),
        "events_per_s": round(events / seconds, 1),
        "load_average": round(os.getloadavg()[0], 2),
    }


def project(figures: Figures, workers: int) -> dict[str, Any]:
    """On paper: ``workers`` × per-worker rate × measured efficiency, capped by the store.

    With the client writing, the cap is one writer's rate on real extracted records; with
    the workers writing (PostgreSQL), each worker's rate already includes its writes and
    the cap is the best aggregate rate measured with concurrent writers.
    """
    out: dict[str, Any] = {"workers": workers,
                           "note": "a projection from the measured rates above, not a measurement"}
    for mode in sorted({d["writers"] for d in figures.dask}):
        runs = [d for d in figures.dask if d["writers"] == mode and d["articles_per_s"]]
        if not runs:
            continue
        one = max((d for d in runs if d["workers"] == 1), key=lambda d: d["articles_per_s"], default=None)
        most = max(runs, key=lambda d: (d["workers"], d["articles_per_s"]))
        if one is None:
            continue
        efficiency = min(1.0, most["articles_per_s"] / (most["workers"] * one["articles_per_s"]))
        extraction = workers * one["articles_per_s"] * efficiency
        client_writes = [d["articles_stored"] / d["write_s"] for d in runs if d["write_s"] > 0.5]
        concurrent = [v["articles_per_s"] for k, v in figures.writes.items() if k.startswith("concurrent")]
        if client_writes:
            ceiling, cap = max(client_writes), "one client writer, real records"
        elif concurrent:
            ceiling, cap = max(concurrent), "concurrent writers, synthetic records"
        else:
            ceiling, cap = float("inf"), "not measured"
        out[f"writers={mode}"] = {
            "per_worker_articles_per_s": one["articles_per_s"],
            "efficiency_measured": round(efficiency, 2),
            "extraction_articles_per_s": round(extraction, 1),
            "store_ceiling_articles_per_s": round(ceiling, 1), "ceiling_from": cap,
            "projected_articles_per_s": round(min(extraction, ceiling), 1),
            "bound_by": "extraction" if extraction < ceiling else "store writes",
        }
    return out


# -- main -----------------------------------------------------------------------------------


def _store_url(pg: str | None, folder: Path, name: str) -> str:
    if not pg:
        return str(folder / f"{name}.db")
    import psycopg

    from sitroom.store.postgres import psycopg_url

    base, _, _ = psycopg_url(pg).rpartition("/")
    with psycopg.connect(psycopg_url(pg), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS bench_{name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE bench_{name}")
    return f"{base}/bench_{name}"


def main(argv: list[str] | None = None) -> Figures:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", help="a PostgreSQL URL whose user may create databases")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", default="1,2", help="worker counts to time, e.g. 1,2")
    parser.add_argument("--writers", default="auto", help="who saves in Dask runs: auto,client,workers")
    parser.add_argument("--concurrent-writers", default="1,2", help="writer processes to time")
    parser.add_argument("--partition-size", type=int, default=16)
    parser.add_argument("--write-articles", type=int, default=2000)
    parser.add_argument("--events-per-article", type=int, default=3)
    parser.add_argument("--project", type=int, default=10, help="workers for the paper estimate")
    parser.add_argument("--corpus", nargs="*", default=[])
    parser.add_argument("--skip-extraction", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    figures = Figures(cores=os.cpu_count() or 0, load_average=round(os.getloadavg()[0], 2))
    with tempfile.TemporaryDirectory(prefix="sitroom-bench-") as tmp:
        folder = Path(tmp)
        if not args.skip_extraction:
            texts = corpus_texts(args.corpus)
            corpus = write_corpus(texts, args.articles, folder)
            figures.articles = args.articles
            figures.words_per_article = round(
                sum(len(texts[i % len(texts)].split()) for i in range(args.articles)) / args.articles, 1
            )
            figures.single_process_rate = round(single_process_rate(texts[: min(len(texts), 100)]), 2)
            print(f"single process: {figures.single_process_rate} articles/s", flush=True)
            for n in (int(w) for w in args.workers.split(",")):
                for writers in args.writers.split(","):
                    url = _store_url(args.pg, folder, f"dask{n}{writers}")
                    figures.dask.append(dask_rate(corpus, url, n, args.partition_size, writers))
                    print(json.dumps(figures.dask[-1]), flush=True)
        for bulk in (True, False):
            url = _store_url(args.pg, folder, "bulk" if bulk else "single")
            mode = "bulk" if bulk else "single"
            figures.writes[mode] = write_rate(url, args.write_articles, args.events_per_article, bulk)
            print(json.dumps(figures.writes[mode]), flush=True)
        if args.pg:
            for n in (int(w) for w in args.concurrent_writers.split(",")):
                url = _store_url(args.pg, folder, f"writers{n}")
                share = max(1, args.write_articles // n)
                figures.writes[f"concurrent_{n}"] = concurrent_write_rate(
                    url, n, share, args.events_per_article
                )
                print(json.dumps(figures.writes[f"concurrent_{n}"]), flush=True)
        figures.projection = project(figures, args.project)
        print(json.dumps(figures.projection), flush=True)
    if args.json:
        args.json.write_text(json.dumps(asdict(figures), indent=2) + "\n", encoding="utf-8")
    return figures


if __name__ == "__main__":
    main()

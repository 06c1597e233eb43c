"""Ingest a large corpus with Dask: extraction fans out to workers, writing stays in one place.

The corpus is cut into partitions (a few dozen small files, or a byte range of lines
of one JSONL file); each partition is one Dask task. A task reads its partition, skips
the articles the store already holds (so re-running after a crash only does what is
left), and extracts the rest with a Pipeline built once per worker process. The records
are then saved in bulk (`save_many` where the store has it: PostgreSQL writes many
articles per transaction): by the client for SQLite (one writer), by the tasks
themselves for PostgreSQL, whose advisory locks make concurrent writers safe, so write
capacity grows with the workers. Saving is idempotent by article id, so a retried or
repeated partition stores nothing twice.

A partition that raises is retried by Dask (``retries``); if it still fails it is
reported with the files or lines it covered, and every other partition is still stored.

Workers read the corpus files by path, so a remote cluster needs them on a shared
filesystem (as Dask itself assumes for file input); with an SQLite store only the client
writes, and the workers' already-stored check falls back to none if they cannot open it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitroom.errors import ConfigError, explain
from sitroom.fuse.save import save, save_many
from sitroom.ingest import JSONL_SUFFIXES, KNOWN_SUFFIXES, IngestError, read_file
from sitroom.ingest.homes import with_homes
from sitroom.ingest.jsonl import read_jsonl_bytes
from sitroom.ingest.limits import Limits, check_article, default_limits
from sitroom.ingest.service import IngestReport
from sitroom.model import Article, Event
from sitroom.store.base import SaveResult, Store, StoreError

#: Articles per task: big enough to amortize scheduling and batch the parser, small
#: enough that a failed partition costs little and work spreads over the workers.
PARTITION_SIZE = 64
#: Articles per bulk write on the client.
WRITE_BATCH = 64

AfterSave = Callable[[Store, Article, list[str]], None]


@dataclass(frozen=True)
class Part:
    """One task's share of the corpus: whole files, or a line range of one JSONL file."""

    files: tuple[str, ...] = ()
    jsonl: str = ""
    offset: int = 0  # byte offset of the first line (JSONL)
    length: int = 0  # bytes to read (JSONL)
    first_line: int = 0  # 0-based number of the first line, for origins like file.jsonl:17
    lines: int = 0

    @property
    def label(self) -> str:
        """Where the partition's input is, for error reports."""
        if self.jsonl:
            return f"{self.jsonl}:{self.first_line + 1}-{self.first_line + self.lines}"
        if len(self.files) == 1:
            return self.files[0]
        return f"{self.files[0]} (+{len(self.files) - 1} more files)"


@dataclass(frozen=True)
class Job:
    """What every task needs besides its partition (small, sent with each task)."""

    db_url: str
    published: date | None = None
    source: str | None = None
    actor_files: tuple[str, ...] = ()
    components: tuple[str, ...] | None = None  # None: the default pipeline
    write_on_workers: bool = False  # each task saves its own records (a shared PostgreSQL)
    override: bool = False  # published/source replace the inputs' own (--override)
    limits: Limits | None = None  # article size and sentence length (None: the defaults)


@dataclass
class PartResult:
    """A finished partition: the extracted records, and what was skipped or failed."""

    label: str
    seen: int = 0
    skipped: int = 0  # already in the store before extraction
    extracted: list[tuple[Article, list[Event]]] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # one line each, the article still stored
    written: IngestReport | None = None  # what the task saved itself (write_on_workers)
    extracted_count: int = 0
    seconds: float = 0.0
    worker: int = 0  # process id


@dataclass
class DaskStats:
    """Timings of one run, for throughput figures (see `sitroom.bench.scale`)."""

    workers: int = 0
    writers: str = ""  # who saved: "client" or "workers"
    partitions: int = 0
    partitions_failed: int = 0
    startup_seconds: float = 0.0  # cluster start and connection
    wall_seconds: float = 0.0  # first task submitted → last write done
    task_seconds: float = 0.0  # sum over partitions of time inside the task
    write_seconds: float = 0.0  # time the client spent writing
    by_worker: dict[int, int] = field(default_factory=dict)  # articles extracted per process


# -- planning -------------------------------------------------------------------------------


def corpus_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestError]]:
    """The input files under the given paths, in `sitroom.ingest.read_paths` order."""
    files: list[Path] = []
    errors: list[IngestError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
            )
            if not found:
                errors.append(IngestError(str(path), "folder holds no .txt, .html, .jsonl or feed files"))
            files += found
        else:
            files.append(path)  # a missing file is reported by the reader, in its task
    return files, errors


def jsonl_ranges(path: Path, size: int) -> Iterator[Part]:
    """Byte ranges of ``size`` lines each, found in one pass without parsing anything."""
    offset, first, count, start = 0, 0, 0, 0
    with path.open("rb") as fh:
        for line in fh:
            count += 1
            offset += len(line)
            if count == size:
                yield Part(jsonl=str(path), offset=start, length=offset - start,
                           first_line=first, lines=count)
                first, count, start = first + count, 0, offset
    if count:
        yield Part(jsonl=str(path), offset=start, length=offset - start, first_line=first, lines=count)


def plan_partitions(
    paths: Iterable[str | Path], size: int = PARTITION_SIZE
) -> tuple[list[Part], list[IngestError]]:
    """Cut a corpus into tasks: JSONL files by line ranges, other files ``size`` at a time."""
    files, errors = corpus_files(paths)
    parts: list[Part] = []
    group: list[str] = []
    for file in files:
        if file.suffix.lower() in JSONL_SUFFIXES and file.is_file():
            parts += jsonl_ranges(file, size)
            continue
        group.append(str(file))
        if len(group) == size:
            parts.append(Part(files=tuple(group)))
            group = []
    if group:
        parts.append(Part(files=tuple(group)))
    return parts, errors


# -- the task (runs on a worker) ----------------------------------------------------------


def read_part(
    part: Part, published: date | None, source: str | None, override: bool = False
) -> Iterator[Article | IngestError]:
    """The articles (and unusable inputs) in a partition, as the ordinary readers see them."""
    for name in part.files:
        yield from read_file(Path(name), published, source, override)
    if not part.jsonl:
        return
    try:
        with open(part.jsonl, "rb") as fh:
            fh.seek(part.offset)
            data = fh.read(part.length)
    except OSError as exc:
        yield IngestError(part.label, f"cannot read: {exc.strerror or exc}")
        return
    # each line alone, numbered as in the whole file
    yield from read_jsonl_bytes(
        data, part.jsonl, published, source, override, first_line=part.first_line + 1
    )


@lru_cache(maxsize=2)
def worker_pipeline(
    actor_files: tuple[str, ...], components: tuple[str, ...] | None,
    max_sentence_tokens: int | None = None,
):
    """One Pipeline per worker process and settings: spaCy and the gazetteer load once."""
    from sitroom.pipeline import DEFAULT_COMPONENTS, Pipeline, Settings

    settings = Settings(actor_files=list(actor_files), max_sentence_tokens=max_sentence_tokens)
    return Pipeline(components if components is not None else DEFAULT_COMPONENTS, settings)


_STORES: dict[str, Store] = {}


def worker_store(db_url: str) -> Store | None:
    """The store, opened once per worker process; None while it cannot be opened (a later
    task tries again)."""
    from sitroom.store import open_store

    if db_url not in _STORES:
        try:
            _STORES[db_url] = open_store(db_url)
        except Exception:  # noqa: BLE001 - reading can go on; writing tasks raise and retry
            return None
    return _STORES[db_url]


def extract_part(part: Part, job: Job) -> PartResult:
    """The Dask task: read a partition, skip what is stored, extract the rest."""
    start = time.perf_counter()
    result = PartResult(label=part.label, worker=os.getpid())
    store = worker_store(job.db_url)
    limits = job.limits or default_limits()
    fresh: list[Article] = []
    seen_ids: set[str] = set()
    for item in read_part(part, job.published, job.source, job.override):
        result.seen += 1
        if isinstance(item, IngestError):
            result.errors.append(item)
        elif isinstance(checked := check_article(item, limits), IngestError):
            result.errors.append(checked)  # over the size limit: named, never extracted
        elif item.id in seen_ids or (store is not None and store.has_article(item.id)):
            result.skipped += 1
        else:
            seen_ids.add(item.id)
            fresh.append(item)
            result.warnings += checked  # a sentence that will be cut
    fresh = with_homes(fresh, store) if store is not None else fresh  # outlets' homes, as stored
    if fresh:
        cap = job.limits.max_sentence_tokens if job.limits else None  # None: the cached default
        pipeline = worker_pipeline(job.actor_files, job.components, cap)
        result.extracted, errors = extract_each(pipeline, fresh, result.warnings)
        result.errors += errors
    result.extracted_count = len(result.extracted)
    if job.write_on_workers:
        if store is None:  # raising makes Dask retry, then the partition is reported
            raise StoreError(
                f"worker {os.getpid()} cannot open the store: pass a --db every worker can reach"
            )
        result.written = IngestReport()
        for i in range(0, len(result.extracted), WRITE_BATCH):
            write_results(store, result.extracted[i:i + WRITE_BATCH], result.written)
        result.extracted = []
    result.seconds = time.perf_counter() - start
    return result


def extract_each(
    pipeline: Any, articles: list[Article], warnings: list[str] | None = None
) -> tuple[list[tuple[Article, list[Event]]], list[IngestError]]:
    """Batch-parse for speed; on a failure, one at a time so a bad article costs only itself.
    An article in a language without a pack is an error naming the language. What the
    stages report about an article goes to ``warnings``, one line each naming it."""
    warnings = [] if warnings is None else warnings
    errors: list[IngestError] = []
    readable: list[Article] = []
    for article in articles:
        unreadable = pipeline.unsupported(article)
        if unreadable is not None:
            errors.append(IngestError(article.origin or article.id, str(unreadable)))
        else:
            readable.append(article)
    said: list[str] = []
    try:
        done = []
        for article, events in pipeline.extract_many(readable):
            done.append((article, events))
            said += _named(article, pipeline)
        warnings += said
        return done, errors
    except Exception:  # noqa: BLE001 - isolate the failing article below
        pass
    done = []
    for article in readable:
        try:
            done.append((article, pipeline.extract(article)))
            warnings += _named(article, pipeline)
        except Exception as exc:  # noqa: BLE001 - reported, never fatal for the partition
            errors.append(IngestError(
                article.origin or article.id, f"extraction failed: {explain(exc)}"
            ))
    return done, errors


def _named(article: Article, pipeline: Any) -> list[str]:
    where = article.origin or article.id
    return [f"{where}: {w}" for w in getattr(pipeline, "last_warnings", ())]


# -- writing (on the client) ----------------------------------------------------------------


def save_all(store: Store, items: Sequence[tuple[Article, list[Event]]]) -> list[SaveResult]:
    """Save many articles in bulk: a few transactions in all (`sitroom.fuse.save_many`)."""
    return save_many(store, items)


def write_results(
    store: Store,
    items: Sequence[tuple[Article, list[Event]]],
    report: IngestReport,
    hooks: Sequence[AfterSave] = (),
) -> None:
    """Bulk-save and count; if the bulk write fails, save one by one and report the culprits."""
    outcomes: list[SaveResult | None]
    try:
        outcomes = list(save_all(store, items))
    except Exception:  # noqa: BLE001 - find the failing article below; the rest still land
        outcomes = [_save_or_report(store, report, article, events) for article, events in items]
    for (article, _), result in zip(items, outcomes, strict=True):
        if result is None:
            continue
        if not result.article_new:
            report.articles_skipped += 1
            continue
        report.articles_stored += 1
        report.events_added += result.events_added
        report.events_merged += result.events_merged
        for hook in hooks:
            hook(store, article, result.event_ids)


def _save_or_report(
    store: Store, report: IngestReport, article: Article, events: list[Event]
) -> SaveResult | None:
    try:
        return save(store, article, events)
    except Exception as exc:  # noqa: BLE001 - one article's failure is reported, not fatal
        _fail(store, report, IngestError(
            article.origin or article.id, f"store failed: {explain(exc)}"
        ))
        return None


def _fail(store: Store, report: IngestReport, error: IngestError) -> None:
    report.errors.append(error)
    with contextlib.suppress(Exception):  # the report still carries it
        store.record_failure(error.origin, error.message)


# -- the driver -------------------------------------------------------------------------------


def open_client(scheduler: str | None, n_workers: int | None = None):
    """A Dask client: a LocalCluster of one process per core for 'local', else the address."""
    from distributed import Client, LocalCluster

    if scheduler in (None, "", "local"):
        cluster = LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=logging.ERROR,
        )
        return Client(cluster), cluster
    return Client(scheduler, timeout="30s"), None


def run_dask_ingest(
    paths: Iterable[str | Path],
    db_url: str,
    scheduler: str | None = "local",
    published: date | None = None,
    source: str | None = None,
    actor_files: Iterable[str] = (),
    *,
    n_workers: int | None = None,
    partition_size: int = PARTITION_SIZE,
    retries: int = 2,
    components: Sequence[str] | None = None,
    after_save: Iterable[AfterSave] = (),
    write_batch: int = WRITE_BATCH,
    writers: str = "auto",
    override: bool = False,
    limits: Limits | None = None,
) -> tuple[IngestReport, DaskStats]:
    """`ingest_with_dask` with timings."""
    from sitroom.extras import require

    require("dask", "Dask ingest (--dask)")
    from distributed import as_completed

    from sitroom.store import open_store

    report, stats, hooks = IngestReport(), DaskStats(), list(after_save)
    parts, errors = plan_partitions(paths, partition_size)
    store = open_store(db_url)
    try:
        for error in errors:
            report.articles_seen += 1
            _fail(store, report, error)
        if not parts:
            return report, stats
        job = Job(db_url, published, source, tuple(actor_files),
                  tuple(components) if components is not None else None,
                  write_on_workers=_workers_write(writers, db_url, bool(hooks)), override=override,
                  limits=limits)
        stats.writers = "workers" if job.write_on_workers else "client"
        began = time.perf_counter()
        client, cluster = open_client(scheduler, n_workers)
        try:
            stats.startup_seconds = time.perf_counter() - began
            stats.workers = len(client.scheduler_info().get("workers", {}))
            stats.partitions = len(parts)
            began = time.perf_counter()
            futures = client.map(extract_part, parts, job=job, retries=retries, pure=False)
            labels = {f.key: p.label for f, p in zip(futures, parts, strict=True)}
            for future in as_completed(futures):
                _collect(future, labels[future.key], store, report, stats, hooks, write_batch)
                future.release()
            stats.wall_seconds = time.perf_counter() - began
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    finally:
        store.close()
    return report, stats


def _workers_write(writers: str, db_url: str, hooks: bool) -> bool:
    """Who saves: 'client', 'workers', or 'auto' (workers on a shared server store, unless
    after-save hooks must run here). SQLite has one writer at a time, so the client."""
    if writers not in ("auto", "client", "workers"):
        raise ConfigError(f"writers must be auto, client or workers, not {writers!r}")
    if writers == "auto":
        return db_url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")) and not hooks
    if writers == "workers" and hooks:
        raise ConfigError("after-save hooks run on the client: use writers='client'")
    return writers == "workers"


def _collect(future, label, store, report, stats, hooks, write_batch) -> None:
    """Write one finished partition, or report it as failed after its retries."""
    try:
        part: PartResult = future.result()
    except Exception as exc:  # noqa: BLE001 - one partition's failure must not lose the others
        stats.partitions_failed += 1
        _fail(store, report, IngestError(
            label, f"partition failed after retries: {explain(exc)}"
        ))
        return
    report.articles_seen += part.seen
    report.articles_skipped += part.skipped
    stats.task_seconds += part.seconds
    stats.by_worker[part.worker] = stats.by_worker.get(part.worker, 0) + part.extracted_count
    for error in part.errors:
        _fail(store, report, error)
    report.warnings += part.warnings
    if part.written is not None:  # the worker saved its records (and recorded its failures)
        report.articles_stored += part.written.articles_stored
        report.articles_skipped += part.written.articles_skipped
        report.events_added += part.written.events_added
        report.events_merged += part.written.events_merged
        report.errors += part.written.errors
    began = time.perf_counter()
    for i in range(0, len(part.extracted), write_batch):
        write_results(store, part.extracted[i:i + write_batch], report, hooks)
    stats.write_seconds += time.perf_counter() - began


def ingest_with_dask(
    paths: Iterable[str | Path],
    db_url: str,
    scheduler: str | None = "local",
    published: date | None = None,
    source: str | None = None,
    actor_files: Iterable[str] = (),
    **options: Any,
) -> IngestReport:
    """Read, extract on a Dask cluster and store a corpus; re-running stores nothing twice.

    ``scheduler``: 'local' (a LocalCluster, one worker process per core) or a scheduler
    address such as tcp://10.0.0.5:8786. Options: n_workers, partition_size, retries,
    components, after_save, write_batch, writers ('auto': the workers save straight into a
    PostgreSQL store, whose locking makes concurrent writers safe; the client saves into
    SQLite), limits (article size and sentence length; no per-article time limit: a task
    runs in a worker thread, where no alarm can stop it).
    """
    report, _ = run_dask_ingest(
        paths, db_url, scheduler, published, source, actor_files, **options
    )
    return report

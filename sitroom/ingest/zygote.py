"""One pipeline built for every extraction worker: the workers are forked from a server
process that built it, instead of each building its own.

A worker started with ``spawn`` spends about 2.5 CPU seconds before its first article:
importing spaCy, loading the model, building the entity ruler's eleven thousand
patterns, reading lexicons and dictionaries. With ``forkserver``, multiprocessing starts
one clean server process (no threads, no locks of the caller: as safe inside a web
server as ``spawn``) that imports the modules named for preloading and forks each worker
from itself. This module is that preload: given the pool's `WorkerConfig` in
``SITROOM_ZYGOTE``, it builds the pipeline once, and a worker whose config is the same
takes it (copy-on-write) instead of building. Any other worker, or any failure here,
builds in the worker as before.
"""

from __future__ import annotations

import contextlib
import gc
import json
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

ENV = "SITROOM_ZYGOTE"
#: The numeric libraries' thread counts. A worker is one process per core, so more threads
#: in it only compete with the other workers; and a second thread of any kind makes glibc
#: lock every malloc and free, which costs spaCy's parser and NER about a sixth of their
#: CPU. Set to 1 for the workers unless the user set them.
THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
#: The writer's collector: fusion makes many short-lived objects per article, and the
#: default (a collection every 700 allocations) spent 0.2 CPU s per 400 bench reports
#: walking the store's caches again; 0.08 at this setting.
WRITER_GC_THRESHOLDS = (20_000, 10, 10)
#: Set to "spawn" to start every worker fresh (no shared pipeline).
START_ENV = "SITROOM_WORKER_START"


@dataclass(frozen=True)
class WorkerConfig:
    """What a worker needs to build its Pipeline (small and picklable)."""

    actor_files: tuple[str, ...] = ()
    components: tuple[str, ...] | None = None
    today: date | None = None
    max_sentence_tokens: int | None = None
    imports: tuple[str, ...] = ()  # modules that register extra components (plugins, tests)


def build_pipeline(config: WorkerConfig):
    """The Pipeline a worker runs (plugins imported first)."""
    import importlib

    from sitroom.pipeline import DEFAULT_COMPONENTS, Pipeline, Settings

    for module in config.imports:
        importlib.import_module(module)
    settings = Settings(
        actor_files=list(config.actor_files), today=config.today,
        max_sentence_tokens=config.max_sentence_tokens,
    )
    return Pipeline(config.components or DEFAULT_COMPONENTS, settings)


_BUILT: tuple[dict, Any] | None = None
_USERS = 0
_LOCK = threading.Lock()


def start_method() -> str:
    """``forkserver`` where the platform has it and the server would import the same
    sitroom as this process (a ``sitroom`` folder in the working directory would shadow
    it there, as the server starts with the directory first on its path), else ``spawn``."""
    if os.environ.get(START_ENV) == "spawn" or "forkserver" not in multiprocessing.get_all_start_methods():
        return "spawn"
    import sitroom

    here = Path(sitroom.__file__).resolve().parent
    local = Path.cwd() / "sitroom"
    if local.exists() and local.resolve() != here:
        return "spawn"
    return "forkserver"


def describe(config: Any) -> dict:
    """The config as JSON-able data (what the server builds for, what a worker compares)."""
    data = asdict(config)
    data["today"] = data["today"].isoformat() if data.get("today") else None
    data["components"] = list(data["components"]) if data.get("components") else None
    data["actor_files"] = list(data["actor_files"])
    data["imports"] = list(data["imports"])
    return data


def prepare(context: Any, config: Any) -> None:
    """Ask the server (started by the first worker) to build ``config``'s pipeline; a
    server already running keeps what it has."""
    if config.imports:  # plugin components: each worker imports and builds them itself
        return
    os.environ[ENV] = json.dumps(describe(config))
    context.set_forkserver_preload([__name__])


@contextlib.contextmanager
def single_threaded_children() -> Iterator[None]:
    """Processes started inside (the fork server, or a spawned worker) load their numeric
    libraries with one thread each, as `THREAD_VARS` says why; this process keeps its own."""
    unset = [name for name in THREAD_VARS if name not in os.environ]
    for name in unset:
        os.environ[name] = "1"
    try:
        yield
    finally:
        for name in unset:
            os.environ.pop(name, None)


def settle_writer() -> None:
    """A command that writes what its workers extract (`sitroom ingest`) runs its own
    process as it runs them: numeric libraries on one thread (only if none is loaded yet:
    OpenBLAS reads the setting once), and the collector at `WRITER_GC_THRESHOLDS`."""
    if "numpy" not in sys.modules:
        for name in THREAD_VARS:
            os.environ.setdefault(name, "1")
    gc.set_threshold(*WRITER_GC_THRESHOLDS)


def done_starting() -> None:
    """The server has started (or never will): the variable is not left for other children."""
    os.environ.pop(ENV, None)


def hold() -> None:
    """A pool uses the server (until `release`)."""
    global _USERS
    with _LOCK:
        _USERS += 1


def release() -> None:
    """A pool is done with the server; the last one stops it and waits for it, so that its
    memory is returned and its CPU time (and its workers') is counted as this process's
    children's, as a spawned worker's would be."""
    global _USERS
    with _LOCK:
        _USERS -= 1
        if _USERS > 0:
            return
        from multiprocessing import forkserver

        stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
        if stop is not None:
            with contextlib.suppress(Exception):
                stop()


def take(config: Any) -> Any | None:
    """The pipeline built in the server for this same config, else None."""
    if _BUILT is None or _BUILT[0] != describe(config):
        return None
    return _BUILT[1]


def _build_here() -> None:
    global _BUILT
    raw = os.environ.get(ENV)
    if not raw:
        return
    try:
        data = json.loads(raw)
        config = WorkerConfig(
            actor_files=tuple(data["actor_files"]),
            components=tuple(data["components"]) if data["components"] else None,
            today=date.fromisoformat(data["today"]) if data["today"] else None,
            max_sentence_tokens=data["max_sentence_tokens"],
        )
        _BUILT = (describe(config), build_pipeline(config))
        # the stages' patterns and word sets compiled here once, not in each forked worker
        from sitroom.lang import build_values

        build_values()
        # the pipeline lives as long as the workers: the collector need never walk it
        # again, nor touch (and so copy) the pages each forked worker shares with this one
        gc.freeze()
    except Exception:  # noqa: BLE001 - every worker then builds (and reports) on its own
        _BUILT = None


if multiprocessing.current_process().name == "MainProcess" and os.environ.get(ENV):
    _build_here()  # imported as the fork server's preload

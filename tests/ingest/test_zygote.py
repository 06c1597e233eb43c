"""Workers forked from a server that built the pipeline once: who may take it, and when
the workers are spawned instead."""

from __future__ import annotations

import multiprocessing
import os
from datetime import date

import pytest

from sitroom.ingest import zygote
from sitroom.ingest.pool import WorkerConfig


def test_a_worker_takes_the_built_pipeline_only_for_the_same_config(monkeypatch):
    built = object()
    monkeypatch.setattr(zygote, "_BUILT", (zygote.describe(WorkerConfig()), built))
    assert zygote.take(WorkerConfig()) is built
    assert zygote.take(WorkerConfig(max_sentence_tokens=40)) is None
    assert zygote.take(WorkerConfig(today=date(2024, 1, 2))) is None
    assert zygote.take(WorkerConfig(actor_files=("extra.yaml",))) is None
    monkeypatch.setattr(zygote, "_BUILT", None)
    assert zygote.take(WorkerConfig()) is None


def test_plugin_components_are_never_prebuilt(monkeypatch):
    monkeypatch.delenv(zygote.ENV, raising=False)
    context = multiprocessing.get_context("spawn")  # prepare only reads the config here
    zygote.prepare(context, WorkerConfig(imports=("some.plugin",)))
    assert zygote.ENV not in os.environ


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="no forkserver here"
)
def test_a_sitroom_folder_in_the_working_directory_means_spawn(tmp_path, monkeypatch):
    monkeypatch.delenv(zygote.START_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    assert zygote.start_method() == "forkserver"
    (tmp_path / "sitroom").mkdir()  # the server would import this one, not ours
    assert zygote.start_method() == "spawn"
    monkeypatch.setenv(zygote.START_ENV, "spawn")
    (tmp_path / "sitroom").rmdir()
    assert zygote.start_method() == "spawn"


def _threads_after_numpy(conn) -> None:
    import os

    import numpy  # noqa: F401 - OpenBLAS starts its threads when loaded

    conn.send((len(os.listdir("/proc/self/task")), os.environ.get("OPENBLAS_NUM_THREADS")))


def test_children_load_numeric_libraries_on_one_thread(monkeypatch):
    for name in zygote.THREAD_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "3")  # the user's own setting is kept
    with zygote.single_threaded_children():
        assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
        assert os.environ["OMP_NUM_THREADS"] == "3"
    assert "OPENBLAS_NUM_THREADS" not in os.environ  # this process keeps its own
    assert os.environ["OMP_NUM_THREADS"] == "3"


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="no /proc here")
def test_a_worker_started_inside_runs_on_one_thread(monkeypatch):
    for name in zygote.THREAD_VARS:
        monkeypatch.delenv(name, raising=False)
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_threads_after_numpy, args=(child,))
    with zygote.single_threaded_children():
        process.start()
    threads, setting = parent.recv()
    process.join(10)
    assert (threads, setting) == (1, "1")


class _OneMessageConn:
    """A worker's end of the pipe that says stop at once and keeps what the worker sent."""

    def __init__(self) -> None:
        self.sent: list = []

    def send(self, message) -> None:
        self.sent.append(message)

    def recv(self):
        return None


def test_a_worker_collects_garbage_less_often(monkeypatch):
    import gc

    from sitroom.ingest import pool

    monkeypatch.setattr(zygote, "take", lambda config: object())  # a pipeline, already built
    before = gc.get_threshold()
    conn = _OneMessageConn()
    try:
        pool.worker_main(conn, WorkerConfig())
        assert gc.get_threshold() == pool.WORKER_GC_THRESHOLDS
    finally:
        gc.set_threshold(*before)
    assert conn.sent[0][0] == "ready"


def test_the_writer_settles_its_collector_and_leaves_loaded_numpy_alone(monkeypatch):
    import gc

    import numpy  # noqa: F401 - loaded: its thread count can no longer change

    for name in zygote.THREAD_VARS:
        monkeypatch.delenv(name, raising=False)
    before = gc.get_threshold()
    try:
        zygote.settle_writer()
        assert gc.get_threshold() == zygote.WRITER_GC_THRESHOLDS
    finally:
        gc.set_threshold(*before)
    assert not any(name in os.environ for name in zygote.THREAD_VARS)

"""Workers forked from a server that built the pipeline once: who may take it, and when
the workers are spawned instead."""

from __future__ import annotations

import multiprocessing
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
    assert zygote.ENV not in __import__("os").environ


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

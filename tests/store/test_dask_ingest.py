"""Dask ingest: partitions, the real pipeline on worker processes, bulk idempotent writes.

These assert on articles stored and errors reported, not on what the NLP stages extract.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitroom.ingest.dask_ingest import (
    Part,
    _workers_write,
    ingest_with_dask,
    plan_partitions,
    read_part,
    run_dask_ingest,
)
from sitroom.store import open_store

REPORTS = {
    "iraq.txt": (
        "Two members of the Popular Mobilization Forces were killed on Tuesday when an"
        " explosive device hit their vehicle near Tuz Khurmatu, a security source said."
    ),
    "sahel.txt": (
        "Suspected jihadists attacked a gendarmerie post near Djibo in northern Burkina Faso"
        " on Monday, killing four gendarmes, according to local sources."
    ),
    "ukraine.txt": (
        "A Russian drone struck an energy facility in Kharkiv overnight, cutting power to"
        " thousands of homes, the regional governor said on Wednesday."
    ),
}
WIRE = [
    {"text": "Houthi forces launched a missile at a commercial vessel in the Gulf of Aden on"
             " Thursday, the US military said, and no injuries were reported.",
     "source": "Wire", "published": "2024-02-15"},
    {"text": "An Israeli air strike hit a house in Rafah on Saturday, killing six people,"
             " hospital officials in the southern Gaza Strip said.",
     "source": "Wire", "published": "2024-02-17"},
    "{not json",
    {"text": "Clashes between government troops and the Rapid Support Forces erupted in"
             " Omdurman on Friday, residents said, as shelling hit several districts.",
     "source": "Wire", "published": "2024-02-16"},
    {"text": "Kurdish-led fighters repelled an Islamic State attack on a checkpoint east of"
             " Deir ez-Zor on Sunday, a war monitor reported.",
     "source": "Wire", "published": "2024-02-18"},
]
VALID = len(REPORTS) + sum(isinstance(w, dict) for w in WIRE)


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    (root / "reports").mkdir(parents=True)
    for name, text in REPORTS.items():
        (root / "reports" / name).write_text(text, encoding="utf-8")
    (root / "reports" / "empty.txt").write_text("", encoding="utf-8")
    lines = [w if isinstance(w, str) else json.dumps(w) for w in WIRE]
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


# -- planning and reading (no cluster) -------------------------------------------------------


def test_partitions_cut_jsonl_by_lines_and_group_small_files(corpus):
    parts, errors = plan_partitions([corpus / "reports", corpus / "wire.jsonl"], size=2)
    assert errors == []
    files = [p for p in parts if p.files]
    ranges = [p for p in parts if p.jsonl]
    assert [len(p.files) for p in files] == [2, 2]  # empty, iraq | sahel, ukraine
    assert [(p.first_line, p.lines) for p in ranges] == [(0, 2), (2, 2), (4, 1)]
    assert ranges[1].label.endswith("wire.jsonl:3-4")


def test_reading_a_range_gives_the_whole_file_line_numbers(corpus):
    parts, _ = plan_partitions([corpus / "wire.jsonl"], size=2)
    items = [item for part in parts for item in read_part(part, None, None)]
    origins = [item.origin for item in items]
    assert origins == [f"{corpus / 'wire.jsonl'}:{n}" for n in range(1, 6)]
    assert "malformed JSON" in items[2].message
    assert items[1].published == date(2024, 2, 17) and items[1].source == "Wire"


def test_an_empty_folder_and_a_missing_file_are_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    parts, errors = plan_partitions([tmp_path / "empty", tmp_path / "gone.txt"])
    assert [e.message for e in errors] == ["folder holds no .txt, .html, .jsonl or feed files"]
    assert parts == [Part(files=(str(tmp_path / "gone.txt"),))]
    assert [e.message for e in read_part(parts[0], None, None)] == ["no such file"]


def test_who_writes():
    pg, lite = "postgresql://db.example/sitroom", "/data/sitroom.db"
    assert _workers_write("auto", pg, hooks=False) and not _workers_write("auto", lite, hooks=False)
    assert not _workers_write("auto", pg, hooks=True)  # hooks run where the client is
    assert not _workers_write("client", pg, hooks=False)
    with pytest.raises(ValueError):
        _workers_write("workers", pg, hooks=True)
    with pytest.raises(ValueError):
        _workers_write("everyone", pg, hooks=False)


# -- on a cluster, with the real pipeline ------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    """One worker process for the module: its pipeline is built once and reused by tasks."""
    import logging

    from distributed import LocalCluster

    c = LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                     dashboard_address=None, silence_logs=logging.ERROR)
    yield c.scheduler_address
    c.close()


@pytest.mark.slow
def test_ingest_stores_every_article_reports_bad_input_and_resumes(corpus, store_url, cluster):
    paths = [str(corpus / "reports"), str(corpus / "wire.jsonl")]
    report, stats = run_dask_ingest(
        paths, store_url, scheduler=cluster, published=date(2024, 2, 20), source="Desk",
        partition_size=2,
    )
    assert stats.partitions == 5 and stats.partitions_failed == 0 and stats.workers == 1
    assert stats.writers == ("workers" if store_url.startswith("postgresql") else "client")
    assert report.articles_seen == VALID + 2
    assert report.articles_stored == VALID and report.articles_skipped == 0
    assert sorted(e.message.split(" (")[0] for e in report.errors) == ["empty file", "malformed JSON"]
    with open_store(store_url) as store:
        assert store.count_articles() == VALID
        assert store.count_events() == report.events_added
        assert len(store.failures()) == 2
    again = ingest_with_dask(paths, store_url, scheduler=cluster, partition_size=3)
    assert again.articles_stored == 0 and again.articles_skipped == VALID
    assert again.events_added == again.events_merged == 0
    with open_store(store_url) as store:
        assert store.count_articles() == VALID


@pytest.mark.slow
def test_failing_partitions_are_retried_and_reported_without_raising(corpus, tmp_path):
    """A pipeline that cannot be built fails every task: each is reported, none raises."""
    db = str(tmp_path / "broken.db")
    paths = [str(corpus / "reports")]
    report, stats = run_dask_ingest(
        paths, db, scheduler="local", n_workers=1, partition_size=2, retries=1,
        components=("no-such-stage",),
    )
    assert stats.partitions == 2 and stats.partitions_failed == 2
    assert report.articles_stored == 0
    assert all("partition failed after retries" in e.message for e in report.errors)
    assert "no-such-stage" in report.errors[0].message
    with open_store(db) as store:
        assert store.count_articles() == 0 and len(store.failures()) == 2


@pytest.mark.slow
def test_cli_dask_ingest_runs_the_watch_rules(corpus, store_url, cluster, tmp_path):
    """`sitroom ingest --dask ... --alerts rules.yaml`: every new event alerts once."""
    from typer.testing import CliRunner

    from sitroom.cli import app

    sink = tmp_path / "alerts.jsonl"
    rules = tmp_path / "rules.yaml"
    rules.write_text(f"deliver: [{{jsonl: {sink}}}]\nrules:\n  - {{name: anything, status: any}}\n")
    args = ["ingest", str(corpus / "reports"), str(corpus / "wire.jsonl"), "--db", store_url,
            "--dask", cluster, "--alerts", str(rules), "--published", "2024-02-20", "--quiet"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 1, first.output  # the empty file and the malformed line
    with open_store(store_url) as store:
        stored = {e.event_id_cnty for e in store.events()}
        fired = [a["event_id"] for a in store.alerts(None)]
    assert stored and sorted(fired) == sorted(stored)  # each event once, none missed
    assert {json.loads(x)["event_id"] for x in sink.read_text().splitlines()} == stored
    again = CliRunner().invoke(app, args)
    assert "0 article(s) stored" in again.output
    assert len(sink.read_text().splitlines()) == len(stored)  # nothing fires twice


@pytest.mark.slow
def test_cli_dask_ingest_applies_the_size_limit_and_refuses_what_it_cannot_do(
    corpus, cluster, tmp_path
):
    from typer.testing import CliRunner

    from sitroom.cli import app

    db = str(tmp_path / "limits.db")
    base = ["ingest", str(corpus / "reports"), "--db", db, "--dask", cluster]
    small = CliRunner().invoke(app, [*base, "--max-chars", "100"])
    assert small.exit_code == 1
    assert small.output.count("over the limit of 100 (--max-chars)") == len(REPORTS)
    timeout = CliRunner().invoke(app, [*base, "--article-timeout", "5"])
    assert timeout.exit_code == 2 and "--article-timeout does not apply with --dask" in timeout.output
    workers = CliRunner().invoke(app, [*base, "--workers", "2"])
    assert workers.exit_code == 2 and "drop --workers" in workers.output

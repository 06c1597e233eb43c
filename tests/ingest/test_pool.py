"""Worker processes: results in input order, and one stuck or broken article costs only itself."""

from __future__ import annotations

import time
from datetime import date

import pytest

from sitroom.ingest.extractors import InlineExtractor
from sitroom.ingest.limits import Limits
from sitroom.ingest.pool import WorkerConfig, WorkerPool
from sitroom.ingest.service import ingest
from sitroom.model import Article
from sitroom.pipeline import DEFAULT_COMPONENTS
from sitroom.store import open_store

BODY = (
    "Militants fired rockets at an army base near the town of Kirkuk on {day}, wounding "
    "{n} soldiers, a police officer said."
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def _article(i: int, marker: str = "") -> Article:
    text = BODY.format(day=DAYS[i % len(DAYS)], n=i + 2) + (f" {marker} noted." if marker else "")
    return Article(text=text, source="Wire", published=date(2024, 3, 4), origin=f"batch:{i + 1}")


@pytest.mark.slow
def test_a_stalled_and_a_crashing_article_cost_only_themselves(tmp_path, pipeline):
    articles = [_article(0), _article(1, "STALL"), _article(2, "CRASH"), _article(3, "WARN")]
    config = WorkerConfig(
        components=(*DEFAULT_COMPONENTS, "stall_on_marker", "crash_on_marker", "warn_on_marker"),
        imports=("tests.ingest.plugin_components",),
    )
    limits = Limits(article_seconds=6)
    store = open_store(str(tmp_path / "pool.db"))
    began = time.monotonic()
    with WorkerPool(1, config, limits, chunk_articles=1) as pool:
        report = ingest(articles, store, pool, limits=limits)
        assert pool.restarts == 1
    assert time.monotonic() - began < 120
    assert report.articles_stored == 2
    assert [e.origin for e in report.errors] == ["batch:2", "batch:3"]
    assert "stopped after 6 s" in report.errors[0].message
    assert "extractor crashed" in report.errors[1].message
    assert {f["origin"] for f in store.failures()} == {"batch:2", "batch:3"}
    # what a stage reported about a stored article comes back from the worker, named
    assert report.warnings == ["batch:4: test: sentence at 0 skipped: marker seen"]
    store.close()


@pytest.mark.slow
def test_two_workers_give_every_outcome_in_input_order(pipeline):
    articles = [_article(i) for i in range(12)]
    with WorkerPool(2, chunk_articles=3) as pool:
        outcomes = list(pool.extract(iter(articles)))
    assert [o.article.origin for o in outcomes] == [a.origin for a in articles]
    assert all(o.error is None and o.events for o in outcomes)
    # the same records as extraction in this process (but for the clock)
    inline = list(InlineExtractor(pipeline).extract(articles))
    assert [_records(o.events) for o in outcomes] == [_records(o.events) for o in inline]


def _records(events) -> list[dict]:
    return [{k: v for k, v in e.to_record().items() if k != "timestamp"} for e in events]


def test_chunks_keep_order_and_share_out_the_end():
    """The last articles go out in shrinking chunks, so no worker is left alone with a full
    chunk at the end; one worker takes full chunks to the end; the character cap holds."""
    articles = [_article(i) for i in range(100)]
    two = [c.seqs for c in WorkerPool(2, chunk_articles=16)._chunks(iter(articles))]
    assert [s for seqs in two for s in seqs] == list(range(100))
    sizes = [len(seqs) for seqs in two]
    assert sizes[:3] == [16, 16, 16] and max(sizes) == 16
    assert sizes[-1] == 1 and sizes[-6:] == sorted(sizes[-6:], reverse=True)
    one = [len(c.seqs) for c in WorkerPool(1, chunk_articles=16)._chunks(iter(articles))]
    assert one == [16] * 6 + [4]
    chars = len(articles[0].text)
    capped = WorkerPool(1, chunk_articles=16, chunk_chars=3 * chars)._chunks(iter(articles))
    assert max(len(c.seqs) for c in capped) == 3

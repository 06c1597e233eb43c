"""The ingest job: a bad article costs only itself; re-running stores nothing twice."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.ingest import IngestError
from sitroom.ingest.service import ingest
from sitroom.model import Article
from sitroom.pipeline import Pipeline, component
from sitroom.store import EventFilter, open_store

REPORTS = [
    "Islamic State militants attacked a checkpoint of the Iraqi army near Tarmiyah, north of "
    "Baghdad, on Monday, killing two soldiers, security sources said.",
    "Israeli warplanes struck a house in the town of Bint Jbeil in southern Lebanon on Tuesday, "
    "killing three people, Lebanon's health ministry said.",
    "Hundreds of people protested in the Sudanese capital Khartoum on Wednesday against the "
    "military government, witnesses said.",
]


@component("explode_on_marker")
def _explode_on_marker(settings):
    """A real registered component that fails on one article, as a broken extractor would."""

    def run(ctx):
        if "EXPLODE" in ctx.article.text:
            raise RuntimeError("extractor crashed")

    return run


@pytest.fixture(scope="module")
def crashing_pipeline(pipeline):
    return Pipeline(components=[*pipeline.component_names, "explode_on_marker"], nlp=pipeline.nlp)


def _articles(extra=()):
    return [Article(text=t, source="Wire", published=date(2024, 5, 7)) for t in (*REPORTS, *extra)]


def test_rerunning_a_batch_adds_nothing(tmp_path, pipeline):
    store = open_store(str(tmp_path / "s.db"))
    first = ingest(_articles(), store, pipeline)
    events_after_first = store.count_events()
    second = ingest(_articles(), store, pipeline)
    assert first.articles_stored == 3 and first.ok
    assert second.articles_stored == 0 and second.articles_skipped == 3
    assert store.count_events() == events_after_first
    assert store.count_articles() == 3


def test_one_broken_article_is_reported_and_the_others_stored(tmp_path, crashing_pipeline):
    store = open_store(str(tmp_path / "s.db"))
    bad = (
        "EXPLODE: Gunmen abducted five aid workers on the road between Gao and Menaka in "
        "eastern Mali on Sunday, the United Nations said."
    )
    items = [*_articles(extra=[bad]), IngestError("feed.jsonl:7", "malformed JSON")]
    report = ingest(items, store, crashing_pipeline, batch_size=2)
    assert report.articles_stored == 3
    assert [e.origin for e in report.errors][-1] == "feed.jsonl:7"
    assert any("extractor crashed" in e.message for e in report.errors)
    assert store.count_articles() == 3
    assert {f["origin"] for f in store.failures()} >= {"feed.jsonl:7"}


def test_events_carry_their_article_and_evidence(tmp_path, pipeline):
    store = open_store(str(tmp_path / "s.db"))
    ingest(_articles(), store, pipeline)
    stored = store.events(EventFilter())
    assert stored, "the three reports describe at least one event"
    for event in stored:
        assert event.article_id
        assert event.event_id_cnty
        for span in event.evidence.values():
            article = store.get_article(event.article_id)
            assert article.text[span.start:span.end] == span.text


def test_a_syndicated_copy_is_linked_not_extracted_again(tmp_path, pipeline):
    store = open_store(str(tmp_path / "s.db"))
    original = Article(text="\n".join(REPORTS), source="Wire", published=date(2024, 5, 7))
    copy = Article(
        text=original.text.replace("witnesses said", "witnesses told reporters"),
        source="Other Outlet", published=date(2024, 5, 7),
    )
    ingest([original], store, pipeline)
    events_before = store.count_events()
    report = ingest([copy], store, pipeline)
    assert report.articles_stored == 1 and report.articles_copied == 1
    assert report.events_added == 0
    assert store.count_events() == events_before

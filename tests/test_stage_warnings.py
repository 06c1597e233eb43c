"""A stage that skips a sentence on an error says so; the bundled examples make none skip."""

from __future__ import annotations

import json
import logging
from datetime import date

import pytest

from sitroom.model import Article

from .conftest import EXAMPLES


def test_a_sentence_a_stage_could_not_read_is_reported(pipeline, monkeypatch, caplog):
    import sitroom.events.component as events

    def broken(sent, lex):
        raise ValueError("parse tree without a root")

    monkeypatch.setattr(events, "analyze_sentence", broken)
    article = Article(text="Gunmen shot dead two herders near Kaura on Friday.",
                      published=date(2025, 3, 2))
    with caplog.at_level(logging.WARNING, logger="sitroom.pipeline"):
        assert pipeline(article) == []
    assert any("skipped" in w and "without a root" in w for w in pipeline.last_warnings)
    assert "sentence at 0 skipped" in caplog.text


@pytest.mark.slow
def test_no_stage_skips_anything_in_the_bundled_examples(pipeline):
    lines = (EXAMPLES / "wire-reports.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        row = json.loads(line)
        article = Article(text=row["text"], published=date.fromisoformat(row["published"]))
        assert pipeline(article), row["title"]
        assert pipeline.last_warnings == [], row["title"]


def test_ingest_and_extract_report_a_stage_warning_and_keep_the_article(tmp_path, pipeline):
    import tests.ingest.plugin_components  # noqa: F401 - registers warn_on_marker
    from sitroom.ingest.service import extract_all, ingest
    from sitroom.pipeline import DEFAULT_COMPONENTS, Pipeline
    from sitroom.store import open_store

    warned = Pipeline([*DEFAULT_COMPONENTS, "warn_on_marker"], nlp=pipeline.nlp)
    text = "Gunmen shot dead two herders near Kaura on Friday."
    articles = [
        Article(text=text, published=date(2025, 3, 2), origin="a.txt"),
        Article(text=text + " WARN", published=date(2025, 3, 2), origin="b.txt"),
    ]
    store = open_store(str(tmp_path / "w.db"))
    report = ingest(articles, store, warned)
    store.close()
    assert report.ok and report.articles_stored == 2
    assert report.warnings == ["b.txt: test: sentence at 0 skipped: marker seen"]
    result = extract_all(articles, warned)
    assert result.extracted == 2 and result.warnings == report.warnings
    from sitroom.ingest.dask_ingest import extract_each  # a Dask partition's task

    said: list[str] = []
    done, errors = extract_each(warned, articles, said)
    assert len(done) == 2 and not errors and said == report.warnings

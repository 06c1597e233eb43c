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

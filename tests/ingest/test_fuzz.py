"""Fuzz: hostile texts of every kind never raise out of reading or extraction, and each is
done within a time bound (a seeded sample; `python -m sitroom.bench.hostile` runs 1,000)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.bench.hostile import FuzzResult, hostile_texts, run_one
from sitroom.ingest.extractors import InlineExtractor
from sitroom.ingest.jsonl import read_jsonl_bytes
from sitroom.ingest.limits import default_limits
from sitroom.ingest.text import check_string, clean_text
from sitroom.model import content_id

#: Seconds any one sampled text may take (the benchmark holds 10 s for 100k characters).
SECONDS_PER_TEXT = 10.0


@pytest.mark.slow
def test_seeded_hostile_texts_never_escape_and_finish_in_time(pipeline):
    limits = default_limits()
    extractor = InlineExtractor(pipeline, limits)
    result = FuzzResult()
    for kind, text in hostile_texts(seed=7, count=36, max_chars=6_000):
        run_one(kind, text, extractor, limits, result)
    assert result.texts == 36
    assert result.escaped == []
    assert result.crashed == []
    slowest = max(result.seconds)
    assert slowest[0] < SECONDS_PER_TEXT, slowest
    assert 0 < result.refused < result.texts  # some are refused by name, most are read


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_as_a_jsonl_line_give_an_article_or_a_named_error(data):
    items = list(read_jsonl_bytes(data.replace(b"\n", b" "), "f.jsonl", None, None))
    assert len(items) <= 1
    for item in items:
        assert getattr(item, "origin", "f.jsonl:1") == "f.jsonl:1"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=300))
def test_any_text_cleans_ids_and_checks_without_raising(text):
    cleaned = clean_text(text)
    assert "\r" not in cleaned and "\u2028" not in cleaned
    assert len(content_id(text)) == 16
    try:
        check_string(text)
    except ValueError as exc:
        assert "position" in str(exc)
    line = json.dumps({"text": text, "published": "2024-01-02"}).encode()
    [item] = read_jsonl_bytes(line, "f.jsonl", None, None)
    assert item.origin == "f.jsonl:1"

"""Helpers the events tests share."""

from __future__ import annotations

from datetime import date

from sitroom.model import Article


def typed(extract, text: str) -> list[tuple[str, str]]:
    """(event_type, sub_event_type) of each typed event candidate of ``text``."""
    _ctx, cands = extract(text)
    return [(c.event.event_type, c.event.sub_event_type) for c in cands if c.event.event_type]


def event_records(pipeline, text: str, published: date) -> list:
    """The event records (not statements) the whole pipeline makes of ``text``."""
    return [e for e in pipeline.extract(Article(text=text, published=published)) if e.record_kind == "event"]


def status_and_dead(pipeline, text: str, published: date) -> list[tuple[str, int]]:
    """(status, fatalities) of each event record the whole pipeline makes of ``text``."""
    return [(e.status, e.fatalities) for e in event_records(pipeline, text, published)]

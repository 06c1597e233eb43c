"""Helpers the actors tests share."""

from __future__ import annotations

from datetime import date

from sitroom.model import Article


def record_sides(pipeline, text: str, published: date) -> list[tuple[str, str, str]]:
    """(event_type, actor1, actor2) of each event record of ``text``, regime years dropped."""
    events = pipeline.extract(Article(text, published=published))
    return [(e.event_type, e.actor1.split(" (")[0], e.actor2.split(" (")[0])
            for e in events if e.record_kind == "event"]

"""Helpers the events tests share."""

from __future__ import annotations


def typed(extract, text: str) -> list[tuple[str, str]]:
    """(event_type, sub_event_type) of each typed event candidate of ``text``."""
    _ctx, cands = extract(text)
    return [(c.event.event_type, c.event.sub_event_type) for c in cands if c.event.event_type]

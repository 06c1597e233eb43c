"""Summaries the API computes over stored events: actor counts, and paging through a store.

The Store protocol offers filtered, paged event lists only, so these work on any
backend by reading pages; each page is a bounded query.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from sitroom.model import Event
from sitroom.store import EventFilter, Store

PAGE = 2000


def iter_events(store: Store, flt: EventFilter, page: int = PAGE) -> Iterator[list[Event]]:
    """Every matching event, a page at a time (constant memory for exports)."""
    offset = 0
    while True:
        batch = store.events(flt, limit=page, offset=offset)
        if not batch:
            return
        yield batch
        if len(batch) < page:
            return
        offset += len(batch)


def _names(value: str) -> list[str]:
    """ACLED joins several associated actors with '; '."""
    return [n.strip() for n in (value or "").split(";") if n.strip()]


def actor_counts(events: Iterable[Event]) -> list[dict[str, Any]]:
    """Distinct actors with how often each appears, by role; most frequent first."""
    as1: Counter[str] = Counter()
    as2: Counter[str] = Counter()
    assoc: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for e in events:
        seen: set[str] = set()
        for name in _names(e.actor1):
            as1[name] += 1
            seen.add(name)
        for name in _names(e.actor2):
            as2[name] += 1
            seen.add(name)
        for name in _names(e.assoc_actor_1) + _names(e.assoc_actor_2):
            assoc[name] += 1
            seen.add(name)
        total.update(seen)
    ordered = sorted(total.items(), key=lambda kv: (-kv[1], kv[0].lower()))
    return [
        {"name": n, "count": c, "as_actor1": as1[n], "as_actor2": as2[n], "as_associate": assoc[n]}
        for n, c in ordered
    ]

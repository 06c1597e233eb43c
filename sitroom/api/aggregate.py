"""Summaries the API computes over stored events: actor counts, paging, a summary cache.

The Store protocol offers filtered, paged event lists only, so these work on any
backend by reading pages; each page is a bounded query.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import fields
from typing import Any

from sitroom.model import Event
from sitroom.store import EventFilter, Store

PAGE = 2000


def iter_events(
    store_of: Callable[[], Store], flt: EventFilter, page: int = PAGE
) -> Iterator[list[Event]]:
    """Every matching event, a page at a time (constant memory for exports).

    The store is asked for afresh for each page: a streaming response may resume this
    generator on another thread, and a SQLite connection must stay on its own thread.
    """
    offset = 0
    while True:
        batch = store_of().events(flt, limit=page, offset=offset)
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


class SummaryCache:
    """Summaries over many events (actors, trends) kept for `ttl` seconds.

    They read every matching event, so repeating one per request would cost seconds on a
    large store. An entry is dropped at once when the number of matching events changes
    (new reports), and after `ttl` at the latest (merges that change a record in place).
    """

    def __init__(self, ttl: float = 60.0, size: int = 64) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: OrderedDict[Hashable, tuple[float, int, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, count: int, compute: Callable[[], Any]) -> Any:
        now = time.monotonic()
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[1] == count and now - hit[0] < self.ttl:
                self._entries.move_to_end(key)
                return hit[2]
        value = compute()
        with self._lock:
            self._entries[key] = (now, count, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value


def filter_key(flt: EventFilter) -> Hashable:
    """A hashable identity for a filter (its fields in order)."""
    return tuple(getattr(flt, f.name) for f in fields(flt))

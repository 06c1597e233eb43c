"""Storing an article is fusing it: the save transaction, written once for every store.

One transaction per chunk of articles: skip those already stored, lock the space-time
cells and LSH bands they touch, store the article, link it if it copies a stored one
(adding it as a source to the original's events), else match each of its mentions with
the stored events nearby, rebuild the canonical record of each event it joins from all
its mentions, and write the mention with the reason for the decision. The store supplies
the primitives (`sitroom.fuse.backend.FusionBackend`): SQL, locking and retries.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field

from sitroom.fuse.backend import FusionBackend
from sitroom.fuse.index import event_box, lock_cells, near_query
from sitroom.fuse.match import choose_match, screen
from sitroom.fuse.merge import canonical
from sitroom.fuse.neardup import Copy, band_keys, find_copy
from sitroom.model import Article, Event
from sitroom.store.base import SaveResult


@dataclass
class _Pending:
    """An article to save, with its events, LSH bands and the lock scopes they need."""

    article: Article
    events: list[Event]
    bands: list[int]
    scopes: set[Hashable] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.scopes = {cell for e in self.events for cell in lock_cells(e)}
        self.scopes.update(("band", b) for b in self.bands)


def save(store: FusionBackend, article: Article, events: Iterable[Event]) -> SaveResult:
    """Store an article and fuse its events in one transaction; a near-duplicate copy is
    linked instead; an article already stored is a no-op."""
    return save_many(store, [(article, events)])[0]


def save_many(
    store: FusionBackend, items: Iterable[tuple[Article, Iterable[Event]]]
) -> list[SaveResult]:
    """Store many articles in a few transactions (bulk ingest); the same as one by one."""
    ensure_indexed(store)
    batch = [
        _Pending(article, list(events), band_keys(article.text)) for article, events in items
    ]
    results: list[SaveResult] = []
    for chunk in chunks(batch, store.lock_budget):
        results += store.transact(lambda chunk=chunk: _save_chunk(store, chunk))
    return results


def chunks(batch: list[_Pending], budget: int | None) -> Iterator[list[_Pending]]:
    """Consecutive groups whose lock scopes stay within the store's lock budget."""
    chunk: list[_Pending] = []
    scopes: set[Hashable] = set()
    for pending in batch:
        if chunk and budget is not None and len(scopes | pending.scopes) > budget:
            yield chunk
            chunk, scopes = [], set()
        chunk.append(pending)
        scopes |= pending.scopes
    if chunk:
        yield chunk


def _save_chunk(store: FusionBackend, chunk: list[_Pending]) -> list[SaveResult]:
    stored = store.stored_articles([p.article.id for p in chunk])
    fresh = [p for p in chunk if p.article.id not in stored]
    store.lock(set().union(*(p.scopes for p in fresh)))
    return [
        _save_one(store, p) if p in fresh else SaveResult(article_id=p.article.id, article_new=False)
        for p in chunk
    ]


def _save_one(store: FusionBackend, pending: _Pending) -> SaveResult:
    article, events = pending.article, pending.events
    result = SaveResult(article_id=article.id, article_new=False)
    if not store.insert_article(article):
        return result  # another writer stored it first
    result.article_new = True
    copy = find_copy(store, article, pending.bands)
    store.add_bands(article.id, sorted(set(pending.bands)))
    if copy is not None:
        _save_copy(store, article, copy, result)
        return result
    for event in events:
        event.article_id = article.id
    # One lookup for all the article's mentions, before it writes anything: what it writes
    # (its new events, the events it merges into) is excluded from its later mentions
    # anyway, since one article's mentions are distinct events.
    candidates = admissible(store, events)
    used: set[str] = set()
    targets: list[str | None] = []  # the event each mention merged into, or None: new
    reasons: list[str] = []
    for event, nearby in zip(events, candidates, strict=True):
        match, reason = choose_match(event, [c for c in nearby if c.event_id_cnty not in used])
        reasons.append(reason)
        targets.append(match.event_id_cnty if match is not None else None)
        if match is not None:
            event_id = match.event_id_cnty
            store.lock_event(event_id)
            history = store.mentions_of(event_id) or [match]  # imported events have none
            _write(store, canonical([*history, event], event_id), len(history) + 1)
            result.events_merged += 1
            used.add(event_id)
    new = [e for e, target in zip(events, targets, strict=True) if target is None]
    for event, event_id in zip(new, store.new_event_ids(new), strict=True):
        event.event_id_cnty = event_id
        _write(store, event, 1)
        result.events_added += 1
    for position, (event, target) in enumerate(zip(events, targets, strict=True)):
        event_id = target or event.event_id_cnty
        store.insert_mention(article.id, position, event_id, event, reasons[position])
        result.event_ids.append(event_id)
    return result


def _save_copy(store: FusionBackend, article: Article, copy: Copy, result: SaveResult) -> None:
    """A syndicated copy: link it and add it as a source to each of the original's events."""
    original = store.original_of(copy.original_id) or copy.original_id
    store.link_copy(article.id, original, copy.similarity)
    result.duplicate_of = original
    for position, event_id, mention in store.article_mentions(original):
        mention.article_id = article.id
        mention.source = article.source or mention.source
        store.lock_event(event_id)
        history = store.mentions_of(event_id)
        _write(store, canonical([*history, mention], event_id), len(history) + 1)
        store.insert_mention(article.id, position, event_id, mention, copy.reason)
        result.events_merged += 1
        result.event_ids.append(event_id)


def _write(store: FusionBackend, event: Event, source_count: int) -> None:
    store.write_event(event, event_box(event), source_count)


def admissible(store: FusionBackend, events: list[Event]) -> list[list[Event]]:
    """Each mention's candidates that pass the cheap screen, decoded (far ones never are)."""
    queries = [near_query(e) for e in events]
    asked = [i for i, q in enumerate(queries) if q is not None]
    found: list[list[Event]] = [[] for _ in events]
    rows = store.near([queries[i] for i in asked]) if asked else []
    for i, candidates in zip(asked, rows, strict=True):
        found[i] = [
            Event.from_record(json.loads(c.record_json))
            for c in candidates
            if screen(events[i], c.light)
        ]
    return found


def candidates_near(store: FusionBackend, event: Event) -> list[Event]:
    """Canonical events whose time × space box meets this event's (unscreened)."""
    ensure_indexed(store)
    query = near_query(event)
    if query is None:
        return []
    return [Event.from_record(json.loads(c.record_json)) for c in store.near([query])[0]]


def ensure_indexed(store: FusionBackend) -> None:
    """Backfill fusion's indexes once for a store written before they existed."""
    if not store.index_pending():
        return

    def backfill() -> None:
        for event in store.events():
            store.index_event(event.event_id_cnty, event_box(event))
        for article_id, text in store.unbanded_articles():
            store.add_bands(article_id, sorted(set(band_keys(text))))
        store.mark_indexed()

    store.transact(backfill)

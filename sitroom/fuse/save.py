"""Storing an article is fusing it: the save transaction, written once for every store.

One transaction per chunk of articles: skip those already stored, lock the space-time
cells and LSH bands they touch, store the article, link it if it copies a stored one
(adding it as a source to the original's events), else match each of its mentions with
the stored events nearby, rebuild the canonical record of each event it joins from all
its mentions, and write the mention with the reason for the decision. The store supplies
the primitives (`sitroom.fuse.backend.FusionBackend`): SQL, locking and retries.
"""

from __future__ import annotations

import contextlib
import json
import weakref
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field

from sitroom.fuse.backend import FusionBackend
from sitroom.fuse.cluster import Group, Item, reason, regroup
from sitroom.fuse.config import load_config
from sitroom.fuse.features import gate
from sitroom.fuse.index import event_box, group_box, lock_cells, near_queries
from sitroom.fuse.merge import canonical
from sitroom.fuse.model import active_model
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
    arriving = [Item((article.id, i), e) for i, e in enumerate(events)]
    fused = fuse_items(store, arriving)
    result.event_ids = [fused.ids[item.key] for item in arriving]
    result.events_added = len(fused.started)
    result.events_merged = len(arriving) - result.events_added
    return result


@dataclass
class Fused:
    """Where the arriving mentions went: event id by mention key, and those that started one."""

    ids: dict[tuple[str, int], str] = field(default_factory=dict)
    started: set[tuple[str, int]] = field(default_factory=set)


def fuse_items(store: FusionBackend, arriving: list[Item]) -> Fused:
    """Group the arriving mentions with every mention of the stored events they touch, and
    write the outcome: events created, rebuilt, renumbered or removed, mentions placed."""
    touched, region = _touched_region(store, [i.event for i in arriving])
    memory = _memory(store)
    groups, placed = regroup([*region, *arriving], known=memory.scores, facts=memory.facts)
    ids, fresh = _assign_ids(store, groups, set(touched))
    threshold = active_model().threshold
    held = Counter(m.current for group in groups for m in group.members if m.current)
    for index, group in enumerate(groups):
        keys = tuple(m.key for m in group.members)
        if memory.written.get(ids[index]) == keys and _as_stored(group, ids[index], held):
            continue  # built here from these very mentions, which it still has: it stands
        record = group.record  # canonical of its members; now numbered
        record.event_id_cnty = ids[index]
        mentions = [m.event for m in group.members if not m.fixed]
        _write(store, record, len(mentions) or 1, mentions)
        memory.written[ids[index]] = keys
    out = Fused()
    for index, group in enumerate(groups):
        for item in group.members:
            if item.fixed:
                continue
            if item.current is None:
                why = reason(placed[item.key], ids, threshold)
                item.event.event_id_cnty = ids[index]
                store.insert_mention(item.key[0], item.key[1], ids[index], item.event, why)
                out.ids[item.key] = ids[index]
                if index in fresh and all(m.current is None for m in group.members):
                    out.started.add(item.key)
            elif item.current != ids[index] or any(m.current is None for m in group.members):
                why = reason(placed[item.key], ids, threshold)
                store.move_mention(item.key[0], item.key[1], ids[index], why)  # and its reason
    for event_id in sorted(set(touched) - set(ids)):  # emptied by the regrouping
        memory.written.pop(event_id, None)
        store.delete_event(event_id)
    return out


def _as_stored(group: Group, event_id: str, held: Counter) -> bool:
    """The group is a stored event, all its mentions and nothing else (``held``: how
    many mentions each stored event has in the region, which holds all of them)."""
    members = group.members
    return held[event_id] == len(members) and all(
        m.current == event_id and not m.fixed for m in members
    )


@dataclass
class _Memory:
    """What the writer remembers of one store under one model and configuration: pair
    scores (`pair_table`: a stored mention's record never changes), and the mention keys
    each event's record was last built from here. An event that still has exactly those
    mentions would be rebuilt into the same record, so it is not rewritten; an event this
    process did not build (another writer, an earlier run, an imported record) is."""

    model: object
    cfg: object
    scores: dict = field(default_factory=dict)
    facts: dict = field(default_factory=dict)  # by mention key: see `cluster.pair_table`
    written: dict[str, tuple] = field(default_factory=dict)


_MEMORY: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_MAX_MEMORY = 200_000


def _memory(store: FusionBackend) -> _Memory:
    """This store's memory (new when the model or configuration is replaced, and past a
    bound; empty each time for a store that cannot be weakly referenced)."""
    model, cfg = active_model(), load_config()
    held = _MEMORY.get(store)
    if (
        held is None or held.model is not model or held.cfg is not cfg
        or max(len(held.scores), len(held.facts), len(held.written)) > _MAX_MEMORY
    ):
        held = _Memory(model, cfg)
        with contextlib.suppress(TypeError):  # a store that cannot be weakly referenced
            _MEMORY[store] = held
    return held


def rebuild(store: FusionBackend) -> dict[str, int]:
    """Group every stored mention again with the current model and thresholds (`sitroom fuse
    --rebuild`), in one transaction. Events keep the id most of their mentions had; events
    imported without mentions stay as they are."""
    ensure_indexed(store)
    rows = store.all_mention_rows()
    before = len({r[2] for r in rows})

    def work() -> dict[str, int]:
        store.delete_mentions()
        for event_id in sorted({r[2] for r in rows}):
            store.delete_event(event_id)
        by_article: dict[str, list[Item]] = {}
        for article_id, position, event_id, record in rows:
            item = Item((article_id, position), record, previous=event_id)
            by_article.setdefault(article_id, []).append(item)
        for article_id in sorted(by_article):
            fuse_items(store, by_article[article_id])
        after = {r[2] for r in store.all_mention_rows()}
        return {"mentions": len(rows), "events_before": before, "events_after": len(after)}

    return store.transact(work)


def _touched_region(store: FusionBackend, arriving: list[Event]) -> tuple[list[str], list[Item]]:
    """The stored events the arriving mentions could join, locked in one order (so writers
    never deadlock), and every mention of them."""
    found = _admissible(store, arriving)
    touched = sorted({event_id for candidates in found for event_id, _ in candidates})
    for event_id in touched:
        store.lock_event(event_id)
    return touched, _region(store, touched)


def _region(store: FusionBackend, touched: list[str]) -> list[Item]:
    """Every mention of the touched events (an imported event stands for itself)."""
    rows = store.mention_rows(touched)
    items = [Item((a, p), e, current=event_id) for a, p, event_id, e in rows]
    have = {i.current for i in items}
    for event_id in touched:
        if event_id not in have:
            stored = store.get_event(event_id)
            if stored is not None:
                items.append(Item((f"~{event_id}", 0), stored.event, current=event_id))
    return items


def _assign_ids(
    store: FusionBackend, groups: list[Group], touched: set[str]
) -> tuple[list[str], set[int]]:
    """Each group keeps the id most of its mentions had (smallest on ties), if free; the rest
    get new numbers. Returns the ids by group and the indexes of groups newly numbered."""
    ids: list[str | None] = []
    claimed: set[str] = set()
    for group in groups:
        votes = Counter(m.current or m.previous for m in group.members if m.current or m.previous)
        pick = None
        for event_id, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            free = event_id in touched or not store.has_event(event_id)
            if event_id not in claimed and free:
                pick = event_id
                break
        if pick is not None:
            claimed.add(pick)
        ids.append(pick)
    fresh = [i for i, event_id in enumerate(ids) if event_id is None]
    numbers = store.new_event_ids([groups[i].record for i in fresh])
    for i, event_id in zip(fresh, numbers, strict=True):
        ids[i] = event_id
    return [str(i) for i in ids], set(fresh)


def _save_copy(store: FusionBackend, article: Article, copy: Copy, result: SaveResult) -> None:
    """A syndicated copy: link it and add it as a source to each of the original's events."""
    original = store.original_of(copy.original_id) or copy.original_id
    store.link_copy(article.id, original, copy.similarity)
    result.duplicate_of = original
    for position, event_id, mention in store.article_mentions(original):
        mention.article_id = article.id
        mention.source = article.source or mention.source
        store.lock_event(event_id)
        store.insert_mention(article.id, position, event_id, mention, copy.reason)
        rebuild_event(store, event_id)
        result.events_merged += 1
        result.event_ids.append(event_id)


def rebuild_event(store: FusionBackend, event_id: str) -> None:
    """Re-derive one event's canonical record from all its mentions (in their stable order)."""
    rows = sorted(store.mention_rows([event_id]), key=lambda r: (r[0], r[1]))
    if rows:
        mentions = [r[3] for r in rows]
        _write(store, canonical(mentions, event_id), len(rows), mentions)


def _write(
    store: FusionBackend, event: Event, source_count: int, mentions: list[Event] | None = None
) -> None:
    box = group_box(event, mentions) if mentions and len(mentions) > 1 else event_box(event)
    store.write_event(event, box, source_count)


def admissible(store: FusionBackend, events: list[Event]) -> list[list[Event]]:
    """Each mention's candidates that pass the cheap gate, decoded (far ones never are).

    The gate reads the canonical record, whose date and place come from its most precise
    report; a report of several outlets also passes when it could be one with any of them
    (else whether a later report finds the event would depend on which came first)."""
    return [
        [Event.from_record(json.loads(record)) for _, record in candidates]
        for candidates in _admissible(store, events)
    ]


def _admissible(store: FusionBackend, events: list[Event]) -> list[list[tuple[str, str]]]:
    """`admissible`, each candidate as (event id, record JSON), not decoded (the writer
    needs only the ids)."""
    asked = [(i, q) for i, e in enumerate(events) for q in near_queries(e)]
    found: list[list[tuple[str, str]]] = [[] for _ in events]
    seen: list[set[str]] = [set() for _ in events]
    rows = store.near([q for _, q in asked]) if asked else []
    held: dict[str, tuple[str, list[int]]] = {}  # several sources, canonical gate failed
    several: dict[str, bool] = {}  # by event id: its record names several sources
    for (i, _), candidates in zip(asked, rows, strict=True):
        for c in candidates:
            event_id = c.light.event_id_cnty
            if event_id in seen[i]:
                continue
            if gate(events[i], c.light):
                seen[i].add(event_id)
                found[i].append((event_id, c.record_json))
                continue
            if event_id not in several:
                several[event_id] = ";" in json.loads(c.record_json).get("source", "")
            if several[event_id]:
                held.setdefault(event_id, (c.record_json, []))[1].append(i)
    if held:
        members: dict[str, list[Event]] = {}
        for _, _, event_id, mention in store.mention_rows(sorted(held)):
            members.setdefault(event_id, []).append(mention)
        for event_id, (record, asking) in sorted(held.items()):
            for i in sorted(set(asking)):
                if event_id in seen[i]:
                    continue
                if any(gate(events[i], m) for m in members.get(event_id, [])):
                    seen[i].add(event_id)
                    found[i].append((event_id, record))
    return found


def candidates_near(store: FusionBackend, event: Event) -> list[Event]:
    """Canonical events whose time × space box meets this event's (unscreened)."""
    ensure_indexed(store)
    out: dict[str, Event] = {}
    for found in store.near(near_queries(event)):
        for c in found:
            out.setdefault(c.light.event_id_cnty, Event.from_record(json.loads(c.record_json)))
    return list(out.values())


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

"""The small interface fusion needs from a database: written once here, met by every store.

`sitroom.fuse.save` runs the save transaction (copy check, match, canonical rebuild, mention
write) over these primitives; a store supplies only SQL, locking and migrations. A third
backend is one module that implements this protocol (and `sitroom.store.Store` for reads).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Protocol, TypeVar

from sitroom.model import Article, Event
from sitroom.store.base import Box, Candidate, NearQuery, StoredEvent

T = TypeVar("T")


class FusionBackend(Protocol):
    #: Lock scopes one transaction may hold (None: no limit); `save_many` splits batches by it.
    lock_budget: int | None

    def transact(self, work: Callable[[], T]) -> T:
        """Run ``work`` in one transaction (all or nothing); a store whose writers can deadlock
        retries the whole of it, so ``work`` must only touch the database."""
        ...

    def lock(self, scopes: Iterable[Hashable]) -> None:
        """Inside a transaction: wait for and hold the named scopes (space-time cells, LSH bands)
        until it ends, so that two writers that could fuse one event run one after the other."""
        ...

    def stored_articles(self, article_ids: list[str]) -> set[str]: ...

    def insert_article(self, article: Article) -> bool:
        """False when another writer stored it first (then nothing is written)."""
        ...

    def add_bands(self, article_id: str, band_keys: Iterable[int]) -> None: ...

    def similar_articles(self, band_keys: list[int], limit: int = 20) -> list[str]: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def original_of(self, article_id: str) -> str | None: ...

    def link_copy(self, article_id: str, original_id: str, similarity: float) -> None: ...

    def article_mentions(self, article_id: str) -> list[tuple[int, str, Event]]:
        """(position, event id, mention record) of one article, by position."""
        ...

    def near(self, queries: list[NearQuery]) -> list[list[Candidate]]:
        """For each query, the canonical events its box (or country window) meets."""
        ...

    def mentions_of(self, event_id: str) -> list[Event]: ...

    def events(self) -> list[Event]:
        """Every canonical event (the read API's `Store.events` with no filter)."""
        ...

    def lock_event(self, event_id: str) -> None:
        """Row-lock a canonical event before re-deriving it (a no-op where writes serialize)."""
        ...

    def has_event(self, event_id: str) -> bool: ...

    def get_event(self, event_id: str) -> StoredEvent | None: ...

    def mention_rows(self, event_ids: list[str]) -> list[tuple[str, int, str, Event]]:
        """(article id, position, event id, record) of every mention of these events."""
        ...

    def move_mention(self, article_id: str, position: int, event_id: str, reason: str) -> None:
        """Move a stored mention to another event (re-fusion), with the reason why."""
        ...

    def all_mention_rows(self) -> list[tuple[str, int, str, Event]]: ...

    def delete_mentions(self) -> None: ...

    def delete_event(self, event_id: str) -> None:
        """Remove a canonical event that no mention supports any more."""
        ...

    def new_event_ids(self, events: list[Event]) -> list[str]:
        """The next id per country prefix (the first three letters of event_id_cnty)."""
        ...

    def write_event(self, event: Event, box: Box | None, source_count: int) -> None:
        """Insert or replace a canonical event (keyed by event_id_cnty) and its lookup box."""
        ...

    def index_event(self, event_id: str, box: Box | None) -> None:
        """Put (or move) one stored event's lookup box, leaving the record as it is."""
        ...

    def insert_mention(
        self, article_id: str, position: int, event_id: str, event: Event, reason: str
    ) -> None: ...

    def index_pending(self) -> bool:
        """True for a store written before fusion's indexes existed (to be backfilled once)."""
        ...

    def mark_indexed(self) -> None: ...

    def unbanded_articles(self) -> list[tuple[str, str]]:
        """(id, text) of stored articles without LSH band rows."""
        ...

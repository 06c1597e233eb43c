"""What every store offers, whichever database is behind it.

Two tables carry the data: `articles` (one row per distinct report, keyed by content
hash) and `mentions` (one row per event extracted from one article, keyed by article
and position). `events` holds the canonical record per real-world occurrence: fusion
links several mentions from different sources to one event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from sitroom.model import Article, Event

#: Columns kept as real columns (indexed, filterable); the whole record is stored as JSON too.
INDEXED_COLUMNS: tuple[str, ...] = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "status", "claim", "plover_type",
)


class StoreError(RuntimeError):
    """A store could not be opened or written; the message names the database."""


@dataclass
class EventFilter:
    """Filters shared by the CLI, the API and exports. All optional; they combine with AND."""

    since: date | None = None
    until: date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None  # matches event_type or sub_event_type, case-insensitive
    actor: str | None = None  # substring of actor1/actor2/assoc actors
    status: str | None = None
    claim: str | None = None
    text: str | None = None  # substring of notes
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    article_id: str | None = None


@dataclass
class SaveResult:
    article_id: str
    article_new: bool
    events_added: int = 0  # new canonical events
    events_merged: int = 0  # mentions merged into an existing event (fusion)
    event_ids: list[str] = field(default_factory=list)
    duplicate_of: str = ""  # set when the article is a near-duplicate copy (sitroom.fuse.neardup)


@dataclass
class StoredEvent:
    """A canonical event with the mentions (article, source) that support it."""

    event: Event
    sources: list[dict[str, Any]] = field(default_factory=list)


class Store(Protocol):
    url: str

    def save(self, article: Article, events: Iterable[Event]) -> SaveResult: ...

    def has_article(self, article_id: str) -> bool: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def events(
        self, flt: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Event]: ...

    def count_events(self, flt: EventFilter | None = None) -> int: ...

    def get_event(self, event_id: str) -> StoredEvent | None: ...

    def record_failure(self, origin: str, error: str) -> None: ...

    # -- fusion (sitroom.fuse); SQLiteStore is the reference implementation ---------------

    def candidates_near(self, event: Event) -> list[Event]:
        """Canonical events whose time × space box (`sitroom.fuse.index.event_box`) meets
        this event's, from a spatial index; without coordinates, same country and dates."""
        ...

    def mentions_of(self, event_id: str) -> list[Event]:
        """The mention records fused into one canonical event, oldest first."""
        ...

    def similar_articles(self, band_keys: list[int], limit: int = 20) -> list[str]:
        """Article ids sharing at least one MinHash LSH band key, most shared first."""
        ...

    def original_of(self, article_id: str) -> str | None:
        """The article this one is a near-duplicate copy of, if any."""
        ...

    def record_alert(self, rule: str, event_id: str, payload: dict[str, Any]) -> bool:
        """Persist a fired alert; False when (rule, event_id) had already fired."""
        ...

    def alerts(self, limit: int | None = 100) -> list[dict[str, Any]]:
        """Fired alerts, newest first: dicts with rule, event_id, fired_at, payload."""
        ...

    def close(self) -> None: ...


def open_store(url: str) -> Store:
    """`path.db` or `sqlite:///path.db` → embedded SQLite; `postgresql://...` → PostgreSQL."""
    if url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        from sitroom.store.postgres import PostgresStore

        return PostgresStore(url)
    from sitroom.store.sqlite import SQLiteStore

    path = url.removeprefix("sqlite:///").removeprefix("sqlite://")
    return SQLiteStore(path)

"""What every store offers, whichever database is behind it.

Two tables carry the data: `articles` (one row per distinct report, keyed by content
hash) and `mentions` (one row per event extracted from one article, keyed by article
and position). `events` holds the canonical record per real-world occurrence: fusion
links several mentions from different sources to one event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from sitroom.errors import StoreError  # noqa: F401  (re-exported: the stores raise it)
from sitroom.model import Article, Event
from sitroom.store.columns import EVENT_COLUMNS

#: Every scalar record column is a real, typed column of `events` (see `store.columns`); the
#: whole record is stored as JSON too, with its evidence.
INDEXED_COLUMNS: tuple[str, ...] = EVENT_COLUMNS


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
    source: str | None = None  # an outlet that published one of the event's reports


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


Box = tuple[float, float, float, float, float, float]
"""A time × space box: (min_day, max_day, min_lat, max_lat, min_lon, max_lon), days as ordinals."""


#: The mentions of one event with their article's address and date, in the order they were
#: stored (``{mark}``: the placeholder; ``{order}``: the articles' arrival column).
MENTIONS_OF_EVENT_SQL = (
    "SELECT m.article_id, m.position, m.source, m.merge_reason, m.record,"
    " a.url, a.published FROM mentions m JOIN articles a ON a.id = m.article_id"
    " WHERE m.event_id={mark} ORDER BY {order}, m.position"
)


def stored_event(
    record: dict[str, Any],
    mentions: Iterable[Mapping[str, Any]],
    decode: Callable[[Any], Any] = lambda v: v,
    published: Callable[[Any], Any] = lambda v: v,
) -> StoredEvent:
    """An event's record and its rows of `MENTIONS_OF_EVENT_SQL` as a `StoredEvent`, whatever
    the database: ``decode`` makes a stored mention record a dict (SQLite keeps JSON text),
    ``published`` an article's date ISO text (PostgreSQL returns a date)."""
    sources = [
        {
            "article_id": m["article_id"], "position": m["position"], "source": m["source"],
            "url": m["url"], "published": published(m["published"]),
            "merge_reason": m["merge_reason"], "mention": decode(m["record"]),
        }
        for m in mentions
    ]
    return StoredEvent(Event.from_record(record), sources)


@dataclass(frozen=True)
class NearQuery:
    """What a store's candidate lookup is asked: events whose indexed box meets ``box``, or
    events of ``country`` dated in [first, last] (with ``coarse_only``, only those placed at
    the country alone: no coordinates, or geo_precision 3 without an admin1 region)."""

    box: Box | None = None
    country: str = ""
    first: date | None = None
    last: date | None = None
    coarse_only: bool = False


@dataclass(frozen=True)
class Candidate:
    """A stored canonical event as the lookup returns it: the screened columns only (cheap),
    and the full record as JSON text, decoded only for candidates that pass the screen."""

    light: Event
    record_json: str


@dataclass(frozen=True)
class SqlDialect:
    """How one database spells the few things the shared filter SQL needs."""

    mark: str  # parameter placeholder: "?" (sqlite3) or "%s" (psycopg)
    json_text: str  # SQL for a text field of the JSON record; {field} is the field name
    bbox: str  # a clause with four placeholders: min_lon, min_lat, max_lon, max_lat
    iso_dates: bool  # dates are stored as ISO text, so parameters must be strings too


#: LIKE patterns escape their wildcards with a backslash (both SQLite and PostgreSQL read this).
LIKE_ESCAPE = "ESCAPE '\\'"


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, literally: `%` and `_` are not wildcards."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(flt: EventFilter, dialect: SqlDialect) -> tuple[str, list[Any]]:
    """Parameterized WHERE clause for a filter: values never enter the SQL text."""
    m = dialect.mark
    clauses: list[str] = []
    params: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        clauses.append(clause.replace("?", m))
        params.extend(values)

    def day(value: date) -> Any:
        return value.isoformat() if dialect.iso_dates else value

    if flt.since:
        add("event_date >= ?", day(flt.since))
    if flt.until:
        add("event_date <= ?", day(flt.until))
    if flt.country:
        add("lower(country) = lower(?)", flt.country)
    if flt.admin1:
        add("lower(admin1) = lower(?)", flt.admin1)
    if flt.event_type:
        add("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))",
            flt.event_type, flt.event_type)
    if flt.actor:
        like = contains_pattern(flt.actor)
        add(
            f"(lower(actor1) LIKE ? {LIKE_ESCAPE} OR lower(actor2) LIKE ? {LIKE_ESCAPE}"
            f" OR lower(assoc_actor_1) LIKE ? {LIKE_ESCAPE}"
            f" OR lower(assoc_actor_2) LIKE ? {LIKE_ESCAPE})",
            like, like, like, like,
        )
    if flt.status:
        add("status = ?", flt.status)
    if flt.claim:
        add("claim = ?", flt.claim)
    if flt.text:
        add(f"lower(notes) LIKE ? {LIKE_ESCAPE}", contains_pattern(flt.text))
    if flt.bbox:
        add(dialect.bbox, *flt.bbox)
    if flt.article_id:
        add("event_id_cnty IN (SELECT event_id FROM mentions WHERE article_id = ?)", flt.article_id)
    if flt.source:
        add(
            "event_id_cnty IN (SELECT m.event_id FROM mentions m JOIN articles a"
            " ON a.id = m.article_id WHERE a.source = ?)",
            flt.source,
        )
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


class Store(Protocol):
    url: str

    def has_article(self, article_id: str) -> bool: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def events(
        self, flt: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Event]: ...

    def count_events(self, flt: EventFilter | None = None) -> int: ...

    def get_event(self, event_id: str) -> StoredEvent | None: ...

    def record_failure(self, origin: str, error: str) -> None: ...

    # -- fusion's primitives: the save transaction itself is `sitroom.fuse.save`, written once
    # for every backend over these (see `sitroom.fuse.backend.FusionBackend` for the list).

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

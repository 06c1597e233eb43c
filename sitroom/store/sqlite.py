"""The embedded default store: one SQLite file, no server.

Every save (`sitroom.fuse.save`, over this store's primitives) is one transaction: the
article, its mentions and any new or updated canonical events land together or not at all.
Saving the same article twice is a no-op, so re-running a batch never duplicates events.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable, Hashable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sitroom.model import Article, Event
from sitroom.store.base import (
    INDEXED_COLUMNS,
    MENTIONS_OF_EVENT_SQL,
    Box,
    Candidate,
    EventFilter,
    NearQuery,
    SqlDialect,
    StoredEvent,
    StoreError,
    stored_event,
    where_clause,
)
from sitroom.store.columns import acled_view_sql
from sitroom.store.sqlite_migrate import (
    SCHEMA_VERSION,
    events_table_sql,
    mentions_table_sql,
    migrate,
    needs_migration,
)

T = TypeVar("T")
#: How long a writer waits for another to release the file (SQLite's busy timeout).
BUSY_SECONDS = 30
BUSY_RETRY_SECONDS = 0.05

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT, source TEXT, published TEXT, language TEXT, title TEXT,
    origin TEXT, text TEXT NOT NULL, ingested_at REAL NOT NULL
);
{events_table_sql()};
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_country ON events(country, event_date);
CREATE INDEX IF NOT EXISTS events_lat ON events(latitude, longitude);
-- listing in (event_date, event_id_cnty) order without a sort, and bbox + time filters checked
-- in the index alone (the API and the map; paging a 100k store costs no re-sort per page)
CREATE INDEX IF NOT EXISTS events_order_place ON events(event_date, event_id_cnty, longitude, latitude);
-- exactly ACLED's columns, for SQL users (store.columns)
CREATE VIEW IF NOT EXISTS acled AS {acled_view_sql().removeprefix("CREATE VIEW acled AS ")};
{mentions_table_sql()};
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);
CREATE TABLE IF NOT EXISTS failures (
    origin TEXT NOT NULL, error TEXT NOT NULL, at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (iso3 TEXT PRIMARY KEY, next INTEGER NOT NULL);
-- fusion (sitroom.fuse): a time × space R*Tree over canonical events, each stored as the box
-- its own date/place precision allows, so candidate lookup is a few index probes.
CREATE VIRTUAL TABLE IF NOT EXISTS events_rtree USING rtree(
    id, min_day, max_day, min_lat, max_lat, min_lon, max_lon, +event_id TEXT
);
-- near-duplicate articles: one row per MinHash LSH band; links from copies to originals.
CREATE TABLE IF NOT EXISTS article_bands (band_key INTEGER NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS article_bands_key ON article_bands(band_key);
CREATE TABLE IF NOT EXISTS article_links (
    article_id TEXT PRIMARY KEY, original_id TEXT NOT NULL, similarity REAL NOT NULL
);
-- alerts: each watch rule fires once per event, across runs.
CREATE TABLE IF NOT EXISTS alerts_fired (
    rule TEXT NOT NULL, event_id TEXT NOT NULL, fired_at REAL NOT NULL, payload TEXT NOT NULL,
    PRIMARY KEY (rule, event_id)
);
"""


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.url = f"sqlite:///{self.path}"
        if self.path != ":memory:":
            parent = Path(self.path).parent
            if not parent.exists():
                raise StoreError(
                    f"cannot open store {self.path}: folder {parent} does not exist; create it"
                    " or pass another --db"
                )
        deadline = time.monotonic() + BUSY_SECONDS
        while True:  # two writers opening a new file at once: the loser waits, never fails
            try:
                self._open()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise StoreError(
                        f"cannot open store {self.path}: {exc}; check the path and its permissions"
                    ) from exc
                if getattr(self, "conn", None) is not None:
                    self.conn.close()
                time.sleep(BUSY_RETRY_SECONDS)
            except sqlite3.DatabaseError as exc:
                raise StoreError(
                    f"cannot open store {self.path}: {exc}; check the path and its permissions"
                ) from exc

    def _open(self) -> None:
        """Connect, set the file's modes and create or migrate its schema. Setting WAL mode
        or creating the schema can report "locked" at once, without the busy wait, while
        another connection creates the same file."""
        self.conn = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        # Safe with WAL: a power cut can lose the last commits, never corrupt the file.
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        if needs_migration(self.conn):
            migrate(self.conn)
        self.conn.executescript(SCHEMA)
        self.conn.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
            (str(SCHEMA_VERSION),),
        )
        self._check_index()

    # -- fusion's primitives (the transaction itself is `sitroom.fuse.save`) -------------

    #: SQLite serializes writers (BEGIN IMMEDIATE locks the file): no scopes to count.
    lock_budget: int | None = None

    def transact(self, work: Callable[[], T]) -> T:
        """Run ``work`` in one write transaction; the file stays locked for writers until it ends."""
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            out = work()
            cur.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                cur.execute("ROLLBACK")
            raise
        return out

    def lock(self, scopes: Iterable[Hashable]) -> None:
        """Nothing to do: the whole file is already locked for writers by `transact`."""

    def stored_articles(self, article_ids: list[str]) -> set[str]:
        return {i for i in article_ids if self.has_article(i)}

    def insert_article(self, article: Article) -> bool:
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO articles(id, url, source, published, language, title, origin,"
            " text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                article.id, article.url, article.source,
                article.published.isoformat() if article.published else None,
                article.language, article.title, article.origin, article.text, time.time(),
            ),
        )
        return cur.rowcount == 1

    def add_bands(self, article_id: str, band_keys: Iterable[int]) -> None:
        self.conn.executemany(
            "INSERT INTO article_bands(band_key, article_id) VALUES (?, ?)",
            [(k, article_id) for k in band_keys],
        )

    def link_copy(self, article_id: str, original_id: str, similarity: float) -> None:
        self.conn.execute(
            "INSERT INTO article_links(article_id, original_id, similarity) VALUES (?,?,?)",
            (article_id, original_id, similarity),
        )

    def article_mentions(self, article_id: str) -> list[tuple[int, str, Event]]:
        rows = self.conn.execute(
            "SELECT position, event_id, record FROM mentions WHERE article_id=? ORDER BY position",
            (article_id,),
        ).fetchall()
        return [
            (r["position"], r["event_id"], Event.from_record(json.loads(r["record"])))
            for r in rows
        ]

    def insert_mention(
        self, article_id: str, position: int, event_id: str, event: Event, reason: str
    ) -> None:
        self.conn.execute(
            "INSERT INTO mentions(article_id, position, event_id, source, record, merge_reason)"
            " VALUES (?,?,?,?,?,?)",
            (article_id, position, event_id, event.source, json.dumps(event.to_record()), reason),
        )

    def lock_event(self, event_id: str) -> None:
        """Nothing to do: writers are serialized by the file lock."""

    def has_event(self, event_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM events WHERE event_id_cnty=?", (event_id,)).fetchone()
        return row is not None

    def mention_rows(self, event_ids: list[str]) -> list[tuple[str, int, str, Event]]:
        """(article id, position, event id, record) of every mention of these events."""
        if not event_ids:
            return []
        marks = ",".join("?" for _ in event_ids)
        rows = self.conn.execute(
            f"SELECT article_id, position, event_id, record FROM mentions"
            f" WHERE event_id IN ({marks}) ORDER BY article_id, position",
            event_ids,
        ).fetchall()
        return [
            (r["article_id"], r["position"], r["event_id"], Event.from_record(json.loads(r["record"])))
            for r in rows
        ]

    def move_mention(self, article_id: str, position: int, event_id: str, reason: str) -> None:
        self.conn.execute(
            "UPDATE mentions SET event_id=?, merge_reason=? WHERE article_id=? AND position=?",
            (event_id, reason, article_id, position),
        )

    def all_mention_rows(self) -> list[tuple[str, int, str, Event]]:
        """Every stored mention (for `sitroom fuse --rebuild`)."""
        rows = self.conn.execute(
            "SELECT article_id, position, event_id, record FROM mentions ORDER BY article_id, position"
        ).fetchall()
        return [
            (r["article_id"], r["position"], r["event_id"], Event.from_record(json.loads(r["record"])))
            for r in rows
        ]

    def delete_mentions(self) -> None:
        """Forget every mention's event (a rebuild places them all again)."""
        self.conn.execute("DELETE FROM mentions")

    def delete_event(self, event_id: str) -> None:
        """Remove a canonical event no mention supports any more (and its index box)."""
        self.conn.execute("DELETE FROM events_rtree WHERE id=?", (_rtree_id(event_id),))
        self.conn.execute("DELETE FROM events WHERE event_id_cnty=?", (event_id,))

    def original_of(self, article_id: str) -> str | None:
        """The article this one is a near-duplicate copy of, if it is one."""
        row = self.conn.execute(
            "SELECT original_id FROM article_links WHERE article_id=?", (article_id,)
        ).fetchone()
        return row["original_id"] if row else None

    def similar_articles(self, band_keys: list[int], limit: int = 20) -> list[str]:
        """Stored article ids sharing at least one LSH band key, most shared bands first."""
        if not band_keys:
            return []
        marks = ",".join("?" for _ in band_keys)
        rows = self.conn.execute(
            f"SELECT article_id, count(*) AS n FROM article_bands WHERE band_key IN ({marks})"
            " GROUP BY article_id ORDER BY n DESC, min(article_id) LIMIT ?",
            (*band_keys, limit),
        ).fetchall()
        return [r["article_id"] for r in rows]

    def mentions_of(self, event_id: str) -> list[Event]:
        """The mention records fused into one canonical event, in the order they were stored."""
        rows = self.conn.execute(
            "SELECT record FROM mentions WHERE event_id=? ORDER BY rowid", (event_id,)
        ).fetchall()
        return [Event.from_record(json.loads(r["record"])) for r in rows]

    def new_event_ids(self, events: list[Event]) -> list[str]:
        """The next number per country prefix, one per event in order."""
        ids = []
        for event in events:
            iso3 = _iso3(event)
            row = self.conn.execute("SELECT next FROM counters WHERE iso3=?", (iso3,)).fetchone()
            number = row["next"] if row else 1
            self.conn.execute(
                "INSERT INTO counters(iso3, next) VALUES (?, ?) "
                "ON CONFLICT(iso3) DO UPDATE SET next=excluded.next",
                (iso3, number + 1),
            )
            ids.append(f"{iso3}{number}")
        return ids

    def write_event(self, event: Event, box: Box | None, source_count: int) -> None:
        """Insert or replace a canonical event, and move its box in the R*Tree."""
        record = event.to_record()
        values = [record[c] for c in INDEXED_COLUMNS]
        now = time.time()
        cols = ", ".join(INDEXED_COLUMNS)
        marks = ", ".join("?" for _ in INDEXED_COLUMNS)
        sets = ", ".join(f"{c}=excluded.{c}" for c in INDEXED_COLUMNS)
        self.conn.execute(
            f"INSERT INTO events(event_id_cnty, {cols}, source_count, record, created_at, updated_at)"
            f" VALUES (?, {marks}, ?, ?, ?, ?) ON CONFLICT(event_id_cnty) DO UPDATE SET {sets},"
            " source_count=excluded.source_count, record=excluded.record,"
            " updated_at=excluded.updated_at",
            (event.event_id_cnty, *values, source_count, json.dumps(record), now, now),
        )
        self.index_event(event.event_id_cnty, box)

    def index_event(self, event_id: str, box: Box | None) -> None:
        """Put (or move) the event's time × space box in the R*Tree fusion looks up."""
        rid = _rtree_id(event_id)
        self.conn.execute("DELETE FROM events_rtree WHERE id=?", (rid,))
        if box is not None:
            self.conn.execute(
                "INSERT INTO events_rtree VALUES (?,?,?,?,?,?,?,?)", (rid, *box, event_id)
            )

    def index_pending(self) -> bool:
        """True until the events of a file made before fusion's R*Tree have been indexed."""
        return self._index_pending

    def mark_indexed(self) -> None:
        self.conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('fusion_rtree', '1')")
        self._index_pending = False

    def unbanded_articles(self) -> list[tuple[str, str]]:
        rows = self.conn.execute(
            "SELECT id, text FROM articles WHERE id NOT IN (SELECT article_id FROM article_bands)"
        ).fetchall()
        return [(r["id"], r["text"]) for r in rows]

    def _check_index(self) -> None:
        """A new file needs no backfill; an old one without the marker gets one on first use."""
        if self.conn.execute("SELECT 1 FROM meta WHERE key='fusion_rtree'").fetchone():
            self._index_pending = False
            return
        empty = self.conn.execute(
            "SELECT NOT EXISTS (SELECT 1 FROM events) AND NOT EXISTS (SELECT 1 FROM articles)"
        ).fetchone()[0]
        self._index_pending = not empty
        if empty:
            self.mark_indexed()

    def near(self, queries: list[NearQuery]) -> list[list[Candidate]]:
        """For each query, the canonical events whose box meets it (an R*Tree query), or the
        unplaced events of its country in its date window."""
        return [[Candidate(_light_event(r), r["record"]) for r in self._near_rows(q)] for q in queries]

    def _near_rows(self, query: NearQuery) -> list[sqlite3.Row]:
        if query.box is not None:
            return self.conn.execute(
                f"SELECT {_SCREEN_COLUMNS}, e.record FROM events_rtree r"
                " JOIN events e ON e.event_id_cnty = r.event_id"
                " WHERE r.max_day >= ? AND r.min_day <= ? AND r.max_lat >= ? AND r.min_lat <= ?"
                " AND r.max_lon >= ? AND r.min_lon <= ? ORDER BY e.rowid",
                query.box,
            ).fetchall()
        if query.first is not None and query.last is not None and query.country:
            return self.conn.execute(
                f"SELECT {_SCREEN_COLUMNS}, e.record FROM events e WHERE e.country = ?"
                " AND e.event_date BETWEEN ? AND ? AND (NOT ? OR e.latitude IS NULL OR"
                " (CAST(e.geo_precision AS INTEGER) >= 3 AND (coalesce(e.admin1, '') = ''"
                " OR lower(e.location) = lower(e.country)))) ORDER BY e.rowid",
                (query.country, query.first.isoformat(), query.last.isoformat(),
                 query.coarse_only),
            ).fetchall()
        return []

    # -- alerts (sitroom.fuse.alerts) ------------------------------------------------------

    def record_alert(self, rule: str, event_id: str, payload: dict[str, Any]) -> bool:
        """Remember that ``rule`` fired for ``event_id``; False when it had already fired."""
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO alerts_fired(rule, event_id, fired_at, payload)"
            " VALUES (?,?,?,?)",
            (rule, event_id, time.time(), json.dumps(payload, ensure_ascii=False)),
        )
        return cur.rowcount == 1

    def alerts(self, limit: int | None = 100) -> list[dict[str, Any]]:
        """Fired alerts, newest first."""
        rows = self.conn.execute(
            "SELECT rule, event_id, fired_at, payload FROM alerts_fired"
            " ORDER BY fired_at DESC, rowid DESC LIMIT ?",
            (-1 if limit is None else int(limit),),
        ).fetchall()
        return [
            {"rule": r["rule"], "event_id": r["event_id"], "fired_at": r["fired_at"],
             "payload": json.loads(r["payload"])}
            for r in rows
        ]

    def record_failure(self, origin: str, error: str) -> None:
        self.conn.execute(
            "INSERT INTO failures(origin, error, at) VALUES (?,?,?)", (origin, error, time.time())
        )

    # -- reading -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone()
        return row is not None

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            return None
        return Article(
            text=row["text"], source=row["source"] or "", url=row["url"] or "",
            title=row["title"] or "", language=row["language"] or "en",
            published=date.fromisoformat(row["published"]) if row["published"] else None,
            origin=row["origin"] or "",
        )

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def failures(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT origin, error, at FROM failures ORDER BY at").fetchall()
        return [dict(r) for r in rows]

    def events(
        self, flt: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Event]:
        where, params = _where(flt or EventFilter())
        sql = f"SELECT record FROM events {where} ORDER BY event_date, event_id_cnty"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        rows = self.conn.execute(sql, params).fetchall()
        return [Event.from_record(json.loads(r["record"])) for r in rows]

    def count_events(self, flt: EventFilter | None = None) -> int:
        where, params = _where(flt or EventFilter())
        return int(self.conn.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0])

    def get_event(self, event_id: str) -> StoredEvent | None:
        row = self.conn.execute(
            "SELECT record FROM events WHERE event_id_cnty=?", (event_id,)
        ).fetchone()
        if row is None:
            return None
        mentions = self.conn.execute(
            MENTIONS_OF_EVENT_SQL.format(mark="?", order="a.ingested_at, a.rowid"), (event_id,)
        ).fetchall()
        return stored_event(json.loads(row["record"]), mentions, decode=json.loads)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: The columns fusion's cheap screen reads, so far candidates are never JSON-decoded.
_SCREEN_COLUMNS = (
    "e.event_id_cnty, e.event_date, e.time_precision, e.event_type, e.plover_type, e.status,"
    " e.latitude, e.longitude, e.geo_precision, e.admin1, e.country"
)


def _rtree_id(event_id: str) -> int:
    """A stable 63-bit integer key for an event id (R*Tree rows are keyed by integers)."""
    return int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=8).digest(), "big") >> 1


def _iso3(event: Event) -> str:
    prefix = re.match(r"[A-Z]{3}", event.event_id_cnty or "")
    return prefix.group(0) if prefix else "XXX"


def _light_event(row: sqlite3.Row) -> Event:
    """An Event holding only the screened columns (enough for `sitroom.fuse.match.screen`)."""
    return Event(
        event_id_cnty=row["event_id_cnty"],
        event_date=date.fromisoformat(row["event_date"][:10]) if row["event_date"] else None,
        time_precision=int(row["time_precision"] or 3), event_type=row["event_type"] or "",
        plover_type=row["plover_type"] or "", status=row["status"] or "new",
        latitude=row["latitude"], longitude=row["longitude"],
        geo_precision=int(row["geo_precision"] or 3), admin1=row["admin1"] or "",
        country=row["country"] or "",
    )


SQLITE = SqlDialect(
    mark="?",
    json_text="json_extract(record, '$.{field}')",
    bbox="longitude >= ? AND latitude >= ? AND longitude <= ? AND latitude <= ?",
    iso_dates=True,
)


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    return where_clause(flt, SQLITE)

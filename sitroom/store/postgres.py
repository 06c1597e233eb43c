"""The shared store: PostgreSQL with PostGIS, for several writers and readers at once.

Same tables, methods and semantics as the SQLite store; what differs is concurrency.
Several ingest processes and a web server may use one database together:

* an article row is inserted with ``ON CONFLICT DO NOTHING``, so two writers saving the
  same report store it once (the second waits on the first's unique key, then skips);
* fusion (find nearby canonical events, then merge or insert) runs under transaction-level
  advisory locks on the space-time cells the mention's lookup box covers. Two mentions
  whose boxes meet (the only ones that can fuse) always share a cell, so they are fused
  one after the other, never both inserted as new events; far-apart mentions never wait;
* near-duplicate detection likewise locks the article's MinHash LSH bands, and a merge
  row-locks the canonical event before re-deriving it from its mentions;
* locks are taken in sorted order at the start of the transaction; event numbers are
  reserved by an atomic upsert on `counters` in a separate autocommit connection, so no
  writer holds a country's counter while it works (a rolled-back save leaves a gap);
* a deadlock or serialization failure retries the whole transaction.

Schema changes are Alembic revisions in `sitroom/store/migrations/`, applied on open.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import errors as pg_errors
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from sitroom.model import Article, Event
from sitroom.store.base import (
    INDEXED_COLUMNS,
    EventFilter,
    SaveResult,
    SqlDialect,
    StoredEvent,
    StoreError,
    where_clause,
)

#: Advisory-lock cells: degrees of latitude and longitude by days. A precise event's lookup
#: box overlaps one or two cells, a province-level one a few dozen.
CELL_DEGREES = 2.0
CELL_DAYS = 14
#: Advisory locks one transaction may take (PostgreSQL's shared lock table is finite:
#: max_locks_per_transaction × max_connections, 6,400 by default, shared by all writers);
#: a bulk save is split to stay under it. An article takes about 35-80.
MAX_LOCKS_PER_TRANSACTION = 512
#: Session advisory lock held while migrating, so concurrent openers migrate once.
MIGRATION_LOCK = 0x5172_0000_0001
MAX_ATTEMPTS = 6

MIGRATIONS = Path(__file__).with_name("migrations")

_RETRYABLE = (pg_errors.DeadlockDetected, pg_errors.SerializationFailure)


# -- URLs and migrations ----------------------------------------------------------------


def psycopg_url(url: str) -> str:
    """The libpq form of a store URL (``postgresql+psycopg://`` and ``postgres://`` accepted)."""
    for prefix in ("postgresql+psycopg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix):]
    return url


def sqlalchemy_url(url: str) -> str:
    """The SQLAlchemy form of a store URL, for Alembic (psycopg 3 driver)."""
    return "postgresql+psycopg://" + psycopg_url(url).removeprefix("postgresql://")


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(url).replace("%", "%%"))
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest migration shipped with this code."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    if head is None:  # pragma: no cover - packaging error
        raise StoreError(f"no migrations found in {MIGRATIONS}")
    return head


def current_revision(conn: psycopg.Connection) -> str | None:
    """The revision a database is at, or None for a database sitroom never touched."""
    row = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL AS present").fetchone()
    if not _first(row):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return _first(row)


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate a database to ``revision``; several processes may call this at once."""
    from alembic import command
    from sqlalchemy import create_engine, pool, text

    engine = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
            conn.commit()
            try:
                config = _alembic_config(url)
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                conn.commit()
            finally:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                conn.commit()
    finally:
        engine.dispose()


def _first(row: Any) -> Any:
    if row is None:
        return None
    return next(iter(row.values())) if isinstance(row, dict) else row[0]


# -- lock keys ----------------------------------------------------------------------------


def lock_cells(event: Event) -> list[tuple[Any, ...]]:
    """The space-time cells a mention's fusion lookup box overlaps (what its save must lock).

    `candidates_near` returns stored events whose box meets the mention's box; two
    mentions whose boxes meet share every cell their overlap lies in, so two writers that
    could fuse one event always wait for each other. Longitude cells wrap at the
    antimeridian. Without coordinates, lookup is by country and dates, and so is the lock.
    """
    from sitroom.fuse.index import day_window, event_box

    box = event_box(event)
    if box is not None:
        min_day, max_day, min_lat, max_lat, min_lon, max_lon = box
        weeks = _span(min_day, max_day, CELL_DAYS)
        lats = _span(min_lat, max_lat, CELL_DEGREES)
        n_lon = round(360 / CELL_DEGREES)
        lons = sorted({c % n_lon for c in _span(min_lon, max_lon, CELL_DEGREES)})
        return [("box", la, lo, w) for w in weeks for la in lats for lo in lons]
    if event.event_date is not None and event.latitude is None and event.country:
        first, last = day_window(event)
        weeks = _span(first.toordinal(), last.toordinal(), CELL_DAYS)
        return [("country", event.country, w) for w in weeks]
    return []


def _span(low: float, high: float, size: float) -> range:
    return range(math.floor(low / size), math.floor(high / size) + 1)


def lock_key(*parts: Any) -> int:
    """A signed 64-bit advisory-lock key (a collision only costs some extra waiting)."""
    digest = hashlib.blake2b(repr(("sitroom", *parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def article_lock_keys(events: Iterable[Event], bands: Iterable[int]) -> set[int]:
    """Keys for one article: its events' cells and its LSH bands (near-duplicate lookup)."""
    keys = {lock_key(*cell) for e in events for cell in lock_cells(e)}
    keys.update(lock_key("band", b) for b in bands)
    return keys


# -- the store ----------------------------------------------------------------------------


class PostgresStore:
    """A `Store` on PostgreSQL/PostGIS: one connection, safe to share between threads."""

    def __init__(self, url: str, migrate: bool = True) -> None:
        self.url = url
        self._mutex = threading.RLock()
        self._ids: psycopg.Connection | None = None
        try:
            self.conn = psycopg.connect(psycopg_url(url), autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {redact(url)}: {_one_line(exc)}") from exc
        if migrate:
            self._migrate()

    def _migrate(self) -> None:
        try:
            if current_revision(self.conn) == head_revision():
                return
            upgrade(self.url)
        except Exception as exc:  # noqa: BLE001 - any failure here means the store is unusable
            self.conn.close()
            hint = ""
            if "postgis" in str(exc).lower():
                hint = " (needs PostGIS: install it, then CREATE EXTENSION postgis as a superuser)"
            raise StoreError(
                f"cannot migrate store {redact(self.url)}: {_one_line(exc)}{hint}"
            ) from exc

    # -- writing -------------------------------------------------------------------------

    def save(self, article: Article, events: Iterable[Event]) -> SaveResult:
        """Store an article and fuse its events in one transaction; a near-duplicate copy is
        linked instead; an article already stored is a no-op."""
        return self.save_many([(article, events)])[0]

    def save_many(self, items: Iterable[tuple[Article, Iterable[Event]]]) -> list[SaveResult]:
        """Store many articles, a few transactions in all (bulk ingest); same as one by one."""
        from sitroom.fuse.neardup import band_keys

        batch = [
            _Pending(article, list(events), band_keys(article.text)) for article, events in items
        ]
        results: list[SaveResult] = []
        for chunk in _chunks(batch, MAX_LOCKS_PER_TRANSACTION):
            results += self._save_chunk(chunk)
        return results

    def _save_chunk(self, chunk: list[_Pending]) -> list[SaveResult]:
        with self._mutex:
            for attempt in range(MAX_ATTEMPTS):
                try:  # pipeline mode: writes whose results nobody reads go out without waiting
                    with self.conn.transaction(), self.conn.pipeline():
                        return self._save_locked(chunk)
                except _RETRYABLE:
                    if attempt == MAX_ATTEMPTS - 1:
                        raise
                    time.sleep(random.uniform(0.01, 0.05) * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def _save_locked(self, chunk: list[_Pending]) -> list[SaveResult]:
        ids = [p.article.id for p in chunk]
        rows = self.conn.execute("SELECT id FROM articles WHERE id = ANY(%s)", (ids,)).fetchall()
        stored = {r["id"] for r in rows}
        keys = sorted(set().union(*(p.keys for p in chunk if p.article.id not in stored)))
        if keys:  # in sorted order, so that two writers never deadlock on these
            self.conn.execute(
                "SELECT count(pg_advisory_xact_lock(k)) FROM"
                " (SELECT unnest(%s::bigint[]) AS k ORDER BY 1) AS cells",
                (keys,),
            )
        return [
            SaveResult(article_id=p.article.id, article_new=False)
            if p.article.id in stored
            else self._save_one(p)
            for p in chunk
        ]

    def _save_one(self, pending: _Pending) -> SaveResult:
        from sitroom.fuse import canonical, choose_match
        from sitroom.fuse.neardup import find_copy

        article, events = pending.article, pending.events
        result = SaveResult(article_id=article.id, article_new=False)
        if not self._insert_article(article):
            return result  # another writer stored it first
        result.article_new = True
        copy = find_copy(self, article, pending.bands)
        self.conn.execute(
            "INSERT INTO article_bands(band_key, article_id) SELECT unnest(%s::bigint[]), %s",
            (sorted(set(pending.bands)), article.id),
        )
        if copy is not None:
            self._save_copy(article, copy, result)
            return result
        for event in events:
            event.article_id = article.id
        # One lookup for all the article's mentions, before it writes anything: what it
        # writes (its new events, the events it merges into) is excluded from its later
        # mentions anyway, since one article's mentions are distinct events.
        candidates = self._admissible_near_many(events)
        used: set[str] = set()
        targets: list[str | None] = []  # the event each mention merged into, or None: new
        reasons: list[str] = []
        for event, nearby in zip(events, candidates, strict=True):
            match, reason = choose_match(event, [c for c in nearby if c.event_id_cnty not in used])
            reasons.append(reason)
            targets.append(match.event_id_cnty if match is not None else None)
            if match is not None:
                event_id = match.event_id_cnty
                self._lock_event(event_id)
                history = self.mentions_of(event_id) or [match]  # imported events have none
                self._write_event(canonical([*history, event], event_id), update=True)
                result.events_merged += 1
                used.add(event_id)
        new = [e for e, target in zip(events, targets, strict=True) if target is None]
        for event, event_id in zip(new, self._next_ids(new), strict=True):
            event.event_id_cnty = event_id
            self._write_event(event, update=False)
            result.events_added += 1
        for position, (event, target) in enumerate(zip(events, targets, strict=True)):
            event_id = target or event.event_id_cnty
            self._insert_mention(article.id, position, event_id, event, reasons[position])
            result.event_ids.append(event_id)
        return result

    def _insert_article(self, article: Article) -> bool:
        row = self.conn.execute(
            "INSERT INTO articles(id, url, source, published, language, title, origin, text)"
            " VALUES (%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (id) DO NOTHING RETURNING id",
            (
                article.id, article.url, article.source, article.published,
                article.language, article.title, article.origin, article.text,
            ),
        ).fetchone()
        return row is not None

    def _insert_mention(
        self, article_id: str, position: int, event_id: str, event: Event, reason: str
    ) -> None:
        self.conn.execute(
            "INSERT INTO mentions(article_id, position, event_id, source, record, merge_reason)"
            " VALUES (%s,%s,%s,%s,%s,%s)",
            (article_id, position, event_id, event.source, Jsonb(event.to_record()), reason),
        )

    def _lock_event(self, event_id: str) -> None:
        """Row-lock a canonical event before re-deriving it, so no writer's mention is lost."""
        self.conn.execute("SELECT 1 FROM events WHERE event_id=%s FOR UPDATE", (event_id,))

    def _save_copy(self, article: Article, copy: Any, result: SaveResult) -> None:
        """A syndicated copy: link it and add it as a source to each of the original's events."""
        from sitroom.fuse import canonical

        original = self.original_of(copy.original_id) or copy.original_id
        self.conn.execute(
            "INSERT INTO article_links(article_id, original_id, similarity) VALUES (%s,%s,%s)",
            (article.id, original, copy.similarity),
        )
        result.duplicate_of = original
        rows = self.conn.execute(
            "SELECT position, event_id, record FROM mentions WHERE article_id=%s ORDER BY position",
            (original,),
        ).fetchall()
        for row in rows:
            mention = Event.from_record(row["record"])
            mention.article_id = article.id
            mention.source = article.source or mention.source
            self._lock_event(row["event_id"])
            merged = canonical([*self.mentions_of(row["event_id"]), mention], row["event_id"])
            self._write_event(merged, update=True)
            self._insert_mention(article.id, row["position"], row["event_id"], mention, copy.reason)
            result.events_merged += 1
            result.event_ids.append(row["event_id"])

    def _numbers(self) -> psycopg.Connection:
        """The autocommit connection event numbers are reserved on (opened on first use)."""
        if self._ids is None or self._ids.closed:
            self._ids = psycopg.connect(psycopg_url(self.url), autocommit=True, row_factory=dict_row)
        return self._ids

    def _next_ids(self, events: list[Event]) -> list[str]:
        """Numbers for new events, per country in event order, reserved in one statement."""
        wanted = Counter(_iso3(e) for e in events)
        if not wanted:
            return []
        countries = sorted(wanted)  # rows locked in one order by every writer
        # on a connection of its own, in autocommit: no writer holds a country's counter for
        # the length of its transaction (a rolled-back save leaves a gap in the numbers)
        rows = self._numbers().execute(
            "INSERT INTO counters(iso3, next)"
            " SELECT iso3, n + 1 FROM unnest(%s::text[], %s::int[]) AS t(iso3, n)"
            " ON CONFLICT (iso3) DO UPDATE SET next = counters.next + excluded.next - 1"
            " RETURNING iso3, next",
            (countries, [wanted[c] for c in countries]),
        ).fetchall()
        number = {r["iso3"]: r["next"] - wanted[r["iso3"]] for r in rows}
        ids = []
        for event in events:
            iso3 = _iso3(event)
            ids.append(f"{iso3}{number[iso3]}")
            number[iso3] += 1
        return ids

    def _write_event(self, event: Event, update: bool) -> None:
        from sitroom.fuse.index import event_box

        record = event.to_record()
        values = [record[c] for c in INDEXED_COLUMNS]
        box = _box_line(event_box(event))
        fuse_box = "ST_MakeLine(ST_MakePoint(%s, %s, %s), ST_MakePoint(%s, %s, %s))"
        if update:
            sets = ", ".join(f"{c}=%s" for c in INDEXED_COLUMNS)
            self.conn.execute(
                f"UPDATE events SET {sets}, fuse_box={fuse_box}, record=%s,"
                " updated_at=clock_timestamp(), source_count=source_count+1 WHERE event_id=%s",
                (*values, *box, Jsonb(record), event.event_id_cnty),
            )
        else:
            cols = ", ".join(INDEXED_COLUMNS)
            marks = ", ".join("%s" for _ in INDEXED_COLUMNS)
            self.conn.execute(
                f"INSERT INTO events(event_id, {cols}, fuse_box, record)"
                f" VALUES (%s, {marks}, {fuse_box}, %s)",
                (event.event_id_cnty, *values, *box, Jsonb(record)),
            )

    def record_failure(self, origin: str, error: str) -> None:
        with self._mutex:
            self.conn.execute("INSERT INTO failures(origin, error) VALUES (%s, %s)", (origin, error))

    # -- fusion lookups (sitroom.fuse) -----------------------------------------------------

    def candidates_near(self, event: Event) -> list[Event]:
        """Canonical events whose time × space box meets this event's (n-D GiST query).

        Events without coordinates are compared with those of the same country only.
        """
        return [Event.from_record(json.loads(r["record"])) for r in self._near_rows(event)]

    def _near_rows(self, event: Event) -> list[dict[str, Any]]:
        """Candidate rows: the screened columns, and the record as JSON text (decoded on demand)."""
        from sitroom.fuse.index import day_window, event_box

        box = event_box(event)
        with self._mutex:
            if box is not None:
                min_day, max_day, min_lat, max_lat, min_lon, max_lon = box
                return self.conn.execute(
                    f"SELECT {_SCREEN_COLUMNS}, record::text AS record FROM events"
                    " WHERE fuse_box &&& ST_MakeLine("
                    "ST_MakePoint(%s, %s, %s), ST_MakePoint(%s, %s, %s)) ORDER BY seq",
                    (min_lon, min_lat, min_day, max_lon, max_lat, max_day),
                ).fetchall()
            if event.event_date is not None and event.latitude is None and event.country:
                first, last = day_window(event)
                return self.conn.execute(
                    f"SELECT {_SCREEN_COLUMNS}, record::text AS record FROM events"
                    " WHERE country = %s AND event_date BETWEEN %s AND %s AND latitude IS NULL"
                    " ORDER BY seq",
                    (event.country, first, last),
                ).fetchall()
        return []

    def _admissible_near_many(self, events: list[Event]) -> list[list[Event]]:
        """`_admissible_near` for several mentions: one GiST join for all that have a box."""
        from sitroom.fuse.index import event_box
        from sitroom.fuse.match import screen

        boxes = [event_box(e) for e in events]
        boxed = [i for i, b in enumerate(boxes) if b is not None]
        found: list[list[Event]] = [[] for _ in events]
        if boxed:
            columns = list(zip(*(_box_line(boxes[i]) for i in boxed), strict=True))
            with self._mutex:
                rows = self.conn.execute(
                    f"SELECT q.i, {_SCREEN_COLUMNS}, record::text AS record"
                    " FROM unnest(%s::int[], %s::float8[], %s::float8[], %s::float8[],"
                    " %s::float8[], %s::float8[], %s::float8[]) AS q(i, x0, y0, d0, x1, y1, d1)"
                    " JOIN events ON fuse_box &&& ST_MakeLine("
                    "ST_MakePoint(q.x0, q.y0, q.d0), ST_MakePoint(q.x1, q.y1, q.d1))"
                    " ORDER BY q.i, seq",
                    (boxed, *[list(c) for c in columns]),
                ).fetchall()
            for row in rows:
                if screen(events[row["i"]], _light_event(row)):
                    found[row["i"]].append(Event.from_record(json.loads(row["record"])))
        for i, box in enumerate(boxes):
            if box is None:
                found[i] = self._admissible_near(events[i])
        return found

    def _admissible_near(self, event: Event) -> list[Event]:
        """`candidates_near`, less those the indexed columns already rule out (not decoded)."""
        from sitroom.fuse.match import screen

        return [
            Event.from_record(json.loads(row["record"]))
            for row in self._near_rows(event)
            if screen(event, _light_event(row))
        ]

    def mentions_of(self, event_id: str) -> list[Event]:
        """The mention records fused into one canonical event, in the order they were stored."""
        with self._mutex:
            rows = self.conn.execute(
                "SELECT record FROM mentions WHERE event_id=%s ORDER BY seq", (event_id,)
            ).fetchall()
        return [Event.from_record(r["record"]) for r in rows]

    def similar_articles(self, band_keys: list[int], limit: int = 20) -> list[str]:
        """Stored article ids sharing at least one LSH band key, most shared bands first."""
        if not band_keys:
            return []
        with self._mutex:
            rows = self.conn.execute(
                "SELECT article_id, count(*) AS n FROM article_bands WHERE band_key = ANY(%s)"
                " GROUP BY article_id ORDER BY n DESC, min(article_id) LIMIT %s",
                (list(band_keys), int(limit)),
            ).fetchall()
        return [r["article_id"] for r in rows]

    def original_of(self, article_id: str) -> str | None:
        """The article this one is a near-duplicate copy of, if it is one."""
        with self._mutex:
            row = self.conn.execute(
                "SELECT original_id FROM article_links WHERE article_id=%s", (article_id,)
            ).fetchone()
        return row["original_id"] if row else None

    # -- alerts (sitroom.fuse.alerts) ------------------------------------------------------

    def record_alert(self, rule: str, event_id: str, payload: dict[str, Any]) -> bool:
        """Remember that ``rule`` fired for ``event_id``; False when it had already fired."""
        with self._mutex:
            row = self.conn.execute(
                "INSERT INTO alerts_fired(rule, event_id, payload) VALUES (%s,%s,%s)"
                " ON CONFLICT (rule, event_id) DO NOTHING RETURNING 1 AS done",
                (rule, event_id, Jsonb(payload)),
            ).fetchone()
        return row is not None

    def alerts(self, limit: int | None = 100) -> list[dict[str, Any]]:
        """Fired alerts, newest first."""
        with self._mutex:
            rows = self.conn.execute(
                "SELECT rule, event_id, extract(epoch FROM fired_at)::float8 AS fired_at, payload"
                " FROM alerts_fired ORDER BY fired_at DESC, seq DESC LIMIT %s",
                (None if limit is None else int(limit),),
            ).fetchall()
        return [dict(r) for r in rows]

    # -- reading -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with self._mutex:
            row = self.conn.execute("SELECT 1 FROM articles WHERE id=%s", (article_id,)).fetchone()
        return row is not None

    def get_article(self, article_id: str) -> Article | None:
        with self._mutex:
            row = self.conn.execute("SELECT * FROM articles WHERE id=%s", (article_id,)).fetchone()
        if row is None:
            return None
        return Article(
            text=row["text"], source=row["source"] or "", url=row["url"] or "",
            title=row["title"] or "", language=row["language"] or "en",
            published=row["published"], origin=row["origin"] or "",
        )

    def count_articles(self) -> int:
        with self._mutex:
            return int(_first(self.conn.execute("SELECT count(*) FROM articles").fetchone()))

    def failures(self) -> list[dict[str, Any]]:
        with self._mutex:
            rows = self.conn.execute(
                "SELECT origin, error, extract(epoch FROM at)::float8 AS at FROM failures"
                " ORDER BY at"
            ).fetchall()
        return [dict(r) for r in rows]

    def events(
        self, flt: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Event]:
        where, params = _where(flt or EventFilter())
        sql = f'SELECT record FROM events {where} ORDER BY event_date NULLS FIRST, event_id COLLATE "C"'
        if limit is not None:
            sql += " LIMIT %s OFFSET %s"
            params += [int(limit), int(offset)]
        with self._mutex:
            rows = self.conn.execute(sql, params).fetchall()
        return [Event.from_record(r["record"]) for r in rows]

    def count_events(self, flt: EventFilter | None = None) -> int:
        where, params = _where(flt or EventFilter())
        with self._mutex:
            row = self.conn.execute(f"SELECT count(*) FROM events {where}", params).fetchone()
        return int(_first(row))

    def get_event(self, event_id: str) -> StoredEvent | None:
        with self._mutex:
            row = self.conn.execute(
                "SELECT record FROM events WHERE event_id=%s", (event_id,)
            ).fetchone()
            if row is None:
                return None
            mentions = self.conn.execute(
                "SELECT m.article_id, m.position, m.source, m.merge_reason, m.record,"
                " a.url, a.published FROM mentions m JOIN articles a ON a.id = m.article_id"
                " WHERE m.event_id=%s ORDER BY a.seq, m.position",
                (event_id,),
            ).fetchall()
        sources = [
            {
                "article_id": m["article_id"], "position": m["position"], "source": m["source"],
                "url": m["url"], "published": _iso(m["published"]),
                "merge_reason": m["merge_reason"], "mention": m["record"],
            }
            for m in mentions
        ]
        return StoredEvent(Event.from_record(row["record"]), sources)

    def close(self) -> None:
        with self._mutex:
            self.conn.close()
            if self._ids is not None:
                self._ids.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class _Pending:
    """An article to save, with its events, LSH bands and the advisory-lock keys they need."""

    article: Article
    events: list[Event]
    bands: list[int]
    keys: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.keys = article_lock_keys(self.events, self.bands)


def _chunks(batch: list[_Pending], max_keys: int) -> Iterator[list[_Pending]]:
    """Consecutive groups whose lock keys stay within PostgreSQL's shared lock table."""
    chunk: list[_Pending] = []
    keys: set[int] = set()
    for pending in batch:
        if chunk and len(keys | pending.keys) > max_keys:
            yield chunk
            chunk, keys = [], set()
        chunk.append(pending)
        keys |= pending.keys
    if chunk:
        yield chunk


def _box_line(box: tuple[float, ...] | None) -> tuple[float | None, ...]:
    """The fusion box as the ends of a 3-D line (lon, lat, day); NULLs make a NULL line."""
    if box is None:
        return (None,) * 6
    min_day, max_day, min_lat, max_lat, min_lon, max_lon = box
    return (min_lon, min_lat, min_day, max_lon, max_lat, max_day)


_SCREEN_COLUMNS = (
    "event_id, event_date, time_precision, event_type, plover_type, status,"
    " latitude, longitude, geo_precision, admin1, country"
)


def _iso3(event: Event) -> str:
    prefix = re.match(r"[A-Z]{3}", event.event_id_cnty or "")
    return prefix.group(0) if prefix else "XXX"


def _light_event(row: dict[str, Any]) -> Event:
    """An Event holding only the screened columns (enough for `sitroom.fuse.match.screen`)."""
    return Event(
        event_id_cnty=row["event_id"], event_date=row["event_date"],
        time_precision=int(row["time_precision"] or 3), event_type=row["event_type"] or "",
        plover_type=row["plover_type"] or "", status=row["status"] or "new",
        latitude=row["latitude"], longitude=row["longitude"],
        geo_precision=int(row["geo_precision"] or 3), admin1=row["admin1"] or "",
        country=row["country"] or "",
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


POSTGRES = SqlDialect(
    mark="%s",
    json_text="record->>'{field}'",
    bbox="geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)",
    iso_dates=False,
)


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    return where_clause(flt, POSTGRES)

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
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

import psycopg
from psycopg import errors as pg_errors
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from sitroom.model import Article, Event
from sitroom.store.base import (
    INDEXED_COLUMNS,
    MENTIONS_OF_EVENT_SQL,
    Box,
    Candidate,
    EventFilter,
    NearQuery,
    StoredEvent,
    StoreError,
    stored_event,
)
from sitroom.store.pg_admin import (  # noqa: F401 - part of this module's interface
    current_revision,
    first_value,
    head_revision,
    psycopg_url,
    redact,
    sqlalchemy_url,
    upgrade,
)
from sitroom.store.pg_sql import (
    SCREEN_COLUMNS,
    box_line,
    event_iso3,
    iso,
    light_event,
    one_line,
    where_sql,
)

#: Advisory locks one transaction may take (PostgreSQL's shared lock table is finite:
#: max_locks_per_transaction × max_connections, 6,400 by default, shared by all writers);
#: a bulk save is split to stay under it. An article takes about 35-80.
MAX_LOCKS_PER_TRANSACTION = 512
MAX_ATTEMPTS = 6


_RETRYABLE = (pg_errors.DeadlockDetected, pg_errors.SerializationFailure)
T = TypeVar("T")


# -- lock keys ----------------------------------------------------------------------------


def lock_key(*parts: Any) -> int:
    """A signed 64-bit advisory-lock key (a collision only costs some extra waiting)."""
    digest = hashlib.blake2b(repr(("sitroom", *parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


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
            raise StoreError(
                f"cannot open store {redact(url)}: {one_line(exc)}; check the --db URL "
                "(postgresql://USER@HOST:PORT/DATABASE) and that the server accepts connections"
            ) from exc
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
                f"cannot migrate store {redact(self.url)}: {one_line(exc)}{hint}"
            ) from exc

    # -- fusion's primitives (the transaction itself is `sitroom.fuse.save`) -------------

    #: Advisory locks one transaction may take (see MAX_LOCKS_PER_TRANSACTION).
    lock_budget: int | None = MAX_LOCKS_PER_TRANSACTION

    def transact(self, work: Callable[[], T]) -> T:
        """Run ``work`` in one transaction; a deadlock or serialization failure retries it."""
        with self._mutex:
            for attempt in range(MAX_ATTEMPTS):
                try:  # pipeline mode: writes whose results nobody reads go out without waiting
                    with self.conn.transaction(), self.conn.pipeline():
                        return work()
                except _RETRYABLE:
                    if attempt == MAX_ATTEMPTS - 1:
                        raise
                    time.sleep(random.uniform(0.01, 0.05) * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def lock(self, scopes: Iterable[Hashable]) -> None:
        """Transaction-level advisory locks on the scopes, in sorted key order (no deadlock
        between two writers on these)."""
        keys = sorted({lock_key(*s) if isinstance(s, tuple) else lock_key(s) for s in scopes})
        if keys:
            self.conn.execute(
                "SELECT count(pg_advisory_xact_lock(k)) FROM"
                " (SELECT unnest(%s::bigint[]) AS k ORDER BY 1) AS cells",
                (keys,),
            )

    def stored_articles(self, article_ids: list[str]) -> set[str]:
        with self._mutex:
            rows = self.conn.execute(
                "SELECT id FROM articles WHERE id = ANY(%s)", (article_ids,)
            ).fetchall()
        return {r["id"] for r in rows}

    def insert_article(self, article: Article) -> bool:
        row = self.conn.execute(
            "INSERT INTO articles(id, url, source, published, language, title, origin, text)"
            " VALUES (%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (id) DO NOTHING RETURNING id",
            (
                article.id, article.url, article.source, article.published,
                article.language, article.title, article.origin, article.text,
            ),
        ).fetchone()
        return row is not None

    def add_bands(self, article_id: str, band_keys: Iterable[int]) -> None:
        self.conn.execute(
            "INSERT INTO article_bands(band_key, article_id) SELECT unnest(%s::bigint[]), %s"
            " ON CONFLICT DO NOTHING",
            (list(band_keys), article_id),
        )

    def link_copy(self, article_id: str, original_id: str, similarity: float) -> None:
        self.conn.execute(
            "INSERT INTO article_links(article_id, original_id, similarity) VALUES (%s,%s,%s)",
            (article_id, original_id, similarity),
        )

    def article_mentions(self, article_id: str) -> list[tuple[int, str, Event]]:
        with self._mutex:
            rows = self.conn.execute(
                "SELECT position, event_id, record FROM mentions WHERE article_id=%s"
                " ORDER BY position",
                (article_id,),
            ).fetchall()
        return [(r["position"], r["event_id"], Event.from_record(r["record"])) for r in rows]

    def insert_mention(
        self, article_id: str, position: int, event_id: str, event: Event, reason: str
    ) -> None:
        self.conn.execute(
            "INSERT INTO mentions(article_id, position, event_id, source, record, merge_reason)"
            " VALUES (%s,%s,%s,%s,%s,%s)",
            (article_id, position, event_id, event.source, Jsonb(event.to_record()), reason),
        )

    def lock_event(self, event_id: str) -> None:
        """Row-lock a canonical event before re-deriving it, so no writer's mention is lost."""
        self.conn.execute("SELECT 1 FROM events WHERE event_id_cnty=%s FOR UPDATE", (event_id,))

    def has_event(self, event_id: str) -> bool:
        with self._mutex:
            row = self.conn.execute(
                "SELECT 1 FROM events WHERE event_id_cnty=%s", (event_id,)
            ).fetchone()
        return row is not None

    def mention_rows(self, event_ids: list[str]) -> list[tuple[str, int, str, Event]]:
        """(article id, position, event id, record) of every mention of these events."""
        if not event_ids:
            return []
        with self._mutex:
            rows = self.conn.execute(
                "SELECT article_id, position, event_id, record FROM mentions"
                " WHERE event_id = ANY(%s) ORDER BY article_id COLLATE \"C\", position",
                (list(event_ids),),
            ).fetchall()
        return [
            (r["article_id"], r["position"], r["event_id"], Event.from_record(r["record"]))
            for r in rows
        ]

    def move_mention(self, article_id: str, position: int, event_id: str, reason: str) -> None:
        self.conn.execute(
            "UPDATE mentions SET event_id=%s, merge_reason=%s WHERE article_id=%s AND position=%s",
            (event_id, reason, article_id, position),
        )

    def all_mention_rows(self) -> list[tuple[str, int, str, Event]]:
        """Every stored mention (for `sitroom fuse --rebuild`)."""
        with self._mutex:
            rows = self.conn.execute(
                "SELECT article_id, position, event_id, record FROM mentions"
                ' ORDER BY article_id COLLATE "C", position'
            ).fetchall()
        return [
            (r["article_id"], r["position"], r["event_id"], Event.from_record(r["record"]))
            for r in rows
        ]

    def delete_mentions(self) -> None:
        """Forget every mention's event (a rebuild places them all again)."""
        self.conn.execute("DELETE FROM mentions")

    def delete_event(self, event_id: str) -> None:
        """Remove a canonical event no mention supports any more."""
        self.conn.execute("DELETE FROM events WHERE event_id_cnty=%s", (event_id,))

    def _numbers(self) -> psycopg.Connection:
        """The autocommit connection event numbers are reserved on (opened on first use)."""
        if self._ids is None or self._ids.closed:
            self._ids = psycopg.connect(psycopg_url(self.url), autocommit=True, row_factory=dict_row)
        return self._ids

    def new_event_ids(self, events: list[Event]) -> list[str]:
        """Numbers for new events, per country in event order, reserved in one statement."""
        wanted = Counter(event_iso3(e) for e in events)
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
            iso3 = event_iso3(event)
            ids.append(f"{iso3}{number[iso3]}")
            number[iso3] += 1
        return ids

    def write_event(self, event: Event, box: Box | None, source_count: int) -> None:
        """Insert or replace a canonical event with its lookup box (`fuse_box`)."""
        record = event.to_record()
        values = [record[c] for c in INDEXED_COLUMNS]
        fuse_box = "ST_MakeLine(ST_MakePoint(%s, %s, %s), ST_MakePoint(%s, %s, %s))"
        cols = ", ".join(INDEXED_COLUMNS)
        marks = ", ".join("%s" for _ in INDEXED_COLUMNS)
        sets = ", ".join(f"{c}=excluded.{c}" for c in INDEXED_COLUMNS)
        self.conn.execute(
            f"INSERT INTO events(event_id_cnty, {cols}, fuse_box, source_count, record)"
            f" VALUES (%s, {marks}, {fuse_box}, %s, %s) ON CONFLICT (event_id_cnty) DO UPDATE SET"
            f" {sets}, fuse_box=excluded.fuse_box, source_count=excluded.source_count,"
            " record=excluded.record, updated_at=clock_timestamp()",
            (event.event_id_cnty, *values, *box_line(box), source_count, Jsonb(record)),
        )

    def index_event(self, event_id: str, box: Box | None) -> None:
        fuse_box = "ST_MakeLine(ST_MakePoint(%s, %s, %s), ST_MakePoint(%s, %s, %s))"
        self.conn.execute(
            f"UPDATE events SET fuse_box={fuse_box} WHERE event_id_cnty=%s",
            (*box_line(box), event_id),
        )

    def index_pending(self) -> bool:
        """Never: the fusion box is part of the first migration."""
        return False

    def mark_indexed(self) -> None:
        """Nothing to remember (see `index_pending`)."""

    def unbanded_articles(self) -> list[tuple[str, str]]:
        with self._mutex:
            rows = self.conn.execute(
                "SELECT id, text FROM articles a WHERE NOT EXISTS"
                " (SELECT 1 FROM article_bands b WHERE b.article_id = a.id)"
            ).fetchall()
        return [(r["id"], r["text"]) for r in rows]

    def record_failure(self, origin: str, error: str) -> None:
        with self._mutex:
            self.conn.execute("INSERT INTO failures(origin, error) VALUES (%s, %s)", (origin, error))

    # -- fusion lookups ------------------------------------------------------------------

    def near(self, queries: list[NearQuery]) -> list[list[Candidate]]:
        """For each query, the canonical events whose box meets it: one n-D GiST join for all
        boxed queries; unplaced ones by country and date window."""
        found: list[list[Candidate]] = [[] for _ in queries]
        boxed = [i for i, q in enumerate(queries) if q.box is not None]
        if boxed:
            columns = list(zip(*(box_line(queries[i].box) for i in boxed), strict=True))
            with self._mutex:
                rows = self.conn.execute(
                    f"SELECT q.i, {SCREEN_COLUMNS}, record::text AS record"
                    " FROM unnest(%s::int[], %s::float8[], %s::float8[], %s::float8[],"
                    " %s::float8[], %s::float8[], %s::float8[]) AS q(i, x0, y0, d0, x1, y1, d1)"
                    " JOIN events ON fuse_box &&& ST_MakeLine("
                    "ST_MakePoint(q.x0, q.y0, q.d0), ST_MakePoint(q.x1, q.y1, q.d1))"
                    " ORDER BY q.i, seq",
                    (boxed, *[list(c) for c in columns]),
                ).fetchall()
            for row in rows:
                found[row["i"]].append(Candidate(light_event(row), row["record"]))
        for i, query in enumerate(queries):
            if query.box is None and query.country and query.first and query.last:
                with self._mutex:
                    rows = self.conn.execute(
                        f"SELECT {SCREEN_COLUMNS}, record::text AS record FROM events"
                        " WHERE country = %s AND event_date BETWEEN %s AND %s AND (NOT %s"
                        " OR latitude IS NULL OR (geo_precision >= 3 AND (coalesce(admin1, '')"
                        " = '' OR lower(location) = lower(country)))) ORDER BY seq",
                        (query.country, query.first, query.last, query.coarse_only),
                    ).fetchall()
                found[i] = [Candidate(light_event(r), r["record"]) for r in rows]
        return found

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
            return int(first_value(self.conn.execute("SELECT count(*) FROM articles").fetchone()))

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
        where, params = where_sql(flt or EventFilter())
        sql = f'SELECT record FROM events {where} ORDER BY event_date NULLS FIRST, event_id_cnty COLLATE "C"'
        if limit is not None:
            sql += " LIMIT %s OFFSET %s"
            params += [int(limit), int(offset)]
        with self._mutex:
            rows = self.conn.execute(sql, params).fetchall()
        return [Event.from_record(r["record"]) for r in rows]

    def count_events(self, flt: EventFilter | None = None) -> int:
        where, params = where_sql(flt or EventFilter())
        with self._mutex:
            row = self.conn.execute(f"SELECT count(*) FROM events {where}", params).fetchone()
        return int(first_value(row))

    def get_event(self, event_id: str) -> StoredEvent | None:
        with self._mutex:
            row = self.conn.execute(
                "SELECT record FROM events WHERE event_id_cnty=%s", (event_id,)
            ).fetchone()
            if row is None:
                return None
            mentions = self.conn.execute(
                MENTIONS_OF_EVENT_SQL.format(mark="%s", order="a.seq"), (event_id,)
            ).fetchall()
        return stored_event(row["record"], mentions, published=iso)

    def close(self) -> None:
        with self._mutex:
            self.conn.close()
            if self._ids is not None:
                self._ids.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

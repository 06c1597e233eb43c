"""The embedded default store: one SQLite file, no server.

Every `save` is one transaction: the article, its mentions and any new or updated
canonical events land together or not at all. Saving the same article twice is a
no-op, so re-running a batch never duplicates events.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import time
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitroom.model import Article, Event
from sitroom.store.base import (
    INDEXED_COLUMNS,
    EventFilter,
    SaveResult,
    StoredEvent,
    StoreError,
)

SCHEMA_VERSION = 1

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT, source TEXT, published TEXT, language TEXT, title TEXT,
    origin TEXT, text TEXT NOT NULL, ingested_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    {", ".join(f"{c} {'REAL' if c in ('latitude', 'longitude') else 'TEXT'}" for c in INDEXED_COLUMNS)},
    source_count INTEGER NOT NULL DEFAULT 1,
    record TEXT NOT NULL,
    created_at REAL NOT NULL, updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_country ON events(country, event_date);
CREATE INDEX IF NOT EXISTS events_lat ON events(latitude, longitude);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(event_id),
    source TEXT,
    record TEXT NOT NULL,
    merge_reason TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);
CREATE TABLE IF NOT EXISTS failures (
    origin TEXT NOT NULL, error TEXT NOT NULL, at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (iso3 TEXT PRIMARY KEY, next INTEGER NOT NULL);
"""


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.url = f"sqlite:///{self.path}"
        if self.path != ":memory:":
            parent = Path(self.path).parent
            if not parent.exists():
                raise StoreError(f"cannot open store {self.path}: folder {parent} does not exist")
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.executescript(SCHEMA)
            self.conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    # -- writing -------------------------------------------------------------------------

    def save(self, article: Article, events: Iterable[Event]) -> SaveResult:
        from sitroom.fuse import choose_match, merge_into

        events = list(events)
        result = SaveResult(article_id=article.id, article_new=False)
        cur = self.conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            if self.has_article(article.id):
                cur.execute("ROLLBACK")
                return result
            result.article_new = True
            cur.execute(
                "INSERT INTO articles(id, url, source, published, language, title, origin, text,"
                " ingested_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    article.id, article.url, article.source,
                    article.published.isoformat() if article.published else None,
                    article.language, article.title, article.origin, article.text, time.time(),
                ),
            )
            for position, event in enumerate(events):
                event.article_id = article.id
                match, reason = choose_match(event, self._nearby(event))
                if match is not None:
                    merged = merge_into(match, event, self._source_count(match.event_id_cnty))
                    self._write_event(merged, update=True)
                    event_id = match.event_id_cnty
                    result.events_merged += 1
                else:
                    event.event_id_cnty = self._next_id(event)
                    self._write_event(event, update=False)
                    event_id = event.event_id_cnty
                    result.events_added += 1
                    reason = "new event"
                cur.execute(
                    "INSERT INTO mentions(article_id, position, event_id, source, record,"
                    " merge_reason) VALUES (?,?,?,?,?,?)",
                    (
                        article.id, position, event_id, event.source,
                        json.dumps(event.to_record()), reason,
                    ),
                )
                result.event_ids.append(event_id)
            cur.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                cur.execute("ROLLBACK")
            raise
        return result

    def _next_id(self, event: Event) -> str:
        prefix = re.match(r"[A-Z]{3}", event.event_id_cnty or "")
        iso3 = prefix.group(0) if prefix else "XXX"
        row = self.conn.execute("SELECT next FROM counters WHERE iso3=?", (iso3,)).fetchone()
        number = row["next"] if row else 1
        self.conn.execute(
            "INSERT INTO counters(iso3, next) VALUES (?, ?) "
            "ON CONFLICT(iso3) DO UPDATE SET next=excluded.next",
            (iso3, number + 1),
        )
        return f"{iso3}{number}"

    def _write_event(self, event: Event, update: bool) -> None:
        record = event.to_record()
        values = [record[c] for c in INDEXED_COLUMNS]
        now = time.time()
        if update:
            sets = ", ".join(f"{c}=?" for c in INDEXED_COLUMNS)
            self.conn.execute(
                f"UPDATE events SET {sets}, record=?, updated_at=?,"
                " source_count=source_count+1 WHERE event_id=?",
                (*values, json.dumps(record), now, event.event_id_cnty),
            )
        else:
            cols = ", ".join(INDEXED_COLUMNS)
            marks = ", ".join("?" for _ in INDEXED_COLUMNS)
            self.conn.execute(
                f"INSERT INTO events(event_id, {cols}, record, created_at, updated_at)"
                f" VALUES (?, {marks}, ?, ?, ?)",
                (event.event_id_cnty, *values, json.dumps(record), now, now),
            )

    def _source_count(self, event_id: str) -> int:
        row = self.conn.execute(
            "SELECT source_count FROM events WHERE event_id=?", (event_id,)
        ).fetchone()
        return int(row["source_count"]) if row else 0

    def _nearby(self, event: Event, days: int = 7, km: float = 100.0) -> list[Event]:
        """Canonical events that could be the same occurrence: an indexed time and box query."""
        if event.event_date is None or event.latitude is None or event.longitude is None:
            return []
        dlat = km / 111.0
        dlon = km / (111.0 * max(0.1, math.cos(math.radians(event.latitude))))
        rows = self.conn.execute(
            "SELECT record FROM events WHERE event_date BETWEEN ? AND ?"
            " AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?",
            (
                (event.event_date - timedelta(days=days)).isoformat(),
                (event.event_date + timedelta(days=days)).isoformat(),
                event.latitude - dlat, event.latitude + dlat,
                event.longitude - dlon, event.longitude + dlon,
            ),
        ).fetchall()
        return [Event.from_record(json.loads(r["record"])) for r in rows]

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
        sql = f"SELECT record FROM events {where} ORDER BY event_date, event_id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        rows = self.conn.execute(sql, params).fetchall()
        return [Event.from_record(json.loads(r["record"])) for r in rows]

    def count_events(self, flt: EventFilter | None = None) -> int:
        where, params = _where(flt or EventFilter())
        return int(self.conn.execute(f"SELECT count(*) FROM events {where}", params).fetchone()[0])

    def get_event(self, event_id: str) -> StoredEvent | None:
        row = self.conn.execute("SELECT record FROM events WHERE event_id=?", (event_id,)).fetchone()
        if row is None:
            return None
        mentions = self.conn.execute(
            "SELECT m.article_id, m.position, m.source, m.merge_reason, m.record,"
            " a.url, a.published FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.event_id=? ORDER BY a.ingested_at, m.position",
            (event_id,),
        ).fetchall()
        sources = [
            {
                "article_id": m["article_id"], "position": m["position"], "source": m["source"],
                "url": m["url"], "published": m["published"], "merge_reason": m["merge_reason"],
                "mention": json.loads(m["record"]),
            }
            for m in mentions
        ]
        return StoredEvent(Event.from_record(json.loads(row["record"])), sources)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    """Parameterized WHERE clause: values never enter the SQL text."""
    clauses: list[str] = []
    params: list[Any] = []
    if flt.since:
        clauses.append("event_date >= ?")
        params.append(flt.since.isoformat())
    if flt.until:
        clauses.append("event_date <= ?")
        params.append(flt.until.isoformat())
    if flt.country:
        clauses.append("lower(country) = lower(?)")
        params.append(flt.country)
    if flt.admin1:
        clauses.append("lower(admin1) = lower(?)")
        params.append(flt.admin1)
    if flt.event_type:
        clauses.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))")
        params += [flt.event_type, flt.event_type]
    if flt.actor:
        clauses.append(
            "(lower(actor1) LIKE ? OR lower(actor2) LIKE ? OR lower(json_extract(record,"
            " '$.assoc_actor_1')) LIKE ? OR lower(json_extract(record, '$.assoc_actor_2')) LIKE ?)"
        )
        params += [f"%{flt.actor.lower()}%"] * 4
    if flt.status:
        clauses.append("status = ?")
        params.append(flt.status)
    if flt.claim:
        clauses.append("claim = ?")
        params.append(flt.claim)
    if flt.text:
        clauses.append("lower(json_extract(record, '$.notes')) LIKE ?")
        params.append(f"%{flt.text.lower()}%")
    if flt.bbox:
        min_lon, min_lat, max_lon, max_lat = flt.bbox
        clauses.append("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?")
        params += [min_lon, max_lon, min_lat, max_lat]
    if flt.article_id:
        clauses.append("event_id IN (SELECT event_id FROM mentions WHERE article_id = ?)")
        params.append(flt.article_id)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

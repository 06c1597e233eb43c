"""Bringing an existing SQLite store up to the current schema, in one transaction.

Version 1 kept most record fields only inside the JSON record, numbers as TEXT, and keyed
events by `event_id`. Version 2 (`store.columns`) has every field as a typed column keyed by
`event_id_cnty`, and the `acled` view. The rows are rebuilt from each stored JSON record, so
nothing is lost; mentions are rebuilt to point at the renamed key.
"""

from __future__ import annotations

import sqlite3

from sitroom.store.columns import EVENT_COLUMNS, KEY, sqlite_type

SCHEMA_VERSION = 2


def events_table_sql(name: str = "events") -> str:
    typed = ",\n    ".join(f"{c} {sqlite_type(c)}" for c in EVENT_COLUMNS)
    return f"""CREATE TABLE IF NOT EXISTS {name} (
    {KEY} TEXT PRIMARY KEY,
    {typed},
    source_count INTEGER NOT NULL DEFAULT 1,
    record TEXT NOT NULL,
    created_at REAL NOT NULL, updated_at REAL NOT NULL
)"""


def mentions_table_sql(name: str = "mentions") -> str:
    return f"""CREATE TABLE IF NOT EXISTS {name} (
    article_id TEXT NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    event_id TEXT NOT NULL REFERENCES events({KEY}),
    source TEXT,
    record TEXT NOT NULL,
    merge_reason TEXT,
    PRIMARY KEY (article_id, position)
)"""


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})").fetchall()}


def _pick(column: str) -> str:
    value = f"json_extract(record, '$.{column}')"
    if column == "record_kind":  # records stored before record_kind existed are events
        return f"COALESCE({value}, 'event')"
    return value


def needs_migration(conn: sqlite3.Connection) -> bool:
    """An events table keyed the old way (version 1)."""
    cols = _columns(conn, "events")
    return bool(cols) and KEY not in cols


def migrate(conn: sqlite3.Connection) -> int:
    """Rebuild events and mentions in the version-2 layout; returns the events moved."""
    conn.execute("PRAGMA foreign_keys=OFF")  # only outside a transaction; back on below
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for index in ("events_date", "events_country", "events_lat", "events_order_place"):
                conn.execute(f"DROP INDEX IF EXISTS {index}")
            conn.execute("DROP VIEW IF EXISTS acled")
            conn.execute(events_table_sql("events_v2"))
            picks = ", ".join(_pick(c) for c in EVENT_COLUMNS)
            conn.execute(
                f"INSERT INTO events_v2({KEY}, {', '.join(EVENT_COLUMNS)}, source_count, record,"
                f" created_at, updated_at) SELECT event_id, {picks}, source_count, record,"
                " created_at, updated_at FROM events ORDER BY rowid"
            )
            moved = conn.execute("SELECT count(*) FROM events_v2").fetchone()[0]
            conn.execute(mentions_table_sql("mentions_v2"))
            conn.execute(
                "INSERT INTO mentions_v2 SELECT article_id, position, event_id, source, record,"
                " merge_reason FROM mentions ORDER BY rowid"
            )
            conn.execute("DROP TABLE mentions")
            conn.execute("DROP TABLE events")
            conn.execute("ALTER TABLE events_v2 RENAME TO events")
            conn.execute("ALTER TABLE mentions_v2 RENAME TO mentions")
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('schema_version', ?)"
                " ON CONFLICT(key) DO UPDATE SET value=excluded.value", (str(SCHEMA_VERSION),)
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys=ON")
    return moved

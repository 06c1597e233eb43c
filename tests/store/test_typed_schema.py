"""A typed store: numbers are numbers in SQL, every record field is a column keyed by
event_id_cnty, the `acled` view has exactly ACLED's columns, and old stores migrate."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from sitroom.fuse.save import save
from sitroom.model import ACLED_COLUMNS, Article, Event
from sitroom.store import open_store
from sitroom.store.columns import EVENT_COLUMNS, INTEGER

TEXT_A = "Gunmen attacked a checkpoint on the northern road and killed nine police officers there."
TEXT_B = "A car bomb tore through a crowded market of the southern town and killed fifty-seven people."
TEXT_C = "The foreign ministry condemned the bombing of the market in a short statement on Tuesday."


def _event(**kw) -> Event:
    base = dict(
        event_date=date(2024, 4, 21), year=2024, time_precision=1, event_type="Battles",
        sub_event_type="Armed clash", disorder_type="Political violence", actor1="Militia A",
        inter1=3, actor2="Police Forces of Iraq", inter2=1, interaction=13, iso=368,
        region="Middle East", country="Iraq", admin1="Kirkuk", admin2="Kirkuk District",
        location="Kirkuk", latitude=35.47, longitude=44.39, geo_precision=1, source="Wire",
        notes="Gunmen attacked a checkpoint.", fatalities=9, confidence=0.8, status="new",
    )
    base.update(kw)
    return Event(**base)


def _fill(store) -> None:
    save(store, Article(text=TEXT_A, source="Wire", published=date(2024, 4, 22)), [_event()])
    save(store, Article(text=TEXT_B, source="Wire", published=date(2024, 4, 22)), [_event(
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        location="Basra", admin1="Basra", latitude=30.5, longitude=47.8, fatalities=57)])
    save(store, Article(text=TEXT_C, source="Wire", published=date(2024, 4, 23)), [_event(
        event_type="", sub_event_type="", record_kind="statement", plover_type="ACCUSE",
        location="Baghdad", latitude=33.3, longitude=44.4, fatalities=0, event_date=date(2024, 4, 23))])


def _sql(store, query: str) -> list[tuple]:
    if hasattr(store, "conn") and isinstance(store.conn, sqlite3.Connection):
        return [tuple(r) for r in store.conn.execute(query).fetchall()]
    with store.conn.cursor() as cur:
        cur.execute(query)
        return [tuple(r.values()) if isinstance(r, dict) else tuple(r) for r in cur.fetchall()]


def test_numbers_sort_as_numbers_and_every_field_is_a_column(store):
    _fill(store)
    tolls = [r[0] for r in _sql(store, "SELECT fatalities FROM events ORDER BY fatalities DESC")]
    assert tolls == [57, 9, 0]
    row = _sql(store, "SELECT event_id_cnty, inter1, interaction, iso, admin2, notes, confidence,"
                      " geo_precision, year FROM events WHERE fatalities = 9")[0]
    assert row[0]  # the key column is event_id_cnty
    assert row[1:] == (3, 13, 368, "Kirkuk District", "Gunmen attacked a checkpoint.", 0.8, 1, 2024)
    assert all(isinstance(v, int) for v in row[1:4]) and isinstance(row[6], float)


def test_acled_view_has_exactly_acleds_columns_for_new_acled_events(store):
    _fill(store)
    if isinstance(getattr(store, "conn", None), sqlite3.Connection):
        cursor = store.conn.execute("SELECT * FROM acled ORDER BY fatalities")
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    else:
        with store.conn.cursor() as cur:
            cur.execute("SELECT * FROM acled ORDER BY fatalities")
            columns = [d.name for d in cur.description]
            rows = cur.fetchall()
    assert columns == list(ACLED_COLUMNS)
    assert len(rows) == 2  # the statement is not an ACLED event


def test_sqlite_column_types(tmp_path):
    store = open_store(str(tmp_path / "t.db"))
    types = {r[1]: r[2] for r in store.conn.execute("PRAGMA table_info(events)")}
    store.close()
    assert list(types)[0] == "event_id_cnty"
    assert set(EVENT_COLUMNS) <= set(types)
    assert all(types[c] == "INTEGER" for c in INTEGER)
    assert types["latitude"] == types["longitude"] == types["confidence"] == "REAL"


V1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (id TEXT PRIMARY KEY, url TEXT, source TEXT, published TEXT,
    language TEXT, title TEXT, origin TEXT, text TEXT NOT NULL, ingested_at REAL NOT NULL);
CREATE TABLE events (event_id TEXT PRIMARY KEY, event_date TEXT, time_precision TEXT,
    event_type TEXT, sub_event_type TEXT, actor1 TEXT, actor2 TEXT, country TEXT, admin1 TEXT,
    location TEXT, latitude REAL, longitude REAL, geo_precision TEXT, fatalities TEXT,
    status TEXT, claim TEXT, plover_type TEXT, source_count INTEGER NOT NULL DEFAULT 1,
    record TEXT NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX events_date ON events(event_date);
CREATE TABLE mentions (article_id TEXT NOT NULL REFERENCES articles(id), position INTEGER NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(event_id), source TEXT, record TEXT NOT NULL,
    merge_reason TEXT, PRIMARY KEY (article_id, position));
INSERT INTO meta VALUES ('schema_version', '1');
"""


def _v1_store(path) -> list[str]:
    """A store as version 1 wrote it: numbers as TEXT, most fields only in the JSON."""
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    ids = []
    for i, (text, toll) in enumerate(((TEXT_A, 9), (TEXT_B, 57)), start=1):
        article = Article(text=text, source="Wire", published=date(2024, 4, 22))
        event = _event(event_id_cnty=f"IRQ{i}", fatalities=toll, article_id=article.id)
        record = event.to_record()
        record.pop("record_kind")  # written before record_kind existed
        conn.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?)", (
            article.id, "", "Wire", "2024-04-22", "en", "", "", text, 0.0))
        conn.execute(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (event.event_id_cnty, "2024-04-21", "1", event.event_type, event.sub_event_type,
             event.actor1, event.actor2, "Iraq", "Kirkuk", "Kirkuk", 35.47, 44.39, "1", str(toll),
             "new", "reported", "", 1, json.dumps(record), 0.0, 0.0))
        conn.execute("INSERT INTO mentions VALUES (?,?,?,?,?,?)",
                     (article.id, 0, event.event_id_cnty, "Wire", json.dumps(record), "new event"))
        ids.append(event.event_id_cnty)
    conn.commit()
    conn.close()
    return ids


def test_a_version_1_store_migrates_on_open(tmp_path):
    path = str(tmp_path / "old.db")
    ids = _v1_store(path)
    store = open_store(path)
    try:
        assert store.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "2"
        assert [r[0] for r in store.conn.execute(
            "SELECT fatalities FROM events ORDER BY fatalities DESC")] == [57, 9]
        assert store.conn.execute("SELECT count(*) FROM acled").fetchone()[0] == 2
        assert tuple(store.conn.execute("SELECT admin2, inter1 FROM events WHERE event_id_cnty = ?",
                                        (ids[0],)).fetchone()) == ("Kirkuk District", 3)
        stored = store.get_event(ids[1])
        assert stored is not None and stored.sources and stored.event.fatalities == 57
        # the migrated store keeps working: a new report is saved and counted
        save(store, Article(text=TEXT_C, source="Desk", published=date(2024, 5, 2)),
             [_event(location="Mosul", latitude=36.34, longitude=43.13, fatalities=4,
                     event_date=date(2024, 5, 1))])
        assert store.count_events() == 3
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        store.close()
    again = open_store(path)  # opening twice migrates nothing more
    assert again.count_events() == 3
    again.close()


@pytest.mark.parametrize("column", ["fatalities", "geo_precision", "time_precision"])
def test_filters_compare_numbers(tmp_path, column):
    store = open_store(str(tmp_path / "n.db"))
    _fill(store)
    values = [r[0] for r in store.conn.execute(f"SELECT {column} FROM events WHERE {column} >= 2")]
    store.close()
    assert all(isinstance(v, int) for v in values)


@pytest.mark.postgres
def test_a_postgres_store_at_revision_0001_migrates_on_open(pg_server):
    import uuid

    import psycopg
    from psycopg.types.json import Jsonb

    from sitroom.store.pg_admin import upgrade
    from sitroom.store.postgres import PostgresStore

    name = f"sitroom_v1_{uuid.uuid4().hex[:8]}"
    pg_server.admin(f"CREATE DATABASE {name}")
    url = pg_server.url(name)
    try:
        upgrade(url, "0001")
        with psycopg.connect(url, autocommit=True) as conn:
            for i, (text, toll) in enumerate(((TEXT_A, 9), (TEXT_B, 57)), start=1):
                article = Article(text=text, source="Wire", published=date(2024, 4, 22))
                record = _event(event_id_cnty=f"IRQ{i}", fatalities=toll).to_record()
                record.pop("record_kind")
                conn.execute("INSERT INTO articles(id, source, text) VALUES (%s, 'Wire', %s)",
                             (article.id, text))
                conn.execute(
                    "INSERT INTO events(event_id, event_date, event_type, country, status,"
                    " fatalities, record) VALUES (%s, '2024-04-21', 'Battles', 'Iraq', 'new', %s, %s)",
                    (f"IRQ{i}", toll, Jsonb(record)))
                conn.execute("INSERT INTO mentions(article_id, position, event_id, record)"
                             " VALUES (%s, 0, %s, %s)", (article.id, f"IRQ{i}", Jsonb(record)))
        store = PostgresStore(url)
        try:
            rows = _sql(store, "SELECT event_id_cnty, fatalities, admin2, inter1, confidence"
                               " FROM events ORDER BY fatalities DESC")
            assert rows == [("IRQ2", 57, "Kirkuk District", 3, 0.8), ("IRQ1", 9, "Kirkuk District", 3, 0.8)]
            assert _sql(store, "SELECT count(*) FROM acled") == [(2,)]
            assert store.get_event("IRQ1").sources
        finally:
            store.close()
    finally:
        pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

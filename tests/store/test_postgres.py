"""PostgreSQL-specific behaviour: migrations, PostGIS columns, lock cells, and concurrency."""

from __future__ import annotations

import multiprocessing
import random
import threading
from datetime import timedelta

import psycopg
import pytest

from sitroom.fuse.index import event_box, lock_cells
from sitroom.fuse.save import save, save_many
from sitroom.model import Event
from sitroom.store import StoreError, open_store
from sitroom.store.postgres import (
    PostgresStore,
    head_revision,
    lock_key,
    psycopg_url,
    redact,
    sqlalchemy_url,
)
from tests.store.conftest import DAY, PLACES, event_at, report

# -- pure helpers (no server) ---------------------------------------------------------------


def test_url_forms():
    assert psycopg_url("postgres://u:p@h:5432/db") == "postgresql://u:p@h:5432/db"
    assert psycopg_url("postgresql+psycopg://h/db") == "postgresql://h/db"
    assert sqlalchemy_url("postgresql://h/db") == "postgresql+psycopg://h/db"
    assert redact("postgresql://ana:s3cret@db.example:5432/sitroom") == (
        "postgresql://ana:***@db.example:5432/sitroom"
    )
    assert redact("postgresql://db.example/sitroom") == "postgresql://db.example/sitroom"


def _boxes_meet(a: Event, b: Event) -> bool:
    ba, bb = event_box(a), event_box(b)
    return all(ba[i] <= bb[i + 1] and bb[i] <= ba[i + 1] for i in (0, 2, 4))


def _keys(e: Event) -> set[int]:
    return {lock_key(*c) for c in lock_cells(e)}


def test_events_whose_lookup_boxes_meet_always_share_a_lock():
    """The property the concurrency guarantee rests on, over many random pairs."""
    rng = random.Random(7)
    checked = 0
    for _ in range(3000):
        lat, lon = rng.uniform(-70, 70), rng.uniform(-180, 180)
        a = Event(event_date=DAY, latitude=lat, longitude=lon,
                  geo_precision=rng.choice((1, 2, 3)), time_precision=rng.choice((1, 2, 3)))
        b = Event(
            event_date=DAY + timedelta(days=rng.randint(-40, 40)),
            latitude=lat + rng.uniform(-4, 4), longitude=lon + rng.uniform(-4, 4),
            geo_precision=rng.choice((1, 2, 3)), time_precision=rng.choice((1, 2, 3)),
        )
        if _boxes_meet(a, b):
            checked += 1
            assert _keys(a) & _keys(b), (a, b)
    assert checked > 500


def test_lock_cells_are_few_for_precise_events_and_wrap_the_antimeridian():
    precise = event_at("Khan Younis")
    assert 1 <= len(lock_cells(precise)) <= 8
    province = event_at("Menaka", geo_precision=3, time_precision=3)
    assert len(lock_cells(province)) <= 120
    east = Event(event_date=DAY, latitude=-17.0, longitude=179.99, geo_precision=2)
    west = Event(event_date=DAY, latitude=-17.0, longitude=-179.99, geo_precision=2)
    assert _keys(east) & _keys(west)


def test_events_without_place_lock_by_country_and_without_date_lock_nothing():
    a = event_at("Djibo", latitude=None, longitude=None)
    b = event_at("Djibo", DAY + timedelta(days=1), latitude=None, longitude=None)
    c = event_at("Marib", latitude=None, longitude=None)
    assert _keys(a) & _keys(b) and not _keys(a) & _keys(c)
    assert lock_cells(event_at("Djibo", event_date=None)) == []


def test_bulk_saves_split_where_one_transaction_would_take_too_many_locks():
    from sitroom.fuse.save import _Pending, chunks

    pending = [
        _Pending(report(f"Report {i} on fighting near {p}.", "Wire"), [event_at(p, geo_precision=3)], [i])
        for i, p in enumerate(PLACES)
    ]
    per_article = max(len(p.scopes) for p in pending)
    split = list(chunks(pending, 2 * per_article))
    assert [p for c in split for p in c] == pending  # order kept, nothing lost
    assert all(len(set().union(*(p.scopes for p in c))) <= 2 * per_article for c in split)
    assert len(split) > 1 and list(chunks(pending, 10**6)) == [pending]
    assert list(chunks(pending, None)) == [pending]


# -- against the server ---------------------------------------------------------------------

pytestmark_pg = pytest.mark.postgres


@pytestmark_pg
def test_new_database_is_migrated_with_postgis_columns_and_indexes(pg_url):
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore)
        save(store, report("Clashes near Kirkuk left two fighters dead, police sources said."),
                   [event_at("Kirkuk")])
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        x, y, srid = conn.execute("SELECT ST_X(geom), ST_Y(geom), ST_SRID(geom) FROM events").fetchone()
        assert (round(x, 2), round(y, 2), srid) == (44.39, 35.47, 4326)
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename='events'")}
        assert {"events_date", "events_geom", "events_geog", "events_fuse_box"} <= indexes


@pytestmark_pg
def test_concurrent_openers_of_an_empty_database_migrate_it_once(pg_server):
    name = "t_migrate_race"
    pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    pg_server.admin(f"CREATE DATABASE {name}")
    url, errors = pg_server.url(name), []

    def open_one() -> None:
        try:
            PostgresStore(url).close()
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    finally:
        pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytestmark_pg
def test_unreachable_server_is_a_store_error_without_the_password(pg_server):
    port = pg_server.base.rsplit(":", 1)[1]
    bad = f"postgresql://nobody:hunter2@127.0.0.1:{port}/no_such_database"
    with pytest.raises(StoreError) as info:
        open_store(bad)
    assert "hunter2" not in str(info.value) and "no_such_database" in str(info.value)


@pytestmark_pg
def test_one_store_shared_by_threads(pg_url):
    """A web server's threads may share one PostgresStore: nothing is lost or mixed up."""
    store = open_store(pg_url)
    places = list(PLACES)

    def write(n: int) -> None:
        for i in range(5):
            place = places[(n + i) % len(places)]
            text = f"Thread {n} report {i}: fighting was reported around {place} on the day {i}."
            save(store, report(text), [event_at(place, DAY + timedelta(days=40 * n + 5 * i))])
            store.count_events()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.count_articles() == 20 and store.count_events() == 20
    store.close()


# -- several processes on one store -----------------------------------------------------------

OCCURRENCES = [
    ("Kirkuk", "an improvised explosive device struck a police patrol on the Kirkuk-Baghdad road"),
    ("Deir ez-Zor", "tribal fighters and SDF units exchanged fire in villages east of Deir ez-Zor"),
    ("Marib", "a ballistic missile hit a camp for displaced families on the edge of Marib"),
    ("Menaka", "jihadist fighters on motorbikes raided a market village north of Menaka"),
    ("Avdiivka", "Russian assault groups advanced along the railway line outside Avdiivka"),
    ("Khan Younis", "an air strike flattened a residential block in western Khan Younis"),
    ("El Geneina", "militiamen set fire to shelters in a displacement site in El Geneina"),
]
OUTLETS = [
    ("Outlet North", "Residents reached by telephone gave the first account of what happened.",
     "Our correspondent could not independently verify the details given by witnesses."),
    ("Outlet South", "Local officials speaking on condition of anonymity confirmed the incident.",
     "A spokesperson for the provincial authorities promised an investigation into it."),
    ("Outlet East", "According to a statement circulated on messaging channels overnight,",
     "Medical workers at the nearest hospital said they were overwhelmed by new arrivals."),
    ("Outlet West", "Security sources briefed journalists at a press conference saying that",
     "Humanitarian groups warned that access to the affected area remained restricted."),
]


def _corpus():
    items = []
    for day_offset, (place, what) in enumerate(OCCURRENCES):
        day = DAY + timedelta(days=day_offset)
        for outlet, intro, outro in OUTLETS:
            text = f"{intro} {what} on {day:%A}. {outro}"
            items.append((report(text, outlet, day), [event_at(place, day, source=outlet)]))
    return items


def _ingest_worker(url: str, rank: int, bulk: bool, barrier, out) -> None:
    """At each step every process saves a different outlet's report of the same occurrence
    (the race fusion must win), and over four steps each saves all four (the race
    idempotency must win). Bulk writers save two articles per transaction."""
    items, outlets = _corpus(), len(OUTLETS)
    store = PostgresStore(url)
    stored = 0
    for step in range(len(items)):
        occurrence, outlet = divmod(step, outlets)
        first = occurrence * outlets + (outlet + rank) % outlets
        barrier.wait()
        if bulk:
            second = occurrence * outlets + (outlet + rank + 1) % outlets
            stored += sum(r.article_new for r in save_many(store, [items[first], items[second]]))
        else:
            stored += save(store, *items[first]).article_new
    store.close()
    out.put(stored)


@pytestmark_pg
def test_processes_ingesting_overlapping_batches_store_each_article_and_event_once(pg_url):
    ctx = multiprocessing.get_context("fork")
    n, barrier, out = 4, ctx.Barrier(4), ctx.Queue()
    procs = [
        ctx.Process(target=_ingest_worker, args=(pg_url, rank, rank % 2 == 1, barrier, out))
        for rank in range(n)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * n
    stored = [out.get(timeout=5) for _ in range(n)]
    total = len(OCCURRENCES) * len(OUTLETS)
    assert sum(stored) == total  # each article stored by exactly one process
    with open_store(pg_url) as store:
        assert store.count_articles() == total
        assert store.count_events() == len(OCCURRENCES)  # one canonical event per occurrence
        for event in store.events():
            assert len(store.mentions_of(event.event_id_cnty)) == len(OUTLETS)
            assert sorted(event.source.split("; ")) == sorted(o[0] for o in OUTLETS)
        assert len({e.event_id_cnty for e in store.events()}) == len(OCCURRENCES)


def test_the_concurrency_corpus_fuses_to_one_event_per_occurrence_when_sequential(tmp_path):
    """The expectation above, checked on the reference store one article at a time."""
    with open_store(str(tmp_path / "seq.db")) as store:
        for article, events in _corpus():
            save(store, article, events)
        assert store.count_events() == len(OCCURRENCES)
        assert store.count_articles() == len(OCCURRENCES) * len(OUTLETS)


def _bulk_writer(url: str, seed: int, barrier, out) -> None:
    from sitroom.bench.scale import synthetic_batch

    items = synthetic_batch(120, 3, seed=seed)  # six countries, in a different order per seed
    store = PostgresStore(url)
    barrier.wait()
    stored = sum(r.article_new for i in range(0, len(items), 16) for r in save_many(store, items[i:i + 16]))
    store.close()
    out.put(stored)


@pytestmark_pg
def test_concurrent_bulk_writers_over_many_countries_never_deadlock(pg_url):
    """Event numbers are reserved outside the saving transaction, so writers whose batches
    touch countries in opposite orders never wait on each other's counters."""
    ctx = multiprocessing.get_context("fork")
    barrier, out = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_bulk_writer, args=(pg_url, seed, barrier, out)) for seed in (5, 6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(180)
    assert [p.exitcode for p in procs] == [0, 0]
    assert sorted(out.get(timeout=5) for _ in procs) == [120, 120]
    database = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_url) as conn:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        deadlocks = conn.execute(
            "SELECT deadlocks FROM pg_stat_database WHERE datname = %s", (database,)
        ).fetchone()[0]
        numbers = conn.execute("SELECT count(*), count(DISTINCT event_id_cnty) FROM events").fetchone()
    assert deadlocks == 0
    assert numbers[0] == numbers[1] > 0

"""The same articles give the same events in any order (issue 14 Must 5), and a rebuild
gives them again: sequential, shuffled and two concurrent writers, on both stores."""

from __future__ import annotations

import random
import threading
import uuid
from datetime import timedelta

from sitroom.fuse.save import rebuild, save
from sitroom.store import open_store
from tests.store.conftest import DAY, event_at, report

#: (place, day offset, sub-type, toll, outlet, sentence): three incidents with two or three
#: outlets each that disagree a little, and near misses (same place, other day) beside them.
REPORTS = [
    ("Kirkuk", 0, "Remote explosive/landmine/IED", 4, "Outlet A",
     "A roadside bomb tore through a police patrol on the Kirkuk road, killing four officers."),
    ("Kirkuk", 0, "Remote explosive/landmine/IED", 4, "Outlet B",
     "Four officers died when a roadside bomb hit their patrol on the Kirkuk road."),
    ("Kirkuk province", 1, "Remote explosive/landmine/IED", 5, "Outlet C",
     "A bomb struck a police patrol near Kirkuk overnight; five officers were killed."),
    ("Kirkuk", 4, "Remote explosive/landmine/IED", 0, "Outlet A",
     "Another device exploded near a market in Kirkuk without casualties, police said."),
    ("Marib", 0, "Shelling/artillery/missile attack", 7, "Outlet D",
     "Missiles slammed into a displacement camp west of Marib, killing seven people."),
    ("Marib", 0, "Air/drone strike", 6, "Outlet E",
     "A drone strike on a camp for displaced families west of Marib killed six people."),
    ("Marib", 3, "Shelling/artillery/missile attack", 2, "Outlet D",
     "Shells hit a fuel station in Marib city, wounding two guards and killing two."),
    ("Avdiivka", 0, "Air/drone strike", 3, "Outlet F",
     "Glide bombs destroyed a school building in Avdiivka, killing three volunteers."),
    ("Avdiivka", 0, "Air/drone strike", 3, "Outlet G",
     "Three volunteers were killed when glide bombs hit a school building in Avdiivka."),
    ("Avdiivka", 2, "Air/drone strike", 0, "Outlet F",
     "Aircraft dropped bombs on the outskirts of Avdiivka; no casualties were reported."),
]


def _items():
    items = []
    for place, offset, sub, toll, outlet, text in REPORTS:
        where = {}
        if place.endswith(" province"):  # placed only at the province: contains the town
            place, where = place.split()[0], {"geo_precision": 3, "location": place}
        event = event_at(
            place, DAY + timedelta(days=offset), event_type="Explosions/Remote violence",
            sub_event_type=sub, fatalities=toll, source=outlet, notes=text, **where,
        )
        items.append((report(text, outlet), [event]))
    return items


def _events(url: str) -> set:
    """The stored events as (mention keys, record without id and timestamps): id-free."""
    with open_store(url) as store:
        out = set()
        for event in store.events():
            stored = store.get_event(event.event_id_cnty)
            keys = frozenset((s["article_id"], s["position"]) for s in stored.sources)
            record = event.to_record()
            for volatile in ("event_id_cnty", "timestamp"):
                record.pop(volatile, None)
            out.add((keys, tuple(sorted((k, str(v)) for k, v in record.items()))))
        return out


def _ingest(url: str, items) -> None:
    with open_store(url) as store:
        for article, events in items:
            save(store, article, [e.copy() for e in events])


def _concurrent_halves(url: str, items) -> None:
    halves = [items[0::2], items[1::2]]
    errors: list[BaseException] = []

    def run(half):
        try:
            _ingest(url, half)
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def _fresh(store_url: str, tmp_path) -> str:
    """Another empty store of the same kind."""
    if "://" not in store_url:
        return str(tmp_path / f"{uuid.uuid4().hex[:8]}.db")
    import psycopg

    base, name = store_url.rsplit("/", 1)
    fresh = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {fresh} TEMPLATE sitroom_template")
    return f"{base}/{fresh}"


def test_any_order_and_interleaving_gives_the_same_events(store_url, tmp_path):
    items = _items()
    _ingest(store_url, items)
    sequential = _events(store_url)
    assert len(sequential) == 6  # three incidents, three near misses
    for seed in (1, 2, 3):
        shuffled = list(items)
        random.Random(seed).shuffle(shuffled)
        url = _fresh(store_url, tmp_path)
        _ingest(url, shuffled)
        assert _events(url) == sequential, f"shuffle {seed}"
    url = _fresh(store_url, tmp_path)
    _concurrent_halves(url, items)
    assert _events(url) == sequential


def test_rebuild_gives_the_same_events_and_keeps_their_ids(store_url):
    _ingest(store_url, _items())
    before = _events(store_url)
    with open_store(store_url) as store:
        ids = sorted(e.event_id_cnty for e in store.events())
        done = rebuild(store)
        assert done["events_before"] == done["events_after"] == 6
        assert sorted(e.event_id_cnty for e in store.events()) == ids
    assert _events(store_url) == before

"""One store contract, run on SQLite and on PostgreSQL: whatever the backend, same answers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sitroom.fuse.save import save
from sitroom.model import Evidence
from sitroom.store import EventFilter, open_store
from tests.store.conftest import DAY, event_at, report

KIRKUK_A = (
    "Gunmen attacked an army checkpoint on the road south of Kirkuk late on Sunday, and two"
    " soldiers were killed in the exchange of fire, a police officer told reporters."
)
KIRKUK_B = (
    "Two Iraqi soldiers died when militants opened fire on their post near Kirkuk on Sunday"
    " night, according to a statement from the provincial security committee."
)
MARIB = (
    "Houthi forces shelled government positions west of Marib city on Sunday, and tribal"
    " fighters said they pushed back an infantry advance after hours of fighting."
)
AVDIIVKA = (
    "Russian troops launched glide bombs at Avdiivka overnight and the Ukrainian military said"
    " three civilians were wounded as artillery duels continued along the front."
)
GENEINA = (
    "Rapid Support Forces fighters looted homes in El Geneina and residents fleeing toward the"
    " Chadian border described killings in several neighbourhoods over the weekend."
)


def test_save_is_one_row_per_article_and_idempotent(store):
    article = report(KIRKUK_A, "Outlet A", url="https://example.org/a", title="Checkpoint attack")
    first = save(store, article, [event_at("Kirkuk", fatalities=2), event_at("Marib")])
    assert first.article_new and first.events_added == 2 and first.events_merged == 0
    again = save(store, article, [event_at("Kirkuk", fatalities=2), event_at("Marib")])
    assert not again.article_new and again.events_added == again.events_merged == 0
    assert again.event_ids == []
    assert store.count_events() == 2 and store.count_articles() == 1
    assert store.has_article(article.id) and not store.has_article("0" * 16)
    stored = store.get_article(article.id)
    assert (stored.text, stored.source, stored.url, stored.title, stored.published) == (
        KIRKUK_A, "Outlet A", "https://example.org/a", "Checkpoint attack", DAY,
    )
    assert store.get_article("f" * 16) is None


def test_event_ids_count_per_country(store):
    result = save(store, report(KIRKUK_A), [
        event_at("Kirkuk"), event_at("Deir ez-Zor"), event_at("Hawija", DAY - timedelta(days=20)),
        event_at("Menaka", event_id_cnty=""),
    ])
    assert result.event_ids == ["IRQ1", "SYR1", "IRQ2", "XXX1"]
    more = save(store, report(MARIB), [event_at("Marib"), event_at("Kirkuk", DAY + timedelta(days=90))])
    assert more.event_ids == ["YEM1", "IRQ3"]


def test_records_round_trip_with_evidence(store):
    event = event_at("Avdiivka", event_type="Explosions/Remote violence",
                     sub_event_type="Air/drone strike", injuries=3, notes="Glide bombs.")
    event.cite("location", Evidence(38, 46, "Avdiivka"))
    result = save(store, report(AVDIIVKA), [event])
    got = store.events()[0]
    assert got.event_id_cnty == result.event_ids[0] == "UKR1"
    assert got.evidence["location"] == Evidence(38, 46, "Avdiivka")
    assert (got.injuries, got.notes, got.event_date, got.latitude) == (3, "Glide bombs.", DAY, 48.14)
    assert got.article_id == result.article_id


def _seed(store):
    save(store, report(KIRKUK_A, "Outlet A"), [
        event_at("Kirkuk", actor1="Islamic State", actor2="Military Forces of Iraq",
                 fatalities=2, notes="Checkpoint ambush south of the city."),
    ])
    save(store, report(MARIB, "Outlet B"), [
        event_at("Marib", DAY + timedelta(days=1), actor1="Houthis",
                 assoc_actor_1="Tribal militia", event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", claim="claimed"),
    ])
    save(store, report(GENEINA, "Outlet C"), [
        event_at("El Geneina", DAY - timedelta(days=3), actor1="Rapid Support Forces",
                 event_type="Violence against civilians", sub_event_type="Attack",
                 status="background", notes="Looting and killings."),
    ])


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(), ["SDN1", "IRQ1", "YEM1"]),
        (EventFilter(since=DAY), ["IRQ1", "YEM1"]),
        (EventFilter(until=DAY), ["SDN1", "IRQ1"]),
        (EventFilter(country="iraq"), ["IRQ1"]),
        (EventFilter(admin1="MARIB"), ["YEM1"]),
        (EventFilter(event_type="shelling/artillery/missile attack"), ["YEM1"]),
        (EventFilter(event_type="Battles"), ["IRQ1"]),
        (EventFilter(actor="tribal"), ["YEM1"]),
        (EventFilter(actor="military forces"), ["IRQ1"]),
        (EventFilter(status="background"), ["SDN1"]),
        (EventFilter(claim="claimed"), ["YEM1"]),
        (EventFilter(text="looting"), ["SDN1"]),
        (EventFilter(bbox=(40.0, 10.0, 50.0, 40.0)), ["IRQ1", "YEM1"]),
        (EventFilter(bbox=(44.39, 35.47, 44.39, 35.47)), ["IRQ1"]),  # edges are inclusive
        (EventFilter(bbox=(0.0, 0.0, 1.0, 1.0)), []),
        (EventFilter(country="Iraq", since=DAY + timedelta(days=1)), []),
    ],
)
def test_filters(store, flt, expected):
    _seed(store)
    assert [e.event_id_cnty for e in store.events(flt)] == expected
    assert store.count_events(flt) == len(expected)


def test_filter_by_article_and_paging(store):
    _seed(store)
    kirkuk = report(KIRKUK_A, "Outlet A").id
    assert [e.event_id_cnty for e in store.events(EventFilter(article_id=kirkuk))] == ["IRQ1"]
    assert [e.event_id_cnty for e in store.events(limit=2)] == ["SDN1", "IRQ1"]
    assert [e.event_id_cnty for e in store.events(limit=2, offset=2)] == ["YEM1"]


def test_filter_by_the_outlet_that_published_a_report(store):
    _seed(store)
    assert [e.event_id_cnty for e in store.events(EventFilter(source="Outlet B"))] == ["YEM1"]
    assert store.count_events(EventFilter(source="Outlet D")) == 0


def test_two_outlets_fuse_into_one_event_with_both_sources(store):
    a = save(store, report(KIRKUK_A, "Outlet A"), [event_at("Kirkuk", fatalities=2, source="Outlet A")])
    b = save(store, report(KIRKUK_B, "Outlet B"), [event_at("Kirkuk", fatalities=2, source="Outlet B")])
    c = save(store, report(MARIB, "Outlet C"), [event_at("Marib", source="Outlet C")])
    assert (a.events_added, b.events_merged, c.events_added) == (1, 1, 1)
    assert a.event_ids == b.event_ids
    stored = store.get_event(a.event_ids[0])
    assert stored.event.source == "Outlet A; Outlet B"
    assert [s["source"] for s in stored.sources] == ["Outlet A", "Outlet B"]
    reasons = sorted(src["merge_reason"] for src in stored.sources)
    assert reasons[0].startswith("merged into IRQ1: p=") and reasons[1].startswith("new event")
    assert stored.sources[0]["published"] == DAY.isoformat()
    assert stored.sources[1]["mention"]["article_id"] == b.article_id
    assert [m.source for m in store.mentions_of("IRQ1")] == ["Outlet A", "Outlet B"]
    assert store.get_event("IRQ99") is None


def test_events_without_coordinates_fuse_within_one_country(store):
    unplaced = dict(latitude=None, longitude=None, location="", geo_precision=3,
                    actor1="Rapid Support Forces", fatalities=5,
                    notes="Gunmen of the Rapid Support Forces stormed a camp for displaced families.")
    a = save(store, report(GENEINA, "A"), [event_at("El Geneina", source="A", **unplaced)])
    b = save(store, report(KIRKUK_B, "B"), [event_at("El Geneina", source="B", **unplaced)])
    c = save(store, report(MARIB, "C"), [event_at("Marib", source="C", **unplaced)])
    assert a.event_ids == b.event_ids and b.events_merged == 1
    assert c.events_added == 1 and store.count_events() == 2


def test_near_duplicate_copy_is_linked_not_extracted(store):
    original = save(store, report(KIRKUK_A, "Outlet A"), [event_at("Kirkuk", source="Outlet A")])
    copy_text = KIRKUK_A + " (Reporting by staff.)"
    copy = save(store, report(copy_text, "Outlet B"), [event_at("Deir ez-Zor", source="Outlet B")])
    assert copy.article_new and copy.duplicate_of == original.article_id
    assert copy.event_ids == original.event_ids and store.count_events() == 1
    assert store.original_of(copy.article_id) == original.article_id
    assert store.original_of(original.article_id) is None
    from sitroom.fuse.neardup import band_keys

    assert store.similar_articles(band_keys(copy_text))[0] in {original.article_id, copy.article_id}
    assert store.similar_articles([]) == []


def test_failures_are_recorded(store):
    store.record_failure("feeds/broken.jsonl:7", "malformed JSON")
    store.record_failure("reports/empty.txt", "empty file")
    got = store.failures()
    assert [(f["origin"], f["error"]) for f in got] == [
        ("feeds/broken.jsonl:7", "malformed JSON"), ("reports/empty.txt", "empty file"),
    ]
    assert all(isinstance(f["at"], float) for f in got)


def test_alerts_fire_once_per_rule_and_event(store):
    assert store.record_alert("mass-casualty", "IRQ1", {"fatalities": 12})
    assert not store.record_alert("mass-casualty", "IRQ1", {"fatalities": 12})
    assert store.record_alert("mass-casualty", "YEM1", {"fatalities": 30})
    got = store.alerts()
    assert [(a["rule"], a["event_id"]) for a in got] == [
        ("mass-casualty", "YEM1"), ("mass-casualty", "IRQ1"),
    ]
    assert got[0]["payload"] == {"fatalities": 30} and len(store.alerts(limit=1)) == 1


def test_reopening_keeps_everything(store_url):
    with open_store(store_url) as first:
        save(first, report(MARIB), [event_at("Marib")])
    with open_store(store_url) as second:
        assert second.count_events() == 1 and second.count_articles() == 1


def _scripted(store) -> list[dict]:
    """A mixed history: fusion, a copy, a background event, a re-save, an unplaced event."""
    days = [DAY + timedelta(days=d) for d in range(3)]
    steps = [
        (report(KIRKUK_A, "A"), [event_at("Kirkuk", days[0], fatalities=2, source="A"),
                                 event_at("Hawija", days[1], source="A", status="background")]),
        (report(KIRKUK_B, "B"), [event_at("Kirkuk", days[0], fatalities=3, source="B")]),
        (report(MARIB, "C"), [event_at("Marib", days[2], source="C", claim="claimed")]),
        (report(KIRKUK_A + " Updated.", "D"), []),
        (report(GENEINA, "E"), [event_at("El Geneina", days[1], latitude=None, longitude=None,
                                         geo_precision=3, source="E")]),
        (report(KIRKUK_B, "B"), [event_at("Kirkuk", days[0], fatalities=3, source="B")]),
    ]
    for article, events in steps:
        save(store, article, events)
    return [e.to_record() for e in store.events()]


@pytest.mark.postgres
def test_postgres_gives_the_same_records_as_sqlite(tmp_path, pg_url):
    with open_store(str(tmp_path / "ref.db")) as sqlite, open_store(pg_url) as pg:
        expected, got = _scripted(sqlite), _scripted(pg)
        assert got == expected
        assert [pg.get_event(r["event_id_cnty"]).sources for r in got] == [
            sqlite.get_event(r["event_id_cnty"]).sources for r in expected
        ]
    assert len(expected) == 4


def test_save_many_matches_one_by_one(store_url, tmp_path):
    """Bulk writes (PostgreSQL) or a loop (SQLite): same stored result as single saves."""
    from sitroom.ingest.dask_ingest import save_all

    items = [
        (report(KIRKUK_A, "A"), [event_at("Kirkuk", source="A")]),
        (report(KIRKUK_B, "B"), [event_at("Kirkuk", source="B")]),
        (report(MARIB, "C"), [event_at("Marib", source="C")]),
        (report(KIRKUK_A, "A"), [event_at("Kirkuk", source="A")]),  # the same article again
    ]
    with open_store(store_url) as store:
        results = save_all(store, items)
        assert [r.article_new for r in results] == [True, True, True, False]
        assert [r.event_ids for r in results] == [["IRQ1"], ["IRQ1"], ["YEM1"], []]
        assert store.count_events() == 2 and store.count_articles() == 3

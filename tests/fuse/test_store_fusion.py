"""Fusion inside the store: merging across articles, copies, the index and `why`."""

from __future__ import annotations

from datetime import date, timedelta

from sitroom.fuse.index import event_box
from sitroom.fuse.save import candidates_near, save
from sitroom.fuse.why import explain, render
from tests.fuse.conftest import make_article, make_event

D = date(2024, 4, 20)

REPORT_A = (
    "A drone strike hit a vehicle near Hodeidah port on Saturday, killing two people,"
    " local officials said. The Houthi-run health ministry gave the toll."
)
REPORT_B = (
    "A drone struck a car close to the port of Hodeidah on Saturday, killing both people"
    " inside, according to officials in the city."
)
REPORT_C = (
    "Fighters of an armed group attacked a military post north of Gao, Mali, on Saturday,"
    " and the army said it repelled the assault after two hours of clashes."
)


def test_three_outlets_one_event_and_a_distinct_neighbour(store):
    r1 = save(store,
        make_article(REPORT_A, "Outlet A"),
        [make_event("Hodeidah", D, fatalities=2, source="Outlet A")],
    )
    r2 = save(store,
        make_article(REPORT_B, "Outlet B"),
        [make_event("Hodeidah", D, fatalities=2, source="Outlet B")],
    )
    r3 = save(store,
        make_article(REPORT_A.replace("Saturday", "Sunday") + " A third report.", "Outlet C"),
        [make_event("Hodeidah", D, fatalities=3, source="Outlet C", time_precision=2)],
    )
    # same place and day, but a battle with named sides is a different occurrence
    r4 = save(store,
        make_article(REPORT_C, "Outlet D"),
        [make_event("Gao", D, event_type="Battles", sub_event_type="Armed clash")],
    )
    assert (r1.events_added, r2.events_merged, r3.events_merged, r4.events_added) == (1, 1, 1, 1)
    assert r1.event_ids == r2.event_ids == r3.event_ids
    assert store.count_events() == 2
    stored = store.get_event(r1.event_ids[0])
    assert stored.event.source == "Outlet A; Outlet B; Outlet C"
    assert stored.event.fatalities == 2 and stored.event.fatalities_high == 3
    assert len(stored.sources) == 3
    reasons = sorted(src["merge_reason"] for src in stored.sources)
    assert [r.split(":")[0] for r in reasons] == [f"merged into {r1.event_ids[0]}"] * 2 + ["new event"]
    assert all("p=" in r for r in reasons[:2])  # the model's score and features behind each merge


def test_one_article_two_similar_events_stay_two(store):
    a = make_event("Rafah", D, source="X")
    b = make_event("Rafah", D, source="X")
    result = save(store, make_article("Two strikes hit Rafah today, witnesses said."), [a, b])
    assert result.events_added == 2 and len(set(result.event_ids)) == 2
    # a second outlet reporting one strike merges into one of them, not both
    third = save(store,
        make_article("An Israeli strike hit Rafah on Saturday.", "Y"),
        [make_event("Rafah", D, source="Y")],
    )
    assert third.events_merged == 1 and store.count_events() == 2


def test_resaving_an_article_adds_nothing(store):
    article = make_article(REPORT_A)
    save(store, article, [make_event("Hodeidah", D)])
    again = save(store, article, [make_event("Hodeidah", D)])
    assert not again.article_new and store.count_events() == 1


def test_syndicated_copy_is_linked_not_extracted(store):
    original = save(store,
        make_article(REPORT_A + " " + REPORT_C, "Wire"),
        [
            make_event("Hodeidah", D, source="Wire"),
            make_event("Gao", D, event_type="Battles", sub_event_type="Armed clash", source="Wire"),
        ],
    )
    edited = (REPORT_A + " " + REPORT_C).replace("local officials said", "officials said")
    copy = save(store, make_article(edited, "Reprint Daily"), [])  # no events passed: linked
    assert copy.duplicate_of == original.article_id
    assert copy.events_merged == 2 and copy.event_ids == original.event_ids
    assert store.get_event(original.event_ids[0]).event.source == "Reprint Daily; Wire"
    assert store.original_of(copy.article_id) == original.article_id
    # a rewrite by another outlet is not a copy: its events are fused one by one
    rewrite = save(store, make_article(REPORT_B, "Outlet B"), [make_event("Hodeidah", D)])
    assert rewrite.duplicate_of == "" and rewrite.events_merged == 1


def test_candidates_come_from_the_index_only_near_in_time_and_space(store):
    for i in range(30):  # a month of daily strikes in Kharkiv, plus some in Gao
        save(store,
            make_article(f"Strike report number {i} from Kharkiv."),
            [make_event("Kharkiv", D + timedelta(days=i))],
        )
        save(store,
            make_article(f"Clash report number {i} from Gao."),
            [
                make_event(
                    "Gao", D + timedelta(days=i), event_type="Battles", sub_event_type="Armed clash"
                )
            ],
        )
    near = candidates_near(store, make_event("Kharkiv", D + timedelta(days=10)))
    assert {e.location for e in near} == {"Kharkiv"}
    days = {(e.event_date - D).days for e in near}
    assert days and days <= set(range(8, 13))  # ± (1 + 1) days: both boxes' half-widths
    assert store.count_events() == 60  # daily strikes with no shared actor or toll stay apart


def test_index_box_covers_every_admissible_pair():
    precise = event_box(make_event("Baghdad", D))
    vague = event_box(make_event("Tarmiyah", D, geo_precision=3, time_precision=3))
    assert precise[1] - precise[0] == 2 and vague[1] - vague[0] == 62
    assert vague[2] < precise[2] and vague[3] > precise[3]
    assert event_box(make_event("Gao", D, latitude=None)) is None


def test_why_explains_merges_and_near_misses(store):
    first = save(store,
        make_article(REPORT_A, "Outlet A"),
        [make_event("Hodeidah", D, actor1="Military Forces of the United States")],
    )
    save(store,
        make_article(REPORT_B, "Outlet B"),
        [
            make_event(
                "Hodeidah", D, actor1="Military Forces of the United States", source="Outlet B"
            )
        ],
    )
    save(store,
        make_article("Ansar Allah shelled Hodeidah on Saturday, residents said.", "C"),
        [
            make_event(
                "Hodeidah",
                D,
                actor1="Ansar Allah",
                sub_event_type="Shelling/artillery/missile attack",
            )
        ],
    )
    expl = explain(store, first.event_ids[0])
    reasons = sorted(s["reason"] for s in expl.sources)
    assert len(reasons) == 2 and reasons[0].startswith("merged into") and "p=" in reasons[0]
    assert reasons[1].startswith("new event")
    [kept_apart] = [n["reason"] for n in expl.not_merged]
    assert "perpetrators_conflict" in kept_apart and "p=" in kept_apart
    text = render(expl)
    assert "why not: p=" in text and "Outlet B" in text
    assert explain(store, "NOPE1") is None


def test_a_store_made_before_the_fusion_indexes_is_backfilled_once(tmp_path):
    from sitroom.store import open_store

    path = str(tmp_path / "old.db")
    store = open_store(path)
    save(store, make_article(REPORT_A, "Outlet A"), [make_event("Hodeidah", D)])
    for sql in (
        "DELETE FROM events_rtree",
        "DELETE FROM article_bands",
        "DELETE FROM meta WHERE key='fusion_rtree'",
    ):
        store.conn.execute(sql)
    assert candidates_near(store, make_event("Hodeidah", D)) == []
    store.close()
    store = open_store(path)
    assert len(candidates_near(store, make_event("Hodeidah", D))) == 1
    copy = save(store, make_article(REPORT_A + " Reuters", "Reprint"), [])
    assert copy.duplicate_of and copy.events_merged == 1
    store.close()


def test_a_stored_event_nothing_joins_is_not_rewritten(store):
    """An event the arriving report is compared with but does not join keeps its stored row;
    one it joins is rebuilt."""
    first = save(store, make_article(REPORT_A, "Outlet A"),
                 [make_event("Hodeidah", D, fatalities=2, source="Outlet A")])
    event_id = first.event_ids[0]

    def row():
        return tuple(store.conn.execute(
            "SELECT record, source_count, updated_at FROM events WHERE event_id_cnty=?", (event_id,)
        ).fetchone())

    before = row()
    # two stated days apart: a candidate (it is compared), never the same incident
    apart = save(store, make_article(REPORT_B, "Outlet B"),
                 [make_event("Hodeidah", D + timedelta(days=2), fatalities=2, source="Outlet B")])
    assert apart.events_added == 1
    reason = store.get_event(apart.event_ids[0]).sources[0]["merge_reason"]
    assert f"closest {event_id}" in reason
    assert row() == before
    joined = save(store, make_article(REPORT_A + " More later.", "Outlet C"),
                  [make_event("Hodeidah", D, fatalities=2, source="Outlet C")])
    assert joined.event_ids == [event_id]
    assert row()[1] == 2 and row()[2] > before[2]

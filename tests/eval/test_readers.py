"""Gold readers on small files written here (my own sentences, in each set's format)."""

from dataclasses import replace
from datetime import date

import pytest

from sitroom.eval.gold import (
    id_digits,
    load,
    parse_date,
    readers,
    readers_for,
    sample_key,
    split_of,
)
from sitroom.eval.readers.plover import cameo_to_plover


def test_every_bundled_reader_is_registered():
    assert {"acled", "case2021", "pitf", "ucdp", "plover", "petrarch2", "jsonl"} <= set(readers())


def test_folder_of_sets_finds_each_reader(gold_dir):
    found = {r.name for r, _ in readers_for(gold_dir)}
    assert found == {"acled", "case2021", "pitf", "ucdp", "plover", "petrarch2", "jsonl"}


def test_split_rule_and_ids():
    assert split_of(7) == "dev" and split_of(52360) == "test"
    assert id_digits("YEM52361") == 52361 and id_digits("8188RTA") == 8188
    assert id_digits("none") is None
    assert parse_date("9-May-20") == date(2020, 5, 9)
    assert parse_date("21 March 2020") == date(2020, 3, 21)
    assert parse_date("2016-07-02") == date(2016, 7, 2)


def test_acled_groups_shared_notes_dedupes_and_maps_old_schema(gold_dir):
    docs = load(gold_dir / "acled")["acled"]
    assert len(docs) == 4  # two rows share notes; the subset file adds nothing
    shared = next(d for d in docs if "RSF" in d.text)
    assert len(shared.events) == 2 and shared.split == "dev"  # min id 101
    mali = next(d for d in docs if "herders" in d.text)
    assert mali.published == date(2020, 3, 21) and mali.events[0]["time_precision"] == 2
    riot = next(d for d in docs if "Traders" in d.text)
    assert riot.events[0]["event_type"] == "Riots"  # inter1 5 = rioters
    assert riot.split == "dev"  # 4411RTA
    mortar = next(d for d in docs if "mortars" in d.text)
    assert mortar.events[0]["event_type"] == "Explosions/Remote violence"
    assert mortar.events[0]["sub_event_type"] == ""
    assert mortar.events[0]["latitude"] == pytest.approx(3.11)


def test_acled_split_filter(gold_dir):
    dev = load(gold_dir / "acled", split="dev")["acled"]
    test = load(gold_dir / "acled", split="test")["acled"]
    assert {d.doc_id for d in dev} == {"SDN101", "MLI7", "4411RTA"}
    assert {d.doc_id for d in test} == {"4412RTA"}


def test_acled_ids_stay_apart_across_countries(tmp_path):
    from tests.eval.conftest import ACLED_HEADER

    rows = (
        "1,466,MLI55,55,2 May 2021,2021,1,Protests,Peaceful protest,Protesters (Mali),,6,,,0,60,"
        'Western Africa,Mali,Bamako,Bamako,,Bamako,12.65,-8.0,1,AFP,International,"Teachers '
        'marched in Bamako over unpaid wages.",0,1,MLI\n'
        "2,562,NER55,55,2 May 2021,2021,1,Protests,Peaceful protest,Protesters (Niger),,6,,,0,60,"
        'Western Africa,Niger,Niamey,Niamey,,Niamey,13.51,2.11,1,AFP,International,"Nurses '
        'marched in Niamey to demand new contracts.",0,1,NER\n'
    )
    (tmp_path / "acled").mkdir()
    (tmp_path / "acled" / "two.csv").write_text(ACLED_HEADER + rows)
    docs = load(tmp_path / "acled")["acled"]
    assert sorted(d.doc_id for d in docs) == ["MLI55", "NER55"]
    old = replace(docs[0], doc_id="55", sample_id="")  # the id before countries were kept
    assert sample_key(docs[0]) == sample_key(old)  # so `--limit` samples the same documents


def test_case_labels_map_to_acled_and_non_acled_classes_to_no_event(gold_dir):
    docs = {d.doc_id: d for d in load(gold_dir / "case")["case2021"]}
    assert docs["1"].events[0]["sub_event_type"] == "Air/drone strike"
    assert docs["1"].doc_labels == ("Air/drone strike",)
    assert docs["2"].events == [] and docs["2"].doc_labels == ()
    assert docs["3"].events[0]["event_type"] == "Protests"


def test_pitf_dates_and_scope(gold_dir):
    docs = load(gold_dir / "pitf")["pitf"]
    baga, idlib = docs
    assert baga.events[0]["event_date"] == date(2015, 2, 5) and baga.events[0]["fatalities"] == 12
    assert idlib.events[0]["time_precision"] == 3 and baga.split == "dev" and idlib.split == "test"
    assert baga.scope == frozenset({"political_violence"})


def test_pitf_reads_escaped_quotes_as_quotes():
    from sitroom.eval.readers.pitf import description

    row = {"description": '\\"Raiders  burned a granary in Tessaoua\\"'}
    assert description(row) == '"Raiders burned a granary in Tessaoua"'


def test_ucdp_skips_hxl_row_and_groups_by_headline(gold_dir):
    (doc,) = load(gold_dir / "ucdp")["ucdp"]
    assert doc.text == "Mortar fire kills five in Mosul."
    assert len(doc.events) == 2 and doc.split == "dev"
    assert doc.events[1]["time_precision"] == 2
    assert doc.events[0]["_date_end"] == date(2016, 10, 19)


def test_plover_draft_types_become_current(gold_dir):
    docs = {d.meta["draft_type"]: d for d in load(gold_dir / "plover")["plover"]}
    assert set(docs) == {"FIGHT", "DEMAND"}
    assert docs["FIGHT"].events[0]["_plover_types"] == ["ASSAULT", "COERCE"]
    assert docs["FIGHT"].events[0]["fatalities"] == 2
    assert docs["DEMAND"].doc_labels == ("REQUEST",)


def test_petrarch_cameo_codes_become_plover(gold_dir):
    docs = load(gold_dir / "petr")["petrarch2"]
    assert docs[0].events == [{"_plover_types": ["AGREE"]}]  # duplicate dyad coding merged
    assert docs[1].events == [] and docs[1].doc_labels == ()
    assert docs[0].published == date(2008, 8, 6)
    table = {"19": "ASSAULT", "190": "ASSAULT", "03": "AGREE"}
    assert cameo_to_plover("1951", table) == "ASSAULT"
    assert cameo_to_plover("010", table) == ""


def test_user_jsonl(gold_dir):
    (doc,) = load(gold_dir / "mine.jsonl")["jsonl"]
    assert doc.split == "dev" and doc.published == date(2022, 1, 4)
    assert doc.events[0]["event_type"] == "Battles"


def test_limit_takes_a_stable_spread(gold_dir):
    a = load(gold_dir / "acled", limit=2)["acled"]
    b = load(gold_dir / "acled", limit=2)["acled"]
    assert [d.doc_id for d in a] == [d.doc_id for d in b] and len(a) == 2

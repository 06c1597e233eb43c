"""The miss buckets of `sitroom.eval.misses`, on hand-built dumped documents."""

from sitroom.eval.misses import bucket, bucket_document

# Places of my own choosing: Marib (Yemen) and Aden (~300 km south).
MARIB = {"latitude": 15.4627, "longitude": 45.3254}
ADEN = {"latitude": 12.7855, "longitude": 45.0187}


def gold(**kw):
    return {"event_type": "Battles", "sub_event_type": "Armed clash",
            "event_date": "2021-03-02", "time_precision": 1, **MARIB, **kw}


def pred(**kw):
    return {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2021-03-02",
            "time_precision": 1, "status": "new", "record_kind": "event", **MARIB, **kw}


def doc(golds, preds, pairs, scored=None):
    return {"reader": "acled", "doc_id": "1", "published": "2021-03-02", "gold": golds,
            "pred": preds, "scored": list(range(len(preds))) if scored is None else scored,
            "pairs": pairs}


def buckets(d):
    return [(b, detail) for b, detail, _ in bucket_document(d)]


def test_a_detection_is_no_miss():
    assert buckets(doc([gold()], [pred()], [{"pred": 0, "gold": 0, "detected": True}])) == []


def test_place_and_date_misses_of_an_aligned_pair():
    far = doc([gold()], [pred(**ADEN)], [{"pred": 0, "gold": 0, "detected": False}])
    assert buckets(far) == [("place", "")]
    late = doc([gold()], [pred(event_date="2021-03-09")],
               [{"pred": 0, "gold": 0, "detected": False}])
    assert buckets(late) == [("date", "other day")]


def test_no_record_of_the_family_and_no_record_at_all():
    march = doc([gold()], [pred(event_type="Protests", sub_event_type="Peaceful protest")], [])
    assert buckets(march) == [("family", "Battles -> Protests"), ("extra", "alone")]
    mob = doc([gold()], [pred(event_type="Riots", sub_event_type="Mob violence")], [])
    assert buckets(mob)[0] == ("taken", "")  # mob violence is political violence too
    said = doc([gold()], [pred(record_kind="statement", event_type="")], [], scored=[])
    assert buckets(said) == [("none:statement", "")]
    assert buckets(doc([gold()], [], [])) == [("none:nothing", "")]


def test_a_second_record_beside_a_hit_is_extra():
    d = doc([gold()], [pred(), pred()], [{"pred": 0, "gold": 0, "detected": True}])
    sizes, _, examples = bucket([d])
    assert sizes == {"extra": 1} and examples["extra"] == ["1"]
    assert buckets(d) == [("extra", "beside a hit")]

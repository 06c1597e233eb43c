"""The matcher and the per-document counts, on hand-built gold and predicted events."""

from collections import Counter
from datetime import date

import pytest

from sitroom.eval.gold import GoldDocument
from sitroom.eval.score import align, score_document, summarize
from sitroom.model import Event

ALL = (
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "latitude",
    "longitude",
    "event_date",
    "fatalities",
)

# Places of my own choosing: Marib (Yemen), Sirwah (~35 km west of Marib), Aden (far).
MARIB = (15.4627, 45.3254)
SIRWAH = (15.45, 45.0)
ADEN = (12.7855, 45.0187)


def gold_event(**kw):
    base = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Yemen (2016-) Houthi",
        "actor2": "Military Forces of Yemen (2012-)",
        "event_date": date(2021, 3, 2),
        "time_precision": 1,
        "latitude": MARIB[0],
        "longitude": MARIB[1],
        "fatalities": 4,
    }
    base.update(kw)
    return base


def pred(**kw):
    base = dict(
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Yemen (2016-) Houthi",
        actor2="Military Forces of Yemen (2012-)",
        event_date=date(2021, 3, 2),
        time_precision=1,
        latitude=MARIB[0],
        longitude=MARIB[1],
        fatalities=4,
    )
    base.update(kw)
    return Event(**base)


def doc(events, **kw):
    return GoldDocument(
        text="t", published=date(2021, 3, 3), source="s", events=events, split="dev", **kw
    )


def run(events, preds, fields=ALL, **kw):
    return summarize(Counter(score_document(doc(events, **kw), preds, fields)))


def test_perfect_prediction_scores_one_everywhere():
    s = run([gold_event()], [pred()])
    assert s["detection"]["f1"] == 1.0
    for name in (
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "fatalities",
        "location@25km",
        "location@161km",
        "event_date_exact",
    ):
        assert s["fields"][name]["f1"] == 1.0, name


def test_matching_is_one_to_one():
    # Two copies of the same prediction for one gold event: one hit, one false positive.
    s = run([gold_event()], [pred(), pred()])
    assert s["detection"]["tp"] == 1
    assert s["detection"]["p"] == pytest.approx(0.5)
    assert s["detection"]["r"] == 1.0


def test_assignment_is_globally_optimal_not_greedy():
    # Mob violence is both violence and demonstration, so p0 may serve g0 or g1; p1 (a
    # battle) may serve only g0. p0–g0 is the best single pair, so greedy takes it and
    # leaves p1 alone; the assignment pairs p0–g1 and p1–g0. No pair is strict here.
    g0 = gold_event(event_date=date(2021, 1, 1))
    g1 = gold_event(
        event_type="Riots",
        sub_event_type="Violent demonstration",
        latitude=ADEN[0],
        longitude=ADEN[1],
        event_date=date(2021, 1, 1),
    )
    p0 = pred(event_type="Riots", sub_event_type="Mob violence")
    p1 = pred(latitude=ADEN[0], longitude=ADEN[1], actor1="Unidentified Armed Group")
    pairs = align([p0, p1], [g0, g1], "acled")
    assert sorted(pairs) == [(0, 1), (1, 0)]


def test_assignment_prefers_strict_detections_over_more_pairs():
    g0 = gold_event()
    g1 = gold_event(
        event_type="Riots",
        sub_event_type="Violent demonstration",
        latitude=ADEN[0],
        longitude=ADEN[1],
        event_date=date(2021, 1, 1),
    )
    p0 = pred(event_type="Riots", sub_event_type="Mob violence")  # strict with g0 only
    p1 = pred(latitude=ADEN[0], longitude=ADEN[1], event_date=date(2021, 1, 1))
    s = run([g0, g1], [p0, p1])
    assert s["detection"]["tp"] == 1


def test_families_must_agree_to_match():
    s = run([gold_event()], [pred(event_type="Protests", sub_event_type="Peaceful protest")])
    assert s["detection"]["tp"] == 0 and s["detection_family"]["tp"] == 0
    assert s["detection"]["pred"] == 1 and s["detection"]["gold"] == 1


def test_detection_needs_place_within_50_km_and_date_within_precision():
    near = run([gold_event()], [pred(latitude=SIRWAH[0], longitude=SIRWAH[1])])
    assert near["detection"]["tp"] == 1
    assert near["fields"]["location@25km"]["tp"] == 0  # ~35 km away
    assert near["fields"]["location@161km"]["tp"] == 1
    far = run([gold_event()], [pred(latitude=ADEN[0], longitude=ADEN[1])])
    assert far["detection"]["tp"] == 0 and far["detection_family"]["tp"] == 1
    late = run([gold_event()], [pred(event_date=date(2021, 3, 5))])
    assert late["detection"]["tp"] == 0
    assert late["fields"]["event_date_exact"]["acc"] == 0.0


def test_date_within_precision_uses_the_coarser_precision():
    s = run([gold_event(time_precision=2)], [pred(event_date=date(2021, 2, 27))])
    assert s["fields"]["event_date_exact"]["tp"] == 0
    assert s["fields"]["event_date_within"]["tp"] == 1
    assert s["detection"]["tp"] == 1


def test_missing_prediction_coordinates_fail_detection_but_not_family_match():
    s = run([gold_event()], [pred(latitude=None, longitude=None)])
    assert s["detection"]["tp"] == 0
    assert s["detection_family"]["tp"] == 1
    assert s["fields"]["location@161km"]["acc"] == 0.0


def test_field_accuracy_and_end_to_end_recall_differ():
    golds = [gold_event(), gold_event(event_date=date(2021, 3, 9), fatalities=0)]
    s = run(golds, [pred(fatalities=3)])
    fat = s["fields"]["fatalities"]
    assert fat["acc"] == 0.0 and fat["r"] == 0.0
    et = s["fields"]["event_type"]
    assert et["acc"] == 1.0 and et["r"] == pytest.approx(0.5) and et["p"] == 1.0


def test_sub_event_type_macro_f1_and_confusion():
    golds = [
        gold_event(),
        gold_event(
            event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", fatalities=0
        ),
    ]
    preds = [
        pred(),
        pred(
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            fatalities=0,
        ),
    ]
    s = run(golds, preds)
    assert s["fields"]["sub_event_type"]["acc"] == pytest.approx(0.5)
    assert s["fields"]["sub_event_type"]["macro_f1"] == pytest.approx(0.5)
    assert s["confusion_event_type"]["Battles"]["Battles"] == 1
    assert (
        s["confusion_event_type"]["Explosions/Remote violence"]["Explosions/Remote violence"] == 1
    )


def test_unmatched_events_appear_in_confusion_as_empty():
    s = run([gold_event()], [pred(event_type="Protests", sub_event_type="Peaceful protest")])
    assert s["confusion_event_type"]["Battles"]["∅"] == 1
    assert s["confusion_event_type"]["∅"]["Protests"] == 1
    untyped = run([gold_event()], [pred(event_type="", sub_event_type="")])
    assert untyped["confusion_event_type"]["∅"]["(untyped)"] == 1


def test_no_event_documents_count_predictions_as_false():
    s = run([], [pred()], fields=("event_type", "sub_event_type"), doc_labels=())
    assert s["detection"]["pred"] == 1 and s["detection"]["p"] == 0.0
    assert s["doc_label"]["acc"] == 0.0
    quiet = run([], [], fields=("event_type", "sub_event_type"), doc_labels=())
    assert quiet["doc_label"]["acc"] == 1.0


def test_scope_drops_predictions_the_gold_does_not_code():
    violence = frozenset({"political_violence"})
    g = {"_family": "political_violence", "latitude": MARIB[0], "longitude": MARIB[1]}
    protest = pred(event_type="Protests", sub_event_type="Peaceful protest")
    s = run([g], [pred(), protest], fields=("latitude", "longitude"), scope=violence)
    assert s["pred"] == 1 and s["detection"]["f1"] == 1.0


def test_plover_scheme_accepts_any_current_type_of_a_folded_draft_type():
    g = {"_plover_types": ["ASSAULT", "COERCE"], "fatalities": 3}
    golds = [g]
    s = run(
        golds,
        [Event(event_type="Explosions/Remote violence", fatalities=3)],
        fields=("plover_type", "fatalities"),
        scheme="plover",
        doc_labels=("ASSAULT", "COERCE"),
    )
    assert s["fields"]["plover_type"]["tp"] == 1
    assert s["doc_label"]["acc"] == 1.0
    agree = run(
        golds,
        [Event(plover_type="AGREE")],
        fields=("plover_type",),
        scheme="plover",
        doc_labels=("ASSAULT", "COERCE"),
    )
    assert agree["detection_family"]["tp"] == 0 and agree["doc_label"]["acc"] == 0.0


def test_counts_add_across_documents():
    total: Counter = Counter()
    total.update(score_document(doc([gold_event()]), [pred()], ALL))
    total.update(score_document(doc([gold_event()]), [], ALL))
    s = summarize(total)
    assert s["docs"] == 2 and s["detection"]["r"] == pytest.approx(0.5)
    assert s["detection"]["p"] == 1.0


def test_background_events_are_neither_hits_nor_false_alarms():
    s = run([gold_event()], [pred(), pred(event_date=date(2020, 1, 1), status="background")])
    assert s["pred"] == 1 and s["pred_background"] == 1
    assert s["detection"]["p"] == 1.0

"""Article-level gold: the real-news reader, optional gold, alternatives, leaks, statements."""

import json
from datetime import date

from sitroom.eval.article import content_words, date_span, leak_kind
from sitroom.eval.gold import load
from sitroom.eval.readers.realnews import FIELDS
from sitroom.eval.score import score_document, summarize
from sitroom.model import Event, Evidence

# An article of my own: a drone strike on a made-up village near Marib, a clash the
# week before (background), and an optional second incident.
TEXT = (
    "A drone strike hit a farm near Marib on Sunday, killing three fighters. "
    "Last month, tribesmen clashed with soldiers at a checkpoint outside Sirwah."
)
MARIB = (15.4627, 45.3254)
SIRWAH = (15.45, 45.0)


def article(**kw):
    rec = {
        "id": "x01",
        "outlet": "Example Wire",
        "published": "2021-03-09",
        "title": "Strike near Marib",
        "text": TEXT,
        "gold": [
            {
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Air/drone strike",
                "acceptable_sub_event_types": ["Shelling/artillery/missile attack"],
                "event_date": "2021-03-07",
                "acceptable_event_dates": ["2021-03-06"],
                "time_precision": 1,
                "latitude": MARIB[0],
                "longitude": MARIB[1],
                "radius_km": 10,
                "fatalities": 3,
                "tier": "must",
            },
            {
                "event_type": "Protests",
                "sub_event_type": "Peaceful protest",
                "event_date": "2021-03-08",
                "time_precision": 1,
                "latitude": SIRWAH[0],
                "longitude": SIRWAH[1],
                "radius_km": 10,
                "fatalities": 0,
                "tier": "should",
            },
        ],
        "not_new": [
            {
                "description": "Tribesmen clash with soldiers at a Sirwah checkpoint",
                "date": "2021-02",
            }
        ],
    }
    rec.update(kw)
    return rec


def write(tmp_path, *recs):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return tmp_path


def doc_of(tmp_path):
    docs = load(write(tmp_path, article()), names=["realnews"])["realnews"]
    assert len(docs) == 1
    return docs[0]


def event(sentence_end=71, **kw):
    base = dict(
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        event_date=date(2021, 3, 6),
        time_precision=1,
        latitude=MARIB[0] + 0.05,
        longitude=MARIB[1],
        fatalities=3,
    )
    base.update(kw)
    ev = Event(**base)
    ev.evidence["notes"] = Evidence(0, sentence_end, TEXT[:sentence_end])
    return ev


def test_reader_reads_tiers_alternatives_and_not_new(tmp_path):
    doc = doc_of(tmp_path)
    assert doc.split == "dev" and doc.published == date(2021, 3, 9)
    must, should = doc.events
    assert not must["_optional"] and should["_optional"]
    assert must["_dates"] == [date(2021, 3, 6)] and must["_radius_km"] == 10
    assert doc.meta["not_new"][0]["date"] == "2021-02"


def test_alternatives_count_and_optional_gold_is_neutral(tmp_path):
    doc = doc_of(tmp_path)
    protest = event(
        event_type="Protests",
        sub_event_type="Peaceful protest",
        event_date=date(2021, 3, 8),
        latitude=SIRWAH[0],
        longitude=SIRWAH[1],
        fatalities=0,
    )
    s = summarize(score_document(doc, [event(), protest], FIELDS))
    assert s["gold"] == 1 and s["pred"] == 1  # the should event and its match left the count
    assert s["detection"]["p"] == 1.0 and s["detection"]["r"] == 1.0
    assert s["fields"]["sub_event_type"]["acc"] == 1.0  # an accepted alternative
    assert s["fields"]["event_date_exact"]["acc"] == 1.0  # an accepted alternative day
    assert s["fields"]["location@radius"]["acc"] == 1.0  # ~5.6 km off, radius 10


def test_far_place_is_scored_apart_from_the_match(tmp_path):
    doc = doc_of(tmp_path)
    far = event(latitude=MARIB[0] + 0.9)  # ~100 km: the incident, placed badly
    s = summarize(score_document(doc, [far], FIELDS))
    assert s["detection"]["r"] == 1.0
    assert s["fields"]["location@radius"]["acc"] == 0.0


def test_background_reported_as_new_is_a_leak(tmp_path):
    doc = doc_of(tmp_path)
    clash = event(
        event_type="Battles",
        sub_event_type="Armed clash",
        event_date=date(2021, 3, 9),
        latitude=SIRWAH[0],
        longitude=SIRWAH[1],
    )
    clash.evidence["notes"] = Evidence(72, len(TEXT), TEXT[72:])
    s = summarize(score_document(doc, [event(), clash], FIELDS))
    assert s["leaks"] == {"count": 1, "per_doc": 1.0}
    assert s["detection"]["p"] == 0.5
    assert s["records_per_gold"] == 2.0


def test_recent_context_with_its_own_date_is_excused():
    items = [
        {
            "description": "Tribesmen clash with soldiers at a Sirwah checkpoint",
            "date": "2021-02",
            "recent_context": True,
        }
    ]
    ev = event(event_date=date(2021, 2, 20))
    ev.evidence["notes"] = Evidence(72, len(TEXT), TEXT[72:])
    assert leak_kind(ev, items, date(2021, 3, 9)) == "excused"
    ev.event_date = date(2021, 3, 9)  # the article's date: history told as news
    assert leak_kind(ev, items, date(2021, 3, 9)) == "leak"
    ev.evidence["notes"] = Evidence(0, 71, TEXT[:71])  # another sentence altogether
    assert leak_kind(ev, items, date(2021, 3, 9)) == ""


def test_statements_are_not_acled_events(tmp_path):
    doc = doc_of(tmp_path)
    said = Event(plover_type="ACCUSE", record_kind="statement", event_date=date(2021, 3, 8))
    s = summarize(score_document(doc, [event(), said], FIELDS))
    assert s["pred"] == 1 and s["pred_statement"] == 1


def test_date_spans_and_words():
    assert date_span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_span("2023-10/2024-02") == (date(2023, 10, 1), date(2024, 2, 29))
    assert date_span("2016") == (date(2016, 1, 1), date(2016, 12, 31))
    assert date_span("undated") is None
    assert content_words("The attacks were attacked") == {"attac"}

"""The read API over a hand-built store: filters, paging, records with evidence, exports."""

from __future__ import annotations

import csv
import io
import json

from sitroom.model import ACLED_COLUMNS
from tests.api.sample import COUNTS, PLACED, samples

TOTAL = sum(COUNTS.values())


def _ids(client, **params) -> list[str]:
    r = client.get("/api/events", params={"limit": 100, **params})
    assert r.status_code == 200, r.text
    return [e["event_id_cnty"] for e in r.json()["events"]]


def test_paging_walks_every_event_once_by_next_links(client):
    seen: list[str] = []
    url = "/api/events?limit=3"
    pages = 0
    while url:
        body = client.get(url).json()
        assert body["total"] == TOTAL and body["limit"] == 3
        seen += [e["event_id_cnty"] for e in body["events"]]
        url, pages = body["next"], pages + 1
    assert pages == 3
    assert len(seen) == len(set(seen)) == TOTAL
    dates = [e["event_date"] for e in client.get("/api/events").json()["events"]]
    assert dates == sorted(dates)
    beyond = client.get("/api/events", params={"offset": 50}).json()
    assert beyond["count"] == 0 and beyond["next"] is None and beyond["total"] == TOTAL


def test_each_filter_narrows(client):
    assert len(_ids(client, country="iraq")) == COUNTS["Iraq"]
    assert all(i.startswith("SDN") for i in _ids(client, actor="support forces"))
    assert len(_ids(client, type="Air/drone strike")) == 2
    assert len(_ids(client, type="Explosions/Remote violence")) == 4
    assert len(_ids(client, status="background")) == 1
    assert [i[:3] for i in _ids(client, claim="denied")] == ["SDN"]
    assert [i[:3] for i in _ids(client, claim="unconfirmed")] == ["MLI"]
    assert len(_ids(client, since="2024-04-01", until="2024-04-30")) == 2
    assert [i[:3] for i in _ids(client, q="pmf convoy")] == ["IRQ"]
    assert [i[:3] for i in _ids(client, admin1="North Darfur")] == ["SDN"]


def test_bbox_and_time_together(client):
    middle_east = "34,12,50,38"  # Iraq and Yemen, not Sudan (25E) or Ukraine (50N)
    ids = _ids(client, bbox=middle_east)
    assert sorted(i[:3] for i in ids) == ["IRQ", "IRQ", "YEM"]  # the unplaced YEM event is out
    assert [i[:3] for i in _ids(client, bbox=middle_east, since="2024-03-01")] == ["IRQ"]


def test_fields_narrow_the_record(client):
    body = client.get("/api/events", params={"fields": "latitude,longitude", "limit": 1}).json()
    assert set(body["events"][0]) == {"event_id_cnty", "latitude", "longitude"}
    full = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    assert set(ACLED_COLUMNS) <= set(full) and "evidence" in full


def test_bad_parameters_are_json_4xx_without_internals(client):
    cases = {
        "/api/events?bbox=1,2,3": 400,
        "/api/events?claim=rumoured": 400,
        "/api/events?since=2024-05-01&until=2024-01-01": 400,
        "/api/events?since=yesterday": 422,
        "/api/events?limit=0": 422,
        "/api/events?limit=100000": 422,
        "/api/events?offset=-1": 422,
        "/api/events?fields=record": 400,
        "/api/events/NOPE1": 404,
        "/api/nothing-here": 404,
    }
    for url, status in cases.items():
        r = client.get(url)
        assert r.status_code == status, url
        assert r.headers["content-type"].startswith("application/json")
        body = r.json()
        assert body["error"]["status"] == status and body["error"]["message"]
        assert "Traceback" not in r.text and "sqlite" not in r.text.lower()


def test_event_record_has_sources_and_article_text_matching_every_span(client):
    sudan_id = _ids(client, country="Sudan")[0]
    r = client.get(f"/api/events/{sudan_id}")
    assert r.status_code == 200
    body = r.json()
    event = body["event"]
    assert event["claim"] == "denied" and event["attributed_to"] == "Rapid Support Forces"
    assert [s["source"] for s in body["sources"]] == ["Darfur Desk", "Nile Herald"]
    assert "Darfur Desk" in event["source"] and "Nile Herald" in event["source"]
    for source in body["sources"]:  # each mention's spans index its own article
        article = body["articles"][source["article_id"]]
        assert article["source"] == source["source"] and article["published"] == "2024-05-07"
        spans = source["mention"]["evidence"]
        assert {"actor1", "event_type", "location", "fatalities", "claim"} <= set(spans)
        for span in spans.values():
            assert article["text"][span["start"] : span["end"]] == span["text"]
    own = body["articles"][event["article_id"]]["text"]  # the canonical record's own article
    for span in event["evidence"].values():
        assert own[span["start"] : span["end"]] == span["text"]


def test_actors_are_counted_by_role(client):
    body = client.get("/api/actors", params={"limit": 100}).json()
    rows = {a["name"]: a for a in body["actors"]}
    assert body["total"] == len(rows)
    rsf = rows["Rapid Support Forces"]
    assert (rsf["count"], rsf["as_actor1"], rsf["as_actor2"]) == (1, 1, 0)
    assert rows["Popular Mobilization Forces"]["as_actor2"] == 1
    counts = [a["count"] for a in body["actors"]]
    assert counts == sorted(counts, reverse=True)
    page = client.get("/api/actors", params={"limit": 2}).json()
    assert len(page["actors"]) == 2 and "offset=2" in page["next"]
    found = client.get("/api/actors", params={"name": "houthi"}).json()["actors"]
    assert [a["name"] for a in found] == ["Houthis (Ansar Allah)"]
    in_sudan = client.get("/api/actors", params={"country": "Sudan"}).json()["actors"]
    assert {a["name"] for a in in_sudan} == {"Rapid Support Forces", "Civilians (Sudan)"}


def test_acled_csv_export_is_filtered_and_in_acled_order(client):
    r = client.get("/api/export.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == TOTAL
    assert r.text.splitlines()[0].split(",")[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    sudan = [row for row in rows if row["country"] == "Sudan"]
    assert sudan[0]["event_date"] == "2024-05-06"
    only = list(csv.DictReader(io.StringIO(client.get("/api/export.csv?country=Mali").text)))
    assert [row["location"] for row in only] == ["Ogossagou"]
    empty = client.get("/api/export.csv?country=Atlantis").text
    assert empty.splitlines() == [empty.splitlines()[0]]


def test_geojson_export_has_a_point_per_placed_event(client):
    r = client.get("/api/export.geojson")
    assert r.status_code == 200
    doc = json.loads(r.text)
    assert doc["type"] == "FeatureCollection"
    assert len(doc["features"]) == PLACED
    assert doc["sitroom"]["without_coordinates"] == TOTAL - PLACED
    assert len(doc["sitroom"]["left_out"]) == TOTAL - PLACED
    kharkiv = next(f for f in doc["features"] if f["properties"]["location"] == "Kharkiv")
    assert kharkiv["geometry"]["coordinates"] == [36.23, 49.99]
    filtered = json.loads(client.get("/api/export.geojson?status=background").text)
    assert [f["properties"]["location"] for f in filtered["features"]] == ["Jurf al-Sakhar"]


def test_sample_spans_are_sound():
    """The fixture's own evidence must point at its text, or the page tests prove nothing."""
    for sample in samples():
        for event in sample.events:
            for span in event.evidence.values():
                assert sample.article.text[span.start : span.end] == span.text


def test_exports_survive_resuming_on_another_thread(sample_db):
    """Starlette resumes a streaming generator on whichever pool thread is free."""
    import threading

    from sitroom.api.app import stream_csv, stream_geojson
    from sitroom.api.stores import StorePool
    from sitroom.store import EventFilter

    pool = StorePool(sample_db)
    for stream in (stream_csv(pool, EventFilter(), 2), stream_geojson(pool, EventFilter(), 2)):
        chunks: list[str] = []
        errors: list[BaseException] = []

        def step(gen=stream, chunks=chunks, errors=errors) -> None:
            try:
                chunks.append(next(gen))
            except StopIteration:
                chunks.append("")
            except BaseException as exc:  # noqa: BLE001 - reported by the assert below
                errors.append(exc)

        while not chunks or chunks[-1] != "":
            worker = threading.Thread(target=step)  # a new thread for every chunk
            worker.start()
            worker.join()
            assert errors == []
        text = "".join(chunks)
        if text.startswith("{"):
            assert len(json.loads(text)["features"]) == PLACED
        else:
            assert len(list(csv.DictReader(io.StringIO(text)))) == TOTAL
    pool.close()

"""What the API refuses and how: ingest off by default, size limits, CORS, errors as JSON."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tests.api.conftest import make_client

GOOD = {
    "text": "Gunmen attacked a police post in the town of Djibo on Friday, killing two officers, "
            "a security source said.",
    "source": "Test Wire",
    "published": "2024-06-08",
}


@pytest.fixture
def open_client(sample_db, tmp_path):
    """Ingest allowed, over a private copy of the sample store."""
    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)
    with make_client(str(db), allow_ingest=True, max_body_bytes=20_000) as c:
        yield c


def test_ingest_is_refused_unless_allowed(client):
    for body in (GOOD, {"nonsense": True}):
        r = client.post("/api/articles", json=body)
        assert r.status_code == 403
        assert "--allow-ingest" in r.json()["error"]["message"]


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"text": None}, "text"),
        ({"text": "Too short."}, "text"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"published": "23/04/2024"}, "published"),
        ({"author": "someone"}, "author"),
    ],
)
def test_ingest_body_is_validated(open_client, change, where):
    body = {k: v for k, v in {**GOOD, **change}.items() if v is not None}
    r = open_client.post("/api/articles", json=body)
    assert r.status_code == 422
    details = r.json()["error"]["details"]
    assert any(where in d["loc"] for d in details), details
    assert "javascript" not in r.text  # the input is not echoed back


def test_bodies_over_the_limit_are_refused_with_413(open_client):
    big = {**GOOD, "text": "word " * 10_000}
    r = open_client.post("/api/articles", json=big)
    assert r.status_code == 413 and "limit" in r.json()["error"]["message"]

    def chunks():  # no Content-Length: the limit is counted while the body streams
        yield b'{"text": "'
        for _ in range(100):
            yield b"word " * 100
        yield b'"}'

    r = open_client.post(
        "/api/articles", content=chunks(), headers={"content-type": "application/json"}
    )
    assert r.status_code == 413
    assert r.json()["error"]["status"] == 413


def test_not_json_is_a_422(open_client):
    r = open_client.post(
        "/api/articles", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert r.status_code == 422


def test_cors_is_off_by_default_and_exact_when_on(client, sample_db):
    r = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    with make_client(sample_db, cors_origins=["https://analyst.example"]) as c:
        ok = c.get("/api/events", headers={"Origin": "https://analyst.example"})
        assert ok.headers["access-control-allow-origin"] == "https://analyst.example"
        other = c.get("/api/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_page_and_api_carry_security_headers(client):
    page = client.get("/")
    assert page.status_code == 200 and "<script src=\"/static/app.js\">" in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    api = client.get("/api/events")
    assert api.headers["x-content-type-options"] == "nosniff"


def test_tiles_server_is_allowed_by_the_csp_only_when_configured(sample_db):
    url = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    with make_client(sample_db, tiles_url=url, tiles_attribution="© Example") as c:
        assert "https://*.tile.example.org" in c.get("/").headers["content-security-policy"]
        assert c.get("/api/config").json()["tiles"] == {"url": url, "attribution": "© Example"}


def test_unreadable_store_is_a_503(tmp_path):
    bad = tmp_path / "garbage.db"
    bad.write_bytes(b"this is not a database" * 100)
    with make_client(str(bad)) as c:
        r = c.get("/api/events")
    assert r.status_code == 503
    assert r.json()["error"]["message"] == "the event store is unavailable"


def test_a_crash_is_a_500_json_without_traceback(sample_db, tmp_path):
    db = tmp_path / "corrupt.db"
    shutil.copy(sample_db, db)
    con = sqlite3.connect(db)
    con.execute("UPDATE events SET record = 'not json'")
    con.commit()
    con.close()
    with make_client(str(db)) as c:
        r = c.get("/api/events")
    assert r.status_code == 500
    assert r.json() == {"error": {"status": 500, "message": "internal server error"}}


def test_openapi_schema_and_offline_docs(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/trends",
                 "/api/alerts", "/api/articles", "/api/export.csv", "/api/export.geojson"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"since", "until", "bbox", "country", "admin1", "type", "actor", "claim", "status",
            "q", "limit", "offset"} <= params
    record = schema["components"]["schemas"]["EventRecord"]["properties"]
    assert "geo_precision" in record and "evidence" in record
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-5.35.0/swagger-ui-bundle.js" in docs
    assert "cdn." not in docs
    assert client.get("/static/vendor/swagger-ui-5.35.0/swagger-ui-bundle.js").status_code == 200


def test_input_sitroom_refuses_is_a_400_with_its_one_line(sample_db, monkeypatch):
    """An InputError raised under a route (here: the trends grouping refusing a value) is
    the client's to fix: 400 with sitroom's own message, not a 500."""
    from sitroom.api import analysis
    from sitroom.errors import InputError

    def refuse(*args, **kwargs):
        raise InputError("unknown grouping 'x': choose one of week, type")

    monkeypatch.setattr(analysis, "weekly_trends", refuse)
    with make_client(str(sample_db)) as c:
        r = c.get("/api/trends")
    assert r.status_code == 400
    assert r.json()["error"] == {"status": 400, "message": "unknown grouping 'x': choose one of week, type"}

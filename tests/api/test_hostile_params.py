"""Text filters match literally: LIKE wildcards typed by a user are characters, not patterns."""

from __future__ import annotations


def _total(client, **params) -> int:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()["total"]


def test_percent_and_underscore_are_not_wildcards(client):
    assert _total(client) > 0
    assert _total(client, actor="support forces") > 0
    for value in ("%", "_", "%%", "support%forces", "s_pport"):
        assert _total(client, actor=value) == 0, value
        assert _total(client, q=value) == 0, value
    assert _total(client, q="\\") == 0


def test_ingest_validation_names_the_type_problem(tmp_path):
    from tests.api.conftest import make_client

    text = "Gunmen attacked a police post near the town on Friday, a source said."
    with make_client(str(tmp_path / "v.db"), allow_ingest=True) as c:
        for body, needle in (
            ({"text": text, "published": 20240505}, "ISO date string"),
            ({"text": 12345}, "valid string"),
            ({"text": text, "published": "yesterday"}, "bad published"),
        ):
            r = c.post("/api/articles", json=body)
            assert r.status_code == 422, r.text
            assert needle in r.text
        raw = '{"text": "Gunmen attacked a police post \\ud800 near the town on Friday."}'
        r = c.post("/api/articles", content=raw, headers={"content-type": "application/json"})
        assert r.status_code == 422 and ("surrogate" in r.text or "unicode" in r.text)

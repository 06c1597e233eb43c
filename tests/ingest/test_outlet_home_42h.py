"""`sitroom ingest` reads a report with its outlet's home, learned from what the store
already holds of that outlet: a local paper's bare "Springfield" is its own. Our own
sentences."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitroom.cli.app import app
from sitroom.ingest.homes import event_votes, outlet_home
from sitroom.store import open_store

runner = CliRunner()

EARLIER = [
    "Hundreds of nurses marched to the state capitol in Springfield, Illinois, on Monday to demand higher pay.",
    "About 300 teachers rallied outside the school board offices in Springfield, Illinois, on Tuesday.",
    "Farmers protested outside the county courthouse in Decatur, Illinois, on Wednesday against a water tax.",
]
SHOOTING = "Gunmen shot dead two men outside a tavern in Springfield on {day}, police said."


def _ingest(tmp_path, db, text: str, source: str, name: str) -> None:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    result = runner.invoke(
        app, ["ingest", str(path), "--db", db, "--source", source, "--published", "2024-05-10", "-q"]
    )
    assert result.exit_code == 0, result.stderr


def _record(db: str, words: str) -> dict:
    """The stored event whose notes hold ``words``."""
    listed = runner.invoke(app, ["events", "--db", db, "-f", "jsonl"])
    (hit,) = [r for r in map(json.loads, listed.stdout.splitlines()) if words in r["notes"]]
    return hit


def test_a_local_outlets_bare_namesake_is_its_own(tmp_path, pipeline):
    db = str(tmp_path / "s.db")
    for i, text in enumerate(EARLIER):
        _ingest(tmp_path, db, text, "Prairie Courier", f"earlier{i}.txt")
    _ingest(tmp_path, db, SHOOTING.format(day="Friday"), "Prairie Courier", "local.txt")
    _ingest(tmp_path, db, SHOOTING.format(day="Saturday"), "Another Wire", "wire.txt")
    local, wire = _record(db, "Springfield on Friday"), _record(db, "Springfield on Saturday")
    assert local["admin1"] == "Illinois"
    assert "Springfield read near the outlet's home" in local["tags"]  # the analyst sees why
    assert wire["admin1"] != "Illinois"  # an outlet the store does not know
    assert "outlet's home" not in wire["tags"]


def test_an_outlet_without_stored_events_has_no_home(tmp_path):
    store = open_store(str(tmp_path / "empty.db"))
    try:
        assert outlet_home(store, "Prairie Courier") is None
        assert outlet_home(store, "") is None
    finally:
        store.close()


def test_only_precise_places_vote():
    class Stored:
        def __init__(self, precision, lat=39.8, lon=-89.6):
            self.geo_precision, self.latitude, self.longitude = precision, lat, lon

    votes = event_votes([Stored(1), Stored(2), Stored(3), Stored(1, None, None)])
    assert [v[0].weight for v in votes] == [1.0, 0.5]


def test_the_home_is_learned_from_the_outlets_latest_events():
    class Stored:
        def __init__(self, lat, lon):
            self.geo_precision, self.latitude, self.longitude = 1, lat, lon

    class Store:  # oldest first, as the stores list events
        rows = [Stored(37.2, -93.3)] * 150 + [Stored(39.8, -89.6)] * 200

        def count_events(self, flt):
            assert flt.source == "Prairie Courier"
            return len(self.rows)

        def events(self, flt, limit=None, offset=0):
            return self.rows[offset : offset + limit]

    home = outlet_home(Store(), "Prairie Courier")
    assert home is not None and round(home.lat) == 40  # where it reports now, not in its archive


def test_a_run_asks_the_store_once_per_outlet_and_keeps_a_given_home():
    from sitroom.ingest.homes import OutletHomes
    from sitroom.model import Article

    class Stored:
        geo_precision, latitude, longitude = 1, 39.8, -89.6

    class Store:
        asked = 0

        def count_events(self, flt):
            self.asked += 1
            return 3

        def events(self, flt, limit=None, offset=0):
            return [Stored()] * 3

    store = Store()
    homes = OutletHomes(store)
    first = homes.read(Article(text="One report.", source="Prairie Courier"))
    second = homes.read(Article(text="Another report.", source="Prairie Courier"))
    assert first.home == second.home and round(first.home[0]) == 40 and store.asked == 1
    assert homes.read(Article(text="No outlet named.")).home is None
    given = Article(text="A report.", source="Prairie Courier", home=(10.0, 10.0))
    assert homes.read(given).home == (10.0, 10.0)


def test_a_run_learns_an_outlets_home_again_as_its_reports_are_stored():
    from sitroom.ingest.homes import RELEARN_FIRST, OutletHomes
    from sitroom.model import Article

    class Stored:
        geo_precision, latitude, longitude = 1, 39.8, -89.6

    class Store:  # nothing stored when the run starts; the run's own reports come in
        rows: list = []
        asked = 0

        def count_events(self, flt):
            self.asked += 1
            return len(self.rows)

        def events(self, flt, limit=None, offset=0):
            return self.rows[offset : offset + limit]

    store = Store()
    homes = OutletHomes(store)
    read = []
    for i in range(40):
        read.append(homes.read(Article(text=f"Report {i}.", source="Prairie Courier")))
        store.rows.append(Stored())  # the writer stores each report's event
    assert read[0].home is None and read[RELEARN_FIRST - 1].home is None
    assert read[RELEARN_FIRST].home is not None and read[-1].home is not None
    assert store.asked == 4  # at reports 1, 9, 17 and 33 (0, 8, 16 and 32 read before)

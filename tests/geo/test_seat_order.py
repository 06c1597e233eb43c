"""A province's seat town is the same whether its towns are ranked by a scan or by the
temporary index a connection builds after `SEAT_SCANS` questions."""

from __future__ import annotations

from sitroom.geo import gazetteer as gazetteer_module
from sitroom.geo.gazetteer import Gazetteer


def _units(gaz: Gazetteer, count: int) -> list[tuple[str, str]]:
    rows = gaz._con().execute(
        "SELECT cc, admin1, COUNT(*) AS n FROM place WHERE fclass = 'P' AND admin1 != '' "
        "GROUP BY cc, admin1 ORDER BY n DESC LIMIT ?",
        (count,),
    )
    return [(cc, admin1) for cc, admin1, _ in rows]


def test_indexed_ranking_gives_the_scans_rows(gaz, monkeypatch):
    units = _units(gaz, 12)  # the largest provinces: many towns, ties in population
    monkeypatch.setattr(gazetteer_module, "SEAT_SCANS", 10_000)
    scanned = Gazetteer(gaz.path)
    by_scan = [scanned._query(scanned._seat_sql(), unit) for unit in units]
    monkeypatch.setattr(gazetteer_module, "SEAT_SCANS", 0)
    indexed = Gazetteer(gaz.path)
    sql = indexed._seat_sql()
    assert "seat_rank" in sql
    assert [indexed._query(sql, unit) for unit in units] == by_scan
    assert all(len(rows) == 200 for rows in by_scan)

"""A province's seat town comes from the build's `place_seat` index, and the index ranks the
towns exactly as a scan of every row would."""

from __future__ import annotations

from sitroom.geo.gazetteer import Gazetteer


def _units(gaz: Gazetteer, count: int) -> list[tuple[str, str]]:
    rows = gaz._con().execute(
        "SELECT cc, admin1, COUNT(*) AS n FROM place WHERE fclass = 'P' AND admin1 != '' "
        "GROUP BY cc, admin1 ORDER BY n DESC LIMIT ?",
        (count,),
    )
    return [(cc, admin1) for cc, admin1, _ in rows]


def test_seat_query_reads_the_index(gaz):
    plan = gaz._con().execute("EXPLAIN QUERY PLAN " + gaz._seat_sql(), ("IQ", "01")).fetchall()
    details = " ".join(row[-1] for row in plan)
    assert "place_seat" in details
    assert "TEMP B-TREE" not in details  # the index already gives the order asked for


def test_indexed_ranking_gives_the_scans_rows(gaz):
    units = _units(gaz, 12)  # the largest provinces: many towns, ties in population
    sql = gaz._seat_sql()
    scan = sql.replace("FROM place p", "FROM place p NOT INDEXED")
    by_index = [gaz._query(sql, unit) for unit in units]
    assert by_index == [gaz._query(scan, unit) for unit in units]
    assert all(len(rows) == 200 for rows in by_index)

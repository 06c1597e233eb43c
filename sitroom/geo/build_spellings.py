"""The gazetteer's index of each province's towns by their run-together spelling's skeleton,
for `sitroom.geo.spelt_inside` ("Ftireh, Idleb": which of Idleb's towns share its skeleton).

Without it each process folded every town name of each province a text put a name in
(~31,000 names for the 26 provinces of the gold toponyms' test split, ~1.2 CPU s cold) to
read the few towns of one skeleton. The build folds them once: `spelling` holds, for each
province (`province`: its number) and skeleton, the towns' run-together spellings and ids
in the order `Gazetteer.towns_in` reads a province's towns (the build's `place_seat`
index: capital first, most populous first, then by id), the order in which equally alike
towns are weighed.

The spelling is `spelling_key` of the loose key of the row's name (the folds of
`sitroom.geo.normalize`, remembered for the build by `build_memo`; the run-time fold of
`spelt_inside.folded` gives the same key, tests/geo/test_geo_spelt_inside.py).
"""

from __future__ import annotations

import re
import sqlite3

from sitroom.geo.build_memo import loose_key, name_key, skeleton

#: A province's number, by country code and the admin1 name its towns are filed under.
PROVINCE_TABLE = """CREATE TABLE IF NOT EXISTS province (cc TEXT NOT NULL, admin1 TEXT NOT NULL,
    id INTEGER NOT NULL, PRIMARY KEY (cc, admin1)) WITHOUT ROWID;"""
#: A province's towns by skeleton, ``n`` their rank among the province's towns.
SPELLING_TABLE = """CREATE TABLE IF NOT EXISTS spelling (province INTEGER NOT NULL,
    skel TEXT NOT NULL, n INTEGER NOT NULL, key TEXT NOT NULL, place INTEGER NOT NULL,
    PRIMARY KEY (province, skel, n)) WITHOUT ROWID;"""
#: The populated rows filed under a province, in the order of the `place_seat` index.
_TOWNS = (
    "SELECT id, name, cc, admin1 FROM place WHERE fclass = 'P' AND admin1 != '' "
    "ORDER BY cc, admin1, (fcode IN ('PPLA', 'PPLC')) DESC, population DESC, id"
)
#: What a run-together spelling drops: all but letters and digits (spaces, hyphens, apostrophes).
_NOT_ALNUM = re.compile(r"[\W_]+")


def spelling_key(loose: str) -> str:
    """A loose key run together: "gal hareeri" and "galhareeri" are one spelling."""
    return _NOT_ALNUM.sub("", loose)


def write_spellings(con: sqlite3.Connection) -> int:
    """(Re)write the `province` and `spelling` tables from the place rows; returns the
    number of towns indexed. A GeoNames import (`sitroom.geo.geonames`) writes them again."""
    con.execute(PROVINCE_TABLE)
    con.execute(SPELLING_TABLE)
    con.execute("DELETE FROM province")
    con.execute("DELETE FROM spelling")
    provinces: dict[tuple[str, str], int] = {}
    batch: list[tuple[int, str, int, str, int]] = []
    last, n = None, 0
    for place, name, cc, admin1 in con.execute(_TOWNS):
        unit = (cc, admin1)
        if unit != last:
            last, n = unit, 0
            provinces[unit] = len(provinces) + 1
        n += 1
        key = spelling_key(loose_key(name_key(name)))
        if key:
            batch.append((provinces[unit], skeleton(key), n, key, place))
    con.executemany(
        "INSERT INTO province VALUES (?, ?, ?)", [(cc, a1, i) for (cc, a1), i in provinces.items()]
    )
    batch.sort()
    con.executemany("INSERT INTO spelling VALUES (?, ?, ?, ?, ?)", batch)
    return len(batch)

"""The gazetteer file's tables, and how place rows and their lookup keys are written.

A row's names become exact keys (`name_key`), consonant skeletons and run-together keys
("Ceel Dheer" → "ceeldheer"); `sitroom.geo.build` collects the rows, `sitroom.geo.geonames`
adds a GeoNames dump's, both through `insert_rows`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sitroom.geo.build_memo import ascii_fold, is_latin, name_key, roman_key, skeleton
from sitroom.geo.build_names import CASE_MARK
from sitroom.geo.build_spellings import write_spellings
from sitroom.geo.normalize import roman_long_enough
from sitroom.geo.thresholds import build_threshold

SCHEMA_VERSION = "4"
#: Lookup keys made for one row at most (data/thresholds.yaml, ``build: row_keys``).
MAX_KEYS = int(build_threshold("row_keys"))

#: Multi-word keys without their spaces ("Ceel Dheer" → "ceeldheer"): news writes many names
#: run together or split ("Ceeldheer", "Kafr Nabudah"); asked only when the exact key fails.
COMPACT_TABLE = """CREATE TABLE IF NOT EXISTS compact (key TEXT NOT NULL, place INTEGER NOT NULL,
    PRIMARY KEY (key, place)) WITHOUT ROWID;"""

#: Keys under their romanised form (`normalize.roman_key`) where it differs from the key
#: ("zhytomyr" under "zhitomir"): a name spelt in another romanisation ("Zhitomir",
#: "Myrhorod") is looked up here, and among the plain keys, once its exact key fails.
ROMAN_TABLE = """CREATE TABLE IF NOT EXISTS roman (key TEXT NOT NULL, place INTEGER NOT NULL,
    PRIMARY KEY (key, place)) WITHOUT ROWID;"""

#: A province's capital and largest towns, in the order `Gazetteer.seat` asks for them: without
#: it each seat query scans every row (~20 ms) and each process ranked the towns in a temporary
#: index of its own (~0.45 s CPU per process).
SEAT_INDEX = """CREATE INDEX IF NOT EXISTS place_seat ON place(cc, admin1,
    (fcode IN ('PPLA', 'PPLC')) DESC, population DESC, id) WHERE fclass = 'P';"""

SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY,      -- GeoNames id, or SUPPLEMENT_ID_BASE + n for curated rows
    name TEXT NOT NULL,
    asciiname TEXT NOT NULL,
    fclass TEXT NOT NULL,        -- GeoNames feature class: P populated, A admin, S spot, ...
    fcode TEXT NOT NULL,         -- PPL, PPLC, ADM1, ADM2, PCLI, or BASE/CAMP/... for curated rows
    population INTEGER NOT NULL DEFAULT 0,
    cc TEXT NOT NULL,            -- ISO 3166 alpha-2
    admin1 TEXT NOT NULL DEFAULT '',
    admin2 TEXT NOT NULL DEFAULT '',
    admin3 TEXT NOT NULL DEFAULT '',
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    precision INTEGER NOT NULL DEFAULT 1,
    source TEXT NOT NULL
);
CREATE TABLE alias (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place))
    WITHOUT ROWID;
CREATE TABLE skel (skel TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (skel, key))
    WITHOUT ROWID;               -- a skeleton and the lookup keys (alias.key) that have it
CREATE TABLE country (
    cc TEXT PRIMARY KEY, iso3 TEXT, isonum INTEGER, name TEXT, region TEXT, place INTEGER
);
CREATE TABLE admin (
    cc TEXT NOT NULL, code TEXT NOT NULL, level INTEGER NOT NULL, name TEXT NOT NULL,
    place INTEGER, PRIMARY KEY (cc, code)
) WITHOUT ROWID;
CREATE TABLE demonym (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place))
    WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
""" + COMPACT_TABLE + ROMAN_TABLE


@dataclass
class Row:
    """One place before it is written (the columns of the `place` table plus its names)."""

    id: int
    name: str
    fclass: str
    fcode: str
    cc: str
    lat: float
    lon: float
    population: int = 0
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    precision: int = 1
    source: str = ""
    names: list[str] = field(default_factory=list)
    loose: bool = True  # also found by other spellings (skeleton keys); False: exact names only


def compact_keys(keys: Iterable[str]) -> set[str]:
    """The multi-word keys run together ("ceel dheer" → "ceeldheer")."""
    return {k.replace(" ", "") for k in keys if " " in k and not k.startswith(CASE_MARK)}


def roman_keys(keys: Iterable[str]) -> set[str]:
    """The romanised forms of the keys, and of the multi-word keys run together ("Ceel
    Dheer" under "celdher"), that differ from the keys and are long enough to be asked
    (`ROMAN_TABLE`, `roman_long_enough`)."""
    plain = {k for k in keys if not k.startswith(CASE_MARK)}
    out = {roman_key(k) for k in plain} | {roman_key(k.replace(" ", "")) for k in plain if " " in k}
    return {r for r in out if roman_long_enough(r)} - plain


def row_keys(row: Row) -> tuple[set[str], set[tuple[str, str]]]:
    """Lookup keys, and (skeleton, key) for each plain key and its run-together form, for a
    row's names (Latin-script names only)."""
    keys: set[str] = set()
    for name in row.names:
        if len(keys) > MAX_KEYS:
            break
        if not name or not is_latin(name):
            continue
        if name.startswith(CASE_MARK):  # an abbreviation that counts in capitals only
            keys.add(CASE_MARK + name_key(name[1:]))
            continue
        key = name_key(name)
        if len(key) >= 2:
            keys.add(key)
    plain = {k for k in keys if not k.startswith(CASE_MARK)} if row.loose else set()
    skels = {(skeleton(k), k) for k in plain}
    skels |= {(skeleton(k.replace(" ", "")), k) for k in plain if " " in k}
    return keys, skels


def write_db(
    path: Path,
    rows: list[Row],
    countries: dict[str, dict],
    admin_codes: dict[tuple[str, str], tuple[int, str]],
    meta: dict[str, str],
    demonyms: dict[str, set[int]] | None = None,
) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # builds in parallel never share one
    tmp.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)
    insert_rows(con, rows)
    con.execute(SEAT_INDEX)  # after the rows: one sort instead of a b-tree grown row by row
    write_spellings(con)  # after the index: the towns in its order
    con.executemany(
        "INSERT OR REPLACE INTO country VALUES (:cc, :iso3, :isonum, :name, :region, :place)",
        countries.values(),
    )
    con.executemany(
        "INSERT OR REPLACE INTO admin VALUES (?, ?, ?, ?, ?)",
        [
            (cc, code, code.count(".") + 1, name, None)
            for (cc, code), (_, name) in admin_codes.items()
        ],
    )
    con.executemany(
        "INSERT OR IGNORE INTO demonym VALUES (?, ?)",
        [(key, place) for key, places in (demonyms or {}).items() for place in places],
    )
    meta = {"schema": SCHEMA_VERSION, **meta}
    con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(path)


def insert_rows(con: sqlite3.Connection, rows: Iterable[Row]) -> int:
    """Insert (or replace, by id) place rows with their keys; returns how many."""
    n = 0
    con.execute(COMPACT_TABLE)  # a gazetteer built before compact keys were indexed
    con.execute(ROMAN_TABLE)  # ... or before romanised keys were
    batch_p, batch_a, batch_s, batch_c, batch_r = [], [], [], [], []
    for row in rows:
        keys, skels = row_keys(row)
        batch_c.extend((k, row.id) for k in compact_keys(keys))
        batch_r.extend((k, row.id) for k in roman_keys(keys))
        batch_p.append(
            (
                row.id,
                row.name,
                ascii_fold(row.name),
                row.fclass,
                row.fcode,
                row.population,
                row.cc,
                row.admin1,
                row.admin2,
                row.admin3,
                round(row.lat, 5),
                round(row.lon, 5),
                row.precision,
                row.source,
            )
        )
        batch_a.extend((k, row.id) for k in keys)
        batch_s.extend(skels)
        n += 1
        if len(batch_p) >= 20_000:
            _flush(con, batch_p, batch_a, batch_s, batch_c, batch_r)
            batch_p, batch_a, batch_s, batch_c, batch_r = [], [], [], [], []
    _flush(con, batch_p, batch_a, batch_s, batch_c, batch_r)
    return n


def _flush(con: sqlite3.Connection, p: list, a: list, s: list, c: list, r: list) -> None:
    con.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", p)
    con.executemany("INSERT OR IGNORE INTO alias VALUES (?, ?)", a)
    con.executemany("INSERT OR IGNORE INTO skel VALUES (?, ?)", s)
    con.executemany("INSERT OR IGNORE INTO compact VALUES (?, ?)", c)
    con.executemany("INSERT OR IGNORE INTO roman VALUES (?, ?)", r)

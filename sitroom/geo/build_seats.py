"""Province seats from `data/admin1_capitals.csv`: each listed capital is resolved to the
most populous town of that name inside its admin1 and marked PPLA, so that an event known
only to lie in the province is put there (`Gazetteer.seat`). GeoNames' cities500 rows carry
no admin-capital codes; without them a province whose capital has another name
(Nangarhar, Jalalabad) had no seat, or a namesake village as one (Abia, Aba)."""

from __future__ import annotations

import csv
from collections.abc import Iterable

from sitroom.geo.build_memo import loose_key, name_key
from sitroom.geo.build_names import written_names
from sitroom.geo.sources import DATA


def read_admin1_capitals() -> list[dict[str, str]]:
    """Rows (iso2, admin1, capital, source) of the versioned capitals list."""
    with open(DATA / "admin1_capitals.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _keys(names: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for name in names:
        key = name_key(name)
        if key:
            out.update((key, loose_key(key), loose_key(key.replace(" ", ""))))
    return out


def seat_ids(
    cities: Iterable[dict],
    admin_codes: dict[tuple[str, str], tuple[int, str]],
    capitals: list[dict[str, str]] | None = None,
) -> tuple[set[int], list[str]]:
    """GeoNames ids of the listed capitals, and the rows that found no town: a capital is
    the most populous town of its admin1 whose name or written alternate name folds to the
    capital's name (spelling noise folded as in lookups)."""
    capitals = read_admin1_capitals() if capitals is None else capitals
    units: dict[tuple[str, str], list[str]] = {}
    for (cc, code), (_, name) in admin_codes.items():
        if "." not in code:
            units.setdefault((cc, name_key(name)), []).append(code)
    wanted: dict[tuple[str, str], set[str]] = {}
    for row in capitals:
        for code in units.get((row["iso2"], name_key(row["admin1"])), []):
            wanted[(row["iso2"], code)] = _keys([row["capital"]])
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city in cities:
        unit = (city["countrycode"], city.get("admin1code") or "")
        keys = wanted.get(unit)
        if not keys:
            continue
        names = [city["name"], *written_names(city.get("alternatenames", []))]
        if keys.isdisjoint(_keys(names)):
            continue
        pop = int(city.get("population") or 0)
        if unit not in best or pop > best[unit][0]:
            best[unit] = (pop, city["geonameid"])
    missing = [
        f"{r['iso2']} {r['admin1']}: {r['capital']}"
        for r in capitals
        if not any(
            (r["iso2"], code) in best for code in units.get((r["iso2"], name_key(r["admin1"])), [])
        )
    ]
    return {gid for _, gid in best.values()}, missing

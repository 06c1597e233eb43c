"""Made-up local reports that test spatial coherence (`sitroom.geo.spatial`) on the gazetteer.

    python scripts/spatial_probe.py [--countries UA,SY,...] [--per-country 15] [--km 60 150]

For each country, village names with three or more namesakes there are drawn (seeded, so a
run is repeatable); for one namesake X meant, two villages A and B whose names are unique in
the gazetteer and that lie between the two distances from X (and X's namesakes at least
150 km from X) make the report "Shelling hit X overnight. Residents of A and B fled.". The
resolver, given those three names as the toponyms, should read X as the namesake meant (within
25 km). Prints each miss and the count right. No gold or third-party text: the gazetteer is the
only input.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
from collections import defaultdict

from sitroom.geo.gazetteer import Gazetteer, Hit, km, open_gazetteer
from sitroom.geo.mentions import mentions_from_spans
from sitroom.geo.resolve import resolve_all

COUNTRIES = "UA,SY,IQ,AF,NG,SD,SO,YE,ML,CD"
TEMPLATE = "Shelling hit {x} overnight. Residents of {a} and {b} fled."


def _villages(con: sqlite3.Connection, cc: str) -> dict[str, list[tuple]]:
    rows = con.execute("select id, name, lat, lon from place where cc=? and fclass='P'", (cc,))
    out: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        if row[1].isascii() and len(row[1]) > 4:
            out[row[1]].append(row)
    return out


def _report(gaz: Gazetteer, x: str, target: Hit, unique: list[tuple], lo: float, hi: float, rng):
    """The report's text and names, or None when no two neighbours fit."""
    near = [
        u
        for u in unique
        if abs(u[2] - target.lat) < 1.5
        and abs(u[3] - target.lon) < 2.0
        and lo < km(u[2], u[3], target.lat, target.lon) < hi
        and len(gaz.lookup(u[1])) == 1
    ]
    if len(near) < 2:
        return None
    a, b = rng.sample(near, 2)
    return TEMPLATE.format(x=x, a=a[1], b=b[1]), (x, a[1], b[1])


def probe(gaz: Gazetteer, cc: str, per_country: int, lo: float, hi: float) -> tuple[int, int, list[str]]:
    """(right, tried, misses) for one country."""
    rng = random.Random(7)
    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    byname = _villages(con, cc)
    unique = [v[0] for v in byname.values() if len(v) == 1]
    names = sorted(n for n, v in byname.items() if len(v) >= 3 and " " not in n)
    rng.shuffle(names)
    right = tried = 0
    misses: list[str] = []
    for x in names:
        if tried >= per_country:
            break
        hits = [h for h in gaz.lookup(x) if h.cc == cc and h.level == 3]
        if len(hits) < 3:
            continue
        target = rng.choice(hits)
        if min(km(target.lat, target.lon, h.lat, h.lon) for h in hits if h.id != target.id) < 150:
            continue
        made = _report(gaz, x, target, unique, lo, hi, rng)
        if made is None:
            continue
        text, parts = made
        mentions = mentions_from_spans(text, sorted((text.index(n), text.index(n) + len(n)) for n in parts))
        resolve_all(mentions, gaz)
        got = next(m.resolved for m in mentions if m.text == x)
        tried += 1
        if got is not None and km(got.lat, got.lon, target.lat, target.lon) <= 25:
            right += 1
        else:
            read = f"{got.name}, {got.admin1}" if got is not None else "nothing"
            misses.append(f"{cc} {text} -> {read} (meant: {target.admin1})")
    return right, tried, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countries", default=COUNTRIES)
    parser.add_argument("--per-country", type=int, default=15)
    parser.add_argument("--km", type=float, nargs=2, default=(60.0, 150.0), metavar=("LO", "HI"))
    args = parser.parse_args()
    gaz = open_gazetteer()
    right = tried = 0
    for cc in args.countries.split(","):
        r, t, misses = probe(gaz, cc, args.per_country, *args.km)
        right, tried = right + r, tried + t
        for line in misses:
            print(line)
    print(f"right {right} of {tried}")


if __name__ == "__main__":
    main()

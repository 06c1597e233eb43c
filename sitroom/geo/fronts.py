"""Where an actor's fighting runs, as a prior among namesakes of one theatre.

A note that says "monitors heard explosions near Orikhove" names a village of which the
mission's two provinces hold several; the mission reported along the line of contact, so
the namesake on that line is the one meant. ``data/fronts.csv`` gives, for an actor of
``data/theatres.csv``, its front as a line through named towns (each row with its public
source); `front_lines` resolves the towns once, and `near_front` drops the small
namesakes far from the line when another lies on it. Like the theatres, a front only
chooses among a name's readings: it never places an event.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitroom.geo.containment import SIZEABLE
from sitroom.geo.thresholds import threshold

if TYPE_CHECKING:
    from sitroom.geo.gazetteer import Gazetteer, Hit

FRONTS = Path(__file__).with_name("data") / "fronts.csv"
#: A namesake this close to a front lies on it ...
FRONT_KM = threshold("front_km")
#: ... and one this many times farther from it than the nearest namesake is off it.
FRONT_RATIO = threshold("front_ratio")

Line = tuple[tuple[float, float], ...]


@lru_cache(maxsize=2)
def load_fronts(path: Path = FRONTS) -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    """actor → (country, ((province, town), ...)) in the order the line runs."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = {}
    for r in rows:
        towns = tuple(tuple(t.split(":", 1)) for t in r["line"].split(";") if ":" in t)
        out[r["actor"].strip()] = (r["cc"].strip(), towns)
    return out


def front_lines(actors: Iterable[str], gaz: Gazetteer) -> tuple[Line, ...]:
    """The fronts of the named theatre actors, as lines of points (duplicates once)."""
    fronts = load_fronts()
    keys = sorted({a for a in actors if a in fronts})
    return tuple(dict.fromkeys(_line(a, gaz) for a in keys if len(_line(a, gaz)) > 1))


@lru_cache(maxsize=64)
def _line(actor: str, gaz: Gazetteer) -> Line:
    cc, towns = load_fronts()[actor]
    points = []
    for admin1, name in towns:
        found = [
            h
            for h in (*gaz.lookup(name), *gaz.romanised(name))
            if h.cc == cc and h.level == 3 and h.admin1 == admin1
        ]
        if found:
            best = max(found, key=lambda h: h.population)
            points.append((best.lat, best.lon))
    return tuple(points)


def km_to_line(lat: float, lon: float, line: Line) -> float:
    """Kilometres from a point to the nearest segment of a line (flat projection around
    the point: fronts are a few hundred kilometres long)."""
    scale = math.cos(math.radians(lat)) * 111.2
    best = math.inf
    for (alat, alon), (blat, blon) in zip(line, line[1:], strict=False):
        ax, ay = (alon - lon) * scale, (alat - lat) * 111.2
        bx, by = (blon - lon) * scale, (blat - lat) * 111.2
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, -(ax * dx + ay * dy) / ((dx * dx + dy * dy) or 1.0)))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def on_front(hit: Hit, fronts: Sequence[Line]) -> bool:
    """A town within `FRONT_KM` of one of the lines."""
    return hit.level == 3 and any(km_to_line(hit.lat, hit.lon, line) <= FRONT_KM for line in fronts)


def near_front(pool: Sequence[Hit], fronts: Sequence[Line]) -> list[Hit]:
    """The pool without the small towns far from the article's front when a namesake lies
    on it ("near Orikhove" in a monitors' report: the village on the line of contact,
    not the one 70 km behind it). Provinces, districts and sizeable towns stay."""
    if not fronts or len(pool) < 2:
        return list(pool)
    away = [min(km_to_line(h.lat, h.lon, line) for line in fronts) for h in pool]
    nearest = min(away)
    if nearest > FRONT_KM:
        return list(pool)
    limit = FRONT_RATIO * max(nearest, 1.0)
    return [
        h
        for h, d in zip(pool, away, strict=True)
        if d <= limit or h.level != 3 or h.population >= SIZEABLE
    ]

"""Places given as a distance and a direction from a named one, and places at sea.

"68 nautical miles southwest of Hodeidah" is a point at sea, not the port: the event is
put where the text says, at precision 2, in the country of the named place (the nearest
coast, as ACLED codes incidents at sea). "In the Red Sea" takes the country of the
article's own places.
"""

from __future__ import annotations

import math
import re

from sitroom.geodesy import EARTH_RADIUS_KM

#: Kilometres per unit of distance as news writes it.
UNITS = {
    "nautical miles": 1.852,
    "nautical mile": 1.852,
    "nm": 1.852,
    "km": 1.0,
    "kms": 1.0,
    "kilometers": 1.0,
    "kilometres": 1.0,
    "kilometer": 1.0,
    "kilometre": 1.0,
    "miles": 1.609,
    "mile": 1.609,
    "mi": 1.609,
}
#: Compass bearings in degrees.
BEARINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_DIRECTION = r"north-?east|north-?west|south-?east|south-?west|north|south|east|west"
#: Text right before a name: "68 nautical miles southwest of (Yemen's) (port city of) ".
OFFSET_BEFORE = re.compile(
    rf"(?P<dist>\d+(?:[.,]\d+)?)\s*(?:-\s*)?(?P<unit>{_UNIT})\s+(?:to\s+the\s+)?"
    rf"(?P<dir>{_DIRECTION})\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?:(?:port\s+)?(?:city|town|village|port)\s+of\s+)?$",
    re.IGNORECASE,
)
#: Offsets shorter than this stay at the named place (ACLED codes "5 km north of X" at X).
MIN_OFFSET_KM = 20.0


def offset_before(before: str) -> tuple[float, float] | None:
    """(kilometres, bearing) when ``before`` ends with "N units DIRECTION of"."""
    m = OFFSET_BEFORE.search(before)
    if m is None:
        return None
    dist = float(m.group("dist").replace(",", ".")) * UNITS[m.group("unit").lower()]
    bearing = BEARINGS[m.group("dir").lower().replace("-", "")]
    return (dist, bearing) if dist >= MIN_OFFSET_KM else None


def destination(lat: float, lon: float, dist_km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``dist_km`` from (lat, lon) along ``bearing_deg`` on a sphere."""
    d = dist_km / EARTH_RADIUS_KM
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return round(math.degrees(p2), 4), round((math.degrees(l2) + 540) % 360 - 180, 4)

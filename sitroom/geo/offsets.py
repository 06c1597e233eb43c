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
from sitroom.lang import pack_mapping, pack_pattern

#: Kilometres per unit of distance as news writes it, compass bearings in degrees, and the
#: text right before a name ("68 nautical miles southwest of (Yemen's) (port city of) "):
#: the language pack's ``geo/words.yaml`` and ``geo/patterns.yaml``.
UNITS = pack_mapping("geo/words", "distance_units")
BEARINGS = pack_mapping("geo/words", "bearings")
OFFSET_BEFORE = pack_pattern(
    "geo/patterns",
    "offset_before",
    re.IGNORECASE,
    unit=lambda pack: "|".join(
        sorted((re.escape(u) for u in pack.entry("geo/words", "distance_units")), key=len, reverse=True)
    ),
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

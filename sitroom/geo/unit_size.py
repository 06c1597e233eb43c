"""How large a first-level unit is on the map: the area of its admin-1 outline's boxes.

The gazetteer's provinces carry no population, so the ranker cannot weigh a state against
a village of its name elsewhere ("California" against California, Maryland). The outlines
the web map vendors (`sitroom.outlines`) tell a state of half a million square kilometres
from a parish of a few hundred, which a small namesake town can well outweigh ("Portland"
is no Jamaican parish). The box of each ring is measured, not the ring: a size class, not
a survey.
"""

from __future__ import annotations

import math
from functools import lru_cache

from sitroom.outline_boxes import unit_boxes
from sitroom.outlines import _iso_number_by_iso2, same_name

#: Kilometres per degree of latitude (and of longitude at the equator).
_KM_PER_DEGREE = 111.2


@lru_cache(maxsize=1_024)
def unit_box_km2(cc: str, province: str) -> float | None:
    """The summed box area (km²) of the country's (ISO2) admin-1 outlines named like
    ``province``; None when no outline of that name is vendored (size unknown). The boxes
    are read from `sitroom.outline_boxes` (the outlines' own, worked out when the file was
    written), not from the outlines: no outline file is read or decoded here."""
    boxes = [box for name, box in unit_boxes(_iso_number_by_iso2().get(cc, 0)) if same_name(name, province)]
    if not boxes:
        return None
    total = 0.0
    for west, south, east, north in boxes:
        middle = math.radians((south + north) / 2)
        total += (east - west) * math.cos(middle) * (north - south) * _KM_PER_DEGREE**2
    return total

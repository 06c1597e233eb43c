"""`sitroom.geo.containment`: which named province can hold a place (pure functions)."""

from __future__ import annotations

from sitroom.geo.containment import loosely_inside, outside
from sitroom.geo.gazetteer import Hit


def hit(name: str, admin1: str, lat: float, lon: float, fcode: str = "PPL", **kw) -> Hit:
    return Hit(
        id=hash((name, admin1, fcode)) % 1_000_000,
        name=name,
        fclass="P" if fcode.startswith("PPL") else "A",
        fcode=fcode,
        cc="XX",
        admin1=admin1,
        admin2="",
        admin3="",
        lat=lat,
        lon=lon,
        population=kw.get("pop", 4_000),
        precision=1,
        source=kw.get("source", "geonames"),
    )


NORTH = hit("North Vale", "North Vale", 10.0, 10.0, "ADM1")


def test_a_town_filed_under_a_neighbouring_province_far_from_the_named_one_is_outside():
    far = hit("Ostrel", "South Vale", 11.1, 10.0)  # ~120 km away, filed under South Vale
    assert outside(far, NORTH)


def test_a_border_town_filed_under_the_neighbour_still_fits_the_named_province():
    near = hit("Ostrel", "South Vale", 10.3, 10.0)  # ~33 km: notes file border towns either way
    assert not outside(near, NORTH)


def test_a_town_filed_under_the_named_province_is_inside_however_far():
    inside = hit("Ostrel", "North Vale", 11.2, 10.0)
    assert not outside(inside, NORTH)


def test_a_loose_spelling_must_be_filed_under_the_named_province():
    other = hit("Ostrell", "South Vale", 10.3, 10.0)
    assert not outside(other, NORTH) and not loosely_inside(other, NORTH)
    assert loosely_inside(hit("Ostrell", "North Vale", 10.3, 10.0), NORTH)
    curated = hit("Ostrell", "S. Vale", 10.3, 10.0, source="supplement:test")
    assert loosely_inside(curated, NORTH)  # curated rows spell provinces their own way

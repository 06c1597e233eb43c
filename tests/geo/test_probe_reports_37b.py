"""Short reports of stop 37 (geography, set b), written here: a place whose container is
named after "in the <unit> of" with no comma between them ("the parish of X in the canton
of Y", "X in the canton of Y"). The unit word before the container's name bounds the place
as it does after a comma ("X, in the canton of Y"): the place is sought in that unit, and
a namesake abroad (a Venezuelan Valencia for an Ecuadorian parish) is no reading of it."""

from __future__ import annotations

import pytest

from tests.wire_reports import event_records

pytestmark = pytest.mark.slow

# (country, admin1, location, geo_precision); None leaves a field unchecked
PLACE_FIELDS = ("country", "admin1", "location", "geo_precision")


def _places(pipeline, text: str, published: str = "2025-04-08") -> list[tuple]:
    return [tuple(getattr(e, f) for f in PLACE_FIELDS) for e in event_records(pipeline, text, published)]


def _fits(row: tuple, want: tuple) -> bool:
    return all(w is None or g == w for g, w in zip(row, want, strict=True))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Hooded men shot dead a shopkeeper and his two sons near the church in the parish of "
            "La Valencia in the canton of Jipijapa early on Tuesday, police said.",
            ("Ecuador", "Manabi", "Jipijapa", 2),
            id="ec-parish-in-canton-no-comma",
        ),
        pytest.param(
            "Two brothers were found shot dead on a farm track in La Valencia in the canton of Jipijapa "
            "on Wednesday, a police officer said.",
            ("Ecuador", "Manabi", "Jipijapa", 2),
            id="ec-place-in-canton-no-comma",
        ),
        # the comma's reading, as before
        pytest.param(
            "Masked men sprayed a pool hall with bullets in La Valencia, in the canton of Jipijapa, "
            "killing three players, police said.",
            ("Ecuador", "Manabi", "Jipijapa", 2),
            id="ec-place-comma-canton",
        ),
        # a unit that holds its namesake town: the town, as before
        pytest.param(
            "Gunmen killed three farmers in the municipality of Valencia in the department of Cordoba "
            "on Friday, the army said.",
            ("Colombia", "Cordoba", "Valencia", 1),
            id="co-municipality-in-department",
        ),
    ],
)
def test_the_unit_named_after_in_the_unit_of_bounds_the_place_before_it(pipeline, text, want):
    rows = _places(pipeline, text)
    assert any(_fits(r, want) for r in rows), (want, rows)

"""The one geodesic helper: distance in its scalar and its matrix form, and destination."""

import pytest

from sitroom.geodesy import destination, haversine_km, haversine_matrix_km


def test_the_matrix_form_gives_each_pairs_distance():
    towns = [(9.06, 7.49), (-1.29, 36.82), (33.31, 44.36)]
    sites = [(12.0, 8.52), (9.06, 7.49)]
    matrix = haversine_matrix_km(
        [t[0] for t in towns], [t[1] for t in towns], [s[0] for s in sites], [s[1] for s in sites]
    )
    assert matrix.shape == (3, 2)
    for i, town in enumerate(towns):
        for j, site in enumerate(sites):
            assert abs(matrix[i, j] - haversine_km(*town, *site)) < 1e-6
    assert matrix[0, 1] == 0.0


def test_destination_is_the_inverse_of_distance():
    lat, lon = destination(15.0, 42.0, 100.0, 225.0)
    assert abs(haversine_km(15.0, 42.0, lat, lon) - 100.0) < 0.5 and lat < 15.0 and lon < 42.0
    lat, lon = destination(10.0, 179.9, 50.0, 90.0)  # across the antimeridian
    assert lon < -179.0 and abs(haversine_km(10.0, 179.9, lat, lon) - 50.0) < 0.5


def test_the_pairwise_form_is_the_matrix_to_the_last_digits():
    """`haversine_from_km` (a few pairs, no numpy call) gives the matrix form's distances,
    near and far, across the antimeridian, at a pole's edge and for a point itself: the
    support counts read pairs one way and were read the other. To 1e-12 of the distance,
    not to the bit: numpy's vectorised sine and cosine may differ from libm's in the last
    bit on some CPUs (they do on AMD EPYC)."""
    import random

    from sitroom.geodesy import (
        Points,
        haversine_from_km,
        haversine_to_points_km,
        radians_and_cosine,
    )

    rng = random.Random(29)
    firsts = [(rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)) for _ in range(60)]
    firsts += [(0.0, 179.99), (89.99, 10.0), (-33.9, 151.2)]
    others = [(rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)) for _ in range(80)]
    others += [(a + rng.gauss(0, 0.3), b + rng.gauss(0, 0.3)) for a, b in firsts[:40]]
    others += [(0.0, -179.99), (89.99, -170.0), (-33.9, 151.2)]
    matrix = haversine_to_points_km(
        [a for a, _ in firsts], [b for _, b in firsts], Points([a for a, _ in others], [b for _, b in others])
    ).tolist()
    points = [radians_and_cosine(a, b) for a, b in others]
    for (lat, lon), row in zip(firsts, matrix, strict=True):
        distance = haversine_from_km(lat, lon)
        assert [distance(*p) for p in points] == pytest.approx(row, rel=1e-12, abs=1e-9)


def test_the_looped_forms_give_what_the_pairwise_form_gives():
    """`owners_within_km` and `nearest_other_km` write `haversine_from_km`'s arithmetic out
    in their loops: the same owners within a limit (one found twice measured once), and
    the same nearest float with the point's own id left out, as asking each pair."""
    import math
    import random

    from sitroom.geodesy import (
        haversine_from_km,
        nearest_other_km,
        owners_within_km,
        radians_and_cosine,
    )

    rng = random.Random(30)
    for _ in range(200):
        lat, lon = rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)
        points = [
            (*radians_and_cosine(lat + rng.gauss(0, 2), (lon + rng.gauss(0, 2) + 180) % 360 - 180), rng.randint(0, 9))
            for _ in range(rng.randint(0, 30))
        ]
        points.append((*radians_and_cosine(lat, lon), 3))  # the point itself
        distance = haversine_from_km(lat, lon)
        for limit in (0.0, 25.0, 150.0):
            assert owners_within_km(lat, lon, points, limit) == {o for *p, o in points if distance(*p) <= limit}
        for own in (3, 99):
            others = [distance(*p) for *p, o in points if o != own]
            assert nearest_other_km(lat, lon, own, points) == min(others, default=math.inf)

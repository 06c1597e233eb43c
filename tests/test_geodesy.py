"""The one geodesic helper: distance in its scalar and its matrix form, and destination."""

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

"""The one geodesic helper, in its scalar and its matrix form."""

from sitroom.geodesy import haversine_km, haversine_matrix_km


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

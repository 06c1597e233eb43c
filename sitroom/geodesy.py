"""Distances on the Earth, written once for every stage (geo, fusion, watch rules, eval):
great-circle distance, and the point a distance and bearing away."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from math import asin as _asin
from math import cos as _cos
from math import sin as _sin
from math import sqrt as _sqrt

#: Mean Earth radius (IUGG), kilometres.
EARTH_RADIUS_KM = 6371.0088


#: Kilometres per degree of latitude (of a great circle) on that sphere.
KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180.0


def latitude_reach(km: float) -> float:
    """Degrees of latitude beyond which two points are further apart than ``km``: a great
    circle is never shorter than its north-south part (0.01 degree more spares the
    rounding of `haversine_km`), so such a pair needs no distance computed."""
    return km / KM_PER_DEGREE + 0.01


#: What `math.radians` multiplies by (its own constant: the same product, without a call).
_RADIANS = math.pi / 180.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    # (asked some hundred thousand times per corpus by the geo stage: math.radians and min
    # are written out, which gives the very same floats with four calls fewer)
    p1, p2 = lat1 * _RADIANS, lat2 * _RADIANS
    dp, dl = p2 - p1, (lon2 - lon1) * _RADIANS
    a = _sin(dp / 2) ** 2 + _cos(p1) * _cos(p2) * _sin(dl / 2) ** 2
    root = _sqrt(a)
    return 2 * EARTH_RADIUS_KM * _asin(root if root < 1.0 else 1.0)


def destination(lat: float, lon: float, dist_km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``dist_km`` from (lat, lon) along ``bearing_deg`` on a sphere, in degrees
    to four decimals (about 10 m): where "30 km north of" a town puts an event."""
    d = dist_km / EARTH_RADIUS_KM
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return round(math.degrees(p2), 4), round((math.degrees(l2) + 540) % 360 - 180, 4)


def haversine_matrix_km(lats1, lons1, lats2, lons2):
    """Great-circle distances in kilometres from every point of the first list to every
    point of the second (degrees in, a ``len1 × len2`` numpy array out), in one pass."""
    return haversine_to_points_km(lats1, lons1, Points(lats2, lons2))


class Points:
    """The second list of `haversine_matrix_km` made ready once (radians and cosines), for
    a caller that measures many lists against the same points (an article's places)."""

    __slots__ = ("cos", "lat", "lon")

    def __init__(self, lats, lons) -> None:
        import numpy as np  # only the geo ranker needs it; the store writer imports this module

        self.lat = np.radians(np.asarray(lats, dtype=float))[None, :]
        self.lon = np.radians(np.asarray(lons, dtype=float))[None, :]
        self.cos = np.cos(self.lat)


def haversine_to_points_km(lats1, lons1, points: Points):
    """`haversine_matrix_km` to ``points`` (the very same floats)."""
    import numpy as np

    lat1 = np.radians(np.asarray(lats1, dtype=float))[:, None]
    lon1 = np.radians(np.asarray(lons1, dtype=float))[:, None]
    lat2, lon2 = points.lat, points.lon
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * points.cos * np.sin((lon2 - lon1) / 2) ** 2
    # (minimum/maximum: what np.clip computes, without its ~5 µs of argument checks per call)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(np.maximum(a, 0.0), 1.0)))



#: The diameter the distances of `haversine_to_points_km` are scaled by, as it computes it.
_DIAMETER_KM = 2 * EARTH_RADIUS_KM


def radians_and_cosine(lat: float, lon: float) -> tuple[float, float, float]:
    """A point as `Points` holds it: latitude and longitude in radians and the cosine of
    the latitude (the same floats: numpy's radians and cosine of a float64 are these)."""
    p = lat * _RADIANS
    return p, lon * _RADIANS, _cos(p)


def points_with_owners(
    lats: Sequence[float], lons: Sequence[float], owners: Sequence[int]
) -> list[tuple[float, float, float, int]]:
    """Each point as `radians_and_cosine` gives it, with its owner (the points
    `owners_within_km` and `nearest_other_km` read): its very floats, made in one call."""
    out = []
    for lat, lon, owner in zip(lats, lons, owners, strict=True):
        p = lat * _RADIANS
        out.append((p, lon * _RADIANS, _cos(p), owner))
    return out


def haversine_from_km(lat: float, lon: float) -> Callable[[float, float, float], float]:
    """The distance from (lat, lon), in degrees, to a point given by `radians_and_cosine`:
    for a caller that measures a few pairs, where a numpy call costs more than the
    arithmetic. Each is the very float `haversine_to_points_km` gives for the pair: its
    operations in its order (a square as a product, as numpy squares), and the C library's
    sine, cosine and arc sine, which numpy's float64 ones are on the machines measured
    (`tests/test_geodesy.py` compares them)."""
    p1, l1 = lat * _RADIANS, lon * _RADIANS
    c1 = _cos(p1)

    def distance(p2: float, l2: float, c2: float) -> float:
        s, t = _sin((p2 - p1) / 2), _sin((l2 - l1) / 2)
        a = s * s + c1 * c2 * (t * t)
        return _DIAMETER_KM * _asin(_sqrt(min(max(a, 0.0), 1.0)))

    return distance


def owners_within_km(
    lat: float, lon: float, points: Iterable[tuple[float, float, float, int]], limit: float
) -> set[int]:
    """The owners (the last item of each point of ``points``, `radians_and_cosine` before
    it) of the points within ``limit`` km of (lat, lon): `haversine_from_km`'s very floats,
    its arithmetic written out in the loop (a call per pair was most of the cost), and no
    pair measured for an owner already found."""
    p1, l1 = lat * _RADIANS, lon * _RADIANS
    c1 = _cos(p1)
    found: set[int] = set()
    for p2, l2, c2, owner in points:
        if owner in found:
            continue
        s, t = _sin((p2 - p1) / 2), _sin((l2 - l1) / 2)
        a = s * s + c1 * c2 * (t * t)
        a = 0.0 if a < 0.0 else (1.0 if a > 1.0 else a)  # (min(max(a, 0.0), 1.0))
        if _DIAMETER_KM * _asin(_sqrt(a)) <= limit:
            found.add(owner)
    return found


def nearest_other_km(
    lat: float, lon: float, own: int, points: Iterable[tuple[float, float, float, int]]
) -> float:
    """km from (lat, lon) to the closest of ``points`` (`radians_and_cosine` and an id)
    whose id is not ``own``; ``math.inf`` when there is none. `haversine_from_km`'s very
    floats, its arithmetic written out in the loop."""
    p1, l1 = lat * _RADIANS, lon * _RADIANS
    c1 = _cos(p1)
    best = math.inf
    for p2, l2, c2, other in points:
        if other == own:
            continue
        s, t = _sin((p2 - p1) / 2), _sin((l2 - l1) / 2)
        a = s * s + c1 * c2 * (t * t)
        a = 0.0 if a < 0.0 else (1.0 if a > 1.0 else a)  # (min(max(a, 0.0), 1.0))
        d = _DIAMETER_KM * _asin(_sqrt(a))
        if d < best:
            best = d
    return best

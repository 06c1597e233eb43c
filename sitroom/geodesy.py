"""Distances on the Earth, written once for every stage (geo, fusion, watch rules, eval)."""

from __future__ import annotations

import math

#: Mean Earth radius (IUGG), kilometres.
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def haversine_matrix_km(lats1, lons1, lats2, lons2):
    """Great-circle distances in kilometres from every point of the first list to every
    point of the second (degrees in, a ``len1 × len2`` numpy array out), in one pass."""
    import numpy as np  # only the geo ranker needs it; the store writer imports this module

    lat1 = np.radians(np.asarray(lats1, dtype=float))[:, None]
    lon1 = np.radians(np.asarray(lons1, dtype=float))[:, None]
    lat2 = np.radians(np.asarray(lats2, dtype=float))[None, :]
    lon2 = np.radians(np.asarray(lons2, dtype=float))[None, :]
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))

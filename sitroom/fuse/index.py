"""The time × space box an event occupies for candidate lookup (any store's spatial index).

Each event is indexed as the box its own precision allows (± days by time_precision,
± km by geo_precision) and queried with the mention's box. Two boxes meet whenever the
pair lies within the sum of both tolerances, a superset of what `compare` accepts (the
coarser tolerance, or twice it inside one admin1 region), so no admissible candidate is
missed and a precise event only meets events near it.
"""

from __future__ import annotations

import hashlib
import math
from datetime import date, timedelta

from sitroom.fuse.config import load_config
from sitroom.model import Event

KM_PER_DEGREE = 110.0  # a little under the true 111.2, so boxes err wide

Box = tuple[float, float, float, float, float, float]  # min_day, max_day, lat, lat, lon, lon


def rtree_id(event_id: str) -> int:
    """A stable 63-bit integer key for an event id (R*Tree rows are keyed by integers)."""
    return int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=8).digest(), "big") >> 1


def day_window(event: Event) -> tuple[date, date]:
    days = load_config().max_days(event.time_precision)
    assert event.event_date is not None
    return event.event_date - timedelta(days=days), event.event_date + timedelta(days=days)


def event_box(event: Event) -> Box | None:
    """(min_day, max_day, min_lat, max_lat, min_lon, max_lon), or None without date or place."""
    if event.event_date is None or event.latitude is None or event.longitude is None:
        return None
    cfg = load_config()
    km = cfg.max_km(event.geo_precision)
    if event.geo_precision >= 3:
        km *= 2  # same-admin1 allowance in compare()
    days = cfg.max_days(event.time_precision)
    day = event.event_date.toordinal()
    dlat = km / KM_PER_DEGREE
    dlon = km / (KM_PER_DEGREE * max(0.05, math.cos(math.radians(event.latitude))))
    return (
        float(day - days),
        float(day + days),
        event.latitude - dlat,
        event.latitude + dlat,
        event.longitude - dlon,
        event.longitude + dlon,
    )

"""The time × space box an event occupies for candidate lookup (any store's spatial index).

Each event is indexed as the box its own precision allows (± days by time_precision,
± km by geo_precision) and queried with the mention's box. Two boxes meet whenever the
pair lies within the sum of both tolerances, a superset of what `compare` accepts (the
coarser tolerance, or twice it inside one admin1 region), so no admissible candidate is
missed and a precise event only meets events near it.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from sitroom.fuse.config import load_config
from sitroom.fuse.match import country_level
from sitroom.model import Event
from sitroom.store.base import Box, NearQuery

KM_PER_DEGREE = 110.0  # a little under the true 111.2, so boxes err wide
#: Lock cells: degrees of latitude and longitude by days. A precise event's lookup box
#: overlaps one or two cells, a province-level one a few dozen.
CELL_DEGREES = 2.0
CELL_DAYS = 14


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


def group_box(record: Event, mentions: list[Event]) -> Box | None:
    """The box an event of several reports is indexed under: its canonical record's, grown
    to cover each report's, so a later report near any of them finds it."""
    boxes = [b for b in (event_box(e) for e in [record, *mentions]) if b is not None]
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        max(b[1] for b in boxes),
        min(b[2] for b in boxes),
        max(b[3] for b in boxes),
        min(b[4] for b in boxes),
        max(b[5] for b in boxes),
    )


def near_queries(event: Event) -> list[NearQuery]:
    """What to ask a store for this mention's candidates: the events its time × space box
    meets, and the events of its country in its date window that could contain it or that
    it could contain (a country-level report of a village-level event, and back)."""
    if event.event_date is None:
        return []
    out = []
    box = event_box(event)
    if box is not None:
        out.append(NearQuery(box=box))
    if event.country:
        first, last = day_window(event)
        coarse = country_level(event)
        out.append(NearQuery(country=event.country, first=first, last=last, coarse_only=not coarse))
    return out


def lock_cells(event: Event) -> list[tuple[object, ...]]:
    """The space-time cells a mention's lookup box overlaps (what its save must lock).

    A store returns stored events whose box meets the mention's box; two mentions whose
    boxes meet share every cell their overlap lies in, so two writers that could fuse one
    event always wait for each other. Longitude cells wrap at the antimeridian. Without
    coordinates, lookup is by country and dates, and so is the lock.
    """
    box = event_box(event)
    if box is not None:
        min_day, max_day, min_lat, max_lat, min_lon, max_lon = box
        weeks = _span(min_day, max_day, CELL_DAYS)
        lats = _span(min_lat, max_lat, CELL_DEGREES)
        n_lon = round(360 / CELL_DEGREES)
        lons = sorted({c % n_lon for c in _span(min_lon, max_lon, CELL_DEGREES)})
        cells = [("box", la, lo, w) for w in weeks for la in lats for lo in lons]
    else:
        cells = []
    if event.event_date is not None and event.country:  # the country lookup's scope
        first, last = day_window(event)
        weeks = _span(first.toordinal(), last.toordinal(), CELL_DAYS)
        cells += [("country", event.country, w) for w in weeks]
    return cells


def _span(low: float, high: float, size: float) -> range:
    return range(math.floor(low / size), math.floor(high / size) + 1)

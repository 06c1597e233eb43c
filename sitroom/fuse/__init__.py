"""Fusion: one canonical record per real-world event, however many reports describe it.

A mention merges into a stored event when the type family agrees, the dates overlap
within their precision, the places lie within a distance that grows with geo_precision,
and the actors do not contradict each other. Each decision carries a reason string so
that `sitroom why EVENT_ID` can explain it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from sitroom.model import Event

#: How far apart two places may be and still be "the same place", by the coarser geo_precision.
MAX_KM_BY_PRECISION = {1: 10.0, 2: 40.0, 3: 100.0}
#: How many days apart two dates may be, by the coarser time_precision.
MAX_DAYS_BY_PRECISION = {1: 1, 2: 7, 3: 31}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def type_family(event: Event) -> str:
    """Event type, or the PLOVER type for records ACLED would not code."""
    return event.event_type or f"plover:{event.plover_type}"


def _actors_compatible(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return True
    return a.startswith("Unidentified") or b.startswith("Unidentified")


def compare(mention: Event, stored: Event) -> tuple[float, str]:
    """A score in [0, 1] (0 = different events) and the reason for it."""
    if mention.article_id and mention.article_id == stored.article_id:
        return 0.0, "same article"
    if type_family(mention) != type_family(stored):
        return 0.0, "different event type"
    if mention.status != stored.status:
        return 0.0, "one is background, the other new"
    if mention.event_date is None or stored.event_date is None:
        return 0.0, "missing date"
    days = abs((mention.event_date - stored.event_date).days)
    max_days = MAX_DAYS_BY_PRECISION.get(max(mention.time_precision, stored.time_precision), 31)
    if days > max_days:
        return 0.0, f"dates {days} days apart (limit {max_days})"
    if None in (mention.latitude, mention.longitude, stored.latitude, stored.longitude):
        return 0.0, "missing coordinates"
    km = haversine_km(mention.latitude, mention.longitude, stored.latitude, stored.longitude)
    max_km = MAX_KM_BY_PRECISION.get(max(mention.geo_precision, stored.geo_precision), 100.0)
    if km > max_km:
        return 0.0, f"places {km:.0f} km apart (limit {max_km:.0f})"
    if not _actors_compatible(mention.actor1, stored.actor1):
        return 0.0, "different perpetrators"
    if not _actors_compatible(mention.actor2, stored.actor2):
        return 0.0, "different targets"
    score = 1.0 - 0.5 * (km / max_km) - 0.3 * (days / max(1, max_days))
    if mention.sub_event_type == stored.sub_event_type:
        score += 0.1
    reason = (
        f"same type ({type_family(stored)}), dates {days} d apart (≤{max_days}),"
        f" places {km:.1f} km apart (≤{max_km:.0f}), actors compatible"
    )
    return max(0.01, min(1.0, score)), reason


def choose_match(mention: Event, candidates: Iterable[Event]) -> tuple[Event | None, str]:
    """The stored event this mention describes, if any, with the reason."""
    best: tuple[float, Event | None, str] = (0.0, None, "no stored event nearby")
    for stored in candidates:
        score, reason = compare(mention, stored)
        if score > best[0]:
            best = (score, stored, reason)
    return best[1], best[2]


def merge_into(stored: Event, mention: Event, source_count: int) -> Event:
    """The canonical record after adding a mention: keep the more precise value per field."""
    merged = stored.copy()
    if mention.geo_precision < stored.geo_precision and mention.latitude is not None:
        for f in ("latitude", "longitude", "location", "admin1", "admin2", "admin3",
                  "geo_precision", "country", "iso", "region"):
            setattr(merged, f, getattr(mention, f))
    if mention.time_precision < stored.time_precision and mention.event_date:
        merged.event_date, merged.year = mention.event_date, mention.year
        merged.time_precision = mention.time_precision
    for f in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        if not getattr(merged, f) or getattr(merged, f).startswith("Unidentified"):
            if getattr(mention, f):
                setattr(merged, f, getattr(mention, f))
    merged.fatalities = max(stored.fatalities, mention.fatalities)
    merged.fatalities_high = max(stored.fatalities_high, mention.fatalities_high)
    merged.injuries = max(stored.injuries, mention.injuries)
    sources = [s for s in stored.source.split("; ") if s]
    if mention.source and mention.source not in sources:
        sources.append(mention.source)
    merged.source = "; ".join(sources)
    merged.confidence = min(1.0, max(stored.confidence, mention.confidence) + 0.05)
    _ = source_count
    return merged

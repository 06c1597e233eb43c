"""Fusion: one canonical record per real-world event, however many reports describe it.

A mention merges into a stored event when the type family agrees, the dates overlap
within their precision, the places lie within a distance that grows with geo_precision,
and the actors do not contradict each other (`match`). The canonical record takes the
best-supported value per field over all mentions (`merge`). Syndicated copies of an
article are caught before extraction (`neardup`). Trends, lulls and escalation are pure
functions over events (`trends`); watch rules fire alerts on ingest (`alerts`).
"""

from sitroom.fuse.match import Decision, choose_match, compare, haversine_km, rank, type_family
from sitroom.fuse.merge import canonical, merge_into

__all__ = [
    "Decision",
    "canonical",
    "choose_match",
    "compare",
    "haversine_km",
    "merge_into",
    "rank",
    "type_family",
]

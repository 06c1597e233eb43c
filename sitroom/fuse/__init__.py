"""Fusion: one canonical record per real-world event, however many reports describe it.

A mention merges into a stored event when a pairwise model (`model`) over agreement
features (`features`: dates within their precision, places by containment and distance
scaled by geo_precision, actors, sub-types, tolls, shared words) scores it at or above
its threshold; `cluster` groups mentions the same way whatever order they arrive in.
The canonical record takes the best-supported value per field over all mentions (`merge`). Syndicated copies of an
article are caught before extraction (`neardup`). Storing an article is fusing it: `save`
runs that transaction over any store's primitives (`backend`). Trends, lulls and
escalation are pure functions over events (`trends`); watch rules fire alerts (`alerts`).
"""

from sitroom.fuse.match import type_family
from sitroom.fuse.merge import canonical, merge_into
from sitroom.fuse.save import candidates_near, save, save_many

__all__ = [
    "candidates_near",
    "canonical",
    "merge_into",
    "save",
    "save_many",
    "type_family",
]

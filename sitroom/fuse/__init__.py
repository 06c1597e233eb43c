"""Fusion: one canonical record per real-world event, however many reports describe it.

A mention merges into a stored event when the type family agrees, the dates overlap
within their precision, the places lie within a distance that grows with geo_precision,
and the actors do not contradict each other (`match`). The canonical record takes the
best-supported value per field over all mentions (`merge`). Syndicated copies of an
article are caught before extraction (`neardup`). Storing an article is fusing it: `save`
runs that transaction over any store's primitives (`backend`). Trends, lulls and
escalation are pure functions over events (`trends`); watch rules fire alerts (`alerts`).
"""

from sitroom.fuse.match import Decision, choose_match, compare, rank, type_family
from sitroom.fuse.merge import canonical, merge_into
from sitroom.fuse.save import candidates_near, save, save_many

__all__ = [
    "Decision",
    "candidates_near",
    "canonical",
    "choose_match",
    "compare",
    "merge_into",
    "rank",
    "save",
    "save_many",
    "type_family",
]

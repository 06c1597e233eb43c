"""Each report read with its outlet's home area, learned from what the store already holds
of that outlet (`sitroom.geo.home_area`): a local paper's "Springfield" is its own.

Every stored event the outlet reported votes once, at its place, as surely as that place
is precise (a town fully, a district by half; a province or country not at all). An
outlet the store does not know yet, or whose events lie everywhere, has no home, and its
reports are read as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sitroom.geo.home_area import MAX_REPORTS, HomeArea, Vote, learn_home
from sitroom.model import Article

#: How surely an event's place says where its outlet is, by ACLED's geo_precision.
PRECISION_WEIGHT = {1: 1.0, 2: 0.5}


def event_votes(events: Iterable[Any]) -> list[tuple[Vote, ...]]:
    """One report per stored event: its place, weighted by its precision."""
    out = []
    for e in events:
        weight = PRECISION_WEIGHT.get(getattr(e, "geo_precision", None) or 0, 0.0)
        lat, lon = getattr(e, "latitude", None), getattr(e, "longitude", None)
        if weight and lat is not None and lon is not None:
            out.append((Vote(float(lat), float(lon), weight),))
    return out


def outlet_home(store: Any, source: str) -> HomeArea | None:
    """The home area of one outlet from its stored events (None when it has none)."""
    from sitroom.store.base import EventFilter

    if not source.strip():
        return None
    flt = EventFilter(source=source)
    latest = max(0, store.count_events(flt) - MAX_REPORTS)  # events come oldest first
    return learn_home(event_votes(store.events(flt, limit=MAX_REPORTS, offset=latest)))


#: A run learns an outlet's home again when it has read this many of its reports, then twice
#: as many, and so on: an archive of one local paper ingested in one run gets a home once its
#: first reports are stored, at a few store queries per outlet.
RELEARN_FIRST = 8


class OutletHomes:
    """Each outlet's home, learned from the store when one of its reports is first read in a
    run, and again after `RELEARN_FIRST`, then twice as many, of its reports (what the store
    holds by then: the reports before them, as far as they are stored)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.homes: dict[str, HomeArea | None] = {}
        self.read_count: dict[str, int] = {}

    def read(self, article: Article) -> Article:
        """The article with its outlet's home (as it was, when the outlet has none)."""
        source = article.source
        if not source or article.home is not None:
            return article
        seen = self.read_count.get(source, 0)
        self.read_count[source] = seen + 1
        if seen == 0 or (seen >= RELEARN_FIRST and seen & (seen - 1) == 0):  # 0, 8, 16, 32, ...
            self.homes[source] = outlet_home(self.store, source)
        home = self.homes[source]
        return replace(article, home=(home.lat, home.lon)) if home is not None else article


def with_homes(items: list[Any], store: Any) -> list[Any]:
    """The batch's articles, each with its outlet's home (anything else unchanged)."""
    homes = OutletHomes(store)
    return [homes.read(i) if isinstance(i, Article) else i for i in items]

"""The curated prior of a candidate place (`score`): its size and kind, the kind word and
the container the text names, how much the article is about its country and province,
and how close it lies to the article's other places and to its anchor. The trained ranker
(`sitroom.geo.ranker`) reads it as one feature and sums it from these parts itself."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from sitroom.geo.containment import outside
from sitroom.geo.context import KIND_CODES, POPULATED
from sitroom.geo.gazetteer import SITE_CODES, Hit, km

if TYPE_CHECKING:
    from sitroom.geo.context import ArticleContext, Mention


def size_prior(hit: Hit) -> float:
    """Prior from size and kind: countries and admin1 names are usually meant as such."""
    if hit.is_country:
        return 9.0
    if hit.fcode == "ADM1":
        return 6.0
    if hit.curated:
        return 5.5
    if hit.fcode in ("ADM2", "ADM3"):
        return 3.0
    bonus = 1.0 if hit.fcode == "PPLC" else 0.0
    return math.log10(hit.population + 10) + bonus


def kind_score(hit: Hit, kind: str) -> float:
    """The kind word the text uses ("district", "village", "air base") against the row's class."""
    if not kind:
        return 0.0
    codes = KIND_CODES.get(kind)
    if kind == "container":
        return 3.0 if hit.fcode in codes else 0.0
    if codes is not None:
        if hit.fcode in codes:
            return 6.0
        if kind in ("base", "camp", "crossing", "field") and hit.level == 3:
            return 1.0  # "the Taji base" → the town of Taji is still close
        return -3.0 if kind == "admin1" and hit.level == 3 else -1.0
    if kind in POPULATED:
        return 2.0 if hit.level == 3 and hit.fcode not in SITE_CODES else -2.0
    return 0.0


def container_score(hit: Hit, container: Hit | None) -> float:
    """A named container must hold the place: same country, same admin1 or close by."""
    if container is None or container.level >= hit.level:
        return 0.0  # not larger than the candidate: a list or a mis-read, not a container
    if container.cc != hit.cc:
        return -20.0
    if container.is_country:
        return 3.0
    if container.level == 1 and container.name and container.name in (hit.admin1, hit.name):
        return 6.0
    if container.level == 2 and container.name in (hit.admin2, hit.name):
        return 6.0
    if outside(hit, container):
        return -20.0
    d = km(hit.lat, hit.lon, container.lat, container.lon)
    return 4.0 if d < 60 else (2.0 if d < 150 else -4.0)


def context_score(
    hit: Hit, ctx: ArticleContext, nearest: float | None = None, share: float | None = None,
    in_admin1: bool | None = None,
) -> float:
    """How much the article is about the place's country and province, and how close its
    other places lie (``in_admin1``: whether the article counts its province, if read)."""
    if not ctx.countries:
        return 0.0
    share = ctx.share(hit.cc) if share is None else share
    score = (3.0 + 4.0 * share) if share > 0 else -3.0
    if in_admin1 is None:
        in_admin1 = bool(hit.admin1 and ctx.admin1s.get((hit.cc, hit.admin1)))
    if in_admin1:
        score += 2.5
    if nearest is None:
        others = [a for a in ctx.anchors if a.id != hit.id]
        nearest = min((km(hit.lat, hit.lon, a.lat, a.lon) for a in others), default=None)
    if nearest is not None and hit.level >= 2:
        score += 2.0 if nearest < 50 else (1.0 if nearest < 200 else 0.0)
    return score


def score(
    hit: Hit, mention: Mention, ctx: ArticleContext, anchor: Hit | None = None, nearest: float | None = None
) -> float:
    """The curated prior; ``nearest``: km to the article's closest other place, if known."""
    far = km(hit.lat, hit.lon, anchor.lat, anchor.lon) if anchor is not None and anchor.id != hit.id else None
    return scored(hit, mention, ctx, mention.container.resolved if mention.container else None, nearest, far)


def scored(
    hit: Hit, mention: Mention, ctx: ArticleContext, container: Hit | None, nearest: float | None,
    anchor_km: float | None, share: float | None = None,
) -> float:
    """`score` from what the ranker's features have already read: the resolved
    ``container``, km to the anchor (None: none, or the anchor itself) and the country's
    ``share`` of the article (None: read it here)."""
    s = size_prior(hit) + (2.0 if hit.primary else 0.0)
    s += kind_score(hit, mention.kind)
    s += container_score(hit, container)
    s += context_score(hit, ctx, nearest, share)
    if anchor_km is not None:
        s += anchor_score(anchor_km)
    return s


def anchor_score(anchor_km: float) -> float:
    """How the distance to the article's anchor place bears on a candidate: near it is
    likely, far from it unlikely."""
    return 4.0 if anchor_km < 80 else (1.0 if anchor_km < 200 else -2.0)

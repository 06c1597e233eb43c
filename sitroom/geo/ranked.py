"""An article's rankings of its names' candidate pools (`ranked_order`), by the trained
ranker (`sitroom.geo.ranker`).

A pool is ranked again and again within an article: the second pass asks every name
again, a name the article repeats is asked per mention, and each time the article's frame
(its country and province weights, its places) has moved a little. Most of a pool's
feature rows read only what stays as it was: the places, the name, its kind word, its
resolved container and anchor, the article's support, actors and local words. Those
columns, standardised as the ranker reads them, are kept per pool (`_Parts`); a pool asked
again works out only the columns that read the frame (`DYNAMIC`: the country's share and
absence, the province, the nearest other place, the curated prior, the large units of the
name, a capital in the frame) and puts them in a copy of the kept matrix: the very floats
a fresh `feature_rows` and `Ranker.scores` give (each element standardised alike, the
same matrix product), so the same order.
"""

from __future__ import annotations

import math
import operator
from types import SimpleNamespace
from typing import TYPE_CHECKING

import numpy as np

from sitroom.geo.gazetteer import Hit, km
from sitroom.geo.normalize import name_key
from sitroom.geo.prior import anchor_score, container_score, context_score, kind_score
from sitroom.geo.ranker import (
    FEATURES,
    Ranker,
    _big_units,
    _own,
    _unit_namesake_town,
    feature_rows,
    nearest_km,
)

if TYPE_CHECKING:
    from sitroom.geo.context import ArticleContext, Mention

#: The features that read the article's frame of the moment, in the order `_Parts.dynamic`
#: writes them; every other column of a pool's rows stays as it was while the pool, the
#: name, its kind word, container and anchor and the article's support, actors and local
#: words do.
DYNAMIC_FEATURES = (
    "country_share",
    "country_absent",
    "admin1_in_article",
    "nearest_place_log_km",
    "no_other_places",
    "prior",
    "unit_namesake_town",
    "capital_in_frame",
)
DYNAMIC = np.array([FEATURES.index(f) for f in DYNAMIC_FEATURES], dtype=np.intp)


def ranked_order(
    pool: tuple[Hit, ...], mention: Mention, ctx: ArticleContext, anchor: Hit | None, ranker: Ranker
) -> list[int]:
    """The indices of ``pool`` best first by ``ranker``. The rows read only the places'
    fields, the name, its kind word and resolved container, the anchor and, of the article,
    its country and province weights, its places (`nearest_km`) and what stays the same for
    the article (its support, actors, local words): a pool asked again with all of them as
    they were (the second pass asks every name again, a name the article repeats is asked
    per mention) is read from the article's ``rankings``, not built and scored again (the
    same rows: the same order); one asked again in a frame that moved is scored from its
    kept columns (`pool_scores`)."""
    container = mention.container.resolved if mention.container else None
    anchors = ctx.anchors
    ids = tuple([h.id for h in pool])
    key = (
        ids, mention.kind, mention.text, container and container.id,
        anchor and anchor.id, len(anchors), tuple(ctx.countries.items()), tuple(ctx.admin1s.items()),
    )
    # (the places compared in full, each mostly the very record asked before: ids keyed)
    asked = (pool, container, anchor, ctx.support, ctx.actors, ctx.wording, anchors, ranker)
    found = ctx.rankings.get(key)
    if found is not None and found[0][:3] == asked[:3] and all(map(operator.is_, found[0][3:], asked[3:])):
        return found[1]
    scores = pool_scores(pool, mention, ctx, anchor, ranker, container, ids)
    order = scores.argsort()[::-1].tolist()  # (Python ints: no numpy scalar per index)
    ctx.rankings[key] = (asked, order)
    return order


def pool_scores(
    pool: tuple[Hit, ...], mention: Mention, ctx: ArticleContext, anchor: Hit | None, ranker: Ranker,
    container: Hit | None, ids: tuple[int, ...] | None = None,
) -> np.ndarray:
    """``ranker.scores(feature_rows(...))`` of the pool (``container``: the mention's,
    resolved), its frame-free columns read from the article's ``pool_parts`` when the pool
    was scored before with the same name, kind word, container, anchor, support, actors,
    local words and ranker (``ids``: the pool's place ids, when the caller has them)."""
    near = nearest_km(pool, ctx.anchors)
    key = (ids or tuple([h.id for h in pool]), mention.kind, mention.text, container and container.id, anchor and anchor.id)
    asked = (pool, container, anchor, ctx.support, ctx.actors, ctx.wording, ranker)
    kept = ctx.pool_parts.get(key)
    if kept is None or not (kept.asked[:3] == asked[:3] and all(map(operator.is_, kept.asked[3:], asked[3:]))):
        x = ranker.standardized(feature_rows(pool, mention, ctx, anchor, near))
        ctx.pool_parts[key] = _Parts(asked, x)
        return x @ ranker.coef + ranker.intercept
    z = kept.x.copy()
    z[:, DYNAMIC] = ranker.standardized(kept.dynamic(mention, ctx, near), DYNAMIC)
    return z @ ranker.coef + ranker.intercept


class _Parts:
    """A pool's standardised rows as first built (``x``; its frame-free columns hold) and,
    once it is asked again, what its frame columns read of each place (`_readings`)."""

    __slots__ = ("asked", "x", "_read")

    def __init__(self, asked: tuple, x: np.ndarray) -> None:
        self.asked, self.x = asked, x
        self._read: tuple[list[tuple], list[Hit], str] | None = None

    def _readings(self, mention: Mention) -> tuple[list[tuple], list[Hit], str]:
        """Per place: (the place, its country, its province, the curated prior's frame-free
        part summed in `feature_rows`' order, the anchor's bonus or None, a capital by its
        own name); the pool's named first-level units and the name's key (`_big_units`)."""
        if self._read is None:
            pool, container, anchor = self.asked[:3]
            kind, rows, units = mention.kind, [], []
            for hit in pool:
                prior = _own(hit)[1]
                if kind:
                    prior += kind_score(hit, kind)
                if container is not None:
                    prior += container_score(hit, container)
                bonus = None
                if anchor is not None and anchor.id != hit.id:
                    bonus = anchor_score(km(hit.lat, hit.lon, anchor.lat, anchor.lon))
                rows.append((hit, hit.cc, hit.admin1, prior, bonus, hit.fcode == "PPLC" and hit.primary))
                if hit.level == 1 and hit.primary and hit.fclass == "A" and hit.admin1:
                    units.append(hit)  # (as `ranker._shared` collects them)
            self._read = (rows, units, name_key(mention.text))
        return self._read

    def dynamic(self, mention: Mention, ctx: ArticleContext, near: list[float | None]) -> list[list[float]]:
        """The `DYNAMIC` columns of each row in the article's frame of the moment, as
        `feature_rows` writes them (``near``: `nearest_km` of the pool)."""
        rows, units, own = self._readings(mention)
        countries, admin1s, log1p = ctx.countries, ctx.admin1s, math.log1p
        counted = bool(countries)
        total = ctx.total if countries else 0.0
        big = _big_units(units, own, ctx) if units else frozenset()
        shared = SimpleNamespace(big_units=big)  # (what `_unit_namesake_town` reads)
        out = []
        for (hit, cc, admin1, prior, bonus, capital), nearest in zip(rows, near, strict=True):
            share = countries.get(cc, 0) / total if total else 0.0
            in_admin1 = bool(admin1 and admin1s.get((cc, admin1)))
            if counted:
                prior += context_score(hit, ctx, nearest, share, in_admin1)
            if bonus is not None:
                prior += bonus
            out.append([
                share,
                float(counted and share == 0),
                float(in_admin1),
                log1p(nearest if nearest < 20_000.0 else 20_000.0) if nearest is not None else 0.0,
                float(nearest is None),
                prior,
                _unit_namesake_town(hit, shared) if big else 0.0,  # type: ignore[arg-type]
                float(capital and countries.get(cc, 0) > 0),
            ])
        return out

"""A pool ranked again in a frame that moved is scored from its kept frame-free columns
(`ranked.pool_scores`): the very scores, float for float, that fresh feature rows give,
whatever the frame's countries, provinces and places do in between."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

from sitroom.geo.context import ArticleContext, Mention
from sitroom.geo.ranked import DYNAMIC, DYNAMIC_FEATURES, pool_scores, ranked_order
from sitroom.geo.ranker import FEATURES, default_ranker, feature_rows, nearest_km
from sitroom.geo.support import Support
from tests.geo.helpers import hit

NAMES = ("Springfield", "Alexandria", "San Pedro", "Georgia", "Tripoli", "Paris", "Santa Cruz")


def _plain(pool, mention, ctx, anchor):
    """What ranking the pool from scratch gives."""
    return default_ranker().scores(feature_rows(pool, mention, ctx, anchor, nearest_km(pool, ctx.anchors)))


def _move(ctx: ArticleContext, pools: list[tuple], rng: random.Random) -> None:
    """The frame moves as an article's resolution moves it: a reading counted or taken back."""
    place = rng.choice(rng.choice(pools))
    weight = rng.choice((0.25, 0.5, 1.0, -0.5))
    ctx.countries[place.cc] += weight
    if place.admin1 and place.level >= 1:
        ctx.admin1s[(place.cc, place.admin1)] += weight
    if place.level >= 2 and rng.random() < 0.3 and all(a.id != place.id for a in ctx.anchors):
        ctx.anchors.append(place)


def test_kept_columns_score_as_fresh_rows_in_a_moving_frame(gaz):
    ranker, rng = default_ranker(), random.Random(7)
    pools = [tuple(gaz.lookup(name)) for name in NAMES]
    assert all(len(p) > 1 for p in pools)
    ctx = ArticleContext(countries=Counter({"US": 1.0}))
    ctx.support = Support([*NAMES, "Cairo", "Ohio"], gaz)
    reused = 0
    for _ in range(120):
        pool = rng.choice(pools)
        kind = rng.choice(("", "town", "city", "container", "admin1"))
        mention = Mention(pool[0].name, 0, len(pool[0].name), kind=kind)
        if rng.random() < 0.4:  # "X, <a province>": a container the text names
            mention.container = Mention("Ohio", 20, 24)
            mention.container.resolved = rng.choice([h for h in gaz.lookup("Ohio") if h.level == 1])
        container = mention.container.resolved if mention.container else None
        anchor = rng.choice((None, None, rng.choice(pools)[0]))
        key = (tuple(h.id for h in pool), kind, mention.text, container and container.id, anchor and anchor.id)
        reused += key in ctx.pool_parts
        kept = pool_scores(pool, mention, ctx, anchor, ranker, container)
        assert kept.tobytes() == _plain(pool, mention, ctx, anchor).tobytes()
        assert ranked_order(pool, mention, ctx, anchor, ranker) == _plain(pool, mention, ctx, anchor).argsort()[::-1].tolist()
        _move(ctx, pools, rng)
    assert reused > 30  # (the kept columns were read, not only made)


def test_a_pool_of_other_records_under_the_same_ids_is_built_afresh(gaz):
    """The same place ids with another field (a reading that is not by its own name) make
    other rows: the kept columns are not read for them."""
    ranker = default_ranker()
    pool = (
        hit("Dunmore", "Westmark", 30.2, 70.3, cc="PK", pop=200_000),
        hit("Dunmore", "Eastfold", 10.0, -60.0, cc="CO", pop=900),
        hit("Dunmore", "Dunmore", 31.0, 71.0, fcode="ADM1", cc="PK"),
    )
    other = tuple(replace(h, primary=False) for h in pool)
    ctx = ArticleContext(countries=Counter({"PK": 1.0}))
    ctx.support = Support(["Dunmore", "Westmark"], gaz)
    mention = Mention("Dunmore", 0, 7)
    first = pool_scores(pool, mention, ctx, None, ranker, None)
    ctx.countries["CO"] += 0.5
    again = pool_scores(other, mention, ctx, None, ranker, None)
    assert again.tobytes() == _plain(other, mention, ctx, None).tobytes()
    assert again.tobytes() != first.tobytes()


def test_the_frame_columns_are_named_features():
    assert [FEATURES[i] for i in DYNAMIC] == list(DYNAMIC_FEATURES)

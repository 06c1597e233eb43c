"""Armies act abroad, but also at home: a name the article's armies could be acting on in
their own country is read there rather than in a third country ("the Lebanese army
clashed with gunmen in Tripoli" is Lebanon's Tripoli, not Libya's; "Jordanian soldiers
near Karak" is Jordan's Karak, not Pakistan's), when the article names no other country
and the reading at home is not the far smaller place. A reading in the country of the
article's police, officials or residents, or in a country it names, is never moved
(`sitroom.geo.loose.at_home` reads those homes)."""

from __future__ import annotations

from collections.abc import Sequence

from sitroom.geo.containment import holds_inner, outside
from sitroom.geo.context import ArticleContext
from sitroom.geo.gazetteer import Hit
from sitroom.geo.thresholds import threshold

#: A reading at home gives way to one abroad this many times as populous.
HOME_FAR_RATIO = threshold("alternate_far_ratio")


#: A country counts as named by the article at this weight in its frame: one name read as
#: a place (a party's or a currency's owner, "US dollar", weighs half of it).
NAMED_WEIGHT = threshold("named_country_weight")


def named_countries(ctx: ArticleContext) -> set[str]:
    """The countries the article names as places (not only as an owner: "the US dollar
    rate", "Turkish drones")."""
    placed = {cc for cc, w in ctx.places.items() if w > 0}
    return placed | {cc for cc, w in ctx.countries.items() if w >= NAMED_WEIGHT}


def forces_at_home(ranked: Sequence[Hit], ctx: ArticleContext) -> Sequence[Hit]:
    """``ranked`` (best first), or only its readings in the armies' countries when the
    best lies in a third country."""
    actors = ctx.actors
    forces = actors.forces - actors.home
    if not forces or len(ranked) < 2:
        return ranked
    named = named_countries(ctx)
    best = ranked[0]
    if best.cc in forces or best.cc in actors.home or best.cc in named:
        return ranked
    if named - forces - actors.home:
        return ranked  # the article names another country: the armies may be there
    ours = [h for h in ranked if h.cc in forces]
    if not ours or max(h.population for h in ours) * HOME_FAR_RATIO < best.population:
        return ranked
    return ours


def vouched(pool: Sequence[Hit], holder: Hit | None, inner: Sequence[Hit]) -> bool:
    """The text's chain already says which reading it means: one lies in the container it
    names, or holds a reading of a name it puts inside ("Ersam (Ansongo, Gao)" is Mali's
    Gao, whatever army is named): no home moves it."""
    if holder is not None and any(not outside(h, holder) for h in pool):
        return True
    return bool(inner) and any(holds_inner(h, inner) for h in pool)  # (no inner name: none holds one)

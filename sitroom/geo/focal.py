"""Where a name the resolver cannot place still lies: the article's own place, as a fallback.

A name no gazetteer row holds ("Wrenfield Lane", "the Old Mill Tavern") or whose rows the
resolver refused (namesakes far from everything the article is about) is not nowhere: it is
in the place the text puts it ("on Wrenfield Lane in Dorchester": Dorchester), else in the
place the article is about. An analyst's tool says so, at a coarse precision and flagged
as a fallback, rather than leaving the name blank (issue 12, Must 2: "fall back to the
lowest known container").

`place_fallbacks` runs after every reading is final and changes none of them: the name's
``resolved`` stays None (no row of its own), its ``fallback`` holds the place it falls back
to. The article's frame (`ArticleContext`) is left as it is, so no other name's reading and
no event record moves (the event stage has its own fallback, `containment.fallback_place`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitroom.geo.gazetteer import Hit, hit_precision

if TYPE_CHECKING:  # (resolve imports this module: no import back into its cycle)
    from sitroom.geo.context import ArticleContext, Mention

#: Where a fallback came from: the container the text puts the name in, or the article's
#: focal place (`focal_place`).
CONTAINER, ARTICLE = "container", "article"


@dataclass(frozen=True)
class Fallback:
    """The place an unplaced name falls back to: never the name's own row."""

    hit: Hit
    precision: int  # ACLED geo_precision: 2 somewhere at a town or district, 3 in a province
    source: str  # CONTAINER or ARTICLE
    via: Mention  # the mention that names the place fallen back to


def placed(m: Mention) -> Hit | None:
    """The mention's place: its own row, else its fallback's (None: placed nowhere)."""
    if m.resolved is not None:
        return m.resolved
    return m.fallback.hit if m.fallback is not None else None


def place_fallbacks(mentions: Sequence[Mention], ctx: ArticleContext) -> None:
    """Give each unplaced located name (not a party's owner, "US forces"; not a name found
    by gazetteer lookup alone) its fallback: its nearest resolved container, else the
    article's focal place. Names the article places nowhere get none."""
    focal: Mention | None | bool = False  # (computed once, when first needed)
    for m in mentions:
        m.fallback = None
        if m.resolved is not None or m.modifier or m.weak:
            continue
        holder = next(m.resolved_containers(), None)
        if holder is not None:
            m.fallback = Fallback(holder.resolved, _coarse(holder.resolved), CONTAINER, holder)
            continue
        if focal is False:
            focal = focal_place(mentions, ctx)
        if focal is not None:
            m.fallback = Fallback(focal.resolved, _coarse(focal.resolved), ARTICLE, focal)


def _coarse(hit: Hit) -> int:
    """A name inside a town or district is near it (2), inside a province in it (3)."""
    return max(2, hit_precision(hit))


def focal_place(mentions: Sequence[Mention], ctx: ArticleContext) -> Mention | None:
    """The place the article is about: the town or admin unit its located names resolve to
    most often (the first named of ties), inside the countries where it places things; a
    country is no focal place (too coarse to say where a street or a venue is)."""
    countries = ctx.event_countries()
    counts: Counter[int] = Counter()
    first: dict[int, Mention] = {}
    for m in mentions:
        hit = m.resolved
        if hit is None or m.modifier or hit.level == 0 or (countries and hit.cc not in countries):
            continue
        counts[hit.id] += 1
        if hit.id not in first or m.start < first[hit.id].start:
            first[hit.id] = m
    if not counts:
        return None
    best = max(counts, key=lambda i: (counts[i], -first[i].start))
    return first[best]

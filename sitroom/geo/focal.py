"""Where a name the resolver cannot place still lies: the article's own place, as a fallback.

A name no gazetteer row holds ("Wrenfield Lane", "the Old Mill Tavern") or whose rows the
resolver refused (namesakes far from everything the article is about) is not nowhere: it is
in the place the text puts it ("on Wrenfield Lane in Dorchester": Dorchester), else in the
place the article is about. An analyst's tool says so, at a coarse precision and flagged
as a fallback, rather than leaving the name blank (issue 12, Must 2: "fall back to the
lowest known container").

The same holds for a name read only as a far namesake that nothing in the article supports:
a small town of the article's country farther than ``fallback_far_km`` from every other
place it names, in an article that dwells on one place (named ``fallback_focal_mentions``
times or more) — the local street or venue named like a town across the country. Its reading
is given up (kept as the fallback's ``refused``) for the article's place.
So is a small reading in another province than the one the article dwells on
(``fallback_province_*``: "a blaze near Brookside" in a Tulsa story read as Brookside,
Delaware) that no other name vouches for, neither its province's name nor a place near it
(`province_strays`).

`given_up_namesakes` runs after every reading is final (`resolve.resolve_all` takes their
readings out of the article's frame), `place_fallbacks` last: it moves no name's reading. A
name that falls back has ``resolved`` None (no row of its own); its ``fallback`` holds the
place it falls back to, flagged and at a coarse precision (the event stage keeps its own
fallback for such names, `containment.fallback_place`, and does not read this one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitroom.geo.gazetteer import SITE_CODES, Hit, hit_precision, km
from sitroom.geo.normalize import name_key
from sitroom.geo.thresholds import threshold

if TYPE_CHECKING:  # (resolve imports this module: no import back into its cycle)
    from sitroom.geo.context import ArticleContext, Mention

#: Where a fallback came from: the container the text puts the name in, or the article's
#: focal place (`focal_place`).
CONTAINER, ARTICLE = "container", "article"
#: A town reading this far (km) from every other place the article names ...
FAR_KM = threshold("fallback_far_km")
#: ... and no larger than this ...
FAR_TOWN = threshold("fallback_far_town")
#: ... in an article whose focal place is named this often is a namesake given up.
FOCAL_MENTIONS = threshold("fallback_focal_mentions")
#: An article dwells on a province that holds this many of its distinct located names ...
PROVINCE_NAMES = threshold("fallback_province_names")
#: ... and this share of those placed in its country; a small reading elsewhere that no
#: other name vouches for (no place this close, km) is given up (`province_strays`).
PROVINCE_SHARE = threshold("fallback_province_share")
PROVINCE_KM = threshold("fallback_province_km")


@dataclass(frozen=True)
class Fallback:
    """The place an unplaced name falls back to: never the name's own row."""

    hit: Hit
    precision: int  # ACLED geo_precision: 2 somewhere at a town or district, 3 in a province
    source: str  # CONTAINER or ARTICLE
    via: Mention  # the mention that names the place fallen back to
    refused: Hit | None = None  # the far namesake the name was read as, given up


def placed(m: Mention) -> Hit | None:
    """The mention's place: its own row, else its fallback's (None: placed nowhere)."""
    if m.resolved is not None:
        return m.resolved
    return m.fallback.hit if m.fallback is not None else None


def place_fallbacks(mentions: Sequence[Mention], ctx: ArticleContext) -> None:
    """Give each unplaced located name (not a party's owner, "US forces"; not a name found
    by gazetteer lookup alone) its fallback: its nearest resolved container, else the
    article's focal place. Names the article places nowhere get none; a far namesake given
    up (`given_up_namesakes`) keeps the fallback it was given."""
    focal: Mention | None | bool = False  # (computed once, when first needed)
    for m in mentions:
        if m.resolved is not None or (m.fallback is not None and m.fallback.refused is not None):
            if m.resolved is not None:
                m.fallback = None
            continue
        m.fallback = None
        if m.modifier or m.weak:
            continue
        holder = next(m.resolved_containers(), None)
        if holder is not None:
            m.fallback = Fallback(holder.resolved, _coarse(holder.resolved), CONTAINER, holder)
            continue
        if focal is False:
            focal = focal_place(mentions, ctx)
        if focal is not None:
            m.fallback = Fallback(focal.resolved, _coarse(focal.resolved), ARTICLE, focal)


def given_up_namesakes(mentions: Sequence[Mention], ctx: ArticleContext) -> list[tuple[Mention, Fallback]]:
    """The names whose reading is a far namesake (`far_namesake`) of an article that dwells
    on one place, each with its fallback to that place (the reading kept as ``refused``);
    the caller takes the readings out of the frame."""
    found = _focal(mentions, ctx)
    given: list[tuple[Mention, Fallback]] = []
    if found is not None and found[1] >= FOCAL_MENTIONS:
        focal = found[0]
        hit = focal.resolved
        given = [
            (m, Fallback(hit, _coarse(hit), ARTICLE, focal, m.resolved))
            for m in mentions
            if far_namesake(m, mentions, hit)
        ]
    taken = {id(m) for m, _ in given}
    return given + [pair for pair in province_strays(mentions) if id(pair[0]) not in taken]


def province_strays(mentions: Sequence[Mention]) -> list[tuple[Mention, Fallback]]:
    """The small readings (`_small_reading`) outside the province the article dwells on
    (`_dwelt_province`) that no other name vouches for, each with its fallback to the
    province's most-named place: a local paper's street, venue or quarter the gazetteer
    lacks, read as a town of its name in another state."""
    focal = _dwelt_province(mentions)
    if focal is None:
        return []
    hit = focal.resolved
    return [
        (m, Fallback(hit, _coarse(hit), ARTICLE, focal, m.resolved))
        for m in mentions
        if m.resolved is not None
        and _small_reading(m)
        and m.resolved.cc == hit.cc
        and m.resolved.admin1 != hit.admin1
        and not _vouched(m, mentions)
    ]


def _small_reading(m: Mention) -> bool:
    """A town or district of at most ``FAR_TOWN`` people (no capital, no site) read for a
    name the text puts in no container and that owns no party."""
    hit = m.resolved
    return not (
        hit is None
        or m.modifier
        or m.container is not None
        or hit.level < 2
        or hit.population > FAR_TOWN
        or hit.fcode == "PPLC"
        or hit.fcode in SITE_CODES
    )


def _dwelt_province(mentions: Sequence[Mention]) -> Mention | None:
    """The mention of the most-named town or district of the province that holds the most
    of the article's distinct located names, when it holds ``PROVINCE_NAMES`` of them and
    ``PROVINCE_SHARE`` of those of its country (small readings elsewhere, which it may give
    up, not counted); None otherwise."""
    names: dict[tuple[str, str], set[str]] = {}
    strays: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        hit = m.resolved
        if hit is None or m.modifier or hit.level < 1 or hit.is_country or not hit.admin1:
            continue
        key = (hit.cc, hit.admin1)
        names.setdefault(key, set()).add(name_key(m.text))
        if _small_reading(m):
            strays.setdefault(key, set()).add(name_key(m.text))
    if not names:
        return None
    best = max(names, key=lambda k: len(names[k]))  # (the first of ties)
    held = len(names[best])
    country = sum(len(names[k] - strays.get(k, set())) for k in names if k[0] == best[0] and k != best)
    if held < PROVINCE_NAMES or held < PROVINCE_SHARE * (held + country):
        return None
    counts: Counter[int] = Counter()
    first: dict[int, Mention] = {}
    for m in mentions:
        hit = m.resolved
        if hit is not None and not m.modifier and hit.level >= 2 and (hit.cc, hit.admin1) == best:
            counts[hit.id] += 1
            first.setdefault(hit.id, m)
    return first[max(counts, key=counts.__getitem__)] if counts else None


def _vouched(m: Mention, mentions: Sequence[Mention]) -> bool:
    """Another name of the article reads as the reading's own province or as a town or
    district within ``PROVINCE_KM`` of it."""
    hit, name = m.resolved, name_key(m.text)
    for o in mentions:
        other = o.resolved
        if other is None or other.is_country or name_key(o.text) == name:
            continue
        if other.level == 1 and (other.cc, other.admin1) == (hit.cc, hit.admin1):
            return True
        if other.level >= 2 and km(hit.lat, hit.lon, other.lat, other.lon) <= PROVINCE_KM:
            return True
    return False


def far_namesake(m: Mention, mentions: Sequence[Mention], focal: Hit) -> bool:
    """``m`` reads as a small town (``FAR_TOWN`` people at most) of the focal place's
    country, with no container in the text, farther than ``FAR_KM`` from every other place
    (a town or an admin unit) the article's other names resolve to."""
    hit = m.resolved
    if (
        hit is None
        or m.modifier
        or m.container is not None
        or hit.level != 3
        or hit.population > FAR_TOWN
        or hit.cc != focal.cc
        or hit.id == focal.id
    ):
        return False
    name = name_key(m.text)
    others = [
        o.resolved for o in mentions if o.resolved is not None and o.resolved.level >= 1 and name_key(o.text) != name
    ]
    return bool(others) and all(km(hit.lat, hit.lon, o.lat, o.lon) > FAR_KM for o in others)


def _coarse(hit: Hit) -> int:
    """A name inside a town or district is near it (2), inside a province in it (3)."""
    return max(2, hit_precision(hit))


def focal_place(mentions: Sequence[Mention], ctx: ArticleContext) -> Mention | None:
    """The place the article is about: the town or admin unit its located names resolve to
    most often (the first named of ties), inside the countries where it places things; a
    country is no focal place (too coarse to say where a street or a venue is)."""
    found = _focal(mentions, ctx)
    return found[0] if found is not None else None


def _focal(mentions: Sequence[Mention], ctx: ArticleContext) -> tuple[Mention, int] | None:
    """`focal_place` and how many of the article's names resolve to it."""
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
    return first[best], counts[best]

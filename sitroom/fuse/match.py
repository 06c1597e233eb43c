"""What fusion's features compare: type families, actors and how precise a place is.

The merge decision itself is the pairwise model's (`sitroom.fuse.model`, over the
features of `sitroom.fuse.features`); these helpers say whether two codings of an
incident can be one (same type family) and how two reports' actors relate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from sitroom.fuse.config import FusionConfig, load_config
from sitroom.model import Event

#: "Civilians (Syria)": ACLED qualifies a generic actor by its nationality in brackets.
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def type_family(event: Event, cfg: FusionConfig | None = None) -> str:
    """The coarse class two reports of one event share even when they code it differently."""
    cfg = cfg or load_config()
    if cfg.crowd_family and _norm_actor(event.actor1) in cfg.crowd_perpetrators:
        return cfg.crowd_family  # a crowd's deed is unrest, however one report typed it
    if event.event_type:
        return cfg.acled_family.get(event.event_type, event.event_type)
    if event.plover_type:
        return cfg.plover_family.get(event.plover_type, f"plover:{event.plover_type}")
    return ""


@lru_cache(maxsize=8192)
def _norm_actor(name: str) -> str:
    """Lower-cased; '' when unidentified. A generic actor ("Civilians (Iran)") loses its
    nationality: victims of several nationalities in one attack are one side; a crowd
    coded as rioters by one report is the protesters of another."""
    name = name.strip().lower()
    if not name or name.startswith("unidentified"):
        return ""
    bare = _QUALIFIER.sub("", name)
    cfg = load_config()
    bare = cfg.crowd_aliases.get(bare, bare)  # rioters and protesters: one crowd
    return bare if bare in cfg.generic_actors else name


@lru_cache(maxsize=65536)
def _same_actor(a: str, b: str) -> bool:
    return a == b or fuzz.token_set_ratio(a, b) >= load_config().actor_similarity


@lru_cache(maxsize=8192)
def _side(main: str, assoc: str) -> tuple[str, ...]:
    """An actor slot with its associated actors, normalized; empty when unknown."""
    names = [_norm_actor(main), *(_norm_actor(a) for a in assoc.split(";"))]
    return tuple(n for n in names if n)


@lru_cache(maxsize=65536)
def _sides_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool | None:
    """None when one side is unknown (no evidence either way), else whether they agree."""
    if not a or not b:
        return None
    return any(_same_actor(x, y) for x in a for y in b)


def actor_relation(
    mention: Event, stored: Event, cfg: FusionConfig | None = None
) -> tuple[int, bool, bool]:
    """(actor matches confirmed, perpetrators contradict, targets contradict).

    An unidentified or missing side contradicts nothing. Battles are symmetric (who is
    actor1 is the coder's choice), so their pair may be read swapped.
    """
    battles = "battles" in (mention.event_type.lower(), stored.event_type.lower())
    return sides_relation(actor_sides(mention), actor_sides(stored), battles)


def actor_sides(event: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The event's two actor slots, each with its associated actors, normalized."""
    return _side(event.actor1, event.assoc_actor_1), _side(event.actor2, event.assoc_actor_2)


def sides_relation(
    mention: tuple[tuple[str, ...], tuple[str, ...]],
    stored: tuple[tuple[str, ...], tuple[str, ...]],
    battles: bool,
) -> tuple[int, bool, bool]:
    """`actor_relation` from both events' `actor_sides` (``battles``: either is a battle)."""
    (m1, m2), (s1, s2) = mention, stored
    straight = (_sides_agree(m1, s1), _sides_agree(m2, s2))
    if False in straight and battles:
        swapped = (_sides_agree(m1, s2), _sides_agree(m2, s1))
        if False not in swapped:
            straight = swapped
    confirmed = sum(1 for x in straight if x)
    return confirmed, straight[0] is False, straight[1] is False


def country_level(event: Event) -> bool:
    """Placed only at its country (a centroid, or no coordinates): 'where' says little."""
    if event.latitude is None or event.longitude is None:
        return True
    if event.geo_precision < 3:
        return False
    return not event.admin1 or event.location.strip().lower() == event.country.strip().lower()

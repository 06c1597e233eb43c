"""Is this mention the same real-world event as that stored one? A score and a reason.

Hard limits first (type family, dates within their precision, places within a distance
that grows with geo_precision, actors that do not contradict); a closeness score after,
so that the best of several admissible candidates wins. Every outcome carries a short
reason in words, stored with the mention and printed by `sitroom why`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from sitroom.fuse.config import FusionConfig, load_config
from sitroom.geodesy import haversine_km
from sitroom.model import Event


@dataclass(frozen=True)
class Decision:
    """The outcome of comparing one mention with one stored event."""

    score: float  # 0 = not the same event; otherwise higher is closer
    reason: str

    @property
    def same(self) -> bool:
        return self.score > 0.0


def type_family(event: Event, cfg: FusionConfig | None = None) -> str:
    """The coarse class two reports of one event share even when they code it differently."""
    cfg = cfg or load_config()
    if event.event_type:
        return cfg.acled_family.get(event.event_type, event.event_type)
    if event.plover_type:
        return cfg.plover_family.get(event.plover_type, f"plover:{event.plover_type}")
    return ""


def _norm_actor(name: str) -> str:
    name = name.strip().lower()
    return "" if not name or name.startswith("unidentified") else name


def _same_actor(a: str, b: str, cfg: FusionConfig) -> bool:
    return a == b or fuzz.token_set_ratio(a, b) >= cfg.actor_similarity


def _side(event: Event, which: int) -> list[str]:
    """An actor slot with its associated actors, normalized; empty when unknown."""
    main = event.actor1 if which == 1 else event.actor2
    assoc = event.assoc_actor_1 if which == 1 else event.assoc_actor_2
    names = [_norm_actor(main), *(_norm_actor(a) for a in assoc.split(";"))]
    return [n for n in names if n]


def _sides_agree(a: list[str], b: list[str], cfg: FusionConfig) -> bool | None:
    """None when one side is unknown (no evidence either way), else whether they agree."""
    if not a or not b:
        return None
    return any(_same_actor(x, y, cfg) for x in a for y in b)


def actors_agree(
    mention: Event, stored: Event, cfg: FusionConfig | None = None
) -> tuple[bool, int, str]:
    """(compatible, number of confirmed actor matches, reason if not compatible).

    Battles are symmetric (who is actor1 is the coder's choice), so the pair may be swapped.
    """
    cfg = cfg or load_config()
    m1, m2, s1, s2 = _side(mention, 1), _side(mention, 2), _side(stored, 1), _side(stored, 2)
    straight = (_sides_agree(m1, s1, cfg), _sides_agree(m2, s2, cfg))
    if False not in straight:
        return True, sum(1 for x in straight if x), ""
    if "battles" in (mention.event_type.lower(), stored.event_type.lower()):
        swapped = (_sides_agree(m1, s2, cfg), _sides_agree(m2, s1, cfg))
        if False not in swapped:
            return True, sum(1 for x in swapped if x), ""
    which = "perpetrators" if straight[0] is False else "targets"
    return False, 0, f"different {which}"


def _place(mention: Event, stored: Event, cfg: FusionConfig) -> tuple[float | None, float, str]:
    """(km apart or None when both lack coordinates, the limit, reason if too far)."""
    coarse = max(mention.geo_precision, stored.geo_precision)
    limit = cfg.max_km(coarse)
    m_has = mention.latitude is not None and mention.longitude is not None
    s_has = stored.latitude is not None and stored.longitude is not None
    if not m_has and not s_has:
        if mention.country and mention.country == stored.country:
            return None, limit, ""
        return None, limit, "no coordinates and different or unknown countries"
    if m_has != s_has:
        return None, limit, "only one has coordinates"
    km = haversine_km(mention.latitude, mention.longitude, stored.latitude, stored.longitude)
    named_apart = coarse == 1 and mention.location and stored.location
    if named_apart and mention.location.lower() != stored.location.lower():
        limit = cfg.km_distinct_exact_places
        if km > limit:
            return (
                km,
                limit,
                (
                    f"two exact places, {mention.location} and {stored.location}, {km:.1f} km apart"
                    f" (limit {limit:.0f} for differently named places)"
                ),
            )
    if km <= limit:
        return km, limit, ""
    same_region = coarse >= 3 and mention.admin1 and mention.admin1 == stored.admin1
    if same_region and km <= 2 * limit:
        return km, 2 * limit, ""
    return km, limit, f"places {km:.0f} km apart (limit {limit:.0f} at geo_precision {coarse})"


def country_level(event: Event) -> bool:
    """Placed only at its country (a centroid, or no coordinates): 'where' says little."""
    if event.latitude is None or event.longitude is None:
        return True
    if event.geo_precision < 3:
        return False
    return not event.admin1 or event.location.strip().lower() == event.country.strip().lower()


def _corroborated(mention: Event, stored: Event) -> bool:
    """The same non-zero toll: what ties reports a day apart (the same actors strike daily)."""
    same_dead = mention.fatalities > 0 and mention.fatalities == stored.fatalities
    same_hurt = mention.injuries > 0 and mention.injuries == stored.injuries
    return same_dead or same_hurt


@dataclass(frozen=True)
class _Closeness:
    days: int
    max_days: int
    coarse_t: int
    km: float | None
    max_km: float


def _screen(mention: Event, stored: Event, cfg: FusionConfig) -> tuple[str, _Closeness | None]:
    """Type family, date and place limits: (reason to reject or "", how close they are)."""
    family = type_family(mention, cfg)
    if not family or family != type_family(stored, cfg):
        other = type_family(stored, cfg) or "?"
        return f"different event type family ({family or '?'} vs {other})", None
    if mention.event_date is None or stored.event_date is None:
        return "missing date", None
    coarse_t = max(mention.time_precision, stored.time_precision)
    if mention.status != stored.status and coarse_t > 1:
        return "a background mention without an exact date", None
    days = abs((mention.event_date - stored.event_date).days)
    max_days = cfg.max_days(coarse_t)
    if days > max_days:
        return f"dates {days} days apart (limit {max_days} at time_precision {coarse_t})", None
    km, max_km, why_not = _place(mention, stored, cfg)
    return why_not, _Closeness(days, max_days, coarse_t, km, max_km)


def screen(mention: Event, stored: Event) -> bool:
    """The cheap part of `compare` (no actors): lets a store skip decoding far candidates."""
    return not _screen(mention, stored, load_config())[0]


def compare(mention: Event, stored: Event, cfg: FusionConfig | None = None) -> Decision:
    """Whether ``mention`` reports the same occurrence as ``stored``, scored in (0, 1]."""
    cfg = cfg or load_config()
    if mention.article_id and mention.article_id == stored.article_id:
        return Decision(0.0, "same article (one report lists distinct events)")
    why_not, close = _screen(mention, stored, cfg)
    if why_not or close is None:
        return Decision(0.0, why_not)
    days, max_days, km, max_km = close.days, close.max_days, close.km, close.max_km
    family = type_family(mention, cfg)
    ok, confirmed, why_not = actors_agree(mention, stored, cfg)
    if not ok:
        return Decision(0.0, why_not)
    vague = country_level(mention) or country_level(stored)
    if vague and not (confirmed or _corroborated(mention, stored)):
        return Decision(0.0, "one is placed only at country level, and no actor or toll ties them")
    if close.coarse_t == 1 and days > 0 and not _corroborated(mention, stored):
        return Decision(
            0.0,
            f"exact dates {days} day apart without the same toll"
            " (daily attacks on one place are common)",
        )
    score = 1.0 - 0.3 * days / max(1, max_days)
    score -= 0.4 * (km / max_km) if km is not None else 0.2
    score += 0.1 * confirmed
    same_type = mention.event_type == stored.event_type
    score += 0.1 if same_type else -0.2
    if mention.sub_event_type and mention.sub_event_type == stored.sub_event_type:
        score += 0.1
    if mention.location and mention.location == stored.location:
        score += 0.05
    score = max(0.0, min(1.0, score))
    where = f"{km:.1f} km apart (≤{max_km:.0f})" if km is not None else "same country"
    reason = (
        f"{'same type' if same_type else 'same family'} ({stored.event_type or family}),"
        f" dates {days} d apart (≤{max_days}), places {where},"
        f" {confirmed} actor(s) confirmed, none contradicting; score {score:.2f}"
    )
    if score < cfg.min_score:
        return Decision(0.0, f"admissible but weak: {reason} < {cfg.min_score:.2f}")
    return Decision(score, reason)


def rank(mention: Event, candidates: Iterable[Event]) -> list[tuple[Event, Decision]]:
    """Every candidate with its decision, best first."""
    cfg = load_config()
    scored = [(c, compare(mention, c, cfg)) for c in candidates]
    return sorted(scored, key=lambda x: (-x[1].score, _apart(mention, x[0])))


def _apart(a: Event, b: Event) -> tuple[int, float]:
    """(days, km) between two events, large when unknown: orders near misses."""
    days = abs((a.event_date - b.event_date).days) if a.event_date and b.event_date else 10**6
    coords = (a.latitude, a.longitude, b.latitude, b.longitude)
    km = haversine_km(*coords) if None not in coords else 1e9
    return days, km


def choose_match(mention: Event, candidates: Iterable[Event]) -> tuple[Event | None, str]:
    """The stored event this mention describes, if any, with the reason in words."""
    ranked = rank(mention, candidates)
    if not ranked:
        return None, "new event: no stored event nearby in time and space"
    best, decision = ranked[0]
    if decision.same:
        return best, f"merged into {best.event_id_cnty}: {decision.reason}"
    return None, (
        f"new event: {len(ranked)} nearby candidate(s), none the same; closest"
        f" {best.event_id_cnty}: {decision.reason}"
    )

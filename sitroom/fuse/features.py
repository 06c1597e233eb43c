"""What two reports of one incident share even when outlets disagree: pairwise features.

Each feature measures agreement in a way that tolerates honest disagreement: dates within
each side's precision plus a night, places by containment and by distance scaled by the
coarser geo_precision, perpetrators and targets that contradict (an unidentified side
contradicts nothing), sub-types within a family, tolls by overlap and by ratio (they rise
as bodies are counted), the words of the sentences each side was read from, and a recall
("came a week after ...") against a report. The model (`sitroom.fuse.model`) weighs them;
`sitroom why` prints them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sitroom.fuse.config import FusionConfig, load_config
from sitroom.fuse.match import actor_sides, country_level, sides_relation, type_family
from sitroom.geodesy import haversine_km
from sitroom.model import TAG_NO_DATE, Event

#: Feature names, in the order the model's weights are stored.
NAMES = (
    "same_type",
    "same_sub",
    "sub_compatible",
    "days",
    "within_dates",
    "exact_days_apart",
    "km_ratio",
    "distinct_places",
    "no_coords",
    "contained",
    "same_country",
    "country_level",
    "same_location",
    "actors_confirmed",
    "perpetrators_conflict",
    "targets_conflict",
    "toll_equal",
    "toll_overlap",
    "toll_close",
    "toll_gap",
    "text_sim",
    "status_differs",
    "after_report",
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DATE_WORD = re.compile(r"[a-z][a-z.\-]*")


def _sub_group(sub: str, cfg: FusionConfig) -> str:
    return cfg.sub_groups.get(sub, sub)


def _days(a: Event, b: Event) -> int:
    if a.event_date is None or b.event_date is None:
        return 99
    return abs((a.event_date - b.event_date).days)


def _date_words(e: Event) -> set[str]:
    found = e.evidence.get("event_date")
    return set(_DATE_WORD.findall(found.text.lower())) if found is not None else set()


def _place(
    a: Event, b: Event, cfg: FusionConfig, coarse: bool | None = None
) -> tuple[float, bool, bool]:
    """(km / limit for the coarser side, either lacks coordinates, one contains the other);
    ``coarse``: either is placed only at its country, when the caller knows it."""
    no_coords = None in (a.latitude, a.longitude, b.latitude, b.longitude)
    ratio = 1.0
    if not no_coords:
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
        ratio = min(3.0, km / cfg.max_km(max(a.geo_precision, b.geo_precision)))
    same_country = bool(a.country) and a.country == b.country
    same_admin1 = same_country and bool(a.admin1) and a.admin1 == b.admin1
    if coarse is None:
        coarse = country_level(a) or country_level(b)
    contained = same_admin1 or (same_country and coarse)
    if contained and coarse:
        ratio = min(ratio, 1.0)  # a country's centroid says nothing of where inside it
    return ratio, no_coords, contained


def _distinct_places(a: Event, b: Event, cfg: FusionConfig) -> bool:
    """Two exact places with different names, further apart than one site named two ways
    or a neighbourhood and its town (Rafah and Khan Younis are two places)."""
    if a.geo_precision != 1 or b.geo_precision != 1 or None in (a.latitude, b.latitude):
        return False
    if not a.location or not b.location or a.location.lower() == b.location.lower():
        return False
    km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)
    return km > cfg.km_distinct_exact_places


def gate(mention: Event, stored: Event, cfg: FusionConfig | None = None) -> bool:
    """Could these be one incident at all? The cheap test before a candidate is decoded:
    one type family, dates within the looser precision plus a night, places close for
    their precision or one containing the other (same admin1 region, or a country-level
    one in the other's country)."""
    cfg = cfg or load_config()
    family = type_family(mention, cfg)
    if not family or family != type_family(stored, cfg):
        return False
    if mention.event_date is None or stored.event_date is None:
        return False
    loose = max(mention.time_precision, stored.time_precision)
    if mention.status != stored.status and loose > 1:
        return False  # a recalled event without an exact date: anything that month matches
    if _days(mention, stored) > cfg.max_days(loose) + cfg.night_days:
        return False
    ratio, no_coords, contained = _place(mention, stored, cfg)
    if no_coords:
        return bool(mention.country) and mention.country == stored.country
    return contained or ratio <= 2.0


def _dated_by_publication(e: Event) -> bool:
    """Dated only by its report's publication day: the incident happened then or before."""
    return TAG_NO_DATE in e.tags and "event_date" not in e.evidence


def _after_report(a: Event, b: Event, a_published: bool, b_published: bool) -> bool:
    """One side states a day later than the other report's publication day (its only
    date, ``*_published``): that report cannot be telling an incident that had not yet
    happened."""
    if a.event_date is None or b.event_date is None:
        return False
    return (a_published and not b_published and b.event_date > a.event_date) or (
        b_published and not a_published and a.event_date > b.event_date
    )


def _tolls(a: Event, b: Event) -> tuple[bool, bool, float]:
    """(same non-zero toll, overlapping non-zero ranges, how far apart the nearest figures
    are in log terms). Tolls rise as bodies are counted (20, then 38, then 74): the gap
    grows with the ratio, not with the difference, and 0 (no figure given) says nothing."""
    if a.fatalities <= 0 or b.fatalities <= 0:
        return False, False, 0.0
    lo_a, hi_a = _range(a)
    lo_b, hi_b = _range(b)
    overlap = lo_a <= hi_b and lo_b <= hi_a
    gap = 0.0 if overlap else math.log(max(lo_a, lo_b) / max(1, min(hi_a, hi_b)))
    return a.fatalities == b.fatalities, overlap, min(3.0, gap)


def _range(e: Event) -> tuple[int, int]:
    low = e.fatalities_low or e.fatalities
    high = max(e.fatalities_high or e.fatalities, e.fatalities)
    return min(low, e.fatalities), high


@lru_cache(maxsize=4096)
def terms(text: str) -> frozenset[str]:
    """Distinctive words of a sentence: lower-cased, not function or stock news words."""
    stop = load_config().stop_words
    return frozenset(
        w for w in (m.lower() for m in _WORD.findall(text)) if len(w) > 2 and w not in stop
    )


def sentence(event: Event) -> str:
    """The sentence the mention was read from (its notes evidence), else its notes."""
    evidence = event.evidence.get("notes")
    return evidence.text if evidence is not None else event.notes


def sentences(event: Event) -> list[str]:
    """Every sentence the mention was assembled from: its own and each merged one."""
    more = [v.text for k, v in sorted(event.evidence.items()) if k.startswith("mention_")]
    return [sentence(event), *more]


def text_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Best Jaccard similarity of distinctive words between any sentence of a and of b."""
    return terms_similarity([terms(x) for x in a], [terms(y) for y in b])


def terms_similarity(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> float:
    """`text_similarity` over each sentence's `terms`, worked out once per mention."""
    best = 0.0
    for tx in a:
        for ty in b:
            if tx and ty:
                best = max(best, len(tx & ty) / len(tx | ty))
    return best


@dataclass(frozen=True)
class Side:
    """What the pair features read of one mention, worked out once: `pair_table` pairs
    each mention with every other one near it."""

    event: Event
    family: str
    slack: int  # days of the date's precision window
    sub_group: str
    location: str  # stripped, lower-cased
    coarse: bool  # placed only at its country
    actors: tuple[tuple[str, ...], tuple[str, ...]]
    battles: bool
    by_publication: bool  # dated only by its report's publication day
    night: bool  # its date's words put it at night ("late Sunday")
    small_hours: bool  # ... or in the small hours ("early Monday")


def side(event: Event, cfg: FusionConfig | None = None) -> Side:
    cfg = cfg or load_config()
    words = _date_words(event)
    return Side(
        event, type_family(event, cfg), cfg.date_slack(event.time_precision),
        _sub_group(event.sub_event_type, cfg), event.location.strip().lower(),
        country_level(event), actor_sides(event), event.event_type.lower() == "battles",
        _dated_by_publication(event), bool(words & cfg.night_words),
        bool(words & cfg.small_hours_words),
    )


def _same_night(a: Side, b: Side, days: int) -> bool:
    """A day apart, and the earlier report puts it at night ("on Sunday night", "late
    Sunday") or the later one in the small hours ("early Monday"): one night, two dates."""
    if days != 1:
        return False
    early, late = (a, b) if a.event.event_date < b.event.event_date else (b, a)
    return early.night or late.small_hours


def features(
    mention: Event, stored: Event, text_sim: float, cfg: FusionConfig | None = None
) -> dict[str, float]:
    """The pairwise features of a mention against a stored (canonical) event."""
    cfg = cfg or load_config()
    return pair_features(side(mention, cfg), side(stored, cfg), text_sim, cfg)


def pair_features(a: Side, b: Side, text_sim: float, cfg: FusionConfig) -> dict[str, float]:
    """`features` of two mentions' `side`s."""
    mention, stored = a.event, b.event
    confirmed, perpetrators, targets = sides_relation(a.actors, b.actors, a.battles or b.battles)
    ratio, no_coords, contained = _place(mention, stored, cfg, a.coarse or b.coarse)
    equal, overlap, gap = _tolls(mention, stored)
    same_sub = bool(mention.sub_event_type) and mention.sub_event_type == stored.sub_event_type
    days = _days(mention, stored)
    window = max(a.slack, b.slack)
    by_publication = a.by_publication, b.by_publication
    return {
        "same_type": float(mention.event_type == stored.event_type),
        "same_sub": float(same_sub),
        "sub_compatible": float(same_sub or a.sub_group == b.sub_group),
        "days": float(min(max(0, days - window), 10)),
        "within_dates": float(days <= window + cfg.night_days),
        # both sides name the day, and not the same one, and no night spans the two: daily
        # strikes on one place (common); the model weighs what else ties them
        "exact_days_apart": float(
            days > 0 and mention.time_precision == stored.time_precision == 1
            and not _same_night(a, b, days)
        ),
        "km_ratio": float(ratio),
        "distinct_places": float(_distinct_places(mention, stored, cfg)),
        "no_coords": float(no_coords),
        "contained": float(contained),
        "same_country": float(bool(mention.country) and mention.country == stored.country),
        "country_level": float(a.coarse or b.coarse),
        "same_location": float(bool(a.location) and a.location == b.location),
        "actors_confirmed": float(confirmed),
        "perpetrators_conflict": float(perpetrators),
        "targets_conflict": float(targets),
        "toll_equal": float(equal),
        "toll_overlap": float(overlap),
        # both give a toll, and one within half again of the other (4 and 5 dead)
        "toll_close": float(mention.fatalities > 0 and stored.fatalities > 0 and gap <= cfg.toll_close),
        "toll_gap": float(gap),
        "text_sim": float(text_sim),
        "status_differs": float(mention.status != stored.status),
        "after_report": float(_after_report(mention, stored, *by_publication)),
    }


def apart_sides(a: Side, b: Side, cfg: FusionConfig) -> bool:
    """Both dated, told as the same kind of news, and further apart than the looser date's
    precision plus a night (a late-night attack is dated the next day by an outlet in
    another time zone): two incidents, never one group (Thursday's strike and Monday's)."""
    x, y = a.event, b.event
    if x.event_date is None or y.event_date is None or x.status != y.status:
        return False
    return _days(x, y) > max(a.slack, b.slack) + cfg.night_days


def describe(values: dict[str, float]) -> str:
    """The features in a short line for `sitroom why` (only those that say something)."""
    parts = []
    for name in NAMES:
        v = values.get(name, 0.0)
        if name in ("days", "km_ratio", "text_sim", "actors_confirmed") or (
            name == "toll_gap" and v
        ):
            parts.append(f"{name}={v:.2f}".rstrip("0").rstrip("."))
        elif v:
            parts.append(name)
    return ", ".join(parts)

"""The canonical record of an event reported by several sources.

Each field takes its best-supported value across the mentions: the most precise date and
place (ties broken by how many sources agree), the majority type and actors, the fatality
figure most sources give (reports as fact before a party's claims; the highest among
equals: a later count), and a confidence that grows with independent sources. Evidence
spans point into one article, so the canonical record keeps those of its representative
mention; every mention keeps its own in the store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence

from sitroom.model import Event

PLACE_FIELDS = (
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "country",
    "iso",
    "region",
    "admin1",
    "admin2",
    "admin3",
)
DATE_FIELDS = ("event_date", "year", "time_precision")
TYPE_FIELDS = ("event_type", "sub_event_type", "disorder_type", "plover_type", "plover_mode")
#: Preference when sources disagree on the claim: a report as fact outranks a party's claim.
CLAIM_ORDER = ("reported", "claimed", "unconfirmed", "denied")


def representative(mentions: Sequence[Event]) -> Event:
    """The most precise, most confident mention (earliest wins ties)."""
    order = sorted(
        range(len(mentions)),
        key=lambda i: (
            mentions[i].geo_precision,
            mentions[i].time_precision,
            -mentions[i].confidence,
            i,
        ),
    )
    return mentions[order[0]]


def _vote(mentions: Sequence[Event], key: Callable[[Event], Hashable]) -> Hashable:
    """The value most mentions give; the first mention's among equals."""
    counts = Counter(key(m) for m in mentions)
    top = max(counts.values())
    return next(key(m) for m in mentions if counts[key(m)] == top)


def _copy_fields(target: Event, source: Event, names: Sequence[str]) -> None:
    for name in names:
        setattr(target, name, getattr(source, name))


def _best_group(
    mentions: Sequence[Event], precision: str, key: Callable[[Event], Hashable]
) -> Event:
    """Among the most precise mentions, the one whose value most of them give."""
    best = min(getattr(m, precision) for m in mentions)
    precise = [m for m in mentions if getattr(m, precision) == best]
    winner = _vote(precise, key)
    return next(m for m in precise if key(m) == winner)


def _actor_slot(
    mentions: Sequence[Event], main: str, assoc: str, inter: str
) -> tuple[str, str, int]:
    known = [
        m for m in mentions if getattr(m, main) and not getattr(m, main).startswith("Unidentified")
    ]
    pool = known or [m for m in mentions if getattr(m, main)]
    if not pool:
        return "", "", 0
    name = _vote(pool, lambda m: getattr(m, main))
    chosen = next(m for m in pool if getattr(m, main) == name)
    assocs: list[str] = []
    for m in pool:
        for a in getattr(m, assoc).split(";"):
            a = a.strip()
            if a and a not in assocs and a != name:
                assocs.append(a)
    return name, "; ".join(assocs), getattr(chosen, inter)


def _fatalities(mentions: Sequence[Event]) -> tuple[int, int, int]:
    """(fatalities, low, high): the figure most reports give, and the range. Among figures
    equally supported, the highest: outlets disagree as a toll rises (bodies found, the
    wounded dying), so the higher figure is the later count. Figures told as fact outrank
    a party's claim ('the rebels said they killed 50'), which still widens the range. A
    report of casualties with no known dead ('killed or injured dozens': 0, high 99) gives
    a bound, not a figure."""
    told = [
        m for m in mentions
        if m.fatalities > 0 or ("fatalities" in m.evidence and not m.fatalities_high)
    ]
    stated = [m.fatalities for m in (_as_fact(told) or told)]
    if not stated:
        return 0, 0, 0
    counts = Counter(stated)
    top = max(counts.values())
    value = max(v for v, c in counts.items() if c == top)
    lows = [m.fatalities_low or m.fatalities for m in mentions if m.fatalities or m.fatalities_low]
    highs = [m.fatalities_high or m.fatalities for m in mentions]
    return value, min(lows, default=value), max(highs, default=value)


def _as_fact(mentions: Sequence[Event]) -> list[Event]:
    """The mentions that report as fact, not as a party's claim (CLAIM_ORDER's first)."""
    return [m for m in mentions if m.claim == CLAIM_ORDER[0]]


def _sources(mentions: Sequence[Event]) -> str:
    """Every outlet once, in alphabetical order (the same whatever order reports came in)."""
    seen = {s.strip() for m in mentions for s in m.source.split(";") if s.strip()}
    return "; ".join(sorted(seen, key=str.lower))


def combined_confidence(values: Sequence[float]) -> float:
    """Independent sources: the chance that not all of them are wrong."""
    miss = 1.0
    for v in values:
        miss *= 1.0 - max(0.0, min(1.0, v))
    return round(1.0 - miss, 4)


def canonical(mentions: Sequence[Event], event_id: str = "") -> Event:
    """One record from all the mentions of an event (in the order they were stored)."""
    if not mentions:
        raise ValueError("canonical() needs at least one mention")
    rep = representative(mentions)
    out = rep.copy()
    out.event_id_cnty = event_id or mentions[0].event_id_cnty
    place = _best_group(mentions, "geo_precision", lambda m: (m.location, m.country))
    _copy_fields(out, place, PLACE_FIELDS)
    when = _best_group(mentions, "time_precision", lambda m: m.event_date)
    _copy_fields(out, when, DATE_FIELDS)
    typed = [m for m in mentions if m.event_type or m.plover_type] or list(mentions)
    kind = _vote(typed, lambda m: (m.event_type, m.sub_event_type))
    _copy_fields(
        out, next(m for m in typed if (m.event_type, m.sub_event_type) == kind), TYPE_FIELDS
    )
    out.actor1, out.assoc_actor_1, out.inter1 = _actor_slot(
        mentions, "actor1", "assoc_actor_1", "inter1"
    )
    out.actor2, out.assoc_actor_2, out.inter2 = _actor_slot(
        mentions, "actor2", "assoc_actor_2", "inter2"
    )
    out.fatalities, out.fatalities_low, out.fatalities_high = _fatalities(mentions)
    injured = [m.injuries for m in mentions if m.injuries]
    out.injuries = Counter(injured).most_common(1)[0][0] if injured else 0
    out.status = "new" if any(m.status == "new" for m in mentions) else rep.status
    claims = {m.claim for m in mentions}
    out.claim = next((c for c in CLAIM_ORDER if c in claims), rep.claim)
    out.source = _sources(mentions)
    out.confidence = combined_confidence([m.confidence for m in mentions])
    out.timestamp = max(m.timestamp for m in mentions)
    return out


def merge_into(stored: Event, mention: Event, source_count: int = 1) -> Event:
    """Two-record merge for callers without the mention history (kept for the store API).

    The stored canonical record counts as ``source_count`` agreeing mentions.
    """
    weight = max(1, source_count)
    return canonical([stored] * weight + [mention], stored.event_id_cnty)

"""Trends over stored events: counts, lulls and resumptions, escalation. Pure functions.

* counts: events per week (Monday-start), type, actor or admin1 region.
* lulls: the gap since the previous event of the same *kind* (actor pair, target, region,
  or any '+'-joined combination); a new event that ends a quiet period longer than a
  threshold is a resumption ("first attack on US forces in Iraq in 87 days").
* quiet periods: the same gaps as spans of time per kind or per watch rule, including the
  one still running at the end of the record (what the web timeline shades).
* escalation: a week whose count exceeds mean + z·sd of the previous `window` weeks.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from sitroom.errors import InputError
from sitroom.model import Event

BY = ("week", "type", "actor", "admin1", "country", "sub_event_type")


def week_start(d: date) -> date:
    """The Monday of d's ISO week."""
    return d - timedelta(days=d.weekday())


def _region(e: Event) -> str:
    return f"{e.admin1}, {e.country}" if e.admin1 else e.country


def group_keys(event: Event, by: str) -> list[str]:
    """The keys an event counts under: one per actor for ``actor``, else exactly one (or none)."""
    if by == "week":
        return [week_start(event.event_date).isoformat()] if event.event_date else []
    if by == "type":
        return [event.event_type] if event.event_type else []
    if by == "sub_event_type":
        return [event.sub_event_type] if event.sub_event_type else []
    if by == "actor":
        return sorted({a for a in (event.actor1, event.actor2) if a})
    if by == "admin1":
        return [_region(event)] if _region(event) else []
    if by == "country":
        return [event.country] if event.country else []
    raise InputError(f"unknown grouping {by!r}: choose one of {', '.join(BY)}")


def counts(events: Iterable[Event], by: str = "week") -> list[tuple[str, int]]:
    """Counts per group: chronological for weeks, largest first otherwise."""
    tally: Counter[str] = Counter()
    for e in events:
        tally.update(group_keys(e, by))
    if by == "week":
        return sorted(tally.items())
    return sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))


# -- lulls and resumptions -------------------------------------------------------------------

#: Parts a lull "kind" is built from; join several with '+', e.g. "target+country".
KIND_PARTS: dict[str, Callable[[Event], str]] = {
    "actor": lambda e: e.actor1,
    "target": lambda e: e.actor2,
    "pair": lambda e: f"{e.actor1} → {e.actor2}" if e.actor1 and e.actor2 else "",
    "type": lambda e: e.event_type,
    "sub_event_type": lambda e: e.sub_event_type,
    "country": lambda e: e.country,
    "admin1": _region,
    "region": _region,
}


def kind_key(event: Event, kind: str) -> str | None:
    """The event's key under a kind, or None when a part is unknown (it cannot end a lull)."""
    parts = []
    for part in kind.split("+"):
        if part not in KIND_PARTS:
            raise InputError(f"unknown lull kind part {part!r}: use {', '.join(KIND_PARTS)}")
        value = KIND_PARTS[part](event)
        if not value:
            return None
        parts.append(value)
    return " | ".join(parts)


@dataclass(frozen=True)
class Gap:
    """The quiet period an event ends: days since the previous event of the same kind."""

    event_id: str
    event_date: date
    kind: str
    key: str
    days: int
    previous_id: str
    previous_date: date

    def describe(self, what: str = "event") -> str:
        return (
            f"first {what} ({self.key}) in {self.days} days: {self.event_id} on"
            f" {self.event_date.isoformat()}, previous {self.previous_id} on"
            f" {self.previous_date.isoformat()}"
        )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["event_date"], d["previous_date"] = (
            self.event_date.isoformat(),
            self.previous_date.isoformat(),
        )
        d["text"] = self.describe()
        return d


def gaps(events: Iterable[Event], kind: str) -> list[Gap]:
    """For every event after the first of its kind: the gap since the previous one."""
    dated = sorted(
        (e for e in events if e.event_date), key=lambda e: (e.event_date, e.event_id_cnty)
    )
    last: dict[str, Event] = {}
    out: list[Gap] = []
    for e in dated:
        key = kind_key(e, kind)
        if key is None:
            continue
        prev = last.get(key)
        if prev is not None:
            out.append(
                Gap(
                    e.event_id_cnty,
                    e.event_date,
                    kind,
                    key,
                    (e.event_date - prev.event_date).days,
                    prev.event_id_cnty,
                    prev.event_date,
                )
            )
        last[key] = e
    return out


def lulls(events: Iterable[Event], kind: str, min_days: int = 30) -> list[Gap]:
    """Resumptions: events that end a quiet period of more than ``min_days`` days."""
    return [g for g in gaps(events, kind) if g.days > min_days]


@dataclass(frozen=True)
class QuietPeriod:
    """A stretch longer than a threshold with no event of one kind (or one watch rule).

    ``start`` is the date of the last event before it, ``end`` the date of the event that
    ended it (the resumption), or None while it lasts (then ``days`` runs to ``until``)."""

    key: str
    start: date
    end: date | None
    days: int
    last_id: str
    last_place: str
    resumed_by: str = ""
    resumed_place: str = ""

    def describe(self) -> str:
        last = f"last {self.last_id} on {self.start.isoformat()} ({self.last_place})"
        if self.end is None:
            return f"{self.key}: quiet for {self.days} days so far; {last}"
        return (
            f"{self.key}: quiet {self.days} days until {self.end.isoformat()}, resumed by"
            f" {self.resumed_by} ({self.resumed_place}); {last}"
        )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["start"] = self.start.isoformat()
        d["end"] = self.end.isoformat() if self.end else None
        d["text"] = self.describe()
        return d


def _place(e: Event) -> str:
    return e.location or _region(e) or "place unknown"


def quiet_periods(
    events: Iterable[Event],
    min_days: int,
    key_of: Callable[[Event], str | None],
    until: date | None = None,
) -> list[QuietPeriod]:
    """Gaps of more than ``min_days`` between consecutive events of each key (event dates);
    with ``until``, also the period still running after each key's last event."""
    last: dict[str, Event] = {}
    out: list[QuietPeriod] = []
    for e in sorted((e for e in events if e.event_date), key=lambda e: (e.event_date, e.event_id_cnty)):
        key = key_of(e)
        if key is None:
            continue
        prev = last.get(key)
        if prev is not None and (e.event_date - prev.event_date).days > min_days:
            out.append(QuietPeriod(key, prev.event_date, e.event_date,
                                   (e.event_date - prev.event_date).days, prev.event_id_cnty,
                                   _place(prev), e.event_id_cnty, _place(e)))
        last[key] = e
    if until is not None:
        for key, prev in last.items():
            if (until - prev.event_date).days > min_days:
                out.append(QuietPeriod(key, prev.event_date, None, (until - prev.event_date).days,
                                       prev.event_id_cnty, _place(prev)))
    return sorted(out, key=lambda q: (q.key, q.start))


def kind_quiet_periods(
    events: Iterable[Event], kind: str, min_days: int, until: date | None = None
) -> list[QuietPeriod]:
    """Quiet periods per key of a lull kind (actor pair, target, ...)."""
    return quiet_periods(events, min_days, lambda e: kind_key(e, kind), until)


def rule_quiet_periods(
    events: Iterable[Event], rules: Iterable[Any], until: date | None = None
) -> list[QuietPeriod]:
    """Quiet periods of each watch rule with ``lull_days`` (`sitroom.fuse.rules.Rule`): the
    spans its resumption alerts end."""
    events = list(events)
    out: list[QuietPeriod] = []
    for rule in rules:
        if rule.lull_days is None:
            continue
        out += quiet_periods(
            events, rule.lull_days, lambda e, r=rule: r.name if r.matches(e) else None, until
        )
    return out


def latest_date(events: Iterable[Event]) -> date | None:
    """The last event date on record (where a still-running quiet period ends for now)."""
    return max((e.event_date for e in events if e.event_date), default=None)


# -- escalation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Escalation:
    """A week whose count is above its recent baseline."""

    key: str  # the group ("" for all events)
    week: date
    count: int
    baseline_mean: float
    baseline_sd: float
    threshold: float

    def describe(self) -> str:
        who = f"{self.key}: " if self.key else ""
        return (
            f"{who}week of {self.week.isoformat()}: {self.count} events, above the"
            f" {self.baseline_mean:.1f} ± {self.baseline_sd:.1f} of the weeks before"
            f" (threshold {self.threshold:.1f})"
        )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["week"] = self.week.isoformat()
        d["text"] = self.describe()
        return d


def weekly_series(
    events: Iterable[Event], by: str | None = None
) -> tuple[list[date], dict[str, list[int]]]:
    """Every week from the first to the last event (zeros included), and counts per group."""
    cells: dict[str, Counter[date]] = defaultdict(Counter)
    weeks_seen: set[date] = set()
    for e in events:
        if not e.event_date:
            continue
        week = week_start(e.event_date)
        weeks_seen.add(week)
        for key in group_keys(e, by) if by else [""]:
            cells[key][week] += 1
    if not weeks_seen:
        return [], {}
    first, last = min(weeks_seen), max(weeks_seen)
    weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    return weeks, {k: [c[w] for w in weeks] for k, c in cells.items()}


def spikes(
    series: Sequence[int], window: int = 8, z: float = 2.0, min_count: int = 3, min_history: int = 4
) -> list[tuple[int, float, float, float]]:
    """(index, mean, sd, threshold) of each value above mean + z·sd of the ``window`` before it."""
    out = []
    for i, value in enumerate(series):
        history = series[max(0, i - window) : i]
        if len(history) < min_history or value < min_count:
            continue
        mean = statistics.fmean(history)
        sd = statistics.pstdev(history)
        threshold = mean + z * sd
        if value > threshold:
            out.append((i, mean, sd, threshold))
    return out


def escalations(
    events: Iterable[Event],
    by: str | None = None,
    window: int = 8,
    z: float = 2.0,
    min_count: int = 3,
) -> list[Escalation]:
    """Weeks (per group when ``by`` is given) whose count is above their recent baseline."""
    weeks, series = weekly_series(events, by)
    out = [
        Escalation(key, weeks[i], counts_[i], round(mean, 3), round(sd, 3), round(threshold, 3))
        for key, counts_ in sorted(series.items())
        for i, mean, sd, threshold in spikes(counts_, window, z, min_count)
    ]
    return sorted(out, key=lambda x: (x.week, x.key))

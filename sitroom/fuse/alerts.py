"""Watch rules evaluated on every ingest; each fires once per (rule, event), across runs.

A rules file (YAML)::

    deliver:                      # where alerts go (default: stdout)
      - stdout
      - jsonl: alerts.jsonl
      - webhook: http://127.0.0.1:9000/hook
    rules:
      - name: attacks on US forces resume
        type: Explosions/Remote violence   # event_type or sub_event_type
        actor: United States               # part of an actor's name
        country: Iraq                      # and/or admin1
        lull_days: 30                      # only when no matching event in the 30 days before
      - name: deadly strike near Rafah
        point: [31.29, 34.25]
        within_km: 25
        min_fatalities: 3
        status: new                        # default; "any" includes background events

A fired alert is stored (`Store.record_alert`) before delivery, so a re-run never fires it
again; a delivery failure is reported on stderr and recorded as an ingest failure.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import yaml

from sitroom.fuse.match import haversine_km
from sitroom.model import Article, Event
from sitroom.store import EventFilter, Store

RULE_KEYS = {
    "name",
    "type",
    "actor",
    "country",
    "admin1",
    "point",
    "within_km",
    "lull_days",
    "min_fatalities",
    "status",
    "deliver",
}
#: How far back a lull's length is measured for the message (the rule only needs lull_days).
MAX_LOOKBACK_DAYS = 3650


@dataclass(frozen=True)
class Delivery:
    """Where an alert goes: stdout, a JSONL file (appended), or an HTTP webhook (POST JSON)."""

    kind: str  # stdout | jsonl | webhook
    target: str = ""
    timeout: float = 5.0


@dataclass(frozen=True)
class Rule:
    name: str
    type: str = ""
    actor: str = ""
    country: str = ""
    admin1: str = ""
    point: tuple[float, float] | None = None
    within_km: float | None = None
    lull_days: int | None = None
    min_fatalities: int = 0
    status: str = "new"
    deliver: tuple[Delivery, ...] = ()

    def matches(self, event: Event) -> bool:
        """Every condition but the lull, which needs the store's history."""
        if self.status != "any" and event.status != self.status:
            return False
        if self.type and self.type.lower() not in (
            event.event_type.lower(),
            event.sub_event_type.lower(),
        ):
            return False
        if self.actor and not _actor_matches(self.actor, event):
            return False
        if self.country and event.country.lower() != self.country.lower():
            return False
        if self.admin1 and event.admin1.lower() != self.admin1.lower():
            return False
        if event.fatalities < self.min_fatalities:
            return False
        if self.point is not None and self.within_km is not None:
            if event.latitude is None or event.longitude is None:
                return False
            km = haversine_km(self.point[0], self.point[1], event.latitude, event.longitude)
            if km > self.within_km:
                return False
        return True

    def history_filter(self, since: Any, until: Any) -> EventFilter:
        """The store filter that narrows history to this rule's events (exact check after)."""
        return EventFilter(
            since=since,
            until=until,
            country=self.country or None,
            admin1=self.admin1 or None,
            event_type=self.type or None,
            actor=self.actor or None,
            status=None if self.status == "any" else self.status,
        )


def _actor_matches(needle: str, event: Event) -> bool:
    needle = needle.lower()
    names = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)
    return any(needle in n.lower() for n in names if n)


# -- parsing ---------------------------------------------------------------------------------


def _delivery(item: Any) -> Delivery:
    if item == "stdout":
        return Delivery("stdout")
    if isinstance(item, dict) and len(item.keys() - {"timeout"}) == 1:
        kind = next(k for k in item if k != "timeout")
        if kind in ("jsonl", "webhook") and isinstance(item[kind], str) and item[kind]:
            return Delivery(kind, item[kind], float(item.get("timeout", 5.0)))
    raise ValueError(f"bad delivery {item!r}: use stdout, {{jsonl: FILE}} or {{webhook: URL}}")


def _rule(raw: Any, default_deliver: tuple[Delivery, ...]) -> Rule:
    if not isinstance(raw, dict) or not raw.get("name"):
        raise ValueError(f"each rule needs a name: {raw!r}")
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise ValueError(f"rule {raw['name']!r}: unknown key(s) {', '.join(sorted(unknown))}")
    point = raw.get("point")
    if point is not None:
        if not (isinstance(point, list | tuple) and len(point) == 2):
            raise ValueError(f"rule {raw['name']!r}: point must be [lat, lon]")
        point = (float(point[0]), float(point[1]))
    if (point is None) != (raw.get("within_km") is None):
        raise ValueError(f"rule {raw['name']!r}: point and within_km go together")
    status = str(raw.get("status", "new"))
    if status not in ("new", "background", "any"):
        raise ValueError(f"rule {raw['name']!r}: status is new, background or any")
    deliver = tuple(_delivery(d) for d in raw.get("deliver", [])) or default_deliver
    return Rule(
        name=str(raw["name"]),
        type=str(raw.get("type", "")),
        actor=str(raw.get("actor", "")),
        country=str(raw.get("country", "")),
        admin1=str(raw.get("admin1", "")),
        point=point,
        within_km=float(raw["within_km"]) if raw.get("within_km") is not None else None,
        lull_days=int(raw["lull_days"]) if raw.get("lull_days") is not None else None,
        min_fatalities=int(raw.get("min_fatalities", 0)),
        status=status,
        deliver=deliver,
    )


def parse_rules(data: Any) -> list[Rule]:
    """Rules from parsed YAML: a mapping with ``rules`` (and ``deliver``), or a bare list."""
    if isinstance(data, list):
        data = {"rules": data}
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ValueError("expected a 'rules:' list")
    default = tuple(_delivery(d) for d in data.get("deliver", ["stdout"]))
    rules = [_rule(r, default) for r in data["rules"]]
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ValueError("rule names must be unique (they key the fired-alert record)")
    return rules


def load_rules(path: str | Path) -> list[Rule]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"not valid YAML: {exc}") from None
    return parse_rules(data)


# -- evaluation ------------------------------------------------------------------------------


def quiet_days(store: Store, rule: Rule, event: Event) -> int | None:
    """Days since the previous event matching ``rule`` (None when there is none on record)."""
    if event.event_date is None:
        return None
    span = max(1, rule.lull_days or 30)
    while True:
        since = event.event_date - timedelta(days=span)
        history = store.events(rule.history_filter(since, event.event_date))
        earlier = [
            h.event_date
            for h in history
            if h.event_id_cnty != event.event_id_cnty and h.event_date and rule.matches(h)
        ]
        if earlier:
            return (event.event_date - max(earlier)).days
        if span >= MAX_LOOKBACK_DAYS:
            return None
        span = min(MAX_LOOKBACK_DAYS, span * 4)


def describe(event: Event) -> str:
    actors = " vs ".join(a for a in (event.actor1, event.actor2) if a) or "unknown actors"
    where = ", ".join(p for p in (event.location, event.admin1, event.country) if p) or "?"
    when = event.event_date.isoformat() if event.event_date else "undated"
    return (
        f"{event.sub_event_type or event.event_type or 'event'} at {where} on {when}: {actors};"
        f" {event.fatalities} killed"
    )


def evaluate(
    store: Store, rule: Rule, event: Event, source_count: int = 1
) -> dict[str, Any] | None:
    """The alert payload when ``event`` satisfies ``rule`` (lull included), else None."""
    if not rule.matches(event):
        return None
    gap = None
    if rule.lull_days is not None:
        gap = quiet_days(store, rule, event)
        if gap is not None and gap <= rule.lull_days:
            return None
    text = f"{rule.name}: {describe(event)}"
    if rule.lull_days is not None:
        text += f"; first in {gap} days" if gap is not None else "; first on record"
    record = {k: v for k, v in event.to_record().items() if k != "evidence"}
    return {
        "rule": rule.name,
        "event_id": event.event_id_cnty,
        "text": text,
        "quiet_days": gap,
        "sources": source_count,
        "event": record,
    }


# -- delivery --------------------------------------------------------------------------------


def deliver(payload: dict[str, Any], to: Delivery, out: IO[str] | None = None) -> None:
    """Send one alert; raises OSError (or httpx.HTTPError) when the target refuses it."""
    if to.kind == "stdout":
        print(f"ALERT {payload['text']}", file=out or sys.stdout, flush=True)
    elif to.kind == "jsonl":
        with open(to.target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(payload, ensure_ascii=False) + "\n")
    elif to.kind == "webhook":
        import httpx

        response = httpx.post(to.target, json=payload, timeout=to.timeout)
        response.raise_for_status()
    else:
        raise ValueError(f"unknown delivery {to.kind!r}")


def run_rules(
    store: Store, rules: list[Rule], event_ids: list[str], out: IO[str] | None = None
) -> list[dict[str, Any]]:
    """Evaluate rules on stored events; record, then deliver, each alert not fired before."""
    fired = []
    for event_id in dict.fromkeys(event_ids):
        stored = store.get_event(event_id)
        if stored is None:
            continue
        for rule in rules:
            payload = evaluate(store, rule, stored.event, len(stored.sources))
            if payload is None:
                continue
            payload["fired_at"] = datetime.now(UTC).isoformat(timespec="seconds")
            if not store.record_alert(rule.name, event_id, payload):
                continue
            fired.append(payload)
            for target in rule.deliver:
                try:
                    deliver(payload, target, out)
                except Exception as exc:  # noqa: BLE001 - a dead webhook must not stop ingest
                    message = f"alert {rule.name!r} for {event_id} → {target.kind}: {exc}"
                    print(f"warning: {message}", file=sys.stderr)
                    store.record_failure(f"alert:{rule.name}", message)
    return fired


def load_watch_hook(path: str | Path) -> Callable[[Store, Article, list[str]], None]:
    """The ingest after_save hook for a rules file (raises ValueError/OSError when unusable)."""
    rules = load_rules(path)

    def hook(store: Store, article: Article, event_ids: list[str]) -> None:
        run_rules(store, rules, event_ids)

    hook.rules = rules  # type: ignore[attr-defined]
    return hook


def list_alerts(store: Store, limit: int | None = 100) -> list[dict[str, Any]]:
    """Fired alerts, newest first (for the API and `sitroom alerts`)."""
    return store.alerts(limit)

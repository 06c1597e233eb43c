"""Watch rules evaluated on ingest; each fires once per (rule, event), across runs.

A rules file (YAML; `sitroom/fuse/data/alerts.example.yaml`, keys in `data/rule_keys.yaml`)::

    deliver: [stdout, {jsonl: alerts.jsonl}, {webhook: http://127.0.0.1:9000/hook}]
    rules:
      - name: attacks on US forces resume
        what: attack on US forces in Iraq or Syria
        target: United States              # the attacked side; `actor` is either side
        country: [Iraq, Syria]             # a list means any of them
        lull_days: 30                      # only an event that ends > 30 quiet days

A lull rule is about *resumptions*. The quiet period is measured on event dates over the
rule's whole scope and everything stored, whatever order reports arrive in: the gap runs
from the latest earlier matching event to this one. The first event on record is never a
resumption. When an event arrives that falls before stored ones, the next matching event is
looked at again: it may now end a quiet period (a backfill reveals it), or an alert already
sent may no longer hold (a correction is sent). A resumption whose rule already has a later
matching event stored from an earlier ingest is *historical*: marked so, or not sent
(``historical: skip``).

A fired alert is stored (`Store.record_alert`) before delivery, so a re-run never fires it
again; a delivery failure is reported on stderr and recorded as an ingest failure.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from sitroom.errors import ConfigError
from sitroom.fuse.rules import Delivery, Rule, RuleError, load_rules, parse_rules
from sitroom.model import Article, Event
from sitroom.store import EventFilter, Store

__all__ = [
    "Delivery",
    "Rule",
    "RuleError",
    "WatchHook",
    "evaluate",
    "list_alerts",
    "load_rules",
    "load_watch_hook",
    "parse_rules",
    "run_rules",
]

_PAGE = 500
#: Record-key suffix of a correction sent for an alert that no longer holds.
RETRACTED = " [retracted]"


# -- the rule's history in the store ---------------------------------------------------------


def _matching(store: Store, rule: Rule, flt: EventFilter) -> Iterator[Event]:
    """Stored events matching the rule within a filter's dates, oldest first, page by page."""
    offset = 0
    while True:
        page = store.events(flt, limit=_PAGE, offset=offset)
        yield from (e for e in page if e.event_date and rule.matches(e))
        if len(page) < _PAGE:
            return
        offset += len(page)


def previous_match(store: Store, rule: Rule, day: date) -> Event | None:
    """The latest stored event matching ``rule`` dated strictly before ``day``.

    Looks back in widening windows first (cheap on a big store), then over everything.
    """
    span = max(8, 4 * (rule.lull_days or 30))
    since: date | None = day - timedelta(days=span)
    while True:
        flt = rule.history_filter(since, day - timedelta(days=1))
        found = None
        for e in _matching(store, rule, flt):
            if found is None or (e.event_date, e.event_id_cnty) >= (
                found.event_date,
                found.event_id_cnty,
            ):
                found = e
        if found is not None or since is None:
            return found
        span *= 8
        since = day - timedelta(days=span) if span < 36500 else None


def next_match(store: Store, rule: Rule, day: date) -> Event | None:
    """The earliest stored event matching ``rule`` dated strictly after ``day``."""
    return next(_matching(store, rule, rule.history_filter(day + timedelta(days=1))), None)


def same_day(store: Store, rule: Rule, event: Event) -> list[Event]:
    """Other stored events matching the rule on the event's date."""
    flt = rule.history_filter(event.event_date, event.event_date)
    return [e for e in _matching(store, rule, flt) if e.event_id_cnty != event.event_id_cnty]


# -- messages --------------------------------------------------------------------------------


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def _place(event: Event) -> str:
    return event.location or event.admin1 or event.country or "place unknown"


def describe(event: Event) -> str:
    actors = " vs ".join(a for a in (event.actor1, event.actor2) if a) or "unknown actors"
    where = ", ".join(p for p in (event.location, event.admin1, event.country) if p) or "?"
    when = event.event_date.isoformat() if event.event_date else "undated"
    return (
        f"{event.sub_event_type or event.event_type or 'event'} at {where} on {when}: {actors};"
        f" {event.fatalities} killed"
    )


def _previous(prev: Event) -> dict[str, Any]:
    return {
        "event_id": prev.event_id_cnty,
        "event_date": prev.event_date.isoformat() if prev.event_date else None,
        "location": prev.location,
        "admin1": prev.admin1,
        "country": prev.country,
    }


@dataclass(frozen=True)
class Context:
    """What one evaluation knows beyond the event: this ingest's events and fired alerts."""

    batch: frozenset[str] = frozenset()  # event ids stored or updated by this ingest
    fired: frozenset[str] = frozenset()  # event ids this rule already fired for


# -- evaluation ------------------------------------------------------------------------------


def evaluate(
    store: Store, rule: Rule, event: Event, source_count: int = 1, ctx: Context | None = None
) -> dict[str, Any] | None:
    """The alert payload when ``event`` satisfies ``rule`` (lull included), else None."""
    if not rule.matches(event):
        return None
    ctx = ctx or Context(batch=frozenset({event.event_id_cnty}))
    record = {k: v for k, v in event.to_record().items() if k != "evidence"}
    payload: dict[str, Any] = {
        "rule": rule.name,
        "event_id": event.event_id_cnty,
        "text": f"{rule.name}: {describe(event)}",
        "sources": source_count,
        "event": record,
    }
    if rule.lull_days is None:
        return payload
    resumption = _resumption(store, rule, event, ctx)
    if resumption is None:
        return None
    prev, gap, historical = resumption
    if historical and rule.historical == "skip":
        return None
    headline = (
        f"first {rule.describe_scope()} in {gap} days"
        f" (last: {_day(prev.event_date)}, {_place(prev)})"
    )
    mark = "[historical] " if historical else ""
    payload.update(
        text=f"{mark}{headline}: {describe(event)} [{rule.name}]",
        resumption=True,
        quiet_days=gap,
        previous=_previous(prev),
        historical=historical,
    )
    return payload


def _resumption(
    store: Store, rule: Rule, event: Event, ctx: Context
) -> tuple[Event, int, bool] | None:
    """(previous event, quiet days, historical?) when the event ends a long enough lull."""
    if event.event_date is None or rule.lull_days is None:
        return None
    prev = previous_match(store, rule, event.event_date)
    if prev is None or prev.event_date is None:
        return None  # the first on record is never a resumption
    gap = (event.event_date - prev.event_date).days
    if gap <= rule.lull_days:
        return None
    if any(e.event_id_cnty in ctx.fired for e in same_day(store, rule, event)):
        return None  # another event of the same day already announced this resumption
    later = next_match(store, rule, event.event_date)
    historical = later is not None and later.event_id_cnty not in ctx.batch
    return prev, gap, historical


def retraction(
    store: Store, rule: Rule, event: Event, fired_payload: dict[str, Any]
) -> dict[str, Any] | None:
    """A correction when an alert sent for ``event`` no longer holds: an event since stored
    falls inside the quiet period it announced."""
    if event.event_date is None or rule.lull_days is None:
        return None
    prev = previous_match(store, rule, event.event_date)
    announced = (fired_payload.get("previous") or {}).get("event_date")
    if prev is None or prev.event_date is None or not announced:
        return None
    gap = (event.event_date - prev.event_date).days
    if prev.event_date.isoformat() <= announced or gap > rule.lull_days:
        return None
    return {
        "rule": rule.name,
        "event_id": event.event_id_cnty,
        "retracts": True,
        "quiet_days": gap,
        "previous": _previous(prev),
        "text": (
            f"correction: {event.event_id_cnty} did not end a quiet period; a matching event"
            f" on {_day(prev.event_date)} ({_place(prev)}, {prev.event_id_cnty}) has been"
            f" reported since [{rule.name}]"
        ),
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
        raise ConfigError(f"unknown delivery {to.kind!r}: use stdout, a .jsonl file or an http(s) webhook")


def _send(store: Store, rule: Rule, key: str, payload: dict[str, Any], out: IO[str] | None) -> bool:
    payload["fired_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    if not store.record_alert(key, payload["event_id"], payload):
        return False
    for target in rule.deliver:
        try:
            deliver(payload, target, out)
        except Exception as exc:  # noqa: BLE001 - a dead webhook must not stop ingest
            message = f"alert {rule.name!r} for {payload['event_id']} → {target.kind}: {exc}"
            print(f"warning: {message}", file=sys.stderr)
            store.record_failure(f"alert:{rule.name}", message)
    return True


# -- running rules over an ingest ------------------------------------------------------------


def _in_date_order(store: Store, event_ids: Iterable[str]) -> list[Any]:
    stored = [s for s in (store.get_event(i) for i in dict.fromkeys(event_ids)) if s]
    return sorted(stored, key=lambda s: (s.event.event_date or date.max, s.event.event_id_cnty))


def _fired(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    """Fired alerts per record key (rule name), per event id."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for a in store.alerts(None):
        out.setdefault(a["rule"], {})[a["event_id"]] = a["payload"]
    return out


def run_rules(
    store: Store, rules: list[Rule], event_ids: list[str], out: IO[str] | None = None
) -> list[dict[str, Any]]:
    """Evaluate rules on stored events (oldest event first); record, then deliver, each alert
    not fired before. For lull rules the next matching event after each is looked at again."""
    stored = _in_date_order(store, event_ids)
    batch = frozenset(s.event.event_id_cnty for s in stored)
    fired_before = _fired(store)
    sent: list[dict[str, Any]] = []
    for rule in rules:
        fired = dict(fired_before.get(rule.name, {}))
        todo = list(stored)
        if rule.lull_days is not None:
            todo += _successors(store, rule, stored, batch)
        for item in todo:
            event_id = item.event.event_id_cnty
            if event_id in fired:
                correction = retraction(store, rule, item.event, fired[event_id])
                retracted = fired_before.get(rule.name + RETRACTED, {})
                fresh = correction is not None and event_id not in retracted
                if fresh and _send(store, rule, rule.name + RETRACTED, correction, out):
                    sent.append(correction)
                continue
            ctx = Context(batch=batch, fired=frozenset(fired))
            payload = evaluate(store, rule, item.event, len(item.sources), ctx)
            if payload is not None and _send(store, rule, rule.name, payload, out):
                fired[event_id] = payload
                sent.append(payload)
    return sent


def _successors(store: Store, rule: Rule, stored: list[Any], batch: frozenset[str]) -> list[Any]:
    """The next matching event after each of this ingest's events, when not in the ingest."""
    out: dict[str, Any] = {}
    for item in stored:
        day = item.event.event_date
        if day is None or not rule.matches(item.event):
            continue
        nxt = next_match(store, rule, day)
        if nxt is not None and nxt.event_id_cnty not in batch and nxt.event_id_cnty not in out:
            found = store.get_event(nxt.event_id_cnty)
            if found is not None:
                out[nxt.event_id_cnty] = found
    return list(out.values())


class WatchHook:
    """The ingest after_save hook for a rules file.

    Immediate by default (the API's per-article ingest). With ``defer=True`` it collects
    the event ids of a whole ingest run and evaluates them, oldest event first, on
    `flush`: a batch of reports then alerts the same whatever order its files are read in.
    """

    def __init__(self, rules: list[Rule], defer: bool = False, out: IO[str] | None = None):
        self.rules = rules
        self.defer = defer
        self.out = out
        self.pending: list[str] = []
        self.fired: list[dict[str, Any]] = []

    def __call__(self, store: Store, article: Article, event_ids: list[str]) -> None:
        if self.defer:
            self.pending.extend(event_ids)
        else:
            self.fired += run_rules(store, self.rules, event_ids, self.out)

    def flush(self, store: Store) -> list[dict[str, Any]]:
        pending, self.pending = self.pending, []
        fired = run_rules(store, self.rules, pending, self.out) if pending else []
        self.fired += fired
        return fired


def load_watch_hook(
    path: str | Path, defer: bool = False
) -> Callable[[Store, Article, list[str]], None] | WatchHook:
    """The ingest hook for a rules file (raises RuleError/OSError when unusable)."""
    return WatchHook(load_rules(path), defer=defer)


def list_alerts(store: Store, limit: int | None = 100) -> list[dict[str, Any]]:
    """Fired alerts, newest first (for the API and `sitroom alerts`)."""
    return store.alerts(limit)

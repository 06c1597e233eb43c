"""Watch rules: parsed and validated when loaded, then matched against events (pure).

A rule that cannot mean what its author wrote is an error at load time, never a rule that
silently matches nothing: an unknown key or a value of the wrong type is one line naming
the rule and the key (`RuleError`). The keys and their kinds live in `data/rule_keys.yaml`.

``country``, ``admin1``, ``type``, ``actor`` and ``target`` take one value or a list (any
of them matches). Without ``type`` a rule matches ACLED events only, not the statements
(condemnations, accusations) sitroom records with a PLOVER type alone. ``actor`` matches whole words of actor1, actor2 or an associated actor on
either side; ``target`` only the attacked side (actor2, assoc_actor_2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitroom.errors import ConfigError
from sitroom.geodesy import haversine_km
from sitroom.model import Event
from sitroom.store import EventFilter


class RuleError(ConfigError):
    """A rules file that cannot be used; the message is one line naming the rule and key."""


@lru_cache(maxsize=1)
def rule_keys() -> dict[str, Any]:
    text = resources.files("sitroom.fuse").joinpath("data/rule_keys.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@dataclass(frozen=True)
class Delivery:
    """Where an alert goes: stdout, a JSONL file (appended), or an HTTP webhook (POST JSON)."""

    kind: str  # stdout | jsonl | webhook
    target: str = ""
    timeout: float = 5.0


@dataclass(frozen=True)
class Rule:
    name: str
    type: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    point: tuple[float, float] | None = None
    within_km: float | None = None
    lull_days: int | None = None
    min_fatalities: int = 0
    status: str = "new"
    what: str = ""
    historical: str = "mark"
    deliver: tuple[Delivery, ...] = ()

    def matches(self, event: Event) -> bool:
        """Every condition but the lull, which needs the store's history."""
        if self.status != "any" and event.status != self.status:
            return False
        kinds = {event.event_type.lower(), event.sub_event_type.lower(), event.plover_type.lower()}
        if self.type and not any(t.lower() in kinds for t in self.type):
            return False
        if not self.type and not event.event_type:
            return False  # a statement (PLOVER only) is no ACLED event unless asked for by type
        if self.actor and not _names_match(self.actor, _sides(event, "1", "2")):
            return False
        if self.target and not _names_match(self.target, _sides(event, "2")):
            return False
        if self.country and event.country.lower() not in {c.lower() for c in self.country}:
            return False
        if self.admin1 and event.admin1.lower() not in {a.lower() for a in self.admin1}:
            return False
        if event.fatalities < self.min_fatalities:
            return False
        return self._near(event)

    def _near(self, event: Event) -> bool:
        if self.point is None or self.within_km is None:
            return True
        if event.latitude is None or event.longitude is None:
            return False
        km = haversine_km(self.point[0], self.point[1], event.latitude, event.longitude)
        return km <= self.within_km

    def history_filter(self, since: Any = None, until: Any = None) -> EventFilter:
        """A store filter that narrows history to this rule's events (exact check after):
        single values go to the database, lists are checked in Python."""
        needles = self.actor or self.target

        def one(values: tuple[str, ...]) -> str | None:
            return values[0] if len(values) == 1 else None

        return EventFilter(
            since=since,
            until=until,
            country=one(self.country),
            admin1=one(self.admin1),
            event_type=one(self.type),
            actor=one(needles),
            status=None if self.status == "any" else self.status,
        )

    def describe_scope(self) -> str:
        """How a message names a matching event: the rule's `what`, else built from its keys."""
        if self.what:
            text = self.what
        else:
            text = " or ".join(self.type) if self.type else "event"
            if self.target:
                text += f" on {' or '.join(self.target)}"
            elif self.actor:
                text += f" involving {' or '.join(self.actor)}"
        places = self.admin1 or self.country
        if places and not self.what:
            text += f" in {' or '.join(places)}"
        return text


def _sides(event: Event, *sides: str) -> list[str]:
    names: list[str] = []
    for side in sides:
        names.append(getattr(event, f"actor{side}"))
        names.extend(getattr(event, f"assoc_actor_{side}").split(";"))
    return [n.strip() for n in names if n and n.strip()]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _names_match(needles: tuple[str, ...], names: list[str]) -> bool:
    """Does any needle occur as whole words in any name ("United States" in "Military Forces
    of the United States (2021-)", but "US" not in "Houthis")?"""
    haystacks = [_words(n) for n in names]
    for needle in needles:
        want = _words(needle)
        for hay in haystacks:
            if any(hay[i : i + len(want)] == want for i in range(len(hay) - len(want) + 1)):
                return True
    return False


# -- parsing and validation ------------------------------------------------------------------


def _delivery(item: Any, where: str) -> Delivery:
    if item == "stdout":
        return Delivery("stdout")
    if isinstance(item, dict) and len(item.keys() - {"timeout"}) == 1:
        kind = next(k for k in item if k != "timeout")
        timeout = item.get("timeout", 5.0)
        if (
            kind in ("jsonl", "webhook")
            and isinstance(item[kind], str)
            and item[kind]
            and isinstance(timeout, int | float)
            and not isinstance(timeout, bool)
        ):
            return Delivery(kind, item[kind], float(timeout))
    raise RuleError(
        f"{where}: bad delivery {item!r}: use stdout, {{jsonl: FILE}} or {{webhook: URL}}"
    )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check(rule: str, key: str, value: Any, spec: dict[str, Any]) -> Any:
    """The value converted to its kind, or a RuleError naming the rule and the key."""
    kind = spec["kind"]
    where = f"rule {rule!r}, key {key!r}"

    def bad(expected: str) -> RuleError:
        return RuleError(f"{where}: expected {expected}, got {value!r}")

    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            raise bad("a non-empty string")
        return value.strip()
    if kind == "texts":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            raise bad("a string or a non-empty list of strings")
        if not all(isinstance(i, str) and i.strip() for i in items):
            raise bad("a string or a non-empty list of strings")
        return tuple(i.strip() for i in items)
    if kind in ("whole", "number"):
        ok = isinstance(value, int) if kind == "whole" else _is_number(value)
        if not ok or isinstance(value, bool):
            raise bad("a whole number" if kind == "whole" else "a number")
        if "min" in spec and value < spec["min"]:
            raise bad(f"a number of at least {spec['min']}")
        return value
    if kind == "choice":
        if value not in spec["choices"]:
            raise bad("one of " + ", ".join(spec["choices"]))
        return value
    if kind == "point":
        if not (isinstance(value, list) and len(value) == 2 and all(map(_is_number, value))):
            raise bad("[lat, lon]")
        return (float(value[0]), float(value[1]))
    if kind == "deliver":
        if not isinstance(value, list):
            raise bad("a list of deliveries")
        return tuple(_delivery(d, where) for d in value)
    raise RuleError(f"{where}: rule_keys.yaml names an unknown kind {kind!r}")


def parse_rule(raw: Any, default_deliver: tuple[Delivery, ...], position: int) -> Rule:
    if not isinstance(raw, dict):
        raise RuleError(f"rule #{position}: expected a mapping of keys, got {raw!r}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RuleError(f"rule #{position}: key 'name' is required (a non-empty string)")
    specs = rule_keys()["keys"]
    unknown = sorted(set(raw) - set(specs), key=str)
    if unknown:
        raise RuleError(
            f"rule {name!r}: unknown key {unknown[0]!r} (known keys: {', '.join(specs)})"
        )
    values = {k: _check(name, k, v, specs[k]) for k, v in raw.items() if v is not None}
    if ("point" in values) != ("within_km" in values):
        key = "within_km" if "point" in values else "point"
        raise RuleError(f"rule {name!r}, key {key!r}: point and within_km go together")
    values["within_km"] = float(values["within_km"]) if "within_km" in values else None
    values.setdefault("deliver", default_deliver)
    return Rule(**values)


def parse_rules(data: Any) -> list[Rule]:
    """Rules from parsed YAML: a mapping with ``rules`` (and ``deliver``), or a bare list."""
    if isinstance(data, list):
        data = {"rules": data}
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(
            "expected a 'rules:' list (sitroom/fuse/data/alerts.example.yaml shows every key)"
        )
    allowed = rule_keys()["top_level"]
    unknown = sorted(set(data) - set(allowed), key=str)
    if unknown:
        raise RuleError(f"unknown top-level key {unknown[0]!r} (known: {', '.join(allowed)})")
    deliver = data.get("deliver", ["stdout"])
    if not isinstance(deliver, list):
        raise RuleError(f"top-level key 'deliver': expected a list, got {deliver!r}")
    default = tuple(_delivery(d, "top-level deliver") for d in deliver)
    rules = [parse_rule(r, default, i) for i, r in enumerate(data["rules"], 1)]
    seen: set[str] = set()
    for rule in rules:
        if rule.name in seen:
            raise RuleError(f"rule {rule.name!r}: the name is used twice (names key alerts)")
        seen.add(rule.name)
    return rules


def load_rules(path: str | Path) -> list[Rule]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise RuleError(f"not valid YAML{where} ({problem}): fix the file") from None
    return parse_rules(data)

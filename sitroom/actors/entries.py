"""The actor dictionary's records (states, entries, classes, mentions) and the text helpers
its resolver uses; `sitroom.actors.dictionary` builds and queries them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitroom.actors.text import Word, key
from sitroom.lang import pack_pattern
from sitroom.model import Actor


@dataclass(frozen=True)
class State:
    """How ACLED names one country's state actors, and how reports name the country."""

    country: str
    iso3: str = ""
    article: str = ""
    regimes: tuple[tuple[str, date], ...] = ()

    def regime(self, when: date | None = None) -> str:
        """ACLED's regime label in force on `when` (the latest when no date is given)."""
        if not self.regimes:
            return ""
        label = self.regimes[0][0]
        for name, start in self.regimes:
            if when is None or start <= when:
                label = name
        return label

    def force(self, prefix: str, when: date | None = None) -> str:
        the = f"{self.article} " if self.article else ""
        label = self.regime(when)
        suffix = f" ({label})" if label else ""
        return f"{prefix} of {the}{self.country}{suffix}"


@dataclass(frozen=True)
class Entry:
    """One named actor of the dictionary, before dates and country pick its display name."""

    name: str
    inter: int = 0
    country: str = ""
    kind: str = ""
    aliases: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    unit: tuple[str, str, str] | None = None  # (country, unit name, prefix) of a state's forces
    by_country: tuple[tuple[str, str], ...] = ()
    periods: tuple[dict[str, Any], ...] = ()
    label: str = "ORG"
    # a mission's national contingents: in COUNTRY, these states' troops are the mission's
    contingents: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class HeadClass:
    """A generic actor class: heads that name it and the ACLED template it fills."""

    key: str
    template: str
    inter: int
    nationality_wins: bool = True
    prefix: str = ""
    unit: str = ""  # a branch named after the state: "Military Forces of Russia (2000-) Military Police"

    @property
    def is_state(self) -> bool:
        return self.template == "{state}"


@dataclass
class Mention:
    """An actor found in a phrase, with the character span (relative to the phrase) it came from."""

    actor: Actor | None
    start: int
    end: int
    text: str
    generic: str = ""  # class key for a generic head ("civilians"); "" for a name
    country: str = ""  # the nationality named in the phrase, if any
    assoc: list[str] = field(default_factory=list)  # associated actors implied by the head


@dataclass(frozen=True)
class Name:
    target: str  # "entry:<name>" or "state:<country>"
    acronym: bool
    only_in: str = ""  # a local alias: valid only for events in this country


@dataclass(frozen=True)
class Head:
    cls: str
    nationality_only: bool
    assoc: str = ""


UNDER = pack_pattern("actors/words", "under", re.IGNORECASE)


def inside_name(ws: list[Word], start: int, end: int) -> bool:
    """ "Donbass People's Militia": a capitalized head between capitalized words is a name."""
    if not ws[start].is_capitalized or ws[start].is_upper:
        return False
    before = start > 0 and ws[start - 1].is_capitalized
    after = end < len(ws) and ws[end].is_capitalized
    return before and after


def umbrella_first(text: str, found: list[Mention]) -> list[Mention]:
    """ "Turkish forces and rebels under Operation Peace Spring": ACLED names the umbrella."""
    for k in range(1, len(found)):
        umbrella = found[k]
        if not umbrella.generic and UNDER.fullmatch(text[found[k - 1].end : umbrella.start]):
            return [umbrella, *found[:k], *found[k + 1 :]]
    return found


def name_forms(name: str) -> list[str]:
    """ "SDF: Syrian Democratic Forces" → the name, "SDF" and "Syrian Democratic Forces"."""
    forms = [name]
    if ": " in name:
        short, _, full = name.partition(": ")
        forms += [short, full]
    base = name.split(" (")[0]
    if re.search(r" \(\d{4}-", name) and not name.startswith(("Military Forces", "Police Forces")):
        forms.append(base)  # "ATMIS: ... (2022-)"; never "Militia" out of "Militia (Pro-Iran)"
    return forms


def global_names(entry: Entry, local: dict[str, list[str]]) -> list[str]:
    """The names and aliases of an entry valid in every country: a short form of its name
    that the file also lists as a local alias ("KIA" only in Myanmar: elsewhere it is
    "killed in action") is not."""
    local_keys = {key(n) for names in local.values() for n in names}
    names = [*name_forms(entry.name), *entry.aliases, *(v for _, v in entry.by_country)]
    return [n for n in names if key(n) not in local_keys]


def as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def in_period(period: dict[str, Any], when: date | None) -> bool:
    when = when or date.today()
    start, end = period.get("from"), period.get("until")
    if start is not None and when < as_date(start):
        return False
    return not (end is not None and when >= as_date(end))

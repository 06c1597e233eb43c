"""The actor dictionary's indexes, built once from its data files.

`DictionaryIndex` reads the states (names, demonyms, regimes), the named entries (names,
aliases, local aliases valid in one country) and the generic classes (head words) into
word-tuple indexes; `sitroom.actors.dictionary.ActorDictionary` matches text against them.
"""

from __future__ import annotations

from typing import Any

from sitroom.actors.entries import (
    Entry,
    Head,
    HeadClass,
    Name,
    State,
    as_date,
    global_names,
)
from sitroom.actors.text import is_acronym, key


class DictionaryIndex:
    """States, entries and classes of the dictionary, indexed by their normalized words."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.states: dict[str, State] = {}
        self.entries: dict[str, Entry] = {}
        self.classes: dict[str, HeadClass] = {}
        self._military_names: list[str] = []
        #: whose army unnamed forces are in a country another state's army holds ground in
        self.forces_unnamed: dict[str, str] = {}
        self._local: dict[str, dict[tuple[str, ...], Name]] = {}
        self._names: dict[tuple[str, ...], Name] = {}
        self._countries: dict[tuple[str, ...], tuple[str, bool, bool]] = {}
        self._shared: dict[tuple[str, ...], set[str]] = {}  # nationality words of two states
        self._heads: dict[tuple[str, ...], Head] = {}
        self.modifiers = {key(m) for m in data.get("modifiers", [])}
        self.blockers = {key(b) for b in data.get("blockers", [])}
        self.own_state = {key(w) for w in data.get("own_state_words", [])}
        for raw in data.get("states", []):
            self._add_state(raw)
        for raw in data.get("actors", []):
            self._add_entry(raw)
        for raw in data.get("classes", []):
            self._add_class(raw)
        self._max_name = max(
            (len(k) for k in [*self._names, *(k for d in self._local.values() for k in d)]),
            default=1,
        )
        self._max_country = max((len(k) for k in self._countries), default=1)
        self._max_head = max((len(k) for k in self._heads), default=1)
        self._fuzzy_keys = sorted(
            {" ".join(k) for k, v in self._names.items() if not v.acronym and len(" ".join(k)) >= 5}
        )

    # ------------------------------------------------------------------ building
    def _add_state(self, raw: dict[str, Any]) -> None:
        regimes = tuple(
            (str(r["label"]), as_date(r["from"])) for r in raw.get("regimes") or []
        )
        state = State(
            country=raw["country"],
            iso3=raw.get("iso3", ""),
            article=raw.get("article", ""),
            regimes=tuple(sorted(regimes, key=lambda r: r[1])),
        )
        self.states[state.country] = state
        if raw.get("forces_unnamed"):
            self.forces_unnamed[state.country] = str(raw["forces_unnamed"])
        for name in [state.country, *(raw.get("names") or [])]:
            self._index_country(name, state.country, demonym=False)
        for name in raw.get("demonyms") or []:
            self._index_country(name, state.country, demonym=True)
        for name in raw.get("military_only") or []:
            self._index_name(name, f"state:{state.country}")
            self._military_names.append(name)

    def _index_country(self, name: str, country: str, demonym: bool) -> None:
        k = tuple(key(name).split())
        if k and k not in self._countries:
            self._countries[k] = (country, is_acronym(name), demonym)
        elif k and demonym and self._countries[k][0] != country:  # "Congolese": two states
            self._shared.setdefault(k, {self._countries[k][0]}).add(country)

    def _index_name(self, name: str, target: str, only_in: str = "") -> None:
        k = tuple(key(name).split())
        if only_in:
            self._local.setdefault(only_in, {}).setdefault(k, Name(target, is_acronym(name), only_in))
        elif k and (
            k not in self._names  # first come, first kept; but "NATO" then "Nato" relaxes case
            or (self._names[k].acronym and not is_acronym(name) and self._names[k].target == target)
        ):
            self._names[k] = Name(target, is_acronym(name))

    def _add_entry(self, raw: dict[str, Any]) -> None:
        unit = raw.get("unit")
        entry = Entry(
            name=raw["name"],
            inter=int(raw.get("inter", 0)),
            country=raw.get("country", ""),
            kind=raw.get("kind", ""),
            aliases=tuple(raw.get("aliases") or ()),
            affiliations=tuple(raw.get("affiliations") or ()),
            unit=(
                (unit["country"], unit["name"], unit.get("prefix", "Military Forces"))
                if unit
                else None
            ),
            by_country=tuple((raw.get("by_country") or {}).items()),
            periods=tuple(raw.get("periods") or ()),
            label=raw.get("label", "ORG"),
            contingents=tuple((c, tuple(s)) for c, s in (raw.get("contingents") or {}).items()),
        )
        self.entries[entry.name] = entry
        target = f"entry:{entry.name}"
        for name in global_names(entry, raw.get("local_aliases") or {}):
            self._index_name(name, target)
        for country, names in (raw.get("local_aliases") or {}).items():
            for name in names:
                self._index_name(name, target, only_in=country)

    def _add_class(self, raw: dict[str, Any]) -> None:
        cls = HeadClass(
            key=raw["key"],
            template=raw["template"],
            inter=int(raw.get("inter", 0)),
            nationality_wins=bool(raw.get("nationality_wins", True)),
            prefix=raw.get("prefix", ""),
            unit=raw.get("unit", ""),
        )
        self.classes[cls.key] = cls
        assoc_of = {
            key(head): template
            for template, heads in (raw.get("assoc") or {}).items()
            for head in heads
        }
        for head in raw.get("heads") or []:
            k = key(head)
            self._heads.setdefault(tuple(k.split()), Head(cls.key, False, assoc_of.get(k, "")))
        for head in raw.get("nationality_heads") or []:
            self._heads.setdefault(tuple(key(head).split()), Head(cls.key, True))

    def local_claims(self, name: str) -> set[str]:
        """The entries that take ``name`` as an alias valid in one country only: "UPC" is
        one group in the Central African Republic and another in Congo's Ituri."""
        k = tuple(key(name).split())
        return {
            found.target.removeprefix("entry:")
            for names in self._local.values()
            if (found := names.get(k)) is not None
        }

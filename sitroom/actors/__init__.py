"""Actor normalization (component `actors`) and entity-ruler patterns for actor names.

The dictionary (sitroom/actors/data/*.yaml, plus the user's `--actors` files) names armed
groups, state forces and generic classes in ACLED's style; `load_dictionary` builds it once
per set of files, and the `actors` component fills actor1/actor2 of each candidate event.

    d = load_dictionary(("my_actors.yaml",))
    d.resolve("Kata'ib Hizballah fighters", "Iraq")   # Actor(name="Kataib Hezbollah", inter=3, ...)
    d.resolve("Syrian army", "Syria", date(2024, 1, 1)).name  # "Military Forces of Syria (2000-2024)"
    d.all(), d.table()                                 # listings

The finalize step calls `sitroom.actors.component.complete_pending(candidate, country,
dictionary, when)` once geo knows the country (see that module).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitroom.actors.data_files import ActorFileError, load_data
from sitroom.actors.dictionary import ActorDictionary, Entry, Mention, State
from sitroom.actors.text import is_acronym

__all__ = [
    "ActorDictionary",
    "ActorFileError",
    "Entry",
    "Mention",
    "State",
    "load_dictionary",
    "ruler_patterns",
]


@lru_cache(maxsize=8)
def load_dictionary(extra_files: tuple[str, ...] = ()) -> ActorDictionary:
    """The shipped dictionary with the user's files merged over it (cached per file tuple)."""
    return ActorDictionary(load_data(tuple(extra_files)))


def ruler_patterns(actor_files: tuple[str, ...] = ()) -> list[dict]:
    """spaCy entity-ruler patterns (ORG unless an entry says otherwise) for names and aliases.

    Capitalized names become phrase patterns (the ruler matches them case-insensitively);
    short all-capital forms ("SDF", "IS") become exact token patterns so they never match
    ordinary words. Lower-case descriptions ("settlers") are not names and are left out.
    """
    dictionary = load_dictionary(tuple(actor_files))
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for entry in dictionary.entries.values():
        names = [entry.name.split(" (")[0], *entry.aliases]
        if ": " in entry.name:
            names += entry.name.split(": ", 1)
        for name in names:
            _add_pattern(patterns, seen, name, entry.label)
    for name in dictionary.military_names():
        _add_pattern(patterns, seen, name, "ORG")
    return patterns


def _add_pattern(patterns: list[dict], seen: set[tuple[str, str]], name: str, label: str) -> None:
    name = name.strip()
    if not any(c.isupper() for c in name) or name.startswith(("Military Forces", "Police Forces")):
        return
    marker = (name if is_acronym(name) else name.lower(), label)
    if marker in seen:
        return
    seen.add(marker)
    if is_acronym(name):
        pieces = [p for p in re.split(r"([-/])", name) if p]
        patterns.append({"label": label, "pattern": [{"ORTH": p} for p in pieces]})
    else:
        patterns.append({"label": label, "pattern": name})

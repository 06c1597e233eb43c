"""Is a state named in a phrase ('Syrian forces', "Ukraine's forces", 'South Sudanese
forces')? Read from the names and demonyms of the actor dictionary's state table
(sitroom/actors/data/states.yaml), so that a bare 'forces' is taken for a state's only
when a state is named with it: 'Kurdish forces' or 'Karen forces' name no state."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from sitroom import yamlio

STATES_FILE = Path(__file__).resolve().parent.parent / "actors" / "data" / "states.yaml"
#: A state's name of at most this many words ('United States of America').
_MOST_WORDS = 4
#: Parts of speech of a head noun (the tagger takes some plural demonyms for names).
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})


@cache
def _state_words() -> tuple[frozenset[str], frozenset[str]]:
    """(names matched in any case, short capital forms matched only as written: 'US')."""
    data = yamlio.safe_load(STATES_FILE.read_text(encoding="utf-8")) or {}
    any_case: set[str] = set()
    capitals: set[str] = set()
    for state in data.get("states", []):
        for name in [state.get("country", ""), *state.get("names", []), *state.get("demonyms", [])]:
            if not name:
                continue
            if name.isupper() and len(name) <= 4:  # the file's rule for short capital forms
                capitals.add(name)
            else:
                any_case.add(name.lower())
    return frozenset(any_case), frozenset(capitals)


@cache
def _people_words() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(nationality word → its state, for words that are no state's name: 'palestinians',
    not 'us'; state → the states it is at war with)."""
    data = yamlio.safe_load(STATES_FILE.read_text(encoding="utf-8")) or {}
    names: set[str] = set()
    demonyms: dict[str, str] = {}
    wars: dict[str, frozenset[str]] = {}
    for state in data.get("states", []):
        country = state.get("country", "")
        names |= {n.lower() for n in [country, *state.get("names", [])] if n}
        demonyms.update({d.lower(): country for d in state.get("demonyms", []) if d})
        wars[country] = frozenset(state.get("at_war_with") or ())
    return {d: c for d, c in demonyms.items() if d not in names}, wars


def names_a_people(head: Token) -> bool:
    """ "two Palestinians", "three Somalis": a nationality word as a phrase's head noun names
    the people of a state, not its forces (those take a noun: 'Somali soldiers')."""
    if head.pos_ not in _NOUN_TAGS or head.ent_type_ == "GPE":
        return False
    return head.lower_ in _people_words()[0]


def at_war(state: str, other: str) -> bool:
    """Are two states at war with each other (`at_war_with` in states.yaml)?"""
    return other in _people_words()[1].get(state, frozenset())


def enemy_people(head: Token, attackers: Span | None) -> bool:
    """ "Ukrainian troops killed 40 Russians": the people of a state at war with the state
    the attackers' phrase names are its soldiers (`at_war_with` in states.yaml)."""
    people, wars = _people_words()
    state = people.get(head.lower_) if names_a_people(head) else None
    if state is None or attackers is None:
        return False
    enemies = wars.get(state, frozenset())
    return any(people.get(t.lower_) in enemies or t.text in enemies for t in attackers)


def names_a_state(span: Span, backing: frozenset[str] = frozenset()) -> bool:
    """Does a run of the phrase's words spell a state's name or demonym? A state joined to
    one of the ``backing`` words names a backer, not the force ('Turkish-backed forces',
    'Saudi Arabian-funded militias'): the words up to the last backing word are left out."""
    any_case, capitals = _state_words()
    kept = [t for t in span if not t.is_punct]
    last = max((i for i, t in enumerate(kept) if t.lower_ in backing), default=-1)
    words = [t.text for t in kept[last + 1 :]]
    lower = [w.lower() for w in words]
    for size in range(1, _MOST_WORDS + 1):
        for i in range(len(words) - size + 1):
            if " ".join(lower[i : i + size]) in any_case or " ".join(words[i : i + size]) in capitals:
                return True
    return False

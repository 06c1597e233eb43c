"""Is a state named in a phrase ('Syrian forces', "Ukraine's forces", 'South Sudanese
forces')? Read from the names and demonyms of the actor dictionary's state table
(sitroom/actors/data/states.yaml), so that a bare 'forces' is taken for a state's only
when a state is named with it: 'Kurdish forces' or 'Karen forces' name no state."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span

from sitroom import yamlio

STATES_FILE = Path(__file__).resolve().parent.parent / "actors" / "data" / "states.yaml"
#: A state's name of at most this many words ('United States of America').
_MOST_WORDS = 4


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

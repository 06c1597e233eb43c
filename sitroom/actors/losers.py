"""The side a place was taken from, when the report does not name it.

ACLED codes a change of territory with the side that lost the ground as actor2. Reports
of a capture often name only the winner ("Russian forces captured the village of X",
"M23 rebels seized the border town of Y"): the ground was the state's, whose country the
place lies in, unless the capturer is that state's own force (then it is no non-state
capture) or the text named another loser (`loser_spans` reads "from X", and the side the
capturer fought: "seized the town after two days of fighting with X").
Which of the state's forces held the ground, by country, is data (``data/losers.yaml``:
Haiti's police; no default in Palestine). Run once geo knows the event's country.

    loser_spans(candidate)             # the actors stage: the loser the text names
    name_the_loser(event, dictionary)  # finalize: else the state's forces
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitroom import yamlio
from sitroom.actors.dictionary import ActorDictionary
from sitroom.actors.spans import CLASH_PREPS, agent_spans, is_clash, phrase, target_scope
from sitroom.components import Candidate
from sitroom.lang import pack_words
from sitroom.model import Event
from sitroom.nlp import child_tokens, head_token

DATA = Path(__file__).with_name("data") / "losers.yaml"
_LOSER_PREPS = pack_words("actors/words", "loser_preps")

#: The change of territory whose unnamed loser is the state: a non-state or foreign force
#: took the place. ("Government regains territory" was taken from an armed group the
#: report would have to name.)
_TAKEN_FROM_STATE = "Non-state actor overtakes territory"


def name_the_loser(event: Event, dictionary: ActorDictionary) -> bool:
    """Name the state's military as actor2 of a capture that names no loser; True when it did."""
    if event.sub_event_type != _TAKEN_FROM_STATE or event.actor2 or not event.actor1:
        return False
    cls = _holder_class(event.country) if event.country else "none"
    if cls == "none":
        return False
    state = dictionary.state_actor(cls, event.country, event.event_date)
    if state is None:
        return False
    if event.actor1.split(" (")[0] == state.name.split(" (")[0]:
        return False  # the state's own forces took it: no loser of theirs to name
    state = dictionary.localize(state, event.country)
    event.actor2, event.inter2 = state.name, state.inter
    cited = event.evidence.get("sub_event_type") or event.evidence.get("event_type")
    if cited is not None:  # the words of the capture, the only words this reads
        event.cite("actor2", cited)
    return True


@lru_cache(maxsize=1)
def _holders() -> tuple[str, dict[str, str]]:
    raw = yamlio.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return raw.get("default_class", "military"), dict(raw.get("by_country") or {})


def _holder_class(country: str) -> str:
    """The class of the state's forces that held a place of ``country`` ("none": unknown)."""
    default, by_country = _holders()
    return by_country.get(country, default)


def loser_spans(candidate: Candidate) -> list[Span]:
    """ "Rebels seized the town from the army": the side a place was taken from, in the
    capture's own clause (the town, its object, names no one); else the side the capturer
    fought there ("seized the town after days of fighting with X militias")."""
    agents = {t.i for span in agent_spans(candidate) for t in span}
    scope = target_scope(head_token(candidate.trigger))
    taken_from = [
        phrase(p)
        for token in scope
        if token.dep_ == "prep" and token.lower_ in _LOSER_PREPS and token.i not in agents
        for p in child_tokens(token)
        if p.dep_ == "pobj"
    ]
    fought = [
        phrase(p)
        for token in scope
        if token.dep_ == "prep" and token.lower_ in CLASH_PREPS and token.i not in agents and is_clash(token.head)
        for p in child_tokens(token)
        if p.dep_ == "pobj"
    ]
    return taken_from + fought

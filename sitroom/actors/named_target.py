"""The named group an unnamed victim belongs to: "a US air strike against al-Shabaab near
Jilib, killing three militants" hits al-Shabaab, not an unidentified armed group. The
dead told by a generic word ("militants", "jihadists") are the men of the group the deed
was aimed at, when one of the event's target phrases names one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from sitroom.actors.dictionary import Mention
from sitroom.actors.mutual import kind_of
from sitroom.actors.spans import patient_spans
from sitroom.components import Candidate

Side = list[tuple[Span, Mention, int]]
#: The generic classes of unnamed armed men a named group's men may be told as.
_UNNAMED = frozenset({"unidentified", "islamist"})
#: ACLED inter codes of armed groups (rebels, political and identity militias).
_GROUPS = frozenset({2, 3, 4})


def named_target(candidate: Candidate, side: Side, resolve: Callable[[list[Span]], Side]) -> Side:
    """``side`` (actor2), or the named armed group one of the event's target phrases names
    when ``side`` is only unnamed armed men. ``resolve`` reads phrases into a side."""
    if kind_of(side) not in _UNNAMED:
        return side
    spans = list(patient_spans(candidate))
    for trigger in candidate.triggers:  # "... an air strike against al-Shabaab, killing ..."
        if trigger is not candidate.trigger:
            spans += patient_spans(replace(candidate, trigger=trigger, patient=None))
    for span in spans:
        found = resolve([span])
        first = next((m for _, m, _ in found if m.actor is not None or m.generic), None)
        if first is not None and first.actor is not None and not first.generic and first.actor.inter in _GROUPS:
            return found
    return side

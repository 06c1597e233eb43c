"""Two groups a report cannot tell apart: "presumed JNIM or ISGS militants", "Boko
Haram/ISWAP fighters". ACLED names such a perpetrator "A and/or B"; the first named leads."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from sitroom.actors.dictionary import Mention
from sitroom.lang import pack_words

Side = list[tuple[Span, Mention, int]]  # (phrase, mention, order)

_JOINERS = pack_words("actors/words", "either_joiners")
_NONSTATE = pack_words("actors/words", "either_inters")


def merge_either(side: Side) -> Side:
    """The side with its first two named actors made one "A and/or B" actor when only
    "or" (or a slash) stands between them in the same phrase."""
    named = [i for i, (_, m, _) in enumerate(side) if m.actor is not None]
    if len(named) < 2:
        return side
    (span, first, order), (span2, second, _) = side[named[0]], side[named[1]]
    if span2 is not span or first.actor.name == second.actor.name:
        return side
    if not all(str(m.actor.inter) in _NONSTATE for m in (first, second)):
        return side  # "either Malian soldiers or JNIM": the state is not half a group
    text = span.text
    if text[first.end : second.start].strip().lower() not in _JOINERS:
        return side
    actor = replace(first.actor, name=f"{first.actor.name} and/or {second.actor.name}")
    both = replace(first, actor=actor, end=second.end, text=text[first.start : second.end],
                   assoc=[*first.assoc, *second.assoc])
    rest = [entry for i, entry in enumerate(side) if i not in named[:2]]
    return [(span, both, order), *rest]

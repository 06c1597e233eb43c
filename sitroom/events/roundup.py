"""Roundups: a report that tells incidents in several towns, one paragraph each ("In
Nyeri, hundreds marched peacefully ...", "Elsewhere, in Izmir, a crowd gathered ...").
A sentence that opens with its own place, another town than the incident told so far,
starts an incident of its own: it neither joins that incident nor lends it its type,
violence or toll. Used by `sitroom.events.assemble`."""

from __future__ import annotations

import re

from sitroom.components import Candidate
from sitroom.events.incident import Incident, nested, own_place, place_chain, weak_place
from sitroom.lang import pack_pattern
from sitroom.nlp import doc_text

_OPENING = pack_pattern("events/assembly", "place_opening", re.IGNORECASE)


def opens_with_place(c: Candidate) -> bool:
    """The mention's sentence opens with the place its own words give it ('In the
    northern city of Nampula, protesters looted ...')."""
    span = c.event.evidence.get("location")
    if span is None or not own_place(c):
        return False
    start = c.sentence.start_char
    if not start <= span.start < c.sentence.end_char:
        return False
    return _OPENING.value().match(doc_text(c.sentence.doc)[start:span.start]) is not None


def elsewhere(inc: Incident, c: Candidate, incidents: list[Incident]) -> bool:
    """``c`` opens with a town of its own that is neither the incident's place nor holds it
    nor lies in it, where the incident is placed below its country by words of the report
    ('In Nairobi, police fired ...', then 'In the town of Nyeri, a crowd marched ...').
    A place read only from the dateline, or by geo's fallback alone, does not count: the
    sentence may tell where the lead happened ('KABUL - Gunmen killed five. In the eastern
    province of X, ...'); geo's fallback to a town an earlier sentence placed a mention at
    does ('the minister said criminals had infiltrated the march' after Nairobi's)."""
    if not opens_with_place(c) or len(place_chain(c.event)) < 2:
        return False
    said = [m for i in incidents for m in (i.lead, *i.members) if _placed(m)]
    placed = [m for m in (inc.lead, *inc.members) if _placed(m) or _placed_before(m, said)]
    return bool(placed) and not any(nested(m.event, c.event) for m in placed)


def _placed_before(m: Candidate, said: list[Candidate]) -> bool:
    """Placed by geo's fallback at the very place a mention told before it names."""
    chain = place_chain(m.event)
    return len(chain) >= 2 and any(
        o.sentence.start < m.sentence.start and place_chain(o.event) == chain for o in said
    )


def _placed(m: Candidate) -> bool:
    """Placed below its country by words of its sentence: a dateline's place counts where
    the sentence names it again ('ISTANBUL - ... outside Istanbul's city hall')."""
    span, ev = m.event.evidence.get("location"), m.event
    if span is None or len(place_chain(ev)) < 2:
        return False
    if not weak_place(m):
        return True
    said = doc_text(m.sentence.doc)[max(span.end, m.sentence.start_char):m.sentence.end_char].lower()
    return bool(span.text) and span.text.lower() in said

"""A province's capital named only by its rank: "In the regional capital, a drone hit an
apartment block", "the provincial capital". Wires name it so right after telling the
province ("the town of Stepnohirsk in Ukraine's Zaporizhzhia region ... In the regional
capital, ..."); ACLED codes the city. No tagger calls "regional capital" a place, so the
phrase becomes a mention of its own, read as the seat (`Gazetteer.seat`) of the province
last named before it, in its sentence or the two before (of a name several countries give a
province, the one of a country the names beside it are in); none when no one province is
named there.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Gazetteer, Hit
from sitroom.lang import pack_pattern
from sitroom.nlp import doc_text, sentences

#: "the regional capital" with no name after it (`lang/en/geo/patterns.yaml`).
_UNIT_CAPITAL = pack_pattern("geo/patterns", "unit_capital")
#: How many sentences back the province may be told.
_BACK = 2


def with_unit_capitals(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` and a resolved mention for each "the regional capital" that no mention
    covers and whose province the text named just before, in text order."""
    from sitroom.geo.mentions import annotate  # (mentions imports the stage's modules)

    text = doc_text(doc)
    if "capital" not in text:
        return mentions
    sents = sentences(doc)
    starts = [s.start_char for s in sents]
    found = []
    for match in _UNIT_CAPITAL.finditer(text):
        start, end = match.span("name")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        i = max(0, bisect_right(starts, start) - 1)
        seat = _seat_before(mentions, start, i, gaz)
        if seat is None:
            continue
        m = annotate(text, start, end, i, sents[i].start_char, sents[i].end_char)
        m.kind, m.resolved = "city", seat
        found.append(m)
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _seat_before(mentions: list[Mention], start: int, sent: int, gaz: Gazetteer) -> Hit | None:
    """The seat of the province the last name before ``start`` (back to ``_BACK`` sentences
    before ``sent``) is, when it is one province of one country."""
    told = sorted((m for m in mentions if m.end <= start and sent - _BACK <= m.sentence), key=lambda m: -m.start)
    for m in told:
        units = {(h.cc, h.admin1): h for h in gaz.lookup(m.text) if h.level == 1 and not h.is_country}
        if len(units) > 1:  # 'Plateau state' (Nigeria's, Benin's): the country of the names beside it
            beside = [{h.cc for h in gaz.lookup(o.text)} for o in told if o is not m]
            units = {k: h for k, h in units.items() if any(h.cc in ccs for ccs in beside)}
        if len(units) == 1:
            return gaz.seat(next(iter(units.values())))
    return None

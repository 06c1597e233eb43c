"""The sentence right after a news lead that tells where, in the lead's area, its incident
happened: "Fighting broke out near X on Monday. Rebels attacked army positions at the
village of Y, 10 km west of X", "Soldiers clashed with militants in X on Tuesday. The
fighting broke out when troops raided a hideout in the village of Y". Y is the lead's
incident placed more finely, not a second incident. Used by `sitroom.events.incident`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitroom.geodesy import haversine_km

if TYPE_CHECKING:
    from sitroom.components import Candidate
    from sitroom.events.incident import Rules


Told = Callable[["Candidate"], bool]


def nearby_detail(lead: Candidate, c: Candidate, rules: Rules, own_date: Told, own_place: Told) -> bool:
    """``c`` is told in the sentence right after ``lead``, which its own words date to the
    day; ``c`` has no day of its own; both are placed by their own words, finer than a
    province, in one province, within ``rules.detail_km`` of each other; and the lead is
    placed only near or around its place (precision 2), or ``c``'s sentence opens by
    pointing back at it ('The fighting ...'). ``own_date`` and ``own_place``: assembly's,
    whether a mention's own words date it and place it."""
    told = (lead.sentence_index, c.sentence_index)
    if None in told or told[1] - told[0] != 1 or not rules.detail_km:
        return False
    a, b = lead.event, c.event
    if own_date(c) or not own_date(lead) or a.time_precision != 1:
        return False
    if not (a.iso and a.iso == b.iso and a.admin1 and a.admin1 == b.admin1):
        return False
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    if max(a.geo_precision or 3, b.geo_precision or 3) > 2 or not (own_place(lead) and own_place(c)):
        return False
    if a.geo_precision != 2 and not _opens_pointing_back(c, rules):
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= rules.detail_km


def _opens_pointing_back(c: Candidate, rules: Rules) -> bool:
    """The sentence opens with 'the' and a noun of the incident ('The fighting broke out')."""
    sent = c.sentence
    if len(sent) < 2 or sent[0].lower_ != "the":
        return False
    return sent[1].lemma_.lower() in rules.detail_back_nouns or sent[1].lower_ in rules.detail_back_nouns

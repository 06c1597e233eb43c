"""Names that qualify the act rather than a party ("a Chad car bomb", "Bulawayo youth"):
the weakest evidence of where an event happened, read only when the text names no place."""

from __future__ import annotations

from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.resolve import Mention
from sitroom.lang import pack_words
from sitroom.model import Place

_ACT_HEADS = pack_words("geo/act_heads")


def country_qualifier(mentions: list[Mention], gaz: Gazetteer) -> Place | None:
    """ "A Chad car bomb kills nine", "killed in Chad violence": a country that qualifies the
    act or a site, not a party ("US warplanes", "Russia said", "the US dollar"), is where it
    happened when the text names no other place (precision 3)."""
    for m in mentions:
        hit = m.resolved
        qualifies_act = m.modifier and not m.party and (m.head in _ACT_HEADS or m.owns_name)
        if qualifies_act and hit is not None and hit.is_country:
            return gaz.to_place(hit, 3)
    return None


def qualifier_mention(inside: list[Mention]) -> Mention | None:
    """ "Bulawayo youth protested", "a missile hit the Benghazi Medical Centre": a town or
    province that qualifies a party or a building still says roughly where, when the
    article names no other place (at least precision 2: the text does not say it happened there)."""
    return next(
        (
            m
            for m in inside
            if m.modifier and not m.party and m.resolved is not None and m.resolved.level >= 1
        ),
        None,
    )

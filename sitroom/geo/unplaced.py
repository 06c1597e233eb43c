"""A sentence that names its place, but a place no gazetteer row holds (or only rows the
article's frame refuses): "Afghan forces fired mortars at X" with X unknown. Such a record
is not put at a town another sentence names ("... an air strike killed six in Y"): it
keeps what the text says of X, its container (where this sentence or another puts X),
else the province the article's places lie in, at ACLED's precision 3. The article's focus
stays the fallback when it is a district or a province, not a town, and when no province
holds the article's places (the country would be coarser than the text warrants).
"""

from __future__ import annotations

from sitroom.geo.choice import at_seat
from sitroom.geo.gazetteer import Gazetteer, Hit, hit_precision
from sitroom.geo.named import SITE_HEADS
from sitroom.geo.resolve import Mention
from sitroom.model import Place


def unknown_names(inside: list[Mention], said: frozenset[int], text: str = "") -> list[Mention]:
    """The sentence's own names of the event's place that resolved to nothing: not a
    party's or an owner's word, not a dateline, a launch site or where a speaker is, and
    not a site's name ("the X prison", "X market": a building no gazetteer row need hold,
    which lies in the town the article is about)."""
    return [
        m
        for m in inside
        if m.resolved is None
        and not (m.modifier or m.party or m.dateline or m.origin)
        and id(m) not in said
        and not names_site(m, text)
    ]


def names_site(mention: Mention, text: str) -> bool:
    """The word right after the name is a site noun (words site_heads): "Litoral prison"."""
    after = text[mention.end:mention.end + 40].split()
    return bool(after) and after[0].strip(".,;:").lower() in SITE_HEADS


def named_container(unknown: list[Mention], mentions: list[Mention], gaz: Gazetteer) -> Place | None:
    """The nearest container the text puts one of the names in that resolved ("X in
    northern Y"), here or where the article says the same name ("stormed X village in Y
    district ... clashed with the gunmen in X"), at precision 2 or coarser."""
    names = {m.text.lower() for m in unknown}
    for m in [*unknown, *(o for o in mentions if o.text.lower() in names and o.resolved is None)]:
        cur = m.container
        while cur is not None:
            if cur.resolved is not None:
                hit = cur.resolved
                return at_seat(gaz.to_place(hit, max(2, hit_precision(hit))), hit, gaz)
            cur = cur.container
    return None


def unit_place(unit: Hit | None, gaz: Gazetteer) -> Place | None:
    """The province the article's places lie in, at its seat, precision 3."""
    return at_seat(gaz.to_place(unit, 3), unit, gaz) if unit is not None else None

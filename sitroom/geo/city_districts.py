"""A province's name that holds a district no row places: the city of that name.

"Hollin's Marsk district", "the Marsk district of Hollin": when Hollin is both a province
and the province's seat of the same name, the possessive or "of" says nothing of which one
is meant. A district the gazetteer holds settles it (the province's own district); one it
lacks, or holds only elsewhere, is most often a quarter of the city (gazetteers file a
province's districts, seldom a city's quarters), and the record then falls back to the
city, not to the whole province.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from sitroom.geo.context import Mention
from sitroom.geo.gazetteer import Hit
from sitroom.lang import pack_words

#: The kind words of a city's part besides "district": "quarter", "neighbourhood", "suburb".
_QUARTER_WORDS = pack_words("geo/words", "quarter_words")
#: A province's seat.
_SEAT_CODES = frozenset({"PPLA", "PPLC"})


def city_of_unplaced_districts(
    mentions: Sequence[Mention], lookup: Callable[[str], Sequence[Hit]]
) -> Iterator[tuple[Mention, Hit]]:
    """Each container read as a province whose only held names are unplaced districts
    ("Hollin's Marsk district"), with the province's seat of the same name."""
    held: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.container is not None:
            held.setdefault(id(m.container), []).append(m)
    for c in mentions:
        parts = held.get(id(c))
        hit = c.resolved
        if not parts or hit is None or hit.fcode != "ADM1" or c.modifier:
            continue
        if any(p.resolved is not None or not _city_part(p) or not _owned(p, c) for p in parts):
            continue
        seat = _seat(c.text, hit, lookup)
        if seat is not None:
            yield c, seat


def _city_part(m: Mention) -> bool:
    return m.kind_word == "district" or m.kind_word in _QUARTER_WORDS


def _owned(part: Mention, owner: Mention) -> bool:
    """The owner is written as one ("Hollin's Marsk district", "the Marsk district of
    Hollin"), with no unit word of its own: not "Marsk district, Hollin" nor "Marsk district
    in Hollin province", where the province is the container named."""
    if owner.kind_word:
        return False
    return owner.start < part.start or (owner.unit_named and not part.comma)


def _seat(name: str, province: Hit, lookup: Callable[[str], Sequence[Hit]]) -> Hit | None:
    """The seat the province's name also names: the province's own, or the capital the
    province is named for (a capital's city is at times a unit of its own)."""
    for h in lookup(name):
        if h.fcode in _SEAT_CODES and h.cc == province.cc and (h.admin1 == province.admin1 or h.fcode == "PPLC"):
            return h
    return None

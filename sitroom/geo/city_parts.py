"""A part of the town told before: "the city's Dniprovskyi district", "the town's market".

A name after "the city's" (a settlement noun's possessive) is a quarter or district of the
town the text named last, in that sentence or before it (often the dateline's): that town
is its container, so a namesake elsewhere ("Dniprovskyi" of Kyiv) does not win over it.
"""

from __future__ import annotations

from collections.abc import Callable

from sitroom.geo.context import Mention
from sitroom.lang import pack_pattern

#: "the city's ", "the town's " right before a name.
_POSSESSED_BY_TOWN = pack_pattern("geo/patterns", "town_possessive_before", 0)


def file_city_parts(mentions: list[Mention], text: str, is_country: Callable[[str], bool]) -> None:
    """Give each name after "the city's" the town it speaks of as its container: the last
    town named in its sentence, else one the sentence before called a city ("the city of X"),
    else the dateline's town. A town named further back, or not called so, is no reading of
    "the city" ("BAGHDAD - ... in Kirkuk. ... Later, the city's X district" is Baghdad's),
    and with none of these the name is resolved on its own."""
    for i, m in enumerate(mentions):
        said = None if m.container is not None else _POSSESSED_BY_TOWN.search(text, max(0, m.start - 20), m.start)
        if said is None:
            continue
        towns = [p for p in mentions[:i] if not p.modifier and not p.origin and not is_country(p.text)]
        near = [p for p in towns if p.sentence == m.sentence and not p.dateline]
        # "... on the southern city of X. The missiles hit the city's Y district": the town the
        # sentence before called a city (or town, port) by the same word
        called = [p for p in towns if p.sentence == m.sentence - 1 and not p.dateline and p.kind == said.group("kind")]
        filed = [p for p in towns if p.dateline]
        town = next((ts[-1] for ts in (near, called, filed) if ts), None)
        if town is not None:
            m.container = town
            m.kind = m.kind or "district"
            town.kind = "city"
